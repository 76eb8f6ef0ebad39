/**
 * The golden-thread audit over HTTP: from a ServiceNow ticket (or an Okta user) to every execution, every Okta
 * change it made, and — on request — Okta's own System Log record of each change.
 *
 * - `GET /api/audit?ticket=RITM…` or `?oktaUserId=00u…` (exactly one), `&withOktaLog=true` to join each
 *   change to the System Log event carrying its request id as `transaction.id` (`oktaLogEvent`, `null` when
 *   Okta has none);
 * - `GET /api/audit/verify`: recomputes the hash chain. Always 200 with the verdict (`ok: false`,
 *   `brokenAt`, `reason` for a broken chain): the verification itself succeeded, and a monitor reads `ok`
 *   (`npm run audit:verify` is the variant that fails with an exit code);
 * - `GET /api/audit/orphans?since=…`: System Log events the bridge's own service app performed that the audit
 *   does not hold — a change made with the bridge's key but not through the bridge.
 *
 * All of them need the `audit` permission (`auth.ts`): a client token listing `audit` (or unrestricted), or
 * an OAuth token with the scope `jml.audit`.
 */
import { Router } from 'express'
import { OktaId, type Operation, Ticket } from '../../shared/index.js'
import { AUDIT_PERMISSION } from '../callers/permissions.js'
import type { Clock } from '../clock.js'
import { FlowError, toFlowError } from '../flows/errors.js'
import { verifyAuditChain } from '../jobs/audit-anchorer.js'
import type { AuditAnchor, AuditTrail } from '../ports/audit-trail.js'
import type { OktaLogEvent, OktaLogPort } from '../ports/okta.js'
import { type AuditEntry, type ExecutionStore, isOktaOperation } from '../ports/store.js'
import type { Authenticator } from './auth.js'
import { type FieldError, HttpProblem } from './problem.js'
import type { RequestLocals } from './request-locals.js'
import { CLOCK_MARGIN_MS, namesTargets, OKTA_EVENT_TYPES } from './system-log-match.js'

/** What the audit router needs. */
export interface AuditDeps {
  store: Pick<ExecutionStore, 'audit' | 'auditedRequestIds' | 'verifyAudit' | 'get' | 'executionsForTicket'>
  /** The chain's verification against its anchors, and the request ids found after a change was recorded. */
  trail: Pick<AuditTrail, 'verify' | 'lateJoins'>
  /** Reads the anchors back from outside the database (ServiceNow); absent when nothing anchors the chain. */
  anchors?: (() => Promise<AuditAnchor[]>) | undefined
  oktaLog: OktaLogPort
  /** The bridge's service app client id: the `actor.id` of the System Log events it causes. */
  clientId: string
  /** Millisecond clock. */
  now?: () => number
}

/**
 * Events the bridge's client causes that change nothing in the org: its own token grants, rate-limit notices,
 * sign-on policy evaluations. The orphan report leaves them out; what remains is a change.
 */
const NOT_A_CHANGE =
  /^(app\.oauth2\.|system\.operation\.rate_limit\.|policy\.evaluate_sign_on|user\.authentication\.)/

/** A change in the audit answer. */
export interface AuditedChange {
  /** The entry's position in the hash chain (what `verify` names when it is broken). */
  seq: number
  operation: AuditEntry['operation']
  target: AuditEntry['target']
  /** The change's request id: recorded with it, or found in the System Log later (`joinedAt`). */
  oktaRequestId: string | null
  /**
   * `joined`: the change is tied to its System Log event by its request id; `unjoined`: the id is not known yet
   * (Okta's answer was lost and its log had nothing yet) and the bridge keeps looking it up in the background.
   * Absent for access a reconciliation baseline accepted (no Okta change).
   */
  join?: 'joined' | 'unjoined'
  /** When the request id was found after the change was recorded. */
  joinedAt?: string
  outcome: AuditEntry['outcome']
  at: string
  /** With `withOktaLog=true`: Okta's record of the change, `null` when Okta has none. */
  oktaLogEvent?: OktaLogEvent | null
}

/** An execution in the audit answer. */
export interface AuditedExecution {
  executionId: string
  flow: AuditEntry['flow']
  /** The execution's status now (`running` while it is still going). */
  status: string
  ticketNumber: string
  ticketSysId: string | null
  requestedBy: string
  approvedBy: string | null
  /** The bridge's caller, `client-token:<name>` or `oauth:<client id>`. */
  caller: string
  changes: AuditedChange[]
}

