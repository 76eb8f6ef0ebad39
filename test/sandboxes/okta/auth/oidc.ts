/**
 * The OpenID Connect side of the sandbox org's authorization server: what a web app (the bridge's operator
 * console) needs to sign people in — discovery, `GET /oauth2/v1/authorize` with a login form (fields
 * `username` and `password`) for the org's users, the authorization code exchange with PKCE (S256) at
 * `/oauth2/v1/token`, and an RS256 ID token with a `groups` claim signed with the org key of
 * `/oauth2/v1/keys`.
 *
 * Like Okta's org authorization server, the issuer is the org URL. A successful sign-in starts an Okta
 * session in that browser (an HttpOnly cookie, `sid`, as Okta's), and an authorization request in a browser
 * with a live session is answered with a code straight away — a silent sign-in, as Okta does — unless it asks
 * for `prompt=login`. `GET /oauth2/v1/logout` (RP-initiated logout, the discovery's `end_session_endpoint`)
 * ends that session: it checks `id_token_hint` (an ID token this org issued to a registered web app, expired
 * ones accepted as Okta does) and that `post_logout_redirect_uri` is one of the app's sign-out redirect URIs,
 * then sends the browser there with the `state`. Passwords are kept here, by user id, because the org itself
 * only records that a user has one.
 *
 * Tests break the protocol on purpose through {@link OidcProvider.tamperNextIdToken} (a bad signature, a
 * foreign nonce, audience or issuer, an expired token) to check that the client refuses it.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'
import { createLocalJWKSet, type JWK, type JWTPayload, jwtVerify } from 'jose'
import { OAuthError } from '../errors.js'
import type { SandboxRequest, SandboxResponse } from '../http-types.js'
import type { Org } from '../org.js'
import type { AuthorizationServer } from './authorization-server.js'

/** An OpenID Connect web app (Okta: "OIDC - OpenID Connect", "Web Application") as the sandbox knows it. */
export interface WebAppRegistration {
  client_id: string
  /** `client_secret_basic` / `client_secret_post`; absent when the app authenticates with `private_key_jwt`. */
  client_secret?: string
  /** The public keys of a `private_key_jwt` app. */
  jwks?: { keys: JWK[] }
  /** "Sign-in redirect URIs": compared exactly, as Okta does. */
  redirect_uris: string[]
  /** "Sign-out redirect URIs": where `/oauth2/v1/logout` may send the browser back to, compared exactly. */
  post_logout_redirect_uris?: string[]
}

/** How the next ID token is spoiled (then the provider goes back to issuing good ones). */
export type IdTokenTamper = 'signature' | 'nonce' | 'audience' | 'issuer' | 'expired'

/** What an authorization code stands for until it is exchanged (once) or expires. */
interface CodeGrant {
  clientId: string
  redirectUri: string
  codeChallenge: string
  nonce: string | undefined
  scopes: string[]
  userId: string
  expiresAtMs: number
}

/** An Okta sign-in session in one browser: who, until when. */
interface SignInSession {
  userId: string
  expiresAtMs: number
}

/** The cookie of the sandbox's sign-in session (Okta's is `sid` too). */
export const SESSION_COOKIE = 'sid'
/** Okta's default session lifetime: two hours. */
const SESSION_TTL_MS = 2 * 3_600_000
const LOGOUT_PATH = '/oauth2/v1/logout'
/** Okta's authorization codes live 60 seconds. */
const CODE_TTL_MS = 60_000
/** ID tokens: an hour, Okta's default. */
const ID_TOKEN_TTL_SECONDS = 3600
const AUTHORIZE_PATH = '/oauth2/v1/authorize'
const TOKEN_PATH = '/oauth2/v1/token'
const JWT_BEARER = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer'
/** The request parameters the login form carries through from the authorization request. */
const CARRIED = [
  'client_id',
  'redirect_uri',
  'response_type',
  'scope',
  'state',
  'nonce',
  'code_challenge',
  'code_challenge_method',
] as const

/** Validated authorization request parameters. */
type AuthorizeParams = Record<(typeof CARRIED)[number], string>

