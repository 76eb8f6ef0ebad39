/**
 * The {@link OktaPort} on top of `@okta/okta-sdk-nodejs` 8.1.0: the SDK supplies the Management API calls and
 * models; the bridge supplies what the SDK gets wrong (NOTES.md, "@okta/okta-sdk-nodejs 8.1.0 as observed").
 *
 * What is changed on each SDK client, and why:
 * - Token handling is replaced. The client is built in `PrivateKey` mode (so it never sends an SSWS token and
 *   its constructor accepts no token), but it is given neither the real key nor a usable one: its `oauth`
 *   helper is swapped for a stub that cannot mint tokens, and `http.prepareRequest` is overridden to take
 *   `Authorization` and `DPoP` from the bridge's {@link OktaTokenSource} for the port's own scope set.
 *   `prepareRequest` also refuses to authenticate a request to any origin but the org's (pagination follows
 *   absolute `Link` URLs from the answer).
 * - After a 401 the SDK's own retry-once logic runs (it calls `oauth.clearCachedAccessToken()` and prepares the
 *   request again); the stub turns that into `tokenSource.invalidate(scopes, tokenThatFailed)`.
 * - `cacheMiddleware: null`: the SDK's default caches GET answers forever, so a re-read would never reach Okta.
 * - The org URL is normalised (no trailing slash, which would make `//api/v1` paths).
 * - Requests are sent by {@link OktaRequestExecutor} (pacing, timeouts, safe retries), shared by all clients.
 * - Implicit configuration: the SDK constructor still merges `~/.okta/okta.yaml`, `./okta.yaml` and
 *   `OKTA_CLIENT_*` under the explicit options. Every option `PrivateKey` mode reads is given explicitly (and
 *   `token` is cleared), so those sources cannot change where calls go or how they are authenticated; a
 *   malformed `okta.yaml` would still make the constructor throw. `HTTPS_PROXY` is not honoured: the executor
 *   sends with `fetch`, not with the SDK's proxy agent.
 *
 * Each port operation runs in an {@link oktaCallContext} record, which the executor fills with the
 * `X-Okta-Request-Id` of each answer; a write answers the id of its own call, which is the System Log event's
 * `transaction.id`.
 */
import okta from '@okta/okta-sdk-nodejs'
import type { Clock } from '../../clock.js'
import { BridgeError } from '../../errors.js'
import {
  type LifecycleOperation,
  type OktaApp,
  type OktaAppAssignment,
  OktaError,
  type OktaGroup,
  type OktaPort,
  type OktaPortFactory,
  type OktaUser,
  type Written,
} from '../../ports/okta.js'
import {
  type OktaCallEvent,
  type OktaCallRecord,
  OktaRequestExecutor,
  oktaCallContext,
  reauthorizeBeforeResend,
  type SdkRequest,
} from './request-executor.js'
import { eq } from './search-expression.js'
import { normaliseOrgUrl, type OktaTokenSource } from './token-source.js'

/** What {@link createOktaPortFactory} needs. */
export interface OktaPortFactoryOptions {
  /** The org URL; must be the token source's org. */
  orgUrl: string
  /** Where access tokens come from (one source per service app). */
  tokenSource: OktaTokenSource
  /** Per-attempt timeout of Management API calls (default 15 000 ms). Ignored when `executor` is given. */
  requestTimeoutMs?: number
  /** Longest wait for a rate-limit window before failing as `rate-limited` (default 30 000 ms). Ignored when `executor` is given. */
  maxWaitMs?: number
  /** Called after each exchange with Okta, for metrics. Ignored when `executor` is given. */
  onCall?: (event: OktaCallEvent) => void
  /** The clock pacing decisions and waits go by (tests: one shared with the Okta sandbox). Ignored when `executor` is given. */
  clock?: Clock
  /** A ready executor (e.g. with other retry settings or a test `fetch`); by default one is made from the options above. */
  executor?: OktaRequestExecutor
  /** `User-Agent` of Management API calls; Okta's System Log shows it as the event's client. */
  userAgent?: string
}

/** The factory, plus the executor whose counters the composition root can export as metrics. */
export type OktaAdapterFactory = OktaPortFactory & { readonly executor: OktaRequestExecutor }

/**
 * Creates the {@link OktaPortFactory} of one org and service app. Ports are cached per scope set (an SDK client
 * is costly to build: it reads YAML files and makes ~90 API objects); all of them share one executor, so
 * pacing sees every call the bridge makes to the org.
 * @throws {TypeError} when the org URL is not an org URL or is not the token source's org.
 */
