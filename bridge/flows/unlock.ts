/** unlock — unlock a LOCKED_OUT user. A user who is not locked out plans nothing, if active. */
import { illegalTransition, resolveUser, userTarget } from './lookups.js'
import { describeStep, type FlowOperation, type Step } from './operation.js'

/** Statuses in which there is nothing to unlock. */
const NOT_LOCKED = new Set(['ACTIVE', 'RECOVERY', 'PASSWORD_EXPIRED', 'PROVISIONED'])

/** The unlock flow. */
export const unlock: FlowOperation<'unlock'> = {
  name: 'unlock',
  operations: ['unlockUser'],
  scopes: ['okta.users.read', 'okta.users.manage'],

  async plan(input, okta) {
    const user = await resolveUser(okta, input.user)
    const steps: Step[] = []
    if (user.status === 'LOCKED_OUT') {
      steps.push({
        ...describeStep('unlockUser', userTarget(user)),
        phase: 0,
        apply: (port) => port.lifecycle(user.id, 'unlock'),
      })
    } else if (!NOT_LOCKED.has(user.status)) {
      throw illegalTransition(user, 'unlock')
    }
    return {
      steps,
      user,
      output: () => ({
        userId: user.id,
        login: user.profile.login,
        status: user.status === 'LOCKED_OUT' ? 'ACTIVE' : user.status,
      }),
    }
  },
}
