/**
 * The sandbox's org authorization server over HTTP: real form-encoded `POST /oauth2/v1/token` requests and
 * real Management API calls, as a service app (or the Okta SDK) sends them. Complements the unit tests in
 * `authorization-server.test.ts`: here every rejection is checked as a client sees it on the wire (status,
 * `error`, `Content-Type`, `Cache-Control: no-store`, `WWW-Authenticate`), and the sandbox's own counters
 * and org state prove that a refused request issued no token and changed nothing.
 */
import { calculateJwkThumbprint, decodeJwt } from 'jose'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import {
  type AssertionOverrides,
  clientAssertion,
  type DpopProofOptions,
  dpopProof,
  generateServiceApp,
  type ServiceAppKeys,
} from './auth/test-client.js'
import { control, type OktaErrorJson, profileFor, seed, sleep, type UserJson } from './http-test-support.js'
import { type OktaSandbox, type SandboxStats, startOktaSandbox } from './index.js'

const JWT_BEARER = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer'
const READ = 'okta.users.read'
/** What both registered apps hold; requests ask for a subset, so the `scope` echo is meaningful. */
const GRANTED = ['okta.users.read', 'okta.groups.read', 'okta.logs.read']

let sandbox: OktaSandbox
let tokenUrl: string
let usersUrl: string
/** Registered with DPoP required (Okta's default for new API Services apps). */
let dpopApp: ServiceAppKeys
/** Registered without DPoP: gets Bearer tokens. */
let bearerApp: ServiceAppKeys
/** Never registered: an unknown client, and a key that belongs to nobody the org knows. */
let stranger: ServiceAppKeys

beforeAll(async () => {
  sandbox = await startOktaSandbox()
  tokenUrl = `${sandbox.url}/oauth2/v1/token`
  usersUrl = `${sandbox.url}/api/v1/users`
  ;[dpopApp, bearerApp, stranger] = await Promise.all([
    generateServiceApp(),
    generateServiceApp(),
    generateServiceApp(),
  ])
})

afterAll(async () => {
  await sandbox?.stop()
})

beforeEach(async () => {
  // A reset forgets clients, tokens, nonces, replay caches, counters and configuration.
  expect((await control(sandbox.url, 'POST', '/__sandbox/reset')).status).toBe(200)
  for (const [app, dpop] of [
    [dpopApp, true],
    [bearerApp, false],
  ] as const) {
    const answer = await control(sandbox.url, 'POST', '/__sandbox/clients', {
      client_id: app.clientId,
      jwks: { keys: [app.publicJwk] },
      scopes: GRANTED,
      dpop,
    })
    expect(answer.status, JSON.stringify(answer.body)).toBe(201)
  }
})

const nowSec = () => Math.floor(Date.now() / 1000)

async function stats(): Promise<SandboxStats> {
  const answer = await control<SandboxStats>(sandbox.url, 'GET', '/__sandbox/stats')
  expect(answer.status).toBe(200)
  return answer.body
}

async function configure(patch: unknown): Promise<void> {
  const answer = await control(sandbox.url, 'PUT', '/__sandbox/config', patch)
  expect(answer.status, JSON.stringify(answer.body)).toBe(200)
}

/** Form fields of a token request; `undefined` leaves a field out. */
type TokenForm = Record<string, string | undefined>

/** A well-formed `client_credentials` form for `app`, with a fresh assertion built from `assertion`. */
async function tokenForm(
  app: ServiceAppKeys,
  opts: { scope?: string; assertion?: AssertionOverrides } = {},
): Promise<TokenForm> {
  return {
    grant_type: 'client_credentials',
    scope: opts.scope ?? READ,
    client_assertion_type: JWT_BEARER,
    client_assertion: await clientAssertion(app, tokenUrl, opts.assertion),
  }
}

/** Sends a form-encoded token request, with a `DPoP` header when `proof` is given. */
function postToken(form: TokenForm, proof?: string): Promise<Response> {
  const body = new URLSearchParams()
  for (const [name, value] of Object.entries(form)) if (value !== undefined) body.set(name, value)
  return fetch(tokenUrl, {
    method: 'POST',
    headers: {
      Accept: 'application/json',
      'Content-Type': 'application/x-www-form-urlencoded',
      ...(proof === undefined ? {} : { DPoP: proof }),
    },
    body: body.toString(),
  })
}

