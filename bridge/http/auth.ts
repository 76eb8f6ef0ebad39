/**
 * Inbound authentication, the two kinds Okta Workflows API endpoint flows offer — so a ServiceNow REST
 * message written for a Workflows endpoint works against the bridge by changing only the host:
 *
 * - client tokens, in the `x-api-client-token` header or the `clientToken` query parameter; several at
 *   once (rotation), each optionally limited to some flows, compared in constant time;
 * - OAuth 2.0 bearer JWTs from a configured issuer, verified with jose: signature against the issuer's
 *   JWKS, `iss`, `aud`, `exp`, `nbf`, an allowlist of asymmetric algorithms only (no `none`, no HMAC —
 *   an HMAC "signed" with the public key is the classic algorithm-confusion forgery), and the scope
 *   `jml.<flow>` for each flow.
 *
 * Missing or bad credentials are 401 `unauthenticated`; good credentials that may not invoke this flow are
 * 403 `forbidden-flow`. Tokens are never logged or echoed.
 */
import type { Request } from 'express'
import { createRemoteJWKSet, customFetch, type JWTPayload, errors as joseErrors, jwtVerify } from 'jose'
import {
  AUDIT_PERMISSION,
  CATALOG_PERMISSION,
  type ClientToken,
  type OAuthConfig,
  type Permission,
  RECONCILE_PERMISSION,
} from '../callers/permissions.js'
import type { Caller } from '../flows/operation.js'
import { secretDigest, secretsEqual } from '../secret-compare.js'
import { HttpProblem } from './problem.js'

/**
 * Authenticates a request for a flow (or the audit), or for nothing in particular (`undefined`: endpoints
 * that are not a flow, and unknown flow names — checked before the 404 so an unauthenticated caller cannot
 * probe which flows exist). Resolves to the caller, or rejects with a 401/403/503 {@link HttpProblem}.
 */
export type Authenticator = (req: Request, flow: Permission | undefined) => Promise<Caller>

/** The inbound authentication settings (a subset of the bridge configuration). */
export interface AuthSettings {
  clientTokens: readonly ClientToken[]
  oauth: OAuthConfig | undefined
}

/** Tuning, mostly for tests. */
export interface AuthOptions {
  /** Clock skew tolerated on `exp`/`nbf`, in seconds (default 30: small, but machines drift). */
  clockToleranceSeconds?: number
  /** Timeout of discovery and JWKS requests, in ms (default 5000). */
  httpTimeoutMs?: number
  /** `fetch` for discovery and the JWKS (the wiring passes the bridge's outbound one); default the global one. */
  fetch?: typeof fetch
}

/** The only JWS algorithms accepted: asymmetric ones. HMAC would let anyone holding the public key sign. */
export const ALLOWED_JWT_ALGORITHMS = [
  'RS256',
  'RS384',
  'RS512',
  'PS256',
  'PS384',
  'PS512',
  'ES256',
  'ES384',
  'ES512',
  'EdDSA',
] as const

/** The OAuth scope that allows invoking a flow (or, for `audit`, reading the audit). */
export function scopeForFlow(flow: Permission): string {
  return `jml.${flow}`
}

const REALM = 'okta-jml-bridge'

