/**
 * The bridge's configuration, read from the environment once at start-up and validated loudly: every
 * problem is reported at once, one line each, naming the variable — never the value of a secret —
 * the way panva/node-oidc-provider refuses to start on a bad configuration instead of failing on the
 * first request. Unsafe-but-allowed choices are returned as warnings for the caller to print.
 *
 * Two modes:
 * - `okta`: `OKTA_ORG_URL` is set. The service-app credentials, a policy file and at least one inbound
 *   authentication method are required: with a real org nothing is allowed by default.
 * - `sandbox`: no `OKTA_ORG_URL` and `NODE_ENV` is not `production`. `npm start` then runs an in-process
 *   Okta sandbox; production without an org URL is an error, so a missing variable can never make a
 *   production bridge talk to a simulated Okta.
 */
import { createPrivateKey, type KeyObject } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { importJWK, type JWK } from 'jose'
import { z } from 'zod'
import { FLOW_NAMES, isFlowName } from '../shared/index.js'
import {
  AUDIT_PERMISSION,
  CATALOG_PERMISSION,
  type ClientToken,
  GRANTS_MANAGE_PERMISSION,
  type OAuthConfig,
  type Permission,
  RECONCILE_PERMISSION,
} from './callers/permissions.js'
import { type ConsoleConfig, loadConsoleConfig } from './console/config.js'
import { BridgeError } from './errors.js'
import { Policy, PolicyFileError } from './policy/policy.js'
import type { ServiceNowConfig } from './ports/servicenow.js'
import { DEFAULT_DATABASE_URL, parseDatabaseUrl } from './ports/store-location.js'
import { secretsEqual } from './secret-compare.js'

// Declared with the permissions they carry (`callers/permissions.ts`); part of the configuration's shape.
export type { ClientToken, OAuthConfig }

/** The bridge's Okta service app (private_key_jwt + DPoP). */
export interface OktaConfig {
  /** The org URL without a trailing slash, e.g. `https://example.okta.com`. */
  orgUrl: string
  clientId: string
  /** The RSA private key as a JWK with `kid` and `alg: RS256` (the shape token sources sign with). */
  privateJwk: JWK
  /** The same key as a Node key object, for libraries that want one. */
  privateKey: KeyObject
  keyId: string
  /** How long one Okta call may take. */
  requestTimeoutMs: number
}

/** The validated configuration. */
export interface BridgeConfig {
  mode: 'okta' | 'sandbox'
  port: number
  nodeEnv: string
  logLevel: LogLevel
  /** Present in `okta` mode. */
  okta: OktaConfig | undefined
  clientTokens: readonly ClientToken[]
  oauth: OAuthConfig | undefined
  /** The policy read from `BRIDGE_POLICY_FILE`; required in `okta` mode, optional in `sandbox` mode. */
  policy: Policy | undefined
  policyFile: string | undefined
  /** How long a flow invocation may take, Okta rate-limit waits included, before the bridge answers 503. */
  deadlineMs: number
  /**
   * How long a synchronous invocation waits for its execution before answering 202 with the status URL
   * (`BRIDGE_SYNC_DEADLINE_MS`): below ServiceNow's REST timeout, so the caller gets an answer it can poll.
   */
  syncDeadlineMs: number
  /**
   * How often the expiry scheduler looks for grants whose end date has come (`BRIDGE_EXPIRY_POLL_MS`, default
   * 1000): a grant is revoked within about this long of its `expiresAt`.
   */
  expiryPollMs: number
  /**
   * How often a scheduled dry-run reconciliation runs (`RECONCILE_INTERVAL_MINUTES`, default 60; 0 disables
   * it). Scheduled runs only report; repairs need an operator's ticket (`POST /api/reconcile`).
   */
  reconcileIntervalMinutes: number
  /**
   * Where executions and the audit are kept (`DATABASE_URL`). Default `sqlite:./data/bridge.db`; with
   * `NODE_ENV=test` an in-memory database instead, because test files start many bridges at once and each
   * must start empty (a shared file would replay one test's executions to another). In sandbox mode the
   * default is in memory too: the simulated org is rebuilt with new ids at every start, so a store kept
   * from an earlier run would answer the demo's own requests with 422 `idempotency-key-reused` and hold
   * grants naming objects that no longer exist. The store lives and dies with the org it describes.
   */
  databaseUrl: string
  /** How `/metrics` is protected: its own bearer token, and/or a separate port; neither → not served. */
  metrics: MetricsConfig
  /** `LOG_PII=true`: log profile attributes (email, names) in clear; by default they are masked. */
  logPii: boolean
  /** How long in-flight requests and executions may take to finish after SIGTERM (`SHUTDOWN_GRACE_SECONDS`). */
  shutdownGraceMs: number
  /** The ServiceNow instance the bridge reports back to (`SERVICENOW_*`), when configured. */
  servicenow: ServiceNowConfig | undefined
  /** The secret Okta event hooks must present (`OKTA_EVENT_HOOK_SECRET`), when configured. */
  eventHookSecret: string | undefined
  /**
   * The header carrying it (`OKTA_EVENT_HOOK_HEADER`, default `Authorization`): the `key` of the event hook's
   * `authScheme` in Okta.
   */
  eventHookHeader: string
  /** What rejecting an Okta-born user's onboarding does (`ONBOARDING_REJECT_ACTION`, default `deactivate`). */
  onboardingRejectAction: 'deactivate' | 'suspend'
  /** The operator console (`CONSOLE_*`, see `console/config.ts`). */
  console: ConsoleConfig
  /** Allowed but unsafe choices, one line each, for the caller to print at start-up. */
  warnings: readonly string[]
}

