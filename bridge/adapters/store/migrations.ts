/**
 * The schema, as versioned migrations applied at open. They live in code (a static provider, no
 * directory scanning) because the production image bundles the bridge: there is no migrations folder at
 * run time. Migrations are append-only: once released, one is never edited — a change is a new entry.
 *
 * Portability: only Kysely's schema builder and standard SQL (CHECK, REFERENCES, composite keys), TEXT
 * for JSON and ISO timestamps, INTEGER keys assigned by the store — so a Postgres dialect runs them as is.
 */
import { type Kysely, PostgresAdapter, sql } from 'kysely'
import { type Migration, type MigrationProvider, Migrator } from 'kysely/migration'

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
  // Time-bound access grants. `granted_by` is unique (one grant per granting execution); the expiry claim
  // columns are the scheduler's lock: a conditional UPDATE on them is exactly-once across replicas.
  '0002_access_grants': {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('grants')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('user_id', 'text', (c) => c.notNull())
        .addColumn('login', 'text', (c) => c.notNull())
        .addColumn('resource_type', 'text', (c) => c.notNull().check(sql`resource_type in ('group', 'app')`))
        .addColumn('resource_id', 'text', (c) => c.notNull())
        .addColumn('resource_name', 'text')
        .addColumn('preexisting', 'integer', (c) => c.notNull().check(sql`preexisting in (0, 1)`))
        .addColumn('expires_at', 'text')
        .addColumn('justification', 'text', (c) => c.notNull())
        .addColumn('ticket', 'text', (c) => c.notNull())
        .addColumn('granted_by', 'text', (c) => c.notNull().unique())
        .addColumn('status', 'text', (c) =>
          c.notNull().check(sql`status in ('active', 'revoked', 'expired')`),
        )
        .addColumn('ended_by', 'text')
        .addColumn('ended_at', 'text')
        .addColumn('end_reason', 'text')
        .addColumn('extended_by', 'text', (c) => c.notNull())
        .addColumn('expiry_claimed_by', 'text')
        .addColumn('expiry_claimed_until', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute()
      await db.schema
        .createIndex('grants_status_expires_at_idx')
        .on('grants')
        .columns(['status', 'expires_at'])
        .execute()
      await db.schema.createIndex('grants_user_id_idx').on('grants').column('user_id').execute()
      await db.schema.createIndex('grants_resource_id_idx').on('grants').column('resource_id').execute()
    },
  },
  '0003_okta_onboarding': {
    async up(db: Kysely<unknown>): Promise<void> {
      // Okta event hook deliveries, one row per event uuid (Okta delivers at least once).
      await db.schema
        .createTable('okta_event_inbox')
        .addColumn('uuid', 'text', (c) => c.primaryKey())
        .addColumn('event_type', 'text', (c) => c.notNull())
        .addColumn('published', 'text', (c) => c.notNull())
        .addColumn('event', 'text', (c) => c.notNull())
        .addColumn('delivery_id', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) =>
          c.notNull().check(sql`status in ('pending', 'processed', 'ignored')`),
        )
        .addColumn('attempts', 'integer', (c) => c.notNull())
        .addColumn('next_attempt_at', 'text', (c) => c.notNull())
        .addColumn('claimed_by', 'text')
        .addColumn('claimed_until', 'text')
        .addColumn('last_error', 'text')
        .addColumn('outcome', 'text')
        .addColumn('seq', 'integer', (c) => c.notNull())
        .addColumn('received_at', 'text', (c) => c.notNull())
        .addColumn('processed_at', 'text')
        .execute()
      await db.schema
        .createIndex('okta_event_inbox_due_idx')
        .on('okta_event_inbox')
        .columns(['status', 'next_attempt_at'])
        .execute()
      // Users born in Okta and the approval incident the bridge opened for each: one per user, one per incident.
      await db.schema
        .createTable('okta_onboardings')
        .addColumn('okta_user_id', 'text', (c) => c.primaryKey())
        .addColumn('login', 'text', (c) => c.notNull())
        .addColumn('incident_sys_id', 'text', (c) => c.notNull().unique())
        .addColumn('incident_number', 'text', (c) => c.notNull())
        .addColumn('event_uuid', 'text', (c) => c.notNull())
        .addColumn('decision', 'text', (c) => c.check(sql`decision in ('approved', 'rejected')`))
        .addColumn('decided_by', 'text')
        .addColumn('decided_at', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute()
    },
  },
  '0004_servicenow_outbox': {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('outbox')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('message', 'text', (c) => c.notNull())
        .addColumn('source', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) =>
          c.notNull().check(sql`status in ('pending', 'delivered', 'parked')`),
        )
        .addColumn('attempts', 'integer', (c) => c.notNull())
        .addColumn('next_attempt_at', 'text', (c) => c.notNull())
        .addColumn('claimed_by', 'text')
        .addColumn('claimed_until', 'text')
        .addColumn('last_error', 'text')
        .addColumn('result', 'text')
        .addColumn('seq', 'integer', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('delivered_at', 'text')
        .execute()
      await db.schema
        .createIndex('outbox_due_idx')
        .on('outbox')
        .columns(['status', 'next_attempt_at'])
        .execute()
      await db.schema.createIndex('outbox_source_idx').on('outbox').column('source').execute()
    },
  },
  '0005_audit_anchors_and_joins': {
    async up(db: Kysely<unknown>): Promise<void> {
      // What was sent to ServiceNow as the chain head; the next anchor starts after the latest.
      await db.schema
        .createTable('audit_anchors')
        .addColumn('seq', 'integer', (c) => c.primaryKey())
        .addColumn('first_seq', 'integer', (c) => c.notNull())
        .addColumn('hash', 'text', (c) => c.notNull())
        .addColumn('anchored_at', 'text', (c) => c.notNull())
        .execute()
      // Lookups of the request id of changes recorded without one. No foreign key to audit_entries: the
      // chain must stay verifiable (and its tampering visible) whatever happens to this table.
      await db.schema
        .createTable('audit_request_joins')
        .addColumn('seq', 'integer', (c) => c.primaryKey())
        .addColumn('status', 'text', (c) =>
          c.notNull().check(sql`status in ('pending', 'joined', 'abandoned')`),
        )
        .addColumn('okta_request_id', 'text')
        .addColumn('attempts', 'integer', (c) => c.notNull())
        .addColumn('next_attempt_at', 'text', (c) => c.notNull())
        .addColumn('joined_at', 'text')
        .execute()
      await db.schema
        .createIndex('audit_request_joins_due_idx')
        .on('audit_request_joins')
        .columns(['status', 'next_attempt_at'])
        .execute()
      // Changes recorded without a request id are found by this index, not by scanning the chain.
      await db.schema
        .createIndex('audit_entries_unjoined_idx')
        .on('audit_entries')
        .column('seq')
        .where(sql.ref('okta_request_id'), 'is', null)
        .execute()
    },
  },
  // Replicas sharing one database (Postgres). A running execution is held by one replica (`lease_holder`, a
  // replica id) until `lease_until`, renewed while it runs; another replica takes over a lapsed one. Rows left
  // running by an older bridge have no lease, which counts as lapsed: the first replica to look resumes them.
  // `duty_leases` holds the singleton duties (the scheduled reconciliation, anchoring, the request id joiner):
  // one row per duty, claimed by the same compare-and-set as every other lease.
  '0006_replica_leases': {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema.alterTable('executions').addColumn('lease_holder', 'text').execute()
      await db.schema.alterTable('executions').addColumn('lease_until', 'text').execute()
      await db.schema
        .createIndex('executions_status_lease_until_idx')
        .on('executions')
        .columns(['status', 'lease_until'])
        .execute()
      await db.schema
        .createTable('duty_leases')
        .addColumn('name', 'text', (c) => c.primaryKey())
        .addColumn('holder', 'text', (c) => c.notNull())
        .addColumn('lease_until', 'text', (c) => c.notNull())
        .execute()
    },
  },
  '0007_okta_budget': {
    async up(db: Kysely<unknown>): Promise<void> {
      // The org's Okta rate-limit windows, one row per endpoint family, shared by the replicas: what Okta
      // said of the window (limit, reset) and how many requests the bridge has reserved in it.
      await db.schema
        .createTable('okta_budget')
        .addColumn('family', 'text', (c) => c.primaryKey())
        .addColumn('limit_value', 'integer', (c) => c.notNull())
        .addColumn('used', 'integer', (c) => c.notNull())
        // Epoch seconds by Okta's clock; bigint so it outlives 2038.
        .addColumn('window_reset', 'bigint', (c) => c.notNull())
        // 1 while the window began after the latest answer: its reset is a guess, and reservations made in it
        // count against the previous limit until an answer says otherwise.
        .addColumn('provisional', 'integer', (c) => c.notNull().check(sql`provisional in (0, 1)`))
        .execute()
      // The org's concurrent requests in flight, in two time buckets (current and previous): a slot a dead
      // replica never gave back is forgotten when its bucket is two behind. One row.
      await db.schema
        .createTable('okta_concurrency')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('bucket', 'bigint', (c) => c.notNull())
        .addColumn('current_count', 'integer', (c) => c.notNull())
        .addColumn('previous_count', 'integer', (c) => c.notNull())
        .execute()
      await db
        .insertInto('okta_concurrency' as never)
        .values({ id: 'org', bucket: 0, current_count: 0, previous_count: 0 } as never)
        .execute()
    },
  },
  '0008_batches': {
    async up(db: Kysely<unknown>): Promise<void> {
      // Bulk requests (`POST /api/flo/batch`): one row per batch, its key claimed like an execution's.
      await db.schema
        .createTable('batches')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('idempotency_key', 'text', (c) => c.notNull().unique())
        .addColumn('request_hash', 'text', (c) => c.notNull())
        .addColumn('caller', 'text', (c) => c.notNull())
        .addColumn('ticket', 'text', (c) => c.notNull())
        .addColumn('total', 'integer', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute()
      // Each item a leased queue row (the columns `lease.ts` claims with), worked into an ordinary execution.
      await db.schema
        .createTable('batch_items')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('batch_id', 'text', (c) => c.notNull().references('batches.id'))
        .addColumn('idx', 'integer', (c) => c.notNull())
        .addColumn('flow', 'text', (c) => c.notNull())
        .addColumn('input', 'text', (c) => c.notNull())
        .addColumn('idempotency_key', 'text', (c) => c.notNull())
        .addColumn('request_hash', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) =>
          c.notNull().check(sql`status in ('pending', 'succeeded', 'failed')`),
        )
        .addColumn('execution_id', 'text')
        .addColumn('problem', 'text')
        .addColumn('attempts', 'integer', (c) => c.notNull())
        .addColumn('next_attempt_at', 'text', (c) => c.notNull())
        .addColumn('claimed_by', 'text')
        .addColumn('claimed_until', 'text')
        .addColumn('last_error', 'text')
        .addColumn('seq', 'integer', (c) => c.notNull())
        .addColumn('finished_at', 'text')
        .addUniqueConstraint('batch_items_batch_idx_key', ['batch_id', 'idx'])
        .execute()
      await db.schema
        .createIndex('batch_items_due_idx')
        .on('batch_items')
        .columns(['status', 'next_attempt_at'])
        .execute()
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
 *
 * On Postgres, several replicas may start at once: the migrations run on one connection holding a session
 * advisory lock (`pg_advisory_lock`), so the others wait, then find nothing pending. (Kysely's migrator also
 * locks its own table; the explicit lock makes the guarantee ours, stated here, not an implementation detail.)
 */
export async function migrateToLatest(db: Kysely<unknown>): Promise<string[]> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return migrate(db)
  return db.connection().execute(async (connection) => {
    await sql`select pg_advisory_lock(${sql.lit(MIGRATION_LOCK_KEY)})`.execute(connection)
    try {
      return await migrate(connection)
    } finally {
      await sql`select pg_advisory_unlock(${sql.lit(MIGRATION_LOCK_KEY)})`.execute(connection)
    }
  })
}

/** The key of the session advisory lock held while migrating on Postgres ("JMLM" in ASCII). */
export const MIGRATION_LOCK_KEY = 0x4a4d4c4d

async function migrate(db: Kysely<unknown>): Promise<string[]> {
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
