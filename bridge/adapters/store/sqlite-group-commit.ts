/**
 * Kysely's SQLite dialect for the bridge: one better-sqlite3 connection shared by the whole process, with
 * **group commit** and **prepared statements kept**.
 *
 * Why: a real invocation makes about thirty statements — the execution's claim, plan, steps, audit entries and
 * finish, and four per Okta call for the shared rate-limit budget — and Kysely's own SQLite driver runs each
 * write as a transaction of its own (a WAL frame written per commit) and prepares every statement anew. Under
 * load that was half of the bridge's CPU: `Statement#run` and `Database#prepare` (issue 17's profile).
 *
 * Group commit: the first write (a transaction, or a lone write statement) opens one SQLite transaction
 * (`BEGIN IMMEDIATE`, so a second process on the file queues for the write lock, as before). Each Kysely
 * transaction inside it is a savepoint, rolled back alone if it fails. The group commits at the end of the event
 * loop's turn in which the connection was last handed back with nobody waiting for it — or at once when it is
 * `GROUP_MAX_MS` old or `GROUP_MAX_USES` uses long — so concurrent invocations' writes share one
 * commit. Durability is unchanged:
 * a caller's transaction (or write) returns only once the group holding it has committed, so an Okta change is
 * still on disk before the next one is sent. A commit that fails fails every member of its group; a failed
 * member's savepoint is undone and the others commit.
 *
 * Reads while a group is open see its uncommitted writes, so they join it too and return once it committed; a
 * read with no group open runs at once. The connection goes to waiters first come, first served (Kysely's own
 * mutex wakes every waiter at each release).
 */
import type SQLite from 'better-sqlite3'
import {
  type CompiledQuery,
  type DatabaseConnection,
  type DatabaseIntrospector,
  type Dialect,
  type DialectAdapter,
  type Driver,
  type Kysely,
  type QueryCompiler,
  type QueryResult,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
} from 'kysely'
import {
  GROUP_LIMITS,
  type Group,
  type GroupCommitStats,
  type GroupLimits,
  groupIsFull,
  MEMBER_SAVEPOINT,
  newGroup,
  Turns,
} from './group-commit.js'

export type { GroupCommitStats } from './group-commit.js'

/** Prepared statements kept, by SQL text (least recently used dropped first). */
export const STATEMENT_CACHE_SIZE = 256

/** Kysely's SQLite dialect over the one connection, with group commit (see the file's comment). */
export class GroupCommitSqliteDialect implements Dialect {
  readonly driver: GroupCommitSqliteDriver

  /** `onClose` is called when the last Kysely instance over the connection is destroyed and it is closed. */
  constructor(sqlite: SQLite.Database, onClose: () => void = () => {}, limits: GroupLimits = GROUP_LIMITS) {
    this.driver = new GroupCommitSqliteDriver(sqlite, onClose, limits)
  }

  /** One more Kysely instance shares the connection: it closes with the last one's `destroy`. */
  retain(): void {
    this.driver.retain()
  }

  createDriver(): Driver {
    return this.driver
  }

  createQueryCompiler(): QueryCompiler {
    return new SqliteQueryCompiler()
  }

  /** Kysely would otherwise put its own mutex in front: this driver queues holders itself. */
  createAdapter(): DialectAdapter {
    return new QueuingSqliteAdapter()
  }

  createIntrospector(db: Kysely<unknown>): DatabaseIntrospector {
    return new SqliteIntrospector(db)
  }
}

class QueuingSqliteAdapter extends SqliteAdapter {
  override get supportsMultipleConnections(): boolean {
    return true
  }
}

/** The driver: a first-come-first-served queue for the one connection, and the group it writes in. */
export class GroupCommitSqliteDriver implements Driver {
  readonly stats: GroupCommitStats = { commits: 0, uses: 0, failed: 0 }
  readonly #sqlite: SQLite.Database
  readonly #connection: GroupConnection
  readonly #turns = new Turns()
  #group: Group | undefined
  /** The group the current holder joined (it waits for that group's commit when it hands the connection back). */
  #member: Group | undefined
  /** Kysely instances over the connection not destroyed yet. */
  #users = 1
  readonly #onClose: () => void
  readonly #limits: GroupLimits

  constructor(sqlite: SQLite.Database, onClose: () => void, limits: GroupLimits) {
    this.#sqlite = sqlite
    this.#onClose = onClose
    this.#limits = limits
    this.#connection = new GroupConnection(sqlite, this)
  }

  retain(): void {
    this.#users += 1
  }

  async init(): Promise<void> {}

  async acquireConnection(): Promise<DatabaseConnection> {
    await this.#turns.take()
    return this.#connection
  }

  async beginTransaction(): Promise<void> {
    this.join()
    this.#sqlite.exec(`savepoint ${MEMBER_SAVEPOINT}`)
  }

