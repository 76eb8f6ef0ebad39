/**
 * Reconciliation over HTTP (`POST /api/reconcile`) against a sandbox-mode bridge and its Okta sandbox, with a
 * clock the test moves. Each kind of drift is seeded the way it happens in life — someone changes Okta behind
 * the bridge's back — and the org is re-read to judge every answer:
 *
 * - first, a baseline: what the demo org held before the bridge came (Dana in Sales) is accepted, audited;
 * - missing while active: a grant made, then the member removed directly in Okta (a group and an app);
 * - present after expiry: a grant expired by the scheduler (or revoked), then the access re-added directly;
 * - unjustified: a user put directly into any manageable group or app — requestable or not — with no grant, no
 *   birthright and no baseline;
 * - not drift: a joiner's group (a birthright), the baselined access, a protected group's members.
 *
 * A dry run reports exactly those and changes nothing; a repair fixes what the policy allows — each fix an
 * execution whose audit entries carry the operator's change ticket and whose request ids are in Okta's System
 * Log — and reports what it may not fix (a permanent grant, a protected group, a deactivated user); a second
 * repair finds nothing left to fix. Plus the schedule's summary and metrics, and who may call and with what.
 */
import { randomBytes, randomUUID } from 'node:crypto'
import { Writable } from 'node:stream'
import request from 'supertest'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ConfigError, loadConfig } from '../../bridge/config.js'
import { Policy } from '../../bridge/policy/policy.js'
import type { Drift, DriftReport } from '../../bridge/reconcile/reconciler.js'
import type { SandboxEnvironment } from '../../dev/sandbox-mode.js'
import { type RunningBridge, startBridge } from '../../dev/start.js'
import { type Change, DriftReport as DriftReportContract } from '../../shared/index.js'
import type { Org } from '../sandboxes/okta/org.js'
import {
  expectGoldenThread,
  expectProblem,
  expectSucceeded,
  type OrgSnapshot,
  seedUser,
  setupContext,
  snapshot,
  uniqueLogin,
} from './support/flows-harness.js'
import { ManualClock } from './support/manual-clock.js'

const TOKEN = randomBytes(32).toString('base64url')
/** May reconcile, nothing else. */
const RECONCILER = randomBytes(32).toString('base64url')
/** May invoke the joiner only. */
const JOINER_ONLY = randomBytes(32).toString('base64url')

/** The ticket the access requests are made under. */
const RITM = { number: 'RITM0020001', requestedBy: 'pat.requester', approvedBy: 'mo.manager' }
/** The change ticket of the baseline taken right after installing. */
const BASELINE_CHANGE = {
  number: `CHG${(randomBytes(4).readUInt32BE(0) % 9_000_000) + 1_000_000}`,
  requestedBy: 'ops.admin',
}
/** The first baseline's answer. */
let baselineReport: DriftReport

/** The operator's change ticket repairs are made under. */
const CHANGE = {
  number: `CHG${(randomBytes(4).readUInt32BE(0) % 9_000_000) + 1_000_000}`,
  requestedBy: 'ops.admin',
}

const DAY = 86_400_000
const clock = new ManualClock('2026-03-02T09:00:00.000Z')
const logLines: Record<string, unknown>[] = []

let bridge: RunningBridge
let env: SandboxEnvironment
let org: Org
/** Demo group and app ids by name. */
const ids: Record<string, string> = {}
/** The seeded users by role in the story. */
const users: Record<string, { id: string; login: string }> = {}
/** Grant ids by user role. */
const grants: Record<string, string> = {}

