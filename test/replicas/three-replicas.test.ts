/**
 * Exactly once across replicas, with real processes (issue 16): three bridge processes (`node --import tsx
 * bridge/main.ts`, the production composition root) on one throw-away Postgres database, against one Okta
 * sandbox and one ServiceNow sandbox. The sandboxes run in the test process, apart from the bridges — the soak's
 * machinery (`test/bridge/support/okta-org.ts`, `spawnBridge`), so their state outlives a killed bridge and is the
 * evidence.
 *
 * A burst, spread over the three: joiners (a client retrying with the same Idempotency-Key on another replica
 * when one fails it, as ServiceNow does), access grants whose end is seconds away (expired by whichever replica's
 * scheduler claims them), and users born in Okta (the org delivers `user.lifecycle.create` to an event hook on
 * each of the three, so every event reaches all of them). One bridge is killed with SIGKILL while it holds running
 * executions. Once the survivors have settled everything:
 * - one Okta user per login, and one System Log event per change the bridge made;
 * - one ServiceNow incident per user born in Okta;
 * - one revocation per grant (one `revoke-access` execution, one membership removal in the System Log);
 * - the killed bridge's executions were taken over and finished by a survivor;
 * - the audit chain verifies (`GET /api/audit/verify`, anchors read back from ServiceNow).
 *
 * Skipped, saying why, without Postgres binaries (as the store's suites are).
 */
import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  type BridgeProcess,
  changesInOkta,
  type OktaOrg,
  spawnBridge,
  startOktaOrg,
  stateOf,
  usersWithLogin,
} from '../bridge/support/okta-org.js'
import { findPostgresBin, PostgresCluster } from '../bridge/support/store-dialects.js'
import type { ConnectedClient } from '../sandboxes/okta/auth/test-client.js'
import { connectServiceApp } from '../sandboxes/okta/http-test-support.js'
import { type ServiceNowSandbox, startServiceNowSandbox } from '../sandboxes/servicenow/index.js'

const POSTGRES_BIN = findPostgresBin()
const JOINERS = 12
const GRANTS = 6
const BORN_IN_OKTA = 6
/** Seconds from the grant request to its end: due in the middle of the burst. */
const GRANT_SECONDS = 6
/** How long the whole burst may take to settle on the survivors (a bound, not a measurement). */
const SETTLE_MS = 60_000

