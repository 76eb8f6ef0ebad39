/**
 * Bad input never reaches Okta: oversized bodies, wrong content types, malformed JSON, unknown fields, bad
 * Okta ids and bad emails are refused at the edge with problem+json naming each field — and the Okta
 * sandbox's request counters prove that not one Okta call (not even a token request) was made. No answer
 * carries a stack trace or a secret, and no log line carries the personal data that was sent.
 */
import { randomBytes, randomInt } from 'node:crypto'
import { Ajv2020 } from 'ajv/dist/2020.js'
import ajvFormats from 'ajv-formats'
import request from 'supertest'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp } from '../../bridge/http/app.js'
import { createAuthenticator } from '../../bridge/http/auth.js'
import { createLogger } from '../../bridge/logging/logger.js'
import { type RunningBridge, startBridge } from '../../dev/start.js'

const TOKEN = randomBytes(32).toString('base64url')
const logLines: string[] = []
let bridge: RunningBridge
let engineeringId: string

beforeAll(async () => {
  bridge = await startBridge(
    { NODE_ENV: 'test', PORT: '0', LOG_LEVEL: 'debug', BRIDGE_CLIENT_TOKENS: TOKEN },
    { logDestination: { write: (line: string) => void logLines.push(line) }, print: () => {} },
  )
  engineeringId = bridge.sandbox!.groups.find((g) => g.name === 'Engineering')!.id
})

afterAll(async () => {
  await bridge?.stop()
})

/** The Okta sandbox's counters (`GET /__sandbox/stats`), the members the tests read. */
interface Stats {
  requests: Record<string, number>
  tokenRequests: number
  rateLimited: number
  users: number
}

/** The counters of the sandbox behind a bridge. */
async function statsOf(target: RunningBridge = bridge): Promise<Stats> {
  const res = await fetch(`${target.sandbox!.orgUrl}/__sandbox/stats`)
  return (await res.json()) as Stats
}

/** Every request the Okta sandbox has answered (Management API and token endpoint). */
async function oktaCalls(): Promise<number> {
  const stats = await statsOf()
  return Object.values(stats.requests).reduce((a, b) => a + b, 0) + stats.tokenRequests
}

/**
 * A valid joiner input, with a unique login so personal data can be looked for in the logs, and a unique
 * ticket: the ticket number and flow are the default idempotency key, so a reused ticket would replay.
 */
function joiner(
  overrides: Record<string, unknown> = {},
  profile: Record<string, unknown> = {},
): Record<string, unknown> {
  const login = `pat.${randomBytes(4).toString('hex')}@example.com`
  return {
    ticket: { number: `RITM${randomInt(1_000_000_000, 9_999_999_999)}`, requestedBy: 'hr.bot' },
    profile: { login, email: login, firstName: 'Pat', lastName: 'Doe', ...profile },
    groups: [engineeringId],
    ...overrides,
  }
}

/** POSTs a raw body to a flow with the client token. */
function post(flow: string, body: string, contentType: string | null = 'application/json', query = '') {
  const req = request(bridge.url).post(`/api/flo/${flow}/invoke${query}`).set('x-api-client-token', TOKEN)
  if (contentType !== null) return req.set('content-type', contentType).send(body)
  // supertest would label a string body as a form: send it raw, with no content type at all.
  return req.send(Buffer.from(body))
}

/** Asserts a problem answer and that it made no Okta call and leaks nothing. */
async function expectRefused(
  send: () => Promise<request.Response>,
  status: number,
  code: string,
): Promise<request.Response> {
  const before = await oktaCalls()
  const res = await send()
  expect(res.status).toBe(status)
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/)
  expect(res.body).toMatchObject({ type: `urn:okta-jml-bridge:problem:${code}`, status, code })
  expect(res.body.instance).toBe(`urn:okta-jml-bridge:request:${res.headers['x-request-id']}`)
  expect(res.text).not.toContain(TOKEN)
  expect(res.text).not.toMatch(/\bat \S+ \(|node_modules|\.ts:\d+/)
  expect(await oktaCalls()).toBe(before)
  return res
}

