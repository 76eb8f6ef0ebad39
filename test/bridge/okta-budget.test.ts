/**
 * One Okta rate-limit budget for the whole org (issue 16): replicas share each endpoint family's window and the
 * org's concurrency through the database (SQLite and Postgres), use only `OKTA_RATE_LIMIT_SHARE` of each limit,
 * and asynchronous work queues on the budget instead of failing after the executor's bounded wait.
 *
 * Judged at the Okta sandbox: its own `X-Rate-Limit-Remaining` per window says how many requests it counted in
 * that window, and its 429 counter says whether any request was refused. The sandbox's windows are scaled down
 * from Okta's 60 s (2 s, or 120 s on a manual clock shared by sandbox and executor) so the tests run in seconds;
 * nothing is asserted about durations, only about counts.
 */
import { randomBytes } from 'node:crypto'
import { setTimeout as sleep } from 'node:timers/promises'
import { calculateJwkThumbprint, exportJWK, generateKeyPair, type JWK } from 'jose'
import request from 'supertest'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import {
  createOktaPortFactory,
  MemoryOktaBudget,
  OktaRequestExecutor,
  OktaTokenSource,
} from '../../bridge/adapters/okta/index.js'
import { openExecutionStore, type SqlExecutionStore } from '../../bridge/adapters/store/index.js'
import { SqlOktaBudget } from '../../bridge/adapters/store/okta-budget-store.js'
import { ConfigError, loadConfig } from '../../bridge/config.js'
import { OktaError } from '../../bridge/ports/okta.js'
import {
  type OktaBudget,
  PROVISIONAL_WINDOW_SECONDS,
  waitingForOktaBudget,
} from '../../bridge/ports/okta-budget.js'
import { type OktaSandbox, startOktaSandbox } from '../sandboxes/okta/index.js'
import { DEFAULT_RATE_LIMITS } from '../sandboxes/okta/rate-limits.js'
import { startFlowBridge, TICKET, TOKEN, uniqueLogin } from './support/flows-harness.js'
import { ManualClock } from './support/manual-clock.js'
import { storeDialects } from './support/store-dialects.js'

const CLIENT_ID = '0oabudgetreplicas'

/** What one Okta answer said of its window. */
interface Seen {
  status: number
  limit: number
  remaining: number
  reset: number
}

/** A `fetch` that notes every Management API answer's status and `X-Rate-Limit-*` headers. */
function recordingFetch(seen: Seen[]): typeof fetch {
  return async (input, init) => {
    const response = await fetch(input, init)
    seen.push({
      status: response.status,
      limit: Number(response.headers.get('x-rate-limit-limit')),
      remaining: Number(response.headers.get('x-rate-limit-remaining')),
      reset: Number(response.headers.get('x-rate-limit-reset')),
    })
    return response
  }
}

/** Per window (its reset), the most requests the sandbox said it had counted in it. */
function countedPerWindow(seen: readonly Seen[]): Map<number, number> {
  const counted = new Map<number, number>()
  for (const answer of seen) {
    counted.set(answer.reset, Math.max(counted.get(answer.reset) ?? 0, answer.limit - answer.remaining))
  }
  return counted
}

let sandbox: OktaSandbox
let privateJwk: JWK
let keyId: string

beforeAll(async () => {
  sandbox = await startOktaSandbox()
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true })
  const publicJwk = await exportJWK(publicKey)
  keyId = await calculateJwkThumbprint(publicJwk)
  privateJwk = { ...(await exportJWK(privateKey)), kid: keyId }
})

afterAll(async () => {
  await sandbox?.stop()
})

/** A replica's Okta access: its own token source and executor, on the budget it is given. */
function replica(options: ConstructorParameters<typeof OktaRequestExecutor>[0]) {
  const tokenSource = new OktaTokenSource({
    orgUrl: sandbox.url,
    clientId: CLIENT_ID,
    privateKey: privateJwk,
    keyId,
    ...(options?.clock ? { clock: options.clock } : {}),
  })
  const executor = new OktaRequestExecutor(options)
  const port = createOktaPortFactory({ orgUrl: sandbox.url, tokenSource, executor })(['okta.users.read'])
  return { executor, port }
}

