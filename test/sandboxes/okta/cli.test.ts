/**
 * `npm run okta-sandbox` as a process: it starts with a seed file, announces its URL once it accepts
 * connections, serves the control API, stops cleanly (exit 0) on SIGTERM and SIGINT, and refuses a bad
 * `--port` with exit code 2 and a message.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { once } from 'node:events'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { SandboxStats } from './index.js'

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url))
const CLI = fileURLToPath(new URL('./cli.ts', import.meta.url))
/** Longest wait for the process to start or stop; generous because `tsx` compiles on the fly. */
const PATIENCE_MS = 20_000

let dir: string
let seedFile: string
const started: ChildProcess[] = []

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'okta-sandbox-cli-'))
  seedFile = join(dir, 'seed.json')
  await writeFile(
    seedFile,
    JSON.stringify({
      groups: [{ profile: { name: 'Engineering' } }, { profile: { name: 'Sales' } }],
      apps: [{ name: 'bookmark', label: 'Wiki' }],
      users: [
        { profile: { login: 'ada@example.com', email: 'ada@example.com', firstName: 'Ada', lastName: 'L' } },
        {
          profile: { login: 'bob@example.com', email: 'bob@example.com', firstName: 'Bob', lastName: 'M' },
          status: 'STAGED',
          groups: ['Sales'],
        },
      ],
    }),
  )
})

afterEach(() => {
  // A test that failed half-way must not leave a sandbox running.
  for (const child of started.splice(0))
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
})

afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

/** Runs the CLI with `node --import tsx` (tsx 4's ESM loader), from the repository root. */
function runCli(args: string[]): { child: ChildProcess; stdout: () => string; stderr: () => string } {
  const child = spawn(process.execPath, ['--import', 'tsx', CLI, ...args], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  started.push(child)
  let out = ''
  let err = ''
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
    out += chunk
  })
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
    err += chunk
  })
  return { child, stdout: () => out, stderr: () => err }
}

/** Resolves with the URL the CLI announces, or rejects if it exits or stays silent first. */
function announcedUrl(child: ChildProcess, stdout: () => string, stderr: () => string): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`no URL within ${PATIENCE_MS} ms: ${stdout()} ${stderr()}`)),
      PATIENCE_MS,
    )
    const look = () => {
      const match = /http:\/\/127\.0\.0\.1:(\d+)/.exec(stdout())
      if (match) {
        clearTimeout(timer)
        child.stdout!.off('data', look)
        resolve(match[0])
      }
    }
    child.stdout!.on('data', look)
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`exited with ${code} before announcing a URL: ${stdout()} ${stderr()}`))
    })
  })
}

/** Resolves with the exit code and signal, or rejects if the process does not exit in time. */
async function exitOf(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  if (child.exitCode !== null || child.signalCode !== null)
    return { code: child.exitCode, signal: child.signalCode }
  const exited = once(child, 'exit') as Promise<[number | null, NodeJS.Signals | null]>
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`did not exit within ${PATIENCE_MS} ms`)), PATIENCE_MS)
  })
  try {
    const [code, signal] = await Promise.race([exited, timeout])
    return { code, signal }
  } finally {
    clearTimeout(timer)
  }
}

describe('the okta-sandbox CLI', () => {
  it.each(['SIGTERM', 'SIGINT'] as const)('serves the seeded org and exits 0 on %s', async (signal) => {
    const { child, stdout, stderr } = runCli(['--port', '0', '--seed', seedFile])
    const url = await announcedUrl(child, stdout, stderr)

    const res = await fetch(`${url}/__sandbox/stats`)
    expect(res.status).toBe(200)
    const stats = (await res.json()) as SandboxStats
    // Two seeded groups plus Everyone, which every Okta org has.
    expect(stats).toMatchObject({ users: 2, groups: 3, apps: 1 })
    // And it is a working Okta stand-in: unauthenticated Management API calls are refused as Okta does.
    const unauthenticated = await fetch(`${url}/api/v1/users`)
    expect(unauthenticated.status).toBe(401)

    child.kill(signal)
    expect(await exitOf(child)).toEqual({ code: 0, signal: null })
    expect(stdout()).toContain(`${signal} received`)
    await expect(fetch(`${url}/__sandbox/stats`)).rejects.toThrow(TypeError)
  })

  it('exits 2 with a message when --port is not a port', async () => {
    const { child, stdout, stderr } = runCli(['--port', 'abc'])
    expect(await exitOf(child)).toEqual({ code: 2, signal: null })
    expect(stderr()).toContain('--port')
    expect(stderr()).toContain('abc')
    expect(stdout()).not.toMatch(/http:\/\//)
  })

  it('exits 2 with a message when the seed file cannot be read', async () => {
    const missing = join(dir, 'missing.json')
    const { child, stderr } = runCli(['--port', '0', '--seed', missing])
    expect(await exitOf(child)).toEqual({ code: 2, signal: null })
    expect(stderr()).toContain(missing)
  })
})
