/**
 * Inbound authentication, end to end: the bridge as `npm start` composes it (real flow engine, real Okta
 * adapter, in-process Okta sandbox), called over HTTP with client tokens and with OAuth bearer JWTs from a
 * local issuer. A request that passes authentication is a joiner dry run that reaches Okta and answers the
 * plan; every refused request answers problem+json and makes no Okta call at all.
 */
import { randomBytes } from 'node:crypto'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { type CryptoKey, exportJWK, exportSPKI, generateKeyPair, type JWTPayload, SignJWT } from 'jose'
import request from 'supertest'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type RunningBridge, startBridge } from '../../dev/start.js'
import { FLOW_NAMES } from '../../shared/index.js'

const TOKEN_ALL = randomBytes(32).toString('base64url')
const TOKEN_OLD = randomBytes(32).toString('base64url')
const TOKEN_NEW = randomBytes(32).toString('base64url')
const TOKEN_MOVER_ONLY = randomBytes(32).toString('base64url')
const AUDIENCE = 'api://okta-jml-bridge'

/** The local OAuth issuer: its keys, and how often its metadata and JWKS were fetched. */
interface Issuer {
  server: Server
  origin: string
  privateKey: CryptoKey
  publicPem: string
  kid: string
  hits: Record<string, number>
}

let issuer: Issuer
let bridge: RunningBridge
let discovering: RunningBridge
const logLines: string[] = []

