/**
 * onboarding-decision — a business owner's decision on a user born in Okta, taken on the incident the bridge
 * opened for them (`bridge/jobs/event-processor.ts`).
 *
 * Nothing in the payload is trusted on its own: the incident must be one the bridge opened (its own
 * records, else 403 `not-our-incident`), and the incident and its latest decision record are re-read from
 * ServiceNow — number, category, correlation id, state, decision, decider, groups and apps must agree with the
 * payload (else 409 `incident-mismatch`). A caller holding the bridge's client token therefore cannot approve
 * an onboarding nobody approved in ServiceNow.
 *
 * Approved: the groups and apps are added (the policy applies, as for every flow), then a STAGED user is
 * activated. Rejected: the user is deactivated or suspended (`ONBOARDING_REJECT_ACTION`). Either way the
 * incident is closed through the outbox with the golden thread in its close notes — each change and the
 * `X-Okta-Request-Id` Okta's System Log records it under — and one golden-thread row per change.
 *
 * One decision per incident: the decision is claimed in the store by the first execution to make an Okta
 * change (or to finish, when there is nothing to change), with a conditional update, so two concurrent
 * decisions cannot both apply; a second decision answers 409 `already-decided`. The claim is made when the
 * run starts writing, not while planning, so a request the policy refuses leaves the onboarding undecided.
 */
import type { Change, OnboardingDecisionInput } from '../../shared/index.js'
import type { OktaPort, OktaUser } from '../ports/okta.js'
import type { OnboardingRecord } from '../ports/onboarding.js'
import type { OutboxStore } from '../ports/outbox.js'
import type { ExecutionStore } from '../ports/store.js'
import { FlowError } from './errors.js'
import { illegalTransition, resolveApps, resolveGroups, sorted, userTarget } from './lookups.js'
import { CLOSE_CODE, changeLines, GOLDEN_THREAD_TABLE, RESOLVED_STATE } from './onboarding-incident.js'
import { checkAgainstServiceNow } from './onboarding-verification.js'
import {
  type ApplyState,
  describeStep,
  type FlowContext,
  type FlowOperation,
  type Step,
} from './operation.js'
import { USER_ACCESS_SCOPES } from './scopes.js'

/** Statuses from which an approved user can be given access (a suspended or deactivated one cannot). */
const APPROVABLE = new Set(['STAGED', 'PROVISIONED', 'ACTIVE', 'RECOVERY', 'PASSWORD_EXPIRED', 'LOCKED_OUT'])

/** The onboarding-decision flow. */
export const onboardingDecision: FlowOperation<'onboarding-decision'> = {
  name: 'onboarding-decision',
  operations: ['addGroupMember', 'assignApp', 'activateUser', 'deactivateUser', 'suspendUser'],
  scopes: USER_ACCESS_SCOPES,

  async plan(input, okta, context) {
    const { store, rejectAction } = needed(context.services.onboarding, 'onboarding')
    const servicenow = needed(context.services.servicenow, 'servicenow')
    const outbox = needed(context.services.outbox, 'outbox')
    const onboarding = await store.byIncident(input.ticket.sysId)
    if (!onboarding) {
      throw new FlowError(
        'not-our-incident',
        `The bridge did not open incident ${input.ticket.number}: it decides only onboardings it started.`,
        { incident: input.ticket.number },
      )
    }
    if (onboarding.decidedBy !== null && onboarding.decidedBy !== context.executionId) {
      throw alreadyDecided(onboarding)
    }
    // This execution already claimed the decision (a resume): its own earlier attempt may have closed it.
    const resuming = onboarding.decidedBy === context.executionId
    await checkAgainstServiceNow(servicenow, input, onboarding, resuming)

    const user = await okta.findUser(onboarding.oktaUserId)
    if (!user) {
      throw new FlowError('user-not-found', `Okta has no user ${onboarding.oktaUserId} any more.`, {
        userId: onboarding.oktaUserId,
      })
    }
    const planned =
      input.decision === 'approved'
        ? await approvalSteps(okta, user, input)
        : rejectionSteps(user, rejectAction)

    let claimed: Promise<void> | undefined
    const claim = (): Promise<void> => {
      claimed ??= store
        .claimDecision(input.ticket.sysId, {
          executionId: context.executionId,
          decision: input.decision,
          at: context.clock.now().toISOString(),
        })
        .then(async (won) => {
          if (!won) throw alreadyDecided((await store.byIncident(input.ticket.sysId)) ?? onboarding)
        })
      return claimed
    }
    const steps: Step[] = planned.steps.map((step) =>
      step.apply
        ? {
            ...step,
            apply: async (port, state) => {
              await claim()
              return step.apply!(port, state)
            },
          }
        : step,
    )
    return {
      steps,
      user,
      output: async (state) => {
        await claim()
        const now = await okta.findUser(user.id)
        const status = now?.status ?? user.status
        const changes = await changesOf(context, state)
        await enqueueClose(outbox, context, input, {
          changes,
          user,
          status,
          note: planned.note,
        })
        return {
          userId: user.id,
          login: user.profile.login,
          status,
          decision: input.decision,
          incident: input.ticket.number,
        }
      },
    }
  },
}

