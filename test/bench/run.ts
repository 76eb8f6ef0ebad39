/**
 * `npm run bench`: runs every benchmark once and prints a table. Figures are meant to be read as the
 * ratios printed beside them, all measured in this one run (see each benchmark's header).
 */
import { benchBridge } from './bridge.bench.js'
import { benchConsole } from './console.bench.js'
import { benchEventHooks } from './event-hooks.bench.js'
import { benchFootprint } from './footprint.bench.js'
import { benchOktaSandbox, type Measurement } from './okta-sandbox.bench.js'
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
]

for (const [name, run] of suites) {
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
