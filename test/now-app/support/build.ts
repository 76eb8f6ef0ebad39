/**
 * The ServiceNow app's build output for tests: builds once (`now-sdk build --frozenKeys`, the CI form,
 * so tests never rewrite keys.ts) into the normal `dist/`, or reuses it when it is newer than every
 * source it comes from. Test files run in parallel workers: a lock directory makes one of them build
 * while the others wait. The records are parsed with fast-xml-parser into plain objects.
 */
import { execFile } from 'node:child_process'
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { XMLParser } from 'fast-xml-parser'

/** The repository root. */
export const ROOT = resolve(import.meta.dirname, '../../..')
/** Where `now-sdk build` writes the update-set XML. */
export const DIST = join(ROOT, 'dist')
const STAMP = join(DIST, '.now-app-test-build')
// In the checkout, not in node_modules: worktrees sharing one node_modules must not wait for each other.
const LOCK = join(ROOT, '.now-app-build-lock')
/** A lock older than this was left by a killed run. */
const STALE_LOCK_MS = 180_000

/** Every file under a directory, recursively. */
export function filesUnder(dir: string): string[] {
  const out: string[] = []
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) out.push(...filesUnder(path))
    else out.push(path)
  }
  return out
}

/** The newest modification time of the build's inputs. */
function newestSource(): number {
  const inputs = [
    ...filesUnder(join(ROOT, 'now-app')),
    ...filesUnder(join(ROOT, 'shared')),
    join(ROOT, 'now.config.json'),
    join(ROOT, 'package.json'),
  ]
  return Math.max(...inputs.map((path) => statSync(path).mtimeMs))
}

/** Whether `dist/` was built by this helper after the last change to its inputs. */
function fresh(): boolean {
  try {
    return statSync(STAMP).mtimeMs > newestSource()
  } catch {
    return false
  }
}

/** When the lock was taken (now when there is none). */
function lockAge(): number {
  try {
    return statSync(LOCK).mtimeMs
  } catch {
    return Date.now()
  }
}

/** Builds the app unless `dist/` is fresh; resolves once the output can be read. */
export async function ensureBuilt(): Promise<void> {
  for (;;) {
    if (fresh()) return
    try {
      mkdirSync(LOCK)
    } catch {
      // Another worker is building: wait for it, then look again (taking over a lock a killed run left).
      if (Date.now() - lockAge() > STALE_LOCK_MS) rmSync(LOCK, { recursive: true, force: true })
      await new Promise((r) => setTimeout(r, 250))
      continue
    }
    try {
      if (fresh()) return
      await promisify(execFile)(join(ROOT, 'node_modules/.bin/now-sdk'), ['build', '--frozenKeys'], {
        cwd: ROOT,
        maxBuffer: 16 * 1024 * 1024,
      })
      writeFileSync(STAMP, new Date().toISOString())
      return
    } finally {
      rmSync(LOCK, { recursive: true, force: true })
    }
  }
}

/** One built record: its table and its fields (an element with attributes becomes `{ '#text', '@_x' }`). */
export interface BuiltRecord {
  table: string
  action: string
  file: string
  fields: Record<string, unknown>
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  trimValues: false,
  cdataPropName: false,
})

/** Every record of the build (`dist/app/**.xml`), parsed. */
export function builtRecords(): BuiltRecord[] {
  const records: BuiltRecord[] = []
  for (const file of filesUnder(join(DIST, 'app')).filter((f) => f.endsWith('.xml'))) {
    const doc = parser.parse(readFileSync(file, 'utf8')) as Record<string, Record<string, unknown>>
    const update = doc.record_update
    if (!update) continue
    // A flow or an action is one file holding many records (its steps, inputs, outputs…).
    for (const [table, value] of Object.entries(update)) {
      if (table.startsWith('@_')) continue
      for (const element of Array.isArray(value) ? value : [value]) {
        if (typeof element !== 'object' || element === null) continue
        const fields = element as Record<string, unknown>
        records.push({ table, action: String(fields['@_action'] ?? ''), file, fields })
      }
    }
  }
  return records
}

/** A field's text, whether it is a plain element or one with attributes (`display_value`, …). */
export function text(record: BuiltRecord, field: string): string {
  const value = record.fields[field]
  if (value === undefined || value === null) return ''
  if (typeof value === 'object') return String((value as Record<string, unknown>)['#text'] ?? '')
  return String(value)
}

/** The records of one table. */
export function recordsOf(records: BuiltRecord[], table: string): BuiltRecord[] {
  return records.filter((r) => r.table === table)
}
