import '@servicenow/sdk/global'
import {
  BooleanColumn,
  ChoiceColumn,
  DateTimeColumn,
  IntegerColumn,
  ListColumn,
  ReferenceColumn,
  StringColumn,
  Table,
} from '@servicenow/sdk/core'

// ============================================================================
// Okta resources
// The Okta groups and apps ServiceNow may ask for, synced from the bridge's
// catalog by the scheduled job "Okta JML: sync the Okta catalog" (or typed
// in by an admin): no Okta id is in the source, so one app installs on any org.
// ============================================================================

/** The Okta groups and apps the app may request (also used by access requests). */
export const x_okta_jml_okta_resource = Table({
  name: 'x_okta_jml_okta_resource',
  label: 'Okta resource',
  display: 'name',
  audit: true,
  accessibleFrom: 'package_private',
  allowWebServiceAccess: true,
  actions: ['read', 'create', 'update', 'delete'],
  schema: {
    name: StringColumn({ label: 'Name', mandatory: true, maxLength: 100 }),
    // What requesters read about it: the Okta group's description or the app's end-user notes (synced).
    description: StringColumn({ label: 'Description', maxLength: 1000 }),
    okta_id: StringColumn({
      label: 'Okta id',
      mandatory: true,
      unique: true,
      maxLength: 20,
      hint: 'The 20-character Okta id: 00g… for a group, 0oa… for an app.',
    }),
    type: ChoiceColumn({
      label: 'Type',
      mandatory: true,
      dropdown: 'dropdown_without_none',
      choices: { group: { label: 'Group', sequence: 0 }, app: { label: 'App', sequence: 1 } },
      default: 'group',
    }),
    owner: ReferenceColumn({ label: 'Owner', referenceTable: 'sys_user' }),
    requestable: BooleanColumn({ label: 'Requestable', default: false }),
    max_duration_days: IntegerColumn({
      label: 'Maximum access duration (days)',
      hint: 'Empty for no limit; access requests cannot ask for longer.',
    }),
    active: BooleanColumn({ label: 'Active', default: true }),
    // Access requests (now-app/fluent/access-requests.now.ts): permanent access, approvers, who may see it.
    permanent_allowed: BooleanColumn({
      label: 'Permanent access allowed',
      default: false,
      hint: 'Whether an access request may leave the end date empty. The bridge policy must allow it too.',
    }),
    approval_levels: ChoiceColumn({
      label: 'Access request approval',
      dropdown: 'dropdown_without_none',
      choices: {
        manager: { label: 'Manager', sequence: 0 },
        manager_then_owner: { label: 'Manager, then owner', sequence: 1 },
        owner: { label: 'Owner', sequence: 2 },
      },
      default: 'manager_then_owner',
      hint: 'Who approves access requests, in order. A requester never approves their own request.',
    }),
    visible_to_departments: ListColumn({
      label: 'Requestable by departments',
      referenceTable: 'cmn_department',
      hint: 'With the roles below: who may request it. Both empty: everyone.',
    }),
    visible_to_roles: ListColumn({
      label: 'Requestable by roles',
      referenceTable: 'sys_user_role',
      hint: 'Holders of any of these roles may request it.',
    }),
  },
})

// ============================================================================
// Birthright rules
// Department (and optionally title and location) → the Okta groups and apps
// a joiner gets; a mover's change is the difference between the old and the
// new position's rules (now-app/server/bridge/birthright.ts).
// ============================================================================

/** What each position in the organisation is entitled to in Okta. */
export const x_okta_jml_birthright_rule = Table({
  name: 'x_okta_jml_birthright_rule',
  label: 'Birthright rule',
  display: 'name',
  audit: true,
  accessibleFrom: 'package_private',
  actions: ['read', 'create', 'update', 'delete'],
  schema: {
    name: StringColumn({ label: 'Name', mandatory: true, maxLength: 100 }),
    department: ReferenceColumn({ label: 'Department', referenceTable: 'cmn_department', mandatory: true }),
    title: StringColumn({ label: 'Title', maxLength: 100, hint: 'Empty: any title.' }),
    location: ReferenceColumn({
      label: 'Location',
      referenceTable: 'cmn_location',
      hint: 'Empty: any location.',
    }),
    resources: ListColumn({
      label: 'Okta groups and apps',
      referenceTable: 'x_okta_jml_okta_resource',
      mandatory: true,
    }),
    active: BooleanColumn({ label: 'Active', default: true }),
  },
})

