/**
 * The SQL grant store on both dialects (a real SQLite file, a real Postgres database; one suite): grants recorded once per granting execution, ended once, and
 * extended once per execution; due grants listed in end-date order whatever UTC offset they were given in;
 * and the expiry claim — the scheduler's lock — taken by exactly one of two stores (two connections, as two
 * replicas would have) racing on the same database, handed over only when the holder's lease has run out.
 */
import type { Kysely } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SqlGrantStore } from '../../bridge/adapters/store/grant-store.js'
import {
  type DatabaseSchema,
  migrateToLatest,
  type OpenedDatabase,
  openDatabase,
} from '../../bridge/adapters/store/index.js'
import { GrantStateError, type NewGrant } from '../../bridge/ports/grants.js'
import { storeDialects } from './support/store-dialects.js'

let first: OpenedDatabase
let second: OpenedDatabase
/** Two stores on two connections to one database: what two replicas sharing a database look like. */
let a: SqlGrantStore
let b: SqlGrantStore
let counter = 0

/** A grant with unique ids (every test works on its own rows). */
function newGrant(overrides: Partial<NewGrant> = {}): NewGrant {
  counter += 1
  const n = counter.toString(16).padStart(32, '0')
  return {
    id: `grt_${n}`,
    userId: `00u${n.slice(-17)}`,
    login: `pat${counter}@example.com`,
    resource: { type: 'group', id: '00g1234567890abcdef', name: 'Finance' },
    preexisting: false,
    expiresAt: '2030-01-02T00:00:00.000Z',
    justification: 'quarter close',
    ticket: { number: 'RITM0010001', sysId: 'a'.repeat(32), requestedBy: 'pat', approvedBy: 'boss' },
    grantedBy: `exe_${n}`,
    ...overrides,
  }
}

async function rowCount(db: Kysely<DatabaseSchema>, grantedBy: string): Promise<number> {
  const rows = await db.selectFrom('grants').select('id').where('granted_by', '=', grantedBy).execute()
  return rows.length
}

