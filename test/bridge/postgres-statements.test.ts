/**
 * The Postgres store prepares its data statements (`PreparingClient` in `bridge/adapters/store/database.ts`), on a
 * real throw-away cluster: after the store's own queries, the session's `pg_prepared_statements` holds them once
 * each, reused however often they ran; transaction control and DDL are not prepared. Skipped, with the reason,
 * where the Debian `postgresql` package is missing.
 */
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openExecutionStore, type SqlExecutionStore } from '../../bridge/adapters/store/index.js'
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

if (postgres.unavailable !== undefined) {
  describe('Postgres prepared statements', () => {
    it.skip(`skipped: ${postgres.unavailable}`, () => {})
  })
}
