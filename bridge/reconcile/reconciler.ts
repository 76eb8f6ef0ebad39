/**
 * Reconciliation: compares what the bridge's records say a user should hold with what Okta says they hold,
 * and reports the difference (drift) — the check that keeps the least-privilege promise honest when someone
 * changes Okta behind the bridge's back, or a removal was lost:
 *
 * - `present-after-expiry`: a grant ended (expired or revoked) but the access is still in Okta, and nothing
 *   else (another grant, a birthright) justifies it;
 * - `missing-while-active`: a grant is active but the access is not in Okta;
 * - `unjustified`: a member of a watched resource — every manageable group and app of the policy (a `"*"`
 *   policy: every group and app Okta lists), every requestable one, every one a grant names; protected ones never —
 *   holds it and nothing explains it: no active grant, no JML change of the bridge (joiner, mover, rehire, an
 *   onboarding decision), no baseline.
 *
 * A baseline (`mode: "baseline"`) accepts today's unexplained access, so the first run after installing does not
 * flag every existing member: one execution under the operator's ticket, each access accepted an audit entry
 * chained like any change (so a baseline cannot be slipped into the database to hide drift afterwards).
 *
 * An operation object like the flows: no HTTP in here. A dry run (the default) only reads Okta, with read
 * scopes only. A repair fixes what the policy allows, each fix an execution of an ordinary flow submitted
 * through the execution service — so it is planned against Okta's current state, checked by the policy,
 * recorded, and audited exactly once under the operator's ticket, like any other change:
 * `present-after-expiry` → `revoke-access` on the ended grant, `missing-while-active` → `extend-access` to the
 * grant's own end date, `unjustified` → `mover` removing the group or app.
 */
import { randomUUID } from 'node:crypto'
import type { Resource, Ticket } from '../../shared/index.js'
import { type Clock, systemClock } from '../clock.js'
import { toFlowError } from '../flows/errors.js'
import type { Caller } from '../flows/operation.js'
import type { Policy } from '../policy/policy.js'
import type { GrantRecord, GrantStore } from '../ports/grants.js'
import type { OktaPortFactory } from '../ports/okta.js'
import {
  type AccessJustifier,
  endedWorthChecking,
  missingWhileActive,
  presentAfterExpiry,
  unjustified,
} from './detection.js'
import { countByKind, type DriftReport, type ReconcileRequest, reportOrder } from './drift.js'
import { readHolders, UserCache, watchedResources } from './okta-reads.js'
import { decideRepair, type RepairRunner, runRepair } from './repairs.js'

// The reconciler's vocabulary, where callers have always found it.
export { type AccessJustifier, accessJustifier } from './detection.js'
export {
  countByKind,
  DRIFT_KINDS,
  type Drift,
  type DriftKind,
  type DriftReport,
  type ReconcileMode,
  type ReconcileRequest,
  type Repair,
  type RepairFlow,
  repairFlowOf,
  type SkipReason,
} from './drift.js'
export { DEFAULT_REPAIR_WAIT_MS, type RepairRunner } from './repairs.js'

/** The Okta scopes reconciliation reads with: it never writes itself (repairs are flows, with their own). */
export const RECONCILE_SCOPES = ['okta.apps.read', 'okta.groups.read', 'okta.users.read'] as const

/** How ended grants are looked back on by default: older ones still show up as `unjustified` if watched. */
export const DEFAULT_LOOKBACK_DAYS = 30

/** What the reconciler needs. */
export interface ReconcilerDeps {
  /** Makes Okta ports; the reconciler asks for {@link RECONCILE_SCOPES} only. */
  okta: OktaPortFactory
  policy: Policy
  grants: GrantStore
  /** Grants ended at or after an instant (`adapters/store/ended-grants.ts`). */
  endedGrantsSince: (since: string) => Promise<GrantRecord[]>
  justified: AccessJustifier
  /** Runs repairs; without it only dry runs are possible. */
  executions?: RepairRunner
  clock?: Clock
  lookbackDays?: number
  repairWaitMs?: number
  newRunId?: () => string
  /** Records a baseline (the audit trail's `recordBaseline`, then its anchor); without it no baseline runs. */
  recordBaseline?: (baseline: {
    executionId: string
    runId: string
    ticket: Ticket
    caller: Caller
    accepted: readonly { userId: string; resource: Resource }[]
  }) => Promise<void>
  /** New execution ids (`exe_…`), for the baseline's execution. */
  newExecutionId?: () => string
}

