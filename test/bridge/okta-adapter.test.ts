/**
 * The bridge's Okta adapter (token source, request executor, port) against an in-process Okta sandbox, over
 * real HTTP: every port method against the org's state and System Log, DPoP and Bearer service apps, token
 * caching, refresh and single flight, the token endpoint's refusals, rate-limit pacing and 429s, and the
 * faults (5xx, timeouts, resets, lost answers) a real network and a real org produce.
 */
import { createHash, createPrivateKey } from 'node:crypto'
import { inspect } from 'node:util'
import {
  calculateJwkThumbprint,
  decodeJwt,
  decodeProtectedHeader,
  exportJWK,
  exportPKCS8,
  generateKeyPair,
  type JWK,
} from 'jose'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import {
  createOktaPortFactory,
  type OktaAdapterFactory,
  OktaRequestExecutor,
  OktaTokenSource,
} from '../../bridge/adapters/okta/index.js'
import { endpointFamily } from '../../bridge/adapters/okta/rate-limit-pacer.js'
import { OktaError, type OktaPort } from '../../bridge/ports/okta.js'
import { type OktaSandbox, startOktaSandbox } from '../sandboxes/okta/index.js'
import { ManualClock } from './support/manual-clock.js'

const ALL_SCOPES = [
  'okta.users.read',
  'okta.users.manage',
  'okta.groups.read',
  'okta.groups.manage',
  'okta.apps.read',
  'okta.apps.manage',
]
const DPOP_APP = '0oabridgedpop'
const BEARER_APP = '0oabridgebearer'

interface AppKey {
  kid: string
  publicJwk: JWK
  privateJwk: JWK
  /** PKCS#8 PEM. */
  pem: string
}

async function newKey(): Promise<AppKey> {
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true })
  const publicJwk = await exportJWK(publicKey)
  const kid = await calculateJwkThumbprint(publicJwk)
  return {
    kid,
    publicJwk: { ...publicJwk, kid, alg: 'RS256', use: 'sig' },
    privateJwk: { ...(await exportJWK(privateKey)), kid },
    pem: await exportPKCS8(privateKey),
  }
}

let sandbox: OktaSandbox
let dpopKey: AppKey
let bearerKey: AppKey

beforeAll(async () => {
  ;[sandbox, dpopKey, bearerKey] = await Promise.all([startOktaSandbox(), newKey(), newKey()])
})

afterAll(async () => {
  await sandbox?.stop()
})

beforeEach(() => {
  sandbox.reset()
  register(DPOP_APP, dpopKey, ALL_SCOPES, true)
  register(BEARER_APP, bearerKey, ALL_SCOPES, false)
})

function register(clientId: string, key: AppKey, scopes: string[], dpop: boolean): void {
  sandbox.auth.registerClient({ client_id: clientId, jwks: { keys: [key.publicJwk] }, scopes, dpop })
}

/** The DPoP app's token source, with its key as PKCS#8 PEM. */
function dpopSource(extra: Partial<ConstructorParameters<typeof OktaTokenSource>[0]> = {}): OktaTokenSource {
  return new OktaTokenSource({
    orgUrl: sandbox.url,
    clientId: DPOP_APP,
    privateKey: dpopKey.pem,
    keyId: dpopKey.kid,
    ...extra,
  })
}

/** The Bearer app's token source, with its key as a private JWK object. */
function bearerSource(
  extra: Partial<ConstructorParameters<typeof OktaTokenSource>[0]> = {},
): OktaTokenSource {
  return new OktaTokenSource({
    orgUrl: sandbox.url,
    clientId: BEARER_APP,
    privateKey: bearerKey.privateJwk,
    keyId: bearerKey.kid,
    ...extra,
  })
}

function factory(
  tokenSource: OktaTokenSource = dpopSource(),
  options: { requestTimeoutMs?: number; maxWaitMs?: number } = {},
): OktaAdapterFactory {
  // The sandbox URL with a trailing slash: the adapter must normalise it.
  return createOktaPortFactory({ orgUrl: `${sandbox.url}/`, tokenSource, ...options })
}

interface Stats {
  requests: Record<string, number>
  rateLimited: number
  faultsInjected: Record<string, number>
  tokensIssued: number
  tokenRequests: number
  dpopNoncesIssued: number
}

async function stats(): Promise<Stats> {
  const response = await fetch(`${sandbox.url}/__sandbox/stats`)
  expect(response.status).toBe(200)
  return (await response.json()) as Stats
}

/** The event types the System Log recorded under a request id (its `transaction.id`). */
function eventsOf(requestId: string | null): string[] {
  expect(requestId).toMatch(/^[\w-]{20,}$/)
  return sandbox.org.log
    .query({ filter: `transaction.id eq "${requestId}"`, limit: 1000 })
    .events.map((e) => e.eventType)
}

/** What a promise rejected with, which must be an {@link OktaError}. */
async function oktaError(promise: Promise<unknown>): Promise<OktaError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(OktaError)
  return error as OktaError
}

function profile(login: string, extra: Record<string, unknown> = {}) {
  const [local = 'x'] = login.split('@')
  const [first = 'x', last = 'y'] = local.split(/[._]/)
  return { login, email: login, firstName: first, lastName: last, ...extra }
}

const sha256 = (value: string) => createHash('sha256').update(value).digest('base64url')

/** A `fetch` that records what the token source sends. */
function recordingFetch(): {
  fetch: typeof fetch
  sent: { body: URLSearchParams; dpop: string; status: number }[]
} {
  const sent: { body: URLSearchParams; dpop: string; status: number }[] = []
  return {
    sent,
    fetch: async (input, init) => {
      const response = await fetch(input, init)
      const headers = new Headers(init?.headers)
      sent.push({
        body: new URLSearchParams(String(init?.body)),
        dpop: headers.get('dpop') ?? '',
        status: response.status,
      })
      return response
    },
  }
}

