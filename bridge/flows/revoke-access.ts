/**
 * revoke-access — "make sure the access this grant gave is gone, unless something else still justifies it".
 *
 * Idempotent by design, because the expiry scheduler, a retried request and reconciliation's repair all
 * run it: on an active grant it ends the grant (`revoked`, or `expired` when the caller is the expiry
 * scheduler) and removes the membership or assignment unless the grant was preexisting, another active grant
 * covers it or a birthright does (`access-justification.ts`); on an ended grant it plans the removal again
 * only if the access is back and unjustified, and otherwise changes nothing.
 *
 * An expiry is reported to ServiceNow from here — enqueued in the outbox in the same run as the change — so
 * a crash between the removal and the report is covered by the execution's resume.
 */
import type { Change } from '../../shared/index.js'
import type { GrantRecord } from '../ports/grants.js'
import { GrantStateError } from '../ports/grants.js'
import {
  checkGrantOwnership,
  findGrant,
  GRANT_SCOPES,
  grantOutput,
  grantStoreOf,
  holdsAccess,
  namedResource,
  removeStep,
} from './access-grants.js'
import { describeJustification, type Justification, justifyAccess } from './access-justification.js'
import { FlowError } from './errors.js'
import { expiryReport } from './expiry-report.js'
import type { ApplyState, FlowContext, FlowOperation, Step } from './operation.js'

/** The reason the expiry scheduler gives (constant, so every replica's request hashes alike). */
export const EXPIRY_REASON = 'end date reached'

/** The revoke-access flow. */
export const revokeAccess: FlowOperation<'revoke-access'> = {
  name: 'revoke-access',
  operations: ['removeGroupMember', 'unassignApp'],
  scopes: GRANT_SCOPES,

  async plan(input, okta, context) {
    const grant = await findGrant(context, input.grantId)
    await checkGrantOwnership(context, grant)
    const expiring = context.caller.kind === 'system'
    const now = context.clock.now()
    if (expiring && grant.status === 'active' && !isDue(grant, now)) {
      // Extended after the scheduler claimed it: this expiry fails, and the key's next run is the real one.
      throw new FlowError(
        'grant-not-active',
        `Grant ${grant.id} is not due: its end date is ${grant.expiresAt ?? 'none (permanent)'}.`,
        { grantId: grant.id, expiresAt: grant.expiresAt },
      )
    }
    const user = await okta.findUser(grant.userId)
    const present = user !== undefined && (await holdsAccess(okta, grant.userId, grant.resource))
    const justification = await justify(context, grant)
    const resource = namedResource(grant)
    const steps: Step[] =
      present && !justification.justified
        ? [
            removeStep({ userId: grant.userId, login: grant.login }, resource, {
              grantId: grant.id,
              reason: expiring ? 'expired' : 'revoked',
            }),
          ]
        : []

    return {
      steps,
      user,
      output: async (state) => {
        const at = context.clock.now()
        const changes = await changesOfExecution(context, state)
        // Reported before the grant is marked ended: if the run fails in between, the grant is still active
        // and due, and the retry under the same key re-enqueues the same keys (a no-op) before ending it.
        if (expiring && isOurs(grant, context.executionId)) {
          await reportExpiry(context, grant, at, changes, justification)
        }
        const ended = await endGrant(context, grant, expiring ? 'expired' : 'revoked', input.reason, at)
        return { ...grantOutput(ended), accessRemoved: changes.some(isRemoval) }
      },
    }
  },
}

/** Whether an active grant's end date has come. */
function isDue(grant: GrantRecord, now: Date): boolean {
  return grant.expiresAt !== null && new Date(grant.expiresAt).getTime() <= now.getTime()
}

/** Whether this execution ends the grant: it is still active, or this execution ended it (a resume). */
function isOurs(grant: GrantRecord, executionId: string): boolean {
  return grant.status === 'active' || grant.endedBy === executionId
}

/** What justifies the access besides this grant (a wiring error without the stores to ask). */
async function justify(context: FlowContext, grant: GrantRecord): Promise<Justification> {
  const store = context.services.store
  if (store === undefined) throw new Error('revoke-access needs services.store (a wiring bug)')
  return justifyAccess(
    { grants: grantStoreOf(context), store },
    {
      userId: grant.userId,
      resource: grant.resource,
      exceptGrantId: grant.id,
      preexisting: grant.preexisting,
    },
  )
}

/**
 * Ends the grant if it is still active; an ended grant is answered as it is (a repair run, or another
 * execution that ended it a moment ago).
 */
async function endGrant(
  context: FlowContext,
  grant: GrantRecord,
  status: 'revoked' | 'expired',
  reason: string | undefined,
  at: Date,
): Promise<GrantRecord> {
  const grants = grantStoreOf(context)
  if (!isOurs(grant, context.executionId)) return grant
  try {
    return await grants.end(grant.id, {
      status,
      executionId: context.executionId,
      at: at.toISOString(),
      reason: reason ?? null,
    })
  } catch (error) {
    if (!(error instanceof GrantStateError)) throw error
    return (await grants.get(grant.id)) ?? grant
  }
}

/**
 * The Okta changes of this execution, including those of an earlier attempt (a resume after a crash): the
 * recorded steps, and this attempt's changes (already recorded too; kept in case no store is wired).
 */
async function changesOfExecution(context: FlowContext, state: ApplyState): Promise<Change[]> {
  const stored = await context.services.store?.get(context.executionId)
  const recorded: Change[] = (stored?.steps ?? [])
    .filter((step) => step.outcome === 'succeeded')
    .map((step) => ({ operation: step.operation, target: step.target, oktaRequestId: step.oktaRequestId }))
  const key = (change: Change) => `${change.operation}:${change.oktaRequestId ?? ''}`
  const seen = new Set(recorded.map(key))
  return [...recorded, ...state.changes.filter((change) => !seen.has(key(change)))]
}

/** Enqueues the expiry's report to ServiceNow (nothing without an outbox: no ServiceNow to report to). */
async function reportExpiry(
  context: FlowContext,
  grant: GrantRecord,
  at: Date,
  changes: Change[],
  justification: Justification,
): Promise<void> {
  const outbox = context.services.outbox
  if (outbox === undefined) return
  const entries = expiryReport({
    grant,
    executionId: context.executionId,
    // A resume reports the time it was first ended (the outbox keeps the first report of a key anyway).
    endedAt: grant.endedAt ? new Date(grant.endedAt) : at,
    changes: changes.filter(isRemoval),
    keptBecause: justification.justified ? describeJustification(justification) : null,
  })
  await outbox.enqueue(entries)
}

function isRemoval(change: Change): boolean {
  return change.operation === 'removeGroupMember' || change.operation === 'unassignApp'
}
