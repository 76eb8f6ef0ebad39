/**
 * Grants that ended recently, for reconciliation: an ended grant whose access is still in Okta is drift
 * ("present after expiry"). Kept apart from `SqlGrantStore` (another engineer's file) as one small query;
 * the records themselves come from the store's own `get`, so the row mapping exists once.
 */
import type { Kysely } from 'kysely'
import type { GrantRecord, GrantStore } from '../../ports/grants.js'
import type { DatabaseSchema } from './database.js'

/** Lists the grants ended at or after an instant. */
export type EndedGrantsSince = (since: string) => Promise<GrantRecord[]>

/**
 * Grants (`expired` or `revoked`) whose `ended_at` is at or after `since`, oldest end first. Reads ids with
 * one query and each record through `grants.get`; the window keeps the list short (days, not years).
 */
export function endedGrantsSince(db: Kysely<DatabaseSchema>, grants: GrantStore): EndedGrantsSince {
  return async (since) => {
    const rows = await db
      .selectFrom('grants')
      .select('id')
      .where('status', '!=', 'active')
      .where('ended_at', '>=', new Date(since).toISOString())
      .orderBy('ended_at')
      .orderBy('id')
      .execute()
    const records = await Promise.all(rows.map((row) => grants.get(row.id)))
    return records.filter((record): record is GrantRecord => record !== undefined)
  }
}
