/**
 * leaver — revoke the user's sessions, then deactivate (Okta removes every app assignment) or suspend
 * (groups and apps are kept, for a leave of absence). A user already in the target status plans
 * nothing: a repeated leaver is a success that changes nothing.
 */
import { illegalTransition, resolveUser, userTarget } from './lookups.js'
import { describeStep, type FlowOperation, type Step } from './operation.js'

/** The leaver flow. */
export const leaver: FlowOperation<'leaver'> = {
  name: 'leaver',
  operations: ['revokeSessions', 'deactivateUser', 'suspendUser'],
  scopes: ['okta.users.read', 'okta.users.manage'],

  async plan(input, okta) {
    const user = await resolveUser(okta, input.user)
    const target = userTarget(user)
    const steps: Step[] = []
    const done = input.mode === 'deactivate' ? user.status === 'DEPROVISIONED' : user.status === 'SUSPENDED'
    if (!done) {
      // Okta only suspends ACTIVE users; refuse here rather than half-way through the plan.
      if (input.mode === 'suspend' && user.status !== 'ACTIVE') throw illegalTransition(user, 'suspend')
      if (input.revokeSessions) {
        steps.push({
          ...describeStep('revokeSessions', target),
          phase: 0,
          apply: (port) => port.revokeSessions(user.id),
        })
      }
      steps.push(
        input.mode === 'deactivate'
          ? {
              ...describeStep('deactivateUser', target),
              phase: 1,
              apply: (port) => port.lifecycle(user.id, 'deactivate'),
            }
          : {
              ...describeStep('suspendUser', target),
              phase: 1,
              apply: (port) => port.lifecycle(user.id, 'suspend'),
            },
      )
    }
    return {
      steps,
      user,
      output: () => ({
        userId: user.id,
        login: user.profile.login,
        status: input.mode === 'deactivate' ? 'DEPROVISIONED' : 'SUSPENDED',
      }),
    }
  },
}
