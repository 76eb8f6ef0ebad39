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
// The Okta groups and apps ServiceNow may ask for. Admins enter the Okta id
// of each: no Okta id is in the source, so one app installs on any org.
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
// One row per Okta change reported by the bridge: the requested item, the
// bridge execution, the operation and Okta's request id (the System Log's
// transaction id). Written by the flows and by the bridge's callbacks.
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
    requested_item: ReferenceColumn({
      label: 'Requested item',
      referenceTable: 'sc_req_item',
      mandatory: true,
    }),
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
