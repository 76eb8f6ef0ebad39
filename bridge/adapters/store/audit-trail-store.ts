/**
 * {@link AuditTrail} on the bridge's database: anchors, late System Log joins and baselines, over the same
 * `audit_entries` chain the execution store appends to (`sql-store.ts`). Same dialect rules: Kysely's query
 * builder only, write transactions that begin immediately, sequence numbers assigned in the transaction.
 */
import { createHash } from 'node:crypto'
import type { Kysely } from 'kysely'
import type { Ticket } from '../../../shared/index.js'
import type {
  AuditAnchor,
  AuditTrail,
  BaselineAccess,
  LateJoin,
  UnjoinedChange,
} from '../../ports/audit-trail.js'
import { MAX_ENTRIES_PER_ANCHOR, SHORT_HASH_LENGTH } from '../../ports/audit-trail.js'
import {
  ACCEPT_OPERATION,
  type AuditVerification,
  BASELINE_FLOW,
  type CallerRecord,
  NON_OKTA_OPERATIONS,
} from '../../ports/store.js'
import { walkAuditChain } from './audit-chain-walk.js'
import type { DatabaseSchema, ExecutionsTable, StepsTable } from './database.js'
import { appendAudit, toAuditEntry } from './sql-store.js'

/** How many anchors one `pendingAnchors` call prepares at most (the rest come at the next). */
const MAX_ANCHORS_PER_CALL = 50

/** Options of {@link SqlAuditTrail}. */
export interface AuditTrailOptions {
  /** The clock for the baseline execution's timestamps (tests pin it). */
  now?: () => Date
}

/** The audit trail's anchors, joins and baselines on the bridge's database. */
export class SqlAuditTrail implements AuditTrail {
  private readonly now: () => Date

  constructor(
    private readonly db: Kysely<DatabaseSchema>,
    options: AuditTrailOptions = {},
  ) {
    this.now = options.now ?? (() => new Date())
  }

  async pendingAnchors(at: string): Promise<AuditAnchor[]> {
    const after = await this.lastAnchoredSeq()
    const rows = await this.db
      .selectFrom('audit_entries')
      .select(['seq', 'hash'])
      .where('seq', '>', after)
      .orderBy('seq')
      .limit(MAX_ENTRIES_PER_ANCHOR * MAX_ANCHORS_PER_CALL)
      .execute()
    const anchors: AuditAnchor[] = []
    for (let i = 0; i < rows.length; i += MAX_ENTRIES_PER_ANCHOR) {
      const chunk = rows.slice(i, i + MAX_ENTRIES_PER_ANCHOR)
      const head = chunk.at(-1)!
      anchors.push({
        seq: head.seq,
        hash: head.hash,
        firstSeq: chunk[0]!.seq,
        entryHashes: chunk.map((row) => row.hash.slice(0, SHORT_HASH_LENGTH)),
        anchoredAt: at,
      })
    }
    return anchors
  }

  async recordAnchors(anchors: readonly AuditAnchor[]): Promise<void> {
    if (anchors.length === 0) return
    await this.db.transaction().execute(async (trx) => {
      for (const anchor of anchors) {
        await trx
          .insertInto('audit_anchors')
          .values({
            seq: anchor.seq,
            first_seq: anchor.firstSeq,
            hash: anchor.hash,
            anchored_at: anchor.anchoredAt,
          })
          .onConflict((oc) => oc.column('seq').doNothing())
          .execute()
      }
    })
  }

  async unanchoredCount(): Promise<number> {
    const after = await this.lastAnchoredSeq()
    const row = await this.db
      .selectFrom('audit_entries')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('seq', '>', after)
      .executeTakeFirstOrThrow()
    return Number(row.n)
  }

