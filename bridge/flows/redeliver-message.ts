/**
 * outbox-redeliver — an operator puts a parked outbox message (one ServiceNow refused for good) back in the queue
 * from the console. It changes nothing in Okta, so it is not an engine flow with a plan of Okta steps; but it is a
 * state change an operator makes under a ticket, so — like a reconciliation baseline (`reconcile-baseline`) — it
 * is recorded as an execution of its own pseudo-flow with its entry in the audit chain: who (the console user as
 * caller, their email or subject as requester), which ticket, and which message (the execution's input).
 *
 * The requeue, the execution and the audit entry are one transaction of the store (`ConsoleReads.redeliver`), so
 * a message is never requeued without its record, nor recorded without being requeued; a second redelivery of a
 * message no longer parked records nothing.
 */
import type { Ticket } from '../../shared/index.js'
import type { Clock } from '../clock.js'
import type { ConsoleReads } from '../ports/console-reads.js'
import type { Caller } from './operation.js'

/** What a redelivery needs: the store's transaction, execution ids, the clock. */
export interface RedeliverDeps {
  outbox: Pick<ConsoleReads, 'redeliver'>
  newExecutionId: () => string
  clock: Clock
}

/** The operator's request. */
export interface RedeliverRequest {
  /** The parked message's outbox key. */
  key: string
  /** The operator's ticket (number, and the operator as `requestedBy`). */
  ticket: Ticket
  /** The console user the redelivery runs as. */
  caller: Caller
}

/** What became of it: the recording execution, or nothing done because the message is not parked. */
export type RedeliverOutcome = { kind: 'requeued'; executionId: string } | { kind: 'not-parked' }

/** Requeues a parked message and records the redelivery as an audited execution. */
export async function redeliverParkedMessage(
  deps: RedeliverDeps,
  request: RedeliverRequest,
): Promise<RedeliverOutcome> {
  if (request.key === '') return { kind: 'not-parked' }
  const executionId = deps.newExecutionId()
  const requeued = await deps.outbox.redeliver({
    key: request.key,
    executionId,
    ticket: request.ticket,
    // Who, as the audit records callers; holding grants.manage has no bearing on a redelivery.
    caller: { kind: request.caller.kind, id: request.caller.id },
    now: deps.clock.now().toISOString(),
  })
  return requeued ? { kind: 'requeued', executionId } : { kind: 'not-parked' }
}