// =============================================================================================================
// Token source
// =============================================================================================================

describe('OktaTokenSource', () => {
  it('DPoP app (PKCS#8 PEM key): private_key_jwt, use_dpop_nonce round, DPoP token, cached, nonce remembered', async () => {
    const recorder = recordingFetch()
    const source = dpopSource({ fetch: recorder.fetch })
    const before = Date.now()
    const token = await source.getToken(['okta.users.read', 'okta.groups.read'])
    expect(token.tokenType).toBe('DPoP')
    expect(token.expiresAt).toBeGreaterThanOrEqual(before + 3600_000)
    expect(token.expiresAt).toBeLessThanOrEqual(Date.now() + 3600_000)
    expect(decodeJwt(token.accessToken)).toMatchObject({ cid: DPOP_APP, cnf: { jkt: dpopKey.kid } })

    const [first, second, ...more] = recorder.sent
    expect(more).toHaveLength(0)
    expect([first!.status, second!.status]).toEqual([400, 200])
    for (const { body } of [first!, second!]) {
      expect(body.get('grant_type')).toBe('client_credentials')
      // Sorted and space-joined: the scope set is the cache key.
      expect(body.get('scope')).toBe('okta.groups.read okta.users.read')
      expect(body.get('client_assertion_type')).toBe('urn:ietf:params:oauth:client-assertion-type:jwt-bearer')
      const assertion = body.get('client_assertion')!
      expect(decodeProtectedHeader(assertion)).toMatchObject({ alg: 'RS256', kid: dpopKey.kid })
      const claims = decodeJwt(assertion)
      expect(claims).toMatchObject({ iss: DPOP_APP, sub: DPOP_APP, aud: `${sandbox.url}/oauth2/v1/token` })
      expect(claims.exp! - claims.iat!).toBe(300)
    }
    const jtis = [first!, second!].map(({ body }) => decodeJwt(body.get('client_assertion')!).jti)
    expect(new Set(jtis).size).toBe(2)
    // The proofs: RS256 with the public half of the client key, for POST on the token URL; the second with the nonce.
    const header = decodeProtectedHeader(second!.dpop)
    expect(header).toMatchObject({
      typ: 'dpop+jwt',
      alg: 'RS256',
      jwk: { kty: 'RSA', n: dpopKey.publicJwk.n },
    })
    expect(header.jwk).not.toHaveProperty('d')
    expect(decodeJwt(first!.dpop).nonce).toBeUndefined()
    expect(decodeJwt(second!.dpop)).toMatchObject({ htm: 'POST', htu: `${sandbox.url}/oauth2/v1/token` })
    expect(decodeJwt(second!.dpop).nonce).toEqual(expect.any(String))

    // Cached: the same token, no request.
    expect(await source.getToken(['okta.groups.read', 'okta.users.read', 'okta.users.read'])).toEqual(token)
    // Another scope set: another token, in one request thanks to the remembered nonce.
    const other = await source.getToken(['okta.users.manage'])
    expect(other.accessToken).not.toBe(token.accessToken)
    expect(recorder.sent.map((s) => s.status)).toEqual([400, 200, 200])
    expect(decodeJwt(recorder.sent[2]!.dpop).nonce).toBe(decodeJwt(second!.dpop).nonce)
    expect(await stats()).toMatchObject({ tokenRequests: 3, tokensIssued: 2, dpopNoncesIssued: 1 })
  })

  it('authorize: DPoP scheme with a per-request proof (htm, htu without query, ath) that the org accepts', async () => {
    const [user] = sandbox.org.seed({ users: [{ profile: profile('ada.l@example.com') }] }).users
    const source = dpopSource()
    const url = `${sandbox.url}/api/v1/users?search=${encodeURIComponent('status eq "ACTIVE"')}#frag`
    const headers = await source.authorize('get', url, ['okta.users.read'])
    const { accessToken } = await source.getToken(['okta.users.read'])
    expect(headers.authorization).toBe(`DPoP ${accessToken}`)
    expect(decodeJwt(headers.dpop!)).toMatchObject({
      htm: 'GET',
      htu: `${sandbox.url}/api/v1/users`,
      ath: sha256(accessToken),
    })
    const response = await fetch(url, {
      headers: { authorization: headers.authorization, dpop: headers.dpop! },
    })
    expect(response.status).toBe(200)
    expect(((await response.json()) as { id: string }[]).map((u) => u.id)).toEqual([user!.id])
    // A proof is single use: each call gets a fresh one.
    const again = await source.authorize('GET', url, ['okta.users.read'])
    expect(decodeJwt(again.dpop!).jti).not.toBe(decodeJwt(headers.dpop!).jti)
  })

  it('Bearer app (JWK key, as object and as JSON string): token_type Bearer, no proof on API calls', async () => {
    const source = bearerSource()
    const token = await source.getToken(['okta.users.read'])
    expect(token.tokenType).toBe('Bearer')
    expect(decodeJwt(token.accessToken)).not.toHaveProperty('cnf')
    const headers = await source.authorize('GET', `${sandbox.url}/api/v1/users`, ['okta.users.read'])
    expect(headers).toEqual({ authorization: `Bearer ${token.accessToken}` })
    expect(
      (await fetch(`${sandbox.url}/api/v1/users`, { headers: { authorization: headers.authorization } }))
        .status,
    ).toBe(200)
    expect(await stats()).toMatchObject({ tokenRequests: 1, tokensIssued: 1, dpopNoncesIssued: 0 })

    const fromString = bearerSource({ privateKey: JSON.stringify(bearerKey.privateJwk) })
    expect((await fromString.getToken(['okta.users.read'])).tokenType).toBe('Bearer')
  })

  it('accepts a PKCS#1 PEM key; refuses a public or non-RSA key without quoting it', async () => {
    const pkcs1 = createPrivateKey(dpopKey.pem).export({ type: 'pkcs1', format: 'pem' }).toString()
    expect(pkcs1).toContain('BEGIN RSA PRIVATE KEY')
    expect((await dpopSource({ privateKey: pkcs1 }).getToken(['okta.users.read'])).tokenType).toBe('DPoP')

    const { privateKey: ec } = await generateKeyPair('ES256', { extractable: true })
    expect(() => dpopSource({ privateKey: dpopKey.publicJwk })).toThrow(/not a private key|RSA private key/)
    expect(() => dpopSource({ privateKey: 'garbage' })).toThrow('not a private key')
    expect(() => dpopSource({ privateKey: 'garbage' })).not.toThrow(/garbage/)
    const ecJwk = await exportJWK(ec)
    expect(() => dpopSource({ privateKey: ecJwk })).toThrow('must be an RSA private key')
  })

  it('refreshes ahead of expiry (injectable clock), and after expiry without a 401', async () => {
    sandbox.configure({ tokenTtlSeconds: 2 })
    let offset = 0
    const source = dpopSource({ now: () => Date.now() + offset })
    const first = await source.getToken(['okta.users.read'])
    offset = 1_500
    // 1.5 s into a 2 s life: more than 10% left, still the same token.
    expect((await source.getToken(['okta.users.read'])).accessToken).toBe(first.accessToken)
    offset = 1_900
    const second = await source.getToken(['okta.users.read'])
    expect(second.accessToken).not.toBe(first.accessToken)
    expect((await stats()).tokensIssued).toBe(2)

    // Through the port, on one manual clock for Okta and the bridge: once the token's life is over by Okta's
    // clock, the sandbox would refuse it; the next call gets a new token first instead of a 401.
    const clock = new ManualClock(new Date())
    sandbox.auth.configure({ now: () => clock.now().getTime() })
    try {
      const [user] = sandbox.org.seed({ users: [{ profile: profile('grace.h@example.com') }] }).users
      const ports = factory(dpopSource({ clock }))
      const port = ports(['okta.users.read'])
      expect((await port.findUser(user!.id))?.id).toBe(user!.id)
      clock.advance(2_100)
      expect((await port.findUser(user!.id))?.id).toBe(user!.id)
      expect((await stats()).tokensIssued).toBe(4)
      expect(ports.executor.counters.calls).toEqual({ '200': 2 })
    } finally {
      sandbox.auth.configure({ now: Date.now })
    }
  })

  it('100 concurrent cold calls: exactly one token request (Bearer) / one token (DPoP, nonce round included)', async () => {
    const bearer = bearerSource()
    const tokens = await Promise.all(Array.from({ length: 100 }, () => bearer.getToken(['okta.users.read'])))
    expect(new Set(tokens.map((t) => t.accessToken)).size).toBe(1)
    expect(await stats()).toMatchObject({ tokenRequests: 1, tokensIssued: 1 })

    // Through the port: 100 concurrent reads on a cold factory share one DPoP token.
    const users = sandbox.org.seed({
      users: Array.from({ length: 100 }, (_, i) => ({ profile: profile(`user.n${i}@example.com`) })),
    }).users
    const port = factory(dpopSource())(['okta.users.read'])
    const found = await Promise.all(users.map((user) => port.findUser(user.profile.login as string)))
    expect(found.map((u) => u?.id)).toEqual(users.map((u) => u.id))
    expect(await stats()).toMatchObject({ tokenRequests: 3, tokensIssued: 2, dpopNoncesIssued: 1 })
  })

  it('token endpoint refusals are OktaError kind auth with Okta’s error and description', async () => {
    const [user] = sandbox.org.seed({ users: [{ profile: profile('alan.t@example.com') }] }).users

    // A scope the app was not granted.
    const scopeError = await oktaError(factory()(['okta.users.read', 'okta.logs.read']).findUser(user!.id))
    expect(scopeError).toMatchObject({ kind: 'auth', status: 400, oktaCode: 'invalid_scope' })
    expect(scopeError.message).toContain('The following scopes are not allowed: [okta.logs.read]')

    // An app the org does not know: one token request (no SDK retry on a 401 that never reached the API).
    sandbox.reset()
    const stranger = new OktaTokenSource({
      orgUrl: sandbox.url,
      clientId: '0oastranger',
      privateKey: dpopKey.pem,
      keyId: dpopKey.kid,
    })
    const clientError = await oktaError(
      factory(stranger)(['okta.users.read']).findUser('someone@example.com'),
    )
    expect(clientError).toMatchObject({ kind: 'auth', status: 401, oktaCode: 'invalid_client' })
    expect(clientError.message).toContain("Invalid value for 'client_id' parameter.")
    expect(await stats()).toMatchObject({ tokenRequests: 1, tokensIssued: 0 })
    expect(Object.keys((await stats()).requests).some((route) => route.includes('/api/v1/'))).toBe(false)
  })

  it('never exposes the key or tokens in errors or when inspected', async () => {
    const source = dpopSource()
    const token = await source.getToken(['okta.users.read'])
    const shown = `${inspect(source, { depth: 10, showHidden: true })} ${JSON.stringify(source)}`
    expect(shown).not.toContain(String(dpopKey.privateJwk.d))
    expect(shown).not.toContain('PRIVATE KEY')
    expect(shown).not.toContain(token.accessToken)

    sandbox.reset()
    const error = await oktaError(source.getToken(['okta.users.manage']))
    const text = `${error.message} ${JSON.stringify(error)} ${inspect(error)}`
    expect(text).not.toContain(String(dpopKey.privateJwk.d))
    expect(text).not.toContain(token.accessToken)
  })

  it('network failures are kind unavailable (status 0), after a bounded number of tries', async () => {
    let calls = 0
    const source = dpopSource({
      fetch: async () => {
        calls++
        throw new TypeError('fetch failed', { cause: { code: 'ECONNREFUSED' } })
      },
    })
    const error = await oktaError(source.getToken(['okta.users.read']))
    expect(error).toMatchObject({ kind: 'unavailable', status: 0 })
    expect(error.message).toContain('ECONNREFUSED')
    expect(calls).toBe(3)
  })
})

