/** Every flow operation, by flow name: the engine's table. */
import type { FlowName } from '../../shared/index.js'
import { joiner } from './joiner.js'
import { leaver } from './leaver.js'
import { mover } from './mover.js'
import type { FlowOperation } from './operation.js'
import { rehire } from './rehire.js'
import { resetPassword } from './reset-password.js'
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
}
