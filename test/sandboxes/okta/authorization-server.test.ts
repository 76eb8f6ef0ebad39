/**
 * Unit tests of the sandbox org authorization server, driven with hand-built requests (no HTTP). Every
 * rejection Okta makes on the way to a token or a Management API call has a case here, with the exact
 * status and `error`/`errorCode`, because those are what client code branches on.
 */
import { calculateJwkThumbprint, createLocalJWKSet, decodeJwt, jwtVerify, SignJWT, UnsecuredJWT } from 'jose'
import { beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { AuthorizationServer } from './auth/authorization-server.js'
import { clientAssertion, dpopProof, generateServiceApp, type ServiceAppKeys } from './auth/test-client.js'
import { OktaApiError } from './errors.js'
import type { SandboxRequest, SandboxResponse } from './http-types.js'

const ORIGIN = 'http://127.0.0.1:8080'
const TOKEN_URL = `${ORIGIN}/oauth2/v1/token`
const USERS_URL = `${ORIGIN}/api/v1/users`
const JWT_BEARER = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer'
const SCOPES = ['okta.users.read', 'okta.users.manage', 'okta.groups.read']

let dpopApp: ServiceAppKeys
let bearerApp: ServiceAppKeys
let strangerKeys: ServiceAppKeys
let clock: number
const as = new AuthorizationServer({ now: () => clock })

beforeAll(async () => {
  ;[dpopApp, bearerApp, strangerKeys] = await Promise.all([
    generateServiceApp('0oadpop'),
    generateServiceApp('0oabearer'),
    generateServiceApp('0oastranger'),
  ])
})

beforeEach(() => {
  clock = Date.now()
  as.reset()
  as.configure({
    tokenTtlSeconds: 3600,
    dpopNonceTtlSeconds: 3 * 24 * 3600,
    dpopNonceRotationSeconds: 24 * 3600,
    proofMaxAgeSeconds: 300,
    requireAssertionKid: true,
  })
  as.registerClient({
    client_id: dpopApp.clientId,
    jwks: { keys: [dpopApp.publicJwk] },
    scopes: SCOPES,
    dpop: true,
  })
  as.registerClient({
    client_id: bearerApp.clientId,
    jwks: { keys: [bearerApp.publicJwk] },
    scopes: SCOPES,
    dpop: false,
  })
})

const nowSec = () => Math.floor(clock / 1000)

function request(
  method: string,
  url: string,
  headers: Record<string, string> = {},
  rawBody = '',
): SandboxRequest {
  const lower = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]))
  return { method, url: new URL(url), headers: lower, body: undefined, rawBody, params: {}, requestId: 'x' }
}

/** A token request with the standard form; `form` entries set to `undefined` are left out. */
function tokenRequest(form: Record<string, string | undefined>, headers: Record<string, string> = {}) {
  const body = new URLSearchParams()
  for (const [k, v] of Object.entries(form)) if (v !== undefined) body.set(k, v)
  return request(
    'POST',
    TOKEN_URL,
    { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body.toString(),
  )
}

async function form(app: ServiceAppKeys, scope = 'okta.users.read', overrides = {}) {
  return {
    grant_type: 'client_credentials',
    scope,
    client_assertion_type: JWT_BEARER,
    client_assertion: await clientAssertion(app, TOKEN_URL, {
      iat: nowSec(),
      exp: nowSec() + 300,
      ...overrides,
    }),
  }
}

async function tokenProof(app: Pick<ServiceAppKeys, 'privateJwk' | 'publicJwk'>, extra = {}) {
  return dpopProof(app, { htm: 'POST', htu: TOKEN_URL, iat: nowSec(), ...extra })
}

function errorOf(res: SandboxResponse): { error: string; error_description: string } {
  return res.body as { error: string; error_description: string }
}

/** Runs the nonce dance and returns the nonce the server hands out. */
async function fetchNonce(app: ServiceAppKeys = dpopApp): Promise<string> {
  const res = await as.token(tokenRequest(await form(app), { DPoP: await tokenProof(app) }))
  expect(res.status).toBe(400)
  expect(errorOf(res).error).toBe('use_dpop_nonce')
  return res.headers!['dpop-nonce']!
}

async function dpopToken(scope = 'okta.users.read'): Promise<string> {
  const nonce = await fetchNonce()
  const res = await as.token(
    tokenRequest(await form(dpopApp, scope), { DPoP: await tokenProof(dpopApp, { nonce }) }),
  )
  expect(res.status).toBe(200)
  return (res.body as { access_token: string }).access_token
}

async function bearerToken(scope = 'okta.users.read'): Promise<string> {
  const res = await as.token(tokenRequest(await form(bearerApp, scope)))
  expect(res.status).toBe(200)
  return (res.body as { access_token: string }).access_token
}

/** A resource call carrying a DPoP token and a proof; `proof` options override the well-formed defaults. */
async function dpopCall(
  token: string,
  proof: Partial<Parameters<typeof dpopProof>[1]> = {},
  url = USERS_URL,
) {
  const opts = { htm: 'GET', htu: url.split('?')[0]!, accessToken: token, iat: nowSec(), ...proof }
  return request('GET', url, { Authorization: `DPoP ${token}`, DPoP: await dpopProof(dpopApp, opts) })
}

async function rejection(promise: Promise<unknown>): Promise<OktaApiError> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e,
  )
  expect(err).toBeInstanceOf(OktaApiError)
  return err as OktaApiError
}

