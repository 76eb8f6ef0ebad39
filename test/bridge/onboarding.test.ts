/**
 * Okta-initiated onboarding end to end: a user is created in the Okta sandbox by someone other than the
 * bridge; the sandbox delivers `user.lifecycle.create` through a real registered and verified event hook to the
 * running bridge; the bridge opens an incident in the ServiceNow sandbox; a decision recorded in ServiceNow and
 * sent to `onboarding-decision` adds the groups and apps in Okta and activates the user (approval) or
 * deactivates them (rejection), and the incident is closed with the golden thread. Refusals: an incident the
 * bridge did not open (403), a payload that disagrees with ServiceNow (409), a second decision (409). And the
 * inbox's durability: a delivery acknowledged by a bridge that never processed it opens its incident once
 * after a restart on the same database.
 */
import { randomBytes } from 'node:crypto'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { Writable } from 'node:stream'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { type RunningBridge, startBridge } from '../../dev/start.js'
import type { ConnectedClient } from '../sandboxes/okta/auth/test-client.js'
import { connectServiceApp } from '../sandboxes/okta/http-test-support.js'
import { type ServiceNowSandbox, startServiceNowSandbox } from '../sandboxes/servicenow/index.js'
import type { SnRecord } from '../sandboxes/servicenow/tables.js'
import { type OktaOrg, startOktaOrg, stateOf } from './support/okta-org.js'

const SN_USER = { username: 'okta.bridge', password: `sn-${randomBytes(12).toString('hex')}` }
const HOOK_SECRET = `hook-${randomBytes(24).toString('hex')}`
const silent = new Writable({ write: (_chunk, _encoding, done) => done() })

let org: OktaOrg
let servicenow: ServiceNowSandbox
/** An Okta admin's API client: the users it creates are born outside the bridge. */
let admin: ConnectedClient
const running: RunningBridge[] = []

beforeAll(async () => {
  org = await startOktaOrg({ groups: ['Engineering', 'Sales'], apps: ['Slack', 'GitHub'] })
  org.sandbox.hooks.configure({ batchMs: 10, retryDelayMs: 10 })
  servicenow = await startServiceNowSandbox({ users: [SN_USER] })
  ;({ client: admin } = await connectServiceApp(org.sandbox.url))
}, 60_000)

afterEach(async () => {
  while (running.length > 0) await running.pop()!.stop(1_000)
  org.sandbox.hooks.reset()
  servicenow.reset()
})

afterAll(async () => {
  await servicenow?.stop()
  await org?.stop()
})

/** Starts a bridge on the org and the ServiceNow sandbox, with the event hook receiver. */
async function bridgeWith(
  env: Record<string, string> = {},
  options: { eventProcessing?: boolean } = {},
): Promise<RunningBridge> {
  const bridge = await startBridge(
    {
      ...org.env,
      SERVICENOW_URL: servicenow.url,
      SERVICENOW_USER: SN_USER.username,
      SERVICENOW_PASSWORD: SN_USER.password,
      OKTA_EVENT_HOOK_SECRET: HOOK_SECRET,
      ...env,
    },
    { logDestination: silent, print: () => undefined, outboxPollMs: 20, ...options },
  )
  running.push(bridge)
  return bridge
}

/** Registers and verifies an event hook for `user.lifecycle.create` pointing at the bridge, as an admin would. */
async function registerHook(bridge: RunningBridge): Promise<string> {
  const created = await admin.request('POST', '/api/v1/eventHooks', {
    name: 'Okta JML bridge onboarding',
    events: { type: 'EVENT_TYPE', items: ['user.lifecycle.create'] },
    channel: {
      type: 'HTTP',
      version: '1.0.0',
      config: {
        uri: `${bridge.url}/hooks/okta/events`,
        authScheme: { type: 'HEADER', key: 'Authorization', value: HOOK_SECRET },
      },
    },
  })
  expect(created.status).toBe(200)
  const hook = (await created.json()) as { id: string }
  const verified = await admin.request('POST', `/api/v1/eventHooks/${hook.id}/lifecycle/verify`)
  expect(verified.status).toBe(200)
  expect(((await verified.json()) as { verificationStatus: string }).verificationStatus).toBe('VERIFIED')
  return hook.id
}