// =============================================================================================================
// Port operations
// =============================================================================================================

describe.each([
  ['DPoP app', () => dpopSource()],
  ['Bearer app', () => bearerSource()],
])('OktaPort operations (%s)', (_name, source) => {
  let port: OktaPort

  beforeEach(() => {
    port = factory(source())(ALL_SCOPES)
  })

  it('findUser: by id, by login in any case; unknown, injected, short-name, empty and dot ids find nothing', async () => {
    const [jane, short, slash] = sandbox.org.seed({
      users: [
        { profile: profile('jane.doe@example.com', { department: 'R&D' }) },
        { profile: profile('short@example.com') },
        { profile: profile('a/b@example.com') },
      ],
    }).users
    const byId = await port.findUser(jane!.id)
    expect(byId).toEqual({
      id: jane!.id,
      status: 'ACTIVE',
      profile: {
        login: 'jane.doe@example.com',
        email: 'jane.doe@example.com',
        firstName: 'jane',
        lastName: 'doe',
        department: 'R&D',
      },
    })
    expect(await port.findUser('JANE.DOE@example.com')).toEqual(byId)
    expect(await port.findUser('nobody@example.com')).toBeUndefined()
    expect(await port.findUser('a" or status eq "ACTIVE')).toBeUndefined()
    // Okta (and the sandbox) resolve an unambiguous short name; the port does not accept it for the login.
    expect(sandbox.org.findUser('short')?.id).toBe(short!.id)
    expect(await port.findUser('short')).toBeUndefined()
    expect(await port.findUser('')).toBeUndefined()
    expect(await port.findUser('..')).toBeUndefined()
    // A login with `/` cannot be fetched by path: found by an escaped search; an injection through it is inert.
    expect((await port.findUser('A/B@example.com'))?.id).toBe(slash!.id)
    expect(await port.findUser('x/" or status eq "ACTIVE')).toBeUndefined()
    expect(await port.findUser('x/" or login sw "a')).toBeUndefined()
  })

  it('listUserGroupIds excludes Everyone; findGroup, findApp, isAssignedToApp', async () => {
    const seeded = sandbox.org.seed({
      groups: [
        { profile: { name: 'Engineering' } },
        { profile: { name: 'Staff' } },
        { profile: { name: 'Other' } },
      ],
      apps: [{ name: 'bookmark', label: 'Wiki' }],
      users: [{ profile: profile('ada.l@example.com'), groups: ['Engineering', 'Staff'] }],
    })
    const [eng, staff] = seeded.groups
    const [app] = seeded.apps
    const [user] = seeded.users
    expect((await port.listUserGroupIds(user!.id)).sort()).toEqual([eng!.id, staff!.id].sort())
    expect(await oktaError(port.listUserGroupIds('00unobody'))).toMatchObject({
      kind: 'not-found',
      status: 404,
    })

    // (and the description, which the catalog's tests cover)
    expect(await port.findGroup(eng!.id)).toMatchObject({
      id: eng!.id,
      name: 'Engineering',
      type: 'OKTA_GROUP',
    })
    expect(await port.findGroup(sandbox.org.everyone.id)).toMatchObject({
      id: sandbox.org.everyone.id,
      name: 'Everyone',
      type: 'BUILT_IN',
    })
    expect(await port.findGroup('00gnothing')).toBeUndefined()
    expect(await port.findApp(app!.id)).toMatchObject({ id: app!.id, label: 'Wiki', status: 'ACTIVE' })
    expect(await port.findApp('0oanothing')).toBeUndefined()

    expect(await port.isAssignedToApp(app!.id, user!.id)).toBe(false)
    await port.assignApp(app!.id, user!.id)
    expect(await port.isAssignedToApp(app!.id, user!.id)).toBe(true)
    expect(await port.isAssignedToApp('0oanothing', user!.id)).toBe(false)
  })

  it('createUser: STAGED with its groups in one call, under the request id the System Log records', async () => {
    const [eng, staff] = sandbox.org.seed({
      groups: [{ profile: { name: 'Engineering' } }, { profile: { name: 'Staff' } }],
    }).groups
    const wanted = profile('grace.hopper@example.com', { department: 'Navy', employeeNumber: '1906' })
    const created = await port.createUser(wanted, [eng!.id, staff!.id])
    expect(created.value).toMatchObject({ status: 'STAGED', profile: wanted })
    const stored = sandbox.org.findUser('grace.hopper@example.com')!
    expect(stored).toMatchObject({ id: created.value.id, status: 'STAGED', profile: wanted })
    expect(sandbox.org.isMember(eng!.id, stored.id) && sandbox.org.isMember(staff!.id, stored.id)).toBe(true)
    expect(eventsOf(created.requestId)).toEqual([
      'user.lifecycle.create',
      'group.user_membership.add',
      'group.user_membership.add',
    ])
    expect((await stats()).requests['POST /api/v1/users']).toBe(1)

    const duplicate = await oktaError(port.createUser(profile('GRACE.HOPPER@example.com'), []))
    expect(duplicate).toMatchObject({ kind: 'conflict', status: 400, oktaCode: 'E0000001' })
    expect(duplicate.causes.join(' ')).toContain('already exists')
    expect(duplicate.oktaRequestId).toMatch(/^[\w-]{20,}$/)
    const invalid = await oktaError(port.createUser({ login: 'not-an-email', email: 'x@example.com' }, []))
    expect(invalid).toMatchObject({ kind: 'invalid', status: 400, oktaCode: 'E0000001' })
    expect(await oktaError(port.createUser(profile('x.y@example.com'), ['00gnothing']))).toMatchObject({
      kind: 'not-found',
    })
    expect(sandbox.org.users.size).toBe(1)
  })

  it('updateProfile merges; a deprovisioned user is a conflict (E0000038)', async () => {
    const [user, gone] = sandbox.org.seed({
      users: [
        { profile: profile('barbara.l@example.com', { department: 'Eng', title: 'Engineer' }) },
        { profile: profile('old.timer@example.com'), status: 'DEPROVISIONED' },
      ],
    }).users
    const updated = await port.updateProfile(user!.id, { title: 'Principal', costCenter: 'CC-1' })
    expect(updated.value.profile).toMatchObject({ department: 'Eng', title: 'Principal', costCenter: 'CC-1' })
    expect(sandbox.org.getUser(user!.id).profile).toMatchObject({
      department: 'Eng',
      title: 'Principal',
      costCenter: 'CC-1',
    })
    expect(eventsOf(updated.requestId)).toEqual(['user.account.update_profile'])

    const refused = await oktaError(port.updateProfile(gone!.id, { title: 'Ghost' }))
    expect(refused).toMatchObject({ kind: 'conflict', status: 403, oktaCode: 'E0000038' })
    expect(sandbox.org.getUser(gone!.id).profile.title).toBeUndefined()
  })

  it('lifecycle: every operation moves the user and is logged under its request id; refusals are conflicts', async () => {
    const [staged, active, locked, suspended] = sandbox.org.seed({
      users: [
        { profile: profile('s.staged@example.com'), status: 'STAGED', password: false },
        { profile: profile('a.active@example.com') },
        { profile: profile('l.locked@example.com'), status: 'LOCKED_OUT' },
        { profile: profile('s.suspended@example.com'), status: 'SUSPENDED' },
      ],
    }).users
    const status = (id: string) => sandbox.org.getUser(id).status
    const steps: [string, Parameters<OktaPort['lifecycle']>[1], string, string][] = [
      [staged!.id, 'activate', 'PROVISIONED', 'user.lifecycle.activate'],
      [active!.id, 'suspend', 'SUSPENDED', 'user.lifecycle.suspend'],
      [suspended!.id, 'unsuspend', 'ACTIVE', 'user.lifecycle.unsuspend'],
      [locked!.id, 'unlock', 'ACTIVE', 'user.account.unlock'],
      [locked!.id, 'reset_password', 'RECOVERY', 'user.account.reset_password'],
      [active!.id, 'deactivate', 'DEPROVISIONED', 'user.lifecycle.deactivate'],
    ]
    for (const [id, operation, expected, event] of steps) {
      const written = await port.lifecycle(id, operation, { sendEmail: false })
      expect(written.value).toBeUndefined()
      expect(status(id)).toBe(expected)
      expect(eventsOf(written.requestId)).toEqual([event])
    }
    // The bridge never asks Okta for an email unless told to.
    const activation = (await stats()).requests['POST /api/v1/users/:userId/lifecycle/:operation']
    expect(activation).toBe(steps.length)

    const refusals: [string, Parameters<OktaPort['lifecycle']>[1], number, string][] = [
      [staged!.id, 'suspend', 400, 'E0000001'],
      [suspended!.id, 'unlock', 403, 'E0000032'],
      [suspended!.id, 'activate', 403, 'E0000016'],
      [active!.id, 'deactivate', 403, 'E0000038'],
    ]
    for (const [id, operation, httpStatus, code] of refusals) {
      const before = status(id)
      const error = await oktaError(port.lifecycle(id, operation))
      expect(error).toMatchObject({ kind: 'conflict', status: httpStatus, oktaCode: code })
      expect(error.oktaRequestId).toMatch(/^[\w-]{20,}$/)
      expect(status(id)).toBe(before)
    }
    expect(await oktaError(port.lifecycle('00unobody', 'suspend'))).toMatchObject({
      kind: 'not-found',
      status: 404,
    })
  })

  it('revokeSessions, group membership and app assignment change the org, each under its request id', async () => {
    const seeded = sandbox.org.seed({
      groups: [{ profile: { name: 'Engineering' } }],
      apps: [{ name: 'bookmark', label: 'Wiki' }],
      users: [{ profile: profile('ken.t@example.com') }],
    })
    const [group] = seeded.groups
    const [app] = seeded.apps
    const [user] = seeded.users

    const revoked = await port.revokeSessions(user!.id, { oauthTokens: true })
    expect(eventsOf(revoked.requestId)).toEqual(['user.session.clear'])
    const [clear] = sandbox.org.log.query({ filter: `transaction.id eq "${revoked.requestId}"` }).events
    expect(clear!.debugContext.debugData).toMatchObject({ revokeOAuthTokens: true })

    const added = await port.addGroupMember(group!.id, user!.id)
    expect(sandbox.org.isMember(group!.id, user!.id)).toBe(true)
    expect(eventsOf(added.requestId)).toEqual(['group.user_membership.add'])
    const removed = await port.removeGroupMember(group!.id, user!.id)
    expect(sandbox.org.isMember(group!.id, user!.id)).toBe(false)
    expect(eventsOf(removed.requestId)).toEqual(['group.user_membership.remove'])
    // Idempotent in Okta: removing again succeeds and logs nothing.
    const again = await port.removeGroupMember(group!.id, user!.id)
    expect(eventsOf(again.requestId)).toEqual([])
    // Everyone's membership is Okta's to compute.
    expect(await oktaError(port.addGroupMember(sandbox.org.everyone.id, user!.id))).toMatchObject({
      kind: 'forbidden',
      status: 403,
      oktaCode: 'E0000006',
    })

    const assigned = await port.assignApp(app!.id, user!.id)
    expect(sandbox.org.userAppIds(user!.id)).toEqual([app!.id])
    expect(eventsOf(assigned.requestId)).toEqual(['application.user_membership.add'])
    const unassigned = await port.unassignApp(app!.id, user!.id)
    expect(sandbox.org.userAppIds(user!.id)).toEqual([])
    expect(eventsOf(unassigned.requestId)).toEqual(['application.user_membership.remove'])
    expect(await oktaError(port.unassignApp(app!.id, user!.id))).toMatchObject({
      kind: 'not-found',
      status: 404,
    })

    // The same ids through Okta's own log API.
    const token = await bearerSource().getToken(['okta.users.read'])
    expect(token.tokenType).toBe('Bearer')
    register('0oalogreader', bearerKey, ['okta.logs.read'], false)
    const reader = new OktaTokenSource({
      orgUrl: sandbox.url,
      clientId: '0oalogreader',
      privateKey: bearerKey.pem,
      keyId: bearerKey.kid,
    })
    const logsUrl = `${sandbox.url}/api/v1/logs?filter=${encodeURIComponent(`transaction.id eq "${assigned.requestId}"`)}`
    const headers = await reader.authorize('GET', logsUrl, ['okta.logs.read'])
    const logs = await fetch(logsUrl, { headers: { authorization: headers.authorization } })
    expect(logs.status).toBe(200)
    const events = (await logs.json()) as { eventType: string; transaction: { id: string } }[]
    expect(events.map((e) => [e.eventType, e.transaction.id])).toEqual([
      ['application.user_membership.add', assigned.requestId],
    ])
  })
})