/** The OpenID Connect provider of the sandbox. All state is in memory; {@link reset} forgets it. */
export class OidcProvider {
  private readonly apps = new Map<string, WebAppRegistration>()
  private readonly passwords = new Map<string, string>()
  private readonly codes = new Map<string, CodeGrant>()
  private readonly sessions = new Map<string, SignInSession>()
  /** Spoils the next ID token issued (tests of the client's checks); cleared once used. */
  tamperNextIdToken: IdTokenTamper | undefined

  constructor(
    private readonly org: Org,
    private readonly auth: AuthorizationServer,
  ) {}

  /** Adds (or replaces) a web app. */
  registerWebApp(reg: WebAppRegistration): WebAppRegistration {
    if (!reg.client_id || reg.redirect_uris.length === 0)
      throw new TypeError('registerWebApp: client_id and at least one redirect URI are required')
    if (!reg.client_secret && !reg.jwks?.keys.length)
      throw new TypeError('registerWebApp: a client_secret or a jwks is required')
    const copy = structuredClone(reg)
    this.apps.set(reg.client_id, copy)
    return structuredClone(copy)
  }

  /** Sets the password a user signs in with (the user must exist in the org). */
  setPassword(login: string, password: string): void {
    const user = this.org.findUser(login)
    if (!user) throw new TypeError(`setPassword: no user ${login}`)
    user.hasPassword = true
    this.passwords.set(user.id, password)
  }

  /** Forgets apps, passwords and codes. */
  reset(): void {
    this.apps.clear()
    this.passwords.clear()
    this.codes.clear()
    this.sessions.clear()
    this.tamperNextIdToken = undefined
  }

  /** `GET /.well-known/openid-configuration` of the org authorization server. */
  discovery(req: SandboxRequest): SandboxResponse {
    const issuer = req.url.origin
    return {
      status: 200,
      body: {
        issuer,
        authorization_endpoint: `${issuer}${AUTHORIZE_PATH}`,
        token_endpoint: `${issuer}${TOKEN_PATH}`,
        end_session_endpoint: `${issuer}${LOGOUT_PATH}`,
        jwks_uri: `${issuer}/oauth2/v1/keys`,
        response_types_supported: ['code'],
        response_modes_supported: ['query'],
        grant_types_supported: ['authorization_code', 'client_credentials'],
        subject_types_supported: ['public'],
        id_token_signing_alg_values_supported: ['RS256'],
        scopes_supported: ['openid', 'profile', 'email', 'groups'],
        token_endpoint_auth_methods_supported: [
          'client_secret_basic',
          'client_secret_post',
          'private_key_jwt',
        ],
        claims_supported: [
          'iss',
          'sub',
          'aud',
          'iat',
          'exp',
          'nonce',
          'name',
          'email',
          'preferred_username',
          'groups',
        ],
        code_challenge_methods_supported: ['S256'],
      },
    }
  }

  /**
   * `GET /oauth2/v1/authorize`: checks the request; with a live sign-in session (and no `prompt=login`) sends the
   * code back at once, else shows the login form (`prompt=none` without a session: `login_required`).
   */
  authorize(req: SandboxRequest): SandboxResponse {
    const checked = this.checkAuthorizeRequest(req.url.searchParams)
    if ('status' in checked) return checked
    const prompt = req.url.searchParams.get('prompt') ?? ''
    const session = prompt === 'login' ? undefined : this.liveSession(req)
    if (session) return this.issueCode(checked, session.userId)
    if (prompt === 'none')
      return redirect(checked.redirect_uri, {
        error: 'login_required',
        error_description: 'The user is not signed in to Okta.',
        state: checked.state,
      })
    return loginForm(checked, undefined, 200)
  }

  /** How many sign-in sessions are live (tests: a logout ended one). */
  liveSessions(): number {
    const now = this.auth.now()
    return [...this.sessions.values()].filter((session) => session.expiresAtMs > now).length
  }

