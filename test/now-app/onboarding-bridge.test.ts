/**
 * The onboarding UI actions' logic against the real bridge: a user is created by an Okta admin in the Okta
 * sandbox, the bridge (through a real, verified event hook) opens the incident in the ServiceNow sandbox, and
 * the app's side runs as the UI action does — the incident row read back, checked and parsed by
 * `onboarding.ts`, the birthright access computed for its department, the decision record written, the
 * incident moved to In Progress, and the `onboarding-decision` call rendered from the BUILT REST message
 * function and sent to the bridge. What changed in Okta and in ServiceNow is read back. This is the contract
 * test of the `onboarding-decision` function (test/now-app/contract.test.ts covers the other flows).
 */
import { randomBytes } from 'node:crypto'
import { Writable } from 'node:stream'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { type RunningBridge, startBridge } from '../../dev/start.js'
import { CLIENT_TOKEN_HEADER } from '../../now-app/server/bridge/api.ts'
import type { BirthrightRule } from '../../now-app/server/bridge/birthright.ts'
import { parseSettings, renderCall } from '../../now-app/server/bridge/client.ts'
import { interpretAnswer } from '../../now-app/server/bridge/errors.ts'
import {
  type Decision,
  decisionOutcome,
  decisionRecord,
  INCIDENT_STATES,
  ONBOARDING,
  type OnboardingIncident,
  type PreparedDecision,
  prepareDecision,
} from '../../now-app/server/bridge/onboarding.ts'
import { type OktaOrg, startOktaOrg, stateOf } from '../bridge/support/okta-org.js'
import type { ConnectedClient } from '../sandboxes/okta/auth/test-client.js'
import { connectServiceApp, registerUserCreatedHook } from '../sandboxes/okta/http-test-support.js'
import { type ServiceNowSandbox, startServiceNowSandbox } from '../sandboxes/servicenow/index.js'
import type { SnRecord } from '../sandboxes/servicenow/tables.js'
import { type BuiltRecord, builtRecords, ensureBuilt } from './support/build.js'
import { renderFunction } from './support/rest-message.js'

const SN_USER = { username: 'okta.bridge', password: `sn-${randomBytes(12).toString('hex')}` }
const HOOK_SECRET = `hook-${randomBytes(24).toString('hex')}`
const APPROVER = 'owner.one'
const silent = new Writable({ write: (_chunk, _encoding, done) => done() })

let org: OktaOrg
let servicenow: ServiceNowSandbox
let admin: ConnectedClient
let records: BuiltRecord[]
let bridge: RunningBridge

beforeAll(async () => {
  await ensureBuilt()
  records = builtRecords()
  org = await startOktaOrg({ groups: ['Engineering', 'Sales'], apps: ['Slack', 'GitHub'] })
  org.sandbox.hooks.configure({ batchMs: 10, retryDelayMs: 10 })
  servicenow = await startServiceNowSandbox({ users: [SN_USER] })
  ;({ client: admin } = await connectServiceApp(org.sandbox.url))
}, 120_000)

afterEach(async () => {
  await bridge?.stop(1_000)
  org.sandbox.hooks.reset()
  servicenow.reset()
})

afterAll(async () => {
  await servicenow?.stop()
  await org?.stop()
})

/** Starts the bridge on the org and the ServiceNow sandbox, and registers its event hook as an admin would. */
async function startWithHook(): Promise<void> {
  bridge = await startBridge(
    {
      ...org.env,
      SERVICENOW_URL: servicenow.url,
      SERVICENOW_USER: SN_USER.username,
      SERVICENOW_PASSWORD: SN_USER.password,
      OKTA_EVENT_HOOK_SECRET: HOOK_SECRET,
    },
    { logDestination: silent, print: () => undefined, outboxPollMs: 20 },
  )
  await registerUserCreatedHook(admin, `${bridge.url}/hooks/okta/events`, HOOK_SECRET)
}

/** An Okta admin creates a STAGED user in Sales; answers the incident the bridge opened for it. */
async function incidentForNewOktaUser(): Promise<{ userId: string; login: string; row: SnRecord }> {
  const login = `robin.${randomBytes(3).toString('hex')}@example.com`
  const res = await admin.request('POST', '/api/v1/users?activate=false', {
    profile: { login, email: login, firstName: 'Robin', lastName: 'Ortiz', department: 'Sales' },
  })
  expect(res.status).toBe(200)
  const { id } = (await res.json()) as { id: string }
  await org.sandbox.hooks.drain()
  await bridge.eventProcessor.settled()
  const rows = servicenow.tables.rows('incident').filter((r) => r.correlation_id === `okta-onboarding:${id}`)
  expect(rows).toHaveLength(1)
  return { userId: id, login, row: rows[0]! }
}

/** The incident as the Glide shell reads it (`getValue` strings). */
function asIncident(row: SnRecord): OnboardingIncident {
  return {
    number: row.number ?? '',
    sysId: row.sys_id ?? '',
    active: row.active ?? '',
    state: row.state ?? '',
    category: row.category ?? '',
    subcategory: row.subcategory ?? '',
    correlationId: row.correlation_id ?? '',
    description: row.description ?? '',
    callerUserName: '',
  }
}