function seedUsers(n: number) {
  const tag = randomBytes(3).toString('hex')
  return sandbox.org.seed({
    users: Array.from({ length: n }, (_, i) => ({
      profile: {
        login: `budget.${tag}.${i}@example.com`,
        email: `budget.${tag}.${i}@example.com`,
        firstName: 'Bud',
        lastName: `Get${i}`,
      },
    })),
  }).users
}

describe.each(storeDialects())('shared budget on $name', (dialect) => {
  let url: string
  const stores: SqlExecutionStore[] = []

  beforeAll(async () => {
    if (dialect.unavailable) return
    await dialect.start()
  }, 60_000)

  afterAll(async () => {
    await dialect.stop()
  })

  beforeEach(async (context) => {
    if (dialect.unavailable) {
      console.warn(`skipping ${dialect.name}: ${dialect.unavailable}`)
      context.skip()
    }
    sandbox.reset()
    sandbox.useClock(Date.now)
    sandbox.auth.registerClient({
      client_id: CLIENT_ID,
      jwks: { keys: [await publicJwkOf()] },
      scopes: ['okta.users.read'],
      dpop: true,
    })
    url = await dialect.newDatabaseUrl()
  })

  afterEach(async () => {
    await Promise.all(stores.splice(0).map((store) => store.close()))
  })

  /** One replica's store handle on the shared database (its own connection, as another process has). */
  async function budgetOnSharedDatabase(): Promise<SqlOktaBudget> {
    const store = await openExecutionStore(url)
    stores.push(store)
    return new SqlOktaBudget(store.db)
  }

  it('three replicas, one family limit of 10 per 2 s window, share 0.8: 30 requests, no 429, at most 8 per window', async () => {
    const users = seedUsers(30)
    // Windows of 2 s instead of Okta's 60 s, so the 30 requests need four windows, not four minutes.
    limitUserReads(10, 2)
    const seen: Seen[] = []
    const replicas: ReturnType<typeof replica>[] = []
    // One after the other: the first migrates the new database, as the first replica to start does.
    for (let i = 0; i < 3; i++) {
      replicas.push(
        replica({ budget: await budgetOnSharedDatabase(), rateLimitShare: 0.8, fetch: recordingFetch(seen) }),
      )
    }
    // Batch work: every request may queue on the budget.
    const found = await waitingForOktaBudget(() =>
      Promise.all(users.map((user, i) => replicas[i % 3]!.port.findUser(user.id))),
    )
    expect(found.map((u) => u?.id)).toEqual(users.map((u) => u.id))

    expect(sandbox.stats().rateLimited).toBe(0)
    expect(seen).toHaveLength(30)
    expect(seen.every((answer) => answer.status === 200)).toBe(true)
    const perWindow = countedPerWindow(seen)
    for (const counted of perWindow.values()) expect(counted).toBeLessThanOrEqual(8)
    // Close to the limit-bound minimum: ceil(30 / 8) = 4 windows, plus at most the one the burst began in.
    expect(perWindow.size).toBeLessThanOrEqual(5)
    // The replicas' waits were for the shared budget, not separate ones: together they waited.
    expect(replicas.reduce((sum, r) => sum + r.executor.counters.waits, 0)).toBeGreaterThan(0)
  }, 60_000)

  it("the org's concurrency is shared too: three replicas never have more than share × limit in flight, no 429", async () => {
    const users = seedUsers(24)
    sandbox.configure({ latencyMs: 100, concurrencyLimit: 4 })
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
    const replicas: ReturnType<typeof replica>[] = []
    for (let i = 0; i < 3; i++) {
      replicas.push(
        replica({
          budget: await budgetOnSharedDatabase(),
          concurrencyLimit: 4,
          rateLimitShare: 0.5,
          fetch: counting,
        }),
      )
    }
    const found = await waitingForOktaBudget(() =>
      Promise.all(users.map((user, i) => replicas[i % 3]!.port.findUser(user.id))),
    )
    expect(found.map((u) => u?.id)).toEqual(users.map((u) => u.id))
    // Half of the org's 4 concurrent requests, across the three replicas together.
    expect(most).toBeLessThanOrEqual(2)
    expect(sandbox.stats().concurrencyLimited).toBe(0)
    expect(sandbox.stats().rateLimited).toBe(0)
  }, 60_000)

  it('a concurrency slot a dead replica never gave back is forgotten two buckets later', async () => {
    const budget = await budgetOnSharedDatabase()
    const at = Date.parse('2026-11-23T09:00:00.000Z')
    const lifetime = 60_000
    // A replica takes both slots and dies without releasing them.
    expect(await budget.acquireConcurrency(2, at, lifetime)).toBeDefined()
    expect(await budget.acquireConcurrency(2, at + 1_000, lifetime)).toBeDefined()
    expect(await budget.acquireConcurrency(2, at + 2_000, lifetime)).toBeUndefined()
    // One bucket later they may still be in flight (a request lasts up to a bucket) ...
    expect(await budget.acquireConcurrency(2, at + lifetime, lifetime)).toBeUndefined()
    // ... two buckets later they cannot be: both slots are free again.
    const first = await budget.acquireConcurrency(2, at + 2 * lifetime, lifetime)
    expect(first).toBeDefined()
    expect(await budget.acquireConcurrency(2, at + 2 * lifetime, lifetime)).toBeDefined()
    expect(await budget.acquireConcurrency(2, at + 2 * lifetime, lifetime)).toBeUndefined()
    await budget.releaseConcurrency(first!)
    expect(await budget.acquireConcurrency(2, at + 2 * lifetime, lifetime)).toBeDefined()
  })

  it("a probe's answer that names an ended window still tells the limit: the family is free at once", async () => {
    const budget = await budgetOnSharedDatabase()
    const at = Date.parse('2026-11-23T09:00:00.000Z')
    expect(await budget.reserve('groups', at, 0.8)).toEqual({ kind: 'granted' })
    expect(await budget.reserve('groups', at + 100, 0.8)).toMatchObject({ kind: 'exhausted', limit: 1 })
    // The answer's window ended before it was observed (a slow answer, a skewed clock): its window is ignored,
    // its limit is not.
    await budget.observe('groups', { limit: 500, remaining: 499, resetEpochSeconds: at / 1000 - 1 }, at + 200)
    expect(await budget.reserve('groups', at + 300, 0.8)).toEqual({ kind: 'granted' })
    const view = (await budget.snapshot(at + 300, 0.8)).find((family) => family.family === 'groups')
    expect(view).toMatchObject({
      limit: 500,
      remaining: 400 - 2,
      resetEpochSeconds: at / 1000 + PROVISIONAL_WINDOW_SECONDS,
    })
  })

  it('a reservation refused just before an answer frees the family is tried again, not taken for a used-up window', async () => {
    const answering = await budgetOnSharedDatabase()
    const store = await openExecutionStore(url)
    stores.push(store)
    // Between the refused UPDATE and the read of the row, another replica's probe is answered — as happens when
    // a fresh bridge's first calls of a family go together.
    let between: (() => Promise<void>) | undefined
    const budget = new SqlOktaBudget(
      store.db.withPlugin({
        transformQuery: (args) => args.node,
        transformResult: async (args) => {
          const run = between
          if (run && args.result.rows.length === 0) {
            between = undefined
            await run()
          }
          return args.result
        },
      }),
    )
    const at = Date.parse('2026-11-23T09:00:00.000Z')
    expect(await budget.reserve('users', at, 0.8)).toEqual({ kind: 'granted' })
    let answered = false
    between = async () => {
      await answering.observe(
        'users',
        { limit: 600, remaining: 599, resetEpochSeconds: at / 1000 + 60 },
        at + 50,
      )
      answered = true
    }
    // Read as it stands after the answer, the row has room: the reservation is granted. Taken for a used-up
    // window, the family would wait for the reset a minute away.
    expect(await budget.reserve('users', at + 100, 0.8)).toEqual({ kind: 'granted' })
    expect(answered).toBe(true)
    const view = (await budget.snapshot(at + 100, 0.8)).find((family) => family.family === 'users')
    expect(view).toMatchObject({ limit: 600, remaining: 480 - 2 })
  })

  it("a family's waiting requests are decided a few at once, each still one step of the budget: none over the window", async () => {
    const users = seedUsers(13)
    limitUserReads(10, 3600)
    const inner = await budgetOnSharedDatabase()
    // Admission decisions under way at once: each begins by asking for a concurrency slot. While `gate` is
    // shut, every decision begun waits there, so how many are under way does not depend on timing.
    let deciding = 0
    let most = 0
    let gate: Promise<void> | undefined
    const budget: OktaBudget = {
      reserve: (...args) => inner.reserve(...args),
      observe: (...args) => inner.observe(...args),
      unanswered: (family) => inner.unanswered(family),
      acquireConcurrency: async (...args) => {
        most = Math.max(most, ++deciding)
        try {
          await gate
          return await inner.acquireConcurrency(...args)
        } finally {
          deciding--
        }
      },
      releaseConcurrency: (ticket) => inner.releaseConcurrency(ticket),
      snapshot: (...args) => inner.snapshot(...args),
    }
    const { executor, port } = replica({ budget, rateLimitShare: 0.8, maxWaitMs: 1_000 })
    // The family's limit is known (10 an hour; the bridge's share, 8) before the twelve arrive together.
    expect((await port.findUser(users[0]!.id))?.id).toBe(users[0]!.id)
    most = 0
    let open!: () => void
    gate = new Promise((resolve) => {
      open = resolve
    })
    const outcomes = Promise.allSettled(users.slice(1).map((user) => port.findUser(user.id)))
    const family = 'GET /api/v1/users/{id}'
    for (let i = 0; i < 500 && executor.queueDepths()[family] !== 12; i++) await sleep(10)
    expect(executor.queueDepths()[family], 'all twelve wait for a slot').toBe(12)
    open()
    const settled = await outcomes
    // One decision at a time would leave 1 here.
    expect(most, 'decisions under way at once').toBe(8)
    // The first seven fit the bridge's share with the one before them; the other five are refused without being
    // sent (their window resets in an hour, past maxWaitMs). Okta refused nothing.
    expect(settled.filter((o) => o.status === 'fulfilled')).toHaveLength(7)
    for (const o of settled.filter((o) => o.status === 'rejected')) {
      expect((o as PromiseRejectedResult).reason).toMatchObject({ kind: 'rate-limited' })
    }
    expect(executor.counters.calls).toEqual({ '200': 8 })
    expect(sandbox.stats().rateLimited).toBe(0)
  })

  it('queued work waits past maxWaitMs (a 120 s window on a manual clock); a bounded request fails fast instead', async () => {
    const clock = new ManualClock('2026-11-23T09:00:00.000Z')
    sandbox.useClock(() => clock.now().getTime())
    const users = seedUsers(4)
    limitUserReads(2, 120)
    const budget = await budgetOnSharedDatabase()
    const waits: number[] = []
    const first = replica({ budget, clock, onBudgetWait: (_family, ms) => waits.push(ms) })
    const second = replica({ budget: await budgetOnSharedDatabase(), clock })
    expect(first.executor.maxWaitMs).toBe(30_000)
    expect((await first.port.findUser(users[0]!.id))?.id).toBe(users[0]!.id)
    expect((await second.port.findUser(users[1]!.id))?.id).toBe(users[1]!.id)

    // The window (2 per 120 s) is used up across the two replicas: a caller waiting on the answer is told at
    // once when to come back, rather than held for two minutes.
    const bounded = await first.port.findUser(users[2]!.id).then(
      () => undefined,
      (error: unknown) => error,
    )
    expect(bounded).toBeInstanceOf(OktaError)
    expect(bounded).toMatchObject({ kind: 'rate-limited', retryAt: Date.parse('2026-11-23T09:02:00.000Z') })

    // Queued work waits for the reset, however far beyond maxWaitMs it is.
    const queued = waitingForOktaBudget(() => second.port.findUser(users[3]!.id))
    await clock.untilSleeping()
    expect(second.executor.queueDepths()).toEqual({ 'GET /api/v1/users/{id}': 1 })
    clock.advance(121_000)
    expect((await queued)?.id).toBe(users[3]!.id)
    expect(second.executor.queueDepths()).toEqual({ 'GET /api/v1/users/{id}': 0 })
    expect(sandbox.stats().rateLimited).toBe(0)
    expect(waits).toHaveLength(1)
  }, 60_000)
})

