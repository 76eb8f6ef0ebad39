/**
 * An Okta custom authorization server (`/oauth2/{authServerId}`), as far as a confidential client's
 * client-credentials grant needs it: the token endpoint with a client secret (`client_secret_basic` or
 * `client_secret_post`), the key set and the RFC 8414 / OpenID metadata a resource server discovers it by.
 * This is what issues ServiceNow's access tokens for the bridge (the bridge trusts it through
 * `BRIDGE_OAUTH_ISSUER`/`BRIDGE_OAUTH_AUDIENCE`); the org authorization server (`authorization-server.ts`)
 * stays the bridge's own, private_key_jwt + DPoP, for Okta's Management API.
 *
 * Tokens are JWTs like Okta's custom-server access tokens: `iss` the server's issuer URL, `aud` its
 * audience, `cid`/`sub` the client id, `scp` the granted scopes. Refusals are Okta's OAuth errors: a wrong
 * or missing secret is 401 `invalid_client`; a scope the client was not granted is 400 `invalid_scope`.
 */
import { generateKeyPairSync, type KeyObject, randomBytes, timingSafeEqual } from 'node:crypto'
import { type JWK, SignJWT } from 'jose'
import { OAuthError } from '../errors.js'
import type { SandboxRequest, SandboxResponse } from '../http-types.js'

/** A confidential client of the server: its secret and the scopes it may be granted. */
export interface SecretClient {
  clientId: string
  clientSecret: string
  scopes: readonly string[]
}

/** The answers of a token endpoint are never cached (RFC 6749 §5.1). */
const NO_STORE = { 'cache-control': 'no-store', pragma: 'no-cache' } as const

/** Compares two secrets in constant time (different lengths compare unequal without a shortcut on content). */
function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}

/** One custom authorization server of the org. */
export class CustomAuthorizationServer {
  private readonly clients = new Map<string, SecretClient>()
  private readonly key: { privateKey: KeyObject; publicJwk: JWK; kid: string }
  /** Token requests answered, and tokens issued (for tests that check caching). */
  readonly stats = { tokenRequests: 0, tokensIssued: 0 }

