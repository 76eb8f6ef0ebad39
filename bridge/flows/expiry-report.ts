/**
 * The report of an expired grant to ServiceNow, as outbox messages: a work note on the requested item that
 * asked for the access, and one golden-thread row per Okta change (so the ticket links to the System Log
 * entry of the removal). Built here, enqueued by `revoke-access` in the same run as the change, and delivered
 * by the outbox dispatcher whenever ServiceNow takes it.
 */
import type { Change } from '../../shared/index.js'
import type { GrantRecord } from '../ports/grants.js'
import type { OutboxMessage } from '../ports/outbox.js'

/** The requested-item table: where a grant's ticket lives. */
export const REQUESTED_ITEM_TABLE = 'sc_req_item'
/** The scoped app's golden-thread table (`now-app/fluent/tables.now.ts`). */
export const GOLDEN_THREAD_TABLE = 'x_okta_jml_golden_thread'
/** The scoped app's mirror of the bridge's grants (`now-app/fluent/tables.now.ts`), keyed by `grant_id`. */
export const ACCESS_GRANT_TABLE = 'x_okta_jml_access_grant'

/** One outbox message with its key (the outbox enqueues a key once). */
export interface ReportEntry {
  key: string
  message: OutboxMessage
  source: string
}

/** What happened to the grant. */
export interface ExpiryFacts {
  grant: GrantRecord
  executionId: string
  /** When the grant ended. */
  endedAt: Date
  /** The Okta changes the execution made (none when something else still justifies the access). */
  changes: readonly Change[]
  /** Why the access was kept, when it was (see `describeJustification`). */
  keptBecause: string | null
}

/**
 * The messages reporting an expiry, keyed `{executionId}:work-note` and `{executionId}:thread:{n}` so a
 * resumed execution enqueues the same keys (and the outbox keeps the first). A grant whose ticket has no
 * sys_id gets none: there is no record to note, and the golden-thread row requires its requested item.
 */
export function expiryReport(facts: ExpiryFacts): ReportEntry[] {
  const source = facts.executionId
  // ServiceNow's mirror of the grant (what My Okta access lists) says it ended.
  const status: ReportEntry = {
    key: `${facts.executionId}:grant-status`,
    source,
    message: {
      kind: 'update-matching',
      table: ACCESS_GRANT_TABLE,
      match: { field: 'grant_id', value: facts.grant.id },
      fields: { status: 'expired' },
    },
  }
  const sysId = facts.grant.ticket.sysId
  if (sysId === undefined) return [status]
  const note: ReportEntry = {
    key: `${facts.executionId}:work-note`,
    source,
    message: { kind: 'work-note', table: REQUESTED_ITEM_TABLE, sysId, text: workNote(facts) },
  }
  const rows = facts.changes.map(
    (change, n): ReportEntry => ({
      key: `${facts.executionId}:thread:${n}`,
      source,
      message: {
        kind: 'create-record',
        table: GOLDEN_THREAD_TABLE,
        fields: {
          requested_item: sysId,
          execution_id: facts.executionId,
          flow: 'revoke-access',
          operation: change.operation,
          target: targetText(change),
          okta_request_id: change.oktaRequestId ?? '',
          outcome: 'succeeded',
          occurred_at: glideDateTime(facts.endedAt),
        },
        // Creates are not idempotent in ServiceNow: a row already holding the request id was delivered.
        ...(change.oktaRequestId
          ? { dedupeOn: { field: 'okta_request_id', value: change.oktaRequestId } }
          : {}),
      },
    }),
  )
  return [note, ...rows, status]
}

/** The work note's text: what ended, when, and the ids that tie it to the bridge and Okta's System Log. */
export function workNote(facts: ExpiryFacts): string {
  const { grant } = facts
  const resource = `${grant.resource.type} ${grant.resource.name ?? grant.resource.id} (${grant.resource.id})`
  const requestIds = facts.changes.map((change) => change.oktaRequestId ?? 'unknown').join(', ')
  const head = `Okta access to ${resource} for ${grant.login} ended at ${facts.endedAt.toISOString()}`
  const ids = `grant ${grant.id}, execution ${facts.executionId}`
  if (facts.changes.length > 0) return `${head} (${ids}, Okta request id ${requestIds}).`
  return `${head} (${ids}); the access itself was kept in Okta: ${facts.keptBecause ?? 'it was already gone'}.`
}

/** A ServiceNow date-time: `YYYY-MM-DD HH:mm:ss` in UTC. */
export function glideDateTime(date: Date): string {
  return date.toISOString().slice(0, 19).replace('T', ' ')
}

function targetText(change: Change): string {
  const { target } = change
  const who = target.login ?? target.userId ?? ''
  const what = target.groupId
    ? `group ${target.groupName ?? ''} (${target.groupId})`
    : `app ${target.appLabel ?? ''} (${target.appId})`
  return `${who} ${what}`.slice(0, 400)
}