/** The sandbox's limit on reading a user by id (`GET /api/v1/users/{id}`): `limit` per window of `windowSeconds`. */
function limitUserReads(limit: number, windowSeconds: number): void {
  sandbox.configure({
    rateLimits: [
      ...DEFAULT_RATE_LIMITS.filter((rule) => rule.pathPrefix !== '/api/v1/users/'),
      { pathPrefix: '/api/v1/users/', method: 'GET', limit, windowSeconds },
    ],
  })
}

/** The registered public key again (the sandbox's reset forgets clients). */
async function publicJwkOf(): Promise<JWK> {
  const { d: _d, p: _p, q: _q, dp: _dp, dq: _dq, qi: _qi, ...publicPart } = privateJwk
  return { ...publicPart, kid: keyId, alg: 'RS256', use: 'sig' }
}

describe('the in-process budget', () => {
  it("learns the limit from a probe's late answer too", async () => {
    const memory = new MemoryOktaBudget()
    const at = Date.parse('2026-11-23T09:00:00.000Z')
    expect(await memory.reserve('apps', at, 0.8)).toEqual({ kind: 'granted' })
    expect(await memory.reserve('apps', at + 1_000, 0.8)).toMatchObject({ kind: 'exhausted', limit: 1 })
    // A late answer (its window over) still tells the limit.
    await memory.observe('apps', { limit: 50, remaining: 49, resetEpochSeconds: at / 1000 }, at + 2_000)
    expect(await memory.reserve('apps', at + 2_000, 0.8)).toEqual({ kind: 'granted' })
  })
})

