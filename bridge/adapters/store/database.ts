/**
 * Opens the bridge's database from `DATABASE_URL`: SQLite (better-sqlite3), the embedded default for one
 * replica, or Postgres (`pg` through Kysely's PostgresDialect) for several. The schema and every query go
 * through Kysely's query builder so both dialects share them — only this file (connection set-up) and the
 * transaction start are dialect-specific.
 */
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync } from 'node:fs'
import { dirname } from 'node:path'
import SQLite from 'better-sqlite3'
import { Kysely } from 'kysely'
import type pg from 'pg'
import { DEFAULT_DATABASE_URL, type PostgresLocation, parseDatabaseUrl } from '../../ports/store-location.js'
import { GroupCommitPostgresDialect } from './postgres-group-commit.js'
import { GroupCommitSqliteDialect, type GroupCommitStats } from './sqlite-group-commit.js'

// Declared with the store's port (the configuration validates `DATABASE_URL` with them too); re-exported for
// the store's callers.
export { type DatabaseLocation, DEFAULT_DATABASE_URL, parseDatabaseUrl } from '../../ports/store-location.js'

/** `executions`: one row per idempotency key. JSON columns are TEXT so Postgres can mirror them as-is. */
export interface ExecutionsTable {
  id: string
  flow: string
  idempotency_key: string
  request_hash: string
  ticket_number: string
  /** JSON: the ticket. */
  ticket: string
  /** JSON: the caller. */
  caller: string
  /** JSON: the validated input. */
  input: string
  /** JSON: the plan being applied. */
  plan: string | null
  plan_hash: string | null
  status: string
  /** JSON. */
  output: string | null
  /** JSON: the problem members. */
  error: string | null
  attempts: number
  /** ISO-8601 UTC timestamps as TEXT: they sort as strings and read the same in every dialect. */
  created_at: string
  updated_at: string
  finished_at: string | null
  /** The replica running it and until when (ISO-8601 UTC); null when nobody holds it (a finished run's end). */
  lease_holder: string | null
  lease_until: string | null
}

/** `steps`: the Okta operations of an execution, numbered by completion. */
export interface StepsTable {
  execution_id: string
  seq: number
  attempt: number
  operation: string
  /** JSON: the target. */
  target: string
  okta_request_id: string | null
  outcome: string
  error: string | null
  at: string
}

/** `audit_entries`: the hash chain, one row per Okta change. */
export interface AuditEntriesTable {
  /** Assigned explicitly (max + 1 in the appending transaction), never by AUTOINCREMENT or a sequence. */
  seq: number
  execution_id: string
  flow: string
  ticket_number: string
  ticket_sys_id: string | null
  requested_by: string
  approved_by: string | null
  caller: string
  operation: string
  /** JSON: the target. */
  target: string
  okta_user_id: string | null
  okta_request_id: string | null
  outcome: string
  at: string
  prev_hash: string
  hash: string
}

/** `outbox`: messages to ServiceNow, kept until delivered (`bridge/ports/outbox.ts`). */
export interface OutboxTable {
  key: string
  /** JSON: the message. */
  message: string
  source: string
  status: string
  attempts: number
  next_attempt_at: string
  claimed_by: string | null
  claimed_until: string | null
  last_error: string | null
  /** JSON: what ServiceNow answered. */
  result: string | null
  /** Order of enqueueing (ISO timestamps can tie): assigned max + 1 in the enqueueing transaction. */
  seq: number
  created_at: string
  delivered_at: string | null
}

/** `grants`: time-bound access grants (`bridge/ports/grants.ts`), one per granting execution. */
export interface GrantsTable {
  id: string
  user_id: string
  login: string
  resource_type: string
  resource_id: string
  resource_name: string | null
  /** 0/1: the user held the access before the grant (ending the grant never removes it). */
  preexisting: number
  /** ISO-8601 UTC; null for permanent access. */
  expires_at: string | null
  justification: string
  /** JSON: the ticket. */
  ticket: string
  /** The granting execution: unique, so a resumed execution records its grant once. */
  granted_by: string
  status: string
  ended_by: string | null
  ended_at: string | null
  end_reason: string | null
  /** JSON: the executions that moved the end date, oldest first. */
  extended_by: string
  /** The scheduler holding the expiry, and until when (a lease another replica may take over after). */
  expiry_claimed_by: string | null
  expiry_claimed_until: string | null
  created_at: string
  updated_at: string
}

