/**
 * The bridge's Postgres driver on a real throw-away cluster:
 * - group commit (`bridge/adapters/store/postgres-group-commit.ts`): concurrent transactions share commits, yet
 *   each returns only once its writes are committed (an independent connection sees them at that moment); a
 *   failed transaction is undone alone while the others commit; a commit that fails fails every member and the
 *   next group works; lone statements never wait for a group;
 * - prepared statements (`PreparingClient` in `database.ts`): after the store's own queries, the session's
 *   `pg_prepared_statements` holds them once each, reused however often they ran; transaction control and DDL are
 *   not prepared.
 * Skipped, with the reason, where the Debian `postgresql` package is missing.
 */
import { Kysely, sql } from 'kysely'
import pg from 'pg'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { WRITE_LOCK_KEY } from '../../bridge/adapters/store/database.js'
import { openExecutionStore, type SqlExecutionStore } from '../../bridge/adapters/store/index.js'
import { GroupCommitPostgresDialect } from '../../bridge/adapters/store/postgres-group-commit.js'
import { storeDialects } from './support/store-dialects.js'

const postgres = storeDialects().find((dialect) => dialect.name === 'postgres')!

describe.skipIf(postgres.unavailable !== undefined)('Postgres prepared statements', () => {
  let store: SqlExecutionStore

  beforeAll(async () => {
    await postgres.start()
    store = await openExecutionStore(await postgres.newDatabaseUrl())
  }, 60_000)

  afterAll(async () => {
    await store?.close()
    await postgres.stop()
  })

  it('names each data statement once per connection and reuses it', async () => {
    // One at a time, so the pool hands the same idle connection back each time.
    for (let i = 0; i < 5; i++) await store.get(`exe_missing_${i}`)
    for (let i = 0; i < 3; i++) await store.executionsForTicket(`RITM${i}`)
    const { rows } = await sql<{
      name: string
      statement: string
    }>`select name, statement from pg_prepared_statements`.execute(store.db)
    const byText = new Map(rows.map((row) => [row.statement, row.name]))
    const get = [...byText.keys()].filter((text) => /from "executions" where "id" = \$1/.test(text))
    const forTicket = [...byText.keys()].filter((text) => /where "ticket_number" = \$1/.test(text))
    // Five lookups by id, three by ticket: one prepared statement each, named by its text's digest.
    expect(get).toHaveLength(1)
    expect(forTicket).toHaveLength(1)
    expect(byText.get(get[0]!)).toMatch(/^s_[A-Za-z0-9_-]{27}$/)
    // Nothing that is not a data statement is prepared (the migrations' DDL ran on this pool too).
    expect(rows.every((row) => /^\s*(select|insert|update|delete|with)\b/i.test(row.statement))).toBe(true)
  })
})

interface Schema {
  parent: { id: string }
  child: { id: string; parent_id: string }
  item: { id: string; n: number }
}

