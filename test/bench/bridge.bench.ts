/**
 * Benchmark of the bridge against its in-process Okta sandbox. As with the sandbox benchmark, every
 * figure is a ratio against a baseline measured in the same run, because these machines are shared
 * and noisy:
 *
 * 1. A joiner (10 groups, 5 apps) in units of one Okta round trip, at a fixed sandbox latency that
 *    dwarfs local work: the target is "about as much wall time as three sequential Okta
 *    calls, not sixteen". The round trip is the median of direct authenticated GETs.
 * 2. Token requests made by 100 concurrent cold callers: the token source must share one request.
 * 3. The bridge's own cost at zero latency: an invocation against the direct Okta calls it makes,
 *    and the throughput of real invocations at concurrency 8.
 *
 * Bridge, sandbox and load generator share this one process (as `npm start` runs them, with the
 * caller added): zero-latency figures include everybody's CPU on both sides of each ratio.
 */
import { randomBytes, randomUUID } from 'node:crypto'
import { OktaTokenSource } from '../../bridge/adapters/okta/index.js'
import { type RunningBridge, startBridge } from '../../dev/start.js'
import { type ConnectedClient, connect, generateServiceApp } from '../sandboxes/okta/auth/test-client.js'
import type { OktaSandbox } from '../sandboxes/okta/index.js'
import type { Measurement } from './okta-sandbox.bench.js'
import { median, ratio, round, timed, timesOf } from './stats.js'

/** Sandbox latency for the joiner measurement: large against local work, small enough to be quick. */
const LATENCY_MS = 100
const ROUND_TRIPS = 15
const WARM_JOINERS = 5
const GROUPS_PER_JOINER = 10
/**
 * The joiner's dependent rounds of Okta calls, its floor in round trips: the plan's reads (user, groups,
 * apps, concurrently), the create (carrying the groups), then the app assignments and the activation
 * together (without an activation email, activation need not wait for the apps).
 */
const PHASES = 3
const APPS_PER_JOINER = 5
const COLD_CALLERS = 100
const OVERHEAD_SAMPLES = 300
const CONCURRENCY = 8
const THROUGHPUT_SECONDS = 2
const USERS = 200

/**
 * One Okta-like rule with a limit nothing here reaches: the answers keep their `X-Rate-Limit-*` headers
 * (real Okta always sends them, and the bridge's pacing reads them), but no 429 distorts a figure.
 */
const GENEROUS_LIMITS = {
  rateLimits: [{ pathPrefix: '/', method: '*', limit: 10_000_000, windowSeconds: 60 }],
  concurrencyLimit: 10_000,
}

