/**
 * `npm run bench [-- NAME…]`: runs every benchmark once (or only those whose name contains one of the given
 * words, case-insensitive: `npm run bench -- P2`) and prints a table. Figures are meant to be read as the
 * ratios printed beside them, all measured in this one run (see each benchmark's header).
 */
import { benchBridge } from './bridge.bench.js'
import { benchConsole } from './console.bench.js'
import { benchEventHooks } from './event-hooks.bench.js'
import { benchFootprint } from './footprint.bench.js'
import { benchOktaSandbox, type Measurement } from './okta-sandbox.bench.js'
import { benchReplicas } from './replicas.bench.js'
import { benchSqliteDrivers } from './sqlite-driver.bench.js'
import { benchStore } from './store.bench.js'

const suites: [string, (log: (line: string) => void) => Promise<Measurement[]>][] = [
  ['Okta sandbox', benchOktaSandbox],
  ['Bridge', benchBridge],
  ['Footprint and joiner Okta calls (production build)', benchFootprint],
  ['Okta event hooks', benchEventHooks],
  ['SQLite driver (better-sqlite3 vs node:sqlite)', benchSqliteDrivers],
  ['Store (Postgres vs SQLite, same invocation mix)', benchStore],
  ['Operator console memory (production build, RSS)', benchConsole],
  ['P2: 3 replicas on one Postgres, a batch at the Okta users limit', benchReplicas],
]

const only = process.argv.slice(2).map((word) => word.toLowerCase())
for (const [name, run] of suites) {
  if (only.length > 0 && !only.some((word) => name.toLowerCase().includes(word))) continue
  console.log(`\n# ${name}`)
  const results = await run((line) => console.log(`  … ${line}`))
  if (results.length === 0) continue
  const width = Math.max(...results.map((r) => r.name.length))
  for (const r of results) {
    console.log(
      `  ${r.name.padEnd(width)}  ${String(r.value).padStart(9)} ${r.unit}${r.note ? `  (${r.note})` : ''}`,
    )
  }
}