describe('the envelope: size, content type, JSON', () => {
  it('answers 413 body-too-large for a body over 100 KB', async () => {
    const big = JSON.stringify(joiner({ padding: 'x'.repeat(100 * 1024) }))
    const res = await expectRefused(() => post('joiner', big), 413, 'body-too-large')
    expect(res.body.limitBytes).toBe(102_400)
    expect(res.body.detail).toBe('The request body is larger than 100 KB.')
  })

  it('accepts a body just under the limit as far as size goes (then validates it)', async () => {
    const body = JSON.stringify(joiner({ padding: 'x'.repeat(90 * 1024) }))
    const res = await expectRefused(() => post('joiner', body), 400, 'invalid-input')
    expect(res.body.errors).toEqual([{ path: 'padding', message: 'is not a known field' }])
  })

  it('answers 400 malformed-json for broken JSON, and for JSON that is not an object or array', async () => {
    for (const body of ['{"ticket": {', '{ticket: 1}', '"just a string"', 'null', '']) {
      const res = await expectRefused(
        () => post('joiner', body),
        400,
        body === '' ? 'invalid-input' : 'malformed-json',
      )
      expect(res.body.detail).not.toContain('Unexpected token')
    }
  })

  it('answers 400 invalid-input for a JSON array', async () => {
    const res = await expectRefused(() => post('joiner', '[]'), 400, 'invalid-input')
    expect(res.body.errors).toEqual([
      { path: '(root)', message: 'Invalid input: expected object, received array' },
    ])
  })

  it('answers 415 for a missing or wrong content type, a foreign charset or a compressed body', async () => {
    const body = JSON.stringify(joiner())
    for (const type of [
      null,
      'text/plain',
      'application/x-www-form-urlencoded',
      'application/jsonx',
      'multipart/form-data',
    ]) {
      const res = await expectRefused(() => post('joiner', body, type), 415, 'unsupported-media-type')
      expect(res.body.detail).toBe('Send the flow input as Content-Type: application/json.')
    }
    await expectRefused(
      () => post('joiner', body, 'application/json; charset=latin1'),
      415,
      'unsupported-media-type',
    )
    await expectRefused(
      () =>
        request(bridge.url)
          .post('/api/flo/joiner/invoke')
          .set('x-api-client-token', TOKEN)
          .set('content-type', 'application/json')
          .set('content-encoding', 'gzip')
          .send(body),
      415,
      'unsupported-media-type',
    )
  })

  it('accepts application/json with a utf-8 charset', async () => {
    const res = await post(
      'joiner',
      JSON.stringify(joiner()),
      'application/json; charset=utf-8',
      '?dryRun=true',
    )
    expect(res.status).toBe(200)
    expect(res.body.dryRun).toBe(true)
  })

  it('answers 400 for a dryRun that is neither true nor false, and 405 for another method', async () => {
    const res = await expectRefused(
      () => post('joiner', JSON.stringify(joiner()), 'application/json', '?dryRun=yes'),
      400,
      'invalid-input',
    )
    expect(res.body.errors).toEqual([{ path: '?dryRun', message: 'must be true or false' }])
    const get = await expectRefused(
      () => request(bridge.url).get('/api/flo/joiner/invoke').set('x-api-client-token', TOKEN),
      405,
      'method-not-allowed',
    )
    expect(get.headers.allow).toBe('POST')
  })
})

