/**
 * Okta event hooks over HTTP: the `/api/v1/eventHooks` API (create, list, get, activate, deactivate,
 * verify, delete), the one-time verification challenge, and deliveries to a real local HTTP endpoint —
 * only to verified active hooks, with the configured auth header, several events per delivery, one retry
 * after a 5xx and none after a 4xx.
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { ConnectedClient } from './auth/test-client.js'
import {
  connectServiceApp,
  control,
  eventsOfRequest,
  type OktaErrorJson,
  profileFor,
  seed,
  sleep,
} from './http-test-support.js'
import { type OktaSandbox, startOktaSandbox } from './index.js'

/** One request the hook endpoint received. */
interface Received {
  method: string
  path: string
  headers: IncomingHttpHeaders
  body: string
}

/**
 * The customer's endpoint. Its behaviour is chosen by path: `/ok/...` echoes the challenge and accepts
 * deliveries, `/wrong/...` echoes the wrong value, `/error500/...` fails the challenge with 500,
 * `/deliver500/...` and `/deliver400/...` verify fine but answer deliveries with 500 or 400.
 */
function startEndpoint(): Promise<{ server: Server; url: string; received: Received[] }> {
  const received: Received[] = []
  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      const path = req.url ?? '/'
      received.push({
        method: req.method ?? '',
        path,
        headers: req.headers,
        body: Buffer.concat(chunks).toString(),
      })
      const challenge = req.headers['x-okta-verification-challenge']
      if (req.method === 'GET' && typeof challenge === 'string') {
        if (path.startsWith('/error500/')) return void res.writeHead(500).end()
        const verification = path.startsWith('/wrong/') ? `not-${challenge}` : challenge
        res.writeHead(200, { 'Content-Type': 'application/json' })
        return void res.end(JSON.stringify({ verification }))
      }
      if (path.startsWith('/deliver500/')) return void res.writeHead(500).end()
      if (path.startsWith('/deliver400/')) return void res.writeHead(400).end()
      res.writeHead(204).end()
    })
  })
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo
      resolve({ server, url: `http://127.0.0.1:${port}`, received })
    })
  })
}

/** An event hook as the API returns it (the members the tests read). */
interface HookJson {
  id: string
  name: string
  status: 'ACTIVE' | 'INACTIVE'
  verificationStatus: 'UNVERIFIED' | 'VERIFIED'
  events: { type: string; items: string[] }
  channel: { type: string; config: { uri: string; authScheme: unknown; headers: unknown } }
}

/** An event hook delivery body. */
interface Delivery {
  eventType: string
  eventTypeVersion: string
  cloudEventsVersion: string
  contentType: string
  eventId: string
  eventTime: string
  source: string
  data: {
    events: {
      uuid: string
      eventType: string
      published: string
      actor: unknown
      target: { id: string; type: string }[]
      outcome: unknown
      displayMessage: string
      client: unknown
      debugContext: unknown
      transaction: { id: string }
    }[]
  }
}

const SUBSCRIBED = ['user.lifecycle.create', 'group.user_membership.add']

let sandbox: OktaSandbox
let client: ConnectedClient
let endpoint: { server: Server; url: string; received: Received[] }
/** The auth header value: unique, so finding it in an API answer can only mean it leaked. */
const secret = `secret-${Math.random().toString(36).slice(2)}`

beforeAll(async () => {
  sandbox = await startOktaSandbox()
  endpoint = await startEndpoint()
})

afterAll(async () => {
  await sandbox?.stop()
  await new Promise((resolve) => endpoint?.server.close(resolve))
})

beforeEach(async () => {
  expect((await control(sandbox.url, 'POST', '/__sandbox/reset')).status).toBe(200)
  const answer = await control(sandbox.url, 'PUT', '/__sandbox/config', {
    eventHooks: { batchMs: 100, retryDelayMs: 50 },
  })
  expect(answer.status).toBe(200)
  ;({ client } = await connectServiceApp(sandbox.url))
  endpoint.received.length = 0
})

/** A unique path under `behaviour` (see {@link startEndpoint}), so each hook's traffic can be told apart. */
function hookPath(behaviour: string): string {
  return `/${behaviour}/${Math.random().toString(36).slice(2)}`
}

function hookBody(path: string, eventTypes = SUBSCRIBED): Record<string, unknown> {
  return {
    name: `Hook ${path}`,
    events: { type: 'EVENT_TYPE', items: eventTypes },
    channel: {
      type: 'HTTP',
      version: '1.0.0',
      config: {
        uri: `${endpoint.url}${path}`,
        headers: [{ key: 'X-Other-Header', value: 'other' }],
        authScheme: { type: 'HEADER', key: 'Authorization', value: secret },
      },
    },
  }
}

