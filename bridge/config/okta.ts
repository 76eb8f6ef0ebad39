/**
 * Configuration step: the mode, and the bridge's Okta service app (`OKTA_ORG_URL`, `OKTA_CLIENT_ID`,
 * `OKTA_PRIVATE_KEY[_FILE]`, `OKTA_KEY_ID`). The private key is parsed here, so a bad key stops the start
 * instead of the first token request; no message ever quotes it.
 */
import type { KeyObject } from 'node:crypto'
import { importJWK, type JWK } from 'jose'
import { readRsaPrivateKey } from '../keys.js'
import { type ConfigInput, checkUrl, type Findings, type PlainVariables, secret } from './environment.js'
import type { OktaConfig } from './types.js'

/**
 * `okta` when `OKTA_ORG_URL` is set, else `sandbox` — which production refuses, so a missing variable can
 * never make a production bridge talk to a simulated Okta.
 */
export function modeOf(plain: PlainVariables, nodeEnv: string, found: Findings): 'okta' | 'sandbox' {
  const mode = plain.OKTA_ORG_URL !== undefined ? 'okta' : 'sandbox'
  if (mode === 'sandbox' && nodeEnv === 'production') {
    found.problems.push(
      'OKTA_ORG_URL: required when NODE_ENV is production (the simulated Okta sandbox never runs in production)',
    )
  }
  return mode
}

/** The service app in `okta` mode (undefined when anything is missing or wrong: the problems say what). */
export async function oktaServiceApp(input: ConfigInput, found: Findings): Promise<OktaConfig | undefined> {
  const { env: clean, plain, mode } = input
  const { problems, warnings } = found
  const privateKeyText = await secret(clean, 'OKTA_PRIVATE_KEY', found)
  if (mode !== 'okta') {
    if (privateKeyText || clean.OKTA_CLIENT_ID !== undefined) {
      warnings.push(
        'OKTA_CLIENT_ID/OKTA_PRIVATE_KEY are set but OKTA_ORG_URL is not: they are ignored and Okta is simulated',
      )
    }
    return undefined
  }
  const orgUrl = checkUrl('OKTA_ORG_URL', plain.OKTA_ORG_URL!, found)
  if (orgUrl && (orgUrl.pathname !== '/' || orgUrl.search !== '')) {
    problems.push(
      'OKTA_ORG_URL: must be the org URL only, such as https://example.okta.com (no path or query)',
    )
  }
  if (plain.OKTA_CLIENT_ID === undefined && clean.OKTA_CLIENT_ID === undefined) {
    problems.push(
      'OKTA_CLIENT_ID: required with OKTA_ORG_URL (the client id of the bridge’s API Services app)',
    )
  }
  let key: { jwk: JWK; keyObject: KeyObject } | undefined
  if (privateKeyText === undefined) {
    problems.push(
      'OKTA_PRIVATE_KEY: required with OKTA_ORG_URL (set OKTA_PRIVATE_KEY or OKTA_PRIVATE_KEY_FILE to the service app’s RSA private key, PEM or JWK)',
    )
  } else if (privateKeyText !== null) {
    key = await parsePrivateKey(privateKeyText, problems)
  }
  const keyId = plain.OKTA_KEY_ID ?? (typeof key?.jwk.kid === 'string' ? key.jwk.kid : undefined)
  if (keyId === undefined && clean.OKTA_KEY_ID === undefined) {
    problems.push(
      'OKTA_KEY_ID: required with OKTA_ORG_URL (the kid of the public key registered with the service app)',
    )
  }
  if (!(orgUrl && plain.OKTA_CLIENT_ID && key && keyId)) return undefined
  return {
    orgUrl: orgUrl.origin,
    clientId: plain.OKTA_CLIENT_ID,
    privateJwk: { ...key.jwk, kid: keyId, alg: 'RS256' },
    privateKey: key.keyObject,
    keyId,
    requestTimeoutMs: plain.OKTA_REQUEST_TIMEOUT_MS ?? 10_000,
  }
}

/**
 * The service app's private key, read by the one reader the token source uses too ({@link readRsaPrivateKey})
 * and then imported with jose the way the token source signs, so a bad key stops the start instead of the
 * first token request; problem lines never quote the key.
 */
async function parsePrivateKey(
  text: string,
  problems: string[],
): Promise<{ jwk: JWK; keyObject: KeyObject } | undefined> {
  const reading = readRsaPrivateKey(text)
  if (!reading.ok) {
    problems.push(`OKTA_PRIVATE_KEY: ${reading.problem}`)
    return undefined
  }
  const { key: keyObject, kid } = reading
  // Normalised to a JWK (whatever the input form) and imported with jose the way the token source signs.
  const jwk = keyObject.export({ format: 'jwk' }) as JWK
  try {
    await importJWK(jwk, 'RS256')
  } catch {
    problems.push('OKTA_PRIVATE_KEY: cannot be used to sign RS256')
    return undefined
  }
  // A JWK's `kid` can stand in for OKTA_KEY_ID.
  return { jwk: kid === undefined ? jwk : { ...jwk, kid }, keyObject }
}
