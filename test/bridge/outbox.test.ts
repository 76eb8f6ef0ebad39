/**
 * The outbox to ServiceNow: messages stored in the bridge's database and delivered through the real
 * ServiceNow client to the ServiceNow sandbox — work notes, record updates, record creates that are not
 * repeated after a lost answer, retries with backoff while ServiceNow is down (the clock is moved, not
 * waited for), parking of what ServiceNow can never accept, two dispatchers sharing one outbox — on both store
 * dialects, SQLite and Postgres — and the
 * bridge's own wiring (sandbox mode starts a ServiceNow sandbox and delivers to it).
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { ServiceNowTableClient } from '../../bridge/adapters/servicenow/table-client.js'
import { openExecutionStore, type SqlExecutionStore } from '../../bridge/adapters/store/index.js'
import { SqlOutboxStore } from '../../bridge/adapters/store/outbox-store.js'
import { OutboxDispatcher } from '../../bridge/jobs/outbox-dispatcher.js'
import type { OutboxMessage } from '../../bridge/ports/outbox.js'
import { type RunningBridge, startBridge } from '../../dev/start.js'
import { type ServiceNowSandbox, startServiceNowSandbox } from '../sandboxes/servicenow/index.js'
import { ManualClock } from './support/manual-clock.js'
import { storeDialects } from './support/store-dialects.js'

const USER = { username: 'okta.bridge', password: 'outbox-test-password' }
const silent = { info() {}, warn() {}, error() {} }

let servicenow: ServiceNowSandbox
let store: SqlExecutionStore
let outbox: SqlOutboxStore
let clock: ManualClock
let client: ServiceNowTableClient

beforeAll(async () => {
  servicenow = await startServiceNowSandbox({ users: [USER] })
  client = new ServiceNowTableClient({
    baseUrl: servicenow.url,
    auth: { kind: 'basic', ...USER },
    // No client-side retries: the outbox's own retries are what is under test.
    maxRetries: 0,
    timeoutMs: 2_000,
  })
})
afterAll(async () => {
  await servicenow.stop()
})
beforeEach(() => {
  servicenow.reset()
  clock = new ManualClock()
})

function dispatcher(): OutboxDispatcher {
  return new OutboxDispatcher({ outbox, servicenow: client, clock, log: silent, baseBackoffMs: 2_000 })
}

function ritm(): string {
  return servicenow.tables.insert('sc_req_item', { short_description: 'Access to Slack' }, 'admin').sys_id!
}

// The outbox's store on both dialects (a fresh database per test): delivery, retries and two dispatchers
// claiming from one table are the store's behaviour as much as the dispatcher's.
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
    store = await openExecutionStore(await dialect.newDatabaseUrl())
    outbox = new SqlOutboxStore(store.db, { now: () => clock.now() })
  })
  afterEach(async () => {
    await store.close()
  })

  describe('delivery', () => {
    it('adds a work note to the requested item and marks the message delivered', async () => {
      const sysId = ritm()
      await outbox.enqueue([
        {
          key: 'exe_1:work-note',
          source: 'exe_1',
          message: { kind: 'work-note', table: 'sc_req_item', sysId, text: 'Okta access to Slack ended.' },
        },
      ])
      expect(await outbox.pendingCount()).toBe(1)

      expect(await dispatcher().tick()).toBe(1)

      const notes = servicenow.tables
        .rows('sys_journal_field')
        .filter((row) => row.element_id === sysId && row.element === 'work_notes')
      expect(notes.map((row) => row.value)).toEqual(['Okta access to Slack ended.'])
      const entry = await outbox.get('exe_1:work-note')
      expect(entry).toMatchObject({ status: 'delivered', attempts: 1, lastError: null })
      expect(entry?.deliveredAt).toBe(clock.now().toISOString())
      expect(await outbox.pendingCount()).toBe(0)
    })

    it('sets fields of a record (closing an incident)', async () => {
      const incident = servicenow.tables.insert('incident', { short_description: 'Onboarding' }, 'admin')
      await outbox.enqueue([
        {
          key: 'exe_2:close',
          source: 'exe_2',
          message: {
            kind: 'update-record',
            table: 'incident',
            sysId: incident.sys_id!,
            fields: { state: '6' },
          },
        },
      ])
      await dispatcher().tick()
      expect(servicenow.tables.get('incident', incident.sys_id!)?.state).toBe('6')
      expect((await outbox.get('exe_2:close'))?.result).toEqual({
        sys_id: incident.sys_id,
        number: incident.number,
      })
    })

    it('sets fields of every record matching a value (a grant mirror), and takes none matching as delivered', async () => {
      const mirror = servicenow.tables.insert(
        'x_okta_jml_access_grant',
        { grant_id: 'grt_0123456789abcdef0123456789abcdef', status: 'active' },
        'admin',
      )
      const other = servicenow.tables.insert(
        'x_okta_jml_access_grant',
        { grant_id: 'grt_ffffffffffffffffffffffffffffffff', status: 'active' },
        'admin',
      )
      const expire = (key: string, grantId: string) => ({
        key,
        source: 'exe_m',
        message: {
          kind: 'update-matching' as const,
          table: 'x_okta_jml_access_grant',
          match: { field: 'grant_id', value: grantId },
          fields: { status: 'expired' },
        },
      })
      await outbox.enqueue([
        expire('exe_m:grant-status', 'grt_0123456789abcdef0123456789abcdef'),
        expire('exe_m:unknown', 'grt_00000000000000000000000000000000'),
      ])
      expect(await dispatcher().tick()).toBe(2)
      expect(servicenow.tables.get('x_okta_jml_access_grant', mirror.sys_id!)?.status).toBe('expired')
      expect(servicenow.tables.get('x_okta_jml_access_grant', other.sys_id!)?.status).toBe('active')
      expect((await outbox.get('exe_m:grant-status'))?.result).toEqual({ updated: '1' })
      expect((await outbox.get('exe_m:unknown'))?.result).toEqual({ updated: '0' })
    })

    it('enqueues a key once: a resumed producer reporting again adds nothing', async () => {
      const sysId = ritm()
      const message: OutboxMessage = { kind: 'work-note', table: 'sc_req_item', sysId, text: 'once' }
      await outbox.enqueue([{ key: 'exe_3:work-note', source: 'exe_3', message }])
      await outbox.enqueue([
        { key: 'exe_3:work-note', source: 'exe_3', message: { ...message, text: 'twice' } },
      ])
      await dispatcher().tick()
      const notes = servicenow.tables.rows('sys_journal_field').filter((row) => row.element_id === sysId)
      expect(notes.map((row) => row.value)).toEqual(['once'])
      expect((await outbox.bySource('exe_3')).map((entry) => entry.key)).toEqual(['exe_3:work-note'])
    })

    it('does not create a record twice when a record with the dedupe value exists', async () => {
      const requestedItem = ritm()
      const row = (key: string): { key: string; source: string; message: OutboxMessage } => ({
        key,
        source: 'exe_4',
        message: {
          kind: 'create-record',
          table: 'x_okta_jml_golden_thread',
          fields: {
            requested_item: requestedItem,
            execution_id: 'exe_4',
            flow: 'revoke-access',
            operation: 'removeGroupMember',
            okta_request_id: 'req-abc',
            outcome: 'succeeded',
          },
          dedupeOn: { field: 'okta_request_id', value: 'req-abc' },
        },
      })
      await outbox.enqueue([row('exe_4:thread:1')])
      await dispatcher().tick()
      // The same row again under another key (as after an answer lost in transit): found, not created.
      await outbox.enqueue([row('exe_4:thread:1-again')])
      await dispatcher().tick()

      const rows = servicenow.tables.rows('x_okta_jml_golden_thread')
      expect(rows).toHaveLength(1)
      expect((await outbox.get('exe_4:thread:1-again'))?.result).toEqual({ sys_id: rows[0]!.sys_id })
      expect((await outbox.get('exe_4:thread:1-again'))?.status).toBe('delivered')
    })
  })

  describe('ServiceNow unavailable', () => {
    it('keeps the message and retries it after the backoff, doubling, until ServiceNow takes it', async () => {
      const sysId = ritm()
      await outbox.enqueue([
        {
          key: 'exe_5:work-note',
          source: 'exe_5',
          message: { kind: 'work-note', table: 'sc_req_item', sysId, text: 'after the outage' },
        },
      ])
      servicenow.configure({ faults: { next: 2, statuses: [503] } })
      const d = dispatcher()

      expect(await d.tick()).toBe(0)
      let entry = await outbox.get('exe_5:work-note')
      expect(entry).toMatchObject({ status: 'pending', attempts: 1 })
      expect(entry?.lastError).toMatch(/unavailable \(503\)/)
      expect(entry?.nextAttemptAt).toBe(new Date(clock.now().getTime() + 2_000).toISOString())

      // Not due yet: nothing is sent.
      expect(await d.tick()).toBe(0)
      expect((await outbox.get('exe_5:work-note'))?.attempts).toBe(1)

      clock.advance(2_000)
      expect(await d.tick()).toBe(0)
      entry = await outbox.get('exe_5:work-note')
      expect(entry?.attempts).toBe(2)
      expect(entry?.nextAttemptAt).toBe(new Date(clock.now().getTime() + 4_000).toISOString())

      clock.advance(4_000)
      expect(await d.tick()).toBe(1)
      expect((await outbox.get('exe_5:work-note'))?.status).toBe('delivered')
      const notes = servicenow.tables.rows('sys_journal_field').filter((row) => row.element_id === sysId)
      expect(notes.map((row) => row.value)).toEqual(['after the outage'])
    })

    it('keeps messages while no ServiceNow is configured', async () => {
      await outbox.enqueue([
        {
          key: 'exe_6:work-note',
          source: 'exe_6',
          message: { kind: 'work-note', table: 'sc_req_item', sysId: 'a'.repeat(32), text: 'x' },
        },
      ])
      const unconfigured = new OutboxDispatcher({ outbox, servicenow: undefined, clock, log: silent })
      expect(await unconfigured.tick()).toBe(0)
      expect(await outbox.get('exe_6:work-note')).toMatchObject({ status: 'pending', attempts: 0 })
    })

    it('parks a message ServiceNow can never accept (the record is gone), and delivers the others', async () => {
      const sysId = ritm()
      await outbox.enqueue([
        {
          key: 'exe_7:gone',
          source: 'exe_7',
          message: {
            kind: 'work-note',
            table: 'sc_req_item',
            sysId: 'f'.repeat(32),
            text: 'nobody reads this',
          },
        },
        {
          key: 'exe_7:fine',
          source: 'exe_7',
          message: { kind: 'work-note', table: 'sc_req_item', sysId, text: 'fine' },
        },
      ])
      const errors: object[] = []
      const d = new OutboxDispatcher({
        outbox,
        servicenow: client,
        clock,
        log: { ...silent, error: (object) => errors.push(object) },
      })
      expect(await d.tick()).toBe(1)
      expect(await outbox.get('exe_7:gone')).toMatchObject({ status: 'parked', attempts: 1 })
      expect((await outbox.get('exe_7:gone'))?.lastError).toMatch(/not-found \(404\)/)
      expect(await outbox.get('exe_7:fine')).toMatchObject({ status: 'delivered' })
      expect(errors).toEqual([expect.objectContaining({ outboxKey: 'exe_7:gone', kind: 'work-note' })])
      // Parked is not pending: the next round leaves it alone.
      clock.advance(3_600_000)
      expect(await d.tick()).toBe(0)
    })
  })

  describe('two dispatchers on one outbox (two replicas)', () => {
    it('deliver each message exactly once', async () => {
      const sysIds = Array.from({ length: 12 }, () => ritm())
      await outbox.enqueue(
        sysIds.map((sysId, i) => ({
          key: `exe_8:${i}`,
          source: 'exe_8',
          message: { kind: 'work-note' as const, table: 'sc_req_item', sysId, text: `note ${i}` },
        })),
      )
      const [a, b] = await Promise.all([dispatcher().tick(), dispatcher().tick()])
      expect(a + b).toBe(12)
      const notes = servicenow.tables
        .rows('sys_journal_field')
        .filter((row) => sysIds.includes(row.element_id!))
      expect(notes).toHaveLength(12)
      expect(new Set(notes.map((row) => row.element_id)).size).toBe(12)
    })
  })
})

describe('the bridge', () => {
  let bridge: RunningBridge | undefined
  afterEach(async () => {
    await bridge?.stop(1_000)
    bridge = undefined
  })

  it('in sandbox mode starts a ServiceNow sandbox and delivers what is enqueued to it', async () => {
    bridge = await startBridge(
      { NODE_ENV: 'test', LOG_LEVEL: 'silent', PORT: '0' },
      { print: () => {}, outboxPollMs: 50 },
    )
    expect(bridge.servicenowSandbox).toBeDefined()
    const sandboxTables = bridge.servicenowSandbox!.sandbox.tables
    const sysId = sandboxTables.insert('sc_req_item', { short_description: 'demo' }, 'admin').sys_id!
    await bridge.outbox.enqueue([
      {
        key: 'demo:work-note',
        source: 'demo',
        message: { kind: 'work-note', table: 'sc_req_item', sysId, text: 'from the bridge' },
      },
    ])
    // The enqueue kicks the dispatcher: once its rounds have settled, the message has been delivered.
    await bridge.outboxDispatcher.settled()
    expect((await bridge.outbox.get('demo:work-note'))?.status).toBe('delivered')
    expect(
      sandboxTables
        .rows('sys_journal_field')
        .filter((row) => row.element_id === sysId)
        .map((r) => r.value),
    ).toEqual(['from the bridge'])
  })

  it('with SERVICENOW_URL uses that instance and starts no ServiceNow sandbox', async () => {
    bridge = await startBridge(
      {
        NODE_ENV: 'test',
        LOG_LEVEL: 'silent',
        PORT: '0',
        SERVICENOW_URL: servicenow.url,
        SERVICENOW_USER: USER.username,
        SERVICENOW_PASSWORD: USER.password,
      },
      { print: () => {}, outboxPollMs: 50 },
    )
    expect(bridge.servicenowSandbox).toBeUndefined()
    const sysId = ritm()
    await bridge.outbox.enqueue([
      {
        key: 'configured:work-note',
        source: 'configured',
        message: { kind: 'work-note', table: 'sc_req_item', sysId, text: 'to the configured instance' },
      },
    ])
    // The enqueue kicks the dispatcher: once its rounds have settled, the message has been delivered.
    await bridge.outboxDispatcher.settled()
    expect((await bridge.outbox.get('configured:work-note'))?.status).toBe('delivered')
    expect(
      servicenow.tables
        .rows('sys_journal_field')
        .filter((row) => row.element_id === sysId)
        .map((r) => r.value),
    ).toEqual(['to the configured instance'])
  })
})
