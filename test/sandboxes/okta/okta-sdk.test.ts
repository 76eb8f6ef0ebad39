/**
 * The official `@okta/okta-sdk-nodejs` 8.1.0 client, in `PrivateKey` mode, against the sandbox: every
 * operation the sandbox offers, through the SDK's own API objects, with a DPoP-bound client and a Bearer
 * client. Each test checks what the SDK hands back and what the org holds afterwards (`sandbox.org` or a
 * second read), so a sandbox that answers the SDK "well enough" but keeps the wrong state still fails.
 *
 * The SDK's constructor reads configuration implicitly: `~/.okta/okta.yaml`, `./okta.yaml` and every
 * `OKTA_CLIENT_*` variable are merged under the explicit configuration, and `HTTPS_PROXY`/`https_proxy`
 * routes every Management API call through a proxy. The explicit configuration below sets every key the
 * `PrivateKey` mode reads, so the YAML files cannot change the outcome (asserted on the constructed client);
 * the environment variables are set aside for the duration of this file and restored afterwards.
 */
import { createHash } from 'node:crypto'
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import okta from '@okta/okta-sdk-nodejs'
import {
  calculateJwkThumbprint,
  decodeJwt,
  decodeProtectedHeader,
  exportJWK,
  generateKeyPair,
  type JWK,
} from 'jose'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { type OktaSandbox, startOktaSandbox } from './index.js'
import type { UserStatus } from './lifecycle.js'

/** Every scope the operations below need (NOTES.md, "Scopes per operation"). */
const ALL_SCOPES = [
  'okta.users.read',
  'okta.users.manage',
  'okta.groups.read',
  'okta.groups.manage',
  'okta.apps.read',
  'okta.apps.manage',
  'okta.logs.read',
  'okta.eventHooks.manage',
]

// ---------------------------------------------------------------------------------------------------------
// Recording what the SDK sends and receives
// ---------------------------------------------------------------------------------------------------------

/** One request the SDK sent (token endpoint included) and the answer it got. */
interface Exchange {
  method: string
  url: string
  status: number
  /** `X-Okta-Request-Id` of the answer. */
  requestId: string | null
  /** `DPoP-Nonce` of the answer (token endpoint). */
  dpopNonce: string | null
  /** `Link` of the answer (lists). */
  link: string | null
  /** The request's `Authorization` header. */
  authorization: string | undefined
  /** The request's `DPoP` proof. */
  dpop: string | undefined
  /** The request body as sent (the token endpoint's form). */
  body: string | undefined
}

type SdkRequest = Parameters<okta.RequestExecutor['fetch']>[0]

/** The parts of node-fetch's Response the recorder reads. */
interface FetchedResponse {
  status: number
  headers: { get(name: string): string | null }
}

function header(headers: unknown, name: string): string | undefined {
  if (!headers || typeof headers !== 'object') return undefined
  const wanted = name.toLowerCase()
  for (const [key, value] of Object.entries(headers as Record<string, unknown>)) {
    if (key.toLowerCase() === wanted && typeof value === 'string') return value
  }
  return undefined
}

/**
 * A `RequestExecutor` (the SDK's extension point for sending requests, `src/request-executor.js`) that keeps
 * a record of every exchange: the SDK's token requests go through it as well as its API calls, so the DPoP
 * dance and the `X-Okta-Request-Id` of each mutating call can be checked. It extends the plain executor, not
 * `DefaultRequestExecutor`, so no 429 retry hides a request.
 */
class RecordingExecutor extends okta.RequestExecutor {
  readonly exchanges: Exchange[] = []

  override async fetch(request: SdkRequest) {
    const response = await super.fetch(request)
    const res = response as FetchedResponse
    const req = request as { method?: string; url?: string; headers?: unknown; body?: unknown }
    this.exchanges.push({
      method: String(req.method ?? 'GET').toUpperCase(),
      url: String(req.url),
      status: res.status,
      requestId: res.headers.get('x-okta-request-id'),
      dpopNonce: res.headers.get('dpop-nonce'),
      link: res.headers.get('link'),
      authorization: header(req.headers, 'authorization'),
      dpop: header(req.headers, 'dpop'),
      body: typeof req.body === 'string' ? req.body : undefined,
    })
    return response
  }

  /** Exchanges with the Management API (not the token endpoint). */
  apiCalls(): Exchange[] {
    return this.exchanges.filter((exchange) => exchange.url.includes('/api/v1/'))
  }

  /** Exchanges with the token endpoint. */
  tokenCalls(): Exchange[] {
    return this.exchanges.filter((exchange) => exchange.url.endsWith('/oauth2/v1/token'))
  }

  /** The only API call with this method whose path is exactly `path` (query ignored). */
  only(method: string, path: string): Exchange {
    const matches = this.apiCalls().filter((e) => e.method === method && new URL(e.url).pathname === path)
    expect(matches, `${method} ${path}`).toHaveLength(1)
    return matches[0]!
  }
}

// ---------------------------------------------------------------------------------------------------------
// Service apps and SDK clients
// ---------------------------------------------------------------------------------------------------------

/** A service app's key pair: the private JWK (with `kid`) goes to the SDK, the public one to the org. */
interface AppKeys {
  privateJwk: JWK
  publicJwk: JWK
  kid: string
}

async function newKeys(): Promise<AppKeys> {
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true })
  const publicJwk = await exportJWK(publicKey)
  const kid = await calculateJwkThumbprint(publicJwk)
  return { privateJwk: { ...(await exportJWK(privateKey)), kid }, publicJwk: { ...publicJwk, kid }, kid }
}

/** Registers a service app through the control API, over HTTP, as a test harness outside the process would. */
async function registerApp(
  sandbox: OktaSandbox,
  clientId: string,
  keys: AppKeys,
  scopes: string[],
  dpop: boolean,
): Promise<void> {
  const response = await fetch(`${sandbox.url}/__sandbox/clients`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ client_id: clientId, jwks: { keys: [keys.publicJwk] }, scopes, dpop }),
  })
  expect(response.status).toBe(201)
}

/** An SDK client and the recorder of everything it sent. */
interface SdkClient {
  client: okta.Client
  recorder: RecordingExecutor
  clientId: string
}

function sdkClient(sandbox: OktaSandbox, clientId: string, keys: AppKeys, scopes: string[]): SdkClient {
  const recorder = new RecordingExecutor()
  const client = new okta.Client({
    orgUrl: sandbox.url,
    authorizationMode: 'PrivateKey',
    clientId,
    scopes,
    privateKey: keys.privateJwk,
    keyId: keys.kid,
    // Off: the SDK's default middleware caches GET answers forever, so a re-read would not reach the org.
    cacheMiddleware: null,
    requestExecutor: recorder,
  })
  return { client, recorder, clientId }
}

/** The SDK's OAuth helper, with the members its typings leave out. */
function oauthOf(client: okta.Client): { isDPoP: boolean; accessToken: Record<string, unknown> | null } {
  return client.oauth as unknown as { isDPoP: boolean; accessToken: Record<string, unknown> | null }
}

