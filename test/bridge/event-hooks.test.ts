/**
 * The Okta event hook receiver over HTTP (`/hooks/okta/events`) on a running bridge: the verification
 * challenge, the header secret (401 and nothing stored), bad bodies (400, nothing stored), de-duplication on
 * the event uuid (a duplicate delivery and a replayed event open one incident), several events in one
 * delivery, unknown event types acknowledged and ignored, a user the bridge's own joiner created opening no
 * incident, access found at creation removed through an audited execution, and no route without a secret.
 */
import { randomBytes, randomUUID } from 'node:crypto'
import { Writable } from 'node:stream'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { type RunningBridge, startBridge } from '../../dev/start.js'
import type { ConnectedClient } from '../sandboxes/okta/auth/test-client.js'
import { connectServiceApp } from '../sandboxes/okta/http-test-support.js'
import { type ServiceNowSandbox, startServiceNowSandbox } from '../sandboxes/servicenow/index.js'
import { type OktaOrg, startOktaOrg, stateOf } from './support/okta-org.js'

const SN_USER = { username: 'okta.bridge', password: `sn-${randomBytes(12).toString('hex')}` }
const HOOK_SECRET = `hook-${randomBytes(24).toString('hex')}`
const silent = new Writable({ write: (_chunk, _encoding, done) => done() })

let org: OktaOrg
let servicenow: ServiceNowSandbox
let bridge: RunningBridge
let admin: ConnectedClient

beforeAll(async () => {
  org = await startOktaOrg({ groups: ['Engineering'], apps: ['Slack'] })
  org.sandbox.hooks.configure({ batchMs: 10, retryDelayMs: 10 })
  servicenow = await startServiceNowSandbox({ users: [SN_USER] })
  ;({ client: admin } = await connectServiceApp(org.sandbox.url))
  bridge = await startBridge(
    {
      ...org.env,
      SERVICENOW_URL: servicenow.url,
      SERVICENOW_USER: SN_USER.username,
      SERVICENOW_PASSWORD: SN_USER.password,
      OKTA_EVENT_HOOK_SECRET: HOOK_SECRET,
    },
    { logDestination: silent, print: () => undefined },
  )
}, 60_000)

afterEach(() => {
  org.sandbox.hooks.reset()
})

afterAll(async () => {
  await bridge?.stop(1_000)
  await servicenow?.stop()
  await org?.stop()
})

const HOOK_URL = () => `${bridge.url}/hooks/okta/events`

/** A user that exists in Okta (seeded, so no event of its own is delivered). */
function seededUser(name: string): { id: string; login: string } {
  const login = `${name}.${randomBytes(3).toString('hex')}@example.com`
  const [user] = org.sandbox.org.seed({
    users: [{ profile: { login, email: login, firstName: 'Sam', lastName: name } }],
  }).users
  return { id: user!.id, login }
}

/** A `user.lifecycle.create` LogEvent for a user, by an admin of the console. */
function createdEvent(userId: string, uuid = randomUUID()): Record<string, unknown> {
  return {
    uuid,
    published: new Date().toISOString(),
    eventType: 'user.lifecycle.create',
    version: '0',
    severity: 'INFO',
    displayMessage: 'Create okta user',
    actor: { id: '00uadmin', type: 'User', alternateId: 'pat.admin@example.com', displayName: 'Pat Admin' },
    client: { userAgent: { rawUserAgent: 'Mozilla/5.0' } },
    outcome: { result: 'SUCCESS', reason: null },
    target: [{ id: userId, type: 'User', alternateId: 'x', displayName: 'x' }],
    transaction: { type: 'WEB', id: randomUUID(), detail: {} },
    debugContext: { debugData: {} },
  }
}

function delivery(events: Record<string, unknown>[]): Record<string, unknown> {
  return {
    eventType: 'com.okta.event_hook',
    eventTypeVersion: '1.0',
    cloudEventsVersion: '0.1',
    source: 'https://example.okta.com/api/v1/eventHooks/who1',
    eventId: randomUUID(),
    eventTime: new Date().toISOString(),
    contentType: 'application/json',
    data: { events },
  }
}

/** POSTs a delivery; `secret: null` sends no auth header at all. */
async function post(body: unknown, secret: string | null = HOOK_SECRET): Promise<Response> {
  const res = await fetch(HOOK_URL(), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(secret === null ? {} : { authorization: secret }) },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  })
  await bridge.eventProcessor.settled()
  return res
}

function incidentsFor(userId: string) {
  return servicenow.tables
    .rows('incident')
    .filter((row) => row.correlation_id === `okta-onboarding:${userId}`)
}

