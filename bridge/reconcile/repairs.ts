/**
 * Repairing drift: deciding whether a drift can be repaired (the policy asked exactly as the repair flow's plan
 * would be checked, so what is reported as repairable is what the flow would be allowed), and running a
 * planned repair as an execution of an ordinary flow — `present-after-expiry` → `revoke-access`,
 * `missing-while-active` → `extend-access` to the grant's own end date, `unjustified` → `mover` — submitted
 * through the execution service, so it is planned, checked, recorded and audited like any other change.
 */
import { createHash } from 'node:crypto'
import { FLOWS, type FlowInput, type FlowName, type Ticket } from '../../shared/index.js'
import { canonicalJson } from '../flows/canonical-json.js'
import type { ExecutionView, Submission, SubmitRequest } from '../flows/execution-service.js'
import type { Caller } from '../flows/operation.js'
import { type Policy, PolicyViolation } from '../policy/policy.js'
import type { GrantRecord } from '../ports/grants.js'
import type { OktaUser } from '../ports/okta.js'
import { type Drift, repairFlowOf, resourceKey, type SkipReason } from './drift.js'
import type { Holder, UserCache } from './okta-reads.js'

/** How long a repair run waits for one repair's execution before reporting it as `running` (ms). */
export const DEFAULT_REPAIR_WAIT_MS = 30_000

/** What the reconciler needs of the execution service (submit a repair, wait for it). */
export interface RepairRunner {
  submit(request: SubmitRequest): Promise<Submission>
  wait(executionId: string, deadlineMs: number): Promise<ExecutionView | undefined>
}

/**
 * Decides whether a drift can be repaired, filling in the user's login: the policy is asked exactly as the
 * repair flow's plan would be checked, so what is reported as repairable is what the flow would be allowed.
 */
export async function decideRepair(
  policy: Policy,
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
  const refusal = policyRefusal(policy, item, user)
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
function policyRefusal(
  policy: Policy,
  item: Drift,
  user: OktaUser,
): { reason: SkipReason; detail: string } | undefined {
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
    policy.check(repairFlowOf(item.kind), [{ operation, target: { userId: user.id, ...target } }], user)
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
export async function runRepair(
  executions: RepairRunner,
  repairWaitMs: number | undefined,
  item: Drift,
  runId: string,
  request: { ticket: Ticket; caller: Caller },
  activeById: ReadonlyMap<string, GrantRecord>,
): Promise<void> {
  if (item.repair.status !== 'planned') return
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
      : await executions.wait(executionId, repairWaitMs ?? DEFAULT_REPAIR_WAIT_MS)
  if (view === undefined || view.status === 'running') {
    item.repair = { flow, executionId, status: 'running' }
  } else if (view.status === 'succeeded') {
    item.repair = { flow, executionId, status: 'succeeded' }
  } else {
    const error = view.error ?? { code: 'internal', detail: 'The execution failed unexpectedly.' }
    item.repair = { flow, executionId, status: 'failed', error: { code: error.code, detail: error.detail } }
  }
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