async function createHook(path: string, eventTypes = SUBSCRIBED): Promise<HookJson> {
  const res = await client.request('POST', '/api/v1/eventHooks', hookBody(path, eventTypes))
  const text = await res.text()
  expect(res.status, text).toBe(200)
  expect(text).not.toContain(secret)
  return JSON.parse(text) as HookJson
}

async function hookCall(method: string, path: string): Promise<{ status: number; text: string }> {
  const res = await client.request(method, path)
  return { status: res.status, text: await res.text() }
}

async function verifiedHook(path: string, eventTypes = SUBSCRIBED): Promise<HookJson> {
  const hook = await createHook(path, eventTypes)
  const verified = await hookCall('POST', `/api/v1/eventHooks/${hook.id}/lifecycle/verify`)
  expect(verified.status, verified.text).toBe(200)
  return JSON.parse(verified.text) as HookJson
}

/** The deliveries (POSTs) the endpoint received on `path`, bodies parsed. */
function deliveriesTo(path: string): { headers: IncomingHttpHeaders; body: Delivery }[] {
  return endpoint.received
    .filter((r) => r.method === 'POST' && r.path === path)
    .map((r) => ({ headers: r.headers, body: JSON.parse(r.body) as Delivery }))
}

describe('the event hook API', () => {
  it('creates, lists, gets, deactivates, activates and deletes hooks, never showing the auth value', async () => {
    const path = hookPath('ok')
    const hook = await createHook(path)
    expect(hook).toMatchObject({
      name: `Hook ${path}`,
      status: 'ACTIVE',
      verificationStatus: 'UNVERIFIED',
      events: { type: 'EVENT_TYPE', items: SUBSCRIBED },
      channel: {
        type: 'HTTP',
        config: {
          uri: `${endpoint.url}${path}`,
          headers: [{ key: 'X-Other-Header', value: 'other' }],
          authScheme: { type: 'HEADER', key: 'Authorization' },
        },
      },
    })
    expect(hook.id).toMatch(/^who/)

    const list = await hookCall('GET', '/api/v1/eventHooks')
    expect(list.status).toBe(200)
    expect(list.text).not.toContain(secret)
    expect((JSON.parse(list.text) as HookJson[]).map((h) => h.id)).toEqual([hook.id])

    const got = await hookCall('GET', `/api/v1/eventHooks/${hook.id}`)
    expect(got.status).toBe(200)
    expect(got.text).not.toContain(secret)
    expect(JSON.parse(got.text)).toEqual(hook)

    // Only an INACTIVE hook may be deleted.
    const refused = await hookCall('DELETE', `/api/v1/eventHooks/${hook.id}`)
    expect(refused.status).toBe(403)
    expect((await hookCall('GET', `/api/v1/eventHooks/${hook.id}`)).status).toBe(200)

    const deactivated = await hookCall('POST', `/api/v1/eventHooks/${hook.id}/lifecycle/deactivate`)
    expect(deactivated.status).toBe(200)
    expect(deactivated.text).not.toContain(secret)
    expect(JSON.parse(deactivated.text)).toMatchObject({ id: hook.id, status: 'INACTIVE' })
    const reactivated = await hookCall('POST', `/api/v1/eventHooks/${hook.id}/lifecycle/activate`)
    expect(JSON.parse(reactivated.text)).toMatchObject({ id: hook.id, status: 'ACTIVE' })
    expect((await hookCall('POST', `/api/v1/eventHooks/${hook.id}/lifecycle/deactivate`)).status).toBe(200)

    const deleted = await client.request('DELETE', `/api/v1/eventHooks/${hook.id}`)
    expect(deleted.status).toBe(204)
    const gone = await client.request('GET', `/api/v1/eventHooks/${hook.id}`)
    expect(gone.status).toBe(404)
    expect(((await gone.json()) as OktaErrorJson).errorCode).toBe('E0000007')
    expect(JSON.parse((await hookCall('GET', '/api/v1/eventHooks')).text)).toEqual([])
  })

  it('needs the okta.eventHooks.manage scope', async () => {
    const { client: reader } = await connectServiceApp(sandbox.url, ['okta.users.read'])
    const res = await reader.request('GET', '/api/v1/eventHooks')
    expect(res.status).toBe(403)
    expect(((await res.json()) as OktaErrorJson).errorCode).toBe('E0000006')
  })

  it('rejects a hook without events or with a bad URI', async () => {
    const noEvents = { ...hookBody(hookPath('ok')), events: { type: 'EVENT_TYPE', items: [] } }
    const badUri = hookBody(hookPath('ok'))
    ;(badUri.channel as { config: { uri: string } }).config.uri = 'not a uri'
    for (const body of [noEvents, badUri]) {
      const res = await client.request('POST', '/api/v1/eventHooks', body)
      expect(res.status).toBe(400)
      expect(((await res.json()) as OktaErrorJson).errorCode).toBe('E0000001')
    }
    expect(JSON.parse((await hookCall('GET', '/api/v1/eventHooks')).text)).toEqual([])
  })
})

