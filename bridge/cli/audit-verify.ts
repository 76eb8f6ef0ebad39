/**
 * `npm run audit:verify`: recomputes the audit trail's hash chain in the database `DATABASE_URL` names
 * (default `sqlite:./data/bridge.db`) and, with ServiceNow configured (`SERVICENOW_URL` and the bridge's
 * credentials there, as the bridge reads them), checks it against the anchors the bridge sent to ServiceNow —
 * so entries removed from the chain's end and a chain rewritten with recomputed hashes are caught too. Without
 * ServiceNow it says, on a line of its own, that only tampering inside the database can be detected.
 *
 * Exit codes, for cron jobs and CI: 0 the chain is intact, 1 it is broken (the first missing or altered entry
 * and why), 2 it could not be checked (no database, ServiceNow unreadable). It refuses to create a missing
 * database file: a mistyped path must not verify an empty chain as "OK".
 */
import { readFileSync } from 'node:fs'
import { serviceNowClientFromConfig } from '../adapters/servicenow/table-client.js'
import { SqlAuditTrail } from '../adapters/store/audit-trail-store.js'
import { DEFAULT_DATABASE_URL, openExecutionStore } from '../adapters/store/index.js'
import type { ServiceNowConfig } from '../config.js'
import { serviceNowAnchorSource, verifyAuditChain } from '../jobs/audit-anchorer.js'

/** The ServiceNow instance from the environment, as the bridge's configuration names it; undefined when unset. */
function serviceNowFromEnv(env: NodeJS.ProcessEnv): ServiceNowConfig | undefined {
  const value = (name: string): string | undefined => {
    const file = env[`${name}_FILE`]?.trim()
    if (file) return readFileSync(file, 'utf8').trim()
    return env[name]?.trim() || undefined
  }
  const url = value('SERVICENOW_URL')
  if (url === undefined) return undefined
  return {
    instanceUrl: new URL(url).origin,
    username: value('SERVICENOW_USER'),
    password: value('SERVICENOW_PASSWORD'),
    clientId: value('SERVICENOW_CLIENT_ID'),
    clientSecret: value('SERVICENOW_CLIENT_SECRET'),
  }
}

async function main(): Promise<number> {
  const url = process.env.DATABASE_URL?.trim() || DEFAULT_DATABASE_URL
  let servicenow: ServiceNowConfig | undefined
  let store: Awaited<ReturnType<typeof openExecutionStore>>
  try {
    servicenow = serviceNowFromEnv(process.env)
    const passwordFile = process.env.DATABASE_PASSWORD_FILE
    store = await openExecutionStore(url, { mustExist: true, ...(passwordFile ? { passwordFile } : {}) })
  } catch (error) {
    console.error(`audit:verify: ${error instanceof Error ? error.message : String(error)}`)
    return 2
  }
  try {
    const anchors = servicenow ? serviceNowAnchorSource(serviceNowClientFromConfig(servicenow)) : undefined
    let result: Awaited<ReturnType<typeof verifyAuditChain>>
    try {
      result = await verifyAuditChain(new SqlAuditTrail(store.db), anchors)
    } catch (error) {
      // Only the message: the client's errors name the table and status, never a credential.
      console.error(
        `audit:verify: the anchors could not be read from ServiceNow: ${error instanceof Error ? error.message : String(error)}`,
      )
      return 2
    }
    const anchoring = result.anchoring
    const against = anchoring.configured
      ? `; checked against ${anchoring.anchors} anchor${anchoring.anchors === 1 ? '' : 's'} in ServiceNow${anchoring.latest ? `, the latest at entry ${anchoring.latest.seq} (${anchoring.latest.anchoredAt})` : ''}`
      : ''
    if (result.ok) console.log(`audit chain OK (${result.entries} entries${against})`)
    else console.log(`audit chain BROKEN at entry ${result.brokenAt}: ${result.reason}`)
    if (!anchoring.configured) console.log(`note: ${anchoring.detail}`)
    return result.ok ? 0 : 1
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
