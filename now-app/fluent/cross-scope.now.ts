import '@servicenow/sdk/global'
import { CrossScopePrivilege } from '@servicenow/sdk/core'

// ============================================================================
// Cross-scope privileges
// Every operation the app's scripts and flows perform on a table outside x_okta_jml, one record each, so
// the app also works on an instance whose runtime access tracking is set to *enforcing* (where an
// operation without a privilege is refused instead of being recorded). Each names what needs it; all are
// `allowed`, so no admin approval step is needed at install.
// test/now-app/cross-scope.test.ts derives the (table, operation) pairs from the build output — every
// GlideRecord in the built scripts, every core action of the built flows — and fails on one missing here
// or one here that nothing uses.
// ============================================================================

// ---------------------------------------------------------------- Requested items and catalog

/**
 * glide.ts `buildItemRequest` and `recordOutcome`, access-glide.ts `buildAccessRequest`, `recordGrant` and
 * `refuseSelfApproval` read the requested item; the flows' Update Record and Ask For Approval steps too.
 */
export const requestedItemRead = CrossScopePrivilege({
  $id: Now.ID['cross_scope_sc_req_item_read'],
  operation: 'read',
  status: 'allowed',
  targetName: 'sc_req_item',
  targetScope: 'global',
  targetType: 'sys_db_object',
})

/** glide.ts `recordOutcome` writes the work note; the flows' Update Record and Ask For Approval steps write state, notes and approval. */
export const requestedItemWrite = CrossScopePrivilege({
  $id: Now.ID['cross_scope_sc_req_item_write'],
  operation: 'write',
  status: 'allowed',
  targetName: 'sc_req_item',
  targetScope: 'global',
  targetType: 'sys_db_object',
})

/** The flows' Create Catalog Task steps: a task for the help-desk group when a request fails. */
export const catalogTaskCreate = CrossScopePrivilege({
  $id: Now.ID['cross_scope_sc_task_create'],
  operation: 'create',
  status: 'allowed',
  targetName: 'sc_task',
  targetScope: 'global',
  targetType: 'sys_db_object',
})

/** access-glide.ts `myAccess` (the My Okta access widget) finds the End access and Extend access items by name. */
export const catalogItemRead = CrossScopePrivilege({
  $id: Now.ID['cross_scope_sc_cat_item_read'],
  operation: 'read',
  status: 'allowed',
  targetName: 'sc_cat_item',
  targetScope: 'global',
  targetType: 'sys_db_object',
})

// ---------------------------------------------------------------- Approvals

/**
 * glide.ts `approverOf` (the golden thread's approver on Invoke) and access-glide.ts `rejectedNote` read
 * the latest approval of a requested item.
 */
export const approvalRead = CrossScopePrivilege({
  $id: Now.ID['cross_scope_sysapproval_approver_read'],
  operation: 'read',
  status: 'allowed',
  targetName: 'sysapproval_approver',
  targetScope: 'global',
  targetType: 'sys_db_object',
})

/** glide.ts `approverOf` finds an approval by its task's number (`sysapproval.number`, a dot-walk into task). */
export const taskRead = CrossScopePrivilege({
  $id: Now.ID['cross_scope_task_read'],
  operation: 'read',
  status: 'allowed',
  targetName: 'task',
  targetScope: 'global',
  targetType: 'sys_db_object',
})

// ---------------------------------------------------------------- Users

/**
 * glide.ts `positionOfUser`, `buildItemRequest` (the subject's manager) and `approverOf`
 * (`approver.user_name`); access-glide.ts `viewerOf` and `userField` (department, email, manager).
 */
export const userRead = CrossScopePrivilege({
  $id: Now.ID['cross_scope_sys_user_read'],
  operation: 'read',
  status: 'allowed',
  targetName: 'sys_user',
  targetScope: 'global',
  targetType: 'sys_db_object',
})

/** access-glide.ts `viewerOf`: a requester's roles decide which resources they may request. */
export const userRoleRead = CrossScopePrivilege({
  $id: Now.ID['cross_scope_sys_user_has_role_read'],
  operation: 'read',
  status: 'allowed',
  targetName: 'sys_user_has_role',
  targetScope: 'global',
  targetType: 'sys_db_object',
})