/** The policy: every group and app manageable, Admins protected; which resources are requestable. */
function policyFor(sandbox: SandboxEnvironment): Policy {
  const id = (name: string) =>
    sandbox.groups.find((g) => g.name === name)?.id ?? sandbox.apps.find((a) => a.label === name)!.id
  return Policy.parse({
    manageableGroups: ['*'],
    manageableApps: ['*'],
    // The console's groups (sandbox mode seeds them for its demo sign-in) are protected, as a real org's would be.
    protectedGroups: [
      sandbox.adminsGroupId,
      ...sandbox.sandbox.org.listGroups({ q: 'Console ', limit: 200 }).items.map((g) => g.id),
    ],
    accessGrants: {
      maxDays: 90,
      resources: {
        [id('Engineering')]: {},
        [id('Support')]: {},
        [id('Slack')]: {},
        [id('GitHub')]: { permanent: true },
        // Requestable but protected: its members are never searched for access nobody granted.
        [sandbox.adminsGroupId]: {},
      },
    },
  })
}

function post(path: string, body?: unknown, token: string | null = TOKEN) {
  let req = request(bridge.url).post(path)
  if (token !== null) req = req.set('x-api-client-token', token)
  return body === undefined ? req : req.send(body as object)
}

function invoke(flow: string, body: unknown) {
  return post(`/api/flo/${flow}/invoke`, body).set('idempotency-key', randomUUID())
}

/** A 200 reconciliation answer, its drift sorted for comparison. */
function reportOf(res: request.Response): DriftReport {
  expect(res.status, JSON.stringify(res.body)).toBe(200)
  // The answer is what the contract in shared/ describes.
  expect(DriftReportContract.safeParse(res.body).error).toBeUndefined()
  const report = res.body as DriftReport
  report.drift = sorted(report.drift)
  return report
}

/** Drift in the order {@link expectedDrift} lists it. */
function sorted(drift: Drift[]): Drift[] {
  return [...drift].sort((a, b) => key(a).localeCompare(key(b)))
}

function key(item: Pick<Drift, 'kind' | 'userId' | 'resource'>): string {
  return `${item.kind} ${item.userId} ${item.resource.id}`
}

async function grant(role: string, resource: string, type: 'group' | 'app', days: number | null) {
  const res = await invoke('grant-access', {
    ticket: RITM,
    user: { id: users[role]!.id },
    resource: { type, id: ids[resource] },
    ...(days === null ? {} : { expiresAt: new Date(clock.now().getTime() + days * DAY).toISOString() }),
    justification: `reconciliation test: ${role}`,
  })
  grants[role] = expectSucceeded(res, 'grant-access').output.grantId
}

/** Who holds what in the org right now (the state repairs are judged by). */
function holds(role: string, resource: string): boolean {
  const userId = users[role]!.id
  const id = ids[resource]!
  return id.startsWith('00g') ? org.isMember(id, userId) : org.userAppIds(userId).includes(id)
}

/** Executions recorded under the change ticket (none after a dry run or a refused request). */
async function changeExecutions(): Promise<number> {
  return (await bridge.store.executionsForTicket(CHANGE.number)).length
}