/** How `/metrics` is served. */
export interface MetricsConfig {
  /** `METRICS_TOKEN`: `/metrics` on the main port answers only `Authorization: Bearer <token>`. */
  token: string | undefined
  /** `METRICS_PORT`: `/metrics` (and only it) on its own listener, for a scrape that never leaves the pod. */
  port: number | undefined
}

// Declared with the ServiceNow port, whose adapter connects with it; part of the configuration's shape.
export type { ServiceNowConfig }

/** pino's log levels. */
export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent'

/**
 * The configuration could not be accepted (code `config-invalid`); `problems` has one line per problem, each
 * naming its variable.
 */
export class ConfigError extends BridgeError<'config-invalid'> {
  constructor(readonly problems: readonly string[]) {
    super('config-invalid', `Invalid bridge configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`)
  }
}

/** The shortest client token accepted: 32 characters (about 190 bits when random), too long to guess. */
export const MIN_CLIENT_TOKEN_LENGTH = 32

/** What to write when a real org is configured without a policy: the smallest useful policy. */
export const POLICY_EXAMPLE = JSON.stringify({
  manageableGroups: ['<id of each group the bridge may add or remove members of>'],
  manageableApps: ['<id of each app the bridge may assign>'],
  protectedGroups: ['<id of Okta Administrators and every other admin group>'],
  protectedUsers: ['<break-glass admin login>'],
  writableProfileAttributes: ['department', 'title', 'manager'],
})

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
  BRIDGE_OAUTH_ISSUER: z.string().optional(),
  BRIDGE_OAUTH_AUDIENCE: z.string().min(1).optional(),
  BRIDGE_OAUTH_JWKS_URL: z.string().optional(),
  BRIDGE_POLICY_FILE: z.string().min(1).optional(),
  BRIDGE_DEADLINE_MS: wholeNumber(1_000, 600_000, 'a duration in milliseconds').default(25_000),
  BRIDGE_SYNC_DEADLINE_MS: wholeNumber(0, 600_000, 'a duration in milliseconds').default(20_000),
  BRIDGE_EXPIRY_POLL_MS: wholeNumber(100, 60_000, 'an interval in milliseconds').default(1_000),
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

/**
 * Reads and validates the configuration. Throws a {@link ConfigError} listing every problem; secret
 * values (keys, tokens) are never part of its message.
 */
