/**
 * The sandbox org's authorization server (`/oauth2/v1/token`) and the access-token check in front of every
 * Management API call.
 *
 * It reproduces what Okta does for API Services apps, because that is the only way this project talks to
 * Okta: `client_credentials` with `private_key_jwt` client authentication, optionally DPoP-bound tokens
 * (RFC 9449), with Okta's status codes, `error` values and `WWW-Authenticate` challenges. Where Okta's exact
 * wording is documented (developer docs, support articles, the OpenAPI examples) it is copied; where it is
 * not, the message says plainly what was wrong, so a failing test explains itself.
 *
 * Speed matters as much as fidelity: benchmarks push thousands of calls per second through
 * {@link AuthorizationServer.authenticate}, so issued tokens are kept in a map (one lookup per call instead of
 * an RS256 verification), and the public key inside a DPoP proof is imported once per distinct proof header.
 */
import { createHash, generateKeyPairSync, type KeyObject, randomBytes } from 'node:crypto'
import {
  type CryptoKey,
  calculateJwkThumbprint,
  compactVerify,
  decodeJwt,
  decodeProtectedHeader,
  importJWK,
  type JWK,
  type JWTPayload,
  type ProtectedHeaderParameters,
  SignJWT,
} from 'jose'
import { forbidden, invalidToken, OAuthError, type OktaApiError, validationFailed } from '../errors.js'
import type { Principal, SandboxRequest, SandboxResponse } from '../http-types.js'

/** A service app (OAuth client) as the sandbox knows it. */
export interface ClientRegistration {
  /** Okta's `client_id` of the API Services app. */
  client_id: string
  /** The public keys the app signs its client assertions with (Okta: the app's JWKS). */
  jwks: { keys: JWK[] }
  /** The `okta.*` scopes granted to the app (Okta: the app's "Okta API Scopes" tab). */
  scopes: string[]
  /** "Require Demonstrating Proof of Possession (DPoP) header in token requests". */
  dpop: boolean
}

/** Tunables of {@link AuthorizationServer}; every field has an Okta-like default. */
export interface AuthorizationServerOptions {
  /** `expires_in` of issued access tokens. Okta: 3600 for the org authorization server. */
  tokenTtlSeconds?: number
  /**
   * How long a `DPoP-Nonce` value stays acceptable after it was first handed out. Okta's DPoP guide: the
   * nonce is renewed every 24 hours and "the old dpop-nonce value continues to work for three days after
   * generation", hence 259200 (3 days).
   */
  dpopNonceTtlSeconds?: number
  /** How often a fresh `DPoP-Nonce` value replaces the current one (Okta: every 24 hours, 86400). */
  dpopNonceRotationSeconds?: number
  /** How far a DPoP proof's `iat` may lie from the server clock, either way (default 300). */
  proofMaxAgeSeconds?: number
  /**
   * Reject a client assertion whose header has no `kid`, with Okta's "The client_assertion JWT kid is
   * invalid." Okta's support article on that error lists a missing `kid` as one cause, so this defaults to
   * `true`; set `false` to fall back to trying every registered key.
   */
  requireAssertionKid?: boolean
  /** Millisecond clock; injectable so tests can age tokens, nonces and proofs without waiting. */
  now?: () => number
}

/** Counters a test or benchmark reads to see how many round trips the token endpoint cost. */
export interface AuthorizationServerStats {
  /** Access tokens handed out (200 answers of the token endpoint). */
  tokensIssued: number
  /** `use_dpop_nonce` answers, each carrying a `DPoP-Nonce` header. */
  dpopNoncesIssued: number
  /** Every call of the token endpoint, successful or not. */
  tokenRequests: number
}

/** `client_assertion` signing algorithms Okta accepts for `private_key_jwt` (OpenAPI `oauth.yaml`). */
const ASSERTION_ALGS = ['RS256', 'RS384', 'RS512', 'ES256', 'ES384', 'ES512'] as const
/** DPoP proof algorithms Okta accepts; also the `algs` of its `DPoP` challenges. */
const DPOP_ALGS = ASSERTION_ALGS
const DPOP_ALGS_PARAM = DPOP_ALGS.join(' ')
/** The curve each ECDSA algorithm is defined over, to pick compatible keys. */
const EC_CURVES: Record<string, string> = { ES256: 'P-256', ES384: 'P-384', ES512: 'P-521' }
/** JWK members that only a private (or symmetric) key has. */
const PRIVATE_MEMBERS = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth', 'k'] as const

const JWT_BEARER = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer'
const TOKEN_PATH = '/oauth2/v1/token'
/** Okta's limit on how far in the future a client assertion may expire. */
const MAX_ASSERTION_LIFETIME_SECONDS = 3600
/** Tolerance for the client assertion's time claims: a few seconds absorbs second-rounding, nothing more. */
const ASSERTION_SKEW_SECONDS = 5
/** Caches are swept of expired entries when they pass this size (then at twice the surviving size). */
const TOKEN_PRUNE_BASE = 10_000
const JTI_PRUNE_BASE = 100_000
/** Distinct DPoP proof headers (one per client key, in practice) whose imported key is kept. */
const PROOF_KEY_CACHE_MAX = 1_000

