/**
 * A minimal, well-behaved Okta service app for tests and benchmarks, written with jose instead of the Okta
 * SDK: it builds client assertions and DPoP proofs the way Okta documents them, and can be told to build
 * them wrong (every override below exists so a test can provoke one specific rejection).
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto'
import {
  type CryptoKey,
  calculateJwkThumbprint,
  exportJWK,
  generateKeyPair,
  importJWK,
  type JWK,
  type JWTPayload,
  SignJWT,
} from 'jose'

/** A service app's identity: its client id and the RSA key pair it authenticates with. */
export interface ServiceAppKeys {
  clientId: string
  /** Private JWK (with `kid` and `alg: RS256`); stays with the client. */
  privateJwk: JWK
  /** Public JWK (with `kid`, `alg: RS256`, `use: sig`); register it with the org. */
  publicJwk: JWK
  kid: string
}

/** Claim and header overrides for {@link clientAssertion}; `null` leaves the claim out. */
export interface AssertionOverrides {
  aud?: string | null
  /** Seconds since the epoch. */
  exp?: number | null
  /** Seconds since the epoch. */
  iat?: number | null
  jti?: string | null
  iss?: string | null
  sub?: string | null
  /** Header `kid`; `null` leaves it out. */
  kid?: string | null
  /** Sign with this private JWK instead of the app's (the header still names the app's `kid`). */
  signWith?: JWK
}

/** What {@link dpopProof} puts in a proof; the optional fields exist to build broken proofs on purpose. */
export interface DpopProofOptions {
  htm: string
  htu: string
  nonce?: string
  /** Adds `ath` = base64url(SHA-256(accessToken)), as resource calls need. */
  accessToken?: string
  /** Seconds since the epoch; defaults to now. */
  iat?: number
  jti?: string
  /** Header `typ`; defaults to `dpop+jwt`. */
  typ?: string
  /** Header `jwk`; defaults to the app's public key (a test passes a private JWK here to see it refused). */
  jwk?: JWK
}

/** A connected client: its token and a `fetch` that authenticates each call the way Okta expects. */
export interface ConnectedClient {
  accessToken: string
  tokenType: 'DPoP' | 'Bearer'
  /** Sends `method path` (path may carry a query) with `Authorization` and, for DPoP tokens, a fresh proof. */
  request(method: string, path: string, body?: unknown): Promise<Response>
}

/** Imported private keys, so a benchmark's thousands of proofs do not re-import the same JWK each time. */
const importedKeys = new WeakMap<JWK, Promise<CryptoKey>>()

function signingKey(jwk: JWK, alg: string): Promise<CryptoKey> {
  let key = importedKeys.get(jwk)
  if (!key) {
    key = importJWK(jwk, alg) as Promise<CryptoKey>
    importedKeys.set(jwk, key)
  }
  return key
}

const nowSeconds = () => Math.floor(Date.now() / 1000)

/**
 * Creates a service app with a fresh RSA-2048 key (`kid` = its RFC 7638 thumbprint, `alg: RS256`). The
 * default client id looks like Okta's (`0oa` + 17 characters).
 */
export async function generateServiceApp(clientId?: string): Promise<ServiceAppKeys> {
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true })
  const publicJwk = await exportJWK(publicKey)
  const kid = await calculateJwkThumbprint(publicJwk, 'sha256')
  return {
    clientId: clientId ?? `0oa${randomBytes(16).toString('base64url').replace(/[-_]/g, 'x').slice(0, 17)}`,
    privateJwk: { ...(await exportJWK(privateKey)), kid, alg: 'RS256' },
    publicJwk: { ...publicJwk, kid, alg: 'RS256', use: 'sig' },
    kid,
  }
}

/**
 * A `private_key_jwt` client assertion as the Okta SDK makes it: RS256, header `kid`, `iss = sub =
 * clientId`, `aud = tokenUrl`, `iat` now, `exp` in five minutes, a random `jti`.
 */
export async function clientAssertion(
  app: ServiceAppKeys,
  tokenUrl: string,
  overrides: AssertionOverrides = {},
): Promise<string> {
  const now = nowSeconds()
  const claims: Record<string, unknown> = {
    iss: app.clientId,
    sub: app.clientId,
    aud: tokenUrl,
    iat: now,
    exp: now + 300,
    jti: randomUUID(),
  }
  for (const name of ['aud', 'exp', 'iat', 'jti', 'iss', 'sub'] as const) {
    const value = overrides[name]
    if (value === null) delete claims[name]
    else if (value !== undefined) claims[name] = value
  }
  const jwk = overrides.signWith ?? app.privateJwk
  const alg = jwk.alg ?? 'RS256'
  const kid = overrides.kid === undefined ? app.kid : overrides.kid
  return new SignJWT(claims as JWTPayload)
    .setProtectedHeader({ alg, ...(kid === null ? {} : { kid }) })
    .sign(await signingKey(jwk, alg))
}

