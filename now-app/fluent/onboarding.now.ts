import '@servicenow/sdk/global'
import {
  Acl,
  ChoiceColumn,
  DateTimeColumn,
  Record,
  ReferenceColumn,
  StringColumn,
  Table,
  UiAction,
} from '@servicenow/sdk/core'
import { INCIDENT_STATES, ONBOARDING, UI_ACTION_CONDITION, UI_ACTIONS } from '../server/bridge/onboarding.ts'
import { menu } from './menu.now'
import { admin, integration, onboardingApprover } from './roles.now'

// ============================================================================
// Okta-initiated onboarding
// When someone creates a user directly in Okta, the bridge (Okta's
// user.lifecycle.create event hook) opens an incident with category "Okta",
// subcategory "Okta onboarding approval" and the user's details in its
// description. A holder of x_okta_jml.onboarding_approver approves it (the
// birthright groups and apps of the user's department, then activation) or
// rejects it (deactivation) with the UI actions below; the bridge carries the
// decision out and closes the incident with the golden thread. The logic is in
// now-app/server/bridge/onboarding.ts (pure) and onboarding-glide.ts (Glide).
// ============================================================================

/** The incident condition (encoded query) of every onboarding incident, for ACLs and the module. */
const ONBOARDING_INCIDENTS = `category=${ONBOARDING.category}^subcategory=${ONBOARDING.subcategory}`

// ---------------------------------------------------------------- Incident category and subcategory

/**
 * Incident category "Okta" and subcategory "Okta onboarding approval", added by a fix script an admin runs
 * once after installing. Not shipped as sys_choice records: an update set carries an element's choices as
 * one list, so a list holding only these two could replace the instance's own incident categories.
 */
export const incidentChoicesFixScript = Record({
  $id: Now.ID['fix_script_onboarding_incident_choices'],
  table: 'sys_script_fix',
  data: {
    name: 'Okta JML: add the onboarding incident category',
    description:
      'Adds incident category Okta (okta) and subcategory Okta onboarding approval (onboarding_approval) when missing; changes nothing else. Run once after installing.',
    script: Now.include('../scripts/onboarding-incident-choices.js'),
    record_for_rollback: true,
    before: false,
  },
})

// ---------------------------------------------------------------- Decisions

/**
 * One decision on an onboarding incident, written by the UI action before it calls the bridge. The bridge
 * reads the latest one (by decided_at) and refuses a call that does not match it (409 incident-mismatch),
 * so an approval exists on the instance, by a named person, before anything changes in Okta.
 */
export const x_okta_jml_onboarding_decision = Table({
  name: ONBOARDING.decisionTable,
  label: 'Okta onboarding decision',
  display: 'decision',
  audit: true,
  accessibleFrom: 'package_private',
  allowWebServiceAccess: true,
  actions: ['read', 'create'],
  schema: {
    incident: ReferenceColumn({ label: 'Incident', referenceTable: 'incident', mandatory: true }),
    decision: ChoiceColumn({
      label: 'Decision',
      mandatory: true,
      dropdown: 'dropdown_without_none',
      choices: { approved: { label: 'Approved', sequence: 0 }, rejected: { label: 'Rejected', sequence: 1 } },
    }),
    decided_by: StringColumn({
      label: 'Decided by',
      mandatory: true,
      maxLength: 100,
      hint: 'The user name of who decided (sent to the bridge as the approver).',
    }),
    decided_at: DateTimeColumn({ label: 'Decided at', mandatory: true }),
    groups: StringColumn({ label: 'Okta groups', maxLength: 4000, hint: 'Comma-separated Okta group ids.' }),
    apps: StringColumn({ label: 'Okta apps', maxLength: 4000, hint: 'Comma-separated Okta app ids.' }),
    comment: StringColumn({ label: 'Comment', maxLength: 4000 }),
  },
})

// ---------------------------------------------------------------- UI actions

