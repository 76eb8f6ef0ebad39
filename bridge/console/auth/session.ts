/**
 * The console's cookies: the session (who signed in, their role, until when), the sign-in transaction
 * (state, nonce and PKCE verifier between the redirect to Okta and the callback) and the ID token kept for the
 * logout (sent only to `/console/logout`), all signed with HMAC-SHA256
 * under keys derived from `CONSOLE_SESSION_SECRET`, one per purpose, so a transaction cookie can never pass
 * for a session. Nothing is stored server-side: any replica holding the secret accepts a session, and a
 * restart does not end them (unless the secret was generated at start).
 *
 * Cookies are `HttpOnly` (no script reads them), `SameSite=Lax` and `Secure` unless the console's URL is plain
 * http on loopback. Lax rather than Strict because sign-in is a cross-site round trip: Okta's redirect back to
 * `/console/callback` is a top-level navigation from another site, and Strict would withhold the transaction
 * cookie there (and the session cookie on the redirect that follows, and on links from ServiceNow). Lax still
 * withholds them from cross-site POSTs, and every POST also needs the CSRF token below.
 */
import { createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto'

/** Who is signed in and what they may do. */
export interface ConsoleSession {
  /** A random id for this sign-in: the CSRF token is derived from it. */
  sid: string
  /** The Okta user id (`sub` of the ID token). */
  sub: string
  name: string
  email: string
  role: 'viewer' | 'operator'
  /** Sign-in and expiry, in ms since the epoch (by the bridge's clock). */
  iat: number
  exp: number
}

/**
 * The ID token of a sign-in, kept for the logout that ends the Okta session too (its `id_token_hint`). A cookie
 * of its own, scoped to `Path=/console/logout`, so the browser sends it only with the logout: the session cookie
 * stays small on every request, and a large `groups` claim cannot push it past browsers' 4 KB cookie limit.
 * Bound to the session by `sid`: one sign-in's token never signs out with another's session.
 */
export interface IdTokenHint {
  sid: string
  idToken: string
  exp: number
}

/** What the browser carries between the redirect to Okta and the callback. */
export interface SignInTransaction {
  state: string
  nonce: string
  codeVerifier: string
  /** The console path to go back to after sign-in. */
  returnTo: string
  exp: number
}

/** Cookie names. `Path` scopes each to where it is needed. */
export const SESSION_COOKIE = 'console_session'
export const TRANSACTION_COOKIE = 'console_signin'
export const ID_TOKEN_COOKIE = 'console_idt'
/** Where the ID token cookie is sent: the logout only. */
export const ID_TOKEN_COOKIE_PATH = '/console/logout'
/**
 * The largest sealed ID token kept: browsers drop a cookie over 4096 bytes (name, value and attributes). A
 * larger one is not set — the logout then ends only the console session and says so.
 */
export const MAX_ID_TOKEN_COOKIE = 3900
/** How long a sign-in may take between the redirect to Okta and the callback. */
export const TRANSACTION_TTL_MS = 10 * 60_000

type Purpose = 'session' | 'transaction' | 'csrf' | 'idtoken'

/** Signs and verifies the console's cookies and CSRF tokens. */
export class CookieSigner {
  private readonly keys: Record<Purpose, Buffer>

  /** `secret`: `CONSOLE_SESSION_SECRET` (or the random key of this process). */
  constructor(secret: Buffer) {
    const derive = (purpose: Purpose) =>
      Buffer.from(hkdfSync('sha256', secret, 'okta-jml-bridge console', purpose, 32))
    this.keys = {
      session: derive('session'),
      transaction: derive('transaction'),
      csrf: derive('csrf'),
      idtoken: derive('idtoken'),
    }
  }

  /** `base64url(json).base64url(hmac)`. */
  seal(
    purpose: 'session' | 'transaction' | 'idtoken',
    value: ConsoleSession | SignInTransaction | IdTokenHint,
  ): string {
    const body = Buffer.from(JSON.stringify(value)).toString('base64url')
    return `${body}.${this.mac(purpose, body)}`
  }

  /** The value of a cookie this signer sealed for `purpose`, or undefined if it was not (or was altered). */
  open<T>(purpose: 'session' | 'transaction' | 'idtoken', cookie: string | undefined): T | undefined {
    if (cookie === undefined) return undefined
    const dot = cookie.indexOf('.')
    if (dot <= 0) return undefined
    const body = cookie.slice(0, dot)
    if (!equal(cookie.slice(dot + 1), this.mac(purpose, body))) return undefined
    try {
      return JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as T
    } catch {
      return undefined
    }
  }

  /** The session's CSRF token: bound to the sign-in, unguessable without the secret. */
  csrfToken(session: ConsoleSession): string {
    return this.mac('csrf', session.sid)
  }

  /** Whether `presented` is the session's CSRF token (constant time). */
  csrfValid(session: ConsoleSession, presented: unknown): boolean {
    return typeof presented === 'string' && equal(presented, this.csrfToken(session))
  }

  private mac(purpose: Purpose, data: string): string {
    return createHmac('sha256', this.keys[purpose]).update(data).digest('base64url')
  }
}

/** Constant-time string comparison (lengths of MACs are public: they are fixed). */
function equal(a: string, b: string): boolean {
  const x = Buffer.from(a)
  const y = Buffer.from(b)
  return x.length === y.length && timingSafeEqual(x, y)
}

/** A random URL-safe value of `bytes` bytes (state, nonce, PKCE verifier, session id). */
export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url')
}

/** The cookies of a request, by name (the first of duplicates wins, as browsers send the most specific first). */
export function readCookies(header: string | undefined): Map<string, string> {
  const cookies = new Map<string, string>()
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=')
    if (eq <= 0) continue
    const name = part.slice(0, eq).trim()
    if (!cookies.has(name)) cookies.set(name, part.slice(eq + 1).trim())
  }
  return cookies
}

/** A `Set-Cookie` value; `maxAgeSeconds` 0 deletes the cookie. */
export function cookieHeader(
  name: string,
  value: string,
  options: { path: string; maxAgeSeconds: number; secure: boolean },
): string {
  return [
    `${name}=${value}`,
    `Path=${options.path}`,
    `Max-Age=${Math.max(0, Math.floor(options.maxAgeSeconds))}`,
    'HttpOnly',
    'SameSite=Lax',
    ...(options.secure ? ['Secure'] : []),
  ].join('; ')
}