/** The audit routes. */
export function auditRouter(deps: AuditDeps & { authenticate: Authenticator }): Router {
  const router = Router()
  const now = deps.now ?? Date.now
  // The same clock, in the shape `toFlowError` reads (a rate limit's Retry-After counts from it).
  const clock: Clock = { now: () => new Date(now()) }

  router.get('/api/audit', async (req, res) => {
    ;(res.locals as RequestLocals).caller = await deps.authenticate(req, AUDIT_PERMISSION)
    const query = req.query as Record<string, unknown>
    const errors: FieldError[] = []
    const ticket = single(query, 'ticket', errors)
    const oktaUserId = single(query, 'oktaUserId', errors)
    const withOktaLog = single(query, 'withOktaLog', errors)
    if (ticket !== undefined && !Ticket.shape.number.safeParse(ticket).success)
      errors.push({ path: '?ticket', message: 'must be a ServiceNow record number such as RITM0010001' })
    if (oktaUserId !== undefined && !OktaId.safeParse(oktaUserId).success)
      errors.push({ path: '?oktaUserId', message: 'must be an Okta user id (20 letters and digits)' })
    if ((ticket === undefined) === (oktaUserId === undefined))
      errors.push({ path: '?ticket', message: 'give exactly one of ticket and oktaUserId' })
    if (withOktaLog !== undefined && withOktaLog !== 'true' && withOktaLog !== 'false')
      errors.push({ path: '?withOktaLog', message: 'must be true or false' })
    if (errors.length > 0) throw new HttpProblem('invalid-input', 'The audit query is not valid.', { errors })
    if (ticket !== undefined) (res.locals as RequestLocals).ticket = ticket

    const executions = await goldenThread(
      deps,
      ticket !== undefined ? { ticket } : { oktaUserId: oktaUserId! },
      withOktaLog === 'true',
      clock,
    )
    res.status(200).json({ ...(ticket !== undefined ? { ticket } : { oktaUserId }), executions })
  })

  router.get('/api/audit/verify', async (req, res) => {
    ;(res.locals as RequestLocals).caller = await deps.authenticate(req, AUDIT_PERMISSION)
    // Anchors that cannot be read are an outage, never an "intact": the check was not made.
    const anchors =
      deps.anchors &&
      (() =>
        deps.anchors!().catch(() => {
          throw new FlowError(
            'servicenow-unavailable',
            'The audit anchors could not be read from ServiceNow, so the chain could not be checked against them; retry later.',
          )
        }))
    res.status(200).json(await verifyAuditChain(deps.trail, anchors))
  })

  router.get('/api/audit/orphans', async (req, res) => {
    ;(res.locals as RequestLocals).caller = await deps.authenticate(req, AUDIT_PERMISSION)
    const errors: FieldError[] = []
    const since = single(req.query as Record<string, unknown>, 'since', errors)
    const until = new Date(now())
    let from: Date | undefined
    if (since === undefined) {
      if (errors.length === 0) errors.push({ path: '?since', message: 'is required (an ISO 8601 date-time)' })
    } else if (!ISO_DATE_TIME.test(since) || Number.isNaN(Date.parse(since))) {
      errors.push({ path: '?since', message: 'must be an ISO 8601 date-time such as 2025-01-31T00:00:00Z' })
    } else {
      from = new Date(since)
      if (from > until) errors.push({ path: '?since', message: 'must not be in the future' })
    }
    if (errors.length > 0 || from === undefined)
      throw new HttpProblem('invalid-input', 'The orphan query is not valid.', { errors })

    const events = await deps.oktaLog
      .eventsByActor(deps.clientId, from.toISOString(), until.toISOString())
      .catch((error: unknown) => {
        throw toFlowError(error, clock)
      })
    // Read after the events, so a change the bridge recorded while Okta was being read is not an orphan.
    const audited = await deps.store.auditedRequestIds(
      new Date(from.getTime() - CLOCK_MARGIN_MS).toISOString(),
    )
    const orphans = events.filter(
      (event) =>
        !NOT_A_CHANGE.test(event.eventType) &&
        // A failed attempt changed nothing; the audit holds changes.
        (event.outcome === undefined || event.outcome.result === 'SUCCESS') &&
        !(event.transaction?.id !== undefined && audited.has(event.transaction.id)),
    )
    res.status(200).json({
      since: from.toISOString(),
      until: until.toISOString(),
      clientId: deps.clientId,
      checked: events.length,
      orphans,
    })
  })

  return router
}

/**
 * The golden thread of a ticket (or an Okta user): its executions with every change, each change's status in the
 * join to the System Log and, with `withOktaLog`, Okta's own event for it. For a ticket the executions that changed
 * nothing are listed too: "nothing happened" is an answer. Shared by `GET /api/audit` and the operator console, so
 * both read the same thing the same way.
 */