/**
 * All items of an SDK collection, read with `for await` (the collection follows `Link: rel="next"`). Only for
 * lists with a last page: a System Log polling query (no `until`) has none, and this would never return.
 */
async function all<T>(collection: Promise<okta.Collection<T>>): Promise<T[]> {
  const items: T[] = []
  for await (const item of await collection) if (item) items.push(item)
  return items
}

/** The error a call rejected with, which must be the SDK's `OktaApiError`. */
async function apiError(call: Promise<unknown>): Promise<okta.OktaApiError> {
  const error = await call.then(
    () => undefined,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(okta.OktaApiError)
  return error as okta.OktaApiError
}

async function stats(sandbox: OktaSandbox): Promise<Record<string, unknown>> {
  const response = await fetch(`${sandbox.url}/__sandbox/stats`)
  expect(response.status).toBe(200)
  return (await response.json()) as Record<string, unknown>
}

const sha256 = (value: string) => createHash('sha256').update(value).digest('base64url')

/** A profile with Okta's required attributes. */
function profile(login: string, extra: Record<string, unknown> = {}) {
  const [local = 'x'] = login.split('@')
  const [first = 'X', last = 'Y'] = local.split(/[._+]/)
  return { login, email: login, firstName: cap(first), lastName: cap(last), ...extra }
}
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)

// ---------------------------------------------------------------------------------------------------------
// The file's sandbox and environment
// ---------------------------------------------------------------------------------------------------------

let sandbox: OktaSandbox
let dpopKeys: AppKeys
let bearerKeys: AppKeys
let limitedKeys: AppKeys
const setAside: Record<string, string> = {}

beforeAll(async () => {
  for (const name of Object.keys(process.env)) {
    if (name.startsWith('OKTA_CLIENT_') || /^https?_proxy$/i.test(name)) {
      setAside[name] = process.env[name]!
      delete process.env[name]
    }
  }
  ;[sandbox, dpopKeys, bearerKeys, limitedKeys] = await Promise.all([
    startOktaSandbox(),
    newKeys(),
    newKeys(),
    newKeys(),
  ])
})

afterAll(async () => {
  await sandbox?.stop()
  Object.assign(process.env, setAside)
})

/** A fresh org with both service apps registered and a fresh SDK client for each (so token counts start at 0). */
function freshOrg(): { dpop: SdkClient; bearer: SdkClient } {
  sandbox.reset()
  sandbox.configure({ eventHooks: { batchMs: 10 } })
  return {
    dpop: sdkClient(sandbox, '0oasdkdpop', dpopKeys, ALL_SCOPES),
    bearer: sdkClient(sandbox, '0oasdkbearer', bearerKeys, ALL_SCOPES),
  }
}

async function registerBoth(): Promise<void> {
  await registerApp(sandbox, '0oasdkdpop', dpopKeys, ALL_SCOPES, true)
  await registerApp(sandbox, '0oasdkbearer', bearerKeys, ALL_SCOPES, false)
}

// =========================================================================================================
// Authentication: what the SDK does on the wire
// =========================================================================================================

