/**
 * Delivers the outbox to ServiceNow: claims due messages, sends each through the ServiceNow client, and
 * marks it delivered — or schedules another attempt with exponential backoff. A message is never dropped:
 * ServiceNow down, throttling, an expired credential or an ACL not yet granted all mean "later". Only a
 * message ServiceNow can never accept (400: a malformed record; 404: the record to note was deleted) is
 * parked, kept in the database with its error for an operator, and logged.
 *
 * A record create is not idempotent in ServiceNow; a message with `dedupeOn` is first looked up, so a create
 * whose answer was lost in transit is not repeated on the next attempt.
 */
import { randomUUID } from 'node:crypto'
import type { Clock } from '../clock.js'
import type { OutboxEntry, OutboxMessage, OutboxStore } from '../ports/outbox.js'
import { ServiceNowError, type ServiceNowPort } from '../ports/servicenow.js'
import { backoffDelay } from '../resilience/retry.js'
import { PolledJob } from './poll-loop.js'

/** Where the dispatcher reports; the bridge's pino logger fits. */
export interface DispatcherLog {
  info(object: object, message: string): void
  warn(object: object, message: string): void
  error(object: object, message: string): void
}

/** Options of {@link OutboxDispatcher}. */
export interface OutboxDispatcherOptions {
  outbox: OutboxStore
  /** The ServiceNow client; without one (not configured) messages wait in the outbox. */
  servicenow: ServiceNowPort | undefined
  clock: Clock
  log: DispatcherLog
  /** How often to look for due messages (default 1 000 ms); `kick()` looks at once. */
  pollMs?: number
  /** Messages claimed per round (default 20). */
  batch?: number
  /** How long a claim holds before another dispatcher may take the message over (default 60 s). */
  leaseMs?: number
  /** First retry delay (default 2 s), doubling per attempt up to `maxBackoffMs` (default 5 min). */
  baseBackoffMs?: number
  maxBackoffMs?: number
}

/** Delivers the outbox in the background. */
export class OutboxDispatcher extends PolledJob {
  private readonly claimant = `outbox-${randomUUID()}`

  constructor(private readonly options: OutboxDispatcherOptions) {
    super(options.pollMs ?? 1_000, (error: unknown) =>
      options.log.error(
        { err: { message: String((error as Error)?.message ?? error) } },
        'outbox round failed',
      ),
    )
  }

  /** One round: delivers every due message it can claim; answers how many were delivered. */
  async tick(): Promise<number> {
    const { outbox, servicenow, clock } = this.options
    if (!servicenow) return 0
    let delivered = 0
    for (;;) {
      const now = clock.now()
      const batch = this.options.batch ?? 20
      const leaseUntil = new Date(now.getTime() + (this.options.leaseMs ?? 60_000)).toISOString()
      const claimed = await outbox.claimDue(now.toISOString(), batch, this.claimant, leaseUntil)
      for (const entry of claimed) {
        if (await this.deliver(entry, servicenow)) delivered++
      }
      if (claimed.length < batch) return delivered
    }
  }

  private async deliver(entry: OutboxEntry, servicenow: ServiceNowPort): Promise<boolean> {
    const { outbox, clock, log } = this.options
    try {
      const result = await send(entry.message, servicenow)
      await outbox.delivered(entry.key, clock.now().toISOString(), result)
      return true
    } catch (error) {
      const reason = describe(error)
      if (error instanceof ServiceNowError && (error.kind === 'invalid' || error.kind === 'not-found')) {
        await outbox.failed(entry.key, reason, { park: true })
        log.error(
          { outboxKey: entry.key, source: entry.source, kind: entry.message.kind, error: reason },
          'ServiceNow refused an outbox message for good: parked for an operator',
        )
        return false
      }
      // A schedule in the database, not a wait: no jitter, the dispatcher's poll spreads the attempts anyway.
      const delay = backoffDelay(entry.attempts + 1, {
        baseMs: this.options.baseBackoffMs ?? 2_000,
        maxMs: this.options.maxBackoffMs ?? 300_000,
        jitter: 'none',
      })
      // ServiceNow's `Retry-After` (already read by the client) is a floor, never shortened by the backoff.
      const retryAfter = error instanceof ServiceNowError ? (error.retryAfterSeconds ?? 0) * 1_000 : 0
      const nextAttemptAt = new Date(clock.now().getTime() + Math.max(delay, retryAfter)).toISOString()
      await outbox.failed(entry.key, reason, { nextAttemptAt })
      log.warn(
        {
          outboxKey: entry.key,
          source: entry.source,
          attempts: entry.attempts + 1,
          nextAttemptAt,
          error: reason,
        },
        'ServiceNow did not take an outbox message: retrying later',
      )
      return false
    }
  }
}

/** Sends one message; answers what ServiceNow returned worth keeping (a created record's sys_id and number). */
async function send(
  message: OutboxMessage,
  servicenow: ServiceNowPort,
): Promise<Record<string, string> | undefined> {
  switch (message.kind) {
    case 'work-note':
      await servicenow.addWorkNote(message.table, message.sysId, message.text)
      return undefined
    case 'update-record': {
      const record = await servicenow.updateRecord(message.table, message.sysId, message.fields)
      return pick(record)
    }
    case 'update-matching': {
      const matching = await servicenow.query(
        message.table,
        { where: [{ field: message.match.field, value: message.match.value }] },
        { limit: 100, fields: ['sys_id'] },
      )
      for (const record of matching)
        await servicenow.updateRecord(message.table, record.sys_id!, message.fields)
      return { updated: String(matching.length) }
    }
    case 'create-record': {
      if (message.dedupeOn) {
        const [existing] = await servicenow.query(
          message.table,
          { where: [{ field: message.dedupeOn.field, value: message.dedupeOn.value }] },
          { limit: 1, fields: ['sys_id', 'number'] },
        )
        if (existing) return pick(existing)
      }
      return pick(await servicenow.createRecord(message.table, message.fields))
    }
  }
}

function pick(record: Readonly<Record<string, string>>): Record<string, string> {
  const kept: Record<string, string> = {}
  if (record.sys_id) kept.sys_id = record.sys_id
  if (record.number) kept.number = record.number
  return kept
}

function describe(error: unknown): string {
  if (error instanceof ServiceNowError) return `${error.kind} (${error.status}): ${error.message}`
  return error instanceof Error ? error.message : String(error)
}