async function expectInvalidDpop(promise: Promise<unknown>, description: string) {
  const err = await rejection(promise)
  expect([err.status, err.errorCode]).toEqual([401, 'E0000011'])
  const challenge = err.headers['www-authenticate']!
  expect(challenge.startsWith('DPoP algs="RS256 RS384 RS512 ES256 ES384 ES512", ')).toBe(true)
  expect(challenge).toContain('error="invalid_dpop_proof"')
  expect(challenge).toContain(`error_description="${description}"`)
}

describe('token endpoint: happy paths', () => {
  it('issues a Bearer token to a client without DPoP, ignoring the DPoP header the Okta SDK always sends', async () => {
    const res = await as.token(
      tokenRequest(await form(bearerApp, 'okta.users.read okta.groups.read'), {
        DPoP: await tokenProof(bearerApp),
      }),
    )
    expect(res.status).toBe(200)
    expect(res.headers).toMatchObject({
      'content-type': 'application/json',
      'cache-control': 'no-store',
      pragma: 'no-cache',
    })
    const body = res.body as Record<string, unknown>
    expect(body).toMatchObject({
      token_type: 'Bearer',
      expires_in: 3600,
      scope: 'okta.users.read okta.groups.read',
    })

    // The token is a real org-AS JWT: signed by the key in /oauth2/v1/keys, Okta's claim set, no cnf.
    const { payload } = await jwtVerify(body.access_token as string, createLocalJWKSet(as.jwks()), {
      currentDate: new Date(clock),
    })
    expect(payload).toMatchObject({
      ver: 1,
      iss: ORIGIN,
      aud: ORIGIN,
      cid: bearerApp.clientId,
      sub: bearerApp.clientId,
      scp: ['okta.users.read', 'okta.groups.read'],
    })
    expect(payload.exp! - payload.iat!).toBe(3600)
    expect(payload.cnf).toBeUndefined()
    expect(as.stats).toEqual({ tokensIssued: 1, dpopNoncesIssued: 0, tokenRequests: 1 })
  })

  it('answers use_dpop_nonce with a DPoP-Nonce header, then issues a DPoP-bound token on the retry', async () => {
    const first = await as.token(tokenRequest(await form(dpopApp), { DPoP: await tokenProof(dpopApp) }))
    expect(first.status).toBe(400)
    expect(first.body).toEqual({
      error: 'use_dpop_nonce',
      error_description: 'Authorization server requires nonce in DPoP proof.',
    })
    const nonce = first.headers!['dpop-nonce']
    expect(nonce).toMatch(/^[\w-]{20,}$/)
    expect(first.headers).toMatchObject({ 'cache-control': 'no-store', pragma: 'no-cache' })

    // A fresh assertion for the retry, as the Okta SDK does (the first one's jti is spent).
    const second = await as.token(
      tokenRequest(await form(dpopApp), { DPoP: await tokenProof(dpopApp, { nonce }) }),
    )
    expect(second.status).toBe(200)
    const body = second.body as {
      token_type: string
      expires_in: number
      access_token: string
      scope: string
    }
    expect(body).toMatchObject({ token_type: 'DPoP', expires_in: 3600, scope: 'okta.users.read' })
    expect(decodeJwt(body.access_token).cnf).toEqual({ jkt: await calculateJwkThumbprint(dpopApp.publicJwk) })
    expect(as.stats).toEqual({ tokensIssued: 1, dpopNoncesIssued: 1, tokenRequests: 2 })
  })

  it('uses tokenTtlSeconds for expires_in', async () => {
    as.configure({ tokenTtlSeconds: 60 })
    const res = await as.token(tokenRequest(await form(bearerApp)))
    expect((res.body as { expires_in: number }).expires_in).toBe(60)
  })

  it('accepts a client_assertion without kid when requireAssertionKid is off', async () => {
    as.configure({ requireAssertionKid: false })
    const res = await as.token(tokenRequest(await form(bearerApp, 'okta.users.read', { kid: null })))
    expect(res.status).toBe(200)
  })
})

