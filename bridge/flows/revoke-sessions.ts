/** revoke-sessions — end every Okta session of a user, and optionally the OAuth tokens issued to them. */
import { resolveUser, userTarget } from './lookups.js'
import { describeStep, type FlowOperation } from './operation.js'

/** The revoke-sessions flow. */
export const revokeSessions: FlowOperation<'revoke-sessions'> = {
  name: 'revoke-sessions',
  operations: ['revokeSessions'],
  scopes: ['okta.users.read', 'okta.users.manage'],

  async plan(input, okta) {
    const user = await resolveUser(okta, input.user)
    return {
      steps: [
        {
          ...describeStep('revokeSessions', userTarget(user), { oauthTokens: input.oauthTokens }),
          phase: 0,
          apply: (port) => port.revokeSessions(user.id, { oauthTokens: input.oauthTokens }),
        },
      ],
      user,
      output: () => ({ userId: user.id, login: user.profile.login, status: user.status }),
    }
  },
}