const DEFAULTS = {
  tokenTtlSeconds: 3600,
  dpopNonceTtlSeconds: 3 * 24 * 3600,
  dpopNonceRotationSeconds: 24 * 3600,
  proofMaxAgeSeconds: 300,
  requireAssertionKid: true,
}

/** What the token map holds per issued access token. */
interface TokenRecord {
  expiresAtMs: number
  scopes: ReadonlySet<string>
  principal: Principal
  /** RFC 7638 thumbprint of the DPoP key the token is bound to (`cnf.jkt`). */
  jkt?: string
  /** base64url(SHA-256(token)): the `ath` every proof presented with this token must carry. */
  ath?: string
}

/** A registered client plus its keys imported on first use (per key and algorithm). */
interface ClientEntry {
  reg: ClientRegistration
  scopes: ReadonlySet<string>
  importedKeys: Map<string, CryptoKey>
}

/** The part of a DPoP proof that depends only on its protected header, cached per header segment. */
interface ProofKey {
  alg: string
  key: CryptoKey
  jkt: string
}

/** A verified DPoP proof. */
interface VerifiedProof {
  jkt: string
  jti: string
  iat: number
  claims: JWTPayload
}

/** A DPoP proof failed validation; the message is the `error_description`. */
class ProofRejected extends Error {}

/**
 * A set of strings that each expire; swept lazily so a long benchmark (one DPoP `jti` per call) stays
 * bounded without a timer.
 */
class ExpiringSet {
  private readonly entries = new Map<string, number>()
  private pruneAt = JTI_PRUNE_BASE

  /** Whether `key` was added and has not expired by `nowMs`. */
  has(key: string, nowMs: number): boolean {
    const expiresAt = this.entries.get(key)
    return expiresAt !== undefined && expiresAt > nowMs
  }

  /** Remember `key` until `expiresAtMs`. */
  add(key: string, expiresAtMs: number, nowMs: number): void {
    this.entries.set(key, expiresAtMs)
    if (this.entries.size > this.pruneAt) {
      for (const [k, exp] of this.entries) if (exp <= nowMs) this.entries.delete(k)
      // Doubling keeps the sweep amortised O(1) per insert even when nothing has expired yet.
      this.pruneAt = Math.max(JTI_PRUNE_BASE, this.entries.size * 2)
    }
  }

  clear(): void {
    this.entries.clear()
    this.pruneAt = JTI_PRUNE_BASE
  }
}

/**
 * The org authorization server of the Okta sandbox: issues access tokens to registered service apps and
 * checks them on Management API calls. All state is in memory; {@link AuthorizationServer.reset} forgets it.
 */
export class AuthorizationServer {
  private opts: Required<AuthorizationServerOptions>
  private readonly clients = new Map<string, ClientEntry>()
  private readonly tokens = new Map<string, TokenRecord>()
  private tokenPruneAt = TOKEN_PRUNE_BASE
  /** Client assertion `jti`s, keyed `client_id jti`, kept while the assertion could still be accepted. */
  private readonly assertionJtis = new ExpiringSet()
  /** DPoP proof `jti`s, keyed `jkt jti` (a `jti` is unique per key, RFC 9449 §11.1). */
  private readonly proofJtis = new ExpiringSet()
  /** Nonces handed out, oldest first; at most a handful thanks to rotation. */
  private nonces: { value: string; issuedAtMs: number }[] = []
  private readonly proofKeys = new Map<string, ProofKey>()
  private orgKeyPair?: { privateKey: KeyObject; publicJwk: JWK; kid: string }
  private readonly counters: AuthorizationServerStats = {
    tokensIssued: 0,
    dpopNoncesIssued: 0,
    tokenRequests: 0,
  }

  /** Options left out take Okta-like defaults (see {@link AuthorizationServerOptions}). */
  constructor(options: AuthorizationServerOptions = {}) {
    this.opts = { ...DEFAULTS, now: Date.now }
    this.configure(options)
  }

  /** A snapshot of the counters (zeroed by {@link reset}). */
  get stats(): AuthorizationServerStats {
    return { ...this.counters }
  }

  /**
   * Adds a service app, or replaces the one with the same `client_id` (tokens already issued keep their
   * scopes and binding until they expire, like self-contained JWTs). `dpop` may be omitted and then
   * defaults to `true`, Okta's default for new API Services apps since February 2024. Throws an E0000001 {@link OktaApiError} naming what is wrong.
   */
  registerClient(reg: unknown): ClientRegistration {
    const clean = validateRegistration(reg)
    this.clients.set(clean.client_id, { reg: clean, scopes: new Set(clean.scopes), importedKeys: new Map() })
    return structuredClone(clean)
  }

  /** Forgets clients, tokens, nonces and replay caches, and zeroes {@link stats}. Options and the org key stay. */
  reset(): void {
    this.clients.clear()
    this.tokens.clear()
    this.tokenPruneAt = TOKEN_PRUNE_BASE
    this.assertionJtis.clear()
    this.proofJtis.clear()
    this.nonces = []
    this.proofKeys.clear()
    this.counters.tokensIssued = 0
    this.counters.dpopNoncesIssued = 0
    this.counters.tokenRequests = 0
  }

