/**
 * The execution store over SQL (Kysely), for both dialects: SQLite and Postgres run the same queries, all
 * Kysely's portable query builder (`on conflict … do nothing`, `returning` and CHECK constraints exist in both).
 *
 * Concurrency: step and audit sequence numbers are "max + 1", and the audit chain extends the head it reads,
 * so one writer at a time must read and write. On SQLite, the process has one connection that holders take in
 * turn (transactions never interleave within the process; `sqlite-group-commit.ts`, which also commits concurrent
 * transactions together) and its `BEGIN IMMEDIATE` queues a second process. On Postgres, every write transaction
 * runs under a transaction-scoped advisory lock (`pg_advisory_xact_lock`, see database.ts; a replica's concurrent
 * transactions share one, `postgres-group-commit.ts`), which does the same across every replica and connection.
 * Should that ever be bypassed, the audit_entries primary key refuses the second of two equal seqs, so a race
 * fails loudly instead of forking the chain.
 */
import type { Kysely, Selectable, Transaction, UpdateQueryBuilder, UpdateResult } from 'kysely'
import type { FlowName, PlanStep, Target, Ticket } from '../../../shared/index.js'
import {
  type AuditEntry,
  type AuditVerification,
  type Begin,
  type CallerRecord,
  type ExecutionError,
  type ExecutionLease,
  ExecutionLeaseLostError,
  ExecutionNotFoundError,
  type ExecutionRecord,
  ExecutionStateError,
  type ExecutionStatus,
  type ExecutionStore,
  type LapsedClaim,
  type NewExecution,
  type StepInput,
  type StepRecord,
} from '../../ports/store.js'
import { auditHash, GENESIS_HASH } from './audit-chain.js'
import { walkAuditChain } from './audit-chain-walk.js'
import {
  type AuditEntriesTable,
  type DatabaseSchema,
  type ExecutionsTable,
  type OpenDatabaseOptions,
  openDatabase,
  type StepsTable,
} from './database.js'
import { leaseFree } from './lease.js'
import { migrateToLatest } from './migrations.js'
import type { GroupCommitStats } from './sqlite-group-commit.js'

/**
 * Rows per INSERT when several steps (and their audit entries) are recorded together: a joiner's create carries
 * its groups, 50 at most (`OktaIdList`); 100 rows of the audit table stay far below SQLite's 32,766 bound
 * parameters and Postgres's 65,535.
 */
const ROWS_PER_INSERT = 100

/** Store options. */
export interface ExecutionStoreOptions {
  /** The clock for timestamps (tests pin it). */
  now?: () => Date
  /** SQLite: the connection's group commits, which the metrics report. */
  commits?: GroupCommitStats
}

/** `ExecutionStore` over a Kysely database whose schema `migrateToLatest` created. */
export class SqlExecutionStore implements ExecutionStore {
  private readonly now: () => Date
  /** SQLite: commits and the uses they carried so far (undefined on Postgres, which commits each transaction). */
  readonly commits: GroupCommitStats | undefined

  /** `db` is public for diagnostics and tests (pragmas, tampering); the bridge uses the port's methods. */
  constructor(
    readonly db: Kysely<DatabaseSchema>,
    options: ExecutionStoreOptions = {},
  ) {
    this.now = options.now ?? (() => new Date())
    this.commits = options.commits
  }

  /** With `lease`, a new execution is held by its holder from the start: the same transaction claims both. */
  async begin(execution: NewExecution, lease?: ExecutionLease): Promise<Begin> {
    const at = this.timestamp()
    const row: ExecutionsTable = {
      id: execution.id,
      flow: execution.flow,
      idempotency_key: execution.idempotencyKey,
      request_hash: execution.requestHash,
      ticket_number: execution.ticket.number,
      ticket: toJson(execution.ticket),
      caller: toJson(execution.caller),
      input: toJson(execution.input),
      plan: null,
      plan_hash: null,
      status: 'running',
      output: null,
      error: null,
      attempts: 1,
      created_at: at,
      updated_at: at,
      finished_at: null,
      lease_holder: lease?.holder ?? null,
      lease_until: lease?.until ?? null,
    }
    return this.db.transaction().execute(async (trx) => {
      // Conflict on the key only: a clash of execution ids is a bug and must throw, not be "found".
      const inserted = await trx
        .insertInto('executions')
        .values(row)
        .onConflict((oc) => oc.column('idempotency_key').doNothing())
        .returningAll()
        .executeTakeFirst()
      if (inserted !== undefined) return { created: true, execution: toExecution(inserted) }
      const existing = await trx
        .selectFrom('executions')
        .selectAll()
        .where('idempotency_key', '=', execution.idempotencyKey)
        .executeTakeFirstOrThrow()
      return { created: false, execution: toExecution(existing) }
    })
  }