beforeAll(async () => {
  bridge = await startBridge(
    {
      NODE_ENV: 'test',
      PORT: '0',
      LOG_LEVEL: 'info',
      RECONCILE_INTERVAL_MINUTES: '0',
      BRIDGE_CLIENT_TOKENS: JSON.stringify([
        { name: 'servicenow', token: TOKEN },
        { name: 'reconciler', token: RECONCILER, flows: ['reconcile'] },
        { name: 'joiner-only', token: JOINER_ONLY, flows: ['joiner'] },
      ]),
    },
    {
      print: () => {},
      clock,
      policy: policyFor,
      logDestination: new Writable({
        write(chunk: Buffer, _encoding, done) {
          for (const line of chunk.toString().split('\n')) if (line) logLines.push(JSON.parse(line))
          done()
        },
      }),
    },
  )
  env = bridge.sandbox!
  org = env.sandbox.org
  for (const group of env.groups) ids[group.name] = group.id
  for (const app of env.apps) ids[app.label] = app.id
  ids.Admins = env.adminsGroupId
  users.dana = env.users.find((u) => u.login === 'dana.lee@example.com')!
  users.sam = env.users.find((u) => u.login === 'sam.admin@example.com')!
  // Right after installing: what the org already holds is accepted, so it is not reported from now on.
  baselineReport = reportOf(await post('/api/reconcile', { mode: 'baseline', ticket: BASELINE_CHANGE }))
  for (const role of ['alice', 'bob', 'carol', 'dave', 'erin', 'frank', 'gina', 'ivan']) {
    const user = seedUser(org, { login: uniqueLogin(role) })
    users[role] = { id: user.id, login: String(user.profile.login) }
  }
  const hank = seedUser(org, { login: uniqueLogin('hank'), status: 'DEPROVISIONED', groups: ['Support'] })
  users.hank = { id: hank.id, login: String(hank.profile.login) }

  // A birthright: the joiner adds Engineering; reconciliation must leave it alone.
  const joeLogin = uniqueLogin('joe')
  const joined = expectSucceeded(
    await invoke('joiner', {
      ticket: { number: 'RITM0020002', requestedBy: 'hr.bot' },
      profile: { login: joeLogin, email: joeLogin, firstName: 'Joe', lastName: 'Joiner' },
      groups: [ids.Engineering],
    }),
    'joiner',
  )
  users.joe = { id: joined.output.userId, login: joeLogin }

  // Missing while active: granted through the bridge, then taken away in Okta directly.
  await grant('alice', 'Engineering', 'group', 10)
  org.removeMember(setupContext(), ids.Engineering!, users.alice!.id)
  await grant('bob', 'Slack', 'app', 10)
  org.unassignApp(setupContext(), ids.Slack!, users.bob!.id)
  await grant('carol', 'GitHub', 'app', null) // permanent: nothing to extend to
  org.unassignApp(setupContext(), ids.GitHub!, users.carol!.id)

  // Present after expiry: ended by the bridge, then given back in Okta directly.
  await grant('dave', 'Support', 'group', 1)
  clock.advance(2 * DAY)
  const expired = await bridge.expiry.tick()
  expect(expired.find((outcome) => outcome.grantId === grants.dave)?.result).toBe('expired')
  expect(holds('dave', 'Support')).toBe(false)
  org.addMember(setupContext(), ids.Support!, users.dave!.id)
  await grant('erin', 'Slack', 'app', 10)
  expectSucceeded(await invoke('revoke-access', { ticket: RITM, grantId: grants.erin }), 'revoke-access')
  expect(holds('erin', 'Slack')).toBe(false)
  org.assignApp(setupContext(), ids.Slack!, { id: users.erin!.id })

  // Unjustified: put into manageable resources directly (requestable or not), with no grant and no birthright.
  org.addMember(setupContext(), ids.Engineering!, users.frank!.id)
  org.assignApp(setupContext(), ids.Slack!, { id: users.gina!.id })
  org.addMember(setupContext(), ids.Sales!, users.gina!.id)
  // Not watched for unjustified access: a protected group (requestable or not).
  // (dana, not frank: a member of a protected group is a protected user, whose access no repair may touch)
  org.addMember(setupContext(), ids.Admins!, users.dana!.id)

  // A grant to a group the policy protects (recorded before it was protected): its drift is never repaired.
  const protectedGrant = await bridge.grants.create({
    id: `grt_${randomBytes(16).toString('hex')}`,
    userId: users.ivan!.id,
    login: users.ivan!.login,
    resource: { type: 'group', id: ids.Admins!, name: 'Okta Administrators' },
    preexisting: false,
    expiresAt: new Date(clock.now().getTime() + 5 * DAY).toISOString(),
    justification: 'granted before the group was protected',
    ticket: RITM,
    grantedBy: `exe_${randomUUID()}`,
  })
  grants.ivan = protectedGrant.id
}, 60_000)

afterAll(async () => {
  await bridge?.stop()
})