/** Approve: the birthright groups and apps of the user's department, then activation. */
export const approveOnboarding = UiAction({
  $id: Now.ID['ui_action_approve_okta_onboarding'],
  table: 'incident',
  name: UI_ACTIONS.approve.name,
  actionName: UI_ACTIONS.approve.actionName,
  hint: 'Assign the birthright groups and apps of the user’s department in Okta and activate the user.',
  active: true,
  showUpdate: true,
  showInsert: false,
  condition: UI_ACTION_CONDITION,
  roles: [onboardingApprover],
  form: { showButton: true, style: 'primary' },
  order: 100,
  script: Now.include('../scripts/onboarding-approve.js'),
})

/**
 * Reject: deactivates the user in Okta. The reason is mandatory: the browser asks for it in Work notes
 * before submitting, and the server refuses a rejection without one (a client check can be bypassed).
 */
export const rejectOnboarding = UiAction({
  $id: Now.ID['ui_action_reject_okta_onboarding'],
  table: 'incident',
  name: UI_ACTIONS.reject.name,
  actionName: UI_ACTIONS.reject.actionName,
  hint: 'Deactivate the user in Okta. Enter the reason in Work notes first.',
  active: true,
  showUpdate: true,
  showInsert: false,
  condition: UI_ACTION_CONDITION,
  roles: [onboardingApprover],
  form: { showButton: true, style: 'destructive' },
  client: { isClient: true, isUi16Compatible: true, onClick: 'rejectOktaOnboarding()' },
  order: 110,
  script: Now.include('../client/onboarding-reject.js'),
})

// ---------------------------------------------------------------- ACLs: decisions

/** Who reads decisions: approvers, admins, and the bridge (which checks the call against them). */
export const onboardingDecisionRead = Acl({
  $id: Now.ID['acl_onboarding_decision_read'],
  type: 'record',
  table: ONBOARDING.decisionTable,
  operation: 'read',
  roles: [admin, onboardingApprover, integration],
  description: 'Onboarding approvers, app admins and the bridge read the onboarding decisions.',
})

/** Only onboarding approvers record decisions (through the UI actions). */
export const onboardingDecisionCreate = Acl({
  $id: Now.ID['acl_onboarding_decision_create'],
  type: 'record',
  table: ONBOARDING.decisionTable,
  operation: 'create',
  roles: [onboardingApprover],
  description: 'Only onboarding approvers record onboarding decisions.',
})

/** Nobody changes a decision: the bridge trusts it as the approval. Admin override is off. */
export const onboardingDecisionWrite = Acl({
  $id: Now.ID['acl_onboarding_decision_write'],
  type: 'record',
  table: ONBOARDING.decisionTable,
  operation: 'write',
  roles: [admin],
  script: 'answer = false;',
  adminOverrides: false,
  description: 'An onboarding decision is an approval record: no one changes it.',
})

/** Nobody deletes a decision: it is part of the audit trail. Admin override is off. */
export const onboardingDecisionDelete = Acl({
  $id: Now.ID['acl_onboarding_decision_delete'],
  type: 'record',
  table: ONBOARDING.decisionTable,
  operation: 'delete',
  roles: [admin],
  script: 'answer = false;',
  adminOverrides: false,
  description: 'An onboarding decision is an audit record: no one deletes it.',
})

// ---------------------------------------------------------------- ACLs: the bridge on incidents

/** The bridge opens onboarding incidents, and only those (the condition is checked on insert). */
export const incidentCreateByBridge = Acl({
  $id: Now.ID['acl_incident_create_onboarding_bridge'],
  type: 'record',
  table: 'incident',
  operation: 'create',
  roles: [integration],
  condition: ONBOARDING_INCIDENTS,
  description: 'The Okta bridge opens Okta onboarding approval incidents, no other incident.',
})