describe('token endpoint: request and client authentication errors', () => {
  it('rejects a grant type other than client_credentials', async () => {
    const res = await as.token(tokenRequest({ ...(await form(bearerApp)), grant_type: 'password' }))
    expect([res.status, errorOf(res).error]).toEqual([400, 'unsupported_grant_type'])
  })

  it('rejects a request without grant_type', async () => {
    const res = await as.token(tokenRequest({ ...(await form(bearerApp)), grant_type: undefined }))
    expect([res.status, errorOf(res).error]).toEqual([400, 'invalid_request'])
  })

  it('rejects a body that is not a form', async () => {
    const req = tokenRequest(await form(bearerApp), { 'content-type': 'application/json' })
    const res = await as.token(req)
    expect([res.status, errorOf(res).error]).toEqual([400, 'invalid_request'])
  })

  it('rejects a client_secret', async () => {
    const res = await as.token(
      tokenRequest({
        grant_type: 'client_credentials',
        scope: 'okta.users.read',
        client_id: bearerApp.clientId,
        client_secret: 's',
      }),
    )
    expect([res.status, errorOf(res).error]).toEqual([401, 'invalid_client'])
  })

  it('rejects HTTP Basic client authentication', async () => {
    const basic = Buffer.from(`${bearerApp.clientId}:secret`).toString('base64')
    const res = await as.token(
      tokenRequest(
        { grant_type: 'client_credentials', scope: 'okta.users.read' },
        { Authorization: `Basic ${basic}` },
      ),
    )
    expect([res.status, errorOf(res).error]).toEqual([401, 'invalid_client'])
  })

  it('rejects a request with no client credentials at all', async () => {
    const res = await as.token(tokenRequest({ grant_type: 'client_credentials', scope: 'okta.users.read' }))
    expect([res.status, errorOf(res).error, errorOf(res).error_description]).toEqual([
      401,
      'invalid_client',
      'No client credentials found.',
    ])
  })

  it('rejects two kinds of client credentials at once', async () => {
    const res = await as.token(tokenRequest({ ...(await form(bearerApp)), client_secret: 's' }))
    expect([res.status, errorOf(res).error]).toEqual([400, 'invalid_request'])
  })

  it('rejects a wrong client_assertion_type', async () => {
    const res = await as.token(
      tokenRequest({
        ...(await form(bearerApp)),
        client_assertion_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer',
      }),
    )
    expect([res.status, errorOf(res).error]).toEqual([400, 'invalid_request'])
  })

  it('rejects a client_assertion that is not a JWT', async () => {
    const res = await as.token(tokenRequest({ ...(await form(bearerApp)), client_assertion: 'not-a-jwt' }))
    expect([res.status, errorOf(res).error]).toEqual([401, 'invalid_client'])
  })

  it('rejects an assertion signed by a key the client did not register', async () => {
    const res = await as.token(
      tokenRequest(await form(bearerApp, 'okta.users.read', { signWith: strangerKeys.privateJwk })),
    )
    expect([res.status, errorOf(res)]).toEqual([
      401,
      { error: 'invalid_client', error_description: 'The client_assertion signature is invalid.' },
    ])
  })

  it('rejects an assertion whose kid is not registered, or that has no kid', async () => {
    for (const kid of ['some-other-kid', null]) {
      const res = await as.token(tokenRequest(await form(bearerApp, 'okta.users.read', { kid })))
      expect([res.status, errorOf(res)]).toEqual([
        401,
        { error: 'invalid_client', error_description: 'The client_assertion JWT kid is invalid.' },
      ])
    }
  })

  it('rejects HS256 and unsigned assertions', async () => {
    const claims = {
      iss: bearerApp.clientId,
      sub: bearerApp.clientId,
      aud: TOKEN_URL,
      exp: nowSec() + 60,
      jti: 'j',
    }
    const hs256 = await new SignJWT(claims)
      .setProtectedHeader({ alg: 'HS256', kid: bearerApp.kid })
      .sign(new TextEncoder().encode('a shared secret of at least 32 bytes!'))
    const none = new UnsecuredJWT(claims).encode()
    for (const assertion of [hs256, none]) {
      const res = await as.token(tokenRequest({ ...(await form(bearerApp)), client_assertion: assertion }))
      expect([res.status, errorOf(res).error]).toEqual([401, 'invalid_client'])
    }
  })

  it('rejects an assertion whose aud is not the token endpoint URL', async () => {
    for (const aud of [
      `${ORIGIN}/oauth2/default/v1/token`,
      ORIGIN,
      'http://localhost:8080/oauth2/v1/token',
    ]) {
      const res = await as.token(tokenRequest(await form(bearerApp, 'okta.users.read', { aud })))
      expect([res.status, errorOf(res)]).toEqual([
        401,
        {
          error: 'invalid_client',
          error_description:
            'The audience claim for client_assertion must be the endpoint invoked for the request.',
        },
      ])
    }
  })

  it('rejects an expired assertion', async () => {
    const res = await as.token(
      tokenRequest(await form(bearerApp, 'okta.users.read', { iat: nowSec() - 600, exp: nowSec() - 60 })),
    )
    expect([res.status, errorOf(res)]).toEqual([
      401,
      { error: 'invalid_client', error_description: 'The client_assertion token is expired.' },
    ])
  })

  it('rejects an assertion without exp', async () => {
    const res = await as.token(tokenRequest(await form(bearerApp, 'okta.users.read', { exp: null })))
    expect([res.status, errorOf(res).error]).toEqual([401, 'invalid_client'])
  })

  it('rejects an assertion that expires more than an hour ahead', async () => {
    const res = await as.token(
      tokenRequest(await form(bearerApp, 'okta.users.read', { exp: nowSec() + 3600 + 60 })),
    )
    expect([res.status, errorOf(res)]).toEqual([
      401,
      {
        error: 'invalid_client',
        error_description: 'The client_assertion token has an expiration too far into the future.',
      },
    ])
    // Exactly one hour is fine.
    const ok = await as.token(
      tokenRequest(await form(bearerApp, 'okta.users.read', { exp: nowSec() + 3600 })),
    )
    expect(ok.status).toBe(200)
  })

  it('rejects an assertion without jti, and a replayed jti', async () => {
    const noJti = await as.token(tokenRequest(await form(bearerApp, 'okta.users.read', { jti: null })))
    expect([noJti.status, errorOf(noJti).error]).toEqual([401, 'invalid_client'])

    const body = await form(bearerApp)
    expect((await as.token(tokenRequest(body))).status).toBe(200)
    const replay = await as.token(tokenRequest(body))
    expect([replay.status, errorOf(replay)]).toEqual([
      401,
      { error: 'invalid_client', error_description: 'The client_assertion token has already been used.' },
    ])
  })

  it('rejects an unknown client', async () => {
    const res = await as.token(tokenRequest(await form(strangerKeys)))
    expect([res.status, errorOf(res)]).toEqual([
      401,
      { error: 'invalid_client', error_description: "Invalid value for 'client_id' parameter." },
    ])
  })

  it('rejects a client_id parameter that differs from the assertion issuer', async () => {
    const res = await as.token(tokenRequest({ ...(await form(bearerApp)), client_id: dpopApp.clientId }))
    expect([res.status, errorOf(res).error]).toEqual([401, 'invalid_client'])
  })

  it('rejects an assertion whose iss and sub differ', async () => {
    const res = await as.token(
      tokenRequest(await form(bearerApp, 'okta.users.read', { sub: dpopApp.clientId })),
    )
    expect([res.status, errorOf(res).error]).toEqual([401, 'invalid_client'])
  })

  it('rejects scopes the client was not granted, naming them', async () => {
    const res = await as.token(
      tokenRequest(await form(bearerApp, 'okta.users.read okta.apps.manage okta.logs.read')),
    )
    expect([res.status, errorOf(res)]).toEqual([
      400,
      {
        error: 'invalid_scope',
        error_description: 'The following scopes are not allowed: [okta.apps.manage, okta.logs.read]',
      },
    ])
  })

  it('rejects a request without scope', async () => {
    const res = await as.token(tokenRequest({ ...(await form(bearerApp)), scope: undefined }))
    expect([res.status, errorOf(res)]).toEqual([
      400,
      { error: 'invalid_scope', error_description: 'No scopes were requested.' },
    ])
  })

  it('counts every request, failed or not', async () => {
    await as.token(tokenRequest({ grant_type: 'password' }))
    await as.token(tokenRequest(await form(strangerKeys)))
    expect(as.stats).toEqual({ tokensIssued: 0, dpopNoncesIssued: 0, tokenRequests: 2 })
  })
})

