/**
 * The production image, proven without a Docker engine by doing what `bridge/Dockerfile` does:
 *
 * - `npm run build:bridge` (the build stage), then the deps stage's `npm ci --omit=dev` in its own temporary
 *   directory (better-sqlite3 compiled there), then exactly the runtime stage's `COPY` lines into the
 *   application directory — read from the Dockerfile, so the two cannot drift apart;
 * - started the way the image starts it: its `CMD`, its `WORKDIR`, its `ENV` (with `DATABASE_URL` and the
 *   ports moved into the test's directory and free ports), pointed at an Okta sandbox by a real Okta-mode
 *   configuration (secrets as `*_FILE`, a policy file, `NODE_ENV=production`);
 * - `/readyz` becomes 200, a joiner runs end to end, `/metrics` (separate port) counts it;
 * - SIGTERM during a slow execution: readiness 503 at once, a new invocation 503 with `Retry-After`, the
 *   execution finishes, the process exits 0, the store says succeeded and the org has the user;
 * - the JSON logs carry request id, ticket and execution id, and neither a secret nor the new hire's PII.
 *
 * No tsx, no dev dependency and no `test/` directory exist in the application directory: a production build
 * that needed one would fail here. One production install per run (it compiles a native module).
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process'
import { once } from 'node:events'
import { cp, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openExecutionStore } from '../../bridge/adapters/store/index.js'
import { freePort } from '../bridge/support/free-port.js'
import {
  envOf,
  joinerBody,
  type ProductionOrg,
  parseDockerfile,
  ROOT,
  type Stage,
  startProductionOrg,
} from './support.js'

const run = promisify(execFile)

/** The install compiles better-sqlite3 (about 1–2 minutes on 2 cores). */
const INSTALL_TIMEOUT_MS = 300_000

let dir: string
let app: string
let org: ProductionOrg
let child: ChildProcess | undefined
let stdout = ''
let stderr = ''

/** The environment of the parent without anything that would configure the bridge or npm's target. */
function baseEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {}
  for (const [name, value] of Object.entries(process.env)) {
    if (
      !/^(OKTA_|BRIDGE_|METRICS_|SERVICENOW_|PORT$|HOST$|LOG_|NODE_ENV$|DATABASE_URL$|VITEST|NODE_OPTIONS$)/.test(
        name,
      )
    )
      env[name] = value
  }
  return env
}

