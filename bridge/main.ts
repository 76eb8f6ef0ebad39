/**
 * The composition root (`npm run start:prod`, the image's `node build/bridge/main.js`): {@link startBridge} composes the wiring steps of `wiring/`, top to
 * bottom — configuration → Okta → ServiceNow → logger → stores → Okta access → reporting to ServiceNow →
 * flows → jobs → HTTP → listen → background work — and hands back a running bridge with its `stop()`.
 *
 * - Configuration is validated before anything starts; on a {@link ConfigError} every problem is printed
 *   on its own line to stderr and the process exits 1.
 * - With `OKTA_ORG_URL` the bridge uses the real org through the least-privilege service app. Without it (and
 *   outside production) it runs in sandbox mode only when a development entry point lends it the sandboxes
 *   ({@link SandboxMode}: `dev/start.ts`, what `npm start` runs); on its own it refuses to start.
 * - The execution store (`DATABASE_URL`) is opened and migrated before the server listens; executions a
 *   previous process left running are resumed right after it listens (their plans are recomputed against
 *   Okta's current state, so nothing is done twice).
 * - `GET /healthz` (liveness) answers 200 once the server listens; `GET /readyz` checks the store, the
 *   policy and an Okta token (`http/readiness.ts`); `GET /metrics` is behind `METRICS_TOKEN` or on `METRICS_PORT`.
 * - SIGTERM/SIGINT: readiness goes false at once and new invocations get 503 with `Retry-After`; requests
 *   in flight and running executions get `SHUTDOWN_GRACE_SECONDS` to finish (a half-applied plan is worse
 *   than a slow shutdown); what is still running stays recorded for the next start to resume; the store
 *   is closed and the process exits 0 (`wiring/shutdown.ts`).
 */

import { realpathSync } from 'node:fs'
import type { Server } from 'node:http'
import { fileURLToPath } from 'node:url'
import type { Logger } from 'pino'
import type { SqlEventInbox } from './adapters/store/event-inbox-store.js'
import type { SqlOnboardingStore } from './adapters/store/onboarding-store.js'
import { type Clock, systemClock } from './clock.js'
import { type BridgeConfig, ConfigError, loadConfig } from './config.js'
import type { ExecutionService } from './flows/execution-service.js'
import type { BridgeMetrics } from './http/metrics.js'
import { BRIDGE_VERSION } from './http/openapi.js'
import { answerClientErrors } from './http/problem-handlers.js'
import type { AuditAnchorer } from './jobs/audit-anchorer.js'
import type { BatchWorker } from './jobs/batch-worker.js'
import type { EventProcessor } from './jobs/event-processor.js'
import type { ExpiryScheduler } from './jobs/expiry-scheduler.js'
import type { OutboxDispatcher } from './jobs/outbox-dispatcher.js'
import type { ReconcileSchedule } from './jobs/reconcile-schedule.js'
import type { RequestIdJoiner } from './jobs/request-id-joiner.js'
import { scrubber } from './logging/scrub.js'
import type { Policy } from './policy/policy.js'
import type { AuditTrail } from './ports/audit-trail.js'
import type { GrantStore } from './ports/grants.js'
import type { OutboxStore } from './ports/outbox.js'
import type { ServiceNowPort } from './ports/servicenow.js'
import type { ExecutionStore } from './ports/store.js'
import type { Reconciler } from './reconcile/reconciler.js'
import { announce } from './wiring/announce.js'
import { buildFlows } from './wiring/flows.js'
import { buildHttpApp, type Lifecycle, listenHost } from './wiring/http.js'
import { buildJobs, startBackgroundWork } from './wiring/jobs.js'
import { closeServer, type Listening, listen } from './wiring/listen.js'
import { bridgeLogger } from './wiring/logging.js'
import { bridgeMetrics, chooseMetricsToken, closeMetricsPort, serveMetricsPort } from './wiring/metrics.js'
import { connectOkta, type OktaConnection } from './wiring/okta.js'
import { oktaAccess } from './wiring/okta-access.js'
import { reportToServiceNow } from './wiring/reporting.js'
import {
  type SandboxMode,
  type SandboxOrg,
  type SandboxServiceNow,
  sandboxModeOf,
} from './wiring/sandbox-mode.js'
import { connectServiceNow, type ServiceNowConnection } from './wiring/servicenow.js'
import { gracefulStop } from './wiring/shutdown.js'
import { openStores, type Stores } from './wiring/stores.js'

