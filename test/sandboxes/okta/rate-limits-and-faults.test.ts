/**
 * Okta's rate limiting and the sandbox's fault injection, over HTTP: the `X-Rate-Limit-*` headers, 429s
 * with Okta's E0000047 body and System Log entry, window resets, per-family buckets, the concurrency limit,
 * injected 5xx/reset/timeout faults before and after the operation, and the control API that configures
 * them (validation, reset, stats).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { ConnectedClient } from './auth/test-client.js'
import {
  connectServiceApp,
  control,
  eventsOfRequest,
  type OktaErrorJson,
  profileFor,
  seed,
  sleep,
} from './http-test-support.js'
import { type OktaSandbox, type SandboxStats, startOktaSandbox } from './index.js'

let sandbox: OktaSandbox
let client: ConnectedClient
/** The configuration of a freshly reset sandbox, as `GET /__sandbox/config` shows it. */
let defaults: unknown

beforeAll(async () => {
  sandbox = await startOktaSandbox()
  defaults = (await control(sandbox.url, 'GET', '/__sandbox/config')).body
})

afterAll(async () => {
  await sandbox?.stop()
})

beforeEach(async () => {
  // A reset also forgets registered clients and their tokens, so every test connects anew.
  expect((await control(sandbox.url, 'POST', '/__sandbox/reset')).status).toBe(200)
  ;({ client } = await connectServiceApp(sandbox.url))
})

async function configure(patch: unknown): Promise<void> {
  const answer = await control(sandbox.url, 'PUT', '/__sandbox/config', patch)
  expect(answer.status, JSON.stringify(answer.body)).toBe(200)
}

async function stats(): Promise<SandboxStats> {
  return (await control<SandboxStats>(sandbox.url, 'GET', '/__sandbox/stats')).body
}

/** The three rate-limit headers as numbers (NaN when missing). */
function limits(res: Response): { limit: number; remaining: number; reset: number } {
  return {
    limit: Number(res.headers.get('x-rate-limit-limit') ?? Number.NaN),
    remaining: Number(res.headers.get('x-rate-limit-remaining') ?? Number.NaN),
    reset: Number(res.headers.get('x-rate-limit-reset') ?? Number.NaN),
  }
}

/** Okta's 429 body, exactly as NOTES.md shows it. */
const RATE_LIMIT_BODY = {
  errorCode: 'E0000047',
  errorSummary: 'API call exceeded rate limit due to too many requests.',
  errorLink: 'E0000047',
  errorId: expect.any(String),
  errorCauses: [],
}

/**
 * Sends `count` GET /api/v1/users calls one after another inside a single rate-limit window of
 * `windowSeconds`: it starts right after a window boundary and, should a slow machine still straddle
 * two windows (the answers' `X-Rate-Limit-Reset` differ), tries again in the next window.
 */
async function burstInOneWindow(count: number, windowSeconds: number): Promise<Response[]> {
  const windowMs = windowSeconds * 1000
  for (let attempt = 0; attempt < 3; attempt++) {
    await sleep(windowMs - (Date.now() % windowMs) + 20)
    const responses: Response[] = []
    for (let i = 0; i < count; i++) responses.push(await client.request('GET', '/api/v1/users'))
    if (new Set(responses.map((r) => r.headers.get('x-rate-limit-reset'))).size === 1) return responses
  }
  throw new Error(`could not fit ${count} calls into one ${windowSeconds}s window`)
}

