/**
 * Kysely's Postgres dialect for the bridge, with **group commit** of write transactions (the SQLite dialect's,
 * `sqlite-group-commit.ts`, on a server).
 *
 * Every write transaction of the store takes one transaction-scoped advisory lock first ({@link WRITE_LOCK_KEY}:
 * sequence numbers are max + 1 and the audit chain extends the head it reads), so writers run one at a time across
 * every replica — each paying its own commit, a WAL flush the next writer waits behind. Here a replica's
 * transactions run on one writer connection instead: the first opens a Postgres transaction and takes the lock;
 * each is a savepoint inside it, rolled back alone if it fails; the group commits at the end of the event loop's
 * turn in which the writer was last handed back with nobody waiting (or at once past `GROUP_MAX_MS` or
 * `GROUP_MAX_USES`). A caller's transaction returns only once its group has committed, so what it wrote is
 * durable before it goes on (an Okta change is recorded before the next is sent); a commit that fails fails every
 * member. Statements outside transactions (reads, and the rate-limit budget's single-statement compare-and-sets)
 * run on pool connections as before, never waiting for a group.
 */
import {
  type CompiledQuery,
  type DatabaseConnection,
  type DatabaseIntrospector,
  type Dialect,
  type DialectAdapter,
  type Driver,
  type Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type QueryCompiler,
  type QueryResult,
} from 'kysely'
import type pg from 'pg'
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

/** Kysely's Postgres dialect with group commit (see the file's comment). */
export class GroupCommitPostgresDialect implements Dialect {
  readonly driver: GroupCommitPostgresDriver

  /** `lockKey`: the advisory lock every write transaction takes first. */
  constructor(pool: pg.Pool, lockKey: number, limits: GroupLimits = GROUP_LIMITS) {
    this.driver = new GroupCommitPostgresDriver(pool, lockKey, limits)
  }

  createDriver(): Driver {
    return this.driver
  }

  createQueryCompiler(): QueryCompiler {
    return new PostgresQueryCompiler()
  }

  createAdapter(): DialectAdapter {
    return new PostgresAdapter()
  }

  createIntrospector(db: Kysely<unknown>): DatabaseIntrospector {
    return new PostgresIntrospector(db)
  }
}

/** The driver: pool connections for lone statements, one writer connection shared by the group. */
export class GroupCommitPostgresDriver implements Driver {
  readonly stats: GroupCommitStats = { commits: 0, uses: 0, failed: 0 }
  readonly #pool: pg.Pool
  readonly #lockKey: number
  #writer: pg.PoolClient | undefined
  readonly #turns = new Turns()
  #group: Group | undefined
  readonly #limits: GroupLimits

  constructor(pool: pg.Pool, lockKey: number, limits: GroupLimits) {
    this.#pool = pool
    this.#lockKey = lockKey
    this.#limits = limits
  }

  async init(): Promise<void> {}

  /** A handle that becomes a pool connection at its first lone statement, or a group member at its transaction. */
  async acquireConnection(): Promise<DatabaseConnection> {
    return new GroupHandle(this)
  }

