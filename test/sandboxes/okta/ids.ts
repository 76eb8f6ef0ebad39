/**
 * Identifiers and timestamps shaped like Okta's, so code that pattern-matches ids (`00u…` users,
 * `00g…` groups, `0oa…` apps) behaves the same against the sandbox as against an org.
 */
import { randomBytes } from 'node:crypto'

const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'

/** Id prefixes Okta uses for the object kinds the sandbox knows. */
export const ID_PREFIX = {
  user: '00u',
  group: '00g',
  app: '0oa',
  eventHook: 'who',
} as const

/** A 20-character Okta id: the kind's 3-character prefix followed by 17 base62 characters. */
export function newOktaId(prefix: string): string {
  const bytes = randomBytes(17)
  let id = prefix
  for (const byte of bytes) id += ALPHABET[byte % ALPHABET.length]
  return id
}

/** An `X-Okta-Request-Id` / System Log `transaction.id` (Okta's are 27 URL-safe characters). */
export function newRequestId(): string {
  return randomBytes(20).toString('base64url').slice(0, 27)
}

/** A System Log event `uuid`. */
export function newUuid(): string {
  return crypto.randomUUID()
}

/** Okta's timestamp format: ISO-8601 with milliseconds, UTC. */
export function timestamp(ms: number = Date.now()): string {
  return new Date(ms).toISOString()
}