/** Creates a user as the Okta admin (STAGED) and waits for the hook delivery and its processing. */
async function userBornInOkta(bridge: RunningBridge, name: string): Promise<{ id: string; login: string }> {
  const login = `${name}.${randomBytes(3).toString('hex')}@example.com`
  const res = await admin.request('POST', '/api/v1/users?activate=false', {
    profile: { login, email: login, firstName: 'Robin', lastName: name, department: 'Sales' },
  })
  expect(res.status).toBe(200)
  const user = (await res.json()) as { id: string }
  await org.sandbox.hooks.drain()
  await bridge.eventProcessor.settled()
  return { id: user.id, login }
}

function incidentsFor(userId: string): SnRecord[] {
  return servicenow.tables
    .rows('incident')
    .filter((row) => row.correlation_id === `okta-onboarding:${userId}`)
}

/** Records a decision in ServiceNow as the app's UI action does. */
function recordDecision(
  incident: SnRecord,
  decision: 'approved' | 'rejected',
  groups: string[] = [],
  apps: string[] = [],
): void {
  servicenow.tables.insert(
    'x_okta_jml_onboarding_decision',
    {
      incident: incident.sys_id,
      decision,
      decided_by: 'owner.one',
      decided_at: '2026-11-23 10:00:00',
      groups: groups.join(','),
      apps: apps.join(','),
    },
    'owner.one',
  )
}

function decide(bridge: RunningBridge, body: Record<string, unknown>): Promise<Response> {
  return fetch(`${bridge.url}/api/flo/onboarding-decision/invoke`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-client-token': org.token },
    body: JSON.stringify(body),
  })
}

function decisionBody(
  incident: SnRecord,
  decision: 'approved' | 'rejected',
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    ticket: { number: incident.number, sysId: incident.sys_id, requestedBy: 'okta', approvedBy: 'owner.one' },
    decision,
    ...extra,
  }
}

