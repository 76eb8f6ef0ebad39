import '@servicenow/sdk/global'
import { Property } from '@servicenow/sdk/core'
import { PROPERTIES } from '../server/bridge/api.ts'
import { admin } from './roles.now'

// ============================================================================
// System properties
// How the app behaves. Only an app admin may read or change them. Where the
// bridge is and how to authenticate to it is not here: that is the
// Connection & Credential alias (connection.now.ts).
// ============================================================================

/** How long a bridge call may take before the flow reports it unreachable. */
export const timeoutSeconds = Property({
  $id: Now.ID['property_bridge_timeout_seconds'],
  name: PROPERTIES.timeoutSeconds,
  type: 'integer',
  value: '30',
  description: 'Seconds to wait for the bridge (1 to 300).',
  roles: { read: [admin], write: [admin] },
})

/** Plan-only: flows ask for the plan and the approval but never apply; for a first rollout. */
export const planOnly = Property({
  $id: Now.ID['property_bridge_plan_only'],
  name: PROPERTIES.planOnly,
  type: 'boolean',
  value: 'false',
  description: 'When true, flows stop after the plan and approval: nothing is applied in Okta.',
  roles: { read: [admin], write: [admin] },
})

/** Who approves JML items. */
export const approvalMode = Property({
  $id: Now.ID['property_approval_mode'],
  name: PROPERTIES.approval,
  type: 'choicelist',
  choices: ['manager', 'group', 'none'],
  value: 'manager',
  description:
    "manager: the requested-for user's manager approves joiner, mover and leaver items; group: the group in x_okta_jml.approval.group; none: no approval (not recommended).",
  roles: { read: [admin], write: [admin] },
})

/** The approving group when the approval mode is `group`. */
export const approvalGroup = Property({
  $id: Now.ID['property_approval_group'],
  name: PROPERTIES.approvalGroup,
  type: 'string',
  value: '',
  description:
    'sys_id of the sys_user_group that approves joiner, mover and leaver items when x_okta_jml.approval.mode is group.',
  roles: { read: [admin], write: [admin] },
})

/** The help-desk group that gets a task when a bridge call fails. */
export const helpDeskGroup = Property({
  $id: Now.ID['property_help_desk_group'],
  name: PROPERTIES.helpDeskGroup,
  type: 'string',
  value: '',
  description: 'sys_id of the sys_user_group that receives a task whenever an Okta change fails.',
  roles: { read: [admin], write: [admin] },
})
