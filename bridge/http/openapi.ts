/**
 * The OpenAPI 3.1 description of the bridge, generated from the same zod schemas the bridge validates
 * with (`shared/` for the flows, the routers' own for reconciliation and event hooks), so the document cannot
 * drift from the behaviour. Okta Workflows publishes one OpenAPI description per API endpoint flow;
 * `documentForFlow` is that. The full document (`GET /openapi.json`) is every route the bridge serves: the
 * flows, executions, the audit, reconciliation, the Okta event hook, health, readiness, metrics and the
 * documents themselves — a test compares it with the Express router, so a route cannot go undocumented.
 */
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { z } from 'zod'
import {
  Change,
  DryRunResult,
  FLOW_NAMES,
  FLOWS,
  type FlowName,
  InvocationResult,
  OktaId,
  Problem,
  ReconcileBody,
  Ticket,
} from '../../shared/index.js'
import { AUDIT_PERMISSION, RECONCILE_PERMISSION } from '../callers/permissions.js'
import { ERRORS, FLOW_ERROR_CODES, type ProblemCode } from '../errors.js'
import { scopeForFlow } from './auth.js'
import { catalogOpenApi } from './catalog.js'
import { EVENT_HOOK_PATH, EventHookDelivery } from './event-hooks.js'
import { PROBLEM_CONTENT_TYPE, PROBLEM_TYPE_PREFIX } from './problem.js'

/** Where the document says the bridge and its OAuth issuer are. */
export interface OpenApiOptions {
  /** The bridge's public base URL, e.g. `https://bridge.example.com`; omitted → relative paths. */
  serverUrl?: string
  /** The token URL of the OAuth issuer ServiceNow gets bearer tokens from (client credentials). */
  oauthTokenUrl?: string
  /** The header Okta event hooks put their secret in (`OKTA_EVENT_HOOK_HEADER`, default `Authorization`). */
  eventHookHeader?: string
}

/**
 * The bridge's version, from the `package.json` it ships with: found by walking up from this module, because
 * the sources (`bridge/http/`) and the production build (`build/bridge/http/`) sit at different depths.
 */
export const BRIDGE_VERSION: string = (() => {
  let dir = dirname(fileURLToPath(import.meta.url))
  for (;;) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
        name?: string
        version?: string
      }
      if (pkg.name === 'okta-jml-bridge' && typeof pkg.version === 'string') return pkg.version
    } catch {
      // No package.json here (or not readable): look one level up.
    }
    const parent = dirname(dir)
    if (parent === dir) return '0.0.0'
    dir = parent
  }
})()

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

/** The HTTP status a problem code is answered with (its row in the one table). */
function statusOf(code: ProblemCode): number {
  return ERRORS[code].status
}

/** The problem responses of the invoke operation, with the codes each status can carry. */
function problemResponses(): Record<string, unknown> {
  return problems([
    'invalid-input',
    'malformed-request',
    'malformed-json',
    'unsupported-media-type',
    'body-too-large',
    'unknown-flow',
    'unauthenticated',
    'forbidden-flow',
    'auth-unavailable',
    'idempotency-key-reused',
    'header-too-large',
    'shutting-down',
    'internal',
    ...FLOW_ERROR_CODES,
  ])
}

/** Problem responses for the given codes, one per status, each listing the codes it can carry. */
function problems(codes: readonly ProblemCode[]): Record<string, unknown> {
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
  const scopes: Record<string, string> = Object.fromEntries(
    flows.map((flow) => [scopeForFlow(flow), `Invoke the ${flow} flow.`]),
  )
  // The full document also has the audit and reconciliation; a one-flow document only its flow.
  if (flows.length === FLOW_NAMES.length) {
    scopes[scopeForFlow(AUDIT_PERMISSION)] = 'Read the audit (GET /api/audit…).'
    scopes[scopeForFlow(RECONCILE_PERMISSION)] = 'Run reconciliation (POST /api/reconcile).'
  }
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
      version: BRIDGE_VERSION,
      description:
        'ServiceNow-driven joiner/mover/leaver for Okta. Each flow is invoked like an Okta Workflows API endpoint flow: POST /api/flo/{flow}/invoke with a client token or an OAuth bearer token. Errors are RFC 9457 problem documents.',
      license: { name: 'Apache-2.0', identifier: 'Apache-2.0' },
    },
    // Without a configured public URL, "/" — the host that served this document — is right behind any proxy.
    servers: [
      options.serverUrl
        ? { url: options.serverUrl, description: 'The bridge.' }
        : { url: '/', description: 'The bridge that served this document.' },
    ],
    tags: [{ name: 'flows', description: 'On-demand flows' }],
    paths: Object.fromEntries(flows.map((flow) => [`/api/flo/${flow}/invoke`, invokePath(flow)])),
    components: { schemas: schemas(flows), securitySchemes: securitySchemes(flows, options) },
  }
}

