/**
 * The {@link OktaPort} on the Management API calls of `@okta/okta-sdk-nodejs` 8.1.0, sent by the bridge's thin
 * client (`management-client.ts`: the SDK's operations and models, without loading the SDK — see there, and
 * `test/bridge/okta-sdk-parity.test.ts`, which proves the requests are the SDK's). The bridge supplies what the
 * SDK gets wrong (NOTES.md, "@okta/okta-sdk-nodejs 8.1.0 as observed"):
 * - Tokens come from the bridge's {@link OktaTokenSource} for the port's own scope set (never an SSWS token),
 *   and are sent to the org's origin only (pagination follows absolute `Link` URLs from the answer).
 * - After a 401, one retry with a new token, the failed one invalidated (`tokenSource.invalidate`).
 * - No cache of GET answers (the SDK's default cached them forever, so a re-read never reached Okta).
 * - The org URL is normalised (no trailing slash, which would make `//api/v1` paths).
 * - Requests are sent by {@link OktaRequestExecutor} (pacing, timeouts, safe retries), shared by all clients.
 * - No implicit configuration (`okta.yaml`, `OKTA_CLIENT_*`, `HTTPS_PROXY`): the executor sends with the
 *   bridge's outbound `fetch`, which never follows a redirect.
 *
 * Each port operation runs in an {@link oktaCallContext} record, which the executor fills with the
 * `X-Okta-Request-Id` of each answer; a write answers the id of its own call, which is the System Log event's
 * `transaction.id`. Beside it: `port-factory.ts`, `management-client.ts`, `error-mapping.ts`, `sdk-models.ts`.
 */
import type okta from '@okta/okta-sdk-nodejs'
import {
  type LifecycleOperation,
  type OktaApp,
  type OktaAppAssignment,
  OktaError,
  type OktaGroup,
  type OktaPort,
  type OktaUser,
  type Written,
} from '../../ports/okta.js'
import { type Endpoint, isUnknownOutcome, notMade, toOktaError } from './error-mapping.js'
import type { OktaManagementClient } from './management-client.js'
import { MetadataCache, type MetadataCacheOptions } from './metadata-cache.js'
import { oktaCallContext } from './request-executor.js'
import {
  newRecord,
  requirePathId,
  sameLogin,
  sameProfile,
  toApp,
  toGroup,
  toUser,
  usablePathId,
} from './sdk-models.js'
import { eq, or } from './search-expression.js'

/** The statuses a user is in once a lifecycle operation has taken effect (to settle an unknown outcome). */
const LIFECYCLE_RESULT: Record<LifecycleOperation, readonly OktaUser['status'][]> = {
  activate: ['ACTIVE', 'PROVISIONED'],
  deactivate: ['DEPROVISIONED'],
  suspend: ['SUSPENDED'],
  unsuspend: ['ACTIVE'],
  unlock: ['ACTIVE'],
  reset_password: ['RECOVERY'],
}

/**
 * Ids per list query of {@link SdkOktaPort.findGroups} / `findApps`: 20 `id eq "…"` terms keep the URL near
 * 1 KB (Okta's ids are 20 characters), well inside what Okta and proxies accept; more ids take more queries,
 * sent together.
 */
export const IDS_PER_QUERY = 20

/** The {@link OktaPort} of one scope set, on its Management API client. */
export class SdkOktaPort implements OktaPort {
  /** Group metadata read lately (names and types change rarely; see `metadata-cache.ts`). */
  readonly #groups: MetadataCache<OktaGroup>
  /** App metadata read lately. */
  readonly #apps: MetadataCache<OktaApp>

  constructor(
    private readonly client: OktaManagementClient,
    metadata: MetadataCacheOptions = {},
  ) {
    this.#groups = new MetadataCache(metadata)
    this.#apps = new MetadataCache(metadata)
  }

