/**
 * The bridge connection's pure logic (now-app/server/bridge/connection.ts): authentication from the alias's
 * credential, the MID Server rule, the settings' checks and Test connection's words for answers the stand-in
 * tests (test/now-app/instance/setup.test.ts) do not reach — a bridge without whoami, a body that is not one.
 */
import { describe, expect, it } from 'vitest'
import { BRIDGE_FLOWS } from '../../now-app/server/bridge/api.ts'
import { parseSettings, type RenderedCall, type Transport } from '../../now-app/server/bridge/client.ts'
import {
  bridgeAuth,
  type ConnectionDetails,
  midServerOf,
  settingsInput,
  setupSteps,
  testConnection,
} from '../../now-app/server/bridge/connection.ts'
import type { HttpAnswer } from '../../now-app/server/bridge/errors.ts'

const DETAILS: ConnectionDetails = {
  found: true,
  url: 'https://bridge.example.com',
  apiKey: '',
  oauthProfile: '',
  useMid: false,
  midServer: '',
}
const PROPS = { timeoutSeconds: '30', planOnly: 'false' }

/** A transport answering `answer`, recording what it was given. */
function answering(answer: HttpAnswer): Transport & { calls: RenderedCall[] } {
  const calls: RenderedCall[] = []
  return {
    calls,
    send(call) {
      calls.push(call)
      return answer
    },
  }
}

const settings = () => parseSettings(settingsInput(DETAILS, PROPS))

describe('the connection alias', () => {
  it('authenticates by API key, else by OAuth profile, else not at all', () => {
    expect(bridgeAuth({ ...DETAILS, apiKey: 'k', oauthProfile: 'p' })).toEqual({
      kind: 'api_key',
      clientToken: 'k',
    })
    expect(bridgeAuth({ ...DETAILS, oauthProfile: 'p' })).toEqual({ kind: 'oauth2', profileId: 'p' })
    expect(bridgeAuth(DETAILS)).toEqual({ kind: 'none' })
  })

  it('routes through the chosen MID Server only, and refuses "Use MID Server" without one', () => {
    expect(midServerOf({ ...DETAILS, midServer: 'ignored' })).toBe('')
    expect(midServerOf({ ...DETAILS, useMid: true, midServer: 'mid-1' })).toBe('mid-1')
    expect(() => midServerOf({ ...DETAILS, useMid: true })).toThrow(
      expect.objectContaining({ code: 'bridge-settings-invalid' }),
    )
  })

  it('refuses a MID Server with an OAuth 2.0 credential (ServiceNow sends no OAuth through one), in words', () => {
    const oauth = { ...DETAILS, oauthProfile: 'b'.repeat(32), useMid: true, midServer: 'mid-1' }
    expect(() => midServerOf(oauth)).toThrow(
      expect.objectContaining({
        code: 'bridge-settings-invalid',
        message: expect.stringContaining('use an API Key credential (a bridge client token)'),
      }),
    )
    expect(midServerOf({ ...oauth, useMid: false })).toBe('')
  })

  it('takes the base URL from the alias, and says where to fix a missing alias or URL', () => {
    expect(settingsInput(DETAILS, PROPS)).toEqual({ baseUrl: 'https://bridge.example.com', ...PROPS })
    expect(() => settingsInput({ ...DETAILS, found: false }, PROPS)).toThrow(
      /missing or has no active HTTP connection/,
    )
    expect(() => settingsInput({ ...DETAILS, url: ' ' }, PROPS)).toThrow(/connection URL is empty/)
  })

  it('lists the setup steps in order, the first done only with a URL and a credential, never the secret', () => {
    const steps = setupSteps({ ...DETAILS, apiKey: 'secret-token' }, 'a'.repeat(32), true)
    expect(steps.map((s) => s.title.slice(0, 2))).toEqual(['1.', '2.', '3.', '4.', '5.'])
    expect(steps[0]).toMatchObject({ done: true, link: `sys_alias.do?sys_id=${'a'.repeat(32)}` })
    expect(JSON.stringify(steps)).not.toContain('secret-token')
    expect(setupSteps(DETAILS, '', true)[0]).toMatchObject({ done: false, link: 'sys_alias_list.do' })
  })

  it('the catalog sync step names the scheduled job, and is done once resources are synced', () => {
    const synced = setupSteps(DETAILS, '', true)[2]!
    expect(synced).toMatchObject({ title: '3. Okta catalog sync', done: true })
    expect(synced.text).toContain('"Okta JML: sync the Okta catalog"')
    expect(synced.text).not.toMatch(/placeholder|not in this build/i)
    expect(setupSteps(DETAILS, '', false)[2]).toMatchObject({ done: false })
  })
})

