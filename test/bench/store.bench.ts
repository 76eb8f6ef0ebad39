/**
 * Store throughput, Postgres against SQLite: two real bridges (`dev/start.ts`'s `startBridge`, in this
 * process), each against its own zero-latency Okta sandbox, one on a SQLite file and one on a throw-away
 * Postgres cluster (`test/bridge/support/store-dialects.ts`, the store tests' helper), sent the same mix of
 * invocations at the same concurrency:
 *
 * - 70 % cheap flows: `revoke-sessions` (two Okta calls; the store's execution, steps and audit entry);
 * - 20 % joiners: a new user with a group and an app (more steps, more audit);
 * - 10 % access grants: `grant-access` of a group to a fresh user (the execution plus a grant row).
 *
 * Every invocation is a durable execution, and every store write is one transaction holding the store's write
 * lock (SQLite's `BEGIN IMMEDIATE`, Postgres's transaction-scoped advisory lock), so the figure is how fast
 * each database takes the bridge's serialized writes — Postgres pays a network round trip per statement.
 *
 * Read as the ratio Postgres ÷ SQLite measured in this one run: the two bridges take turns (rounds
 * alternate between them), so drift in this shared machine's load falls on both alike. Without Postgres's
 * `initdb` the benchmark says so and measures nothing.
 */
import { randomBytes, randomUUID } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Policy } from '../../bridge/policy/policy.js'
import { type RunningBridge, startBridge } from '../../dev/start.js'
import { findPostgresBin, PostgresCluster } from '../bridge/support/store-dialects.js'
import type { Measurement } from './okta-sandbox.bench.js'
import { median, ratio, round } from './stats.js'

const CONCURRENCY = 8
/**
 * Each bridge runs ROUNDS rounds of ROUND_SECONDS, alternating with the other: rounds bounded by time, not by
 * a count, keep the whole benchmark short however loaded the machine is.
 */
const ROUND_SECONDS = 5
const ROUNDS = 2
const WARM_UP = 10
/** Seeded users: cheap flows cycle through them; each grant takes a fresh one. */
const USERS = 200

/** As in the bridge benchmark: rate-limit headers on every answer, no 429 to distort a figure. */
const GENEROUS_LIMITS = {
  rateLimits: [{ pathPrefix: '/', method: '*', limit: 10_000_000, windowSeconds: 60 }],
  concurrencyLimit: 10_000,
}

const TICKET = { number: 'RITM0090002', requestedBy: 'bench.bot' }

/** One flow of the mix: the invocation it sends for the i-th request. */
type Kind = 'cheap' | 'joiner' | 'grant'

/** The mix, as the kind of the i-th invocation: 7 cheap, 2 joiners, 1 grant in every 10. */
function kindOf(i: number): Kind {
  const slot = i % 10
  return slot < 7 ? 'cheap' : slot < 9 ? 'joiner' : 'grant'
}

/** A bridge under measurement, with what its invocations need from its sandbox org. */
interface Subject {
  name: 'SQLite' | 'Postgres'
  bridge: RunningBridge
  userIds: string[]
  nextGrantUser: number
  /** Invocations sent so far (warm-up included): the mix goes on where the last round stopped. */
  issued: number
  engineering: string
  sales: string
  slack: string
  /** Seconds spent and invocations done, over every round; latencies of each invocation by kind. */
  seconds: number
  done: number
  latencies: Record<Kind, number[]>
}

/** Runs the store benchmark and returns its measurements (none, with a message, without Postgres). */
export async function benchStore(log: (line: string) => void): Promise<Measurement[]> {
  const bin = findPostgresBin()
  if (bin === undefined) {
    log(
      'skipped: initdb not found under /usr/lib/postgresql/*/bin (apt-get install -y postgresql to measure Postgres)',
    )
    return []
  }
  const token = randomBytes(32).toString('base64url')
  const sqliteDir = mkdtempSync(join(tmpdir(), 'bench-store-'))
  let cluster: PostgresCluster | undefined
  const subjects: Subject[] = []
  try {
    log('starting a throw-away Postgres cluster')
    cluster = await PostgresCluster.start(bin)
    const postgresUrl = cluster.url(await cluster.createDatabase('bench_store'))
    subjects.push(await subject('SQLite', `sqlite:${join(sqliteDir, 'bridge.db')}`, token))
    subjects.push(await subject('Postgres', postgresUrl, token))

    log(`warm-up: ${WARM_UP} invocations of the mix on each`)
    for (const s of subjects) await drive(s, token, { count: WARM_UP })
    log(
      `${ROUNDS} rounds of ${ROUND_SECONDS} s on each, alternating: 70 % revoke-sessions, 20 % joiner, 10 % grant-access at concurrency ${CONCURRENCY}`,
    )
    for (let round = 0; round < ROUNDS; round++) {
      for (const s of subjects) await drive(s, token, { seconds: ROUND_SECONDS })
    }
    for (const s of subjects) {
      const limited = s.bridge.sandbox!.sandbox.stats().rateLimited
      if (limited > 0) throw new Error(`${s.name}: the sandbox answered ${limited} 429s: figures distorted`)
    }
  } finally {
    for (const s of subjects) await s.bridge.stop(1_000)
    cluster?.stop()
    rmSync(sqliteDir, { recursive: true, force: true })
  }
  const [sqlite, postgres] = subjects as [Subject, Subject]
  const rate = (s: Subject) => s.done / s.seconds
  const medians = (s: Subject) =>
    `${s.done} invocations; median ms: revoke-sessions ${round(median(s.latencies.cheap))}, joiner ${round(median(s.latencies.joiner))}, grant-access ${round(median(s.latencies.grant))}`
  return [
    {
      name: `SQLite, mix at concurrency ${CONCURRENCY}`,
      value: Number(rate(sqlite).toFixed(1)),
      unit: 'inv/s',
      note: `baseline; ${medians(sqlite)}`,
    },
    {
      name: `Postgres, mix at concurrency ${CONCURRENCY}`,
      value: Number(rate(postgres).toFixed(1)),
      unit: 'inv/s',
      note: medians(postgres),
    },
    {
      name: 'Postgres ÷ SQLite',
      value: Number((rate(postgres) / rate(sqlite)).toFixed(2)),
      unit: 'x',
      note: `${ratio(rate(postgres), rate(sqlite))} of SQLite's invocations/s, same mix, same run`,
    },
  ]
}