/** The OpenAPI document of every route (`GET /openapi.json`). */
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
  const operational = operationalPaths(options)
  return {
    ...doc,
    tags: [...(doc.tags as unknown[]), ...OPERATIONAL_TAGS],
    paths: { ...doc.paths, ...operational.paths },
    components: {
      schemas: { ...doc.components.schemas, ...operational.schemas },
      securitySchemes: { ...doc.components.securitySchemes, ...operational.securitySchemes },
    },
  }
}

/** The OpenAPI document of one flow (`GET /api/flo/{flow}/openapi.json`). */
export function documentForFlow(flow: FlowName, options: OpenApiOptions = {}): OpenApiDocument {
  return document([flow], `Okta JML bridge: ${flow}`, options)
}

// ============================================================================
// Every route besides the flows
// ============================================================================

/** Tags of the routes besides the flows. */
const OPERATIONAL_TAGS = [
  { name: 'executions', description: 'Durable executions of real invocations' },
  { name: 'audit', description: 'The golden-thread audit and its hash chain' },
  { name: 'reconcile', description: 'Grants and access compared with Okta' },
  { name: 'event-hooks', description: 'Okta event hooks (Okta-initiated onboarding)' },
  { name: 'operations', description: 'Health, readiness, metrics and these documents' },
]

/** Who may call an operation needing `permission` (undefined: any valid credential). */
function callerSecurity(permission: string | undefined): Record<string, string[]>[] {
  const scopes = permission === undefined ? [] : [scopeForFlow(permission as FlowName)]
  return [{ clientTokenHeader: [] }, { clientTokenQuery: [] }, { bearerJwt: scopes }, { oauth2: scopes }]
}

/** A JSON response. */
function json(description: string, schema: JsonSchema, headers?: Record<string, unknown>): unknown {
  return { description, ...(headers ? { headers } : {}), content: { 'application/json': { schema } } }
}

/** A reference to a component schema. */
function ref(name: string): JsonSchema {
  return { $ref: `#/components/schemas/${name}` }
}

/** A query parameter. */
function query(name: string, description: string, schema: JsonSchema, required = false): unknown {
  return { name, in: 'query', required, description, schema }
}

