/**
 * The evidence behind the store's SQLite driver on Node 24: better-sqlite3 (a Node-API add-on, prebuilt
 * binaries shipped in the package) against Node's built-in `node:sqlite` (no add-on at all), on the store's
 * own shape of work — per execution, one transaction that inserts the execution, three steps and an audit
 * row and updates the execution, then a read by id — on a WAL file database with the store's pragmas.
 *
 * Read as a ratio measured in this run: node:sqlite's executions per second ÷ better-sqlite3's. The driver
 * stays better-sqlite3 unless node:sqlite is clearly faster: Kysely's SQLite dialect is written against
 * better-sqlite3's API (node:sqlite would need an adapter of our own), and with prebuilt binaries
 * better-sqlite3 no longer costs a native build.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Measurement } from './okta-sandbox.bench.js'

const require = createRequire(import.meta.url)

const SCHEMA = [
  'CREATE TABLE executions (id TEXT PRIMARY KEY, flow TEXT NOT NULL, status TEXT NOT NULL, output TEXT)',
  'CREATE TABLE steps (execution_id TEXT NOT NULL, seq INTEGER NOT NULL, name TEXT NOT NULL, PRIMARY KEY (execution_id, seq))',
  'CREATE TABLE audit (seq INTEGER PRIMARY KEY AUTOINCREMENT, execution_id TEXT NOT NULL, entry TEXT NOT NULL)',
]

/** The few calls both drivers share: `exec` and prepared statements with `run`/`get`. */
interface Driver {
  exec(sql: string): void
  prepare(sql: string): { run(...params: unknown[]): unknown; get(...params: unknown[]): unknown }
  close(): void
}

function openBetterSqlite(file: string): Driver {
  const Database = require('better-sqlite3') as new (file: string) => Driver
  return new Database(file)
}

function openNodeSqlite(file: string): Driver {
  const { DatabaseSync } = require('node:sqlite') as { DatabaseSync: new (file: string) => Driver }
  return new DatabaseSync(file)
}

/** Executions per second for `n` executions on a fresh WAL database. */
function executionsPerSecond(open: (file: string) => Driver, n: number): number {
  const dir = mkdtempSync(join(tmpdir(), 'sqlite-driver-'))
  const db = open(join(dir, 'bench.db'))
  try {
    db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON')
    for (const statement of SCHEMA) db.exec(statement)
    const insertExecution = db.prepare('INSERT INTO executions (id, flow, status) VALUES (?, ?, ?)')
    const insertStep = db.prepare('INSERT INTO steps (execution_id, seq, name) VALUES (?, ?, ?)')
    const insertAudit = db.prepare('INSERT INTO audit (execution_id, entry) VALUES (?, ?)')
    const finish = db.prepare('UPDATE executions SET status = ?, output = ? WHERE id = ?')
    const read = db.prepare('SELECT id, status, output FROM executions WHERE id = ?')
    const started = performance.now()
    for (let i = 0; i < n; i++) {
      const id = `exec-${i}`
      db.exec('BEGIN IMMEDIATE')
      insertExecution.run(id, 'joiner', 'running')
      for (let s = 0; s < 3; s++) insertStep.run(id, s, `step-${s}`)
      insertAudit.run(id, JSON.stringify({ id, change: 'group.user_membership.add' }))
      finish.run('succeeded', JSON.stringify({ userId: `00u${i}` }), id)
      db.exec('COMMIT')
      if (!read.get(id)) throw new Error(`execution ${id} not read back`)
    }
    return n / ((performance.now() - started) / 1000)
  } finally {
    db.close()
    rmSync(dir, { recursive: true, force: true })
  }
}

/** better-sqlite3 vs node:sqlite on the store's shape of work, in one run. */
export async function benchSqliteDrivers(log: (line: string) => void): Promise<Measurement[]> {
  const n = 5_000
  // Warm both up once, then measure alternately so machine noise falls on both.
  executionsPerSecond(openBetterSqlite, 500)
  executionsPerSecond(openNodeSqlite, 500)
  const better: number[] = []
  const builtin: number[] = []
  for (let round = 0; round < 3; round++) {
    better.push(executionsPerSecond(openBetterSqlite, n))
    builtin.push(executionsPerSecond(openNodeSqlite, n))
    log(
      `round ${round + 1}: better-sqlite3 ${better[round]!.toFixed(0)}/s, node:sqlite ${builtin[round]!.toFixed(0)}/s`,
    )
  }
  const best = (xs: number[]) => Math.max(...xs)
  return [
    {
      name: 'better-sqlite3 executions/s',
      value: Math.round(best(better)),
      unit: '/s',
      note: `${n} per round, best of 3`,
    },
    {
      name: 'node:sqlite executions/s',
      value: Math.round(best(builtin)),
      unit: '/s',
      note: `${n} per round, best of 3`,
    },
    {
      name: 'node:sqlite ÷ better-sqlite3',
      value: Number((best(builtin) / best(better)).toFixed(2)),
      unit: '×',
      note: `Node ${process.versions.node}`,
    },
  ]
}