/** The bridge reads onboarding incidents (to check a decision against the incident), and no other. */
export const incidentReadByBridge = Acl({
  $id: Now.ID['acl_incident_read_onboarding_bridge'],
  type: 'record',
  table: 'incident',
  operation: 'read',
  roles: [integration],
  condition: ONBOARDING_INCIDENTS,
  description: 'The Okta bridge reads Okta onboarding approval incidents, no other incident.',
})

/** The bridge updates onboarding incidents; the field ACLs below name what it writes. */
export const incidentWriteByBridge = Acl({
  $id: Now.ID['acl_incident_write_onboarding_bridge'],
  type: 'record',
  table: 'incident',
  operation: 'write',
  roles: [integration],
  condition: ONBOARDING_INCIDENTS,
  description:
    'The Okta bridge updates Okta onboarding approval incidents (state, close code and notes, work notes).',
})

/** The bridge writes the state (Resolved) on onboarding incidents. */
export const incidentStateWriteByBridge = Acl({
  $id: Now.ID['acl_incident_write_state_onboarding_bridge'],
  type: 'record',
  table: 'incident',
  field: 'state',
  operation: 'write',
  roles: [integration],
  condition: ONBOARDING_INCIDENTS,
  description: 'The Okta bridge writes state on Okta onboarding approval incidents, to close them.',
})

/** The bridge writes the close code on onboarding incidents. */
export const incidentCloseCodeWriteByBridge = Acl({
  $id: Now.ID['acl_incident_write_close_code_onboarding_bridge'],
  type: 'record',
  table: 'incident',
  field: 'close_code',
  operation: 'write',
  roles: [integration],
  condition: ONBOARDING_INCIDENTS,
  description: 'The Okta bridge writes close_code on Okta onboarding approval incidents, to close them.',
})

/** The bridge writes the close notes (the golden thread) on onboarding incidents. */
export const incidentCloseNotesWriteByBridge = Acl({
  $id: Now.ID['acl_incident_write_close_notes_onboarding_bridge'],
  type: 'record',
  table: 'incident',
  field: 'close_notes',
  operation: 'write',
  roles: [integration],
  condition: ONBOARDING_INCIDENTS,
  description: 'The Okta bridge writes close_notes on Okta onboarding approval incidents, to close them.',
})

/** The bridge writes work notes on onboarding incidents. */
export const incidentWorkNotesWriteByBridge = Acl({
  $id: Now.ID['acl_incident_write_work_notes_onboarding_bridge'],
  type: 'record',
  table: 'incident',
  field: 'work_notes',
  operation: 'write',
  roles: [integration],
  condition: ONBOARDING_INCIDENTS,
  description: 'The Okta bridge writes work_notes on Okta onboarding approval incidents, to close them.',
})

// ---------------------------------------------------------------- Navigation

/**
 * A module's roles, by name: the build writes Role objects in a Record's data as "[object Object]", which
 * names no role at all.
 */
const MODULE_ROLES = ['x_okta_jml.admin', ONBOARDING.approverRole]

/** The open onboarding incidents, for the people who decide them. */
export const moduleOnboardingApprovals = Record({
  $id: Now.ID['module_onboarding_approvals'],
  table: 'sys_app_module',
  data: {
    title: 'Okta onboarding approvals',
    application: menu,
    link_type: 'FILTER',
    name: 'incident',
    filter: `active=true^${ONBOARDING_INCIDENTS}^state=${INCIDENT_STATES.new}`,
    hint: 'Users created directly in Okta, waiting for a decision',
    roles: MODULE_ROLES,
    active: true,
    order: 500,
  },
})

/** Every decision recorded. */
export const moduleOnboardingDecisions = Record({
  $id: Now.ID['module_onboarding_decisions'],
  table: 'sys_app_module',
  data: {
    title: 'Okta onboarding decisions',
    application: menu,
    link_type: 'LIST',
    name: ONBOARDING.decisionTable,
    hint: 'Who approved or rejected each user created directly in Okta',
    roles: MODULE_ROLES,
    active: true,
    order: 600,
  },
})