const SN_USER = { username: 'okta.bridge', password: `sn-${randomBytes(12).toString('hex')}` }
const HOOK_SECRET = `hook-${randomBytes(24).toString('hex')}`
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe.skipIf(POSTGRES_BIN === undefined)('three bridge replicas on one Postgres', () => {
  let cluster: PostgresCluster
  let databaseUrl: string
  let db: pg.Client
  let org: OktaOrg
  let servicenow: ServiceNowSandbox
  let admin: ConnectedClient
  const bridges: BridgeProcess[] = []
  const timings: Record<string, number> = {}

  beforeAll(async () => {
    const started = Date.now()
    cluster = await PostgresCluster.start(POSTGRES_BIN!)
    databaseUrl = cluster.url(await cluster.createDatabase('replicas'))
    org = await startOktaOrg({ groups: ['Engineering', 'Support'], apps: ['Slack'] })
    // Okta answers slowly enough that a kill finds executions mid-way.
    org.sandbox.configure({ latencyMs: 60 })
    org.sandbox.hooks.configure({ batchMs: 20, retryDelayMs: 200 })
    servicenow = await startServiceNowSandbox({ users: [SN_USER] })
    ;({ client: admin } = await connectServiceApp(org.sandbox.url))
    timings.setupMs = Date.now() - started
  }, 120_000)

  afterAll(async () => {
    for (const bridge of bridges) {
      if (bridge.proc.exitCode === null && bridge.proc.signalCode === null) {
        bridge.proc.kill('SIGKILL')
        await bridge.exited
      }
    }
    await db?.end().catch(() => undefined)
    await servicenow?.stop()
    await org?.stop()
    cluster?.stop()
    console.log(`three-replicas timings: ${JSON.stringify(timings)}`)
  })

  it('kill -9 one mid-burst: every joiner, expiry and onboarding happens exactly once; the audit verifies', async () => {
    const env = {
      ...org.env,
      LOG_LEVEL: 'warn',
      DATABASE_URL: databaseUrl,
      SERVICENOW_URL: servicenow.url,
      SERVICENOW_USER: SN_USER.username,
      SERVICENOW_PASSWORD: SN_USER.password,
      OKTA_EVENT_HOOK_SECRET: HOOK_SECRET,
      // The shortest lease: a dead replica's executions are taken over about two seconds after its last renewal.
      EXECUTION_LEASE_SECONDS: '2',
      BRIDGE_EXPIRY_POLL_MS: '300',
      BRIDGE_SYNC_DEADLINE_MS: '3000',
      RECONCILE_INTERVAL_MINUTES: '0',
    }
    let mark = Date.now()
    // Started together: the migrations run once under Postgres's advisory lock.
    bridges.push(...(await Promise.all([0, 1, 2].map(() => spawnBridge(env, 90_000)))))
    timings.spawnMs = Date.now() - mark
    db = new pg.Client({ connectionString: databaseUrl })
    await db.connect()
    const query = async <T extends pg.QueryResultRow>(text: string, values: unknown[] = []) =>
      (await db.query<T>(text, values)).rows

    const [victim, ...survivors] = bridges as [BridgeProcess, BridgeProcess, BridgeProcess]
    const alive = (bridge: BridgeProcess) => bridge.proc.exitCode === null && bridge.proc.signalCode === null
    // An event hook on each replica: every event is delivered three times, and must open one incident.
    for (const bridge of bridges) await registerHook(admin, bridge.url)

    const group = (name: string) => org.groups.find((g) => g.name === name)!.id
    const run = randomBytes(3).toString('hex')

    /** One invocation, retried with its key on the next live replica until it has a definitive answer. */
    const invoke = async (start: number, flow: string, key: string, body: unknown) => {
      const deadline = Date.now() + SETTLE_MS
      for (let turn = start; Date.now() < deadline; turn++) {
        const bridge = bridges[turn % bridges.length]!
        if (!alive(bridge)) continue
        try {
          const res = await fetch(`${bridge.url}/api/flo/${flow}/invoke`, {
            method: 'POST',
            headers: {
              'content-type': 'application/json',
              'x-api-client-token': org.token,
              'idempotency-key': key,
            },
            body: JSON.stringify(body),
            signal: AbortSignal.timeout(20_000),
          })
          const answer = (await res.json().catch(() => undefined)) as Record<string, unknown> | undefined
          if (res.status === 200) return answer!
          if (res.status !== 202 && res.status !== 429 && res.status < 500) {
            throw new Error(`${flow} ${key} refused: ${res.status} ${JSON.stringify(answer)}`)
          }
        } catch (error) {
          if ((error as Error).message.includes('refused:')) throw error
          // Cut off by the kill, or refused: ServiceNow retries, here on another replica.
        }
        await sleep(150)
      }
      throw new Error(`${flow} ${key}: no definitive answer within ${SETTLE_MS} ms`)
    }

    // Users for the grants, already in Okta; a requested item per grant for its expiry report.
    const grantees = org.sandbox.org.seed({
      users: Array.from({ length: GRANTS }, (_, i) => ({
        profile: {
          login: `grantee.${run}.${i}@example.com`,
          email: `grantee.${run}.${i}@example.com`,
          firstName: 'Grant',
          lastName: `Ee${i}`,
        },
        status: 'ACTIVE' as const,
      })),
    }).users
    const items = servicenow.seed({
      sc_req_item: grantees.map((_, i) => ({ short_description: `Support access ${i}` })),
    }).sc_req_item!

    // ---- The burst ------------------------------------------------------------------------------------------
    mark = Date.now()
    const logins = Array.from({ length: JOINERS }, (_, i) => `joiner.${run}.${i}@example.com`)
    const joiners = logins.map((login, i) =>
      invoke(i, 'joiner', `RITM-J-${run}-${i}`, {
        ticket: { number: `RITM7${String(i).padStart(6, '0')}`, requestedBy: 'hr.bot', approvedBy: 'it.mgr' },
        profile: { login, email: login, firstName: 'Join', lastName: `Er${i}`, department: 'Engineering' },
        groups: [group('Engineering')],
        apps: [org.apps[0]!.id],
      }),
    )
    const grants = grantees.map((user, i) =>
      invoke(i, 'grant-access', `RITM-G-${run}-${i}`, {
        ticket: {
          number: items[i]!.number,
          sysId: items[i]!.sys_id,
          requestedBy: 'hr.bot',
          approvedBy: 'it.mgr',
        },
        user: { id: user.id },
        resource: { type: 'group', id: group('Support') },
        expiresAt: new Date(Date.now() + GRANT_SECONDS * 1000).toISOString(),
        justification: 'Replica test',
      }),
    )
    const born = Promise.all(
      Array.from({ length: BORN_IN_OKTA }, async (_, i) => {
        const login = `born.${run}.${i}@example.com`
        const res = await admin.request('POST', '/api/v1/users?activate=false', {
          profile: { login, email: login, firstName: 'Born', lastName: `InOkta${i}` },
        })
        expect(res.status).toBe(200)
        return ((await res.json()) as { id: string }).id
      }),
    )

    // ---- kill -9 the victim while it holds running executions ------------------------------------------------
    const pid = victim.proc.pid!
    let held: string[] = []
    for (let waited = 0; held.length === 0 && waited < 20_000; waited += 20) {
      held = (
        await query<{ id: string }>(
          `select id from executions where status = 'running' and lease_holder like $1`,
          [`%:${pid}:%`],
        )
      ).map((row) => row.id)
      if (held.length === 0) await sleep(20)
    }
    expect(held.length, 'the victim was running executions when killed').toBeGreaterThan(0)
    victim.proc.kill('SIGKILL')
    expect(await victim.exited).toBe('SIGKILL')
    timings.killAfterMs = Date.now() - mark

    // ---- Everything settles on the survivors -------------------------------------------------------------
    const joined = await Promise.all(joiners)
    const granted = await Promise.all(grants)
    const bornIds = await born
    const grantIds = granted.map((answer) => (answer.output as { grantId: string }).grantId)
    const settledBy = Date.now() + SETTLE_MS
    for (;;) {
      const [pending] = await query<{ running: string; grants: string; outbox: string; inbox: string }>(
        `select
           (select count(*) from executions where status = 'running') as running,
           (select count(*) from grants where status = 'active') as grants,
           (select count(*) from outbox where status = 'pending') as outbox,
           (select count(*) from okta_event_inbox where status = 'pending') as inbox`,
      )
      const incidents = bornIds.filter((id) => incidentsFor(servicenow, id).length > 0).length
      const done =
        Number(pending!.running) === 0 &&
        Number(pending!.grants) === 0 &&
        Number(pending!.outbox) === 0 &&
        Number(pending!.inbox) === 0 &&
        incidents === bornIds.length
      if (done) break
      if (Date.now() > settledBy)
        throw new Error(`not settled within ${SETTLE_MS} ms: ${JSON.stringify({ ...pending, incidents })}`)
      await sleep(200)
    }
    timings.burstToSettledMs = Date.now() - mark

    // ---- Exactly once ---------------------------------------------------------------------------------------
    // The victim's executions were finished by a survivor (not left running, not failed).
    const taken = await query<{ id: string; status: string; lease_holder: string }>(
      `select id, status, lease_holder from executions where id = any($1)`,
      [held],
    )
    expect(taken.map((row) => row.status)).toEqual(held.map(() => 'succeeded'))
    for (const row of taken) expect(row.lease_holder).not.toContain(`:${pid}:`)

    // One user per login, made by one execution, each change once in the System Log.
    for (const [i, login] of logins.entries()) {
      expect(joined[i]!.status).toBe('succeeded')
      const users = usersWithLogin(org, login)
      expect(users, login).toHaveLength(1)
      const userId = users[0]!.id
      expect((joined[i]!.output as { userId: string }).userId).toBe(userId)
      const changes = changesInOkta(org, userId).map(
        (c) => `${c.operation}:${c.groupId ?? ''}:${c.appId ?? ''}`,
      )
      expect(new Set(changes).size, `${login}: ${changes.join(', ')}`).toBe(changes.length)
      expect(changes).toEqual(expect.arrayContaining(['createUser::', `assignApp::${org.apps[0]!.id}`]))
    }
    const joinerExecutions = await query<{ n: string }>(
      `select count(*) as n from executions where flow = 'joiner' and status = 'succeeded'`,
    )
    expect(Number(joinerExecutions[0]!.n)).toBe(JOINERS)

    // One revocation per grant: one execution, one membership removal in Okta's System Log, access gone.
    for (const [i, grantId] of grantIds.entries()) {
      const revocations = await query<{ status: string }>(
        `select status from executions where flow = 'revoke-access' and idempotency_key like $1`,
        [`%expire:${grantId}%`],
      )
      expect(
        revocations.map((r) => r.status),
        grantId,
      ).toEqual(['succeeded'])
      const removals = changesInOkta(org, grantees[i]!.id).filter(
        (c) => c.operation === 'removeGroupMember' && c.groupId === group('Support'),
      )
      expect(removals, grantId).toHaveLength(1)
      expect(stateOf(org, grantees[i]!.id).groups).not.toContain(group('Support'))
    }
    const [ended] = await query<{ n: string }>(`select count(*) as n from grants where status = 'expired'`)
    expect(Number(ended!.n)).toBe(GRANTS)

    // One incident per user born in Okta, though each event reached three replicas.
    for (const id of bornIds) expect(incidentsFor(servicenow, id), id).toHaveLength(1)

    // The audit chain verifies, against the anchors in ServiceNow.
    const verify = await fetch(`${survivors[0].url}/api/audit/verify`, {
      headers: { 'x-api-client-token': org.token },
    })
    const verified = (await verify.json()) as { ok: boolean; entries: number }
    expect(verify.status).toBe(200)
    expect(verified).toMatchObject({ ok: true })
    expect(verified.entries).toBeGreaterThanOrEqual(JOINERS * 3 + GRANTS * 2)
    timings.executionsTakenOver = held.length
  }, 150_000)
})

