/**
 * Signing in to the operator console with Okta, against the bridge over HTTP and the Okta sandbox's OpenID
 * Connect side: the redirect to Okta (PKCE S256, state, nonce), sign-in as the demo operator and viewer in
 * Chromium, the 403 page of someone in neither group, a wrong password, logout, an expired session, CSRF and
 * the operator role on POSTs, cookie flags, refused sign-ins (state, nonce, PKCE, tampered ID tokens), the
 * 404 of an unconfigured console, configuration errors, the CSP on every answer and axe on the pages.
 */
import { randomBytes } from 'node:crypto'
import { calculateJwkThumbprint, exportJWK, generateKeyPair } from 'jose'
import type { Browser, BrowserContext } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ConfigError, loadConfig } from '../../bridge/config.js'
import { CONSOLE_CSP } from '../../bridge/console/router.js'
import { type RunningBridge, startBridge } from '../../dev/start.js'
import { ManualClock } from '../bridge/support/manual-clock.js'
import { type OktaOrg, startOktaOrg } from '../bridge/support/okta-org.js'
import { chromiumMissing, launchBrowser, seriousAxeViolations, signIn } from './browser.js'

const lines: string[] = []
let bridge: RunningBridge
let clock: ManualClock
let operator: { username: string; password: string }
let viewer: { username: string; password: string }
let browser: Browser | undefined
const nobody = { username: 'nora.nobody@example.com', password: randomBytes(12).toString('base64url') }

beforeAll(async () => {
  clock = new ManualClock(new Date())
  bridge = await startBridge(
    { NODE_ENV: 'test', PORT: '0', LOG_LEVEL: 'silent' },
    { print: (text) => lines.push(text), clock },
  )
  const banner = lines.join('\n')
  const demo = (role: string) => {
    const match = new RegExp(`demo ${role}:\\s+(\\S+)\\s+password (\\S+)`).exec(banner)
    if (!match) throw new Error(`no demo ${role} in the banner:\n${banner}`)
    return { username: match[1]!, password: match[2]! }
  }
  operator = demo('operator')
  viewer = demo('viewer')
  // Someone Okta knows, with a password, in a group that is not the console's.
  const okta = bridge.sandbox!.sandbox
  okta.org.seed({
    users: [
      {
        profile: { login: nobody.username, email: nobody.username, firstName: 'Nora', lastName: 'Nobody' },
        groups: ['Sales'],
      },
    ],
  })
  okta.oidc.setPassword(nobody.username, nobody.password)
  if (!chromiumMissing) browser = await launchBrowser()
}, 120_000)

afterAll(async () => {
  await browser?.close()
  await bridge?.stop()
})

/** The `name=value` of a Set-Cookie for `name` with a non-empty value, if the answer sets one. */
function cookieSet(res: Response, name: string): string | undefined {
  const header = res.headers
    .getSetCookie()
    .find((c) => c.startsWith(`${name}=`) && !c.startsWith(`${name}=;`))
  return header?.split(';')[0]
}

/** The whole Set-Cookie line for `name`. */
function setCookieLine(res: Response, name: string): string | undefined {
  return res.headers.getSetCookie().find((c) => c.startsWith(`${name}=`))
}

/** GET a console path without a session: the redirect to Okta and the sign-in transaction cookie. */
async function beginSignIn(
  base = bridge.url,
  path = '/console/',
): Promise<{ authorize: URL; tx: string; res: Response }> {
  const res = await fetch(`${base}${path}`, { redirect: 'manual' })
  expect(res.status).toBe(302)
  return { authorize: new URL(res.headers.get('location')!), tx: cookieSet(res, 'console_signin')!, res }
}

/** Submits the sandbox's login form for an authorization request; answers the redirect back (or the form). */
async function submitLogin(
  authorize: URL,
  credentials: { username: string; password: string },
): Promise<Response> {
  const form = new URLSearchParams(authorize.searchParams)
  form.set('username', credentials.username)
  form.set('password', credentials.password)
  return fetch(new URL('/oauth2/v1/authorize', authorize), { method: 'POST', body: form, redirect: 'manual' })
}