  async commitTransaction(): Promise<void> {
    this.#sqlite.exec(`release ${MEMBER_SAVEPOINT}`)
  }

  async rollbackTransaction(): Promise<void> {
    const member = this.#member
    // Its writes are undone: it need not wait for the others' commit (and must not fail with it).
    this.#member = undefined
    // SQLite ends the whole transaction itself on some errors (a full disk, an I/O error): then the group is gone.
    if (member === undefined || member !== this.#group || !this.#sqlite.inTransaction) return
    this.#sqlite.exec(`rollback to ${MEMBER_SAVEPOINT}`)
    this.#sqlite.exec(`release ${MEMBER_SAVEPOINT}`)
  }

  async releaseConnection(): Promise<void> {
    const member = this.#member
    this.#member = undefined
    const group = this.#group
    if (group !== undefined) {
      if (groupIsFull(group, this.#limits)) this.#commit(group)
      else if (!this.#turns.waiting) this.#commitSoon(group)
    }
    this.#turns.release()
    if (member !== undefined) await member.committed
  }

  async destroy(): Promise<void> {
    this.#users -= 1
    if (this.#users > 0) return
    if (this.#group !== undefined) this.#commit(this.#group)
    this.#onClose()
    this.#sqlite.close()
  }

  /** The current holder writes (or reads what the open group wrote): it joins the group, opening one if needed. */
  join(): void {
    const member = this.#member
    if (member !== undefined) {
      if (member === this.#group) return
      // The holder's group failed under it (SQLite rolled it back): its earlier writes are gone, so must this one.
      throw member.failure
    }
    let group = this.#group
    if (group === undefined) {
      this.#sqlite.exec('begin immediate')
      group = newGroup()
      this.#group = group
    }
    group.uses += 1
    this.#member = group
  }

  /** Whether a group is open (a read then joins it). */
  get grouping(): boolean {
    return this.#group !== undefined
  }

  /** After a failed statement: SQLite may have rolled the whole transaction back, which fails the group. */
  checkGroup(error: unknown): void {
    const group = this.#group
    if (group === undefined || this.#sqlite.inTransaction) return
    this.#group = undefined
    this.stats.failed += 1
    group.failure = error
    group.reject(error)
  }

  /**
   * Nobody waits for the connection now: commit once the event loop has run what is ready in this turn (answers
   * from Okta, new requests) — whatever of it writes joins this group instead of paying a commit of its own.
   */
  #commitSoon(group: Group): void {
    if (group.scheduled) return
    group.scheduled = true
    setImmediate(() => {
      group.scheduled = false
      // Held again: its holder's release decides (and schedules again if nobody waits then).
      if (this.#group === group && !this.#turns.held) this.#commit(group)
    })
  }

  #commit(group: Group): void {
    this.#group = undefined
    try {
      this.#sqlite.exec('commit')
      this.stats.commits += 1
      this.stats.uses += group.uses
      group.resolve()
    } catch (error) {
      // A commit that fails leaves the transaction open in SQLite: end it, so the next group can begin.
      if (this.#sqlite.inTransaction) this.#sqlite.exec('rollback')
      this.stats.failed += 1
      group.reject(error)
    }
  }
}

/** The one connection: statements prepared once per SQL text, writes joining the group. */
class GroupConnection implements DatabaseConnection {
  readonly #statements = new Map<string, SQLite.Statement>()

  constructor(
    private readonly sqlite: SQLite.Database,
    private readonly driver: GroupCommitSqliteDriver,
  ) {}

  async executeQuery<R>(compiledQuery: CompiledQuery): Promise<QueryResult<R>> {
    const { sql, parameters } = compiledQuery
    const statement = this.#prepare(sql)
    if (!statement.readonly || this.driver.grouping) this.driver.join()
    try {
      if (statement.reader) return { rows: statement.all(parameters as unknown[]) as R[] }
      const { changes, lastInsertRowid } = statement.run(parameters as unknown[])
      return {
        insertId: lastInsertRowid == null ? undefined : BigInt(lastInsertRowid),
        numAffectedRows: changes == null ? undefined : BigInt(changes),
        rows: [],
      }
    } catch (error) {
      this.driver.checkGroup(error)
      throw error
    }
  }

  // biome-ignore lint/correctness/useYield: the store never streams; Kysely's interface requires the method.
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('the bridge SQLite driver does not stream')
  }

  #prepare(sql: string): SQLite.Statement {
    const cached = this.#statements.get(sql)
    if (cached !== undefined) {
      // Most recently used last: the first key is the one to drop.
      this.#statements.delete(sql)
      this.#statements.set(sql, cached)
      return cached
    }
    const statement = this.sqlite.prepare(sql)
    this.#statements.set(sql, statement)
    if (this.#statements.size > STATEMENT_CACHE_SIZE) {
      const oldest = this.#statements.keys().next().value
      if (oldest !== undefined) this.#statements.delete(oldest)
    }
    return statement
  }
}