  /**
   * `GET /oauth2/v1/logout`: RP-initiated logout. Ends this browser's sign-in session and goes back to the app's
   * sign-out redirect URI with `state`; an `id_token_hint` this org did not issue to a registered app, or a
   * `post_logout_redirect_uri` the app did not register, is refused with an error page (nothing is ended, and
   * nobody is sent to an unregistered address).
   */
  async logout(req: SandboxRequest): Promise<SandboxResponse> {
    const params = req.url.searchParams
    const hint = params.get('id_token_hint') ?? ''
    const back = params.get('post_logout_redirect_uri')
    const state = params.get('state')
    let clientId: string
    try {
      const { payload } = await jwtVerify(hint, createLocalJWKSet(this.auth.jwks()), {
        issuer: req.url.origin,
        algorithms: ['RS256'],
        // Okta accepts an expired ID token as the hint (signing out must work after the token's hour): the
        // signature, issuer and audience are what count, so the expiry is judged at the epoch.
        currentDate: new Date(0),
      })
      clientId = Array.isArray(payload.aud) ? String(payload.aud[0]) : String(payload.aud)
    } catch {
      return errorPage(400, "The 'id_token_hint' is not a valid ID token issued by this org.")
    }
    const app = this.apps.get(clientId)
    if (!app) return errorPage(400, "The 'id_token_hint' was not issued to a registered app of this org.")
    if (back !== null && !(app.post_logout_redirect_uris ?? []).includes(back))
      return errorPage(
        400,
        "The 'post_logout_redirect_uri' parameter must be a Logout redirect URI in the client app settings.",
      )
    const sid = sessionIdOf(req)
    if (sid !== undefined) this.sessions.delete(sid)
    const ended = { 'set-cookie': sessionCookie('', 0) }
    if (back === null) {
      const page = html(200, 'Signed out', '<h1>Signed out</h1><p>You are signed out of Okta.</p>')
      return { ...page, headers: { ...page.headers, ...ended } }
    }
    const answer = redirect(back, state === null ? {} : { state })
    return { ...answer, headers: { ...answer.headers, ...ended } }
  }

  /** `POST /oauth2/v1/authorize`: the login form's submission; a code back to the app, or the form again. */
  signIn(req: SandboxRequest): SandboxResponse {
    const form = new URLSearchParams(req.rawBody)
    const checked = this.checkAuthorizeRequest(form)
    if ('status' in checked) return checked
    const username = form.get('username') ?? ''
    const password = form.get('password') ?? ''
    const user = username === '' ? undefined : this.org.findUser(username)
    const expected = user ? this.passwords.get(user.id) : undefined
    // Same answer whether the user is unknown, inactive or the password wrong: the form is no user oracle.
    if (!user || expected === undefined || !sameSecret(password, expected) || user.status !== 'ACTIVE') {
      return loginForm(checked, 'Unable to sign in: the username or the password is not right.', 401)
    }
    // A new Okta session for this browser (any earlier one of it ends: no session fixation).
    const previous = sessionIdOf(req)
    if (previous !== undefined) this.sessions.delete(previous)
    const sid = randomBytes(24).toString('base64url')
    this.sessions.set(sid, { userId: user.id, expiresAtMs: this.auth.now() + SESSION_TTL_MS })
    const answer = this.issueCode(checked, user.id)
    return { ...answer, headers: { ...answer.headers, 'set-cookie': sessionCookie(sid, SESSION_TTL_MS) } }
  }

  /** A fresh authorization code for the user, sent back to the app's redirect URI. */
  private issueCode(checked: AuthorizeParams, userId: string): SandboxResponse {
    const code = randomBytes(32).toString('base64url')
    this.codes.set(code, {
      clientId: checked.client_id,
      redirectUri: checked.redirect_uri,
      codeChallenge: checked.code_challenge,
      nonce: checked.nonce === '' ? undefined : checked.nonce,
      scopes: checked.scope.split(' '),
      userId,
      expiresAtMs: this.auth.now() + CODE_TTL_MS,
    })
    return redirect(checked.redirect_uri, { code, state: checked.state })
  }

