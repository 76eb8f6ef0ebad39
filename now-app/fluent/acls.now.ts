import '@servicenow/sdk/global'
import { Acl } from '@servicenow/sdk/core'
import { admin, approver, helpDesk, integration } from './roles.now'

// ============================================================================
// ACLs
// Every operation on every table of the app is covered. Admins manage the
// configuration; help desk and approvers read it (to see what a request will
// grant); the golden thread is written only by the integration role (the
// bridge's callbacks) and by flows (which run as system), and never deleted.
// ============================================================================

// ---------------------------------------------------------------- Okta resources

/** Who reads Okta resources: anyone who orders, approves or administers. */
export const oktaResourceRead = Acl({
  $id: Now.ID['acl_okta_resource_read'],
  type: 'record',
  table: 'x_okta_jml_okta_resource',
  operation: 'read',
  roles: [admin, helpDesk, approver],
  description: 'Help desk, approvers and admins read the Okta resources.',
})

/** Only admins create Okta resources. */
export const oktaResourceCreate = Acl({
  $id: Now.ID['acl_okta_resource_create'],
  type: 'record',
  table: 'x_okta_jml_okta_resource',
  operation: 'create',
  roles: [admin],
  description: 'Only app admins add Okta resources.',
})

/** Only admins change Okta resources. */
export const oktaResourceWrite = Acl({
  $id: Now.ID['acl_okta_resource_write'],
  type: 'record',
  table: 'x_okta_jml_okta_resource',
  operation: 'write',
  roles: [admin],
  description: 'Only app admins change Okta resources.',
})

/** Only admins delete Okta resources. */
export const oktaResourceDelete = Acl({
  $id: Now.ID['acl_okta_resource_delete'],
  type: 'record',
  table: 'x_okta_jml_okta_resource',
  operation: 'delete',
  roles: [admin],
  description: 'Only app admins delete Okta resources.',
})

// ---------------------------------------------------------------- Birthright rules

/** Who reads birthright rules. */
export const birthrightRuleRead = Acl({
  $id: Now.ID['acl_birthright_rule_read'],
  type: 'record',
  table: 'x_okta_jml_birthright_rule',
  operation: 'read',
  roles: [admin, helpDesk, approver],
  description: 'Help desk, approvers and admins read the birthright rules.',
})

/** Only admins create birthright rules. */
export const birthrightRuleCreate = Acl({
  $id: Now.ID['acl_birthright_rule_create'],
  type: 'record',
  table: 'x_okta_jml_birthright_rule',
  operation: 'create',
  roles: [admin],
  description: 'Only app admins add birthright rules.',
})

/** Only admins change birthright rules. */
export const birthrightRuleWrite = Acl({
  $id: Now.ID['acl_birthright_rule_write'],
  type: 'record',
  table: 'x_okta_jml_birthright_rule',
  operation: 'write',
  roles: [admin],
  description: 'Only app admins change birthright rules.',
})

/** Only admins delete birthright rules. */
export const birthrightRuleDelete = Acl({
  $id: Now.ID['acl_birthright_rule_delete'],
  type: 'record',
  table: 'x_okta_jml_birthright_rule',
  operation: 'delete',
  roles: [admin],
  description: 'Only app admins delete birthright rules.',
})

// ---------------------------------------------------------------- Golden thread

/** Who reads the golden thread: the people who order, approve and administer, and the bridge. */
export const goldenThreadRead = Acl({
  $id: Now.ID['acl_golden_thread_read'],
  type: 'record',
  table: 'x_okta_jml_golden_thread',
  operation: 'read',
  roles: [admin, helpDesk, approver, integration],
  description: 'Help desk, approvers, admins and the bridge read the golden thread.',
})

/** Only the bridge's account creates golden thread rows (flows run as system). */
export const goldenThreadCreate = Acl({
  $id: Now.ID['acl_golden_thread_create'],
  type: 'record',
  table: 'x_okta_jml_golden_thread',
  operation: 'create',
  roles: [integration],
  description: 'Only the bridge integration account records Okta changes.',
})

