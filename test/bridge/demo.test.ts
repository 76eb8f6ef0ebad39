/**
 * The demo, tried as a new user would: `npm start` in sandbox mode, then every `curl` the banner prints, copied
 * as printed and run by a shell — on a first start and again on a second one (the simulated org is rebuilt
 * with new ids at every start, so a store kept from the first run would answer the second's examples with 422
 * `idempotency-key-reused`). Also: SIGTERM to the PID `npm start` gave the shell stops the bridge gracefully,
 * and the grant example's end really reaches the ServiceNow sandbox as a work note on the ticket it names.
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process'
import { once } from 'node:events'
import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { afterAll, describe, expect, it } from 'vitest'
import { type RunningBridge, startBridge } from '../../dev/start.js'
import { freePort } from './support/free-port.js'
import { ManualClock } from './support/manual-clock.js'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const run = promisify(execFile)

/** The parent's environment without any bridge or Okta variable: the child's configuration is exactly ours. */
function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {}
  for (const [name, value] of Object.entries(process.env)) {
    if (!/^(OKTA_|BRIDGE_|METRICS_|SERVICENOW_|DATABASE_URL$|PORT$|HOST$|LOG_LEVEL$|NODE_ENV$)/.test(name))
      env[name] = value
  }
  return { ...env, ...extra }
}

/** A started process and everything it wrote so far. */
interface Child {
  proc: ChildProcess
  stdout: () => string
  stderr: () => string
  exited: Promise<number | string | null>
}

function start(command: string, args: string[], env: Record<string, string>): Child {
  const proc = spawn(command, args, { cwd: ROOT, env: cleanEnv(env), stdio: ['ignore', 'pipe', 'pipe'] })
  let out = ''
  let err = ''
  proc.stdout!.on('data', (chunk: Buffer) => {
    out += chunk.toString()
  })
  proc.stderr!.on('data', (chunk: Buffer) => {
    err += chunk.toString()
  })
  const exited = once(proc, 'exit').then(([code, signal]) => (code ?? signal) as number | string | null)
  return { proc, stdout: () => out, stderr: () => err, exited }
}

