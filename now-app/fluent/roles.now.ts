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

/**
 * Approvers of JML items beyond the requester's manager (when the approval property names a group).
 * Reads the configuration and the golden thread so the plan in front of them can be checked.
 */
export const approver = Role({
  name: 'x_okta_jml.approver',
  description: 'Approves Okta JML requests; reads the Okta resources, birthright rules and golden thread.',
})

/**
 * The bridge's own ServiceNow account, for callbacks: creates and updates golden thread rows, and opens
 * and closes the Okta onboarding incidents (now-app/fluent/onboarding.now.ts), nothing else. It
 * deliberately contains no other role.
 */
export const integration = Role({
  name: 'x_okta_jml.integration',
  description:
    'The Okta bridge service account: writes golden thread rows and opens and closes Okta onboarding incidents, nothing else.',
})

/**
 * Business owners who approve or reject users created directly in Okta, on the incident the bridge opens
 * for each (the Approve / Reject Okta onboarding UI actions), and reads the decisions recorded.
 */
export const onboardingApprover = Role({
  name: 'x_okta_jml.onboarding_approver',
  description:
    'Approves or rejects users created directly in Okta, on the incident the Okta bridge opens for each.',
})