/** The drift the story seeded, as a dry run reports it. */
function expectedDrift(): Pick<Drift, 'kind' | 'userId' | 'login' | 'resource' | 'grantId' | 'repair'>[] {
  const resource = (name: string, label = name) => ({
    type: ids[name]!.startsWith('00g') ? 'group' : 'app',
    id: ids[name]!,
    name: label,
  })
  const planned = (flow: string) => ({ flow, status: 'planned' })
  const entries = [
    {
      kind: 'missing-while-active',
      userId: users.alice!.id,
      login: users.alice!.login,
      resource: resource('Engineering'),
      grantId: grants.alice,
      repair: planned('extend-access'),
    },
    {
      kind: 'missing-while-active',
      userId: users.bob!.id,
      login: users.bob!.login,
      resource: resource('Slack'),
      grantId: grants.bob,
      repair: planned('extend-access'),
    },
    {
      kind: 'missing-while-active',
      userId: users.carol!.id,
      login: users.carol!.login,
      resource: resource('GitHub'),
      grantId: grants.carol,
      repair: {
        flow: 'extend-access',
        status: 'skipped',
        reason: 'permanent-grant',
        detail: expect.stringContaining('permanent'),
      },
    },
    {
      kind: 'missing-while-active',
      userId: users.ivan!.id,
      login: users.ivan!.login,
      resource: resource('Admins', 'Okta Administrators'),
      grantId: grants.ivan,
      repair: {
        flow: 'extend-access',
        status: 'skipped',
        reason: 'protected',
        detail: expect.stringContaining('protected'),
      },
    },
    {
      kind: 'present-after-expiry',
      userId: users.dave!.id,
      login: users.dave!.login,
      resource: resource('Support'),
      grantId: grants.dave,
      repair: planned('revoke-access'),
    },
    {
      kind: 'present-after-expiry',
      userId: users.erin!.id,
      login: users.erin!.login,
      resource: resource('Slack'),
      grantId: grants.erin,
      repair: planned('revoke-access'),
    },
    {
      kind: 'unjustified',
      userId: users.frank!.id,
      login: users.frank!.login,
      resource: resource('Engineering'),
      repair: planned('mover'),
    },
    {
      kind: 'unjustified',
      userId: users.gina!.id,
      login: users.gina!.login,
      resource: resource('Slack'),
      repair: planned('mover'),
    },
    {
      kind: 'unjustified',
      userId: users.gina!.id,
      login: users.gina!.login,
      resource: resource('Sales'),
      repair: planned('mover'),
    },
    {
      kind: 'unjustified',
      userId: users.hank!.id,
      login: users.hank!.login,
      resource: resource('Support'),
      repair: {
        flow: 'mover',
        status: 'skipped',
        reason: 'user-deactivated',
        detail: expect.stringContaining('deactivated'),
      },
    },
  ]
  return entries.sort((a, b) => key(a as Drift).localeCompare(key(b as Drift))) as never
}

describe('dry run', () => {
  it('reports exactly the seeded drift — not birthrights, baselined or protected members — and changes nothing', async () => {
    const before: OrgSnapshot = snapshot(env.sandbox)
    const auditBefore = await bridge.store.verifyAudit()

    const report = reportOf(await post('/api/reconcile'))
    expect(report).toMatchObject({
      runId: expect.stringMatching(/^rec_/),
      mode: 'dry-run',
      at: clock.now().toISOString(),
      counts: { 'present-after-expiry': 2, 'missing-while-active': 4, unjustified: 4 },
      checked: { grants: 6, missingResources: [] },
    })
    expect(report.drift).toEqual(expectedDrift())
    // A "*" policy: every group (Engineering, Sales, Support, Admins, and the console's Operators and Viewers that
    // sandbox mode seeds) and app (Slack, GitHub, Salesforce) Okta lists.
    expect(report.checked.resources).toBe(9)

    expect(snapshot(env.sandbox)).toEqual(before)
    expect(await bridge.store.verifyAudit()).toEqual(auditBefore)
    expect(await changeExecutions()).toBe(0)
    expect(holds('alice', 'Engineering')).toBe(false)
    expect(holds('frank', 'Engineering')).toBe(true)
  })

  it('is the default of ?mode=dry-run and {"mode":"dry-run"}, and a token limited to reconcile may run it', async () => {
    const viaQuery = reportOf(await post('/api/reconcile?mode=dry-run', {}, RECONCILER))
    const viaBody = reportOf(await post('/api/reconcile', { mode: 'dry-run', ticket: CHANGE }, RECONCILER))
    expect(viaQuery.drift).toEqual(expectedDrift())
    expect(viaBody.drift).toEqual(expectedDrift())
    expect(viaQuery.runId).not.toBe(viaBody.runId)
    expect(await changeExecutions()).toBe(0)
  })
})

