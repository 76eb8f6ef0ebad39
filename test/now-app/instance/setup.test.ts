/**
 * The "Okta bridge setup" page through the instance stand-in: its widget's built server script, run as the
 * admin who presses Test connection, calls the running sandbox-mode bridge's `GET /api/whoami` through the
 * app's Connection & Credential alias (sn_cc.ConnectionInfoProvider → RESTMessageV2) and answers in plain
 * words — reachable with the caller and its flows, a wrong credential, an unreachable URL, a MID Server, a
 * half-configured alias. That every catalog item works through the alias is the other stand-in tests' proof
 * (their world configures only the alias).
 */
import { randomBytes } from 'node:crypto'
import { createServer } from 'node:net'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { BRIDGE_FLOWS } from '../../../now-app/server/bridge/api.ts'
import type { ConnectionTest, SetupStep } from '../../../now-app/server/bridge/connection.ts'
import { TOKEN } from '../../bridge/support/flows-harness.ts'
import { bridgeConnection, configureConnection, PEOPLE, startWorld, type World } from './support.ts'

const WIDGET = 'x_okta_jml_bridge_setup'
/** A second client token the bridge accepts for the JML flows only. */
const LIMITED = randomBytes(32).toString('base64url')
const JML_ONLY = ['joiner', 'mover', 'leaver']

let world: World
let credential: string

/** The admin opens the setup page and presses Test connection. */
async function testConnection(user: string = PEOPLE.admin) {
  const data = (await world.instance.widget(WIDGET, user, { action: 'test' })).value as {
    allowed: boolean
    test?: ConnectionTest
    steps: SetupStep[]
  }
  return data
}

/** A port nothing listens on: bound, then released. */
async function closedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as { port: number }
  await new Promise<void>((resolve) => server.close(() => resolve()))
  return port
}

beforeAll(async () => {
  world = await startWorld({
    env: {
      BRIDGE_CLIENT_TOKENS: JSON.stringify([
        { name: 'servicenow', token: TOKEN },
        { name: 'servicenow-jml-only', token: LIMITED, flows: JML_ONLY },
      ]),
    },
  })
  credential = bridgeConnection(world.instance).credential!
}, 600_000)

afterAll(async () => {
  await world?.stop()
})

beforeEach(() => {
  // Each test starts from the configured alias: the right URL and credential, no MID Server.
  world.instance.db.update('api_key_credentials', credential, { api_key: TOKEN }, 'admin')
  configureConnection(world.instance, {
    connection_url: world.bridge.bridge.url,
    credential,
    use_mid: 'false',
    mid_server: '',
  })
})