/** Creates the authenticator for the configured methods. */
export function createAuthenticator(settings: AuthSettings, options: AuthOptions = {}): Authenticator {
  const tokens = settings.clientTokens.map((token) => ({ token, digest: secretDigest(token.token) }))
  const verifyJwt = settings.oauth ? createJwtVerifier(settings.oauth, options) : undefined

  const challenges = (bearerError?: { error: string; description: string; scope?: string }): string[] => {
    const list: string[] = []
    if (verifyJwt) {
      const params = [`realm="${REALM}"`]
      if (bearerError) {
        params.push(
          `error="${bearerError.error}"`,
          `error_description="${bearerError.description.replace(/["\\]/g, '')}"`,
        )
        if (bearerError.scope) params.push(`scope="${bearerError.scope}"`)
      }
      list.push(`Bearer ${params.join(', ')}`)
    }
    // Not a registered scheme, but it tells a caller where a client token goes.
    if (tokens.length > 0) list.push(`ApiKey realm="${REALM}", in="header", name="x-api-client-token"`)
    return list
  }
  const unauthenticated = (detail: string, bearerError?: { error: string; description: string }) =>
    new HttpProblem('unauthenticated', detail, {}, { 'www-authenticate': challenges(bearerError) })

  return async (req, flow) => {
    const presented = clientTokenOf(req)
    if (presented !== undefined) {
      if (presented === null)
        throw unauthenticated('Send one client token, in the x-api-client-token header.')
      if (tokens.length === 0) throw unauthenticated('Client tokens are not accepted by this bridge.')
      // Every configured token is compared, whatever matched earlier, so the time taken does not reveal
      // which token (or how many) a guess came close to; each comparison is blind to lengths too.
      let matched = -1
      for (let i = 0; i < tokens.length; i++) {
        const equal = secretsEqual(presented, tokens[i]!.digest)
        matched = equal && matched === -1 ? i : matched
      }
      if (matched === -1) throw unauthenticated('The client token is not valid.')
      const token = tokens[matched]!.token
      if (flow !== undefined && token.flows !== undefined && !token.flows.includes(flow)) {
        if (flow === AUDIT_PERMISSION) {
          throw new HttpProblem('forbidden-audit', `Client token ${token.name} may not read the audit.`)
        }
        if (flow === RECONCILE_PERMISSION) {
          throw new HttpProblem(
            'forbidden-reconcile',
            `Client token ${token.name} may not run reconciliation.`,
          )
        }
        if (flow === CATALOG_PERMISSION) {
          throw new HttpProblem('forbidden-catalog', `Client token ${token.name} may not read the catalog.`)
        }
        throw new HttpProblem(
          'forbidden-flow',
          `Client token ${token.name} may not invoke the ${flow} flow.`,
          {
            flow,
          },
        )
      }
      return { kind: 'client-token', id: token.name }
    }

    const authorization = req.get('authorization')
    if (authorization !== undefined) {
      const match = /^Bearer +([A-Za-z0-9\-_.~+/]+=*)\s*$/i.exec(authorization)
      if (!match) throw unauthenticated('Send an OAuth 2.0 access token as "Authorization: Bearer <token>".')
      if (!verifyJwt) throw unauthenticated('OAuth bearer tokens are not accepted by this bridge.')
      const claims = await verifyJwt(match[1]!, (description) =>
        unauthenticated(`The bearer token is not valid: ${description}.`, {
          error: 'invalid_token',
          description,
        }),
      )
      const clientId = [claims.cid, claims.client_id, claims.sub].find(
        (v): v is string => typeof v === 'string' && v !== '',
      )
      if (clientId === undefined) {
        const description = 'the token names no client (cid, client_id or sub)'
        throw unauthenticated(`The bearer token is not valid: ${description}.`, {
          error: 'invalid_token',
          description,
        })
      }
      if (flow !== undefined) {
        const required = scopeForFlow(flow)
        if (!scopesOf(claims).includes(required)) {
          if (flow === RECONCILE_PERMISSION) {
            throw new HttpProblem(
              'forbidden-reconcile',
              `The access token lacks the scope ${required} needed to run reconciliation.`,
              { requiredScope: required },
              {
                'www-authenticate': `Bearer realm="${REALM}", error="insufficient_scope", error_description="missing scope", scope="${required}"`,
              },
            )
          }
          if (flow === CATALOG_PERMISSION) {
            throw new HttpProblem(
              'forbidden-catalog',
              `The access token lacks the scope ${required} needed to read the catalog.`,
              { requiredScope: required },
              {
                'www-authenticate': `Bearer realm="${REALM}", error="insufficient_scope", error_description="missing scope", scope="${required}"`,
              },
            )
          }
          if (flow === AUDIT_PERMISSION) {
            throw new HttpProblem(
              'forbidden-audit',
              `The access token lacks the scope ${required} needed to read the audit.`,
              { requiredScope: required },
              {
                'www-authenticate': `Bearer realm="${REALM}", error="insufficient_scope", error_description="missing scope", scope="${required}"`,
              },
            )
          }
          throw new HttpProblem(
            'forbidden-flow',
            `The access token lacks the scope ${required} needed to invoke the ${flow} flow.`,
            { flow, requiredScope: required },
            {
              'www-authenticate': `Bearer realm="${REALM}", error="insufficient_scope", error_description="missing scope", scope="${required}"`,
            },
          )
        }
      }
      return { kind: 'oauth', id: clientId }
    }

    throw unauthenticated(
      'Credentials are required: an x-api-client-token header, a clientToken query parameter or an OAuth bearer token.',
    )
  }
}

/** The presented client token; `null` when it is ambiguous (repeated, or in both header and query). */
function clientTokenOf(req: Request): string | null | undefined {
  const header = req.headers['x-api-client-token']
  const query = (req.query as Record<string, unknown> | undefined)?.clientToken
  const values = [header, query].flat().filter((v) => v !== undefined)
  if (values.length === 0) return undefined
  if (values.length > 1 || typeof values[0] !== 'string' || values[0] === '') return null
  return values[0]
}

/** The scopes of an access token: Okta's `scp` array, or the RFC 8693/9068 `scope` string. */
function scopesOf(claims: JWTPayload): string[] {
  if (Array.isArray(claims.scp)) return claims.scp.filter((s): s is string => typeof s === 'string')
  if (typeof claims.scp === 'string') return claims.scp.split(' ')
  if (typeof claims.scope === 'string') return claims.scope.split(' ').filter((s) => s !== '')
  return []
}

type Reject = (description: string) => HttpProblem