export function createOktaPortFactory(options: OktaPortFactoryOptions): OktaAdapterFactory {
  const orgUrl = normaliseOrgUrl(options.orgUrl)
  const { tokenSource } = options
  if (tokenSource.orgUrl !== orgUrl) {
    throw new TypeError(`The token source is for ${tokenSource.orgUrl}, not ${orgUrl}`)
  }
  const executor =
    options.executor ??
    new OktaRequestExecutor({
      ...(options.requestTimeoutMs !== undefined ? { requestTimeoutMs: options.requestTimeoutMs } : {}),
      ...(options.maxWaitMs !== undefined ? { maxWaitMs: options.maxWaitMs } : {}),
      ...(options.onCall !== undefined ? { onCall: options.onCall } : {}),
      ...(options.clock !== undefined ? { clock: options.clock } : {}),
    })
  const userAgent = options.userAgent ?? 'okta-jml-bridge (@okta/okta-sdk-nodejs)'
  const ports = new Map<string, OktaPort>()
  const factory = (scopes: readonly string[]): OktaPort => {
    if (!Array.isArray(scopes) || scopes.length === 0)
      throw new TypeError('An Okta port needs at least one scope')
    const held = [...new Set(scopes)].sort()
    const key = held.join(' ')
    let port = ports.get(key)
    if (!port) {
      port = new SdkOktaPort(sdkClient(orgUrl, tokenSource, held, executor, userAgent))
      ports.set(key, port)
    }
    return port
  }
  return Object.assign(factory, { executor })
}

// =============================================================================================================
// The SDK client, with its token handling replaced
// =============================================================================================================

/** Stands in for the key the SDK constructor insists on; the SDK's token code that would use it never runs. */
const NO_KEY = 'not-used: tokens come from OktaTokenSource'

/**
 * Wraps a token failure so the SDK's 401 handling (it looks at `status`) does not mistake it for an API 401
 * (code `okta-token-failed`); `toOktaError` unwraps it, so it never leaves the adapter.
 */
class TokenFailure extends BridgeError<'okta-token-failed'> {
  constructor(readonly failure: unknown) {
    super('okta-token-failed', 'Okta token request failed')
  }
}

/**
 * An SDK client for one scope set, with the token handling described above. Exported for the other ports
 * of the same service app (the System Log port), so every client is built — and locked down — the same way.
 */
export function sdkClient(
  orgUrl: string,
  tokenSource: OktaTokenSource,
  scopes: readonly string[],
  executor: OktaRequestExecutor,
  userAgent: string,
): okta.Client {
  const client = new okta.Client({
    orgUrl,
    authorizationMode: 'PrivateKey',
    clientId: tokenSource.clientId,
    scopes: [...scopes],
    privateKey: NO_KEY,
    keyId: NO_KEY,
    // Overrides an SSWS token from OKTA_CLIENT_TOKEN or okta.yaml, which would otherwise sit on the client.
    token: '',
    cacheMiddleware: null,
    requestExecutor: executor,
  })
  const http = client.http
  const stub = {
    isDPoP: false,
    getAccessToken: () =>
      Promise.reject(new Error('The Okta SDK token handling is replaced by OktaTokenSource')),
    clearCachedAccessToken: () => {
      const authorization = oktaCallContext.getStore()?.authorization
      tokenSource.invalidate(scopes, authorization?.slice(authorization.indexOf(' ') + 1))
    },
  }
  // The SDK reads `http.oauth` truthy-ness to decide on its retry after a 401; the stub keeps that retry.
  http.oauth = stub as unknown as typeof http.oauth
  client.oauth = http.oauth
  http.agent = undefined
  http.defaultHeaders['User-Agent'] = userAgent
  const authorize = async (req: { url: string; method?: string; headers: Record<string, string> }) => {
    const url = String(req.url)
    if (new URL(url).origin !== orgUrl) {
      // Never hand the org's token (or a proof for it) to another host, whatever a Link header says.
      throw new Error(`Refusing to send Okta credentials to ${new URL(url).origin}`)
    }
    let headers: Awaited<ReturnType<OktaTokenSource['authorize']>>
    try {
      headers = await tokenSource.authorize(String(req.method ?? 'GET'), url, scopes)
    } catch (error) {
      throw new TokenFailure(error)
    }
    req.headers.Authorization = headers.authorization
    if (headers.dpop) req.headers.DPoP = headers.dpop
    else delete req.headers.DPoP
    const record = oktaCallContext.getStore()
    if (record) record.authorization = headers.authorization
  }
  http.prepareRequest = async (request: SdkRequest) => {
    const req = request as unknown as { url: string; method?: string; headers: Record<string, string> }
    await authorize(req)
    // The executor's own retries need a fresh proof too (single-use jti).
    reauthorizeBeforeResend(req, () => authorize(req))
    return request
  }
  return client
}

