/**
 * The durable inbox of Okta event hook deliveries. Okta delivers at least once and gives an endpoint about
 * three seconds to answer, so the receiver only writes the delivery's events here — keyed by the event's
 * `uuid`, a second copy being ignored — and acknowledges; the event processor works through the inbox
 * afterwards. A crash after the acknowledgement loses nothing: what was stored is processed at the next
 * start.
 *
 * Invariants implementations keep:
 * - an event is stored once per `uuid` (insert-or-ignore), whatever the delivery that carried it;
 * - `claimDue` is a compare-and-set with a lease, so two processors (two replicas) never handle one event at
 *   once, and an event whose processor died is taken up again once its lease runs out.
 */

/** Where an inbox event is: waiting (possibly for a retry), handled, or not for the bridge. */
export type InboxStatus = 'pending' | 'processed' | 'ignored'

/** An event as it arrives in a delivery (Okta's LogEvent, the members the bridge reads kept whole). */
export interface InboxEventInput {
  uuid: string
  eventType: string
  published: string
  /** The whole LogEvent, as Okta sent it. */
  event: Record<string, unknown>
  /** The delivery's `eventId`, for tracing a delivery to what it carried. */
  deliveryId: string
}

/** A stored event. */
export interface InboxEvent extends InboxEventInput {
  status: InboxStatus
  attempts: number
  /** ISO-8601 UTC: not processed before then (backoff after a failure). */
  nextAttemptAt: string
  lastError: string | null
  /** What processing decided (an incident number, why it was ignored). */
  outcome: string | null
  receivedAt: string
  processedAt: string | null
}

/** The event inbox store. */
export interface EventInbox {
  /**
   * Stores a delivery's events in one transaction; an event whose `uuid` is already stored is left as it is.
   * Answers how many were new.
   */
  receive(events: readonly InboxEventInput[], at: string): Promise<number>
  /** Claims up to `limit` pending events due at `now` for `claimant` until `leaseUntil`, oldest first. */
  claimDue(now: string, limit: number, claimant: string, leaseUntil: string): Promise<InboxEvent[]>
  /** Marks an event done: `processed` (acted on) or `ignored` (not for the bridge), with what happened. */
  complete(uuid: string, status: 'processed' | 'ignored', outcome: string, at: string): Promise<void>
  /** Records a failed attempt: the event stays pending and is retried at `nextAttemptAt`. */
  retryLater(uuid: string, error: string, nextAttemptAt: string): Promise<void>
  /** An event by uuid. */
  get(uuid: string): Promise<InboxEvent | undefined>
  /** The soonest `nextAttemptAt` among pending events, or null (the processor sleeps until then). */
  nextDue(): Promise<string | null>
}
