/**
 * Configuration step: where executions and the audit are kept (`DATABASE_URL`), and what sandbox mode warns
 * about — that Okta is simulated, and that a store kept across sandbox runs names objects of an org that no
 * longer exists (the simulated org is rebuilt with new ids at every start).
 */
import { readFileSync } from 'node:fs'
import { DEFAULT_DATABASE_URL, parseDatabaseUrl } from '../ports/store-location.js'
import type { ConfigInput, Findings } from './environment.js'

/**
 * The database URL: `DATABASE_URL`, else in memory for tests and sandbox mode (see `BridgeConfig.databaseUrl`),
 * else the default file. Not among the plain variables: a Postgres URL carries a password, so no message may
 * quote it.
 */
export function databaseUrl(input: ConfigInput, found: Findings): string {
  const { env: clean, nodeEnv, mode } = input
  const url =
    clean.DATABASE_URL ??
    (nodeEnv === 'test' || mode === 'sandbox' ? 'sqlite::memory:' : DEFAULT_DATABASE_URL)
  try {
    parseDatabaseUrl(url)
  } catch (error) {
    found.problems.push(`DATABASE_URL: ${(error as Error).message.replace(/^DATABASE_URL:? */, '')}`)
  }
  return url
}

/**
 * `DATABASE_PASSWORD_FILE`: the Postgres password as a file (Docker and Kubernetes secrets are files), checked at
 * start like every other setting rather than at the first connection. Only for a `postgres://` URL without a
 * password of its own (both would leave which one wins to a guess). Answers the file's path; the store reads it
 * when it connects, so the password itself never sits in the configuration object.
 */
export function databasePasswordFile(input: ConfigInput, url: string, found: Findings): string | undefined {
  const file = input.env.DATABASE_PASSWORD_FILE
  if (file === undefined) return undefined
  let location: ReturnType<typeof parseDatabaseUrl>
  try {
    location = parseDatabaseUrl(url)
  } catch {
    return undefined // DATABASE_URL's own problem is reported already
  }
  if (location.dialect !== 'postgres') {
    found.problems.push(
      'DATABASE_PASSWORD_FILE: only for a postgres:// DATABASE_URL (SQLite has no password)',
    )
    return undefined
  }
  if (location.password !== undefined) {
    found.problems.push('DATABASE_PASSWORD_FILE: DATABASE_URL carries a password too; set only one')
    return undefined
  }
  try {
    if (readFileSync(file, 'utf8').trim() === '')
      found.problems.push(`DATABASE_PASSWORD_FILE: ${file} is empty`)
  } catch (error) {
    found.problems.push(
      `DATABASE_PASSWORD_FILE: cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
    )
  }
  return file
}

/** The warnings of sandbox mode: Okta is simulated; a kept store outlives the org it describes. */
export function sandboxWarnings(input: ConfigInput, found: Findings): void {
  const { env: clean, mode } = input
  if (mode !== 'sandbox') return
  found.warnings.push(
    'OKTA_ORG_URL: not set — Okta is SIMULATED by an in-process sandbox; nothing reaches a real org',
  )
  if (clean.DATABASE_URL !== undefined && clean.DATABASE_URL !== 'sqlite::memory:') {
    found.warnings.push(
      'DATABASE_URL: kept across sandbox runs, but the simulated org is rebuilt with new ids at every start — executions and grants of earlier runs name users, groups and apps that no longer exist (unset it for a fresh store per run)',
    )
  }
}