export async function loadConfig(env: NodeJS.ProcessEnv = process.env): Promise<BridgeConfig> {
  const problems: string[] = []
  const warnings: string[] = []
  // Empty variables count as unset: `OKTA_ORG_URL=` in a compose file means "not configured".
  const clean: Record<string, string> = {}
  for (const [key, value] of Object.entries(env))
    if (value !== undefined && value.trim() !== '') clean[key] = value.trim()

  // Each variable on its own, so one bad value does not hide the others (or flip the mode).
  const plain: Partial<z.output<typeof PlainEnv>> = {}
  for (const [name, schema] of Object.entries(PlainEnv.shape)) {
    const result = (schema as z.ZodType).safeParse(clean[name])
    if (result.success) (plain as Record<string, unknown>)[name] = result.data
    else for (const issue of result.error.issues) problems.push(`${name}: ${issue.message}`)
  }

  const nodeEnv = plain.NODE_ENV ?? 'development'
  const mode: BridgeConfig['mode'] = plain.OKTA_ORG_URL !== undefined ? 'okta' : 'sandbox'
  if (mode === 'sandbox' && nodeEnv === 'production') {
    problems.push(
      'OKTA_ORG_URL: required when NODE_ENV is production (the simulated Okta sandbox never runs in production)',
    )
  }

  // ---- Okta service app -------------------------------------------------------------------------
  let okta: OktaConfig | undefined
  const privateKeyText = await secret(clean, 'OKTA_PRIVATE_KEY', problems)
  if (mode === 'okta') {
    const orgUrl = checkUrl('OKTA_ORG_URL', plain.OKTA_ORG_URL!, problems, warnings)
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
    if (orgUrl && plain.OKTA_CLIENT_ID && key && keyId) {
      okta = {
        orgUrl: orgUrl.origin,
        clientId: plain.OKTA_CLIENT_ID,
        privateJwk: { ...key.jwk, kid: keyId, alg: 'RS256' },
        privateKey: key.keyObject,
        keyId,
        requestTimeoutMs: plain.OKTA_REQUEST_TIMEOUT_MS ?? 10_000,
      }
    }
  } else if (privateKeyText || clean.OKTA_CLIENT_ID !== undefined) {
    warnings.push(
      'OKTA_CLIENT_ID/OKTA_PRIVATE_KEY are set but OKTA_ORG_URL is not: they are ignored and Okta is simulated',
    )
  }

  // ---- Inbound authentication -------------------------------------------------------------------
  const tokensText = await secret(clean, 'BRIDGE_CLIENT_TOKENS', problems)
  const clientTokens = tokensText ? parseClientTokens(tokensText, problems) : []

  let oauth: OAuthConfig | undefined
  if (plain.BRIDGE_OAUTH_ISSUER !== undefined) {
    const issuer = checkUrl('BRIDGE_OAUTH_ISSUER', plain.BRIDGE_OAUTH_ISSUER, problems, warnings)
    const jwks =
      plain.BRIDGE_OAUTH_JWKS_URL === undefined
        ? undefined
        : checkUrl('BRIDGE_OAUTH_JWKS_URL', plain.BRIDGE_OAUTH_JWKS_URL, problems, warnings)
    if (plain.BRIDGE_OAUTH_AUDIENCE === undefined) {
      problems.push(
        'BRIDGE_OAUTH_AUDIENCE: required with BRIDGE_OAUTH_ISSUER (the audience of the authorization server that issues ServiceNow’s tokens, e.g. api://okta-jml-bridge)',
      )
    }
    if (issuer && plain.BRIDGE_OAUTH_AUDIENCE) {
      oauth = {
        // Kept exactly as configured (bar a trailing slash): `iss` is compared as a string.
        issuer: plain.BRIDGE_OAUTH_ISSUER.replace(/\/+$/, ''),
        audience: plain.BRIDGE_OAUTH_AUDIENCE,
        jwksUrl: jwks?.href,
      }
    }
  } else {
    for (const name of ['BRIDGE_OAUTH_AUDIENCE', 'BRIDGE_OAUTH_JWKS_URL'] as const) {
      if (clean[name] !== undefined)
        problems.push(`${name}: set without BRIDGE_OAUTH_ISSUER, which it belongs to`)
    }
  }
  if (mode === 'okta' && clientTokens.length === 0 && oauth === undefined && tokensText === undefined) {
    problems.push(
      'BRIDGE_CLIENT_TOKENS: no inbound authentication configured; set BRIDGE_CLIENT_TOKENS (or BRIDGE_CLIENT_TOKENS_FILE) and/or BRIDGE_OAUTH_ISSUER with BRIDGE_OAUTH_AUDIENCE',
    )
  }
  if (clientTokens.length > 0) {
    warnings.push(
      'BRIDGE_CLIENT_TOKENS: client tokens are static secrets; prefer OAuth (BRIDGE_OAUTH_ISSUER) and never send them as the clientToken query parameter through proxies that log URLs',
    )
  }

  // ---- Policy -----------------------------------------------------------------------------------
  let policy: Policy | undefined
  if (plain.BRIDGE_POLICY_FILE !== undefined) {
    try {
      policy = await Policy.fromFile(plain.BRIDGE_POLICY_FILE)
    } catch (error) {
      if (!(error instanceof PolicyFileError)) throw error
      for (const problem of error.problems) problems.push(`BRIDGE_POLICY_FILE: ${error.path} ${problem}`)
    }
  } else if (mode === 'okta') {
    problems.push(
      `BRIDGE_POLICY_FILE: required with a real Okta org — the bridge denies everything by default. Write a JSON or YAML file such as ${POLICY_EXAMPLE} (ids are Okta group/app ids, 20 characters) and set BRIDGE_POLICY_FILE to its path`,
    )
  }
  if (policy) {
    const doc = policy.document
    if (mode === 'okta' && doc.manageableGroups.includes('*')) {
      warnings.push(
        'BRIDGE_POLICY_FILE: manageableGroups is "*": every group not listed in protectedGroups can be changed; list the groups instead',
      )
    }
    if (mode === 'okta' && doc.manageableApps.includes('*')) {
      warnings.push(
        'BRIDGE_POLICY_FILE: manageableApps is "*": every app not listed in protectedApps can be assigned; list the apps instead',
      )
    }
  }

  // ---- Store ------------------------------------------------------------------------------------
  // Not among the plain variables: a Postgres URL carries a password, so no message may quote it.
  const databaseUrl =
    clean.DATABASE_URL ??
    (nodeEnv === 'test' || mode === 'sandbox' ? 'sqlite::memory:' : DEFAULT_DATABASE_URL)
  try {
    parseDatabaseUrl(databaseUrl)
  } catch (error) {
    problems.push(`DATABASE_URL: ${(error as Error).message.replace(/^DATABASE_URL:? */, '')}`)
  }

  if (mode === 'sandbox') {
    warnings.push(
      'OKTA_ORG_URL: not set — Okta is SIMULATED by an in-process sandbox; nothing reaches a real org',
    )
    if (clean.DATABASE_URL !== undefined && clean.DATABASE_URL !== 'sqlite::memory:') {
      warnings.push(
        'DATABASE_URL: kept across sandbox runs, but the simulated org is rebuilt with new ids at every start — executions and grants of earlier runs name users, groups and apps that no longer exist (unset it for a fresh store per run)',
      )
    }
  }

  // ---- Metrics, ServiceNow, event hooks, shutdown -------------------------------------------------
  const metricsToken = await secret(clean, 'METRICS_TOKEN', problems)
  if (metricsToken) {
    if (metricsToken.length < MIN_CLIENT_TOKEN_LENGTH || /\s/.test(metricsToken)) {
      problems.push(
        `METRICS_TOKEN: must be at least ${MIN_CLIENT_TOKEN_LENGTH} characters without whitespace (generate one with: openssl rand -base64 32)`,
      )
    } else if (clientTokens.some((t) => secretsEqual(t.token, metricsToken))) {
      // A scraper's token must not be able to invoke flows.
      problems.push('METRICS_TOKEN: must differ from every BRIDGE_CLIENT_TOKENS token')
    }
  }
  if (plain.METRICS_PORT !== undefined && plain.METRICS_PORT === plain.PORT) {
    problems.push('METRICS_PORT: must differ from PORT')
  }
  if (!metricsToken && plain.METRICS_PORT === undefined && mode === 'okta') {
    warnings.push('METRICS_TOKEN/METRICS_PORT: neither is set, so /metrics is not served')
  }

  let servicenow: ServiceNowConfig | undefined
  const snPassword = await secret(clean, 'SERVICENOW_PASSWORD', problems)
  const snSecret = await secret(clean, 'SERVICENOW_CLIENT_SECRET', problems)
  if (plain.SERVICENOW_URL !== undefined) {
    const url = checkUrl('SERVICENOW_URL', plain.SERVICENOW_URL, problems, warnings)
    const basic = plain.SERVICENOW_USER !== undefined || snPassword !== undefined
    const oauthClient = plain.SERVICENOW_CLIENT_ID !== undefined || snSecret !== undefined
    if (basic && (plain.SERVICENOW_USER === undefined) !== (snPassword === undefined)) {
      problems.push(
        'SERVICENOW_PASSWORD: SERVICENOW_USER and SERVICENOW_PASSWORD (or SERVICENOW_PASSWORD_FILE) go together',
      )
    }
    if (oauthClient && (plain.SERVICENOW_CLIENT_ID === undefined) !== (snSecret === undefined)) {
      problems.push(
        'SERVICENOW_CLIENT_SECRET: SERVICENOW_CLIENT_ID and SERVICENOW_CLIENT_SECRET (or SERVICENOW_CLIENT_SECRET_FILE) go together',
      )
    }
    if (!basic && !oauthClient && snPassword !== null && snSecret !== null) {
      problems.push(
        'SERVICENOW_URL: set without credentials; set SERVICENOW_USER with SERVICENOW_PASSWORD, or SERVICENOW_CLIENT_ID with SERVICENOW_CLIENT_SECRET',
      )
    }
    if (url) {
      servicenow = {
        instanceUrl: url.origin,
        username: plain.SERVICENOW_USER,
        password: snPassword ?? undefined,
        clientId: plain.SERVICENOW_CLIENT_ID,
        clientSecret: snSecret ?? undefined,
      }
    }
  } else {
    for (const name of [
      'SERVICENOW_USER',
      'SERVICENOW_PASSWORD',
      'SERVICENOW_CLIENT_ID',
      'SERVICENOW_CLIENT_SECRET',
    ]) {
      if (clean[name] !== undefined || clean[`${name}_FILE`] !== undefined)
        problems.push(`${name}: set without SERVICENOW_URL, which it belongs to`)
    }
  }

  const eventHookSecret = await secret(clean, 'OKTA_EVENT_HOOK_SECRET', problems)
  if (eventHookSecret && (eventHookSecret.length < MIN_CLIENT_TOKEN_LENGTH || /\s/.test(eventHookSecret))) {
    problems.push(
      `OKTA_EVENT_HOOK_SECRET: must be at least ${MIN_CLIENT_TOKEN_LENGTH} characters without whitespace`,
    )
  }

  // Without an instance to report to, what the bridge tells ServiceNow by itself waits in the outbox (and
  // events wait in the inbox): nothing is lost, but nobody hears of an expiry or a user born in Okta.
  if (mode === 'okta' && servicenow === undefined) {
    warnings.push(
      eventHookSecret
        ? 'SERVICENOW_URL is not set: Okta event hooks are received but no onboarding incident can be opened until it is'
        : 'SERVICENOW_URL is not set: grant expiries are carried out in Okta but their reports to ServiceNow wait in the outbox until it is',
    )
  }

  const consoleConfig = await loadConsoleConfig(clean, { mode, orgUrl: okta?.orgUrl, problems, warnings })

  if (problems.length > 0) throw new ConfigError(problems)
  return {
    console: consoleConfig,
    mode,
    port: plain.PORT ?? 8080,
    nodeEnv,
    logLevel: plain.LOG_LEVEL ?? 'info',
    okta,
    clientTokens,
    oauth,
    policy,
    policyFile: plain.BRIDGE_POLICY_FILE,
    deadlineMs: plain.BRIDGE_DEADLINE_MS ?? 25_000,
    syncDeadlineMs: plain.BRIDGE_SYNC_DEADLINE_MS ?? 20_000,
    expiryPollMs: plain.BRIDGE_EXPIRY_POLL_MS ?? 1_000,
    reconcileIntervalMinutes: plain.RECONCILE_INTERVAL_MINUTES ?? 60,
    databaseUrl,
    metrics: { token: metricsToken ?? undefined, port: plain.METRICS_PORT },
    logPii: plain.LOG_PII === 'true',
    shutdownGraceMs: (plain.SHUTDOWN_GRACE_SECONDS ?? 25) * 1000,
    servicenow,
    eventHookSecret: eventHookSecret ?? undefined,
    eventHookHeader: plain.OKTA_EVENT_HOOK_HEADER ?? 'Authorization',
    onboardingRejectAction: plain.ONBOARDING_REJECT_ACTION ?? 'deactivate',
    warnings,
  }
}