describe('Test connection', () => {
  it('calls the whoami function with the base URL and the timeout', () => {
    const transport = answering({ status: 200, body: '{"caller":"sn","permissions":[]}' })
    const test = testConnection(transport, settings, () => '')
    expect(transport.calls).toEqual([
      {
        restMessage: 'Okta JML Bridge',
        functionName: 'whoami',
        variables: { base_url: 'https://bridge.example.com' },
        timeoutSeconds: 30,
      },
    ])
    expect(test).toMatchObject({ ok: true, caller: 'sn', kind: '', permissions: [] })
    expect(test.message).toContain('It may invoke no flow.')
    expect(test.message).toContain('It may not read the Okta catalog')
  })

  it("accepts the bridge's whoami answer: kind, and catalog and grants.manage among the permissions", () => {
    const permissions = [...BRIDGE_FLOWS, 'audit', 'reconcile', 'catalog', 'grants.manage']
    const body = JSON.stringify({ caller: 'servicenow', kind: 'client-token', permissions })
    const test = testConnection(answering({ status: 200, body }), settings, () => '')
    expect(test).toMatchObject({
      ok: true,
      outcome: 'connected',
      caller: 'servicenow',
      kind: 'client-token',
      permissions,
      missing: [],
    })
    expect(test.message).toContain('catalog, grants.manage.')
    expect(test.message).toContain('That covers every flow the app calls.')
    expect(test.message).not.toContain('Okta catalog')
    const oauth = testConnection(
      answering({
        status: 200,
        body: JSON.stringify({ caller: '0oa1', kind: 'oauth', permissions: ['joiner'] }),
      }),
      settings,
      () => '',
    )
    expect(oauth).toMatchObject({
      ok: true,
      kind: 'oauth',
      missing: BRIDGE_FLOWS.filter((f) => f !== 'joiner'),
    })
    expect(oauth.message).toContain('jml.catalog')
  })

  it('a 401: with an OAuth 2.0 credential it points at the OAuth provider first; with an API key, at the key', () => {
    const refused = answering({
      status: 401,
      body: JSON.stringify({ code: 'unauthenticated', detail: 'Credentials are required.' }),
    })
    const oauth = testConnection(
      refused,
      settings,
      () => '',
      () => 'oauth2',
    )
    expect(oauth).toMatchObject({ ok: false, outcome: 'unauthenticated' })
    expect(oauth.message).toContain(
      'reachable but refused the credential (unauthenticated: Credentials are required.)',
    )
    expect(oauth.message).toContain('The OAuth 2.0 credential got no access token the bridge accepts.')
    expect(oauth.message).toContain('BRIDGE_OAUTH_ISSUER')
    const apiKey = testConnection(
      refused,
      settings,
      () => '',
      () => 'api_key',
    )
    expect(apiKey.message).toContain('an API Key credential must hold a client token the bridge accepts')
    expect(apiKey.message).not.toContain('got no access token')
  })

  it('an older bridge without whoami (404), or a body that is no answer: says so, not "connected"', () => {
    const old = testConnection(
      answering({ status: 404, body: '{"code":"not-found","detail":"No such route."}' }),
      settings,
      () => '',
    )
    expect(old).toMatchObject({ ok: false, outcome: 'unexpected-answer' })
    expect(old.message).toContain('answered HTTP 404 (not-found: No such route.)')
    expect(old.message).toContain('a version with GET /api/whoami')
    const html = testConnection(answering({ status: 200, body: '<html>' }), settings, () => '')
    expect(html).toMatchObject({ ok: false, outcome: 'unexpected-answer' })
  })

  it('a settings problem is an answer, not an exception; any other error is not swallowed', () => {
    const transport = answering({ status: 200, body: '' })
    const test = testConnection(
      transport,
      () => parseSettings({ baseUrl: 'http://bridge.example.com' }),
      () => '',
    )
    expect(test).toMatchObject({ ok: false, outcome: 'not-configured' })
    expect(test.message).toMatch(/^Not configured: .*https/)
    expect(transport.calls).toHaveLength(0)
    expect(() =>
      testConnection(
        transport,
        () => {
          throw new TypeError('bug')
        },
        () => '',
      ),
    ).toThrow(TypeError)
  })
})
