/**
 * The grant store over SQL (Kysely), on the same database as the execution store. Every query is Kysely's
 * portable builder; the exactly-once rules rest on single conditional statements, not on SQLite's single
 * writer, so they hold unchanged when several replicas share a Postgres database:
 *
 * - `create` is `insert … on conflict (granted_by) do nothing`: a resumed execution finds its first record;
 * - `claimExpiry` is one `update … where status = 'active' and (unclaimed or lease over or mine)`: of two
 *   schedulers racing, the database lets exactly one update the row;
 * - `end` is one `update … where status = 'active'`: a grant ends once, and the loser learns who won.
 */
import type { Kysely, Selectable } from 'kysely'
import type { Resource, Ticket } from '../../../shared/index.js'
import {
  type GrantRecord,
  GrantStateError,
  type GrantStatus,
  type GrantStore,
  type NewGrant,
} from '../../ports/grants.js'
import type { DatabaseSchema, GrantsTable } from './database.js'
import { leaseFree } from './lease.js'

/** Grant store options. */
export interface GrantStoreOptions {
  /** The clock for `created_at`/`updated_at` (tests pin it). */
  now?: () => Date
}

/** `GrantStore` over the bridge's Kysely database (migration `0002_access_grants`). */
export class SqlGrantStore implements GrantStore {
  private readonly now: () => Date

  constructor(
    private readonly db: Kysely<DatabaseSchema>,
    options: GrantStoreOptions = {},
  ) {
    this.now = options.now ?? (() => new Date())
  }

  async create(grant: NewGrant): Promise<GrantRecord> {
    const at = this.timestamp()
    const row: GrantsTable = {
      id: grant.id,
      user_id: grant.userId,
      login: grant.login,
      resource_type: grant.resource.type,
      resource_id: grant.resource.id,
      resource_name: grant.resource.name ?? null,
      preexisting: grant.preexisting ? 1 : 0,
      expires_at: grant.expiresAt === null ? null : utc(grant.expiresAt),
      justification: grant.justification,
      ticket: JSON.stringify(grant.ticket),
      granted_by: grant.grantedBy,
      status: 'active',
      ended_by: null,
      ended_at: null,
      end_reason: null,
      extended_by: '[]',
      expiry_claimed_by: null,
      expiry_claimed_until: null,
      created_at: at,
      updated_at: at,
    }
    // Conflict on the granting execution only: a clash of grant ids across executions is a bug and throws.
    await this.db
      .insertInto('grants')
      .values(row)
      .onConflict((oc) => oc.column('granted_by').doNothing())
      .execute()
    const stored = await this.byExecution(grant.grantedBy)
    if (stored === undefined) throw new Error(`grant of execution ${grant.grantedBy} vanished after insert`)
    return stored
  }

  async get(id: string): Promise<GrantRecord | undefined> {
    const row = await this.db.selectFrom('grants').selectAll().where('id', '=', id).executeTakeFirst()
    return row === undefined ? undefined : toGrant(row)
  }

  async byExecution(executionId: string): Promise<GrantRecord | undefined> {
    const row = await this.db
      .selectFrom('grants')
      .selectAll()
      .where('granted_by', '=', executionId)
      .executeTakeFirst()
    return row === undefined ? undefined : toGrant(row)
  }

  async active(query: { userId?: string; resource?: Resource } = {}): Promise<GrantRecord[]> {
    let select = this.db.selectFrom('grants').selectAll().where('status', '=', 'active')
    if (query.userId !== undefined) select = select.where('user_id', '=', query.userId)
    if (query.resource !== undefined) {
      select = select
        .where('resource_type', '=', query.resource.type)
        .where('resource_id', '=', query.resource.id)
    }
    const rows = await select.orderBy('created_at').orderBy('id').execute()
    return rows.map(toGrant)
  }

  async due(at: string, limit: number): Promise<GrantRecord[]> {
    const rows = await this.db
      .selectFrom('grants')
      .selectAll()
      .where('status', '=', 'active')
      .where('expires_at', 'is not', null)
      .where('expires_at', '<=', utc(at))
      .orderBy('expires_at')
      .orderBy('id')
      .limit(limit)
      .execute()
    return rows.map(toGrant)
  }