describe('rate-limit headers', () => {
  it('are on every Okta response, successes and errors alike, with Reset in epoch seconds', async () => {
    const calls: [string, Promise<Response>][] = [
      ['list users', client.request('GET', '/api/v1/users')],
      ['missing user', client.request('GET', '/api/v1/users/00unosuchuser0000000')],
      ['groups', client.request('GET', '/api/v1/groups')],
      ['apps', client.request('GET', '/api/v1/apps')],
      ['logs', client.request('GET', '/api/v1/logs')],
      ['event hooks', client.request('GET', '/api/v1/eventHooks')],
      ['no token', fetch(`${sandbox.url}/api/v1/users`)],
      ['bad token request', fetch(`${sandbox.url}/oauth2/v1/token`, { method: 'POST' })],
      ['keys', fetch(`${sandbox.url}/oauth2/v1/keys`)],
    ]
    for (const [name, pending] of calls) {
      const res = await pending
      const { limit, remaining, reset } = limits(res)
      const nowSeconds = Date.now() / 1000
      expect(Number.isInteger(limit) && limit > 0, `${name}: limit ${limit}`).toBe(true)
      expect(
        Number.isInteger(remaining) && remaining >= 0 && remaining < limit,
        `${name}: remaining ${remaining}`,
      ).toBe(true)
      // Okta's default windows are a minute long: the reset lies within the next minute.
      expect(Number.isInteger(reset), `${name}: reset ${reset}`).toBe(true)
      expect(reset, name).toBeGreaterThan(nowSeconds - 1)
      expect(reset, name).toBeLessThanOrEqual(nowSeconds + 61)
      expect(res.headers.get('x-okta-request-id'), name).toBeTruthy()
    }
  })

  it('count Remaining down within a window and keep Reset at its end', async () => {
    // An hour-long window: the three calls cannot straddle a boundary in practice.
    await configure({
      rateLimits: [{ pathPrefix: '/api/v1/users', method: 'GET', limit: 10, windowSeconds: 3600 }],
    })
    const seen = []
    for (let i = 0; i < 3; i++) {
      const res = await client.request('GET', '/api/v1/users')
      expect(res.status).toBe(200)
      seen.push(limits(res))
    }
    expect(seen.map((s) => s.limit)).toEqual([10, 10, 10])
    expect(seen.map((s) => s.remaining)).toEqual([9, 8, 7])
    expect(new Set(seen.map((s) => s.reset)).size).toBe(1)
    const nowSeconds = Date.now() / 1000
    expect(seen[0]!.reset).toBeGreaterThan(nowSeconds)
    expect(seen[0]!.reset).toBeLessThanOrEqual(nowSeconds + 3601)
  })
})

describe('rate limits', () => {
  it('answer the call over the limit with 429 E0000047, log it, and recover when the window resets', async () => {
    await configure({
      rateLimits: [
        { pathPrefix: '/api/v1/users', method: 'GET', limit: 3, windowSeconds: 2 },
        { pathPrefix: '/api/v1/groups', method: '*', limit: 5, windowSeconds: 2 },
      ],
    })
    const responses = await burstInOneWindow(4, 2)
    expect(responses.map((r) => r.status)).toEqual([200, 200, 200, 429])
    expect(responses.map((r) => limits(r).remaining)).toEqual([2, 1, 0, 0])
    expect(responses.map((r) => limits(r).limit)).toEqual([3, 3, 3, 3])

    const limited = responses[3]!
    const body = (await limited.json()) as OktaErrorJson
    expect(body).toEqual(RATE_LIMIT_BODY)
    expect(body.errorId).not.toBe('')
    const requestId = limited.headers.get('x-okta-request-id')!
    expect(requestId).toBeTruthy()
    const events = await eventsOfRequest(client, requestId)
    expect(events.map((e) => e.eventType)).toEqual(['system.operation.rate_limit.violation'])
    expect(events[0]!.transaction.id).toBe(requestId)
    expect((await stats()).rateLimited).toBeGreaterThanOrEqual(1)

    // Other families and other methods are counted apart.
    const groups = await client.request('GET', '/api/v1/groups')
    expect(groups.status).toBe(200)
    expect(limits(groups)).toMatchObject({ limit: 5, remaining: 4 })
    const create = await client.request('POST', '/api/v1/users?activate=false', {
      profile: profileFor('other'),
    })
    expect(create.status).toBe(200)
    // ...while the exhausted family stays exhausted until its window ends.
    const reset = limits(limited).reset
    if (Date.now() < reset * 1000 - 100)
      expect((await client.request('GET', '/api/v1/users')).status).toBe(429)

    await sleep(Math.max(0, reset * 1000 - Date.now()) + 50)
    const after = await client.request('GET', '/api/v1/users')
    expect(after.status).toBe(200)
    expect(limits(after)).toMatchObject({ limit: 3, remaining: 2 })
    expect(limits(after).reset).toBeGreaterThan(reset - 1)
  })

  it('enforce the concurrency limit on calls in flight', async () => {
    await configure({ concurrencyLimit: 2, latencyMs: 300 })
    const responses = await Promise.all(
      Array.from({ length: 5 }, () => client.request('GET', '/api/v1/users')),
    )
    const statuses = responses.map((r) => r.status)
    const limited = responses.filter((r) => r.status === 429)
    expect(limited.length, String(statuses)).toBeGreaterThan(0)
    expect(statuses.filter((s) => s === 200).length, String(statuses)).toBeGreaterThan(0)
    expect(
      statuses.every((s) => s === 200 || s === 429),
      String(statuses),
    ).toBe(true)
    for (const res of limited) {
      expect(await res.json()).toEqual(RATE_LIMIT_BODY)
      expect(limits(res)).toMatchObject({ limit: 2, remaining: 0 })
    }
    const after = await stats()
    expect(after.concurrencyLimited).toBe(limited.length)
    expect(after.rateLimited).toBe(limited.length)
    expect(after.inFlight).toBe(0)
  })
})