/** A plan's steps, and a sentence for the close notes when the outcome differs from the plain reading. */
interface Planned {
  steps: Step[]
  note: string | undefined
}

/** Approval: the missing groups and apps, then activation of a user Okta holds STAGED. */
async function approvalSteps(
  okta: OktaPort,
  user: OktaUser,
  input: OnboardingDecisionInput,
): Promise<Planned> {
  if (!APPROVABLE.has(user.status)) throw illegalTransition(user, 'approve the onboarding')
  const groupIds = sorted(input.groups)
  const appIds = sorted(input.apps)
  const [groups, apps, memberOf, assigned] = await Promise.all([
    resolveGroups(okta, groupIds),
    resolveApps(okta, appIds),
    okta.listUserGroupIds(user.id),
    Promise.all(appIds.map((appId) => okta.isAssignedToApp(appId, user.id))),
  ])
  const target = userTarget(user)
  const steps: Step[] = []
  for (const groupId of groupIds) {
    if (memberOf.includes(groupId)) continue
    steps.push({
      ...describeStep('addGroupMember', { ...target, groupId, groupName: groups.get(groupId)!.name }),
      phase: 0,
      apply: (port) => port.addGroupMember(groupId, user.id),
    })
  }
  appIds.forEach((appId, i) => {
    if (assigned[i]) return
    steps.push({
      ...describeStep('assignApp', { ...target, appId, appLabel: apps.get(appId)!.label }),
      phase: 0,
      apply: (port) => port.assignApp(appId, user.id),
    })
  })
  if (user.status === 'STAGED') {
    // Last, with Okta's activation email: the person is told once every approved app is in place. Without a
    // password Okta makes them PROVISIONED; they become ACTIVE when they finish activating.
    steps.push({
      ...describeStep('activateUser', target, { sendEmail: true }),
      phase: 1,
      apply: (port) => port.lifecycle(user.id, 'activate', { sendEmail: true }),
    })
  }
  return { steps, note: undefined }
}

/**
 * Rejection: deactivate, or suspend when so configured. Okta suspends only ACTIVE users, so a user who never
 * activated (STAGED, PROVISIONED) is deactivated whatever the setting, and the close notes say so.
 */
function rejectionSteps(user: OktaUser, action: 'deactivate' | 'suspend'): Planned {
  const target = userTarget(user)
  if (user.status === 'DEPROVISIONED' || (action === 'suspend' && user.status === 'SUSPENDED')) {
    return { steps: [], note: `The user was already ${user.status} in Okta.` }
  }
  if (action === 'suspend' && user.status === 'ACTIVE') {
    return {
      steps: [
        {
          ...describeStep('suspendUser', target),
          phase: 0,
          apply: (port) => port.lifecycle(user.id, 'suspend'),
        },
      ],
      note: undefined,
    }
  }
  return {
    steps: [
      {
        ...describeStep('deactivateUser', target),
        phase: 0,
        apply: (port) => port.lifecycle(user.id, 'deactivate'),
      },
    ],
    note:
      action === 'suspend'
        ? `Rejections suspend, but Okta suspends only ACTIVE users: the ${user.status} user was deactivated instead.`
        : undefined,
  }
}