/** Carries out the image's stages into `app`, as the Dockerfile says. */
async function installLikeTheImage(): Promise<Stage> {
  const dockerfile = parseDockerfile(await readFile(join(ROOT, 'bridge/Dockerfile'), 'utf8'))
  const stages = new Map(dockerfile.stages.map((s) => [s.name, s]))
  const runtime = dockerfile.stages[dockerfile.stages.length - 1]!

  // build stage: its last RUN makes build/ from the sources.
  const buildRun = stages
    .get('build')!
    .instructions.filter((i) => i.keyword === 'RUN')
    .at(-1)!
  expect(buildRun.text).toBe('npm run build:bridge')
  await run('npm', ['run', 'build:bridge'], { cwd: ROOT, env: baseEnv() })

  // deps stage: its COPY lines from the context, then its npm ci (without the cache clean, which would
  // empty this machine's npm cache).
  const deps = join(dir, 'deps')
  await mkdir(deps)
  for (const copy of stages.get('deps')!.instructions.filter((i) => i.keyword === 'COPY')) {
    for (const source of copy.args.slice(0, -1)) await cp(join(ROOT, source), join(deps, source))
  }
  const install = stages
    .get('deps')!
    .instructions.filter((i) => i.keyword === 'RUN')
    .flatMap((i) => i.text.split('&&').map((part) => part.trim()))
    .find((part) => part.startsWith('npm ci'))!
  expect(install).toContain('--omit=dev')
  const [npm, ...npmArgs] = install.split(/\s+/)
  await run(npm!, [...npmArgs, '--prefer-offline'], {
    cwd: deps,
    env: { ...baseEnv(), NODE_ENV: 'production' },
    timeout: INSTALL_TIMEOUT_MS,
    maxBuffer: 16 * 1024 * 1024,
  })

  // runtime stage: exactly its COPY lines.
  const workdir = runtime.instructions.find((i) => i.keyword === 'WORKDIR')!.args[0]!
  expect(workdir).toBe('/app')
  for (const copy of runtime.instructions.filter((i) => i.keyword === 'COPY')) {
    const sources = copy.args.slice(0, -1)
    const target = copy.args.at(-1)!
    for (const source of sources) {
      const from =
        copy.flags.from === undefined
          ? join(ROOT, source)
          : copy.flags.from === 'build'
            ? join(ROOT, source.replace(/^\/app\//, ''))
            : copy.flags.from === 'deps'
              ? join(deps, source.replace(/^\/app\//, ''))
              : undefined
      if (from === undefined) throw new Error(`COPY --from=${copy.flags.from} is not reproduced here`)
      const to = target.endsWith('/') ? join(app, target, source.split('/').at(-1)!) : join(app, target)
      await cp(from, to, { recursive: true })
    }
  }
  return runtime
}

/** Waits until `predicate` holds for the child's output; fails if the child exits first. */
async function waitForOutput(predicate: () => RegExpExecArray | null, what: string, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    const match = predicate()
    if (match) return match
    if (child?.exitCode !== null) throw new Error(`bridge exited before ${what}:\n${stderr}\n${stdout}`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  throw new Error(`timed out waiting for ${what}:\n${stderr}\n${stdout}`)
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bridge-production-'))
  app = join(dir, 'app')
  await mkdir(app)
  org = await startProductionOrg(dir)
}, 30_000)

afterAll(async () => {
  if (child && child.exitCode === null) child.kill('SIGKILL')
  await org?.sandbox.stop()
  await rm(dir, { recursive: true, force: true })
})

describe('the production image, reproduced with npm ci --omit=dev', () => {
  it(
    'starts with NODE_ENV=production against Okta, serves a joiner, and drains a slow execution on SIGTERM',
    async () => {
      const runtime = await installLikeTheImage()
      // What the image holds: no dev dependency, no tsx, no sources, no tests.
      const installed = JSON.parse(await readFile(join(app, 'node_modules/.package-lock.json'), 'utf8')) as {
        packages: Record<string, unknown>
      }
      for (const dev of ['tsx', 'typescript', 'vitest', '@biomejs/biome', '@servicenow/sdk'])
        expect(installed.packages[`node_modules/${dev}`], dev).toBeUndefined()
      expect(installed.packages['node_modules/better-sqlite3']).toBeDefined()
      expect(installed.packages['node_modules/prom-client']).toBeDefined()
      await expect(readFile(join(app, 'bridge/main.ts'))).rejects.toThrow()
      await expect(readFile(join(app, 'test/sandboxes/okta/index.ts'))).rejects.toThrow()

      const metricsPort = await freePort()
      const cmd = runtime.instructions.find((i) => i.keyword === 'CMD')!.args
      expect(cmd[0]).toBe('node')
      const imageEnv = envOf(runtime)
      child = spawn(process.execPath, cmd.slice(1), {
        cwd: app,
        env: {
          ...baseEnv(),
          ...imageEnv,
          ...org.env,
          // The image's /data, and ports that are free here.
          DATABASE_URL: `sqlite:${join(dir, 'data', 'bridge.db')}`,
          PORT: '0',
          METRICS_PORT: String(metricsPort),
          SHUTDOWN_GRACE_SECONDS: '30',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      })
      child.stdout!.on('data', (chunk: Buffer) => {
        stdout += chunk.toString()
      })
      child.stderr!.on('data', (chunk: Buffer) => {
        stderr += chunk.toString()
      })
      const exited = once(child, 'exit') as Promise<[number | null, string | null]>

      const [, url] = await waitForOutput(
        () => /Bridge listening on (http:\/\/127\.0\.0\.1:\d+) \(mode: okta, org /.exec(stderr),
        'listening',
      )
      expect(imageEnv.NODE_ENV).toBe('production')

      // Ready: store migrated, policy loaded, an Okta token obtained.
      let ready: Response | undefined
      for (let i = 0; i < 100; i++) {
        ready = await fetch(`${url}/readyz`)
        if (ready.status === 200) break
        await new Promise((resolve) => setTimeout(resolve, 100))
      }
      expect(ready!.status).toBe(200)
      const readyBody = (await ready!.json()) as {
        status: string
        failing: string[]
        checks: Record<string, { ok: boolean }>
      }
      expect(readyBody.status).toBe('ready')
      expect(readyBody.failing).toEqual([])
      expect(Object.keys(readyBody.checks).sort()).toEqual(['okta', 'policy', 'store'])
      expect((await fetch(`${url}/healthz`)).status).toBe(200)

      const invoke = (body: unknown, headers: Record<string, string> = {}) =>
        fetch(`${url}/api/flo/joiner/invoke`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-api-client-token': org.token, ...headers },
          body: JSON.stringify(body),
        })

      // A joiner, end to end.
      const first = await invoke(joinerBody(org, 'alex.kim@example.com', 'RITM0080001'))
      expect(first.status, `${await first.clone().text()}\n${stdout}`).toBe(200)
      const firstBody = (await first.json()) as {
        executionId: string
        status: string
        output: { userId: string }
      }
      expect(firstBody.status).toBe('succeeded')
      const created = org.sandbox.org.users.get(firstBody.output.userId)!
      expect(created.status).toBe('PROVISIONED')
      expect(created.profile.login).toBe('alex.kim@example.com')

      // Metrics on their own port; with METRICS_TOKEN set, that port wants the token too.
      const metricsUrl = `http://127.0.0.1:${metricsPort}/metrics`
      expect((await fetch(metricsUrl)).status).toBe(401)
      const metrics = await fetch(metricsUrl, { headers: { authorization: `Bearer ${org.metricsToken}` } })
      expect(metrics.status).toBe(200)
      const text = await metrics.text()
      expect(text).toContain(
        'okta_jml_bridge_invocations_total{flow="joiner",mode="apply",outcome="succeeded"} 1',
      )
      expect(text).toMatch(
        /okta_jml_bridge_okta_calls_total\{operation="POST \/api\/v1\/users",status="200"\} 1/,
      )
      expect((await fetch(`${url}/metrics`)).status).toBe(401)

      // A slow Okta: the next joiner takes seconds.
      org.sandbox.configure({ latencyMs: 800 })
      const slow = await invoke(joinerBody(org, 'sam.lee@example.com', 'RITM0080002'), {
        prefer: 'respond-async',
      })
      expect(slow.status).toBe(202)
      const { executionId } = (await slow.json()) as { executionId: string }

      child.kill('SIGTERM')
      await waitForOutput(() => /"msg":"shutdown: not ready/.exec(stdout), 'shutdown to begin')
      const notReady = await fetch(`${url}/readyz`)
      expect(notReady.status).toBe(503)
      expect(notReady.headers.get('content-type')).toContain('application/problem+json')
      expect(await notReady.json()).toMatchObject({ status: 503, code: 'shutting-down', checks: {} })
      const refused = await invoke(joinerBody(org, 'kim.park@example.com', 'RITM0080003'))
      expect(refused.status).toBe(503)
      expect(refused.headers.get('retry-after')).toBe('5')
      expect(((await refused.json()) as { code: string }).code).toBe('shutting-down')
      // The slow execution is still under way while the bridge shuts down.
      const during = await fetch(`${url}/api/flo/executions/${executionId}`, {
        headers: { 'x-api-client-token': org.token },
      })
      expect(((await during.json()) as { status: string }).status).toBe('running')

      const [code, signal] = await exited
      expect({ code, signal }).toEqual({ code: 0, signal: null })
      expect(org.sandbox.org.findUser('kim.park@example.com')).toBeUndefined()

      // The execution finished before the exit, and the store was closed cleanly.
      const store = await openExecutionStore(`sqlite:${join(dir, 'data', 'bridge.db')}`, { mustExist: true })
      try {
        const finished = await store.get(executionId)
        expect(finished?.status).toBe('succeeded')
        expect(await store.unfinished()).toEqual([])
      } finally {
        await store.close()
      }
      const samLee = org.sandbox.org.findUser('sam.lee@example.com')!
      expect(samLee.status).toBe('PROVISIONED')

      // JSON logs: one object per line; the invocation's lines name the request, ticket and execution.
      const lines = stdout
        .split('\n')
        .filter((l) => l.trim() !== '')
        .map((l) => JSON.parse(l) as Record<string, unknown>)
      const firstLine = lines.find((l) => l.msg === 'request' && l.executionId === firstBody.executionId)!
      expect(firstLine).toMatchObject({
        reqId: first.headers.get('x-request-id'),
        ticket: 'RITM0080001',
        flow: 'joiner',
        status: 200,
      })
      const refusedLine = lines.find((l) => l.reqId === refused.headers.get('x-request-id'))!
      expect(refusedLine).toMatchObject({ status: 503, path: '/api/flo/joiner/invoke' })
      expect(lines.some((l) => l.msg === 'bridge stopped')).toBe(true)
      const everything = stdout + stderr
      for (const secret of [org.token, org.metricsToken, 'PRIVATE KEY', org.privateKeyPem.split('\n')[1]!])
        expect(everything).not.toContain(secret)
      for (const pii of ['alex.kim@example.com', 'sam.lee@example.com', '"Alex"', '"Kim"'])
        expect(stdout).not.toContain(pii)
    },
    INSTALL_TIMEOUT_MS + 120_000,
  )
})
