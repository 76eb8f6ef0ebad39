/**
 * RSA private keys, read from any form they arrive in: the configuration checks `OKTA_PRIVATE_KEY` and the
 * console's `CONSOLE_PRIVATE_KEY` with it at start-up, and the Okta token source reads the key it is given
 * with it (a `KeyObject` from the configuration, or a PEM or JWK in sandbox mode and tests). One reader, so
 * all agree on what a usable key is. A foundation module: it knows no layer, and its problems never quote
 * the key.
 */
import { createPrivateKey, type JsonWebKey, KeyObject } from 'node:crypto'
import type { JWK } from 'jose'

/** A private key as configured: PEM (PKCS#8 or PKCS#1) or JWK text, a JWK object, or a parsed `KeyObject`. */
export type PrivateKeyInput = string | JWK | KeyObject

/** RSA keys shorter than this are refused: too weak to sign the client assertion and the DPoP proofs. */
export const MIN_RSA_BITS = 2048

/**
 * The outcome of {@link readRsaPrivateKey}. A refusal says why in words that never quote the key;
 * `unreadable` when the input is not a private key at all, `unfit` when it is one but not an RSA key of
 * {@link MIN_RSA_BITS} bits or more.
 */
export type RsaPrivateKeyReading =
  | {
      ok: true
      key: KeyObject
      /** A JWK's own `kid`, which can stand in for the configured key id. */
      kid: string | undefined
    }
  | { ok: false; refusal: 'unreadable' | 'unfit'; problem: string }

/**
 * Reads an RSA private key of at least {@link MIN_RSA_BITS} bits. Text starting with `{` is a JWK; text
 * with `-----BEGIN` is a PEM, whose newlines may be escaped (`\n`, as when pasted into a one-line variable).
 */
export function readRsaPrivateKey(input: PrivateKeyInput): RsaPrivateKeyReading {
  let key: KeyObject
  let kid: string | undefined
  if (input instanceof KeyObject) {
    if (input.type !== 'private') return unreadable('is a public or secret key; the private key is needed')
    key = input
  } else if (typeof input === 'string' && !input.trim().startsWith('{')) {
    if (!input.includes('-----BEGIN')) {
      return unreadable('must be a PEM private key (-----BEGIN PRIVATE KEY-----) or an RSA JWK')
    }
    if (/BEGIN (?:RSA )?PUBLIC KEY|BEGIN CERTIFICATE/.test(input)) {
      return unreadable('is a public key or certificate; the private key is needed')
    }
    try {
      key = createPrivateKey(input.replace(/\\n/g, '\n'))
    } catch {
      // The cause is dropped on purpose: parser messages can quote parts of the input.
      return unreadable('cannot be parsed as an RSA private key (PEM or JWK)')
    }
  } else {
    let jwk: JWK
    if (typeof input === 'string') {
      try {
        jwk = JSON.parse(input) as JWK
      } catch {
        return unreadable('looks like a JWK but is not valid JSON')
      }
    } else {
      jwk = input
    }
    if (typeof jwk !== 'object' || jwk === null || jwk.kty !== 'RSA') {
      return {
        ok: false,
        refusal: 'unfit',
        problem: 'the JWK must be an RSA key (kty "RSA"); Okta’s DPoP wants RSA',
      }
    }
    if (jwk.d === undefined)
      return unreadable('the JWK is a public key; the private key (with "d") is needed')
    if (typeof jwk.kid === 'string' && jwk.kid !== '') kid = jwk.kid
    try {
      key = createPrivateKey({ key: jwk as JsonWebKey, format: 'jwk' })
    } catch {
      return unreadable('the JWK cannot be parsed as an RSA private key')
    }
  }
  if (key.asymmetricKeyType !== 'rsa') {
    const problem = `must be an RSA key (got ${key.asymmetricKeyType ?? 'unknown'}); Okta’s DPoP wants RSA`
    return { ok: false, refusal: 'unfit', problem }
  }
  const bits = key.asymmetricKeyDetails?.modulusLength ?? 0
  if (bits < MIN_RSA_BITS) {
    const problem = `the RSA key has ${bits} bits; at least ${MIN_RSA_BITS} are required`
    return { ok: false, refusal: 'unfit', problem }
  }
  return { ok: true, key, kid }
}

function unreadable(problem: string): RsaPrivateKeyReading {
  return { ok: false, refusal: 'unreadable', problem }
}
