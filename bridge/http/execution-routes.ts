/**
 * Durable invocations over HTTP: idempotency keys, synchronous answers within a deadline, `Prefer:
 * respond-async`, and the execution status resource — the way Okta Workflows shows a flow's execution
 * history, and the way ServiceNow's retrying REST steps need it.
 *
 * - `POST /api/flo/{flow}/invoke` (real runs): the `Idempotency-Key` header, or `{ticket.number}:{flow}`
 *   when absent, names the execution — scoped by caller and flow, so keys of different callers or flows never
 *   meet. The first request with a key runs it; a retry by the same caller with the same key and the same
 *   body gets the same execution (`Idempotent-Replayed: true`): its stored result when finished, otherwise a
 *   wait for it. The same key with another body is a 422 naming no execution. A request refused before any
 *   change (credentials, permission, validation, policy) claims no key. `Prefer: respond-async` answers 202
 *   at once; a synchronous call waits up to `BRIDGE_SYNC_DEADLINE_MS`, then answers the same 202.
 * - `GET /api/flo/executions/{id}`: status, steps, output or error, changes.
 *
 * The status URL is a relative reference (RFC 9110 allows it in `Location`): behind a proxy or a load
 * balancer, the bridge does not know the host name its callers use, and the caller resolves it against
 * the URL it called.
 */
import { createHash } from 'node:crypto'
import { type Request, type Response, Router } from 'express'
import type { FlowInput, FlowName, InvocationResult, Ticket } from '../../shared/index.js'
import { AUDIT_PERMISSION } from '../callers/permissions.js'
import { ERRORS } from '../errors.js'
import { canonicalJson } from '../flows/canonical-json.js'
import type { ExecutionView, Submission, SubmitRequest } from '../flows/execution-service.js'
import type { Caller } from '../flows/operation.js'
import type { Authenticator } from './auth.js'
import { HttpProblem, problemInstance, problemType, type RenderedProblem, sendProblem } from './problem.js'
import type { RequestLocals } from './request-locals.js'

/** What the HTTP layer needs of `ExecutionService` (a stub in unit tests). */
export interface ExecutionRunner {
  submit(request: SubmitRequest): Promise<Submission>
  wait(executionId: string, deadlineMs: number): Promise<ExecutionView | undefined>
  view(executionId: string): Promise<ExecutionView | undefined>
}

/**
 * A valid `Idempotency-Key`: 1–255 printable ASCII characters. Printable because the key is stored and read
 * by operators looking for a ServiceNow request; bounded so a key cannot bloat the store's unique index.
 */
export const IDEMPOTENCY_KEY_PATTERN = /^[\x20-\x7E]{1,255}$/

/** What an execution id looks like (the composition root makes `exe_<uuid>`): anything else is not looked up. */
const EXECUTION_ID_PATTERN = /^[A-Za-z0-9_-]{1,100}$/

/** The path of an execution's status resource, relative to the bridge's root. */
export function statusUrlOf(executionId: string): string {
  return `/api/flo/executions/${encodeURIComponent(executionId)}`
}

/**
 * Flows whose default key also holds the request hash. `onboarding-decision`: one incident gets exactly one
 * decision, and a *different* second decision must reach the flow to be refused as 409 `already-decided`
 * (the conflict is with the incident's state, which the flow owns) rather than stop at 422
 * `idempotency-key-reused` (a statement about the key, which the caller never chose). An identical retry
 * still hashes the same, so it replays the first execution.
 */
const KEYED_BY_REQUEST: ReadonlySet<FlowName> = new Set(['onboarding-decision'])

/**
 * The idempotency key of a request: its `Idempotency-Key` header, or `{ticket.number}:{flow}` — one
 * execution per ticket and flow, which is what a ServiceNow catalog item retrying a step means — with
 * `:{requestHash}` appended for the flows of {@link KEYED_BY_REQUEST}.
 * @throws {HttpProblem} 400 `invalid-input` for a malformed header.
 */
export function idempotencyKeyOf(
  req: Request,
  ticketNumber: string,
  flow: FlowName,
  requestHash?: string,
): string {
  const header = req.get('idempotency-key')
  if (header === undefined) {
    const base = `${ticketNumber}:${flow}`
    return KEYED_BY_REQUEST.has(flow) && requestHash !== undefined ? `${base}:${requestHash}` : base
  }
  if (!IDEMPOTENCY_KEY_PATTERN.test(header)) {
    throw new HttpProblem(
      'invalid-input',
      'The Idempotency-Key header must be 1–255 printable ASCII characters.',
      {
        errors: [{ path: 'Idempotency-Key (header)', message: 'must be 1–255 printable ASCII characters' }],
      },
    )
  }
  return header
}

/**
 * The request hash: SHA-256 of the canonical JSON of the *validated* input (defaults applied, logins
 * trimmed). Two bodies that mean the same request — key order, an explicit default — hash the same, so a
 * retry built slightly differently by a ServiceNow script is still recognised as the same request.
 */
export function requestHashOf(input: unknown): string {
  return createHash('sha256').update(canonicalJson(input)).digest('hex')
}

/** Whether the request carries `Prefer: respond-async` (RFC 7240; several preferences may share the header). */
export function prefersAsync(req: Request): boolean {
  const header = req.headers.prefer
  const values = Array.isArray(header) ? header : header === undefined ? [] : [header]
  return values.some((value) =>
    value.split(',').some((preference) => preference.split(';')[0]!.trim().toLowerCase() === 'respond-async'),
  )
}

/** What {@link invokeDurably} needs. */
export interface DurableInvocation {
  executions: ExecutionRunner
  syncDeadlineMs: number
  flow: FlowName
  input: FlowInput<FlowName>
  caller: Caller
}