  async beginTransaction(connection: DatabaseConnection): Promise<void> {
    const handle = connection as GroupHandle
    // A handle already on a pool connection (the migrations' session-locked one) runs plain transactions there.
    if (handle.client !== undefined) {
      await handle.client.query('begin')
      await handle.client.query(`select pg_advisory_xact_lock(${this.#lockKey})`)
      return
    }
    await this.#takeWriter()
    try {
      handle.member = await this.#join()
      await this.#writer!.query(`savepoint ${MEMBER_SAVEPOINT}`)
    } catch (error) {
      handle.member = undefined
      this.#handBack()
      throw error
    }
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    const handle = connection as GroupHandle
    if (handle.client !== undefined) {
      await handle.client.query('commit')
      return
    }
    await this.#writer!.query(`release savepoint ${MEMBER_SAVEPOINT}`)
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    const handle = connection as GroupHandle
    if (handle.client !== undefined) {
      await handle.client.query('rollback')
      return
    }
    const member = handle.member
    // Its writes are undone: it need not wait for the others' commit (and must not fail with it).
    handle.member = undefined
    handle.rolledBack = true
    if (member === undefined || member !== this.#group) return
    try {
      await this.#writer!.query(`rollback to savepoint ${MEMBER_SAVEPOINT}`)
      await this.#writer!.query(`release savepoint ${MEMBER_SAVEPOINT}`)
    } catch (error) {
      this.#fail(member, error)
    }
  }

  async releaseConnection(connection: DatabaseConnection): Promise<void> {
    const handle = connection as GroupHandle
    if (handle.client !== undefined) {
      handle.client.release()
      handle.client = undefined
      return
    }
    if (handle.member === undefined && !handle.rolledBack) return
    const member = handle.member
    handle.member = undefined
    handle.rolledBack = false
    const group = this.#group
    if (group !== undefined) {
      if (groupIsFull(group, this.#limits)) await this.#commit(group)
      else if (!this.#turns.waiting) this.#commitSoon(group)
    }
    this.#handBack()
    if (member !== undefined) await member.committed
  }

  async destroy(): Promise<void> {
    if (this.#group !== undefined) await this.#commit(this.#group)
    this.#writer?.release()
    this.#writer = undefined
    await this.#pool.end()
  }

  /** A statement of a member: on the writer, inside the group. */
  async memberQuery(handle: GroupHandle, compiled: CompiledQuery): Promise<QueryResult<unknown>> {
    const member = handle.member
    if (member === undefined || member !== this.#group)
      throw member?.failure ?? new Error('the transaction ended')
    return toResult(await this.#writer!.query(compiled.sql, compiled.parameters as unknown[]))
  }

  /** A pool connection for a handle's lone statements. */
  connect(): Promise<pg.PoolClient> {
    return this.#pool.connect()
  }

  async #takeWriter(): Promise<void> {
    await this.#turns.take()
    this.#writer ??= await this.#pool.connect().catch((error: unknown) => {
      this.#handBack()
      throw error
    })
  }

  #handBack(): void {
    this.#turns.release()
  }

  async #join(): Promise<Group> {
    let group = this.#group
    if (group === undefined) {
      await this.#writer!.query('begin')
      try {
        await this.#writer!.query(`select pg_advisory_xact_lock(${this.#lockKey})`)
      } catch (error) {
        await this.#writer!.query('rollback').catch(() => this.#dropWriter(error))
        throw error
      }
      group = newGroup()
      this.#group = group
    }
    group.uses += 1
    return group
  }

  /** Nobody waits for the writer now: commit once the event loop has run what is ready in this turn. */
  #commitSoon(group: Group): void {
    if (group.scheduled) return
    group.scheduled = true
    setImmediate(() => {
      group.scheduled = false
      if (this.#group === group && this.#turns.tryTake()) {
        void this.#commit(group).finally(() => this.#handBack())
      }
    })
  }

  async #commit(group: Group): Promise<void> {
    this.#group = undefined
    try {
      const result = await this.#writer!.query('commit')
      // Postgres answers COMMIT with ROLLBACK when an error had aborted the transaction.
      if ((result as { command?: string }).command === 'ROLLBACK')
        throw new Error('the group transaction was aborted')
      this.stats.commits += 1
      this.stats.uses += group.uses
      group.resolve()
    } catch (error) {
      this.stats.failed += 1
      await this.#writer?.query('rollback').catch(() => this.#dropWriter(error))
      group.reject(error)
    }
  }

  /** A statement inside the group failed in a way a savepoint cannot undo: the group fails. */
  #fail(group: Group, error: unknown): void {
    if (this.#group !== group) return
    this.#group = undefined
    this.stats.failed += 1
    group.failure = error
    group.reject(error)
    void this.#writer?.query('rollback').catch(() => this.#dropWriter(error))
  }

  /** The writer connection is broken: dropped from the pool, and the next group takes a new one. */
  #dropWriter(error: unknown): void {
    this.#writer?.release(error instanceof Error ? error : new Error(String(error)))
    this.#writer = undefined
  }
}

function toResult(result: pg.QueryResult): QueryResult<unknown> {
  const { command, rowCount, rows } = result
  return {
    numAffectedRows:
      command === 'INSERT' || command === 'UPDATE' || command === 'DELETE' || command === 'MERGE'
        ? BigInt(rowCount ?? 0)
        : undefined,
    rows: rows ?? [],
  }
}

/** One acquisition: a member of the group (after `beginTransaction`) or a pool connection (lone statements). */
class GroupHandle implements DatabaseConnection {
  client: pg.PoolClient | undefined
  member: Group | undefined
  rolledBack = false

  constructor(private readonly driver: GroupCommitPostgresDriver) {}

  async executeQuery<R>(compiledQuery: CompiledQuery): Promise<QueryResult<R>> {
    if (this.member !== undefined)
      return (await this.driver.memberQuery(this, compiledQuery)) as QueryResult<R>
    this.client ??= await this.driver.connect()
    return toResult(
      await this.client.query(compiledQuery.sql, compiledQuery.parameters as unknown[]),
    ) as QueryResult<R>
  }

  // biome-ignore lint/correctness/useYield: the store never streams; Kysely's interface requires the method.
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('the bridge Postgres driver does not stream')
  }
}