/** `okta_event_inbox`: Okta event hook events, one row per uuid (`bridge/ports/event-inbox.ts`). */
export interface OktaEventInboxTable {
  uuid: string
  event_type: string
  published: string
  /** JSON: the LogEvent as delivered. */
  event: string
  delivery_id: string
  status: string
  attempts: number
  next_attempt_at: string
  claimed_by: string | null
  claimed_until: string | null
  last_error: string | null
  outcome: string | null
  /** Order of arrival (ISO timestamps can tie): assigned max + 1 in the receiving transaction. */
  seq: number
  received_at: string
  processed_at: string | null
}

/** `okta_onboardings`: users born in Okta ↔ the approval incident (`bridge/ports/onboarding.ts`). */
export interface OktaOnboardingsTable {
  okta_user_id: string
  login: string
  incident_sys_id: string
  incident_number: string
  event_uuid: string
  decision: string | null
  decided_by: string | null
  decided_at: string | null
  created_at: string
}

/** `audit_anchors`: the anchors handed to the outbox for ServiceNow (`bridge/ports/audit-trail.ts`). */
export interface AuditAnchorsTable {
  /** The chain head the anchor names. */
  seq: number
  first_seq: number
  hash: string
  anchored_at: string
}

/** `audit_request_joins`: changes recorded without a request id, and the background lookups for it. */
export interface AuditRequestJoinsTable {
  /** The audit entry (`audit_entries.seq`). */
  seq: number
  status: string
  okta_request_id: string | null
  attempts: number
  next_attempt_at: string
  joined_at: string | null
}

/** `batches`: bulk requests (`bridge/ports/batches.ts`), one per batch idempotency key. */
export interface BatchesTable {
  id: string
  /** The caller-scoped key (as executions scope theirs): one batch per key. */
  idempotency_key: string
  request_hash: string
  /** JSON: the caller that made it (only it may read the batch). */
  caller: string
  /** JSON: the batch's ticket. */
  ticket: string
  total: number
  created_at: string
}

/** `batch_items`: a batch's items, a leased queue (`lease.ts`) worked into executions. */
export interface BatchItemsTable {
  /** `{batchId}:{index}`: the one column the lease claim names a row by. */
  id: string
  batch_id: string
  /** The item's position in the request (0-based). */
  idx: number
  flow: string
  /** JSON: the validated input, ticket filled in. */
  input: string
  /** The item's idempotency key (unscoped: the execution service scopes it by caller and flow). */
  idempotency_key: string
  request_hash: string
  /** `pending` until its execution has finished, then `succeeded` or `failed`. */
  status: string
  execution_id: string | null
  /** JSON: the problem members of a failed item. */
  problem: string | null
  attempts: number
  next_attempt_at: string
  claimed_by: string | null
  claimed_until: string | null
  last_error: string | null
  /** Queue order across batches: assigned max + 1 in the creating transaction. */
  seq: number
  finished_at: string | null
}

/** `okta_budget`: the org's Okta rate-limit window per endpoint family (`bridge/ports/okta-budget.ts`). */
export interface OktaBudgetTable {
  family: string
  limit_value: number
  used: number
  /** Epoch seconds (Okta's clock); bigint, which the Postgres driver reads as a string. */
  window_reset: number | string
  provisional: number
}

/** `okta_concurrency`: the org's concurrent Okta requests in flight, in two time buckets (one row, `org`). */
export interface OktaConcurrencyTable {
  id: string
  bucket: number | string
  current_count: number
  previous_count: number
}

/** The tables as Kysely sees them. */
export interface DatabaseSchema {
  executions: ExecutionsTable
  steps: StepsTable
  audit_entries: AuditEntriesTable
  grants: GrantsTable
  outbox: OutboxTable
  okta_event_inbox: OktaEventInboxTable
  okta_onboardings: OktaOnboardingsTable
  audit_anchors: AuditAnchorsTable
  audit_request_joins: AuditRequestJoinsTable
  okta_budget: OktaBudgetTable
  okta_concurrency: OktaConcurrencyTable
  batches: BatchesTable
  batch_items: BatchItemsTable
  duty_leases: DutyLeasesTable
}

