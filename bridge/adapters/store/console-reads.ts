/**
 * The lists the operator console shows that the stores' ports do not offer (they answer by id, by ticket or what
 * is due): recent executions by filter, every grant, the outbox's waiting and parked messages, the Okta events
 * waiting, the onboardings awaiting a decision — and putting a parked message back in the queue (with the
 * execution and audit entry that record it, in the same transaction). Kept apart from
 * the stores (other engineers' files) as small queries, like `ended-grants.ts`: each reads ids or rows with one
 * query and maps the records through the store's own `get`, so the row mapping exists once.
 */
import { createHash } from 'node:crypto'
import type { Kysely } from 'kysely'
import type { ConsoleReads } from '../../ports/console-reads.js'
import type { InboxEvent } from '../../ports/event-inbox.js'
import type { GrantRecord } from '../../ports/grants.js'
import type { OnboardingRecord } from '../../ports/onboarding.js'
import type { OutboxEntry } from '../../ports/outbox.js'
import { type ExecutionRecord, REDELIVER_FLOW, REDELIVER_OPERATION } from '../../ports/store.js'
import type { DatabaseSchema, ExecutionsTable, StepsTable } from './database.js'
import { appendAudit } from './sql-store.js'

/** The stores whose `get` maps rows to records. */
export interface ConsoleReadStores {
  executions: { get(id: string): Promise<ExecutionRecord | undefined> }
  grants: { get(id: string): Promise<GrantRecord | undefined> }
  outbox: { get(key: string): Promise<OutboxEntry | undefined> }
  inbox: { get(uuid: string): Promise<InboxEvent | undefined> }
  onboardings: { byUser(oktaUserId: string): Promise<OnboardingRecord | undefined> }
}

/** The console's queries on the bridge's database. */
export function consoleReads(db: Kysely<DatabaseSchema>, stores: ConsoleReadStores): ConsoleReads {
  return {
    async executions(filter) {
      let select = db.selectFrom('executions').select(['id'])
      if (filter.flow !== undefined) select = select.where('flow', '=', filter.flow)
      if (filter.status !== undefined) select = select.where('status', '=', filter.status)
      if (filter.since !== undefined) select = select.where('created_at', '>=', filter.since)
      if (filter.until !== undefined) select = select.where('created_at', '<=', filter.until)
      if (filter.caller !== undefined) {
        // The caller column holds the record as JSON; its id is compared exactly, never with LIKE.
        const wanted = filter.caller
        const rows = await select.select(['caller']).orderBy('created_at', 'desc').orderBy('id').execute()
        const ids = rows
          .filter((row) => (JSON.parse(row.caller) as { id?: string }).id === wanted)
          .slice(0, filter.limit)
          .map((row) => row.id)
        return present(await Promise.all(ids.map((id) => stores.executions.get(id))))
      }
      const rows = await select.orderBy('created_at', 'desc').orderBy('id').limit(filter.limit).execute()
      return present(await Promise.all(rows.map((row) => stores.executions.get(row.id))))
    },

    async grants(limit) {
      const rows = await db
        .selectFrom('grants')
        .select('id')
        .orderBy('created_at', 'desc')
        .orderBy('id')
        .limit(limit)
        .execute()
      return present(await Promise.all(rows.map((row) => stores.grants.get(row.id))))
    },

    async outboxWaiting(limit) {
      const rows = await db
        .selectFrom('outbox')
        .select('key')
        .where('status', 'in', ['pending', 'parked'])
        .orderBy('seq')
        .limit(limit)
        .execute()
      return present(await Promise.all(rows.map((row) => stores.outbox.get(row.key))))
    },

    async redeliver(redelivery) {
      const { key, executionId, ticket, caller, now } = redelivery
      return db.transaction().execute(async (trx) => {
        const requeued = await trx
          .updateTable('outbox')
          .set({ status: 'pending', next_attempt_at: now, claimed_by: null, claimed_until: null })
          .where('key', '=', key)
          .where('status', '=', 'parked')
          .executeTakeFirst()
        if (Number(requeued.numUpdatedRows) === 0) return false
        const row = await trx
          .selectFrom('outbox')
          .select(['message', 'source', 'attempts', 'last_error'])
          .where('key', '=', key)
          .executeTakeFirstOrThrow()
        // The execution says which message: its key, the execution that queued it, what it carries, and why
        // ServiceNow had refused it.
        const input = {
          outboxKey: key,
          source: row.source,
          message: JSON.parse(row.message) as unknown,
          attempts: row.attempts,
          lastError: row.last_error,
        }
        const execution: ExecutionsTable = {
          id: executionId,
          flow: REDELIVER_FLOW,
          // One execution per redelivery: the message may be parked and redelivered again later.
          idempotency_key: `${REDELIVER_FLOW}:${executionId}`,
          request_hash: createHash('sha256').update(JSON.stringify(input)).digest('hex'),
          ticket_number: ticket.number,
          ticket: JSON.stringify(ticket),
          caller: JSON.stringify(caller),
          input: JSON.stringify(input),
          plan: null,
          plan_hash: null,
          status: 'succeeded',
          output: JSON.stringify({ outboxKey: key, requeued: true, dueAt: now }),
          error: null,
          attempts: 1,
          created_at: now,
          updated_at: now,
          finished_at: now,
          // Finished as it is written: no replica holds it.
          lease_holder: null,
          lease_until: null,
        }
        await trx.insertInto('executions').values(execution).execute()
        // Not a step (nothing was done in Okta): only the audit entry, chained like any change.
        const step: StepsTable = {
          execution_id: executionId,
          seq: 1,
          attempt: 1,
          operation: REDELIVER_OPERATION,
          target: JSON.stringify({}),
          okta_request_id: null,
          outcome: 'succeeded',
          error: null,
          at: now,
        }
        await appendAudit(trx, execution, step)
        return true
      })
    },

    async inboxPending(limit) {
      const rows = await db
        .selectFrom('okta_event_inbox')
        .select('uuid')
        .where('status', '=', 'pending')
        .orderBy('seq')
        .limit(limit)
        .execute()
      return present(await Promise.all(rows.map((row) => stores.inbox.get(row.uuid))))
    },

    async undecidedOnboardings(limit) {
      const rows = await db
        .selectFrom('okta_onboardings')
        .select('okta_user_id')
        .where('decided_by', 'is', null)
        .orderBy('created_at')
        .limit(limit)
        .execute()
      return present(await Promise.all(rows.map((row) => stores.onboardings.byUser(row.okta_user_id))))
    },
  }
}

/** The records still there (one deleted between the two queries is left out). */
function present<T>(records: readonly (T | undefined)[]): T[] {
  return records.filter((record): record is T => record !== undefined)
}