  /** Changes options from now on; tokens already issued keep the lifetime they were issued with. */
  configure(options: Partial<AuthorizationServerOptions>): void {
    for (const name of [
      'tokenTtlSeconds',
      'dpopNonceTtlSeconds',
      'dpopNonceRotationSeconds',
      'proofMaxAgeSeconds',
    ] as const) {
      const value = options[name]
      if (value === undefined) continue
      if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
        throw new TypeError(`AuthorizationServer option ${name} must be a positive number, got ${value}`)
      }
      this.opts[name] = value
    }
    if (options.requireAssertionKid !== undefined) this.opts.requireAssertionKid = options.requireAssertionKid
    if (options.now !== undefined) this.opts.now = options.now
  }

  /**
   * Signs claims with the org key (RS256, the `kid` of {@link jwks}): the OpenID Connect side of the sandbox
   * issues its ID tokens with the same key Okta's org authorization server publishes.
   */
  async signWithOrgKey(claims: JWTPayload): Promise<string> {
    const { privateKey, kid } = this.orgKey()
    return new SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid, typ: 'JWT' }).sign(privateKey)
  }

  /** The millisecond clock the server decides by (the OpenID Connect side shares it). */
  now(): number {
    return this.opts.now()
  }

  /** The org authorization server's public signing keys, as `GET /oauth2/v1/keys` serves them. */
  jwks(): { keys: JWK[] } {
    return { keys: [{ ...this.orgKey().publicJwk }] }
  }

  // -------------------------------------------------------------------------------------------------------
  // Token endpoint
  // -------------------------------------------------------------------------------------------------------

  /**
   * `POST /oauth2/v1/token`. The endpoint URL the client had to address (the assertion's `aud`, the DPoP
   * proof's `htu`) is `${req.url.origin}/oauth2/v1/token`, so `req.url` must carry the scheme and Host the
   * client used. Protocol errors are returned as responses (`{error, error_description}`, 400/401), never
   * thrown; only bugs throw.
   */
  async token(req: SandboxRequest): Promise<SandboxResponse> {
    this.counters.tokenRequests++
    try {
      return await this.issueToken(req)
    } catch (err) {
      if (!(err instanceof OAuthError)) throw err
      return {
        status: err.status,
        body: err.toBody(),
        headers: { ...NO_STORE_JSON, ...err.headers },
      }
    }
  }

  private async issueToken(req: SandboxRequest): Promise<SandboxResponse> {
    const origin = req.url.origin
    const endpointUrl = origin + TOKEN_PATH

    const contentType = headerValue(req.headers['content-type'])
    if (contentType?.split(';')[0]?.trim().toLowerCase() !== 'application/x-www-form-urlencoded') {
      throw new OAuthError(
        400,
        'invalid_request',
        'The request body must be application/x-www-form-urlencoded.',
      )
    }
    const params = new URLSearchParams(req.rawBody)
    for (const name of new Set(params.keys())) {
      // RFC 6749 §3.2: request parameters must not be repeated.
      if (params.getAll(name).length > 1) {
        throw new OAuthError(400, 'invalid_request', `The '${name}' parameter must not be repeated.`)
      }
    }

    const grantType = params.get('grant_type')
    if (!grantType) throw new OAuthError(400, 'invalid_request', "The 'grant_type' parameter is required.")
    if (grantType !== 'client_credentials') {
      throw new OAuthError(400, 'unsupported_grant_type', "The grant type in the request isn't supported.")
    }

    const client = await this.authenticateClient(req, params, endpointUrl)
    const scopes = this.grantScopes(client, params.get('scope'))
    // Client first, DPoP second: an unauthenticated caller must not learn anything about nonces.
    const jkt = client.reg.dpop ? await this.checkTokenRequestProof(req, endpointUrl) : undefined

    const accessToken = await this.mint(origin, client.reg.client_id, scopes, jkt)
    this.counters.tokensIssued++
    return {
      status: 200,
      headers: { ...NO_STORE_JSON },
      body: {
        token_type: jkt ? 'DPoP' : 'Bearer',
        expires_in: this.opts.tokenTtlSeconds,
        access_token: accessToken,
        scope: scopes.join(' '),
      },
    }
  }

  /** `private_key_jwt` client authentication (RFC 7523 §2.2), the only kind Okta allows for `okta.*` scopes. */
  private async authenticateClient(
    req: SandboxRequest,
    params: URLSearchParams,
    endpointUrl: string,
  ): Promise<ClientEntry> {
    const basic = /^basic\s/i.test(headerValue(req.headers.authorization) ?? '')
    const secret = params.get('client_secret')
    const assertion = params.get('client_assertion')
    const assertionType = params.get('client_assertion_type')

    if (Number(basic) + Number(secret !== null) + Number(assertion !== null) > 1) {
      throw new OAuthError(
        400,
        'invalid_request',
        "Can't supply multiple client credentials. Use one of the following: credentials in the Authorization " +
          'header, credentials in the post body, or a client_assertion in the post body.',
      )
    }
    if (basic || secret !== null) {
      throw new OAuthError(
        401,
        'invalid_client',
        'Client authentication failed: this client authenticates with private_key_jwt only ' +
          '(client_assertion), not with a client secret.',
      )
    }
    if (assertion === null) {
      if (assertionType !== null) {
        throw new OAuthError(400, 'invalid_request', "The 'client_assertion' parameter is required.")
      }
      throw new OAuthError(401, 'invalid_client', 'No client credentials found.')
    }
    if (assertionType !== JWT_BEARER) {
      throw new OAuthError(400, 'invalid_request', 'The client_assertion_type is invalid.')
    }

    let header: ProtectedHeaderParameters
    let claims: JWTPayload
    try {
      header = decodeProtectedHeader(assertion)
      claims = decodeJwt(assertion)
    } catch {
      throw new OAuthError(401, 'invalid_client', 'The client_assertion token is malformed.')
    }

    if (typeof claims.iss !== 'string' || !claims.iss || claims.iss !== claims.sub) {
      throw new OAuthError(
        401,
        'invalid_client',
        "The client_assertion token's 'iss' and 'sub' claims must both be the client_id.",
      )
    }
    const clientIdParam = params.get('client_id')
    const client = this.clients.get(claims.iss)
    if (!client || (clientIdParam !== null && clientIdParam !== claims.iss)) {
      throw new OAuthError(401, 'invalid_client', "Invalid value for 'client_id' parameter.")
    }

    await this.verifyAssertionSignature(client, assertion, header)

    // Claims are checked only once the signature is known good: nothing unsigned is worth reporting on.
    const nowSec = this.opts.now() / 1000
    if (claims.aud !== endpointUrl) {
      throw new OAuthError(
        401,
        'invalid_client',
        'The audience claim for client_assertion must be the endpoint invoked for the request.',
      )
    }
    if (typeof claims.exp !== 'number') {
      throw new OAuthError(401, 'invalid_client', "The client_assertion token must contain an 'exp' claim.")
    }
    if (claims.exp <= nowSec - ASSERTION_SKEW_SECONDS) {
      throw new OAuthError(401, 'invalid_client', 'The client_assertion token is expired.')
    }
    const tooFar =
      claims.exp > nowSec + MAX_ASSERTION_LIFETIME_SECONDS + ASSERTION_SKEW_SECONDS ||
      (typeof claims.iat === 'number' && claims.exp - claims.iat > MAX_ASSERTION_LIFETIME_SECONDS)
    if (tooFar) {
      throw new OAuthError(
        401,
        'invalid_client',
        'The client_assertion token has an expiration too far into the future.',
      )
    }
    if (
      claims.iat !== undefined &&
      (typeof claims.iat !== 'number' || claims.iat > nowSec + ASSERTION_SKEW_SECONDS)
    ) {
      // Okta: "If specified, it must be a time before the request is received."
      throw new OAuthError(
        401,
        'invalid_client',
        "The client_assertion token's 'iat' claim is in the future.",
      )
    }
    if (
      claims.nbf !== undefined &&
      (typeof claims.nbf !== 'number' || claims.nbf > nowSec + ASSERTION_SKEW_SECONDS)
    ) {
      throw new OAuthError(401, 'invalid_client', 'The client_assertion token is not yet valid.')
    }
    // Okta treats `jti` as optional; the sandbox requires it, so code that passes here is replay-safe there.
    if (typeof claims.jti !== 'string' || !claims.jti) {
      throw new OAuthError(401, 'invalid_client', "The client_assertion token must contain a 'jti' claim.")
    }
    const jtiKey = `${claims.iss} ${claims.jti}`
    const nowMs = this.opts.now()
    if (this.assertionJtis.has(jtiKey, nowMs)) {
      throw new OAuthError(401, 'invalid_client', 'The client_assertion token has already been used.')
    }
    // Consumed now, even if DPoP then answers use_dpop_nonce: a client must sign a fresh assertion for the
    // retry (the Okta SDK does). Okta's docs say a jti'd assertion "can only be used once".
    this.assertionJtis.add(jtiKey, (claims.exp + ASSERTION_SKEW_SECONDS) * 1000, nowMs)
    return client
  }

  private async verifyAssertionSignature(
    client: ClientEntry,
    assertion: string,
    header: ProtectedHeaderParameters,
  ): Promise<void> {
    const alg = header.alg
    if (typeof alg !== 'string' || !(ASSERTION_ALGS as readonly string[]).includes(alg)) {
      // `none` and HS* land here: a private_key_jwt client has no shared secret to check an HMAC with.
      throw new OAuthError(
        401,
        'invalid_client',
        `The client_assertion JWT alg '${String(alg)}' isn't allowed. Use one of: ${ASSERTION_ALGS.join(', ')}.`,
      )
    }
    const keys = client.reg.jwks.keys
    let candidates: number[]
    if (typeof header.kid === 'string') {
      const index = keys.findIndex((k) => k.kid === header.kid)
      if (index < 0) throw new OAuthError(401, 'invalid_client', 'The client_assertion JWT kid is invalid.')
      candidates = [index]
    } else if (this.opts.requireAssertionKid) {
      throw new OAuthError(401, 'invalid_client', 'The client_assertion JWT kid is invalid.')
    } else {
      candidates = keys.map((_, i) => i)
    }
    for (const index of candidates) {
      const jwk = keys[index]!
      if (!keyFitsAlg(jwk, alg)) continue
      const cacheKey = `${index} ${alg}`
      let key = client.importedKeys.get(cacheKey)
      if (!key) {
        try {
          key = (await importJWK(jwk, alg)) as CryptoKey
        } catch {
          continue
        }
        client.importedKeys.set(cacheKey, key)
      }
      try {
        await compactVerify(assertion, key, { algorithms: [alg] })
        return
      } catch {
        // Try the next candidate key.
      }
    }
    throw new OAuthError(401, 'invalid_client', 'The client_assertion signature is invalid.')
  }

  /** Grants exactly the requested scopes, all of which the client must hold. */
  private grantScopes(client: ClientEntry, scopeParam: string | null): string[] {
    const requested = [...new Set((scopeParam ?? '').split(' ').filter((s) => s !== ''))]
    if (requested.length === 0) throw new OAuthError(400, 'invalid_scope', 'No scopes were requested.')
    const disallowed = requested.filter((s) => !client.scopes.has(s))
    if (disallowed.length > 0) {
      throw new OAuthError(
        400,
        'invalid_scope',
        `The following scopes are not allowed: [${disallowed.join(', ')}]`,
      )
    }
    return requested
  }

  /** Validates the DPoP proof of a token request, including Okta's nonce; returns the key's thumbprint. */
  private async checkTokenRequestProof(req: SandboxRequest, endpointUrl: string): Promise<string> {
    const nowMs = this.opts.now()
    let proof: VerifiedProof
    try {
      proof = await this.verifyProof(req.headers.dpop, req.method, endpointUrl, nowMs)
    } catch (err) {
      if (err instanceof ProofRejected) throw new OAuthError(400, 'invalid_dpop_proof', err.message)
      throw err
    }
    const nonce = proof.claims.nonce
    if (typeof nonce !== 'string' || !this.nonceAccepted(nonce, nowMs)) {
      // Okta answers a missing, unknown or stale nonce alike: 400 with the nonce to use.
      this.counters.dpopNoncesIssued++
      throw new OAuthError(400, 'use_dpop_nonce', 'Authorization server requires nonce in DPoP proof.', {
        'dpop-nonce': this.currentNonce(nowMs),
      })
    }
    // Recorded only now: a proof turned away for its nonce was never accepted, so it is not "used".
    if (!this.consumeProofJti(proof, nowMs)) {
      throw new OAuthError(400, 'invalid_dpop_proof', PROOF_REPLAYED)
    }
    return proof.jkt
  }

  /**
   * The nonce handed out now. Like Okta, one value serves every client and is replaced every
   * `dpopNonceRotationSeconds`; older values stay acceptable until `dpopNonceTtlSeconds` after their issue.
   */
  private currentNonce(nowMs: number): string {
    const ttlMs = this.opts.dpopNonceTtlSeconds * 1000
    const rotateMs = Math.min(this.opts.dpopNonceRotationSeconds, this.opts.dpopNonceTtlSeconds) * 1000
    const latest = this.nonces.at(-1)
    if (latest && nowMs - latest.issuedAtMs < rotateMs) return latest.value
    this.nonces = this.nonces.filter((n) => nowMs - n.issuedAtMs < ttlMs)
    const fresh = { value: randomBytes(24).toString('base64url'), issuedAtMs: nowMs }
    this.nonces.push(fresh)
    return fresh.value
  }

  private nonceAccepted(value: string, nowMs: number): boolean {
    const ttlMs = this.opts.dpopNonceTtlSeconds * 1000
    return this.nonces.some((n) => n.value === value && nowMs - n.issuedAtMs < ttlMs)
  }

  /** Signs an Okta-shaped access token and remembers it for {@link authenticate}. */
  private async mint(
    origin: string,
    clientId: string,
    scopes: string[],
    jkt: string | undefined,
  ): Promise<string> {
    const { privateKey, kid } = this.orgKey()
    const iat = Math.floor(this.opts.now() / 1000)
    const exp = iat + this.opts.tokenTtlSeconds
    const token = await new SignJWT({
      ver: 1,
      jti: `AT.${randomBytes(32).toString('base64url')}`,
      iss: origin,
      aud: origin,
      iat,
      exp,
      cid: clientId,
      scp: scopes,
      sub: clientId,
      ...(jkt ? { cnf: { jkt } } : {}),
    })
      .setProtectedHeader({ alg: 'RS256', kid })
      .sign(privateKey)

    const nowMs = this.opts.now()
    this.tokens.set(token, {
      expiresAtMs: exp * 1000,
      scopes: new Set(scopes),
      principal: Object.freeze({ clientId, scopes: Object.freeze([...scopes]) }),
      ...(jkt ? { jkt, ath: sha256Base64url(token) } : {}),
    })
    if (this.tokens.size > this.tokenPruneAt) {
      for (const [t, rec] of this.tokens) if (rec.expiresAtMs <= nowMs) this.tokens.delete(t)
      this.tokenPruneAt = Math.max(TOKEN_PRUNE_BASE, this.tokens.size * 2)
    }
    return token
  }

  /**
   * The org signing key, made on first use. Generated with Node's synchronous API rather than jose's
   * `generateKeyPair` because {@link jwks} is synchronous; jose signs with the resulting `KeyObject`.
   */
  private orgKey(): { privateKey: KeyObject; publicJwk: JWK; kid: string } {
    if (!this.orgKeyPair) {
      const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 })
      const kid = randomBytes(32).toString('base64url')
      const publicJwk: JWK = {
        ...(publicKey.export({ format: 'jwk' }) as JWK),
        kid,
        alg: 'RS256',
        use: 'sig',
      }
      this.orgKeyPair = { privateKey, publicJwk, kid }
    }
    return this.orgKeyPair
  }

  // -------------------------------------------------------------------------------------------------------
  // Resource calls
  // -------------------------------------------------------------------------------------------------------

  /**
   * Checks the access token of a Management API call and returns who is calling. An empty `requiredScope`
   * skips the scope check. Throws 401 E0000011 (bad, expired or unbound token, bad DPoP proof) or 403
   * E0000006 (scope missing), each with Okta's `WWW-Authenticate` challenge.
   */
  async authenticate(req: SandboxRequest, requiredScope: string): Promise<Principal> {
    const authorization = headerValue(req.headers.authorization)
    const match = authorization === undefined ? null : AUTHORIZATION_RE.exec(authorization)
    if (!match) {
      throw this.challenge(req, 'Bearer', requiredScope, 'invalid_token', 'The access token is invalid.')
    }
    const scheme = match[1]!.toLowerCase() === 'dpop' ? 'DPoP' : 'Bearer'
    const token = match[2]!
    const record = this.tokens.get(token)
    if (!record)
      throw this.challenge(req, scheme, requiredScope, 'invalid_token', 'The access token is invalid.')
    const nowMs = this.opts.now()
    if (nowMs >= record.expiresAtMs) {
      throw this.challenge(req, scheme, requiredScope, 'invalid_token', 'The token has expired.')
    }

    if (record.jkt !== undefined) {
      if (scheme !== 'DPoP') {
        throw this.challenge(
          req,
          'DPoP',
          requiredScope,
          'invalid_dpop_proof',
          'The access token is DPoP-bound; send it with the DPoP authorization scheme and a DPoP proof.',
        )
      }
      await this.checkResourceProof(req, record, requiredScope, nowMs)
    } else if (scheme === 'DPoP') {
      throw this.challenge(
        req,
        'Bearer',
        requiredScope,
        'invalid_token',
        'The access token is not DPoP-bound; send it with the Bearer authorization scheme.',
      )
    }

    if (requiredScope !== '' && !record.scopes.has(requiredScope)) {
      const err = forbidden()
      err.headers['www-authenticate'] = this.challengeHeader(
        req,
        scheme,
        requiredScope,
        'insufficient_scope',
        'The access token provided does not contain the required scopes.',
      )
      throw err
    }
    return record.principal
  }

  /** RFC 9449 §7.1: the proof must be fresh, for this request, for this token, and made with the bound key. */
  private async checkResourceProof(
    req: SandboxRequest,
    record: TokenRecord,
    requiredScope: string,
    nowMs: number,
  ): Promise<void> {
    try {
      const proof = await this.verifyProof(
        req.headers.dpop,
        req.method,
        req.url.origin + req.url.pathname,
        nowMs,
      )
      // Okta does not require a nonce on resource calls ("The nonce parameter isn't currently required").
      if (proof.claims.ath !== record.ath)
        throw new ProofRejected("'ath' claim in the DPoP proof JWT is invalid.")
      if (proof.jkt !== record.jkt) {
        throw new ProofRejected("The DPoP proof JWT key doesn't match the key the access token is bound to.")
      }
      if (!this.consumeProofJti(proof, nowMs)) throw new ProofRejected(PROOF_REPLAYED)
    } catch (err) {
      if (err instanceof ProofRejected) {
        throw this.challenge(req, 'DPoP', requiredScope, 'invalid_dpop_proof', err.message)
      }
      throw err
    }
  }

  // -------------------------------------------------------------------------------------------------------
  // DPoP proofs (shared by the token endpoint and resource calls)
  // -------------------------------------------------------------------------------------------------------

  /**
   * RFC 9449 §4.3 checks 1–11 except the nonce and `ath`, which differ between the token endpoint and
   * resource calls. Does not record the `jti`: the caller does once the whole request is accepted.
   */
  private async verifyProof(
    headerField: string | string[] | undefined,
    method: string,
    url: string,
    nowMs: number,
  ): Promise<VerifiedProof> {
    if (headerField === undefined) throw new ProofRejected('The DPoP proof JWT header is missing.')
    // Node joins repeated unknown headers with ", "; a JWS never contains a comma, so this rejects both.
    if (typeof headerField !== 'string' || !COMPACT_JWS_RE.test(headerField)) {
      throw new ProofRejected(
        'The DPoP proof JWT is malformed; send exactly one compact JWS in the DPoP header.',
      )
    }
    const proofKey = await this.proofKey(headerField)
    let payloadBytes: Uint8Array
    try {
      const verified = await compactVerify(headerField, proofKey.key, { algorithms: [proofKey.alg] })
      payloadBytes = verified.payload
    } catch {
      throw new ProofRejected('The DPoP proof JWT signature is invalid.')
    }
    let claims: JWTPayload
    try {
      claims = JSON.parse(Buffer.from(payloadBytes).toString('utf8')) as JWTPayload
    } catch {
      throw new ProofRejected('The DPoP proof JWT payload is not JSON.')
    }
    if (typeof claims !== 'object' || claims === null || Array.isArray(claims)) {
      throw new ProofRejected('The DPoP proof JWT payload is not a JSON object.')
    }
    if (typeof claims.jti !== 'string' || claims.jti === '') {
      throw new ProofRejected("'jti' claim in the DPoP proof JWT is invalid.")
    }
    // Methods are case-sensitive (RFC 9110 §9.1); the Okta SDK's generated APIs send upper case.
    if (claims.htm !== method) throw new ProofRejected("'htm' claim in the DPoP proof JWT is invalid.")
    if (typeof claims.htu !== 'string' || stripQuery(claims.htu) !== url) {
      throw new ProofRejected("'htu' claim in the DPoP proof JWT is invalid.")
    }
    const nowSec = nowMs / 1000
    if (
      typeof claims.iat !== 'number' ||
      !Number.isFinite(claims.iat) ||
      Math.abs(claims.iat - nowSec) > this.opts.proofMaxAgeSeconds
    ) {
      throw new ProofRejected("'iat' claim in the DPoP proof JWT is invalid.")
    }
    return { jkt: proofKey.jkt, jti: claims.jti, iat: claims.iat, claims }
  }

  /** Header checks and key import, cached per protected-header segment (one per client key in practice). */
  private async proofKey(proof: string): Promise<ProofKey> {
    const segment = proof.slice(0, proof.indexOf('.'))
    const cached = this.proofKeys.get(segment)
    if (cached) return cached

    let header: ProtectedHeaderParameters
    try {
      header = decodeProtectedHeader(proof)
    } catch {
      throw new ProofRejected('The DPoP proof JWT is malformed.')
    }
    if (header.typ !== 'dpop+jwt') throw new ProofRejected("'typ' header in the DPoP proof JWT is invalid.")
    const alg = header.alg
    if (typeof alg !== 'string' || !(DPOP_ALGS as readonly string[]).includes(alg)) {
      throw new ProofRejected("'alg' header in the DPoP proof JWT is invalid.")
    }
    const jwk = header.jwk
    if (
      typeof jwk !== 'object' ||
      jwk === null ||
      PRIVATE_MEMBERS.some((m) => m in jwk) ||
      !keyFitsAlg(jwk, alg)
    ) {
      throw new ProofRejected("'jwk' header in the DPoP proof JWT is invalid.")
    }
    let key: CryptoKey
    let jkt: string
    try {
      key = (await importJWK(jwk, alg)) as CryptoKey
      jkt = await calculateJwkThumbprint(jwk, 'sha256')
    } catch {
      throw new ProofRejected("'jwk' header in the DPoP proof JWT is invalid.")
    }
    const result = { alg, key, jkt }
    if (this.proofKeys.size >= PROOF_KEY_CACHE_MAX) this.proofKeys.clear()
    this.proofKeys.set(segment, result)
    return result
  }

  /**
   * Records the proof's `jti` for as long as its `iat` keeps it acceptable; `false` if it was seen before.
   * Check and record happen with no `await` in between, so concurrent requests cannot both pass.
   */
  private consumeProofJti(proof: VerifiedProof, nowMs: number): boolean {
    const key = `${proof.jkt} ${proof.jti}`
    if (this.proofJtis.has(key, nowMs)) return false
    this.proofJtis.add(key, (proof.iat + this.opts.proofMaxAgeSeconds + 1) * 1000, nowMs)
    return true
  }

  // -------------------------------------------------------------------------------------------------------
  // Challenges
  // -------------------------------------------------------------------------------------------------------

  /** A 401 E0000011 carrying the challenge. */
  private challenge(
    req: SandboxRequest,
    scheme: 'Bearer' | 'DPoP',
    scope: string,
    error: string,
    description: string,
  ): OktaApiError {
    return invalidToken({ 'www-authenticate': this.challengeHeader(req, scheme, scope, error, description) })
  }

  /**
   * Okta's challenge, as seen from real orgs, e.g. `DPoP algs="RS256 … ES512", authorization_uri="…",
   * realm="…", scope="okta.groups.read", error="invalid_dpop_proof", error_description="'htu' claim in the
   * DPoP proof JWT is invalid.", resource="/api/v1/groups/…/users"` (okta-sdk-nodejs issue #453).
   */
  private challengeHeader(
    req: SandboxRequest,
    scheme: 'Bearer' | 'DPoP',
    scope: string,
    error: string,
    description: string,
  ): string {
    const origin = req.url.origin
    const parts = [
      ...(scheme === 'DPoP' ? [`algs="${DPOP_ALGS_PARAM}"`] : []),
      `authorization_uri="${origin}/oauth2/v1/authorize"`,
      `realm="${origin}"`,
      ...(scope !== '' ? [`scope="${scope}"`] : []),
      `error="${error}"`,
      `error_description="${description}"`,
      `resource="${req.url.pathname}"`,
    ]
    return `${scheme} ${parts.join(', ')}`
  }
}