// =============================================================================================================
// The port
// =============================================================================================================

/** The statuses a user is in once a lifecycle operation has taken effect (to settle an unknown outcome). */
const LIFECYCLE_RESULT: Record<LifecycleOperation, readonly OktaUser['status'][]> = {
  activate: ['ACTIVE', 'PROVISIONED'],
  deactivate: ['DEPROVISIONED'],
  suspend: ['SUSPENDED'],
  unsuspend: ['ACTIVE'],
  unlock: ['ACTIVE'],
  reset_password: ['RECOVERY'],
}

/** Which endpoint answered, for the error mapping: lifecycle refusals are conflicts, not bad data. */
export type Endpoint = 'lifecycle' | 'other'

class SdkOktaPort implements OktaPort {
  constructor(private readonly client: okta.Client) {}

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

  async findGroup(groupId: string): Promise<OktaGroup | undefined> {
    if (!usablePathId(groupId)) return undefined
    const group = await this.read(() => this.client.groupApi.getGroup({ groupId }))
    if (!group) return undefined
    return toGroup(group)
  }

  async findApp(appId: string): Promise<OktaApp | undefined> {
    if (!usablePathId(appId)) return undefined
    const app = await this.read(() => this.client.applicationApi.getApplication({ appId }))
    if (!app) return undefined
    return toApp(app)
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
    return this.write(async () => {
      await this.client.groupApi.assignUserToGroup({ groupId, userId })
      return undefined
    })
  }

  async removeGroupMember(groupId: string, userId: string): Promise<Written> {
    requirePathId(groupId, 'group')
    requirePathId(userId, 'user')
    return this.write(async () => {
      await this.client.groupApi.unassignUserFromGroup({ groupId, userId })
      return undefined
    })
  }

  async assignApp(appId: string, userId: string): Promise<Written> {
    requirePathId(appId, 'app')
    requirePathId(userId, 'user')
    return this.write(
      async () => {
        await this.client.applicationApi.assignUserToApplication({ appId, appUser: { id: userId } })
        return undefined
      },
      'other',
      async () => ((await this.isAssignedToApp(appId, userId)) ? true : undefined),
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
      throw error
    }
  }

  // -----------------------------------------------------------------------------------------------------------

