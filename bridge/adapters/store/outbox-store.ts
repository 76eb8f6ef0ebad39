/**
 * {@link OutboxStore} on the bridge's database. Messages are claimed with the lease-claim query shared by every
 * leased queue (`lease.ts`): two dispatchers — two replicas on one database — never send the same message at
 * once, and a dispatcher that died is replaced once its lease runs out.
 */
import type { Kysely, Selectable } from 'kysely'
import type { OutboxEntry, OutboxMessage, OutboxStatus, OutboxStore } from '../../ports/outbox.js'
import type { DatabaseSchema, OutboxTable } from './database.js'
import { claimDue } from './lease.js'

/** Options of {@link SqlOutboxStore}. */
export interface OutboxStoreOptions {
  /** The clock for `created_at` (tests pin it). */
  now?: () => Date
  /** Called after messages are enqueued (the dispatcher delivers at once instead of at its next poll). */
  onEnqueue?: () => void
}

/** The outbox on the bridge's database (the schema comes from `migrateToLatest`). */
export class SqlOutboxStore implements OutboxStore {
  private readonly now: () => Date
  private readonly onEnqueue: (() => void) | undefined

  constructor(
    private readonly db: Kysely<DatabaseSchema>,
    options: OutboxStoreOptions = {},
  ) {
    this.now = options.now ?? (() => new Date())
    this.onEnqueue = options.onEnqueue
  }

  async enqueue(entries: readonly { key: string; message: OutboxMessage; source: string }[]): Promise<void> {
    if (entries.length === 0) return
    const at = this.now().toISOString()
    await this.db.transaction().execute(async (trx) => {
      const last = await trx
        .selectFrom('outbox')
        .select((eb) => eb.fn.max('seq').as('seq'))
        .executeTakeFirst()
      let seq = Number(last?.seq ?? 0)
      for (const entry of entries) {
        seq += 1
        // A key seen before is left alone: the producer (a resumed execution) is reporting the same thing again.
        await trx
          .insertInto('outbox')
          .values({
            key: entry.key,
            message: JSON.stringify(entry.message),
            source: entry.source,
            status: 'pending',
            attempts: 0,
            next_attempt_at: at,
            claimed_by: null,
            claimed_until: null,
            last_error: null,
            result: null,
            seq,
            created_at: at,
            delivered_at: null,
          })
          .onConflict((oc) => oc.column('key').doNothing())
          .execute()
      }
    })
    this.onEnqueue?.()
  }

  async claimDue(now: string, limit: number, claimant: string, leaseUntil: string): Promise<OutboxEntry[]> {
    const rows = await claimDue(this.db, 'outbox', { now, limit, claimant, leaseUntil })
    return rows.map(toEntry)
  }

  async delivered(key: string, at: string, result?: Record<string, string>): Promise<void> {
    await this.db
      .updateTable('outbox')
      .set((eb) => ({
        status: 'delivered',
        attempts: eb('attempts', '+', 1),
        delivered_at: at,
        result: result === undefined ? null : JSON.stringify(result),
        claimed_by: null,
        claimed_until: null,
        last_error: null,
      }))
      .where('key', '=', key)
      .execute()
  }

  async failed(key: string, error: string, next: { nextAttemptAt: string } | { park: true }): Promise<void> {
    await this.db
      .updateTable('outbox')
      .set((eb) => ({
        attempts: eb('attempts', '+', 1),
        last_error: error.slice(0, 1000),
        claimed_by: null,
        claimed_until: null,
        ...('park' in next ? { status: 'parked' } : { next_attempt_at: next.nextAttemptAt }),
      }))
      .where('key', '=', key)
      .where('status', '=', 'pending')
      .execute()
  }

  async get(key: string): Promise<OutboxEntry | undefined> {
    const row = await this.db.selectFrom('outbox').selectAll().where('key', '=', key).executeTakeFirst()
    return row === undefined ? undefined : toEntry(row)
  }

  async bySource(source: string): Promise<OutboxEntry[]> {
    const rows = await this.db
      .selectFrom('outbox')
      .selectAll()
      .where('source', '=', source)
      .orderBy('seq')
      .execute()
    return rows.map(toEntry)
  }

  async pendingCount(): Promise<number> {
    const row = await this.db
      .selectFrom('outbox')
      .select((eb) => eb.fn.countAll().as('count'))
      .where('status', '=', 'pending')
      .executeTakeFirst()
    return Number(row?.count ?? 0)
  }
}

function toEntry(row: Selectable<OutboxTable>): OutboxEntry {
  return {
    key: row.key,
    message: JSON.parse(row.message) as OutboxMessage,
    source: row.source,
    status: row.status as OutboxStatus,
    attempts: row.attempts,
    nextAttemptAt: row.next_attempt_at,
    lastError: row.last_error,
    result: row.result === null ? null : (JSON.parse(row.result) as Record<string, string>),
    createdAt: row.created_at,
    deliveredAt: row.delivered_at,
  }
}
