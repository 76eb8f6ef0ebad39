/**
 * The schema, as versioned migrations applied at open. They live in code (a static provider, no
 * directory scanning) because the production image bundles the bridge: there is no migrations folder at
 * run time. Migrations are append-only: once released, one is never edited — a change is a new entry.
 *
 * Portability: only Kysely's schema builder and standard SQL (CHECK, REFERENCES, composite keys), TEXT
 * for JSON and ISO timestamps, INTEGER keys assigned by the store — so a Postgres dialect runs them as is.
 */
import { type Kysely, type Migration, type MigrationProvider, Migrator, sql } from 'kysely'

/** The table where Kysely records applied migrations (Kysely's default name, stated so tools can read it). */
export const MIGRATION_TABLE = 'kysely_migration'

// Migrations take Kysely<unknown>: they describe the schema as it was at their version, not today's types.
const MIGRATIONS: Readonly<Record<string, Migration>> = {
  '0001_initial': {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('executions')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('flow', 'text', (c) => c.notNull())
        .addColumn('idempotency_key', 'text', (c) => c.notNull().unique())
        .addColumn('request_hash', 'text', (c) => c.notNull())
        .addColumn('ticket_number', 'text', (c) => c.notNull())
        .addColumn('ticket', 'text', (c) => c.notNull())
        .addColumn('caller', 'text', (c) => c.notNull())
        .addColumn('input', 'text', (c) => c.notNull())
        .addColumn('plan', 'text')
        .addColumn('plan_hash', 'text')
        .addColumn('status', 'text', (c) =>
          c.notNull().check(sql`status in ('running', 'succeeded', 'failed')`),
        )
        .addColumn('output', 'text')
        .addColumn('error', 'text')
        .addColumn('attempts', 'integer', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('finished_at', 'text')
        .execute()
      await db.schema.createIndex('executions_status_idx').on('executions').column('status').execute()
      await db.schema
        .createIndex('executions_ticket_number_idx')
        .on('executions')
        .column('ticket_number')
        .execute()

      await db.schema
        .createTable('steps')
        .addColumn('execution_id', 'text', (c) => c.notNull().references('executions.id'))
        .addColumn('seq', 'integer', (c) => c.notNull())
        .addColumn('attempt', 'integer', (c) => c.notNull())
        .addColumn('operation', 'text', (c) => c.notNull())
        .addColumn('target', 'text', (c) => c.notNull())
        .addColumn('okta_request_id', 'text')
        .addColumn('outcome', 'text', (c) => c.notNull().check(sql`outcome in ('succeeded', 'failed')`))
        .addColumn('error', 'text')
        .addColumn('at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('steps_pk', ['execution_id', 'seq'])
        .execute()

      await db.schema
        .createTable('audit_entries')
        .addColumn('seq', 'integer', (c) => c.primaryKey())
        .addColumn('execution_id', 'text', (c) => c.notNull().references('executions.id'))
        .addColumn('flow', 'text', (c) => c.notNull())
        .addColumn('ticket_number', 'text', (c) => c.notNull())
        .addColumn('ticket_sys_id', 'text')
        .addColumn('requested_by', 'text', (c) => c.notNull())
        .addColumn('approved_by', 'text')
        .addColumn('caller', 'text', (c) => c.notNull())
        .addColumn('operation', 'text', (c) => c.notNull())
        .addColumn('target', 'text', (c) => c.notNull())
        .addColumn('okta_user_id', 'text')
        .addColumn('okta_request_id', 'text')
        .addColumn('outcome', 'text', (c) => c.notNull())
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('prev_hash', 'text', (c) => c.notNull())
        .addColumn('hash', 'text', (c) => c.notNull())
        .execute()
      for (const column of ['ticket_number', 'okta_user_id', 'okta_request_id', 'at'] as const) {
        await db.schema
          .createIndex(`audit_entries_${column}_idx`)
          .on('audit_entries')
          .column(column)
          .execute()
      }
    },
  },
}

/** Serves the in-code migrations to Kysely's Migrator. */
export const migrationProvider: MigrationProvider = {
  async getMigrations() {
    return MIGRATIONS
  },
}

/**
 * Applies every pending migration, in name order, each in its own transaction, and answers the names it
 * applied (none on an up-to-date database). Fails loudly: a failed migration — or a database carrying a
 * migration this code does not know (an older bridge on a newer database) — throws, and the bridge does
 * not start on a schema it does not understand.
 */
export async function migrateToLatest(db: Kysely<unknown>): Promise<string[]> {
  const migrator = new Migrator({ db, provider: migrationProvider, migrationTableName: MIGRATION_TABLE })
  const { error, results = [] } = await migrator.migrateToLatest()
  if (error !== undefined) {
    const failed = results.find((r) => r.status === 'Error')?.migrationName
    const message = error instanceof Error ? error.message : String(error)
    const which = failed === undefined ? 'database migration' : `database migration ${failed}`
    throw new Error(`${which} failed: ${message}`, { cause: error })
  }
  return results.filter((r) => r.status === 'Success').map((r) => r.migrationName)
}