describe('faults', () => {
  it('fail the next N calls in the configured order, then stop', async () => {
    await configure({ faults: { next: 3, statuses: [500, 503, 'reset'] } })

    for (const status of [500, 503]) {
      const res = await client.request('GET', '/api/v1/users')
      expect(res.status).toBe(status)
      expect(res.headers.get('x-okta-request-id')).toBeTruthy()
      const body = (await res.json()) as OktaErrorJson
      expect(body).toEqual({
        errorCode: expect.stringMatching(/^E\d{7}$/),
        errorSummary: expect.any(String),
        errorLink: body.errorCode,
        errorId: expect.any(String),
        errorCauses: [],
      })
    }
    // The connection is dropped without an answer: fetch sees a network error, not a response.
    await expect(client.request('GET', '/api/v1/users')).rejects.toThrow(TypeError)
    const fourth = await client.request('GET', '/api/v1/users')
    expect(fourth.status).toBe(200)
    expect(await fourth.json()).toEqual([])

    expect((await stats()).faultsInjected).toEqual({ 500: 1, 503: 1, reset: 1 })
    const config = (await control<{ faults: { remaining: number } }>(sandbox.url, 'GET', '/__sandbox/config'))
      .body
    expect(config.faults.remaining).toBe(0)
  })

  it('with rate 1 fail every call, with rate 0 none', async () => {
    await configure({ faults: { rate: 1, statuses: [503] } })
    for (let i = 0; i < 5; i++) expect((await client.request('GET', '/api/v1/users')).status).toBe(503)
    await configure({ faults: { rate: 0, statuses: [503] } })
    for (let i = 0; i < 5; i++) expect((await client.request('GET', '/api/v1/users')).status).toBe(200)
    expect((await stats()).faultsInjected).toEqual({ 503: 5 })
  })

  it('timeout leaves the request unanswered until the connection drops', async () => {
    await configure({ faults: { next: 1, statuses: ['timeout'], timeoutMs: 300 } })
    // A safety net far beyond timeoutMs, so a hanging sandbox fails the test instead of stalling it.
    const outcome = await Promise.race([
      client.request('GET', '/api/v1/users').then(
        (res) => `answered ${res.status}`,
        (error: unknown) => error,
      ),
      sleep(10_000).then(() => 'still hanging after 10 s'),
    ])
    expect(outcome).toBeInstanceOf(TypeError)
    expect((await stats()).faultsInjected).toEqual({ timeout: 1 })
    expect((await client.request('GET', '/api/v1/users')).status).toBe(200)
  })

  it("phase 'after' applies the change and loses the answer; 'before' applies nothing", async () => {
    await configure({
      faults: { next: 1, statuses: [500], method: 'POST', pathPrefix: '/api/v1/users', phase: 'after' },
    })
    const applied = profileFor('after')
    const res = await client.request('POST', '/api/v1/users?activate=false', { profile: applied })
    expect(res.status).toBe(500)
    expect(((await res.json()) as OktaErrorJson).errorCode).toBe('E0000009')
    const found = await client.request('GET', `/api/v1/users/${encodeURIComponent(applied.login!)}`)
    expect(found.status).toBe(200)
    expect(((await found.json()) as { status: string }).status).toBe('STAGED')
    // The System Log ties the lost answer's request id to the change: how a client can reconcile.
    const events = await eventsOfRequest(client, res.headers.get('x-okta-request-id')!)
    expect(events.map((e) => e.eventType)).toContain('user.lifecycle.create')
    // Retrying blindly would be refused: the login is taken.
    const retry = await client.request('POST', '/api/v1/users?activate=false', { profile: applied })
    expect(retry.status).toBe(400)

    await configure({ faults: { next: 1, statuses: [500], method: 'POST', pathPrefix: '/api/v1/users' } })
    const skipped = profileFor('before')
    expect((await client.request('POST', '/api/v1/users?activate=false', { profile: skipped })).status).toBe(
      500,
    )
    expect((await client.request('GET', `/api/v1/users/${encodeURIComponent(skipped.login!)}`)).status).toBe(
      404,
    )
  })

  it('never apply to the control API', async () => {
    await configure({ faults: { rate: 1, statuses: [500, 'reset', 'timeout'], timeoutMs: 300 } })
    expect((await control(sandbox.url, 'GET', '/__sandbox/stats')).status).toBe(200)
    expect((await control(sandbox.url, 'GET', '/__sandbox/config')).status).toBe(200)
    expect(
      (await seed(sandbox.url, { groups: [{ profile: { name: 'Seeded under faults' } }] })).groups,
    ).toHaveLength(1)
    await configure({ faults: null })
    expect((await client.request('GET', '/api/v1/groups?q=Seeded')).status).toBe(200)
  })

  it('are scoped by pathPrefix and method', async () => {
    const created = await seed(sandbox.url, {
      groups: [{ profile: { name: 'Scoped' } }],
      users: [{ profile: profileFor('scoped') }],
    })
    await configure({ faults: { rate: 1, statuses: [503], pathPrefix: '/api/v1/groups', method: 'GET' } })
    expect((await client.request('GET', '/api/v1/groups')).status).toBe(503)
    expect((await client.request('GET', `/api/v1/groups/${created.groups[0]!.id}`)).status).toBe(503)
    expect((await client.request('GET', '/api/v1/users')).status).toBe(200)
    const put = await client.request(
      'PUT',
      `/api/v1/groups/${created.groups[0]!.id}/users/${created.users[0]!.id}`,
    )
    expect(put.status).toBe(204)
    // The token endpoint is outside the prefix: a new client still connects.
    await expect(connectServiceApp(sandbox.url)).resolves.toBeDefined()
    expect((await stats()).faultsInjected).toEqual({ 503: 2 })
  })
})

