/**
 * Bulk requests over HTTP (the operation is `flows/batches.ts`, the worker `jobs/batch-worker.ts`):
 *
 * - `POST /api/flo/batch` — authenticate, parse (a body limit of its own, {@link MAX_BATCH_BODY_BYTES}, big
 *   enough for 10,000 joiners; every other route keeps 100 KB), check the envelope, then that the caller may
 *   invoke every flow in the batch (403 `forbidden-flow` naming those it may not), then every item against its
 *   flow's schema (400 `invalid-input` naming each bad item's index and field) — nothing is queued unless all
 *   of it passes. Answers 202 `{ batchId, statusUrl }` with `Location`. A batch-level `Idempotency-Key` header
 *   (as the flow routes take) names the batch: a retry with the same key and body answers the same batch
 *   (`Idempotent-Replayed: true`), another body under it is 422 `idempotency-key-reused`. Without the header,
 *   the same body on the same ticket is the same batch.
 * - `GET /api/flo/batches/{id}?offset=&limit=` — counts and a page of items by index (offset paging: items
 *   never move, so an offset is stable; default limit 100, at most 1,000). Only the caller that made the batch
 *   may read it: anyone else gets the same 404 as for an id that does not exist.
 */
import express, { type Router } from 'express'
import { BatchRequest, type FlowName } from '../../shared/index.js'
import { GRANTS_MANAGE_PERMISSION } from '../callers/permissions.js'
import { type BatchService, type BatchView, checkBatch, flowsOf } from '../flows/batches.js'
import type { Authenticator } from './auth.js'
import { IDEMPOTENCY_KEY_PATTERN } from './execution-routes.js'
import {
  type FieldError,
  fieldErrors,
  HttpProblem,
  invalidInput,
  problemType,
  refuseWhileShuttingDown,
} from './problem.js'
import type { RequestLocals } from './request-locals.js'

/**
 * The largest batch body accepted: 16 MB. A joiner with a ticket, a full profile and a few groups and apps is
 * under 1 KB of JSON, so 10,000 of them fit with room; the limit still bounds what one request can make the
 * bridge parse and hold.
 */
export const MAX_BATCH_BODY_BYTES = 16 * 1024 * 1024

/** Items shown per page by default, and at most. */
export const DEFAULT_PAGE_LIMIT = 100
export const MAX_PAGE_LIMIT = 1_000

/** At most this many field errors are listed in a 400 (a batch of 10,000 bad rows would be a huge answer). */
const MAX_LISTED_ERRORS = 100

/** What a batch id looks like (`bat_<uuid>`): anything else is not looked up. */
const BATCH_ID_PATTERN = /^[A-Za-z0-9_-]{1,100}$/

/** The flows that end or extend an existing grant: they need to know whether the caller holds `grants.manage`. */
const GRANT_MANAGING_FLOWS: ReadonlySet<FlowName> = new Set(['revoke-access', 'extend-access'])

/** The path of a batch's status resource, relative to the bridge's root. */
export function batchStatusUrlOf(batchId: string): string {
  return `/api/flo/batches/${encodeURIComponent(batchId)}`
}

/** What the batch routes need. */
export interface BatchRouteDeps {
  batches: BatchService
  authenticate: Authenticator
  /** Whether shutdown has begun: new batches are refused with 503 `shutting-down` and `Retry-After`. */
  shuttingDown?: (() => boolean) | undefined
}