  /** The browser's live sign-in session of an active user, if it has one. */
  private liveSession(req: SandboxRequest): SignInSession | undefined {
    const sid = sessionIdOf(req)
    const session = sid === undefined ? undefined : this.sessions.get(sid)
    if (!session || session.expiresAtMs <= this.auth.now()) return undefined
    return this.org.users.get(session.userId)?.status === 'ACTIVE' ? session : undefined
  }

  /**
   * Whether a token request is a registered web app's code exchange (`grant_type=authorization_code` from a
   * client registered here); anything else stays with the service apps' token endpoint and its errors.
   */
  handlesTokenRequest(req: SandboxRequest): boolean {
    const params = new URLSearchParams(req.rawBody)
    if (params.get('grant_type') !== 'authorization_code') return false
    const basic = /^Basic +([A-Za-z0-9+/=]+)$/i.exec(String(req.headers.authorization ?? ''))
    let basicId: string | undefined
    try {
      basicId = basic
        ? decodeURIComponent(Buffer.from(basic[1]!, 'base64').toString('utf8').split(':')[0] ?? '')
        : undefined
    } catch {
      return false
    }
    const id = basicId ?? params.get('client_id') ?? undefined
    if (id !== undefined && this.apps.has(id)) return true
    return this.appOfAssertion(params.get('client_assertion') ?? '') !== undefined
  }

  /** `POST /oauth2/v1/token` with `grant_type=authorization_code`: client authentication, code, PKCE. */
  async exchangeCode(req: SandboxRequest): Promise<SandboxResponse> {
    try {
      const params = new URLSearchParams(req.rawBody)
      const app = await this.authenticateClient(req, params)
      const code = params.get('code') ?? ''
      const grant = this.codes.get(code)
      // Single use: a replayed code is refused like an unknown one.
      this.codes.delete(code)
      const invalid = (why: string) => new OAuthError(400, 'invalid_grant', why)
      if (!grant || grant.expiresAtMs <= this.auth.now())
        throw invalid('The authorization code is invalid or has expired.')
      if (grant.clientId !== app.client_id)
        throw invalid('The authorization code was issued to another client.')
      if (params.get('redirect_uri') !== grant.redirectUri)
        throw invalid(
          "The 'redirect_uri' does not match the redirection URI used in the authorization request.",
        )
      const verifier = params.get('code_verifier') ?? ''
      if (!/^[A-Za-z0-9._~-]{43,128}$/.test(verifier))
        throw new OAuthError(
          400,
          'invalid_request',
          'PKCE verification failed: code_verifier is missing or malformed.',
        )
      if (createHash('sha256').update(verifier).digest('base64url') !== grant.codeChallenge)
        throw invalid('PKCE verification failed.')
      const user = this.org.users.get(grant.userId)
      if (user?.status !== 'ACTIVE') throw invalid('The user is no longer active.')
      const idToken = await this.idToken(req.url.origin, app.client_id, grant, user)
      return {
        status: 200,
        headers: { 'cache-control': 'no-store', pragma: 'no-cache' },
        body: {
          token_type: 'Bearer',
          expires_in: ID_TOKEN_TTL_SECONDS,
          // Opaque: the console only needs the ID token; nothing accepts this as an API token.
          access_token: randomBytes(32).toString('base64url'),
          scope: grant.scopes.join(' '),
          id_token: idToken,
        },
      }
    } catch (error) {
      if (!(error instanceof OAuthError)) throw error
      return {
        status: error.status,
        body: error.toBody(),
        headers: { 'cache-control': 'no-store', pragma: 'no-cache', ...error.headers },
      }
    }
  }

