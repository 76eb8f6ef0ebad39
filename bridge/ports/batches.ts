/**
 * Bulk requests (`POST /api/flo/batch`): a batch and its items, kept in the bridge's database. Each item
 * becomes an ordinary durable execution, but not at once: the items wait in a leased queue and a background
 * worker turns a bounded number of them at a time into executions — so 10,000 joiners never start together,
 * and a replica that dies mid-batch leaves its claimed items to another once their leases run out.
 *
 * Invariants the implementations keep:
 * - a batch idempotency key (scoped by caller, as execution keys are) belongs to one batch, claimed
 *   atomically with the batch and all its items in one transaction — a batch is queued whole or not at all;
 * - an item is claimed by one worker at a time (the lease claim of `adapters/store/lease.ts`).
 */
import type { FlowName, Ticket } from '../../shared/index.js'
import type { CallerRecord, ExecutionError } from './store.js'

/** Where an item is as stored: waiting or running (`pending`), or finished. */
export type BatchItemState = 'pending' | 'succeeded' | 'failed'

/** An item as the API shows it: `queued` until its execution exists, then `running`, then how it ended. */
export type BatchItemStatus = 'queued' | 'running' | 'succeeded' | 'failed'

/** What the API calls an item's state: a pending item is `running` once its execution exists. */
export function batchItemStatus(state: BatchItemState, started: boolean): BatchItemStatus {
  if (state !== 'pending') return state
  return started ? 'running' : 'queued'
}

/** One item of a new batch, validated (its input carries its ticket). */
export interface NewBatchItem {
  flow: FlowName
  input: unknown
  /** The item's key, unscoped: the execution service scopes it by caller and flow. */
  idempotencyKey: string
  requestHash: string
}

/** A batch to create. */
export interface NewBatch {
  id: string
  /** The caller-scoped batch key. */
  idempotencyKey: string
  requestHash: string
  caller: CallerRecord
  ticket: Ticket
  items: readonly NewBatchItem[]
  /** ISO-8601 UTC. */
  createdAt: string
}

/** A stored batch (without its items). */
export interface BatchRecord {
  id: string
  idempotencyKey: string
  requestHash: string
  caller: CallerRecord
  ticket: Ticket
  total: number
  createdAt: string
}

/** How many items are where. */
export interface BatchCounts {
  queued: number
  running: number
  succeeded: number
  failed: number
}

/** A stored item. */
export interface BatchItemRecord {
  /** `{batchId}:{index}`. */
  id: string
  batchId: string
  index: number
  flow: FlowName
  input: unknown
  idempotencyKey: string
  requestHash: string
  state: BatchItemState
  executionId: string | null
  problem: ExecutionError | null
  attempts: number
}

/** The outcome of creating a batch: created, or the batch that already holds the key. */
export type BatchBegin = { created: boolean; batch: BatchRecord }

/** The batch store. */
export interface BatchStore {
  /**
   * Creates the batch and queues every item in one transaction, claiming the batch key — or, when the key is
   * taken, answers the batch that holds it (whatever its request hash: the caller compares).
   */
  create(batch: NewBatch): Promise<BatchBegin>
  /** A batch by id. */
  get(id: string): Promise<BatchRecord | undefined>
  /** How many of a batch's items are queued, running, succeeded and failed. */
  counts(id: string): Promise<BatchCounts>
  /** A page of a batch's items, by index. */
  items(id: string, page: { offset: number; limit: number }): Promise<BatchItemRecord[]>
  /**
   * Claims up to `limit` pending items due at `now` for `claimant` until `leaseUntil` (oldest first, across
   * batches), counting each claim as an attempt.
   */
  claimDue(now: string, limit: number, claimant: string, leaseUntil: string): Promise<BatchItemRecord[]>
  /** Records the execution an item became, and extends its lease while the worker waits on it. */
  started(itemId: string, executionId: string, claimant: string, leaseUntil: string): Promise<void>
  /** Extends a claimed item's lease (answers false when the claim was lost to another worker). */
  extend(itemId: string, claimant: string, leaseUntil: string): Promise<boolean>
  /** Ends an item: its execution's outcome (the problem of a failed one). */
  finished(
    itemId: string,
    result: { state: 'succeeded' | 'failed'; executionId: string | null; problem?: ExecutionError },
    at: string,
  ): Promise<void>
  /** Gives a claimed item back, to be claimed again at `nextAttemptAt` (a submission that failed). */
  retryLater(itemId: string, error: string, nextAttemptAt: string): Promise<void>
  /** How many items wait or run, all batches together (a metric, and tests' "all done"). */
  pendingCount(): Promise<number>
}
