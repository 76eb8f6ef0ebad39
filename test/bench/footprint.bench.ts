/**
 * The bridge's memory footprint and the joiner's Okta calls (issue 17), measured in this one run:
 *
 * 1. Import cost, each in a fresh `node` process (RSS after a forced GC): bare Node; `@okta/okta-sdk-nodejs`
 *    (what the Okta adapter loaded before its thin client); one of the SDK's generated API modules by deep
 *    import (the alternative to the thin client); the built Okta adapter (`build/…/okta/index.js`, what it
 *    loads now, its token source's jose included). Printed as MB, and as ratios to bare Node and to the SDK.
 * 2. The production build idle: `npm run build:bridge`, then `node build/bridge/main.js` as the image runs it
 *    (`NODE_ENV=production`, secrets as files, a policy file), pointed at an Okta sandbox org — the same set-up
 *    as the production-install test (`test/deploy/support.ts`). RSS read from `/proc/<pid>/status` once
 *    `/readyz` is 200 (store migrated, the flows' Okta tokens obtained) and the process has been left alone
 *    for a while.
 * 3. The joiner's Okta calls through that production bridge: create + 10 groups + 5 apps + activate, counted
 *    at the sandbox (Management API and token endpoint), cold (first joiner) and warm (the next one).
 *
 * Memory is only meaningful on Linux (`/proc`); elsewhere the suite says so and measures nothing.
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { once } from 'node:events'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { freePort } from '../bridge/support/free-port.js'
import { ROOT, startProductionOrg } from '../deploy/support.js'
import { imageNodeFlags, untilReady } from './built-bridge.js'
import type { Measurement } from './okta-sandbox.bench.js'
import { median, ratio, round } from './stats.js'

const run = promisify(execFile)

const GROUPS = 10
const APPS = 5
/** Idle time before sampling, and the samples taken (1 s apart; the median is reported). */
const SETTLE_MS = 3_000
const SAMPLES = 5
/** Fresh processes per import measurement (the median is reported). */
const IMPORT_RUNS = 3

/** Runs the footprint benchmark and returns its measurements. */
export async function benchFootprint(log: (line: string) => void): Promise<Measurement[]> {
  const results: Measurement[] = []
  log('npm run build:bridge')
  await run(process.execPath, ['scripts/build-bridge.mjs'], { cwd: ROOT })

  log(`import cost: ${IMPORT_RUNS} fresh processes each`)
  const bare = await importRss('')
  const sdk = await importRss('@okta/okta-sdk-nodejs')
  const deep = await importRss('@okta/okta-sdk-nodejs/src/generated/apis/UserApi.js')
  const adapter = await importRss(join(ROOT, 'build/bridge/adapters/okta/index.js'))
  results.push({ name: 'RSS of bare node', value: round(bare), unit: 'MB', note: 'baseline' })
  results.push({
    name: 'RSS after importing @okta/okta-sdk-nodejs',
    value: round(sdk),
    unit: 'MB',
    note: `+${round(sdk - bare)} MB; ${ratio(sdk, bare)} of bare node (the adapter before: it loaded the SDK)`,
  })
  results.push({
    name: 'RSS after a deep import of one SDK API module',
    value: round(deep),
    unit: 'MB',
    note: `+${round(deep - bare)} MB, ${ratio(deep - bare, sdk - bare)} of the SDK's: apis/UserApi.js alone (the option not taken: every API module loads the ObjectSerializer and all models)`,
  })
  results.push({
    name: 'RSS after importing the built Okta adapter',
    value: round(adapter),
    unit: 'MB',
    note: `+${round(adapter - bare)} MB; ${ratio(adapter, bare)} of bare node, ${ratio(adapter - bare, sdk - bare)} of the SDK's import cost`,
  })

  const dir = await mkdtemp(join(tmpdir(), 'bridge-footprint-'))
  const org = await startProductionOrg(dir)
  let child: ChildProcess | undefined
  try {
    const seeded = org.sandbox.org.seed({
      groups: Array.from({ length: GROUPS }, (_, i) => ({ profile: { name: `Footprint group ${i}` } })),
      apps: Array.from({ length: APPS }, (_, i) => ({ name: 'bookmark', label: `Footprint app ${i}` })),
    })
    const groups = seeded.groups.map((g) => g.id)
    const apps = seeded.apps.map((a) => a.id)
    await writeFile(
      org.env.BRIDGE_POLICY_FILE!,
      `manageableGroups: [${groups.map((id) => `"${id}"`).join(', ')}]\n` +
        `manageableApps: [${apps.map((id) => `"${id}"`).join(', ')}]\n`,
    )
    log('node build/bridge/main.js (NODE_ENV=production) against the sandbox org')
    let stderr = ''
    child = spawn(process.execPath, [...imageNodeFlags(), 'build/bridge/main.js'], {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH ?? '',
        ...org.env,
        DATABASE_URL: `sqlite:${join(dir, 'bridge.db')}`,
        PORT: '0',
        METRICS_PORT: String(await freePort()),
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    })
    child.stderr!.on('data', (chunk: Buffer) => {
      stderr += chunk.toString()
    })
    const url = await listening(child, () => stderr)
    await untilReady(url)
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS))
    const idle = await rssSamples(child.pid!)
    results.push({
      name: 'RSS of node build/bridge/main.js, idle',
      value: round(idle),
      unit: 'MB',
      note: `goal <= 100 MB; ${ratio(idle, bare)} of bare node; median of ${SAMPLES} samples from /proc after /readyz`,
    })

    const invoke = async (login: string, ticket: string) => {
      const before = oktaCalls(org.sandbox.stats())
      const response = await fetch(`${url}/api/flo/joiner/invoke`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-api-client-token': org.token,
          'idempotency-key': randomUUID(),
        },
        body: JSON.stringify({
          ticket: { number: ticket, requestedBy: 'bench.bot' },
          profile: { login, email: login, firstName: 'Foot', lastName: 'Print' },
          groups,
          apps,
        }),
      })
      const body = await response.text()
      if (response.status !== 200) throw new Error(`joiner answered ${response.status}: ${body}`)
      return oktaCalls(org.sandbox.stats()) - before
    }
    log(`two joiners, ${GROUPS} groups + ${APPS} apps each`)
    const cold = await invoke('foot.print.1@example.com', 'RITM0091001')
    const warm = await invoke('foot.print.2@example.com', 'RITM0091002')
    results.push({
      name: `joiner ${GROUPS} groups + ${APPS} apps, Okta calls, cold`,
      value: cold,
      unit: 'calls',
      note: 'first joiner of the process after /readyz (which obtained its tokens; any token request counts)',
    })
    results.push({
      name: `joiner ${GROUPS} groups + ${APPS} apps, Okta calls, warm`,
      value: warm,
      unit: 'calls',
      note: 'the next joiner',
    })
    const busy = await rssSamples(child.pid!)
    results.push({
      name: 'RSS of node build/bridge/main.js after two joiners',
      value: round(busy),
      unit: 'MB',
      note: `${ratio(busy, idle)} of idle`,
    })
  } finally {
    if (child && child.exitCode === null) {
      child.kill('SIGTERM')
      await once(child, 'exit')
    }
    await org.sandbox.stop()
    await rm(dir, { recursive: true, force: true })
  }
  return results
}