describe('token endpoint: DPoP proofs', () => {
  async function withProof(proof: string | undefined) {
    return as.token(tokenRequest(await form(dpopApp), proof === undefined ? {} : { DPoP: proof }))
  }

  it('requires a DPoP proof from a DPoP client', async () => {
    const res = await withProof(undefined)
    expect([res.status, errorOf(res)]).toEqual([
      400,
      { error: 'invalid_dpop_proof', error_description: 'The DPoP proof JWT header is missing.' },
    ])
  })

  it('rejects a proof with the wrong typ', async () => {
    const res = await withProof(await tokenProof(dpopApp, { typ: 'JWT' }))
    expect([res.status, errorOf(res).error]).toEqual([400, 'invalid_dpop_proof'])
    expect(errorOf(res).error_description).toContain("'typ'")
  })

  it('rejects a proof whose jwk header carries the private key', async () => {
    const res = await withProof(await tokenProof(dpopApp, { jwk: dpopApp.privateJwk }))
    expect([res.status, errorOf(res).error]).toEqual([400, 'invalid_dpop_proof'])
    expect(errorOf(res).error_description).toContain("'jwk'")
  })

  it('rejects a proof not signed by the key in its header', async () => {
    const forged = { privateJwk: strangerKeys.privateJwk, publicJwk: dpopApp.publicJwk }
    const res = await withProof(await tokenProof(forged))
    expect([res.status, errorOf(res)]).toEqual([
      400,
      { error: 'invalid_dpop_proof', error_description: 'The DPoP proof JWT signature is invalid.' },
    ])
  })

  it('rejects a proof that is not a JWS', async () => {
    const res = await withProof('garbage')
    expect([res.status, errorOf(res).error]).toEqual([400, 'invalid_dpop_proof'])
  })

  it('rejects a proof for another URL', async () => {
    for (const htu of [
      `${ORIGIN}/oauth2/default/v1/token`,
      'http://localhost:8080/oauth2/v1/token',
      'not a url',
    ]) {
      const res = await withProof(await tokenProof(dpopApp, { htu }))
      expect([res.status, errorOf(res)]).toEqual([
        400,
        { error: 'invalid_dpop_proof', error_description: "'htu' claim in the DPoP proof JWT is invalid." },
      ])
    }
  })

  it('rejects a proof for another method', async () => {
    for (const htm of ['GET', 'post']) {
      const res = await withProof(await tokenProof(dpopApp, { htm }))
      expect([res.status, errorOf(res)]).toEqual([
        400,
        { error: 'invalid_dpop_proof', error_description: "'htm' claim in the DPoP proof JWT is invalid." },
      ])
    }
  })

  it('rejects a proof whose iat is outside the window, either way', async () => {
    for (const iat of [nowSec() - 301, nowSec() + 301]) {
      const res = await withProof(await tokenProof(dpopApp, { iat }))
      expect([res.status, errorOf(res)]).toEqual([
        400,
        { error: 'invalid_dpop_proof', error_description: "'iat' claim in the DPoP proof JWT is invalid." },
      ])
    }
    as.configure({ proofMaxAgeSeconds: 600 })
    const res = await withProof(await tokenProof(dpopApp, { iat: nowSec() - 301 }))
    expect(errorOf(res).error).toBe('use_dpop_nonce')
  })

  it('answers use_dpop_nonce to an unknown nonce', async () => {
    const res = await withProof(await tokenProof(dpopApp, { nonce: 'made-up' }))
    expect([res.status, errorOf(res).error]).toEqual([400, 'use_dpop_nonce'])
    expect(res.headers!['dpop-nonce']).toBeTruthy()
  })

  it('keeps a nonce valid for three days, rotating it daily, then answers use_dpop_nonce with a new one', async () => {
    const nonce = await fetchNonce()
    // Within the day the same nonce is handed out again, as Okta does.
    clock += 3600_000
    expect(await fetchNonce()).toBe(nonce)

    // After a day a new nonce is handed out, but the old one still works.
    clock += 24 * 3600_000
    const rotated = await fetchNonce()
    expect(rotated).not.toBe(nonce)
    const stillOk = await withProof(await tokenProof(dpopApp, { nonce }))
    expect(stillOk.status).toBe(200)

    // Three days after its issue the first nonce is stale.
    clock += 2 * 24 * 3600_000
    const stale = await withProof(await tokenProof(dpopApp, { nonce }))
    expect([stale.status, errorOf(stale).error]).toEqual([400, 'use_dpop_nonce'])
    const fresh = stale.headers!['dpop-nonce']!
    expect([nonce, rotated]).not.toContain(fresh)
    expect((await withProof(await tokenProof(dpopApp, { nonce: fresh }))).status).toBe(200)
    expect(as.stats.dpopNoncesIssued).toBe(4)
  })

  it('rejects a replayed proof', async () => {
    const nonce = await fetchNonce()
    const proof = await tokenProof(dpopApp, { nonce })
    expect((await withProof(proof)).status).toBe(200)
    const replay = await withProof(proof)
    expect([replay.status, errorOf(replay).error]).toEqual([400, 'invalid_dpop_proof'])
  })

  it('accepts an htu that carries a query, which RFC 9449 says to ignore', async () => {
    const nonce = await fetchNonce()
    const res = await withProof(await tokenProof(dpopApp, { nonce, htu: `${TOKEN_URL}?x=1` }))
    expect(res.status).toBe(200)
  })
})

