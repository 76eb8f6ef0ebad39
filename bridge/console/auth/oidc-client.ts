/**
 * The console's OpenID Connect client: authorization code flow with PKCE (S256) against the org's
 * authorization server, as a confidential web app (`client_secret_basic` or `private_key_jwt`).
 *
 * The ID token is checked the way OpenID Connect Core §3.1.3.7 asks: RS256 signature by a key of the
 * issuer's JWKS, `iss` equal to the configured issuer, `aud` containing the client id, not expired (by the
 * bridge's clock), and `nonce` equal to the one sent. The discovery document must name the configured issuer.
 * The access token is not used: the console reads Okta through the bridge's own service app, never as the
 * person signed in.
 */
import { createHash } from 'node:crypto'
import { createRemoteJWKSet, importJWK, type JWTPayload, jwtVerify, SignJWT } from 'jose'
import type { Clock } from '../../clock.js'
import type { ConsoleOidcConfig } from '../config.js'
import { randomToken } from './session.js'

/** Why a sign-in was refused; `message` is safe to show (no token, no secret). */
export class SignInError extends Error {
  constructor(
    readonly reason: 'okta-refused' | 'code-exchange' | 'id-token' | 'unavailable',
    message: string,
  ) {
    super(message)
    this.name = 'SignInError'
  }
}

/** The parts of the authorization server's metadata the console uses. */
interface ProviderMetadata {
  issuer: string
  authorization_endpoint: string
  token_endpoint: string
  jwks_uri: string
  /** RP-initiated logout (OpenID Connect RP-Initiated Logout 1.0): Okta's `/v1/logout`; optional in metadata. */
  end_session_endpoint?: string
}

/** The verified identity of the person signing in. */
export interface SignedInUser {
  sub: string
  name: string
  email: string
  /** The `groups` claim: Okta group ids (empty when absent). */
  groups: string[]
  /** The verified ID token itself: the `id_token_hint` of the logout that ends the Okta session too. */
  idToken: string
}

/** How long one call to Okta may take during sign-in. */
const CALL_TIMEOUT_MS = 10_000

/** An OpenID Connect relying party for one web app. */
export class OidcClient {
  private metadata: Promise<ProviderMetadata> | undefined
  private jwks: ReturnType<typeof createRemoteJWKSet> | undefined

  constructor(
    private readonly config: ConsoleOidcConfig,
    private readonly clock: Clock,
    private readonly fetchFn: typeof fetch = fetch,
  ) {}

  /** The URL to send the browser to, with a fresh state, nonce and PKCE pair (returned for the transaction). */
  async authorizationRequest(redirectUri: string): Promise<{
    url: string
    state: string
    nonce: string
    codeVerifier: string
  }> {
    const meta = await this.discover()
    const state = randomToken()
    const nonce = randomToken()
    const codeVerifier = randomToken()
    const url = new URL(meta.authorization_endpoint)
    url.search = new URLSearchParams({
      client_id: this.config.clientId,
      response_type: 'code',
      scope: 'openid profile email groups',
      redirect_uri: redirectUri,
      state,
      nonce,
      code_challenge: createHash('sha256').update(codeVerifier).digest('base64url'),
      code_challenge_method: 'S256',
    }).toString()
    return { url: url.href, state, nonce, codeVerifier }
  }