/** The paths, schemas and security schemes of everything that is not a flow invocation. */
function operationalPaths(options: OpenApiOptions): {
  paths: Record<string, unknown>
  schemas: Record<string, JsonSchema>
  securitySchemes: Record<string, unknown>
} {
  const auditCodes: ProblemCode[] = [
    'invalid-input',
    'unauthenticated',
    'forbidden-audit',
    'auth-unavailable',
    'internal',
  ]
  const oktaCodes: ProblemCode[] = [
    'okta-forbidden',
    'okta-unavailable',
    'okta-auth-failed',
    'okta-rate-limited',
  ]
  const retryAfter = {
    'Retry-After': {
      schema: { type: 'integer' },
      description: 'Seconds before looking again (while running).',
    },
  }
  const paths: Record<string, unknown> = {
    '/api/flo/{flow}/openapi.json': {
      get: {
        operationId: 'getFlowOpenApi',
        summary: 'The OpenAPI description of one flow',
        description: 'What Okta Workflows publishes per API endpoint flow: one flow’s invoke operation.',
        tags: ['operations'],
        security: [],
        parameters: [
          {
            name: 'flow',
            in: 'path',
            required: true,
            description: 'The flow.',
            schema: { type: 'string', enum: [...FLOW_NAMES] },
          },
        ],
        responses: {
          '200': json('The OpenAPI 3.1 document.', { type: 'object' }),
          ...problems(['unknown-flow', 'internal']),
        },
      },
    },
    '/api/flo/executions/{id}': {
      get: {
        operationId: 'getExecution',
        summary: 'An execution’s status, steps, output or error, and changes',
        description:
          'Readable by a caller allowed to invoke its flow (ServiceNow polling the run it started) or to read the audit. `Retry-After: 1` while it runs.',
        tags: ['executions'],
        security: callerSecurity(undefined),
        parameters: [
          {
            name: 'id',
            in: 'path',
            required: true,
            description: 'The execution id (`exe_…`), as an invocation answered it.',
            schema: { type: 'string', pattern: '^[A-Za-z0-9_-]{1,100}$' },
          },
        ],
        responses: {
          '200': json('The execution.', ref('Execution'), retryAfter),
          ...problems([
            'invalid-input',
            'unauthenticated',
            'forbidden-flow',
            'auth-unavailable',
            'execution-not-found',
            'internal',
          ]),
        },
      },
    },
    '/api/audit': {
      get: {
        operationId: 'getAudit',
        summary: 'The golden thread of a ticket or an Okta user',
        description:
          'Every execution and every Okta change it made, for exactly one of `ticket` and `oktaUserId`; with `withOktaLog=true` each change is joined to the System Log event carrying its request id.',
        tags: ['audit'],
        security: callerSecurity(AUDIT_PERMISSION),
        parameters: [
          query(
            'ticket',
            'A ServiceNow record number, e.g. RITM0010001.',
            jsonSchema(Ticket.shape.number, 'input'),
          ),
          query('oktaUserId', 'An Okta user id.', jsonSchema(OktaId, 'input')),
          query('withOktaLog', 'Join each change to its System Log event.', {
            type: 'boolean',
            default: false,
          }),
        ],
        responses: {
          '200': json('The executions and their changes.', ref('AuditAnswer')),
          ...problems([...auditCodes, ...oktaCodes]),
        },
      },
    },
    '/api/audit/verify': {
      get: {
        operationId: 'verifyAudit',
        summary: 'Recomputes the audit’s hash chain',
        description:
          'Always 200 with the verdict: the verification itself succeeded, and a monitor reads `ok` (`npm run audit:verify` is the variant with an exit code).',
        tags: ['audit'],
        security: callerSecurity(AUDIT_PERMISSION),
        responses: { '200': json('The verdict.', ref('AuditVerification')), ...problems(auditCodes) },
      },
    },
    '/api/audit/orphans': {
      get: {
        operationId: 'getAuditOrphans',
        summary: 'Changes made with the bridge’s Okta credentials but not through the bridge',
        description:
          'System Log events whose actor is the bridge’s own service app that the audit does not hold, since `since`.',
        tags: ['audit'],
        security: callerSecurity(AUDIT_PERMISSION),
        parameters: [
          query(
            'since',
            'An ISO 8601 date-time with a time zone, not in the future.',
            { type: 'string', format: 'date-time' },
            true,
          ),
        ],
        responses: {
          '200': json('The orphan report.', ref('OrphanReport')),
          ...problems([...auditCodes, ...oktaCodes]),
        },
      },
    },
    '/api/reconcile': {
      post: {
        operationId: 'reconcile',
        summary: 'Compares grants and access with Okta; reports or repairs drift',
        description:
          'A dry run (the default) only reads Okta. A repair fixes what the policy allows, each fix an audited execution under the change ticket the body names. The mode may be given in the query or the body, not differently in both; a bare POST is a dry run.',
        tags: ['reconcile'],
        security: callerSecurity(RECONCILE_PERMISSION),
        parameters: [
          query(
            'mode',
            'The mode (also accepted in the body).',
            jsonSchema(ReconcileBody.shape.mode.unwrap(), 'input'),
          ),
        ],
        requestBody: {
          required: false,
          content: { 'application/json': { schema: ref('ReconcileRequest') } },
        },
        responses: {
          '200': json('The drift report.', ref('DriftReport')),
          ...problems([
            'invalid-input',
            'malformed-json',
            'unsupported-media-type',
            'body-too-large',
            'unauthenticated',
            'forbidden-reconcile',
            'auth-unavailable',
            'shutting-down',
            'internal',
            ...oktaCodes,
          ]),
        },
      },
    },
    [EVENT_HOOK_PATH]: {
      get: {
        operationId: 'verifyEventHook',
        summary: 'Okta’s one-time event hook verification',
        description:
          'Echoes `X-Okta-Verification-Challenge` to a caller presenting the hook secret. Served only with `OKTA_EVENT_HOOK_SECRET` set.',
        tags: ['event-hooks'],
        security: [{ oktaEventHookSecret: [] }],
        parameters: [
          {
            name: 'X-Okta-Verification-Challenge',
            in: 'header',
            required: true,
            description: 'The challenge Okta sends.',
            schema: { type: 'string', minLength: 1, maxLength: 256 },
          },
        ],
        responses: {
          '200': json('The challenge, echoed.', {
            type: 'object',
            properties: { verification: { type: 'string' } },
            required: ['verification'],
          }),
          ...problems(['invalid-input', 'unauthenticated', 'internal']),
        },
      },
      post: {
        operationId: 'deliverEvents',
        summary: 'An Okta event hook delivery',
        description:
          'The events are stored in a durable inbox (one row per event uuid) and acknowledged at once; onboarding incidents are opened afterwards. Served only with `OKTA_EVENT_HOOK_SECRET` set.',
        tags: ['event-hooks'],
        security: [{ oktaEventHookSecret: [] }],
        requestBody: {
          required: true,
          content: { 'application/json': { schema: ref('EventHookDelivery') } },
        },
        responses: {
          '200': json('Acknowledged: how many events arrived and how many were new.', {
            type: 'object',
            properties: { received: { type: 'integer' }, stored: { type: 'integer' } },
            required: ['received', 'stored'],
          }),
          ...problems([
            'invalid-input',
            'malformed-json',
            'unsupported-media-type',
            'body-too-large',
            'unauthenticated',
            'internal',
          ]),
        },
      },
    },
    '/api/least-privilege': {
      get: {
        operationId: 'getLeastPrivilege',
        summary: 'What to grant the bridge’s service app in Okta',
        description:
          'The OAuth scopes, custom admin role permissions and resource set for the enabled flows and the policy (what `npm run scopes` prints).',
        tags: ['operations'],
        security: callerSecurity(undefined),
        responses: {
          '200': json('The least-privilege report.', { type: 'object' }),
          ...problems(['unauthenticated', 'auth-unavailable', 'internal']),
        },
      },
    },
    '/healthz': {
      get: {
        operationId: 'getHealth',
        summary: 'Liveness',
        description: '200 while the process serves HTTP; nothing external is checked.',
        tags: ['operations'],
        security: [],
        responses: {
          '200': json('Alive.', {
            type: 'object',
            properties: { status: { const: 'ok' } },
            required: ['status'],
          }),
        },
      },
    },
    '/readyz': {
      get: {
        operationId: 'getReadiness',
        summary: 'Readiness',
        description:
          '200 when the store, the policy and an Okta token are all fine; 503 naming the failing checks, and at once when shutdown begins.',
        tags: ['operations'],
        security: [],
        responses: {
          '200': json('Ready.', ref('Readiness')),
          // Not ready (starting, shutting down, or a check failing): a problem with `failing` and `checks`.
          ...problems(['starting', 'shutting-down', 'not-ready']),
        },
      },
    },
    '/metrics': {
      get: {
        operationId: 'getMetrics',
        summary: 'Prometheus metrics',
        description:
          'Served on this port only with `METRICS_TOKEN` (then the token is required), or alone on `METRICS_PORT`; otherwise 404 saying how to enable it.',
        tags: ['operations'],
        security: [{ metricsBearer: [] }],
        responses: {
          '200': {
            description: 'The metrics, Prometheus text format.',
            content: { 'text/plain': { schema: { type: 'string' } } },
          },
          ...problems(['unauthenticated', 'not-found']),
        },
      },
    },
    '/openapi.json': {
      get: {
        operationId: 'getOpenApi',
        summary: 'This document',
        description: 'The OpenAPI 3.1 description of every route.',
        tags: ['operations'],
        security: [],
        responses: { '200': json('The OpenAPI 3.1 document.', { type: 'object' }) },
      },
    },
  }

  const change = jsonSchema(Change, 'output')
  const schemas: Record<string, JsonSchema> = {
    Execution: {
      type: 'object',
      description: 'A durable execution: one per idempotency key.',
      properties: {
        executionId: { type: 'string' },
        flow: { type: 'string', enum: [...FLOW_NAMES] },
        status: { type: 'string', enum: ['running', 'succeeded', 'failed'] },
        ticket: jsonSchema(Ticket, 'output'),
        caller: { type: 'object', properties: { kind: { type: 'string' }, id: { type: 'string' } } },
        attempts: { type: 'integer' },
        planHash: { type: ['string', 'null'] },
        output: { description: 'The flow’s output once it succeeded.' },
        error: {
          description: 'The problem it failed with.',
          oneOf: [{ type: 'null' }, { type: 'object' }],
        },
        changes: { type: 'array', items: change },
        steps: { type: 'array', items: { type: 'object' } },
        createdAt: { type: 'string', format: 'date-time' },
        updatedAt: { type: 'string', format: 'date-time' },
        finishedAt: { type: ['string', 'null'], format: 'date-time' },
      },
      required: ['executionId', 'flow', 'status', 'ticket', 'changes', 'createdAt'],
    },
    AuditAnswer: {
      type: 'object',
      properties: {
        ticket: { type: 'string' },
        oktaUserId: { type: 'string' },
        executions: {
          type: 'array',
          items: {
            type: 'object',
            properties: {
              executionId: { type: 'string' },
              flow: { type: 'string' },
              status: { type: 'string' },
              ticketNumber: { type: 'string' },
              ticketSysId: { type: ['string', 'null'] },
              requestedBy: { type: 'string' },
              approvedBy: { type: ['string', 'null'] },
              caller: { type: 'string' },
              changes: {
                type: 'array',
                items: {
                  type: 'object',
                  properties: {
                    seq: { type: 'integer', description: 'The entry’s position in the hash chain.' },
                    operation: { type: 'string' },
                    target: { type: 'object' },
                    oktaRequestId: { type: ['string', 'null'] },
                    outcome: { type: 'string' },
                    at: { type: 'string', format: 'date-time' },
                    oktaLogEvent: { description: 'With withOktaLog=true: Okta’s record, null when none.' },
                  },
                },
              },
            },
          },
        },
      },
      required: ['executions'],
    },
    AuditVerification: {
      type: 'object',
      description: 'Whether the chain is whole; when not, the first broken entry and why.',
      properties: {
        ok: { type: 'boolean' },
        entries: { type: 'integer' },
        brokenAt: { type: 'integer' },
        reason: { type: 'string' },
      },
      required: ['ok'],
    },
    OrphanReport: {
      type: 'object',
      properties: {
        since: { type: 'string', format: 'date-time' },
        until: { type: 'string', format: 'date-time' },
        clientId: { type: 'string' },
        checked: { type: 'integer' },
        orphans: { type: 'array', items: { type: 'object', description: 'An Okta System Log event.' } },
      },
      required: ['since', 'until', 'clientId', 'checked', 'orphans'],
    },
    ReconcileRequest: jsonSchema(ReconcileBody, 'input'),
    DriftReport: {
      type: 'object',
      properties: {
        runId: { type: 'string' },
        mode: { type: 'string' },
        at: { type: 'string', format: 'date-time' },
        drift: { type: 'array', items: { type: 'object' } },
        counts: { type: 'object', additionalProperties: { type: 'integer' } },
        checked: { type: 'object' },
      },
      required: ['runId', 'mode', 'at', 'drift', 'counts'],
    },
    EventHookDelivery: jsonSchema(EventHookDelivery, 'input'),
    Readiness: {
      type: 'object',
      properties: {
        status: { type: 'string', enum: ['ready'] },
        failing: { type: 'array', items: { type: 'string' } },
        checks: {
          type: 'object',
          additionalProperties: {
            type: 'object',
            properties: { ok: { type: 'boolean' }, detail: { type: 'string' } },
          },
        },
      },
      required: ['status', 'checks'],
    },
  }
  const securitySchemes = {
    metricsBearer: {
      type: 'http',
      scheme: 'bearer',
      description:
        '`METRICS_TOKEN`, distinct from every client token (not required on `METRICS_PORT` without it).',
    },
    oktaEventHookSecret: {
      type: 'apiKey',
      in: 'header',
      name: options.eventHookHeader ?? 'Authorization',
      description:
        '`OKTA_EVENT_HOOK_SECRET`, in the header the hook’s authScheme names (`OKTA_EVENT_HOOK_HEADER`).',
    },
  }
  return { paths, schemas, securitySchemes }
}