/** notify-glide.ts `notifyOnboardingPending`: the onboarding approver role, to find who holds it. */
export const roleReadPrivilege = CrossScopePrivilege({
  $id: Now.ID['cross_scope_sys_user_role_read'],
  operation: 'read',
  status: 'allowed',
  targetName: 'sys_user_role',
  targetScope: 'global',
  targetType: 'sys_db_object',
})

// ---------------------------------------------------------------- Okta onboarding incidents

/** onboarding-glide.ts `writeOutcome` re-reads the incident after the bridge call. */
export const incidentReadPrivilege = CrossScopePrivilege({
  $id: Now.ID['cross_scope_incident_read'],
  operation: 'read',
  status: 'allowed',
  targetName: 'incident',
  targetScope: 'global',
  targetType: 'sys_db_object',
})

/**
 * onboarding-glide.ts `decideOnboarding` (the Approve/Reject UI actions' `current`) moves the incident to In
 * Progress with a work note; `writeOutcome` writes the bridge's answer.
 */
export const incidentWritePrivilege = CrossScopePrivilege({
  $id: Now.ID['cross_scope_incident_write'],
  operation: 'write',
  status: 'allowed',
  targetName: 'incident',
  targetScope: 'global',
  targetType: 'sys_db_object',
})

/** The fix script *Okta JML: add the onboarding incident category* looks for the two choices first… */
export const choiceReadPrivilege = CrossScopePrivilege({
  $id: Now.ID['cross_scope_sys_choice_read'],
  operation: 'read',
  status: 'allowed',
  targetName: 'sys_choice',
  targetScope: 'global',
  targetType: 'sys_db_object',
})

/** …and inserts the missing ones. */
export const choiceCreatePrivilege = CrossScopePrivilege({
  $id: Now.ID['cross_scope_sys_choice_create'],
  operation: 'create',
  status: 'allowed',
  targetName: 'sys_choice',
  targetScope: 'global',
  targetType: 'sys_db_object',
})

// ---------------------------------------------------------------- Setup check

/** setup-glide.ts `setupStatus` (the Status module) reads whether the app's flows and subflows are active. */
export const flowRead = CrossScopePrivilege({
  $id: Now.ID['cross_scope_sys_hub_flow_read'],
  operation: 'read',
  status: 'allowed',
  targetName: 'sys_hub_flow',
  targetScope: 'global',
  targetType: 'sys_db_object',
})

/** setup-glide.ts `setupStatus` reads whether the app's custom actions are published. */
export const actionDefinitionRead = CrossScopePrivilege({
  $id: Now.ID['cross_scope_sys_hub_action_type_definition_read'],
  operation: 'read',
  status: 'allowed',
  targetName: 'sys_hub_action_type_definition',
  targetScope: 'global',
  targetType: 'sys_db_object',
})

// ---------------------------------------------------------------- The bridge connection

/**
 * glide.ts `readConnection` and `bridgeSetupSteps` find the app's Connection & Credential alias by its id;
 * the connection and credential themselves are read through sn_cc.ConnectionInfoProvider, not GlideRecord.
 */
export const aliasRead = CrossScopePrivilege({
  $id: Now.ID['cross_scope_sys_alias_read'],
  operation: 'read',
  status: 'allowed',
  targetName: 'sys_alias',
  targetScope: 'global',
  targetType: 'sys_db_object',
})

/** glide.ts `readConnection`: the name of the connection's MID Server, which RESTMessageV2 is given. */
export const midServerRead = CrossScopePrivilege({
  $id: Now.ID['cross_scope_ecc_agent_read'],
  operation: 'read',
  status: 'allowed',
  targetName: 'ecc_agent',
  targetScope: 'global',
  targetType: 'sys_db_object',
})

// ---------------------------------------------------------------- ATF

/** atf-glide.ts `departmentId`: a test department's sys_id by name, for its birthright rule. */
export const departmentRead = CrossScopePrivilege({
  $id: Now.ID['cross_scope_cmn_department_read'],
  operation: 'read',
  status: 'allowed',
  targetName: 'cmn_department',
  targetScope: 'global',
  targetType: 'sys_db_object',
})