/** A sandbox-mode bridge on `databaseUrl`, its org seeded and the mix's groups requestable. */
async function subject(name: Subject['name'], databaseUrl: string, token: string): Promise<Subject> {
  const bridge = await startBridge(
    {
      NODE_ENV: 'test',
      PORT: '0',
      LOG_LEVEL: 'silent',
      BRIDGE_CLIENT_TOKENS: token,
      DATABASE_URL: databaseUrl,
    },
    {
      print: () => {},
      policy: (sandbox) =>
        Policy.parse({
          manageableGroups: ['*'],
          manageableApps: ['*'],
          protectedGroups: [sandbox.adminsGroupId],
          accessGrants: {
            maxDays: 30,
            resources: { [sandbox.groups.find((g) => g.name === 'Sales')!.id]: {} },
          },
        }),
    },
  )
  const env = bridge.sandbox!
  env.sandbox.configure({ ...GENEROUS_LIMITS, latencyMs: 0, jitterMs: 0 })
  const seeded = env.sandbox.org.seed({
    users: Array.from({ length: USERS }, (_, i) => ({ profile: profile(`store.bench.${i}`) })),
  })
  return {
    name,
    bridge,
    userIds: seeded.users.map((u) => u.id),
    nextGrantUser: 0,
    engineering: env.groups.find((g) => g.name === 'Engineering')!.id,
    sales: env.groups.find((g) => g.name === 'Sales')!.id,
    slack: env.apps.find((a) => a.label === 'Slack')!.id,
    seconds: 0,
    done: 0,
    latencies: { cheap: [], joiner: [], grant: [] },
    issued: 0,
  }
}

/**
 * Sends the mix at CONCURRENCY: `count` invocations (a warm-up, not measured), or for `seconds` — then every
 * invocation finished counts, and the time runs until the last one has (no work is cut off uncounted).
 */
async function drive(
  s: Subject,
  token: string,
  limit: { count: number } | { seconds: number },
): Promise<void> {
  const measured = 'seconds' in limit
  const deadline = measured ? performance.now() + limit.seconds * 1000 : Number.POSITIVE_INFINITY
  const end = measured ? Number.POSITIVE_INFINITY : s.issued + limit.count
  let done = 0
  const worker = async () => {
    while (performance.now() < deadline && s.issued < end) {
      const i = s.issued++
      const kind = kindOf(i)
      const started = performance.now()
      await invoke(s, token, kind, i)
      if (measured) s.latencies[kind].push(performance.now() - started)
      done++
    }
  }
  const started = performance.now()
  await Promise.all(Array.from({ length: CONCURRENCY }, worker))
  if (measured) {
    s.seconds += (performance.now() - started) / 1000
    s.done += done
  }
}

/** One invocation of the mix, which must succeed (a failure would measure the error path instead). */
async function invoke(s: Subject, token: string, kind: Kind, i: number): Promise<void> {
  const [flow, input] =
    kind === 'cheap'
      ? ['revoke-sessions', { ticket: TICKET, user: { id: s.userIds[i % USERS]! } }]
      : kind === 'joiner'
        ? [
            'joiner',
            {
              ticket: TICKET,
              profile: profile(`store.joiner.${randomBytes(6).toString('hex')}`),
              groups: [s.engineering],
              apps: [s.slack],
            },
          ]
        : [
            'grant-access',
            {
              ticket: TICKET,
              // A fresh user per grant: each grant really adds a membership and records a new grant.
              user: { id: s.userIds[s.nextGrantUser++ % USERS]! },
              resource: { type: 'group', id: s.sales },
              expiresAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
              justification: 'store benchmark',
            },
          ]
  const response = await fetch(`${s.bridge.url}/api/flo/${flow}/invoke`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-api-client-token': token,
      'idempotency-key': randomUUID(),
    },
    body: JSON.stringify(input),
  })
  const body = await response.text()
  if (response.status !== 200) throw new Error(`${s.name} ${flow}: ${response.status} ${body}`)
}

function profile(name: string) {
  return { login: `${name}@example.com`, email: `${name}@example.com`, firstName: 'Bench', lastName: 'User' }
}