/** A whole sign-in over HTTP: the callback's answer (the code's redirect is followed with the transaction cookie). */
async function signInOverHttp(
  credentials: { username: string; password: string },
  base = bridge.url,
): Promise<{ callback: Response; session: string | undefined }> {
  const { authorize, tx } = await beginSignIn(base)
  const back = await submitLogin(authorize, credentials)
  expect(back.status).toBe(302)
  const location = new URL(back.headers.get('location')!)
  const callback = await fetch(`${base}${location.pathname}${location.search}`, {
    redirect: 'manual',
    headers: { cookie: tx },
  })
  return { callback, session: cookieSet(callback, 'console_session') }
}

/** Whether the browser holds a console session cookie (for the console's path, where it is scoped). */
async function hasSession(context: BrowserContext): Promise<boolean> {
  return (await context.cookies(`${bridge.url}/console/`)).some((c) => c.name === 'console_session')
}

/** The CSRF token of a session, as the signed-in home page's forms carry it. */
async function csrfTokenOf(session: string): Promise<string> {
  const home = await fetch(`${bridge.url}/console/`, { headers: { cookie: session } })
  expect(home.status).toBe(200)
  const match = /name="_csrf" value="([^"]+)"/.exec(await home.text())
  if (!match) throw new Error('no _csrf field on the console home page')
  return match[1]!
}

describe('the redirect to Okta', () => {
  it('sends an unauthenticated GET to the sandbox authorize endpoint with PKCE S256, state and nonce', async () => {
    const { authorize, res } = await beginSignIn(bridge.url, '/console/?tab=grants')
    expect(authorize.origin + authorize.pathname).toBe(`${bridge.sandbox!.orgUrl}/oauth2/v1/authorize`)
    const p = authorize.searchParams
    expect(p.get('response_type')).toBe('code')
    expect(p.get('code_challenge_method')).toBe('S256')
    expect(p.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/)
    expect(p.get('state')).toMatch(/^[A-Za-z0-9_-]{43}$/)
    expect(p.get('nonce')).toMatch(/^[A-Za-z0-9_-]{43}$/)
    expect(p.get('state')).not.toBe(p.get('nonce'))
    expect(p.get('scope')!.split(' ')).toEqual(expect.arrayContaining(['openid', 'groups']))
    expect(p.get('redirect_uri')).toBe(`${bridge.url}/console/callback`)
    // The transaction cookie: HttpOnly, Lax, scoped to the callback, not Secure on loopback http.
    const line = setCookieLine(res, 'console_signin')!
    expect(line).toMatch(/; HttpOnly/)
    expect(line).toMatch(/; SameSite=Lax/)
    expect(line).toMatch(/; Path=\/console\/callback/)
    expect(line).not.toMatch(/Secure/)
    expect(res.headers.get('content-security-policy')).toBe(CONSOLE_CSP)
    // A second visit starts a new sign-in: nothing is reused.
    const again = await beginSignIn()
    expect(again.authorize.searchParams.get('state')).not.toBe(p.get('state'))
  })
})

