/**
 * Bulk requests as an operation, apart from HTTP: a batch is checked whole — every item against its flow's
 * own schema, keys unique — before anything is queued, then stored with all its items in one transaction
 * (`BatchStore.create`), and worked in the background by `jobs/batch-worker.ts`, each item an ordinary durable
 * execution (`ExecutionService`: policy, audit, the caller-scoped idempotency key).
 *
 * Keys:
 * - the batch's: the caller's `Idempotency-Key` (the HTTP layer reads it), else
 *   `{ticket.number}:batch:{request hash}` — so resending the same batch answers the same batch, and a
 *   different batch on the same ticket is a new one; scoped by caller like execution keys. The same key with
 *   another body is a conflict (422), as for invocations;
 * - an item's: its `idempotencyKey`, else `{ticket.number}:{flow}:{request hash of its input}`, scoped by the
 *   execution service by caller and flow exactly as an invocation's key — the same key there and here names
 *   the same execution.
 */
import { createHash } from 'node:crypto'
import type { z } from 'zod'
import { type BatchRequest, FLOWS, type FlowName, type Ticket } from '../../shared/index.js'
import {
  type BatchCounts,
  type BatchItemStatus,
  type BatchRecord,
  type BatchStore,
  batchItemStatus,
  type NewBatchItem,
} from '../ports/batches.js'
import type { ExecutionError } from '../ports/store.js'
import { canonicalJson } from './canonical-json.js'
import type { Caller } from './operation.js'

/** One item that failed its flow's schema (or repeats another's key): where, and the issues. */
export interface BatchItemIssues {
  index: number
  /** Zod issues with paths from the batch's root (`items[3].input.profile.email`). */
  issues: z.core.$ZodIssue[]
}

/** A validated batch, ready to store. */
export interface CheckedBatch {
  ticket: Ticket
  items: NewBatchItem[]
  /** SHA-256 of the canonical JSON of the ticket and the validated items. */
  requestHash: string
}

/** What became of a submitted batch. */
export type BatchSubmission =
  | { kind: 'created' | 'replayed'; batchId: string }
  | { kind: 'key-conflict'; batchId: string }

/** An item as the status shows it. */
export interface BatchItemView {
  index: number
  executionId: string | null
  status: BatchItemStatus
  problem?: ExecutionError
}

/** A page of a batch's status. */
export interface BatchView {
  batch: BatchRecord
  counts: BatchCounts
  offset: number
  limit: number
  nextOffset: number | null
  items: BatchItemView[]
}

/** What the service needs. */
export interface BatchServiceDeps {
  store: BatchStore
  newBatchId: () => string
  now: () => Date
  /** Told when a batch was queued (the worker starts at once rather than at its next poll). */
  onQueued?: () => void
}

/** SHA-256 (hex) of a value's canonical JSON: what request hashes are. */
export function requestHashOf(value: unknown): string {
  return createHash('sha256').update(canonicalJson(value)).digest('hex')
}

/**
 * Checks every item of a parsed batch against its flow's schema, with the ticket filled in (the input's own,
 * else the item's, else the batch's), and that no two items share an idempotency key. Answers the checked
 * batch, or every item that failed (none queued).
 */
export function checkBatch(batch: BatchRequest): CheckedBatch | { invalid: BatchItemIssues[] } {
  const invalid: BatchItemIssues[] = []
  const items: NewBatchItem[] = []
  const keys = new Map<string, number>()
  batch.items.forEach((item, index) => {
    const ticket = item.input.ticket ?? item.ticket ?? batch.ticket
    const schema = FLOWS[item.flow].input as z.ZodType
    const parsed = schema.safeParse({ ...item.input, ticket })
    if (!parsed.success) {
      invalid.push({
        index,
        issues: parsed.error.issues.map((issue) => ({
          ...issue,
          path: ['items', index, 'input', ...issue.path],
        })),
      })
      return
    }
    const input = parsed.data as { ticket: Ticket }
    const requestHash = requestHashOf(input)
    const idempotencyKey = item.idempotencyKey ?? `${input.ticket.number}:${item.flow}:${requestHash}`
    // Keys are scoped by flow: the same key on two flows names two executions.
    const scoped = JSON.stringify([item.flow, idempotencyKey])
    const first = keys.get(scoped)
    if (first !== undefined) {
      invalid.push({
        index,
        issues: [
          {
            code: 'custom',
            path: ['items', index, item.idempotencyKey === undefined ? 'input' : 'idempotencyKey'],
            message:
              item.idempotencyKey === undefined
                ? `repeats items[${first}] (same flow, ticket and input: it would be the same execution)`
                : `repeats the idempotency key of items[${first}]`,
            input: undefined,
          },
        ],
      })
      return
    }
    keys.set(scoped, index)
    items.push({ flow: item.flow, input, idempotencyKey, requestHash })
  })
  if (invalid.length > 0) return { invalid }
  return {
    ticket: batch.ticket,
    items,
    requestHash: requestHashOf({ ticket: batch.ticket, items }),
  }
}

/** The distinct flows of a batch, in order of first use: the permissions its caller needs. */
export function flowsOf(batch: BatchRequest): FlowName[] {
  return [...new Set(batch.items.map((item) => item.flow))]
}

/** Queues batches and reads their status. */
export class BatchService {
  constructor(private readonly deps: BatchServiceDeps) {}

  /**
   * Stores a checked batch under its key (the caller's, or the default), or finds the batch that holds the key:
   * the same one again (`replayed`), or a conflict when the body differs.
   */
  async submit(
    batch: CheckedBatch,
    caller: Caller,
    idempotencyKey: string | undefined,
  ): Promise<BatchSubmission> {
    const key = idempotencyKey ?? `${batch.ticket.number}:batch:${batch.requestHash}`
    const begun = await this.deps.store.create({
      id: this.deps.newBatchId(),
      idempotencyKey: JSON.stringify([caller.kind, caller.id, 'batch', key]),
      requestHash: batch.requestHash,
      caller: { kind: caller.kind, id: caller.id, ...(caller.manageGrants ? { manageGrants: true } : {}) },
      ticket: batch.ticket,
      items: batch.items,
      createdAt: this.deps.now().toISOString(),
    })
    if (!begun.created) {
      if (begun.batch.requestHash !== batch.requestHash)
        return { kind: 'key-conflict', batchId: begun.batch.id }
      return { kind: 'replayed', batchId: begun.batch.id }
    }
    this.deps.onQueued?.()
    return { kind: 'created', batchId: begun.batch.id }
  }

  /** A page of a batch (items by index from `offset`), or undefined when there is no such batch. */
  async view(batchId: string, page: { offset: number; limit: number }): Promise<BatchView | undefined> {
    const batch = await this.deps.store.get(batchId)
    if (batch === undefined) return undefined
    const [counts, items] = await Promise.all([
      this.deps.store.counts(batchId),
      this.deps.store.items(batchId, page),
    ])
    const end = page.offset + items.length
    return {
      batch,
      counts,
      offset: page.offset,
      limit: page.limit,
      nextOffset: end < batch.total && items.length > 0 ? end : null,
      items: items.map((item) => ({
        index: item.index,
        executionId: item.executionId,
        status: batchItemStatus(item.state, item.executionId !== null),
        ...(item.problem === null ? {} : { problem: item.problem }),
      })),
    }
  }
}
