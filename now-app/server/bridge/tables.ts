/**
 * The app's table and field names, shared by the Fluent table definitions and the Glide shell so a
 * renamed column breaks the build instead of a flow at run time.
 */
import { SCOPE } from './api.ts'

/** The configuration and record tables. */
export const TABLES = {
  oktaResource: `${SCOPE}_okta_resource`,
  birthrightRule: `${SCOPE}_birthright_rule`,
  goldenThread: `${SCOPE}_golden_thread`,
  accessGrant: `${SCOPE}_access_grant`,
  onboardingDecision: `${SCOPE}_onboarding_decision`,
  auditAnchor: `${SCOPE}_audit_anchor`,
} as const

/** The values of `x_okta_jml_okta_resource.type`. */
export const RESOURCE_TYPES = ['group', 'app'] as const

/** The values of `x_okta_jml_golden_thread.outcome`. */
export const OUTCOMES = ['succeeded', 'failed'] as const
