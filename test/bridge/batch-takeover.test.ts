/**
 * A replica that died mid-batch: its claimed items are left alone while its leases live, and taken over by
 * another bridge's batch worker at the leases' end — done once each, as the caller that made the batch. The
 * dead replica is simulated in the database (a batch queued, its items claimed by a claimant that never
 * comes back, the first one's execution begun), and the bridge that takes over is the real composition root on the same SQLite file, with a
 * clock the test moves instead of waiting out the lease.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SqlBatchStore } from '../../bridge/adapters/store/batch-store.js'
import { openExecutionStore } from '../../bridge/adapters/store/index.js'
import { checkBatch } from '../../bridge/flows/batches.js'
import { scopedIdempotencyKey } from '../../bridge/flows/execution-service.js'
import { type RunningBridge, startBridge } from '../../dev/start.js'
import { TOKEN, uniqueLogin } from './support/flows-harness.js'

/** The clock the bridge goes by: the test moves it past the dead replica's leases. */
const clock = { at: Date.parse('2030-04-01T08:00:00.000Z'), now: () => new Date(clock.at) }
const LEASE_MS = 60_000
const TICKET = { number: 'RITM0040001', requestedBy: 'hr.bot' }

let dir: string
let bridge: RunningBridge
const logins = [uniqueLogin('takeover'), uniqueLogin('takeover'), uniqueLogin('takeover')]

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bridge-batch-takeover-'))
  const url = `sqlite:${join(dir, 'bridge.db')}`
  // The dead replica: it queued a batch for the `servicenow` client token and claimed every item.
  const store = await openExecutionStore(url)
  const checked = checkBatch({
    ticket: TICKET,
    items: logins.map((login) => ({
      flow: 'joiner' as const,
      input: { profile: { login, email: login, firstName: 'Taken', lastName: 'Over' } },
    })),
  })
  if ('invalid' in checked) throw new Error('the batch is not valid')
  const batches = new SqlBatchStore(store.db)
  await batches.create({
    id: 'bat_dead_replica',
    idempotencyKey: 'dead-replica-batch',
    requestHash: checked.requestHash,
    caller: { kind: 'client-token', id: 'servicenow' },
    ticket: TICKET,
    items: checked.items,
    createdAt: clock.now().toISOString(),
  })
  const leaseUntil = new Date(clock.at + LEASE_MS).toISOString()
  expect(await batches.claimDue(clock.now().toISOString(), 10, 'dead-replica', leaseUntil)).toHaveLength(3)
  // It had submitted the first item: its execution is in the store, running, as a crash leaves it.
  const caller = { kind: 'client-token' as const, id: 'servicenow' }
  const first = checked.items[0]!
  await store.begin({
    id: 'exe_dead_replica_0',
    flow: 'joiner',
    idempotencyKey: scopedIdempotencyKey(caller, 'joiner', first.idempotencyKey),
    requestHash: first.requestHash,
    ticket: TICKET,
    caller,
    input: first.input,
  })
  await batches.started('bat_dead_replica:0', 'exe_dead_replica_0', 'dead-replica', leaseUntil)
  await store.close()

  bridge = await startBridge(
    {
      NODE_ENV: 'test',
      PORT: '0',
      LOG_LEVEL: 'silent',
      DATABASE_URL: url,
      BRIDGE_CLIENT_TOKENS: JSON.stringify([{ name: 'servicenow', token: TOKEN }]),
    },
    { print: () => {}, clock },
  )
})

afterAll(async () => {
  await bridge?.stop()
  await rm(dir, { recursive: true, force: true })
})

/** The batch as its caller reads it. */
async function status() {
  const res = await fetch(`${bridge.url}/api/flo/batches/bat_dead_replica`, {
    headers: { 'x-api-client-token': TOKEN },
  })
  expect(res.status).toBe(200)
  return (await res.json()) as {
    counts: Record<string, number>
    items: { executionId: string | null; status: string }[]
  }
}

const usersWithLogin = (login: string) =>
  [...bridge.sandbox!.sandbox.org.users.values()].filter((user) => user.profile.login === login)

describe('a batch whose replica died', () => {
  it('is left to the dead replica while its leases live, and taken over at their end: each item once', async () => {
    // The worker's first round (at start) found every item held.
    await bridge.batchWorker.settled()
    bridge.batchWorker.kick()
    await bridge.batchWorker.settled()
    expect((await status()).counts).toEqual({ queued: 2, running: 1, succeeded: 0, failed: 0 })
    for (const login of logins.slice(1)) expect(usersWithLogin(login)).toHaveLength(0)

    clock.at += LEASE_MS - 1
    bridge.batchWorker.kick()
    await bridge.batchWorker.settled()
    expect((await status()).counts.queued).toBe(2)

    // At the lease's end the items are free: this bridge's worker takes them over.
    clock.at += 1
    bridge.batchWorker.kick()
    await bridge.batchWorker.settled()
    const done = await status()
    expect(done.counts).toEqual({ queued: 0, running: 0, succeeded: 3, failed: 0 })
    for (const login of logins) expect(usersWithLogin(login)).toHaveLength(1)
    // The item whose execution existed is that execution (resumed at this bridge's start), not a second one.
    expect(done.items[0]!.executionId).toBe('exe_dead_replica_0')
    // Each item an execution of the caller that made the batch, on its ticket.
    for (const item of done.items) {
      const view = await bridge.executions.view(item.executionId!)
      expect(view).toMatchObject({ flow: 'joiner', status: 'succeeded', ticket: TICKET })
      expect(view!.caller).toEqual({ kind: 'client-token', id: 'servicenow' })
    }
  })
})
