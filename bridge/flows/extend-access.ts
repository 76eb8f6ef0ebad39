/**
 * extend-access — moves an active grant's end date (after a new approval in ServiceNow), within the same
 * policy limits as a new grant, and makes sure the access is there: access found missing while the grant is
 * active is added back (reconciliation's repair of "missing while active" runs this flow).
 */
import {
  addStep,
  checkEndDate,
  checkGrantOwnership,
  checkResourcePolicy,
  checkSeparationOfDuties,
  findGrant,
  GRANT_SCOPES,
  grantOutput,
  grantStoreOf,
  holdsAccess,
  namedResource,
} from './access-grants.js'
import { FlowError } from './errors.js'
import { illegalTransition } from './lookups.js'
import type { FlowOperation, Step } from './operation.js'

/** The extend-access flow. */
export const extendAccess: FlowOperation<'extend-access'> = {
  name: 'extend-access',
  operations: ['addGroupMember', 'assignApp'],
  scopes: GRANT_SCOPES,

  async plan(input, okta, context) {
    const grant = await findGrant(context, input.grantId)
    await checkGrantOwnership(context, grant)
    // A resumed extension finds the grant it already extended: still this execution's to finish.
    const ours = grant.extendedBy.includes(context.executionId)
    if (grant.status !== 'active' && !ours) {
      throw new FlowError(
        'grant-not-active',
        `Grant ${grant.id} has ended (${grant.status}): request access anew instead of extending it.`,
        { grantId: grant.id, grantStatus: grant.status },
      )
    }
    const user = await okta.findUser(grant.userId)
    if (user === undefined) {
      throw new FlowError('user-not-found', `Okta has no user ${grant.userId}.`, { userId: grant.userId })
    }
    if (user.status === 'DEPROVISIONED') {
      throw illegalTransition(user, 'extend access of a deactivated user (rehire them first)')
    }
    const resource = namedResource(grant)
    checkResourcePolicy(context.policy, 'extend-access', user, resource)
    const resumed = context.priorPlan !== undefined || ours
    const expiresAt = checkEndDate(context.policy, resource, input.expiresAt, context.clock.now(), resumed)!

    const steps: Step[] = []
    if (!(await holdsAccess(okta, user.id, grant.resource))) {
      // Giving the access back is giving access: the toxic combinations apply as to a new grant.
      await checkSeparationOfDuties(okta, context, user, resource)
      steps.push(addStep(user, resource, { grantId: grant.id, expiresAt }))
    }

    return {
      steps,
      user,
      output: async () =>
        grantOutput(await grantStoreOf(context).extend(grant.id, expiresAt, context.executionId)),
    }
  },
}
