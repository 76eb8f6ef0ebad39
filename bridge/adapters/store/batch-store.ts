/**
 * {@link BatchStore} on the bridge's database (both dialects). Items are claimed with the lease-claim query
 * every leased queue shares (`lease.ts`), so two workers — two replicas on one database — never work the same
 * item at once, and a worker that died is replaced once its lease runs out.
 */
import type { Kysely, Selectable } from 'kysely'
import type { FlowName, Ticket } from '../../../shared/index.js'
import {
  type BatchBegin,
  type BatchCounts,
  type BatchItemRecord,
  type BatchItemState,
  type BatchRecord,
  type BatchStore,
  batchItemStatus,
  type NewBatch,
} from '../../ports/batches.js'
import type { CallerRecord, ExecutionError } from '../../ports/store.js'
import type { BatchesTable, BatchItemsTable, DatabaseSchema } from './database.js'
import { claimDue } from './lease.js'

/**
 * Rows per INSERT statement: 14 parameters a row stays far below SQLite's 32,766 and Postgres' 65,535
 * parameters per statement, whatever the batch size.
 */
const INSERT_CHUNK = 500

/** The batches and their item queue on the bridge's database (the schema comes from `migrateToLatest`). */
export class SqlBatchStore implements BatchStore {
  constructor(private readonly db: Kysely<DatabaseSchema>) {}

