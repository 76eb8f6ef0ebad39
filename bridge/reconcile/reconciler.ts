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
import { createHash, randomUUID } from 'node:crypto'
import { FLOWS, type FlowInput, type FlowName, type Resource, type Ticket } from '../../shared/index.js'
import { type Clock, systemClock } from '../clock.js'
import { type JustificationSources, justifyAccess } from '../flows/access-justification.js'
import { canonicalJson } from '../flows/canonical-json.js'
import { toFlowError } from '../flows/errors.js'
import type { ExecutionView, Submission, SubmitRequest } from '../flows/execution-service.js'
import type { Caller } from '../flows/operation.js'
import { type Policy, PolicyViolation } from '../policy/policy.js'
import type { GrantRecord, GrantStore } from '../ports/grants.js'
import type { OktaPort, OktaPortFactory, OktaUser } from '../ports/okta.js'

/** The Okta scopes reconciliation reads with: it never writes itself (repairs are flows, with their own). */
export const RECONCILE_SCOPES = ['okta.apps.read', 'okta.groups.read', 'okta.users.read'] as const

/** How ended grants are looked back on by default: older ones still show up as `unjustified` if watched. */
export const DEFAULT_LOOKBACK_DAYS = 30

/** How long a repair run waits for one repair's execution before reporting it as `running` (ms). */
export const DEFAULT_REPAIR_WAIT_MS = 30_000

/** The kinds of drift, in report order. */
export const DRIFT_KINDS = ['present-after-expiry', 'missing-while-active', 'unjustified'] as const

/** A kind of drift. */
export type DriftKind = (typeof DRIFT_KINDS)[number]

/**
 * `dry-run` reports; `repair` also fixes what the policy allows; `baseline` records the `unjustified` access it
 * finds as accepted (the other kinds concern grants and are only reported).
 */
export type ReconcileMode = 'dry-run' | 'repair' | 'baseline'

/** The flows repairs run. */
export type RepairFlow = 'revoke-access' | 'extend-access' | 'mover'

/** Why a drift is reported but not repaired. */
export type SkipReason =
  /** The policy protects the group or app: the bridge never touches it. */
  | 'protected'
  /** The group or app is not among the policy's manageable ones. */
  | 'not-manageable'
  /** The policy protects the user. */
  | 'protected-user'
  /** A permanent grant has no end date to extend to (`extend-access` needs one): grant it again. */
  | 'permanent-grant'
  /** The grant's end date has passed: the expiry scheduler ends it, restoring the access would be wrong. */
  | 'grant-due'
  /** The user is deactivated: flows refuse to change a deactivated user (rehire first). */
  | 'user-deactivated'
  /** The user no longer exists in Okta. */
  | 'user-not-found'

/** What was (or would be) done about one drift. */
export type Repair =
  /** Dry run: what repair mode would run. */
  | { flow: RepairFlow; status: 'planned' }
  /** Repair mode: the execution that ran it (`running`: still going when the run stopped waiting). */
  | {
      flow: RepairFlow
      executionId: string
      status: 'succeeded' | 'failed' | 'running'
      error?: { code: string; detail: string }
    }
  /** Not repaired, and why (in both modes). */
  | { flow: RepairFlow | null; status: 'skipped'; reason: SkipReason; detail: string }
  /** Baseline mode: the access was accepted by the baseline execution (nothing changes in Okta). */
  | { flow: null; status: 'accepted'; executionId: string }

/** One difference between the bridge's records and Okta. */
export interface Drift {
  kind: DriftKind
  userId: string
  /** The user's login, when known (a user deleted from Okta has none). */
  login: string | null
  resource: { type: Resource['type']; id: string; name: string | null }
  /** The grant concerned (not for `unjustified`). */
  grantId?: string
  repair: Repair
}

/** The answer of a reconciliation run. */
export interface DriftReport {
  runId: string
  mode: ReconcileMode
  /** When the run started (the clock's time), ISO-8601. */
  at: string
  /** Baseline mode: the execution that recorded the accepted access, and how many. */
  baseline?: { executionId: string; accepted: number }
  drift: Drift[]
  /** How many drifts of each kind. */
  counts: Record<DriftKind, number>
  checked: {
    /** Grants compared with Okta (active ones and those ended within the lookback). */
    grants: number
    /** Groups and apps whose members were read (every manageable one, protected ones included for grants). */
    resources: number
    /** Resources named by a grant or the policy that Okta no longer has (nothing to compare). */
    missingResources: string[]
  }
}

