/**
 * The SQL execution store on both dialects, one parameterised suite — real SQLite files (WAL needs a file;
 * `:memory:` is covered once) and real Postgres databases on a throw-away cluster: migrations applied and
 * recorded, the SQLite connection pragmas, idempotency-key claims under concurrency, steps and audit
 * entries written in one transaction, audit queries, the hash chain and its verification after tampering
 * with rows through a second connection (each dialect's own driver), restart/finish state rules, crash recovery (`unfinished`), JSON
 * round-trips, and the `audit:verify` CLI as a process.
 */
import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { once } from 'node:events'
import { existsSync } from 'node:fs'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import SQLite from 'better-sqlite3'
import { type Kysely, sql } from 'kysely'
import pg from 'pg'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import {
  auditHash,
  DEFAULT_DATABASE_URL,
  GENESIS_HASH,
  MIGRATION_TABLE,
  migrateToLatest,
  openDatabase,
  openExecutionStore,
  parseDatabaseUrl,
  type SqlExecutionStore,
} from '../../bridge/adapters/store/index.js'
import {
  ExecutionLeaseLostError,
  ExecutionNotFoundError,
  ExecutionStateError,
  type NewExecution,
  type StepInput,
} from '../../bridge/ports/store.js'
import { startBridge } from '../../dev/start.js'
import { UNANCHORED_DETAIL } from '../../shared/index.js'
import { PG_PASSWORD, type StoreDialect, storeDialects } from './support/store-dialects.js'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const USER_A = '00uAAAAAAAAAAAAAAAAA'
const USER_B = '00uBBBBBBBBBBBBBBBBB'
const GROUP = '00gGGGGGGGGGGGGGGGGG'

