/**
 * The OpenAPI 3.1 description of the bridge, generated from the same zod schemas the bridge validates
 * with (`shared/`), so the document cannot drift from the behaviour. Okta Workflows publishes one
 * OpenAPI description per API endpoint flow; `documentForFlow` is that, the full document is every flow.
 */
import { z } from 'zod'
import {
  DryRunResult,
  FLOW_NAMES,
  FLOWS,
  type FlowName,
  InvocationResult,
  Problem,
} from '../../shared/index.js'
import { FLOW_ERRORS } from '../flows/errors.js'
import { scopeForFlow } from './auth.js'
import { catalogOpenApi } from './catalog.js'
import { HTTP_PROBLEMS, PROBLEM_CONTENT_TYPE, PROBLEM_TYPE_PREFIX } from './problem.js'

/** Where the document says the bridge and its OAuth issuer are. */
export interface OpenApiOptions {
  /** The bridge's public base URL, e.g. `https://bridge.example.com`; omitted → relative paths. */
  serverUrl?: string
  /** The token URL of the OAuth issuer ServiceNow gets bearer tokens from (client credentials). */
  oauthTokenUrl?: string
}

type JsonSchema = Record<string, unknown>
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
function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
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
function pascal(flow: string): string {
  return flow.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase())
}

