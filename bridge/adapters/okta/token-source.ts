/**
 * Access tokens for the bridge's Okta service app: OAuth 2.0 `client_credentials` at the org authorization
 * server, authenticated with `private_key_jwt`, DPoP-bound when Okta says so.
 *
 * This replaces the Okta SDK's own token handling (NOTES.md, "@okta/okta-sdk-nodejs 8.1.0 as observed"), which
 * swallows token endpoint errors, ignores `expires_in`, fetches one token per concurrent cold call and holds one
 * scope set per client. Here tokens are cached per scope set, refreshed ahead of expiry, requested once however
 * many callers wait, and every refusal surfaces as an {@link OktaError} of kind `auth` that names Okta's reason.
 *
 * Secrets: the private key is parsed once into a `KeyObject` held in a private field, and neither it nor any
 * token ever goes into an error message, a log line or an enumerable property.
 *
 * Why not `openid-client` (v6.8, read at panva/openid-client 27c6be8). It does the token request itself well:
 * `clientCredentialsGrant` with `PrivateKeyJwt` and a `getDPoPHandle` that remembers `DPoP-Nonce` and repeats a
 * `use_dpop_nonce` refusal once — the same two requests for a cold token as here. But that is about 100 lines
 * of `#tokenExchange`, `#post`, `#assertion` and `parseTokenResponse`; what the rest of this file does it
 * leaves to the caller, so adopting it would add two dependencies (`openid-client`, `oauth4webapi`) and remove
 * little:
 * - no token cache and no single flight: the per-scope-set cache, the refresh ahead of expiry, the fallback to an
 *   unexpired token and the one request for 100 cold callers (`npm run bench`) stay (`RefreshingCache`);
 * - no retry after a 5xx or a dropped connection (its docs point at undici's `RetryAgent`): `retry()` stays;
 * - the DPoP proofs of Management API calls (`authorize`, with `ath`, a fresh one per resend) are made for
 *   requests the Okta SDK sends through `OktaRequestExecutor`, not through openid-client's
 *   `fetchProtectedResource`: `#proof` and jose stay either way;
 * - its errors (`ResponseBodyError`, `WWWAuthenticateChallengeError`, `ClientError` codes) would still have to be
 *   mapped to `OktaError` with Okta's `error`, `X-Okta-Request-Id` and the 429's `X-Rate-Limit-Reset`;
 * - its clock is `Date.now()` plus a fixed `clockSkew`: the injectable `now` the tests age tokens with is lost;
 * - it signs with a WebCrypto `CryptoKeyPair` and refuses plain http unless told `allowInsecureRequests`, both
 *   extra steps here (the key arrives as a `KeyObject`; the sandboxes listen on http loopback).
 * Revisit if the bridge ever needs discovery, mTLS or a grant other than client credentials.
 */
import { createHash, createPublicKey, type KeyObject, randomUUID } from 'node:crypto'
import { type JWK, SignJWT } from 'jose'
import type { Clock } from '../../clock.js'
import { type PrivateKeyInput, readRsaPrivateKey } from '../../keys.js'
import { OktaError } from '../../ports/okta.js'
import { retry } from '../../resilience/retry.js'
import { RefreshingCache } from '../../resilience/single-flight.js'
import { outboundFetch } from '../outbound-fetch.js'

/** How to reach the org and who the service app is. */
export interface OktaTokenSourceConfig {
  /** The org URL, e.g. `https://example.okta.com` (a trailing slash is ignored). */
  orgUrl: string
  /** The service app's `client_id`. */
  clientId: string
  /**
   * The app's RSA private key: PEM (PKCS#1 `RSA PRIVATE KEY` or PKCS#8 `PRIVATE KEY`), a private JWK as an
   * object or a JSON string, or the `KeyObject` the configuration already parsed (so it is parsed once). RSA
   * only: it signs both the client assertion and the DPoP proofs (RS256).
   */
  privateKey: PrivateKeyInput
  /** The `kid` Okta knows the app's public key by (the app's JWKS in the Admin Console). */
  keyId: string
  /** `fetch` to reach the token endpoint with; defaults to the bridge's outbound one. */
  fetch?: typeof fetch
  /** Millisecond clock for expiry decisions and the `iat`/`exp` claims; injectable so tests can age tokens. */
  now?: () => number
  /** The clock the waits between token request retries are measured by (and `now`, unless given). */
  clock?: Clock
  /**
   * Refresh a token once less than this many seconds of its life remain (default 300), or less than 10% of its
   * lifetime, whichever is smaller: a one-hour token is replaced 5 minutes early, a 2-second one 0.2 s early.
   */
  refreshSkewSeconds?: number
  /** Abort a token request after this long (default 15 000 ms); a hung token endpoint must not hang the bridge. */
  requestTimeoutMs?: number
}