describe.each(storeDialects())('$name', (dialect) => {
  if (dialect.unavailable !== undefined) {
    it.skip(`skipped: ${dialect.unavailable}`, () => undefined)
    return
  }

  beforeAll(async () => {
    await dialect.start()
    const url = await dialect.newDatabaseUrl()
    first = await openDatabase(url)
    await migrateToLatest(first.db as Kysely<unknown>)
    second = await openDatabase(url)
    const now = () => new Date('2030-01-01T00:00:00.000Z')
    a = new SqlGrantStore(first.db, { now })
    b = new SqlGrantStore(second.db, { now })
  })

  afterAll(async () => {
    await first?.db.destroy()
    await second?.db.destroy()
    await dialect.stop()
  })

  describe('create', () => {
    it('records a grant as given, active, with its resource name and ticket', async () => {
      const grant = newGrant()
      const stored = await a.create(grant)
      expect(stored).toEqual({
        ...grant,
        status: 'active',
        endedBy: null,
        endedAt: null,
        endReason: null,
        extendedBy: [],
        createdAt: '2030-01-01T00:00:00.000Z',
        updatedAt: '2030-01-01T00:00:00.000Z',
      })
      expect(await b.get(grant.id)).toEqual(stored)
      expect(await b.byExecution(grant.grantedBy)).toEqual(stored)
    })

    it('is idempotent per granting execution: a second create answers the first record, one row', async () => {
      const grant = newGrant()
      const created = await a.create(grant)
      const again = await b.create({ ...grant, justification: 'something else' })
      expect(again).toEqual(created)
      expect(again.justification).toBe('quarter close')
      expect(await rowCount(first.db, grant.grantedBy)).toBe(1)
    })

    it('stores end dates in UTC, so an offset date compares as the instant it is', async () => {
      const grant = newGrant({ expiresAt: '2030-01-01T02:00:00+02:00' })
      expect((await a.create(grant)).expiresAt).toBe('2030-01-01T00:00:00.000Z')
    })

    it('keeps a permanent grant out of the due list', async () => {
      const grant = await a.create(newGrant({ expiresAt: null }))
      const due = await a.due('2100-01-01T00:00:00.000Z', 1000)
      expect(due.map((g) => g.id)).not.toContain(grant.id)
    })
  })

  describe('due and nextExpiry', () => {
    it('lists active grants at or before the instant, soonest first, within the limit', async () => {
      const late = await a.create(newGrant({ expiresAt: '2031-03-01T00:00:10.000Z' }))
      const early = await a.create(newGrant({ expiresAt: '2031-03-01T00:00:05.000Z' }))
      const notYet = await a.create(newGrant({ expiresAt: '2031-03-01T00:00:11.000Z' }))
      const ended = await a.create(newGrant({ expiresAt: '2031-03-01T00:00:01.000Z' }))
      await a.end(ended.id, {
        status: 'revoked',
        executionId: 'exe_x1',
        at: '2030-01-01T00:00:00Z',
        reason: null,
      })

      const due = (await b.due('2031-03-01T00:00:10.000Z', 1000)).filter((g) =>
        g.expiresAt!.startsWith('2031-03'),
      )
      expect(due.map((g) => g.id)).toEqual([early.id, late.id])
      expect(due.map((g) => g.id)).not.toContain(notYet.id)
      const limited = await b.due('2031-03-01T00:00:10.000Z', 1)
      expect(limited).toHaveLength(1)
    })

    it('answers the soonest end date of an active grant', async () => {
      const next = await a.nextExpiry()
      const all = await a.active()
      const soonest = all
        .map((g) => g.expiresAt)
        .filter((e): e is string => e !== null)
        .sort()[0]
      expect(next).toBe(soonest)
    })

    it('filters active grants by user and by resource', async () => {
      const one = await a.create(newGrant())
      const sameUserOtherResource = await a.create(
        newGrant({ userId: one.userId, resource: { type: 'app', id: '0oa1234567890abcdef', name: 'Slack' } }),
      )
      expect((await b.active({ userId: one.userId })).map((g) => g.id)).toEqual([
        one.id,
        sameUserOtherResource.id,
      ])
      expect(
        (await b.active({ userId: one.userId, resource: { type: 'app', id: '0oa1234567890abcdef' } })).map(
          (g) => g.id,
        ),
      ).toEqual([sameUserOtherResource.id])
    })
  })

  describe('claimExpiry: the scheduler lock', () => {
    const now = '2030-01-02T00:00:00.000Z'
    const lease = '2030-01-02T00:01:00.000Z'

    it('of two stores racing for a due grant, exactly one wins', async () => {
      const grant = await a.create(newGrant())
      const results = await Promise.all([
        a.claimExpiry(grant.id, 'replica-a', now, lease),
        b.claimExpiry(grant.id, 'replica-b', now, lease),
      ])
      expect(results.filter(Boolean)).toHaveLength(1)
      // The holder may claim again (its next round); the other may not while the lease lives.
      const winner = results[0] ? 'replica-a' : 'replica-b'
      const loser = results[0] ? 'replica-b' : 'replica-a'
      expect(await a.claimExpiry(grant.id, winner, '2030-01-02T00:00:30.000Z', lease)).toBe(true)
      expect(await b.claimExpiry(grant.id, loser, '2030-01-02T00:00:59.999Z', lease)).toBe(false)
    })

    it('many claimants on many grants: every grant claimed exactly once', async () => {
      const grants = await Promise.all(Array.from({ length: 20 }, () => a.create(newGrant())))
      const attempts = grants.flatMap((grant) =>
        ['a1', 'b1', 'a2', 'b2'].map(async (claimant, i) => ({
          id: grant.id,
          won: await (i % 2 === 0 ? a : b).claimExpiry(grant.id, claimant, now, lease),
        })),
      )
      const results = await Promise.all(attempts)
      for (const grant of grants) {
        expect(results.filter((r) => r.id === grant.id && r.won)).toHaveLength(1)
      }
    })

    it('hands the grant over once the holder’s lease has run out (a claimer that died)', async () => {
      const grant = await a.create(newGrant())
      expect(await a.claimExpiry(grant.id, 'dead', now, lease)).toBe(true)
      expect(await b.claimExpiry(grant.id, 'alive', '2030-01-02T00:00:59.000Z', '2030-01-02T00:02:00Z')).toBe(
        false,
      )
      expect(await b.claimExpiry(grant.id, 'alive', lease, '2030-01-02T00:02:00.000Z')).toBe(true)
      expect(await a.claimExpiry(grant.id, 'dead', '2030-01-02T00:01:30.000Z', '2030-01-02T00:03:00Z')).toBe(
        false,
      )
    })

    it('refuses a grant that is not due yet, or no longer active', async () => {
      const grant = await a.create(newGrant())
      expect(await a.claimExpiry(grant.id, 'early', '2030-01-01T23:59:59.999Z', lease)).toBe(false)
      await a.end(grant.id, { status: 'revoked', executionId: 'exe_r', at: now, reason: 'early' })
      expect(await a.claimExpiry(grant.id, 'late', now, lease)).toBe(false)
      expect(await a.claimExpiry('grt_ffffffffffffffffffffffffffffffff', 'x', now, lease)).toBe(false)
    })
  })

  describe('end', () => {
    it('ends an active grant once; the same execution ending it again gets the same record', async () => {
      const grant = await a.create(newGrant())
      await a.claimExpiry(grant.id, 'sched', '2030-01-02T00:00:00Z', '2030-01-02T00:01:00Z')
      const ending = {
        status: 'expired' as const,
        executionId: 'exe_end1',
        at: '2030-01-02T00:00:01Z',
        reason: 'due',
      }
      const ended = await a.end(grant.id, ending)
      expect(ended).toMatchObject({
        status: 'expired',
        endedBy: 'exe_end1',
        endedAt: '2030-01-02T00:00:01.000Z',
        endReason: 'due',
      })
      expect(await b.end(grant.id, ending)).toEqual(ended)
    })

    it('refuses to end a grant another execution ended, and a grant that does not exist', async () => {
      const grant = await a.create(newGrant())
      await a.end(grant.id, {
        status: 'revoked',
        executionId: 'exe_one',
        at: '2030-01-02T00:00:00Z',
        reason: null,
      })
      const other = b.end(grant.id, {
        status: 'expired',
        executionId: 'exe_two',
        at: '2030-01-02T00:00:00Z',
        reason: null,
      })
      await expect(other).rejects.toBeInstanceOf(GrantStateError)
      await expect(other).rejects.toMatchObject({ grantId: grant.id, status: 'revoked' })
      await expect(
        a.end('grt_eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee', {
          status: 'revoked',
          executionId: 'exe_three',
          at: '2030-01-02T00:00:00Z',
          reason: null,
        }),
      ).rejects.toMatchObject({ status: 'missing' })
      expect((await a.get(grant.id))!.endedBy).toBe('exe_one')
    })
  })

  describe('extend', () => {
    it('moves the end date once per execution, records who extended it, and drops the expiry claim', async () => {
      const grant = await a.create(newGrant())
      expect(await a.claimExpiry(grant.id, 'sched', '2030-01-02T00:00:00Z', '2030-01-02T00:01:00Z')).toBe(
        true,
      )
      const extended = await a.extend(grant.id, '2030-02-01T00:00:00Z', 'exe_ext1')
      expect(extended.expiresAt).toBe('2030-02-01T00:00:00.000Z')
      expect(extended.extendedBy).toEqual(['exe_ext1'])
      // Replayed by the same execution (a resume): unchanged.
      expect(await b.extend(grant.id, '2030-03-01T00:00:00Z', 'exe_ext1')).toEqual(extended)
      const twice = await b.extend(grant.id, '2030-03-01T00:00:00Z', 'exe_ext2')
      expect(twice.extendedBy).toEqual(['exe_ext1', 'exe_ext2'])
      // The claim on the old date is gone: not due now, and claimable by anyone once due again.
      expect(await b.claimExpiry(grant.id, 'other', '2030-01-02T00:00:30Z', '2030-01-02T00:01:30Z')).toBe(
        false,
      )
      expect(await b.claimExpiry(grant.id, 'other', '2030-03-01T00:00:00Z', '2030-03-01T00:01:00Z')).toBe(
        true,
      )
    })

    it('refuses to extend an ended grant', async () => {
      const grant = await a.create(newGrant())
      await a.end(grant.id, {
        status: 'expired',
        executionId: 'exe_e',
        at: '2030-01-02T00:00:00Z',
        reason: null,
      })
      await expect(a.extend(grant.id, '2030-02-01T00:00:00Z', 'exe_late')).rejects.toMatchObject({
        name: 'GrantStateError',
        status: 'expired',
      })
    })
  })
})
