/**
 * What the console's pages read and run — the same ports and services the API uses, so the console is no second
 * data path: the golden thread comes from the audit's own reader (`http/audit.ts` `goldenThread`), executions and
 * grants from the execution service and the stores, drift from the `Reconciler`, readiness from `/readyz`'s checks,
 * the least-privilege report from `npm run scopes`' computation, the Okta budget from the bridge's metrics.
 *
 * `createConsoleRouter(deps: ConsoleDeps)` (console-auth) takes these plus its own configuration; the composition
 * root builds them from what `startBridge` already creates (the store, audit trail, System Log port, execution
 * service, grant store, reconciler wrapped by {@link rememberLatest}, least-privilege report, readiness checks and
 * metrics; the lists through `adapters/store/console-reads.ts`) — `consoleDepsOf` in `test/console/pages.test.ts`
 * shows the assembly.
 */
import type { Logger } from 'pino'
import type { Clock } from '../../clock.js'
import type { AuditDeps } from '../../http/audit.js'
import type { ExecutionRunner } from '../../http/execution-routes.js'
import type { ReadinessReport } from '../../http/readiness.js'
import type { ReconcileRunner } from '../../http/reconcile.js'
import type { LeastPrivilegeReport } from '../../least-privilege/report.js'
import type { ConsoleReads } from '../../ports/console-reads.js'
import type { GrantStore } from '../../ports/grants.js'
import type { DriftReport } from '../../reconcile/reconciler.js'

/** One value of a labelled gauge, as prom-client's `Gauge.get()` answers it. */
export interface GaugeReading {
  values: { value: number; labels: Record<string, string | number | undefined> }[]
}

/** The metrics the Health page charts (the bridge's `BridgeMetrics` fits). */
export interface ConsoleMetrics {
  /** `okta_jml_bridge_okta_rate_limit_remaining{family}`: the latest `X-Rate-Limit-Remaining` per family. */
  rateLimitRemaining: { get(): Promise<GaugeReading> }
  /**
   * The org's rate budget as every replica shares it (`okta_jml_bridge_okta_budget_remaining`): per family, what
   * the bridge's share (`OKTA_RATE_LIMIT_SHARE`) of the current window still allows. Unset before the Okta
   * executor exists.
   */
  oktaBudget?:
    | { budgetSnapshot(): Promise<readonly { family: string; limit: number; remaining: number }[]> }
    | undefined
  /** `okta_jml_bridge_reconcile_drift{kind}`: what the latest scheduled reconciliation found. */
  reconcileDrift: { get(): Promise<GaugeReading> }
  /** `okta_jml_bridge_reconcile_last_success_timestamp_seconds`. */
  reconcileLastSuccess: { get(): Promise<GaugeReading> }
}

/** What the pages need. */
export interface ConsolePagesDeps {
  /** The audit's reads: the golden thread, the chain's verification against its anchors, the System Log join. */
  audit: Pick<AuditDeps, 'store' | 'trail' | 'anchors' | 'oktaLog'>
  /** Runs End / Extend as durable executions, and shows any execution (`ExecutionService`). */
  executions: ExecutionRunner
  /** Lists the stores' ports do not offer (`adapters/store/console-reads.ts`). */
  reads: ConsoleReads
  /** A grant by id (End / Extend check the grant is active before running a flow). */
  grants: Pick<GrantStore, 'get'>
  /** Drift: dry runs and repairs (`Reconciler`). */
  reconciler: ReconcileRunner
  /**
   * The latest reconciliation the bridge ran, scheduled or asked for, when it keeps one ({@link rememberLatest});
   * absent or `undefined`: the Drift page says none has run since the start and offers a dry run.
   */
  latestReconciliation?: () => DriftReport | undefined
  /** The least-privilege report (`GET /api/least-privilege`, `npm run scopes`). */
  leastPrivilege: LeastPrivilegeReport | (() => LeastPrivilegeReport)
  /** `/readyz`'s checks. */
  readiness: () => Promise<ReadinessReport>
  metrics: ConsoleMetrics
  /** The bridge's version (package.json) and the Node runtime, for the Health page. */
  versions: { bridge: string; node?: string; mode: string }
  /** Time for "ending soon", charts and relative times (tests move it); default the system clock. */
  clock?: Clock
  /** Where the console logs what it does besides the audit (a redelivery, with the operator and ticket). */
  logger: Pick<Logger, 'info' | 'warn'>
  /** Ids for the executions the console records itself (a redelivery): the execution service's generator. */
  newExecutionId: () => string
  /** How long an End / Extend / Repair waits for its execution before the page shows it as running (ms). */
  actionWaitMs?: number
}

/**
 * Wraps a reconciler so the latest report it produced (a scheduled dry run, a console dry run, a repair) can be
 * shown: the composition root passes the wrapped one to both the schedule and the console.
 */
export function rememberLatest(reconciler: ReconcileRunner): ReconcileRunner & {
  latest: () => DriftReport | undefined
} {
  let latest: DriftReport | undefined
  return {
    async run(request) {
      const report = await reconciler.run(request)
      latest = report
      return report
    },
    latest: () => latest,
  }
}