/** The batch routes. */
export function batchRouter(deps: BatchRouteDeps): Router {
  const router = express.Router()
  // Strict JSON, no inflation (see flow-routes.ts): only the limit differs.
  const parseJson = express.json({
    limit: MAX_BATCH_BODY_BYTES,
    strict: true,
    inflate: false,
    type: () => true,
  })

  router.post('/api/flo/batch', async (req, res) => {
    const locals = res.locals as RequestLocals
    refuseWhileShuttingDown(deps.shuttingDown)
    // Credentials first: an unauthenticated caller learns nothing about its body's validity.
    locals.caller = await deps.authenticate(req, undefined)
    const contentType = req.get('content-type')
    if (contentType === undefined || contentType.split(';')[0]!.trim().toLowerCase() !== 'application/json') {
      throw new HttpProblem('unsupported-media-type', 'Send the batch as Content-Type: application/json.')
    }
    const header = req.get('idempotency-key')
    if (header !== undefined && !IDEMPOTENCY_KEY_PATTERN.test(header)) {
      throw new HttpProblem(
        'invalid-input',
        'The Idempotency-Key header must be 1–255 printable ASCII characters.',
        {
          errors: [{ path: 'Idempotency-Key (header)', message: 'must be 1–255 printable ASCII characters' }],
        },
      )
    }
    await new Promise<void>((resolve, reject) =>
      parseJson(req, res, (error?: unknown) => (error ? reject(error) : resolve())),
    )
    if (req.body === undefined) {
      throw new HttpProblem('invalid-input', 'The request body is empty: send the batch as a JSON object.', {
        errors: [{ path: '(root)', message: 'is required' }],
      })
    }
    const envelope = BatchRequest.safeParse(req.body)
    if (!envelope.success) throw capped(invalidInput(envelope.error, 'The batch does not match its schema.'))
    locals.ticket = envelope.data.ticket.number

    // Permission is the union of the items' flows': the caller must be allowed every one of them.
    const flows = flowsOf(envelope.data)
    const forbidden: FlowName[] = []
    for (const flow of flows) {
      const refusal = await deps.authenticate(req, flow).then(
        () => undefined,
        (error: unknown) => error,
      )
      if (refusal === undefined) continue
      if (refusal instanceof HttpProblem && refusal.code === 'forbidden-flow') forbidden.push(flow)
      else throw refusal
    }
    if (forbidden.length > 0) {
      throw new HttpProblem(
        'forbidden-flow',
        `These credentials may not invoke ${forbidden.join(', ')}, used by items of this batch.`,
        { flows: forbidden },
      )
    }
    if (flows.some((flow) => GRANT_MANAGING_FLOWS.has(flow))) {
      const manages = await deps.authenticate(req, GRANTS_MANAGE_PERMISSION).then(
        () => true,
        () => false,
      )
      if (manages) locals.caller = { ...locals.caller, manageGrants: true }
    }

    const checked = checkBatch(envelope.data)
    if ('invalid' in checked) {
      const errors: FieldError[] = checked.invalid.flatMap((item) => fieldErrors(item.issues))
      const first = checked.invalid[0]!.index
      throw capped(
        new HttpProblem(
          'invalid-input',
          `${checked.invalid.length} of ${envelope.data.items.length} items are not valid (the first is items[${first}]); nothing was queued.`,
          {
            errors,
            index: first,
            indexes: checked.invalid.map((item) => item.index).slice(0, MAX_LISTED_ERRORS),
          },
        ),
      )
    }

    const submission = await deps.batches.submit(checked, locals.caller, header)
    if (submission.kind === 'key-conflict') {
      throw new HttpProblem(
        'idempotency-key-reused',
        'This Idempotency-Key was already used by these credentials for a different batch; send a new key (or the original batch).',
      )
    }
    if (submission.kind === 'replayed') res.setHeader('idempotent-replayed', 'true')
    const statusUrl = batchStatusUrlOf(submission.batchId)
    res.setHeader('location', statusUrl)
    res.status(202).json({ batchId: submission.batchId, statusUrl })
  })

  router.all('/api/flo/batch', (_req, res) => {
    res.setHeader('allow', 'POST')
    throw new HttpProblem('method-not-allowed', 'Batches are submitted with POST.')
  })

  router.get('/api/flo/batches/:id', async (req, res) => {
    const locals = res.locals as RequestLocals
    locals.caller = await deps.authenticate(req, undefined)
    const page = pageOf(req.query)
    const id = req.params.id ?? ''
    const view = BATCH_ID_PATTERN.test(id) ? await deps.batches.view(id, page) : undefined
    // Someone else's batch is "not found", not "forbidden": a 403 would confirm that the id exists.
    const own =
      view !== undefined &&
      view.batch.caller.kind === locals.caller.kind &&
      view.batch.caller.id === locals.caller.id
    if (!own) throw new HttpProblem('batch-not-found', 'There is no batch with this id.')
    locals.ticket = view.batch.ticket.number
    const { counts } = view
    // A poller's hint: look again in a second, as long as anything is left.
    if (counts.queued + counts.running > 0) res.setHeader('retry-after', '1')
    res.status(200).json(render(view))
  })

  return router
}

/** A batch's status page as the API answers it. */
function render(view: BatchView) {
  return {
    batchId: view.batch.id,
    total: view.batch.total,
    counts: view.counts,
    offset: view.offset,
    limit: view.limit,
    nextOffset: view.nextOffset,
    items: view.items.map((item) => ({
      index: item.index,
      executionId: item.executionId,
      status: item.status,
      ...(item.problem === undefined
        ? {}
        : {
            problem: {
              ...(item.problem.extensions ?? {}),
              type: problemType(item.problem.code),
              title: item.problem.title,
              status: item.problem.status,
              detail: item.problem.detail,
              code: item.problem.code,
            },
          }),
    })),
  }
}

/** `?offset&limit`: non-negative integers, limit 1..{@link MAX_PAGE_LIMIT}. */
function pageOf(query: Record<string, unknown>): { offset: number; limit: number } {
  const errors: FieldError[] = []
  const read = (name: string, fallback: number, min: number, max: number): number => {
    const value = query[name]
    if (value === undefined) return fallback
    if (typeof value !== 'string' || !/^\d{1,9}$/.test(value) || Number(value) < min || Number(value) > max) {
      errors.push({ path: `?${name}`, message: `must be an integer from ${min} to ${max}` })
      return fallback
    }
    return Number(value)
  }
  const offset = read('offset', 0, 0, 999_999_999)
  const limit = read('limit', DEFAULT_PAGE_LIMIT, 1, MAX_PAGE_LIMIT)
  if (errors.length > 0)
    throw new HttpProblem('invalid-input', 'The paging parameters are not valid.', { errors })
  return { offset, limit }
}

/** The problem with its field errors cut to {@link MAX_LISTED_ERRORS} (saying how many there were). */
function capped(problem: HttpProblem): HttpProblem {
  const errors = problem.extensions.errors as FieldError[] | undefined
  if (errors === undefined || errors.length <= MAX_LISTED_ERRORS) return problem
  return new HttpProblem(problem.code, problem.message, {
    ...problem.extensions,
    errors: errors.slice(0, MAX_LISTED_ERRORS),
    errorCount: errors.length,
  })
}
