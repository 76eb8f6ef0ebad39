/**
 * `npm start` as a process (`node --import tsx dev/start.ts`, what the script runs): in sandbox mode it
 * prints the "Okta is simulated" banner with a demo token and the URL it listens on, serves `/healthz`, runs
 * a joiner end to end with the printed token, logs JSON lines without the token, and exits 0 on SIGTERM.
 * With a real org configured but no key, it refuses to start: exit 1, one stderr line per problem. The
 * production entry point (`bridge/main.ts`) has no sandbox mode of its own: without an org it refuses too.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { once } from 'node:events'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))

/** The parent's environment without any bridge or Okta variable, so the child's configuration is exactly ours. */
function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {}
  for (const [name, value] of Object.entries(process.env)) {
    if (!/^(OKTA_|BRIDGE_|PORT$|HOST$|LOG_LEVEL$|NODE_ENV$)/.test(name)) env[name] = value
  }
  return { ...env, ...extra }
}

/** A started bridge process with everything it wrote so far. */
interface Child {
  proc: ChildProcess
  stdout: () => string
  stderr: () => string
  exited: Promise<number | null>
}

function startChild(env: Record<string, string>, script = 'dev/start.ts', args: string[] = []): Child {
  const proc = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
    cwd: ROOT,
    env: cleanEnv(env),
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let out = ''
  let err = ''
  proc.stdout!.on('data', (chunk: Buffer) => {
    out += chunk.toString()
  })
  proc.stderr!.on('data', (chunk: Buffer) => {
    err += chunk.toString()
  })
  const exited = once(proc, 'exit').then(([code]) => code as number | null)
  return { proc, stdout: () => out, stderr: () => err, exited }
}