  async nextExpiry(): Promise<string | null> {
    const row = await this.db
      .selectFrom('grants')
      .select((eb) => eb.fn.min('expires_at').as('next'))
      .where('status', '=', 'active')
      .where('expires_at', 'is not', null)
      .executeTakeFirst()
    return (row?.next as string | null | undefined) ?? null
  }

  async claimExpiry(id: string, claimant: string, now: string, leaseUntil: string): Promise<boolean> {
    const at = utc(now)
    // One statement: the compare (active, due, and free, expired or already ours) and the set are atomic
    // in every SQL database, which is what keeps several schedulers exactly-once.
    const result = await this.db
      .updateTable('grants')
      .set({ expiry_claimed_by: claimant, expiry_claimed_until: utc(leaseUntil), updated_at: at })
      .where('id', '=', id)
      .where('status', '=', 'active')
      .where('expires_at', 'is not', null)
      .where('expires_at', '<=', at)
      .where((eb) => eb.or([leaseFree('expiry_claimed_until', at), eb('expiry_claimed_by', '=', claimant)]))
      .executeTakeFirst()
    return result.numUpdatedRows > 0n
  }

  async end(
    id: string,
    ending: { status: 'revoked' | 'expired'; executionId: string; at: string; reason: string | null },
  ): Promise<GrantRecord> {
    const ended = await this.db
      .updateTable('grants')
      .set({
        status: ending.status,
        ended_by: ending.executionId,
        ended_at: utc(ending.at),
        end_reason: ending.reason,
        expiry_claimed_by: null,
        expiry_claimed_until: null,
        updated_at: this.timestamp(),
      })
      .where('id', '=', id)
      .where('status', '=', 'active')
      .returningAll()
      .executeTakeFirst()
    if (ended !== undefined) return toGrant(ended)
    const current = await this.get(id)
    // A resumed revocation ending the grant it already ended: the same answer, nothing moved.
    if (current?.endedBy === ending.executionId) return current
    throw new GrantStateError(id, current?.status ?? 'missing', 'end')
  }

  async extend(id: string, expiresAt: string, executionId: string): Promise<GrantRecord> {
    const current = await this.get(id)
    if (current === undefined) throw new GrantStateError(id, 'missing', 'extend')
    // A resumed extension: already applied.
    if (current.extendedBy.includes(executionId)) return current
    if (current.status !== 'active') throw new GrantStateError(id, current.status, 'extend')
    // Compare-and-set on the list read above: a concurrent extension (or end) makes this touch nothing, and
    // the loser re-reads instead of overwriting the winner's record.
    const updated = await this.db
      .updateTable('grants')
      .set({
        expires_at: utc(expiresAt),
        extended_by: JSON.stringify([...current.extendedBy, executionId]),
        // A new end date: whatever claim was held on the old one no longer applies.
        expiry_claimed_by: null,
        expiry_claimed_until: null,
        updated_at: this.timestamp(),
      })
      .where('id', '=', id)
      .where('status', '=', 'active')
      .where('extended_by', '=', JSON.stringify(current.extendedBy))
      .returningAll()
      .executeTakeFirst()
    if (updated !== undefined) return toGrant(updated)
    return this.extend(id, expiresAt, executionId)
  }

  private timestamp(): string {
    return this.now().toISOString()
  }
}

/**
 * An instant as the column stores it: ISO-8601 in UTC with milliseconds, so text order is time order
 * (`2026-01-01T01:00:00+02:00` and `2025-12-31T23:00:00Z` compare as the same instant).
 */
function utc(instant: string): string {
  const date = new Date(instant)
  if (Number.isNaN(date.getTime())) throw new RangeError(`not an instant: ${instant}`)
  return date.toISOString()
}

function toGrant(row: Selectable<GrantsTable>): GrantRecord {
  return {
    id: row.id,
    userId: row.user_id,
    login: row.login,
    resource: {
      type: row.resource_type as Resource['type'],
      id: row.resource_id,
      ...(row.resource_name === null ? {} : { name: row.resource_name }),
    },
    preexisting: row.preexisting === 1,
    expiresAt: row.expires_at,
    justification: row.justification,
    ticket: JSON.parse(row.ticket) as Ticket,
    grantedBy: row.granted_by,
    status: row.status as GrantStatus,
    endedBy: row.ended_by,
    endedAt: row.ended_at,
    endReason: row.end_reason,
    extendedBy: JSON.parse(row.extended_by) as string[],
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }
}
