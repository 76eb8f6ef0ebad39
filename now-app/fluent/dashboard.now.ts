import '@servicenow/sdk/global'
import { Dashboard, Record } from '@servicenow/sdk/core'
import { menu } from './menu.now'

// ============================================================================
// Dashboard: the five reports of reports.now.ts, on one page
// Why a Platform Analytics dashboard (`par_dashboard`, the SDK's Dashboard
// API) and not a Core UI responsive dashboard (pa_dashboards, pa_tabs,
// sys_portal_page, sys_grid_canvas, sys_portal_preferences):
// - SDK 4.9.0 has a dedicated Fluent API for it (`now-sdk explain
//   dashboard-api`; "Dashboard API - ServiceNow Fluent",
//   servicenow-sdk/fluent-dashboard-api.html), which writes par_dashboard,
//   its tabs, canvases, widgets, permissions and visibility; the responsive
//   dashboard tables have none and would be hand-written Record()s.
// - On net-new Australia instances Core UI reporting and responsive
//   dashboards are replaced by the Platform Analytics experience, enabled by
//   default on upgrade ("Reporting, dashboards, and Performance Analytics in
//   the Core UI", performance-analytics/classic-vis-overview.html; "Platform
//   Analytics experience", now-intelligence/par-workspace.html); responsive
//   dashboards are migrated into it (now-intelligence/data-migration.html).
// A Platform Analytics widget is a data visualization with its own data
// source (table + encoded query), not a pointer to a sys_report; so each
// widget here is its report restated: headerTitle = the report's title, the
// data source = the report's table and filter, the grouping/trend = the
// report's. test/now-app/instance/reports.test.ts resolves every widget to
// its built sys_report by title and fails on any drift between the two.
// Readable by the roles the reports are published to (admin, help desk);
// admins own and edit it.
// ============================================================================

/** The app's catalog items, by name (as reports.now.ts filters requested items). */
const APP_ITEMS =
  'New hire (Joiner),Role change (Mover),Leaver,Account help,Request access,End access,Extend access'

/** The dashboard's name: the Dashboard module opens it by this name. */
const DASHBOARD_NAME = 'Okta JML'

