/**
 * Readiness (`GET /readyz`): may this replica take traffic? Three checks, each named in the answer so an
 * operator reading a failing probe knows where to look:
 *
 * - `store`: the execution store answers and its schema has every migration this code knows;
 * - `policy`: a policy is loaded (with a real org the bridge never runs without one);
 * - `okta`: an access token for the enabled flows is cached or can be obtained now — without one no flow
 *   can run, and a load balancer should send ServiceNow elsewhere.
 *
 * Checks run in parallel, each bounded by a timeout shorter than a probe's, and a failure's detail never
 * carries a secret (token-endpoint errors name Okta's error code, not the assertion).
 */
import type { Kysely } from 'kysely'
import { Migrator } from 'kysely/migration'
import { MIGRATION_TABLE, migrationProvider } from './adapters/store/migrations.js'
import type { ReadinessCheck, ReadinessReport } from './http/app.js'

/** A named readiness check: resolves with its result, or throws (then it fails with the error's message). */
export type Check = () => Promise<ReadinessCheck>

/** How long one check may take: below the probes' `timeoutSeconds` (5) in the manifests. */
export const CHECK_TIMEOUT_MS = 4_000

/** Runs the checks in parallel; ready when every one passes. */
export function readiness(checks: Record<string, Check>, timeoutMs = CHECK_TIMEOUT_MS) {
  return async (): Promise<ReadinessReport> => {
    const names = Object.keys(checks)
    const results = await Promise.all(names.map((name) => bounded(checks[name]!, timeoutMs)))
    const report: Record<string, ReadinessCheck> = {}
    names.forEach((name, i) => {
      report[name] = results[i]!
    })
    return { ready: results.every((r) => r.ok), checks: report }
  }
}

async function bounded(check: Check, timeoutMs: number): Promise<ReadinessCheck> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<ReadinessCheck>((resolve) => {
    timer = setTimeout(() => resolve({ ok: false, detail: `no answer within ${timeoutMs} ms` }), timeoutMs)
  })
  try {
    return await Promise.race([
      check().catch((error: unknown) => ({
        ok: false,
        detail: error instanceof Error ? error.message : String(error),
      })),
      timeout,
    ])
  } finally {
    clearTimeout(timer)
  }
}

/** The store answers a query and every known migration is applied (none pending, none unknown). */
export function storeCheck(db: Kysely<unknown>): Check {
  return async () => {
    const migrator = new Migrator({ db, provider: migrationProvider, migrationTableName: MIGRATION_TABLE })
    const migrations = await migrator.getMigrations()
    const pending = migrations.filter((m) => m.executedAt === undefined).map((m) => m.name)
    if (pending.length > 0) return { ok: false, detail: `migrations not applied: ${pending.join(', ')}` }
    return { ok: true, detail: `${migrations.length} migrations applied` }
  }
}