/** Birthright rules: Sales gets the Sales group and Slack; Engineering (not this user) gets more. */
function rules(): BirthrightRule[] {
  const group = (name: string) => org.groups.find((g) => g.name === name)!.id
  const app = (label: string) => org.apps.find((a) => a.label === label)!.id
  return [
    { department: 'Sales', groups: [group('Sales')], apps: [app('Slack')] },
    { department: 'Engineering', groups: [group('Engineering')], apps: [app('GitHub')] },
  ]
}

/** What the UI action does before calling: the decision record, then the incident to In Progress. */
function recordOnInstance(
  prepared: PreparedDecision,
  override: Partial<ReturnType<typeof decisionRecord>> = {},
) {
  servicenow.tables.insert(
    ONBOARDING.decisionTable,
    { ...decisionRecord(prepared, '2026-11-23 10:00:00'), ...override },
    APPROVER,
  )
  servicenow.tables.update(
    'incident',
    prepared.call.request.ticket.sysId,
    { state: INCIDENT_STATES.inProgress },
    APPROVER,
  )
}

/** Sends the call as the instance does: rendered from the built function, the client token added by the shell. */
async function send(prepared: PreparedDecision) {
  const settings = parseSettings({ baseUrl: bridge.url, timeoutSeconds: '30', planOnly: 'false' })
  const rendered = renderCall(prepared.call, settings, {
    dryRun: false,
    idempotencyKey: prepared.idempotencyKey,
  })
  const request = renderFunction(records, rendered.restMessage, rendered.functionName, rendered.variables)
  expect(request.url).toBe(`${bridge.url}/api/flo/onboarding-decision/invoke?dryRun=false`)
  expect(request.headers['Idempotency-Key']).toBe(prepared.idempotencyKey)
  const res = await fetch(request.url, {
    method: request.method,
    headers: { ...request.headers, [CLIENT_TOKEN_HEADER]: org.token },
    body: request.body,
  })
  return decisionOutcome(prepared, interpretAnswer({ status: res.status, body: await res.text() }))
}

/** Decides the incident as the UI action does. */
function decide(row: SnRecord, decision: Decision, comment = '') {
  return prepareDecision({
    incident: asIncident(row),
    decision,
    decidedBy: APPROVER,
    comment,
    rules: decision === 'approved' ? rules() : [],
  })
}

/** Lets the bridge's outbox deliver until the incident is resolved (bounded). */
async function resolved(sysId: string): Promise<SnRecord> {
  for (
    let i = 0;
    i < 300 && servicenow.tables.get('incident', sysId)?.state !== INCIDENT_STATES.resolved;
    i++
  ) {
    await bridge.outboxDispatcher.tick()
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
  return servicenow.tables.get('incident', sysId)!
}

describe('the onboarding UI actions against the bridge', () => {
  it('approval: the incident the bridge opened parses, the department’s birthright access is assigned, the user activated and the incident closed', async () => {
    await startWithHook()
    const { userId, login, row } = await incidentForNewOktaUser()
    expect(row.state).toBe(INCIDENT_STATES.new)
    const prepared = decide(row, 'approved', 'Welcome')
    expect(prepared.user).toMatchObject({ oktaUserId: userId, login, department: 'Sales' })
    recordOnInstance(prepared)

    const outcome = await send(prepared)
    expect(outcome.level, outcome.message).toBe('info')
    expect(outcome.state).toBeUndefined()
    expect(outcome.message).toContain(`Okta onboarding approved for ${login}`)
    const sales = rules()[0]!
    expect(stateOf(org, userId)).toMatchObject({
      status: 'PROVISIONED',
      groups: [...sales.groups],
      apps: [...sales.apps],
    })
    const closed = await resolved(row.sys_id!)
    expect(closed.state).toBe(INCIDENT_STATES.resolved)
    expect(closed.close_notes).toContain(`Onboarding approved by ${APPROVER}`)
  })

  it('rejection: no groups or apps, the user deactivated', async () => {
    await startWithHook()
    const { userId, row } = await incidentForNewOktaUser()
    const prepared = decide(row, 'rejected', 'Nobody knows this person')
    recordOnInstance(prepared)
    const outcome = await send(prepared)
    expect(outcome.level, outcome.message).toBe('info')
    expect(stateOf(org, userId)).toMatchObject({ status: 'DEPROVISIONED', groups: [], apps: [] })
  })

  it('a decision record that disagrees with the call: refused as incident-mismatch, back to New, nothing in Okta', async () => {
    await startWithHook()
    const { userId, row } = await incidentForNewOktaUser()
    const prepared = decide(row, 'approved')
    // The record says someone else decided: the bridge must not trust the call's approver.
    recordOnInstance(prepared, { decided_by: 'someone.else' })
    const outcome = await send(prepared)
    expect(outcome.level).toBe('error')
    expect(outcome.state).toBe(INCIDENT_STATES.new)
    expect(outcome.message).toContain('(incident-mismatch)')
    expect(outcome.workNote).toContain('FAILED (incident-mismatch, HTTP 409)')
    expect(stateOf(org, userId)).toMatchObject({ status: 'STAGED', groups: [], apps: [] })
  })
})