describe('requests refused before anything runs', () => {
  it('401 without credentials, 403 for a token not allowed to reconcile', async () => {
    const unauthenticated = expectProblem(await post('/api/reconcile', {}, null), 401, 'unauthenticated')
    expect(unauthenticated.detail).toMatch(/credentials are required/i)
    const forbidden = expectProblem(
      await post('/api/reconcile', { mode: 'repair', ticket: CHANGE }, JOINER_ONLY),
      403,
      'forbidden-reconcile',
    )
    expect(forbidden.detail).toBe('Client token joiner-only may not run reconciliation.')
    expect(await changeExecutions()).toBe(0)
  })

  it.each([
    [
      'an unknown field',
      '/api/reconcile',
      { mode: 'dry-run', force: true },
      [{ path: 'force', message: 'is not a known field' }],
    ],
    [
      'an unknown mode in the body',
      '/api/reconcile',
      { mode: 'fix' },
      [{ path: 'mode', message: expect.any(String) }],
    ],
    [
      'an unknown mode in the query',
      '/api/reconcile?mode=fix',
      undefined,
      [{ path: '?mode', message: 'must be dry-run, repair or baseline' }],
    ],
    [
      'modes that disagree',
      '/api/reconcile?mode=repair',
      { mode: 'dry-run' },
      [{ path: 'mode', message: expect.stringContaining('differs') }],
    ],
    [
      'a repair without a ticket',
      '/api/reconcile',
      { mode: 'repair' },
      [{ path: 'ticket', message: expect.stringContaining('is required to repair') }],
    ],
    [
      'a repair (query) without a ticket',
      '/api/reconcile?mode=repair',
      undefined,
      [{ path: 'ticket', message: expect.stringContaining('is required to repair') }],
    ],
    [
      'a baseline without a ticket',
      '/api/reconcile?mode=baseline',
      undefined,
      [{ path: 'ticket', message: expect.stringContaining('is required for a baseline') }],
    ],
    [
      'a malformed ticket',
      '/api/reconcile',
      { mode: 'repair', ticket: { number: 'change 42', requestedBy: 'ops.admin' } },
      [{ path: 'ticket.number', message: expect.stringContaining('ServiceNow record number') }],
    ],
    [
      'a body that is not an object',
      '/api/reconcile',
      ['repair'],
      [{ path: '(root)', message: expect.any(String) }],
    ],
  ])('400 invalid-input for %s, with the field paths; nothing changes', async (_name, path, body, errors) => {
    const before = snapshot(env.sandbox)
    const problem = expectProblem(await post(path, body), 400, 'invalid-input')
    expect(problem.errors).toEqual(errors)
    expect(snapshot(env.sandbox)).toEqual(before)
    expect(await changeExecutions()).toBe(0)
  })

  it('malformed JSON is 400, another media type 415, another method 405', async () => {
    expectProblem(
      await post('/api/reconcile').set('content-type', 'application/json').send('{"mode":'),
      400,
      'malformed-json',
    )
    expectProblem(
      await post('/api/reconcile').set('content-type', 'text/plain').send('mode=repair'),
      415,
      'unsupported-media-type',
    )
    const get = await request(bridge.url).get('/api/reconcile').set('x-api-client-token', TOKEN)
    expectProblem(get, 405, 'method-not-allowed')
    expect(get.headers.allow).toBe('POST')
    expect(await changeExecutions()).toBe(0)
  })
})

