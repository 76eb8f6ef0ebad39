/**
 * The console's Redeliver as a store transaction, on both store dialects (SQLite and Postgres): a parked outbox
 * message goes back in the queue together with its `outbox-redeliver` execution and one `redeliverMessage` entry
 * in the audit chain (who, which ticket, the execution naming the message) — and a message that is not parked is
 * neither requeued nor recorded. The late-join job leaves the entry alone: it is no Okta change.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { SqlAuditTrail } from '../../bridge/adapters/store/audit-trail-store.js'
import { consoleReads } from '../../bridge/adapters/store/console-reads.js'
import { openExecutionStore, type SqlExecutionStore } from '../../bridge/adapters/store/index.js'
import { SqlOutboxStore } from '../../bridge/adapters/store/outbox-store.js'
import { redeliverParkedMessage } from '../../bridge/flows/redeliver-message.js'
import type { ConsoleReads } from '../../bridge/ports/console-reads.js'
import { ManualClock } from './support/manual-clock.js'
import { storeDialects } from './support/store-dialects.js'

let store: SqlExecutionStore
let outbox: SqlOutboxStore
let reads: ConsoleReads
let clock: ManualClock
let ids = 0

const ticket = { number: 'CHG0012347', requestedBy: 'olive.operator@example.com' }
const caller = { kind: 'oauth' as const, id: 'console:00u1operator', manageGrants: true }
const message = {
  kind: 'work-note' as const,
  table: 'sc_req_item',
  sysId: 'a'.repeat(32),
  text: 'Grant ended.',
}

function redeliver(key: string) {
  return redeliverParkedMessage(
    { outbox: reads, newExecutionId: () => `exe_redeliver_${++ids}`, clock },
    { key, ticket, caller },
  )
}

describe.each(storeDialects())('$name', (dialect) => {
  if (dialect.unavailable !== undefined) {
    it.skip(`skipped: ${dialect.unavailable}`, () => undefined)
    return
  }
  beforeAll(async () => {
    await dialect.start()
  })
  afterAll(async () => {
    await dialect.stop()
  })
  beforeEach(async () => {
    clock = new ManualClock()
    store = await openExecutionStore(await dialect.newDatabaseUrl())
    outbox = new SqlOutboxStore(store.db, { now: () => clock.now() })
    reads = consoleReads(store.db, {
      executions: store,
      grants: { get: async () => undefined },
      outbox,
      inbox: { get: async () => undefined },
      onboardings: { byUser: async () => undefined },
    })
    await outbox.enqueue([{ key: 'exe_1:work-note', source: 'exe_1', message }])
    await outbox.failed('exe_1:work-note', 'HTTP 404: No Record found', { park: true })
  })
  afterEach(async () => {
    await store.close()
  })

  it('requeues a parked message and records it as an audited execution under the ticket, in one go', async () => {
    const outcome = await redeliver('exe_1:work-note')
    expect(outcome.kind).toBe('requeued')
    const executionId = (outcome as { executionId: string }).executionId

    const entry = (await outbox.get('exe_1:work-note'))!
    expect(entry.status).toBe('pending')
    expect(entry.nextAttemptAt).toBe(clock.now().toISOString())

    const execution = (await store.get(executionId))!
    expect(execution).toMatchObject({
      flow: 'outbox-redeliver',
      status: 'succeeded',
      ticket,
      // Who: the console user; grants.manage has nothing to do with a redelivery and is not recorded.
      caller: { kind: 'oauth', id: 'console:00u1operator' },
      input: {
        outboxKey: 'exe_1:work-note',
        source: 'exe_1',
        message,
        lastError: 'HTTP 404: No Record found',
      },
    })
    expect(execution.steps).toEqual([])

    const audit = await store.audit({ ticket: ticket.number })
    expect(audit).toHaveLength(1)
    expect(audit[0]).toMatchObject({
      executionId,
      flow: 'outbox-redeliver',
      operation: 'redeliverMessage',
      ticketNumber: 'CHG0012347',
      requestedBy: 'olive.operator@example.com',
      caller: 'oauth:console:00u1operator',
      oktaRequestId: null,
      outcome: 'succeeded',
    })
    expect(await store.verifyAudit()).toEqual({ ok: true, entries: 1 })
    // No Okta change: nothing for the late-join job to look up in the System Log.
    const trail = new SqlAuditTrail(store.db, { now: () => clock.now() })
    expect(await trail.unjoinedCount()).toBe(0)
  })

  it('neither requeues nor records a message that is not parked (pending, or unknown)', async () => {
    expect((await redeliver('exe_1:work-note')).kind).toBe('requeued')
    // Pending again now: a second redelivery finds nothing parked.
    expect(await redeliver('exe_1:work-note')).toEqual({ kind: 'not-parked' })
    expect(await redeliver('no-such-key')).toEqual({ kind: 'not-parked' })
    expect(await redeliver('')).toEqual({ kind: 'not-parked' })
    expect(await store.audit({ ticket: ticket.number })).toHaveLength(1)
    expect(await reads.executions({ flow: 'outbox-redeliver', limit: 10 })).toHaveLength(1)
  })
})