/** Runs the bridge benchmark and returns its measurements. */
export async function benchBridge(log: (line: string) => void): Promise<Measurement[]> {
  const results: Measurement[] = []
  const token = randomBytes(32).toString('base64url')
  const bridge = await startBridge(
    { NODE_ENV: 'test', PORT: '0', LOG_LEVEL: 'silent', BRIDGE_CLIENT_TOKENS: token },
    { print: () => {} },
  )
  try {
    const env = bridge.sandbox!
    const sandbox = env.sandbox
    sandbox.configure({ ...GENEROUS_LIMITS, latencyMs: 0, jitterMs: 0 })
    const seeded = sandbox.org.seed({
      groups: Array.from({ length: GROUPS_PER_JOINER }, (_, i) => ({
        profile: { name: `Bench group ${i}` },
      })),
      apps: Array.from({ length: APPS_PER_JOINER }, (_, i) => ({
        name: 'bookmark',
        label: `Bench app ${i}`,
      })),
      users: Array.from({ length: USERS }, (_, i) => ({ profile: profile(`bench.user.${i}`) })),
    })
    const userIds = seeded.users.map((u) => u.id)
    const invoke = invoker(bridge, token)

    // 2. Token requests, first: the bridge's token source has no token and no DPoP nonce yet.
    log(`${COLD_CALLERS} concurrent cold unlock dry runs through the bridge`)
    const before = sandbox.stats()
    const answers = await Promise.all(
      Array.from({ length: COLD_CALLERS }, (_, i) =>
        invoke('unlock', { ticket: TICKET, user: { id: userIds[i % USERS]! } }, true),
      ),
    )
    expectOk(answers, 'cold unlock dry runs')
    const after = sandbox.stats()
    results.push({
      name: `token requests, ${COLD_CALLERS} cold invocations`,
      value: after.tokenRequests - before.tokenRequests,
      unit: 'requests',
      note: `${after.tokensIssued - before.tokensIssued} token issued; expect 1 token = 2 requests with the DPoP nonce round`,
    })
    log(`${COLD_CALLERS} concurrent getToken calls on a fresh OktaTokenSource`)
    const fresh = new OktaTokenSource({
      orgUrl: env.orgUrl,
      clientId: env.clientId,
      privateKey: env.privateJwk,
      keyId: env.keyId,
    })
    const direct0 = sandbox.stats()
    const tokens = await Promise.all(
      Array.from({ length: COLD_CALLERS }, () => fresh.getToken(['okta.users.read'])),
    )
    const direct1 = sandbox.stats()
    results.push({
      name: `token requests, ${COLD_CALLERS} cold getToken`,
      value: direct1.tokenRequests - direct0.tokenRequests,
      unit: 'requests',
      note: `${new Set(tokens.map((t) => t.accessToken)).size} distinct token(s); expect 2 (nonce round + token)`,
    })

    // 1. The joiner in round trips.
    const direct = await directClient(sandbox)
    sandbox.configure({ latencyMs: LATENCY_MS, jitterMs: 0 })
    log(`one Okta round trip at ${LATENCY_MS} ms latency: median of ${ROUND_TRIPS} direct GETs`)
    const trip = median(
      await timesOf(ROUND_TRIPS, () =>
        expectStatus(direct.request('GET', `/api/v1/users/${userIds[0]}`), 200),
      ),
    )
    results.push({
      name: 'Okta round trip (direct GET user)',
      value: round(trip),
      unit: 'ms',
      note: 'baseline',
    })

    const joinerInput = () => ({
      ticket: TICKET,
      profile: profile(`joiner.${randomBytes(5).toString('hex')}`),
      groups: seeded.groups.map((g) => g.id),
      apps: seeded.apps.map((a) => a.id),
    })
    // Warms the joiner's token (and only the GET-user endpoint family): no group or app is read.
    const warmToken = await invoke('joiner', { ...joinerInput(), groups: [], apps: [] }, true)
    expectOk([warmToken], 'token warm-up')

    const joinerRun = async () => {
      const requestsBefore = oktaCalls(sandbox)
      const started = performance.now()
      const answer = await invoke('joiner', joinerInput(), false)
      const ms = performance.now() - started
      expectOk([answer], 'joiner')
      const output = (answer.body as { output: { status: string } }).output
      if (output.status !== 'PROVISIONED') throw new Error(`joiner left the user ${output.status}`)
      return { ms, calls: oktaCalls(sandbox) - requestsBefore }
    }
    log('cold joiner: first real joiner (new endpoint families), warm token')
    const cold = await joinerRun()
    log(`${WARM_JOINERS} warm joiners, one at a time`)
    const warm: { ms: number; calls: number }[] = []
    for (let i = 0; i < WARM_JOINERS; i++) warm.push(await joinerRun())
    const warmMs = median(warm.map((w) => w.ms))
    results.push({
      name: 'joiner 10 groups + 5 apps, cold',
      value: round(cold.ms),
      unit: 'ms',
      note: `${ratio(cold.ms, trip)} round trips; ${cold.calls} Okta calls; new endpoint families send one call first to learn their rate limit`,
    })
    results.push({
      name: 'joiner 10 groups + 5 apps, warm',
      value: round(warmMs),
      unit: 'ms',
      note: `${ratio(warmMs, trip)} round trips (target <= 4); ${warm[0]!.calls} Okta calls in ${PHASES} dependent rounds`,
    })
    results.push({
      name: `joiner local work (warm - ${PHASES} trips)`,
      value: round(warmMs - PHASES * trip),
      unit: 'ms',
      note: `${ratio(warmMs - PHASES * trip, trip)} of a round trip: bridge, sandbox and caller CPU on the path`,
    })

    // 3. The bridge's overhead at zero latency: revoke-sessions = GET user + DELETE sessions.
    sandbox.configure({ latencyMs: 0 })
    log(`bridge overhead at zero latency: ${OVERHEAD_SAMPLES} revoke-sessions vs the same two direct calls`)
    const viaBridge: number[] = []
    const viaDirect: number[] = []
    const dryRuns: number[] = []
    const directGets: number[] = []
    for (let i = 0; i < OVERHEAD_SAMPLES; i++) {
      // Interleaved, so drift in the machine's load affects both sides alike.
      const id = userIds[i % USERS]!
      viaDirect.push(await timed(() => directRevoke(direct, id)))
      viaBridge.push(
        await timed(async () =>
          expectOk(
            [await invoke('revoke-sessions', { ticket: TICKET, user: { id } }, false)],
            'revoke-sessions',
          ),
        ),
      )
      directGets.push(await timed(() => expectStatus(direct.request('GET', `/api/v1/users/${id}`), 200)))
      dryRuns.push(
        await timed(async () =>
          expectOk([await invoke('revoke-sessions', { ticket: TICKET, user: { id } }, true)], 'dry run'),
        ),
      )
    }
    const bridgeMs = median(viaBridge)
    const directMs = median(viaDirect)
    results.push({
      name: 'direct GET user + DELETE sessions',
      value: round(directMs),
      unit: 'ms',
      note: 'baseline (median)',
    })
    results.push({
      name: 'revoke-sessions via bridge',
      value: round(bridgeMs),
      unit: 'ms',
      note: `${ratio(bridgeMs, directMs)} of the direct calls; +${round(bridgeMs - directMs)} ms bridge overhead`,
    })
    const dryMs = median(dryRuns)
    const getMs = median(directGets)
    results.push({
      name: 'revoke-sessions dry run via bridge',
      value: round(dryMs),
      unit: 'ms',
      note: `${ratio(dryMs, getMs)} of one direct GET (${round(getMs)} ms); +${round(dryMs - getMs)} ms`,
    })

    log(
      `throughput at concurrency ${CONCURRENCY}, ${THROUGHPUT_SECONDS}s each: direct call pairs, then revoke-sessions`,
    )
    const directRate = await throughput((i) => directRevoke(direct, userIds[i % USERS]!))
    const bridgeRate = await throughput(async (i) =>
      expectOk(
        [await invoke('revoke-sessions', { ticket: TICKET, user: { id: userIds[i % USERS]! } }, false)],
        'revoke-sessions',
      ),
    )
    results.push({
      name: `direct call pairs, concurrency ${CONCURRENCY}`,
      value: Math.round(directRate),
      unit: 'pairs/s',
      note: 'baseline',
    })
    results.push({
      name: `revoke-sessions, concurrency ${CONCURRENCY}`,
      value: Math.round(bridgeRate),
      unit: 'inv/s',
      note: `${ratio(bridgeRate, directRate)} of direct pairs/s`,
    })
    const limited = sandbox.stats().rateLimited
    if (limited > 0) throw new Error(`the sandbox answered ${limited} 429s: the figures are distorted`)
  } finally {
    await bridge.stop()
  }
  return results
}