  private async createOnce(
    profile: Record<string, unknown>,
    groupIds: readonly string[],
  ): Promise<Written<OktaUser>> {
    // STAGED (activate=false): the flow activates once groups and apps are in place. `groupIds` in the body
    // adds the memberships in the same call.
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

  /** A read whose "not found" is an answer (`undefined`), not an error. */
  private async read<T>(work: () => Promise<T>): Promise<T | undefined> {
    try {
      return await this.run(work)
    } catch (error) {
      if (error instanceof OktaError && error.kind === 'not-found') return undefined
      throw error
    }
  }

  /** Runs SDK calls inside a call record and turns what they throw into {@link OktaError}s. */
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

// =============================================================================================================
// Mapping
// =============================================================================================================

function newRecord(): OktaCallRecord {
  return { requestId: null, repeatedAfterAmbiguousFailure: false }
}

/**
 * Whether an id can go into a URL path as one segment: `''` would leave the SDK's `{userId}` placeholder in the
 * path, and `.`/`..` would be resolved away by URL parsing, reaching a different endpoint.
 */
function usablePathId(id: unknown): id is string {
  return typeof id === 'string' && id !== '' && id !== '.' && id !== '..'
}

function requirePathId(id: unknown, what: string): asserts id is string {
  if (!usablePathId(id)) {
    throw new OktaError({
      kind: 'not-found',
      status: 0,
      message: `No Okta ${what} has the id ${JSON.stringify(id)}`,
    })
  }
}

function sameLogin(a: unknown, b: string): boolean {
  return typeof a === 'string' && a.toLowerCase() === b.toLowerCase()
}

/** Whether `actual` holds every attribute of `wanted` (logins compared case-insensitively, as Okta does). */
function sameProfile(actual: Record<string, unknown>, wanted: Record<string, unknown>): boolean {
  return Object.entries(wanted).every(([name, value]) => {
    if (value === undefined) return true
    if (name === 'login' && typeof value === 'string') return sameLogin(actual.login, value)
    return JSON.stringify(actual[name] ?? null) === JSON.stringify(value)
  })
}

/** The SDK's `User` model as a plain {@link OktaUser} (its profile model lists unset attributes as undefined). */
function toUser(user: okta.User): OktaUser {
  const profile: Record<string, unknown> = {}
  for (const [name, value] of Object.entries(user.profile ?? {}))
    if (value !== undefined) profile[name] = value
  return {
    id: String(user.id),
    status: user.status as OktaUser['status'],
    profile: profile as OktaUser['profile'],
  }
}

function isUnknownOutcome(error: unknown): boolean {
  return error instanceof OktaError && error.kind === 'unavailable'
}

/** Okta codes that mean "not in the object's current state". */
const STATE_CONFLICTS = new Set(['E0000038', 'E0000016', 'E0000032'])

/** What the SDK throws for a non-2xx answer (`OktaApiError`, or `HttpError` for a non-JSON body). */
interface HttpFailure {
  status: number
  errorCode?: unknown
  errorSummary?: unknown
  errorCauses?: unknown
  message: string
  headers?: { get(name: string): string | null }
}

function isHttpFailure(error: unknown): error is HttpFailure {
  return (
    error instanceof Error &&
    (error.name === 'OktaApiError' || error.name === 'HttpError') &&
    typeof (error as { status?: unknown }).status === 'number'
  )
}

/**
 * Translates what a call threw into an {@link OktaError}. Errors that are not Okta's answer (programming
 * errors, a refused origin) pass through unchanged.
 */
export function toOktaError(error: unknown, endpoint: Endpoint): unknown {
  if (error instanceof TokenFailure) return error.failure
  if (error instanceof OktaError || !isHttpFailure(error)) return error
  const status = error.status
  const code = typeof error.errorCode === 'string' ? error.errorCode : undefined
  const summary =
    typeof error.errorSummary === 'string' && error.errorSummary ? error.errorSummary : error.message
  const causes = Array.isArray(error.errorCauses)
    ? error.errorCauses
        .map((cause) => (cause as { errorSummary?: unknown })?.errorSummary)
        .filter((text): text is string => typeof text === 'string')
    : []
  const header = (name: string) => (typeof error.headers?.get === 'function' ? error.headers.get(name) : null)
  const requestId = header('x-okta-request-id')
  const alreadyExists = [summary, ...causes].some((text) => /already exists/i.test(text))

  let kind: OktaError['kind']
  if (status === 404 || code === 'E0000007') kind = 'not-found'
  else if (status === 429) kind = 'rate-limited'
  else if (status >= 500) kind = 'unavailable'
  else if (code !== undefined && STATE_CONFLICTS.has(code)) kind = 'conflict'
  else if (
    status === 409 ||
    (status === 400 && (alreadyExists || (endpoint === 'lifecycle' && code === 'E0000001')))
  )
    kind = 'conflict'
  else if (status === 401 || status === 403) kind = 'forbidden'
  else kind = 'invalid'

  const reset = Number(header('x-rate-limit-reset'))
  const detail = causes.length > 0 ? ` (${causes.join('; ')})` : ''
  return new OktaError({
    kind,
    status,
    message: `Okta answered ${status}${code ? ` ${code}` : ''}: ${summary}${detail}`,
    oktaCode: code,
    oktaRequestId: requestId,
    causes,
    retryAt: kind === 'rate-limited' && Number.isFinite(reset) && reset > 0 ? reset * 1000 : undefined,
  })
}

/** The same unknown-outcome error, once the bridge has looked and found that the change was not made. */
function notMade(error: OktaError): OktaError {
  return new OktaError({
    message: error.message,
    status: error.status,
    kind: error.kind,
    oktaCode: error.oktaCode,
    oktaRequestId: error.oktaRequestId,
    causes: error.causes,
    retryAt: error.retryAt,
    notMade: true,
  })
}

/** A group as the port answers it: its name and, for the catalog, its description. */
function toGroup(group: okta.Group): OktaGroup {
  const description = group.profile?.description
  return {
    id: String(group.id),
    name: String(group.profile?.name ?? ''),
    type: group.type as OktaGroup['type'],
    description: typeof description === 'string' && description !== '' ? description : null,
  }
}

/** An app as the port answers it; its end-user notes stand for the description Okta apps lack. */
function toApp(app: okta.Application): OktaApp {
  // The base Application model declares no settings; every concrete app type has them.
  const notes = (app as { settings?: { notes?: { enduser?: unknown } } }).settings?.notes?.enduser
  return {
    id: String(app.id),
    label: String(app.label ?? ''),
    status: app.status as OktaApp['status'],
    description: typeof notes === 'string' && notes !== '' ? notes : null,
  }
}
