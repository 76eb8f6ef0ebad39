/**
 * JSON representations of org objects, as Okta's Management API returns them (`_links` included),
 * built from the org's records and the origin the client addressed.
 */
import { legalOperations } from './lifecycle.js'
import type { AppRecord, AppUserRecord, GroupRecord, UserRecord } from './org.js'

/** The user type every user of the sandbox has (Okta's default user type). */
export const DEFAULT_USER_TYPE_ID = 'oty1defaultUserType0'

/** Names Okta gives a user's lifecycle links. */
const LINK_NAME: Record<string, string> = {
  activate: 'activate',
  reactivate: 'reactivate',
  deactivate: 'deactivate',
  suspend: 'suspend',
  unsuspend: 'unsuspend',
  unlock: 'unlock',
  reset_password: 'resetPassword',
  expire_password: 'expirePassword',
}

/** A user (`User`). */
export function userJson(origin: string, user: UserRecord): Record<string, unknown> {
  const self = `${origin}/api/v1/users/${user.id}`
  const links: Record<string, unknown> = { self: { href: self } }
  for (const operation of legalOperations(user.status, user.hasPassword)) {
    const name = LINK_NAME[operation]
    if (name) links[name] = { href: `${self}/lifecycle/${operation}`, method: 'POST' }
  }
  links.schema = { href: `${origin}/api/v1/meta/schemas/user/osc1default` }
  links.type = { href: `${origin}/api/v1/meta/types/user/${DEFAULT_USER_TYPE_ID}` }
  return {
    id: user.id,
    status: user.status,
    created: user.created,
    activated: user.activated,
    statusChanged: user.statusChanged,
    lastLogin: user.lastLogin,
    lastUpdated: user.lastUpdated,
    passwordChanged: user.passwordChanged,
    type: { id: DEFAULT_USER_TYPE_ID },
    profile: user.profile,
    // Okta never returns a password; an empty object says there is one.
    credentials: {
      ...(user.hasPassword ? { password: {} } : {}),
      provider: { type: 'OKTA', name: 'OKTA' },
    },
    _links: links,
  }
}

/** A group (`Group`). */
export function groupJson(origin: string, group: GroupRecord): Record<string, unknown> {
  const self = `${origin}/api/v1/groups/${group.id}`
  // The spec's GroupProfile has `description` as a string, never null: a group without one leaves it out.
  const { description, ...named } = group.profile
  return {
    id: group.id,
    created: group.created,
    lastUpdated: group.lastUpdated,
    lastMembershipUpdated: group.lastMembershipUpdated,
    objectClass: ['okta:user_group'],
    type: group.type,
    profile: description === null ? named : group.profile,
    _links: {
      logo: [
        { name: 'medium', href: `${origin}/assets/img/logos/groups/okta-medium.png`, type: 'image/png' },
        { name: 'large', href: `${origin}/assets/img/logos/groups/okta-large.png`, type: 'image/png' },
      ],
      users: { href: `${self}/users` },
      apps: { href: `${self}/apps` },
    },
  }
}

/** An app integration (`Application`). */
export function appJson(origin: string, app: AppRecord): Record<string, unknown> {
  const self = `${origin}/api/v1/apps/${app.id}`
  return {
    id: app.id,
    name: app.name,
    label: app.label,
    status: app.status,
    created: app.created,
    lastUpdated: app.lastUpdated,
    signOnMode: app.signOnMode,
    accessibility: { selfService: false, errorRedirectUrl: null, loginRedirectUrl: null },
    visibility: { autoSubmitToolbar: false, hide: { iOS: false, web: false }, appLinks: { login: true } },
    features: [],
    settings: {
      // A bookmark app's settings name the page it opens (BookmarkApplication requires `settings.app.url`).
      app:
        app.signOnMode === 'BOOKMARK'
          ? { requestIntegration: false, url: `https://example.com/${app.id}` }
          : {},
      notifications: { vpn: { network: { connection: 'DISABLED' } } },
    },
    // Okta's own expression language, not a JavaScript template.
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the literal text `${source.login}` is what Okta returns
    credentials: { userNameTemplate: { template: '${source.login}', type: 'BUILT_IN' } },
    _links: {
      self: { href: self },
      users: { href: `${self}/users` },
      groups: { href: `${self}/groups` },
      deactivate: { href: `${self}/lifecycle/deactivate` },
    },
  }
}

/** A user's assignment to an app (`AppUser`). */
export function appUserJson(origin: string, assignment: AppUserRecord): Record<string, unknown> {
  return {
    id: assignment.userId,
    externalId: null,
    created: assignment.created,
    lastUpdated: assignment.lastUpdated,
    scope: assignment.scope,
    status: 'ACTIVE',
    statusChanged: assignment.statusChanged,
    passwordChanged: null,
    syncState: 'DISABLED',
    credentials: { userName: assignment.userName },
    profile: assignment.profile,
    _links: {
      app: { href: `${origin}/api/v1/apps/${assignment.appId}` },
      user: { href: `${origin}/api/v1/users/${assignment.userId}` },
    },
  }
}

/** One of a user's app links (`AppLink`). */
export function appLinkJson(origin: string, app: AppRecord, assignment: AppUserRecord, sortOrder: number) {
  return {
    id: `${app.id}${assignment.userId.slice(-4)}`,
    label: app.label,
    linkUrl: `${origin}/home/${app.name}/${app.id}/1`,
    logoUrl: `${origin}/assets/img/logos/default.png`,
    appName: app.name,
    appInstanceId: app.id,
    appAssignmentId: `0ua${assignment.userId.slice(3)}`,
    credentialsSetup: false,
    hidden: false,
    sortOrder,
  }
}
