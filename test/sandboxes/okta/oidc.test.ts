/**
 * The sandbox's OpenID Connect side over HTTP, as a web app meets it: discovery, the authorization request's
 * checks (an untrusted client or redirect URI gets a page, anything else an error redirect), the login form,
 * and the code exchange — client authentication, single-use codes, redirect URI and PKCE — with an ID token
 * signed by the key of `/oauth2/v1/keys`; the sign-in session (a silent sign-in while it lives, `prompt=login`
 * and `prompt=none`) and RP-initiated logout at `/oauth2/v1/logout` (the ID token hint and the sign-out redirect
 * URI checked, the session ended).
 */
import { createHash, randomBytes } from 'node:crypto'
import { createLocalJWKSet, jwtVerify } from 'jose'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type OktaSandbox, startOktaSandbox } from './index.js'

let sandbox: OktaSandbox
const clientId = '0oaWEBAPP00000000001'
const secret = randomBytes(24).toString('base64url')
const redirectUri = 'https://app.example.com/callback'
const signedOutUri = 'https://app.example.com/signed-out'
const password = randomBytes(12).toString('base64url')
let groupId: string

beforeAll(async () => {
  sandbox = await startOktaSandbox()
  const seeded = sandbox.org.seed({
    groups: [{ profile: { name: 'Readers' } }],
    users: [
      {
        profile: {
          login: 'rita@example.com',
          email: 'rita@example.com',
          firstName: 'Rita',
          lastName: 'Reader',
        },
        groups: ['Readers'],
      },
    ],
  })
  groupId = seeded.groups[0]!.id
  sandbox.oidc.setPassword('rita@example.com', password)
  sandbox.oidc.registerWebApp({
    client_id: clientId,
    client_secret: secret,
    redirect_uris: [redirectUri],
    post_logout_redirect_uris: [signedOutUri],
  })
})
afterAll(async () => {
  await sandbox?.stop()
})

const verifier = randomBytes(32).toString('base64url')
const challenge = createHash('sha256').update(verifier).digest('base64url')

function authorizeParams(overrides: Record<string, string> = {}): URLSearchParams {
  return new URLSearchParams({
    client_id: clientId,
    redirect_uri: redirectUri,
    response_type: 'code',
    scope: 'openid profile email groups',
    state: 'the-state',
    nonce: 'the-nonce',
    code_challenge: challenge,
    code_challenge_method: 'S256',
    ...overrides,
  })
}

/** Signs Rita in and answers the code of the redirect back. */
async function codeFor(): Promise<string> {
  const form = authorizeParams({ username: 'rita@example.com', password })
  const res = await fetch(`${sandbox.url}/oauth2/v1/authorize`, {
    method: 'POST',
    body: form,
    redirect: 'manual',
  })
  expect(res.status).toBe(302)
  const back = new URL(res.headers.get('location')!)
  expect(back.origin + back.pathname).toBe(redirectUri)
  expect(back.searchParams.get('state')).toBe('the-state')
  return back.searchParams.get('code')!
}

function exchange(code: string, overrides: Record<string, string> = {}, auth = `${clientId}:${secret}`) {
  return fetch(`${sandbox.url}/oauth2/v1/token`, {
    method: 'POST',
    headers: { authorization: `Basic ${Buffer.from(auth).toString('base64')}` },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      code,
      redirect_uri: redirectUri,
      code_verifier: verifier,
      ...overrides,
    }),
  })
}

