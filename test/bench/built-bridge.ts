/**
 * The production build as the benchmarks run it: `npm run build:bridge` once, then `node build/bridge/main.js`
 * with the node flags of the image's `CMD` (what the image runs) as a process of its own, and its resident set
 * size read from `/proc/<pid>/status`.
 * Shared by the console's memory benchmark and the bridge's goal benchmark so both start it the same way.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import { once } from 'node:events'
import { readFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseDockerfile } from '../deploy/support.js'
import { median } from './stats.js'

/** The repository root. */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url))

/**
 * The node flags the image starts the bridge with: its `CMD` between `node` and the script, read from the
 * Dockerfile so a benchmark measures exactly what the image runs.
 */
export function imageNodeFlags(): string[] {
  const runtime = parseDockerfile(readFileSync(join(ROOT, 'bridge/Dockerfile'), 'utf8')).stages.at(-1)!
  const cmd = runtime.instructions.find((i) => i.keyword === 'CMD')!.args
  if (cmd[0] !== 'node' || cmd.at(-1) !== 'build/bridge/main.js') throw new Error(`unexpected CMD: ${cmd}`)
  return cmd.slice(1, -1)
}

/** RSS samples per idle reading, and the pause between them. */
const SAMPLES = 5
const SAMPLE_EVERY_MS = 300
/** Time left to a freshly listening bridge to finish starting (jobs scheduled, first token fetched). */
const SETTLE_MS = 1_500

/** Runs `npm run build:bridge` (the production JS build under `build/`); throws with its stderr if it fails. */
export function buildBridge(): void {
  const built = spawnSync(process.execPath, ['scripts/build-bridge.mjs'], { cwd: ROOT, encoding: 'utf8' })
  if (built.status !== 0) throw new Error(`build:bridge failed:\n${built.stderr}`)
}

/** A started production bridge. */
export interface Built {
  proc: ChildProcess
  url: string
  /** SIGTERM, and its graceful shutdown (which waits for work in flight). */
  stop: () => Promise<void>
  /** SIGKILL: for a throw-away process whose shutdown would only cost the run time and CPU. */
  kill: () => Promise<void>
}

/**
 * `node [the image's flags] [nodeArgs] build/bridge/main.js` with `env` (in the scratch directory `cwd`), once it says where it
 * listens. The bench's own bridge-related variables are dropped so only `env` configures it.
 */
export async function startBuilt(
  env: Record<string, string>,
  cwd: string,
  nodeArgs: string[] = [],
): Promise<Built> {
  const clean: NodeJS.ProcessEnv = {}
  for (const [name, value] of Object.entries(process.env)) {
    if (!/^(OKTA_|BRIDGE_|CONSOLE_|DATABASE_URL$|PORT$|HOST$|LOG_LEVEL$|NODE_ENV$)/.test(name))
      clean[name] = value
  }
  const proc = spawn(
    process.execPath,
    [...imageNodeFlags(), ...nodeArgs, join(ROOT, 'build/bridge/main.js')],
    {
      cwd,
      env: { ...clean, ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  )
  let err = ''
  proc.stderr!.on('data', (chunk: Buffer) => {
    err += chunk.toString()
  })
  const exited = once(proc, 'exit')
  let done = false
  void exited.then(() => {
    done = true
  })
  const signal = (name: NodeJS.Signals) => async () => {
    if (!done) {
      proc.kill(name)
      await exited
    }
  }
  const stop = signal('SIGTERM')
  const kill = signal('SIGKILL')
  const deadline = Date.now() + 60_000
  for (;;) {
    const match = /Bridge listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(err)
    if (match) return { proc, url: match[1]!, stop, kill }
    if (done) throw new Error(`the built bridge exited before listening:\n${err}`)
    if (Date.now() > deadline) {
      await stop()
      throw new Error(`the built bridge did not start in time:\n${err}`)
    }
    await sleep(10)
  }
}

/**
 * Waits for `/readyz` 200 — store migrated, policy loaded, the flows' Okta tokens obtained — as a load balancer
 * does before it sends a replica traffic.
 */
export async function untilReady(url: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if ((await fetch(`${url}/readyz`)).status === 200) return
    await sleep(100)
  }
  throw new Error('bridge never became ready')
}

/** The process's resident set size now (`VmRSS` of `/proc/<pid>/status`), in bytes. */
export async function rssOf(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8')
  const kb = /^VmRSS:\s+(\d+) kB$/m.exec(status)
  if (!kb) throw new Error(`no VmRSS for process ${pid}`)
  return Number(kb[1]) * 1024
}

/** The median of a few RSS readings of an idle process, after it has settled. */
export async function idleRss(proc: ChildProcess): Promise<number> {
  await sleep(SETTLE_MS)
  const samples: number[] = []
  for (let i = 0; i < SAMPLES; i++) {
    samples.push(await rssOf(proc.pid!))
    await sleep(SAMPLE_EVERY_MS)
  }
  return median(samples)
}

/** Bytes as MB to one decimal. */
export function mb(bytes: number): number {
  return Math.round((bytes / 1_048_576) * 10) / 10
}

/** Resolves after `ms`. */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}