  private async idToken(
    origin: string,
    clientId: string,
    grant: CodeGrant,
    user: { id: string; profile: Record<string, unknown> },
  ): Promise<string> {
    const tamper = this.tamperNextIdToken
    this.tamperNextIdToken = undefined
    const iat = Math.floor(this.auth.now() / 1000) - (tamper === 'expired' ? 2 * ID_TOKEN_TTL_SECONDS : 0)
    const profile = user.profile
    const claims: JWTPayload = {
      ver: 1,
      iss: tamper === 'issuer' ? 'https://attacker.example.com' : origin,
      aud: tamper === 'audience' ? '0oaSomeOtherApp00000' : clientId,
      sub: user.id,
      iat,
      exp: iat + ID_TOKEN_TTL_SECONDS,
      jti: `ID.${randomBytes(16).toString('base64url')}`,
      amr: ['pwd'],
      auth_time: iat,
      ...(grant.nonce !== undefined || tamper === 'nonce'
        ? { nonce: tamper === 'nonce' ? 'not-the-nonce-you-sent' : grant.nonce }
        : {}),
      ...(grant.scopes.includes('profile')
        ? {
            name: [profile.firstName, profile.lastName].filter(Boolean).join(' '),
            preferred_username: String(profile.login),
          }
        : {}),
      ...(grant.scopes.includes('email') ? { email: String(profile.email ?? profile.login) } : {}),
      // The ids of the user's groups (Okta: a groups claim of type Expression over `group.id`); the built-in
      // Everyone group is left out as a filter would leave it out.
      ...(grant.scopes.includes('groups')
        ? {
            groups: this.org
              .listUserGroups(user.id)
              .filter((g) => g.type !== 'BUILT_IN')
              .map((g) => g.id),
          }
        : {}),
    }
    const token = await this.auth.signWithOrgKey(claims)
    if (tamper !== 'signature') return token
    // A claim changed after signing: the signature no longer covers the payload.
    const [header, , signature] = token.split('.')
    const forged = Buffer.from(JSON.stringify({ ...claims, groups: ['00gEveryGroupThere00'] })).toString(
      'base64url',
    )
    return `${header}.${forged}.${signature}`
  }

  /** `client_secret_basic`, `client_secret_post` or `private_key_jwt` (RFC 7523), as the app is registered. */
  private async authenticateClient(
    req: SandboxRequest,
    params: URLSearchParams,
  ): Promise<WebAppRegistration> {
    const unauthorized = () => new OAuthError(401, 'invalid_client', 'Client authentication failed.')
    const basic = /^Basic +([A-Za-z0-9+/=]+)$/i.exec(String(req.headers.authorization ?? ''))
    if (basic) {
      const decoded = Buffer.from(basic[1]!, 'base64').toString('utf8')
      const colon = decoded.indexOf(':')
      let id: string
      let secret: string
      try {
        id = decodeURIComponent(decoded.slice(0, colon))
        secret = decodeURIComponent(decoded.slice(colon + 1))
      } catch {
        throw unauthorized()
      }
      const app = this.apps.get(id)
      if (colon < 0 || !app?.client_secret || !sameSecret(secret, app.client_secret)) throw unauthorized()
      return app
    }
    if (params.get('client_assertion_type') === JWT_BEARER) {
      const assertion = params.get('client_assertion') ?? ''
      const app = this.apps.get(params.get('client_id') ?? '') ?? this.appOfAssertion(assertion)
      if (!app?.jwks) throw unauthorized()
      try {
        await jwtVerify(assertion, createLocalJWKSet(app.jwks), {
          issuer: app.client_id,
          subject: app.client_id,
          audience: `${req.url.origin}${TOKEN_PATH}`,
          currentDate: new Date(this.auth.now()),
        })
      } catch {
        throw new OAuthError(401, 'invalid_client', 'The client_assertion signature or claims are not valid.')
      }
      return app
    }
    const app = this.apps.get(params.get('client_id') ?? '')
    const secret = params.get('client_secret')
    if (!app?.client_secret || secret === null || !sameSecret(secret, app.client_secret)) throw unauthorized()
    return app
  }

  private appOfAssertion(assertion: string): WebAppRegistration | undefined {
    try {
      const payload = JSON.parse(Buffer.from(assertion.split('.')[1] ?? '', 'base64url').toString('utf8'))
      return typeof payload?.iss === 'string' ? this.apps.get(payload.iss) : undefined
    } catch {
      return undefined
    }
  }