// ---------------------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------------------

/**
 * RFC 6749 §5.1/§5.2: token responses, good or bad, must not be cached. Header names are lower case, like
 * the rest of the sandbox's, so merging header records never yields the same header twice.
 */
const NO_STORE_JSON: Readonly<Record<string, string>> = {
  'content-type': 'application/json',
  'cache-control': 'no-store',
  pragma: 'no-cache',
}

/** `Bearer <token>` or `DPoP <token>`; schemes are case-insensitive (RFC 9110 §11.1), b64token per RFC 6750. */
const AUTHORIZATION_RE = /^(Bearer|DPoP) +([A-Za-z0-9\-._~+/]+=*) *$/i
const PROOF_REPLAYED = "'jti' claim in the DPoP proof JWT has already been used."
const COMPACT_JWS_RE = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value
}

/** `htu` compared as RFC 9449 §4.3 says: ignoring query and fragment, after URL normalisation. */
function stripQuery(url: string): string | undefined {
  try {
    const u = new URL(url)
    return u.origin + u.pathname
  } catch {
    return undefined
  }
}

function sha256Base64url(value: string): string {
  return createHash('sha256').update(value).digest('base64url')
}

/** Whether a JWK can verify signatures of `alg` (RSA for RS*, the matching curve for ES*). */
function keyFitsAlg(jwk: JWK, alg: string): boolean {
  if (alg.startsWith('RS')) return jwk.kty === 'RSA'
  return jwk.kty === 'EC' && jwk.crv === EC_CURVES[alg]
}