/** An issuer serving `/keys`, and OIDC metadata for the issuer `${origin}/disc` at `/disc/.well-known/...`. */
async function startIssuer(): Promise<Issuer> {
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true })
  const kid = 'inbound-key-1'
  const jwks = { keys: [{ ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' }] }
  const hits: Record<string, number> = {}
  const server = createServer((req, res) => {
    const path = req.url ?? '/'
    hits[path] = (hits[path] ?? 0) + 1
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' })
      res.end(JSON.stringify(body))
    }
    if (path === '/keys' || path === '/disc/keys') send(200, jwks)
    else if (path === '/disc/.well-known/openid-configuration') {
      send(200, {
        issuer: `${origin}/disc`,
        jwks_uri: `${origin}/disc/keys`,
        token_endpoint: `${origin}/disc/v1/token`,
      })
    } else send(404, { error: 'not_found' })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return { server, origin, privateKey, publicPem: await exportSPKI(publicKey), kid, hits }
}

/** A JWT as the issuer would sign it, with claims and header overridable (a claim set to undefined is left out). */
async function accessToken(
  claims: Record<string, unknown> = {},
  options: { key?: CryptoKey | Uint8Array; alg?: string; kid?: string; iss?: string } = {},
): Promise<string> {
  const now = Math.floor(Date.now() / 1000)
  const payload: Record<string, unknown> = {
    iss: options.iss ?? issuer.origin,
    aud: AUDIENCE,
    sub: '0oaSERVICENOWCLIENT1',
    cid: '0oaSERVICENOWCLIENT1',
    scp: ['jml.joiner'],
    iat: now,
    exp: now + 300,
    ...claims,
  }
  for (const [name, value] of Object.entries(payload)) if (value === undefined) delete payload[name]
  return new SignJWT(payload as JWTPayload)
    .setProtectedHeader({ alg: options.alg ?? 'RS256', kid: options.kid ?? issuer.kid, typ: 'JWT' })
    .sign(options.key ?? issuer.privateKey)
}

/** A joiner input that passes validation and the demo policy. */
function joinerBody(target: RunningBridge): Record<string, unknown> {
  const engineering = target.sandbox!.groups.find((g) => g.name === 'Engineering')!
  const login = `new.hire.${randomBytes(4).toString('hex')}@example.com`
  return {
    ticket: { number: 'RITM0010001', requestedBy: 'hr.bot' },
    profile: { login, email: login, firstName: 'New', lastName: 'Hire' },
    groups: [engineering.id],
  }
}

/** Every request the Okta sandbox has answered so far (Management API and token endpoint). */
async function oktaCalls(target: RunningBridge): Promise<number> {
  const res = await fetch(`${target.sandbox!.orgUrl}/__sandbox/stats`)
  const stats = (await res.json()) as { requests: Record<string, number>; tokenRequests: number }
  return Object.values(stats.requests).reduce((a, b) => a + b, 0) + stats.tokenRequests
}

/** A joiner dry run with the given credentials. */
function dryRun(target: RunningBridge, headers: Record<string, string> = {}, query = '') {
  const req = request(target.url)
    .post(`/api/flo/joiner/invoke?dryRun=true${query}`)
    .set('content-type', 'application/json')
  for (const [name, value] of Object.entries(headers)) req.set(name, value)
  return req.send(joinerBody(target))
}

/** Asserts a 200 plan: authentication passed and the flow reached Okta. */
function expectPlan(res: request.Response): void {
  expect(res.status).toBe(200)
  expect(res.headers['content-type']).toMatch(/^application\/json/)
  expect(res.body.flow).toBe('joiner')
  expect(res.body.dryRun).toBe(true)
  expect(res.body.planHash).toMatch(/^[0-9a-f]{64}$/)
  expect(res.body.plan.steps.map((s: { operation: string }) => s.operation)).toEqual([
    'createUser',
    'addGroupMember',
    'activateUser',
  ])
}

/** Asserts a problem document with the code and status, and nothing secret or internal in it. */
function expectProblem(res: request.Response, status: number, code: string): void {
  expect(res.status).toBe(status)
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/)
  expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/)
  expect(res.body).toMatchObject({ type: `urn:okta-jml-bridge:problem:${code}`, status, code })
  expect(res.body.instance).toBe(`urn:okta-jml-bridge:request:${res.headers['x-request-id']}`)
  expect(typeof res.body.title).toBe('string')
  for (const secret of [TOKEN_ALL, TOKEN_OLD, TOKEN_NEW, TOKEN_MOVER_ONLY, 'eyJ'])
    expect(res.text).not.toContain(secret)
  expect(res.text).not.toMatch(/\bat \S+ \(/)
}

beforeAll(async () => {
  issuer = await startIssuer()
  const destination = { write: (line: string) => void logLines.push(line) }
  const common = { NODE_ENV: 'test', PORT: '0', LOG_LEVEL: 'info', BRIDGE_OAUTH_AUDIENCE: AUDIENCE }
  bridge = await startBridge(
    {
      ...common,
      BRIDGE_CLIENT_TOKENS: JSON.stringify([
        { name: 'servicenow', token: TOKEN_ALL },
        { name: 'rotation-old', token: TOKEN_OLD },
        { name: 'rotation-new', token: TOKEN_NEW },
        { name: 'mover-only', token: TOKEN_MOVER_ONLY, flows: ['mover'] },
      ]),
      BRIDGE_OAUTH_ISSUER: issuer.origin,
      BRIDGE_OAUTH_JWKS_URL: `${issuer.origin}/keys`,
    },
    { logDestination: destination, print: () => {} },
  )
  // OAuth only, JWKS found through the issuer's metadata.
  discovering = await startBridge(
    { ...common, BRIDGE_OAUTH_ISSUER: `${issuer.origin}/disc` },
    { logDestination: destination, print: () => {} },
  )
})

afterAll(async () => {
  await bridge?.stop()
  await discovering?.stop()
  await new Promise((resolve) => issuer?.server.close(resolve))
})

describe('client tokens', () => {
  it('accepts a token in the x-api-client-token header', async () => {
    expectPlan(await dryRun(bridge, { 'x-api-client-token': TOKEN_ALL }))
  })

  it('accepts a token in the clientToken query parameter, and never logs it', async () => {
    const res = await dryRun(bridge, {}, `&clientToken=${encodeURIComponent(TOKEN_ALL)}`)
    expectPlan(res)
    const line = logLines.find((l) => l.includes(String(res.headers['x-request-id'])))!
    expect(JSON.parse(line)).toMatchObject({
      path: '/api/flo/joiner/invoke',
      status: 200,
      caller: 'client-token:servicenow',
    })
    expect(line).not.toContain(TOKEN_ALL)
  })

  it('accepts both tokens of a rotation, each identified by its name', async () => {
    const before = logLines.length
    expectPlan(await dryRun(bridge, { 'x-api-client-token': TOKEN_OLD }))
    expectPlan(await dryRun(bridge, { 'x-api-client-token': TOKEN_NEW }))
    const callers = logLines
      .slice(before)
      .map((l) => JSON.parse(l).caller)
      .filter(Boolean)
    expect(callers).toEqual(['client-token:rotation-old', 'client-token:rotation-new'])
  })

  it('answers 403 forbidden-flow for a token limited to other flows, without calling Okta', async () => {
    const calls = await oktaCalls(bridge)
    const res = await dryRun(bridge, { 'x-api-client-token': TOKEN_MOVER_ONLY })
    expectProblem(res, 403, 'forbidden-flow')
    expect(res.body.detail).toBe('Client token mover-only may not invoke the joiner flow.')
    expect(await oktaCalls(bridge)).toBe(calls)
  })

  it('answers 401 unauthenticated with WWW-Authenticate for a wrong, a missing or an ambiguous token', async () => {
    const calls = await oktaCalls(bridge)
    const wrong = await dryRun(bridge, { 'x-api-client-token': `${TOKEN_ALL.slice(0, -1)}x` })
    expectProblem(wrong, 401, 'unauthenticated')
    expect(wrong.body.detail).toBe('The client token is not valid.')
    expect(wrong.headers['www-authenticate']).toBe(
      'Bearer realm="okta-jml-bridge", ApiKey realm="okta-jml-bridge", in="header", name="x-api-client-token"',
    )
    const missing = await dryRun(bridge)
    expectProblem(missing, 401, 'unauthenticated')
    expect(missing.body.detail).toMatch(/^Credentials are required/)
    const both = await dryRun(bridge, { 'x-api-client-token': TOKEN_ALL }, `&clientToken=${TOKEN_NEW}`)
    expectProblem(both, 401, 'unauthenticated')
    const empty = await dryRun(bridge, { 'x-api-client-token': '' })
    expectProblem(empty, 401, 'unauthenticated')
    expect(await oktaCalls(bridge)).toBe(calls)
  })

  it('does not reveal which flows exist to unauthenticated callers: 401 first, 404 only when authenticated', async () => {
    const anonymous = await request(bridge.url).post('/api/flo/teleport/invoke').send({})
    expectProblem(anonymous, 401, 'unauthenticated')
    const known = await request(bridge.url)
      .post('/api/flo/teleport/invoke')
      .set('x-api-client-token', TOKEN_ALL)
      .send({})
    expectProblem(known, 404, 'unknown-flow')
    // A flow-limited token is still a valid credential: the name is unknown for it too.
    const limited = await request(bridge.url)
      .post('/api/flo/teleport/invoke')
      .set('x-api-client-token', TOKEN_MOVER_ONLY)
      .send({})
    expectProblem(limited, 404, 'unknown-flow')
  })

  it('protects GET /api/least-privilege', async () => {
    expectProblem(await request(bridge.url).get('/api/least-privilege'), 401, 'unauthenticated')
    const res = await request(bridge.url).get('/api/least-privilege').set('x-api-client-token', TOKEN_ALL)
    expect(res.status).toBe(200)
    expect(res.body.oauthScopes).toContain('okta.users.manage')
    expect(res.body.adminRole.permissions).toContain('okta.users.create')
  })
})

describe('GET /api/whoami', () => {
  it('answers who a client token is and what it may do; 401 problem+json without a valid one', async () => {
    const all = await request(bridge.url).get('/api/whoami').set('x-api-client-token', TOKEN_ALL)
    expect(all.status).toBe(200)
    expect(all.body).toEqual({
      caller: 'servicenow',
      kind: 'client-token',
      permissions: [...FLOW_NAMES, 'audit', 'reconcile', 'catalog', 'grants.manage'],
    })
    const limited = await request(bridge.url).get('/api/whoami').set('x-api-client-token', TOKEN_MOVER_ONLY)
    expect(limited.body).toEqual({ caller: 'mover-only', kind: 'client-token', permissions: ['mover'] })
    expectProblem(await request(bridge.url).get('/api/whoami'), 401, 'unauthenticated')
    const wrong = await request(bridge.url)
      .get('/api/whoami')
      .set('x-api-client-token', `${TOKEN_ALL.slice(0, -1)}x`)
    expectProblem(wrong, 401, 'unauthenticated')
  })

  it('answers an OAuth client and the flows its scopes allow', async () => {
    const token = await accessToken({ scp: ['jml.joiner', 'jml.leaver', 'jml.audit'] })
    const res = await request(bridge.url).get('/api/whoami').set('authorization', `Bearer ${token}`)
    expect(res.status).toBe(200)
    expect(res.body).toEqual({
      caller: '0oaSERVICENOWCLIENT1',
      kind: 'oauth',
      permissions: ['joiner', 'leaver', 'audit'],
    })
  })
})

describe('OAuth bearer JWTs', () => {
  const bearer = (token: string) => ({ authorization: `Bearer ${token}` })

  it('accepts a valid token with the jml.joiner scope (Okta scp array), identified by its cid', async () => {
    const res = await dryRun(bridge, bearer(await accessToken()))
    expectPlan(res)
    const line = logLines.find((l) => l.includes(String(res.headers['x-request-id'])))!
    expect(JSON.parse(line).caller).toBe('oauth:0oaSERVICENOWCLIENT1')
    expect(line).not.toContain('eyJ')
  })

  it('accepts the scope as an RFC 9068 space-separated scope string, and client_id as the caller', async () => {
    const token = await accessToken({
      scp: undefined,
      scope: 'openid jml.mover jml.joiner',
      cid: undefined,
      client_id: 'sn-client',
    })
    expectPlan(await dryRun(bridge, bearer(token)))
  })

  it('answers 403 insufficient_scope when the token lacks jml.joiner', async () => {
    const calls = await oktaCalls(bridge)
    const res = await dryRun(bridge, bearer(await accessToken({ scp: ['jml.mover', 'jml.leaver'] })))
    expectProblem(res, 403, 'forbidden-flow')
    expect(res.body.requiredScope).toBe('jml.joiner')
    expect(res.headers['www-authenticate']).toBe(
      'Bearer realm="okta-jml-bridge", error="insufficient_scope", error_description="missing scope", scope="jml.joiner"',
    )
    expect(await oktaCalls(bridge)).toBe(calls)
  })

  it('reads the audit with the jml.audit scope only: a flow scope is not enough', async () => {
    const audit = (token: string) =>
      request(bridge.url).get('/api/audit?ticket=RITM0010001').set(bearer(token))
    const ok = await audit(await accessToken({ scp: ['jml.audit'] }))
    expect(ok.status).toBe(200)
    expect(ok.body).toEqual({ ticket: 'RITM0010001', executions: [] })
    const refused = await audit(await accessToken({ scp: ['jml.joiner', 'jml.mover'] }))
    expectProblem(refused, 403, 'forbidden-audit')
    expect(refused.body.requiredScope).toBe('jml.audit')
    expect(refused.headers['www-authenticate']).toBe(
      'Bearer realm="okta-jml-bridge", error="insufficient_scope", error_description="missing scope", scope="jml.audit"',
    )
  })

  it('ends another client’s grant only with jml.grants.manage: revoke-access alone is 403 forbidden-grant', async () => {
    const org = bridge.sandbox!.sandbox.org
    const login = `grantee.${randomBytes(4).toString('hex')}@example.com`
    const [user] = org.seed({
      users: [{ profile: { login, email: login, firstName: 'Gran', lastName: 'Tee' } }],
    }).users
    const engineering = bridge.sandbox!.groups.find((g) => g.name === 'Engineering')!.id
    const call = async (cid: string, scp: string[], flow: string, body: Record<string, unknown>) =>
      request(bridge.url)
        .post(`/api/flo/${flow}/invoke`)
        .set(bearer(await accessToken({ cid, sub: cid, scp })))
        .set('idempotency-key', randomBytes(8).toString('hex'))
        .send({ ticket: { number: 'RITM0010009', requestedBy: 'pat.lee' }, ...body })
    const granted = await call('0oaGRANTINGCLIENT01', ['jml.grant-access'], 'grant-access', {
      user: { id: user!.id },
      resource: { type: 'group', id: engineering },
      expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
      justification: 'on call',
    })
    expect(granted.status, JSON.stringify(granted.body)).toBe(200)
    const grantId = granted.body.output.grantId as string
    const other = await call('0oaOTHERCLIENT0001', ['jml.revoke-access'], 'revoke-access', { grantId })
    expectProblem(other, 403, 'forbidden-grant')
    expect(org.isMember(engineering, user!.id)).toBe(true)
    const manager = await call(
      '0oaOTHERCLIENT0001',
      ['jml.revoke-access', 'jml.grants.manage'],
      'revoke-access',
      {
        grantId,
      },
    )
    expect(manager.status, JSON.stringify(manager.body)).toBe(200)
    expect(org.isMember(engineering, user!.id)).toBe(false)
  })

  it('whoami answers the OAuth client and the permissions its scopes give; the catalog needs jml.catalog', async () => {
    const whoami = await request(bridge.url)
      .get('/api/whoami')
      .set(bearer(await accessToken({ scp: ['openid', 'jml.mover', 'jml.catalog', 'jml.audit'] })))
    expect(whoami.status).toBe(200)
    // In the bridge's order of permissions, whatever the token's order; scopes that are no permission ignored.
    expect(whoami.body).toEqual({
      caller: '0oaSERVICENOWCLIENT1',
      kind: 'oauth',
      permissions: ['mover', 'audit', 'catalog'],
    })
    const catalog = (token: string) => request(bridge.url).get('/api/catalog/resources').set(bearer(token))
    expect((await catalog(await accessToken({ scp: ['jml.catalog'] }))).status).toBe(200)
    const refused = await catalog(await accessToken({ scp: ['jml.joiner'] }))
    expectProblem(refused, 403, 'forbidden-catalog')
    expect(refused.body.requiredScope).toBe('jml.catalog')
    expect(refused.headers['www-authenticate']).toContain('scope="jml.catalog"')
    const forged = await request(bridge.url)
      .get('/api/whoami')
      .set(bearer(await accessToken({}, { key: (await generateKeyPair('RS256')).privateKey })))
    expectProblem(forged, 401, 'unauthenticated')
  })

  it('answers 401 invalid_token for every forged or unacceptable token, without calling Okta', async () => {
    const now = Math.floor(Date.now() / 1000)
    const other = await generateKeyPair('RS256')
    const header = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url')
    const body = Buffer.from(
      JSON.stringify({ iss: issuer.origin, aud: AUDIENCE, cid: 'x', scp: ['jml.joiner'], exp: now + 300 }),
    ).toString('base64url')
    const cases: [string, string, string][] = [
      ['forged signature', await accessToken({}, { key: other.privateKey }), 'the signature does not verify'],
      ['expired', await accessToken({ iat: now - 7200, exp: now - 3600 }), 'the token has expired'],
      ['not yet valid', await accessToken({ nbf: now + 3600 }), 'the token is not valid yet (nbf)'],
      ['wrong audience', await accessToken({ aud: 'api://something-else' }), 'the aud claim is not accepted'],
      [
        'wrong issuer',
        await accessToken({}, { iss: 'https://evil.example.com' }),
        'the iss claim is not accepted',
      ],
      ['no expiry', await accessToken({ exp: undefined }), 'the token has no expiry (exp)'],
      ['alg none', `${header}.${body}.`, 'the signing algorithm is not allowed'],
      [
        'HS256 signed with the public key (algorithm confusion)',
        await accessToken({}, { alg: 'HS256', key: new TextEncoder().encode(issuer.publicPem) }),
        'the signing algorithm is not allowed',
      ],
      [
        'unknown key id',
        await accessToken({}, { kid: 'rotated-away', key: other.privateKey }),
        'it is not signed by a key of the issuer',
      ],
      ['not a JWT', 'abc.def.ghi', 'it is not a well-formed signed JWT'],
    ]
    const calls = await oktaCalls(bridge)
    for (const [name, token, description] of cases) {
      const res = await dryRun(bridge, bearer(token))
      expectProblem(res, 401, 'unauthenticated')
      expect(res.body.detail, name).toBe(`The bearer token is not valid: ${description}.`)
      expect(res.headers['www-authenticate'], name).toBe(
        `Bearer realm="okta-jml-bridge", error="invalid_token", error_description="${description}", ApiKey realm="okta-jml-bridge", in="header", name="x-api-client-token"`,
      )
    }
    const malformedHeader = await dryRun(bridge, { authorization: 'Basic dXNlcjpwYXNz' })
    expectProblem(malformedHeader, 401, 'unauthenticated')
    expect(await oktaCalls(bridge)).toBe(calls)
  })

  it('finds the JWKS through the issuer metadata when no JWKS URL is configured', async () => {
    const token = await accessToken({}, { iss: `${issuer.origin}/disc` })
    expectPlan(await dryRun(discovering, bearer(token)))
    expectPlan(await dryRun(discovering, bearer(token)))
    // Discovery is done once and cached.
    expect(issuer.hits['/disc/.well-known/openid-configuration']).toBe(1)
    expect(issuer.hits['/disc/keys']).toBeGreaterThanOrEqual(1)
    // A token of the other issuer is refused, and client tokens are not accepted by an OAuth-only bridge.
    expectProblem(await dryRun(discovering, bearer(await accessToken())), 401, 'unauthenticated')
    const tokenRes = await dryRun(discovering, { 'x-api-client-token': TOKEN_ALL })
    expectProblem(tokenRes, 401, 'unauthenticated')
    expect(tokenRes.body.detail).toBe('Client tokens are not accepted by this bridge.')
    expect(tokenRes.headers['www-authenticate']).toBe('Bearer realm="okta-jml-bridge"')
  })
})

describe('an unreachable issuer', () => {
  it('answers 503 auth-unavailable with Retry-After, not 401, and calls no Okta', async () => {
    // Port 9 (discard) on loopback: nothing listens there in a test environment.
    const down = await startBridge(
      {
        NODE_ENV: 'test',
        PORT: '0',
        LOG_LEVEL: 'silent',
        BRIDGE_OAUTH_ISSUER: issuer.origin,
        BRIDGE_OAUTH_AUDIENCE: AUDIENCE,
        BRIDGE_OAUTH_JWKS_URL: 'http://127.0.0.1:9/keys',
      },
      { print: () => {} },
    )
    try {
      const calls = await oktaCalls(down)
      const res = await dryRun(down, { authorization: `Bearer ${await accessToken()}` })
      expectProblem(res, 503, 'auth-unavailable')
      expect(res.headers['retry-after']).toBe('5')
      expect(await oktaCalls(down)).toBe(calls)
    } finally {
      await down.stop()
    }
  })
})