describe.skipIf(chromiumMissing !== undefined)('signing in with Chromium', () => {
  let context: BrowserContext
  beforeAll(async () => {
    if (chromiumMissing) console.warn(chromiumMissing)
  })

  it('signs the demo operator in through the login form and comes back where they were going', async () => {
    context = await browser!.newContext()
    const page = await context.newPage()
    const status = await signIn(page, bridge.url, operator, '/console/?from=test')
    expect(status).toBe(200)
    expect(page.url()).toBe(`${bridge.url}/console/?from=test`)
    const cookies = await context.cookies(`${bridge.url}/console/`)
    const session = cookies.find((c) => c.name === 'console_session')!
    expect(session.httpOnly).toBe(true)
    expect(session.sameSite).toBe('Lax')
    expect(session.secure).toBe(false)
    expect(session.path).toBe('/console')
    // The role a forged request would get: the operator passes the checks (404: no such page, not 403).
    const token = await page.locator('input[name="_csrf"]').first().getAttribute('value')
    const post = await page.request.post(`${bridge.url}/console/no-such-action`, {
      form: { _csrf: token! },
      maxRedirects: 0,
    })
    expect(post.status()).toBe(404)
    await context.close()
  })

  it('signs the demo viewer in, whose forged POST with a valid token is refused', async () => {
    context = await browser!.newContext()
    const page = await context.newPage()
    expect(await signIn(page, bridge.url, viewer)).toBe(200)
    expect(page.url()).toBe(`${bridge.url}/console/`)
    const token = await page.locator('input[name="_csrf"]').first().getAttribute('value')
    const post = await page.request.post(`${bridge.url}/console/grants/end`, {
      form: { _csrf: token!, ticket: 'RITM0010002' },
      headers: { accept: 'application/json' },
    })
    expect(post.status()).toBe(403)
    expect(post.headers()['content-type']).toMatch(/^application\/problem\+json/)
    expect(((await post.json()) as { code: string }).code).toBe('console-operator-required')
    await context.close()
  })

  it('shows a user in neither group a 403 page saying who they are and how to get access, with no session', async () => {
    context = await browser!.newContext({ bypassCSP: true })
    const page = await context.newPage()
    expect(await signIn(page, bridge.url, nobody)).toBe(403)
    const text = await page.locator('main').innerText()
    expect(text).toContain('You do not have access to the console')
    expect(text).toContain('Nora Nobody (nora.nobody@example.com)')
    expect(text).toMatch(/ask your Okta administrator to add you/)
    expect(await hasSession(context)).toBe(false)
    expect(await seriousAxeViolations(page)).toEqual([])
    await context.close()
  })

  it('keeps a wrong password on the sandbox login form, which says so', async () => {
    context = await browser!.newContext()
    const page = await context.newPage()
    await page.goto(`${bridge.url}/console/`)
    await page.locator('input[name="username"]').fill(operator.username)
    await page.locator('input[name="password"]').fill(`${operator.password}-wrong`)
    await page.locator('button[type="submit"]').click()
    await expect.poll(() => page.locator('[role="alert"]').count()).toBe(1)
    expect(await page.locator('[role="alert"]').innerText()).toContain('Unable to sign in')
    expect(page.url().startsWith(bridge.sandbox!.orgUrl)).toBe(true)
    expect(await hasSession(context)).toBe(false)
    await context.close()
  })

  it('ends the console session and the Okta session at logout: the next visit shows Okta’s login form', async () => {
    context = await browser!.newContext({ bypassCSP: true })
    const page = await context.newPage()
    const visited: string[] = []
    page.on('request', (request) => visited.push(request.url()))
    expect(await signIn(page, bridge.url, operator)).toBe(200)
    expect(await hasSession(context)).toBe(true)
    // The ID token for the logout is a cookie of its own, sent to the logout only.
    const hint = (await context.cookies(`${bridge.url}/console/logout`)).find((c) => c.name === 'console_idt')
    expect(hint).toMatchObject({ path: '/console/logout', httpOnly: true, sameSite: 'Lax' })
    expect((await context.cookies(`${bridge.url}/console/`)).some((c) => c.name === 'console_idt')).toBe(
      false,
    )

    // Okta keeps a session of its own: with only the console's cookies gone, the next visit signs in silently.
    const oktaCookies = (await context.cookies()).filter((c) => !c.name.startsWith('console_'))
    expect(oktaCookies.map((c) => c.name)).toContain('sid')
    const consoleCookies = await context.cookies()
    await context.clearCookies()
    await context.addCookies(oktaCookies)
    await page.goto(`${bridge.url}/console/`)
    expect(page.url()).toBe(`${bridge.url}/console/`)
    expect(await page.locator('input[name="username"]').count()).toBe(0)
    expect(await hasSession(context)).toBe(true)
    await context.clearCookies()
    await context.addCookies(consoleCookies)

    // Sign out with the button: through Okta's logout endpoint (ID token hint, the signed-out page), and back.
    await page.goto(`${bridge.url}/console/`)
    visited.length = 0
    await page.getByRole('button', { name: 'Sign out' }).click()
    await page.waitForURL((url) => url.pathname === '/console/signed-out')
    const oktaLogout = visited
      .map((url) => new URL(url))
      .find((url) => url.href.startsWith(`${bridge.sandbox!.orgUrl}/oauth2/v1/logout?`))
    expect(oktaLogout, visited.join('\n')).toBeDefined()
    expect(oktaLogout!.searchParams.get('post_logout_redirect_uri')).toBe(`${bridge.url}/console/signed-out`)
    expect(oktaLogout!.searchParams.get('id_token_hint')).toMatch(/^eyJ[\w-]+\.[\w-]+\.[\w-]+$/)
    expect(await page.locator('main').innerText()).toContain('your Okta session have ended')
    expect(await hasSession(context)).toBe(false)
    expect((await context.cookies()).map((c) => c.name)).not.toContain('console_idt')
    expect(await seriousAxeViolations(page)).toEqual([])

    // Not a silent sign-in: Okta asks for the password again.
    await page.goto(`${bridge.url}/console/`)
    expect(page.url().startsWith(`${bridge.sandbox!.orgUrl}/oauth2/v1/authorize?`)).toBe(true)
    expect(await page.locator('input[name="username"]').count()).toBe(1)
    expect(await page.locator('input[name="password"]').count()).toBe(1)
    await context.close()
  })

  it('ends only the console session, and says so, when the ID token for Okta’s logout is missing', async () => {
    const { session } = await signInOverHttp(viewer)
    const out = await fetch(`${bridge.url}/console/logout`, {
      method: 'POST',
      headers: { cookie: session!, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ _csrf: await csrfTokenOf(session!) }),
      redirect: 'manual',
    })
    expect(out.status).toBe(303)
    expect(out.headers.get('location')).toBe('/console/signed-out?okta=kept')
    expect(setCookieLine(out, 'console_session')).toMatch(/Max-Age=0/)
    const page = await (await fetch(`${bridge.url}${out.headers.get('location')}`)).text()
    expect(page).toContain('Your Okta session could not be ended from here')
  })

  it('sends an expired session back to Okta (the bridge clock moved past its lifetime)', async () => {
    context = await browser!.newContext()
    const page = await context.newPage()
    expect(await signIn(page, bridge.url, viewer)).toBe(200)
    await page.goto(`${bridge.url}/console/`)
    expect(page.url()).toBe(`${bridge.url}/console/`)
    expect(await hasSession(context)).toBe(true)
    // Okta's own session is not the console's to expire: without it, Okta shows its login form.
    const consoleOnly = (await context.cookies()).filter((c) => c.name.startsWith('console_'))
    await context.clearCookies()
    await context.addCookies(consoleOnly)
    clock.advance(bridge.config.console.sessionTtlMs + 1_000)
    try {
      await page.goto(`${bridge.url}/console/`)
      expect(page.url().startsWith(`${bridge.sandbox!.orgUrl}/oauth2/v1/authorize?`)).toBe(true)
      expect(await page.locator('input[name="username"]').count()).toBe(1)
      expect(await hasSession(context)).toBe(false)
    } finally {
      clock.set(new Date())
      await context.close()
    }
  })
})