  constructor(
    /** The server's id, the path segment after `/oauth2/` (Okta: `aus…`, or `default`). */
    readonly id: string,
    /** The audience its tokens carry (the bridge's `BRIDGE_OAUTH_AUDIENCE`). */
    readonly audience: string,
    private readonly tokenTtlSeconds = 3600,
    private readonly now: () => number = Date.now,
  ) {
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 })
    const kid = randomBytes(12).toString('base64url')
    this.key = {
      privateKey,
      kid,
      publicJwk: { ...(publicKey.export({ format: 'jwk' }) as JWK), kid, alg: 'RS256', use: 'sig' },
    }
  }

  /** Registers (or replaces) a confidential client. */
  registerClient(client: SecretClient): void {
    this.clients.set(client.clientId, { ...client, scopes: [...client.scopes] })
  }

  /** The issuer URL on an origin: `{origin}/oauth2/{id}`. */
  issuer(origin: string): string {
    return `${origin}/oauth2/${this.id}`
  }

  /** The RFC 8414 / OpenID discovery document. */
  metadata(origin: string): SandboxResponse {
    const issuer = this.issuer(origin)
    return {
      status: 200,
      body: {
        issuer,
        token_endpoint: `${issuer}/v1/token`,
        jwks_uri: `${issuer}/v1/keys`,
        grant_types_supported: ['client_credentials'],
        token_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post'],
        scopes_supported: [...new Set([...this.clients.values()].flatMap((c) => c.scopes))].sort(),
      },
    }
  }

  /** The public signing keys (`/v1/keys`). */
  jwks(): SandboxResponse {
    return { status: 200, body: { keys: [{ ...this.key.publicJwk }] } }
  }

  /** `POST /oauth2/{id}/v1/token`. */
  async token(req: SandboxRequest): Promise<SandboxResponse> {
    this.stats.tokenRequests++
    try {
      return await this.issue(req)
    } catch (error) {
      if (!(error instanceof OAuthError)) throw error
      return { status: error.status, body: error.toBody(), headers: { ...NO_STORE, ...error.headers } }
    }
  }

  private async issue(req: SandboxRequest): Promise<SandboxResponse> {
    const contentType = String(req.headers['content-type'] ?? '')
    if (contentType.split(';')[0]?.trim().toLowerCase() !== 'application/x-www-form-urlencoded')
      throw new OAuthError(
        400,
        'invalid_request',
        'The request body must be application/x-www-form-urlencoded.',
      )
    const params = new URLSearchParams(req.rawBody)
    const grantType = params.get('grant_type')
    if (!grantType) throw new OAuthError(400, 'invalid_request', "The 'grant_type' parameter is required.")
    if (grantType !== 'client_credentials')
      throw new OAuthError(400, 'unsupported_grant_type', "The grant type in the request isn't supported.")
    const client = this.authenticate(req, params)
    const requested = (params.get('scope') ?? '').split(' ').filter(Boolean)
    if (requested.length === 0)
      throw new OAuthError(
        400,
        'invalid_scope',
        "The authorization server resource does not have any configured default scopes, 'scope' must be provided.",
      )
    const refused = requested.filter((s) => !client.scopes.includes(s))
    if (refused.length > 0)
      throw new OAuthError(
        400,
        'invalid_scope',
        `One or more scopes are not configured for the authorization server resource: ${refused.join(' ')}`,
      )
    const iat = Math.floor(this.now() / 1000)
    const origin = req.url.origin
    const accessToken = await new SignJWT({
      ver: 1,
      jti: `AT.${randomBytes(24).toString('base64url')}`,
      iss: this.issuer(origin),
      aud: this.audience,
      iat,
      exp: iat + this.tokenTtlSeconds,
      cid: client.clientId,
      sub: client.clientId,
      scp: requested,
    })
      .setProtectedHeader({ alg: 'RS256', kid: this.key.kid })
      .sign(this.key.privateKey)
    this.stats.tokensIssued++
    return {
      status: 200,
      headers: { ...NO_STORE },
      body: {
        token_type: 'Bearer',
        expires_in: this.tokenTtlSeconds,
        access_token: accessToken,
        scope: requested.join(' '),
      },
    }
  }

  /** The client, by its secret in the Basic header or the form (one of the two, not both: RFC 6749 §2.3). */
  private authenticate(req: SandboxRequest, params: URLSearchParams): SecretClient {
    const header = String(req.headers.authorization ?? '')
    let clientId: string | null
    let secret: string | null
    if (header !== '') {
      const match = /^Basic +([A-Za-z0-9+/=]+)\s*$/i.exec(header)
      const decoded = match ? Buffer.from(match[1]!, 'base64').toString('utf8') : ''
      const colon = decoded.indexOf(':')
      if (colon < 0) throw new OAuthError(401, 'invalid_client', 'Client authentication failed.')
      if (params.has('client_secret'))
        throw new OAuthError(
          400,
          'invalid_request',
          'Cannot supply multiple client credentials. Use one of the following: credentials in the Authorization header, credentials in the post body, or a client_assertion in the post body.',
        )
      try {
        clientId = decodeURIComponent(decoded.slice(0, colon))
        secret = decodeURIComponent(decoded.slice(colon + 1))
      } catch {
        // A malformed %-escape (RFC 6749 §2.3.1 form-encodes both parts) authenticates nobody.
        throw new OAuthError(401, 'invalid_client', 'Client authentication failed.')
      }
    } else {
      clientId = params.get('client_id')
      secret = params.get('client_secret')
    }
    if (!clientId) throw new OAuthError(400, 'invalid_request', "The 'client_id' parameter is required.")
    const client = this.clients.get(clientId)
    if (!client) throw new OAuthError(401, 'invalid_client', 'The client_id provided is invalid.')
    if (!secret || !sameSecret(secret, client.clientSecret))
      throw new OAuthError(
        401,
        'invalid_client',
        'The client secret supplied for a confidential client is invalid.',
      )
    return client
  }
}
