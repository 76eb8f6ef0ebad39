/**
 * reset-password — start Okta's password reset: Okta emails the user a reset link (the link is never
 * returned to the caller, so it cannot leak through a ticket), optionally ending their sessions too.
 */
import { illegalTransition, resolveUser, userTarget } from './lookups.js'
import { describeStep, type FlowOperation, type Step } from './operation.js'

/** Statuses from which Okta resets a password. */
const RESETTABLE = new Set(['ACTIVE', 'RECOVERY', 'PASSWORD_EXPIRED', 'LOCKED_OUT', 'PROVISIONED'])

/** The reset-password flow. */
export const resetPassword: FlowOperation<'reset-password'> = {
  name: 'reset-password',
  operations: ['resetPassword', 'revokeSessions'],
  scopes: ['okta.users.read', 'okta.users.manage'],

  async plan(input, okta) {
    const user = await resolveUser(okta, input.user)
    if (!RESETTABLE.has(user.status)) throw illegalTransition(user, 'reset the password')
    const target = userTarget(user)
    const steps: Step[] = [
      {
        ...describeStep('resetPassword', target, { sendEmail: true }),
        phase: 0,
        apply: (port) => port.lifecycle(user.id, 'reset_password', { sendEmail: true }),
      },
    ]
    if (input.revokeSessions) {
      steps.push({
        ...describeStep('revokeSessions', target),
        phase: 1,
        apply: (port) => port.revokeSessions(user.id),
      })
    }
    return { steps, user, output: () => ({ userId: user.id, login: user.profile.login, status: 'RECOVERY' }) }
  },
}
