/**
 * The Management API operations the bridge uses, as a thin client over the shared {@link OktaRequestExecutor} —
 * in place of an `@okta/okta-sdk-nodejs` client, whose import alone costs ~95 MB of RSS (its ObjectSerializer
 * loads all ~1,850 generated models, and every API module pulls it in). The bridge already replaced the SDK's
 * transport (the executor), token handling ({@link OktaTokenSource}) and cache; what was left of the SDK was URL
 * building, paging and JSON. The SDK stays the reference: its models type the answers here (type-only imports,
 * erased at build time), and `test/bridge/okta-sdk-parity.test.ts` sends every operation below through the real
 * SDK and through this client against the Okta sandbox and requires the same requests.
 *
 * Each API object mirrors the SDK's (`userApi`, `groupApi`, `applicationApi`, `systemLogApi`): same method
 * names, same parameter objects, the same method, path, query order, headers and JSON body as SDK 8.1.0 sends.
 * What the SDK did around a call and this client keeps:
 * - `Authorization`/`DPoP` from the token source for the client's own scope set, only ever sent to the org's
 *   origin (paging follows absolute `Link` URLs from the answer);
 * - after an API 401, one more attempt with a fresh token (the SDK's retry-once), the failed token invalidated;
 * - a non-2xx answer thrown as {@link OktaApiFailure} (the SDK's `OktaApiError`/`HttpError`).
 * Answers are Okta's JSON as it came (the SDK's model classes would only rename nothing and turn date strings
 * into `Date`s, which nothing here reads).
 */
import type okta from '@okta/okta-sdk-nodejs'
import { BridgeError } from '../../errors.js'
import {
  type OktaRequestExecutor,
  oktaCallContext,
  reauthorizeBeforeResend,
  type SdkRequest,
} from './request-executor.js'
import type { OktaTokenSource } from './token-source.js'

/** The `Accept` header SDK 8.1.0 sends on every Management API call. */
const ACCEPT = 'application/json, */*;q=0.8'

/**
 * Wraps a token failure so it is never mistaken for an API 401 (code `okta-token-failed`); `toOktaError`
 * unwraps it, so it never leaves the adapter.
 */
export class TokenFailure extends BridgeError<'okta-token-failed'> {
  constructor(readonly failure: unknown) {
    super('okta-token-failed', 'Okta token request failed')
  }
}

/** A non-2xx answer of the Management API, with what `toOktaError` reads (Okta's error body and headers). */
export class OktaApiFailure extends Error {
  /** Okta's `errorCode` (`E0000007`, …), when the body was Okta's JSON error. */
  readonly errorCode: unknown
  /** Okta's `errorSummary`. */
  readonly errorSummary: unknown
  /** Okta's `errorCauses`. */
  readonly errorCauses: unknown

  constructor(
    readonly status: number,
    body: string,
    readonly headers: Headers,
  ) {
    let error: { errorCode?: unknown; errorSummary?: unknown; errorCauses?: unknown } = {}
    try {
      const parsed = JSON.parse(body) as unknown
      if (parsed && typeof parsed === 'object') error = parsed as typeof error
    } catch {
      // Not Okta's JSON (a proxy's page): the status alone speaks.
    }
    super(
      `Okta HTTP ${status}${typeof error.errorCode === 'string' ? ` ${error.errorCode}` : ''}${
        typeof error.errorSummary === 'string' ? ` ${error.errorSummary}` : ''
      }`,
    )
    this.name = 'OktaApiError'
    this.errorCode = error.errorCode
    this.errorSummary = error.errorSummary
    this.errorCauses = error.errorCauses
  }
}

/** Query parameters in the order the SDK writes them; `undefined` ones are left out. */
type Query = [name: string, value: string | number | boolean | undefined][]

/** A path segment as the SDK's request factories write it. */
const seg = (value: string) => encodeURIComponent(value)

/** The thin Management API client of one scope set (see the module comment). */
export class OktaManagementClient {
  /** `/api/v1/users…` operations, named as in the SDK's `UserApi`. */
  readonly userApi
  /** `/api/v1/groups…` operations, named as in the SDK's `GroupApi`. */
  readonly groupApi
  /** `/api/v1/apps…` operations, named as in the SDK's `ApplicationApi`. */
  readonly applicationApi
  /** `/api/v1/logs`, named as in the SDK's `SystemLogApi`. */
  readonly systemLogApi