describe('discovery and the authorization request', () => {
  it('publishes the org authorization server’s metadata with PKCE S256', async () => {
    const meta = (await (await fetch(`${sandbox.url}/.well-known/openid-configuration`)).json()) as Record<
      string,
      unknown
    >
    expect(meta).toMatchObject({
      issuer: sandbox.url,
      authorization_endpoint: `${sandbox.url}/oauth2/v1/authorize`,
      token_endpoint: `${sandbox.url}/oauth2/v1/token`,
      jwks_uri: `${sandbox.url}/oauth2/v1/keys`,
      code_challenge_methods_supported: ['S256'],
    })
  })

  it('shows the login form for a good request, and a page (no redirect) for an unknown client or redirect URI', async () => {
    const form = await fetch(`${sandbox.url}/oauth2/v1/authorize?${authorizeParams()}`)
    expect(form.status).toBe(200)
    const html = await form.text()
    expect(html).toContain('name="username"')
    expect(html).toContain('name="password"')
    const bads: Record<string, string>[] = [
      { client_id: '0oaUNKNOWN0000000000' },
      { redirect_uri: 'https://attacker.example.com/cb' },
    ]
    for (const bad of bads) {
      const res = await fetch(`${sandbox.url}/oauth2/v1/authorize?${authorizeParams(bad)}`, {
        redirect: 'manual',
      })
      expect(res.status).toBe(400)
      expect(res.headers.get('location')).toBeNull()
    }
  })

  it('redirects back with an error when PKCE S256 or state is missing', async () => {
    for (const [bad, error] of [
      [{ code_challenge_method: 'plain' }, 'invalid_request'],
      [{ state: '' }, 'invalid_request'],
      [{ scope: 'profile' }, 'invalid_scope'],
    ] as const) {
      const res = await fetch(`${sandbox.url}/oauth2/v1/authorize?${authorizeParams(bad)}`, {
        redirect: 'manual',
      })
      expect(res.status).toBe(302)
      expect(new URL(res.headers.get('location')!).searchParams.get('error')).toBe(error)
    }
  })

  it('answers a wrong password with the form again, saying so, and no code', async () => {
    const form = authorizeParams({ username: 'rita@example.com', password: 'not-it' })
    const res = await fetch(`${sandbox.url}/oauth2/v1/authorize`, {
      method: 'POST',
      body: form,
      redirect: 'manual',
    })
    expect(res.status).toBe(401)
    expect(await res.text()).toContain('Unable to sign in')
  })
})

describe('the code exchange', () => {
  it('answers an ID token signed with the org key, carrying nonce and group ids; a code works once', async () => {
    const code = await codeFor()
    const res = await exchange(code)
    expect(res.status).toBe(200)
    const body = (await res.json()) as { id_token: string; token_type: string }
    const jwks = (await (await fetch(`${sandbox.url}/oauth2/v1/keys`)).json()) as Parameters<
      typeof createLocalJWKSet
    >[0]
    const { payload } = await jwtVerify(body.id_token, createLocalJWKSet(jwks), {
      issuer: sandbox.url,
      audience: clientId,
    })
    expect(payload).toMatchObject({
      nonce: 'the-nonce',
      email: 'rita@example.com',
      name: 'Rita Reader',
      groups: [groupId],
    })
    const again = await exchange(code)
    expect(again.status).toBe(400)
    expect(((await again.json()) as { error: string }).error).toBe('invalid_grant')
  })

  it('refuses a wrong client secret, another redirect URI and a wrong PKCE verifier', async () => {
    const wrongSecret = await exchange(await codeFor(), {}, `${clientId}:not-the-secret`)
    expect([wrongSecret.status, ((await wrongSecret.json()) as { error: string }).error]).toEqual([
      401,
      'invalid_client',
    ])
    const otherRedirect = await exchange(await codeFor(), { redirect_uri: 'https://app.example.com/other' })
    expect([otherRedirect.status, ((await otherRedirect.json()) as { error: string }).error]).toEqual([
      400,
      'invalid_grant',
    ])
    const wrongVerifier = await exchange(await codeFor(), {
      code_verifier: randomBytes(32).toString('base64url'),
    })
    const refused = (await wrongVerifier.json()) as { error: string; error_description: string }
    expect([wrongVerifier.status, refused.error, refused.error_description]).toEqual([
      400,
      'invalid_grant',
      'PKCE verification failed.',
    ])
  })
})