/** A singleton duty's lease: which replica runs it (`holder`) until when (ISO-8601 UTC). */
export interface DutyLeasesTable {
  name: string
  holder: string
  lease_until: string
}

/** An open database. */
export interface OpenedDatabase {
  db: Kysely<DatabaseSchema>
  dialect: 'sqlite' | 'postgres'
  /** SQLite: an absolute file path, or `:memory:`. Postgres: the URL without its password. */
  filename: string
  /** SQLite: the connection's group commits so far (`sqlite-group-commit.ts`), for the metrics. */
  commits?: GroupCommitStats
}

/** How to open. */
export interface OpenDatabaseOptions {
  /**
   * Refuse to create a missing database file (tools that inspect an existing database, such as
   * `audit:verify`, must not answer "all good" about a fresh empty file created by a mistyped URL).
   */
  mustExist?: boolean
  /**
   * Postgres: a file holding the password (Docker and Kubernetes secrets are files), for a URL without one.
   * The bridge passes its validated `DATABASE_PASSWORD_FILE`; tools such as `audit:verify` pass theirs.
   */
  passwordFile?: string
}

/**
 * The SQLite files open in this process, by absolute path: every `openDatabase` of one file shares its connection
 * (and closes it with the last `destroy`). Tests open a file twice to play two replicas; the bridge opens it once.
 */
const openFiles = new Map<string, GroupCommitSqliteDialect>()

/**
 * Opens the database a `DATABASE_URL` names and sets the connection up. It does not migrate:
 * `openExecutionStore` does, so a bare connection stays available for tests and tools.
 *
 * SQLite settings, and why:
 * - `journal_mode = WAL`: readers (the `audit:verify` CLI, a backup) never block the writer;
 * - `foreign_keys = ON`: SQLite ignores REFERENCES unless asked, and steps must belong to an execution;
 * - `busy_timeout = 5000`: another process holding the write lock is waited for, not failed on;
 * - `synchronous = NORMAL`: durable across application crashes in WAL mode, fsyncs only at checkpoints.
 */
export async function openDatabase(
  url: string = DEFAULT_DATABASE_URL,
  options: OpenDatabaseOptions = {},
): Promise<OpenedDatabase> {
  const location = parseDatabaseUrl(url)
  if (location.dialect === 'postgres') return openPostgres(location, options)
  const { filename } = location
  const memory = filename === ':memory:'
  if (!memory && options.mustExist && !existsSync(filename)) throw new Error(`no database at ${filename}`)
  // A file this process already has open: the same connection, so its group commits cover both (a second
  // connection would wait for the first's write lock synchronously, blocking the event loop that releases it).
  const open = memory ? undefined : openFiles.get(filename)
  if (open !== undefined) {
    open.retain()
    return {
      db: new Kysely<DatabaseSchema>({ dialect: open }),
      dialect: 'sqlite',
      filename,
      commits: open.driver.stats,
    }
  }
  if (!memory) mkdirSync(dirname(filename), { recursive: true })
  let sqlite: SQLite.Database
  try {
    sqlite = new SQLite(filename, { fileMustExist: options.mustExist === true && !memory })
  } catch (error) {
    throw new Error(`cannot open the database ${filename}: ${(error as Error).message}`, { cause: error })
  }
  try {
    const journal = sqlite.pragma('journal_mode = WAL', { simple: true })
    // An in-memory database has no journal file and answers "memory"; a file that cannot use WAL (some
    // network file systems) would silently lose reader/writer concurrency, so it is refused.
    if (!memory && String(journal).toLowerCase() !== 'wal') {
      throw new Error(`cannot enable WAL journaling on ${filename} (journal_mode is ${String(journal)})`)
    }
    sqlite.pragma('foreign_keys = ON')
    sqlite.pragma('busy_timeout = 5000')
    sqlite.pragma('synchronous = NORMAL')
  } catch (error) {
    sqlite.close()
    throw error
  }
  // Group commit and kept prepared statements over the one connection (`sqlite-group-commit.ts`); its groups
  // begin immediate, so a second process on the file queues for the write lock rather than failing mid-way.
  const dialect = new GroupCommitSqliteDialect(sqlite, () => openFiles.delete(filename))
  if (!memory) openFiles.set(filename, dialect)
  const db = new Kysely<DatabaseSchema>({ dialect })
  return { db, dialect: 'sqlite', filename, commits: dialect.driver.stats }
}