const TICKET = { number: 'RITM0090001', requestedBy: 'bench.bot' }

function profile(name: string) {
  return { login: `${name}@example.com`, email: `${name}@example.com`, firstName: 'Bench', lastName: 'User' }
}

interface Answer {
  status: number
  body: unknown
}

/** `POST /api/flo/{flow}/invoke` with the client token. */
function invoker(bridge: RunningBridge, token: string) {
  return async (flow: string, input: unknown, dryRun: boolean): Promise<Answer> => {
    const response = await fetch(`${bridge.url}/api/flo/${flow}/invoke${dryRun ? '?dryRun=true' : ''}`, {
      method: 'POST',
      // Every benchmark invocation is a request of its own (as each requested item is in ServiceNow): a new
      // key, so none is answered from the execution store instead of being run.
      headers: {
        'content-type': 'application/json',
        'x-api-client-token': token,
        'idempotency-key': randomUUID(),
      },
      body: JSON.stringify(input),
    })
    return { status: response.status, body: await response.json() }
  }
}

function expectOk(answers: Answer[], what: string): void {
  const bad = answers.find((a) => a.status !== 200)
  if (bad) throw new Error(`${what}: bridge answered ${bad.status} ${JSON.stringify(bad.body)}`)
}

async function expectStatus(pending: Promise<Response>, status: number): Promise<void> {
  const response = await pending
  const text = await response.text()
  if (response.status !== status) throw new Error(`Okta sandbox answered ${response.status}: ${text}`)
}

/** A service app of its own, DPoP-bound like the bridge's, so direct calls pay the same proof signing. */
async function directClient(sandbox: OktaSandbox): Promise<ConnectedClient> {
  const app = await generateServiceApp()
  const scopes = ['okta.users.read', 'okta.users.manage']
  sandbox.auth.registerClient({
    client_id: app.clientId,
    jwks: { keys: [app.publicJwk] },
    scopes,
    dpop: true,
  })
  return connect(sandbox.url, app, scopes)
}

/** What a real revoke-sessions invocation sends to Okta, sent directly. */
async function directRevoke(client: ConnectedClient, userId: string): Promise<void> {
  await expectStatus(client.request('GET', `/api/v1/users/${userId}`), 200)
  await expectStatus(client.request('DELETE', `/api/v1/users/${userId}/sessions?oauthTokens=false`), 204)
}

/** Every request the sandbox has answered, Management API and token endpoint alike. */
function oktaCalls(sandbox: OktaSandbox): number {
  return Object.values(sandbox.stats().requests).reduce((a, b) => a + b, 0)
}

/** Operations per second over THROUGHPUT_SECONDS with CONCURRENCY workers. */
async function throughput(work: (i: number) => Promise<unknown>): Promise<number> {
  const deadline = performance.now() + THROUGHPUT_SECONDS * 1000
  let next = 0
  let done = 0
  const worker = async () => {
    while (performance.now() < deadline) {
      await work(next++)
      done++
    }
  }
  const started = performance.now()
  await Promise.all(Array.from({ length: CONCURRENCY }, worker))
  return done / ((performance.now() - started) / 1000)
}
