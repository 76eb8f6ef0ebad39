/**
 * The paths of every route besides the flow invocations — the per-flow documents, executions, the audit,
 * reconciliation, the Okta event hook, least privilege, health, readiness, metrics and the document itself —
 * so that a test comparing the document with the Express router finds every route described.
 */
import { FLOW_NAMES, OktaId, ReconcileBody, Ticket } from '../../../shared/index.js'
import { AUDIT_PERMISSION, RECONCILE_PERMISSION } from '../../callers/permissions.js'
import { EVENT_HOOK_PATH } from '../event-hooks.js'
import { callerSecurity, json, jsonSchema, type ProblemCode, problems, query, ref } from './common.js'

/** Tags of the routes besides the flows. */
export const OPERATIONAL_TAGS = [
  { name: 'executions', description: 'Durable executions of real invocations' },
  { name: 'batches', description: 'Bulk requests: many invocations queued at once' },
  { name: 'audit', description: 'The golden-thread audit and its hash chain' },
  { name: 'reconcile', description: 'Grants and access compared with Okta' },
  { name: 'event-hooks', description: 'Okta event hooks (Okta-initiated onboarding)' },
  { name: 'operations', description: 'Health, readiness, metrics and these documents' },
]

/** The paths of everything that is not a flow invocation. */
export function operationalPaths(): Record<string, unknown> {
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
    '/api/flo/batch': {
      post: {
        operationId: 'submitBatch',
        summary: 'Queue up to 10,000 invocations at once',
        description:
          'Every item is checked (its flow’s input schema, the ticket filled in from the item or the batch) and the caller must be allowed every flow used, before anything is queued; then each item becomes an ordinary durable execution, worked in the background a few at a time. A batch-level `Idempotency-Key` names the batch (default: the same body on the same ticket is the same batch). Body limit 16 MB.',
        tags: ['batches'],
        security: callerSecurity(undefined),
        parameters: [
          {
            name: 'Idempotency-Key',
            in: 'header',
            required: false,
            description:
              'Names the batch for this caller: a retry with the same key and body answers the same batch.',
            schema: { type: 'string', pattern: '^[\\x20-\\x7E]{1,255}$' },
          },
        ],
        requestBody: {
          required: true,
          content: { 'application/json': { schema: ref('BatchRequest') } },
        },
        responses: {
          '202': json('Queued (or the same batch again): where to follow it.', ref('BatchAccepted'), {
            Location: { schema: { type: 'string' }, description: 'The status URL.' },
            'Idempotent-Replayed': {
              schema: { type: 'string', enum: ['true'] },
              description: 'Present when the batch already existed under this key.',
            },
          }),
          ...problems([
            'invalid-input',
            'malformed-json',
            'unauthenticated',
            'forbidden-flow',
            'body-too-large',
            'unsupported-media-type',
            'idempotency-key-reused',
            'auth-unavailable',
            'shutting-down',
            'internal',
          ]),
        },
      },
    },
    '/api/flo/batches/{id}': {
      get: {
        operationId: 'getBatch',
        summary: 'A batch’s counts and a page of its items',
        description:
          'Readable only by the caller that made the batch (anyone else: 404). Offset paging by item index; `Retry-After: 1` while items are queued or running.',
        tags: ['batches'],
        security: callerSecurity(undefined),
        parameters: [
          {
            name: 'id',
            in: 'path',
            required: true,
            description: 'The batch id (`bat_…`), as the submission answered it.',
            schema: { type: 'string', pattern: '^[A-Za-z0-9_-]{1,100}$' },
          },
          query('offset', 'The index of the first item of the page.', {
            type: 'integer',
            minimum: 0,
            default: 0,
          }),
          query('limit', 'Items per page.', { type: 'integer', minimum: 1, maximum: 1000, default: 100 }),
        ],
        responses: {
          '200': json('The batch.', ref('BatchStatus'), retryAfter),
          ...problems([
            'invalid-input',
            'unauthenticated',
            'auth-unavailable',
            'batch-not-found',
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
  return paths
}