describe('the flow schemas: field paths, strictness, no Okta call', () => {
  it('names every unknown field, at the top level and nested', async () => {
    const res = await expectRefused(
      () => post('joiner', JSON.stringify(joiner({ role: 'admin' }, { isAdmin: true }))),
      400,
      'invalid-input',
    )
    expect(res.body.errors).toEqual([
      { path: 'profile.isAdmin', message: 'is not a known field' },
      { path: 'role', message: 'is not a known field' },
    ])
    expect(res.body.detail).toBe('The request body does not match the flow’s input schema.')
  })

  it('refuses bad Okta ids with their paths (groups, apps, a user reference)', async () => {
    const res = await expectRefused(
      () =>
        post('joiner', JSON.stringify(joiner({ groups: [engineeringId, '00g-not-an-id'], apps: ['0oa1'] }))),
      400,
      'invalid-input',
    )
    expect(res.body.errors).toEqual([
      { path: 'groups[1]', message: 'must be an Okta id (20 letters and digits)' },
      { path: 'apps[0]', message: 'must be an Okta id (20 letters and digits)' },
    ])
    const leaver = await expectRefused(
      () =>
        post(
          'leaver',
          JSON.stringify({
            ticket: { number: 'RITM0020002', requestedBy: 'hr.bot' },
            user: { id: '00u../../admin' },
          }),
        ),
      400,
      'invalid-input',
    )
    expect(leaver.body.errors).toEqual([
      { path: 'user.id', message: 'must be an Okta id (20 letters and digits)' },
    ])
  })

  it('refuses bad emails and logins with their paths, without echoing them or logging them', async () => {
    const secretish = `not-an-email-${randomBytes(4).toString('hex')}`
    const res = await expectRefused(
      () => post('joiner', JSON.stringify(joiner({}, { email: secretish, login: `${secretish}@` }))),
      400,
      'invalid-input',
    )
    expect(res.body.errors).toEqual([
      { path: 'profile.login', message: 'must be an email-shaped Okta login' },
      { path: 'profile.email', message: 'must be an email address' },
    ])
    expect(res.text).not.toContain(secretish)
    expect(logLines.join('\n')).not.toContain(secretish)
    const mover = await expectRefused(
      () =>
        post(
          'mover',
          JSON.stringify({
            ticket: { number: 'RITM0020002', requestedBy: 'hr.bot' },
            user: { login: 'bob' },
          }),
        ),
      400,
      'invalid-input',
    )
    expect(mover.body.errors).toEqual([
      { path: 'user.login', message: 'must be an email-shaped Okta login' },
      {
        path: '(root)',
        message: 'a mover must change something: profile, addGroups, removeGroups, addApps or removeApps',
      },
    ])
  })

  it('refuses a missing ticket, a bad ticket number, control characters and repeated ids', async () => {
    const body = joiner(
      { ticket: { number: 'TICKET-1', requestedBy: 'hr bot' }, groups: [engineeringId, engineeringId] },
      { firstName: 'Pat\u0000' },
    )
    const res = await expectRefused(() => post('joiner', JSON.stringify(body)), 400, 'invalid-input')
    expect(res.body.errors).toEqual([
      { path: 'ticket.number', message: 'must be a ServiceNow record number such as RITM0010001' },
      { path: 'ticket.requestedBy', message: 'must be a ServiceNow user name' },
      { path: 'profile.firstName', message: 'must not contain control characters' },
      { path: 'groups', message: 'must not repeat an id' },
    ])
    const { ticket: _ticket, ...noTicket } = joiner()
    const missing = await expectRefused(() => post('joiner', JSON.stringify(noTicket)), 400, 'invalid-input')
    expect(missing.body.errors).toEqual([
      { path: 'ticket', message: 'Invalid input: expected object, received undefined' },
    ])
  })

  it('refuses a mover that adds and removes the same group', async () => {
    const body = {
      ticket: { number: 'RITM0020002', requestedBy: 'hr.bot' },
      user: { login: 'dana.lee@example.com' },
      addGroups: [engineeringId],
      removeGroups: [engineeringId],
    }
    const res = await expectRefused(() => post('mover', JSON.stringify(body)), 400, 'invalid-input')
    expect(res.body.errors).toEqual([
      { path: 'removeGroups', message: 'a group cannot be both added and removed' },
    ])
  })

  it('logs refused requests with request id and flow but no body, ticket or credential', async () => {
    const res = await post('joiner', JSON.stringify(joiner({ role: 'x' })))
    expect(res.status).toBe(400)
    const line = JSON.parse(logLines.find((l) => l.includes(String(res.headers['x-request-id'])))!)
    expect(line).toMatchObject({
      reqId: res.headers['x-request-id'],
      flow: 'joiner',
      status: 400,
      caller: 'client-token:token-1',
    })
    expect(line.ticket).toBeUndefined()
    expect(logLines.join('\n')).not.toContain(TOKEN)
  })

  it('still runs a valid request after all of that (the refusals were not a broken bridge)', async () => {
    const before = await statsOf()
    const res = await post('joiner', JSON.stringify(joiner()))
    expect(res.status).toBe(200)
    expect(res.body.status).toBe('succeeded')
    expect(res.body.output.status).toBe('PROVISIONED')
    const after = await statsOf()
    expect(after.users).toBe(before.users + 1)
  })
})

