/**
 * `npm run bench`: runs every benchmark once, prints each suite's figures, then the goals of issue 17 (each
 * figure beside its goal), and writes everything to a JSON file (with the commit and Node version) whose path
 * it prints. Figures are meant to be read as the ratios printed beside them, all measured in this one run (see
 * each benchmark's header). `npm run bench -- bridge console` runs only the suites whose key is given
 * (`npm run bench -- p2`: issue 16's P2 alone).
 */
import { execFileSync } from 'node:child_process'
import { mkdir, writeFile } from 'node:fs/promises'
import { cpus, totalmem } from 'node:os'
import { join } from 'node:path'
import { benchBridge } from './bridge.bench.js'
import { ROOT } from './built-bridge.js'
import { benchConsole } from './console.bench.js'
import { benchEventHooks } from './event-hooks.bench.js'
import { benchFootprint } from './footprint.bench.js'
import { benchOktaSandbox, type Measurement } from './okta-sandbox.bench.js'
import { benchReplicas } from './replicas.bench.js'
import { benchSqliteDrivers } from './sqlite-driver.bench.js'
import { benchStore } from './store.bench.js'

const suites: [string, string, (log: (line: string) => void) => Promise<Measurement[]>][] = [
  ['sandbox', 'Okta sandbox', benchOktaSandbox],
  ['bridge', 'Bridge: the goals of issue 17 (production build)', benchBridge],
  ['footprint', 'Footprint and joiner Okta calls (production build)', benchFootprint],
  ['event-hooks', 'Okta event hooks', benchEventHooks],
  ['sqlite', 'SQLite driver (better-sqlite3 vs node:sqlite)', benchSqliteDrivers],
  ['store', 'Store (Postgres vs SQLite, same invocation mix)', benchStore],
  ['console', 'Operator console memory (production build, RSS)', benchConsole],
  ['p2', 'P2 (issue 16): 3 replicas on one Postgres, a batch at the Okta users limit', benchReplicas],
]

const only = process.argv.slice(2)
const started = performance.now()
const report: { suite: string; seconds: number; measurements: Measurement[] }[] = []
for (const [key, name, run] of suites) {
  if (only.length > 0 && !only.includes(key)) continue
  console.log(`\n# ${name}`)
  const suiteStarted = performance.now()
  // Each step's start, in seconds into the suite: where the run's time goes.
  const results = await run((line) =>
    console.log(`  … [${Math.round((performance.now() - suiteStarted) / 1000)} s] ${line}`),
  )
  report.push({
    suite: key,
    seconds: Math.round((performance.now() - suiteStarted) / 100) / 10,
    measurements: results,
  })
  if (results.length === 0) continue
  const width = Math.max(...results.map((r) => r.name.length))
  for (const r of results) {
    console.log(
      `  ${r.name.padEnd(width)}  ${String(r.value).padStart(9)} ${r.unit}${r.note ? `  (${r.note})` : ''}`,
    )
  }
}
const seconds = Math.round((performance.now() - started) / 1000)

const goals = report.flatMap((s) => s.measurements.filter((m) => m.goal !== undefined))
if (goals.length > 0) {
  console.log('\n# Issue 17: each figure beside its goal')
  const rows = goals.map((m) => [m.name, m.goal!, `${m.value} ${m.unit}`, m.met ? 'met' : 'MISSED'])
  const widths = [0, 1, 2, 3].map((c) => Math.max(...rows.map((r) => r[c]!.length)))
  for (const row of rows) console.log(`  ${row.map((cell, c) => cell.padEnd(widths[c]!)).join('  ')}`)
}

const commit = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim()
const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], {
  cwd: ROOT,
  encoding: 'utf8',
})
const at = new Date().toISOString()
const file = join(ROOT, 'bench-results', `bench-${at.replace(/[:.]/g, '-')}.json`)
await mkdir(join(ROOT, 'bench-results'), { recursive: true })
await writeFile(
  file,
  `${JSON.stringify(
    {
      at,
      commit,
      uncommittedChanges: dirty.trim() !== '',
      node: process.version,
      machine: {
        cpus: cpus().length,
        cpuModel: cpus()[0]?.model,
        memoryMB: Math.round(totalmem() / 1_048_576),
      },
      totalSeconds: seconds,
      suites: report,
    },
    null,
    2,
  )}\n`,
)
console.log(`\nTotal ${seconds} s. Results: ${file}`)