/**
 * A JWT verifier for one issuer. The key set is the configured JWKS URL, or the `jwks_uri` of the issuer's
 * metadata, discovered once on first use (and again after a failure, so a start-up during an IdP outage
 * heals by itself). jose caches the keys and refetches on an unknown `kid`, which is how key rotation works.
 */
function createJwtVerifier(oauth: OAuthConfig, options: AuthOptions) {
  const timeout = options.httpTimeoutMs ?? 5000
  const clockTolerance = options.clockToleranceSeconds ?? 30
  const send = options.fetch ?? globalThis.fetch
  let keySet: Promise<ReturnType<typeof createRemoteJWKSet>> | undefined

  const load = async () => {
    const url = oauth.jwksUrl ?? (await discoverJwksUri(oauth.issuer, timeout, send))
    return createRemoteJWKSet(new URL(url), { timeoutDuration: timeout, [customFetch]: send })
  }

  return async (jwt: string, reject: Reject): Promise<JWTPayload> => {
    keySet ??= load()
    let jwks: ReturnType<typeof createRemoteJWKSet>
    try {
      jwks = await keySet
    } catch {
      keySet = undefined
      throw unavailable()
    }
    try {
      const { payload } = await jwtVerify(jwt, jwks, {
        issuer: oauth.issuer,
        audience: oauth.audience,
        algorithms: [...ALLOWED_JWT_ALGORITHMS],
        clockTolerance,
        requiredClaims: ['exp'],
      })
      return payload
    } catch (error) {
      throw toAuthProblem(error, reject)
    }
  }
}

/** The issuer's `jwks_uri`, from its OpenID Connect or RFC 8414 metadata; the metadata's issuer must match. */
async function discoverJwksUri(issuer: string, timeout: number, send: typeof fetch): Promise<string> {
  const candidates = [
    `${issuer}/.well-known/openid-configuration`,
    `${issuer}/.well-known/oauth-authorization-server`,
  ]
  for (const url of candidates) {
    const res = await send(url, {
      headers: { accept: 'application/json' },
      signal: AbortSignal.timeout(timeout),
    })
    if (res.status === 404) continue
    if (!res.ok) throw new Error(`metadata answered ${res.status}`)
    const metadata = (await res.json()) as { issuer?: unknown; jwks_uri?: unknown }
    // RFC 8414 §3.3: metadata naming another issuer must not be used (it could be someone else's keys).
    if (typeof metadata.issuer !== 'string' || metadata.issuer.replace(/\/+$/, '') !== issuer) {
      throw new Error('metadata names a different issuer')
    }
    if (typeof metadata.jwks_uri !== 'string') throw new Error('metadata has no jwks_uri')
    const jwksUri = new URL(metadata.jwks_uri)
    const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(jwksUri.hostname)
    if (jwksUri.protocol !== 'https:' && !(jwksUri.protocol === 'http:' && loopback)) {
      throw new Error('jwks_uri must use https')
    }
    return jwksUri.href
  }
  throw new Error('no metadata found')
}

function unavailable(): HttpProblem {
  return new HttpProblem(
    'auth-unavailable',
    'The bridge cannot reach the OAuth issuer to verify the token; try again shortly.',
    {},
    { 'retry-after': '5' },
  )
}

/** What jose said, in words a caller can act on — without echoing the token or its claims' values. */
function toAuthProblem(error: unknown, reject: Reject): HttpProblem {
  if (error instanceof joseErrors.JWTExpired) return reject('the token has expired')
  if (error instanceof joseErrors.JWTClaimValidationFailed) {
    if (error.claim === 'nbf') return reject('the token is not valid yet (nbf)')
    if (error.claim === 'exp') return reject('the token has no expiry (exp)')
    return reject(`the ${error.claim} claim is not accepted`)
  }
  if (error instanceof joseErrors.JOSEAlgNotAllowed) return reject('the signing algorithm is not allowed')
  if (error instanceof joseErrors.JWSSignatureVerificationFailed)
    return reject('the signature does not verify')
  if (error instanceof joseErrors.JWKSNoMatchingKey || error instanceof joseErrors.JWKSMultipleMatchingKeys) {
    return reject('it is not signed by a key of the issuer')
  }
  if (error instanceof joseErrors.JWKSTimeout) return unavailable()
  if (error instanceof joseErrors.JWKSInvalid) return unavailable()
  if (error instanceof joseErrors.JOSEError) {
    // JWSInvalid, JWTInvalid, JOSENotSupported (e.g. alg "none"), ERR_JOSE_GENERIC from a failed JWKS fetch.
    if (error.code === 'ERR_JOSE_GENERIC') return unavailable()
    return reject('it is not a well-formed signed JWT')
  }
  // A network error from the JWKS fetch (connection refused, reset): the issuer's fault, not the caller's.
  if (error instanceof TypeError || (error as { name?: string })?.name === 'AbortError') return unavailable()
  return reject('it could not be verified')
}
