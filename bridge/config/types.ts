/**
 * The shapes of the bridge's validated configuration (what `loadConfig` in `config.ts` returns), apart from the code
 * that reads them so that each step of `config/` can name them without importing the composition.
 */

import type { KeyObject } from 'node:crypto'
import type { JWK } from 'jose'
import type { ClientToken, OAuthConfig } from '../callers/permissions.js'
import type { ConsoleConfig } from '../console/config.js'
import type { Policy } from '../policy/policy.js'
import type { ServiceNowConfig } from '../ports/servicenow.js'

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
  /** The operator console (`CONSOLE_*`, see `console/config.ts`). */
  console: ConsoleConfig
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
  /**
   * How long a request a caller waits on (a dry run, a catalog read) may wait for Okta's rate-limit budget
   * before it fails as `okta-rate-limited` (503 with Retry-After). Durable executions queue on the budget
   * instead; their caller gets 202 with the status URL after `syncDeadlineMs`.
   */
  deadlineMs: number
  /**
   * The fraction of each Okta endpoint family's rate limit, and of the org's concurrency, the bridge's
   * replicas together may use (`OKTA_RATE_LIMIT_SHARE`, in (0, 1], default 0.8): the rest is left to the org's
   * other integrations.
   */
  oktaRateLimitShare: number
  /** The org's Okta concurrent-request limit (`OKTA_CONCURRENCY_LIMIT`, default 75, Okta's default). */
  oktaConcurrencyLimit: number
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
   * How long a replica holds a running execution without renewing its lease (`EXECUTION_LEASE_SECONDS`, default
   * 30, at least 2): the heartbeat renews every third of it; a dead replica's executions are taken over by
   * another replica once it has run out.
   */
  executionLeaseMs: number
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
  /** `DATABASE_PASSWORD_FILE`: the file holding the Postgres password, for a URL without one (checked at start). */
  databasePasswordFile?: string
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
