import '@servicenow/sdk/global'
import { SPPage, SPWidget } from '@servicenow/sdk/core'
import { admin } from './roles.now'

// ============================================================================
// Service Portal: My Okta access
// A widget listing the signed-in user's active grants with their end dates,
// linking to End access and Extend access, and a page holding it
// (/sp?id=x_okta_jml_my_access). The widget's server script reads through the
// server module (access-glide.ts myAccess); the grant ACLs let users read
// only their own grants.
// ============================================================================

/** The signed-in user's active Okta access and when each ends. */
export const myOktaAccessWidget = SPWidget({
  $id: Now.ID['sp_widget_my_okta_access'],
  name: 'My Okta access',
  id: 'x_okta_jml_my_okta_access',
  description:
    'The Okta groups and apps the signed-in user holds through Request access, with their end dates and links to End access and Extend access.',
  category: 'serviceCatalog',
  htmlTemplate: Now.include('../client/widget-my-access.html'),
  clientScript: Now.include('../client/widget-my-access.client.js'),
  serverScript: Now.include('../scripts/widget-my-access.server.js'),
  hasPreview: false,
  public: false,
})

/** The portal page of the widget. */
export const myOktaAccessPage = SPPage({
  pageId: 'x_okta_jml_my_access',
  title: 'My Okta access',
  shortDescription: 'The signed-in user’s active Okta access (Okta JML).',
  category: 'sc',
  public: false,
  containers: [
    {
      $id: Now.ID['sp_container_my_okta_access'],
      name: 'My Okta access',
      order: 1,
      rows: [
        {
          $id: Now.ID['sp_row_my_okta_access'],
          order: 1,
          columns: [
            {
              $id: Now.ID['sp_column_my_okta_access'],
              size: 12,
              order: 1,
              instances: [
                {
                  $id: Now.ID['sp_instance_my_okta_access'],
                  title: 'My Okta access',
                  widget: myOktaAccessWidget,
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

// ============================================================================
// Service Portal: Okta bridge setup (admins)
// The install-and-configure path as ordered steps — alias and credential,
// Test connection, Okta catalog sync, roles, ATF — with the Test connection
// button (/sp?id=x_okta_jml_bridge_setup; first module of the app menu). A
// widget rather than Guided Setup (gsw_*) records, which the SDK has no API
// for; the widget's server script is run by the instance stand-in.
// ============================================================================

/** The setup steps and Test connection. */
export const bridgeSetupWidget = SPWidget({
  $id: Now.ID['sp_widget_bridge_setup'],
  name: 'Okta bridge setup',
  id: 'x_okta_jml_bridge_setup',
  description:
    "The Okta JML setup steps in order (alias and credential, Test connection, Okta catalog sync, roles, ATF), the Test connection button and the catalog sync's Sync now button.",
  category: 'custom',
  htmlTemplate: Now.include('../client/widget-bridge-setup.html'),
  clientScript: Now.include('../client/widget-bridge-setup.client.js'),
  serverScript: Now.include('../scripts/widget-bridge-setup.server.js'),
  hasPreview: false,
  public: false,
})

/** The portal page of the setup widget. */
export const bridgeSetupPage = SPPage({
  pageId: 'x_okta_jml_bridge_setup',
  title: 'Okta bridge setup',
  shortDescription: 'Set up and test the Okta JML bridge connection (admins).',
  category: 'custom',
  public: false,
  roles: [admin],
  containers: [
    {
      $id: Now.ID['sp_container_bridge_setup'],
      name: 'Okta bridge setup',
      order: 1,
      rows: [
        {
          $id: Now.ID['sp_row_bridge_setup'],
          order: 1,
          columns: [
            {
              $id: Now.ID['sp_column_bridge_setup'],
              size: 12,
              order: 1,
              instances: [
                {
                  $id: Now.ID['sp_instance_bridge_setup'],
                  title: 'Okta bridge setup',
                  widget: bridgeSetupWidget,
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