/** Reconciles grants with Okta. */
export class Reconciler {
  private readonly clock: Clock
  private readonly newRunId: () => string
  /** Runs go one at a time: two concurrent repairs of the same drift would only race each other. */
  private queue: Promise<unknown> = Promise.resolve()

  constructor(private readonly deps: ReconcilerDeps) {
    this.clock = deps.clock ?? systemClock
    this.newRunId = deps.newRunId ?? (() => `rec_${randomUUID()}`)
  }

  /** Runs a reconciliation (after any run in progress) and answers its report. */
  run(request: ReconcileRequest): Promise<DriftReport> {
    // Okta's refusals and outages become the flows' problems (okta-forbidden 502, okta-rate-limited 503, …).
    const next = this.queue.then(() =>
      this.reconcile(request).catch((error: unknown) => {
        throw toFlowError(error, this.clock)
      }),
    )
    this.queue = next.catch(() => undefined)
    return next
  }

  private async reconcile(request: ReconcileRequest): Promise<DriftReport> {
    if (request.mode === 'repair' && !this.deps.executions) {
      throw new Error('Reconciler: repair mode needs the execution service')
    }
    if (request.mode === 'baseline' && !this.deps.recordBaseline) {
      throw new Error('Reconciler: baseline mode needs the audit trail')
    }
    const now = this.clock.now()
    const runId = this.newRunId()
    const lookbackMs = (this.deps.lookbackDays ?? DEFAULT_LOOKBACK_DAYS) * 86_400_000
    const [active, ended] = await Promise.all([
      this.deps.grants.active(),
      this.deps.endedGrantsSince(new Date(now.getTime() - lookbackMs).toISOString()),
    ])
    const endedToCheck = endedWorthChecking(ended, active)
    const okta = this.deps.okta(RECONCILE_SCOPES)
    const { watched, missing } = await watchedResources(okta, this.deps.policy, [...active, ...endedToCheck])
    const holders = await readHolders(okta, watched)

    const users = new UserCache(okta)
    const drift = [
      ...missingWhileActive(active, watched, holders),
      ...(await presentAfterExpiry(this.deps.justified, endedToCheck, watched, holders)),
    ]
    drift.push(...(await unjustified(this.deps.justified, watched, holders, active, drift)))
    drift.sort(reportOrder)
    for (const item of drift) await decideRepair(this.deps.policy, item, active, holders, users, now)
    if (request.mode === 'repair') {
      const byId = new Map(active.map((grant) => [grant.id, grant]))
      const executions = this.deps.executions!
      for (const item of drift)
        await runRepair(executions, this.deps.repairWaitMs, item, runId, request, byId)
    }
    let baseline: DriftReport['baseline']
    if (request.mode === 'baseline') {
      const executionId = (this.deps.newExecutionId ?? (() => `exe_${randomUUID()}`))()
      const accepted = drift.filter((item) => item.kind === 'unjustified')
      await this.deps.recordBaseline!({
        executionId,
        runId,
        ticket: request.ticket,
        caller: request.caller,
        accepted: accepted.map((item) => ({
          userId: item.userId,
          resource: { type: item.resource.type, id: item.resource.id },
        })),
      })
      for (const item of accepted) item.repair = { flow: null, status: 'accepted', executionId }
      baseline = { executionId, accepted: accepted.length }
    }
    return {
      runId,
      mode: request.mode,
      at: now.toISOString(),
      ...(baseline ? { baseline } : {}),
      drift,
      counts: countByKind(drift),
      checked: {
        grants: active.length + endedToCheck.length,
        resources: holders.size,
        missingResources: missing,
      },
    }
  }
}
