/**
 * The durable outbox to ServiceNow: what the bridge must tell ServiceNow (a work note on the requested item
 * whose grant expired, a golden-thread row, an incident to open or close) is written here in the bridge's
 * own database first — in the same breath as the change it reports — and delivered by the outbox
 * dispatcher afterwards, retried until ServiceNow takes it. ServiceNow being down delays a report; it never
 * loses one.
 *
 * Each message has a `key` chosen by its producer (`{executionId}:work-note`, …): enqueueing the same key
 * again is a no-op, so a resumed execution or a retried job reports once.
 */

/** What to do in ServiceNow. */
export type OutboxMessage =
  /** Append a work note to a record (a requested item, an incident). */
  | { kind: 'work-note'; table: string; sysId: string; text: string }
  /**
   * Create a record. With `dedupeOn`, a record whose field already holds the value counts as delivered —
   * the create is not repeated after an answer lost in transit (creates are not idempotent in ServiceNow).
   */
  | {
      kind: 'create-record'
      table: string
      fields: Record<string, string>
      dedupeOn?: { field: string; value: string }
    }
  /** Set fields of a record (closing an incident with its close notes). */
  | { kind: 'update-record'; table: string; sysId: string; fields: Record<string, string> }
  /**
   * Set fields of every record whose `match.field` holds `match.value` — a record the bridge knows by its own
   * id rather than by sys_id (ServiceNow's mirror of a grant). None matching is fine: the instance may not
   * mirror it.
   */
  | {
      kind: 'update-matching'
      table: string
      match: { field: string; value: string }
      fields: Record<string, string>
    }

/** Where a message is. `parked`: ServiceNow refused it for good (4xx other than 429); an operator looks. */
export type OutboxStatus = 'pending' | 'delivered' | 'parked'

/** A stored message. */
export interface OutboxEntry {
  key: string
  message: OutboxMessage
  /** What produced it (an execution id, `event:{uuid}`), for operators following the golden thread. */
  source: string
  status: OutboxStatus
  attempts: number
  /** ISO-8601 UTC: not delivered before then (backoff). */
  nextAttemptAt: string
  lastError: string | null
  /** What ServiceNow answered on delivery (a created record's sys_id and number), when anything. */
  result: Record<string, string> | null
  createdAt: string
  deliveredAt: string | null
}

/** The outbox store. */
export interface OutboxStore {
  /** Adds messages (each once per key: an existing key is left as it is). */
  enqueue(entries: readonly { key: string; message: OutboxMessage; source: string }[]): Promise<void>
  /**
   * Claims up to `limit` pending messages due at `now` for `claimant` until `leaseUntil` (so two
   * dispatchers — two replicas — never send the same message at once), oldest first.
   */
  claimDue(now: string, limit: number, claimant: string, leaseUntil: string): Promise<OutboxEntry[]>
  /** Marks a message delivered, with what ServiceNow answered. */
  delivered(key: string, at: string, result?: Record<string, string>): Promise<void>
  /** Records a failed attempt: retried at `nextAttemptAt`, or parked for good. */
  failed(key: string, error: string, next: { nextAttemptAt: string } | { park: true }): Promise<void>
  /** A message by key. */
  get(key: string): Promise<OutboxEntry | undefined>
  /** Messages of a source (an execution), oldest first. */
  bySource(source: string): Promise<OutboxEntry[]>
  /** How many messages wait for delivery (a metric, and shutdown's last look). */
  pendingCount(): Promise<number>
}