/** Whether something other than `exceptGrantId` justifies a user holding a resource (a grant, a birthright). */
export type AccessJustifier = (query: {
  userId: string
  resource: Resource
  exceptGrantId?: string
}) => Promise<boolean>

/**
 * The justification rule `revoke-access` applies (`flows/access-justification.ts`), as the reconciler asks it:
 * the same rule on both sides, so what a dry run reports as drift is what a repair would remove.
 */
export function accessJustifier(sources: JustificationSources): AccessJustifier {
  return async (query) => (await justifyAccess(sources, query)).justified
}

/** What the reconciler needs of the execution service (submit a repair, wait for it). */
export interface RepairRunner {
  submit(request: SubmitRequest): Promise<Submission>
  wait(executionId: string, deadlineMs: number): Promise<ExecutionView | undefined>
}

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

/** What a run is asked to do. */
export type ReconcileRequest =
  | { mode: 'dry-run' }
  /** A repair or a baseline: the operator's change ticket (the audit entries carry it) and who called. */
  | { mode: 'repair' | 'baseline'; ticket: Ticket; caller: Caller }

/** A group or app being compared, and what is known of it. */
interface Watched {
  resource: Resource
  name: string | null
  /** Whether members without a grant are looked for (not for protected resources). */
  forUnjustified: boolean
}

/** Someone holding a resource, as its member list shows them. */
interface Holder {
  /** Known for group members (the list carries users); app lists carry only the app username. */
  user: OktaUser | undefined
  /** Assigned to an app through a group (Okta's `scope: GROUP`): follows the group, not a drift of its own. */
  viaGroup: boolean
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
    const { watched, missing } = await this.watchedResources(okta, [...active, ...endedToCheck])
    const holders = await readHolders(okta, watched)