describe('control API', () => {
  it('rejects an invalid configuration with 400 naming the field, and changes nothing', async () => {
    const before = (await control(sandbox.url, 'GET', '/__sandbox/config')).body
    const invalid: [unknown, string][] = [
      [{ latencyMs: -1 }, 'latencyMs'],
      [{ bogus: 1 }, 'bogus'],
      [{ latencyMs: 50, concurrencyLimit: 0 }, 'concurrencyLimit'],
      [{ rateLimits: [{ pathPrefix: 'api', limit: 1 }] }, 'pathPrefix'],
      [{ faults: { next: 1, statuses: [] } }, 'statuses'],
      [{ faults: { rate: 2, statuses: [500] } }, 'rate'],
      [{ eventHooks: { batchMs: 'soon' } }, 'batchMs'],
    ]
    for (const [patch, field] of invalid) {
      const answer = await control<OktaErrorJson>(sandbox.url, 'PUT', '/__sandbox/config', patch)
      expect(answer.status, JSON.stringify(patch)).toBe(400)
      expect(answer.body.errorCode).toBe('E0000001')
      const causes = answer.body.errorCauses.map((c) => c.errorSummary).join('\n')
      expect(causes, JSON.stringify(patch)).toContain(field)
    }
    expect((await control(sandbox.url, 'GET', '/__sandbox/config')).body).toEqual(before)
    expect((await client.request('GET', '/api/v1/users')).status).toBe(200)
  })

  it('POST /__sandbox/reset restores the defaults and forgets clients and counters', async () => {
    await configure({
      latencyMs: 5,
      concurrencyLimit: 3,
      rateLimits: [{ pathPrefix: '/api/v1/users', method: 'GET', limit: 1, windowSeconds: 3600 }],
      faults: { next: 5, statuses: [503], pathPrefix: '/api/v1/groups' },
      tokenTtlSeconds: 60,
      eventHooks: { batchMs: 10 },
    })
    expect((await control(sandbox.url, 'GET', '/__sandbox/config')).body).not.toEqual(defaults)
    expect((await client.request('GET', '/api/v1/groups')).status).toBe(503)

    const answer = await control(sandbox.url, 'POST', '/__sandbox/reset')
    expect(answer).toEqual({ status: 200, body: { reset: true } })
    expect((await control(sandbox.url, 'GET', '/__sandbox/config')).body).toEqual(defaults)
    expect(await stats()).toMatchObject({
      requests: {},
      rateLimited: 0,
      concurrencyLimited: 0,
      faultsInjected: {},
      tokensIssued: 0,
      tokenRequests: 0,
      dpopNoncesIssued: 0,
      users: 0,
    })
    // The token issued before the reset is no longer known.
    const stale = await client.request('GET', '/api/v1/users')
    expect(stale.status).toBe(401)
    expect(((await stale.json()) as OktaErrorJson).errorCode).toBe('E0000011')
  })

  it('GET /__sandbox/stats counts requests by route, 429s, tokens and DPoP nonces', async () => {
    // beforeEach connected once: a nonce challenge, then the token.
    expect(await stats()).toMatchObject({
      requests: { 'POST /oauth2/v1/token': 2 },
      tokenRequests: 2,
      tokensIssued: 1,
      dpopNoncesIssued: 1,
      rateLimited: 0,
    })
    const [user] = (await seed(sandbox.url, { users: [{ profile: profileFor('stats') }] })).users
    await configure({
      rateLimits: [{ pathPrefix: '/api/v1/users', method: 'GET', limit: 3, windowSeconds: 3600 }],
    })
    const statuses = []
    for (let i = 0; i < 3; i++) statuses.push((await client.request('GET', '/api/v1/users')).status)
    statuses.push((await client.request('GET', `/api/v1/users/${user!.id}`)).status)
    expect(statuses).toEqual([200, 200, 200, 429])
    expect((await fetch(`${sandbox.url}/api/v1/nothing-here`)).status).toBe(404)
    await connectServiceApp(sandbox.url)

    const counted = await stats()
    expect(counted.requests).toEqual({
      'POST /oauth2/v1/token': 4,
      'GET /api/v1/users': 3,
      'GET /api/v1/users/:userId': 1,
      'GET (unmatched)': 1,
    })
    expect(counted).toMatchObject({
      rateLimited: 1,
      tokenRequests: 4,
      tokensIssued: 2,
      dpopNoncesIssued: 2,
      users: 1,
    })
  })
})