describe('verification', () => {
  it('echoes the challenge to a caller holding the secret', async () => {
    const res = await fetch(HOOK_URL(), {
      headers: { authorization: HOOK_SECRET, 'x-okta-verification-challenge': 'abc-123' },
    })
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ verification: 'abc-123' })
  })

  it('refuses the challenge without the secret (401) or without a challenge (400)', async () => {
    const anonymous = await fetch(HOOK_URL(), { headers: { 'x-okta-verification-challenge': 'abc' } })
    expect(anonymous.status).toBe(401)
    expect(anonymous.headers.get('content-type')).toMatch(/^application\/problem\+json/)
    const missing = await fetch(HOOK_URL(), { headers: { authorization: HOOK_SECRET } })
    expect(missing.status).toBe(400)
    expect(((await missing.json()) as { code: string }).code).toBe('invalid-input')
  })

  it('is not served when no secret is configured', async () => {
    const plain = await startBridge(
      {
        ...org.env,
        SERVICENOW_URL: servicenow.url,
        SERVICENOW_USER: SN_USER.username,
        SERVICENOW_PASSWORD: SN_USER.password,
      },
      { logDestination: silent, print: () => undefined },
    )
    try {
      const res = await fetch(`${plain.url}/hooks/okta/events`, {
        headers: { 'x-okta-verification-challenge': 'abc' },
      })
      expect(res.status).toBe(404)
    } finally {
      await plain.stop(1_000)
    }
  })
})

describe('deliveries', () => {
  it('refuses a wrong or missing secret with 401 and stores nothing', async () => {
    const user = seededUser('wrongsecret')
    const event = createdEvent(user.id)
    for (const secret of [null, '', 'not-the-secret', `${HOOK_SECRET}x`, `Bearer ${HOOK_SECRET}`]) {
      const res = await post(delivery([event]), secret)
      expect(res.status).toBe(401)
      expect(((await res.json()) as { code: string }).code).toBe('unauthenticated')
    }
    expect(await bridge.eventInbox.get(event.uuid as string)).toBeUndefined()
    expect(incidentsFor(user.id)).toEqual([])
  })

  it('refuses bodies that are not deliveries with 400 and stores nothing', async () => {
    const user = seededUser('badbody')
    const event = createdEvent(user.id)
    const bodies: unknown[] = [
      '{not json',
      { ...delivery([event]), eventType: 'something.else' },
      { ...delivery([event]), data: { events: [] } },
      delivery([{ ...event, uuid: undefined }]),
      delivery([{ ...event, eventType: 'Not A Type' }]),
    ]
    for (const body of bodies) {
      const res = await post(body)
      expect(res.status, JSON.stringify(body)).toBe(400)
    }
    expect(await bridge.eventInbox.get(event.uuid as string)).toBeUndefined()
    expect(incidentsFor(user.id)).toEqual([])
  })

  it('opens one incident for duplicate deliveries, a replayed event and a second event naming the user', async () => {
    const user = seededUser('duplicate')
    const event = createdEvent(user.id)
    const first = await post(delivery([event]))
    expect(first.status).toBe(200)
    expect(await first.json()).toEqual({ received: 1, stored: 1 })
    // The same delivery again (Okta's retry), the event replayed in another delivery, and another event
    // (another uuid) about the same user.
    const again = await post(delivery([event]))
    expect(await again.json()).toEqual({ received: 1, stored: 0 })
    await post(delivery([event, createdEvent(user.id)]))

    expect(incidentsFor(user.id)).toHaveLength(1)
    expect(await bridge.eventInbox.get(event.uuid as string)).toMatchObject({
      status: 'processed',
      outcome: `incident ${incidentsFor(user.id)[0]!.number} opened`,
    })
  })

  it('handles several events in one delivery, ignoring types it does not handle', async () => {
    const one = seededUser('batchone')
    const two = seededUser('batchtwo')
    const otherUuid = randomUUID()
    const other = { ...createdEvent(one.id, otherUuid), eventType: 'user.session.start' }
    const res = await post(delivery([createdEvent(one.id), other, createdEvent(two.id)]))
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ received: 3, stored: 3 })
    expect(incidentsFor(one.id)).toHaveLength(1)
    expect(incidentsFor(two.id)).toHaveLength(1)
    expect(await bridge.eventInbox.get(otherUuid)).toMatchObject({
      status: 'ignored',
      outcome: 'event type user.session.start is not handled',
    })
  })

  it('keeps an event pending while ServiceNow is down and opens the incident once it is back', async () => {
    const user = seededUser('retry')
    const event = createdEvent(user.id)
    servicenow.configure({ faults: { statuses: [503], rate: 1 } })
    const res = await post(delivery([event]))
    servicenow.configure({ faults: null })
    // Acknowledged: the delivery is safe in the inbox even though ServiceNow did not answer.
    expect(res.status).toBe(200)
    const pending = await bridge.eventInbox.get(event.uuid as string)
    expect(pending).toMatchObject({ status: 'pending', attempts: 1 })
    expect(pending?.lastError).toMatch(/ServiceNow/)
    expect(incidentsFor(user.id)).toEqual([])
    // Processing the due event (its retry time is reached: a round at that time takes it).
    await bridge.eventInbox.retryLater(event.uuid as string, 'test: due now', new Date(0).toISOString())
    await bridge.eventProcessor.tick()
    expect(incidentsFor(user.id)).toHaveLength(1)
    expect((await bridge.eventInbox.get(event.uuid as string))?.status).toBe('processed')
  })
})