    const users = new UserCache(okta)
    const drift = [
      ...this.missingWhileActive(active, watched, holders),
      ...(await this.presentAfterExpiry(endedToCheck, watched, holders)),
    ]
    drift.push(...(await this.unjustified(watched, holders, active, drift)))
    drift.sort(reportOrder)
    for (const item of drift) await this.decideRepair(item, active, holders, users, now)
    if (request.mode === 'repair') {
      const byId = new Map(active.map((grant) => [grant.id, grant]))
      for (const item of drift) await this.repair(item, runId, request, byId)
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

  /**
   * The resources to read: every resource a grant names (protected ones too: a grant on one is drift to
   * report even if the policy changed since), every manageable group and app of the policy (`"*"`: every group
   * and app Okta lists, all pages) and every requestable one. All but the protected ones are searched for access
   * nothing explains. Ids the policy lists without a type are looked up as a group, then as an app; what Okta
   * does not have is reported as missing.
   */
  private async watchedResources(
    okta: OktaPort,
    grants: readonly GrantRecord[],
  ): Promise<{ watched: Map<string, Watched>; missing: string[] }> {
    const { manageableGroups, manageableApps } = this.deps.policy.document
    const wanted = new Map<string, Resource['type'] | undefined>()
    const watched = new Map<string, Watched>()
    const watch = (resource: Resource, name: string | null) =>
      watched.set(resourceKey(resource), { resource, name, forUnjustified: !this.isProtected(resource) })
    // Listed by Okta with their names: nothing more to look up.
    const [allGroups, allApps] = await Promise.all([
      manageableGroups.includes('*') ? okta.listGroups() : [],
      manageableApps.includes('*') ? okta.listApps() : [],
    ])
    for (const group of allGroups) watch({ type: 'group', id: group.id }, group.name)
    for (const app of allApps) watch({ type: 'app', id: app.id }, app.label)
    for (const grant of grants) wanted.set(grant.resource.id, grant.resource.type)
    for (const id of manageableGroups) if (id !== '*' && !wanted.has(id)) wanted.set(id, 'group')
    for (const id of manageableApps) if (id !== '*' && !wanted.has(id)) wanted.set(id, 'app')
    for (const id of this.deps.policy.requestableResources()) if (!wanted.has(id)) wanted.set(id, undefined)
    const missing: string[] = []
    await Promise.all(
      [...wanted].map(async ([id, type]) => {
        if (type !== undefined && watched.has(resourceKey({ type, id }))) return
        if (type === undefined && (watched.has(`group:${id}`) || watched.has(`app:${id}`))) return
        const found = await findResource(okta, id, type)
        if (!found) {
          missing.push(id)
          return
        }
        watch(found.resource, found.name)
      }),
    )
    return { watched, missing: missing.sort() }
  }

  private isProtected(resource: Resource): boolean {
    const { protectedGroups, protectedApps } = this.deps.policy.document
    return (resource.type === 'group' ? protectedGroups : protectedApps).includes(resource.id)
  }

  /** Active grants whose access Okta does not show. */
  private missingWhileActive(
    active: readonly GrantRecord[],
    watched: ReadonlyMap<string, Watched>,
    holders: ReadonlyMap<string, Map<string, Holder>>,
  ): Drift[] {
    return active.flatMap((grant) => {
      const members = holders.get(resourceKey(grant.resource))
      if (!members || members.has(grant.userId)) return []
      return [grantDrift('missing-while-active', grant, watched)]
    })
  }

  /** Ended grants whose access is still there with nothing else to justify it. */
  private async presentAfterExpiry(
    ended: readonly GrantRecord[],
    watched: ReadonlyMap<string, Watched>,
    holders: ReadonlyMap<string, Map<string, Holder>>,
  ): Promise<Drift[]> {
    const drift: Drift[] = []
    for (const grant of ended) {
      if (!holders.get(resourceKey(grant.resource))?.has(grant.userId)) continue
      const resource = { type: grant.resource.type, id: grant.resource.id }
      if (await this.deps.justified({ userId: grant.userId, resource, exceptGrantId: grant.id })) continue
      drift.push(grantDrift('present-after-expiry', grant, watched))
    }
    return drift
  }

  /** Holders of watched resources with no active grant, no drift reported already, and no justification. */
  private async unjustified(
    watched: ReadonlyMap<string, Watched>,
    holders: ReadonlyMap<string, Map<string, Holder>>,
    active: readonly GrantRecord[],
    reported: readonly Drift[],
  ): Promise<Drift[]> {
    const accounted = new Set([
      ...active.map((grant) => `${grant.userId}|${resourceKey(grant.resource)}`),
      ...reported.map((item) => `${item.userId}|${resourceKey(item.resource)}`),
    ])
    const drift: Drift[] = []
    for (const [key, entry] of watched) {
      if (!entry.forUnjustified) continue
      for (const [userId, holder] of holders.get(key) ?? []) {
        // An app assignment through a group follows the group's membership, which is reconciled on its own.
        if (holder.viaGroup || accounted.has(`${userId}|${key}`)) continue
        if (await this.deps.justified({ userId, resource: entry.resource })) continue
        drift.push({
          kind: 'unjustified',
          userId,
          login: holder.user?.profile.login ?? null,
          resource: { ...entry.resource, name: entry.name },
          repair: { flow: 'mover', status: 'planned' },
        })
      }
    }
    return drift
  }

  /**
   * Decides whether a drift can be repaired, filling in the user's login: the policy is asked exactly as the
   * repair flow's plan would be checked, so what is reported as repairable is what the flow would be allowed.
   */
  private async decideRepair(
    item: Drift,
    active: readonly GrantRecord[],
    holders: ReadonlyMap<string, Map<string, Holder>>,
    users: UserCache,
    now: Date,
  ): Promise<void> {
    const flow = repairFlowOf(item.kind)
    const user =
      holders.get(resourceKey(item.resource))?.get(item.userId)?.user ?? (await users.get(item.userId))
    if (user) item.login = user.profile.login
    const skip = (reason: SkipReason, detail: string) => {
      item.repair = { flow, status: 'skipped', reason, detail }
    }
    if (!user) return skip('user-not-found', `Okta has no user ${item.userId}.`)
    const refusal = this.policyRefusal(item, user)
    if (refusal) return skip(refusal.reason, refusal.detail)
    if (user.status === 'DEPROVISIONED') {
      return skip('user-deactivated', `User ${user.profile.login} is deactivated: rehire them first.`)
    }
    if (item.kind === 'missing-while-active') {
      const grant = active.find((g) => g.id === item.grantId)
      if (grant?.expiresAt == null) {
        return skip(
          'permanent-grant',
          'A permanent grant has no end date for extend-access to keep: grant the access again.',
        )
      }
      if (Date.parse(grant.expiresAt) <= now.getTime()) {
        return skip('grant-due', 'The grant’s end date has passed: the expiry scheduler ends it.')
      }
    }
    item.repair = { flow, status: 'planned' }
  }

  /** Why the policy would refuse the repair's Okta operation, if it would. */
  private policyRefusal(item: Drift, user: OktaUser): { reason: SkipReason; detail: string } | undefined {
    const removing = item.kind !== 'missing-while-active'
    const target =
      item.resource.type === 'group'
        ? { groupId: item.resource.id, ...(item.resource.name ? { groupName: item.resource.name } : {}) }
        : { appId: item.resource.id, ...(item.resource.name ? { appLabel: item.resource.name } : {}) }
    const operation =
      item.resource.type === 'group'
        ? removing
          ? 'removeGroupMember'
          : 'addGroupMember'
        : removing
          ? 'unassignApp'
          : 'assignApp'
    try {
      this.deps.policy.check(
        repairFlowOf(item.kind),
        [{ operation, target: { userId: user.id, ...target } }],
        user,
      )
      return undefined
    } catch (error) {
      if (!(error instanceof PolicyViolation)) throw error
      const rule = error.rule
      const reason: SkipReason =
        rule === 'protectedUsers'
          ? 'protected-user'
          : rule === 'protectedGroups' || rule === 'protectedApps'
            ? 'protected'
            : 'not-manageable'
      return { reason, detail: error.message }
    }
  }

  /** Runs a planned repair as an execution and records its outcome on the drift. */
  private async repair(
    item: Drift,
    runId: string,
    request: { ticket: Ticket; caller: Caller },
    activeById: ReadonlyMap<string, GrantRecord>,
  ): Promise<void> {
    if (item.repair.status !== 'planned') return
    const executions = this.deps.executions!
    const flow = item.repair.flow
    const grant = item.grantId === undefined ? undefined : activeById.get(item.grantId)
    const input = repairInput(item, request.ticket, runId, grant)
    const submission = await executions.submit({
      flow,
      input,
      caller: request.caller,
      // One execution per run and drift: a retried request of the same run replays it, a new run starts anew.
      idempotencyKey: `reconcile:${runId}:${item.kind}:${item.userId}:${item.resource.id}`,
      requestHash: createHash('sha256').update(canonicalJson(input)).digest('hex'),
      ticket: request.ticket,
    })
    if (submission.kind === 'key-conflict') {
      item.repair = {
        flow,
        executionId: submission.executionId,
        status: 'failed',
        error: { code: 'idempotency-key-reused', detail: 'The repair’s key belongs to another request.' },
      }
      return
    }
    const executionId = submission.kind === 'finished' ? submission.view.executionId : submission.executionId
    const view =
      submission.kind === 'finished'
        ? submission.view
        : await executions.wait(executionId, this.deps.repairWaitMs ?? DEFAULT_REPAIR_WAIT_MS)
    if (view === undefined || view.status === 'running') {
      item.repair = { flow, executionId, status: 'running' }
    } else if (view.status === 'succeeded') {
      item.repair = { flow, executionId, status: 'succeeded' }
    } else {
      const error = view.error ?? { code: 'internal', detail: 'The execution failed unexpectedly.' }
      item.repair = { flow, executionId, status: 'failed', error: { code: error.code, detail: error.detail } }
    }
  }
}

/** How many drifts of each kind a report holds (every kind present, zeros included). */
export function countByKind(drift: readonly Drift[]): Record<DriftKind, number> {
  const counts = Object.fromEntries(DRIFT_KINDS.map((kind) => [kind, 0])) as Record<DriftKind, number>
  for (const item of drift) counts[item.kind]++
  return counts
}

/** Report order: by kind, then resource, then user — stable from run to run, so reports can be compared. */
function reportOrder(a: Drift, b: Drift): number {
  const kind = DRIFT_KINDS.indexOf(a.kind) - DRIFT_KINDS.indexOf(b.kind)
  if (kind !== 0) return kind
  const resource = resourceKey(a.resource).localeCompare(resourceKey(b.resource))
  return resource !== 0 ? resource : a.userId.localeCompare(b.userId)
}

/** The flow that repairs a kind of drift. */
export function repairFlowOf(kind: DriftKind): RepairFlow {
  if (kind === 'present-after-expiry') return 'revoke-access'
  if (kind === 'missing-while-active') return 'extend-access'
  return 'mover'
}

/**
 * The repair flow's input, validated by its own schema (defaults applied, as the HTTP layer would).
 * `activeGrant`: the grant of a `missing-while-active` drift, whose own end date the extension keeps.
 */
function repairInput(
  item: Drift,
  ticket: Ticket,
  runId: string,
  activeGrant: GrantRecord | undefined,
): FlowInput<FlowName> {
  const parse = <F extends FlowName>(flow: F, raw: unknown) => FLOWS[flow].input.parse(raw) as FlowInput<F>
  switch (item.kind) {
    case 'present-after-expiry':
      return parse('revoke-access', {
        ticket,
        grantId: item.grantId,
        reason: `Reconciliation ${runId}: access still present after the grant ended.`,
      })
    case 'missing-while-active':
      // The same end date: the approval behind the grant still holds; only the access is put back.
      return parse('extend-access', { ticket, grantId: item.grantId, expiresAt: activeGrant?.expiresAt })
    case 'unjustified':
      return parse('mover', {
        ticket,
        user: { id: item.userId },
        ...(item.resource.type === 'group'
          ? { removeGroups: [item.resource.id] }
          : { removeApps: [item.resource.id] }),
      })
  }
}

/**
 * Of the ended grants, the ones whose access should be gone: not pre-existing (ending those never removes the
 * access), without an active grant to the same access, and the latest per user and resource.
 */
function endedWorthChecking(ended: readonly GrantRecord[], active: readonly GrantRecord[]): GrantRecord[] {
  const held = new Set(active.map((grant) => `${grant.userId}|${resourceKey(grant.resource)}`))
  const latest = new Map<string, GrantRecord>()
  for (const grant of ended) {
    const key = `${grant.userId}|${resourceKey(grant.resource)}`
    if (grant.preexisting || held.has(key)) continue
    const seen = latest.get(key)
    if (!seen || (seen.endedAt ?? '') <= (grant.endedAt ?? '')) latest.set(key, grant)
  }
  return [...latest.values()]
}

/** A drift about a grant. */
function grantDrift(kind: DriftKind, grant: GrantRecord, watched: ReadonlyMap<string, Watched>): Drift {
  const name = watched.get(resourceKey(grant.resource))?.name ?? grant.resource.name ?? null
  return {
    kind,
    userId: grant.userId,
    login: grant.login,
    resource: { type: grant.resource.type, id: grant.resource.id, name },
    grantId: grant.id,
    repair: { flow: repairFlowOf(kind), status: 'planned' },
  }
}

/** A resource's identity as a map key. */
function resourceKey(resource: { type: string; id: string }): string {
  return `${resource.type}:${resource.id}`
}

/** A group or app by id (type unknown: a group first, then an app), with its name; undefined if Okta has none. */
async function findResource(
  okta: OktaPort,
  id: string,
  type: Resource['type'] | undefined,
): Promise<{ resource: Resource; name: string | null } | undefined> {
  if (type !== 'app') {
    const group = await okta.findGroup(id)
    if (group) return { resource: { type: 'group', id }, name: group.name }
  }
  if (type !== 'group') {
    const app = await okta.findApp(id)
    if (app) return { resource: { type: 'app', id }, name: app.label }
  }
  return undefined
}

/** Who holds each watched resource, read from Okta (every page), by resource key and user id. */
async function readHolders(
  okta: OktaPort,
  watched: ReadonlyMap<string, Watched>,
): Promise<Map<string, Map<string, Holder>>> {
  const holders = new Map<string, Map<string, Holder>>()
  await Promise.all(
    [...watched].map(async ([key, { resource }]) => {
      const members = new Map<string, Holder>()
      if (resource.type === 'group') {
        for (const user of await okta.listGroupMembers(resource.id))
          members.set(user.id, { user, viaGroup: false })
      } else {
        for (const assignment of await okta.listAppAssignments(resource.id)) {
          members.set(assignment.userId, { user: undefined, viaGroup: assignment.scope === 'GROUP' })
        }
      }
      holders.set(key, members)
    }),
  )
  return holders
}

/** Users read from Okta at most once per run. */
class UserCache {
  private readonly users = new Map<string, Promise<OktaUser | undefined>>()

  constructor(private readonly okta: OktaPort) {}

  get(userId: string): Promise<OktaUser | undefined> {
    let user = this.users.get(userId)
    if (!user) {
      user = this.okta.findUser(userId)
      this.users.set(userId, user)
    }
    return user
  }
}