describe('the published contract agrees with the validation', () => {
  it('serves OpenAPI 3.1 whose schemas accept what the bridge accepts and refuse what it refuses', async () => {
    const res = await request(bridge.url).get('/openapi.json')
    expect(res.status).toBe(200)
    const doc = res.body
    expect(doc.openapi).toBe('3.1.0')
    // The flows first, then every other route (`openapi.test.ts` compares them with the router).
    expect(Object.keys(doc.paths).filter((path) => path.endsWith('/invoke'))).toEqual([
      '/api/flo/joiner/invoke',
      '/api/flo/mover/invoke',
      '/api/flo/leaver/invoke',
      '/api/flo/rehire/invoke',
      '/api/flo/reset-password/invoke',
      '/api/flo/unlock/invoke',
      '/api/flo/revoke-sessions/invoke',
      '/api/flo/grant-access/invoke',
      '/api/flo/revoke-access/invoke',
      '/api/flo/extend-access/invoke',
      '/api/flo/onboarding-decision/invoke',
    ])
    // The setup endpoints the ServiceNow app reads (test/bridge/catalog.test.ts) are documented too.
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/whoami', '/api/catalog/resources']))
    const post = doc.paths['/api/flo/joiner/invoke'].post
    expect(post.parameters).toEqual([
      expect.objectContaining({ name: 'dryRun', in: 'query' }),
      expect.objectContaining({ name: 'Idempotency-Key', in: 'header' }),
      expect.objectContaining({ name: 'Prefer', in: 'header' }),
    ])
    expect(Object.keys(post.responses)).toEqual(
      expect.arrayContaining(['200', '202', '400', '401', '403', '404', '409', '413', '415', '422', '503']),
    )
    expect(post.security).toContainEqual({ bearerJwt: ['jml.joiner'] })
    expect(doc.components.securitySchemes.clientTokenHeader).toMatchObject({
      type: 'apiKey',
      in: 'header',
      name: 'x-api-client-token',
    })
    expect(doc.components.securitySchemes.clientTokenQuery).toMatchObject({
      type: 'apiKey',
      in: 'query',
      name: 'clientToken',
    })

    const ajv = new Ajv2020({ strict: false, allErrors: true })
    ajvFormats.default(ajv)
    ajv.addSchema(doc, 'bridge')
    const input = ajv.getSchema('bridge#/components/schemas/JoinerInput')!
    const problem = ajv.getSchema('bridge#/components/schemas/Problem')!
    expect(input(joiner())).toBe(true)
    expect(input(joiner({ role: 'admin' }))).toBe(false)
    expect(input(joiner({ groups: ['00g-not-an-id'] }))).toBe(false)
    expect(input(joiner({}, { email: 'not-an-email' }))).toBe(false)
    expect(input({ profile: joiner().profile })).toBe(false)

    // What the bridge answers matches what the document promises.
    const response200 = {
      $ref: 'bridge#/paths/~1api~1flo~1joiner~1invoke/post/responses/200/content/application~1json/schema',
    }
    const answer = ajv.compile(response200)
    const plan = await post_('joiner', JSON.stringify(joiner()), '?dryRun=true')
    expect(plan.status).toBe(200)
    expect(answer(plan.body), JSON.stringify(answer.errors)).toBe(true)
    const done = await post_('joiner', JSON.stringify(joiner()))
    expect(done.status).toBe(200)
    expect(answer(done.body), JSON.stringify(answer.errors)).toBe(true)
    const refused = await post_('joiner', JSON.stringify(joiner({ role: 'admin' })))
    expect(problem(refused.body)).toBe(true)
  })

  it('serves one flow’s document at /api/flo/{flow}/openapi.json, and 404 for an unknown flow', async () => {
    const res = await request(bridge.url).get('/api/flo/leaver/openapi.json')
    expect(res.status).toBe(200)
    expect(Object.keys(res.body.paths)).toEqual(['/api/flo/leaver/invoke'])
    expect(Object.keys(res.body.components.schemas).sort()).toEqual([
      'DryRunResult',
      'LeaverInput',
      'LeaverInvocationResult',
      'LeaverOutput',
      'Problem',
    ])
    const unknown = await request(bridge.url).get('/api/flo/teleport/openapi.json')
    expect(unknown.status).toBe(404)
    expect(unknown.body.code).toBe('unknown-flow')
  })
})