  async verify(anchors: readonly AuditAnchor[] | undefined): Promise<AuditVerification> {
    // Every anchored entry's short hash (and each anchor's full head hash), by seq; the latest anchor.
    const anchored = new Map<number, { hash: string; full: boolean; anchor: AuditAnchor }>()
    let latest: AuditAnchor | undefined
    for (const anchor of anchors ?? []) {
      anchor.entryHashes.forEach((hash, i) => {
        const seq = anchor.firstSeq + i
        if (!anchored.get(seq)?.full) anchored.set(seq, { hash, full: false, anchor })
      })
      anchored.set(anchor.seq, { hash: anchor.hash, full: true, anchor })
      if (latest === undefined || anchor.seq > latest.seq) latest = anchor
    }

    const walked = await walkAuditChain(this.db, toAuditEntry, (row) => {
      const expected = anchored.get(row.seq)
      if (expected === undefined) return undefined
      const actual = expected.full ? row.hash : row.hash.slice(0, SHORT_HASH_LENGTH)
      if (actual === expected.hash) return undefined
      return {
        brokenAt: row.seq,
        reason: `entry ${row.seq} is not the entry anchored in ServiceNow on ${expected.anchor.anchoredAt} (anchored hash ${short(expected.hash)}, now ${short(row.hash)}): it was altered, or the chain was rewritten from here with recomputed hashes`,
      }
    })
    if (!walked.ok) return walked
    // An intact walk has no gaps, so the number of entries checked is the last entry's seq.
    const checked = walked.entries
    const after = checked
    if (latest !== undefined && latest.seq > after) {
      const missing =
        latest.seq === after + 1 ? `entry ${latest.seq} is` : `entries ${after + 1}–${latest.seq} are`
      return {
        ok: false,
        entries: checked,
        brokenAt: after + 1,
        reason: `${missing} missing: ServiceNow holds the chain head ${latest.seq} anchored on ${latest.anchoredAt}, but the local chain ends at ${after === 0 ? 'nothing' : `entry ${after}`} (entries were removed from its end)`,
      }
    }
    return { ok: true, entries: checked }
  }

  async unjoinedDue(now: string, limit: number): Promise<UnjoinedChange[]> {
    const rows = await this.db
      .selectFrom('audit_entries as e')
      .innerJoin('executions as x', 'x.id', 'e.execution_id')
      .leftJoin('audit_request_joins as j', 'j.seq', 'e.seq')
      .selectAll('e')
      .select(['x.created_at as execution_created_at', 'j.attempts as join_attempts'])
      .where('e.okta_request_id', 'is', null)
      .where('e.operation', 'not in', [...NON_OKTA_OPERATIONS])
      .where((eb) =>
        eb.or([
          eb('j.seq', 'is', null),
          eb.and([eb('j.status', '=', 'pending'), eb('j.next_attempt_at', '<=', now)]),
        ]),
      )
      .orderBy('e.seq')
      .limit(limit)
      .execute()
    return rows.map((row) => ({
      entry: toAuditEntry(row),
      executionCreatedAt: row.execution_created_at,
      attempts: row.join_attempts ?? 0,
    }))
  }

  async recordJoin(seq: number, oktaRequestId: string, at: string): Promise<void> {
    await this.db
      .insertInto('audit_request_joins')
      .values({
        seq,
        status: 'joined',
        okta_request_id: oktaRequestId,
        attempts: 1,
        next_attempt_at: at,
        joined_at: at,
      })
      .onConflict((oc) =>
        oc.column('seq').doUpdateSet((eb) => ({
          status: 'joined',
          okta_request_id: oktaRequestId,
          attempts: eb('audit_request_joins.attempts', '+', 1),
          joined_at: at,
        })),
      )
      .execute()
  }

  async joinNotFound(seq: number, next: { nextAttemptAt: string } | { abandon: true }): Promise<void> {
    const status = 'abandon' in next ? 'abandoned' : 'pending'
    const nextAttemptAt = 'abandon' in next ? this.now().toISOString() : next.nextAttemptAt
    await this.db
      .insertInto('audit_request_joins')
      .values({
        seq,
        status,
        okta_request_id: null,
        attempts: 1,
        next_attempt_at: nextAttemptAt,
        joined_at: null,
      })
      .onConflict((oc) =>
        oc.column('seq').doUpdateSet((eb) => ({
          status,
          attempts: eb('audit_request_joins.attempts', '+', 1),
          next_attempt_at: nextAttemptAt,
        })),
      )
      .execute()
  }

