/**
 * The bridge's SQLite dialect (`bridge/adapters/store/sqlite-group-commit.ts`) on real WAL files: concurrent
 * transactions and lone writes share commits, yet each caller returns only once its writes are committed (a
 * second, independent connection sees them at that moment); a failed transaction is undone alone while the others
 * in its group commit; a commit that fails fails every member of its group and the next group works; reads while
 * a group is open wait for it; statements are prepared once; two opens of one file in a process share the
 * connection and close it with the last.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import SQLite from 'better-sqlite3'
import { Kysely, sql } from 'kysely'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openDatabase } from '../../bridge/adapters/store/index.js'
import { GroupCommitSqliteDialect } from '../../bridge/adapters/store/sqlite-group-commit.js'

interface Schema {
  parent: { id: string }
  child: { id: string; parent_id: string }
  item: { id: string; n: number }
}

let dir: string
let file: string
let sqlite: SQLite.Database
let dialect: GroupCommitSqliteDialect
let db: Kysely<Schema>
/** An independent connection to the same file: what it sees is committed. */
let observer: SQLite.Database

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'group-commit-'))
  file = join(dir, 'db.sqlite')
  sqlite = new SQLite(file)
  sqlite.pragma('journal_mode = WAL')
  sqlite.pragma('foreign_keys = ON')
  sqlite.exec(`
    create table parent (id text primary key);
    create table child (id text primary key,
      parent_id text not null references parent(id) deferrable initially deferred);
    create table item (id text primary key, n integer not null check (n >= 0));`)
  // Limits lifted: a group then commits only when nobody waits to join it, so what shares a group is certain
  // (the bridge's 4 ms would split groups on a loaded machine).
  dialect = new GroupCommitSqliteDialect(sqlite, () => {}, { maxMs: 60_000, maxUses: 1_000 })
  db = new Kysely<Schema>({ dialect })
  observer = new SQLite(file, { readonly: true })
})

afterEach(async () => {
  observer.close()
  await db.destroy()
  await rm(dir, { recursive: true, force: true })
})

function committedItems(): string[] {
  return (observer.prepare('select id from item order by id').all() as { id: string }[]).map((r) => r.id)
}