  async findUser(idOrLogin: string): Promise<OktaUser | undefined> {
    if (!usablePathId(idOrLogin)) return undefined
    // Okta fetches "logins with a / character … only by id": look those up with an escaped search instead.
    if (idOrLogin.includes('/')) return this.searchByLogin(idOrLogin)
    const user = await this.read(() => this.client.userApi.getUser({ userId: idOrLogin }))
    if (!user) return undefined
    const found = toUser(user)
    // GET by login also resolves a login's short name (`jane` → `jane@example.com`): only the id itself or
    // the full login (case-insensitive, as Okta compares logins) identifies the user that was asked for.
    if (found.id === idOrLogin || sameLogin(found.profile.login, idOrLogin)) return found
    return undefined
  }

  async listUserGroupIds(userId: string): Promise<string[]> {
    return (await this.listUserGroups(userId)).map((group) => group.id)
  }

  async listUserGroups(userId: string): Promise<OktaGroup[]> {
    requirePathId(userId, 'user')
    return this.run(async () => {
      const groups: OktaGroup[] = []
      for await (const group of await this.client.userApi.listUserGroups({ userId })) {
        // Everyone (BUILT_IN) is implicit: it can be neither granted nor removed.
        if (group?.id && group.type !== 'BUILT_IN') {
          groups.push({
            id: group.id,
            name: group.profile?.name ?? group.id,
            type: group.type as OktaGroup['type'],
          })
        }
      }
      return groups
    })
  }

  /** Always a fresh read (reconciliation and the catalog rely on it); it refreshes the metadata cache. */
  async findGroup(groupId: string): Promise<OktaGroup | undefined> {
    if (!usablePathId(groupId)) return undefined
    const group = await this.read(() => this.client.groupApi.getGroup({ groupId }))
    if (!group) {
      this.#groups.invalidate(groupId)
      return undefined
    }
    const found = toGroup(group)
    this.#groups.set(groupId, found)
    return found
  }

  /** Always a fresh read; it refreshes the metadata cache. */
  async findApp(appId: string): Promise<OktaApp | undefined> {
    if (!usablePathId(appId)) return undefined
    const app = await this.read(() => this.client.applicationApi.getApplication({ appId }))
    if (!app) {
      this.#apps.invalidate(appId)
      return undefined
    }
    const found = toApp(app)
    this.#apps.set(appId, found)
    return found
  }

  /**
   * Groups by id from the metadata cache, the rest in one `GET /api/v1/groups?search=id eq "…" or …` per
   * {@link IDS_PER_QUERY} ids; an id the search does not answer is read by id (Okta's search lags its writes).
   */
  async findGroups(groupIds: readonly string[]): Promise<Map<string, OktaGroup>> {
    return this.findMany(
      groupIds,
      this.#groups,
      async (search) => {
        const groups: OktaGroup[] = []
        for await (const group of await this.client.groupApi.listGroups({ search, limit: 200 })) {
          if (group?.id) groups.push(toGroup(group))
        }
        return groups
      },
      (id) => this.findGroup(id),
    )
  }

  /**
   * Apps by id from the metadata cache, the rest in one `GET /api/v1/apps?filter=id eq "…" or …` per
   * {@link IDS_PER_QUERY} ids; an id the list does not answer is read by id, which tells a missing app from
   * one the list leaves out.
   */
  async findApps(appIds: readonly string[]): Promise<Map<string, OktaApp>> {
    return this.findMany(
      appIds,
      this.#apps,
      async (filter) => {
        const apps: OktaApp[] = []
        for await (const app of await this.client.applicationApi.listApplications({ filter, limit: 200 })) {
          if (app?.id) apps.push(toApp(app))
        }
        return apps
      },
      (id) => this.findApp(id),
    )
  }

  /** `false` also when the app or the user does not exist: Okta answers the same 404 for all three. */
  async isAssignedToApp(appId: string, userId: string): Promise<boolean> {
    if (!usablePathId(appId) || !usablePathId(userId)) return false
    const assignment = await this.read(() => this.client.applicationApi.getApplicationUser({ appId, userId }))
    return assignment !== undefined
  }