  constructor(
    private readonly orgUrl: string,
    private readonly tokenSource: OktaTokenSource,
    private readonly scopes: readonly string[],
    private readonly executor: OktaRequestExecutor,
    private readonly userAgent: string,
  ) {
    this.userApi = {
      getUser: (p: { userId: string }) => this.json<okta.User>('GET', `/api/v1/users/${seg(p.userId)}`),
      listUsers: (p: { search?: string; limit?: number }) =>
        this.pages<okta.User>('/api/v1/users', [
          ['search', p.search],
          ['limit', p.limit],
        ]),
      listUserGroups: (p: { userId: string }) =>
        this.pages<okta.Group>(`/api/v1/users/${seg(p.userId)}/groups`, []),
      createUser: (p: { body: okta.CreateUserRequest; activate?: boolean }) =>
        this.json<okta.User>('POST', '/api/v1/users', [['activate', p.activate]], p.body),
      updateUser: (p: { userId: string; user: okta.UpdateUserRequest }) =>
        this.json<okta.User>('POST', `/api/v1/users/${seg(p.userId)}`, [], p.user),
      activateUser: (p: { userId: string; sendEmail: boolean }) =>
        this.lifecycle(p.userId, 'activate', [['sendEmail', p.sendEmail]]),
      deactivateUser: (p: { userId: string }) => this.lifecycle(p.userId, 'deactivate'),
      suspendUser: (p: { userId: string }) => this.lifecycle(p.userId, 'suspend'),
      unsuspendUser: (p: { userId: string }) => this.lifecycle(p.userId, 'unsuspend'),
      unlockUser: (p: { userId: string }) => this.lifecycle(p.userId, 'unlock'),
      generateResetPasswordToken: (p: { userId: string; sendEmail: boolean }) =>
        this.lifecycle(p.userId, 'reset_password', [['sendEmail', p.sendEmail]]),
      revokeUserSessions: (p: { userId: string; oauthTokens?: boolean }) =>
        this.json<void>('DELETE', `/api/v1/users/${seg(p.userId)}/sessions`, [
          ['oauthTokens', p.oauthTokens],
        ]),
    }
    this.groupApi = {
      getGroup: (p: { groupId: string }) => this.json<okta.Group>('GET', `/api/v1/groups/${seg(p.groupId)}`),
      listGroups: (p: { search?: string; limit?: number }) =>
        this.pages<okta.Group>('/api/v1/groups', [
          ['search', p.search],
          ['limit', p.limit],
        ]),
      listGroupUsers: (p: { groupId: string; limit?: number }) =>
        this.pages<okta.User>(`/api/v1/groups/${seg(p.groupId)}/users`, [['limit', p.limit]]),
      assignUserToGroup: (p: { groupId: string; userId: string }) =>
        this.json<void>('PUT', `/api/v1/groups/${seg(p.groupId)}/users/${seg(p.userId)}`),
      unassignUserFromGroup: (p: { groupId: string; userId: string }) =>
        this.json<void>('DELETE', `/api/v1/groups/${seg(p.groupId)}/users/${seg(p.userId)}`),
    }
    this.applicationApi = {
      getApplication: (p: { appId: string }) =>
        this.json<okta.Application>('GET', `/api/v1/apps/${seg(p.appId)}`),
      listApplications: (p: { filter?: string; limit?: number }) =>
        this.pages<okta.Application>('/api/v1/apps', [
          ['limit', p.limit],
          ['filter', p.filter],
        ]),
      getApplicationUser: (p: { appId: string; userId: string }) =>
        this.json<okta.AppUser>('GET', `/api/v1/apps/${seg(p.appId)}/users/${seg(p.userId)}`),
      listApplicationUsers: (p: { appId: string; limit?: number }) =>
        this.pages<okta.AppUser>(`/api/v1/apps/${seg(p.appId)}/users`, [['limit', p.limit]]),
      assignUserToApplication: (p: { appId: string; appUser: okta.AppUserAssignRequest }) =>
        this.json<okta.AppUser>('POST', `/api/v1/apps/${seg(p.appId)}/users`, [], p.appUser),
      unassignUserFromApplication: (p: { appId: string; userId: string }) =>
        this.json<void>('DELETE', `/api/v1/apps/${seg(p.appId)}/users/${seg(p.userId)}`),
    }
    this.systemLogApi = {
      listLogEvents: (p: { since?: string; until?: string; filter?: string; limit?: number }) =>
        this.pages<okta.LogEvent>('/api/v1/logs', [
          ['since', p.since],
          ['until', p.until],
          ['filter', p.filter],
          ['limit', p.limit],
        ]),
    }
  }

  private lifecycle(userId: string, operation: string, query: Query = []): Promise<unknown> {
    return this.json<unknown>('POST', `/api/v1/users/${seg(userId)}/lifecycle/${operation}`, query)
  }

