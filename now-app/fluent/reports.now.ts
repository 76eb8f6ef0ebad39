import '@servicenow/sdk/global'
import { Record } from '@servicenow/sdk/core'
import { menu } from './menu.now'

// ============================================================================
// Reports
// What the integration did, on the app's tables: Okta changes per day by flow
// (the golden thread), requests by state, active grants by resource, grants
// ending in the next 7 days, failed executions. Grouped under the "Reports"
// module of the Okta JML menu (every report titled "Okta JML: …"); an admin
// adds them to a Platform Analytics dashboard in a few clicks (README,
// "Notifications, category and reports"). Their filters are checked against
// seeded rows in test/now-app/instance/reports.test.ts. Roles are written
// as the role names the list fields hold (a record reference would not be).
// ============================================================================

/** The app's catalog items, by name (a requested item's `cat_item.name`). */
const APP_ITEMS =
  'New hire (Joiner),Role change (Mover),Leaver,Account help,Request access,End access,Extend access'

/** Okta changes per day by flow: a trend of succeeded golden-thread rows over the last 30 days. */
export const reportChangesPerDay = Record({
  $id: Now.ID['report_changes_per_day'],
  table: 'sys_report',
  data: {
    title: 'Okta JML: Okta changes per day by flow',
    description: 'Every change the bridge made in Okta (golden thread), per day, by bridge flow.',
    table: 'x_okta_jml_golden_thread',
    type: 'trend',
    trend_field: 'occurred_at',
    interval: 'day',
    field: 'flow',
    aggregate: 'COUNT',
    filter: 'outcome=succeeded^occurred_atRELATIVEGT@dayofweek@ago@30',
    is_published: true,
    roles: ['x_okta_jml.admin', 'x_okta_jml.help_desk'],
  },
})

/** Requests by state: the app's requested items by state. */
export const reportRequestsByState = Record({
  $id: Now.ID['report_requests_by_state'],
  table: 'sys_report',
  data: {
    title: 'Okta JML: Requests by state',
    description: 'Requested items of the Identity & Access items, by state.',
    table: 'sc_req_item',
    type: 'pie',
    field: 'state',
    aggregate: 'COUNT',
    filter: `cat_item.nameIN${APP_ITEMS}`,
    is_published: true,
    roles: ['x_okta_jml.admin', 'x_okta_jml.help_desk'],
  },
})

/** Active grants by resource. */
export const reportActiveGrants = Record({
  $id: Now.ID['report_active_grants'],
  table: 'sys_report',
  data: {
    title: 'Okta JML: Active grants by resource',
    description: 'Time-bound Okta access held now, by Okta group or app.',
    table: 'x_okta_jml_access_grant',
    type: 'bar',
    field: 'resource',
    aggregate: 'COUNT',
    filter: 'status=active',
    is_published: true,
    roles: ['x_okta_jml.admin', 'x_okta_jml.help_desk', 'x_okta_jml.approver'],
  },
})

/** Grants ending in the next 7 days (a list: who loses what, when). */
export const reportGrantsEnding = Record({
  $id: Now.ID['report_grants_ending'],
  table: 'sys_report',
  data: {
    title: 'Okta JML: Grants ending in the next 7 days',
    description: 'Active grants whose end is between now and 7 days from now.',
    table: 'x_okta_jml_access_grant',
    type: 'list',
    field_list: 'user,resource,expires_at,requested_item',
    filter:
      'status=active^expires_atRELATIVEGT@minute@ago@0^expires_atRELATIVELE@dayofweek@ahead@7^ORDERBYexpires_at',
    is_published: true,
    roles: ['x_okta_jml.admin', 'x_okta_jml.help_desk', 'x_okta_jml.approver'],
  },
})

/** Failed executions: golden-thread rows of Okta changes that failed, newest first. */
export const reportFailedExecutions = Record({
  $id: Now.ID['report_failed_executions'],
  table: 'sys_report',
  data: {
    title: 'Okta JML: Failed executions',
    description: 'Bridge executions whose Okta change failed, newest first, with the ticket that asked.',
    table: 'x_okta_jml_golden_thread',
    type: 'list',
    field_list: 'occurred_at,flow,operation,target,requested_item,incident,execution_id',
    filter: 'outcome=failed^ORDERBYDESCoccurred_at',
    is_published: true,
    roles: ['x_okta_jml.admin', 'x_okta_jml.help_desk'],
  },
})

/** The reports, together: the Okta JML menu's Reports module lists them. */
export const moduleReports = Record({
  $id: Now.ID['module_reports'],
  table: 'sys_app_module',
  data: {
    title: 'Reports',
    application: menu,
    link_type: 'LIST',
    name: 'sys_report',
    filter: 'titleSTARTSWITHOkta JML:',
    hint: 'What the integration did: Okta changes, requests, grants, failures',
    roles: ['x_okta_jml.admin', 'x_okta_jml.help_desk'],
    active: true,
    order: 900,
  },
})
