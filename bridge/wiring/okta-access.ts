/**
 * Wiring step: how the bridge calls Okta — one token source (private_key_jwt + DPoP) counting its token
 * requests in the metrics, the port factory handing each flow a port holding only its scopes (all ports share
 * one request executor, so pacing sees every call), and the System Log port of the audit.
 */
import {
  createOktaLogPort,
  createOktaPortFactory,
  type OktaAdapterFactory,
  OktaTokenSource,
} from '../adapters/okta/index.js'
import type { Clock } from '../clock.js'
import type { BridgeConfig } from '../config.js'
import type { BridgeMetrics } from '../http/metrics.js'
import type { OktaLogPort } from '../ports/okta.js'
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
): OktaAccess {
  const requestTimeoutMs = config.okta?.requestTimeoutMs ?? 10_000
  const tokenSource = new OktaTokenSource({
    ...credentials,
    requestTimeoutMs,
    fetch: metrics.countingFetch(),
    clock: oktaClock,
  })
  const portFactory = createOktaPortFactory({
    orgUrl: credentials.orgUrl,
    tokenSource,
    requestTimeoutMs,
    onCall: metrics.recordOktaCall,
    // A rate-limit wait longer than the caller's deadline fails fast as a 503 with Retry-After.
    maxWaitMs: config.deadlineMs,
    clock: oktaClock,
  })
  const oktaLog = createOktaLogPort({
    orgUrl: credentials.orgUrl,
    tokenSource,
    executor: portFactory.executor,
  })
  return { tokenSource, portFactory, oktaLog }
}