describe('CSRF and roles on every POST', () => {
  it('refuses a POST without the CSRF token, or with another session’s, with 403', async () => {
    const { session } = await signInOverHttp(operator)
    const other = (await signInOverHttp(operator)).session!
    const otherToken = await csrfTokenOf(other)
    const own = await csrfTokenOf(session!)
    const post = (body: Record<string, string>, headers: Record<string, string> = {}) =>
      fetch(`${bridge.url}/console/no-such-action`, {
        method: 'POST',
        redirect: 'manual',
        headers: { cookie: session!, accept: 'application/json', ...headers },
        body: new URLSearchParams(body),
      })
    const none = await post({ ticket: 'RITM0010001' })
    expect(none.status).toBe(403)
    expect(((await none.json()) as { code: string }).code).toBe('console-csrf')
    expect((await post({ _csrf: otherToken })).status).toBe(403)
    expect((await post({ _csrf: `${own.slice(0, -2)}AA` })).status).toBe(403)
    // The same request with its own token passes both checks (nothing answers that path: 404).
    expect((await post({ _csrf: own })).status).toBe(404)
    expect((await post({}, { 'x-csrf-token': own })).status).toBe(404)
    // A browser gets the page, in plain words.
    const page = await fetch(`${bridge.url}/console/no-such-action`, {
      method: 'POST',
      headers: { cookie: session!, accept: 'text/html' },
      body: new URLSearchParams({}),
    })
    expect(page.status).toBe(403)
    expect(await page.text()).toContain('sent without its security token')
    expect(page.headers.get('content-security-policy')).toBe(CONSOLE_CSP)
  })

  it('refuses a POST without a session (no redirect for a form post)', async () => {
    const res = await fetch(`${bridge.url}/console/logout`, {
      method: 'POST',
      redirect: 'manual',
      headers: { accept: 'application/json' },
      body: new URLSearchParams({ _csrf: 'x' }),
    })
    expect(res.status).toBe(403)
    expect(((await res.json()) as { code: string }).code).toBe('console-session-required')
  })
})

