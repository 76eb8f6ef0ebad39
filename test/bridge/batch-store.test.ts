/**
 * The batch store (`bridge/adapters/store/batch-store.ts`) on both dialects — a real SQLite file, a real
 * Postgres database — shared by two connections (two replicas): a batch is created whole under its key or the
 * holder of the key is answered; items are claimed with the shared lease claim (one worker at a time, a lapsed
 * lease taken over at its end, each claim counted); counts and paging follow the items' states.
 */
import type { Kysely } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SqlBatchStore } from '../../bridge/adapters/store/batch-store.js'
import { migrateToLatest, type OpenedDatabase, openDatabase } from '../../bridge/adapters/store/index.js'
import type { NewBatch } from '../../bridge/ports/batches.js'
import { storeDialects } from './support/store-dialects.js'

const CREATED = '2030-01-01T00:00:00.000Z'
const CLAIMED = '2030-01-01T00:00:10.000Z'
const LEASE_END = '2030-01-01T00:01:10.000Z'
const JUST_BEFORE = '2030-01-01T00:01:09.999Z'
const NEXT_LEASE = '2030-01-01T00:02:10.000Z'

const TICKET = { number: 'RITM0030001', requestedBy: 'hr.bot' }

/** A batch of `size` joiner items under `key`. */
function newBatch(id: string, key: string, size: number, hash = 'h1'): NewBatch {
  return {
    id,
    idempotencyKey: key,
    requestHash: hash,
    caller: { kind: 'client-token', id: 'servicenow' },
    ticket: TICKET,
    createdAt: CREATED,
    items: Array.from({ length: size }, (_, i) => ({
      flow: 'joiner' as const,
      input: { ticket: TICKET, profile: { login: `u${i}@example.com` } },
      idempotencyKey: `${id}-item-${i}`,
      requestHash: `item-hash-${i}`,
    })),
  }
}