/**
 * Submits a real invocation and answers it: the result (200 or the stored problem), 202 with the status URL,
 * or 422 when the key belongs to another request. The execution id goes into the request's log line.
 */
export async function invokeDurably(req: Request, res: Response, call: DurableInvocation): Promise<void> {
  const locals = res.locals as RequestLocals
  const ticket = (call.input as { ticket: Ticket }).ticket
  const requestHash = requestHashOf(call.input)
  const submission = await call.executions.submit({
    flow: call.flow,
    input: call.input,
    caller: call.caller,
    idempotencyKey: idempotencyKeyOf(req, ticket.number, call.flow, requestHash),
    requestHash,
    ticket,
  })
  locals.executionId = submission.kind === 'finished' ? submission.view.executionId : submission.executionId
  if (submission.kind === 'key-conflict') {
    // No execution id: the answer says only that this caller used the key for another request of this flow.
    locals.executionId = undefined
    throw new HttpProblem(
      'idempotency-key-reused',
      'This Idempotency-Key was already used by these credentials for a different request to this flow; send a new key (or the original request).',
    )
  }
  if (submission.replayed) res.setHeader('idempotent-replayed', 'true')
  if (submission.kind === 'finished') {
    sendView(res, submission.view)
    return
  }
  const { executionId } = submission
  if (prefersAsync(req)) {
    accepted(res, executionId, true)
    return
  }
  const view = await call.executions.wait(executionId, call.syncDeadlineMs)
  if (view === undefined || view.status === 'running') accepted(res, executionId, false)
  else sendView(res, view)
}

/** 202 with where to look: the execution goes on without the caller. */
function accepted(res: Response, executionId: string, preferenceApplied: boolean): void {
  const statusUrl = statusUrlOf(executionId)
  res.setHeader('location', statusUrl)
  if (preferenceApplied) res.setHeader('preference-applied', 'respond-async')
  res.status(202).json({ executionId, statusUrl })
}

/** A finished execution as the invocation's answer: the result, or the problem it failed with. */
function sendView(res: Response, view: ExecutionView): void {
  if (view.status === 'succeeded') {
    const result: InvocationResult = {
      executionId: view.executionId,
      flow: view.flow,
      status: 'succeeded',
      output: view.output,
      changes: view.changes,
    }
    res.status(200).json(result)
    return
  }
  sendProblem(res, storedProblem(view, (res.locals as RequestLocals).requestId))
}

/**
 * The problem a failed execution ended with, as it was first answered, plus the execution id and the changes
 * made (the ones a failed plan did make, so the caller knows what to undo or retry). A stored
 * `retryAfterSeconds` becomes `Retry-After`, counted from the execution's end: a replay an hour later must not
 * ask the caller to wait the full original delay again.
 */
export function storedProblem(view: ExecutionView, requestId?: string): RenderedProblem {
  const error = view.error ?? {
    code: 'internal',
    ...ERRORS.internal,
    detail: 'The execution failed unexpectedly.',
  }
  const { retryAfterSeconds, ...extensions } = error.extensions ?? {}
  const headers: Record<string, string> = {}
  if (typeof retryAfterSeconds === 'number') {
    const end = view.finishedAt === null ? Date.now() : Date.parse(view.finishedAt)
    const remainingMs = end + retryAfterSeconds * 1000 - Date.now()
    headers['retry-after'] = String(Math.max(1, Math.ceil(remainingMs / 1000)))
  }
  return {
    status: error.status,
    headers,
    body: {
      ...extensions,
      type: problemType(error.code),
      title: error.title,
      status: error.status,
      detail: error.detail,
      code: error.code,
      ...(requestId === undefined ? {} : { instance: problemInstance(requestId) }),
      executionId: view.executionId,
      changes: view.changes,
    },
    unexpected: false,
  }
}

/** What the executions router needs. */
export interface ExecutionsRouterDeps {
  executions: ExecutionRunner
  authenticate: Authenticator
}

/**
 * `GET /api/flo/executions/{id}`. Who may read an execution: the caller that made it (ServiceNow polling the
 * run it started, with the same credentials) or a caller allowed to read the audit. Not any authenticated
 * caller, nor any caller of the same flow: the view holds the ticket and the flow's output (logins, user
 * ids). Anyone else gets the same 404 as for an id that does not exist.
 */
export function executionsRouter(deps: ExecutionsRouterDeps): Router {
  const router = Router()
  router.get('/api/flo/executions/:id', async (req, res) => {
    const locals = res.locals as RequestLocals
    // Credentials first: an unauthenticated caller learns nothing, not even whether the id exists.
    locals.caller = await deps.authenticate(req, undefined)
    const id = req.params.id ?? ''
    const view = EXECUTION_ID_PATTERN.test(id) ? await deps.executions.view(id) : undefined
    if (view === undefined)
      throw new HttpProblem('execution-not-found', 'There is no execution with this id.')
    const own = view.caller.kind === locals.caller.kind && view.caller.id === locals.caller.id
    const auditor =
      own ||
      (await deps.authenticate(req, AUDIT_PERMISSION).then(
        () => true,
        () => false,
      ))
    // Someone else's execution is "not found", not "forbidden": a 403 would confirm that the id exists.
    if (!auditor) throw new HttpProblem('execution-not-found', 'There is no execution with this id.')
    locals.flow = view.flow
    locals.ticket = view.ticket.number
    locals.executionId = view.executionId
    // A poller's hint: look again in a second, as long as it runs.
    if (view.status === 'running') res.setHeader('retry-after', '1')
    res.status(200).json(view)
  })
  return router
}