describe('SDK authentication against the sandbox', () => {
  let clients: { dpop: SdkClient; bearer: SdkClient }

  beforeEach(async () => {
    clients = freshOrg()
    await registerBoth()
  })

  it('takes its configuration from the explicit options only (no okta.yaml, env or proxy leaks in)', () => {
    const { client } = clients.dpop
    expect(client.authorizationMode).toBe('PrivateKey')
    expect(client.baseUrl).toBe(sandbox.url)
    expect(client.clientId).toBe('0oasdkdpop')
    expect(client.scopes).toEqual(ALL_SCOPES)
    expect(client.keyId).toBe(dpopKeys.kid)
    expect(JSON.parse(client.privateKey)).toEqual(dpopKeys.privateJwk)
    expect(client.http.cacheMiddleware).toBeUndefined()
    expect(client.http.agent).toBeUndefined()
    expect(client.requestExecutor).toBe(clients.dpop.recorder)
  })

  it('does read OKTA_CLIENT_* for keys left out, but explicit options win and PrivateKey mode never sends SSWS', async () => {
    process.env.OKTA_CLIENT_ORGURL = 'https://wrong.okta.example'
    process.env.OKTA_CLIENT_TOKEN = 'ssws-token-from-env'
    let leaky: SdkClient
    try {
      leaky = sdkClient(sandbox, '0oasdkdpop', dpopKeys, ALL_SCOPES)
    } finally {
      delete process.env.OKTA_CLIENT_ORGURL
      delete process.env.OKTA_CLIENT_TOKEN
    }
    // The implicit read is real: the token from the environment landed on the client...
    expect(leaky.client.apiToken).toBe('ssws-token-from-env')
    expect(leaky.client.baseUrl).toBe(sandbox.url)
    // ...and is unused: calls go to the explicit org with the OAuth token.
    await leaky.client.userApi.listUsers().then((c) => c.next())
    expect(leaky.recorder.apiCalls().map((c) => c.authorization?.split(' ')[0])).toEqual(['DPoP'])
    expect(leaky.recorder.exchanges.every((e) => e.url.startsWith(sandbox.url))).toBe(true)
  })

  it('DPoP app: use_dpop_nonce, then a DPoP token, then `Authorization: DPoP` with a fresh proof carrying ath', async () => {
    const [seeded] = sandbox.org.seed({ users: [{ profile: profile('ada.lovelace@example.com') }] }).users
    const { client, recorder } = clients.dpop

    const user = await client.userApi.getUser({ userId: seeded!.id })
    expect(user.id).toBe(seeded!.id)
    const listed = await all(client.userApi.listUsers({ search: 'status eq "ACTIVE"' }))
    expect(listed.map((u) => u.id)).toEqual([seeded!.id])

    // The token dance: a proof without nonce is turned away with a nonce; the retry carries it.
    const [first, second, ...more] = recorder.tokenCalls()
    expect(more).toHaveLength(0)
    expect(first!.status).toBe(400)
    expect(first!.dpopNonce).toMatch(/^[\w-]{16,}$/)
    expect(decodeJwt(first!.dpop!).nonce).toBeUndefined()
    expect(second!.status).toBe(200)
    const retryProof = decodeJwt(second!.dpop!)
    expect(retryProof).toMatchObject({
      htm: 'POST',
      htu: `${sandbox.url}/oauth2/v1/token`,
      nonce: first!.dpopNonce,
    })
    expect(decodeProtectedHeader(second!.dpop!)).toMatchObject({ typ: 'dpop+jwt', alg: 'RS256' })
    expect(decodeProtectedHeader(second!.dpop!).jwk).not.toHaveProperty('d')
    // Each token request signs a new client assertion: the sandbox, like Okta, accepts a jti only once.
    const assertionJti = (exchange: Exchange) =>
      decodeJwt(new URLSearchParams(exchange.body).get('client_assertion')!).jti
    expect(assertionJti(first!)).not.toBe(assertionJti(second!))
    expect(new URLSearchParams(second!.body).get('scope')).toBe(ALL_SCOPES.join(' '))

    const oauth = oauthOf(client)
    expect(oauth.isDPoP).toBe(true)
    expect(oauth.accessToken).toMatchObject({
      token_type: 'DPoP',
      expires_in: 3600,
      scope: ALL_SCOPES.join(' '),
    })
    const token = String(oauth.accessToken!.access_token)
    expect(decodeJwt(token)).toMatchObject({ cid: '0oasdkdpop', cnf: { jkt: dpopKeys.kid } })

    // Every API call: the DPoP scheme and a proof for exactly this request and this token.
    const calls = recorder.apiCalls()
    expect(calls.map((c) => `${c.method} ${c.status}`)).toEqual(['GET 200', 'GET 200'])
    const proofs = calls.map((call) => {
      expect(call.authorization).toBe(`DPoP ${token}`)
      const claims = decodeJwt(call.dpop!)
      expect(claims).toMatchObject({ htm: 'GET', htu: call.url.split('?')[0], ath: sha256(token) })
      expect(claims.nonce).toBeUndefined()
      return claims.jti
    })
    expect(new Set(proofs).size).toBe(2)
    expect(calls[1]!.url).toContain('?search=status%20eq%20%22ACTIVE%22')

    expect(await stats(sandbox)).toMatchObject({ tokenRequests: 2, tokensIssued: 1, dpopNoncesIssued: 1 })
  })

  it('Bearer app: one token request, then `Authorization: Bearer` and no proof on API calls', async () => {
    const { client, recorder } = clients.bearer
    const groups = await all(client.groupApi.listGroups())
    expect(groups.map((g) => g.profile?.name)).toEqual(['Everyone'])

    const [only, ...more] = recorder.tokenCalls()
    expect(more).toHaveLength(0)
    expect(only!.status).toBe(200)
    // The SDK sends a proof on every token request whatever the app requires; an app that does not require
    // DPoP gets a Bearer token anyway, and the SDK only switches to DPoP after a use_dpop_nonce answer.
    expect(only!.dpop).toBeDefined()
    const oauth = oauthOf(client)
    expect(oauth.isDPoP).toBe(false)
    expect(oauth.accessToken).toMatchObject({ token_type: 'Bearer' })
    const token = String(oauth.accessToken!.access_token)
    expect(decodeJwt(token)).not.toHaveProperty('cnf')

    const [call] = recorder.apiCalls()
    expect(call).toMatchObject({
      method: 'GET',
      status: 200,
      authorization: `Bearer ${token}`,
      dpop: undefined,
    })
    expect(await stats(sandbox)).toMatchObject({ tokenRequests: 1, tokensIssued: 1, dpopNoncesIssued: 0 })
  })

  it('both apps together: the counters add up, one nonce per DPoP token', async () => {
    await clients.dpop.client.userApi.listUsers().then((c) => c.next())
    await clients.bearer.client.userApi.listUsers().then((c) => c.next())
    expect(await stats(sandbox)).toMatchObject({ tokenRequests: 3, tokensIssued: 2, dpopNoncesIssued: 1 })
  })

  it('ignores expires_in: an expired DPoP token is replaced only after the 401 it causes, then the call succeeds', async () => {
    sandbox.configure({ tokenTtlSeconds: 1 })
    const { client, recorder } = clients.dpop
    const [seeded] = sandbox.org.seed({ users: [{ profile: profile('expiry.check@example.com') }] }).users
    await client.userApi.getUser({ userId: seeded!.id })
    const firstToken = String(oauthOf(client).accessToken!.access_token)
    // Tokens are checked against the clock in whole seconds; past 1 s the token has expired.
    await new Promise((resolve) => setTimeout(resolve, 1100))

    const user = await client.userApi.getUser({ userId: seeded!.id })
    expect(user.id).toBe(seeded!.id)
    const secondToken = String(oauthOf(client).accessToken!.access_token)
    expect(secondToken).not.toBe(firstToken)
    expect(recorder.exchanges.map((e) => `${e.method} ${new URL(e.url).pathname} ${e.status}`)).toEqual([
      'POST /oauth2/v1/token 400',
      'POST /oauth2/v1/token 200',
      `GET /api/v1/users/${seeded!.id} 200`,
      `GET /api/v1/users/${seeded!.id} 401`,
      // A new token means a new nonce round trip: the SDK does not keep the nonce it was given.
      'POST /oauth2/v1/token 400',
      'POST /oauth2/v1/token 200',
      `GET /api/v1/users/${seeded!.id} 200`,
    ])
    const retried = recorder.apiCalls().map((c) => c.authorization)
    expect(retried).toEqual([`DPoP ${firstToken}`, `DPoP ${firstToken}`, `DPoP ${secondToken}`])
    expect(await stats(sandbox)).toMatchObject({ tokenRequests: 4, tokensIssued: 2, dpopNoncesIssued: 2 })
  })

  it('documented hazard: concurrent first calls each fetch their own token', async () => {
    const { client } = clients.dpop
    await Promise.all([1, 2, 3].map(() => client.groupApi.listGroups().then((c) => c.next())))
    expect(await stats(sandbox)).toMatchObject({ tokenRequests: 6, tokensIssued: 3, dpopNoncesIssued: 3 })
  })

  it('documented hazard: a refused token request is swallowed and the API is called with `Bearer undefined`', async () => {
    // Not registered: the token endpoint answers 401 invalid_client. The SDK's oauth.js passes the error body
    // on as if it were a token (its `Http.errorFilter` is undefined there), so the failure only shows as the
    // API's 401; the SDK then drops the "token", tries once more, and gives up with the second 401.
    const stranger = sdkClient(sandbox, '0oastranger', limitedKeys, ['okta.users.read'])
    const error = await apiError(stranger.client.userApi.listUsers().then((c) => c.next()))
    expect(error.status).toBe(401)
    expect(error.errorCode).toBe('E0000011')
    expect(error.headers.get('www-authenticate')).toContain('error="invalid_token"')
    expect(
      stranger.recorder.exchanges.map((e) => `${e.method} ${new URL(e.url).pathname} ${e.status}`),
    ).toEqual([
      'POST /oauth2/v1/token 401',
      'GET /api/v1/users 401',
      'POST /oauth2/v1/token 401',
      'GET /api/v1/users 401',
    ])
    expect(stranger.recorder.apiCalls().map((c) => c.authorization)).toEqual([
      'Bearer undefined',
      'Bearer undefined',
    ])
    expect(await stats(sandbox)).toMatchObject({ tokenRequests: 2, tokensIssued: 0 })
  })
})

// =========================================================================================================
// Operations, once with the DPoP app and once with the Bearer app
// =========================================================================================================

