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
import {
  type ConfigInput,
  cleanEnvironment,
  type Findings,
  readPlainVariables,
} from './config/environment.js'
import { eventHookSecret } from './config/event-hooks.js'
import { inboundAuthentication } from './config/inbound-auth.js'
import { metricsAccess } from './config/metrics.js'
import { modeOf, oktaServiceApp } from './config/okta.js'
import { policyFromFile } from './config/policy.js'
import { serviceNowInstance, unreportedWarning } from './config/servicenow.js'
import { databasePasswordFile, databaseUrl, sandboxWarnings } from './config/store.js'
import type { BridgeConfig } from './config/types.js'
import { loadConsoleConfig } from './console/config.js'
import { BridgeError } from './errors.js'

export { MIN_CLIENT_TOKEN_LENGTH } from './config/environment.js'
export { POLICY_EXAMPLE } from './config/policy.js'
export type {
  BridgeConfig,
  ClientToken,
  LogLevel,
  MetricsConfig,
  OAuthConfig,
  OktaConfig,
  ServiceNowConfig,
} from './config/types.js'

/**
 * The configuration could not be accepted (code `config-invalid`); `problems` has one line per problem, each
 * naming its variable.
 */
export class ConfigError extends BridgeError<'config-invalid'> {
  constructor(readonly problems: readonly string[]) {
    super('config-invalid', `Invalid bridge configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`)
  }
}

/**
 * Reads and validates the configuration, one concern per step (`config/`), in the order their problems and
 * warnings are printed. Throws a {@link ConfigError} listing every problem; secret values (keys, tokens) are
 * never part of its message.
 */
export async function loadConfig(env: NodeJS.ProcessEnv = process.env): Promise<BridgeConfig> {
  const found: Findings = { problems: [], warnings: [] }
  const clean = cleanEnvironment(env)
  const plain = readPlainVariables(clean, found)
  const nodeEnv = plain.NODE_ENV ?? 'development'
  const mode = modeOf(plain, nodeEnv, found)
  const input: ConfigInput = { env: clean, plain, nodeEnv, mode }

  const okta = await oktaServiceApp(input, found)
  const { clientTokens, oauth } = await inboundAuthentication(input, found)
  const policy = await policyFromFile(input, found)
  const database = databaseUrl(input, found)
  const passwordFile = databasePasswordFile(input, database, found)
  sandboxWarnings(input, found)
  const metrics = await metricsAccess(input, clientTokens, found)
  const servicenow = await serviceNowInstance(input, found)
  const hookSecret = await eventHookSecret(input, found)
  unreportedWarning(input, servicenow, hookSecret, found)
  const consoleConfig = await loadConsoleConfig(clean, {
    mode,
    orgUrl: okta?.orgUrl,
    problems: found.problems,
    warnings: found.warnings,
  })

  if (found.problems.length > 0) throw new ConfigError(found.problems)
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
    oktaRateLimitShare: plain.OKTA_RATE_LIMIT_SHARE ?? 0.8,
    oktaConcurrencyLimit: plain.OKTA_CONCURRENCY_LIMIT ?? 75,
    syncDeadlineMs: plain.BRIDGE_SYNC_DEADLINE_MS ?? 20_000,
    expiryPollMs: plain.BRIDGE_EXPIRY_POLL_MS ?? 1_000,
    reconcileIntervalMinutes: plain.RECONCILE_INTERVAL_MINUTES ?? 60,
    executionLeaseMs: (plain.EXECUTION_LEASE_SECONDS ?? 30) * 1000,
    databaseUrl: database,
    ...(passwordFile === undefined ? {} : { databasePasswordFile: passwordFile }),
    metrics,
    logPii: plain.LOG_PII === 'true',
    shutdownGraceMs: (plain.SHUTDOWN_GRACE_SECONDS ?? 25) * 1000,
    servicenow,
    eventHookSecret: hookSecret,
    eventHookHeader: plain.OKTA_EVENT_HOOK_HEADER ?? 'Authorization',
    onboardingRejectAction: plain.ONBOARDING_REJECT_ACTION ?? 'deactivate',
    warnings: found.warnings,
  }
}