  async listGroupMembers(groupId: string): Promise<OktaUser[]> {
    requirePathId(groupId, 'group')
    return this.run(async () => {
      const members: OktaUser[] = []
      // Okta's largest page for group members: fewer round trips against the groups rate limit.
      for await (const user of await this.client.groupApi.listGroupUsers({ groupId, limit: 1000 })) {
        if (user?.id) members.push(toUser(user))
      }
      return members
    })
  }

  async listAppAssignments(appId: string): Promise<OktaAppAssignment[]> {
    requirePathId(appId, 'app')
    return this.run(async () => {
      const assignments: OktaAppAssignment[] = []
      for await (const appUser of await this.client.applicationApi.listApplicationUsers({
        appId,
        limit: 500,
      })) {
        if (!appUser?.id) continue
        assignments.push({
          userId: String(appUser.id),
          scope: appUser.scope === 'GROUP' ? 'GROUP' : 'USER',
          userName:
            typeof appUser.credentials?.userName === 'string' ? appUser.credentials.userName : undefined,
        })
      }
      return assignments
    })
  }

  async listGroups(): Promise<OktaGroup[]> {
    return this.run(async () => {
      const groups: OktaGroup[] = []
      // Okta's largest page for groups is far above 200; 200 keeps each answer small and the pages few.
      for await (const group of await this.client.groupApi.listGroups({
        search: 'type eq "OKTA_GROUP"',
        limit: 200,
      })) {
        if (group?.id) groups.push(toGroup(group))
      }
      return groups
    })
  }

  async listApps(): Promise<OktaApp[]> {
    return this.run(async () => {
      const apps: OktaApp[] = []
      // 200 is Okta's largest page for apps.
      for await (const app of await this.client.applicationApi.listApplications({
        filter: 'status eq "ACTIVE"',
        limit: 200,
      })) {
        if (app?.id) apps.push(toApp(app))
      }
      return apps
    })
  }

  async createUser(
    profile: Record<string, unknown>,
    groupIds: readonly string[],
  ): Promise<Written<OktaUser>> {
    try {
      return await this.createOnce(profile, groupIds)
    } catch (error) {
      const login = profile.login
      if (!isUnknownOutcome(error) || typeof login !== 'string') throw error
      // The create may have happened. It is not idempotent: look before trying again. A GET by login reads
      // its own writes (search would not), and a STAGED user with exactly this profile is the one just made.
      const existing = await this.findUser(login).catch(() => {
        throw error
      })
      if (existing?.status === 'STAGED' && sameProfile(existing.profile, profile)) {
        return { value: existing, requestId: null }
      }
      // Not there (the call failed before Okta acted), or someone else's user: one more try. The latter ends
      // in Okta's "already exists", a conflict, which is the truth.
      return this.createOnce(profile, groupIds)
    }
  }

  async updateProfile(userId: string, changes: Record<string, unknown>): Promise<Written<OktaUser>> {
    requirePathId(userId, 'user')
    return this.write(
      async () =>
        toUser(
          await this.client.userApi.updateUser({ userId, user: { profile: changes as okta.UserProfile } }),
        ),
      'other',
      async () => {
        const user = await this.findUser(userId)
        return user && sameProfile(user.profile, changes) ? user : undefined
      },
    )
  }

  async lifecycle(
    userId: string,
    operation: LifecycleOperation,
    options: { sendEmail?: boolean } = {},
  ): Promise<Written> {
    requirePathId(userId, 'user')
    // Okta sends emails unless told otherwise; the bridge sends one only when the flow asks for it.
    const sendEmail = options.sendEmail ?? false
    const users = this.client.userApi
    const calls: Record<LifecycleOperation, () => Promise<unknown>> = {
      activate: () => users.activateUser({ userId, sendEmail }),
      deactivate: () => users.deactivateUser({ userId }),
      suspend: () => users.suspendUser({ userId }),
      unsuspend: () => users.unsuspendUser({ userId }),
      unlock: () => users.unlockUser({ userId }),
      reset_password: () => users.generateResetPasswordToken({ userId, sendEmail }),
    }
    const call = calls[operation]
    if (!call) throw new TypeError(`Unknown lifecycle operation ${String(operation)}`)
    return this.write(
      async () => {
        await call()
        return undefined
      },
      'lifecycle',
      async () => {
        const user = await this.findUser(userId)
        return user && LIFECYCLE_RESULT[operation].includes(user.status) ? true : undefined
      },
    )
  }