/** The problem responses of the invoke operation, with the codes each status can carry. */
function problemResponses(): Record<string, unknown> {
  const byStatus = new Map<number, string[]>()
  const add = (status: number, code: string) => byStatus.set(status, [...(byStatus.get(status) ?? []), code])
  for (const code of [
    'invalid-input',
    'malformed-json',
    'unsupported-media-type',
    'body-too-large',
    'unknown-flow',
    'unauthenticated',
    'forbidden-flow',
    'auth-unavailable',
    'idempotency-key-reused',
    'internal',
  ] as const) {
    add(HTTP_PROBLEMS[code].status, code)
  }
  for (const [code, { status }] of Object.entries(FLOW_ERRORS)) add(status, code)
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

/** The path item of one flow's invoke endpoint. */
function invokePath(flow: FlowName): Record<string, unknown> {
  const name = pascal(flow)
  return {
    post: {
      operationId: `invoke${name}`,
      summary: FLOWS[flow].summary,
      description: `Invokes the ${flow} flow. With \`dryRun=true\` the bridge answers the plan and its \`planHash\` and changes nothing; a later invocation carrying \`expectedPlanHash\` is applied only if the plan is still the same.`,
      tags: ['flows'],
      parameters: [
        {
          name: 'dryRun',
          in: 'query',
          required: false,
          description: 'Answer the plan instead of applying it.',
          schema: { type: 'boolean', default: false },
        },
        {
          name: 'Idempotency-Key',
          in: 'header',
          required: false,
          description:
            'Names the execution (default: `{ticket.number}:{flow}`). A retry with the same key and body gets the same execution (`Idempotent-Replayed: true`); the same key with another body is a 422. Ignored by dry runs.',
          schema: { type: 'string', minLength: 1, maxLength: 255, pattern: '^[\\x20-\\x7E]+$' },
        },
        {
          name: 'Prefer',
          in: 'header',
          required: false,
          description:
            '`respond-async`: answer 202 with the status URL at once instead of waiting up to the synchronous deadline.',
          schema: { type: 'string' },
        },
      ],
      requestBody: {
        required: true,
        content: { 'application/json': { schema: { $ref: `#/components/schemas/${name}Input` } } },
      },
      responses: {
        '200': {
          description: 'The flow ran (`status: succeeded`) or, for a dry run, the plan.',
          headers: { 'x-request-id': { schema: { type: 'string' }, description: 'The bridge request id.' } },
          content: {
            'application/json': {
              schema: {
                oneOf: [
                  { $ref: `#/components/schemas/${name}InvocationResult` },
                  { $ref: '#/components/schemas/DryRunResult' },
                ],
              },
            },
          },
        },
        '202': {
          description:
            'Still running (asked with `Prefer: respond-async`, or past the synchronous deadline): poll `statusUrl` (also in `Location`).',
          headers: {
            Location: { schema: { type: 'string' }, description: 'The execution status URL.' },
          },
          content: {
            'application/json': {
              schema: {
                type: 'object',
                properties: { executionId: { type: 'string' }, statusUrl: { type: 'string' } },
                required: ['executionId', 'statusUrl'],
                additionalProperties: false,
              },
            },
          },
        },
        ...problemResponses(),
      },
      security: [
        { clientTokenHeader: [] },
        { clientTokenQuery: [] },
        { bearerJwt: [scopeForFlow(flow)] },
        { oauth2: [scopeForFlow(flow)] },
      ],
    },
  }
}

/** The schemas of the flows given, plus the envelope schemas. */
function schemas(flows: readonly FlowName[]): Record<string, JsonSchema> {
  const out: Record<string, JsonSchema> = {
    DryRunResult: jsonSchema(DryRunResult, 'output'),
    Problem: {
      ...jsonSchema(Problem, 'output'),
      description: `An RFC 9457 problem document. \`type\` is \`${PROBLEM_TYPE_PREFIX}<code>\`; \`code\` is stable.`,
    },
  }
  const envelope = jsonSchema(InvocationResult, 'output')
  for (const flow of flows) {
    const name = pascal(flow)
    out[`${name}Input`] = jsonSchema(FLOWS[flow].input, 'input')
    out[`${name}Output`] = jsonSchema(FLOWS[flow].output, 'output')
    const properties = envelope.properties as Record<string, unknown>
    out[`${name}InvocationResult`] = {
      ...envelope,
      properties: {
        ...properties,
        flow: { type: 'string', const: flow },
        output: { $ref: `#/components/schemas/${name}Output` },
      },
    }
  }
  return out
}

function securitySchemes(flows: readonly FlowName[], options: OpenApiOptions): Record<string, unknown> {
  const scopes = Object.fromEntries(flows.map((flow) => [scopeForFlow(flow), `Invoke the ${flow} flow.`]))
  return {
    clientTokenHeader: {
      type: 'apiKey',
      in: 'header',
      name: 'x-api-client-token',
      description: 'A client token, as Okta Workflows API endpoints accept it.',
    },
    clientTokenQuery: {
      type: 'apiKey',
      in: 'query',
      name: 'clientToken',
      description: 'The client token as a query parameter (URLs get logged by proxies: prefer the header).',
    },
    bearerJwt: {
      type: 'http',
      scheme: 'bearer',
      bearerFormat: 'JWT',
      description: `An OAuth 2.0 access token (JWT) from the configured issuer, with the scope jml.<flow>: ${Object.keys(scopes).join(', ')}.`,
    },
    oauth2: {
      type: 'oauth2',
      description: 'Client credentials at the configured issuer; request the scope of each flow to invoke.',
      flows: {
        clientCredentials: {
          tokenUrl: options.oauthTokenUrl ?? 'https://issuer.example.com/oauth2/default/v1/token',
          scopes,
        },
      },
    },
  }
}

function document(flows: readonly FlowName[], title: string, options: OpenApiOptions): OpenApiDocument {
  return {
    openapi: '3.1.0',
    info: {
      title,
      version: '1.0.0',
      description:
        'ServiceNow-driven joiner/mover/leaver for Okta. Each flow is invoked like an Okta Workflows API endpoint flow: POST /api/flo/{flow}/invoke with a client token or an OAuth bearer token. Errors are RFC 9457 problem documents.',
    },
    ...(options.serverUrl ? { servers: [{ url: options.serverUrl }] } : {}),
    tags: [{ name: 'flows', description: 'On-demand flows' }],
    paths: Object.fromEntries(flows.map((flow) => [`/api/flo/${flow}/invoke`, invokePath(flow)])),
    components: { schemas: schemas(flows), securitySchemes: securitySchemes(flows, options) },
  }
}

/** The OpenAPI document of every flow (`GET /openapi.json`). */
export function openApiDocument(options: OpenApiOptions = {}): OpenApiDocument {
  const doc = document(FLOW_NAMES, 'Okta JML bridge', options)
  // The setup endpoints (whoami, the Okta catalog) are described beside their router.
  const setup = catalogOpenApi()
  Object.assign(doc.paths, setup.paths)
  Object.assign(doc.components.schemas, setup.schemas)
  const oauth2 = doc.components.securitySchemes.oauth2 as {
    flows: { clientCredentials: { scopes: Record<string, string> } }
  }
  Object.assign(oauth2.flows.clientCredentials.scopes, setup.scopes)
  ;(doc.tags as unknown[]).push({ name: 'setup', description: 'What the ServiceNow app’s setup reads' })
  return doc
}

/** The OpenAPI document of one flow (`GET /api/flo/{flow}/openapi.json`). */
export function documentForFlow(flow: FlowName, options: OpenApiOptions = {}): OpenApiDocument {
  return document([flow], `Okta JML bridge: ${flow}`, options)
}