// =============================================================================================================
// Authorization at the API
// =============================================================================================================

describe('OktaPort authorization', () => {
  it('a port holding only okta.users.read cannot write: forbidden, org unchanged', async () => {
    const [user] = sandbox.org.seed({ users: [{ profile: profile('read.only@example.com') }] }).users
    const port = factory()(['okta.users.read'])
    expect((await port.findUser(user!.id))?.id).toBe(user!.id)
    const logged = sandbox.org.log.size
    const error = await oktaError(port.updateProfile(user!.id, { title: 'Hacker' }))
    expect(error).toMatchObject({ kind: 'forbidden', status: 403, oktaCode: 'E0000006' })
    expect(await oktaError(port.lifecycle(user!.id, 'suspend'))).toMatchObject({ kind: 'forbidden' })
    expect(sandbox.org.getUser(user!.id)).toMatchObject({
      status: 'ACTIVE',
      profile: profile('read.only@example.com'),
    })
    expect(sandbox.org.log.size).toBe(logged)
  })

  it('a 401 drops the token, fetches a new one and repeats the call once', async () => {
    const [user] = sandbox.org.seed({ users: [{ profile: profile('re.auth@example.com') }] }).users
    const ports = factory()
    const port = ports(['okta.users.read'])
    await port.findUser(user!.id)
    // The org forgets every token (its clients too; the app is registered again).
    sandbox.auth.reset()
    register(DPOP_APP, dpopKey, ALL_SCOPES, true)
    expect((await port.findUser(user!.id))?.id).toBe(user!.id)
    expect(ports.executor.counters.calls).toEqual({ '200': 2, '401': 1 })
    expect((await stats()).tokensIssued).toBe(1)
  })

  it('never sends credentials to another origin, even when a Link header points there', async () => {
    const seeded = sandbox.org.seed({
      groups: [{ profile: { name: 'Engineering' } }],
      users: [{ profile: profile('link.follower@example.com'), groups: ['Engineering'] }],
    })
    const [user] = seeded.users
    const urls: string[] = []
    // An answer whose `Link: rel="next"` names another host (a compromised proxy, say).
    const executor = new OktaRequestExecutor({
      fetch: async (input, init) => {
        urls.push(String(input))
        const answer = await fetch(input, init)
        if (!String(input).endsWith('/groups')) return answer
        const headers = new Headers(answer.headers)
        headers.set('link', '<https://evil.example/api/v1/users/x/groups?after=1>; rel="next"')
        return new Response(await answer.arrayBuffer(), { status: answer.status, headers })
      },
    })
    const ports = createOktaPortFactory({ orgUrl: sandbox.url, tokenSource: dpopSource(), executor })
    expect(ports.executor).toBe(executor)
    await expect(ports(['okta.users.read']).listUserGroupIds(user!.id)).rejects.toThrow(
      'Refusing to send Okta credentials to https://evil.example',
    )
    expect(urls).toEqual([`${sandbox.url}/api/v1/users/${user!.id}/groups`])
  })

  it('rejects an org URL that is not the token source’s, or not an org URL', () => {
    const source = dpopSource()
    expect(() =>
      createOktaPortFactory({ orgUrl: 'https://other.okta.example', tokenSource: source }),
    ).toThrow('token source is for')
    const withOrg = (orgUrl: string) =>
      new OktaTokenSource({ orgUrl, clientId: 'c', privateKey: dpopKey.pem, keyId: 'k' })
    expect(() => withOrg('https://x.okta.example/path')).toThrow('Okta org URL must be like')
    expect(() => withOrg('ftp://x.okta.example')).toThrow('Okta org URL must be like')
    expect(withOrg('https://x.okta.example//').tokenUrl).toBe('https://x.okta.example/oauth2/v1/token')
  })

  it('ignores OKTA_CLIENT_* settings and HTTPS_PROXY that the SDK would read implicitly', async () => {
    const [user] = sandbox.org.seed({ users: [{ profile: profile('env.proof@example.com') }] }).users
    const names = [
      'OKTA_CLIENT_ORGURL',
      'OKTA_CLIENT_TOKEN',
      'OKTA_CLIENT_SCOPES',
      'HTTPS_PROXY',
      'https_proxy',
    ]
    const saved = Object.fromEntries(names.map((name) => [name, process.env[name]]))
    Object.assign(process.env, {
      OKTA_CLIENT_ORGURL: 'http://127.0.0.1:9',
      OKTA_CLIENT_TOKEN: 'ssws-from-env',
      OKTA_CLIENT_SCOPES: 'okta.logs.read',
      HTTPS_PROXY: 'http://127.0.0.1:9',
      https_proxy: 'http://127.0.0.1:9',
    })
    try {
      const port = factory()(['okta.users.read'])
      expect((await port.findUser(user!.id))?.id).toBe(user!.id)
    } finally {
      for (const name of names) {
        if (saved[name] === undefined) delete process.env[name]
        else process.env[name] = saved[name]
      }
    }
    expect((await stats()).requests['GET /api/v1/users/:userId']).toBe(1)
  })
})