/** Only the bridge's account updates golden thread rows (to complete one it reported as pending). */
export const goldenThreadWrite = Acl({
  $id: Now.ID['acl_golden_thread_write'],
  type: 'record',
  table: 'x_okta_jml_golden_thread',
  operation: 'write',
  roles: [integration],
  description: 'Only the bridge integration account updates recorded Okta changes.',
})

/**
 * Nobody deletes the golden thread: it is an audit trail. The role narrows it to admins and the script
 * refuses even them; admin override is off so the instance's admin role does not bypass it either.
 */
export const goldenThreadDelete = Acl({
  $id: Now.ID['acl_golden_thread_delete'],
  type: 'record',
  table: 'x_okta_jml_golden_thread',
  operation: 'delete',
  roles: [admin],
  script: 'answer = false;',
  adminOverrides: false,
  description: 'The golden thread is an audit trail: no one deletes its rows.',
})

// ---------------------------------------------------------------- Access requests (access-requests.now.ts)

/**
 * End users read the resources they may request, so the Resource variable of Request access can show them
 * (the reference qualifier narrows them further to the user criteria; the flow checks those again).
 * `snc_internal` is the role every internal user holds on instances with explicit roles.
 */
export const oktaResourceReadRequestable = Acl({
  $id: Now.ID['acl_okta_resource_read_requestable'],
  type: 'record',
  table: 'x_okta_jml_okta_resource',
  operation: 'read',
  roles: ['snc_internal'],
  condition: 'requestable=true^active=true^EQ',
  description: 'Internal users read the active, requestable Okta resources (for Request access).',
})

/** Who reads every grant: the people who administer, help and approve, and the bridge (to mark expiries). */
export const accessGrantRead = Acl({
  $id: Now.ID['acl_access_grant_read'],
  type: 'record',
  table: 'x_okta_jml_access_grant',
  operation: 'read',
  roles: [admin, helpDesk, approver, integration],
  description: 'Help desk, approvers, admins and the bridge read every access grant.',
})

/** End users read only their own grants (My Okta access, End access, Extend access). */
export const accessGrantReadOwn = Acl({
  $id: Now.ID['acl_access_grant_read_own'],
  type: 'record',
  table: 'x_okta_jml_access_grant',
  operation: 'read',
  roles: ['snc_internal'],
  // "User is (dynamic) Me" or "Requested by is (dynamic) Me".
  condition:
    'userDYNAMIC90d1921e5f510100a9ad2572f2b477fe^ORrequested_byDYNAMIC90d1921e5f510100a9ad2572f2b477fe^EQ',
  description: 'Users read the access grants they hold or requested.',
})

/** Grants are created by the access flows (which run as system); by hand only by admins. */
export const accessGrantCreate = Acl({
  $id: Now.ID['acl_access_grant_create'],
  type: 'record',
  table: 'x_okta_jml_access_grant',
  operation: 'create',
  roles: [admin],
  description: 'Access grants are created by the access flows; by hand only by app admins.',
})

/** The bridge's account may update a grant (its status when it expires); admins may correct one. */
export const accessGrantWrite = Acl({
  $id: Now.ID['acl_access_grant_write'],
  type: 'record',
  table: 'x_okta_jml_access_grant',
  operation: 'write',
  roles: [admin, integration],
  description: 'The bridge integration account marks expiries; app admins may correct a grant.',
})

/** Nobody deletes grants: with the golden thread they are the record of who had which access when. */
export const accessGrantDelete = Acl({
  $id: Now.ID['acl_access_grant_delete'],
  type: 'record',
  table: 'x_okta_jml_access_grant',
  operation: 'delete',
  roles: [admin],
  script: 'answer = false;',
  adminOverrides: false,
  description: 'Access grants are an audit record: no one deletes them.',
})