/** A flow call with the client token and a JSON body. */
function post_(flow: string, body: string, query = '') {
  return request(bridge.url)
    .post(`/api/flo/${flow}/invoke${query}`)
    .set('x-api-client-token', TOKEN)
    .set('content-type', 'application/json')
    .send(body)
}

describe('Okta and policy refusals as problems', () => {
  const ticket = { number: 'RITM0040004', requestedBy: 'hr.bot' }

  it('answers 404 user-not-found for an unknown user', async () => {
    const res = await post_('leaver', JSON.stringify({ ticket, user: { login: 'nobody.here@example.com' } }))
    expect(res.status).toBe(404)
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/)
    expect(res.body).toMatchObject({
      type: 'urn:okta-jml-bridge:problem:user-not-found',
      code: 'user-not-found',
      status: 404,
    })
  })

  it('answers 422 group-not-found naming the unknown group, and creates no user', async () => {
    const before = await statsOf()
    const res = await post_('joiner', JSON.stringify(joiner({ groups: ['00gDOESNOTEXIST00000'] })))
    expect(res.status).toBe(422)
    expect(res.body).toMatchObject({ code: 'group-not-found', groupIds: ['00gDOESNOTEXIST00000'] })
    const after = await statsOf()
    expect(after.users).toBe(before.users)
  })

  it('answers 409 illegal-transition with the user status for a suspend of a non-active user', async () => {
    const created = await post_('joiner', JSON.stringify(joiner({ activate: false })))
    expect(created.status).toBe(200)
    expect(created.body.output.status).toBe('STAGED')
    const res = await post_(
      'leaver',
      // Another ticket than the leaver above: same ticket and flow would be the same execution.
      JSON.stringify({
        ticket: { ...ticket, number: 'RITM0040005' },
        user: { id: created.body.output.userId },
        mode: 'suspend',
      }),
    )
    expect(res.status).toBe(409)
    expect(res.body).toMatchObject({ code: 'illegal-transition', userStatus: 'STAGED' })
  })

  it('answers 403 policy-violation for the protected admin group, and changes nothing', async () => {
    const admins = bridge.sandbox!.adminsGroupId
    const before = await statsOf()
    const res = await post_('joiner', JSON.stringify(joiner({ groups: [admins] })))
    expect(res.status).toBe(403)
    expect(res.body).toMatchObject({ code: 'policy-violation', rule: 'protectedGroups' })
    const after = await statsOf()
    expect(after.users).toBe(before.users)
  })

  it('answers 202 with the status URL (never 503) when Okta’s window resets after the deadline: the execution queues on the budget', async () => {
    // A bridge of its own: its adapter remembers the exhausted window, which would slow the other tests.
    const limited = await startBridge(
      {
        NODE_ENV: 'test',
        PORT: '0',
        LOG_LEVEL: 'silent',
        BRIDGE_CLIENT_TOKENS: TOKEN,
        BRIDGE_DEADLINE_MS: '1000',
        BRIDGE_SYNC_DEADLINE_MS: '500',
      },
      { print: () => {} },
    )
    try {
      const config = await fetch(`${limited.sandbox!.orgUrl}/__sandbox/config`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          rateLimits: [{ pathPrefix: '/api/v1/users/', method: 'GET', limit: 0, windowSeconds: 60 }],
        }),
      })
      expect(config.status).toBe(200)
      const res = await request(limited.url)
        .post('/api/flo/leaver/invoke')
        .set('x-api-client-token', TOKEN)
        .set('content-type', 'application/json')
        .send({ ticket, user: { login: 'dana.lee@example.com' } })
      expect(res.status).toBe(202)
      expect(res.body).toEqual({
        executionId: expect.any(String),
        statusUrl: `/api/flo/executions/${res.body.executionId}`,
      })
      // Nothing changed: Dana is still active.
      const stats = await statsOf(limited)
      expect(stats.rateLimited).toBeGreaterThanOrEqual(1)
      expect(stats.requests['POST /api/v1/users/:userId/lifecycle/:operation']).toBeUndefined()
      expect(stats.requests['DELETE /api/v1/users/:userId/sessions']).toBeUndefined()
      expect(limited.sandbox!.sandbox.org.users.get(limited.sandbox!.users[0]!.id)!.status).toBe('ACTIVE')
    } finally {
      await limited.stop(100)
    }
  })
})