describe('OKTA_RATE_LIMIT_SHARE', () => {
  async function problemsOf(env: NodeJS.ProcessEnv): Promise<readonly string[]> {
    const error = await loadConfig(env).then(
      () => undefined,
      (e: unknown) => e,
    )
    expect(error).toBeInstanceOf(ConfigError)
    return (error as ConfigError).problems
  }

  it('defaults to 0.8, accepts a fraction in (0, 1], and refuses anything else loudly, naming the variable', async () => {
    expect((await loadConfig({ NODE_ENV: 'test' })).oktaRateLimitShare).toBe(0.8)
    expect((await loadConfig({ NODE_ENV: 'test', OKTA_RATE_LIMIT_SHARE: '0.5' })).oktaRateLimitShare).toBe(
      0.5,
    )
    expect((await loadConfig({ NODE_ENV: 'test', OKTA_RATE_LIMIT_SHARE: '1' })).oktaRateLimitShare).toBe(1)
    for (const bad of ['0', '1.5', '-0.2', 'abc', '80%']) {
      const problems = await problemsOf({ NODE_ENV: 'test', OKTA_RATE_LIMIT_SHARE: bad })
      expect(problems).toEqual([
        "OKTA_RATE_LIMIT_SHARE: must be the share of each Okta rate limit (and of the org's concurrency) the bridge may use: a number greater than 0 and at most 1, such as 0.8",
      ])
    }
    expect(() => new OktaRequestExecutor({ rateLimitShare: 0 })).toThrow(/rateLimitShare/)
  })
})