/** Resolves with the first match of `pattern` in the child's stderr, or rejects if it exits first. */
async function waitFor(child: Child, pattern: RegExp, timeoutMs = 30_000): Promise<RegExpExecArray> {
  const deadline = Date.now() + timeoutMs
  let exited = false
  void child.exited.then(() => {
    exited = true
  })
  while (Date.now() < deadline) {
    const match = pattern.exec(child.stderr())
    if (match) return match
    if (exited) throw new Error(`bridge exited before printing ${pattern}:\n${child.stderr()}`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  throw new Error(`timed out waiting for ${pattern}:\n${child.stderr()}`)
}

const children: Child[] = []
afterAll(() => {
  for (const child of children) if (child.proc.exitCode === null) child.proc.kill('SIGKILL')
})

describe('npm start in sandbox mode', () => {
  it('says Okta is simulated, serves a joiner with the printed token, logs JSON, and exits 0 on SIGTERM', async () => {
    // An in-memory store: the default file under ./data/ would outlive the test and replay its joiner next run.
    const child = startChild({
      NODE_ENV: 'development',
      PORT: '0',
      LOG_LEVEL: 'info',
      DATABASE_URL: 'sqlite::memory:',
    })
    children.push(child)
    const [, url] = await waitFor(
      child,
      /Bridge listening on (http:\/\/127\.0\.0\.1:\d+) \(mode: sandbox, Okta SIMULATED\)/,
    )
    const banner = child.stderr()
    expect(banner).toContain('OKTA IS SIMULATED')
    const token = /Demo client token \(this run only\): (\S+)/.exec(banner)![1]!
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/)
    const engineering = /Engineering (00g[A-Za-z0-9]{17})/.exec(banner)![1]!
    const slack = /Slack (0oa[A-Za-z0-9]{17})/.exec(banner)![1]!
    const sandboxUrl = /Okta sandbox: +(http:\/\/127\.0\.0\.1:\d+)/.exec(banner)![1]!
    // The printed curl commands name the real URL and token.
    expect(banner).toContain(`curl -sS -X POST '${url}/api/flo/joiner/invoke?dryRun=true'`)
    expect(banner).toContain(`-H 'x-api-client-token: ${token}'`)
    // The console: its URL and the demo operator's and viewer's sign-ins for this run.
    expect(banner).toContain(`Operator console: ${url}/console/`)
    expect(banner).toMatch(/demo operator: +console\.operator@example\.com +password [A-Za-z0-9_-]{16}\n/)
    expect(banner).toMatch(/demo viewer: +console\.viewer@example\.com +password [A-Za-z0-9_-]{16}\n/)

    const health = await fetch(`${url}/healthz`)
    expect(health.status).toBe(200)
    expect(await health.json()).toEqual({ status: 'ok' })

    const body = {
      ticket: { number: 'RITM0030003', requestedBy: 'hr.bot', approvedBy: 'it.manager' },
      profile: {
        login: 'alex.kim@example.com',
        email: 'alex.kim@example.com',
        firstName: 'Alex',
        lastName: 'Kim',
        department: 'Engineering',
      },
      groups: [engineering],
      apps: [slack],
    }
    const invoke = (query = '', headers: Record<string, string> = {}) =>
      fetch(`${url}/api/flo/joiner/invoke${query}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-api-client-token': token, ...headers },
        body: JSON.stringify(body),
      })
    const plan = await invoke('?dryRun=true')
    expect(plan.status).toBe(200)
    const planBody = (await plan.json()) as { planHash: string }
    expect(planBody.planHash).toMatch(/^[0-9a-f]{64}$/)

    const res = await fetch(`${url}/api/flo/joiner/invoke`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-client-token': token },
      body: JSON.stringify({ ...body, expectedPlanHash: planBody.planHash }),
    })
    expect(res.status).toBe(200)
    expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/)
    const result = (await res.json()) as {
      executionId: string
      status: string
      output: { userId: string; login: string; status: string; adopted: boolean }
      changes: { operation: string; oktaRequestId: string | null }[]
    }
    expect(result.status).toBe('succeeded')
    expect(result.output).toMatchObject({
      login: 'alex.kim@example.com',
      status: 'PROVISIONED',
      adopted: false,
    })
    // The user is created (with its group) first; the app assignment and the activation that follow may
    // finish in either order.
    const operations = result.changes.map((c) => c.operation)
    expect(operations.slice(0, 2)).toEqual(['createUser', 'addGroupMember'])
    expect(operations.slice(2).sort()).toEqual(['activateUser', 'assignApp'])
    for (const change of result.changes) expect(change.oktaRequestId).toMatch(/^\S+$/)
    // The user exists in the sandbox: the org now has the two demo users, the console's demo operator and
    // viewer, and the new hire.
    const stats = (await (await fetch(`${sandboxUrl}/__sandbox/stats`)).json()) as { users: number }
    expect(stats.users).toBe(5)
    // A repeated joiner (a new request: its own idempotency key) finds the user it made and changes nothing.
    const again = (await (await invoke('', { 'idempotency-key': 'RITM0030003:joiner:again' })).json()) as {
      output: { userId: string; adopted: boolean }
      changes: unknown[]
    }
    expect(again.output).toMatchObject({ userId: result.output.userId, adopted: true })
    expect(again.changes).toEqual([])

    // Logs: JSON lines on stdout, with request id, flow, ticket and execution id, never the token.
    const lines = child.stdout().trim().split('\n')
    const parsed = lines.map((line) => JSON.parse(line) as Record<string, unknown>)
    const invocation = parsed.find((l) => l.executionId === result.executionId)
    expect(invocation).toMatchObject({
      reqId: res.headers.get('x-request-id'),
      flow: 'joiner',
      ticket: 'RITM0030003',
      status: 200,
      caller: 'client-token:demo',
    })
    expect(child.stdout()).not.toContain(token)
    expect(child.stdout()).not.toContain('alex.kim@example.com')

    child.proc.kill('SIGTERM')
    expect(await child.exited).toBe(0)
    expect(child.stdout()).toContain('"msg":"bridge stopped"')
  })
})

describe('npm start with a real org but an incomplete configuration', () => {
  it('exits 1 and prints one line per problem, naming each variable', async () => {
    const child = startChild({ NODE_ENV: 'production', PORT: '0', OKTA_ORG_URL: 'https://example.okta.com' })
    children.push(child)
    expect(await child.exited).toBe(1)
    const lines = child.stderr().trim().split('\n')
    expect(lines[0]).toBe('okta-jml-bridge: invalid configuration, not starting:')
    const problems = lines.slice(1).map((line) => line.trim())
    expect(problems.map((p) => p.split(':')[0])).toEqual([
      'OKTA_CLIENT_ID',
      'OKTA_PRIVATE_KEY',
      'OKTA_KEY_ID',
      'BRIDGE_CLIENT_TOKENS',
      'BRIDGE_POLICY_FILE',
    ])
    expect(child.stdout()).toBe('')
  })
})

describe('the production entry point without an Okta org', () => {
  it('refuses sandbox mode: exit 1 naming OKTA_ORG_URL and npm start, no banner, nothing listening', async () => {
    // The image's entry point (bridge/main.ts, built to build/bridge/main.js) holds no sandbox: sandbox mode is
    // the development entry point's (dev/start.ts) to lend.
    const child = startChild({ NODE_ENV: 'development', PORT: '0' }, 'bridge/main.ts')
    children.push(child)
    expect(await child.exited).toBe(1)
    const lines = child.stderr().trim().split('\n')
    expect(lines[0]).toBe('okta-jml-bridge: invalid configuration, not starting:')
    expect(lines.slice(1).map((line) => line.trim().split(':')[0])).toEqual(['OKTA_ORG_URL'])
    expect(lines[1]).toContain('npm start')
    expect(child.stderr()).not.toContain('OKTA IS SIMULATED')
    expect(child.stdout()).toBe('')
  })
})

describe('npm run scopes', () => {
  const GROUP = '00g1a2b3c4d5e6f7g8h9'
  const APP = '0oa1a2b3c4d5e6f7g8h9'

  it('prints, as JSON, the scopes, admin role permissions and resource set for the flows and policy', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'bridge-scopes-'))
    try {
      const policy = join(dir, 'policy.yaml')
      await writeFile(
        policy,
        `manageableGroups: ["${GROUP}"]\nmanageableApps: ["${APP}"]\nprotectedGroups: ["00gADMINSADMINSADMIN"]\n`,
      )
      const child = startChild({}, 'bridge/cli/scopes.ts', [
        '--json',
        '--policy',
        policy,
        '--org-url',
        'https://acme.okta.com',
        '--flows',
        'joiner,leaver',
      ])
      children.push(child)
      expect(await child.exited).toBe(0)
      const report = JSON.parse(child.stdout())
      expect(report.flows).toEqual(['joiner', 'leaver'])
      expect(report.oauthScopes).toEqual([
        'okta.apps.manage',
        'okta.apps.read',
        'okta.groups.manage',
        'okta.groups.read',
        'okta.users.manage',
        'okta.users.read',
      ])
      expect(report.perFlow.leaver).toEqual({
        scopes: ['okta.users.manage', 'okta.users.read'],
        permissions: [
          'okta.users.lifecycle.clearSessions',
          'okta.users.lifecycle.deactivate',
          'okta.users.lifecycle.suspend',
          'okta.users.read',
        ],
      })
      expect(report.adminRole.permissions).toEqual([
        'okta.apps.assignment.manage',
        'okta.apps.read',
        'okta.groups.members.manage',
        'okta.groups.read',
        'okta.users.create',
        'okta.users.lifecycle.activate',
        'okta.users.lifecycle.clearSessions',
        'okta.users.lifecycle.deactivate',
        'okta.users.lifecycle.suspend',
        'okta.users.read',
      ])
      expect(report.resourceSet.resources.map((r: { resource: string }) => r.resource)).toEqual([
        'https://acme.okta.com/api/v1/users',
        `https://acme.okta.com/api/v1/groups/${GROUP}`,
        `https://acme.okta.com/api/v1/apps/${APP}`,
      ])
      expect(report.inboundScopes).toEqual(['jml.joiner', 'jml.leaver'])
      // Members of protected groups are refused: the bridge must see those groups, read-only, in a role of
      // their own (the managing role bound to them would let it change their members).
      expect(report.protectedGroups).toMatchObject({
        scopes: ['okta.users.read'],
        adminRole: { permissions: ['okta.groups.read', 'okta.users.read'] },
        resourceSet: {
          resources: [{ resource: 'https://acme.okta.com/api/v1/groups/00gADMINSADMINSADMIN' }],
        },
      })
      expect(report.adminRole.label).not.toBe(report.protectedGroups.adminRole.label)
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })

  it('prints readable text for an Okta admin, and only user permissions for user-only flows', async () => {
    const child = startChild({}, 'bridge/cli/scopes.ts', ['--flows', 'unlock,revoke-sessions'])
    children.push(child)
    expect(await child.exited).toBe(0)
    const text = child.stdout()
    expect(text).toContain('1. OAuth scopes to grant the bridge’s API Services app')
    expect(text).toMatch(/^ {5}okta\.users\.lifecycle\.unlock +\(unlock\)$/m)
    expect(text).toContain('https://{yourOktaDomain}/api/v1/users')
    // No group or app rights for flows that never touch groups or apps.
    expect(text).not.toContain('okta.groups')
    expect(text).not.toContain('okta.apps')
    expect(text).not.toContain('/api/v1/groups')
  })

  it('refuses an unknown flow with exit 2', async () => {
    const child = startChild({}, 'bridge/cli/scopes.ts', ['--flows', 'teleport'])
    children.push(child)
    expect(await child.exited).toBe(2)
    expect(child.stderr()).toContain('scopes: unknown flows teleport')
  })
})
