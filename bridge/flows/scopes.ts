/**
 * The OAuth scope sets flows are built from. Each flow still names its own set (`FlowOperation.scopes`): these
 * are only the sets several flows share, so that "the same access" is written once.
 */

/** Reading users, groups and apps: what a plan needs to resolve the objects it names. */
export const READ_SCOPES = ['okta.users.read', 'okta.groups.read', 'okta.apps.read'] as const

/** Adding and removing group members and app assignments, without changing the user itself (access grants). */
export const MEMBERSHIP_SCOPES = [...READ_SCOPES, 'okta.groups.manage', 'okta.apps.manage'] as const

/** Creating or changing a user, their group memberships and app assignments (joiner, mover, onboarding). */
export const USER_ACCESS_SCOPES = [...MEMBERSHIP_SCOPES, 'okta.users.manage'] as const
