/**
 * Where the store lives, as `DATABASE_URL` names it. Beside the ports because two sides must read it the same
 * way without depending on each other: the configuration validates the variable at start (one line per
 * problem), and the store adapter opens what it names.
 */
import { resolve } from 'node:path'

/** Where the bridge keeps its state when `DATABASE_URL` is unset (relative to the working directory). */
export const DEFAULT_DATABASE_URL = 'sqlite:./data/bridge.db'

/** Which database a `DATABASE_URL` names. */
export interface DatabaseLocation {
  dialect: 'sqlite'
  /** An absolute file path, or `:memory:`. */
  filename: string
}

/**
 * Parses a `DATABASE_URL`: `sqlite:<path>` (`sqlite://<path>` too), `sqlite::memory:`, or a bare file
 * path. Relative paths resolve against the working directory. Postgres URLs are recognised and refused
 * with a clear message rather than mistaken for a file name.
 */
export function parseDatabaseUrl(url: string): DatabaseLocation {
  const value = url.trim()
  if (value === '') throw new Error('DATABASE_URL is empty; use sqlite:<path> or sqlite::memory:')
  if (/^postgres(ql)?:/i.test(value)) {
    throw new Error(
      'DATABASE_URL names Postgres, which this version of the bridge does not support; use sqlite:<path> (e.g. sqlite:./data/bridge.db)',
    )
  }
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
    throw new Error(`DATABASE_URL scheme "${scheme[1]}:" is not supported; use sqlite:<path> or a file path`)
  }
  return { dialect: 'sqlite', filename: resolve(value) }
}
