/**
 * The one lease-claim query of the bridge's database. A leased queue's row is claimed by setting `claimed_by`
 * and `claimed_until` with a conditional UPDATE (pending, due, and its lease free): a compare-and-set that
 * keeps two workers — two replicas on one database — from handling the same row at once, and lets a worker
 * that died be replaced once its lease runs out. Every claim-with-lease (the outbox, the Okta event inbox,
 * batch items, grant expiry) decides "is the lease free" with {@link leaseFree}, so they cannot disagree again.
 */
import { type Expression, type Kysely, type Selectable, type SqlBool, sql } from 'kysely'
import type { DatabaseSchema } from './database.js'

/**
 * Whether the lease in `column` (ISO-8601 UTC, null when unclaimed) is free at `now`: nobody holds it, or it
 * has run out. `<=`, not `<`: `claimed_until` is the instant the lease ends, as `next_attempt_at` is the instant
 * a row becomes due (`next_attempt_at <= now`) and `expires_at` the instant a grant ends — at that instant the
 * holder's time is over, so another worker may take the row; `<` would leave it stranded for one more tick
 * (with a manual clock set exactly to the deadline, forever).
 */
export function leaseFree(column: string, now: string): Expression<SqlBool> {
  return sql<SqlBool>`(${sql.ref(column)} is null or ${sql.ref(column)} <= ${now})`
}

/** The leased queues and the column that names a row in each. */
const QUEUES = { outbox: 'key', okta_event_inbox: 'uuid', batch_items: 'id' } as const

/** A table claimed by {@link claimDue}. */
export type LeasedQueue = keyof typeof QUEUES

/** What {@link claimDue} claims, and for whom. */
export interface DueClaim {
  /** ISO-8601 UTC: rows due by then with their lease free by then. */
  now: string
  /** At most this many rows, oldest (`seq`) first. */
  limit: number
  claimant: string
  /** ISO-8601 UTC: the lease's end. */
  leaseUntil: string
  /** Count the claim as an attempt (`attempts + 1`): the inbox counts claims, the outbox deliveries. */
  countAttempt?: boolean
}

/** The columns every leased queue has, which is all the claim reads and writes. */
interface LeasedRow {
  status: string
  attempts: number
  next_attempt_at: string
  claimed_by: string | null
  claimed_until: string | null
  seq: number
}

/**
 * Claims the due, pending rows of `table` whose lease is free, in `seq` order, and answers them as claimed.
 * One transaction: a SELECT of candidates, then one conditional UPDATE repeating the condition — on Postgres
 * another replica may have claimed some since the SELECT, and the condition leaves those to it.
 */
export function claimDue<T extends LeasedQueue>(
  db: Kysely<DatabaseSchema>,
  table: T,
  claim: DueClaim,
): Promise<Selectable<DatabaseSchema[T]>[]> {
  const key = QUEUES[table]
  // The two tables share the claim's columns but not their names or keys: the query is written against that
  // common shape, with the real table name at run time.
  const queues = db as unknown as Kysely<{ queue: LeasedRow }>
  const name = table as unknown as 'queue'
  return queues.transaction().execute(async (trx) => {
    const due = await trx
      .selectFrom(name)
      .select(sql<string>`${sql.ref(key)}`.as('id'))
      .where('status', '=', 'pending')
      .where('next_attempt_at', '<=', claim.now)
      .where(leaseFree('claimed_until', claim.now))
      .orderBy('seq')
      .limit(claim.limit)
      .execute()
    if (due.length === 0) return []
    const rows = await trx
      .updateTable(name)
      .set((eb) => ({
        claimed_by: claim.claimant,
        claimed_until: claim.leaseUntil,
        ...(claim.countAttempt ? { attempts: eb('attempts', '+', 1) } : {}),
      }))
      .where(sql<SqlBool>`${sql.ref(key)} in (${sql.join(due.map((row) => row.id))})`)
      .where('status', '=', 'pending')
      .where(leaseFree('claimed_until', claim.now))
      .returningAll()
      .execute()
    return rows.sort((a, b) => a.seq - b.seq) as unknown as Selectable<DatabaseSchema[T]>[]
  })
}