describe('a bridge on the budget, over HTTP', () => {
  it('synchronous joiners beyond the budget answer 202 (never 503), all finish, no 429; /metrics shows the budget', async () => {
    const metricsToken = randomBytes(32).toString('base64url')
    const h = await startFlowBridge({
      env: {
        // A rate-limit wait of the 5 s window is longer than the 1 s the old bounded wait allowed an execution.
        BRIDGE_DEADLINE_MS: '1000',
        BRIDGE_SYNC_DEADLINE_MS: '500',
        OKTA_RATE_LIMIT_SHARE: '0.5',
        METRICS_TOKEN: metricsToken,
      },
    })
    try {
      // User creation: 2 per 5 s window (Okta's is per minute), of which the bridge may use 1.
      h.sandbox.configure({
        rateLimits: [
          ...DEFAULT_RATE_LIMITS.filter(
            (rule) => !(rule.pathPrefix === '/api/v1/users' && rule.method === 'POST'),
          ),
          { pathPrefix: '/api/v1/users', method: 'POST', limit: 2, windowSeconds: 5 },
        ],
      })
      const before = h.sandbox.stats().rateLimited
      const logins = [uniqueLogin('q1'), uniqueLogin('q2'), uniqueLogin('q3')]
      const answers = await Promise.all(
        logins.map((login) =>
          h.invoke('joiner', {
            ticket: TICKET,
            profile: { login, email: login, firstName: 'Queued', lastName: 'Joiner' },
          }),
        ),
      )
      const statuses = answers.map((res) => res.status)
      expect(statuses.every((status) => status === 200 || status === 202)).toBe(true)
      // One creation per 5 s window: the third joiner waits at least a whole window, past the sync deadline.
      expect(statuses.filter((status) => status === 202).length).toBeGreaterThanOrEqual(1)

      const metricsText = async () => {
        const res = await fetch(`${h.bridge.url}/metrics`, {
          headers: { authorization: `Bearer ${metricsToken}` },
        })
        expect(res.status).toBe(200)
        return res.text()
      }
      const during = await metricsText()
      expect(during).toMatch(
        /okta_jml_bridge_okta_budget_queue_depth\{family="POST \/api\/v1\/users"\} [0-9]+/,
      )
      expect(during).toMatch(/okta_jml_bridge_okta_budget_remaining\{family="POST \/api\/v1\/users"\} [0-9]+/)

      for (const res of answers.filter((r) => r.status === 202)) {
        const { statusUrl } = res.body as { statusUrl: string }
        await h.bridge.executions.drain()
        const view = await request(h.bridge.url).get(statusUrl).set('x-api-client-token', TOKEN)
        expect(view.body).toMatchObject({ status: 'succeeded' })
      }
      for (const login of logins) expect(h.org.findUser(login)).toBeDefined()
      expect(h.sandbox.stats().rateLimited).toBe(before)

      const after = await metricsText()
      expect(after).toMatch(/okta_jml_bridge_okta_budget_queue_depth\{family="POST \/api\/v1\/users"\} 0/)
      const waited = after.match(
        /okta_jml_bridge_okta_budget_wait_seconds_count\{family="POST \/api\/v1\/users"\} ([0-9]+)/,
      )
      // Every creation's wait was observed, once each (no 429 made one go twice).
      expect(Number(waited?.[1])).toBe(3)
    } finally {
      await h.stop()
    }
  }, 60_000)
})
