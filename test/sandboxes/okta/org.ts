/**
 * The state of one Okta org held in memory: users, groups, apps, memberships, app assignments, and
 * the System Log every change writes to. Operations apply Okta's rules and throw the
 * {@link OktaApiError} Okta would answer; the HTTP layer only translates.
 */
import { forbidden, notAllowedInStatus, notFound, OktaApiError, validationFailed } from './errors.js'
import { GROUP_FILTER, GROUP_SEARCH, type ParseOptions, USER_FILTER, USER_SEARCH } from './expression.js'
import { ID_PREFIX, newOktaId, timestamp } from './ids.js'
import { type LifecycleOperation, transition, USER_STATUSES, type UserStatus } from './lifecycle.js'
import { compileQuery as compile } from './query.js'
import { type LogActor, type LogTarget, SystemLog } from './system-log.js'

/** A user as the org keeps it. `hasPassword` stands in for the credential Okta never returns. */
export interface UserRecord {
  seq: number
  id: string
  status: UserStatus
  created: string
  activated: string | null
  statusChanged: string | null
  lastLogin: string | null
  lastUpdated: string
  passwordChanged: string | null
  profile: Record<string, unknown>
  hasPassword: boolean
  /** How the user came to be: `api` for a Management API call, `seed` for control-API seeding. */
  origin: 'api' | 'seed'
}

/** A group as the org keeps it. */
export interface GroupRecord {
  seq: number
  id: string
  created: string
  lastUpdated: string
  lastMembershipUpdated: string
  type: 'OKTA_GROUP' | 'BUILT_IN'
  profile: { name: string; description: string | null }
}

/** An app integration as the org keeps it. */
export interface AppRecord {
  seq: number
  id: string
  name: string
  label: string
  status: 'ACTIVE' | 'INACTIVE'
  signOnMode: string
  created: string
  lastUpdated: string
}

/** A user's assignment to an app (Okta's AppUser). */
export interface AppUserRecord {
  seq: number
  userId: string
  appId: string
  created: string
  lastUpdated: string
  statusChanged: string
  scope: 'USER'
  profile: Record<string, unknown>
  userName: string
}

/** Who is calling and under which request id: every change is logged with both. */
export interface OperationContext {
  actor: LogActor
  requestId: string
  userAgent?: string
}

/** A page of a list and the cursor of the next one, if there is one. */
export interface Page<T> {
  items: T[]
  nextAfter: string | undefined
}

/** Seed input, the shape of `POST /__sandbox/seed`. */
export interface SeedInput {
  users?: { profile: Record<string, unknown>; status?: UserStatus; password?: boolean; groups?: string[] }[]
  groups?: { profile: { name: string; description?: string | null } }[]
  apps?: { name: string; label?: string; signOnMode?: string }[]
}

/** What seeding created, with ids, in input order. */
export interface SeedResult {
  users: UserRecord[]
  groups: GroupRecord[]
  apps: AppRecord[]
}