/** Lets the outbox deliver until `done` holds (bounded: the assertions after it say what was missing). */
async function delivered(bridge: RunningBridge, done: () => boolean): Promise<void> {
  for (let i = 0; i < 300 && !done(); i++) {
    await bridge.outboxDispatcher.tick()
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
}

/** The incident once the outbox has closed it in ServiceNow. */
async function closed(bridge: RunningBridge, sysId: string): Promise<SnRecord> {
  await delivered(bridge, () => servicenow.tables.get('incident', sysId)?.state === '6')
  return servicenow.tables.get('incident', sysId)!
}

describe('onboarding through a real event hook', () => {
  it('opens an incident for a user created in Okta, then approval gives groups and apps and activates', async () => {
    const bridge = await bridgeWith()
    await registerHook(bridge)
    const user = await userBornInOkta(bridge, 'approved')

    const [incident, ...others] = incidentsFor(user.id)
    expect(others).toEqual([])
    expect(incident).toMatchObject({
      category: 'okta',
      subcategory: 'onboarding_approval',
      short_description: `Okta onboarding approval: Robin approved (${user.login})`,
      active: 'true',
    })
    const description = incident!.description!.split('\n')
    expect(description).toEqual(
      expect.arrayContaining([
        `Okta user id: ${user.id}`,
        `Login: ${user.login}`,
        `Email: ${user.login}`,
        'Name: Robin approved',
        'Department: Sales',
        'Manager: (none)',
      ]),
    )
    expect(description.some((line) => line.startsWith('Created by: '))).toBe(true)
    expect(description.some((line) => /^Okta event: [0-9a-f-]{36}$/.test(line))).toBe(true)
    expect(await bridge.onboardings.byUser(user.id)).toMatchObject({
      incidentSysId: incident!.sys_id,
      incidentNumber: incident!.number,
      decision: null,
    })
    // Nothing is given before the approval.
    expect(stateOf(org, user.id)).toMatchObject({ status: 'STAGED', groups: [], apps: [] })

    const groups = org.groups.map((g) => g.id)
    const apps = [org.apps[0]!.id]
    recordDecision(incident!, 'approved', groups, apps)
    const res = await decide(
      bridge,
      decisionBody(incident!, 'approved', { groups, apps, comment: 'Welcome' }),
    )
    const body = (await res.json()) as {
      output: unknown
      executionId: string
      changes: { operation: string; oktaRequestId: string | null }[]
    }
    expect(res.status, JSON.stringify(body)).toBe(200)
    expect(body.output).toEqual({
      userId: user.id,
      login: user.login,
      // Okta activates a user without a password into PROVISIONED.
      status: 'PROVISIONED',
      decision: 'approved',
      incident: incident!.number,
    })
    expect(body.changes.map((c) => c.operation).sort()).toEqual([
      'activateUser',
      'addGroupMember',
      'addGroupMember',
      'assignApp',
    ])
    expect(body.changes.every((c) => typeof c.oktaRequestId === 'string')).toBe(true)
    expect(stateOf(org, user.id)).toMatchObject({
      status: 'PROVISIONED',
      groups: [...groups].sort(),
      apps,
    })

    const after = await closed(bridge, incident!.sys_id!)
    expect(after.state).toBe('6')
    expect(after.close_code).toBe('Solution provided')
    expect(after.close_notes).toContain(`Onboarding approved by owner.one`)
    expect(after.close_notes).toContain(body.executionId)
    expect(after.close_notes).toContain('Comment: Welcome')
    for (const change of body.changes) expect(after.close_notes).toContain(change.oktaRequestId!)
    // Each change also has its golden-thread row on the incident.
    await delivered(bridge, () => servicenow.tables.rows('x_okta_jml_golden_thread').length >= 4)
    const thread = servicenow.tables.rows('x_okta_jml_golden_thread')
    expect(thread.map((row) => row.okta_request_id).sort()).toEqual(
      body.changes.map((c) => c.oktaRequestId).sort(),
    )
    expect(
      thread.every((row) => row.incident === incident!.sys_id && row.execution_id === body.executionId),
    ).toBe(true)

    // A second, different decision for the same incident is refused; Okta is untouched.
    recordDecision(incident!, 'rejected')
    const second = await decide(bridge, decisionBody(incident!, 'rejected'))
    expect(second.status).toBe(409)
    expect(((await second.json()) as { code: string }).code).toBe('already-decided')
    expect(stateOf(org, user.id).status).toBe('PROVISIONED')
  })

  it('an approval completing a toxic combination is refused (409 separation-of-duties), changing nothing', async () => {
    // The org's policy, plus a forbidden pair of the two groups the approval would give.
    const policy = JSON.parse(await readFile(org.env.BRIDGE_POLICY_FILE!, 'utf8')) as Record<string, unknown>
    const toxicFile = join(org.dir, `toxic-${randomBytes(3).toString('hex')}.json`)
    await writeFile(
      toxicFile,
      JSON.stringify({ ...policy, toxicCombinations: [org.groups.map((g) => g.id)] }),
    )
    const bridge = await bridgeWith({ BRIDGE_POLICY_FILE: toxicFile })
    await registerHook(bridge)
    const user = await userBornInOkta(bridge, 'toxic')
    const [incident] = incidentsFor(user.id)
    const groups = org.groups.map((g) => g.id)
    recordDecision(incident!, 'approved', groups)
    const writes = org.events.length
    const res = await decide(bridge, decisionBody(incident!, 'approved', { groups }))
    const body = (await res.json()) as { code: string; conflict: string[] }
    expect(res.status, JSON.stringify(body)).toBe(409)
    expect(body.code).toBe('separation-of-duties')
    expect([...body.conflict].sort()).toEqual([...groups].sort())
    expect(org.events.length).toBe(writes)
    expect(stateOf(org, user.id)).toMatchObject({ status: 'STAGED', groups: [], apps: [] })
  })

  it('rejection deactivates the user and closes the incident saying so', async () => {
    const bridge = await bridgeWith()
    await registerHook(bridge)
    const user = await userBornInOkta(bridge, 'rejected')
    const [incident] = incidentsFor(user.id)
    recordDecision(incident!, 'rejected')

    const res = await decide(bridge, decisionBody(incident!, 'rejected', { comment: 'Not one of ours' }))
    const body = (await res.json()) as { output: unknown; changes: { operation: string }[] }
    expect(res.status, JSON.stringify(body)).toBe(200)
    expect(body.output).toMatchObject({ status: 'DEPROVISIONED', decision: 'rejected' })
    expect(body.changes.map((c) => c.operation)).toEqual(['deactivateUser'])
    expect(stateOf(org, user.id)).toMatchObject({ status: 'DEPROVISIONED', groups: [], apps: [] })

    const after = await closed(bridge, incident!.sys_id!)
    expect(after.close_notes).toContain('Onboarding rejected by owner.one')
    expect(after.close_notes).toContain('deactivateUser')
  })

  it('with ONBOARDING_REJECT_ACTION=suspend, a user who never activated is deactivated and the notes say why', async () => {
    const bridge = await bridgeWith({ ONBOARDING_REJECT_ACTION: 'suspend' })
    await registerHook(bridge)
    const user = await userBornInOkta(bridge, 'suspendable')
    const [incident] = incidentsFor(user.id)
    recordDecision(incident!, 'rejected')
    const res = await decide(bridge, decisionBody(incident!, 'rejected'))
    expect(res.status).toBe(200)
    expect(stateOf(org, user.id).status).toBe('DEPROVISIONED')
    const after = await closed(bridge, incident!.sys_id!)
    expect(after.close_notes).toContain('Okta suspends only ACTIVE users')
  })
})

describe('refusals', () => {
  it('refuses an incident the bridge did not open (403), changing nothing', async () => {
    const bridge = await bridgeWith()
    const foreign = servicenow.tables.insert(
      'incident',
      { short_description: 'Someone else', category: 'okta', subcategory: 'onboarding_approval' },
      'admin',
    )
    recordDecision(foreign, 'approved')
    const res = await decide(bridge, decisionBody(foreign, 'approved'))
    expect(res.status).toBe(403)
    expect(((await res.json()) as { code: string }).code).toBe('not-our-incident')
  })

  it('refuses a payload that disagrees with ServiceNow (409), before any Okta write', async () => {
    const bridge = await bridgeWith()
    await registerHook(bridge)
    const user = await userBornInOkta(bridge, 'mismatch')
    const [incident] = incidentsFor(user.id)
    // ServiceNow says one group; the payload asks for both, and names another approver.
    recordDecision(incident!, 'approved', [org.groups[0]!.id])
    const groups = org.groups.map((g) => g.id)
    const res = await decide(bridge, {
      ...decisionBody(incident!, 'approved', { groups }),
      ticket: {
        number: incident!.number,
        sysId: incident!.sys_id,
        requestedBy: 'okta',
        approvedBy: 'mallory',
      },
    })
    const problem = (await res.json()) as { code: string; mismatches: string[] }
    expect(res.status).toBe(409)
    expect(problem.code).toBe('incident-mismatch')
    expect(problem.mismatches).toEqual([
      'the decision was recorded by owner.one, not mallory',
      'the approved groups differ',
    ])
    expect(stateOf(org, user.id)).toMatchObject({ status: 'STAGED', groups: [] })
    // The onboarding is still undecided: the right decision goes through afterwards.
    expect((await bridge.onboardings.byUser(user.id))?.decision).toBeNull()
    const ok = await decide(bridge, decisionBody(incident!, 'approved', { groups: [org.groups[0]!.id] }))
    expect(ok.status).toBe(200)
    expect(stateOf(org, user.id).groups).toEqual([org.groups[0]!.id])
  })

  it('answers 502 when ServiceNow cannot be read, changing nothing in Okta', async () => {
    const bridge = await bridgeWith()
    await registerHook(bridge)
    const user = await userBornInOkta(bridge, 'snowdown')
    const [incident] = incidentsFor(user.id)
    recordDecision(incident!, 'rejected')
    servicenow.configure({ faults: { statuses: [503], rate: 1 } })
    const res = await decide(bridge, decisionBody(incident!, 'rejected'))
    servicenow.configure({ faults: null })
    expect(res.status).toBe(502)
    expect(((await res.json()) as { code: string }).code).toBe('servicenow-unavailable')
    expect(stateOf(org, user.id).status).toBe('STAGED')
  })
})

describe('durability', () => {
  it('a delivery acknowledged but never processed opens its incident once after a restart', async () => {
    const dbUrl = `sqlite:${join(org.dir, `inbox-${randomBytes(4).toString('hex')}.db`)}`
    // The first bridge acknowledges deliveries and stops before processing them (as a crash would leave it).
    const first = await bridgeWith({ DATABASE_URL: dbUrl }, { eventProcessing: false })
    await registerHook(first)
    const user = await userBornInOkta(first, 'crash')
    expect(org.sandbox.hooks.attempts.at(-1)?.status).toBe(200)
    expect(incidentsFor(user.id)).toEqual([])
    await first.stop(1_000)
    running.splice(running.indexOf(first), 1)

    const second = await bridgeWith({ DATABASE_URL: dbUrl })
    await second.eventProcessor.settled()
    expect(incidentsFor(user.id)).toHaveLength(1)
    // Processing again (a later round, another replica) finds the onboarding and opens nothing more.
    await second.eventProcessor.tick()
    expect(incidentsFor(user.id)).toHaveLength(1)
  })
})