  async revokeSessions(userId: string, options: { oauthTokens?: boolean } = {}): Promise<Written> {
    requirePathId(userId, 'user')
    return this.write(async () => {
      await this.client.userApi.revokeUserSessions({ userId, oauthTokens: options.oauthTokens ?? false })
      return undefined
    })
  }

  async addGroupMember(groupId: string, userId: string): Promise<Written> {
    requirePathId(groupId, 'group')
    requirePathId(userId, 'user')
    return forgetOnNotFound(this.#groups, [groupId], () =>
      this.write(async () => {
        await this.client.groupApi.assignUserToGroup({ groupId, userId })
        return undefined
      }),
    )
  }

  async removeGroupMember(groupId: string, userId: string): Promise<Written> {
    requirePathId(groupId, 'group')
    requirePathId(userId, 'user')
    return forgetOnNotFound(this.#groups, [groupId], () =>
      this.write(async () => {
        await this.client.groupApi.unassignUserFromGroup({ groupId, userId })
        return undefined
      }),
    )
  }

  async assignApp(appId: string, userId: string): Promise<Written> {
    requirePathId(appId, 'app')
    requirePathId(userId, 'user')
    return forgetOnNotFound(this.#apps, [appId], () =>
      this.write(
        async () => {
          await this.client.applicationApi.assignUserToApplication({ appId, appUser: { id: userId } })
          return undefined
        },
        'other',
        async () => ((await this.isAssignedToApp(appId, userId)) ? true : undefined),
      ),
    )
  }

  async unassignApp(appId: string, userId: string): Promise<Written> {
    requirePathId(appId, 'app')
    requirePathId(userId, 'user')
    const record = newRecord()
    try {
      await this.run(
        () => this.client.applicationApi.unassignUserFromApplication({ appId, userId }),
        'other',
        record,
      )
      return { value: undefined, requestId: record.requestId }
    } catch (error) {
      // A DELETE repeated after a lost answer finds the assignment already gone: that is the requested state.
      if (error instanceof OktaError && error.kind === 'not-found' && record.repeatedAfterAmbiguousFailure) {
        return { value: undefined, requestId: null }
      }
      if (error instanceof OktaError && error.kind === 'not-found') this.#apps.invalidate(appId)
      throw error
    }
  }

  // -----------------------------------------------------------------------------------------------------------