/** Median RSS (MB) of fresh `node` processes that import `specifier` (nothing when empty), after a GC. */
async function importRss(specifier: string): Promise<number> {
  const script = [
    "import { createRequire } from 'node:module'",
    `const spec = ${JSON.stringify(specifier)}`,
    `if (spec.startsWith('/')) await import(spec); else if (spec) createRequire(${JSON.stringify(join(ROOT, 'package.json'))})(spec)`,
    'globalThis.gc(); await new Promise((resolve) => setTimeout(resolve, 200)); globalThis.gc()',
    'console.log(process.memoryUsage().rss)',
  ].join('\n')
  const samples: number[] = []
  for (let i = 0; i < IMPORT_RUNS; i++) {
    const { stdout } = await run(process.execPath, ['--expose-gc', '--input-type=module', '-e', script], {
      cwd: ROOT,
    })
    samples.push(Number(stdout.trim()) / 1e6)
  }
  return median(samples)
}

/** Median of {@link SAMPLES} `VmRSS` readings (MB), one a second. */
async function rssSamples(pid: number): Promise<number> {
  const samples: number[] = []
  for (let i = 0; i < SAMPLES; i++) {
    const status = await readFile(`/proc/${pid}/status`, 'utf8')
    const kb = Number(/^VmRSS:\s+(\d+)\s+kB/m.exec(status)?.[1])
    if (!Number.isFinite(kb)) throw new Error(`no VmRSS for ${pid}`)
    samples.push(kb / 1000)
    if (i < SAMPLES - 1) await new Promise((resolve) => setTimeout(resolve, 1_000))
  }
  return median(samples)
}

/** The bridge's URL once it logs that it listens; fails when it exits first. */
async function listening(child: ChildProcess, stderr: () => string): Promise<string> {
  const deadline = Date.now() + 30_000
  while (Date.now() < deadline) {
    const match = /Bridge listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(stderr())
    if (match) return match[1]!
    if (child.exitCode !== null) throw new Error(`bridge exited: ${stderr()}`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  throw new Error(`bridge did not listen: ${stderr()}`)
}

/** Every request the sandbox has answered, Management API and token endpoint alike. */
function oktaCalls(stats: { requests: Record<string, number> }): number {
  return Object.values(stats.requests).reduce((a, b) => a + b, 0)
}