describe('authenticate', () => {
  it('accepts a Bearer token and returns the principal', async () => {
    const token = await bearerToken('okta.users.read okta.groups.read')
    const principal = await as.authenticate(
      request('GET', `${USERS_URL}?limit=2`, { Authorization: `Bearer ${token}` }),
      'okta.users.read',
    )
    expect(principal).toEqual({
      clientId: bearerApp.clientId,
      scopes: ['okta.users.read', 'okta.groups.read'],
    })
  })

  it('accepts a DPoP token with a proof whose htu leaves out the query', async () => {
    const token = await dpopToken()
    const principal = await as.authenticate(
      await dpopCall(token, {}, `${USERS_URL}?limit=2&search=x`),
      'okta.users.read',
    )
    expect(principal.clientId).toBe(dpopApp.clientId)
  })

  it('answers 401 with a Bearer challenge when the Authorization header is missing or malformed', async () => {
    const cases: Record<string, string>[] = [
      {},
      { Authorization: 'Basic abc' },
      { Authorization: 'Bearer' },
      { Authorization: 'SSWS 00abc' },
    ]
    for (const headers of cases) {
      const err = await rejection(as.authenticate(request('GET', USERS_URL, headers), 'okta.users.read'))
      expect([err.status, err.errorCode]).toEqual([401, 'E0000011'])
      expect(err.headers['www-authenticate']).toBe(
        `Bearer authorization_uri="${ORIGIN}/oauth2/v1/authorize", realm="${ORIGIN}", scope="okta.users.read", ` +
          'error="invalid_token", error_description="The access token is invalid.", resource="/api/v1/users"',
      )
    }
  })

  it('rejects an unknown token', async () => {
    const err = await rejection(
      as.authenticate(
        request('GET', USERS_URL, { Authorization: 'Bearer eyJhbGciOi.x.y' }),
        'okta.users.read',
      ),
    )
    expect([err.status, err.errorCode]).toEqual([401, 'E0000011'])
    expect(err.headers['www-authenticate']).toContain('error="invalid_token"')
  })

  it('rejects an expired token', async () => {
    as.configure({ tokenTtlSeconds: 60 })
    const token = await bearerToken()
    const call = () =>
      as.authenticate(request('GET', USERS_URL, { Authorization: `Bearer ${token}` }), 'okta.users.read')
    clock += 59_000
    await expect(call()).resolves.toBeDefined()
    clock += 1_000
    const err = await rejection(call())
    expect([err.status, err.errorCode]).toEqual([401, 'E0000011'])
    expect(err.headers['www-authenticate']).toContain('error_description="The token has expired."')
  })

  it('rejects a DPoP-bound token sent with the Bearer scheme', async () => {
    const token = await dpopToken()
    const req = request('GET', USERS_URL, {
      Authorization: `Bearer ${token}`,
      DPoP: await dpopProof(dpopApp, { htm: 'GET', htu: USERS_URL, accessToken: token }),
    })
    const err = await rejection(as.authenticate(req, 'okta.users.read'))
    expect([err.status, err.errorCode]).toEqual([401, 'E0000011'])
    expect(err.headers['www-authenticate']).toMatch(/^DPoP algs="[^"]+", .*error="invalid_dpop_proof"/)
  })

  it('rejects a DPoP token without its proof', async () => {
    const token = await dpopToken()
    await expectInvalidDpop(
      as.authenticate(request('GET', USERS_URL, { Authorization: `DPoP ${token}` }), 'okta.users.read'),
      'The DPoP proof JWT header is missing.',
    )
  })

  it('rejects a Bearer token sent with the DPoP scheme', async () => {
    const token = await bearerToken()
    const req = request('GET', USERS_URL, {
      Authorization: `DPoP ${token}`,
      DPoP: await dpopProof(bearerApp, { htm: 'GET', htu: USERS_URL, accessToken: token }),
    })
    const err = await rejection(as.authenticate(req, 'okta.users.read'))
    expect([err.status, err.errorCode]).toEqual([401, 'E0000011'])
    expect(err.headers['www-authenticate']).toContain('error="invalid_token"')
  })

  it('rejects a proof with a wrong or missing ath', async () => {
    const token = await dpopToken()
    await expectInvalidDpop(
      as.authenticate(await dpopCall(token, { accessToken: 'another token' }), 'okta.users.read'),
      "'ath' claim in the DPoP proof JWT is invalid.",
    )
    await expectInvalidDpop(
      as.authenticate(await dpopCall(token, { accessToken: undefined }), 'okta.users.read'),
      "'ath' claim in the DPoP proof JWT is invalid.",
    )
  })

  it('rejects a valid proof made with a key other than the one the token is bound to', async () => {
    const token = await dpopToken()
    const req = request('GET', USERS_URL, {
      Authorization: `DPoP ${token}`,
      DPoP: await dpopProof(strangerKeys, { htm: 'GET', htu: USERS_URL, accessToken: token, iat: nowSec() }),
    })
    await expectInvalidDpop(
      as.authenticate(req, 'okta.users.read'),
      "The DPoP proof JWT key doesn't match the key the access token is bound to.",
    )
  })

  it('rejects a proof for another method (methods are case-sensitive) or another URL', async () => {
    const token = await dpopToken()
    for (const htm of ['POST', 'get']) {
      await expectInvalidDpop(
        as.authenticate(await dpopCall(token, { htm }), 'okta.users.read'),
        "'htm' claim in the DPoP proof JWT is invalid.",
      )
    }
    for (const htu of [`${ORIGIN}/api/v1/groups`, TOKEN_URL, `http://localhost:8080/api/v1/users`]) {
      await expectInvalidDpop(
        as.authenticate(await dpopCall(token, { htu }), 'okta.users.read'),
        "'htu' claim in the DPoP proof JWT is invalid.",
      )
    }
  })

  it('rejects a stale proof and a replayed one', async () => {
    const token = await dpopToken()
    await expectInvalidDpop(
      as.authenticate(await dpopCall(token, { iat: nowSec() - 301 }), 'okta.users.read'),
      "'iat' claim in the DPoP proof JWT is invalid.",
    )
    const req = await dpopCall(token)
    await as.authenticate(req, 'okta.users.read')
    await expectInvalidDpop(
      as.authenticate(req, 'okta.users.read'),
      "'jti' claim in the DPoP proof JWT has already been used.",
    )
  })

  it('rejects a proof with a bad signature or a private jwk', async () => {
    const token = await dpopToken()
    const forged = { privateJwk: strangerKeys.privateJwk, publicJwk: dpopApp.publicJwk }
    const opts = { htm: 'GET', htu: USERS_URL, accessToken: token, iat: nowSec() }
    const bad = request('GET', USERS_URL, {
      Authorization: `DPoP ${token}`,
      DPoP: await dpopProof(forged, opts),
    })
    await expectInvalidDpop(
      as.authenticate(bad, 'okta.users.read'),
      'The DPoP proof JWT signature is invalid.',
    )
    const leaky = request('GET', USERS_URL, {
      Authorization: `DPoP ${token}`,
      DPoP: await dpopProof(dpopApp, { ...opts, jwk: dpopApp.privateJwk }),
    })
    await expectInvalidDpop(
      as.authenticate(leaky, 'okta.users.read'),
      "'jwk' header in the DPoP proof JWT is invalid.",
    )
  })

  it('answers 403 insufficient_scope when the token lacks the scope', async () => {
    const token = await bearerToken('okta.users.read')
    const err = await rejection(
      as.authenticate(request('POST', USERS_URL, { Authorization: `Bearer ${token}` }), 'okta.users.manage'),
    )
    expect([err.status, err.errorCode]).toEqual([403, 'E0000006'])
    expect(err.headers['www-authenticate']).toBe(
      `Bearer authorization_uri="${ORIGIN}/oauth2/v1/authorize", realm="${ORIGIN}", scope="okta.users.manage", ` +
        'error="insufficient_scope", error_description="The access token provided does not contain the required ' +
        'scopes.", resource="/api/v1/users"',
    )

    // A DPoP token gets the same answer under the DPoP scheme, once its proof has been accepted.
    const bound = await dpopToken('okta.users.read')
    const dpopErr = await rejection(as.authenticate(await dpopCall(bound), 'okta.users.manage'))
    expect([dpopErr.status, dpopErr.errorCode]).toEqual([403, 'E0000006'])
    expect(dpopErr.headers['www-authenticate']).toMatch(/^DPoP algs=.*error="insufficient_scope"/)
  })
})

