/**
 * The raw material of every configuration step: the environment with empty variables dropped, the plain
 * (non-secret) variables validated by zod one by one, secrets read from `NAME` or `NAME_FILE`, URLs checked,
 * and the {@link Findings} every step reports its problems and warnings into — in the order the steps run,
 * which is the order they are printed.
 */
import { readFile } from 'node:fs/promises'
import { z } from 'zod'

/** What the steps found: problems (the start is refused) and warnings (printed at start-up). */
export interface Findings {
  problems: string[]
  warnings: string[]
}

/** The shortest client token accepted: 32 characters (about 190 bits when random), too long to guess. */
export const MIN_CLIENT_TOKEN_LENGTH = 32

/**
 * A whole-number variable, with a message saying what it is and what is allowed (`PORT=abc` → "must be the
 * TCP port to listen on: a whole number from 0 to 65535 (0: any free port)") rather than zod's "expected
 * number, received NaN", which names neither.
 */
function wholeNumber(min: number, max: number, what: string, note = '') {
  const message = `must be ${what}: a whole number from ${min} to ${max}${note}`
  return z
    .string()
    .regex(/^\d{1,10}$/, { message })
    .transform(Number)
    .pipe(z.number().min(min, { message }).max(max, { message }))
}

/**
 * A fraction in (0, 1] (`OKTA_RATE_LIMIT_SHARE=0.8`): 0 would let the bridge send nothing, more than 1 would
 * spend the budget of the org's other integrations.
 */
function fraction(what: string) {
  const message = `must be ${what}: a number greater than 0 and at most 1, such as 0.8`
  return z
    .string()
    .regex(/^(\d+(\.\d*)?|\.\d+)$/, { message })
    .transform(Number)
    .pipe(z.number().gt(0, { message }).max(1, { message }))
}

/** Plain (non-secret) variables: validated by zod; secrets are handled separately so they never reach an error message. */
const PlainEnv = z.object({
  PORT: wholeNumber(0, 65_535, 'the TCP port to listen on', ' (0: any free port)').default(8080),
  NODE_ENV: z.string().default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  OKTA_ORG_URL: z.string().optional(),
  OKTA_CLIENT_ID: z
    .string()
    .regex(/^\S+$/, { message: 'must be the service app client id (no spaces)' })
    .optional(),
  OKTA_KEY_ID: z
    .string()
    .regex(/^\S+$/, { message: 'must be the key id (kid) registered with the service app' })
    .optional(),
  OKTA_REQUEST_TIMEOUT_MS: wholeNumber(100, 300_000, 'a timeout in milliseconds').default(10_000),
  OKTA_RATE_LIMIT_SHARE: fraction(
    "the share of each Okta rate limit (and of the org's concurrency) the bridge may use",
  ).default(0.8),
  OKTA_CONCURRENCY_LIMIT: wholeNumber(1, 10_000, "the org's Okta concurrent-request limit").default(75),
  BRIDGE_OAUTH_ISSUER: z.string().optional(),
  BRIDGE_OAUTH_AUDIENCE: z.string().min(1).optional(),
  BRIDGE_OAUTH_JWKS_URL: z.string().optional(),
  BRIDGE_POLICY_FILE: z.string().min(1).optional(),
  BRIDGE_DEADLINE_MS: wholeNumber(1_000, 600_000, 'a duration in milliseconds').default(25_000),
  BRIDGE_SYNC_DEADLINE_MS: wholeNumber(0, 600_000, 'a duration in milliseconds').default(20_000),
  BRIDGE_EXPIRY_POLL_MS: wholeNumber(100, 60_000, 'an interval in milliseconds').default(1_000),
  // At least 2 s: the heartbeat renews every third of it, and a lease shorter than a database round trip or a GC
  // pause would be lost by a live replica. At most an hour: a dead replica's executions wait that long.
  EXECUTION_LEASE_SECONDS: wholeNumber(2, 3_600, 'a duration in seconds').default(30),
  RECONCILE_INTERVAL_MINUTES: wholeNumber(0, 10_080, 'an interval in minutes', ' (0: never)').default(60),
  METRICS_PORT: wholeNumber(1, 65_535, 'the TCP port to serve /metrics on').optional(),
  LOG_PII: z.enum(['true', 'false'], { message: 'must be true or false' }).default('false'),
  // Below Kubernetes' default terminationGracePeriodSeconds (30), so the bridge exits before SIGKILL.
  SHUTDOWN_GRACE_SECONDS: wholeNumber(0, 3_600, 'a duration in seconds').default(25),
  SERVICENOW_URL: z.string().optional(),
  SERVICENOW_USER: z.string().min(1).optional(),
  SERVICENOW_CLIENT_ID: z
    .string()
    .regex(/^\S+$/, { message: 'must be the OAuth client id (no spaces)' })
    .optional(),
  // An HTTP header name (RFC 9110 token characters).
  OKTA_EVENT_HOOK_HEADER: z
    .string()
    .regex(/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/, { message: 'must be an HTTP header name' })
    .default('Authorization'),
  ONBOARDING_REJECT_ACTION: z
    .enum(['deactivate', 'suspend'], { message: 'must be deactivate or suspend' })
    .default('deactivate'),
})