  async restart(id: string, lease?: ExecutionLease): Promise<ExecutionRecord> {
    return this.db.transaction().execute(async (trx) => {
      // Conditional on `failed`, so two concurrent retries cannot both restart it.
      const row = await trx
        .updateTable('executions')
        .set((eb) => ({
          status: 'running',
          attempts: eb('attempts', '+', 1),
          output: null,
          error: null,
          finished_at: null,
          updated_at: this.timestamp(),
          lease_holder: lease?.holder ?? null,
          lease_until: lease?.until ?? null,
        }))
        .where('id', '=', id)
        .where('status', '=', 'failed')
        .returningAll()
        .executeTakeFirst()
      if (row !== undefined) return toExecution(row)
      throw await stateError(trx, id, 'restart')
    })
  }

  async recordPlan(id: string, plan: PlanStep[], planHash: string, holder?: string): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      // The holder is part of the condition: one statement when all is well, the reason read only when not.
      const result = await heldBy(
        trx
          .updateTable('executions')
          .set({ plan: toJson(plan), plan_hash: planHash, updated_at: this.timestamp() })
          .where('id', '=', id)
          .where('status', '=', 'running'),
        holder,
      ).executeTakeFirst()
      if (result.numUpdatedRows === 0n) throw await refusal(trx, id, holder, 'record a plan for')
    })
  }

  async recordStep(id: string, step: StepInput, holder?: string): Promise<StepRecord> {
    const [recorded] = await this.recordSteps(id, [step], holder)
    return recorded!
  }

  async recordSteps(id: string, steps: readonly StepInput[], holder?: string): Promise<StepRecord[]> {
    if (steps.length === 0) return []
    const at = this.timestamp()
    return this.db.transaction().execute(async (trx) => {
      // Not conditional on the status: a change Okta made must reach the audit whatever happened since. But
      // conditional on the holder: a replica that lost the execution leaves its steps to the new holder, whose
      // resumed run finds the change in Okta and records it once (two writers would record it twice).
      // One read for the execution, its last step and the audit chain's head.
      const found = await trx
        .selectFrom('executions')
        .selectAll('executions')
        .select((eb) => [
          eb
            .selectFrom('steps')
            .select((sub) => sub.fn.max('seq').as('s'))
            .where('execution_id', '=', id)
            .as('last_step'),
          eb.selectFrom('audit_entries').select('seq').orderBy('seq', 'desc').limit(1).as('head_seq'),
          eb.selectFrom('audit_entries').select('hash').orderBy('seq', 'desc').limit(1).as('head_hash'),
        ])
        .where('id', '=', id)
        .executeTakeFirst()
      if (found === undefined) throw new ExecutionNotFoundError(id)
      const { last_step, head_seq, head_hash, ...execution } = found
      if (holder !== undefined && execution.lease_holder !== holder)
        throw new ExecutionLeaseLostError(id, holder)
      const first = Number(last_step ?? 0) + 1
      const stepRows: StepsTable[] = steps.map((step, i) => ({
        execution_id: id,
        seq: first + i,
        attempt: step.attempt,
        operation: step.operation,
        target: toJson(step.target),
        okta_request_id: step.oktaRequestId,
        outcome: step.outcome,
        error: step.error,
        at,
      }))
      // Only a change is audited: a failed step changed nothing in Okta. The entries chain on in the steps' order.
      let head = head_seq == null || head_hash == null ? null : { seq: Number(head_seq), hash: head_hash }
      const auditRows: AuditEntriesTable[] = []
      for (const row of stepRows) {
        if (row.outcome !== 'succeeded') continue
        const entry = auditRow(execution, row, head)
        auditRows.push(entry)
        head = { seq: entry.seq, hash: entry.hash }
      }
      // A few rows to a statement: well under either database's limit of bound parameters.
      for (let i = 0; i < stepRows.length; i += ROWS_PER_INSERT)
        await trx
          .insertInto('steps')
          .values(stepRows.slice(i, i + ROWS_PER_INSERT))
          .execute()
      for (let i = 0; i < auditRows.length; i += ROWS_PER_INSERT)
        await trx
          .insertInto('audit_entries')
          .values(auditRows.slice(i, i + ROWS_PER_INSERT))
          .execute()
      return stepRows.map(toStep)
    })
  }

  async finish(
    id: string,
    result:
      | { status: 'succeeded'; output: unknown }
      | { status: 'failed'; error: ExecutionError; releaseKey?: boolean },
    holder?: string,
  ): Promise<void> {
    const at = this.timestamp()
    await this.db.transaction().execute(async (trx) => {
      const outcome =
        result.status === 'succeeded'
          ? { status: 'succeeded', output: toJsonOrNull(result.output), error: null }
          : {
              status: 'failed',
              output: null,
              error: toJson(result.error),
              // A released key becomes one no request can send (the id is unique, requests' keys are scoped
              // JSON), so the execution stays on record and the key is free.
              ...(result.releaseKey ? { idempotency_key: `released:${id}` } : {}),
            }
      const updated = await heldBy(
        trx
          .updateTable('executions')
          // The lease ends with the run (the holder stays on record: who finished it).
          .set({ ...outcome, finished_at: at, updated_at: at, lease_until: null })
          .where('id', '=', id)
          .where('status', '=', 'running'),
        holder,
      ).executeTakeFirst()
      if (updated.numUpdatedRows === 0n) throw await refusal(trx, id, holder, 'finish')
    })
  }

  async get(id: string): Promise<(ExecutionRecord & { steps: StepRecord[] }) | undefined> {
    const row = await this.db.selectFrom('executions').selectAll().where('id', '=', id).executeTakeFirst()
    if (row === undefined) return undefined
    const steps = await this.db
      .selectFrom('steps')
      .selectAll()
      .where('execution_id', '=', id)
      .orderBy('seq')
      .execute()
    return { ...toExecution(row), steps: steps.map(toStep) }
  }

  async executionsForTicket(ticketNumber: string): Promise<ExecutionRecord[]> {
    const rows = await this.db
      .selectFrom('executions')
      .selectAll()
      .where('ticket_number', '=', ticketNumber)
      .orderBy('created_at')
      .orderBy('id')
      .execute()
    return rows.map(toExecution)
  }

  async unfinished(): Promise<ExecutionRecord[]> {
    const rows = await this.db
      .selectFrom('executions')
      .selectAll()
      .where('status', '=', 'running')
      .orderBy('created_at')
      .orderBy('id')
      .execute()
    return rows.map(toExecution)
  }

  /**
   * A SELECT of candidates, then one conditional UPDATE repeating the condition (the pattern of `claimDue`):
   * on Postgres another replica may have claimed some since the SELECT, and the condition leaves those to it.
   */
  async claimLapsed(claim: LapsedClaim): Promise<ExecutionRecord[]> {
    return this.db.transaction().execute(async (trx) => {
      const lapsed = await trx
        .selectFrom('executions')
        .select('id')
        .where('status', '=', 'running')
        .where(leaseFree('lease_until', claim.now))
        .orderBy('created_at')
        .orderBy('id')
        .limit(claim.limit)
        .execute()
      if (lapsed.length === 0) return []
      const rows = await trx
        .updateTable('executions')
        .set({ lease_holder: claim.holder, lease_until: claim.until })
        .where(
          'id',
          'in',
          lapsed.map((row) => row.id),
        )
        .where('status', '=', 'running')
        .where(leaseFree('lease_until', claim.now))
        .returningAll()
        .execute()
      return rows.sort((a, b) => (a.created_at + a.id < b.created_at + b.id ? -1 : 1)).map(toExecution)
    })
  }

  async renewLeases(holder: string, ids: readonly string[], until: string): Promise<string[]> {
    if (ids.length === 0) return []
    return this.db.transaction().execute(async (trx) => {
      // Only while still held: a lease another replica took over is not taken back by renewing it.
      const rows = await trx
        .updateTable('executions')
        .set({ lease_until: until })
        .where('id', 'in', [...ids])
        .where('status', '=', 'running')
        .where('lease_holder', '=', holder)
        .returning('id')
        .execute()
      return rows.map((row) => row.id)
    })
  }

  async releaseLeases(holder: string, ids: readonly string[], now: string): Promise<void> {
    if (ids.length === 0) return
    await this.db.transaction().execute(async (trx) => {
      await trx
        .updateTable('executions')
        .set({ lease_until: now })
        .where('id', 'in', [...ids])
        .where('status', '=', 'running')
        .where('lease_holder', '=', holder)
        .execute()
    })
  }

  async leaseOf(id: string): Promise<ExecutionLease | undefined> {
    const row = await this.db
      .selectFrom('executions')
      .select(['lease_holder', 'lease_until'])
      .where('id', '=', id)
      .where('status', '=', 'running')
      .executeTakeFirst()
    if (!row?.lease_holder || !row.lease_until) return undefined
    return { holder: row.lease_holder, until: row.lease_until }
  }

  /** Both filters given: entries matching both. Neither: the whole trail. */
  async audit(query: { ticket?: string; oktaUserId?: string }): Promise<AuditEntry[]> {
    let select = this.db.selectFrom('audit_entries').selectAll()
    if (query.ticket !== undefined) select = select.where('ticket_number', '=', query.ticket)
    if (query.oktaUserId !== undefined) select = select.where('okta_user_id', '=', query.oktaUserId)
    const rows = await select.orderBy('seq').execute()
    return rows.map(toAuditEntry)
  }

  /** `since` is any date `Date` parses; it is compared as the ISO-8601 UTC text the rows store. */
  async auditedRequestIds(since: string): Promise<Set<string>> {
    const from = new Date(since)
    if (Number.isNaN(from.getTime())) throw new RangeError(`auditedRequestIds: invalid date ${since}`)
    const rows = await this.db
      .selectFrom('audit_entries')
      .select('okta_request_id')
      .where('at', '>=', from.toISOString())
      .where('okta_request_id', 'is not', null)
      .execute()
    return new Set(rows.map((r) => r.okta_request_id!))
  }

  async verifyAudit(): Promise<AuditVerification> {
    return walkAuditChain(this.db, toAuditEntry)
  }

  async close(): Promise<void> {
    await this.db.destroy()
  }

  private timestamp(): string {
    return this.now().toISOString()
  }
}

