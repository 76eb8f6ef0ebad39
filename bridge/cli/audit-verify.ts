/**
 * `npm run audit:verify`: recomputes the audit trail's hash chain in the database `DATABASE_URL` names
 * (default `sqlite:./data/bridge.db`) and says whether it is intact. Exit codes, for cron jobs and CI:
 * 0 the chain is intact, 1 it is broken (the first broken entry and why), 2 it could not be checked.
 * It refuses to create a missing database file: a mistyped path must not verify an empty chain as "OK".
 */
import { DEFAULT_DATABASE_URL, openExecutionStore } from '../adapters/store/index.js'

async function main(): Promise<number> {
  const url = process.env.DATABASE_URL?.trim() || DEFAULT_DATABASE_URL
  let store: Awaited<ReturnType<typeof openExecutionStore>>
  try {
    store = await openExecutionStore(url, { mustExist: true })
  } catch (error) {
    console.error(`audit:verify: ${error instanceof Error ? error.message : String(error)}`)
    return 2
  }
  try {
    const result = await store.verifyAudit()
    if (result.ok) {
      console.log(`audit chain OK (${result.entries} entries)`)
      return 0
    }
    console.log(`audit chain BROKEN at entry ${result.brokenAt}: ${result.reason}`)
    return 1
  } finally {
    await store.close()
  }
}

main().then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    console.error('audit:verify: failed:', error instanceof Error ? error.message : error)
    process.exitCode = 2
  },
)