/**
 * A token request of the DPoP app with a fresh assertion and a proof that is well formed unless `proof`
 * overrides something; `keys` signs the proof (and, unless overridden, is the `jwk` in its header).
 */
async function dpopTokenRequest(
  proof: Partial<DpopProofOptions> = {},
  keys: Pick<ServiceAppKeys, 'privateJwk' | 'publicJwk'> = dpopApp,
  scope = READ,
): Promise<Response> {
  const header = await dpopProof(keys, { htm: 'POST', htu: tokenUrl, ...proof })
  return postToken(await tokenForm(dpopApp, { scope }), header)
}

interface TokenAnswer {
  access_token?: string
  token_type?: string
  expires_in?: number
  scope?: string
  error?: string
  error_description?: string
}

/** Checks the headers RFC 6749 §5.1/§5.2 require of every token endpoint answer, good or bad. */
function expectTokenEndpointHeaders(res: Response): void {
  expect(res.headers.get('content-type')).toMatch(/^application\/json\b/)
  expect(res.headers.get('cache-control')).toBe('no-store')
  expect(res.headers.get('pragma')).toBe('no-cache')
}

/**
 * Sends a token request that must be refused and checks it is refused the way Okta refuses it: `status`,
 * `{error, error_description}` as JSON, not cacheable, no token in the body, and no token counted as issued.
 */
async function expectRefused(
  send: () => Promise<Response>,
  status: number,
  error: string,
): Promise<{ res: Response; body: TokenAnswer }> {
  const before = await stats()
  const res = await send()
  const body = (await res.json()) as TokenAnswer
  expect(res.status, JSON.stringify(body)).toBe(status)
  expect(body.error).toBe(error)
  expect(body.error_description).toEqual(expect.any(String))
  expect(body.error_description).not.toBe('')
  expect(body.access_token).toBeUndefined()
  expectTokenEndpointHeaders(res)
  const after = await stats()
  expect(after.tokensIssued).toBe(before.tokensIssued)
  expect(after.tokenRequests).toBe(before.tokenRequests + 1)
  return { res, body }
}

/** Gets the org's current DPoP nonce the way a client learns it: a first request answered `use_dpop_nonce`. */
async function fetchNonce(): Promise<string> {
  const res = await dpopTokenRequest()
  expect(res.status).toBe(400)
  expect(((await res.json()) as TokenAnswer).error).toBe('use_dpop_nonce')
  const nonce = res.headers.get('dpop-nonce')
  expect(nonce).toMatch(/^[\w-]{16,}$/)
  return nonce!
}

/** A DPoP-bound token of the DPoP app (nonce dance included). */
async function dpopToken(scope = READ): Promise<string> {
  const res = await dpopTokenRequest({ nonce: await fetchNonce() }, dpopApp, scope)
  const body = (await res.json()) as TokenAnswer
  expect(res.status, JSON.stringify(body)).toBe(200)
  return body.access_token!
}

/** A Bearer token of the app registered without DPoP. */
async function bearerToken(scope = READ): Promise<string> {
  const res = await postToken(await tokenForm(bearerApp, { scope }))
  const body = (await res.json()) as TokenAnswer
  expect(res.status, JSON.stringify(body)).toBe(200)
  return body.access_token!
}

/**
 * `method url` with `Authorization: <scheme> <token>` and, unless `proof` is `null`, a DPoP proof that is
 * well formed for this call and token unless `proof` overrides something. `keys` signs the proof.
 */
async function resourceCall(
  token: string,
  opts: {
    scheme?: 'DPoP' | 'Bearer'
    proof?: Partial<DpopProofOptions> | string | null
    keys?: Pick<ServiceAppKeys, 'privateJwk' | 'publicJwk'>
    method?: string
    url?: string
    body?: unknown
  } = {},
): Promise<Response> {
  const method = opts.method ?? 'GET'
  const url = opts.url ?? usersUrl
  const headers: Record<string, string> = {
    Accept: 'application/json',
    Authorization: `${opts.scheme ?? 'DPoP'} ${token}`,
  }
  if (typeof opts.proof === 'string') headers.DPoP = opts.proof
  else if (opts.proof !== null) {
    headers.DPoP = await dpopProof(opts.keys ?? dpopApp, {
      htm: method,
      htu: url.split('?')[0]!,
      accessToken: token,
      ...opts.proof,
    })
  }
  if (opts.body !== undefined) headers['Content-Type'] = 'application/json'
  return fetch(url, {
    method,
    headers,
    ...(opts.body === undefined ? {} : { body: JSON.stringify(opts.body) }),
  })
}

