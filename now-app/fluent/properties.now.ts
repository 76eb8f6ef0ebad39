import '@servicenow/sdk/global'
import { Property } from '@servicenow/sdk/core'
import { PROPERTIES } from '../server/bridge/api.ts'
import { admin } from './roles.now'

// ============================================================================
// System properties
// How the instance reaches the bridge. Only an app admin may read or change
// them. No secret lives here: authentication is an OAuth 2.0 profile or a
// credential record configured on the instance, named by its sys_id.
// ============================================================================

/** The bridge's base URL; empty until an admin sets it, so nothing is called by accident. */
export const baseUrl = Property({
  $id: Now.ID['property_bridge_base_url'],
  name: PROPERTIES.baseUrl,
  type: 'string',
  value: '',
  description:
    'Base URL of the Okta JML bridge (https), e.g. https://okta-bridge.example.com. Flows fail with a clear work note while it is empty.',
  roles: { read: [admin], write: [admin] },
})

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

/** Which kind of record authenticates the REST message. */
export const authType = Property({
  $id: Now.ID['property_bridge_auth_type'],
  name: PROPERTIES.authType,
  type: 'choicelist',
  choices: ['oauth2', 'api_key', 'none'],
  value: 'oauth2',
  description:
    'oauth2: an OAuth 2.0 profile (client credentials) for the bridge; api_key: an API Key credential record whose key is sent as the bridge client token; none: for a bridge on a private network that authenticates otherwise.',
  roles: { read: [admin], write: [admin] },
})

/** The sys_id of the OAuth 2.0 profile or API key credential; the secret stays in that record. */
export const authRecord = Property({
  $id: Now.ID['property_bridge_auth_record'],
  name: PROPERTIES.authRecord,
  type: 'string',
  value: '',
  description:
    'sys_id of the OAuth 2.0 profile (oauth_entity_profile) or of the API Key credential (api_key_credentials) used to call the bridge.',
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