/** A running bridge. */
export type {
  DemoSignIn,
  SandboxBannerOptions,
  SandboxConsole,
  SandboxMode,
  SandboxOrg,
  SandboxServiceNow,
} from './wiring/sandbox-mode.js'

export interface RunningBridge<
  O extends SandboxOrg = SandboxOrg,
  N extends SandboxServiceNow = SandboxServiceNow,
> {
  /** The URL it listens on, e.g. `http://127.0.0.1:8080`. */
  url: string
  server: Server
  config: BridgeConfig
  logger: Logger
  /** Present in sandbox mode. */
  sandbox: O | undefined
  /** The client token generated for a sandbox-mode demo (when none was configured). */
  demoToken: string | undefined
  /** The `/metrics` bearer token generated for a sandbox-mode demo (when neither METRICS_* was configured). */
  demoMetricsToken: string | undefined
  /** The durable executions (tests wait on `drain()`). */
  executions: ExecutionService
  /** The execution store (`DATABASE_URL`). */
  store: ExecutionStore
  /** The Prometheus metrics (`/metrics`). */
  metrics: BridgeMetrics
  /** The URL of the separate metrics listener (`METRICS_PORT`), when there is one. */
  metricsUrl: string | undefined
  /** The ServiceNow client (`SERVICENOW_*`, or the sandbox's in sandbox mode); absent when not configured. */
  servicenow: ServiceNowPort | undefined
  /** The in-process ServiceNow sandbox of sandbox mode (no `SERVICENOW_URL`). */
  servicenowSandbox: N | undefined
  /** Messages to ServiceNow waiting for delivery, and the dispatcher delivering them. */
  outbox: OutboxStore
  outboxDispatcher: OutboxDispatcher
  /** Time-bound access grants (`grant-access`, `revoke-access`, `extend-access`). */
  grants: GrantStore
  /** Okta event hook deliveries (`/hooks/okta/events`), and the job opening onboarding incidents from them. */
  eventInbox: SqlEventInbox
  eventProcessor: EventProcessor
  /** Users born in Okta ↔ their approval incidents (`onboarding-decision`). */
  onboardings: SqlOnboardingStore
  /** The scheduler ending grants at their end date (tests call `tick()` after moving the clock). */
  expiry: ExpiryScheduler
  /** Reconciliation (`POST /api/reconcile`), and its dry-run schedule (`RECONCILE_INTERVAL_MINUTES`). */
  reconciler: Reconciler
  reconcileSchedule: ReconcileSchedule
  /** The audit's anchors, late joins and baselines (same database as the store). */
  auditTrail: AuditTrail
  /**
   * Sends the audit chain head to ServiceNow (at the end of every execution that changed something, and within
   * a minute of any other entry); absent when ServiceNow is not configured.
   */
  auditAnchorer: AuditAnchorer | undefined
  /** Looks up, in the background, the System Log request id of changes recorded without one. */
  requestIdJoiner: RequestIdJoiner
  /** Works bulk requests' items into executions (tests wait on `settled()`). */
  batchWorker: BatchWorker
  /**
   * Graceful shutdown: not ready and refusing new invocations (503 + `Retry-After`) at once; running
   * executions, then requests in flight, get `graceMs` in all (default `SHUTDOWN_GRACE_SECONDS`); what is still
   * running stays recorded for a resume; then the store is closed and the sandbox stopped.
   */
  stop(graceMs?: number): Promise<void>
}

/** Options mostly for tests. */
export interface StartOptions<
  O extends SandboxOrg = SandboxOrg,
  N extends SandboxServiceNow = SandboxServiceNow,