/**
 * Checks a Management API call was refused with `status` and Okta's `errorCode` body, and returns its
 * `WWW-Authenticate` challenge (which every 401/403 of a token check carries).
 */
async function expectApiRefusal(res: Response, status: 401 | 403): Promise<string> {
  const body = (await res.json()) as OktaErrorJson
  expect(res.status, JSON.stringify(body)).toBe(status)
  expect(res.headers.get('content-type')).toMatch(/^application\/json\b/)
  expect(body).toMatchObject(
    status === 401
      ? { errorCode: 'E0000011', errorSummary: 'Invalid token provided', errorLink: 'E0000011' }
      : {
          errorCode: 'E0000006',
          errorSummary: 'You do not have permission to perform the requested action',
          errorLink: 'E0000006',
        },
  )
  expect(body.errorId).toMatch(/^oae/)
  expect(body.errorCauses).toEqual([])
  const challenge = res.headers.get('www-authenticate')
  expect(challenge).not.toBeNull()
  return challenge!
}

/** A 401 for a DPoP proof problem: a `DPoP` challenge naming `invalid_dpop_proof` and what was wrong. */
async function expectInvalidProof(res: Response, described: string): Promise<void> {
  const challenge = await expectApiRefusal(res, 401)
  expect(challenge).toMatch(/^DPoP algs="[^"]+", /)
  expect(challenge).toContain('error="invalid_dpop_proof"')
  expect(challenge).toMatch(new RegExp(`error_description="[^"]*${described}`))
}

describe('token endpoint: happy paths', () => {
  it('issues a DPoP-bound token to a DPoP app after the nonce dance, and the token works with a proof', async () => {
    const [user] = (await seed(sandbox.url, { users: [{ profile: profileFor('dpop-happy') }] })).users

    const first = await dpopTokenRequest({}, dpopApp, 'okta.users.read okta.groups.read')
    expect(first.status).toBe(400)
    expectTokenEndpointHeaders(first)
    expect(await first.json()).toEqual({
      error: 'use_dpop_nonce',
      error_description: 'Authorization server requires nonce in DPoP proof.',
    })
    const nonce = first.headers.get('dpop-nonce')!
    expect(nonce).toMatch(/^[\w-]{16,}$/)

    const res = await dpopTokenRequest({ nonce }, dpopApp, 'okta.users.read okta.groups.read')
    expect(res.status).toBe(200)
    expectTokenEndpointHeaders(res)
    const body = (await res.json()) as TokenAnswer
    expect(body).toEqual({
      token_type: 'DPoP',
      expires_in: 3600,
      access_token: expect.any(String),
      scope: 'okta.users.read okta.groups.read',
    })
    // Bound to the key of the proof (RFC 9449 §6.1), which is what lets the org refuse a thief's proofs.
    expect(decodeJwt(body.access_token!).cnf).toEqual({
      jkt: await calculateJwkThumbprint(dpopApp.publicJwk),
    })
    expect(await stats()).toMatchObject({ tokensIssued: 1, dpopNoncesIssued: 1, tokenRequests: 2 })

    const list = await resourceCall(body.access_token!)
    expect(list.status).toBe(200)
    expect(((await list.json()) as UserJson[]).map((u) => u.id)).toEqual([user!.id])
    // A second call with a fresh proof works too: proofs are per request, the token is not.
    expect((await resourceCall(body.access_token!, { url: `${sandbox.url}/api/v1/groups` })).status).toBe(200)
  })

  it('issues a Bearer token to an app without DPoP, and the token works with the Bearer scheme', async () => {
    const [user] = (await seed(sandbox.url, { users: [{ profile: profileFor('bearer-happy') }] })).users

    const res = await postToken(await tokenForm(bearerApp, { scope: 'okta.users.read okta.logs.read' }))
    expect(res.status).toBe(200)
    expectTokenEndpointHeaders(res)
    const body = (await res.json()) as TokenAnswer
    expect(body).toEqual({
      token_type: 'Bearer',
      expires_in: 3600,
      access_token: expect.any(String),
      scope: 'okta.users.read okta.logs.read',
    })
    expect(decodeJwt(body.access_token!).cnf).toBeUndefined()
    expect(await stats()).toMatchObject({ tokensIssued: 1, dpopNoncesIssued: 0, tokenRequests: 1 })

    const list = await resourceCall(body.access_token!, { scheme: 'Bearer', proof: null })
    expect(list.status).toBe(200)
    expect(((await list.json()) as UserJson[]).map((u) => u.id)).toEqual([user!.id])
  })
})