/** The Okta JML dashboard: one tab, five widgets, one per report. */
export const oktaJmlDashboard = Dashboard({
  $id: Now.ID['dashboard_okta_jml'],
  name: DASHBOARD_NAME,
  description:
    'What the Okta JML integration did: Okta changes per day by flow, requests by state, active grants by resource, grants ending in the next 7 days, failed executions.',
  tabs: [
    {
      $id: Now.ID['dashboard_okta_jml_tab_overview'],
      name: 'Overview',
      widgets: [
        {
          $id: Now.ID['dashboard_widget_changes_per_day'],
          component: 'line',
          componentProps: {
            headerTitle: 'Okta JML: Okta changes per day by flow',
            dataSources: [
              {
                label: 'Golden thread',
                sourceType: 'table',
                tableOrViewName: 'x_okta_jml_golden_thread',
                filterQuery: 'outcome=succeeded^occurred_atRELATIVEGT@dayofweek@ago@30',
                id: 'changes_per_day',
              },
            ],
            metrics: [
              {
                dataSource: 'changes_per_day',
                id: 'changes_per_day_count',
                aggregateFunction: 'COUNT',
                axisId: 'primary',
              },
            ],
            trendBy: {
              trendByFrequency: 'date',
              trendByFields: [{ field: 'occurred_at', metric: 'changes_per_day_count' }],
            },
            groupBy: [
              {
                groupBy: [{ dataSource: 'changes_per_day', groupByField: 'flow' }],
                maxNumberOfGroups: 20,
                showOthers: false,
              },
            ],
          },
          height: 14,
          width: 48,
          position: { x: 0, y: 0 },
        },
        {
          $id: Now.ID['dashboard_widget_requests_by_state'],
          component: 'pie',
          componentProps: {
            headerTitle: 'Okta JML: Requests by state',
            dataSources: [
              {
                label: 'Requested Item',
                sourceType: 'table',
                tableOrViewName: 'sc_req_item',
                filterQuery: `cat_item.nameIN${APP_ITEMS}`,
                id: 'requests_by_state',
              },
            ],
            metrics: [
              {
                dataSource: 'requests_by_state',
                id: 'requests_by_state_count',
                aggregateFunction: 'COUNT',
                axisId: 'primary',
              },
            ],
            groupBy: [
              {
                groupBy: [{ dataSource: 'requests_by_state', groupByField: 'state' }],
                maxNumberOfGroups: 20,
                showOthers: false,
              },
            ],
          },
          height: 14,
          width: 24,
          position: { x: 0, y: 14 },
        },
        {
          $id: Now.ID['dashboard_widget_active_grants'],
          component: 'vertical-bar',
          componentProps: {
            headerTitle: 'Okta JML: Active grants by resource',
            dataSources: [
              {
                label: 'Access grant',
                sourceType: 'table',
                tableOrViewName: 'x_okta_jml_access_grant',
                filterQuery: 'status=active',
                id: 'active_grants',
              },
            ],
            metrics: [
              {
                dataSource: 'active_grants',
                id: 'active_grants_count',
                aggregateFunction: 'COUNT',
                axisId: 'primary',
              },
            ],
            groupBy: [
              {
                groupBy: [{ dataSource: 'active_grants', groupByField: 'resource' }],
                maxNumberOfGroups: 20,
                showOthers: true,
              },
            ],
          },
          height: 14,
          width: 24,
          position: { x: 24, y: 14 },
        },
        {
          $id: Now.ID['dashboard_widget_grants_ending'],
          component: 'list',
          componentProps: {
            headerTitle: 'Okta JML: Grants ending in the next 7 days',
            dataSources: [
              {
                label: 'Access grant',
                sourceType: 'table',
                tableOrViewName: 'x_okta_jml_access_grant',
                filterQuery:
                  'status=active^expires_atRELATIVEGT@minute@ago@0^expires_atRELATIVELE@dayofweek@ahead@7^ORDERBYexpires_at',
                id: 'grants_ending',
              },
            ],
            columns: ['user', 'resource', 'expires_at', 'requested_item'],
          },
          height: 14,
          width: 24,
          position: { x: 0, y: 28 },
        },
        {
          $id: Now.ID['dashboard_widget_failed_executions'],
          component: 'list',
          componentProps: {
            headerTitle: 'Okta JML: Failed executions',
            dataSources: [
              {
                label: 'Golden thread',
                sourceType: 'table',
                tableOrViewName: 'x_okta_jml_golden_thread',
                filterQuery: 'outcome=failed^ORDERBYDESCoccurred_at',
                id: 'failed_executions',
              },
            ],
            columns: [
              'occurred_at',
              'flow',
              'operation',
              'target',
              'requested_item',
              'incident',
              'execution_id',
            ],
          },
          height: 14,
          width: 24,
          position: { x: 24, y: 28 },
        },
      ],
    },
  ],
  permissions: [
    {
      $id: Now.ID['dashboard_okta_jml_permission_admin'],
      role: Now.ref('sys_user_role', { name: 'x_okta_jml.admin' }),
      canRead: true,
      canWrite: true,
      canShare: true,
      owner: true,
    },
    {
      $id: Now.ID['dashboard_okta_jml_permission_help_desk'],
      role: Now.ref('sys_user_role', { name: 'x_okta_jml.help_desk' }),
      canRead: true,
      canWrite: false,
      canShare: false,
      owner: false,
    },
  ],
})

/**
 * The Dashboard module (admins, help desk): the dashboard's record by name, one click from the dashboard
 * itself. A direct link would need the Platform Analytics workspace's URL scheme, which ServiceNow does not
 * document; the record is stable.
 */
export const moduleDashboard = Record({
  $id: Now.ID['module_dashboard'],
  table: 'sys_app_module',
  data: {
    title: 'Dashboard',
    application: menu,
    link_type: 'LIST',
    name: 'par_dashboard',
    filter: `name=${DASHBOARD_NAME}`,
    hint: 'The reports on one page: Okta changes, requests, grants, failures',
    // Names, not Role objects: the build writes a Role object in a Record's data as "[object Object]".
    roles: ['x_okta_jml.admin', 'x_okta_jml.help_desk'],
    active: true,
    order: 890,
  },
})