describe.each([
  ['DPoP', true],
  ['Bearer', false],
])('SDK operations (%s app)', (_mode, useDpop) => {
  let sdk: SdkClient
  let client: okta.Client
  let recorder: RecordingExecutor

  beforeEach(async () => {
    const clients = freshOrg()
    await registerBoth()
    sdk = useDpop ? clients.dpop : clients.bearer
    client = sdk.client
    recorder = sdk.recorder
  })

  /** The event types the org logged for a target, in order. */
  const eventsFor = (targetId: string) =>
    sandbox.org.log
      .query({ limit: 1000 })
      .events.filter((event) => event.target.some((target) => target.id === targetId))
      .map((event) => event.eventType)

  const statusOf = (userId: string): UserStatus | undefined => sandbox.org.findUser(userId)?.status

  // -------------------------------------------------------------------------------------------------------
  describe('users', () => {
    it('createUser: activate with a password → ACTIVE, without → PROVISIONED; activate false → STAGED', async () => {
      const active = await client.userApi.createUser({
        body: {
          profile: profile('grace.hopper@example.com'),
          credentials: { password: { value: 'Tr0ub4dor&3xyz' } },
        },
        activate: true,
      })
      expect(active).toBeInstanceOf(okta.User)
      expect(active.status).toBe('ACTIVE')
      expect(active.profile).toMatchObject(profile('grace.hopper@example.com'))
      expect(active.activated).toBeInstanceOf(Date)
      // Okta never returns the password: an empty object says there is one.
      expect(active.credentials?.password).toEqual({})
      expect(active._links?.suspend).toBeDefined()

      const provisioned = await client.userApi.createUser({
        body: { profile: profile('alan.turing@example.com') },
        activate: true,
      })
      expect(provisioned.status).toBe('PROVISIONED')

      const staged = await client.userApi.createUser({
        body: { profile: profile('edsger.dijkstra@example.com') },
        activate: false,
      })
      expect(staged.status).toBe('STAGED')
      expect(staged.activated).toBeNull()
      expect(recorder.apiCalls().at(-1)!.url).toMatch(/\/api\/v1\/users\?activate=false$/)

      expect(statusOf(active.id!)).toBe('ACTIVE')
      expect(statusOf(provisioned.id!)).toBe('PROVISIONED')
      expect(statusOf(staged.id!)).toBe('STAGED')
      expect(eventsFor(active.id!)).toEqual(['user.lifecycle.create', 'user.lifecycle.activate'])
      expect(eventsFor(staged.id!)).toEqual(['user.lifecycle.create'])

      // A second user with the same login is refused with Okta's validation error.
      const duplicate = await apiError(
        client.userApi.createUser({
          body: { profile: profile('GRACE.HOPPER@example.com') },
          activate: false,
        }),
      )
      expect(duplicate.status).toBe(400)
      expect(duplicate.errorCode).toBe('E0000001')
      expect(duplicate.errorCauses?.[0]?.errorSummary).toContain('login')
      expect(sandbox.org.users.size).toBe(3)
    })

    it('getUser by id and by URL-encoded login (with + and @); an unknown one is 404 E0000007', async () => {
      const login = 'jane.doe+okta@example.com'
      const [seeded] = sandbox.org.seed({ users: [{ profile: profile(login, { department: 'R&D' }) }] }).users

      const byId = await client.userApi.getUser({ userId: seeded!.id })
      const byLogin = await client.userApi.getUser({ userId: login })
      expect(byId.id).toBe(seeded!.id)
      expect(byLogin.id).toBe(seeded!.id)
      expect(byLogin.profile).toMatchObject({ login, department: 'R&D' })
      // The SDK URL-encodes the path parameter; the sandbox decodes it before the lookup.
      expect(recorder.apiCalls()[1]!.url).toBe(`${sandbox.url}/api/v1/users/jane.doe%2Bokta%40example.com`)

      const missing = await apiError(client.userApi.getUser({ userId: 'nobody@example.com' }))
      expect(missing.status).toBe(404)
      expect(missing.errorCode).toBe('E0000007')
      expect(missing.errorSummary).toBe('Not found: Resource not found: nobody@example.com (User)')
    })

    it('updateUser merges the profile; replaceUser replaces it', async () => {
      const [seeded] = sandbox.org.seed({
        users: [{ profile: profile('barbara.liskov@example.com', { department: 'Eng', title: 'Engineer' }) }],
      }).users
      const id = seeded!.id

      const updated = await client.userApi.updateUser({
        userId: id,
        user: { profile: { title: 'Principal' } },
      })
      expect(updated.profile).toMatchObject({
        department: 'Eng',
        title: 'Principal',
        login: 'barbara.liskov@example.com',
      })
      expect(recorder.only('POST', `/api/v1/users/${id}`).status).toBe(200)
      expect(sandbox.org.getUser(id).profile).toMatchObject({ department: 'Eng', title: 'Principal' })

      const replaced = await client.userApi.replaceUser({
        userId: id,
        user: { profile: profile('barbara.liskov@example.com', { title: 'Professor' }) },
      })
      expect(replaced.profile?.title).toBe('Professor')
      // The SDK's UserProfile model declares `department` (as undefined); the org must have dropped it.
      expect(replaced.profile?.department).toBeUndefined()
      expect(recorder.only('PUT', `/api/v1/users/${id}`).status).toBe(200)
      expect(sandbox.org.getUser(id).profile).not.toHaveProperty('department')
      const reread = await client.userApi.getUser({ userId: id })
      expect(reread.profile?.department).toBeUndefined()
      expect(reread.profile?.title).toBe('Professor')
      expect(eventsFor(id)).toEqual(['user.account.update_profile', 'user.account.update_profile'])
    })

    it('listUsers: search, filter, q, limit, and paging across pages by Link rel="next"', async () => {
      const seeded = sandbox.org.seed({
        users: [
          { profile: profile('alice.adams@example.com', { department: 'Sales' }) },
          { profile: profile('bob.brown@example.com', { department: 'Eng' }) },
          { profile: profile('alicia.keys@example.com', { department: 'Sales' }), status: 'STAGED' },
          { profile: profile('carol.cole@example.com', { department: 'Eng' }) },
          { profile: profile('dave.doe@example.com', { department: 'Sales' }), status: 'DEPROVISIONED' },
        ],
      }).users
      const id = (i: number) => seeded[i]!.id
      const ids = async (collection: Promise<okta.Collection<okta.User>>) =>
        (await all(collection)).map((u) => u.id)

      expect(await ids(client.userApi.listUsers({ search: 'profile.department eq "Sales"' }))).toEqual([
        id(0),
        id(2),
        id(4),
      ])
      expect(
        await ids(
          client.userApi.listUsers({ search: 'profile.department eq "Sales" and status eq "ACTIVE"' }),
        ),
      ).toEqual([id(0)])
      expect(await ids(client.userApi.listUsers({ filter: 'status eq "STAGED"' }))).toEqual([id(2)])
      // `q` matches first name, last name or email by prefix and leaves DEPROVISIONED users out.
      expect(await ids(client.userApi.listUsers({ q: 'Ali' }))).toEqual([id(0), id(2)])
      expect(await ids(client.userApi.listUsers({ q: 'dave' }))).toEqual([])
      // A malformed search is Okta's 400 E0000031, not an empty list.
      const bad = await apiError(all(client.userApi.listUsers({ search: 'profile.department = "Sales"' })))
      expect(bad.status).toBe(400)
      expect(bad.errorCode).toBe('E0000031')

      recorder.exchanges.length = 0
      // Four visible users (the DEPROVISIONED one is left out without search/filter), two to a page.
      const paged = await ids(client.userApi.listUsers({ limit: 2 }))
      expect(paged).toEqual([id(0), id(1), id(2), id(3)])
      const pages = recorder.apiCalls().map((call) => new URL(call.url))
      expect(pages).toHaveLength(2)
      expect(pages[0]!.searchParams.get('after')).toBeNull()
      expect(pages[1]!.searchParams.get('limit')).toBe('2')
      expect(pages[1]!.searchParams.get('after')).not.toBeNull()

      // Three pages with `.each`, the SDK's other way through a collection.
      recorder.exchanges.length = 0
      const eachIds: string[] = []
      const collection = await client.userApi.listUsers({ search: 'status pr', limit: 2 })
      await collection.each((user) => {
        eachIds.push(user.id!)
      })
      expect(eachIds).toEqual(seeded.map((u) => u.id))
      expect(recorder.apiCalls()).toHaveLength(3)
    })

    it('deleteUser: the first DELETE deactivates an ACTIVE user, the second deletes it', async () => {
      const [seeded] = sandbox.org.seed({ users: [{ profile: profile('ken.thompson@example.com') }] }).users
      const id = seeded!.id

      await client.userApi.deleteUser({ userId: id })
      expect(statusOf(id)).toBe('DEPROVISIONED')
      expect((await client.userApi.getUser({ userId: id })).status).toBe('DEPROVISIONED')

      await client.userApi.deleteUser({ userId: id })
      expect(sandbox.org.findUser(id)).toBeUndefined()
      const gone = await apiError(client.userApi.getUser({ userId: id }))
      expect(gone.status).toBe(404)
      expect(gone.errorCode).toBe('E0000007')
      expect(
        recorder
          .apiCalls()
          .filter((c) => c.method === 'DELETE')
          .map((c) => c.status),
      ).toEqual([204, 204])
      expect(sandbox.org.log.query({ limit: 100 }).events.map((e) => e.eventType)).toEqual([
        'user.lifecycle.deactivate',
        'user.lifecycle.delete.initiated',
      ])
    })
  })

  // -------------------------------------------------------------------------------------------------------
  describe('lifecycle', () => {
    it('activate, reactivate, suspend, unsuspend, deactivate', async () => {
      const staged = await client.userApi.createUser({
        body: { profile: profile('linus.t@example.com') },
        activate: false,
      })
      const id = staged.id!

      // Without a password, activation leaves the user PROVISIONED with an activation link (sendEmail false).
      const activation = await client.userApi.activateUser({ userId: id, sendEmail: false })
      expect(activation).toBeInstanceOf(okta.UserActivationToken)
      expect(activation.activationUrl).toBe(`${sandbox.url}/welcome/${activation.activationToken}`)
      expect(statusOf(id)).toBe('PROVISIONED')

      const reactivation = await client.userApi.reactivateUser({ userId: id, sendEmail: false })
      expect(reactivation.activationToken).toEqual(expect.any(String))
      expect(statusOf(id)).toBe('PROVISIONED')

      const [activeUser] = sandbox.org.seed({ users: [{ profile: profile('margaret.h@example.com') }] }).users
      const activeId = activeUser!.id
      await expect(client.userApi.suspendUser({ userId: activeId })).resolves.toBeUndefined()
      expect(statusOf(activeId)).toBe('SUSPENDED')
      expect((await client.userApi.getUser({ userId: activeId })).status).toBe('SUSPENDED')
      await client.userApi.unsuspendUser({ userId: activeId })
      expect(statusOf(activeId)).toBe('ACTIVE')
      await client.userApi.deactivateUser({ userId: activeId })
      expect(statusOf(activeId)).toBe('DEPROVISIONED')

      expect(eventsFor(id)).toEqual([
        'user.lifecycle.create',
        'user.lifecycle.activate',
        'user.lifecycle.reactivate',
      ])
      expect(eventsFor(activeId)).toEqual([
        'user.lifecycle.suspend',
        'user.lifecycle.unsuspend',
        'user.lifecycle.deactivate',
      ])
      const lifecyclePaths = recorder
        .apiCalls()
        .filter((c) => c.url.includes('/lifecycle/'))
        .map((c) => `${c.status} ${new URL(c.url).pathname.split('/').pop()}${new URL(c.url).search}`)
      expect(lifecyclePaths).toEqual([
        '200 activate?sendEmail=false',
        '200 reactivate?sendEmail=false',
        '200 suspend',
        '200 unsuspend',
        '200 deactivate',
      ])
    })

    it('unlockUser, generateResetPasswordToken, expirePassword, revokeUserSessions', async () => {
      const seeded = sandbox.org.seed({
        users: [
          { profile: profile('locked.out@example.com'), status: 'LOCKED_OUT' },
          { profile: profile('forgot.pw@example.com') },
          { profile: profile('old.pw@example.com') },
        ],
      }).users
      const [locked, forgetful, stale] = seeded.map((u) => u.id)

      await client.userApi.unlockUser({ userId: locked! })
      expect(statusOf(locked!)).toBe('ACTIVE')

      const reset = await client.userApi.generateResetPasswordToken({ userId: forgetful!, sendEmail: false })
      expect(reset).toBeInstanceOf(okta.ResetPasswordToken)
      expect(reset.resetPasswordUrl).toMatch(new RegExp(`^${sandbox.url}/reset_password/[\\w-]+$`))
      expect(statusOf(forgetful!)).toBe('RECOVERY')

      const expired = await client.userApi.expirePassword({ userId: stale! })
      expect(expired).toBeInstanceOf(okta.User)
      expect(expired.status).toBe('PASSWORD_EXPIRED')
      expect(statusOf(stale!)).toBe('PASSWORD_EXPIRED')

      await expect(
        client.userApi.revokeUserSessions({ userId: stale!, oauthTokens: true }),
      ).resolves.toBeUndefined()
      const clear = recorder.only('DELETE', `/api/v1/users/${stale}/sessions`)
      expect(clear.status).toBe(204)
      expect(new URL(clear.url).searchParams.get('oauthTokens')).toBe('true')
      const [sessionEvent] = sandbox.org.log.query({ filter: 'eventType eq "user.session.clear"' }).events
      expect(sessionEvent?.debugContext.debugData).toMatchObject({ revokeOAuthTokens: true })
      expect(sessionEvent?.transaction.id).toBe(clear.requestId)

      expect(eventsFor(locked!)).toEqual(['user.account.unlock'])
      expect(eventsFor(forgetful!)).toEqual(['user.account.reset_password'])
      expect(eventsFor(stale!)).toEqual(['user.account.expire_password', 'user.session.clear'])
    })

    it('an illegal transition is an OktaApiError with Okta status and errorCode, and changes nothing', async () => {
      const seeded = sandbox.org.seed({
        users: [
          { profile: profile('already.suspended@example.com'), status: 'SUSPENDED' },
          { profile: profile('still.staged@example.com'), status: 'STAGED' },
          { profile: profile('quite.active@example.com') },
        ],
      }).users
      const [suspended, staged, active] = seeded.map((u) => u.id!)
      const logSize = sandbox.org.log.size

      for (const userId of [suspended!, staged!]) {
        const error = await apiError(client.userApi.suspendUser({ userId }))
        expect(error.status).toBe(400)
        expect(error.errorCode).toBe('E0000001')
        expect(error.errorCauses).toEqual([
          { errorSummary: 'status: Cannot suspend a user that is not active' },
        ])
        expect(error.errorId).toMatch(/^oae/)
        expect(error.headers.get('x-okta-request-id')).toEqual(expect.any(String))
        expect(error.url).toBe(`${sandbox.url}/api/v1/users/${userId}/lifecycle/suspend`)
      }
      const reactivate = await apiError(client.userApi.activateUser({ userId: active!, sendEmail: false }))
      expect(reactivate.status).toBe(403)
      expect(reactivate.errorCode).toBe('E0000016')
      const unlock = await apiError(client.userApi.unlockUser({ userId: active! }))
      expect(unlock.status).toBe(403)
      expect(unlock.errorCode).toBe('E0000032')

      expect([statusOf(suspended!), statusOf(staged!), statusOf(active!)]).toEqual([
        'SUSPENDED',
        'STAGED',
        'ACTIVE',
      ])
      expect(sandbox.org.log.size).toBe(logSize)
    })
  })

  // -------------------------------------------------------------------------------------------------------
  describe('groups', () => {
    it('listGroups (q, search), getGroup, listGroupUsers, listUserGroups (with Everyone)', async () => {
      const seeded = sandbox.org.seed({
        groups: [
          { profile: { name: 'Engineering', description: 'Builders' } },
          { profile: { name: 'Eng Managers' } },
          { profile: { name: 'Sales' } },
        ],
        users: [
          { profile: profile('rob.pike@example.com'), groups: ['Engineering', 'Eng Managers'] },
          { profile: profile('ken.t@example.com'), groups: ['Engineering'] },
        ],
      })
      const [engineering, managers, sales] = seeded.groups
      const [rob, ken] = seeded.users

      const byQ = await all(client.groupApi.listGroups({ q: 'Eng' }))
      expect(byQ).not.toHaveLength(0)
      expect(byQ[0]).toBeInstanceOf(okta.Group)
      expect(byQ.map((g) => g.profile?.name)).toEqual(['Engineering', 'Eng Managers'])
      const bySearch = await all(client.groupApi.listGroups({ search: 'profile.name eq "Sales"' }))
      expect(bySearch.map((g) => g.id)).toEqual([sales!.id])
      const builtIn = await all(client.groupApi.listGroups({ search: 'type eq "BUILT_IN"' }))
      expect(builtIn.map((g) => g.profile?.name)).toEqual(['Everyone'])

      const group = await client.groupApi.getGroup({ groupId: engineering!.id })
      expect(group).toMatchObject({ id: engineering!.id, type: 'OKTA_GROUP' })
      expect(group.profile).toMatchObject({ name: 'Engineering', description: 'Builders' })
      expect(group.created).toBeInstanceOf(Date)

      const members = await all(client.groupApi.listGroupUsers({ groupId: engineering!.id }))
      expect(members.map((u) => u.id)).toEqual([rob!.id, ken!.id])

      const robGroups: string[] = []
      await (await client.userApi.listUserGroups({ userId: rob!.id })).each((g) => {
        robGroups.push(g.profile!.name!)
      })
      expect(robGroups).toEqual(['Everyone', 'Engineering', 'Eng Managers'])
      expect((await all(client.userApi.listUserGroups({ userId: ken!.id }))).map((g) => g.id)).toEqual([
        sandbox.org.everyone.id,
        engineering!.id,
      ])
      expect(managers).toBeDefined()

      const missing = await apiError(client.groupApi.getGroup({ groupId: '00gnotthere000000000' }))
      expect(missing.status).toBe(404)
      expect(missing.errorCode).toBe('E0000007')
    })

    it('assignUserToGroup and unassignUserFromGroup are idempotent and logged once', async () => {
      const seeded = sandbox.org.seed({
        groups: [{ profile: { name: 'Finance' } }],
        users: [{ profile: profile('ada.finance@example.com') }],
      })
      const groupId = seeded.groups[0]!.id
      const userId = seeded.users[0]!.id

      await expect(client.groupApi.assignUserToGroup({ groupId, userId })).resolves.toBeUndefined()
      await client.groupApi.assignUserToGroup({ groupId, userId })
      expect(sandbox.org.isMember(groupId, userId)).toBe(true)
      expect((await all(client.groupApi.listGroupUsers({ groupId }))).map((u) => u.id)).toEqual([userId])

      await client.groupApi.unassignUserFromGroup({ groupId, userId })
      await expect(client.groupApi.unassignUserFromGroup({ groupId, userId })).resolves.toBeUndefined()
      expect(sandbox.org.isMember(groupId, userId)).toBe(false)
      expect(await all(client.groupApi.listGroupUsers({ groupId }))).toEqual([])

      const writes = recorder.apiCalls().filter((c) => c.method === 'PUT' || c.method === 'DELETE')
      expect(writes.map((c) => `${c.method} ${c.status}`)).toEqual([
        'PUT 204',
        'PUT 204',
        'DELETE 204',
        'DELETE 204',
      ])
      expect(eventsFor(groupId)).toEqual(['group.user_membership.add', 'group.user_membership.remove'])

      // Membership of the built-in Everyone group is Okta's to compute.
      const everyone = await apiError(
        client.groupApi.unassignUserFromGroup({ groupId: sandbox.org.everyone.id, userId }),
      )
      expect(everyone.status).toBe(403)
      expect(everyone.errorCode).toBe('E0000006')
    })
  })

  // -------------------------------------------------------------------------------------------------------
  describe('apps', () => {
    it('listApplications, getApplication, assign, listApplicationUsers, getApplicationUser, unassign', async () => {
      const seeded = sandbox.org.seed({
        apps: [
          { name: 'bookmark', label: 'Wiki' },
          { name: 'bookmark', label: 'Payroll' },
        ],
        users: [{ profile: profile('app.user@example.com') }],
      })
      const [wiki, payroll] = seeded.apps
      const userId = seeded.users[0]!.id

      const apps = await all(client.applicationApi.listApplications())
      expect(apps.map((a) => a.label)).toEqual(['Wiki', 'Payroll'])
      // The SDK picks the model by signOnMode.
      expect(apps[0]).toBeInstanceOf(okta.BookmarkApplication)
      const app = await client.applicationApi.getApplication({ appId: payroll!.id })
      expect(app).toMatchObject({
        id: payroll!.id,
        label: 'Payroll',
        status: 'ACTIVE',
        signOnMode: 'BOOKMARK',
      })

      const assigned = await client.applicationApi.assignUserToApplication({
        appId: wiki!.id,
        appUser: { id: userId, scope: 'USER' },
      })
      expect(assigned).toBeInstanceOf(okta.AppUser)
      expect(assigned).toMatchObject({ id: userId, scope: 'USER', status: 'ACTIVE' })
      expect(assigned.credentials?.userName).toBe('app.user@example.com')
      expect(sandbox.org.userAppIds(userId)).toEqual([wiki!.id])

      expect(
        (await all(client.applicationApi.listApplicationUsers({ appId: wiki!.id }))).map((u) => u.id),
      ).toEqual([userId])
      expect(await all(client.applicationApi.listApplicationUsers({ appId: payroll!.id }))).toEqual([])
      const appUser = await client.applicationApi.getApplicationUser({ appId: wiki!.id, userId })
      expect(appUser.id).toBe(userId)

      await client.applicationApi.unassignUserFromApplication({ appId: wiki!.id, userId })
      expect(sandbox.org.userAppIds(userId)).toEqual([])
      const notAssigned = await apiError(
        client.applicationApi.getApplicationUser({ appId: wiki!.id, userId }),
      )
      expect(notAssigned.status).toBe(404)
      expect(notAssigned.errorCode).toBe('E0000007')
      // Unlike group membership, removing an assignment that is not there is a 404.
      const again = await apiError(
        client.applicationApi.unassignUserFromApplication({ appId: wiki!.id, userId }),
      )
      expect(again.status).toBe(404)
      expect(eventsFor(wiki!.id)).toEqual([
        'application.user_membership.add',
        'application.user_membership.remove',
      ])
    })

    it('deactivating a user removes their app assignments', async () => {
      const seeded = sandbox.org.seed({
        apps: [
          { name: 'bookmark', label: 'CRM' },
          { name: 'bookmark', label: 'HR' },
        ],
        users: [{ profile: profile('leaver@example.com') }, { profile: profile('stayer@example.com') }],
      })
      const [crm, hr] = seeded.apps
      const [leaver, stayer] = seeded.users.map((u) => u.id)
      for (const appId of [crm!.id, hr!.id]) {
        await client.applicationApi.assignUserToApplication({ appId, appUser: { id: leaver! } })
      }
      await client.applicationApi.assignUserToApplication({ appId: crm!.id, appUser: { id: stayer! } })

      await client.userApi.deactivateUser({ userId: leaver! })

      expect(statusOf(leaver!)).toBe('DEPROVISIONED')
      expect(sandbox.org.userAppIds(leaver!)).toEqual([])
      expect(
        (await all(client.applicationApi.listApplicationUsers({ appId: crm!.id }))).map((u) => u.id),
      ).toEqual([stayer])
      expect(await all(client.applicationApi.listApplicationUsers({ appId: hr!.id }))).toEqual([])
      const gone = await apiError(
        client.applicationApi.getApplicationUser({ appId: hr!.id, userId: leaver! }),
      )
      expect(gone.status).toBe(404)
      const deactivation = recorder.only('POST', `/api/v1/users/${leaver}/lifecycle/deactivate`)
      const removals = sandbox.org.log
        .query({ filter: 'eventType eq "application.user_membership.remove"' })
        .events.map((event) => event.transaction.id)
      expect(removals).toEqual([deactivation.requestId, deactivation.requestId])
    })
  })

  // -------------------------------------------------------------------------------------------------------
  describe('system log', () => {
    it('listLogEvents with since and filter finds the calls made; transaction.id is their X-Okta-Request-Id', async () => {
      const seeded = sandbox.org.seed({ groups: [{ profile: { name: 'Audited' } }] })
      const groupId = seeded.groups[0]!.id
      const since = new Date(Date.now() - 1000).toISOString()

      const user = await client.userApi.createUser({
        body: { profile: profile('audit.me@example.com') },
        activate: false,
      })
      await client.groupApi.assignUserToGroup({ groupId, userId: user.id! })
      const create = recorder.only('POST', '/api/v1/users')
      const assign = recorder.only('PUT', `/api/v1/groups/${groupId}/users/${user.id}`)
      expect(create.requestId).toMatch(/\S{10,}/)
      expect(create.requestId).not.toBe(assign.requestId)

      // A bounded query (`until` given) has a last page, so `for await` ends.
      const until = new Date(Date.now() + 1000).toISOString()
      const created = await all(
        client.systemLogApi.listLogEvents({
          since,
          until,
          filter: `eventType eq "user.lifecycle.create" and target.id eq "${user.id}"`,
        }),
      )
      expect(created).toHaveLength(1)
      const [event] = created
      expect(event).toBeInstanceOf(okta.LogEvent)
      expect(event!.transaction?.id).toBe(create.requestId)
      expect(event!.actor).toMatchObject({ id: sdk.clientId, type: 'PublicClientApp' })
      expect(event!.target?.map((t) => t.id)).toEqual([user.id])
      expect(event!.published).toBeInstanceOf(Date)
      expect(event!.outcome?.result).toBe('SUCCESS')

      const byTarget = await all(
        client.systemLogApi.listLogEvents({ since, until, filter: `target.id eq "${groupId}"` }),
      )
      expect(byTarget.map((e) => [e.eventType, e.transaction?.id])).toEqual([
        ['group.user_membership.add', assign.requestId],
      ])
      recorder.exchanges.length = 0
      const paged = await all(client.systemLogApi.listLogEvents({ since, until, limit: 1 }))
      expect(paged.map((e) => e.eventType)).toEqual(['user.lifecycle.create', 'group.user_membership.add'])
      expect(recorder.apiCalls().map((c) => c.link?.includes('rel="next"'))).toEqual([true, false])
      const sortedDown = await all(
        client.systemLogApi.listLogEvents({ since, sortOrder: 'DESCENDING', limit: 1 }),
      )
      expect(sortedDown.map((e) => e.eventType)).toEqual([
        'group.user_membership.add',
        'user.lifecycle.create',
      ])
    })

    it('a polling query (no `until`) never ends: `.each` stops at the first empty page, `for await` would not', async () => {
      const since = new Date(Date.now() - 1000).toISOString()
      const first = await client.userApi.createUser({
        body: { profile: profile('poll.one@example.com') },
        activate: false,
      })

      // `.each` returns at the first empty page, which is how the SDK reads a polling query safely.
      recorder.exchanges.length = 0
      const seen: string[] = []
      await (await client.systemLogApi.listLogEvents({ since })).each((e) => {
        seen.push(e.eventType!)
      })
      expect(seen).toEqual(['user.lifecycle.create'])
      const polls = recorder.apiCalls()
      expect(polls.map((c) => c.link?.includes('rel="next"'))).toEqual([true, true])

      // The empty page's `next` link picks up what was written since: the stream continues from there.
      const collection = await client.systemLogApi.listLogEvents({ since })
      expect((await collection.next()).value?.target?.[0]?.id).toBe(first.id)
      const drained = await collection.next()
      expect(drained).toEqual({ done: false, value: null })
      const second = await client.userApi.createUser({
        body: { profile: profile('poll.two@example.com') },
        activate: false,
      })
      const streamed = await collection.next()
      expect(streamed.done).toBe(false)
      expect(streamed.value?.target?.[0]?.id).toBe(second.id)
      // Hence `for await` (or a loop on `done`) over a polling query spins for ever against Okta: the
      // collection never reports done, it only hands out nulls while it keeps requesting pages.
      const before = recorder.apiCalls().length
      for (let i = 0; i < 3; i++) expect(await collection.next()).toEqual({ done: false, value: null })
      expect(recorder.apiCalls().length - before).toBe(3)
    })
  })

  // -------------------------------------------------------------------------------------------------------
  describe('event hooks', () => {
    let hookServer: Server
    let hookUrl: string
    const received: { method: string; headers: IncomingHttpHeaders; body: string }[] = []
    let onDelivery: (() => void) | undefined

    beforeAll(async () => {
      hookServer = createServer((req, res) => {
        const chunks: Buffer[] = []
        req.on('data', (chunk: Buffer) => chunks.push(chunk))
        req.on('end', () => {
          received.push({
            method: req.method ?? '',
            headers: req.headers,
            body: Buffer.concat(chunks).toString(),
          })
          if (req.method === 'GET') {
            res.writeHead(200, { 'content-type': 'application/json' })
            res.end(JSON.stringify({ verification: req.headers['x-okta-verification-challenge'] }))
            return
          }
          res.writeHead(200)
          res.end()
          onDelivery?.()
        })
      })
      await new Promise<void>((resolve) => hookServer.listen(0, '127.0.0.1', resolve))
      hookUrl = `http://127.0.0.1:${(hookServer.address() as AddressInfo).port}/okta/events`
    })

    afterAll(async () => {
      await new Promise<void>((resolve) => hookServer.close(() => resolve()))
    })

    it('create, get, list, verify, deliver with the auth header, deactivate, activate', async () => {
      received.length = 0
      const created = await client.eventHookApi.createEventHook({
        eventHook: {
          name: 'JML bridge',
          events: { type: 'EVENT_TYPE', items: ['user.lifecycle.create'] },
          channel: {
            type: 'HTTP',
            version: '1.0.0',
            config: {
              uri: hookUrl,
              headers: [{ key: 'X-Bridge', value: 'okta' }],
              authScheme: { type: 'HEADER', key: 'Authorization', value: 'hook-secret-1' },
            },
          },
        },
      })
      expect(created).toBeInstanceOf(okta.EventHook)
      expect(created).toMatchObject({
        name: 'JML bridge',
        status: 'ACTIVE',
        verificationStatus: 'UNVERIFIED',
      })
      // Okta never hands the secret back.
      expect(created.channel?.config?.authScheme).toMatchObject({ type: 'HEADER', key: 'Authorization' })
      expect(created.channel?.config?.authScheme?.value).toBeUndefined()
      const hookId = created.id!

      expect((await client.eventHookApi.getEventHook({ eventHookId: hookId })).channel?.config?.uri).toBe(
        hookUrl,
      )
      expect((await all(client.eventHookApi.listEventHooks())).map((h) => h.id)).toEqual([hookId])

      // An unverified hook gets no deliveries.
      await client.userApi.createUser({
        body: { profile: profile('before.verify@example.com') },
        activate: false,
      })
      await sandbox.hooks.drain()
      expect(received).toEqual([])

      const verified = await client.eventHookApi.verifyEventHook({ eventHookId: hookId })
      expect(verified.verificationStatus).toBe('VERIFIED')
      expect(received).toHaveLength(1)
      expect(received[0]!.method).toBe('GET')
      expect(received[0]!.headers).toMatchObject({ authorization: 'hook-secret-1', 'x-bridge': 'okta' })
      expect(received[0]!.headers['x-okta-verification-challenge']).toEqual(expect.any(String))
      expect(sandbox.hooks.get(hookId).verificationStatus).toBe('VERIFIED')

      const delivered = new Promise<void>((resolve) => {
        onDelivery = resolve
      })
      const joiner = await client.userApi.createUser({
        body: { profile: profile('new.joiner@example.com') },
        activate: false,
      })
      await delivered
      const delivery = received[1]!
      expect(delivery.method).toBe('POST')
      expect(delivery.headers).toMatchObject({
        authorization: 'hook-secret-1',
        'x-bridge': 'okta',
        'content-type': 'application/json',
      })
      const payload = JSON.parse(delivery.body) as {
        eventType: string
        data: { events: Record<string, unknown>[] }
      }
      expect(payload.eventType).toBe('com.okta.event_hook')
      expect(payload.data.events).toHaveLength(1)
      expect(payload.data.events[0]).toMatchObject({
        eventType: 'user.lifecycle.create',
        target: [expect.objectContaining({ id: joiner.id })],
        transaction: expect.objectContaining({
          id: recorder.apiCalls().findLast((c) => c.method === 'POST')!.requestId,
        }),
      })

      const inactive = await client.eventHookApi.deactivateEventHook({ eventHookId: hookId })
      expect(inactive.status).toBe('INACTIVE')
      expect(sandbox.hooks.get(hookId).status).toBe('INACTIVE')
      await client.userApi.createUser({
        body: { profile: profile('while.off@example.com') },
        activate: false,
      })
      await sandbox.hooks.drain()
      expect(received).toHaveLength(2)

      const reactivated = await client.eventHookApi.activateEventHook({ eventHookId: hookId })
      expect(reactivated.status).toBe('ACTIVE')
      expect((await client.eventHookApi.getEventHook({ eventHookId: hookId })).status).toBe('ACTIVE')
      onDelivery = undefined
    })
  })

  // -------------------------------------------------------------------------------------------------------
  describe('scopes', () => {
    it('a client without okta.groups.manage gets 403 E0000006 from assignUserToGroup and the org is unchanged', async () => {
      const scopes = ['okta.users.read', 'okta.groups.read']
      await registerApp(sandbox, '0oasdklimited', limitedKeys, scopes, useDpop)
      const limited = sdkClient(sandbox, '0oasdklimited', limitedKeys, scopes)
      const seeded = sandbox.org.seed({
        groups: [{ profile: { name: 'Admins' } }],
        users: [{ profile: profile('wants.admin@example.com') }],
      })
      const groupId = seeded.groups[0]!.id
      const userId = seeded.users[0]!.id
      const logSize = sandbox.org.log.size

      // Reading is within its scopes.
      expect((await limited.client.groupApi.getGroup({ groupId })).profile?.name).toBe('Admins')
      const denied = await apiError(limited.client.groupApi.assignUserToGroup({ groupId, userId }))
      expect(denied.status).toBe(403)
      expect(denied.errorCode).toBe('E0000006')
      expect(denied.headers.get('www-authenticate')).toContain('error="insufficient_scope"')
      expect(denied.headers.get('www-authenticate')).toContain('scope="okta.groups.manage"')
      expect(denied.headers.get('www-authenticate')).toMatch(useDpop ? /^DPoP / : /^Bearer /)

      expect(sandbox.org.isMember(groupId, userId)).toBe(false)
      expect(await all(limited.client.groupApi.listGroupUsers({ groupId }))).toEqual([])
      expect(sandbox.org.log.size).toBe(logSize)
      // A 403 is not a 401: the SDK kept its token instead of fetching another.
      expect(limited.recorder.tokenCalls().filter((c) => c.status === 200)).toHaveLength(1)
      expect(oauthOf(limited.client).accessToken).toMatchObject({ token_type: useDpop ? 'DPoP' : 'Bearer' })
    })
  })
})