describe('an unexpected failure', () => {
  it('answers a bare 500 internal and logs the error scrubbed of secrets', async () => {
    // The one test with a stand-in engine: the real one has no way to fail unexpectedly on demand.
    const lines: string[] = []
    const logger = createLogger({
      level: 'debug',
      secrets: [TOKEN],
      destination: { write: (l: string) => void lines.push(l) },
    })
    const app = createApp({
      engine: {
        invoke: async () => {
          throw new Error(
            `database said no; token was ${TOKEN}; header eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln`,
          )
        },
      },
      authenticate: createAuthenticator({
        clientTokens: [{ name: 'servicenow', token: TOKEN, flows: undefined }],
        oauth: undefined,
      }),
      logger,
      leastPrivilege: () => {
        throw new Error('not used')
      },
      ready: () => false,
      secrets: [TOKEN],
    })
    const res = await request(app)
      .post('/api/flo/joiner/invoke')
      .set('x-api-client-token', TOKEN)
      .set('content-type', 'application/json')
      .send(joiner())
    expect(res.status).toBe(500)
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/)
    expect(res.body).toEqual({
      type: 'urn:okta-jml-bridge:problem:internal',
      title: 'Internal error',
      status: 500,
      detail: 'The bridge failed unexpectedly; the error is logged under this request id.',
      code: 'internal',
      instance: `urn:okta-jml-bridge:request:${res.headers['x-request-id']}`,
    })
    const logged = lines.map(
      (l) => JSON.parse(l) as { msg: string; reqId?: string; err?: { message: string; stack?: string } },
    )
    const error = logged.find((l) => l.msg === 'unexpected error')!
    expect(error.reqId).toBe(res.headers['x-request-id'])
    expect(error.err!.message).toBe('database said no; token was [redacted]; header [redacted jwt]')
    expect(error.err!.stack).toContain('[redacted]')
    expect(lines.join('\n')).not.toContain(TOKEN)
    expect(lines.join('\n')).not.toContain('eyJ')

    // Liveness answers while the process serves HTTP; readiness waits for the start to complete.
    const health = await request(app).get('/healthz')
    expect(health.status).toBe(200)
    expect(health.body).toEqual({ status: 'ok' })
    const ready = await request(app).get('/readyz')
    expect(ready.status).toBe(503)
    expect(ready.headers['content-type']).toContain('application/problem+json')
    expect(ready.body).toMatchObject({ status: 503, code: 'starting', checks: {} })
    const nowhere = await request(app).get('/nowhere')
    expect(nowhere.status).toBe(404)
    expect(nowhere.body.code).toBe('not-found')
  })

  it('censors credential-bearing fields wherever a log object carries them', () => {
    const lines: string[] = []
    const logger = createLogger({
      level: 'info',
      secrets: [TOKEN],
      destination: { write: (l: string) => void lines.push(l) },
    })
    logger.info(
      {
        req: { headers: { authorization: 'Bearer abc', 'x-api-client-token': TOKEN, cookie: 'sid=1' } },
        okta: {
          privateKey: '-----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY-----',
          clientToken: TOKEN,
        },
      },
      `a message quoting ${TOKEN} and clientToken=${TOKEN}&x=1`,
    )
    const line = JSON.parse(lines[0]!)
    expect(line.req.headers).toEqual({
      authorization: '[redacted]',
      'x-api-client-token': '[redacted]',
      cookie: '[redacted]',
    })
    expect(line.okta).toEqual({ privateKey: '[redacted]', clientToken: '[redacted]' })
    expect(line.msg).toBe('a message quoting [redacted] and clientToken=[redacted]&x=1')
  })
})