  /** One call; its JSON answer (`undefined` for an empty body such as a 204's). */
  private async json<T>(method: string, path: string, query: Query = [], body?: unknown): Promise<T> {
    const response = await this.send(method, this.url(path, query), body)
    const text = await response.text()
    return (text === '' ? undefined : JSON.parse(text)) as T
  }

  /** Every item of a list, page after page along the answers' `Link: <…>; rel="next"`. */
  private async pages<T>(path: string, query: Query): Promise<AsyncIterable<T>> {
    const first = this.url(path, query)
    const self = this
    return {
      async *[Symbol.asyncIterator]() {
        let next: string | undefined = first
        while (next !== undefined) {
          const response = await self.send('GET', next)
          const link = nextLink(response.headers.get('link'))
          next = link === undefined ? undefined : requery(link)
          const items = JSON.parse(await response.text()) as unknown
          if (!Array.isArray(items)) throw new TypeError(`Okta answered ${path} with no list`)
          yield* items as T[]
        }
      },
    }
  }

  private url(path: string, query: Query): string {
    const pairs = query
      .filter(([, value]) => value !== undefined)
      .map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(String(value))}`)
    return `${this.orgUrl}${path}${pairs.length > 0 ? `?${pairs.join('&')}` : ''}`
  }

  /** Sends through the executor with this scope set's credentials; a 401 is retried once with a new token. */
  private async send(method: string, url: string, body?: unknown): Promise<Response> {
    for (let attempt = 1; ; attempt++) {
      const headers: Record<string, string> = { 'User-Agent': this.userAgent, Accept: ACCEPT }
      if (body !== undefined) headers['Content-Type'] = 'application/json'
      const request = {
        url,
        method,
        headers,
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      }
      await this.authorize(request)
      // The executor's own retries need a fresh proof too (single-use jti).
      reauthorizeBeforeResend(request, () => this.authorize(request))
      const response = await this.executor.fetch(request as unknown as SdkRequest)
      if (response.ok) return response
      if (response.status === 401 && attempt === 1) {
        const authorization = oktaCallContext.getStore()?.authorization ?? request.headers.Authorization
        this.tokenSource.invalidate(this.scopes, authorization?.slice(authorization.indexOf(' ') + 1))
        continue
      }
      throw new OktaApiFailure(response.status, await response.text(), response.headers)
    }
  }

  private authorize(req: { url: string; method: string; headers: Record<string, string> }): Promise<void> {
    return authorizeRequest(req, this.orgUrl, this.tokenSource, this.scopes)
  }
}

/**
 * A next-page URL with its query written the way the SDK re-writes it before following it (url-parse's
 * querystringify: `+` read as a space, every name and value through `encodeURIComponent`), so paging sends
 * what the SDK sends (`search=type%20eq…` where Okta's link may say `type+eq…`; both mean the same to Okta).
 */
function requery(link: string): string {
  const url = new URL(link)
  const pairs = [...url.searchParams].map(
    ([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(value)}`,
  )
  url.search = ''
  return `${url.href}${pairs.length > 0 ? `?${pairs.join('&')}` : ''}`
}

/**
 * Sets a request's `Authorization` (and `DPoP`) headers for `scopes`, and notes the authorization in the call's
 * context. Refuses any host but the org's: the org's token (or a proof for it) never goes elsewhere, whatever a
 * `Link` header says. A token that cannot be had throws {@link TokenFailure}.
 */
export async function authorizeRequest(
  req: { url: string; method?: string; headers: Record<string, string> },
  orgUrl: string,
  tokenSource: Pick<OktaTokenSource, 'authorize'>,
  scopes: readonly string[],
): Promise<void> {
  const url = String(req.url)
  if (new URL(url).origin !== orgUrl)
    throw new Error(`Refusing to send Okta credentials to ${new URL(url).origin}`)
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

/**
 * The `rel="next"` URL of a `Link` header (RFC 8288), if any. Parsed link by link, with no length limit: the
 * SDK's parse-link-header gave up on headers over 2,000 characters, which Okta's System Log links can reach.
 */
export function nextLink(header: string | null): string | undefined {
  if (!header) return undefined
  for (const match of header.matchAll(/<([^>]*)>((?:\s*;\s*[^;,]+)*)/g)) {
    const params = match[2] ?? ''
    const rel = /;\s*rel\s*=\s*(?:"([^"]*)"|([^\s;,]+))/i.exec(params)
    const rels = (rel?.[1] ?? rel?.[2] ?? '').toLowerCase().split(/\s+/)
    if (rels.includes('next')) return match[1]
  }
  return undefined
}