describe('Okta bridge setup: Test connection', () => {
  it('reachable with the right credential: names the caller and the flows it may invoke', async () => {
    const before = world.instance.requests.length
    const { allowed, test, steps } = await testConnection()
    expect(allowed).toBe(true)
    expect(test).toMatchObject({
      ok: true,
      outcome: 'connected',
      url: world.bridge.bridge.url,
      caller: 'servicenow',
      missing: [],
    })
    for (const flow of BRIDGE_FLOWS) expect(test!.permissions).toContain(flow)
    expect(test!.message).toContain(`Connected to the bridge at ${world.bridge.bridge.url}.`)
    expect(test!.message).toContain('The credential authenticates as "servicenow".')
    expect(test!.message).toContain('That covers every flow the app calls.')
    expect(test!.message).not.toContain(TOKEN)
    // One call, to whoami, directly.
    expect(world.instance.requests.slice(before)).toEqual([
      { method: 'GET', url: `${world.bridge.bridge.url}/api/whoami` },
    ])
    // The first step is checked against the alias, and shows no secret.
    expect(steps.map((s) => s.title)).toEqual([
      '1. Connection and credential',
      '2. Test connection',
      '3. Okta catalog sync',
      '4. Roles to assign',
      '5. Run the ATF suite',
    ])
    expect(steps[0]).toMatchObject({ done: true })
    expect(steps[0]!.text).toContain(`Now: ${world.bridge.bridge.url}, an API Key credential`)
    expect(JSON.stringify(steps)).not.toContain(TOKEN)
  })

  it('a credential limited to some flows: names the flows the app calls that it may not invoke', async () => {
    world.instance.db.update('api_key_credentials', credential, { api_key: LIMITED }, 'admin')
    const { test } = await testConnection()
    expect(test).toMatchObject({ ok: true, caller: 'servicenow-jml-only', permissions: JML_ONLY })
    expect(test!.missing).toEqual(BRIDGE_FLOWS.filter((f) => !JML_ONLY.includes(f)))
    expect(test!.message).toContain('It may use: joiner, mover, leaver.')
    expect(test!.message).toContain('It may not invoke rehire, reset-password')
    expect(test!.message).toContain('jml.grant-access')
  })

  it('a wrong credential: reachable, but the credential is refused (401) — in plain words', async () => {
    const wrong = randomBytes(32).toString('base64url')
    world.instance.db.update('api_key_credentials', credential, { api_key: wrong }, 'admin')
    const { test } = await testConnection()
    expect(test).toMatchObject({ ok: false, outcome: 'unauthenticated', caller: '', permissions: [] })
    expect(test!.message).toContain(
      `The bridge at ${world.bridge.bridge.url} is reachable but refused the credential`,
    )
    expect(test!.message).toContain('unauthenticated: The client token is not valid.')
    expect(test!.message).toContain('an API Key credential must hold a client token the bridge accepts')
    expect(test!.message).not.toContain(wrong)
  })

  it('unreachable (a closed port): the URL tried and the transport error', async () => {
    const url = `http://127.0.0.1:${await closedPort()}`
    configureConnection(world.instance, { connection_url: url })
    const { test } = await testConnection()
    expect(test).toMatchObject({ ok: false, outcome: 'unreachable', url })
    expect(test!.message).toContain(`Could not reach the bridge at ${url}: `)
    expect(test!.message).toMatch(/ECONNREFUSED/)
    expect(test!.message).toContain('Check the connection URL')
  })

  it('through the connection’s MID Server: the call goes out through it, recorded', async () => {
    const mid = world.instance.insert('ecc_agent', { name: 'mid-lab-01', status: 'Up' }).sys_id!
    configureConnection(world.instance, { use_mid: 'true', mid_server: mid })
    const before = world.instance.requests.length
    const { test, steps } = await testConnection()
    expect(test).toMatchObject({ ok: true, caller: 'servicenow', midServer: 'mid-lab-01' })
    expect(test!.message).toContain(
      `Connected to the bridge at ${world.bridge.bridge.url} through MID Server mid-lab-01.`,
    )
    expect(world.instance.requests.slice(before)).toEqual([
      { method: 'GET', url: `${world.bridge.bridge.url}/api/whoami`, midServer: 'mid-lab-01' },
    ])
    expect(steps[0]!.text).toContain('through MID Server mid-lab-01')
  })

  it('not configured: no URL, or Use MID Server with none chosen — said, and nothing is called', async () => {
    const before = world.instance.requests.length
    configureConnection(world.instance, { connection_url: '' })
    let { test, steps } = await testConnection()
    expect(test).toMatchObject({ ok: false, outcome: 'not-configured' })
    expect(test!.message).toContain('The bridge connection URL is empty: set it on the HTTP connection of')
    expect(steps[0]).toMatchObject({ done: false })
    configureConnection(world.instance, { connection_url: world.bridge.bridge.url, use_mid: 'true' })
    ;({ test } = await testConnection())
    expect(test).toMatchObject({ ok: false, outcome: 'not-configured' })
    expect(test!.message).toContain('"Use MID Server" is set on')
    expect(world.instance.requests.length).toBe(before)
  })

  it('Sync now runs the Okta catalog sync: the resources fill from the bridge and the step is done', async () => {
    const table = 'x_okta_jml_okta_resource'
    for (const row of world.instance.rows(table)) world.instance.db.delete(table, row.sys_id!)
    const before = world.instance.requests.length
    const data = (await world.instance.widget(WIDGET, PEOPLE.admin, { action: 'sync' })).value as {
      sync?: { ok: boolean; inserted: number; message: string }
      steps: SetupStep[]
    }
    expect(data.sync).toMatchObject({ ok: true })
    expect(data.sync!.inserted).toBeGreaterThan(0)
    expect(data.sync!.message).toMatch(/^Okta catalog sync: \d+ new/)
    expect(world.instance.rows(table, 'active=true')).toHaveLength(data.sync!.inserted)
    expect(world.instance.requests.slice(before)).toEqual([
      { method: 'GET', url: `${world.bridge.bridge.url}/api/catalog/resources` },
    ])
    expect(data.steps[2]).toMatchObject({ title: '3. Okta catalog sync', done: true })
  })

  it('is for app admins only: anyone else sees no steps and calls nothing', async () => {
    const before = world.instance.requests.length
    const data = await testConnection(PEOPLE.agent)
    expect(data).toEqual({ allowed: false, steps: [] })
    expect(world.instance.requests.length).toBe(before)
  })
})