describe('the sign-in session and logout', () => {
  /** Signs Rita in through the form: the code's redirect, and the `sid` cookie of the session it started. */
  async function signInWithSession(): Promise<{ sid: string; idToken: string }> {
    const res = await fetch(`${sandbox.url}/oauth2/v1/authorize`, {
      method: 'POST',
      body: authorizeParams({ username: 'rita@example.com', password }),
      redirect: 'manual',
    })
    expect(res.status).toBe(302)
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('sid='))!
    expect(cookie).toMatch(/; HttpOnly/)
    const code = new URL(res.headers.get('location')!).searchParams.get('code')!
    const tokens = (await (await exchange(code)).json()) as { id_token: string }
    return { sid: cookie.split(';')[0]!, idToken: tokens.id_token }
  }

  function authorizeWith(cookie: string | undefined, overrides: Record<string, string> = {}) {
    return fetch(`${sandbox.url}/oauth2/v1/authorize?${authorizeParams(overrides)}`, {
      redirect: 'manual',
      headers: cookie ? { cookie } : {},
    })
  }

  function logout(cookie: string | undefined, params: Record<string, string>) {
    return fetch(`${sandbox.url}/oauth2/v1/logout?${new URLSearchParams(params)}`, {
      redirect: 'manual',
      headers: cookie ? { cookie } : {},
    })
  }

  it('publishes its logout endpoint', async () => {
    const meta = (await (await fetch(`${sandbox.url}/.well-known/openid-configuration`)).json()) as Record<
      string,
      unknown
    >
    expect(meta.end_session_endpoint).toBe(`${sandbox.url}/oauth2/v1/logout`)
  })

  it('signs a browser with a live session in silently, unless prompt=login; prompt=none without one: login_required', async () => {
    const { sid } = await signInWithSession()
    const silent = await authorizeWith(sid)
    expect(silent.status).toBe(302)
    const back = new URL(silent.headers.get('location')!)
    expect(back.searchParams.get('code')).toMatch(/\S{20,}/)
    expect((await exchange(back.searchParams.get('code')!)).status).toBe(200)

    const forced = await authorizeWith(sid, { prompt: 'login' })
    expect(forced.status).toBe(200)
    expect(await forced.text()).toContain('name="password"')

    const none = await authorizeWith(undefined, { prompt: 'none' })
    expect(none.status).toBe(302)
    expect(new URL(none.headers.get('location')!).searchParams.get('error')).toBe('login_required')
    expect((await authorizeWith('sid=not-a-session')).status).toBe(200)
  })

  it('ends the session at logout and goes back to the registered sign-out URI with the state', async () => {
    const { sid, idToken } = await signInWithSession()
    const res = await logout(sid, {
      id_token_hint: idToken,
      post_logout_redirect_uri: signedOutUri,
      state: 'bye',
    })
    expect(res.status).toBe(302)
    expect(res.headers.get('location')).toBe(`${signedOutUri}?state=bye`)
    expect(res.headers.getSetCookie().find((c) => c.startsWith('sid='))).toMatch(/^sid=; .*Max-Age=0/)
    // The same browser now gets the login form again: no silent sign-in.
    const after = await authorizeWith(sid)
    expect(after.status).toBe(200)
    expect(await after.text()).toContain('name="password"')
  })

  it('refuses a forged or foreign ID token hint and an unregistered sign-out URI, ending nothing', async () => {
    const { sid, idToken } = await signInWithSession()
    const [header, payload] = idToken.split('.')
    const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString('utf8')) as Record<string, unknown>
    const forged = `${header}.${Buffer.from(JSON.stringify({ ...claims, sub: '00uSomeoneElse000001' })).toString('base64url')}.${idToken.split('.')[2]}`
    const refusals: Record<string, string>[] = [
      { id_token_hint: forged, post_logout_redirect_uri: signedOutUri },
      { id_token_hint: 'not-a-token', post_logout_redirect_uri: signedOutUri },
      { post_logout_redirect_uri: signedOutUri },
      { id_token_hint: idToken, post_logout_redirect_uri: 'https://attacker.example.com/out' },
      { id_token_hint: idToken, post_logout_redirect_uri: redirectUri },
    ]
    for (const params of refusals) {
      const res = await logout(sid, params)
      expect(res.status, JSON.stringify(params)).toBe(400)
      expect(res.headers.get('location')).toBeNull()
      expect(await res.text()).toContain('role="alert"')
    }
    // Still signed in to Okta: a silent sign-in works.
    expect((await authorizeWith(sid)).status).toBe(302)
  })
})