/** The plain variables as validated; a variable whose value was refused is absent (its problem is reported). */
export type PlainVariables = Partial<z.output<typeof PlainEnv>>

/** What every step reads: the cleaned environment, the plain variables, and the mode they imply. */
export interface ConfigInput {
  /** Every set, non-empty variable, trimmed. */
  env: Record<string, string>
  plain: PlainVariables
  nodeEnv: string
  mode: 'okta' | 'sandbox'
}

/** Empty variables count as unset: `OKTA_ORG_URL=` in a compose file means "not configured". */
export function cleanEnvironment(env: NodeJS.ProcessEnv): Record<string, string> {
  const clean: Record<string, string> = {}
  for (const [key, value] of Object.entries(env))
    if (value !== undefined && value.trim() !== '') clean[key] = value.trim()
  return clean
}

/** Each plain variable on its own, so one bad value does not hide the others (or flip the mode). */
export function readPlainVariables(clean: Record<string, string>, found: Findings): PlainVariables {
  const plain: PlainVariables = {}
  for (const [name, schema] of Object.entries(PlainEnv.shape)) {
    const result = (schema as z.ZodType).safeParse(clean[name])
    if (result.success) (plain as Record<string, unknown>)[name] = result.data
    else for (const issue of result.error.issues) found.problems.push(`${name}: ${issue.message}`)
  }
  return plain
}

/**
 * A secret from `NAME` or the file named by `NAME_FILE` (Docker and Kubernetes secrets are files).
 * Both set is ambiguous and refused; an unreadable file is named by path, its content never shown.
 * `null` means a problem was already reported (so "required" is not reported on top of it).
 */
export async function secret(
  env: Record<string, string>,
  name: string,
  found: Findings,
): Promise<string | undefined | null> {
  const { problems } = found
  const direct = env[name]
  const file = env[`${name}_FILE`]
  if (direct !== undefined && file !== undefined) {
    problems.push(`${name}: set both ${name} and ${name}_FILE; set only one`)
    return null
  }
  if (file === undefined) return direct
  try {
    const text = (await readFile(file, 'utf8')).trim()
    if (text === '') {
      problems.push(`${name}_FILE: ${file} is empty`)
      return null
    }
    return text
  } catch (error) {
    problems.push(`${name}_FILE: cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? 'error'})`)
    return null
  }
}

/** Loopback hosts, the only ones allowed over plain http (a local sandbox, a test issuer). */
function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127(\.\d{1,3}){3}$/.test(hostname)
}

/** An https URL (http only on loopback, with a warning). */
export function checkUrl(name: string, value: string, found: Findings): URL | undefined {
  const { problems, warnings } = found
  let url: URL
  try {
    url = new URL(value)
  } catch {
    problems.push(`${name}: must be an absolute URL such as https://example.okta.com`)
    return undefined
  }
  if (url.username !== '' || url.password !== '') {
    // Never echo it: credentials in a URL are a secret.
    problems.push(`${name}: must not contain credentials`)
    return undefined
  }
  if (url.protocol === 'https:') return url
  if (url.protocol === 'http:' && isLoopback(url.hostname)) {
    warnings.push(`${name}: plain http is accepted only because ${url.host} is a loopback address`)
    return url
  }
  problems.push(
    `${name}: must use https (plain http is allowed only for loopback hosts), got ${url.protocol}//${url.host}`,
  )
  return undefined
}