describe('refused sign-ins leave no session', () => {
  it('refuses an answer whose state is not the one this browser sent', async () => {
    const { authorize, tx } = await beginSignIn()
    const back = new URL((await submitLogin(authorize, operator)).headers.get('location')!)
    back.searchParams.set('state', 'someone-elses-state-value')
    const res = await fetch(`${bridge.url}${back.pathname}${back.search}`, {
      redirect: 'manual',
      headers: { cookie: tx },
    })
    expect(res.status).toBe(400)
    expect(await res.text()).toContain('state mismatch')
    expect(cookieSet(res, 'console_session')).toBeUndefined()
    expect(res.headers.get('content-security-policy')).toBe(CONSOLE_CSP)
  })

  it('refuses a callback without the transaction cookie', async () => {
    const { authorize } = await beginSignIn()
    const back = new URL((await submitLogin(authorize, operator)).headers.get('location')!)
    const res = await fetch(`${bridge.url}${back.pathname}${back.search}`, { redirect: 'manual' })
    expect(res.status).toBe(400)
    expect(cookieSet(res, 'console_session')).toBeUndefined()
  })

  it('refuses a code injected into another sign-in: the PKCE verifier does not match', async () => {
    // The attacker's code (sign-in A) delivered to the victim's browser with the victim's state (sign-in B).
    const a = await beginSignIn()
    const b = await beginSignIn()
    const codeA = new URL(
      (await submitLogin(a.authorize, operator)).headers.get('location')!,
    ).searchParams.get('code')!
    const url = new URL(`${bridge.url}/console/callback`)
    url.searchParams.set('code', codeA)
    url.searchParams.set('state', b.authorize.searchParams.get('state')!)
    const res = await fetch(url, { redirect: 'manual', headers: { cookie: b.tx } })
    expect(res.status).toBe(400)
    expect(await res.text()).toContain('PKCE verification failed')
    expect(cookieSet(res, 'console_session')).toBeUndefined()
  })

  it.each([
    ['signature', 'its signature does not match'],
    ['nonce', 'its nonce is not the one this sign-in sent'],
    ['audience', 'its aud claim'],
    ['issuer', 'its iss claim'],
    ['expired', 'it has expired'],
  ] as const)('refuses an ID token with a tampered %s', async (tamper, why) => {
    bridge.sandbox!.sandbox.oidc.tamperNextIdToken = tamper
    const { callback, session } = await signInOverHttp(operator)
    expect(callback.status).toBe(400)
    const text = await callback.text()
    expect(text).toContain('Sign-in could not be completed')
    expect(text).toContain(why)
    expect(session).toBeUndefined()
  })

  it('passes Okta’s own refusal on in words', async () => {
    const { tx } = await beginSignIn()
    const res = await fetch(
      `${bridge.url}/console/callback?error=access_denied&error_description=User+is+not+assigned+to+the+client+application.&state=x`,
      { redirect: 'manual', headers: { cookie: tx } },
    )
    expect(res.status).toBe(400)
    expect(await res.text()).toContain('User is not assigned to the client application.')
  })
})