describe('client registry', () => {
  it('refuses malformed registrations with E0000001', () => {
    const good = {
      client_id: 'c',
      jwks: { keys: [dpopApp.publicJwk] },
      scopes: ['okta.users.read'],
      dpop: true,
    }
    const bad: unknown[] = [
      null,
      { ...good, client_id: '' },
      { ...good, jwks: { keys: [] } },
      { ...good, jwks: { keys: [dpopApp.privateJwk] } },
      { ...good, jwks: { keys: [{ kty: 'oct', k: 'abc' }] } },
      { ...good, scopes: 'okta.users.read' },
      { ...good, scopes: ['okta.users.read okta.users.manage'] },
      { ...good, dpop: 'yes' },
    ]
    for (const reg of bad) {
      let thrown: unknown
      try {
        as.registerClient(reg)
      } catch (err) {
        thrown = err
      }
      expect(thrown, JSON.stringify(reg)).toBeInstanceOf(OktaApiError)
      expect((thrown as OktaApiError).errorCode).toBe('E0000001')
    }
  })

  it('defaults dpop to true, like a new Okta API Services app, and replaces a client by id', async () => {
    const reg = as.registerClient({
      client_id: bearerApp.clientId,
      jwks: { keys: [bearerApp.publicJwk] },
      scopes: [],
    })
    expect(reg).toMatchObject({ client_id: bearerApp.clientId, dpop: true, scopes: [] })
    // The replacement holds no scopes any more.
    const res = await as.token(tokenRequest(await form(bearerApp)))
    expect([res.status, errorOf(res).error]).toEqual([400, 'invalid_scope'])
  })

  it('forgets clients, tokens and counters on reset', async () => {
    const token = await bearerToken()
    as.reset()
    expect(as.stats).toEqual({ tokensIssued: 0, dpopNoncesIssued: 0, tokenRequests: 0 })
    const err = await rejection(
      as.authenticate(request('GET', USERS_URL, { Authorization: `Bearer ${token}` }), 'okta.users.read'),
    )
    expect(err.status).toBe(401)
    const res = await as.token(tokenRequest(await form(bearerApp)))
    expect([res.status, errorOf(res).error]).toEqual([401, 'invalid_client'])
  })
})
