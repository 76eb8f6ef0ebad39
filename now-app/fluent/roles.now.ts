import '@servicenow/sdk/global'
import { Role } from '@servicenow/sdk/core'

// ============================================================================
// Roles
// The app's own roles. Nobody who holds them needs any Okta admin right:
// the bridge performs Okta changes on their behalf, within its policy.
// ============================================================================

/** Administers the app: configuration tables, bridge connection, policies. */
export const admin = Role({
  name: 'x_okta_jml.admin',
  description: 'Administers the Okta JML app: Okta resources, birthright rules and the bridge connection.',
})

/** Help-desk agents: order Joiner/Mover/Leaver and account-help items. */
export const helpDesk = Role({
  name: 'x_okta_jml.help_desk',
  description: 'Orders Joiner, Mover, Leaver and Account help items that the bridge carries out in Okta.',
})