/**
 * The key of the transaction-scoped advisory lock every Postgres write transaction runs under (an arbitrary
 * constant, "JML1" in ASCII; a replica's group of transactions takes it once, `postgres-group-commit.ts`). It is Postgres's `BEGIN IMMEDIATE`: the store assigns sequence numbers as
 * max + 1 and extends the audit chain from the head it reads, which is only right if one writer at a time
 * reads and writes — across every replica on the database, not only within one process.
 */
export const WRITE_LOCK_KEY = 0x4a4d4c31

/** The Postgres password: the URL's, or the file's (not both: which one wins would be a guess). */
function postgresPassword(location: PostgresLocation, options: OpenDatabaseOptions): string | undefined {
  const file = options.passwordFile
  if (file === undefined || file === '') return location.password
  if (location.password !== undefined) {
    throw new Error('DATABASE_URL carries a password and DATABASE_PASSWORD_FILE is set; set only one')
  }
  let password: string
  try {
    password = readFileSync(file, 'utf8').replace(/\r?\n$/, '')
  } catch (error) {
    throw new Error(
      `DATABASE_PASSWORD_FILE: cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
    )
  }
  if (password === '') throw new Error(`DATABASE_PASSWORD_FILE: ${file} is empty`)
  return password
}

/**
 * Opens a Postgres pool and proves it answers (a wrong password or host fails here, at start, not at the
 * first request). Errors name the URL without its password.
 */
async function openPostgres(
  location: PostgresLocation,
  options: OpenDatabaseOptions,
): Promise<OpenedDatabase> {
  const password = postgresPassword(location, options)
  // Loaded here, not at the top: a bridge on SQLite never needs `pg`, and would carry it in memory for nothing.
  const { default: pgModule } = await import('pg')
  const pool = new pgModule.Pool({
    host: location.host,
    port: location.port,
    database: location.database,
    user: location.user,
    ...(password === undefined ? {} : { password }),
    ...(location.params.sslmode !== undefined && location.params.sslmode !== 'disable' ? { ssl: true } : {}),
    ...(location.params.application_name !== undefined
      ? { application_name: location.params.application_name }
      : { application_name: 'okta-jml-bridge' }),
    max: 10,
    Client: preparingClient(pgModule),
  })
  // An idle client's error (the server restarted) is reported on the pool; unhandled it would crash the
  // process. The next query takes a fresh client and fails or succeeds on its own.
  pool.on('error', () => undefined)
  try {
    const client = await pool.connect()
    client.release()
  } catch (error) {
    await pool.end().catch(() => undefined)
    throw new Error(`cannot open the database ${location.display}: ${(error as Error).message}`, {
      cause: error,
    })
  }
  // Write transactions take the write lock, grouped on one writer connection (`postgres-group-commit.ts`).
  const dialect = new GroupCommitPostgresDialect(pool, WRITE_LOCK_KEY)
  const db = new Kysely<DatabaseSchema>({ dialect })
  return { db, dialect: 'postgres', filename: location.display, commits: dialect.driver.stats }
}

/**
 * The `pg` client class (`PreparingClient`) that sends the store's queries as named prepared statements: each
 * connection parses and plans a given SQL text once, then only binds and executes it (the store runs the same few dozen statements over and
 * over; parsing each anew was server CPU spent for nothing). The name is a digest of the text, so one text always
 * has one name and two texts never share one. Only data statements are named (`select`, `insert`, `update`,
 * `delete`, `with`): transaction control, advisory locks by literal and the migrations' DDL go as they are.
 */
function preparingClient(pgModule: typeof pg): typeof pg.Client {
  // A class made from the lazily loaded module (see `openPostgres`), once per pool.
  return class PreparingClient extends pgModule.Client {
    // biome-ignore lint/suspicious/noExplicitAny: pg's `query` has a dozen overloads; this passes them all through.
    override query(config: any, values?: any, callback?: any): any {
      if (
        typeof config === 'string' &&
        Array.isArray(values) &&
        callback === undefined &&
        PREPARABLE.test(config)
      ) {
        const name = `s_${createHash('sha1').update(config).digest('base64url')}`
        return super.query({ name, text: config, values })
      }
      return super.query(config, values, callback)
    }
  }
}

/** The statements {@link PreparingClient} prepares. */
const PREPARABLE = /^\s*(select|insert|update|delete|with)\b/i
