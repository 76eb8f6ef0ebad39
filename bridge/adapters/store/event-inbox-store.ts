/**
 * The Okta event inbox over SQL (Kysely), on the bridge's database. Inserts are `on conflict do nothing` on
 * the event uuid — Okta's at-least-once delivery and a replayed delivery both land once — and claims are a
 * conditional update with a lease, so two processors never handle one event at once.
 */
import type { Kysely, Selectable } from 'kysely'
import type { EventInbox, InboxEvent, InboxEventInput, InboxStatus } from '../../ports/event-inbox.js'
import type { DatabaseSchema, OktaEventInboxTable } from './database.js'
import { claimDue } from './lease.js'

/** `EventInbox` over the `okta_event_inbox` table (migration `0003_okta_onboarding`). */
export class SqlEventInbox implements EventInbox {
  constructor(private readonly db: Kysely<DatabaseSchema>) {}

  async receive(events: readonly InboxEventInput[], at: string): Promise<number> {
    if (events.length === 0) return 0
    return this.db.transaction().execute(async (trx) => {
      const last = await trx
        .selectFrom('okta_event_inbox')
        .select((eb) => eb.fn.max('seq').as('seq'))
        .executeTakeFirst()
      let seq = Number(last?.seq ?? 0)
      let added = 0
      for (const event of events) {
        const inserted = await trx
          .insertInto('okta_event_inbox')
          .values({
            uuid: event.uuid,
            event_type: event.eventType,
            published: event.published,
            event: JSON.stringify(event.event),
            delivery_id: event.deliveryId,
            status: 'pending',
            attempts: 0,
            next_attempt_at: at,
            claimed_by: null,
            claimed_until: null,
            last_error: null,
            outcome: null,
            seq: seq + 1,
            received_at: at,
            processed_at: null,
          })
          .onConflict((oc) => oc.column('uuid').doNothing())
          .executeTakeFirst()
        if (Number(inserted.numInsertedOrUpdatedRows ?? 0n) > 0) {
          seq++
          added++
        }
      }
      return added
    })
  }

  async claimDue(now: string, limit: number, claimant: string, leaseUntil: string): Promise<InboxEvent[]> {
    const rows = await claimDue(this.db, 'okta_event_inbox', {
      now,
      limit,
      claimant,
      leaseUntil,
      countAttempt: true,
    })
    return rows.map(toEvent)
  }

  async complete(uuid: string, status: 'processed' | 'ignored', outcome: string, at: string): Promise<void> {
    await this.db
      .updateTable('okta_event_inbox')
      .set({ status, outcome, processed_at: at, claimed_by: null, claimed_until: null, last_error: null })
      .where('uuid', '=', uuid)
      .execute()
  }

  async retryLater(uuid: string, error: string, nextAttemptAt: string): Promise<void> {
    await this.db
      .updateTable('okta_event_inbox')
      .set({ last_error: error, next_attempt_at: nextAttemptAt, claimed_by: null, claimed_until: null })
      .where('uuid', '=', uuid)
      .where('status', '=', 'pending')
      .execute()
  }

  async get(uuid: string): Promise<InboxEvent | undefined> {
    const row = await this.db
      .selectFrom('okta_event_inbox')
      .selectAll()
      .where('uuid', '=', uuid)
      .executeTakeFirst()
    return row === undefined ? undefined : toEvent(row)
  }

  async nextDue(): Promise<string | null> {
    const row = await this.db
      .selectFrom('okta_event_inbox')
      .select((eb) => eb.fn.min('next_attempt_at').as('next'))
      .where('status', '=', 'pending')
      .executeTakeFirst()
    return (row?.next as string | null | undefined) ?? null
  }
}

function toEvent(row: Selectable<OktaEventInboxTable>): InboxEvent {
  return {
    uuid: row.uuid,
    eventType: row.event_type,
    published: row.published,
    event: JSON.parse(row.event) as Record<string, unknown>,
    deliveryId: row.delivery_id,
    status: row.status as InboxStatus,
    attempts: row.attempts,
    nextAttemptAt: row.next_attempt_at,
    lastError: row.last_error,
    outcome: row.outcome,
    receivedAt: row.received_at,
    processedAt: row.processed_at,
  }
}
