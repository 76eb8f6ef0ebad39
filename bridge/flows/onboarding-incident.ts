/**
 * What the bridge and the ServiceNow app agreed about onboarding incidents — the incident the bridge opens
 * for a user born in Okta, the decision record the app's UI action writes, and how the bridge closes the
 * incident. Kept in one place because both the event processor (opening) and the `onboarding-decision` flow
 * (checking and closing) must speak it exactly; the app side lives in `now-app/`.
 */
import type { Change } from '../../shared/index.js'
import type { OktaUser } from '../ports/okta.js'

/** The incident's `category`. */
export const ONBOARDING_CATEGORY = 'okta'
/** The incident's `subcategory`. */
export const ONBOARDING_SUBCATEGORY = 'onboarding_approval'
/** The scoped table the app's UI action records each decision in. */
export const DECISION_TABLE = 'x_okta_jml_onboarding_decision'
/** The golden-thread table (one row per Okta change; `incident` references the incident). */
export const GOLDEN_THREAD_TABLE = 'x_okta_jml_golden_thread'
/** The incident state the bridge closes it with: 6, Resolved. */
export const RESOLVED_STATE = '6'
/** The close code the bridge closes it with. */
export const CLOSE_CODE = 'Solution provided'

/**
 * The incident's `correlation_id`: the bridge looks it up before creating, so a retry after an answer lost in
 * transit finds the incident instead of opening a second one (ServiceNow creates are not idempotent).
 */
export function correlationIdOf(oktaUserId: string): string {
  return `okta-onboarding:${oktaUserId}`
}

/** Who created the user and how, as the `user.lifecycle.create` event says. */
export interface CreationContext {
  /** The actor's display name and alternate id, e.g. `Pat Admin (pat.admin@example.com)`. */
  createdBy: string
  /** How: the event's transaction type and client, e.g. `WEB via Okta admin console`. */
  createdVia: string
  eventUuid: string
}

/**
 * The incident's fields (`short_description`, `description` with one `Key: value` line per fact, as the app
 * parses them, category, subcategory, correlation id).
 */
export function incidentFields(user: OktaUser, creation: CreationContext): Record<string, string> {
  const profile = user.profile
  const name = [profile.firstName, profile.lastName].filter(Boolean).join(' ') || profile.login
  const manager = text(profile.manager) || text(profile.managerId) || '(none)'
  const lines = [
    'A user was created in Okta outside the bridge. Policy: no groups or apps until a business owner approves.',
    `Okta user id: ${user.id}`,
    `Login: ${profile.login}`,
    `Email: ${profile.email}`,
    `Name: ${name}`,
    `Department: ${text(profile.department) || '(none)'}`,
    `Manager: ${manager}`,
    `Created by: ${creation.createdBy}`,
    `Created via: ${creation.createdVia}`,
    `Okta event: ${creation.eventUuid}`,
  ]
  return {
    short_description: `Okta onboarding approval: ${name} (${profile.login})`,
    description: lines.join('\n'),
    category: ONBOARDING_CATEGORY,
    subcategory: ONBOARDING_SUBCATEGORY,
    correlation_id: correlationIdOf(user.id),
  }
}

/** One line per Okta change, with the request id Okta's System Log records it under. */
export function changeLines(changes: readonly Change[]): string[] {
  return changes.map((change) => {
    const { groupName, groupId, appLabel, appId } = change.target
    const what = groupId
      ? ` ${groupName ?? ''} (${groupId})`.replace('  ', ' ')
      : appId
        ? ` ${appLabel ?? ''} (${appId})`.replace('  ', ' ')
        : ''
    return `- ${change.operation}${what} — X-Okta-Request-Id ${change.oktaRequestId ?? 'unknown'}`
  })
}

function text(value: unknown): string {
  return typeof value === 'string' ? value.trim() : ''
}