/**
 * Every change of this execution: its earlier attempts' (a resume) from the store, and this attempt's. The
 * store holds both once the steps are recorded; `state.changes` covers an engine run without a store.
 */
async function changesOf(context: FlowContext, state: ApplyState): Promise<Change[]> {
  const stored = await (context.services.store as ExecutionStore | undefined)?.get(context.executionId)
  const fromStore: Change[] = (stored?.steps ?? [])
    .filter((step) => step.outcome === 'succeeded')
    .map((step) => ({ operation: step.operation, target: step.target, oktaRequestId: step.oktaRequestId }))
  const key = (c: Change) => `${c.operation}:${c.target.groupId ?? ''}:${c.target.appId ?? ''}`
  const seen = new Set(fromStore.map(key))
  return [...fromStore, ...state.changes.filter((change) => !seen.has(key(change)))]
}

/**
 * Closes the incident (state Resolved, close code, the golden thread in the close notes) and adds one
 * golden-thread row per change — through the outbox, keyed by the execution, so a resumed execution closes
 * it once and ServiceNow being down delays the close without losing it.
 */
async function enqueueClose(
  outbox: OutboxStore,
  context: FlowContext,
  input: OnboardingDecisionInput,
  result: { changes: Change[]; user: OktaUser; status: string; note: string | undefined },
): Promise<void> {
  const { executionId } = context
  const { ticket } = input
  const lines = [
    `Onboarding ${input.decision} by ${ticket.approvedBy} in ServiceNow; carried out by the Okta JML bridge, execution ${executionId}.`,
    `Okta user: ${result.user.profile.login} (${result.user.id}), now ${result.status}.`,
    ...(result.note ? [result.note] : []),
    'Changes in Okta (each recorded in Okta’s System Log under its X-Okta-Request-Id):',
    ...(result.changes.length > 0
      ? changeLines(result.changes)
      : ['- none: Okta already held the decided state']),
    ...(input.comment ? [`Comment: ${input.comment}`] : []),
  ]
  const occurredAt = context.clock.now().toISOString().slice(0, 19).replace('T', ' ')
  await outbox.enqueue([
    {
      key: `${executionId}:close`,
      source: executionId,
      message: {
        kind: 'update-record',
        table: 'incident',
        sysId: ticket.sysId,
        fields: { state: RESOLVED_STATE, close_code: CLOSE_CODE, close_notes: lines.join('\n') },
      },
    },
    ...result.changes.map((change) => ({
      key: `${executionId}:thread:${change.operation}:${change.target.groupId ?? change.target.appId ?? change.target.userId ?? ''}`,
      source: executionId,
      message: {
        kind: 'create-record' as const,
        table: GOLDEN_THREAD_TABLE,
        fields: {
          incident: ticket.sysId,
          execution_id: executionId,
          flow: 'onboarding-decision',
          operation: change.operation,
          target: JSON.stringify(change.target),
          okta_request_id: change.oktaRequestId ?? '',
          outcome: 'succeeded',
          occurred_at: occurredAt,
        },
        ...(change.oktaRequestId
          ? { dedupeOn: { field: 'okta_request_id', value: change.oktaRequestId } }
          : {}),
      },
    })),
  ])
}

function alreadyDecided(onboarding: OnboardingRecord): FlowError {
  return new FlowError(
    'already-decided',
    `The onboarding of incident ${onboarding.incidentNumber} was already decided${onboarding.decision ? ` (${onboarding.decision})` : ''}.`,
    {
      incident: onboarding.incidentNumber,
      ...(onboarding.decision ? { decision: onboarding.decision } : {}),
      ...(onboarding.decidedBy ? { decidedBy: onboarding.decidedBy } : {}),
    },
  )
}

/** A service the flow cannot run without: its absence is a wiring bug (a 500), not a caller's error. */
function needed<T>(service: T | undefined, name: string): T {
  if (service === undefined)
    throw new Error(`onboarding-decision needs the ${name} service, which is not wired`)
  return service
}