/**
 * Opens the database a `DATABASE_URL` names (see `openDatabase`), applies pending migrations and answers
 * the store. Open one store per database file per process: a second connection in the same process would
 * wait on the first's write lock synchronously, blocking the event loop that would release it.
 */
export async function openExecutionStore(
  url?: string,
  options: ExecutionStoreOptions & OpenDatabaseOptions = {},
): Promise<SqlExecutionStore> {
  const { db, commits } = await openDatabase(url, options)
  try {
    await migrateToLatest(db as Kysely<unknown>)
  } catch (error) {
    await db.destroy()
    throw error
  }
  return new SqlExecutionStore(db, commits === undefined ? options : { ...options, commits })
}

/**
 * Appends the audit entry of a succeeded step, extending the chain from its current head. Exported for the
 * audit trail's baseline entries (`audit-trail-store.ts`), which extend the same chain the same way.
 */
export async function appendAudit(
  trx: Transaction<DatabaseSchema>,
  execution: Selectable<ExecutionsTable>,
  step: StepsTable,
  /** The chain's head if the caller read it in this transaction already (`null`: the chain is empty). */
  knownHead?: { seq: number; hash: string } | null,
): Promise<void> {
  const head =
    knownHead !== undefined
      ? knownHead
      : await trx
          .selectFrom('audit_entries')
          .select(['seq', 'hash'])
          .orderBy('seq', 'desc')
          .limit(1)
          .executeTakeFirst()
  await trx
    .insertInto('audit_entries')
    .values(auditRow(execution, step, head ?? null))
    .execute()
}