describe('the schedule', () => {
  it('a scheduled run is a dry run: one summary line with counts and ids only, and the drift gauges', async () => {
    expect(bridge.reconcileSchedule.active).toBe(false) // RECONCILE_INTERVAL_MINUTES=0
    const before = snapshot(env.sandbox)
    const report = await bridge.reconcileSchedule.runOnce()
    expect(report?.mode).toBe('dry-run')
    expect(sorted(report!.drift)).toEqual(expectedDrift())
    expect(snapshot(env.sandbox)).toEqual(before)

    const summary = logLines.filter((line) => line.msg === 'scheduled reconciliation found drift')
    expect(summary).toHaveLength(1)
    expect(summary[0]).toMatchObject({
      runId: report!.runId,
      drift: { 'present-after-expiry': 2, 'missing-while-active': 4, unjustified: 4 },
      repairable: 7,
      grants: 6,
      resources: 9,
      missingResources: 0,
    })
    expect(JSON.stringify(summary[0])).not.toMatch(/example\.com/)

    const metrics = await bridge.metrics.render()
    expect(metrics.body).toContain('okta_jml_bridge_reconcile_drift{kind="missing-while-active"} 4')
    expect(metrics.body).toContain('okta_jml_bridge_reconcile_drift{kind="present-after-expiry"} 2')
    expect(metrics.body).toContain('okta_jml_bridge_reconcile_drift{kind="unjustified"} 4')
    expect(metrics.body).toContain('okta_jml_bridge_reconcile_runs_total{outcome="succeeded"} 1')
  })

  it('RECONCILE_INTERVAL_MINUTES: default 60, 0 disables, anything else is refused naming the variable', async () => {
    const base = { NODE_ENV: 'test', BRIDGE_CLIENT_TOKENS: TOKEN }
    expect((await loadConfig(base)).reconcileIntervalMinutes).toBe(60)
    expect((await loadConfig({ ...base, RECONCILE_INTERVAL_MINUTES: '0' })).reconcileIntervalMinutes).toBe(0)
    for (const bad of ['-1', 'hourly', '1.5']) {
      const error = await loadConfig({ ...base, RECONCILE_INTERVAL_MINUTES: bad }).catch((e: unknown) => e)
      expect(error).toBeInstanceOf(ConfigError)
      expect(String((error as Error).message)).toContain('RECONCILE_INTERVAL_MINUTES')
    }
  })
})