describe('assets and headers', () => {
  it('serves the stylesheet from bridge/console/assets and nothing outside it, with the CSP everywhere', async () => {
    const css = await fetch(`${bridge.url}/console/assets/console.css`)
    expect(css.status).toBe(200)
    expect(css.headers.get('content-type')).toMatch(/^text\/css/)
    expect(await css.text()).toContain('.auth-page')
    for (const path of [
      '/console/assets/nope.css',
      '/console/assets/%2e%2e/router.ts',
      '/console/assets/../config.ts',
    ]) {
      const res = await fetch(`${bridge.url}${path}`, { redirect: 'manual' })
      expect(res.headers.get('content-security-policy'), path).toBe(CONSOLE_CSP)
      expect(await res.text(), path).not.toContain('createConsoleRouter')
    }
    const signedOut = await fetch(`${bridge.url}/console/signed-out`)
    for (const res of [css, signedOut]) {
      expect(res.headers.get('content-security-policy')).toBe(CONSOLE_CSP)
      expect(res.headers.get('x-content-type-options')).toBe('nosniff')
      expect(res.headers.get('referrer-policy')).toBe('no-referrer')
    }
    expect(signedOut.headers.get('cache-control')).toBe('no-store')
  })
})

describe('an Okta-mode bridge', () => {
  let org: OktaOrg
  const running: RunningBridge[] = []
  beforeAll(async () => {
    org = await startOktaOrg({ groups: ['Console Ops', 'Engineering'], apps: ['Slack'] })
  })
  afterAll(async () => {
    for (const b of running) await b.stop()
    await org?.stop()
  })

  it('without CONSOLE_CLIENT_ID answers /console with a 404 problem saying how to enable it', async () => {
    const b = await startBridge(
      { ...org.env, NODE_ENV: 'test', PORT: '0', LOG_LEVEL: 'silent' },
      { print: () => {} },
    )
    running.push(b)
    for (const path of ['/console', '/console/', '/console/tickets?q=RITM1']) {
      const res = await fetch(`${b.url}${path}`, { redirect: 'manual' })
      expect(res.status, path).toBe(404)
      expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/)
      const body = (await res.json()) as { code: string; hint: string }
      expect(body.code).toBe('console-not-configured')
      expect(body.hint).toMatch(/CONSOLE_CLIENT_ID/)
      expect(res.headers.get('content-security-policy')).toBe(CONSOLE_CSP)
    }
  })

  it('answers 502 with a page, not a 500, when Okta’s sign-in configuration cannot be read', async () => {
    const b = await startBridge(
      {
        ...org.env,
        NODE_ENV: 'test',
        PORT: '0',
        LOG_LEVEL: 'silent',
        CONSOLE_CLIENT_ID: '0oaCONSOLE0000000001',
        CONSOLE_CLIENT_SECRET: 'a-client-secret',
        CONSOLE_VIEWER_GROUPS: org.groups[0]!.id,
        CONSOLE_BASE_URL: 'https://bridge.example.com',
        // Nothing listens on the discard port.
        CONSOLE_ISSUER: 'http://127.0.0.1:9',
      },
      { print: () => {} },
    )
    running.push(b)
    const res = await fetch(`${b.url}/console/`, { redirect: 'manual' })
    expect(res.status).toBe(502)
    expect(await res.text()).toContain('could not be read')
    expect(res.headers.get('content-security-policy')).toBe(CONSOLE_CSP)
  })

  it('signs in with private_key_jwt behind an https URL, with Secure cookies', async () => {
    const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true })
    const publicJwk = await exportJWK(publicKey)
    const kid = await calculateJwkThumbprint(publicJwk, 'sha256')
    const clientId = `0oa${randomBytes(12).toString('hex').slice(0, 17)}`
    const baseUrl = 'https://bridge.example.com'
    org.sandbox.oidc.registerWebApp({
      client_id: clientId,
      jwks: { keys: [{ ...publicJwk, kid, alg: 'RS256' }] },
      redirect_uris: [`${baseUrl}/console/callback`],
    })
    const ops = org.groups.find((g) => g.name === 'Console Ops')!
    org.sandbox.org.seed({
      users: [
        {
          profile: { login: 'op@example.com', email: 'op@example.com', firstName: 'O', lastName: 'P' },
          groups: ['Console Ops'],
        },
      ],
    })
    const password = randomBytes(12).toString('base64url')
    org.sandbox.oidc.setPassword('op@example.com', password)
    const b = await startBridge(
      {
        ...org.env,
        NODE_ENV: 'test',
        PORT: '0',
        LOG_LEVEL: 'silent',
        CONSOLE_CLIENT_ID: clientId,
        CONSOLE_PRIVATE_KEY: JSON.stringify({ ...(await exportJWK(privateKey)), kid }),
        CONSOLE_OPERATOR_GROUPS: ops.id,
        CONSOLE_BASE_URL: baseUrl,
        CONSOLE_SESSION_SECRET: randomBytes(32).toString('base64url'),
      },
      { print: () => {} },
    )
    running.push(b)
    const { authorize, tx, res } = await beginSignIn(b.url)
    expect(setCookieLine(res, 'console_signin')).toMatch(/; Secure/)
    expect(authorize.searchParams.get('redirect_uri')).toBe(`${baseUrl}/console/callback`)
    const back = new URL(
      (await submitLogin(authorize, { username: 'op@example.com', password })).headers.get('location')!,
    )
    expect(back.origin).toBe(baseUrl)
    // The proxy in front of the bridge would forward this to it.
    const callback = await fetch(`${b.url}${back.pathname}${back.search}`, {
      redirect: 'manual',
      headers: { cookie: tx },
    })
    expect(callback.status).toBe(303)
    const line = setCookieLine(callback, 'console_session')!
    expect(line).toMatch(/; HttpOnly/)
    expect(line).toMatch(/; SameSite=Lax/)
    expect(line).toMatch(/; Secure/)
    const home = await fetch(`${b.url}/console/`, {
      headers: { cookie: cookieSet(callback, 'console_session')! },
    })
    expect(home.status).toBe(200)
  })
})