describe('token endpoint: client authentication and request errors', () => {
  it('refuses an assertion signed by a key the client did not register', async () => {
    const { body } = await expectRefused(
      async () => postToken(await tokenForm(bearerApp, { assertion: { signWith: stranger.privateJwk } })),
      401,
      'invalid_client',
    )
    expect(body.error_description).toContain('signature')
  })

  it('refuses an assertion whose aud is not the token endpoint URL', async () => {
    for (const aud of [`${sandbox.url}/oauth2/default/v1/token`, sandbox.url, `${tokenUrl}/`]) {
      const { body } = await expectRefused(
        async () => postToken(await tokenForm(bearerApp, { assertion: { aud } })),
        401,
        'invalid_client',
      )
      expect(body.error_description).toContain('audience')
    }
  })

  it('refuses an expired assertion', async () => {
    const { body } = await expectRefused(
      async () =>
        postToken(await tokenForm(bearerApp, { assertion: { iat: nowSec() - 600, exp: nowSec() - 60 } })),
      401,
      'invalid_client',
    )
    expect(body.error_description).toContain('expired')
  })

  it('refuses an assertion that expires more than an hour ahead', async () => {
    const { body } = await expectRefused(
      async () => postToken(await tokenForm(bearerApp, { assertion: { exp: nowSec() + 3600 + 120 } })),
      401,
      'invalid_client',
    )
    expect(body.error_description).toContain('too far into the future')
  })

  it('accepts an assertion once and refuses the same assertion (same jti) the second time', async () => {
    const form = await tokenForm(bearerApp)
    const first = await postToken(form)
    expect(first.status).toBe(200)
    expect(((await first.json()) as TokenAnswer).token_type).toBe('Bearer')
    const { body } = await expectRefused(() => postToken(form), 401, 'invalid_client')
    expect(body.error_description).toContain('already been used')
    expect((await stats()).tokensIssued).toBe(1)
  })

  it('refuses an unknown client', async () => {
    await expectRefused(async () => postToken(await tokenForm(stranger)), 401, 'invalid_client')
  })

  it('refuses an assertion whose iss and sub differ', async () => {
    // Both are registered clients, and the signature is the issuer's own: only iss ≠ sub is wrong.
    for (const assertion of [{ sub: dpopApp.clientId }, { sub: null }]) {
      await expectRefused(
        async () => postToken(await tokenForm(bearerApp, { assertion })),
        401,
        'invalid_client',
      )
    }
  })

  it('refuses a scope the client does not hold with invalid_scope, naming it', async () => {
    const { body } = await expectRefused(
      async () => postToken(await tokenForm(bearerApp, { scope: 'okta.users.read okta.users.manage' })),
      400,
      'invalid_scope',
    )
    expect(body.error_description).toContain('okta.users.manage')
    expect(body.error_description).not.toContain('okta.users.read')
  })

  it('refuses a client_secret in place of a client assertion', async () => {
    await expectRefused(
      () =>
        postToken({
          grant_type: 'client_credentials',
          scope: READ,
          client_id: bearerApp.clientId,
          client_secret: 'a-client-secret',
        }),
      401,
      'invalid_client',
    )
  })

  it('refuses a grant type other than client_credentials', async () => {
    for (const grantType of [
      'password',
      'authorization_code',
      'urn:ietf:params:oauth:grant-type:jwt-bearer',
    ]) {
      const form = { ...(await tokenForm(bearerApp)), grant_type: grantType }
      await expectRefused(() => postToken(form), 400, 'unsupported_grant_type')
    }
  })
})