/** The audit entry of a step of `execution`, chained on `head` (`null`: the chain is empty). */
function auditRow(
  execution: Selectable<ExecutionsTable>,
  step: StepsTable,
  head: { seq: number; hash: string } | null,
): AuditEntriesTable {
  const ticket = JSON.parse(execution.ticket) as Ticket
  const caller = JSON.parse(execution.caller) as CallerRecord
  const target = JSON.parse(step.target) as Target
  const row: AuditEntriesTable = {
    seq: (head?.seq ?? 0) + 1,
    execution_id: execution.id,
    flow: execution.flow,
    ticket_number: execution.ticket_number,
    ticket_sys_id: ticket.sysId ?? null,
    requested_by: ticket.requestedBy,
    approved_by: ticket.approvedBy ?? null,
    caller: `${caller.kind}:${caller.id}`,
    operation: step.operation,
    target: step.target,
    okta_user_id: target.userId ?? null,
    okta_request_id: step.okta_request_id,
    outcome: step.outcome,
    at: step.at,
    prev_hash: head?.hash ?? GENESIS_HASH,
    hash: '',
  }
  // Hashed from the entry as it will read back from the row, so verification recomputes the same bytes.
  row.hash = auditHash(row.prev_hash, toAuditEntry(row))
  return row
}