describe('repair', () => {
  let report: DriftReport

  beforeAll(async () => {
    report = reportOf(await post('/api/reconcile', { mode: 'repair', ticket: CHANGE }))
  })

  it('fixes what the policy allows, each fix a succeeded execution, and reports what it may not fix', () => {
    expect(report.mode).toBe('repair')
    const outcomes = report.drift.map((item) => [
      item.kind,
      item.userId,
      item.repair.status,
      item.repair.flow,
    ])
    const expected = expectedDrift().map((item) => [
      item.kind,
      item.userId,
      item.repair.status === 'planned' ? 'succeeded' : 'skipped',
      item.repair.flow,
    ])
    expect(outcomes).toEqual(expected)
    for (const item of report.drift.filter((d) => d.repair.status === 'succeeded')) {
      expect(item.repair).toEqual({
        flow: item.repair.flow,
        executionId: expect.stringMatching(/^exe_/),
        status: 'succeeded',
      })
    }
  })

  it('Okta holds what the grants say: access put back, access taken away, the rest left alone', () => {
    expect(holds('alice', 'Engineering')).toBe(true)
    expect(holds('bob', 'Slack')).toBe(true)
    expect(holds('dave', 'Support')).toBe(false)
    expect(holds('erin', 'Slack')).toBe(false)
    expect(holds('frank', 'Engineering')).toBe(false)
    expect(holds('gina', 'Slack')).toBe(false)
    expect(holds('gina', 'Sales')).toBe(false)
    // Not repaired: a permanent grant, a protected group, a deactivated user; not drift at all: the rest.
    expect(holds('carol', 'GitHub')).toBe(false)
    expect(holds('ivan', 'Admins')).toBe(false)
    expect(holds('hank', 'Support')).toBe(true)
    expect(holds('dana', 'Admins')).toBe(true)
    expect(holds('sam', 'Admins')).toBe(true)
    expect(holds('joe', 'Engineering')).toBe(true)
    expect(holds('dana', 'Sales')).toBe(true)
  })

  it('each fix is audited once under the change ticket, traced to its System Log event', async () => {
    const entries = await bridge.store.audit({ ticket: CHANGE.number })
    const fixes = entries.map((entry) => [
      entry.flow,
      entry.operation,
      entry.target.userId,
      entry.target.groupId ?? entry.target.appId,
    ])
    expect(fixes.sort()).toEqual(
      [
        ['extend-access', 'addGroupMember', users.alice!.id, ids.Engineering],
        ['extend-access', 'assignApp', users.bob!.id, ids.Slack],
        ['revoke-access', 'removeGroupMember', users.dave!.id, ids.Support],
        ['revoke-access', 'unassignApp', users.erin!.id, ids.Slack],
        ['mover', 'removeGroupMember', users.frank!.id, ids.Engineering],
        ['mover', 'unassignApp', users.gina!.id, ids.Slack],
        ['mover', 'removeGroupMember', users.gina!.id, ids.Sales],
      ].sort(),
    )
    for (const entry of entries) {
      expect(entry).toMatchObject({
        ticketNumber: CHANGE.number,
        requestedBy: 'ops.admin',
        approvedBy: null,
        caller: 'client-token:servicenow',
        outcome: 'succeeded',
      })
    }
    const executionIds = report.drift.flatMap((d) =>
      'executionId' in d.repair ? [d.repair.executionId] : [],
    )
    expect(new Set(entries.map((entry) => entry.executionId))).toEqual(new Set(executionIds))
    expectGoldenThread(org, entries as Change[])
    expect(await bridge.store.verifyAudit()).toMatchObject({ ok: true })
  })

  it('the grants keep their terms: the extension keeps the end date, ended grants stay ended', async () => {
    const alice = await bridge.grants.get(grants.alice!)
    expect(alice).toMatchObject({
      status: 'active',
      expiresAt: new Date(Date.parse('2026-03-12T09:00:00.000Z')).toISOString(),
    })
    expect(alice?.extendedBy).toHaveLength(1)
    expect(await bridge.grants.get(grants.dave!)).toMatchObject({ status: 'expired' })
    expect(await bridge.grants.get(grants.erin!)).toMatchObject({ status: 'revoked' })
  })

  it('a second repair finds nothing left to fix, and changes nothing', async () => {
    const before = snapshot(env.sandbox)
    const executions = await changeExecutions()
    const again = reportOf(await post('/api/reconcile?mode=repair', { ticket: CHANGE }))
    expect(again.drift.map((item) => [item.kind, item.userId, item.repair.status])).toEqual(
      expectedDrift()
        .filter((item) => item.repair.status === 'skipped')
        .map((item) => [item.kind, item.userId, 'skipped']),
    )
    expect(snapshot(env.sandbox)).toEqual(before)
    expect(await changeExecutions()).toBe(executions)
  })
})

