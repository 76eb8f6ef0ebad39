import '@servicenow/sdk/global'
import { Record, SPPage, SPWidget } from '@servicenow/sdk/core'
import { menu } from './menu.now'

// ============================================================================
// Okta JML: Status — the app's home module
// Fluent flows ship inactive (the SDK 4.9 build writes active=false and
// status=draft, and only `now-sdk install` publishes them afterwards): after an
// update set or the application repository nothing would be fulfilled, with no
// error anywhere. This page says so to the admin, with what to do, together
// with the bridge alias or help-desk group still unset (setup.ts decides, setup-glide.ts reads).
// ============================================================================

/** The app's setup problems, for admins. */
export const statusWidget = SPWidget({
  $id: Now.ID['sp_widget_okta_jml_status'],
  name: 'Okta JML: Status',
  id: 'x_okta_jml_status',
  description:
    'Whether the Okta JML app is ready on this instance: inactive flows, subflows or actions (an update set installs them as drafts) and the bridge alias (connection URL, credential) or help-desk group not set, each with what to do.',
  category: 'custom',
  htmlTemplate: Now.include('../client/widget-status.html'),
  clientScript: Now.include('../client/widget-status.client.js'),
  serverScript: Now.include('../scripts/widget-status.server.js'),
  hasPreview: false,
  public: false,
})

/** The page of the widget ($sp.do?id=x_okta_jml_status), opened by the first module of the menu. */
export const statusPage = SPPage({
  pageId: 'x_okta_jml_status',
  title: 'Okta JML: Status',
  shortDescription: 'Whether the Okta JML app is ready on this instance, and what to do if not.',
  public: false,
  roles: ['x_okta_jml.admin'],
  containers: [
    {
      $id: Now.ID['sp_container_okta_jml_status'],
      name: 'Okta JML: Status',
      order: 1,
      rows: [
        {
          $id: Now.ID['sp_row_okta_jml_status'],
          order: 1,
          columns: [
            {
              $id: Now.ID['sp_column_okta_jml_status'],
              size: 12,
              order: 1,
              instances: [
                {
                  $id: Now.ID['sp_instance_okta_jml_status'],
                  title: 'Okta JML: Status',
                  widget: statusWidget,
                  order: 1,
                },
              ],
            },
          ],
        },
      ],
    },
  ],
})

/** The first module of the Okta JML menu (admins): the status page. */
export const moduleStatus = Record({
  $id: Now.ID['module_status'],
  table: 'sys_app_module',
  data: {
    title: 'Status',
    application: menu,
    link_type: 'DIRECT',
    query: '$sp.do?id=x_okta_jml_status',
    hint: 'Is the app ready? Inactive flows and an unconfigured bridge alias, with what to do',
    // Names, not Role objects: the build writes a Role object in a Record's data as "[object Object]".
    roles: ['x_okta_jml.admin'],
    active: true,
    order: 10,
  },
})