/** An access token and what it is good for. */
export interface OktaAccessToken {
  accessToken: string
  /** `DPoP`: every call needs a fresh proof made with the app's key; `Bearer`: the token alone. */
  tokenType: 'DPoP' | 'Bearer'
  /** When Okta says the token expires (epoch ms, by the source's clock, counted from when it was requested). */
  expiresAt: number
}

/** The headers that authenticate one Management API call. */
export interface OktaAuthorizationHeaders {
  authorization: string
  /** The per-request DPoP proof; absent for Bearer tokens. */
  dpop?: string
}

const TOKEN_PATH = '/oauth2/v1/token'
const JWT_BEARER = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer'
/** Okta allows up to an hour; five minutes is plenty for one request and limits what a leaked assertion buys. */
const ASSERTION_LIFETIME_SECONDS = 300
/** Token requests are retried this many times after a 5xx or a network failure: minting a token is harmless. */
const TOKEN_RETRIES = 2
const TOKEN_RETRY_BASE_MS = 200
/** Backoff of those retries: 100–200 ms, then 200–400 ms (equal jitter, so replicas do not retry in step). */
const TOKEN_BACKOFF = { baseMs: TOKEN_RETRY_BASE_MS, maxMs: 5_000, jitter: 'equal' } as const

/**
 * Hands out access tokens for a service app, one cached token per scope set. See the module comment for what
 * it does that the Okta SDK does not.
 */
export class OktaTokenSource {
  /** The org URL, normalised (`https://example.okta.com`). */
  readonly orgUrl: string
  /** The service app's `client_id`. */
  readonly clientId: string
  /** The org authorization server's token endpoint: the assertion's `aud` and the token request proof's `htu`. */
  readonly tokenUrl: string
  // Private fields stay out of `console.log`, `util.inspect` and `JSON.stringify` of the instance.
  readonly #keyId: string
  readonly #key: KeyObject
  readonly #publicJwk: JWK
  readonly #fetch: typeof fetch
  readonly #now: () => number
  readonly #clock: Clock | undefined
  readonly #skewMs: number
  readonly #timeoutMs: number
  /** One cached token per scope set, requested once however many callers wait for it. */
  readonly #cache: RefreshingCache<string, OktaAccessToken>
  /** The latest `DPoP-Nonce` Okta handed out; sent with later token requests to save the extra round trip. */
  #nonce: string | undefined

  /** @throws {TypeError} when the org URL or the key is unusable (the message never quotes the key). */
  constructor(config: OktaTokenSourceConfig) {
    this.orgUrl = normaliseOrgUrl(config.orgUrl)
    if (typeof config.clientId !== 'string' || config.clientId === '') {
      throw new TypeError('OktaTokenSource: clientId is required')
    }
    if (typeof config.keyId !== 'string' || config.keyId === '') {
      throw new TypeError(
        'OktaTokenSource: keyId is required (Okta picks the public key by the assertion kid)',
      )
    }
    this.clientId = config.clientId
    this.tokenUrl = `${this.orgUrl}${TOKEN_PATH}`
    this.#keyId = config.keyId
    this.#key = parsePrivateKey(config.privateKey)
    const { kty, n, e } = createPublicKey(this.#key).export({ format: 'jwk' })
    this.#publicJwk = { kty, n, e } as JWK
    this.#fetch = config.fetch ?? outboundFetch
    this.#clock = config.clock
    const clock = config.clock
    this.#now = config.now ?? (clock ? () => clock.now().getTime() : Date.now)
    this.#cache = new RefreshingCache(this.#now)
    this.#skewMs = (config.refreshSkewSeconds ?? 300) * 1000
    this.#timeoutMs = config.requestTimeoutMs ?? 15_000
  }

  /**
   * A token holding exactly `scopes`, from the cache while it is fresh. Concurrent callers for the same scope
   * set share one token request. While a token is due for refresh but not yet expired, a failed refresh falls
   * back to it, so a blip at the token endpoint does not fail calls that still have a valid token.
   * @throws {OktaError} kind `auth` when the token endpoint refuses (Okta's `error` is the `oktaCode`),
   *   `unavailable` when it cannot be reached, `rate-limited` on a 429.
   */
  async getToken(scopes: readonly string[]): Promise<OktaAccessToken> {
    const key = scopeKey(scopes)
    return this.#cache.get(key, async () => {
      const token = await this.#requestToken(key)
      const lifetime = token.expiresAt - this.#now()
      const refreshAt = token.expiresAt - Math.min(this.#skewMs, Math.max(0, lifetime) * 0.1)
      return { value: token, refreshAt, expiresAt: token.expiresAt }
    })
  }