describe.skipIf(POSTGRES_BIN !== undefined)('three bridge replicas on one Postgres (skipped)', () => {
  it.skip('skipped: initdb not found under /usr/lib/postgresql/*/bin — install the Debian package postgresql (apt-get install -y postgresql) to run it', () =>
    undefined)
})

/** Registers and verifies an event hook for `user.lifecycle.create` pointing at one bridge, as an admin would. */
async function registerHook(admin: ConnectedClient, url: string): Promise<void> {
  const created = await admin.request('POST', '/api/v1/eventHooks', {
    name: `Okta JML bridge onboarding ${url}`,
    events: { type: 'EVENT_TYPE', items: ['user.lifecycle.create'] },
    channel: {
      type: 'HTTP',
      version: '1.0.0',
      config: {
        uri: `${url}/hooks/okta/events`,
        authScheme: { type: 'HEADER', key: 'Authorization', value: HOOK_SECRET },
      },
    },
  })
  expect(created.status).toBe(200)
  const hook = (await created.json()) as { id: string }
  const verified = await admin.request('POST', `/api/v1/eventHooks/${hook.id}/lifecycle/verify`)
  expect(verified.status).toBe(200)
}

function incidentsFor(servicenow: ServiceNowSandbox, userId: string) {
  return servicenow.tables
    .rows('incident')
    .filter((row) => row.correlation_id === `okta-onboarding:${userId}`)
}
