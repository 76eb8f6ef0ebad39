/**
 * What the operator console lists beyond the stores' own ports (which answer by id, by ticket or what is due):
 * recent executions by filter, every grant, the outbox's undelivered messages, the Okta events waiting and the
 * onboardings awaiting a decision — plus putting a parked outbox message back in the queue.
 * `adapters/store/console-reads.ts` implements it on the bridge's database.
 */
import type { FlowName, Ticket } from '../../shared/index.js'
import type { InboxEvent } from './event-inbox.js'
import type { GrantRecord } from './grants.js'
import type { OnboardingRecord } from './onboarding.js'
import type { OutboxEntry } from './outbox.js'
import type { CallerRecord, ExecutionRecord, ExecutionStatus, REDELIVER_FLOW } from './store.js'

/** What the console's execution list filters on (all optional; times are ISO-8601 instants). */
export interface ExecutionFilter {
  flow?: FlowName | 'reconcile-baseline' | typeof REDELIVER_FLOW
  status?: ExecutionStatus
  /** The caller's id as stored (a client token's name, an OAuth client, `console:<sub>`), matched exactly. */
  caller?: string
  since?: string
  until?: string
  limit: number
}

/** An operator's redelivery of a parked outbox message, and the execution that records it. */
export interface Redelivery {
  /** The outbox message's key. */
  key: string
  /** The id of the execution (flow `outbox-redeliver`) that records the redelivery. */
  executionId: string
  /** The operator's ticket: who asked (the operator), under which number. */
  ticket: Ticket
  /** The console user (`oauth`, `console:<sub>`). */
  caller: CallerRecord
  /** When (the message is due then), ISO-8601. */
  now: string
}

/** The console's reads (and its one outbox write), bound to the bridge's database and stores. */
export interface ConsoleReads {
  /** Executions matching the filter, newest first, at most `limit`. */
  executions(filter: ExecutionFilter): Promise<ExecutionRecord[]>
  /** Every grant, newest first, at most `limit`. */
  grants(limit: number): Promise<GrantRecord[]>
  /** Outbox messages not delivered (pending and parked), oldest first, at most `limit`. */
  outboxWaiting(limit: number): Promise<OutboxEntry[]>
  /**
   * Puts a parked message back in the queue, due now with its attempts kept (the dispatcher's backoff starts
   * again), and records that as a succeeded execution of `outbox-redeliver` — its input naming the message (key,
   * source, content) — with one `redeliverMessage` entry appended to the audit chain, all in one transaction: a
   * message is requeued exactly when its redelivery is audited. False, with nothing written, when the key is not
   * parked (delivered since, redelivered by someone else, unknown).
   */
  redeliver(redelivery: Redelivery): Promise<boolean>
  /** Okta events not yet processed, oldest first, at most `limit`. */
  inboxPending(limit: number): Promise<InboxEvent[]>
  /** Onboardings whose incident has no decision yet, oldest first, at most `limit`. */
  undecidedOnboardings(limit: number): Promise<OnboardingRecord[]>
}