  async create(batch: NewBatch): Promise<BatchBegin> {
    return this.db.transaction().execute(async (trx) => {
      // Conflict on the key only: a clash of batch ids is a bug and must throw, not be "found".
      const inserted = await trx
        .insertInto('batches')
        .values({
          id: batch.id,
          idempotency_key: batch.idempotencyKey,
          request_hash: batch.requestHash,
          caller: JSON.stringify(batch.caller),
          ticket: JSON.stringify(batch.ticket),
          total: batch.items.length,
          created_at: batch.createdAt,
        })
        .onConflict((oc) => oc.column('idempotency_key').doNothing())
        .returningAll()
        .executeTakeFirst()
      if (inserted === undefined) {
        const existing = await trx
          .selectFrom('batches')
          .selectAll()
          .where('idempotency_key', '=', batch.idempotencyKey)
          .executeTakeFirstOrThrow()
        return { created: false, batch: toBatch(existing) }
      }
      const last = await trx
        .selectFrom('batch_items')
        .select((eb) => eb.fn.max('seq').as('seq'))
        .executeTakeFirst()
      let seq = Number(last?.seq ?? 0)
      const rows: BatchItemsTable[] = batch.items.map((item, index) => {
        seq += 1
        return {
          id: `${batch.id}:${index}`,
          batch_id: batch.id,
          idx: index,
          flow: item.flow,
          input: JSON.stringify(item.input),
          idempotency_key: item.idempotencyKey,
          request_hash: item.requestHash,
          status: 'pending',
          execution_id: null,
          problem: null,
          attempts: 0,
          next_attempt_at: batch.createdAt,
          claimed_by: null,
          claimed_until: null,
          last_error: null,
          seq,
          finished_at: null,
        }
      })
      for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
        await trx
          .insertInto('batch_items')
          .values(rows.slice(i, i + INSERT_CHUNK))
          .execute()
      }
      return { created: true, batch: toBatch(inserted) }
    })
  }

  async get(id: string): Promise<BatchRecord | undefined> {
    const row = await this.db.selectFrom('batches').selectAll().where('id', '=', id).executeTakeFirst()
    return row === undefined ? undefined : toBatch(row)
  }

  async counts(id: string): Promise<BatchCounts> {
    const rows = await this.db
      .selectFrom('batch_items')
      .select((eb) => [
        'status',
        eb.case().when('execution_id', 'is', null).then(0).else(1).end().as('started'),
        eb.fn.countAll().as('count'),
      ])
      .where('batch_id', '=', id)
      .groupBy(['status', 'started'])
      .execute()
    const counts: BatchCounts = { queued: 0, running: 0, succeeded: 0, failed: 0 }
    for (const row of rows) {
      const status = batchItemStatus(row.status as BatchItemState, Number(row.started) === 1)
      counts[status] += Number(row.count)
    }
    return counts
  }

  async items(id: string, page: { offset: number; limit: number }): Promise<BatchItemRecord[]> {
    const rows = await this.db
      .selectFrom('batch_items')
      .selectAll()
      .where('batch_id', '=', id)
      .orderBy('idx')
      .limit(page.limit)
      .offset(page.offset)
      .execute()
    return rows.map(toItem)
  }

  async claimDue(
    now: string,
    limit: number,
    claimant: string,
    leaseUntil: string,
  ): Promise<BatchItemRecord[]> {
    const rows = await claimDue(this.db, 'batch_items', {
      now,
      limit,
      claimant,
      leaseUntil,
      countAttempt: true,
    })
    return rows.map(toItem)
  }

  async started(itemId: string, executionId: string, claimant: string, leaseUntil: string): Promise<void> {
    await this.db
      .updateTable('batch_items')
      .set({ execution_id: executionId, claimed_until: leaseUntil })
      .where('id', '=', itemId)
      .where('claimed_by', '=', claimant)
      .where('status', '=', 'pending')
      .execute()
  }

  async extend(itemId: string, claimant: string, leaseUntil: string): Promise<boolean> {
    const result = await this.db
      .updateTable('batch_items')
      .set({ claimed_until: leaseUntil })
      .where('id', '=', itemId)
      .where('claimed_by', '=', claimant)
      .where('status', '=', 'pending')
      .executeTakeFirst()
    return Number(result.numUpdatedRows) > 0
  }

  async finished(
    itemId: string,
    result: { state: 'succeeded' | 'failed'; executionId: string | null; problem?: ExecutionError },
    at: string,
  ): Promise<void> {
    // Whoever learns the outcome records it (the claimant, or a worker that took over a lapsed lease): the
    // outcome is the execution's, so two recordings agree.
    await this.db
      .updateTable('batch_items')
      .set({
        status: result.state,
        execution_id: result.executionId,
        problem: result.problem === undefined ? null : JSON.stringify(result.problem),
        claimed_by: null,
        claimed_until: null,
        finished_at: at,
      })
      .where('id', '=', itemId)
      .where('status', '=', 'pending')
      .execute()
  }

  async retryLater(itemId: string, error: string, nextAttemptAt: string): Promise<void> {
    await this.db
      .updateTable('batch_items')
      .set({
        last_error: error.slice(0, 1000),
        next_attempt_at: nextAttemptAt,
        claimed_by: null,
        claimed_until: null,
      })
      .where('id', '=', itemId)
      .where('status', '=', 'pending')
      .execute()
  }

  async pendingCount(): Promise<number> {
    const row = await this.db
      .selectFrom('batch_items')
      .select((eb) => eb.fn.countAll().as('count'))
      .where('status', '=', 'pending')
      .executeTakeFirst()
    return Number(row?.count ?? 0)
  }
}

function toBatch(row: Selectable<BatchesTable>): BatchRecord {
  return {
    id: row.id,
    idempotencyKey: row.idempotency_key,
    requestHash: row.request_hash,
    caller: JSON.parse(row.caller) as CallerRecord,
    ticket: JSON.parse(row.ticket) as Ticket,
    total: Number(row.total),
    createdAt: row.created_at,
  }
}

function toItem(row: Selectable<BatchItemsTable>): BatchItemRecord {
  return {
    id: row.id,
    batchId: row.batch_id,
    index: Number(row.idx),
    flow: row.flow as FlowName,
    input: JSON.parse(row.input) as unknown,
    idempotencyKey: row.idempotency_key,
    requestHash: row.request_hash,
    state: row.status as BatchItemState,
    executionId: row.execution_id,
    problem: row.problem === null ? null : (JSON.parse(row.problem) as ExecutionError),
    attempts: Number(row.attempts),
  }
}
