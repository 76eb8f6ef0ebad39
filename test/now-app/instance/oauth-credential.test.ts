/**
 * The alias with an OAuth 2.0 credential, through the instance stand-in: the app's scripts unchanged, the
 * instance getting a client-credentials token from the customer's Okta authorization server (a real token
 * request to the OAuth provider's token URL, the token kept until it expires) and sending it to the bridge
 * as `Authorization: Bearer`; the bridge trusting that authorization server (`BRIDGE_OAUTH_ISSUER`,
 * `BRIDGE_OAUTH_AUDIENCE`). Test connection names the OAuth client and the permissions its scopes give; a
 * wrong client secret, refused by the token endpoint, gets its plain-words message; a joiner ordered
 * through the OAuth path reaches Okta.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { BRIDGE_FLOWS } from '../../../now-app/server/bridge/api.ts'
import type { ConnectionTest } from '../../../now-app/server/bridge/connection.ts'
import { addOAuthCredential, configureConnection, PEOPLE, startWorld, type World } from './support.ts'

const WIDGET = 'x_okta_jml_bridge_setup'

let world: World

/** The admin presses Test connection on the setup page. */
async function testConnection(): Promise<ConnectionTest> {
  const data = (await world.instance.widget(WIDGET, PEOPLE.admin, { action: 'test' })).value as {
    test: ConnectionTest
  }
  return data.test
}

beforeAll(async () => {
  world = await startWorld({ oauth: true })
}, 600_000)

afterAll(async () => {
  await world?.stop()
})

beforeEach(() => {
  configureConnection(world.instance, { credential: world.oauth!.credential })
})

describe('the alias with an OAuth 2.0 credential (client credentials)', () => {
  it('Test connection: a token from the token URL, sent as Bearer; the OAuth client and its scopes’ permissions', async () => {
    const oauth = world.oauth!
    const whoami = `${world.bridge.bridge.url}/api/whoami`
    const before = world.instance.requests.length
    const test = await testConnection()
    expect(test).toMatchObject({
      ok: true,
      outcome: 'connected',
      caller: oauth.clientId,
      kind: 'oauth',
      missing: [],
    })
    expect([...test.permissions].sort()).toEqual([...BRIDGE_FLOWS, 'catalog'].sort())
    expect(test.message).toContain(`The credential authenticates as "${oauth.clientId}".`)
    expect(test.message).toContain('That covers every flow the app calls.')
    expect(test.message).not.toContain(oauth.clientSecret)
    // The instance asked the token URL first, then called the bridge with the token.
    expect(world.instance.requests.slice(before)).toEqual([
      { method: 'POST', url: oauth.tokenUrl },
      { method: 'GET', url: whoami, auth: 'bearer' },
    ])
    // The token is kept (oauth_credential) until it expires: a second test asks the token URL no more.
    const stored = world.instance.rows('oauth_credential', `peer=${oauth.entity}`)
    expect(stored).toHaveLength(1)
    expect(stored[0]).toMatchObject({ type: 'access_token', scope: oauth.scopes.join(' ') })
    const issued = oauth.server.stats.tokensIssued
    const again = world.instance.requests.length
    expect(await testConnection()).toMatchObject({ ok: true, caller: oauth.clientId })
    expect(world.instance.requests.slice(again)).toEqual([{ method: 'GET', url: whoami, auth: 'bearer' }])
    expect(oauth.server.stats.tokensIssued).toBe(issued)
  })

  it('a wrong client secret: the token endpoint refuses it, no token goes out, and the message says where to look', async () => {
    const oauth = world.oauth!
    const wrong = addOAuthCredential(world.instance, {
      name: 'Okta JML bridge (OAuth, mistyped secret)',
      clientId: oauth.clientId,
      clientSecret: `${oauth.clientSecret}x`,
      tokenUrl: oauth.tokenUrl,
      scopes: oauth.scopes,
    })
    configureConnection(world.instance, { credential: wrong.credential })
    const requests = oauth.server.stats.tokenRequests
    const issued = oauth.server.stats.tokensIssued
    const before = world.instance.requests.length
    const test = await testConnection()
    expect(test).toMatchObject({ ok: false, outcome: 'unauthenticated', caller: '', permissions: [] })
    // One token request, refused; the bridge call went out without a token.
    expect(oauth.server.stats.tokenRequests).toBe(requests + 1)
    expect(oauth.server.stats.tokensIssued).toBe(issued)
    expect(world.instance.requests.slice(before)).toEqual([
      { method: 'POST', url: oauth.tokenUrl },
      { method: 'GET', url: `${world.bridge.bridge.url}/api/whoami` },
    ])
    expect(world.instance.rows('oauth_credential', `peer=${wrong.entity}`)).toEqual([])
    expect(test.message).toContain(
      `The bridge at ${world.bridge.bridge.url} is reachable but refused the credential`,
    )
    expect(test.message).toContain('The OAuth 2.0 credential got no access token the bridge accepts.')
    expect(test.message).toContain(
      'the client ID and client secret (the token endpoint refuses a wrong secret',
    )
    expect(test.message).not.toContain(oauth.clientSecret)
  })

  it('with Use MID Server: refused in words (ServiceNow sends no OAuth through a MID Server), nothing called', async () => {
    const mid = world.instance.insert('ecc_agent', { name: 'mid-oauth-01', status: 'Up' }).sys_id!
    configureConnection(world.instance, { use_mid: 'true', mid_server: mid })
    const before = world.instance.requests.length
    try {
      const test = await testConnection()
      expect(test).toMatchObject({ ok: false, outcome: 'not-configured' })
      expect(test.message).toContain(
        'with an OAuth 2.0 credential, which ServiceNow does not send through a MID Server',
      )
      expect(world.instance.requests.length).toBe(before)
    } finally {
      configureConnection(world.instance, { use_mid: 'false', mid_server: '' })
    }
  })

  it('a joiner ordered through the OAuth path reaches Okta: plan and invocation carry the Bearer token', async () => {
    const login = 'oauth.newhire@example.com'
    const before = world.instance.requests.length
    const ordered = await world.instance.order(
      'New hire (Joiner)',
      {
        first_name: 'Otto',
        last_name: 'Auth',
        email: login,
        okta_login: login,
        manager: world.users.manager,
        department: world.departments.engineering,
        start_date: new Date(Date.now() + 86_400_000).toISOString().slice(0, 10),
        justification: 'Starts Monday',
      },
      PEOPLE.agent,
    )
    const run = ordered.value.run!
    expect(run.error).toBeUndefined()
    expect(run.status).toBe('waiting')
    const approval = world.instance.rows('sysapproval_approver', `sysapproval=${ordered.value.item}`)[0]!
    await world.instance.decide(approval.sys_id!, PEOPLE.manager, 'approved')
    const after = await world.instance.run(run.id)
    expect(after.error).toBeUndefined()
    expect(after.status).toBe('complete')
    const user = [...world.bridge.org.users.values()].find((u) => String(u.profile.login) === login)
    expect(user).toBeDefined()
    expect(world.instance.get('sc_req_item', ordered.value.item)!.state).toBe('3')
    // Every call to the bridge carried the token; the token stored by the first test was reused.
    const toBridge = world.instance.requests
      .slice(before)
      .filter((r) => r.url.startsWith(world.bridge.bridge.url))
    expect(toBridge.length).toBeGreaterThanOrEqual(2)
    for (const request of toBridge) expect(request.auth).toBe('bearer')
    expect(world.instance.requests.slice(before).some((r) => r.url === world.oauth!.tokenUrl)).toBe(false)
  })
})