> {
  /** Sandbox mode's stand-ins, lent by a development entry point (`dev/start.ts`); never in production. */
  sandboxMode?: SandboxMode<O, N>
  /** Where log lines go; default stdout. */
  logDestination?: import('pino').DestinationStream
  /** Where human-facing lines (banner, URL) go; default stderr. */
  print?: (text: string) => void
  /**
   * The policy to enforce instead of the configured one. In sandbox mode it may be a function of the
   * sandbox, whose group and app ids are only known once it has started (tests of the guardrails).
   */
  policy?: Policy | ((sandbox: O) => Policy)
  /** The clock grant expiry and the outbox's retries go by (tests move it forward); default the system's. */
  clock?: Clock
  /**
   * The clock Okta access tokens age by, rate-limit windows are paced by and Okta retries wait on; default the
   * system's. Apart from `clock` because it must agree with Okta's: a test moves both together (the sandbox's
   * `useClock`).
   */
  oktaClock?: Clock
  /** How often the outbox dispatcher looks for due messages (ms; default 1 000). */
  outboxPollMs?: number
  /**
   * `false`: Okta event hook deliveries are stored and acknowledged but not processed — the state a crash
   * right after the acknowledgement leaves (tests of the inbox's durability). Default true.
   */
  eventProcessing?: boolean
  /**
   * `false`: the audit anchorer's and the request id joiner's background rounds are not started (tests call
   * their `tick()` after moving the clock). An execution's end still anchors at once. Default true.
   */
  auditJobs?: boolean
}

/** Starts the bridge from an environment. Throws {@link ConfigError} for a bad configuration. */
export async function startBridge<
  O extends SandboxOrg = SandboxOrg,
  N extends SandboxServiceNow = SandboxServiceNow,