  /** Exchanges the code (with the PKCE verifier) and verifies the ID token against `nonce`. */
  async signIn(options: {
    code: string
    redirectUri: string
    codeVerifier: string
    nonce: string
  }): Promise<SignedInUser> {
    const meta = await this.discover()
    const body = new URLSearchParams({
      grant_type: 'authorization_code',
      code: options.code,
      redirect_uri: options.redirectUri,
      code_verifier: options.codeVerifier,
    })
    const headers: Record<string, string> = {
      'content-type': 'application/x-www-form-urlencoded',
      accept: 'application/json',
    }
    const auth = this.config.clientAuth
    if (auth.method === 'client_secret_basic') {
      // RFC 6749 §2.3.1: both parts form-encoded before base64.
      const pair = `${encodeURIComponent(this.config.clientId)}:${encodeURIComponent(auth.secret)}`
      headers.authorization = `Basic ${Buffer.from(pair).toString('base64')}`
    } else {
      body.set('client_id', this.config.clientId)
      body.set('client_assertion_type', 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer')
      body.set('client_assertion', await this.clientAssertion(meta.token_endpoint))
    }
    let answer: { status: number; json: Record<string, unknown> }
    try {
      const res = await this.fetchFn(meta.token_endpoint, {
        method: 'POST',
        headers,
        body,
        redirect: 'error',
        signal: AbortSignal.timeout(CALL_TIMEOUT_MS),
      })
      answer = { status: res.status, json: (await res.json().catch(() => ({}))) as Record<string, unknown> }
    } catch {
      throw new SignInError('unavailable', 'Okta’s token endpoint could not be reached.')
    }
    if (answer.status !== 200) {
      const error = printable(answer.json.error) ?? `HTTP ${answer.status}`
      const description = printable(answer.json.error_description)
      throw new SignInError(
        'code-exchange',
        `Okta refused the sign-in code (${error}${description ? `: ${description}` : ''}).`,
      )
    }
    const idToken = answer.json.id_token
    if (typeof idToken !== 'string') throw new SignInError('code-exchange', 'Okta’s answer has no ID token.')
    return this.verifyIdToken(idToken, options.nonce)
  }

  private async verifyIdToken(idToken: string, nonce: string): Promise<SignedInUser> {
    const meta = await this.discover()
    this.jwks ??= createRemoteJWKSet(new URL(meta.jwks_uri), { timeoutDuration: CALL_TIMEOUT_MS })
    let claims: JWTPayload
    try {
      ;({ payload: claims } = await jwtVerify(idToken, this.jwks, {
        issuer: this.config.issuer,
        audience: this.config.clientId,
        algorithms: ['RS256'],
        currentDate: this.clock.now(),
        clockTolerance: 60,
        requiredClaims: ['sub', 'iat', 'exp'],
      }))
    } catch (error) {
      const code = (error as { code?: string }).code ?? ''
      const why =
        code === 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED'
          ? 'its signature does not match'
          : code === 'ERR_JWT_EXPIRED'
            ? 'it has expired'
            : code === 'ERR_JWT_CLAIM_VALIDATION_FAILED'
              ? `its ${(error as { claim?: string }).claim ?? 'claims'} claim is not this console's`
              : code === 'ERR_JWKS_NO_MATCHING_KEY'
                ? 'no key of the issuer signed it'
                : 'it is not a valid signed token'
      throw new SignInError('id-token', `The ID token from Okta was refused: ${why}.`)
    }
    if (claims.nonce !== nonce)
      throw new SignInError(
        'id-token',
        'The ID token from Okta was refused: its nonce is not the one this sign-in sent.',
      )
    const groups = Array.isArray(claims.groups)
      ? claims.groups.filter((g): g is string => typeof g === 'string')
      : []
    const email = typeof claims.email === 'string' ? claims.email : ''
    return {
      sub: String(claims.sub),
      name: typeof claims.name === 'string' && claims.name !== '' ? claims.name : email || String(claims.sub),
      email,
      groups,
      idToken,
    }
  }

  /**
   * Where to send the browser to end its Okta session as well (RP-initiated logout): the issuer's
   * `end_session_endpoint` with the ID token as `id_token_hint`, the console's signed-out page as
   * `post_logout_redirect_uri` (registered in Okta as the app's sign-out redirect URI) and a `state`.
   * Undefined when the issuer offers no logout endpoint or its metadata cannot be read: then only the console
   * session ends.
   */
  async logoutUrl(idToken: string, postLogoutRedirectUri: string): Promise<string | undefined> {
    let meta: ProviderMetadata
    try {
      meta = await this.discover()
    } catch {
      return undefined
    }
    if (typeof meta.end_session_endpoint !== 'string') return undefined
    const url = new URL(meta.end_session_endpoint)
    url.search = new URLSearchParams({
      id_token_hint: idToken,
      post_logout_redirect_uri: postLogoutRedirectUri,
      state: randomToken(16),
    }).toString()
    return url.href
  }

  /** private_key_jwt (RFC 7523): a short-lived assertion for the token endpoint. */
  private async clientAssertion(audience: string): Promise<string> {
    const auth = this.config.clientAuth
    if (auth.method !== 'private_key_jwt') throw new Error('clientAssertion without a key')
    const key = await importJWK(auth.privateJwk, 'RS256')
    const now = Math.floor(this.clock.now().getTime() / 1000)
    return new SignJWT({})
      .setProtectedHeader({ alg: 'RS256', kid: auth.keyId })
      .setIssuer(this.config.clientId)
      .setSubject(this.config.clientId)
      .setAudience(audience)
      .setIssuedAt(now)
      .setExpirationTime(now + 300)
      .setJti(randomToken())
      .sign(key)
  }

  /** The issuer's metadata, fetched once (a failure is retried on the next sign-in). */
  private discover(): Promise<ProviderMetadata> {
    this.metadata ??= this.fetchMetadata().catch((error: unknown) => {
      this.metadata = undefined
      throw error
    })
    return this.metadata
  }

  private async fetchMetadata(): Promise<ProviderMetadata> {
    const url = `${this.config.issuer}/.well-known/openid-configuration`
    let json: Partial<ProviderMetadata>
    try {
      const res = await this.fetchFn(url, { redirect: 'error', signal: AbortSignal.timeout(CALL_TIMEOUT_MS) })
      if (res.status !== 200) throw new Error(`HTTP ${res.status}`)
      json = (await res.json()) as Partial<ProviderMetadata>
    } catch {
      throw new SignInError('unavailable', `Okta’s sign-in configuration (${url}) could not be read.`)
    }
    if (
      json.issuer !== this.config.issuer ||
      typeof json.authorization_endpoint !== 'string' ||
      typeof json.token_endpoint !== 'string' ||
      typeof json.jwks_uri !== 'string'
    ) {
      throw new SignInError(
        'unavailable',
        `Okta’s sign-in configuration at ${url} is not for issuer ${this.config.issuer}.`,
      )
    }
    return json as ProviderMetadata
  }
}

/** A short printable string from an error answer, or undefined (it is Okta's text, shown to a person). */
function printable(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined
  const clean = value.replace(/[^\x20-\x7E]/g, '?')
  return clean.length > 200 ? `${clean.slice(0, 200)}…` : clean
}