let dir: string
let fileCount = 0
/** Stores opened by a test, closed after it so a failing assertion leaks no connection. */
const opened: { close(): Promise<void> }[] = []

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bridge-store-'))
})
afterEach(async () => {
  for (const store of opened.splice(0)) await store.close().catch(() => undefined)
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

/** A fresh database file in the temp directory. */
function newFile(): string {
  fileCount += 1
  return join(dir, `store-${fileCount}.db`)
}

/** A clock the test moves: every read advances one second, so timestamps are distinct and ordered. */
function steppingClock(start = '2025-03-01T10:00:00.000Z'): () => Date {
  let t = Date.parse(start)
  return () => {
    const now = new Date(t)
    t += 1000
    return now
  }
}

/** The dialect the parameterised suite is running (set by its `beforeAll`). */
let current: StoreDialect | undefined

/** A `DATABASE_URL` naming a new, empty database of the dialect under test. */
async function newDb(): Promise<string> {
  if (current === undefined) throw new Error('no dialect started')
  return current.newDatabaseUrl()
}

async function open(url?: string, now = steppingClock()): Promise<SqlExecutionStore> {
  const store = await openExecutionStore(url ?? (await newDb()), { now })
  opened.push(store)
  return store
}

let executionCount = 0
function newExecution(overrides: Partial<NewExecution> = {}): NewExecution {
  executionCount += 1
  return {
    id: `exe_${executionCount}`,
    flow: 'joiner',
    idempotencyKey: `key-${executionCount}`,
    requestHash: 'a'.repeat(64),
    ticket: {
      number: 'RITM0010001',
      sysId: '0123456789abcdef0123456789abcdef',
      requestedBy: 'jdoe',
      approvedBy: 'mgr',
    },
    caller: { kind: 'client-token', id: 'workflows' },
    input: { user: { login: 'ada@example.com' } },
    ...overrides,
  }
}

function step(overrides: Partial<StepInput> = {}): StepInput {
  return {
    attempt: 1,
    operation: 'addGroupMember',
    target: { userId: USER_A, login: 'ada@example.com', groupId: GROUP, groupName: 'Engineering' },
    oktaRequestId: `req-${Math.random().toString(36).slice(2)}`,
    outcome: 'succeeded',
    error: null,
    ...overrides,
  }
}

/** A second, independent connection to the database, outside the store: how someone with database access would tamper. */
interface RawConnection {
  /** Runs a statement; `?` placeholders take `params` in order. */
  run(text: string, ...params: unknown[]): Promise<void>
  /** The first column of the first row. */
  value(text: string): Promise<unknown>
}

async function raw(url: string): Promise<RawConnection> {
  const location = parseDatabaseUrl(url)
  if (location.dialect === 'sqlite') {
    const db = new SQLite(location.filename)
    opened.push({ close: async () => void db.close() })
    return {
      async run(text, ...params) {
        db.prepare(text).run(...params)
      },
      async value(text) {
        return db.prepare(text).pluck().get()
      },
    }
  }
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  opened.push({ close: () => client.end() })
  let n = 0
  const numbered = (text: string) => text.replace(/\?/g, () => `$${++n}`)
  return {
    async run(text, ...params) {
      n = 0
      await client.query(numbered(text), params)
    },
    async value(text) {
      const result = await client.query({ text, rowMode: 'array' })
      return result.rows[0]?.[0]
    },
  }
}

async function pragma(db: Kysely<unknown>, name: string): Promise<unknown> {
  const { rows } = await sql<Record<string, unknown>>`pragma ${sql.raw(name)}`.execute(db)
  return Object.values(rows[0]!)[0]
}

/** Every migration this code knows, in the order they apply (one list, so a new migration is added once). */
const ALL_MIGRATIONS = [
  '0001_initial',
  '0002_access_grants',
  '0003_okta_onboarding',
  '0004_servicenow_outbox',
  '0005_audit_anchors_and_joins',
  '0006_replica_leases',
  '0007_okta_budget',
  '0008_batches',
]

describe('DATABASE_URL', () => {
  it('accepts sqlite:<path>, sqlite://<path>, sqlite::memory: and a bare path; the default is ./data/bridge.db', () => {
    expect(DEFAULT_DATABASE_URL).toBe('sqlite:./data/bridge.db')
    expect(parseDatabaseUrl('sqlite:./data/bridge.db')).toEqual({
      dialect: 'sqlite',
      filename: resolve('data/bridge.db'),
    })
    expect(parseDatabaseUrl('sqlite:///var/lib/bridge.db')).toMatchObject({ filename: '/var/lib/bridge.db' })
    expect(parseDatabaseUrl('sqlite::memory:')).toEqual({ dialect: 'sqlite', filename: ':memory:' })
    expect(parseDatabaseUrl('/tmp/x/bridge.db')).toMatchObject({ filename: '/tmp/x/bridge.db' })
    expect(parseDatabaseUrl('relative/bridge.db')).toMatchObject({ filename: resolve('relative/bridge.db') })
  })

  it('accepts postgres:// and postgresql:// URLs, decoding the password and keeping it out of the display form', () => {
    expect(parseDatabaseUrl('postgres://bridge:p%40ss%3Aw@db.internal:6432/jml?sslmode=require')).toEqual({
      dialect: 'postgres',
      host: 'db.internal',
      port: 6432,
      database: 'jml',
      user: 'bridge',
      password: 'p@ss:w',
      params: { sslmode: 'require' },
      display: 'postgres://bridge@db.internal:6432/jml',
    })
    // No password in the URL (it comes from DATABASE_PASSWORD_FILE); the default port.
    expect(parseDatabaseUrl('postgresql://bridge@[::1]/jml')).toEqual({
      dialect: 'postgres',
      host: '::1',
      port: 5432,
      database: 'jml',
      user: 'bridge',
      params: {},
      display: 'postgresql://bridge@[::1]/jml',
    })
  })

  it('refuses a Postgres URL it cannot use without quoting the password, and other schemes', async () => {
    for (const [url, message] of [
      ['postgres://bridge:s3cr3t@db/', 'names no Postgres database'],
      ['postgres://:s3cr3t@db/jml', 'names no Postgres user'],
      ['postgres://bridge:s3cr3t@db:99999/jml', 'not a valid Postgres URL'],
    ] as const) {
      expect(() => parseDatabaseUrl(url)).toThrow(message)
      try {
        parseDatabaseUrl(url)
      } catch (error) {
        expect((error as Error).message).not.toContain('s3cr3t')
      }
    }
    // A server that is not there fails at open, naming the URL without its password.
    const failure = await openExecutionStore('postgres://bridge:s3cr3t@127.0.0.1:1/jml').catch(
      (e: Error) => e,
    )
    expect(failure).toBeInstanceOf(Error)
    expect((failure as Error).message).toContain('cannot open the database postgres://bridge@127.0.0.1:1/jml')
    expect((failure as Error).message).not.toContain('s3cr3t')
    expect(() => parseDatabaseUrl('mysql://db/bridge')).toThrow('scheme "mysql:" is not supported')
    expect(() => parseDatabaseUrl('')).toThrow('DATABASE_URL is empty')
    expect(() => parseDatabaseUrl('sqlite:')).toThrow('names no file')
  })

  it('creates the directory of a new database file', async () => {
    const file = join(dir, 'nested', 'deeper', 'bridge.db')
    const store = await openExecutionStore(`sqlite:${file}`)
    opened.push(store)
    expect(existsSync(file)).toBe(true)
  })

  it('works in memory (tests)', async () => {
    const store = await openExecutionStore('sqlite::memory:')
    opened.push(store)
    const begun = await store.begin(newExecution())
    expect(begun.created).toBe(true)
    expect(await pragma(store.db as Kysely<unknown>, 'foreign_keys')).toBe(1)
  })
})

describe('the SQLite connection', () => {
  it('runs with WAL, foreign keys, a busy timeout and synchronous=NORMAL', async () => {
    const file = newFile()
    const store = await open(`sqlite:${file}`)
    const db = store.db as Kysely<unknown>
    expect(await pragma(db, 'journal_mode')).toBe('wal')
    expect(await pragma(db, 'foreign_keys')).toBe(1)
    expect(await pragma(db, 'busy_timeout')).toBe(5000)
    expect(await pragma(db, 'synchronous')).toBe(1) // NORMAL
    await store.begin(newExecution())
    expect(existsSync(`${file}-wal`)).toBe(true)
  })
})

describe.each(storeDialects())('$name', (dialect) => {
  if (dialect.unavailable !== undefined) {
    it.skip(`skipped: ${dialect.unavailable}`, () => undefined)
    return
  }
  beforeAll(async () => {
    await dialect.start()
    current = dialect
  })
  afterAll(async () => {
    await dialect.stop()
  })

  describe('migrations', () => {
    it('apply once, are recorded, and re-opening is a no-op that keeps the data', async () => {
      const file = await newDb()
      const { db } = await openDatabase(file)
      opened.push({ close: () => db.destroy() })
      expect(await migrateToLatest(db as Kysely<unknown>)).toEqual(ALL_MIGRATIONS)
      expect(await migrateToLatest(db as Kysely<unknown>)).toEqual([])
      const recorded = await sql<{ name: string }>`select name from ${sql.table(MIGRATION_TABLE)}`.execute(db)
      expect(recorded.rows.map((r) => r.name)).toEqual(ALL_MIGRATIONS)
      // The catalogue is each dialect's own: sqlite_master, or information_schema and pg_indexes.
      const tables =
        dialect.name === 'sqlite'
          ? await sql<{
              name: string
            }>`select name from sqlite_master where type = 'table' and name not like 'kysely%' order by name`.execute(
              db,
            )
          : await sql<{
              name: string
            }>`select table_name as name from information_schema.tables where table_schema = 'public' and table_name not like 'kysely%' order by table_name`.execute(
              db,
            )
      expect(tables.rows.map((r) => r.name)).toEqual([
        'audit_anchors',
        'audit_entries',
        'audit_request_joins',
        'batch_items',
        'batches',
        'duty_leases',
        'executions',
        'grants',
        'okta_budget',
        'okta_concurrency',
        'okta_event_inbox',
        'okta_onboardings',
        'outbox',
        'steps',
      ])
      const indexes =
        dialect.name === 'sqlite'
          ? await sql<{
              name: string
            }>`select name from sqlite_master where type = 'index' and name like '%_idx' order by name`.execute(
              db,
            )
          : await sql<{
              name: string
            }>`select indexname as name from pg_indexes where schemaname = 'public' and indexname like '%_idx' order by indexname`.execute(
              db,
            )
      expect(indexes.rows.map((r) => r.name)).toEqual([
        'audit_entries_at_idx',
        'audit_entries_okta_request_id_idx',
        'audit_entries_okta_user_id_idx',
        'audit_entries_ticket_number_idx',
        'audit_entries_unjoined_idx',
        'audit_request_joins_due_idx',
        'batch_items_due_idx',
        'executions_status_idx',
        'executions_status_lease_until_idx',
        'executions_ticket_number_idx',
        'grants_resource_id_idx',
        'grants_status_expires_at_idx',
        'grants_user_id_idx',
        'okta_event_inbox_due_idx',
        'outbox_due_idx',
        'outbox_source_idx',
      ])
      await db.destroy()

      const store = await open(file)
      await store.begin(newExecution({ id: 'exe_kept', idempotencyKey: 'kept' }))
      await store.close()
      const again = await open(file)
      expect((await again.get('exe_kept'))?.idempotencyKey).toBe('kept')
      const after = await sql<{ n: number }>`select count(*) as n from ${sql.table(MIGRATION_TABLE)}`.execute(
        again.db,
      )
      // count(*) is a bigint on Postgres, which pg answers as a string.
      expect(Number(after.rows[0]?.n)).toBe(ALL_MIGRATIONS.length)
    })

    // Several processes on one SQLite file is not a deployment (one replica); on Postgres it is the point.
    it.runIf(dialect.name === 'postgres')(
      'run once when several replicas start together (the advisory lock queues them)',
      async () => {
        const url = await newDb()
        const stores = await Promise.all(Array.from({ length: 4 }, () => openExecutionStore(url)))
        opened.push(...stores)
        const recorded = await sql<{
          name: string
        }>`select name from ${sql.table(MIGRATION_TABLE)} order by name`.execute(stores[0]!.db)
        expect(recorded.rows.map((r) => r.name)).toEqual(ALL_MIGRATIONS)
        // Each store works on the one schema: a write through one is read through another.
        await stores[1]!.begin(newExecution({ id: 'exe_replica', idempotencyKey: 'replica' }))
        expect((await stores[3]!.get('exe_replica'))?.idempotencyKey).toBe('replica')
      },
    )

    it.runIf(dialect.name === 'postgres')(
      'take the password from DATABASE_PASSWORD_FILE when the URL has none, and refuse both at once',
      async () => {
        const url = await newDb()
        const withoutPassword = new URL(url)
        withoutPassword.password = ''
        const passwordFile = join(dir, `pg-password-${fileCount++}`)
        await writeFile(passwordFile, `${PG_PASSWORD}\n`)
        const store = await openExecutionStore(withoutPassword.toString(), { passwordFile })
        opened.push(store)
        expect((await store.begin(newExecution())).created).toBe(true)
        await expect(openExecutionStore(url, { passwordFile })).rejects.toThrow(
          'DATABASE_URL carries a password and DATABASE_PASSWORD_FILE is set; set only one',
        )
        // Without any password the server refuses, and the message quotes the URL without one.
        const refused = await openExecutionStore(withoutPassword.toString(), { passwordFile: '' }).catch(
          (error: Error) => error,
        )
        expect((refused as Error).message).toMatch(
          /^cannot open the database postgres:\/\/bridge@127\.0\.0\.1:/,
        )
      },
    )

    it('fail loudly on a database migrated by a newer bridge', async () => {
      const file = await newDb()
      await (await open(file)).close()
      const db = await raw(file)
      await db.run(`insert into ${MIGRATION_TABLE} (name, timestamp) values ('9999_future', '2030-01-01')`)
      await expect(openExecutionStore(file)).rejects.toThrow(/migration.*9999_future/s)
    })
  })

  describe('constraints', () => {
    it('enforces foreign keys: a step of no execution is refused', async () => {
      const store = await open()
      await expect(
        store.db
          .insertInto('steps')
          .values({
            execution_id: 'exe_nobody',
            seq: 1,
            attempt: 1,
            operation: 'unlockUser',
            target: '{}',
            okta_request_id: null,
            outcome: 'succeeded',
            error: null,
            at: '2025-01-01T00:00:00.000Z',
          })
          .execute(),
      ).rejects.toThrow(/FOREIGN KEY constraint failed|violates foreign key constraint/)
      await expect(store.recordStep('exe_nobody', step())).rejects.toBeInstanceOf(ExecutionNotFoundError)
    })
  })

  describe('begin', () => {
    it('creates the execution, and the same key again answers the first execution (whatever its body)', async () => {
      const store = await open()
      const first = newExecution({ idempotencyKey: 'ritm-1-joiner' })
      const created = await store.begin(first)
      expect(created.created).toBe(true)
      expect(created.execution).toEqual({
        ...first,
        status: 'running',
        plan: null,
        planHash: null,
        output: null,
        error: null,
        attempts: 1,
        createdAt: '2025-03-01T10:00:00.000Z',
        updatedAt: '2025-03-01T10:00:00.000Z',
        finishedAt: null,
      })

      const second = await store.begin(
        newExecution({ id: 'exe_other', idempotencyKey: 'ritm-1-joiner', requestHash: 'b'.repeat(64) }),
      )
      expect(second.created).toBe(false)
      expect(second.execution).toEqual(created.execution)
      expect(await store.get('exe_other')).toBeUndefined()
    })

    it('lets exactly one of 20 concurrent identical requests create the execution', async () => {
      const store = await open()
      const results = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          store.begin(newExecution({ id: `exe_race_${i}`, idempotencyKey: 'race' })),
        ),
      )
      const winners = results.filter((r) => r.created)
      expect(winners).toHaveLength(1)
      const winnerId = winners[0]!.execution.id
      expect(new Set(results.map((r) => r.execution.id))).toEqual(new Set([winnerId]))
      const rows = await store.db
        .selectFrom('executions')
        .select('id')
        .where('idempotency_key', '=', 'race')
        .execute()
      expect(rows).toEqual([{ id: winnerId }])
    })

    it('refuses a clash of execution ids instead of answering another execution', async () => {
      const store = await open()
      await store.begin(newExecution({ id: 'exe_same', idempotencyKey: 'k1' }))
      await expect(store.begin(newExecution({ id: 'exe_same', idempotencyKey: 'k2' }))).rejects.toThrow(
        /UNIQUE|duplicate key/,
      )
    })
  })

  describe('steps and the audit trail', () => {
    it('records a succeeded step with its audit entry, taking ticket, caller and flow from the execution', async () => {
      const store = await open()
      const execution = newExecution({ caller: { kind: 'oauth', id: '0oaWORKFLOWS' } })
      await store.begin(execution)
      const recorded = await store.recordStep(execution.id, step({ oktaRequestId: 'req-1' }))
      expect(recorded).toEqual({
        executionId: execution.id,
        seq: 1,
        attempt: 1,
        operation: 'addGroupMember',
        target: { userId: USER_A, login: 'ada@example.com', groupId: GROUP, groupName: 'Engineering' },
        oktaRequestId: 'req-1',
        outcome: 'succeeded',
        error: null,
        at: '2025-03-01T10:00:01.000Z',
      })
      const [entry, ...rest] = await store.audit({ ticket: 'RITM0010001' })
      expect(rest).toEqual([])
      expect(entry).toEqual({
        seq: 1,
        executionId: execution.id,
        flow: 'joiner',
        ticketNumber: 'RITM0010001',
        ticketSysId: '0123456789abcdef0123456789abcdef',
        requestedBy: 'jdoe',
        approvedBy: 'mgr',
        caller: 'oauth:0oaWORKFLOWS',
        operation: 'addGroupMember',
        target: recorded.target,
        oktaUserId: USER_A,
        oktaRequestId: 'req-1',
        outcome: 'succeeded',
        at: recorded.at,
        prevHash: GENESIS_HASH,
        hash: expect.stringMatching(/^[0-9a-f]{64}$/),
      })
      // The hash format, recomputed independently: sha256(prevHash + "\n" + JSON with sorted keys).
      const { hash, prevHash, ...fields } = entry!
      const sorted = Object.fromEntries(
        Object.entries(fields)
          .sort(([a], [b]) => (a < b ? -1 : 1))
          .map(([k, v]) => [
            k,
            k === 'target'
              ? Object.fromEntries(Object.entries(v as object).sort(([a], [b]) => (a < b ? -1 : 1)))
              : v,
          ]),
      )
      const expected = createHash('sha256')
        .update(`${prevHash}\n${JSON.stringify(sorted)}`)
        .digest('hex')
      expect(hash).toBe(expected)
      expect(auditHash(prevHash, fields)).toBe(expected)
    })

    it('audits no failed step, and numbers steps by completion across attempts', async () => {
      const store = await open()
      const execution = newExecution()
      await store.begin(execution)
      await store.recordStep(execution.id, step())
      const failed = await store.recordStep(
        execution.id,
        step({
          operation: 'assignApp',
          outcome: 'failed',
          error: 'E0000001: Api validation failed',
          oktaRequestId: 'req-f',
        }),
      )
      expect(failed).toMatchObject({ seq: 2, outcome: 'failed', error: 'E0000001: Api validation failed' })
      const entries = await store.audit({})
      expect(entries.map((e) => e.operation)).toEqual(['addGroupMember'])
      expect(await store.auditedRequestIds('2000-01-01T00:00:00Z')).not.toContain('req-f')
      const got = await store.get(execution.id)
      expect(got?.steps.map((s) => [s.seq, s.operation, s.outcome])).toEqual([
        [1, 'addGroupMember', 'succeeded'],
        [2, 'assignApp', 'failed'],
      ])
    })

    it('writes a step and its audit entry in one transaction: when the audit insert fails, the step is not kept', async () => {
      const file = await newDb()
      const store = await open(file)
      const execution = newExecution()
      await store.begin(execution)
      await store.recordStep(execution.id, step({ oktaRequestId: 'req-ok' }))
      const db = await raw(file)
      // A trigger refusing audit inserts: each dialect's own syntax (this is the test's tampering, not the store's SQL).
      if (dialect.name === 'sqlite') {
        await db.run(
          `create trigger refuse_audit before insert on audit_entries begin select raise(abort, 'audit refused'); end`,
        )
      } else {
        await db.run(
          `create function refuse_audit() returns trigger language plpgsql as $$ begin raise exception 'audit refused'; end $$`,
        )
        await db.run(
          'create trigger refuse_audit before insert on audit_entries for each row execute function refuse_audit()',
        )
      }
      await expect(store.recordStep(execution.id, step({ oktaRequestId: 'req-lost' }))).rejects.toThrow(
        'audit refused',
      )
      expect((await store.get(execution.id))?.steps.map((s) => s.oktaRequestId)).toEqual(['req-ok'])
      expect((await store.audit({})).map((e) => e.oktaRequestId)).toEqual(['req-ok'])
      await db.run(
        dialect.name === 'sqlite'
          ? 'drop trigger refuse_audit'
          : 'drop trigger refuse_audit on audit_entries',
      )
      const next = await store.recordStep(execution.id, step({ oktaRequestId: 'req-again' }))
      expect(next.seq).toBe(2)
      expect(await store.verifyAudit()).toEqual({ ok: true, entries: 2 })
    })

    it('records steps that ended together in one transaction, in order: consecutive seqs, the chain on in that order', async () => {
      const store = await open()
      const execution = newExecution()
      await store.begin(execution, { holder: 'replica-a', until: '2099-01-01T00:00:00.000Z' })
      await store.recordStep(execution.id, step({ oktaRequestId: 'req-0' }), 'replica-a')
      // A create call and the groups it carried out, then a failure: the failed step is kept, not audited.
      const groups = Array.from({ length: 50 }, (_, i) =>
        step({
          oktaRequestId: 'req-create',
          target: { userId: USER_A, groupId: `00g${String(i).padStart(17, '0')}` },
        }),
      )
      const recorded = await store.recordSteps(
        execution.id,
        [
          step({ operation: 'createUser', oktaRequestId: 'req-create', target: { userId: USER_A } }),
          ...groups,
          step({ operation: 'assignApp', outcome: 'failed', error: 'E0000001', oktaRequestId: null }),
        ],
        'replica-a',
      )
      expect(recorded.map((r) => r.seq)).toEqual(Array.from({ length: 52 }, (_, i) => i + 2))
      const got = await store.get(execution.id)
      expect(got?.steps.map((s) => s.operation)).toEqual([
        'addGroupMember',
        'createUser',
        ...groups.map(() => 'addGroupMember'),
        'assignApp',
      ])
      const entries = await store.audit({})
      expect(entries.map((e) => e.seq)).toEqual(Array.from({ length: 52 }, (_, i) => i + 1))
      expect(entries.map((e) => e.target.groupId ?? e.operation)).toEqual([
        GROUP,
        'createUser',
        ...groups.map((g) => g.target.groupId),
      ])
      expect(await store.verifyAudit()).toEqual({ ok: true, entries: 52 })
      expect(await store.recordSteps(execution.id, [], 'replica-a')).toEqual([])
      // Held by another replica now: nothing of the batch is written.
      await expect(store.recordSteps(execution.id, [step(), step()], 'replica-b')).rejects.toBeInstanceOf(
        ExecutionLeaseLostError,
      )
      expect((await store.get(execution.id))?.steps).toHaveLength(53)
      expect(await store.verifyAudit()).toEqual({ ok: true, entries: 52 })
    })

    it('answers the audit by ticket, by Okta user, by both, oldest first, and the request ids since a time', async () => {
      const store = await open()
      const a = newExecution({ ticket: { number: 'RITM0020001', requestedBy: 'alice' } })
      const b = newExecution({
        flow: 'leaver',
        ticket: { number: 'RITM0020002', requestedBy: 'bob', approvedBy: 'carol' },
      })
      await store.begin(a) // 10:00:00
      await store.begin(b) // 10:00:01
      await store.recordStep(a.id, step({ target: { userId: USER_A }, oktaRequestId: 'r1' })) // 10:00:02
      await store.recordStep(
        b.id,
        step({ operation: 'deactivateUser', target: { userId: USER_B }, oktaRequestId: 'r2' }),
      ) // 10:00:03
      await store.recordStep(
        a.id,
        step({ operation: 'assignApp', target: { userId: USER_B }, oktaRequestId: 'r3' }),
      ) // 10:00:04
      await store.recordStep(
        a.id,
        step({ operation: 'createUser', target: { login: 'new@example.com' }, oktaRequestId: null }),
      ) // 10:00:05

      const byTicket = await store.audit({ ticket: 'RITM0020001' })
      expect(byTicket.map((e) => [e.seq, e.oktaRequestId])).toEqual([
        [1, 'r1'],
        [3, 'r3'],
        [4, null],
      ])
      expect(byTicket[0]).toMatchObject({
        ticketSysId: null,
        approvedBy: null,
        requestedBy: 'alice',
        flow: 'joiner',
      })
      expect(byTicket[2]?.oktaUserId).toBeNull()

      const byUser = await store.audit({ oktaUserId: USER_B })
      expect(byUser.map((e) => [e.seq, e.ticketNumber, e.flow])).toEqual([
        [2, 'RITM0020002', 'leaver'],
        [3, 'RITM0020001', 'joiner'],
      ])
      expect(byUser[0]).toMatchObject({ requestedBy: 'bob', approvedBy: 'carol' })
      expect((await store.audit({ ticket: 'RITM0020002', oktaUserId: USER_B })).map((e) => e.seq)).toEqual([
        2,
      ])
      expect(await store.audit({ ticket: 'RITM0099999' })).toEqual([])

      expect(await store.auditedRequestIds('2025-03-01T10:00:03.000Z')).toEqual(new Set(['r2', 'r3']))
      expect(await store.auditedRequestIds('2025-03-01T11:00:03+01:00')).toEqual(new Set(['r2', 'r3']))
      expect(await store.auditedRequestIds('2025-03-01T09:00:00.000Z')).toEqual(new Set(['r1', 'r2', 'r3']))
      await expect(store.auditedRequestIds('yesterday')).rejects.toThrow(RangeError)
    })
  })

  describe('verifyAudit', () => {
    /** A store with five audit entries (and a failed step in between, which the chain does not hold). */
    async function chain(): Promise<{ store: SqlExecutionStore; file: string }> {
      const file = await newDb()
      const store = await open(file)
      const execution = newExecution()
      await store.begin(execution)
      for (let i = 1; i <= 5; i += 1) {
        await store.recordStep(execution.id, step({ oktaRequestId: `req-${i}` }))
        if (i === 2) await store.recordStep(execution.id, step({ outcome: 'failed', error: 'boom' }))
      }
      return { store, file }
    }

    it('answers OK on an intact chain whose links point at the previous hash', async () => {
      const { store } = await chain()
      expect(await store.verifyAudit()).toEqual({ ok: true, entries: 5 })
      const entries = await store.audit({})
      expect(entries.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5])
      entries.forEach((entry, i) => {
        expect(entry.prevHash).toBe(i === 0 ? GENESIS_HASH : entries[i - 1]!.hash)
      })
      const empty = await open()
      expect(await empty.verifyAudit()).toEqual({ ok: true, entries: 0 })
    })

    it('names the entry whose contents were changed, and is OK again once they are restored', async () => {
      const { store, file } = await chain()
      const db = await raw(file)
      const original = (await db.value('select target from audit_entries where seq = 2')) as string
      await db.run('update audit_entries set target = ? where seq = 2', JSON.stringify({ userId: USER_B }))
      const result = await store.verifyAudit()
      expect(result).toMatchObject({ ok: false, entries: 5, brokenAt: 2 })
      expect(result.ok === false && result.reason).toMatch(/^hash mismatch/)
      await db.run('update audit_entries set target = ? where seq = 2', original)
      expect(await store.verifyAudit()).toEqual({ ok: true, entries: 5 })

      await db.run(`update audit_entries set target = 'not json' where seq = 4`)
      expect(await store.verifyAudit()).toMatchObject({
        ok: false,
        brokenAt: 4,
        reason: expect.stringMatching(/^unreadable/),
      })
    })

    it('names the gap a deleted entry leaves', async () => {
      const { store, file } = await chain()
      await (await raw(file)).run('delete from audit_entries where seq = 3')
      expect(await store.verifyAudit()).toEqual({
        ok: false,
        entries: 4,
        brokenAt: 3,
        reason: 'gap: entry 3 is missing (entry 4 follows entry 2)',
      })
    })

    it('names a broken link: entries deleted and the rest renumbered, or a rewritten prev_hash', async () => {
      const { store, file } = await chain()
      const db = await raw(file)
      await db.run('delete from audit_entries where seq = 3')
      // One row at a time, in order: Postgres checks the primary key per row, so a bulk shift could collide.
      for (const seq of [4, 5]) await db.run('update audit_entries set seq = ? where seq = ?', seq - 1, seq)
      const renumbered = await store.verifyAudit()
      expect(renumbered).toMatchObject({ ok: false, entries: 4, brokenAt: 3 })
      expect(renumbered.ok === false && renumbered.reason).toMatch(/^prev link mismatch/)

      const other = await chain()
      await (await raw(other.file)).run(
        `update audit_entries set prev_hash = ? where seq = 1`,
        'f'.repeat(64),
      )
      expect(await other.store.verifyAudit()).toMatchObject({
        ok: false,
        brokenAt: 1,
        reason: expect.stringMatching(/^prev link mismatch: .* the genesis hash/),
      })
    })

    it('walks a chain longer than one read page', async () => {
      const store = await open()
      const execution = newExecution()
      await store.begin(execution)
      for (let i = 0; i < 1203; i += 1) await store.recordStep(execution.id, step())
      expect(await store.verifyAudit()).toEqual({ ok: true, entries: 1203 })
      await store.db.deleteFrom('audit_entries').where('seq', '=', 1001).execute()
      expect(await store.verifyAudit()).toMatchObject({ ok: false, brokenAt: 1001, entries: 1202 })
    })
  })

  describe('the execution lifecycle', () => {
    it('records the plan, and finishes with the output or the error', async () => {
      const store = await open()
      const ok = newExecution()
      await store.begin(ok)
      const plan = [
        {
          operation: 'createUser' as const,
          target: { login: 'ada@example.com' },
          details: { profile: { firstName: 'Ada' } },
        },
        { operation: 'addGroupMember' as const, target: { groupId: GROUP, groupName: 'Engineering' } },
      ]
      await store.recordPlan(ok.id, plan, 'c'.repeat(64))
      await store.finish(ok.id, {
        status: 'succeeded',
        output: { id: USER_A, status: 'ACTIVE', groups: [GROUP] },
      })
      const done = await store.get(ok.id)
      expect(done).toMatchObject({
        status: 'succeeded',
        plan,
        planHash: 'c'.repeat(64),
        output: { id: USER_A, status: 'ACTIVE', groups: [GROUP] },
        error: null,
        finishedAt: '2025-03-01T10:00:02.000Z',
        updatedAt: '2025-03-01T10:00:02.000Z',
        createdAt: '2025-03-01T10:00:00.000Z',
        steps: [],
      })
      await expect(store.finish(ok.id, { status: 'succeeded', output: null })).rejects.toBeInstanceOf(
        ExecutionStateError,
      )
      await expect(store.recordPlan(ok.id, plan, 'd'.repeat(64))).rejects.toBeInstanceOf(ExecutionStateError)
      await expect(store.restart(ok.id)).rejects.toThrow(`cannot restart execution ${ok.id}: it is succeeded`)
      await expect(store.finish('exe_missing', { status: 'succeeded', output: 1 })).rejects.toBeInstanceOf(
        ExecutionNotFoundError,
      )
      expect(await store.get('exe_missing')).toBeUndefined()
    })

    it('restarts a failed execution: running again, attempts + 1, the error cleared, steps kept', async () => {
      const store = await open()
      const execution = newExecution()
      await store.begin(execution)
      await store.recordStep(execution.id, step({ outcome: 'failed', error: 'rate limited' }))
      const error = {
        code: 'okta-rate-limited',
        status: 503,
        title: 'Okta rate limit',
        detail: 'Retry later.',
        extensions: { retryAfterSeconds: 30, changes: [] },
      }
      await store.finish(execution.id, { status: 'failed', error })
      expect(await store.get(execution.id)).toMatchObject({ status: 'failed', error, output: null })
      await expect(store.restart('exe_missing')).rejects.toBeInstanceOf(ExecutionNotFoundError)

      const restarted = await store.restart(execution.id)
      expect(restarted).toMatchObject({ status: 'running', attempts: 2, error: null, finishedAt: null })
      await expect(store.restart(execution.id)).rejects.toBeInstanceOf(ExecutionStateError)
      const second = await store.recordStep(execution.id, step({ attempt: 2 }))
      expect(second).toMatchObject({ seq: 2, attempt: 2 })
      // The key still answers the same execution, now on its second attempt.
      const again = await store.begin(newExecution({ idempotencyKey: execution.idempotencyKey }))
      expect(again).toMatchObject({ created: false, execution: { id: execution.id, attempts: 2 } })
    })

    it('lets exactly one of several concurrent retries restart a failed execution', async () => {
      const store = await open()
      const execution = newExecution()
      await store.begin(execution)
      await store.finish(execution.id, {
        status: 'failed',
        error: { code: 'x', status: 500, title: 'x', detail: 'x' },
      })
      const results = await Promise.allSettled(Array.from({ length: 5 }, () => store.restart(execution.id)))
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1)
      expect((await store.get(execution.id))?.attempts).toBe(2)
    })

    it('keeps running executions across a restart of the process for resumption, oldest first', async () => {
      const file = await newDb()
      const store = await open(file)
      const [a, b, c, d] = [newExecution(), newExecution(), newExecution(), newExecution()]
      for (const e of [a, b, c, d]) await store.begin(e!)
      await store.finish(b!.id, { status: 'succeeded', output: {} })
      await store.finish(d!.id, {
        status: 'failed',
        error: { code: 'x', status: 500, title: 'x', detail: 'x' },
      })
      await store.recordPlan(c!.id, [{ operation: 'unlockUser', target: { userId: USER_A } }], 'e'.repeat(64))
      await store.close() // the "crash"

      const reopened = await open(file)
      const left = await reopened.unfinished()
      expect(left.map((e) => e.id)).toEqual([a!.id, c!.id])
      expect(left[1]).toMatchObject({
        input: c!.input,
        plan: [{ operation: 'unlockUser', target: { userId: USER_A } }],
      })
    })

    it('round-trips JSON exactly: nesting, unicode, numbers, booleans, nulls, empty values', async () => {
      const store = await open()
      const input = {
        user: { login: 'zoë.ñandú@example.com' },
        profile: {
          displayName: 'Zoë "Z" Ñandú 🚀',
          department: 'R&D\nLab',
          costCenter: null,
          level: 3.5,
          big: 2 ** 53 - 1,
        },
        groups: [{ id: GROUP }, { name: 'Ops' }],
        flags: { sendEmail: false, dryRun: true },
        empty: { list: [], object: {}, text: '' },
      }
      const execution = newExecution({ input, caller: { kind: 'oauth', id: 'sub|with|pipes' } })
      await store.begin(execution)
      await store.finish(execution.id, { status: 'succeeded', output: ['a', 1, null, { nested: [true] }] })
      const got = await store.get(execution.id)
      expect(got?.input).toEqual(input)
      expect(got?.caller).toEqual({ kind: 'oauth', id: 'sub|with|pipes' })
      expect(got?.ticket).toEqual(execution.ticket)
      expect(got?.output).toEqual(['a', 1, null, { nested: [true] }])

      const noOutput = newExecution()
      await store.begin(noOutput)
      await store.finish(noOutput.id, { status: 'succeeded', output: undefined })
      expect((await store.get(noOutput.id))?.output).toBeNull()
    })
  })

  /** The environment without any ServiceNow setting: the CLI then has no anchors to read. */
  function withoutServiceNow(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
    return Object.fromEntries(Object.entries(env).filter(([name]) => !name.startsWith('SERVICENOW_')))
  }

  describe('the bridge on this store', () => {
    it('starts (sandbox mode), migrates, and reports the store ready with every migration applied', async () => {
      const url = await newDb()
      const bridge = await startBridge(
        { NODE_ENV: 'test', LOG_LEVEL: 'silent', PORT: '0', DATABASE_URL: url },
        { print: () => {} },
      )
      try {
        const ready = await fetch(`${bridge.url}/readyz`)
        const body = (await ready.json()) as { checks: Record<string, { ok: boolean; detail?: string }> }
        expect(body.checks.store).toEqual({ ok: true, detail: `${ALL_MIGRATIONS.length} migrations applied` })
      } finally {
        await bridge.stop(1_000)
      }
    })
  })

  describe('npm run audit:verify', () => {
    /** Runs the CLI as the npm script does (tsx), against `url`. */
    async function verify(url: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
      const child = spawn(process.execPath, ['--import', 'tsx', 'bridge/cli/audit-verify.ts'], {
        cwd: ROOT,
        env: { ...withoutServiceNow(process.env), DATABASE_URL: url },
        stdio: ['ignore', 'pipe', 'pipe'],
      })
      let stdout = ''
      let stderr = ''
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString()
      })
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString()
      })
      const [code] = (await once(child, 'exit')) as [number | null]
      return { code, stdout, stderr }
    }

    it('prints OK with the entry count (exit 0), then BROKEN at the tampered entry (exit 1)', async () => {
      const file = await newDb()
      const store = await open(file)
      const execution = newExecution()
      await store.begin(execution)
      for (let i = 0; i < 3; i += 1) await store.recordStep(execution.id, step())
      await store.close()

      // Without ServiceNow it says what it cannot see, on a line of its own.
      expect(await verify(file)).toEqual({
        code: 0,
        stdout: `audit chain OK (3 entries)\nnote: ${UNANCHORED_DETAIL}\n`,
        stderr: '',
      })

      await (await raw(file)).run('update audit_entries set okta_request_id = ? where seq = 2', 'req-forged')
      // A bare path works too (SQLite).
      const broken = await verify(dialect.name === 'sqlite' ? file.slice('sqlite:'.length) : file)
      expect(broken.code).toBe(1)
      expect(broken.stdout).toMatch(/^audit chain BROKEN at entry 2: hash mismatch: .+\nnote: .+\n$/)
      expect(broken.stderr).toBe('')
    })

    it.runIf(dialect.name === 'sqlite')(
      'refuses a missing database file (exit 2) instead of creating it',
      async () => {
        const file = join(dir, 'absent', 'bridge.db')
        const result = await verify(`sqlite:${file}`)
        expect(result.code).toBe(2)
        expect(result.stdout).toBe('')
        expect(result.stderr).toBe(`audit:verify: no database at ${file}\n`)
        expect(existsSync(file)).toBe(false)
      },
    )
  })
})
