/**
 * rehire — bring a returning person back: reactivate a DEPROVISIONED user (Okta's activate) or
 * unsuspend a SUSPENDED one. A user who is already active plans nothing.
 */
import { illegalTransition, resolveUser, userTarget } from './lookups.js'
import { describeStep, type FlowOperation, type Step } from './operation.js'

/** Statuses in which the person already has their account back. */
const ALREADY_BACK = new Set(['ACTIVE', 'PROVISIONED', 'RECOVERY', 'PASSWORD_EXPIRED', 'LOCKED_OUT'])

/** The rehire flow. */
export const rehire: FlowOperation<'rehire'> = {
  name: 'rehire',
  operations: ['activateUser', 'unsuspendUser'],
  scopes: ['okta.users.read', 'okta.users.manage'],

  async plan(input, okta) {
    const user = await resolveUser(okta, input.user)
    const target = userTarget(user)
    const steps: Step[] = []
    if (user.status === 'DEPROVISIONED') {
      steps.push({
        ...describeStep('activateUser', target, { sendEmail: input.sendEmail }),
        phase: 0,
        apply: (port) => port.lifecycle(user.id, 'activate', { sendEmail: input.sendEmail }),
      })
    } else if (user.status === 'SUSPENDED') {
      steps.push({
        ...describeStep('unsuspendUser', target),
        phase: 0,
        apply: (port) => port.lifecycle(user.id, 'unsuspend'),
      })
    } else if (!ALREADY_BACK.has(user.status)) {
      throw illegalTransition(user, 'rehire a user who was never activated (use joiner)')
    }
    return {
      steps,
      user,
      output: async () => {
        // Reactivation lands in ACTIVE or PROVISIONED depending on whether Okta kept a password: read it back.
        const after = steps.length > 0 ? await okta.findUser(user.id) : user
        return { userId: user.id, login: user.profile.login, status: (after ?? user).status }
      },
    }
  },
}
