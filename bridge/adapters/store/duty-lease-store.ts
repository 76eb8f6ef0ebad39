/**
 * {@link DutyLeases} on the bridge's database: one `duty_leases` row per duty, claimed with an upsert whose
 * update is conditional on the lease being free ({@link leaseFree}, the rule every lease of the bridge uses) or
 * the claimant's own — so a claim is a single compare-and-set statement on both dialects.
 */
import { type Kysely, type SqlBool, sql } from 'kysely'
import type { DutyLeases } from '../../ports/duty-leases.js'
import type { DatabaseSchema } from './database.js'
import { leaseFree } from './lease.js'

/** Duty leases in the `duty_leases` table (migration `0006_replica_leases`). */
export class SqlDutyLeases implements DutyLeases {
  constructor(private readonly db: Kysely<DatabaseSchema>) {}

  async claim(name: string, holder: string, now: string, until: string): Promise<boolean> {
    return this.db.transaction().execute(async (trx) => {
      const row = await trx
        .insertInto('duty_leases')
        .values({ name, holder, lease_until: until })
        .onConflict((oc) =>
          oc
            .column('name')
            .doUpdateSet({ holder, lease_until: until })
            .where(
              sql<SqlBool>`(${sql.ref('duty_leases.holder')} = ${holder} or ${leaseFree('duty_leases.lease_until', now)})`,
            ),
        )
        .returning('holder')
        .executeTakeFirst()
      return row?.holder === holder
    })
  }

  async release(name: string, holder: string, now: string): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await trx
        .updateTable('duty_leases')
        .set({ lease_until: now })
        .where('name', '=', name)
        .where('holder', '=', holder)
        .execute()
    })
  }
}
