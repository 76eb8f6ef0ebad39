/**
 * Constant-time comparison of secrets (client tokens, the metrics token, the event hook secret).
 *
 * `timingSafeEqual` alone needs equal lengths, and checking the lengths first tells a guesser the secret's
 * length. Both sides are therefore run through HMAC-SHA256 under a key drawn at start, and the two digests —
 * always 32 bytes — are compared: the time taken depends on neither the value nor the length of either side,
 * and the key keeps a precomputed digest useless to anyone reading memory dumps of another process.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'

const KEY = randomBytes(32)

/** The fixed-length digest a secret is compared by; compute an expected secret's once, at start. */
export function secretDigest(value: string): Buffer {
  return createHmac('sha256', KEY).update(value, 'utf8').digest()
}

/** Whether two secrets are equal, in time independent of their values and lengths. */
export function secretsEqual(presented: string, expected: string | Buffer): boolean {
  const want = typeof expected === 'string' ? secretDigest(expected) : expected
  return timingSafeEqual(secretDigest(presented), want)
}
