/**
 * The bridge's JSON logger (pino), shared by the HTTP layer, the jobs and the composition root: credentials
 * censored by path, personal data masked (`pii.ts`), and token-shaped strings scrubbed from messages
 * (`scrub.ts`).
 */
import { type DestinationStream, type Logger, pino } from 'pino'
import { maskPii, PII_KEYS, PII_PATHS } from './pii.js'
import { scrubber } from './scrub.js'

/** Log paths that may hold a credential or key, censored wherever they appear. */
export const REDACTED_PATHS = [
  'authorization',
  'clientToken',
  'token',
  'cookie',
  'privateKey',
  'privateJwk',
  'password',
  '*.authorization',
  '*.Authorization',
  '*["x-api-client-token"]',
  '*.clientToken',
  '*.token',
  '*.cookie',
  '*["set-cookie"]',
  '*.privateKey',
  '*.privateJwk',
  '*.password',
  '*.headers.authorization',
  '*.headers["x-api-client-token"]',
  '*.headers.cookie',
  '*.headers.dpop',
]

/** How to create the bridge's logger. */
export interface LoggerOptions {
  level: string
  /** Secret values (client tokens) to scrub from every message. */
  secrets?: readonly string[]
  /** Where lines go (tests pass a stream); default stdout. */
  destination?: DestinationStream
  /** `LOG_PII=true`: profile attributes (email, login, names, phone) in clear; masked by default. */
  logPii?: boolean
}

/**
 * The bridge's JSON logger (pino): secrets censored by path, and token-shaped strings (JWTs, PEM blocks,
 * configured client tokens) scrubbed from messages, because an error message can quote what it choked on.
 */
export function createLogger(options: LoggerOptions): Logger {
  const scrub = scrubber(options.secrets ?? [])
  const pii = new Set(PII_KEYS)
  return pino(
    {
      level: options.level,
      base: { service: 'okta-jml-bridge' },
      redact: {
        paths: options.logPii ? REDACTED_PATHS : [...REDACTED_PATHS, ...PII_PATHS],
        // One censor for both lists: credentials vanish, personal data is masked.
        censor: (value, path) => (pii.has(path[path.length - 1] ?? '') ? maskPii(value) : '[redacted]'),
      },
      hooks: {
        logMethod(args, method) {
          method.apply(
            this,
            args.map((arg) => (typeof arg === 'string' ? scrub(arg) : arg)) as Parameters<typeof method>,
          )
        },
      },
    },
    options.destination,
  )
}
