/**
 * Bulk requests: `POST /api/flo/batch` queues up to {@link MAX_BATCH_ITEMS} flow invocations at once (an import
 * set, a CSV of new hires), each an ordinary durable execution; `GET /api/flo/batches/{id}` shows how far they
 * are. Each item's `input` is checked against its flow's own schema (`FLOWS[flow].input`) by the bridge, with
 * the ticket filled in from the item or the batch.
 */
import { z } from 'zod'
import { Problem } from './envelope.js'
import { FLOWS, type FlowName } from './flows.js'
import { Ticket } from './primitives.js'

/** The most items one batch may hold. */
export const MAX_BATCH_ITEMS = 10_000

/** The flow names as a zod enum (the registry's keys). */
const BatchFlowName = z.enum(Object.keys(FLOWS) as [FlowName, ...FlowName[]])

/** An idempotency key: 1–255 printable ASCII characters, as the `Idempotency-Key` header of the flow routes. */
const ItemIdempotencyKey = z
  .string()
  .regex(/^[\x20-\x7E]{1,255}$/, { message: 'must be 1–255 printable ASCII characters' })

/** One item: a flow and its input, optionally its own ticket and idempotency key. */
export const BatchItem = z
  .object({
    flow: BatchFlowName.describe('The flow to invoke.'),
    input: z
      .record(z.string(), z.unknown())
      .describe(
        'The flow’s input, as `POST /api/flo/{flow}/invoke` takes it; `ticket` may be left out (the item’s, else the batch’s, is used).',
      ),
    ticket: Ticket.optional().describe('The item’s own ticket; default the batch’s.'),
    idempotencyKey: ItemIdempotencyKey.optional().describe(
      'Names the item’s execution, scoped to the caller and flow as the `Idempotency-Key` header of an invocation is (the same key there and here is the same execution). Default `{ticket.number}:{flow}:{sha256 of the validated input}`: the same request on the same ticket is done once.',
    ),
  })
  .strict()

/** A batch: the ticket it is done for and its items. */
export const BatchRequest = z
  .object({
    ticket: Ticket,
    items: z.array(BatchItem).min(1).max(MAX_BATCH_ITEMS),
  })
  .strict()

/** The answer to a queued batch (202). */
export const BatchAccepted = z
  .object({
    batchId: z.string(),
    statusUrl: z
      .string()
      .describe('Where to follow it: `GET /api/flo/batches/{id}` (relative to the bridge).'),
  })
  .strict()

/** Where an item is: waiting for a worker, its execution running, or finished. */
export const BatchItemStatus = z.enum(['queued', 'running', 'succeeded', 'failed'])

/** A page of a batch's status. */
export const BatchStatus = z
  .object({
    batchId: z.string(),
    total: z.number().int(),
    counts: z
      .object({
        queued: z.number().int(),
        running: z.number().int(),
        succeeded: z.number().int(),
        failed: z.number().int(),
      })
      .strict(),
    offset: z.number().int().describe('The index of the page’s first item.'),
    limit: z.number().int(),
    nextOffset: z.number().int().nullable().describe('The `offset` of the next page, null after the last.'),
    items: z.array(
      z
        .object({
          index: z.number().int(),
          executionId: z.string().nullable(),
          status: BatchItemStatus,
          problem: Problem.optional().describe('How a failed item failed (RFC 9457 members).'),
        })
        .strict(),
    ),
  })
  .strict()

export type BatchItem = z.output<typeof BatchItem>
export type BatchRequest = z.output<typeof BatchRequest>
export type BatchAccepted = z.output<typeof BatchAccepted>
export type BatchItemStatus = z.output<typeof BatchItemStatus>
export type BatchStatus = z.output<typeof BatchStatus>