  /**
   * The headers for one Management API call: `Authorization` and, for a DPoP token, a proof bound to this
   * method, this URL (without query or fragment, RFC 9449 §4.2) and this token (`ath`).
   */
  async authorize(method: string, url: string, scopes: readonly string[]): Promise<OktaAuthorizationHeaders> {
    const token = await this.getToken(scopes)
    if (token.tokenType === 'Bearer') return { authorization: `Bearer ${token.accessToken}` }
    const dpop = await this.#proof(method.toUpperCase(), htu(url), { ath: sha256(token.accessToken) })
    return { authorization: `DPoP ${token.accessToken}`, dpop }
  }

  /**
   * Drops the cached token for `scopes` (after Okta answered 401 with it). With `accessToken`, only if that is
   * still the cached one: a late 401 for an old token must not throw away the token that replaced it.
   */
  invalidate(scopes: readonly string[], accessToken?: string): void {
    this.#cache.invalidate(
      scopeKey(scopes),
      accessToken === undefined ? undefined : (token) => token.accessToken === accessToken,
    )
  }

  /** A token request, retried after a 5xx or a network failure: minting a token has no effect to repeat. */
  #requestToken(scope: string): Promise<OktaAccessToken> {
    return retry(() => this.#tokenExchange(scope), {
      retries: TOKEN_RETRIES,
      backoff: TOKEN_BACKOFF,
      decide: (error) => error instanceof OktaError && error.kind === 'unavailable',
      clock: this.#clock,
    })
  }

  /** One token request, repeated once with Okta's nonce when it answers `use_dpop_nonce`. */
  async #tokenExchange(scope: string): Promise<OktaAccessToken> {
    for (let round = 0; ; round++) {
      const sentAt = this.#now()
      const response = await this.#post(scope)
      const nonce = response.headers.get('dpop-nonce')
      if (nonce) this.#nonce = nonce
      const body = await readJson(response)
      const error = typeof body?.error === 'string' ? body.error : undefined
      if (response.status === 400 && error === 'use_dpop_nonce' && nonce && round === 0) continue
      if (!response.ok) throw tokenEndpointError(response, body, error)
      return parseTokenResponse(body, sentAt)
    }
  }

  async #post(scope: string): Promise<Response> {
    const form = new URLSearchParams({
      grant_type: 'client_credentials',
      scope,
      client_assertion_type: JWT_BEARER,
      // A fresh assertion for every request, the nonce retry included: Okta accepts a jti only once.
      client_assertion: await this.#assertion(),
    })
    // Always a proof: an app that requires DPoP refuses the request without one, and one that does not
    // ignores it and answers `token_type: Bearer`, which decides how the token is then used.
    const dpop = await this.#proof('POST', this.tokenUrl, this.#nonce ? { nonce: this.#nonce } : {})
    try {
      return await this.#fetch(this.tokenUrl, {
        method: 'POST',
        headers: {
          accept: 'application/json',
          'content-type': 'application/x-www-form-urlencoded',
          dpop,
        },
        body: form.toString(),
        signal: AbortSignal.timeout(this.#timeoutMs),
      })
    } catch (error) {
      throw new OktaError({
        kind: 'unavailable',
        status: 0,
        message: `Okta token endpoint ${this.tokenUrl} did not answer: ${describeNetworkError(error)}`,
      })
    }
  }

  #assertion(): Promise<string> {
    const iat = Math.floor(this.#now() / 1000)
    return new SignJWT({})
      .setProtectedHeader({ alg: 'RS256', kid: this.#keyId, typ: 'JWT' })
      .setIssuer(this.clientId)
      .setSubject(this.clientId)
      .setAudience(this.tokenUrl)
      .setIssuedAt(iat)
      .setExpirationTime(iat + ASSERTION_LIFETIME_SECONDS)
      .setJti(randomUUID())
      .sign(this.#key)
  }

  #proof(htm: string, url: string, extra: { nonce?: string; ath?: string }): Promise<string> {
    return new SignJWT({ htm, htu: url, ...extra })
      .setProtectedHeader({ alg: 'RS256', typ: 'dpop+jwt', jwk: this.#publicJwk })
      .setIssuedAt(Math.floor(this.#now() / 1000))
      .setJti(randomUUID())
      .sign(this.#key)
  }
}

/**
 * The org URL without trailing slashes: `https://x.okta.com/` would otherwise make `//api/v1` and a token URL
 * that does not match the assertion's audience.
 * @throws {TypeError} for anything but an absolute http(s) URL without path, query or fragment.
 */
export function normaliseOrgUrl(orgUrl: string): string {
  let url: URL
  try {
    url = new URL(orgUrl)
  } catch {
    throw new TypeError(`Okta org URL is not a URL: ${JSON.stringify(orgUrl)}`)
  }
  if (
    (url.protocol !== 'https:' && url.protocol !== 'http:') ||
    url.username ||
    url.password ||
    url.search ||
    url.hash ||
    url.pathname.replace(/\/+$/, '') !== ''
  ) {
    throw new TypeError(`Okta org URL must be like https://example.okta.com, got ${JSON.stringify(orgUrl)}`)
  }
  return url.origin
}

/** The cache key and `scope` parameter of a scope set: sorted, de-duplicated, space-joined. */
function scopeKey(scopes: readonly string[]): string {
  if (
    !Array.isArray(scopes) ||
    scopes.length === 0 ||
    scopes.some((s) => typeof s !== 'string' || !/^\S+$/.test(s))
  ) {
    throw new TypeError('Okta scopes must be a non-empty list of scope names without spaces')
  }
  return [...new Set(scopes)].sort().join(' ')
}

/** The key through the one reader the configuration uses too; the message never quotes the key. */
function parsePrivateKey(input: PrivateKeyInput): KeyObject {
  const reading = readRsaPrivateKey(input)
  if (reading.ok) return reading.key
  throw new TypeError(
    reading.refusal === 'unreadable'
      ? `Okta privateKey is not a private key in PEM (PKCS#1/PKCS#8) or JWK form: ${reading.problem}`
      : `Okta privateKey must be an RSA private key (RS256 signs the assertion and DPoP proofs): ${reading.problem}`,
  )
}

/** `htu`: the URL without query and fragment. */
function htu(url: string): string {
  const parsed = new URL(url)
  return `${parsed.origin}${parsed.pathname}`
}

function sha256(value: string): string {
  return createHash('sha256').update(value).digest('base64url')
}

async function readJson(response: Response): Promise<Record<string, unknown> | undefined> {
  try {
    const body: unknown = await response.json()
    return body !== null && typeof body === 'object' && !Array.isArray(body)
      ? (body as Record<string, unknown>)
      : undefined
  } catch {
    return undefined
  }
}

function tokenEndpointError(
  response: Response,
  body: Record<string, unknown> | undefined,
  error: string | undefined,
): OktaError {
  const description = typeof body?.error_description === 'string' ? body.error_description : undefined
  const requestId = response.headers.get('x-okta-request-id')
  const what = `Okta token endpoint answered ${response.status}${error ? ` ${error}` : ''}`
  const message = description ? `${what}: ${description}` : what
  if (response.status === 429) {
    const reset = Number(response.headers.get('x-rate-limit-reset'))
    return new OktaError({
      kind: 'rate-limited',
      status: 429,
      message,
      oktaCode: error,
      oktaRequestId: requestId,
      retryAt: Number.isFinite(reset) && reset > 0 ? reset * 1000 : undefined,
    })
  }
  const kind = response.status >= 500 ? 'unavailable' : 'auth'
  return new OktaError({ kind, status: response.status, message, oktaCode: error, oktaRequestId: requestId })
}

function parseTokenResponse(body: Record<string, unknown> | undefined, sentAt: number): OktaAccessToken {
  const accessToken = body?.access_token
  const type = typeof body?.token_type === 'string' ? body.token_type.toLowerCase() : undefined
  const expiresIn = Number(body?.expires_in)
  if (typeof accessToken !== 'string' || accessToken === '' || (type !== 'dpop' && type !== 'bearer')) {
    throw new OktaError({
      kind: 'auth',
      status: 200,
      message: 'Okta token endpoint answered 200 without a usable access_token and token_type',
    })
  }
  return {
    accessToken,
    tokenType: type === 'dpop' ? 'DPoP' : 'Bearer',
    // Counted from when the request was sent, so time spent in flight is not counted as token life.
    // Okta always sends expires_in; without it, assume its one-hour default.
    expiresAt: sentAt + (Number.isFinite(expiresIn) && expiresIn > 0 ? expiresIn : 3600) * 1000,
  }
}

/** A network failure in words, without anything from the request (no headers, no body). */
export function describeNetworkError(error: unknown): string {
  if (error instanceof Error) {
    if (error.name === 'TimeoutError' || error.name === 'AbortError') return 'timed out'
    const cause = (error as { cause?: { code?: unknown; message?: unknown } }).cause
    if (cause && typeof cause.code === 'string') return `${error.message} (${cause.code})`
    return error.message
  }
  return String(error)
}