// =============================================================================================================
// Rate limits and faults
// =============================================================================================================

describe('Rate limits and faults', () => {
  function seedUsers(n: number) {
    return sandbox.org.seed({
      users: Array.from({ length: n }, (_, i) => ({ profile: profile(`rate.u${i}@example.com`) })),
    }).users
  }

  it('endpoint families are path templates', () => {
    expect(endpointFamily('GET', 'https://o.okta.com/api/v1/users/00u1?x=1')).toBe('GET /api/v1/users/{id}')
    expect(endpointFamily('POST', 'https://o.okta.com/api/v1/users/00u1/lifecycle/suspend')).toBe(
      'POST /api/v1/users/{id}/lifecycle/suspend',
    )
    expect(endpointFamily('PUT', 'https://o.okta.com/api/v1/groups/00g1/users/00u1')).toBe(
      'PUT /api/v1/groups/{id}/users/{id}',
    )
    expect(endpointFamily('GET', 'https://o.okta.com/api/v1/users')).toBe('GET /api/v1/users')
  })

  it('paces itself: 2 calls per 2 s window, 4 calls, all succeed without a 429', async () => {
    const users = seedUsers(8)
    const port = factory()(['okta.users.read'])
    await port.findUser(users[0]!.id) // the token, before the limit applies
    sandbox.configure({
      rateLimits: [{ pathPrefix: '/api/v1/users/', method: 'GET', limit: 2, windowSeconds: 2 }],
    })
    const ports = factory()
    const paced = ports(['okta.users.read'])
    for (const user of users.slice(0, 4)) expect((await paced.findUser(user.id))?.id).toBe(user.id)
    expect((await stats()).rateLimited).toBe(0)
    expect(ports.executor.counters.waits).toBeGreaterThanOrEqual(1)
    expect(ports.executor.counters.calls).toEqual({ '200': 4 })

    // Four at once on a cold executor: it cannot know the limit before the first answers, so a few 429s are
    // possible; it waits out the window and every call succeeds.
    const cold = factory()
    const all = await Promise.all(users.slice(4).map((user) => cold(['okta.users.read']).findUser(user.id)))
    expect(all.map((u) => u?.id)).toEqual(users.slice(4).map((u) => u.id))
    expect((await stats()).rateLimited).toBeLessThanOrEqual(1)
  })

  it('a family whose answers carry no rate-limit headers: after the first answer, the held-back calls go together', async () => {
    const users = seedUsers(6)
    const tokens = dpopSource()
    await factory(tokens)(['okta.users.read']).findUser(users[0]!.id) // the token, outside the count below
    // No rule: the sandbox sends no X-Rate-Limit-* headers (as a proxy that strips them would).
    sandbox.configure({ rateLimits: [], latencyMs: 300 })
    let inFlight = 0
    let most = 0
    const counting: typeof fetch = async (input, init) => {
      most = Math.max(most, ++inFlight)
      try {
        return await fetch(input, init)
      } finally {
        inFlight--
      }
    }
    const executor = new OktaRequestExecutor({ fetch: counting })
    const port = createOktaPortFactory({ orgUrl: sandbox.url, tokenSource: tokens, executor })([
      'okta.users.read',
    ])
    const found = await Promise.all(users.map((user) => port.findUser(user.id)))
    expect(found.map((u) => u?.id)).toEqual(users.map((u) => u.id))
    // One probe alone, then the five that waited for its answer all at once, not one per answer.
    expect(most).toBe(5)
    expect(executor.counters.calls).toEqual({ '200': 6 })
  })

  it('a window that resets later than maxWaitMs fails as rate-limited, with the reset time', async () => {
    const users = seedUsers(2)
    await factory()(['okta.users.read']).findUser(users[0]!.id)
    sandbox.configure({
      rateLimits: [{ pathPrefix: '/api/v1/users/', method: 'GET', limit: 1, windowSeconds: 3600 }],
    })
    const ports = factory(dpopSource(), { maxWaitMs: 500 })
    const port = ports(['okta.users.read'])
    expect((await port.findUser(users[0]!.id))?.id).toBe(users[0]!.id)

    // Okta's 429, to a fresh executor that did not know.
    const fresh = factory(dpopSource(), { maxWaitMs: 500 })
    const answered = await oktaError(fresh(['okta.users.read']).findUser(users[1]!.id))
    expect(answered).toMatchObject({ kind: 'rate-limited', status: 429, oktaCode: 'E0000047' })
    expect(answered.retryAt).toBeGreaterThan(Date.now() + 500)
    expect(answered.oktaRequestId).toMatch(/^[\w-]{20,}$/)
    expect(fresh.executor.counters).toMatchObject({ rateLimited: 1, retries: 0, calls: { '429': 1 } })

    // The executor that saw the window used up does not even send.
    const rateLimitedBefore = (await stats()).rateLimited
    const paced = await oktaError(port.findUser(users[1]!.id))
    expect(paced).toMatchObject({ kind: 'rate-limited' })
    expect(paced.retryAt).toBe(answered.retryAt)
    expect((await stats()).rateLimited).toBe(rateLimitedBefore)
  })

  it('a 429 within maxWaitMs is waited out and repeated', async () => {
    const users = seedUsers(2)
    const ports = factory()
    const port = ports(['okta.users.read'])
    await port.findUser(users[0]!.id)
    sandbox.configure({ faults: { next: 1, statuses: [429], pathPrefix: '/api/v1/users/', method: 'GET' } })
    expect((await port.findUser(users[1]!.id))?.id).toBe(users[1]!.id)
    expect(ports.executor.counters).toMatchObject({
      rateLimited: 1,
      retries: 1,
      calls: { '200': 2, '429': 1 },
    })
  })

  it('GET after two 503s: retried, and succeeds', async () => {
    const [user] = seedUsers(1)
    const ports = factory()
    const port = ports(['okta.users.read'])
    await port.findUser(user!.id) // token first: the fault below applies to every Okta path
    sandbox.configure({ faults: { next: 2, statuses: [503] } })
    expect((await port.findUser(user!.id))?.id).toBe(user!.id)
    expect((await stats()).faultsInjected).toEqual({ '503': 2 })
    expect(ports.executor.counters).toMatchObject({ retries: 2, calls: { '200': 2, '503': 2 } })
  })

  it('GET that times out: retried with a short request timeout', async () => {
    const [user] = seedUsers(1)
    const ports = factory(dpopSource(), { requestTimeoutMs: 300 })
    const port = ports(['okta.users.read'])
    await port.findUser(user!.id)
    sandbox.configure({
      faults: {
        next: 1,
        statuses: ['timeout'],
        pathPrefix: '/api/v1/users/',
        method: 'GET',
        timeoutMs: 10_000,
      },
    })
    expect((await port.findUser(user!.id))?.id).toBe(user!.id)
    expect(ports.executor.counters.calls).toEqual({ '200': 2, timeout: 1 })
  })

  it('createUser whose answer is lost after Okta made the user: looked up, returned, not created twice', async () => {
    const [group] = sandbox.org.seed({ groups: [{ profile: { name: 'Engineering' } }] }).groups
    const port = factory()(ALL_SCOPES)
    sandbox.configure({
      faults: { next: 1, statuses: [503], phase: 'after', pathPrefix: '/api/v1/users', method: 'POST' },
    })
    const wanted = profile('lost.answer@example.com', { department: 'Ops' })
    const created = await port.createUser(wanted, [group!.id])
    expect(created.requestId).toBeNull()
    expect(created.value).toMatchObject({ status: 'STAGED', profile: wanted })
    const matching = [...sandbox.org.users.values()].filter(
      (u) => u.profile.login === 'lost.answer@example.com',
    )
    expect(matching.map((u) => u.id)).toEqual([created.value.id])
    expect(sandbox.org.isMember(group!.id, created.value.id)).toBe(true)
    const { requests } = await stats()
    expect(requests['POST /api/v1/users']).toBe(1)
    expect(requests['GET /api/v1/users/:userId']).toBe(1)
  })

  it('createUser that failed before Okta acted: looked up, not there, created by a second call', async () => {
    const port = factory()(ALL_SCOPES)
    sandbox.configure({
      faults: { next: 1, statuses: ['reset'], pathPrefix: '/api/v1/users', method: 'POST' },
    })
    const created = await port.createUser(profile('second.try@example.com'), [])
    expect(eventsOf(created.requestId)).toEqual(['user.lifecycle.create'])
    expect(sandbox.org.findUser('second.try@example.com')?.id).toBe(created.value.id)
    expect((await stats()).requests['POST /api/v1/users']).toBe(2)
  })

  it('a lifecycle POST is never repeated blindly: a lost answer is settled by reading the user, or stays unavailable', async () => {
    const [a, b] = seedUsers(2)
    const port = factory()(ALL_SCOPES)
    const route = 'POST /api/v1/users/:userId/lifecycle/:operation'

    // The suspend happened, the answer was lost: the user is SUSPENDED, so it is done (request id unknown).
    sandbox.configure({
      faults: { next: 1, statuses: ['reset'], phase: 'after', pathPrefix: '/api/v1/users/', method: 'POST' },
    })
    expect(await port.lifecycle(a!.id, 'suspend')).toEqual({ value: undefined, requestId: null })
    expect(sandbox.org.getUser(a!.id).status).toBe('SUSPENDED')

    // It did not happen: still ACTIVE, so the outcome is reported as unavailable, and the POST is not repeated.
    sandbox.configure({ faults: { next: 1, statuses: [503], pathPrefix: '/api/v1/users/', method: 'POST' } })
    const error = await oktaError(port.lifecycle(b!.id, 'suspend'))
    expect(error).toMatchObject({ kind: 'unavailable', status: 503 })
    expect(sandbox.org.getUser(b!.id).status).toBe('ACTIVE')
    expect((await stats()).requests[route]).toBe(2)
  })

  it('unassignApp whose DELETE answer was lost: repeated (idempotent), and the 404 means done', async () => {
    const seeded = sandbox.org.seed({
      apps: [{ name: 'bookmark' }],
      users: [{ profile: profile('app.user@example.com') }],
    })
    const [app] = seeded.apps
    const [user] = seeded.users
    const port = factory()(ALL_SCOPES)
    await port.assignApp(app!.id, user!.id)
    sandbox.configure({
      faults: { next: 1, statuses: [503], phase: 'after', pathPrefix: '/api/v1/apps', method: 'DELETE' },
    })
    expect(await port.unassignApp(app!.id, user!.id)).toEqual({ value: undefined, requestId: null })
    expect(sandbox.org.userAppIds(user!.id)).toEqual([])
    expect((await stats()).requests['DELETE /api/v1/apps/:appId/users/:userId']).toBe(2)
  })
})
