/**
 * Wiring step: how the bridge calls Okta — one token source (private_key_jwt + DPoP) counting its token
 * requests in the metrics, the port factory handing each flow a port holding only its scopes (all ports share
 * one request executor, so pacing sees every call, on the org's rate-limit budget the replicas share), and the
 * System Log port of the audit.
 */
import {
  createOktaLogPort,
  createOktaPortFactory,
  type OktaAdapterFactory,
  OktaTokenSource,
} from '../adapters/okta/index.js'
import { outboundFetch } from '../adapters/outbound-fetch.js'
import type { Clock } from '../clock.js'
import type { BridgeConfig } from '../config.js'
import type { BridgeMetrics } from '../http/metrics.js'
import type { OktaLogPort } from '../ports/okta.js'
import type { OktaBudget } from '../ports/okta-budget.js'
import type { OktaCredentials } from './okta.js'

/** What talks to Okta. */
export interface OktaAccess {
  tokenSource: OktaTokenSource
  portFactory: OktaAdapterFactory
  oktaLog: OktaLogPort
}

/** Builds the token source, the port factory and the System Log port of one org and service app. */
export function oktaAccess(
  credentials: OktaCredentials,
  config: BridgeConfig,
  metrics: BridgeMetrics,
  /** The clock tokens age by and rate-limit waits go by (tests: one shared with the Okta sandbox). */
  oktaClock?: Clock,
  /** The org's rate-limit budget shared by the replicas (the store's); the executor's own without it. */
  budget?: OktaBudget,
): OktaAccess {
  const requestTimeoutMs = config.okta?.requestTimeoutMs ?? 10_000
  const tokenSource = new OktaTokenSource({
    ...credentials,
    requestTimeoutMs,
    fetch: metrics.countingFetch(outboundFetch),
    clock: oktaClock,
  })
  const portFactory = createOktaPortFactory({
    orgUrl: credentials.orgUrl,
    tokenSource,
    requestTimeoutMs,
    onCall: metrics.recordOktaCall,
    // A rate-limit wait longer than the caller's deadline fails fast as a 503 with Retry-After — for requests
    // a caller waits on; durable executions and background jobs queue on the budget instead.
    maxWaitMs: config.deadlineMs,
    clock: oktaClock,
    budget,
    rateLimitShare: config.oktaRateLimitShare,
    concurrencyLimit: config.oktaConcurrencyLimit,
    onBudgetWait: metrics.recordBudgetWait,
  })
  metrics.oktaBudget = portFactory.executor
  const oktaLog = createOktaLogPort({
    orgUrl: credentials.orgUrl,
    tokenSource,
    executor: portFactory.executor,
  })
  return { tokenSource, portFactory, oktaLog }
}
