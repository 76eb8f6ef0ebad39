/**
 * grant-access — an access request: a user gets a group or an app until an end date, and the grant is
 * recorded so the expiry scheduler can take it away then.
 *
 * The policy decides before anything is written: the resource must be requestable (`accessGrants.resources`),
 * the end date (required unless the resource allows
 * permanent access, in the future, at most `maxDays` ahead) and separation of duties (no toxic combination
 * completed) — both in a dry run too, so the approver sees the refusal. Access the user already holds is
 * not added again: the grant is recorded as `preexisting`, and its end never removes that access.
 */
import type { Resource } from '../../shared/index.js'
import type { GrantRecord } from '../ports/grants.js'
import {
  addStep,
  checkEndDate,
  checkRequestable,
  checkResourcePolicy,
  checkSeparationOfDuties,
  GRANT_SCOPES,
  grantIdFor,
  grantOutput,
  grantStoreOf,
  holdsAccess,
  planAdds,
  resolveResource,
} from './access-grants.js'
import { illegalTransition, resolveUser } from './lookups.js'
import type { FlowContext, FlowOperation, Step } from './operation.js'

/** The grant-access flow. */
export const grantAccess: FlowOperation<'grant-access'> = {
  name: 'grant-access',
  operations: ['addGroupMember', 'assignApp'],
  scopes: GRANT_SCOPES,

  async plan(input, okta, context) {
    const grants = grantStoreOf(context)
    const [user, resource] = await Promise.all([
      resolveUser(okta, input.user),
      resolveResource(okta, input.resource),
    ])
    if (user.status === 'DEPROVISIONED') {
      throw illegalTransition(user, 'grant access to a deactivated user (rehire them first)')
    }
    checkResourcePolicy(context.policy, 'grant-access', user, resource)
    checkRequestable(context.policy, resource)
    const resumed = context.priorPlan !== undefined
    const expiresAt = checkEndDate(context.policy, resource, input.expiresAt, context.clock.now(), resumed)
    await checkSeparationOfDuties(okta, context, user, resource)

    const [holds, covering] = await Promise.all([
      holdsAccess(okta, user.id, resource),
      grants.active({ userId: user.id, resource }),
    ])
    const preexisting = holds && isPreexisting(context.priorPlan, resource, covering)
    const steps: Step[] = holds
      ? []
      : [addStep(user, resource, { expiresAt, justification: input.justification })]

    return {
      steps,
      user,
      output: async () => {
        const grant = await grants.create({
          id: grantIdFor(context.executionId),
          userId: user.id,
          login: user.profile.login,
          resource,
          preexisting,
          expiresAt,
          justification: input.justification,
          ticket: input.ticket,
          grantedBy: context.executionId,
        })
        return grantOutput(grant)
      },
    }
  },
}

/**
 * Whether access the user holds was theirs before this request — what the grant's end must never take away.
 * Not when this execution's own earlier attempt added it (a resume after a crash), and not when another
 * active grant is what gives it: then it is as preexisting as that grant, so the access goes once every
 * grant has ended (overlapping grants) but access held from outside the grants stays.
 */
function isPreexisting(
  priorPlan: FlowContext['priorPlan'],
  resource: Resource,
  covering: readonly GrantRecord[],
): boolean {
  if (planAdds(priorPlan, resource)) return false
  if (covering.length === 0) return true
  return covering.some((grant) => grant.preexisting)
}