/**
 * An update of an execution made conditional on its holder (`holder` given): a replica that no longer holds the
 * execution writes nothing — decided in the write itself, so no other replica can take it over in between.
 */
function heldBy<Q extends UpdateQueryBuilder<DatabaseSchema, 'executions', 'executions', UpdateResult>>(
  update: Q,
  holder: string | undefined,
): Q {
  return holder === undefined ? update : (update.where('lease_holder', '=', holder) as Q)
}

/**
 * Why a conditional update of an execution touched nothing: it is missing, another replica holds it (`holder`
 * given and not the row's; checked first, as a lost lease stops the run whatever the state), or it is in another
 * state.
 */
async function refusal(
  trx: Transaction<DatabaseSchema>,
  id: string,
  holder: string | undefined,
  action: string,
): Promise<Error> {
  const row = await trx
    .selectFrom('executions')
    .select(['status', 'lease_holder'])
    .where('id', '=', id)
    .executeTakeFirst()
  if (row === undefined) return new ExecutionNotFoundError(id)
  if (holder !== undefined && row.lease_holder !== holder) return new ExecutionLeaseLostError(id, holder)
  return new ExecutionStateError(id, row.status as ExecutionStatus, action)
}

/** Why a conditional update touched nothing: the execution is missing, or in another state. */
async function stateError(trx: Transaction<DatabaseSchema>, id: string, action: string): Promise<Error> {
  return refusal(trx, id, undefined, action)
}

function toJson(value: unknown): string {
  const text = JSON.stringify(value)
  if (text === undefined) throw new TypeError('cannot store a value JSON cannot represent')
  return text
}

/** Optional JSON columns: `undefined` (no output) is stored as NULL and reads back as `null`. */
function toJsonOrNull(value: unknown): string | null {
  return value === undefined ? null : toJson(value)
}

function fromJson<T>(text: string | null): T | null {
  return text === null ? null : (JSON.parse(text) as T)
}

function toExecution(row: Selectable<ExecutionsTable>): ExecutionRecord {
  return {
    id: row.id,
    flow: row.flow as FlowName,
    idempotencyKey: row.idempotency_key,
    requestHash: row.request_hash,
    ticket: JSON.parse(row.ticket) as Ticket,
    caller: JSON.parse(row.caller) as CallerRecord,
    input: JSON.parse(row.input) as unknown,
    status: row.status as ExecutionStatus,
    plan: fromJson<PlanStep[]>(row.plan),
    planHash: row.plan_hash,
    output: fromJson<unknown>(row.output),
    error: fromJson<ExecutionError>(row.error),
    attempts: row.attempts,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    finishedAt: row.finished_at,
  }
}

function toStep(row: Selectable<StepsTable>): StepRecord {
  return {
    executionId: row.execution_id,
    seq: row.seq,
    attempt: row.attempt,
    operation: row.operation as StepRecord['operation'],
    target: JSON.parse(row.target) as Target,
    oktaRequestId: row.okta_request_id,
    outcome: row.outcome as StepRecord['outcome'],
    error: row.error,
    at: row.at,
  }
}

/** An audit row as the port's entry (the hash is computed over exactly this). */
export function toAuditEntry(row: Selectable<AuditEntriesTable>): AuditEntry {
  return {
    seq: row.seq,
    executionId: row.execution_id,
    flow: row.flow as AuditEntry['flow'],
    ticketNumber: row.ticket_number,
    ticketSysId: row.ticket_sys_id,
    requestedBy: row.requested_by,
    approvedBy: row.approved_by,
    caller: row.caller,
    operation: row.operation as AuditEntry['operation'],
    target: JSON.parse(row.target) as Target,
    oktaUserId: row.okta_user_id,
    oktaRequestId: row.okta_request_id,
    outcome: row.outcome as AuditEntry['outcome'],
    at: row.at,
    prevHash: row.prev_hash,
    hash: row.hash,
  }
}