describe.each(storeDialects())('$name', (dialect) => {
  if (dialect.unavailable !== undefined) {
    it.skip(`skipped: ${dialect.unavailable}`, () => undefined)
    return
  }
  let first: OpenedDatabase
  let second: OpenedDatabase
  let a: SqlBatchStore
  let b: SqlBatchStore

  beforeAll(async () => {
    await dialect.start()
    const url = await dialect.newDatabaseUrl()
    first = await openDatabase(url)
    await migrateToLatest(first.db as Kysely<unknown>)
    second = await openDatabase(url)
    a = new SqlBatchStore(first.db)
    b = new SqlBatchStore(second.db)
  })

  afterAll(async () => {
    await first?.db.destroy()
    await second?.db.destroy()
    await dialect.stop()
  })

  it('creates a batch with every item queued, and answers the holder of a key taken (whatever the body)', async () => {
    const made = await a.create(newBatch('bat_one', 'key-one', 1_201))
    expect(made.created).toBe(true)
    expect(made.batch).toMatchObject({ id: 'bat_one', total: 1_201, ticket: TICKET, requestHash: 'h1' })
    expect(made.batch.caller).toEqual({ kind: 'client-token', id: 'servicenow' })
    // Above the insert's chunk size: every item is there, in order, queued.
    expect(await a.counts('bat_one')).toEqual({ queued: 1_201, running: 0, succeeded: 0, failed: 0 })
    const again = await b.create(newBatch('bat_other', 'key-one', 3, 'h2'))
    expect(again).toEqual({ created: false, batch: made.batch })
    expect(await b.get('bat_other')).toBeUndefined()
    expect(await b.counts('bat_other')).toEqual({ queued: 0, running: 0, succeeded: 0, failed: 0 })
    const page = await b.items('bat_one', { offset: 1_199, limit: 10 })
    expect(page.map((item) => item.index)).toEqual([1_199, 1_200])
    expect(page[0]).toMatchObject({
      id: 'bat_one:1199',
      batchId: 'bat_one',
      flow: 'joiner',
      input: { ticket: TICKET, profile: { login: 'u1199@example.com' } },
      idempotencyKey: 'bat_one-item-1199',
      requestHash: 'item-hash-1199',
      state: 'pending',
      executionId: null,
      problem: null,
      attempts: 0,
    })
  })

  it('claims items for one worker at a time, oldest first; a lapsed lease is taken over at its end', async () => {
    await a.create(newBatch('bat_lease', 'key-lease', 3))
    // The earlier batch's items come first (queue order across batches); take them out of the way.
    let claimed = await a.claimDue(CLAIMED, 2_000, 'worker-a', LEASE_END)
    expect(claimed.length).toBe(1_204)
    expect(claimed.slice(-3).map((item) => item.id)).toEqual(['bat_lease:0', 'bat_lease:1', 'bat_lease:2'])
    expect(claimed.every((item) => item.attempts === 1)).toBe(true)
    for (const item of claimed.filter((item) => item.batchId === 'bat_one')) {
      await a.finished(item.id, { state: 'succeeded', executionId: `exe_${item.index}` }, CLAIMED)
    }
    expect(await a.counts('bat_one')).toEqual({ queued: 0, running: 0, succeeded: 1_201, failed: 0 })

    // Held: another worker gets none of it while the lease lives, not even a millisecond before its end.
    expect(await b.claimDue(CLAIMED, 10, 'worker-b', NEXT_LEASE)).toEqual([])
    expect(await b.claimDue(JUST_BEFORE, 10, 'worker-b', NEXT_LEASE)).toEqual([])
    await a.started('bat_lease:0', 'exe_lease_0', 'worker-a', LEASE_END)
    expect(await a.counts('bat_lease')).toEqual({ queued: 2, running: 1, succeeded: 0, failed: 0 })

    claimed = await b.claimDue(LEASE_END, 10, 'worker-b', NEXT_LEASE)
    expect(claimed.map((item) => [item.id, item.executionId, item.attempts])).toEqual([
      ['bat_lease:0', 'exe_lease_0', 2],
      ['bat_lease:1', null, 2],
      ['bat_lease:2', null, 2],
    ])
    // The first worker lost its claim: it can neither extend it nor record a start under it.
    expect(await a.extend('bat_lease:1', 'worker-a', NEXT_LEASE)).toBe(false)
    expect(await b.extend('bat_lease:1', 'worker-b', NEXT_LEASE)).toBe(true)
    await a.started('bat_lease:1', 'exe_wrong', 'worker-a', NEXT_LEASE)
    expect((await a.items('bat_lease', { offset: 1, limit: 1 }))[0]!.executionId).toBeNull()

    await b.finished(
      'bat_lease:0',
      {
        state: 'failed',
        executionId: 'exe_lease_0',
        problem: { code: 'login-taken', status: 409, title: 'taken', detail: 'taken' },
      },
      NEXT_LEASE,
    )
    // Finished is final: a late recording by another worker changes nothing.
    await a.finished('bat_lease:0', { state: 'succeeded', executionId: 'exe_lease_0' }, NEXT_LEASE)
    const [item0] = await a.items('bat_lease', { offset: 0, limit: 1 })
    expect(item0).toMatchObject({ state: 'failed', problem: { code: 'login-taken', status: 409 } })

    await b.finished('bat_lease:2', { state: 'succeeded', executionId: 'exe_lease_2' }, NEXT_LEASE)
    // Given back with a delay: not due before then, due at it.
    await b.retryLater('bat_lease:1', 'okta down', '2030-01-01T00:05:00.000Z')
    expect(await a.claimDue('2030-01-01T00:04:59.999Z', 10, 'worker-a', NEXT_LEASE)).toEqual([])
    expect(
      (await a.claimDue('2030-01-01T00:05:00.000Z', 10, 'worker-a', '2030-01-01T00:06:00.000Z')).map(
        (item) => item.id,
      ),
    ).toEqual(['bat_lease:1'])
    expect(await a.counts('bat_lease')).toEqual({ queued: 1, running: 0, succeeded: 1, failed: 1 })
    expect(await a.pendingCount()).toBe(1)
  })
})