/** Throws the E0000001 a bad registration gets; declared so TypeScript narrows after a call. */
function registrationError(field: string, cause: string): never {
  throw validationFailed(field, cause)
}

/** Checks one registered JWK: a public RSA or EC signing key. */
function validateClientKey(k: unknown, where: string, kids: Set<string>): JWK {
  if (typeof k !== 'object' || k === null || Array.isArray(k)) {
    registrationError('jwks', `${where} must be a JWK object.`)
  }
  const jwk = k as JWK
  const leaked = PRIVATE_MEMBERS.filter((m) => m in jwk)
  if (leaked.length > 0) {
    registrationError(
      'jwks',
      `${where} holds private key members (${leaked.join(', ')}); register the public key.`,
    )
  }
  if (jwk.kty === 'RSA') {
    if (typeof jwk.n !== 'string' || typeof jwk.e !== 'string') {
      registrationError('jwks', `${where}: an RSA key needs n and e.`)
    }
  } else if (jwk.kty === 'EC') {
    const curveOk = Object.values(EC_CURVES).includes(String(jwk.crv))
    if (!curveOk || typeof jwk.x !== 'string' || typeof jwk.y !== 'string') {
      registrationError('jwks', `${where}: an EC key needs crv (P-256, P-384 or P-521), x and y.`)
    }
  } else {
    registrationError('jwks', `${where}: kty must be RSA or EC.`)
  }
  if (jwk.kid !== undefined) {
    if (typeof jwk.kid !== 'string' || jwk.kid === '') {
      registrationError('jwks', `${where}: kid must be a non-empty string.`)
    }
    // The assertion's kid picks the key, so it must name exactly one.
    if (kids.has(jwk.kid)) registrationError('jwks', `${where}: kid ${jwk.kid} is used by another key.`)
    kids.add(jwk.kid)
  }
  if (jwk.alg !== undefined && !(ASSERTION_ALGS as readonly string[]).includes(jwk.alg)) {
    registrationError('jwks', `${where}: alg must be one of ${ASSERTION_ALGS.join(', ')}.`)
  }
  return structuredClone(jwk)
}

