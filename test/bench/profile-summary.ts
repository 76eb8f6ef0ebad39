/**
 * Where a bridge's CPU went: `npx tsx test/bench/profile-summary.ts <file.cpuprofile>` prints the self time of a
 * V8 CPU profile grouped by where the code lives — an npm package, a file of the bridge's build, Node's own
 * internals, or V8 (garbage collection, idle) — largest first. The profile comes from `BENCH_CPU_PROF=<dir> npm
 * run bench -- bridge`, which starts the warm bridge (joiners, then the open-loop windows) with `--cpu-prof`.
 */
import { readFileSync } from 'node:fs'

/** The parts of a `.cpuprofile` this reads. */
interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string } }[]
  samples: number[]
  timeDeltas: number[]
}

/** Self time in ms by where the code lives, largest first, and the profile's total. */
export function summarize(profile: CpuProfile): { total: number; rows: [string, number][] } {
  const where = new Map<number, string>()
  for (const node of profile.nodes) where.set(node.id, placeOf(node.callFrame))
  const byPlace = new Map<string, number>()
  let total = 0
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000
    total += ms
    const place = where.get(id) ?? '(unknown)'
    byPlace.set(place, (byPlace.get(place) ?? 0) + ms)
  })
  return { total, rows: [...byPlace].sort((a, b) => b[1] - a[1]) }
}

function placeOf(frame: { functionName: string; url: string }): string {
  const { url, functionName } = frame
  // V8's own entries are already parenthesised: (idle), (garbage collector), (program).
  if (!url) return functionName.startsWith('(') ? functionName : `(native) ${functionName || 'anonymous'}`
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)
  if (pkg) return pkg[1]!
  // Node's own modules by area (node:internal/crypto/…, node:internal/http…): which part of Node is busy.
  if (url.startsWith('node:'))
    return url.replace(/^node:(internal\/)?/, 'node:').replace(/(\/[^/]+)\/.*$/, '$1')
  const built = /\/build\/(.+)$/.exec(url)
  return built ? built[1]! : url
}

if (process.argv[2]) {
  const { total, rows } = summarize(JSON.parse(readFileSync(process.argv[2], 'utf8')) as CpuProfile)
  const busy = rows.filter(([place]) => place !== '(idle)').reduce((sum, [, ms]) => sum + ms, 0)
  console.log(`total ${Math.round(total)} ms sampled, ${Math.round(busy)} ms busy (not idle)`)
  for (const [place, ms] of rows.slice(0, 25)) {
    const share = place === '(idle)' ? '' : `${((ms / busy) * 100).toFixed(1).padStart(5)} % of busy`
    console.log(`${String(Math.round(ms)).padStart(8)} ms  ${share.padEnd(14)}  ${place}`)
  }
}
