import '@servicenow/sdk/global'
import { ApplicationMenu, Record } from '@servicenow/sdk/core'
import { admin, approver, helpDesk, onboardingApprover } from './roles.now'

// ============================================================================
// Application menu
// "Okta JML" in the navigator: the configuration tables for admins, and the
// golden thread for everyone who works with the app.
// ============================================================================

/** The navigator section. */
export const menu = ApplicationMenu({
  $id: Now.ID['menu_okta_jml'],
  title: 'Okta JML',
  hint: 'Joiner, mover and leaver requests carried out in Okta',
  description: 'Okta resources, birthright rules and the golden thread of Okta changes.',
  roles: [admin, helpDesk, approver, onboardingApprover],
  active: true,
})

/**
 * Okta bridge setup (admins), second in the menu after Status (setup.now.ts, order 10): the
 * install-and-configure steps, Test connection and Sync now, a portal page (`link_type` DIRECT, "URL (from
 * Arguments:)": the path is in `query`, the module's Arguments).
 */
export const moduleBridgeSetup = Record({
  $id: Now.ID['module_bridge_setup'],
  table: 'sys_app_module',
  data: {
    title: 'Okta bridge setup',
    application: menu,
    link_type: 'DIRECT',
    query: 'sp?id=x_okta_jml_bridge_setup',
    window_name: '_blank',
    hint: 'Connection, credential, Test connection, catalog sync, roles, ATF — in order',
    // Names, not Role objects: the build writes a Role object in a Record's data as "[object Object]".
    roles: ['x_okta_jml.admin'],
    active: true,
    order: 20,
  },
})

/** Okta resources (admins). */
export const moduleOktaResources = Record({
  $id: Now.ID['module_okta_resources'],
  table: 'sys_app_module',
  data: {
    title: 'Okta resources',
    application: menu,
    link_type: 'LIST',
    name: 'x_okta_jml_okta_resource',
    hint: 'The Okta groups and apps ServiceNow may ask for',
    roles: [admin],
    active: true,
    order: 100,
  },
})

/** Birthright rules (admins). */
export const moduleBirthrightRules = Record({
  $id: Now.ID['module_birthright_rules'],
  table: 'sys_app_module',
  data: {
    title: 'Birthright rules',
    application: menu,
    link_type: 'LIST',
    name: 'x_okta_jml_birthright_rule',
    hint: 'Which Okta groups and apps each department gets',
    roles: [admin],
    active: true,
    order: 200,
  },
})

/** The golden thread (everyone with an app role). */
export const moduleGoldenThread = Record({
  $id: Now.ID['module_golden_thread'],
  table: 'sys_app_module',
  data: {
    title: 'Golden thread',
    application: menu,
    link_type: 'LIST',
    name: 'x_okta_jml_golden_thread',
    hint: 'Every Okta change and the ticket that asked for it',
    roles: [admin, helpDesk, approver],
    active: true,
    order: 300,
  },
})

/** The bridge properties (admins). */
export const moduleProperties = Record({
  $id: Now.ID['module_properties'],
  table: 'sys_app_module',
  data: {
    title: 'Bridge properties',
    application: menu,
    link_type: 'FILTER',
    name: 'sys_properties',
    filter: 'nameSTARTSWITHx_okta_jml.',
    hint: 'Timeout, plan-only switch, approvals, help-desk group',
    roles: [admin],
    active: true,
    order: 400,
  },
})

/** Access grants (everyone with an app role): who holds which Okta access until when. */
export const moduleAccessGrants = Record({
  $id: Now.ID['module_access_grants'],
  table: 'sys_app_module',
  data: {
    title: 'Access grants',
    application: menu,
    link_type: 'LIST',
    name: 'x_okta_jml_access_grant',
    hint: 'Time-bound Okta access granted through Request access',
    roles: [admin, helpDesk, approver],
    active: true,
    order: 250,
  },
})