describe('through a real Okta event hook', () => {
  async function registerHook(): Promise<void> {
    const created = await admin.request('POST', '/api/v1/eventHooks', {
      name: 'bridge',
      events: { type: 'EVENT_TYPE', items: ['user.lifecycle.create'] },
      channel: {
        type: 'HTTP',
        version: '1.0.0',
        config: { uri: HOOK_URL(), authScheme: { type: 'HEADER', key: 'Authorization', value: HOOK_SECRET } },
      },
    })
    const hook = (await created.json()) as { id: string }
    expect((await admin.request('POST', `/api/v1/eventHooks/${hook.id}/lifecycle/verify`)).status).toBe(200)
  }

  it("opens no incident for a user the bridge's own joiner created", async () => {
    await registerHook()
    const login = `joined.${randomBytes(3).toString('hex')}@example.com`
    const res = await fetch(`${bridge.url}/api/flo/joiner/invoke`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-client-token': org.token },
      body: JSON.stringify({
        ticket: { number: 'RITM0012345', requestedBy: 'hr.bot' },
        profile: { login, email: login, firstName: 'Jo', lastName: 'Joiner' },
      }),
    })
    expect(res.status).toBe(200)
    const { output } = (await res.json()) as { output: { userId: string } }
    await org.sandbox.hooks.drain()
    await bridge.eventProcessor.settled()
    const delivered = org.sandbox.hooks.attempts.flatMap((a) => a.eventIds)
    expect(delivered).toHaveLength(1)
    expect(await bridge.eventInbox.get(delivered[0]!)).toMatchObject({
      status: 'ignored',
      outcome: 'created by the bridge (a joiner, which has its own ticket)',
    })
    expect(incidentsFor(output.userId)).toEqual([])
    expect(await bridge.onboardings.byUser(output.userId)).toBeUndefined()
  })

  it('removes manageable access a user was created with, through an audited execution on the incident', async () => {
    await registerHook()
    const login = `grouped.${randomBytes(3).toString('hex')}@example.com`
    const group = org.groups[0]!.id
    const created = await admin.request('POST', '/api/v1/users?activate=false', {
      profile: { login, email: login, firstName: 'Gus', lastName: 'Grouped' },
      groupIds: [group],
    })
    const user = (await created.json()) as { id: string }
    expect(stateOf(org, user.id).groups).toEqual([group])
    await org.sandbox.hooks.drain()
    await bridge.eventProcessor.settled()
    await bridge.executions.drain()

    const [incident] = incidentsFor(user.id)
    expect(incident?.description).toContain(
      `Access found at creation, being removed until approval: groups ${group}`,
    )
    expect(stateOf(org, user.id).groups).toEqual([])
    const audit = await bridge.store.audit({ ticket: incident!.number! })
    expect(audit.map((entry) => [entry.operation, entry.target.groupId, entry.caller])).toEqual([
      ['removeGroupMember', group, 'system:event-processor'],
    ])
  })

  it('ensures the hold on a retry when it failed after the incident was recorded, and only while undecided', async () => {
    await registerHook()
    const login = `held.${randomBytes(3).toString('hex')}@example.com`
    const group = org.groups[0]!.id
    // The first attempt records the incident, then fails to start the removal.
    const submit = bridge.executions.submit.bind(bridge.executions)
    bridge.executions.submit = async () => {
      bridge.executions.submit = submit
      throw new Error('database is locked')
    }
    const created = await admin.request('POST', '/api/v1/users?activate=false', {
      profile: { login, email: login, firstName: 'Hal', lastName: 'Held' },
      groupIds: [group],
    })
    const user = (await created.json()) as { id: string }
    await org.sandbox.hooks.drain()
    await bridge.eventProcessor.settled()
    const [uuid] = org.sandbox.hooks.attempts.flatMap((a) => a.eventIds).slice(-1)
    expect(await bridge.eventInbox.get(uuid!)).toMatchObject({ status: 'pending', attempts: 1 })
    expect(await bridge.onboardings.byUser(user.id)).toMatchObject({ decision: null })
    expect(stateOf(org, user.id).groups).toEqual([group])

    // The retry finds the incident recorded and still makes the hold.
    await bridge.eventInbox.retryLater(uuid!, 'test: due now', new Date(0).toISOString())
    await bridge.eventProcessor.tick()
    await bridge.executions.drain()
    expect(stateOf(org, user.id).groups).toEqual([])
    expect(incidentsFor(user.id)).toHaveLength(1)
    expect((await bridge.eventInbox.get(uuid!))?.status).toBe('processed')
  })
})