/**
 * A secret from `NAME` or the file named by `NAME_FILE` (Docker and Kubernetes secrets are files).
 * Both set is ambiguous and refused; an unreadable file is named by path, its content never shown.
 * `null` means a problem was already reported (so "required" is not reported on top of it).
 */
async function secret(
  env: Record<string, string>,
  name: string,
  problems: string[],
): Promise<string | undefined | null> {
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
function checkUrl(name: string, value: string, problems: string[], warnings: string[]): URL | undefined {
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

/**
 * The service app's private key: PEM (PKCS#8 or PKCS#1) or a JWK, RSA of at least 2048 bits. Parsed here
 * so a bad key stops the start instead of the first token request; error lines never quote the key.
 */
async function parsePrivateKey(
  text: string,
  problems: string[],
): Promise<{ jwk: JWK; keyObject: KeyObject } | undefined> {
  let keyObject: KeyObject
  // A JWK's `kid` can stand in for OKTA_KEY_ID.
  let kid: string | undefined
  if (text.startsWith('{')) {
    let jwk: JWK
    try {
      jwk = JSON.parse(text) as JWK
    } catch {
      problems.push('OKTA_PRIVATE_KEY: looks like a JWK but is not valid JSON')
      return undefined
    }
    if (typeof jwk !== 'object' || jwk === null || jwk.kty !== 'RSA') {
      problems.push('OKTA_PRIVATE_KEY: the JWK must be an RSA key (kty "RSA"); Okta’s DPoP wants RSA')
      return undefined
    }
    if (jwk.d === undefined) {
      problems.push('OKTA_PRIVATE_KEY: the JWK is a public key; the private key (with "d") is needed')
      return undefined
    }
    if (typeof jwk.kid === 'string' && jwk.kid !== '') kid = jwk.kid
    try {
      keyObject = createPrivateKey({ key: jwk as import('node:crypto').JsonWebKey, format: 'jwk' })
    } catch {
      problems.push('OKTA_PRIVATE_KEY: the JWK cannot be parsed as an RSA private key')
      return undefined
    }
  } else if (text.includes('-----BEGIN')) {
    if (/BEGIN (?:RSA )?PUBLIC KEY|BEGIN CERTIFICATE/.test(text)) {
      problems.push('OKTA_PRIVATE_KEY: is a public key or certificate; the private key is needed')
      return undefined
    }
    try {
      // Escaped newlines are common when a PEM is pasted into a single-line variable.
      keyObject = createPrivateKey(text.replace(/\\n/g, '\n'))
    } catch {
      problems.push('OKTA_PRIVATE_KEY: cannot be parsed as an RSA private key (PEM or JWK)')
      return undefined
    }
  } else {
    problems.push('OKTA_PRIVATE_KEY: must be a PEM private key (-----BEGIN PRIVATE KEY-----) or an RSA JWK')
    return undefined
  }
  if (keyObject.asymmetricKeyType !== 'rsa') {
    problems.push(
      `OKTA_PRIVATE_KEY: must be an RSA key (got ${keyObject.asymmetricKeyType ?? 'unknown'}); Okta’s DPoP wants RSA`,
    )
    return undefined
  }
  const bits = keyObject.asymmetricKeyDetails?.modulusLength ?? 0
  if (bits < 2048) {
    problems.push(`OKTA_PRIVATE_KEY: the RSA key has ${bits} bits; at least 2048 are required`)
    return undefined
  }
  // Normalised to a JWK (whatever the input form) and imported with jose the way the token source signs.
  const jwk = keyObject.export({ format: 'jwk' }) as JWK
  try {
    await importJWK(jwk, 'RS256')
  } catch {
    problems.push('OKTA_PRIVATE_KEY: cannot be used to sign RS256')
    return undefined
  }
  return { jwk: kid === undefined ? jwk : { ...jwk, kid }, keyObject }
}

const TokenEntry = z
  .object({
    name: z
      .string()
      .regex(/^[A-Za-z0-9._-]{1,64}$/, {
        message: 'must be 1-64 letters, digits, dots, dashes or underscores',
      })
      .optional(),
    token: z.string(),
    flows: z.array(z.string()).min(1).optional(),
  })
  .strict()

/**
 * `BRIDGE_CLIENT_TOKENS`: a JSON array `[{"name":"servicenow","token":"…","flows":["joiner"]}]` or a
 * comma-separated list of tokens valid for every flow. Several tokens at once let a token be rotated
 * without downtime: add the new one, switch ServiceNow over, remove the old one.
 */
function parseClientTokens(text: string, problems: string[]): ClientToken[] {
  const V = 'BRIDGE_CLIENT_TOKENS'
  let entries: { name?: string | undefined; token: string; flows?: string[] | undefined }[]
  if (text.startsWith('[')) {
    let json: unknown
    try {
      json = JSON.parse(text)
    } catch {
      problems.push(`${V}: starts with "[" but is not a valid JSON array`)
      return []
    }
    const parsed = z.array(TokenEntry).min(1).safeParse(json)
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        // The path names the entry and member; the message never carries the value.
        problems.push(`${V}: [${issue.path.join('.')}] ${issue.message}`)
      }
      return []
    }
    entries = parsed.data
  } else {
    entries = text
      .split(',')
      .map((token) => token.trim())
      .filter((token) => token !== '')
      .map((token) => ({ token }))
  }
  const tokens: ClientToken[] = []
  const names = new Set<string>()
  const values = new Set<string>()
  entries.forEach((entry, index) => {
    const name = entry.name ?? `token-${index + 1}`
    let ok = true
    if (entry.token.length < MIN_CLIENT_TOKEN_LENGTH) {
      problems.push(
        `${V}: token ${name} is shorter than ${MIN_CLIENT_TOKEN_LENGTH} characters (generate one with: openssl rand -base64 32)`,
      )
      ok = false
    }
    if (/\s/.test(entry.token)) {
      problems.push(`${V}: token ${name} contains whitespace`)
      ok = false
    }
    if (names.has(name)) {
      problems.push(`${V}: the name ${name} is used twice`)
      ok = false
    }
    if (values.has(entry.token)) {
      problems.push(`${V}: token ${name} repeats an earlier token`)
      ok = false
    }
    const unknown = (entry.flows ?? []).filter(
      (flow) =>
        !isFlowName(flow) &&
        flow !== AUDIT_PERMISSION &&
        flow !== RECONCILE_PERMISSION &&
        flow !== GRANTS_MANAGE_PERMISSION &&
        flow !== CATALOG_PERMISSION,
    )
    if (unknown.length > 0) {
      problems.push(
        `${V}: token ${name} names unknown flows ${unknown.join(', ')} (flows: ${FLOW_NAMES.join(', ')})`,
      )
      ok = false
    }
    names.add(name)
    values.add(entry.token)
    if (ok) tokens.push({ name, token: entry.token, flows: entry.flows as Permission[] | undefined })
  })
  return tokens
}