describe.skipIf(postgres.unavailable !== undefined)('Postgres group commit', () => {
  let url: string
  let dialect: GroupCommitPostgresDialect
  let db: Kysely<Schema>
  /** An independent connection: what it sees is committed. */
  let observer: pg.Client

  beforeAll(async () => {
    await postgres.start()
  }, 60_000)

  afterAll(async () => {
    await postgres.stop()
  })

  beforeEach(async () => {
    url = await postgres.newDatabaseUrl()
    observer = new pg.Client({ connectionString: url })
    await observer.connect()
    await observer.query(`
      create table parent (id text primary key);
      create table child (id text primary key,
        parent_id text not null references parent(id) deferrable initially deferred);
      create table item (id text primary key, n integer not null check (n >= 0));`)
    // Limits lifted: a group then commits only when nobody waits to join it, so what shares a group is certain
    // (the bridge's 4 ms would split groups on a loaded machine).
    dialect = new GroupCommitPostgresDialect(new pg.Pool({ connectionString: url, max: 4 }), WRITE_LOCK_KEY, {
      maxMs: 60_000,
      maxUses: 1_000,
    })
    db = new Kysely<Schema>({ dialect })
  })

  afterEach(async () => {
    await db?.destroy()
    await observer?.end()
  })

  async function committedItems(): Promise<string[]> {
    const { rows } = await observer.query<{ id: string }>('select id from item order by id')
    return rows.map((row) => row.id)
  }

  it('concurrent transactions share commits, and each returns only once its writes are committed', async () => {
    const seenAtReturn = await Promise.all(
      Array.from({ length: 30 }, async (_, i) => {
        await db.transaction().execute(async (trx) => {
          await trx
            .insertInto('item')
            .values({ id: `t${String(i).padStart(2, '0')}`, n: i })
            .execute()
          await trx
            .updateTable('item')
            .set({ n: i + 1 })
            .where('id', '=', `t${String(i).padStart(2, '0')}`)
            .execute()
        })
        return (await committedItems()).includes(`t${String(i).padStart(2, '0')}`)
      }),
    )
    expect(seenAtReturn.every(Boolean)).toBe(true)
    const { commits, uses, failed } = dialect.driver.stats
    expect({ uses, failed }).toEqual({ uses: 30, failed: 0 })
    expect(commits).toBeLessThan(30)
    expect(await committedItems()).toHaveLength(30)
  })

  it('a failed transaction is undone alone; the others in its group commit', async () => {
    const outcomes = await Promise.allSettled(
      Array.from({ length: 8 }, (_, i) =>
        db.transaction().execute(async (trx) => {
          await trx
            .insertInto('item')
            .values({ id: `f${i}`, n: 1 })
            .execute()
          if (i === 3) await trx.updateTable('item').set({ n: -1 }).where('id', '=', 'f3').execute()
        }),
      ),
    )
    expect(outcomes.map((o) => o.status).filter((s) => s === 'rejected')).toHaveLength(1)
    expect((outcomes[3] as PromiseRejectedResult).reason.message).toMatch(/check constraint/)
    expect(await committedItems()).toEqual(['f0', 'f1', 'f2', 'f4', 'f5', 'f6', 'f7'])
  })

  it('a commit that fails fails every member of its group, and the next group commits', async () => {
    await db.insertInto('parent').values({ id: 'p' }).execute()
    // A deferred foreign key is checked at COMMIT: an orphan fails the group's commit, not its statement.
    const outcomes = await Promise.allSettled([
      db.transaction().execute((trx) => trx.insertInto('item').values({ id: 'before', n: 1 }).execute()),
      db
        .transaction()
        .execute((trx) => trx.insertInto('child').values({ id: 'orphan', parent_id: 'none' }).execute()),
      db.transaction().execute((trx) => trx.insertInto('item').values({ id: 'after', n: 1 }).execute()),
    ])
    expect(outcomes.map((o) => o.status)).toEqual(['rejected', 'rejected', 'rejected'])
    for (const outcome of outcomes) {
      expect((outcome as PromiseRejectedResult).reason.message).toMatch(/foreign key constraint/)
    }
    expect(await committedItems()).toEqual([])
    expect(dialect.driver.stats.failed).toBe(1)
    await db.transaction().execute((trx) => trx.insertInto('item').values({ id: 'next', n: 1 }).execute())
    expect(await committedItems()).toEqual(['next'])
  })

  it('lone statements run on pool connections, outside any group', async () => {
    await db.insertInto('item').values({ id: 'lone', n: 1 }).execute()
    expect(await committedItems()).toEqual(['lone'])
    expect(dialect.driver.stats.uses).toBe(0)
  })
})

if (postgres.unavailable !== undefined) {
  describe('Postgres prepared statements', () => {
    it.skip(`skipped: ${postgres.unavailable}`, () => {})
  })
  describe('Postgres group commit', () => {
    it.skip(`skipped: ${postgres.unavailable}`, () => {})
  })
}