  async unjoinedCount(): Promise<number> {
    const row = await this.db
      .selectFrom('audit_entries as e')
      .leftJoin('audit_request_joins as j', 'j.seq', 'e.seq')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('e.okta_request_id', 'is', null)
      .where('e.operation', 'not in', [...NON_OKTA_OPERATIONS])
      .where((eb) => eb.or([eb('j.status', 'is', null), eb('j.status', '!=', 'joined')]))
      .executeTakeFirstOrThrow()
    return Number(row.n)
  }

  async knownRequestIds(since: string): Promise<Set<string>> {
    const recorded = await this.db
      .selectFrom('audit_entries')
      .select('okta_request_id')
      .where('at', '>=', since)
      .where('okta_request_id', 'is not', null)
      .execute()
    const joined = await this.db
      .selectFrom('audit_request_joins')
      .select('okta_request_id')
      .where('status', '=', 'joined')
      .execute()
    return new Set(
      [...recorded, ...joined].flatMap((row) => (row.okta_request_id ? [row.okta_request_id] : [])),
    )
  }

  async lateJoins(seqs: readonly number[]): Promise<Map<number, LateJoin>> {
    const joins = new Map<number, LateJoin>()
    if (seqs.length === 0) return joins
    const rows = await this.db
      .selectFrom('audit_request_joins')
      .select(['seq', 'okta_request_id', 'joined_at'])
      .where('status', '=', 'joined')
      .where('seq', 'in', [...seqs])
      .execute()
    for (const row of rows) {
      if (row.okta_request_id !== null && row.joined_at !== null)
        joins.set(row.seq, { oktaRequestId: row.okta_request_id, joinedAt: row.joined_at })
    }
    return joins
  }

  async recordBaseline(baseline: {
    executionId: string
    runId: string
    ticket: Ticket
    caller: CallerRecord
    accepted: readonly BaselineAccess[]
  }): Promise<void> {
    const at = this.now().toISOString()
    const input = { runId: baseline.runId, mode: 'baseline' }
    const execution: ExecutionsTable = {
      id: baseline.executionId,
      flow: BASELINE_FLOW,
      // One baseline per reconciliation run.
      idempotency_key: `reconcile-baseline:${baseline.runId}`,
      request_hash: createHash('sha256').update(JSON.stringify(input)).digest('hex'),
      ticket_number: baseline.ticket.number,
      ticket: JSON.stringify(baseline.ticket),
      caller: JSON.stringify(baseline.caller),
      input: JSON.stringify(input),
      plan: null,
      plan_hash: null,
      status: 'succeeded',
      output: JSON.stringify({ runId: baseline.runId, accepted: baseline.accepted.length }),
      error: null,
      attempts: 1,
      created_at: at,
      updated_at: at,
      finished_at: at,
      lease_holder: null,
      lease_until: null,
    }
    await this.db.transaction().execute(async (trx) => {
      await trx.insertInto('executions').values(execution).execute()
      let seq = 0
      for (const access of baseline.accepted) {
        const { type, id } = access.resource
        // Not a step (nothing was done in Okta): only the audit entry, chained like any change.
        const accepted: StepsTable = {
          execution_id: baseline.executionId,
          seq: ++seq,
          attempt: 1,
          operation: ACCEPT_OPERATION,
          target: JSON.stringify({
            userId: access.userId,
            ...(type === 'group' ? { groupId: id } : { appId: id }),
          }),
          okta_request_id: null,
          outcome: 'succeeded',
          error: null,
          at,
        }
        await appendAudit(trx, { ...execution }, accepted)
      }
    })
  }

  private async lastAnchoredSeq(): Promise<number> {
    const row = await this.db
      .selectFrom('audit_anchors')
      .select((eb) => eb.fn.max('seq').as('seq'))
      .executeTakeFirst()
    return Number(row?.seq ?? 0)
  }
}

function short(hash: string): string {
  return hash.length > 12 ? `${hash.slice(0, 12)}…` : hash
}