/**
 * A DPoP proof (RFC 9449 §4.2) signed with `app.privateJwk` and carrying `app.publicJwk` in its header.
 * Pass a mismatched pair to get a proof whose signature does not verify.
 */
export async function dpopProof(
  app: Pick<ServiceAppKeys, 'privateJwk' | 'publicJwk'>,
  opts: DpopProofOptions,
): Promise<string> {
  const alg = app.privateJwk.alg ?? 'RS256'
  const claims: JWTPayload = {
    htm: opts.htm,
    htu: opts.htu,
    iat: opts.iat ?? nowSeconds(),
    jti: opts.jti ?? randomUUID(),
  }
  if (opts.nonce !== undefined) claims.nonce = opts.nonce
  if (opts.accessToken !== undefined) {
    claims.ath = createHash('sha256').update(opts.accessToken).digest('base64url')
  }
  return new SignJWT(claims)
    .setProtectedHeader({ typ: opts.typ ?? 'dpop+jwt', alg, jwk: opts.jwk ?? publicPart(app.publicJwk) })
    .sign(await signingKey(app.privateJwk, alg))
}

/** Only the members a public key needs; `kid`/`alg`/`use` are noise in a proof header. */
function publicPart(jwk: JWK): JWK {
  return jwk.kty === 'EC'
    ? { kty: jwk.kty, crv: jwk.crv, x: jwk.x, y: jwk.y }
    : { kty: jwk.kty, n: jwk.n, e: jwk.e }
}

/**
 * Gets a token like a well-behaved client and returns a client that uses it. With `dpop` (the default, as
 * the Okta SDK always sends a proof) the token request carries a DPoP proof and one `use_dpop_nonce` answer
 * is handled by retrying with the nonce and a freshly signed assertion. A client registered without DPoP
 * gets a Bearer token either way. Throws if the org refuses the token.
 */
export async function connect(
  orgUrl: string,
  app: ServiceAppKeys,
  scopes: string[],
  opts: { dpop?: boolean } = {},
): Promise<ConnectedClient> {
  const base = orgUrl.replace(/\/+$/, '')
  const tokenUrl = `${base}/oauth2/v1/token`
  const useDpop = opts.dpop ?? true

  const requestToken = async (nonce?: string): Promise<Response> => {
    const headers: Record<string, string> = {
      Accept: 'application/json',
      'Content-Type': 'application/x-www-form-urlencoded',
    }
    if (useDpop) headers.DPoP = await dpopProof(app, { htm: 'POST', htu: tokenUrl, nonce })
    return fetch(tokenUrl, {
      method: 'POST',
      headers,
      body: new URLSearchParams({
        grant_type: 'client_credentials',
        scope: scopes.join(' '),
        client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
        client_assertion: await clientAssertion(app, tokenUrl),
      }).toString(),
    })
  }

  let res = await requestToken()
  let body = (await res.json()) as Record<string, unknown>
  const nonce = res.headers.get('dpop-nonce')
  if (res.status === 400 && body.error === 'use_dpop_nonce' && nonce) {
    res = await requestToken(nonce)
    body = (await res.json()) as Record<string, unknown>
  }
  if (res.status !== 200 || typeof body.access_token !== 'string') {
    throw new Error(`Token request for ${app.clientId} failed: ${res.status} ${JSON.stringify(body)}`)
  }
  const accessToken = body.access_token
  const tokenType = body.token_type === 'DPoP' ? 'DPoP' : 'Bearer'

  return {
    accessToken,
    tokenType,
    async request(method, path, requestBody) {
      const url = `${base}${path}`
      const upper = method.toUpperCase()
      const headers: Record<string, string> = { Accept: 'application/json' }
      if (tokenType === 'DPoP') {
        headers.Authorization = `DPoP ${accessToken}`
        const htu = url.split(/[?#]/)[0]!
        headers.DPoP = await dpopProof(app, { htm: upper, htu, accessToken })
      } else {
        headers.Authorization = `Bearer ${accessToken}`
      }
      if (requestBody !== undefined) headers['Content-Type'] = 'application/json'
      return fetch(url, {
        method: upper,
        headers,
        ...(requestBody === undefined ? {} : { body: JSON.stringify(requestBody) }),
      })
    },
  }
}
