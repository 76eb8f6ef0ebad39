/**
 * The one lease-claim query (`bridge/adapters/store/lease.ts`) at its boundary, for every leased queue on both
 * dialects — a real SQLite file, a real Postgres database — shared by two connections (two replicas): a row claimed with a lease until T stays with its holder
 * up to T and is free for another worker at T itself — the instant the lease ends, as `next_attempt_at` is the
 * instant a row is due. (The outbox said `<=` and the event inbox `<`; the grant expiry's claim is held to the
 * same boundary in grant-store.test.ts.)
 */
import type { Kysely } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SqlEventInbox } from '../../bridge/adapters/store/event-inbox-store.js'
import { migrateToLatest, type OpenedDatabase, openDatabase } from '../../bridge/adapters/store/index.js'
import { SqlOutboxStore } from '../../bridge/adapters/store/outbox-store.js'
import { storeDialects } from './support/store-dialects.js'

const ENQUEUED = '2030-01-01T00:00:00.000Z'
const CLAIMED = '2030-01-01T00:00:10.000Z'
const LEASE_END = '2030-01-01T00:01:10.000Z'
const JUST_BEFORE = '2030-01-01T00:01:09.999Z'
const NEXT_LEASE = '2030-01-01T00:02:10.000Z'

describe.each(storeDialects())('$name', (dialect) => {
  if (dialect.unavailable !== undefined) {
    it.skip(`skipped: ${dialect.unavailable}`, () => undefined)
    return
  }
  let first: OpenedDatabase
  let second: OpenedDatabase

  beforeAll(async () => {
    await dialect.start()
    const url = await dialect.newDatabaseUrl()
    first = await openDatabase(url)
    await migrateToLatest(first.db as Kysely<unknown>)
    second = await openDatabase(url)
  })

  afterAll(async () => {
    await first?.db.destroy()
    await second?.db.destroy()
    await dialect.stop()
  })

  describe('outbox', () => {
    it('a lapsed claim is taken over at the lease’s end, not a millisecond before', async () => {
      const now = () => new Date(ENQUEUED)
      const a = new SqlOutboxStore(first.db, { now })
      const b = new SqlOutboxStore(second.db, { now })
      await a.enqueue([
        {
          key: 'lease:outbox:1',
          source: 'test',
          message: { kind: 'work-note', table: 'sc_req_item', sysId: 'a'.repeat(32), text: 'x' },
        },
      ])
      expect((await a.claimDue(CLAIMED, 10, 'dispatcher-a', LEASE_END)).map((e) => e.key)).toEqual([
        'lease:outbox:1',
      ])
      // Held: neither another dispatcher nor the same one (a second round) gets it while the lease lives.
      expect(await b.claimDue(CLAIMED, 10, 'dispatcher-b', NEXT_LEASE)).toEqual([])
      expect(await b.claimDue(JUST_BEFORE, 10, 'dispatcher-b', NEXT_LEASE)).toEqual([])
      const taken = await b.claimDue(LEASE_END, 10, 'dispatcher-b', NEXT_LEASE)
      expect(taken.map((e) => e.key)).toEqual(['lease:outbox:1'])
      // The outbox counts deliveries, not claims.
      expect(taken[0]!.attempts).toBe(0)
      expect(await a.claimDue(LEASE_END, 10, 'dispatcher-a', NEXT_LEASE)).toEqual([])
      await b.delivered('lease:outbox:1', LEASE_END)
    })
  })

  describe('event inbox', () => {
    it('a lapsed claim is taken over at the lease’s end, not a millisecond before, counting each claim', async () => {
      const a = new SqlEventInbox(first.db)
      const b = new SqlEventInbox(second.db)
      const uuid = 'lease-inbox-0001'
      await a.receive(
        [
          {
            uuid,
            eventType: 'user.lifecycle.create',
            published: ENQUEUED,
            event: { uuid },
            deliveryId: 'd1',
          },
        ],
        ENQUEUED,
      )
      const claimed = await a.claimDue(CLAIMED, 10, 'processor-a', LEASE_END)
      expect(claimed.map((e) => [e.uuid, e.attempts])).toEqual([[uuid, 1]])
      expect(await b.claimDue(CLAIMED, 10, 'processor-b', NEXT_LEASE)).toEqual([])
      expect(await b.claimDue(JUST_BEFORE, 10, 'processor-b', NEXT_LEASE)).toEqual([])
      const taken = await b.claimDue(LEASE_END, 10, 'processor-b', NEXT_LEASE)
      expect(taken.map((e) => [e.uuid, e.attempts])).toEqual([[uuid, 2]])
      expect(await a.claimDue(LEASE_END, 10, 'processor-a', NEXT_LEASE)).toEqual([])
      await b.complete(uuid, 'processed', 'handled', LEASE_END)
    })

    it('claims due events in arrival order, no more than asked, and nothing not yet due', async () => {
      const inbox = new SqlEventInbox(first.db)
      const at = '2030-02-01T00:00:00.000Z'
      const uuids = ['lease-order-3', 'lease-order-1', 'lease-order-2']
      await inbox.receive(
        uuids.map((uuid) => ({
          uuid,
          eventType: 'user.lifecycle.create',
          published: at,
          event: { uuid },
          deliveryId: 'd2',
        })),
        at,
      )
      const [firstOne] = uuids
      await inbox.retryLater(firstOne!, 'later', '2030-02-01T01:00:00.000Z')
      const claimed = await inbox.claimDue(at, 1, 'processor-c', '2030-02-01T00:01:00.000Z')
      expect(claimed.map((e) => e.uuid)).toEqual(['lease-order-1'])
      const rest = await inbox.claimDue(at, 10, 'processor-c', '2030-02-01T00:01:00.000Z')
      expect(rest.map((e) => e.uuid)).toEqual(['lease-order-2'])
    })
  })
})