// ============================================================================
// Golden thread
// One row per Okta change reported by the bridge: the requested item (or the
// onboarding incident), the bridge execution, the operation and Okta's request
// id (the System Log's transaction id). Written by the flows and by the bridge's callbacks.
// ============================================================================

/** Every Okta change, traced to the ticket that asked for it. */
export const x_okta_jml_golden_thread = Table({
  name: 'x_okta_jml_golden_thread',
  label: 'Okta golden thread',
  display: 'operation',
  audit: true,
  accessibleFrom: 'package_private',
  allowWebServiceAccess: true,
  actions: ['read', 'create', 'update'],
  schema: {
    // Either the requested item of a catalog flow or the incident of an Okta-initiated onboarding.
    requested_item: ReferenceColumn({ label: 'Requested item', referenceTable: 'sc_req_item' }),
    incident: ReferenceColumn({ label: 'Incident', referenceTable: 'incident' }),
    execution_id: StringColumn({ label: 'Bridge execution', maxLength: 100 }),
    flow: StringColumn({ label: 'Bridge flow', maxLength: 40 }),
    operation: StringColumn({ label: 'Operation', maxLength: 60, mandatory: true }),
    target: StringColumn({ label: 'Target', maxLength: 400 }),
    okta_request_id: StringColumn({ label: 'Okta request id', maxLength: 100 }),
    outcome: ChoiceColumn({
      label: 'Outcome',
      mandatory: true,
      dropdown: 'dropdown_without_none',
      choices: { succeeded: { label: 'Succeeded', sequence: 0 }, failed: { label: 'Failed', sequence: 1 } },
    }),
    occurred_at: DateTimeColumn({ label: 'Occurred at', mandatory: true }),
  },
})

// ============================================================================
// Access grants
// The ServiceNow mirror of a bridge grant: who holds which Okta group or app,
// until when, on which requested item. Written by the access flows from the
// bridge's answers (now-app/fluent/access-request-flows.now.ts); the bridge's
// account may update the status when access expires.
// ============================================================================

/** Time-bound access to an Okta group or app, as granted by the bridge. */
export const x_okta_jml_access_grant = Table({
  name: 'x_okta_jml_access_grant',
  label: 'Okta access grant',
  display: 'grant_id',
  audit: true,
  accessibleFrom: 'package_private',
  allowWebServiceAccess: true,
  actions: ['read', 'create', 'update'],
  schema: {
    grant_id: StringColumn({ label: 'Grant id', mandatory: true, unique: true, maxLength: 40 }),
    user: ReferenceColumn({ label: 'User', referenceTable: 'sys_user', mandatory: true }),
    okta_user_id: StringColumn({ label: 'Okta user id', maxLength: 20 }),
    resource: ReferenceColumn({
      label: 'Okta resource',
      referenceTable: 'x_okta_jml_okta_resource',
      mandatory: true,
    }),
    requested_item: ReferenceColumn({
      label: 'Requested item',
      referenceTable: 'sc_req_item',
      mandatory: true,
    }),
    requested_by: ReferenceColumn({ label: 'Requested by', referenceTable: 'sys_user' }),
    last_requested_item: ReferenceColumn({
      label: 'Last change',
      referenceTable: 'sc_req_item',
      hint: 'The item that last ended or extended this access.',
    }),
    expires_at: DateTimeColumn({ label: 'Ends', hint: 'Empty: permanent access.' }),
    status: ChoiceColumn({
      label: 'Status',
      mandatory: true,
      dropdown: 'dropdown_without_none',
      choices: {
        active: { label: 'Active', sequence: 0 },
        revoked: { label: 'Ended early', sequence: 1 },
        expired: { label: 'Expired', sequence: 2 },
      },
      default: 'active',
    }),
    preexisting: BooleanColumn({
      label: 'Already held',
      default: false,
      hint: 'The user had this access before the grant; its end does not remove it.',
    }),
    justification: StringColumn({ label: 'Justification', maxLength: 1000 }),
  },
})