describe('configuration', () => {
  const base = {
    NODE_ENV: 'production',
    OKTA_ORG_URL: 'https://example.okta.com',
    OKTA_CLIENT_ID: '0oa1a2b3c4d5e6f7g8h9',
    OKTA_KEY_ID: 'kid-1',
    BRIDGE_CLIENT_TOKENS: randomBytes(32).toString('base64url'),
  }
  let env: Record<string, string>
  let org: OktaOrg
  beforeAll(async () => {
    org = await startOktaOrg({ groups: [], apps: [] })
    // A complete Okta-mode environment (key and policy file) from the test org, pointed at a made-up org URL.
    env = {
      ...org.env,
      ...base,
      OKTA_PRIVATE_KEY: org.env.OKTA_PRIVATE_KEY!,
      OKTA_KEY_ID: org.env.OKTA_KEY_ID!,
    }
  })
  afterAll(async () => {
    await org?.stop()
  })
  const problems = async (extra: Record<string, string>) => {
    const error = await loadConfig({ ...env, ...extra }).then(
      () => undefined,
      (e: unknown) => e,
    )
    expect(error).toBeInstanceOf(ConfigError)
    return (error as ConfigError).problems.filter((p) => p.startsWith('CONSOLE_'))
  }

  it('accepts a complete console configuration, and none at all', async () => {
    expect((await loadConfig(env)).console.oidc).toBeUndefined()
    const config = await loadConfig({
      ...env,
      CONSOLE_CLIENT_ID: '0oaCONSOLE0000000001',
      CONSOLE_CLIENT_SECRET: 'a-client-secret',
      CONSOLE_VIEWER_GROUPS: '00gVIEWERS0000000001, 00gVIEWERS0000000002',
      CONSOLE_OPERATOR_GROUPS: '00gOPERATORS00000001',
      CONSOLE_BASE_URL: 'https://bridge.example.com/',
      CONSOLE_SESSION_MINUTES: '60',
    })
    expect(config.console.oidc).toMatchObject({
      issuer: 'https://example.okta.com',
      viewerGroups: ['00gVIEWERS0000000001', '00gVIEWERS0000000002'],
      operatorGroups: ['00gOPERATORS00000001'],
    })
    expect(config.console.baseUrl).toBe('https://bridge.example.com')
    expect(config.console.sessionTtlMs).toBe(3_600_000)
    expect(config.warnings.some((w) => w.startsWith('CONSOLE_SESSION_SECRET: not set'))).toBe(true)
  })

  it('refuses a missing secret, bad group ids, a missing base URL, a short session secret, loudly and at once', async () => {
    const found = await problems({
      CONSOLE_CLIENT_ID: '0oaCONSOLE0000000001',
      CONSOLE_VIEWER_GROUPS: '00gVIEWERS0000000001,Engineering',
      CONSOLE_SESSION_SECRET: 'short',
    })
    expect(found).toEqual([
      expect.stringMatching(/^CONSOLE_SESSION_SECRET: must be at least 32 characters/),
      expect.stringMatching(/^CONSOLE_CLIENT_SECRET: required with CONSOLE_CLIENT_ID/),
      expect.stringMatching(/^CONSOLE_VIEWER_GROUPS: entry 2 is not an Okta group id/),
      expect.stringMatching(/^CONSOLE_BASE_URL: required with CONSOLE_CLIENT_ID/),
    ])
    expect(found.join('\n')).not.toContain('short')
    expect(
      await problems({
        CONSOLE_CLIENT_ID: '0oaX',
        CONSOLE_CLIENT_SECRET: 's',
        CONSOLE_BASE_URL: 'https://b.example.com',
      }),
    ).toEqual([
      expect.stringMatching(
        /^CONSOLE_OPERATOR_GROUPS: with CONSOLE_CLIENT_ID, set CONSOLE_OPERATOR_GROUPS and\/or CONSOLE_VIEWER_GROUPS/,
      ),
    ])
    expect(await problems({ CONSOLE_OPERATOR_GROUPS: '00gOPERATORS00000001' })).toEqual([
      "CONSOLE_OPERATOR_GROUPS: set without CONSOLE_CLIENT_ID, which it belongs to (the console's OIDC web app)",
    ])
    expect(
      await problems({
        CONSOLE_CLIENT_ID: '0oaX',
        CONSOLE_CLIENT_SECRET: 's',
        CONSOLE_OPERATOR_GROUPS: '00gOPERATORS00000001',
        CONSOLE_BASE_URL: 'http://bridge.example.com',
      }),
    ).toEqual([expect.stringMatching(/^CONSOLE_BASE_URL: must use https/)])
  })
})