  /**
   * The authorization request's parameters, or the answer refusing it: an error page when the client or
   * redirect URI cannot be trusted (nothing may be sent there), otherwise an error redirect, as RFC 6749 §4.1.2.1.
   */
  private checkAuthorizeRequest(source: URLSearchParams): AuthorizeParams | SandboxResponse {
    const p = Object.fromEntries(CARRIED.map((name) => [name, source.get(name) ?? ''])) as AuthorizeParams
    const app = this.apps.get(p.client_id)
    if (!app) return errorPage(400, 'The client_id is not a registered app of this org.')
    if (!app.redirect_uris.includes(p.redirect_uri))
      return errorPage(
        400,
        "The 'redirect_uri' parameter must be a Login redirect URI in the client app settings.",
      )
    const fail = (error: string, description: string) =>
      redirect(p.redirect_uri, {
        error,
        error_description: description,
        ...(p.state ? { state: p.state } : {}),
      })
    if (p.response_type !== 'code')
      return fail('unsupported_response_type', 'Only response_type=code is supported.')
    if (!p.scope.split(' ').includes('openid'))
      return fail('invalid_scope', "The 'openid' scope is required.")
    if (p.state === '') return fail('invalid_request', "The 'state' parameter is required.")
    if (p.code_challenge_method !== 'S256' || !/^[A-Za-z0-9_-]{43}$/.test(p.code_challenge))
      return fail('invalid_request', 'PKCE with code_challenge_method=S256 is required.')
    return p
  }
}

/** The sign-in session id the browser sent (`sid` cookie), if any. */
function sessionIdOf(req: SandboxRequest): string | undefined {
  for (const part of String(req.headers.cookie ?? '').split(';')) {
    const eq = part.indexOf('=')
    if (eq > 0 && part.slice(0, eq).trim() === SESSION_COOKIE) return part.slice(eq + 1).trim() || undefined
  }
  return undefined
}

/** The session cookie; `ttlMs` 0 deletes it. */
function sessionCookie(sid: string, ttlMs: number): string {
  return `${SESSION_COOKIE}=${sid}; Path=/; Max-Age=${Math.floor(ttlMs / 1000)}; HttpOnly; SameSite=Lax`
}

/** Constant-time comparison of two secrets of any length. */
function sameSecret(presented: string, expected: string): boolean {
  const a = createHash('sha256').update(presented).digest()
  const b = createHash('sha256').update(expected).digest()
  return timingSafeEqual(a, b)
}

function redirect(to: string, params: Record<string, string>): SandboxResponse {
  const url = new URL(to)
  for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value)
  return { status: 302, headers: { location: url.href, 'cache-control': 'no-store' } }
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

function html(status: number, title: string, body: string): SandboxResponse {
  return {
    status,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      // No form-action: Chromium applies it to the redirect back to the app after the form is sent.
      'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
    },
    body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:28rem;margin:3rem auto;padding:0 1rem}label{display:block;margin-top:1rem}input{font-size:1rem;padding:.4rem;width:100%}button{margin-top:1.5rem;font-size:1rem;padding:.5rem 1.5rem}.error{color:#a00;font-weight:bold}</style>
</head><body><p>Okta sandbox (simulated org)</p>${body}</body></html>`,
  }
}

function errorPage(status: number, message: string): SandboxResponse {
  return html(
    status,
    'Sign-in error',
    `<h1>Sign-in error</h1><p class="error" role="alert">${escapeHtml(message)}</p>`,
  )
}

function loginForm(params: AuthorizeParams, error: string | undefined, status: number): SandboxResponse {
  const hidden = CARRIED.map(
    (name) => `<input type="hidden" name="${name}" value="${escapeHtml(params[name])}">`,
  ).join('')
  return html(
    status,
    'Sign in',
    `<h1>Sign in</h1>${error ? `<p class="error" role="alert">${escapeHtml(error)}</p>` : ''}
<form method="post" action="${AUTHORIZE_PATH}">${hidden}
<label for="username">Username</label><input id="username" name="username" autocomplete="username" required>
<label for="password">Password</label><input id="password" name="password" type="password" autocomplete="current-password" required>
<button type="submit">Sign in</button></form>`,
  )
}