describe('verification', () => {
  it('sends a GET with X-Okta-Verification-Challenge and marks the hook VERIFIED when it is echoed', async () => {
    const path = hookPath('ok')
    const hook = await createHook(path)
    const verified = await hookCall('POST', `/api/v1/eventHooks/${hook.id}/lifecycle/verify`)
    expect(verified.status, verified.text).toBe(200)
    expect(verified.text).not.toContain(secret)
    expect(JSON.parse(verified.text)).toMatchObject({
      id: hook.id,
      status: 'ACTIVE',
      verificationStatus: 'VERIFIED',
    })

    const challenges = endpoint.received.filter((r) => r.path === path)
    expect(challenges).toHaveLength(1)
    expect(challenges[0]!.method).toBe('GET')
    expect(challenges[0]!.headers['x-okta-verification-challenge']).toEqual(expect.any(String))
    expect(challenges[0]!.headers['x-okta-verification-challenge']).not.toBe('')
    const reread = JSON.parse((await hookCall('GET', `/api/v1/eventHooks/${hook.id}`)).text) as HookJson
    expect(reread.verificationStatus).toBe('VERIFIED')
  })

  it('fails with 400 when the endpoint answers the wrong value, and the hook stays UNVERIFIED', async () => {
    const path = hookPath('wrong')
    const hook = await createHook(path)
    const res = await client.request('POST', `/api/v1/eventHooks/${hook.id}/lifecycle/verify`)
    expect(res.status).toBe(400)
    expect(((await res.json()) as OktaErrorJson).errorCode).toBe('E0000001')
    // A wrong value is an answer, not an error: no retry.
    expect(endpoint.received.filter((r) => r.path === path)).toHaveLength(1)
    const reread = JSON.parse((await hookCall('GET', `/api/v1/eventHooks/${hook.id}`)).text) as HookJson
    expect(reread.verificationStatus).toBe('UNVERIFIED')
  })

  it('retries once after an error response, then fails with 400', async () => {
    const path = hookPath('error500')
    const hook = await createHook(path)
    const res = await client.request('POST', `/api/v1/eventHooks/${hook.id}/lifecycle/verify`)
    expect(res.status).toBe(400)
    expect(endpoint.received.filter((r) => r.path === path).map((r) => r.method)).toEqual(['GET', 'GET'])
    const reread = JSON.parse((await hookCall('GET', `/api/v1/eventHooks/${hook.id}`)).text) as HookJson
    expect(reread.verificationStatus).toBe('UNVERIFIED')
  })
})

