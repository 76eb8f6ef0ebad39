/**
 * The bridge's HTTP surface, composed: this module only puts the middleware and routers together, in order.
 *
 * - `request-context.ts` — every request's id, common headers and JSON log line (and invocation metrics);
 * - `probes.ts` — `GET /healthz`, `GET /readyz`, `GET /metrics` (when served on this port);
 * - `flow-routes.ts` — `POST /api/flo/{flow}/invoke[?dryRun=true]`, the OpenAPI descriptions and
 *   `GET /api/least-privilege`;
 * - `batch-routes.ts` — bulk requests and their status;
 * - `executions.ts`, `audit.ts`, `reconcile.ts`, `catalog.ts`, `event-hooks.ts` — the executions' status,
 *   the golden-thread audit, reconciliation, whoami and the Okta catalog, and Okta's event hooks;
 * - `problem-handlers.ts` — the 404 for anything unanswered and the error handler: every error is
 *   problem+json.
 *
 * Every response carries an `x-request-id`; every request is one JSON log line with the request id, flow,
 * ticket number and execution id — and no credentials or personal data (`../logging/`).
 */
import express from 'express'
import type { Logger } from 'pino'
import type { BatchService } from '../flows/batches.js'
import type { LeastPrivilegeReport } from '../least-privilege/report.js'
import { scrubber } from '../logging/scrub.js'
import { type AuditDeps, auditRouter } from './audit.js'
import type { Authenticator } from './auth.js'
import { batchRouter } from './batch-routes.js'
import { type CatalogLister, catalogRouter } from './catalog.js'
import { type EventHookDeps, eventHooksRouter } from './event-hooks.js'
import { type ExecutionRunner, executionsRouter } from './execution-routes.js'
import { type FlowInvoker, useFlowRoutes } from './flow-routes.js'
import type { BridgeMetrics } from './metrics.js'
import type { OpenApiOptions } from './openapi.js'
import { useProbes } from './probes.js'
import { useProblemHandlers } from './problem-handlers.js'
import type { ReadinessReport } from './readiness.js'
import { type ReconcileDeps, reconcileRouter } from './reconcile.js'
import { requestContext } from './request-context.js'

// Where these types were first declared; `health.ts` still imports them from here.

/** What the app needs. */
export interface AppDeps {
  engine: FlowInvoker
  authenticate: Authenticator
  logger: Logger
  /** The least-privilege report for `GET /api/least-privilege`. */
  leastPrivilege: LeastPrivilegeReport | (() => LeastPrivilegeReport)
  /** Whether the bridge has started and is not shutting down (`/readyz` is 503 otherwise, without checks). */
  ready: () => boolean
  /** The readiness checks of `/readyz` (store, policy, Okta token); absent → `ready()` alone decides. */
  readiness?: () => Promise<ReadinessReport>
  /** Whether shutdown has begun: new invocations are refused with 503 `shutting-down` and `Retry-After`. */
  shuttingDown?: () => boolean
  /** Invocation metrics, and `/metrics` on this port when `metricsToken` is set. */
  metrics?: BridgeMetrics
  /** The bearer token `/metrics` on this port requires; without it `/metrics` is not served here. */
  metricsToken?: string
  openApi?: OpenApiOptions
  /**
   * Secret values to scrub from anything logged about an unexpected error (client tokens, …), on top of
   * the token-shaped strings always scrubbed.
   */
  secrets?: readonly string[]
  /**
   * Runs real invocations as durable executions (idempotency keys, 202 + status URL). Without it they run
   * directly on the engine and are not recorded (unit tests of the HTTP layer).
   */
  executions?: ExecutionRunner
  /** How long a synchronous invocation waits for its execution before answering 202 (default 20 000 ms). */
  syncDeadlineMs?: number
  /** Bulk requests (`POST /api/flo/batch`, `GET /api/flo/batches/{id}`); absent → not served. */
  batches?: BatchService
  /** The audit endpoints; absent → not served. */
  audit?: AuditDeps
  /** `POST /api/reconcile` (`reconcile.ts`); absent → not served. */
  reconcile?: ReconcileDeps
  /** `GET /api/catalog/resources` (`catalog.ts`); absent → not served. `GET /api/whoami` is always served. */
  catalog?: CatalogLister
  /** The Okta event hook receiver (`/hooks/okta/events`); absent (no `OKTA_EVENT_HOOK_SECRET`) → not served. */
  eventHooks?: EventHookDeps
  /** The operator console's router (`console/router.ts`), mounted at `/console`; absent → not served. */
  console?: express.RequestHandler
}

/**
 * Creates the express app: the request context, then the probes, the flow endpoints and every router, then
 * the problem handlers (order matters: the 404 answers only what no route before it did).
 */
export function createApp(deps: AppDeps): express.Express {
  const { authenticate, logger } = deps
  const app = express()
  app.disable('x-powered-by')
  app.use(requestContext({ logger, metrics: deps.metrics }))
  useProbes(app, {
    ready: deps.ready,
    readiness: deps.readiness,
    shuttingDown: deps.shuttingDown,
    metrics: deps.metrics,
    metricsToken: deps.metricsToken,
  })
  useFlowRoutes(app, {
    engine: deps.engine,
    authenticate,
    leastPrivilege: deps.leastPrivilege,
    shuttingDown: deps.shuttingDown,
    openApi: deps.openApi,
    executions: deps.executions,
    syncDeadlineMs: deps.syncDeadlineMs,
  })
  if (deps.executions) app.use(executionsRouter({ executions: deps.executions, authenticate }))
  if (deps.batches) {
    app.use(batchRouter({ batches: deps.batches, authenticate, shuttingDown: deps.shuttingDown }))
  }
  if (deps.audit) app.use(auditRouter({ ...deps.audit, authenticate }))
  if (deps.reconcile) {
    const shuttingDown = deps.shuttingDown
    app.use(reconcileRouter({ ...deps.reconcile, authenticate, ...(shuttingDown ? { shuttingDown } : {}) }))
  }
  app.use(catalogRouter({ authenticate, ...(deps.catalog ? { catalog: deps.catalog } : {}) }))
  if (deps.eventHooks) app.use(eventHooksRouter(deps.eventHooks))
  if (deps.console) app.use('/console', deps.console)
  useProblemHandlers(app, logger, scrubber(deps.secrets ?? []))
  return app
}