/** The user attributes Okta's default profile requires. */
const REQUIRED_PROFILE = ['login', 'email', 'firstName', 'lastName'] as const
/** Okta's default login rule: the login is an email address. */
const EMAIL = /^[^\s@"]+@[^\s@"]+\.[^\s@"]+$/

/** An in-memory Okta org. */
export class Org {
  readonly log: SystemLog
  private seq = 0
  readonly users = new Map<string, UserRecord>()
  private readonly usersByLogin = new Map<string, string>()
  readonly groups = new Map<string, GroupRecord>()
  readonly apps = new Map<string, AppRecord>()
  private readonly groupMembers = new Map<string, Map<string, number>>()
  private readonly userGroups = new Map<string, Set<string>>()
  private readonly appUsers = new Map<string, Map<string, AppUserRecord>>()
  private readonly userApps = new Map<string, Set<string>>()
  /** The built-in "Everyone" group: every user is implicitly a member, as in every Okta org. */
  everyone!: GroupRecord

  constructor(logRetention?: number) {
    this.log = new SystemLog(logRetention)
    this.reset()
  }

  /** Empties the org back to what a new Okta org holds: the Everyone group and nothing else. */
  reset(): void {
    this.users.clear()
    this.usersByLogin.clear()
    this.groups.clear()
    this.apps.clear()
    this.groupMembers.clear()
    this.userGroups.clear()
    this.appUsers.clear()
    this.userApps.clear()
    this.log.clear()
    const now = timestamp()
    this.everyone = {
      seq: ++this.seq,
      id: newOktaId(ID_PREFIX.group),
      created: now,
      lastUpdated: now,
      lastMembershipUpdated: now,
      type: 'BUILT_IN',
      profile: { name: 'Everyone', description: 'All users in your organization' },
    }
    this.groups.set(this.everyone.id, this.everyone)
    this.groupMembers.set(this.everyone.id, new Map())
  }

  // ==========================================================================
  // Users
  // ==========================================================================

  /**
   * Finds a user by id, by login (case-insensitive), or by login short name, as `GET /api/v1/users/{id}`
   * does: Okta takes "an ID, login, or login shortname (as long as the shortname is unambiguous)".
   */
  findUser(idOrLogin: string): UserRecord | undefined {
    return (
      this.users.get(idOrLogin) ??
      this.users.get(this.usersByLogin.get(idOrLogin.toLowerCase()) ?? '') ??
      this.findByShortName(idOrLogin)
    )
  }

  /** The one user whose login is `shortName@…` (case-insensitive); none when several are. Only runs on a miss. */
  private findByShortName(shortName: string): UserRecord | undefined {
    if (shortName === '' || shortName.includes('@')) return undefined
    const prefix = `${shortName.toLowerCase()}@`
    let match: string | undefined
    for (const [login, id] of this.usersByLogin) {
      if (!login.startsWith(prefix)) continue
      if (match !== undefined) return undefined
      match = id
    }
    return match === undefined ? undefined : this.users.get(match)
  }

  /** Like {@link findUser}, but a missing user is Okta's 404. */
  getUser(idOrLogin: string): UserRecord {
    const user = this.findUser(idOrLogin)
    if (!user) throw notFound(`${idOrLogin} (User)`)
    return user
  }

  /** `POST /api/v1/users`. */
  createUser(
    ctx: OperationContext | undefined,
    body: { profile?: unknown; credentials?: unknown; groupIds?: unknown },
    options: { activate: boolean; nextLogin?: string },
  ): UserRecord {
    if (options.nextLogin === 'changePassword' && !options.activate) {
      throw new OktaApiError(
        400,
        'E0000125',
        'Password change on first login is not allowed without activation.',
      )
    }
    const profile = validateProfile(body.profile)
    this.assertLoginFree(profile.login as string)
    const groupIds = parseIdList(body.groupIds, 'groupIds')
    for (const groupId of groupIds) this.getGroup(groupId)
    const now = timestamp()
    const user: UserRecord = {
      seq: ++this.seq,
      id: newOktaId(ID_PREFIX.user),
      status: 'STAGED',
      created: now,
      activated: null,
      statusChanged: null,
      lastLogin: null,
      lastUpdated: now,
      passwordChanged: null,
      profile,
      hasPassword: hasPasswordValue(body.credentials),
      origin: ctx ? 'api' : 'seed',
    }
    if (user.hasPassword) user.passwordChanged = now
    this.users.set(user.id, user)
    this.usersByLogin.set((profile.login as string).toLowerCase(), user.id)
    this.everyoneMembers().set(user.id, user.seq)
    if (ctx) this.record(ctx, 'user.lifecycle.create', `Create okta user`, [userTarget(user)])
    for (const groupId of groupIds) this.addMember(ctx, groupId, user.id)
    if (options.activate) this.applyLifecycle(ctx, user, 'activate')
    return user
  }

  /** `POST /api/v1/users/{id}` (partial) and `PUT` (replace). */
  updateUser(
    ctx: OperationContext,
    idOrLogin: string,
    body: { profile?: unknown; credentials?: unknown },
    mode: 'partial' | 'replace',
  ): UserRecord {
    const user = this.getUser(idOrLogin)
    if (user.status === 'DEPROVISIONED') throw notAllowedInStatus()
    if (body.profile !== undefined && (typeof body.profile !== 'object' || body.profile === null)) {
      throw validationFailed('profile', 'profile: The profile must be an object')
    }
    const incoming = (body.profile ?? {}) as Record<string, unknown>
    const profile = validateProfile(mode === 'replace' ? incoming : { ...user.profile, ...incoming })
    const oldLogin = (user.profile.login as string).toLowerCase()
    const newLogin = (profile.login as string).toLowerCase()
    if (newLogin !== oldLogin) {
      this.assertLoginFree(newLogin)
      this.usersByLogin.delete(oldLogin)
      this.usersByLogin.set(newLogin, user.id)
    }
    const changed = Object.keys({ ...user.profile, ...profile }).filter(
      (key) => JSON.stringify(user.profile[key]) !== JSON.stringify(profile[key]),
    )
    user.profile = profile
    const now = timestamp()
    if (hasPasswordValue(body.credentials)) {
      user.hasPassword = true
      user.passwordChanged = now
    }
    user.lastUpdated = now
    this.record(ctx, 'user.account.update_profile', 'Update user profile for Okta', [userTarget(user)], {
      changedAttributes: changed.join(','),
    })
    return user
  }

  /**
   * Applies a lifecycle operation with Okta's rules and side effects (deactivation drops app
   * assignments; unlock, reset and expiry work on the password).
   */
  applyLifecycle(
    ctx: OperationContext | undefined,
    user: UserRecord,
    operation: LifecycleOperation,
  ): UserRecord {
    const { to } = transition(operation, user.status, user.hasPassword)
    const now = timestamp()
    const from = user.status
    if (to !== from) {
      user.status = to
      user.statusChanged = now
    }
    if (operation === 'activate' && to === 'ACTIVE') user.activated = now
    if (operation === 'unsuspend' || operation === 'unlock') user.activated ??= now
    if (operation === 'reset_password') user.hasPassword = false
    if (operation === 'deactivate') {
      for (const appId of [...(this.userApps.get(user.id) ?? [])]) this.removeAppUser(ctx, appId, user.id)
    }
    user.lastUpdated = now
    if (ctx) {
      this.record(ctx, LIFECYCLE_EVENT[operation], LIFECYCLE_MESSAGE[operation], [userTarget(user)], {
        fromStatus: from,
        toStatus: to,
      })
    }
    return user
  }

  /** `DELETE /api/v1/users/{id}`: deletes a deprovisioned user, deactivates any other (as Okta does). */
  deleteUser(ctx: OperationContext, idOrLogin: string): 'deleted' | 'deactivated' {
    const user = this.getUser(idOrLogin)
    if (user.status !== 'DEPROVISIONED') {
      this.applyLifecycle(ctx, user, 'deactivate')
      return 'deactivated'
    }
    for (const groupId of [...(this.userGroups.get(user.id) ?? [])]) {
      this.groupMembers.get(groupId)?.delete(user.id)
    }
    this.userGroups.delete(user.id)
    this.everyoneMembers().delete(user.id)
    this.users.delete(user.id)
    this.usersByLogin.delete((user.profile.login as string).toLowerCase())
    this.record(ctx, 'user.lifecycle.delete.initiated', 'Delete Okta user', [userTarget(user)])
    return 'deleted'
  }

  /** `DELETE /api/v1/users/{id}/sessions`. The sandbox holds no sessions; the call and its log are real. */
  clearSessions(ctx: OperationContext, idOrLogin: string, oauthTokens: boolean): void {
    const user = this.getUser(idOrLogin)
    this.record(ctx, 'user.session.clear', 'Clear user session', [userTarget(user)], {
      revokeOAuthTokens: oauthTokens,
    })
  }

  /**
   * Lists users for `GET /api/v1/users`: `search` (full expressions), `filter` (legacy subset), `q`
   * (prefix of first name, last name or email). Without `search`/`filter`, DEPROVISIONED users are left
   * out, as Okta does.
   */
  listUsers(query: {
    search?: string
    filter?: string
    q?: string
    after?: string
    limit: number
  }): Page<UserRecord> {
    let predicate: (user: UserRecord) => boolean
    if (query.search !== undefined) {
      predicate = compile(query.search, USER_SEARCH)
    } else if (query.filter !== undefined) {
      predicate = compile(query.filter, USER_FILTER)
    } else if (query.q !== undefined) {
      const prefix = query.q.toLowerCase()
      predicate = (user) =>
        user.status !== 'DEPROVISIONED' &&
        ['firstName', 'lastName', 'email'].some((key) =>
          String(user.profile[key] ?? '')
            .toLowerCase()
            .startsWith(prefix),
        )
    } else {
      predicate = (user) => user.status !== 'DEPROVISIONED'
    }
    return page(this.users.values(), query.after, query.limit, predicate)
  }

  // ==========================================================================
  // Groups
  // ==========================================================================

  /** A group by id, or Okta's 404. */
  getGroup(groupId: string): GroupRecord {
    const group = this.groups.get(groupId)
    if (!group) throw notFound(`${groupId} (UserGroup)`)
    return group
  }

  /** `GET /api/v1/groups` with `q` (name prefix), `search` or `filter`. */
  listGroups(query: {
    q?: string
    search?: string
    filter?: string
    after?: string
    limit: number
  }): Page<GroupRecord> {
    let predicate: (group: GroupRecord) => boolean = () => true
    if (query.search !== undefined) predicate = compile(query.search, GROUP_SEARCH)
    else if (query.filter !== undefined) predicate = compile(query.filter, GROUP_FILTER)
    else if (query.q !== undefined) {
      const prefix = query.q.toLowerCase()
      predicate = (group) => group.profile.name.toLowerCase().startsWith(prefix)
    }
    return page(this.groups.values(), query.after, query.limit, predicate)
  }

  /** `GET /api/v1/groups/{id}/users`, in the order users joined. */
  listMembers(groupId: string, after: string | undefined, limit: number): Page<UserRecord> {
    this.getGroup(groupId)
    const joined = [...this.groupMembers.get(groupId)!].map(([userId, seq]) => ({
      seq,
      user: this.users.get(userId)!,
    }))
    const result = page(joined, after, limit, () => true)
    return { items: result.items.map((member) => member.user), nextAfter: result.nextAfter }
  }

  /** `GET /api/v1/users/{id}/groups`, the Everyone group included as Okta does. */
  listUserGroups(idOrLogin: string): GroupRecord[] {
    const user = this.getUser(idOrLogin)
    const ids = this.userGroups.get(user.id) ?? new Set()
    return [this.everyone, ...[...ids].map((id) => this.groups.get(id)!)]
  }

  /** `PUT /api/v1/groups/{gid}/users/{uid}`: idempotent, as Okta's is. */
  addMember(ctx: OperationContext | undefined, groupId: string, userId: string): void {
    const group = this.getGroup(groupId)
    const user = this.getUser(userId)
    assertManageable(group)
    const members = this.groupMembers.get(group.id)!
    if (members.has(user.id)) return
    members.set(user.id, ++this.seq)
    const groups = getOrCreate(this.userGroups, user.id, () => new Set())
    groups.add(group.id)
    group.lastMembershipUpdated = timestamp()
    if (ctx) {
      this.record(ctx, 'group.user_membership.add', 'Add user to group membership', [
        userTarget(user),
        groupTarget(group),
      ])
    }
  }

  /** `DELETE /api/v1/groups/{gid}/users/{uid}`: idempotent (204 even when not a member), as Okta's is. */
  removeMember(ctx: OperationContext, groupId: string, userId: string): void {
    const group = this.getGroup(groupId)
    const user = this.getUser(userId)
    assertManageable(group)
    const members = this.groupMembers.get(group.id)!
    if (!members.delete(user.id)) return
    this.userGroups.get(user.id)?.delete(group.id)
    group.lastMembershipUpdated = timestamp()
    this.record(ctx, 'group.user_membership.remove', 'Remove user from group membership', [
      userTarget(user),
      groupTarget(group),
    ])
  }

  /** Whether the user is a member of the group (Everyone included). */
  isMember(groupId: string, userId: string): boolean {
    return this.groupMembers.get(groupId)?.has(userId) ?? false
  }

  // ==========================================================================
  // Apps
  // ==========================================================================

  /** An app by id, or Okta's 404. */
  getApp(appId: string): AppRecord {
    const app = this.apps.get(appId)
    if (!app) throw notFound(`${appId} (App)`)
    return app
  }

  /** `GET /api/v1/apps` with `q` (name or label prefix) and `filter` (`id`, `status`, `name`: management.yaml). */
  listApps(query: { q?: string; filter?: string; after?: string; limit: number }): Page<AppRecord> {
    let predicate: (app: AppRecord) => boolean = () => true
    if (query.filter !== undefined) predicate = compile(query.filter, APP_FILTER)
    else if (query.q !== undefined) {
      const prefix = query.q.toLowerCase()
      predicate = (app) =>
        app.label.toLowerCase().startsWith(prefix) || app.name.toLowerCase().startsWith(prefix)
    }
    return page(this.apps.values(), query.after, query.limit, predicate)
  }

  /** `GET /api/v1/apps/{id}/users`. */
  listAppUsers(appId: string, after: string | undefined, limit: number): Page<AppUserRecord> {
    this.getApp(appId)
    return page(this.appUsers.get(appId)?.values() ?? [], after, limit, () => true)
  }

  /** `GET /api/v1/apps/{id}/users/{uid}`: 404 when the user is not assigned. */
  getAppUser(appId: string, userId: string): AppUserRecord {
    this.getApp(appId)
    const assignment = this.appUsers.get(appId)?.get(userId)
    if (!assignment) throw notFound(`${userId} (AppUser)`)
    return assignment
  }

  /** The apps a user is assigned to (for `appLinks`). */
  userAppIds(userId: string): string[] {
    return [...(this.userApps.get(userId) ?? [])]
  }

  /**
   * `POST /api/v1/apps/{id}/users`: assigns a user. Assigning an assigned user updates the assignment
   * and answers 200, as Okta does; a deactivated user cannot be assigned.
   */
  assignApp(
    ctx: OperationContext,
    appId: string,
    body: { id?: unknown; profile?: unknown; scope?: unknown },
  ): AppUserRecord {
    const app = this.getApp(appId)
    if (typeof body.id !== 'string' || body.id === '')
      throw validationFailed('id', 'id: The field cannot be left blank')
    if (body.scope !== undefined && body.scope !== 'USER') {
      throw validationFailed('scope', 'scope: Only USER scope can be assigned through this endpoint')
    }
    const user = this.users.get(body.id)
    if (!user) throw notFound(`${body.id} (User)`)
    if (user.status === 'DEPROVISIONED') throw notAllowedInStatus()
    const profile =
      body.profile && typeof body.profile === 'object' ? (body.profile as Record<string, unknown>) : {}
    const assignments = getOrCreate(this.appUsers, app.id, () => new Map())
    const now = timestamp()
    const existing = assignments.get(user.id)
    if (existing) {
      existing.profile = { ...existing.profile, ...profile }
      existing.lastUpdated = now
      return existing
    }
    const assignment: AppUserRecord = {
      seq: ++this.seq,
      userId: user.id,
      appId: app.id,
      created: now,
      lastUpdated: now,
      statusChanged: now,
      scope: 'USER',
      profile,
      userName: String(user.profile.login),
    }
    assignments.set(user.id, assignment)
    const apps = getOrCreate(this.userApps, user.id, () => new Set())
    apps.add(app.id)
    this.record(ctx, 'application.user_membership.add', 'Add user to application membership', [
      appUserTarget(user, app),
      appTarget(app),
      userTarget(user),
    ])
    return assignment
  }

  /** `DELETE /api/v1/apps/{id}/users/{uid}`: 404 when the user is not assigned, as Okta answers. */
  unassignApp(ctx: OperationContext, appId: string, userId: string): void {
    this.getApp(appId)
    if (!this.appUsers.get(appId)?.has(userId)) throw notFound(`${userId} (AppUser)`)
    this.removeAppUser(ctx, appId, userId)
  }

  private removeAppUser(ctx: OperationContext | undefined, appId: string, userId: string): void {
    this.appUsers.get(appId)?.delete(userId)
    this.userApps.get(userId)?.delete(appId)
    const app = this.apps.get(appId)!
    const user = this.users.get(userId)!
    if (ctx) {
      this.record(ctx, 'application.user_membership.remove', 'Remove user from application membership', [
        appUserTarget(user, app),
        appTarget(app),
        userTarget(user),
      ])
    }
  }

  // ==========================================================================
  // Seeding (control API) — no System Log entries, nothing an Okta client did
  // ==========================================================================

  /** Creates groups, apps and users (in that order, so users can name their groups). */
  seed(input: SeedInput): SeedResult {
    const result: SeedResult = { users: [], groups: [], apps: [] }
    for (const spec of input.groups ?? []) {
      if (!spec?.profile?.name) throw validationFailed('name', 'groups[].profile.name is required')
      const now = timestamp()
      const group: GroupRecord = {
        seq: ++this.seq,
        id: newOktaId(ID_PREFIX.group),
        created: now,
        lastUpdated: now,
        lastMembershipUpdated: now,
        type: 'OKTA_GROUP',
        profile: { name: spec.profile.name, description: spec.profile.description ?? null },
      }
      this.groups.set(group.id, group)
      this.groupMembers.set(group.id, new Map())
      result.groups.push(group)
    }
    for (const spec of input.apps ?? []) {
      if (!spec?.name) throw validationFailed('name', 'apps[].name is required')
      const now = timestamp()
      const app: AppRecord = {
        seq: ++this.seq,
        id: newOktaId(ID_PREFIX.app),
        name: spec.name,
        label: spec.label ?? spec.name,
        status: 'ACTIVE',
        // Every bookmark app is named `bookmark` in Okta; any other catalog key is taken for a SAML app.
        signOnMode: spec.signOnMode ?? (spec.name === 'bookmark' ? 'BOOKMARK' : 'SAML_2_0'),
        created: now,
        lastUpdated: now,
      }
      this.apps.set(app.id, app)
      result.apps.push(app)
    }
    for (const spec of input.users ?? []) {
      const status = spec.status ?? 'ACTIVE'
      if (!USER_STATUSES.includes(status))
        throw validationFailed('status', `users[].status: unknown status ${status}`)
      const user = this.createUser(
        undefined,
        {
          profile: spec.profile,
          credentials: spec.password === false ? undefined : { password: { value: 'x' } },
        },
        { activate: false },
      )
      user.status = status
      if (status !== 'STAGED') {
        user.activated = user.created
        user.statusChanged = user.created
      }
      for (const name of spec.groups ?? []) {
        const group = [...this.groups.values()].find((g) => g.id === name || g.profile.name === name)
        if (!group) throw validationFailed('groups', `users[].groups: no group ${name}`)
        this.addMember(undefined, group.id, user.id)
      }
      result.users.push(user)
    }
    return result
  }

  // ==========================================================================
  // Internals
  // ==========================================================================

  private everyoneMembers(): Map<string, number> {
    return this.groupMembers.get(this.everyone.id)!
  }

  private assertLoginFree(login: string): void {
    if (this.usersByLogin.has(login.toLowerCase())) {
      throw validationFailed(
        'login',
        'login: An object with this field already exists in the current organization',
      )
    }
  }

  private record(
    ctx: OperationContext,
    eventType: string,
    displayMessage: string,
    targets: LogTarget[],
    debugData?: Record<string, unknown>,
  ): void {
    this.log.record({
      eventType,
      displayMessage,
      actor: ctx.actor,
      targets,
      requestId: ctx.requestId,
      ...(ctx.userAgent ? { userAgent: ctx.userAgent } : {}),
      ...(debugData ? { debugData } : {}),
    })
  }
}

/** Okta's System Log event type of each lifecycle operation. */
const LIFECYCLE_EVENT: Record<LifecycleOperation, string> = {
  activate: 'user.lifecycle.activate',
  reactivate: 'user.lifecycle.reactivate',
  deactivate: 'user.lifecycle.deactivate',
  suspend: 'user.lifecycle.suspend',
  unsuspend: 'user.lifecycle.unsuspend',
  unlock: 'user.account.unlock',
  reset_password: 'user.account.reset_password',
  expire_password: 'user.account.expire_password',
  expire_password_with_temp_password: 'user.account.expire_password',
}

const LIFECYCLE_MESSAGE: Record<LifecycleOperation, string> = {
  activate: 'Activate Okta user',
  reactivate: 'Reactivate Okta user',
  deactivate: 'Deactivate Okta user',
  suspend: 'Suspend Okta user',
  unsuspend: 'Unsuspend Okta user',
  unlock: 'Unlock user account',
  reset_password: 'Fired when the user password is reset',
  expire_password: 'Expire user password',
  expire_password_with_temp_password: 'Expire user password',
}

function assertManageable(group: GroupRecord): void {
  // Membership of built-in groups is computed by Okta and cannot be edited.
  if (group.type === 'BUILT_IN') throw forbidden()
}

function userTarget(user: UserRecord): LogTarget {
  const { firstName, lastName, login } = user.profile
  return {
    id: user.id,
    type: 'User',
    alternateId: String(login),
    displayName: `${firstName ?? ''} ${lastName ?? ''}`.trim(),
    detailEntry: null,
  }
}

function groupTarget(group: GroupRecord): LogTarget {
  return {
    id: group.id,
    type: 'UserGroup',
    alternateId: 'unknown',
    displayName: group.profile.name,
    detailEntry: null,
  }
}

function appTarget(app: AppRecord): LogTarget {
  return {
    id: app.id,
    type: 'AppInstance',
    alternateId: app.label,
    displayName: app.label,
    detailEntry: null,
  }
}

function appUserTarget(user: UserRecord, app: AppRecord): LogTarget {
  return {
    id: `${app.id}:${user.id}`,
    type: 'AppUser',
    alternateId: String(user.profile.login),
    displayName: `${user.profile.firstName ?? ''} ${user.profile.lastName ?? ''}`.trim(),
    detailEntry: null,
  }
}

function validateProfile(input: unknown): Record<string, unknown> {
  if (input === undefined || input === null || typeof input !== 'object' || Array.isArray(input)) {
    throw validationFailed('profile', 'profile: The field cannot be left blank')
  }
  const profile = { ...(input as Record<string, unknown>) }
  for (const field of REQUIRED_PROFILE) {
    const value = profile[field]
    if (typeof value !== 'string' || value.trim() === '') {
      throw validationFailed(field, `${field}: The field cannot be left blank`)
    }
  }
  if (!EMAIL.test(profile.login as string)) {
    throw validationFailed('login', 'login: Username must be in the form of an email address')
  }
  if (!EMAIL.test(profile.email as string)) {
    throw validationFailed('email', 'email: Does not match required pattern')
  }
  return profile
}

function hasPasswordValue(credentials: unknown): boolean {
  const password = (credentials as { password?: { value?: unknown } } | undefined)?.password
  return typeof password?.value === 'string' && password.value !== ''
}

function parseIdList(value: unknown, field: string): string[] {
  if (value === undefined || value === null) return []
  if (!Array.isArray(value) || value.some((id) => typeof id !== 'string')) {
    throw validationFailed(field, `${field}: must be an array of ids`)
  }
  return value as string[]
}

/**
 * Pages over records in insertion order. The cursor is the sequence number of the last record
 * returned, so it stays valid while records are added or removed (Okta's cursors are opaque too).
 */
function page<T extends { seq: number }>(
  records: Iterable<T>,
  after: string | undefined,
  limit: number,
  predicate: (record: T) => boolean,
): Page<T> {
  const afterSeq = after === undefined ? -1 : parseCursor(after)
  const items: T[] = []
  let more = false
  for (const record of records) {
    if (record.seq <= afterSeq) continue
    if (!predicate(record)) continue
    if (items.length === limit) {
      more = true
      break
    }
    items.push(record)
  }
  const last = items.at(-1)
  return { items, nextAfter: more && last ? String(last.seq) : undefined }
}

function parseCursor(after: string): number {
  const seq = Number(after)
  if (!Number.isSafeInteger(seq) || seq < 0) throw validationFailed('after', 'after: Invalid cursor')
  return seq
}

/** Apps' `filter`: `status`, `name` and `user.id`-less basics with `eq`. */
const APP_FILTER: ParseOptions = {
  parameter: 'filter',
  allow: (attribute, operator) =>
    (attribute === 'status' || attribute === 'name' || attribute === 'id') && operator === 'eq'
      ? undefined
      : `"${attribute} ${operator}" cannot be used in an app filter`,
}

/** The value under `key`, created by `make` the first time. */
function getOrCreate<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let value = map.get(key)
  if (value === undefined) {
    value = make()
    map.set(key, value)
  }
  return value
}