describe('baseline', () => {
  it('the first run accepted what the org already held, as an audited execution, changing nothing in Okta', async () => {
    expect(baselineReport).toMatchObject({
      mode: 'baseline',
      baseline: { executionId: expect.stringMatching(/^exe_/), accepted: 1 },
      counts: { 'present-after-expiry': 0, 'missing-while-active': 0, unjustified: 1 },
    })
    const executionId = baselineReport.baseline!.executionId
    // Dana's Sales membership predates the bridge: nothing explained it, so it was unjustified until accepted.
    expect(baselineReport.drift).toEqual([
      {
        kind: 'unjustified',
        userId: users.dana!.id,
        login: users.dana!.login,
        resource: { type: 'group', id: ids.Sales, name: 'Sales' },
        repair: { flow: null, status: 'accepted', executionId },
      },
    ])
    expect(holds('dana', 'Sales')).toBe(true)
    const audit = await request(bridge.url)
      .get(`/api/audit?ticket=${BASELINE_CHANGE.number}`)
      .set('x-api-client-token', TOKEN)
    expect(audit.status).toBe(200)
    expect(audit.body.executions).toEqual([
      {
        executionId,
        flow: 'reconcile-baseline',
        status: 'succeeded',
        ticketNumber: BASELINE_CHANGE.number,
        ticketSysId: null,
        requestedBy: 'ops.admin',
        approvedBy: null,
        caller: 'client-token:servicenow',
        changes: [
          {
            seq: expect.any(Number),
            operation: 'acceptAccess',
            target: { userId: users.dana!.id, groupId: ids.Sales },
            oktaRequestId: null,
            outcome: 'succeeded',
            at: baselineReport.at,
          },
        ],
      },
    ])
    expect(await bridge.store.verifyAudit()).toMatchObject({ ok: true })
    // Anchored in ServiceNow like any change: the baseline cannot be slipped in or out of the chain afterwards.
    const seq = audit.body.executions[0].changes[0].seq as number
    await bridge.outboxDispatcher.settled()
    await bridge.outboxDispatcher.tick()
    const anchors = bridge.servicenowSandbox!.sandbox.tables.rows('x_okta_jml_audit_anchor')
    expect(anchors.some((a) => Number(a.first_seq) <= seq && seq <= Number(a.seq))).toBe(true)
  })

  it('a later baseline accepts only unexplained access, never a grant’s drift, and a dry run then leaves it out', async () => {
    const before = snapshot(env.sandbox)
    const dry = reportOf(await post('/api/reconcile'))
    const unexplained = dry.drift.filter((item) => item.kind === 'unjustified')
    expect(unexplained.map((item) => [item.userId, item.resource.id])).toEqual([
      [users.hank!.id, ids.Support],
    ])
    const ticket = { number: 'CHG0090001', requestedBy: 'ops.admin' }
    const accepted = reportOf(await post('/api/reconcile?mode=baseline', { ticket }, RECONCILER))
    expect(accepted.baseline).toEqual({ executionId: expect.stringMatching(/^exe_/), accepted: 1 })
    expect(
      accepted.drift.filter((item) => item.repair.status === 'accepted').map((item) => item.userId),
    ).toEqual([users.hank!.id])
    // The grants' drift is reported, not accepted: a grant's state is for a repair to fix.
    expect(
      accepted.drift.filter((item) => item.kind !== 'unjustified').map((item) => item.repair.status),
    ).toEqual(dry.drift.filter((item) => item.kind !== 'unjustified').map(() => 'skipped'))
    const after = reportOf(await post('/api/reconcile'))
    expect(after.drift).toEqual(dry.drift.filter((item) => item.kind !== 'unjustified'))
    expect(snapshot(env.sandbox)).toEqual(before)
    const entries = await bridge.store.audit({ ticket: ticket.number })
    expect(entries.map((entry) => [entry.flow, entry.operation, entry.target])).toEqual([
      ['reconcile-baseline', 'acceptAccess', { userId: users.hank!.id, groupId: ids.Support }],
    ])
    expect(entries[0]!.caller).toBe('client-token:reconciler')
  })

  it('needs the reconcile permission', async () => {
    expectProblem(
      await post('/api/reconcile', { mode: 'baseline', ticket: CHANGE }, JOINER_ONLY),
      403,
      'forbidden-reconcile',
    )
  })
})

describe('Okta refusing the reads (last: the bridge remembers the exhausted window)', () => {
  it('a rate-limited Okta is 503 okta-rate-limited with Retry-After, and nothing is repaired', async () => {
    const executions = await changeExecutions()
    const writes = snapshot(env.sandbox).writes
    env.sandbox.configure({
      rateLimits: [{ pathPrefix: '/api/v1/groups', method: 'GET', limit: 0, windowSeconds: 3600 }],
    })
    try {
      const res = await post('/api/reconcile', { mode: 'repair', ticket: CHANGE })
      expectProblem(res, 503, 'okta-rate-limited')
      expect(Number(res.headers['retry-after'])).toBeGreaterThanOrEqual(1)
      expect(await changeExecutions()).toBe(executions)
      expect(snapshot(env.sandbox).writes).toBe(writes)
    } finally {
      env.sandbox.configure({ rateLimits: [] })
    }
  })
})