/** The URL the bridge printed it listens on; rejects if the process exits first. */
async function listening(child: Child, timeoutMs = 90_000): Promise<string> {
  let exited = false
  void child.exited.then(() => {
    exited = true
  })
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    const match = /Bridge listening on (http:\/\/127\.0\.0\.1:\d+) \(mode: sandbox/.exec(child.stderr())
    if (match) return match[1]!
    if (exited) throw new Error(`the bridge exited before listening:\n${child.stderr()}`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  throw new Error(`the bridge did not start in time:\n${child.stderr()}`)
}

/** The banner's examples: each `curl` with its continuation lines, as a user would copy it. */
function examples(banner: string): string[] {
  const out: string[] = []
  let current: string[] | undefined
  for (const line of banner.split('\n')) {
    if (current === undefined && line.trimStart().startsWith('curl ')) current = []
    if (current === undefined) continue
    current.push(line)
    if (!line.endsWith('\\')) {
      out.push(current.join('\n').trim())
      current = undefined
    }
  }
  return out
}

/** Runs a printed command in a shell, as pasted into a terminal; answers the status and the body. */
async function paste(command: string): Promise<{ status: number; body: string }> {
  const { stdout } = await run('bash', ['-c', `${command} -w '\\n%{http_code}'`], { timeout: 60_000 })
  const at = stdout.lastIndexOf('\n')
  return { status: Number(stdout.slice(at + 1)), body: stdout.slice(0, at) }
}

const children: Child[] = []
afterAll(() => {
  for (const child of children) if (child.proc.exitCode === null) child.proc.kill('SIGKILL')
})

describe('npm start, as a new user runs it', () => {
  it('answers every example of its banner with success, on the first start and on the second', async () => {
    for (const attempt of [1, 2]) {
      // What `npm start` runs, with nothing configured: no DATABASE_URL, no token, no org.
      const child = start(process.execPath, ['--import', 'tsx', 'dev/start.ts'], {
        NODE_ENV: 'development',
        PORT: '0',
        LOG_LEVEL: 'warn',
      })
      children.push(child)
      await listening(child)
      const commands = examples(child.stderr())
      // Joiner (dry run and for real), mover, time-bound access, leaver, metrics.
      expect(commands.map((c) => /\/api\/flo\/([a-z-]+)\/|\/(metrics)'/.exec(c)?.slice(1).join(''))).toEqual([
        'joiner',
        'joiner',
        'mover',
        'grant-access',
        'leaver',
        'metrics',
      ])
      const answers = []
      for (const command of commands) {
        const answer = await paste(command)
        expect(answer.status, `attempt ${attempt}: ${command}\n→ ${answer.body}`).toBe(200)
        answers.push(answer.body)
      }
      const [plan, joiner, mover, grant, leaver, metrics] = answers as [string, ...string[]]
      expect(JSON.parse(plan).planHash).toMatch(/^[0-9a-f]{64}$/)
      expect(JSON.parse(joiner!)).toMatchObject({ status: 'succeeded', output: { status: 'PROVISIONED' } })
      expect(
        JSON.parse(mover!)
          .changes.map((c: { operation: string }) => c.operation)
          .sort(),
      ).toEqual(['assignApp', 'updateProfile'])
      expect(JSON.parse(grant!)).toMatchObject({ status: 'succeeded', output: { status: 'active' } })
      expect(JSON.parse(leaver!)).toMatchObject({ status: 'succeeded', output: { status: 'DEPROVISIONED' } })
      expect(metrics).toContain(
        'okta_jml_bridge_invocations_total{flow="leaver",mode="apply",outcome="succeeded"} 1',
      )

      child.proc.kill('SIGTERM')
      expect(await child.exited).toBe(0)
    }
  }, 240_000)

  it('says how to enable /metrics when it is not served', async () => {
    // /metrics on a port of its own: the API port does not serve it.
    const bridge = await startBridge(
      { NODE_ENV: 'development', PORT: '0', LOG_LEVEL: 'silent', METRICS_PORT: String(await freePort()) },
      { print: () => {} },
    )
    try {
      const res = await fetch(`${bridge.url}/metrics`)
      expect(res.status).toBe(404)
      expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/)
      expect(((await res.json()) as { detail: string }).detail).toMatch(
        /set METRICS_TOKEN .* or METRICS_PORT/,
      )
    } finally {
      await bridge.stop()
    }
  }, 60_000)
})

describe('SIGTERM to the PID of npm start', () => {
  it('stops the bridge gracefully: the shutdown runs, the port closes and no process is left', async () => {
    const npm = process.env.npm_execpath?.endsWith('npm-cli.js')
      ? { command: process.execPath, args: [process.env.npm_execpath, 'start'] }
      : { command: 'npm', args: ['start'] }
    const child = start(npm.command, npm.args, { NODE_ENV: 'development', PORT: '0', LOG_LEVEL: 'info' })
    children.push(child)
    const url = await listening(child)
    // The script's shell execs node, so npm's child is the bridge itself (no shell left to swallow signals).
    const childrenFile = `/proc/${child.proc.pid}/task/${child.proc.pid}/children`
    const bridgePid = existsSync(childrenFile)
      ? Number(readFileSync(childrenFile, 'utf8').trim().split(/\s+/)[0])
      : undefined
    if (bridgePid !== undefined)
      expect(readFileSync(`/proc/${bridgePid}/cmdline`, 'utf8').split('\0')).toContain('dev/start.ts')
    expect((await fetch(`${url}/healthz`)).status).toBe(200)

    child.proc.kill('SIGTERM')
    await child.exited
    const lines = child
      .stdout()
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as { msg: string; signal?: string; time: number })
    const signalled = lines.find((line) => line.msg === 'shutting down')
    expect(signalled).toMatchObject({ signal: 'SIGTERM' })
    // The shutdown ran to its end after the signal. Judged by each line's own time, not by the order the lines
    // reached the pipe: pino's stdout writes are asynchronous and, on a busy machine, a line written while the
    // pipe was full can arrive after later ones.
    const stopped = lines.filter((line) => line.msg === 'bridge stopped')
    expect(stopped).toHaveLength(1)
    expect(stopped[0]!.time, JSON.stringify(lines.map((l) => [l.msg, l.time]))).toBeGreaterThanOrEqual(
      signalled!.time,
    )
    const refusing = lines.find((line) => line.msg === 'shutdown: not ready, refusing new invocations')
    expect(refusing!.time).toBeGreaterThanOrEqual(signalled!.time)
    await expect(fetch(`${url}/healthz`)).rejects.toThrow()
    if (bridgePid !== undefined) expect(() => process.kill(bridgePid, 0)).toThrow()
  }, 120_000)
})

describe('the banner’s time-bound access example', () => {
  let bridge: RunningBridge | undefined
  afterAll(async () => {
    await bridge?.stop()
  })

  it('carries the sys_id of a requested item the ServiceNow sandbox holds, which gets the expiry report', async () => {
    const clock = new ManualClock(new Date())
    let banner = ''
    bridge = await startBridge(
      { NODE_ENV: 'development', PORT: '0', LOG_LEVEL: 'silent', BRIDGE_EXPIRY_POLL_MS: '60000' },
      {
        clock,
        print: (text) => {
          banner += `${text}\n`
        },
      },
    )
    const command = examples(banner).find((c) => c.includes('/api/flo/grant-access/invoke'))!
    const body = JSON.parse(/-d '(.*)'$/s.exec(command)![1]!) as {
      ticket: { number: string; sysId: string }
      expiresAt: string
    }
    const item = bridge.servicenowSandbox!.sandbox.tables.get('sc_req_item', body.ticket.sysId)
    expect(item?.number).toBe(body.ticket.number)

    const granted = await paste(command)
    expect(granted.status, granted.body).toBe(200)
    const grantId = JSON.parse(granted.body).output.grantId as string

    clock.set(new Date(Date.parse(body.expiresAt) + 1_000))
    expect(await bridge.expiry.tick()).toMatchObject([{ grantId, result: 'expired' }])
    // Enqueuing kicked the dispatcher: let that round finish, then look for anything still due.
    await bridge.outboxDispatcher.settled()
    await bridge.outboxDispatcher.tick()
    const notes = bridge
      .servicenowSandbox!.sandbox.tables.rows('sys_journal_field')
      .filter((row) => row.element_id === body.ticket.sysId && row.element === 'work_notes')
    expect(notes).toHaveLength(1)
    expect(notes[0]!.value).toContain(`grant ${grantId}`)
    expect(await bridge.outbox.pendingCount()).toBe(0)
  }, 60_000)
})