  private async createOnce(
    profile: Record<string, unknown>,
    groupIds: readonly string[],
  ): Promise<Written<OktaUser>> {
    // STAGED (activate=false): the flow activates once groups and apps are in place. `groupIds` in the body
    // adds the memberships in the same call; Okta refuses it whole (400) when one of them is gone, so a refusal
    // forgets their cached metadata too.
    return forgetOnNotFound(this.#groups, groupIds, () => this.sendCreate(profile, groupIds), [
      'not-found',
      'invalid',
    ])
  }

  private async sendCreate(
    profile: Record<string, unknown>,
    groupIds: readonly string[],
  ): Promise<Written<OktaUser>> {
    return this.write(async () =>
      toUser(
        await this.client.userApi.createUser({
          body: {
            profile: profile as okta.UserProfile,
            ...(groupIds.length > 0 ? { groupIds: [...groupIds] } : {}),
          },
          activate: false,
        }),
      ),
    )
  }

  /**
   * A write, answering the request id of its call — none when the call had to be repeated after a lost answer.
   * When its outcome is unknown (`unavailable`) and `settle` can tell that the change is in place, it counts
   * as done, with no request id (which call made it is not known); otherwise the `unavailable` error stands.
   */
  private async write<T>(
    work: () => Promise<T>,
    endpoint: Endpoint = 'other',
    settle?: () => Promise<unknown>,
  ): Promise<Written<T>> {
    const record = newRecord()
    try {
      const value = await this.run(work, endpoint, record)
      // Repeated after an answer that was lost: the first call may have made the change, and the repeat (a
      // no-op, which Okta's System Log does not record) answered. Which call made it is not known.
      return { value, requestId: record.repeatedAfterAmbiguousFailure ? null : record.requestId }
    } catch (error) {
      if (!settle || !isUnknownOutcome(error)) throw error
      let settled: unknown
      try {
        settled = await settle()
      } catch {
        throw error // Okta could not be asked either: the outcome stays unknown.
      }
      if (settled === undefined) throw notMade(error as OktaError)
      return { value: (typeof settled === 'object' ? settled : undefined) as T, requestId: null }
    }
  }

  /** Cached entries, then list queries for the rest, then reads by id for what the lists did not answer. */
  private async findMany<T extends { id: string }>(
    ids: readonly string[],
    cache: MetadataCache<T>,
    list: (expression: string) => Promise<T[]>,
    one: (id: string) => Promise<T | undefined>,
  ): Promise<Map<string, T>> {
    const found = new Map<string, T>()
    const misses: string[] = []
    const terms: string[] = []
    for (const id of new Set(ids)) {
      if (!usablePathId(id)) continue
      const cached = cache.get(id)
      if (cached) {
        found.set(id, cached)
        continue
      }
      misses.push(id)
      try {
        terms.push(eq('id', id))
      } catch {
        // An id Okta's quoted strings cannot carry is read by id below (and found by no one).
      }
    }
    const batches: string[][] = []
    for (let i = 0; i < terms.length; i += IDS_PER_QUERY) batches.push(terms.slice(i, i + IDS_PER_QUERY))
    const listed = await Promise.all(batches.map((batch) => list(or(...batch))))
    const wanted = new Set(misses)
    for (const item of listed.flat()) {
      if (!wanted.has(item.id)) continue
      found.set(item.id, item)
      cache.set(item.id, item)
    }
    const unlisted = misses.filter((id) => !found.has(id))
    const read = await Promise.all(unlisted.map(one))
    unlisted.forEach((id, i) => {
      const item = read[i]
      if (item) found.set(id, item)
    })
    return found
  }

  /** A read whose "not found" is an answer (`undefined`), not an error. */
  private async read<T>(work: () => Promise<T>): Promise<T | undefined> {
    try {
      return await this.run(work)
    } catch (error) {
      if (error instanceof OktaError && error.kind === 'not-found') return undefined
      throw error
    }
  }

  /** Runs Management API calls inside a call record and turns what they throw into {@link OktaError}s. */
  private async run<T>(
    work: () => Promise<T>,
    endpoint: Endpoint = 'other',
    record = newRecord(),
  ): Promise<T> {
    try {
      return await oktaCallContext.run(record, work)
    } catch (error) {
      throw toOktaError(error, endpoint)
    }
  }

  private async searchByLogin(login: string): Promise<OktaUser | undefined> {
    let search: string
    try {
      search = eq('profile.login', login)
    } catch {
      // A value Okta's quoted strings cannot carry (control characters) is no one's login.
      return undefined
    }
    return this.run(async () => {
      for await (const user of await this.client.userApi.listUsers({ search, limit: 2 })) {
        if (user && sameLogin(user.profile?.login, login)) return toUser(user)
      }
      return undefined
    })
  }
}

/**
 * Runs a write naming groups or apps by id; when Okta answers that one is gone (`not-found`, or the kinds in
 * `kinds`), their cached metadata is forgotten, so the next plan reads them afresh.
 */
async function forgetOnNotFound<T>(
  cache: MetadataCache<unknown>,
  ids: readonly string[],
  work: () => Promise<T>,
  kinds: readonly OktaError['kind'][] = ['not-found'],
): Promise<T> {
  try {
    return await work()
  } catch (error) {
    if (error instanceof OktaError && kinds.includes(error.kind)) for (const id of ids) cache.invalidate(id)
    throw error
  }
}