describe('token endpoint: DPoP proofs of a DPoP app', () => {
  // Every broken proof below carries a valid nonce, so the only thing wrong with it is the one defect.
  let nonce: string
  beforeEach(async () => {
    nonce = await fetchNonce()
  })

  it('refuses a token request without a DPoP proof', async () => {
    const { body } = await expectRefused(
      async () => postToken(await tokenForm(dpopApp)),
      400,
      'invalid_dpop_proof',
    )
    expect(body.error_description).toContain('missing')
  })

  it('refuses a proof whose typ is not dpop+jwt', async () => {
    for (const typ of ['JWT', 'jwt']) {
      const { body } = await expectRefused(() => dpopTokenRequest({ nonce, typ }), 400, 'invalid_dpop_proof')
      expect(body.error_description).toContain("'typ'")
    }
  })

  it('refuses a proof whose jwk header carries the private key', async () => {
    const { body } = await expectRefused(
      () => dpopTokenRequest({ nonce, jwk: dpopApp.privateJwk }),
      400,
      'invalid_dpop_proof',
    )
    expect(body.error_description).toContain("'jwk'")
  })

  it('refuses a proof not signed by the key in its header', async () => {
    const forged = { privateJwk: stranger.privateJwk, publicJwk: dpopApp.publicJwk }
    const { body } = await expectRefused(() => dpopTokenRequest({ nonce }, forged), 400, 'invalid_dpop_proof')
    expect(body.error_description).toContain('signature')
  })

  it('refuses a proof for another URL', async () => {
    for (const htu of [
      `${sandbox.url}/oauth2/default/v1/token`,
      usersUrl,
      tokenUrl.replace('127.0.0.1', 'localhost'),
    ]) {
      const { body } = await expectRefused(() => dpopTokenRequest({ nonce, htu }), 400, 'invalid_dpop_proof')
      expect(body.error_description).toContain("'htu'")
    }
  })

  it('refuses a proof for another method', async () => {
    for (const htm of ['GET', 'post']) {
      const { body } = await expectRefused(() => dpopTokenRequest({ nonce, htm }), 400, 'invalid_dpop_proof')
      expect(body.error_description).toContain("'htm'")
    }
  })

  it('refuses a proof issued long ago', async () => {
    const { body } = await expectRefused(
      () => dpopTokenRequest({ nonce, iat: nowSec() - 3600 }),
      400,
      'invalid_dpop_proof',
    )
    expect(body.error_description).toContain("'iat'")
  })

  it('answers a proof without nonce with use_dpop_nonce and the nonce to use, which then works', async () => {
    const before = (await stats()).dpopNoncesIssued
    const { res } = await expectRefused(() => dpopTokenRequest(), 400, 'use_dpop_nonce')
    const handedOut = res.headers.get('dpop-nonce')
    // One nonce serves every client and lasts for a while, as Okta's does.
    expect(handedOut).toBe(nonce)
    expect((await stats()).dpopNoncesIssued).toBe(before + 1)

    const retry = await dpopTokenRequest({ nonce: handedOut! })
    expect(retry.status).toBe(200)
    expect(((await retry.json()) as TokenAnswer).token_type).toBe('DPoP')
  })

  it('answers a stale nonce with use_dpop_nonce and a new nonce', async () => {
    await configure({ dpopNonceTtlSeconds: 1 })
    const old = await fetchNonce()
    await sleep(2_100)
    const { res } = await expectRefused(() => dpopTokenRequest({ nonce: old }), 400, 'use_dpop_nonce')
    const fresh = res.headers.get('dpop-nonce')
    expect(fresh).toMatch(/^[\w-]{16,}$/)
    expect(fresh).not.toBe(old)

    // With a long lifetime again (so the check below does not race the clock), the new nonce is accepted.
    await configure({ dpopNonceTtlSeconds: 300 })
    const retry = await dpopTokenRequest({ nonce: fresh! })
    expect(retry.status).toBe(200)
  })
})