/** Checks the shape of a client registration and returns a clean copy (unknown members dropped). */
function validateRegistration(reg: unknown): ClientRegistration {
  if (typeof reg !== 'object' || reg === null || Array.isArray(reg)) {
    registrationError('client', 'The client must be an object.')
  }
  const r = reg as Record<string, unknown>
  if (typeof r.client_id !== 'string' || r.client_id.trim() === '') {
    registrationError('client_id', 'client_id must be a non-empty string.')
  }
  const jwks = r.jwks as { keys?: unknown } | undefined
  if (typeof jwks !== 'object' || jwks === null || !Array.isArray(jwks.keys) || jwks.keys.length === 0) {
    registrationError('jwks', 'jwks must be an object with a non-empty keys array.')
  }
  const kids = new Set<string>()
  const keys = jwks.keys.map((k, i) => validateClientKey(k, `jwks.keys[${i}]`, kids))
  const scopes = r.scopes
  if (!Array.isArray(scopes) || scopes.some((s) => typeof s !== 'string' || !/^\S+$/.test(s))) {
    registrationError('scopes', 'scopes must be an array of scope names without spaces.')
  }
  if (r.dpop !== undefined && typeof r.dpop !== 'boolean')
    registrationError('dpop', 'dpop must be a boolean.')

  return {
    client_id: r.client_id,
    jwks: { keys },
    scopes: [...new Set(scopes as string[])],
    dpop: r.dpop ?? true,
  }
}