export async function goldenThread(
  deps: Pick<AuditDeps, 'store' | 'trail' | 'oktaLog'>,
  query: { ticket: string } | { oktaUserId: string },
  withOktaLog: boolean,
  /** The clock a rate-limited System Log read's Retry-After counts from. */
  clock: Clock,
): Promise<AuditedExecution[]> {
  const ticket = 'ticket' in query ? query.ticket : undefined
  const entries = await deps.store.audit(query)
  const executions = await group(entries, deps.store, deps.trail)
  if (ticket !== undefined) {
    const listed = new Set(executions.map((execution) => execution.executionId))
    for (const record of await deps.store.executionsForTicket(ticket)) {
      if (listed.has(record.id)) continue
      executions.push({
        executionId: record.id,
        flow: record.flow,
        status: record.status,
        ticketNumber: record.ticket.number,
        ticketSysId: record.ticket.sysId ?? null,
        requestedBy: record.ticket.requestedBy,
        approvedBy: record.ticket.approvedBy ?? null,
        caller: record.caller.id,
        changes: [],
      })
    }
  }
  if (withOktaLog) await joinOktaLog(executions, entries, deps.oktaLog, clock)
  return executions
}

/** ISO 8601 date-time with a time zone (a date without one means a different instant on every server). */
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/

/** A query parameter given at most once, as a string; a repeated one is a field error. */
function single(query: Record<string, unknown>, name: string, errors: FieldError[]): string | undefined {
  const value = query[name]
  if (value === undefined) return undefined
  if (typeof value !== 'string') {
    errors.push({ path: `?${name}`, message: 'must be given once' })
    return undefined
  }
  return value
}

/**
 * The entries grouped by execution, in the order of their first change, with each execution's status and the
 * request ids found after a change was recorded.
 */
async function group(
  entries: readonly AuditEntry[],
  store: AuditDeps['store'],
  trail: AuditDeps['trail'],
): Promise<AuditedExecution[]> {
  const late = await trail.lateJoins(
    entries.flatMap((entry) => (entry.oktaRequestId === null ? [entry.seq] : [])),
  )
  const byId = new Map<string, AuditedExecution>()
  for (const entry of entries) {
    let execution = byId.get(entry.executionId)
    if (execution === undefined) {
      execution = {
        executionId: entry.executionId,
        flow: entry.flow,
        status: 'unknown',
        ticketNumber: entry.ticketNumber,
        ticketSysId: entry.ticketSysId,
        requestedBy: entry.requestedBy,
        approvedBy: entry.approvedBy,
        caller: entry.caller,
        changes: [],
      }
      byId.set(entry.executionId, execution)
    }
    const joined = late.get(entry.seq)
    const change: AuditedChange = {
      seq: entry.seq,
      operation: entry.operation,
      target: entry.target,
      oktaRequestId: entry.oktaRequestId ?? joined?.oktaRequestId ?? null,
      outcome: entry.outcome,
      at: entry.at,
    }
    if (isOktaOperation(entry.operation)) {
      change.join = change.oktaRequestId === null ? 'unjoined' : 'joined'
      if (joined) change.joinedAt = joined.joinedAt
    }
    execution.changes.push(change)
  }
  for (const execution of byId.values()) {
    execution.status = (await store.get(execution.executionId))?.status ?? 'unknown'
  }
  return [...byId.values()]
}

/**
 * Attaches to each change the System Log event with its request id as `transaction.id`, of the type its
 * operation produces, naming its targets. One query per batch of request ids, from a little before the
 * earliest change: the System Log is searched by time first.
 */
async function joinOktaLog(
  executions: AuditedExecution[],
  entries: readonly AuditEntry[],
  oktaLog: OktaLogPort,
  clock: Clock,
): Promise<void> {
  const ids = executions.flatMap((execution) =>
    execution.changes.flatMap((change) => (change.oktaRequestId === null ? [] : [change.oktaRequestId])),
  )
  const earliest = Math.min(...entries.map((entry) => Date.parse(entry.at)))
  const events =
    ids.length === 0
      ? []
      : await oktaLog
          .eventsForRequests(ids, new Date(earliest - CLOCK_MARGIN_MS).toISOString())
          .catch((error: unknown) => {
            throw toFlowError(error, clock)
          })
  const byTransaction = new Map<string, OktaLogEvent[]>()
  for (const event of events) {
    const id = event.transaction?.id
    if (id !== undefined) byTransaction.set(id, [...(byTransaction.get(id) ?? []), event])
  }
  for (const execution of executions) {
    for (const change of execution.changes) {
      const candidates = change.oktaRequestId === null ? [] : (byTransaction.get(change.oktaRequestId) ?? [])
      change.oktaLogEvent =
        candidates.find(
          (event) =>
            (OKTA_EVENT_TYPES[change.operation as Operation] ?? []).includes(event.eventType) &&
            namesTargets(event, change.target),
        ) ?? null
    }
  }
}
