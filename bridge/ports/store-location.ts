/**
 * Where the store lives, as `DATABASE_URL` names it. Beside the ports because two sides must read it the same
 * way without depending on each other: the configuration validates the variable at start (one line per
 * problem), and the store adapter opens what it names.
 */
import { resolve } from 'node:path'

/** Where the bridge keeps its state when `DATABASE_URL` is unset (relative to the working directory). */
export const DEFAULT_DATABASE_URL = 'sqlite:./data/bridge.db'

/** The embedded database: one file (or memory), one replica. */
export interface SqliteLocation {
  dialect: 'sqlite'
  /** An absolute file path, or `:memory:`. */
  filename: string
}

/** A Postgres server: the store for more than one replica. */
export interface PostgresLocation {
  dialect: 'postgres'
  host: string
  port: number
  database: string
  user: string
  /** From the URL's user-info, decoded; absent when the URL has none (then `DATABASE_PASSWORD_FILE`). */
  password?: string
  /** The URL's query parameters (e.g. `sslmode`), handed to the driver as they are. */
  params: Readonly<Record<string, string>>
  /** The URL without its password, for messages and logs. */
  display: string
}

/** Which database a `DATABASE_URL` names. */
export type DatabaseLocation = SqliteLocation | PostgresLocation

/**
 * Parses a `DATABASE_URL`: `postgres://user[:password]@host[:port]/db` (or `postgresql://`), `sqlite:<path>`
 * (`sqlite://<path>` too), `sqlite::memory:`, or a bare file path. Relative paths resolve against the working
 * directory. Error messages never quote a Postgres URL's password.
 */
export function parseDatabaseUrl(url: string): DatabaseLocation {
  const value = url.trim()
  if (value === '')
    throw new Error('DATABASE_URL is empty; use sqlite:<path>, sqlite::memory: or postgres://…')
  if (/^postgres(ql)?:/i.test(value)) return parsePostgresUrl(value)
  if (/^sqlite:/i.test(value)) {
    let rest = value.slice('sqlite:'.length)
    if (rest.startsWith('//')) rest = rest.slice(2)
    if (rest === ':memory:') return { dialect: 'sqlite', filename: ':memory:' }
    if (rest === '') throw new Error('DATABASE_URL sqlite: names no file; use sqlite:./data/bridge.db')
    return { dialect: 'sqlite', filename: resolve(rest) }
  }
  // A scheme of two letters or more (a one-letter "scheme" is a Windows drive such as C:).
  const scheme = /^([a-z][a-z0-9+.-]+):/i.exec(value)
  if (scheme) {
    throw new Error(
      `DATABASE_URL scheme "${scheme[1]}:" is not supported; use sqlite:<path>, a file path or postgres://user@host:port/db`,
    )
  }
  return { dialect: 'sqlite', filename: resolve(value) }
}

const POSTGRES_FORM = 'postgres://user[:password]@host[:port]/database'

function parsePostgresUrl(value: string): PostgresLocation {
  let parsed: URL
  try {
    parsed = new URL(value)
  } catch {
    // The URL's own text is not quoted: it may carry a password.
    throw new Error(`DATABASE_URL is not a valid Postgres URL; use ${POSTGRES_FORM}`)
  }
  if (parsed.protocol !== 'postgres:' && parsed.protocol !== 'postgresql:') {
    throw new Error(`DATABASE_URL is not a valid Postgres URL; use ${POSTGRES_FORM}`)
  }
  // WHATWG URL keeps IPv6 hosts bracketed; the driver wants them bare.
  const host = decodeURIComponent(parsed.hostname).replace(/^\[(.*)\]$/, '$1')
  if (host === '') throw new Error(`DATABASE_URL names no Postgres host; use ${POSTGRES_FORM}`)
  const port = parsed.port === '' ? 5432 : Number(parsed.port)
  const database = decodeURIComponent(parsed.pathname.replace(/^\//, ''))
  if (database === '' || database.includes('/')) {
    throw new Error(`DATABASE_URL names no Postgres database; use ${POSTGRES_FORM}`)
  }
  const user = decodeURIComponent(parsed.username)
  if (user === '') throw new Error(`DATABASE_URL names no Postgres user; use ${POSTGRES_FORM}`)
  const password = parsed.password === '' ? undefined : decodeURIComponent(parsed.password)
  const params: Record<string, string> = {}
  for (const [key, v] of parsed.searchParams) params[key] = v
  const display = `${parsed.protocol}//${parsed.username}@${parsed.host}${parsed.pathname}`
  return {
    dialect: 'postgres',
    host,
    port,
    database,
    user,
    ...(password ? { password } : {}),
    params,
    display,
  }
}