describe('deliveries', () => {
  it('go only to hooks that are both ACTIVE and VERIFIED', async () => {
    const unverified = hookPath('ok')
    await createHook(unverified)
    const inactive = hookPath('ok')
    const inactiveHook = await verifiedHook(inactive)
    expect(
      (await hookCall('POST', `/api/v1/eventHooks/${inactiveHook.id}/lifecycle/deactivate`)).status,
    ).toBe(200)
    // A verified active hook alongside proves the event really was delivered somewhere.
    const live = hookPath('ok')
    await verifiedHook(live)

    expect(
      (await client.request('POST', '/api/v1/users?activate=false', { profile: profileFor('quiet') })).status,
    ).toBe(200)
    await sandbox.hooks.drain()

    expect(deliveriesTo(live)).toHaveLength(1)
    expect(deliveriesTo(unverified)).toEqual([])
    expect(deliveriesTo(inactive)).toEqual([])
  })

  it('POST the subscribed events with the configured headers, several events in one delivery', async () => {
    const path = hookPath('ok')
    await verifiedHook(path)
    const [group] = (await seed(sandbox.url, { groups: [{ profile: { name: 'Delivered' } }] })).groups

    // One call, two subscribed events: the user's creation and its group membership.
    const created = await client.request('POST', '/api/v1/users?activate=false', {
      profile: profileFor('hooked'),
      groupIds: [group!.id],
    })
    expect(created.status).toBe(200)
    const user = (await created.json()) as { id: string }
    const requestId = created.headers.get('x-okta-request-id')!
    await sandbox.hooks.drain()

    const deliveries = deliveriesTo(path)
    expect(deliveries).toHaveLength(1)
    const { headers, body } = deliveries[0]!
    expect(headers.authorization).toBe(secret)
    expect(headers['x-other-header']).toBe('other')
    expect(headers['content-type']).toMatch(/^application\/json/)
    expect(body).toMatchObject({
      eventType: 'com.okta.event_hook',
      eventTypeVersion: '1.0',
      cloudEventsVersion: '0.1',
      contentType: 'application/json',
      eventId: expect.any(String),
      eventTime: expect.any(String),
    })
    expect(body.data.events.map((e) => e.eventType)).toEqual(SUBSCRIBED)
    for (const event of body.data.events) {
      expect(event).toMatchObject({
        uuid: expect.any(String),
        published: expect.any(String),
        displayMessage: expect.any(String),
        actor: expect.any(Object),
        outcome: expect.any(Object),
        client: expect.any(Object),
        debugContext: expect.any(Object),
        transaction: { id: requestId },
      })
      expect(event.target).toContainEqual(expect.objectContaining({ id: user.id, type: 'User' }))
    }
    // The delivered events are the System Log's own (same uuids), so a receiver can de-duplicate on them.
    const logged = await eventsOfRequest(client, requestId)
    const loggedUuids = logged.filter((e) => SUBSCRIBED.includes(e.eventType)).map((e) => e.uuid)
    expect(body.data.events.map((e) => e.uuid)).toEqual(loggedUuids)

    // Events the hook did not subscribe to are not delivered.
    expect(
      (await client.request('POST', `/api/v1/users/${user.id}/lifecycle/activate?sendEmail=false`)).status,
    ).toBe(200)
    await sandbox.hooks.drain()
    expect(deliveriesTo(path)).toHaveLength(1)
  })

  it('gather events of separate calls made close together into one delivery', async () => {
    // A generous batch window, so two concurrent calls land in one batch even on a slow machine.
    await control(sandbox.url, 'PUT', '/__sandbox/config', { eventHooks: { batchMs: 2000 } })
    const path = hookPath('ok')
    await verifiedHook(path, ['group.user_membership.add'])
    const created = await seed(sandbox.url, {
      groups: [{ profile: { name: 'Batched' } }],
      users: [{ profile: profileFor('one') }, { profile: profileFor('two') }],
    })
    const groupId = created.groups[0]!.id
    const answers = await Promise.all(
      created.users.map((user) => client.request('PUT', `/api/v1/groups/${groupId}/users/${user.id}`)),
    )
    expect(answers.map((a) => a.status)).toEqual([204, 204])
    // Wait for the batch window to close on its own rather than forcing it with drain().
    for (let waited = 0; deliveriesTo(path).length === 0 && waited < 10_000; waited += 50) await sleep(50)

    const deliveries = deliveriesTo(path)
    expect(deliveries).toHaveLength(1)
    const events = deliveries[0]!.body.data.events
    expect(events.map((e) => e.eventType)).toEqual(['group.user_membership.add', 'group.user_membership.add'])
    expect(new Set(events.map((e) => e.transaction.id))).toEqual(
      new Set(answers.map((a) => a.headers.get('x-okta-request-id'))),
    )
  })

  it('retry exactly once when the endpoint answers 500', async () => {
    const path = hookPath('deliver500')
    const hook = await verifiedHook(path)
    expect(
      (await client.request('POST', '/api/v1/users?activate=false', { profile: profileFor('retry') })).status,
    ).toBe(200)
    await sandbox.hooks.drain()
    await sleep(300)

    const deliveries = deliveriesTo(path)
    expect(deliveries).toHaveLength(2)
    // The retry is the same delivery again.
    expect(deliveries[1]!.body).toEqual(deliveries[0]!.body)
    const attempts = (
      await control<{ hookId: string; attempt: number; status: unknown }[]>(
        sandbox.url,
        'GET',
        '/__sandbox/event-hook-deliveries',
      )
    ).body.filter((a) => a.hookId === hook.id)
    expect(attempts.map((a) => [a.attempt, a.status])).toEqual([
      [1, 500],
      [2, 500],
    ])
  })

  it('do not retry when the endpoint answers 4xx', async () => {
    const path = hookPath('deliver400')
    await verifiedHook(path)
    expect(
      (await client.request('POST', '/api/v1/users?activate=false', { profile: profileFor('noretry') }))
        .status,
    ).toBe(200)
    await sandbox.hooks.drain()
    await sleep(300)
    expect(deliveriesTo(path)).toHaveLength(1)
  })
})
