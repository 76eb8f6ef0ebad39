/**
 * The store's readiness check (`/readyz`'s `store`): the database answers and its schema has every migration
 * this code knows. It lives with the migrations it reads; the HTTP layer only runs it (`http/readiness.ts`).
 */
import type { Kysely } from 'kysely'
import { Migrator } from 'kysely/migration'
import { MIGRATION_TABLE, migrationProvider } from './migrations.js'

/** A readiness check's result, in the shape `/readyz` reports (`detail` never carries a secret). */
export interface StoreCheckResult {
  ok: boolean
  detail?: string
}

/** The store answers a query and every known migration is applied (none pending, none unknown). */
export function storeCheck(db: Kysely<unknown>): () => Promise<StoreCheckResult> {
  return async () => {
    const migrator = new Migrator({ db, provider: migrationProvider, migrationTableName: MIGRATION_TABLE })
    const migrations = await migrator.getMigrations()
    const pending = migrations.filter((m) => m.executedAt === undefined).map((m) => m.name)
    if (pending.length > 0) return { ok: false, detail: `migrations not applied: ${pending.join(', ')}` }
    return { ok: true, detail: `${migrations.length} migrations applied` }
  }
}
