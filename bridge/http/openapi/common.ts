/**
 * What every part of the OpenAPI document is built with: the document's types and options, JSON Schema from
 * the zod schemas the bridge validates with, problem responses grouped by status, and small builders for
 * responses, references, query parameters and security requirements.
 */
import { z } from 'zod'
import type { FlowName } from '../../../shared/index.js'
import { ERRORS, type ProblemCode } from '../../errors.js'
import { scopeForFlow } from '../auth.js'
import { PROBLEM_CONTENT_TYPE } from '../problem.js'

/** Where the document says the bridge and its OAuth issuer are. */
export interface OpenApiOptions {
  /** The bridge's public base URL, e.g. `https://bridge.example.com`; omitted → relative paths. */
  serverUrl?: string
  /** The token URL of the OAuth issuer ServiceNow gets bearer tokens from (client credentials). */
  oauthTokenUrl?: string
  /** The header Okta event hooks put their secret in (`OKTA_EVENT_HOOK_HEADER`, default `Authorization`). */
  eventHookHeader?: string
}

/** A JSON Schema object. */
export type JsonSchema = Record<string, unknown>
/** An OpenAPI 3.1 document (loosely typed: it is JSON for clients, not read by the bridge). */
export type OpenApiDocument = Record<string, unknown> & {
  paths: Record<string, unknown>
  components: { schemas: Record<string, JsonSchema>; securitySchemes: Record<string, unknown> }
}

/**
 * JSON Schema of a zod schema for one direction (`input`: what a caller may send, defaults optional;
 * `output`: what the bridge answers). Logins and emails are `pipe`s (trim, then check): the input side
 * would lose the email format, so it is put back.
 */
export function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const out = z.toJSONSchema(schema, {
    io,
    target: 'draft-2020-12',
    unrepresentable: 'any',
    override: (ctx) => {
      const def = (
        ctx.zodSchema as unknown as {
          _zod: { def: { type: string; out?: { _zod: { def: { format?: string } } } } }
        }
      )._zod.def
      if (def.type === 'pipe' && def.out?._zod.def.format === 'email') ctx.jsonSchema.format = 'email'
    },
  }) as JsonSchema
  delete out.$schema
  return out
}

/** `reset-password` → `ResetPassword`: component names. */
export function pascal(flow: string): string {
  return flow.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase())
}

export type { ProblemCode }

/** The HTTP status a problem code is answered with. */
function statusOf(code: ProblemCode): number {
  return ERRORS[code].status
}

/** Problem responses for the given codes, one per status, each listing the codes it can carry. */
export function problems(codes: readonly ProblemCode[]): Record<string, unknown> {
  const byStatus = new Map<number, string[]>()
  for (const code of new Set(codes)) {
    const status = statusOf(code)
    byStatus.set(status, [...(byStatus.get(status) ?? []), code])
  }
  const responses: Record<string, unknown> = {}
  for (const [status, codes] of [...byStatus].sort(([a], [b]) => a - b)) {
    const headers: Record<string, unknown> = {}
    if (status === 401)
      headers['WWW-Authenticate'] = {
        schema: { type: 'string' },
        description: 'The accepted authentication schemes.',
      }
    if (status === 503)
      headers['Retry-After'] = {
        schema: { type: 'integer' },
        description: 'Seconds to wait before retrying.',
      }
    responses[String(status)] = {
      description: `Problem (RFC 9457); \`code\` is one of: ${codes.map((c) => `\`${c}\``).join(', ')}.`,
      ...(Object.keys(headers).length > 0 ? { headers } : {}),
      content: { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: '#/components/schemas/Problem' } } },
    }
  }
  return responses
}

/** Who may call an operation needing `permission` (undefined: any valid credential). */
export function callerSecurity(permission: string | undefined): Record<string, string[]>[] {
  const scopes = permission === undefined ? [] : [scopeForFlow(permission as FlowName)]
  return [{ clientTokenHeader: [] }, { clientTokenQuery: [] }, { bearerJwt: scopes }, { oauth2: scopes }]
}

/** A JSON response. */
export function json(description: string, schema: JsonSchema, headers?: Record<string, unknown>): unknown {
  return { description, ...(headers ? { headers } : {}), content: { 'application/json': { schema } } }
}

/** A reference to a component schema. */
export function ref(name: string): JsonSchema {
  return { $ref: `#/components/schemas/${name}` }
}

/** A query parameter. */
export function query(name: string, description: string, schema: JsonSchema, required = false): unknown {
  return { name, in: 'query', required, description, schema }
}