describe('group commit', () => {
  it('concurrent transactions share commits, and each returns only once its writes are committed', async () => {
    const seenAtReturn: boolean[] = []
    await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        db
          .transaction()
          .execute(async (trx) => {
            await trx
              .insertInto('item')
              .values({ id: `t${i}`, n: i })
              .execute()
            await trx
              .updateTable('item')
              .set({ n: i + 1 })
              .where('id', '=', `t${i}`)
              .execute()
          })
          .then(() => seenAtReturn.push(committedItems().includes(`t${i}`))),
      ),
    )
    expect(seenAtReturn).toHaveLength(40)
    expect(seenAtReturn.every(Boolean)).toBe(true)
    const { commits, uses, failed } = dialect.driver.stats
    expect(failed).toBe(0)
    expect(uses).toBe(40)
    // Forty transactions queued at once: far fewer commits than transactions.
    expect(commits).toBeLessThanOrEqual(10)
    expect(committedItems()).toHaveLength(40)
  })

  it('lone writes (no transaction) join groups too, and are committed when they return', async () => {
    const results = await Promise.all(
      Array.from({ length: 30 }, async (_, i) => {
        await db
          .insertInto('item')
          .values({ id: `w${i}`, n: i })
          .execute()
        return committedItems().includes(`w${i}`)
      }),
    )
    expect(results.every(Boolean)).toBe(true)
    expect(dialect.driver.stats.commits).toBeLessThan(30)
  })

  it('a failed transaction is undone alone; the others in its group commit', async () => {
    const outcomes = await Promise.allSettled(
      Array.from({ length: 10 }, (_, i) =>
        db.transaction().execute(async (trx) => {
          await trx
            .insertInto('item')
            .values({ id: `f${i}`, n: 1 })
            .execute()
          // The fifth breaks a CHECK after its first write: that write must go with it.
          if (i === 4) await trx.updateTable('item').set({ n: -1 }).where('id', '=', 'f4').execute()
        }),
      ),
    )
    expect(outcomes.filter((o) => o.status === 'rejected')).toHaveLength(1)
    expect((outcomes[4] as PromiseRejectedResult).reason.message).toMatch(/CHECK constraint failed/)
    expect(committedItems()).toEqual(['f0', 'f1', 'f2', 'f3', 'f5', 'f6', 'f7', 'f8', 'f9'])
    expect(dialect.driver.stats.failed).toBe(0)
  })

  it('a commit that fails fails every member of its group, and the next group commits', async () => {
    await db.insertInto('parent').values({ id: 'p' }).execute()
    // A deferred foreign key is checked at COMMIT: an orphan fails the group's commit, not its statement.
    const outcomes = await Promise.allSettled([
      db.insertInto('item').values({ id: 'before', n: 1 }).execute(),
      db.insertInto('child').values({ id: 'orphan', parent_id: 'missing' }).execute(),
      db.transaction().execute((trx) => trx.insertInto('item').values({ id: 'after', n: 1 }).execute()),
    ])
    expect(outcomes.map((o) => o.status)).toEqual(['rejected', 'rejected', 'rejected'])
    for (const outcome of outcomes) {
      expect((outcome as PromiseRejectedResult).reason.message).toMatch(/FOREIGN KEY constraint failed/)
    }
    expect(committedItems()).toEqual([])
    expect(dialect.driver.stats.failed).toBe(1)
    // Nothing is left open: the next write commits on its own.
    await db.insertInto('item').values({ id: 'next', n: 1 }).execute()
    expect(committedItems()).toEqual(['next'])
  })

  it('a read while a group is open waits for its commit; a read with none open does not open one', async () => {
    const write = db.insertInto('item').values({ id: 'r1', n: 1 }).execute()
    const read = db
      .selectFrom('item')
      .selectAll()
      .execute()
      .then((rows) => ({ rows, committed: committedItems() }))
    await write
    const seen = await read
    // The read saw the uncommitted row, so it returned only after the row was committed.
    expect(seen.rows.map((r) => r.id)).toEqual(['r1'])
    expect(seen.committed).toEqual(['r1'])
    const before = dialect.driver.stats.commits
    await db.selectFrom('item').selectAll().execute()
    expect(dialect.driver.stats.commits).toBe(before)
    expect(sqlite.inTransaction).toBe(false)
  })

  it('prepares each SQL text once', async () => {
    const prepare = sqlite.prepare.bind(sqlite)
    const prepared: string[] = []
    sqlite.prepare = ((source: string) => {
      prepared.push(source)
      return prepare(source)
    }) as typeof sqlite.prepare
    for (let i = 0; i < 20; i++)
      await db
        .insertInto('item')
        .values({ id: `p${i}`, n: i })
        .execute()
    for (let i = 0; i < 20; i++) await sql`select count(*) as c from item where n >= ${i}`.execute(db)
    expect(prepared).toHaveLength(2)
  })
})

describe('openDatabase on SQLite', () => {
  it('two opens of one file in a process share the connection; it closes with the last destroy', async () => {
    const url = `sqlite://${join(dir, 'shared.sqlite')}`
    const a = await openDatabase(url)
    const b = await openDatabase(url)
    await sql`create table t (id text primary key)`.execute(a.db)
    // Concurrent writes through both: one connection, one queue, so neither blocks the other's lock.
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        sql`insert into t values (${`k${i}`})`.execute(i % 2 ? a.db : b.db),
      ),
    )
    await a.db.destroy()
    const { rows } = await sql<{ c: number }>`select count(*) as c from t`.execute(b.db)
    expect(rows[0]?.c).toBe(20)
    await b.db.destroy()
    // Closed with the last: a new open is a new connection that works.
    const c = await openDatabase(url)
    const again = await sql<{ c: number }>`select count(*) as c from t`.execute(c.db)
    expect(again.rows[0]?.c).toBe(20)
    await c.db.destroy()
  })
})