describe('the console in the sandbox-mode banner', () => {
  it('prints the console URL and the demo operator and viewer, whose sign-ins work', async () => {
    const banner = lines.join('\n')
    expect(banner).toContain(`Operator console: ${bridge.url}/console/`)
    expect(operator.username).toBe('console.operator@example.com')
    expect(viewer.username).toBe('console.viewer@example.com')
    for (const who of [operator, viewer]) {
      const { callback, session } = await signInOverHttp(who)
      expect(callback.status).toBe(303)
      expect(session).toBeDefined()
    }
  })
})

describe('the console groups in the demo policy', () => {
  it('are protected: no flow may make anyone a console operator', async () => {
    const org = bridge.sandbox!.sandbox.org
    const operators = [...org.groups.values()].find((g) => g.profile.name === 'Console Operators')!
    const res = await fetch(`${bridge.url}/api/flo/mover/invoke`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-client-token': bridge.demoToken! },
      body: JSON.stringify({
        ticket: { number: 'RITM0099001', requestedBy: 'someone' },
        user: { login: 'dana.lee@example.com' },
        addGroups: [operators.id],
      }),
    })
    const body = (await res.json()) as { code: string }
    expect(res.status).toBe(403)
    expect(body.code).toBe('policy-violation')
    expect(org.listUserGroups('dana.lee@example.com').map((g) => g.id)).not.toContain(operators.id)
  })
})