describe('resource calls: access token checks', () => {
  it('answers a call without Authorization with 401 E0000011 and a Bearer challenge', async () => {
    const res = await fetch(usersUrl, { headers: { Accept: 'application/json' } })
    const challenge = await expectApiRefusal(res, 401)
    expect(challenge).toBe(
      `Bearer authorization_uri="${sandbox.url}/oauth2/v1/authorize", realm="${sandbox.url}", ` +
        'scope="okta.users.read", error="invalid_token", error_description="The access token is invalid.", ' +
        'resource="/api/v1/users"',
    )
    // An unknown token is refused the same way.
    const forged = await fetch(usersUrl, { headers: { Authorization: 'Bearer eyJhbGciOi.e30.c2ln' } })
    expect(await expectApiRefusal(forged, 401)).toContain('error="invalid_token"')
  })

  it('refuses a DPoP-bound token sent without its proof', async () => {
    const token = await dpopToken()
    await expectInvalidProof(await resourceCall(token, { proof: null }), 'missing')
    // The same token with a proof goes through: the token itself was fine.
    expect((await resourceCall(token)).status).toBe(200)
  })

  it('refuses a DPoP-bound token sent with the Bearer scheme', async () => {
    const token = await dpopToken()
    const res = await resourceCall(token, { scheme: 'Bearer' })
    await expectInvalidProof(res, 'DPoP-bound')
  })

  it('refuses a proof whose ath is not the hash of the token presented', async () => {
    const token = await dpopToken()
    await expectInvalidProof(await resourceCall(token, { proof: { accessToken: `${token}x` } }), "'ath'")
    await expectInvalidProof(await resourceCall(token, { proof: { accessToken: undefined } }), "'ath'")
  })

  it('refuses a valid proof made with a key other than the one the token is bound to', async () => {
    const token = await dpopToken()
    await expectInvalidProof(await resourceCall(token, { keys: stranger }), 'bound to')
  })

  it('accepts a proof once and refuses it (same jti) the second time', async () => {
    const token = await dpopToken()
    const proof = await dpopProof(dpopApp, { htm: 'GET', htu: usersUrl, accessToken: token })
    expect((await resourceCall(token, { proof })).status).toBe(200)
    await expectInvalidProof(await resourceCall(token, { proof }), "'jti'")
  })

  it('refuses expired access tokens, DPoP and Bearer', async () => {
    await configure({ tokenTtlSeconds: 1 })
    const dpop = await dpopTokenRequest({ nonce: await fetchNonce() })
    const dpopBody = (await dpop.json()) as TokenAnswer
    expect([dpopBody.token_type, dpopBody.expires_in]).toEqual(['DPoP', 1])
    const bearer = await postToken(await tokenForm(bearerApp))
    const bearerBody = (await bearer.json()) as TokenAnswer
    expect([bearerBody.token_type, bearerBody.expires_in]).toEqual(['Bearer', 1])

    // Token `exp` is whole seconds, so a one-second token is dead at most one second after it was issued.
    await sleep(1_100)
    const dpopChallenge = await expectApiRefusal(await resourceCall(dpopBody.access_token!), 401)
    expect(dpopChallenge).toMatch(/^DPoP .*error_description="The token has expired\."/)
    const bearerChallenge = await expectApiRefusal(
      await resourceCall(bearerBody.access_token!, { scheme: 'Bearer', proof: null }),
      401,
    )
    expect(bearerChallenge).toMatch(/^Bearer .*error_description="The token has expired\."/)
  })

  it('answers a token without the required scope with 403 E0000006 insufficient_scope, changing nothing', async () => {
    const profile = profileFor('scope-check')
    const usersBefore = (await stats()).users
    const attempts = [
      { token: await bearerToken(READ), scheme: 'Bearer' as const, proof: null },
      { token: await dpopToken(READ), scheme: 'DPoP' as const, proof: {} },
    ]
    for (const { token, scheme, proof } of attempts) {
      const res = await resourceCall(token, {
        scheme,
        proof,
        method: 'POST',
        url: `${usersUrl}?activate=true`,
        body: { profile },
      })
      const challenge = await expectApiRefusal(res, 403)
      expect(challenge.startsWith(`${scheme} `)).toBe(true)
      expect(challenge).toContain('scope="okta.users.manage"')
      expect(challenge).toContain('error="insufficient_scope"')
    }

    // Nothing was created: not counted, not findable by login.
    expect((await stats()).users).toBe(usersBefore)
    const token = await bearerToken(READ)
    const search = encodeURIComponent(`profile.login eq "${profile.login}"`)
    const found = await resourceCall(token, {
      scheme: 'Bearer',
      proof: null,
      url: `${usersUrl}?search=${search}`,
    })
    expect(found.status).toBe(200)
    expect(await found.json()).toEqual([])
  })
})