>(env: NodeJS.ProcessEnv = process.env, options: StartOptions<O, N> = {}): Promise<RunningBridge<O, N>> {
  const print = options.print ?? ((text: string) => process.stderr.write(`${text}\n`))
  const config = await loadConfig(env)
  const sandboxMode = config.mode === 'sandbox' ? sandboxModeOf(options) : undefined
  const clock = options.clock ?? systemClock
  // What a failed start (or the shutdown) must release, filled in as the steps succeed.
  let okta: OktaConnection<O> | undefined
  let servicenowConnection: ServiceNowConnection<N> | undefined
  let stores: Stores | undefined
  let main: Listening | undefined
  let metricsPort: Listening | undefined
  const release = async () => {
    await stores?.store.close()
    await closeMetricsPort(metricsPort)
    await okta?.sandbox?.sandbox.stop()
    await servicenowConnection?.sandbox?.sandbox.stop()
  }
  try {
    okta = await connectOkta(config, options.policy, sandboxMode)
    const { credentials, sandbox, demoConsole, policy, clientTokens, demoToken } = okta
    const metricsToken = chooseMetricsToken(config, sandboxMode)
    servicenowConnection = await connectServiceNow(config, sandboxMode)
    const servicenowSandbox = servicenowConnection.sandbox
    const logger = bridgeLogger(
      config,
      { clientTokens, metricsToken: metricsToken.token, servicenow: servicenowConnection.config },
      options.logDestination,
    )
    const scrub = scrubber(clientTokens.map((t) => t.token))

    // The dispatcher (built with the reporting) delivers at once what a flow has just enqueued.
    stores = await openStores(config, clock, () => reporting.outboxDispatcher.kick())
    const metrics = bridgeMetrics(stores)
    const access = oktaAccess(credentials, config, metrics, options.oktaClock, stores.oktaBudget)
    const reporting = reportToServiceNow({
      servicenowConfig: servicenowConnection.config,
      stores,
      clock,
      logger,
      scrub,
      outboxPollMs: options.outboxPollMs,
    })
    const common = {
      config,
      policy: policy!,
      clientId: credentials.clientId,
      okta: access,
      stores,
      reporting,
    }
    const flows = buildFlows({ ...common, clock, logger, scrub, metrics })
    const jobs = buildJobs({ ...common, flows, metrics, clock, logger, scrub })
    const lifecycle: Lifecycle = { ready: false, shuttingDown: false }
    const http = buildHttpApp({
      ...common,
      policy,
      clientTokens,
      metricsToken: metricsToken.token,
      credentials,
      flows,
      jobs,
      metrics,
      clock,
      logger,
      lifecycle,
      demoConsole,
      version: BRIDGE_VERSION,
    })

    const host = listenHost(env, config)
    main = await listen(http.app, config.port, host)
    const { server, url } = main
    // Longer than a load balancer's idle timeout, so it closes idle connections first.
    server.keepAliveTimeout = 65_000
    answerClientErrors(server)
    metricsPort = await serveMetricsPort(config, metrics, logger, host)
    lifecycle.ready = true
    const consoleUrl = http.setConsoleUrl(url)

    announce({
      print,
      sandboxMode,
      demoConsole,
      consoleUrl,
      logger,
      config,
      url,
      orgUrl: credentials.orgUrl,
      flows: http.flows,
      sandbox,
      servicenowSandbox,
      demoToken,
      demoMetricsToken: metricsToken.demoToken,
      metricsUrl: metricsPort?.url,
    })
    await startBackgroundWork({
      jobs,
      reporting,
      flows,
      logger,
      scrub,
      options: { eventProcessing: options.eventProcessing !== false, auditJobs: options.auditJobs !== false },
    })

    const stop = gracefulStop({
      lifecycle,
      jobs,
      executions: flows.executions,
      reporting,
      server,
      release,
      logger,
      graceMs: config.shutdownGraceMs,
    })
    return {
      url,
      server,
      config,
      logger,
      sandbox,
      demoToken,
      demoMetricsToken: metricsToken.demoToken,
      executions: flows.executions,
      store: stores.store,
      metrics,
      metricsUrl: metricsPort?.url,
      servicenow: reporting.servicenow,
      servicenowSandbox,
      outbox: stores.outbox,
      outboxDispatcher: reporting.outboxDispatcher,
      grants: stores.grants,
      expiry: jobs.expiry,
      eventInbox: stores.eventInbox,
      eventProcessor: jobs.eventProcessor,
      onboardings: stores.onboardings,
      reconciler: jobs.reconciler,
      reconcileSchedule: jobs.reconcileSchedule,
      auditTrail: stores.auditTrail,
      auditAnchorer: reporting.auditAnchorer,
      requestIdJoiner: jobs.requestIdJoiner,
      batchWorker: jobs.batchWorker,
      stop,
    }
  } catch (error) {
    if (main) await closeServer(main.server)
    await release()
    throw error
  }
}

/**
 * Runs a bridge as a process: exit 1 on bad configuration, 0 after SIGTERM/SIGINT. `start` is this module's
 * {@link startBridge}, or a development entry point's composition of it.
 */
export async function runBridgeProcess(
  start: () => Promise<Pick<RunningBridge, 'logger' | 'stop'>> = () => startBridge(),
): Promise<void> {
  let bridge: Pick<RunningBridge, 'logger' | 'stop'>
  try {
    bridge = await start()
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write('okta-jml-bridge: invalid configuration, not starting:\n')
      for (const problem of error.problems) process.stderr.write(`  ${problem}\n`)
    } else {
      // Only the message: a stack could name internals, and nothing here should carry a secret.
      process.stderr.write(
        `okta-jml-bridge: failed to start: ${error instanceof Error ? error.message : String(error)}\n`,
      )
    }
    process.exit(1)
  }
  const shutdown = (signal: string) => {
    bridge.logger.info({ signal }, 'shutting down')
    bridge.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    )
  }
  process.once('SIGTERM', () => shutdown('SIGTERM'))
  process.once('SIGINT', () => shutdown('SIGINT'))
}

/** Whether the module at `moduleUrl` (its `import.meta.url`) is the process entry point (not imported by a test). */
export function isEntryPoint(moduleUrl: string): boolean {
  const entry = process.argv[1]
  if (!entry) return false
  try {
    return realpathSync(entry) === realpathSync(fileURLToPath(moduleUrl))
  } catch {
    return false
  }
}

if (isEntryPoint(import.meta.url)) void runBridgeProcess()
