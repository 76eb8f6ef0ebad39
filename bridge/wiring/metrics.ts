import express from 'express'
import type { Logger } from 'pino'
import type { BridgeConfig } from '../config.js'
import { BridgeMetrics, metricsHandler } from '../http/metrics.js'
import { answerClientErrors, useProblemHandlers } from '../http/problem-handlers.js'
import { type Listening, listen } from './listen.js'
import type { SandboxMode } from './sandbox-mode.js'
import type { Stores } from './stores.js'

/** The token `/metrics` on the main port requires, and whether it was generated for this demo run. */
export interface MetricsToken {
  token: string | undefined
  /** The generated token, to print in the banner; undefined when configured (or none). */
  demoToken: string | undefined
}

/** The configured `METRICS_TOKEN`, or in sandbox mode without any `METRICS_*` a generated one. */
export function chooseMetricsToken(
  config: BridgeConfig,
  sandboxMode: Pick<SandboxMode, 'generateToken'> | undefined,
): MetricsToken {
  let token = config.metrics.token
  if (sandboxMode && token === undefined && config.metrics.port === undefined) {
    token = sandboxMode.generateToken()
  }
  return { token, demoToken: token === config.metrics.token ? undefined : token }
}

/** The Prometheus metrics, with the gauges read from the stores at scrape time. */
export function bridgeMetrics(stores: Stores): BridgeMetrics {
  return new BridgeMetrics({
    pendingExecutions: async () => (await stores.store.unfinished()).length,
    pendingOutbox: () => stores.outbox.pendingCount(),
    unjoinedChanges: () => stores.auditTrail.unjoinedCount(),
    storeCommits: () => stores.store.commits,
  })
}

/** Serves `/metrics` alone on `METRICS_PORT`; undefined when that is not configured. */
export async function serveMetricsPort(
  config: BridgeConfig,
  metrics: BridgeMetrics,
  logger: Logger,
  host: string,
): Promise<Listening | undefined> {
  const port = config.metrics.port
  if (port === undefined) return undefined
  const app = express()
  app.disable('x-powered-by')
  app.get('/metrics', metricsHandler(metrics, config.metrics.token))
  useProblemHandlers(app, logger)
  const listening = await listen(app, port, host)
  answerClientErrors(listening.server)
  return listening
}

/** Closes the metrics listener, dropping a scraper's open connection rather than waiting for it. */
export async function closeMetricsPort(listening: Listening | undefined): Promise<void> {
  if (!listening) return
  const closing = new Promise<void>((resolve) => listening.server.close(() => resolve()))
  listening.server.closeAllConnections()
  await closing
}
