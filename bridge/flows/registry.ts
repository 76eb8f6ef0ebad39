/** Every flow operation, by flow name: the engine's table. */
import type { FlowName } from '../../shared/index.js'
import { extendAccess } from './extend-access.js'
import { grantAccess } from './grant-access.js'
import { joiner } from './joiner.js'
import { leaver } from './leaver.js'
import { mover } from './mover.js'
import { onboardingDecision } from './onboarding-decision.js'
import type { FlowOperation } from './operation.js'
import { rehire } from './rehire.js'
import { resetPassword } from './reset-password.js'
import { revokeAccess } from './revoke-access.js'
import { revokeSessions } from './revoke-sessions.js'
import { unlock } from './unlock.js'

/** The operation of each flow. */
export const FLOW_OPERATIONS: { [F in FlowName]: FlowOperation<F> } = {
  joiner,
  mover,
  leaver,
  rehire,
  'reset-password': resetPassword,
  unlock,
  'revoke-sessions': revokeSessions,
  'grant-access': grantAccess,
  'revoke-access': revokeAccess,
  'extend-access': extendAccess,
  'onboarding-decision': onboardingDecision,
}
