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
