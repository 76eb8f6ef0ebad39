/**
 * What the operator console adds to the bridge's memory — the issue asks that it "adds little to the bridge's idle
 * memory". The production build (`npm run build:bridge`, `node build/bridge/main.js`, what the image runs) is
 * started as its own process against an Okta sandbox org, alternately without the console (no `CONSOLE_*`) and
 * with it (an OIDC web app registered in the sandbox, as `test/console/support.ts` sets it up), and its resident
 * set size (`VmRSS` of `/proc/<pid>/status`) is sampled once it is idle: several samples per process, their
 * median, then the median over the processes of each kind. With the console, RSS is sampled again after a sign-in
 * through the sandbox's login form (over HTTP) and one request for each console page and asset.
 *
 * Figures are MB and ratios against the bridge without the console, measured in this one run (the machines are
 * shared and noisy; a ratio of two figures from the same run is what to read).
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type OktaOrg, startOktaOrg } from '../bridge/support/okta-org.js'
import { consoleOnSandbox } from '../console/support.js'
import { buildBridge, idleRss, mb, startBuilt } from './built-bridge.js'
import type { Measurement } from './okta-sandbox.bench.js'
import { median } from './stats.js'

/** Processes of each kind (without, with the console), started alternately. */
const PROCESSES = 3
/** Every console page, and its assets, requested once after sign-in. */
const PAGES = ['/', '/?ticket=RITM0010001', '/executions', '/grants', '/queues', '/drift', '/health']
const ASSETS = ['/assets/console.css', '/assets/console.js']

/** Runs the console memory benchmark and returns its measurements. */
export async function benchConsole(log: (line: string) => void): Promise<Measurement[]> {
  log('npm run build:bridge (the production build the image runs)')
  buildBridge()

  const org = await startOktaOrg({ groups: ['Engineering'], apps: ['Slack'] })
  // One console web app for every process with the console (the same port each time: its redirect URI).
  const setUp = await consoleOnSandbox(org.sandbox)
  const work = await mkdtemp(join(tmpdir(), 'console-bench-'))
  try {
    const without: number[] = []
    const withConsole: number[] = []
    const afterPages: number[] = []
    for (let i = 0; i < PROCESSES; i++) {
      log(`process ${i + 1}/${PROCESSES} without the console`)
      const plain = await startBuilt({ ...org.env, PORT: '0', LOG_LEVEL: 'warn' }, work)
      try {
        without.push(await idleRss(plain.proc))
      } finally {
        await plain.stop()
      }

      log(`process ${i + 1}/${PROCESSES} with the console`)
      const withIt = await startBuilt({ ...org.env, ...setUp.env, LOG_LEVEL: 'warn' }, work)
      try {
        withConsole.push(await idleRss(withIt.proc))
        await servePages(withIt.url, org, setUp.operator)
        afterPages.push(await idleRss(withIt.proc))
      } finally {
        await withIt.stop()
      }
    }
    const base = median(without)
    const times = (value: number) => `${(value / base).toFixed(2)}x the bridge without it`
    const added = (value: number) => `${value >= base ? '+' : '−'}${mb(Math.abs(value - base))} MB`
    const spread = (values: number[]) => `${values.map(mb).join(' / ')} MB per process`
    return [
      { name: 'idle RSS, no console', value: mb(base), unit: 'MB', note: spread(without) },
      {
        name: 'idle RSS, console configured',
        value: mb(median(withConsole)),
        unit: 'MB',
        note: `${times(median(withConsole))}; ${added(median(withConsole))}; ${spread(withConsole)}`,
      },
      {
        name: 'RSS after each console page once',
        value: mb(median(afterPages)),
        unit: 'MB',
        note: `${times(median(afterPages))}; ${added(median(afterPages))}; ${spread(afterPages)}`,
      },
    ]
  } finally {
    await org.stop()
    await rm(work, { recursive: true, force: true })
  }
}

/**
 * Signs in as the console operator over HTTP (the redirect to the sandbox, its login form, the callback), then
 * requests every page and asset once, checking each answers 200.
 */
async function servePages(
  url: string,
  org: OktaOrg,
  operator: { username: string; password: string },
): Promise<void> {
  const start = await fetch(`${url}/console/`, { redirect: 'manual' })
  const authorize = new URL(start.headers.get('location') ?? '')
  const tx = cookieOf(start, 'console_signin')
  const form = new URLSearchParams(authorize.searchParams)
  form.set('username', operator.username)
  form.set('password', operator.password)
  const login = await fetch(`${org.sandbox.url}/oauth2/v1/authorize`, {
    method: 'POST',
    body: form,
    redirect: 'manual',
  })
  const back = new URL(login.headers.get('location') ?? '')
  const callback = await fetch(`${url}${back.pathname}${back.search}`, {
    redirect: 'manual',
    headers: { cookie: tx },
  })
  const session = cookieOf(callback, 'console_session')
  for (const path of [...PAGES, ...ASSETS]) {
    const res = await fetch(`${url}/console${path}`, { headers: { cookie: session } })
    await res.arrayBuffer()
    if (res.status !== 200) throw new Error(`console ${path}: HTTP ${res.status}`)
  }
}

/** `name=value` of the cookie an answer sets. */
function cookieOf(res: Response, name: string): string {
  const line = res.headers.getSetCookie().find((c) => c.startsWith(`${name}=`) && !c.startsWith(`${name}=;`))
  if (!line) throw new Error(`no ${name} cookie (HTTP ${res.status})`)
  return line.split(';')[0]!
}
