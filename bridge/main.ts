/**
 * The composition root (`npm start`): configuration → Okta adapter → flow engine → HTTP app → listen.
 *
 * - Configuration is validated before anything starts; on a {@link ConfigError} every problem is printed
 *   on its own line to stderr and the process exits 1.
 * - Without `OKTA_ORG_URL` (and outside production) an in-process Okta sandbox stands in for the org and a
 *   banner says so; with it, the bridge uses the real org through the least-privilege service app.
 * - The execution store (`DATABASE_URL`) is opened and migrated before the server listens; executions a
 *   previous process left running are resumed right after it listens (their plans are recomputed against
 *   Okta's current state, so nothing is done twice).
 * - `GET /healthz` (liveness) answers 200 once the server listens; `GET /readyz` checks the store, the
 *   policy and an Okta token (`health.ts`); `GET /metrics` is behind `METRICS_TOKEN` or on `METRICS_PORT`.
 * - SIGTERM/SIGINT: readiness goes false at once and new invocations get 503 with `Retry-After`; requests
 *   in flight and running executions get `SHUTDOWN_GRACE_SECONDS` to finish (a half-applied plan is worse
 *   than a slow shutdown); what is still running stays recorded for the next start to resume; the store
 *   is closed and the process exits 0.
 */

import { randomUUID } from 'node:crypto'
import { realpathSync } from 'node:fs'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { fileURLToPath } from 'node:url'
import express from 'express'
import type { Logger } from 'pino'
import { FLOW_NAMES } from '../shared/index.js'
import {
  createOktaLogPort,
  createOktaPortFactory,
  OKTA_LOG_SCOPE,
  OktaTokenSource,
} from './adapters/okta/index.js'
import { serviceNowClientFromConfig } from './adapters/servicenow/table-client.js'
import { SqlAuditTrail } from './adapters/store/audit-trail-store.js'
import { endedGrantsSince } from './adapters/store/ended-grants.js'
import { SqlEventInbox } from './adapters/store/event-inbox-store.js'
import { SqlGrantStore } from './adapters/store/grant-store.js'
import { openExecutionStore } from './adapters/store/index.js'
import { SqlOnboardingStore } from './adapters/store/onboarding-store.js'
import { SqlOutboxStore } from './adapters/store/outbox-store.js'
import { Catalog } from './catalog/catalog.js'
import { type Clock, systemClock } from './clock.js'
import { type BridgeConfig, type ClientToken, ConfigError, loadConfig } from './config.js'
import { FlowEngine } from './flows/engine.js'
import { ExecutionService } from './flows/executions.js'
import { FLOW_OPERATIONS } from './flows/registry.js'
import { readiness, storeCheck } from './health.js'
import { createApp } from './http/app.js'
import { systemLogCandidates, systemLogRequestIdFinder } from './http/audit.js'
import { createAuthenticator } from './http/auth.js'
import { BridgeMetrics, metricsHandler } from './http/metrics.js'
import { answerClientErrors, useProblemHandlers } from './http/problem-handlers.js'
import { AuditAnchorer, serviceNowAnchorSource } from './jobs/audit-anchorer.js'
import { EVENT_PROCESSOR_SCOPES, EventProcessor } from './jobs/event-processor.js'
import { ExpiryScheduler } from './jobs/expiry-scheduler.js'
import { OutboxDispatcher } from './jobs/outbox-dispatcher.js'
import { ReconcileSchedule } from './jobs/reconcile-schedule.js'
import { RequestIdJoiner } from './jobs/request-id-joiner.js'
import { enabledFlows, leastPrivilege } from './least-privilege.js'
import { createLogger } from './logging/logger.js'
import { scrubber } from './logging/scrub.js'
import { demoPolicy, Policy } from './policy/policy.js'
import type { AuditTrail } from './ports/audit-trail.js'
import type { GrantStore } from './ports/grants.js'
import type { OutboxStore } from './ports/outbox.js'
import type { ServiceNowPort } from './ports/servicenow.js'
import type { ExecutionStore } from './ports/store.js'
import { accessJustifier, Reconciler } from './reconcile/reconciler.js'
import {
  generateClientToken,
  type SandboxEnvironment,
  type ServiceNowSandboxEnvironment,
  sandboxBanner,
  startSandboxMode,
  startServiceNowSandboxMode,
} from './sandbox-mode.js'

/** A running bridge. */
export interface RunningBridge {
  /** The URL it listens on, e.g. `http://127.0.0.1:8080`. */
  url: string
  server: Server
  config: BridgeConfig
  logger: Logger
  /** Present in sandbox mode. */
  sandbox: SandboxEnvironment | undefined
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
  servicenowSandbox: ServiceNowSandboxEnvironment | undefined
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
  /**
   * Graceful shutdown: not ready and refusing new invocations (503 + `Retry-After`) at once; running
   * executions, then requests in flight, get `graceMs` in all (default `SHUTDOWN_GRACE_SECONDS`); what is still
   * running stays recorded for a resume; then the store is closed and the sandbox stopped.
   */
  stop(graceMs?: number): Promise<void>
}

/** Options mostly for tests. */
export interface StartOptions {
  /** Where log lines go; default stdout. */
  logDestination?: import('pino').DestinationStream
  /** Where human-facing lines (banner, URL) go; default stderr. */
  print?: (text: string) => void
  /**
   * The policy to enforce instead of the configured one. In sandbox mode it may be a function of the
   * sandbox, whose group and app ids are only known once it has started (tests of the guardrails).
   */
  policy?: Policy | ((sandbox: SandboxEnvironment) => Policy)
  /** The clock grant expiry and the outbox's retries go by (tests move it forward); default the system's. */
  clock?: Clock
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
export async function startBridge(
  env: NodeJS.ProcessEnv = process.env,
  options: StartOptions = {},
): Promise<RunningBridge> {
  const print = options.print ?? ((text: string) => process.stderr.write(`${text}\n`))
  const config = await loadConfig(env)
  // Every flow's scopes and the audit's: what the sandbox's service app is granted (`npm run scopes` lists
  // the audit's as optional: a real org can leave it out and go without the System Log join).
  const scopesFor = (flow: (typeof FLOW_NAMES)[number]) => FLOW_OPERATIONS[flow].scopes
  const allScopes = [
    ...new Set([...FLOW_NAMES.flatMap((flow) => [...scopesFor(flow)]), OKTA_LOG_SCOPE]),
  ].sort()

  let sandbox: SandboxEnvironment | undefined
  let clientTokens: readonly ClientToken[] = config.clientTokens
  let demoToken: string | undefined
  let okta: { orgUrl: string; clientId: string; privateKey: import('jose').JWK; keyId: string }
  let policy = config.policy
  if (config.mode === 'sandbox') {
    const demo = await startSandboxMode({ scopes: allScopes })
    sandbox = demo
    okta = {
      orgUrl: sandbox.orgUrl,
      clientId: sandbox.clientId,
      privateKey: sandbox.privateJwk,
      keyId: sandbox.keyId,
    }
    const given = options.policy
    // The demo's requestable resources: every group and app but the protected admin group, so whatever a
    // demo (or the ServiceNow app's contract test) asks time-bound access to is one a real policy could allow.
    const admins = sandbox.adminsGroupId
    const requestable = [
      ...sandbox.groups.filter((g) => g.id !== admins).map((g) => g.id),
      ...sandbox.apps.map((a) => a.id),
    ]
    policy =
      (typeof given === 'function' ? given(sandbox) : given) ??
      policy ??
      demoPolicy([sandbox.adminsGroupId], requestable)
    if (clientTokens.length === 0 && config.oauth === undefined) {
      demoToken = generateClientToken()
      clientTokens = [{ name: 'demo', token: demoToken, flows: undefined }]
    }
  } else {
    const o = config.okta!
    okta = { orgUrl: o.orgUrl, clientId: o.clientId, privateKey: o.privateJwk, keyId: o.keyId }
    if (options.policy instanceof Policy) policy = options.policy
  }

  // `/metrics` in a demo: with neither METRICS_TOKEN nor METRICS_PORT, a token for this run, printed in the
  // banner like the demo client token (the sandbox-mode bridge listens on loopback only).
  let metricsToken = config.metrics.token
  if (config.mode === 'sandbox' && metricsToken === undefined && config.metrics.port === undefined) {
    metricsToken = generateClientToken()
  }
  const demoMetricsToken = metricsToken === config.metrics.token ? undefined : metricsToken

  const clock = options.clock ?? systemClock
  // ServiceNow: the configured instance; in sandbox mode without one, an in-process ServiceNow sandbox so
  // that what the bridge reports back has somewhere to land in a demo.
  let servicenowSandbox: ServiceNowSandboxEnvironment | undefined
  let servicenowConfig = config.servicenow
  if (config.mode === 'sandbox' && servicenowConfig === undefined) {
    servicenowSandbox = await startServiceNowSandboxMode().catch(async (error: unknown) => {
      await sandbox?.sandbox.stop()
      throw error
    })
    servicenowConfig = servicenowSandbox.config
  }

  const logger = createLogger({
    level: config.logLevel,
    logPii: config.logPii,
    secrets: [
      ...clientTokens.map((t) => t.token),
      ...(metricsToken ? [metricsToken] : []),
      ...(servicenowConfig?.password ? [servicenowConfig.password] : []),
      ...(servicenowConfig?.clientSecret ? [servicenowConfig.clientSecret] : []),
    ],
    ...(options.logDestination ? { destination: options.logDestination } : {}),
  })
  for (const warning of config.warnings) logger.warn({ warning }, 'configuration warning')

  let store: ExecutionStore | undefined
  try {
    // Migrations are applied here: the bridge does not start on a schema it does not understand.
    const openStore = await openExecutionStore(config.databaseUrl)
    store = openStore
    // The dispatcher (created below) delivers at once what a flow has just enqueued.
    const outbox = new SqlOutboxStore(openStore.db, {
      now: () => clock.now(),
      onEnqueue: () => outboxDispatcher.kick(),
    })
    // Grants live beside the executions that made them (same database, same migrations).
    const grants = new SqlGrantStore(openStore.db, { now: () => clock.now() })
    // Okta-initiated onboarding: the event inbox and the user ↔ incident mapping, on the same database.
    const eventInbox = new SqlEventInbox(openStore.db)
    const onboardings = new SqlOnboardingStore(openStore.db)
    // Anchors, late System Log joins and reconciliation baselines, on the same audit chain.
    const auditTrail = new SqlAuditTrail(openStore.db, { now: () => clock.now() })
    const metrics = new BridgeMetrics({
      pendingExecutions: async () => (await openStore.unfinished()).length,
      pendingOutbox: () => outbox.pendingCount(),
      unjoinedChanges: () => auditTrail.unjoinedCount(),
    })
    const requestTimeoutMs = config.okta?.requestTimeoutMs ?? 10_000
    const tokenSource = new OktaTokenSource({ ...okta, requestTimeoutMs, fetch: metrics.countingFetch() })
    const portFactory = createOktaPortFactory({
      orgUrl: okta.orgUrl,
      tokenSource,
      requestTimeoutMs,
      onCall: metrics.recordOktaCall,
      // A rate-limit wait longer than the caller's deadline fails fast as a 503 with Retry-After.
      maxWaitMs: config.deadlineMs,
    })
    const scrub = scrubber(clientTokens.map((t) => t.token))
    const newExecutionId = () => `exe_${randomUUID()}`
    const servicenow = servicenowConfig ? serviceNowClientFromConfig(servicenowConfig) : undefined
    const outboxDispatcher = new OutboxDispatcher({
      outbox,
      servicenow,
      clock,
      log: logger,
      ...(options.outboxPollMs === undefined ? {} : { pollMs: options.outboxPollMs }),
    })
    // Without ServiceNow nothing outside the database can hold the chain head: verification says so. Configured
    // later, the first round anchors the whole chain.
    const auditAnchorer = servicenow
      ? new AuditAnchorer({ trail: auditTrail, outbox, clock, log: logger })
      : undefined
    const engine = new FlowEngine({
      okta: portFactory,
      policy: policy!,
      newExecutionId,
      clock,
      services: {
        store: openStore,
        grants,
        outbox,
        onboarding: { store: onboardings, rejectAction: config.onboardingRejectAction },
        ...(servicenow ? { servicenow } : {}),
      },
    })
    const oktaLog = createOktaLogPort({ orgUrl: okta.orgUrl, tokenSource, executor: portFactory.executor })
    const executions = new ExecutionService({
      engine,
      store: openStore,
      newExecutionId,
      // A change a crashed attempt made but could not record gets its request id from the System Log.
      findRequestId: systemLogRequestIdFinder(oktaLog, okta.clientId),
      // The chain head goes to ServiceNow as soon as an execution has changed something.
      ...(auditAnchorer
        ? {
            onChanged: async (executionId: string) => {
              await auditAnchorer.anchor().catch((error: unknown) =>
                // Not the execution's failure: the anchor job's next round sends what this one could not.
                logger.error(
                  { executionId, err: { message: scrub(String((error as Error)?.message ?? error)) } },
                  'audit anchoring failed: retried within a minute',
                ),
              )
            },
          }
        : {}),
      onBackgroundError: (error, executionId) => {
        // A run nobody waits for anymore failed unexpectedly: the store says `internal`, the log says why.
        const err = error instanceof Error ? error : new Error(String(error))
        logger.error(
          { executionId, err: { type: err.name, message: scrub(err.message) } },
          'execution failed in the background',
        )
      },
    })
    // Changes recorded without a request id are looked up again until Okta's log shows them.
    const requestIdJoiner = new RequestIdJoiner({
      trail: auditTrail,
      candidates: systemLogCandidates(oktaLog, okta.clientId),
      clock,
      log: logger,
    })
    // Opens an onboarding incident for each user born in Okta; reads Okta with read scopes only.
    const eventProcessor = new EventProcessor({
      inbox: eventInbox,
      onboarding: onboardings,
      store: openStore,
      okta: portFactory(EVENT_PROCESSOR_SCOPES),
      servicenow,
      policy: policy!,
      clock,
      log: logger,
      bridgeClientId: okta.clientId,
      executions,
    })
    // Ends grants at their end date: each expiry is a `revoke-access` execution on the grant's own ticket.
    const expiry = new ExpiryScheduler({
      grants,
      executions,
      clock,
      log: logger,
      pollMs: config.expiryPollMs,
    })
    // Reconciliation: grants compared with Okta (read scopes only); repairs go through the executions.
    const reconciler = new Reconciler({
      okta: portFactory,
      policy: policy!,
      grants,
      endedGrantsSince: endedGrantsSince(openStore.db, grants),
      justified: accessJustifier({ grants, store: openStore }),
      executions,
      clock,
      newExecutionId,
      // A baseline is chained in the audit like any change, and anchored at once.
      recordBaseline: async (baseline) => {
        await auditTrail.recordBaseline(baseline)
        await auditAnchorer?.anchor().catch((error: unknown) =>
          // Recorded all the same: the anchor job's next round sends it.
          logger.error(
            { err: { message: scrub(String((error as Error)?.message ?? error)) } },
            'audit anchoring failed: retried within a minute',
          ),
        )
      },
    })
    const reconcileSchedule = new ReconcileSchedule({
      reconciler,
      intervalMs: config.reconcileIntervalMinutes * 60_000,
      log: logger,
      metrics,
      scrub,
    })
    const inbound = { clientTokens, oauth: config.oauth }
    const report = leastPrivilege({
      flows: enabledFlows(inbound),
      scopesFor: (flow) => engine.scopesFor(flow),
      policy,
      orgUrl: okta.orgUrl,
    })
    let ready = false
    let shuttingDown = false
    // The token readiness asks for: the enabled flows' scopes together, one cached token per hour at most.
    const readinessScopes = [...new Set(report.flows.flatMap((flow) => [...engine.scopesFor(flow)]))].sort()
    const checkReadiness = readiness({
      store: storeCheck(openStore.db as unknown as import('kysely').Kysely<unknown>),
      policy: async () =>
        policy
          ? { ok: true, detail: config.policyFile ?? 'built-in demo policy' }
          : { ok: false, detail: 'no policy loaded' },
      okta: async () => {
        const token = await tokenSource.getToken(readinessScopes)
        return {
          ok: true,
          detail: `${token.tokenType} token valid until ${new Date(token.expiresAt).toISOString()}`,
        }
      },
    })
    const app = createApp({
      readiness: checkReadiness,
      shuttingDown: () => shuttingDown,
      metrics,
      ...(metricsToken ? { metricsToken } : {}),
      engine,
      authenticate: createAuthenticator(inbound),
      logger,
      leastPrivilege: report,
      ready: () => ready,
      secrets: clientTokens.map((t) => t.token),
      executions,
      syncDeadlineMs: config.syncDeadlineMs,
      audit: {
        store: openStore,
        trail: auditTrail,
        anchors: servicenow ? serviceNowAnchorSource(servicenow) : undefined,
        oktaLog,
        clientId: okta.clientId,
      },
      ...(config.eventHookSecret
        ? {
            eventHooks: {
              secret: config.eventHookSecret,
              header: config.eventHookHeader,
              inbox: eventInbox,
              clock,
              onStored: () => eventProcessor.kick(),
            },
          }
        : {}),
      reconcile: { reconciler },
      // The Okta catalog the ServiceNow app syncs: read scopes only.
      catalog: new Catalog({ okta: portFactory, policy: policy! }),
      openApi: {
        eventHookHeader: config.eventHookHeader,
        ...(config.oauth ? { oauthTokenUrl: tokenUrlOf(config.oauth.issuer) } : {}),
      },
    })

    // The sandbox-mode bridge holds a printed demo token: keep it on loopback.
    const host = env.HOST?.trim() || (config.mode === 'sandbox' ? '127.0.0.1' : '0.0.0.0')
    const server = await new Promise<Server>((resolve, reject) => {
      const s = app.listen(config.port, host, (error?: Error) => (error ? reject(error) : resolve(s)))
      s.once('error', reject)
    })
    // Longer than a load balancer's idle timeout, so it closes idle connections first.
    server.keepAliveTimeout = 65_000
    answerClientErrors(server)
    const address = server.address() as AddressInfo
    const url = `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${address.port}`
    // `/metrics` alone on its own port (no token there: the port is not exposed outside the pod).
    let metricsServer: Server | undefined
    let metricsUrl: string | undefined
    const metricsPort = config.metrics.port
    if (metricsPort !== undefined) {
      const metricsApp = express()
      metricsApp.disable('x-powered-by')
      metricsApp.get('/metrics', metricsHandler(metrics, config.metrics.token))
      useProblemHandlers(metricsApp, logger)
      const listening = await new Promise<Server>((resolve, reject) => {
        const s = metricsApp.listen(metricsPort, host, (error?: Error) =>
          error ? reject(error) : resolve(s),
        )
        s.once('error', reject)
      }).catch(async (error: unknown) => {
        await new Promise<void>((resolve) => server.close(() => resolve()))
        throw error
      })
      metricsServer = listening
      answerClientErrors(listening)
      const port = (listening.address() as AddressInfo).port
      metricsUrl = `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`
    }
    ready = true

    if (sandbox)
      print(
        sandboxBanner(sandbox, url, {
          demoToken,
          metricsToken: demoMetricsToken,
          metricsUrl,
          servicenow: servicenowSandbox
            ? { url: servicenowSandbox.sandbox.url, requestedItems: servicenowSandbox.requestedItems }
            : undefined,
        }),
      )
    print(
      `Bridge listening on ${url} (mode: ${config.mode}${config.mode === 'okta' ? `, org ${okta.orgUrl}` : ', Okta SIMULATED'})`,
    )
    logger.info({ url, mode: config.mode, flows: report.flows }, 'bridge listening')
    // After listening: a resumed execution can take a while, and /healthz should not wait for it.
    // A failure here leaves them for the next start; the bridge still serves new requests.
    // Reports a previous process could not deliver go out first: they are the oldest.
    outboxDispatcher.start()
    await executions.resumeUnfinished().then(
      (resumed) => logger.info({ resumed }, 'resumed unfinished executions'),
      (error: unknown) =>
        logger.error(
          { err: { message: scrub(String((error as Error)?.message ?? error)) } },
          'resume failed',
        ),
    )
    // After the resume, so an expiry a crash interrupted finishes as the same execution; its first round
    // ends the grants that came due while the bridge was down.
    expiry.start()
    // Events stored before a crash or restart are processed now; new deliveries kick it.
    if (options.eventProcessing !== false) eventProcessor.start()
    // Dry runs only: a scheduled run reports drift, repairs wait for an operator's ticket.
    reconcileSchedule.start()
    if (options.auditJobs !== false) {
      auditAnchorer?.start()
      requestIdJoiner.start()
    }

    let stopping: Promise<void> | undefined
    const stop = (graceMs = config.shutdownGraceMs): Promise<void> => {
      stopping ??= (async () => {
        ready = false
        shuttingDown = true
        logger.info({ graceMs }, 'shutdown: not ready, refusing new invocations')
        // No new expiries once shutdown begins; the round in progress finishes (its executions drain below).
        await expiry.stop()
        await eventProcessor.stop()
        await reconcileSchedule.stop()
        await requestIdJoiner.stop()
        const deadline = Date.now() + graceMs
        // Still listening while executions finish: a load balancer that has not yet seen /readyz fail gets a
        // 503 with Retry-After (and retries elsewhere) rather than a refused connection.
        // Executions run on without their callers: let them end rather than leave them for a resume.
        let drainTimer: NodeJS.Timeout | undefined
        const drained = await Promise.race([
          executions.drain().then(() => true),
          new Promise<false>((resolve) => {
            drainTimer = setTimeout(() => resolve(false), graceMs)
          }),
        ])
        clearTimeout(drainTimer)
        if (!drained) logger.warn('executions still running at shutdown: they resume at the next start')
        // The last executions' anchors are enqueued by now; entries still waiting for one are anchored next start.
        await auditAnchorer?.stop()
        // Undelivered messages stay in the outbox for the next start.
        await outboxDispatcher.stop()
        // Then the requests in flight (a synchronous caller waiting on its execution gets its answer).
        const closed = new Promise<void>((resolve) => server.close(() => resolve()))
        server.closeIdleConnections()
        const timer = setTimeout(() => server.closeAllConnections(), Math.max(1_000, deadline - Date.now()))
        timer.unref()
        await closed
        clearTimeout(timer)
        await openStore.close()
        if (metricsServer) {
          const closing = new Promise<void>((resolve) => metricsServer.close(() => resolve()))
          metricsServer.closeAllConnections()
          await closing
        }
        if (sandbox) await sandbox.sandbox.stop()
        if (servicenowSandbox) await servicenowSandbox.sandbox.stop()
        logger.info('bridge stopped')
        logger.flush()
      })()
      return stopping
    }
    return {
      url,
      server,
      config,
      logger,
      sandbox,
      demoToken,
      demoMetricsToken,
      executions,
      store: openStore,
      metrics,
      metricsUrl,
      servicenow,
      servicenowSandbox,
      outbox,
      outboxDispatcher,
      grants,
      expiry,
      eventInbox,
      eventProcessor,
      onboardings,
      reconciler,
      reconcileSchedule,
      auditTrail,
      auditAnchorer,
      requestIdJoiner,
      stop,
    }
  } catch (error) {
    await store?.close()
    if (sandbox) await sandbox.sandbox.stop()
    if (servicenowSandbox) await servicenowSandbox.sandbox.stop()
    throw error
  }
}

/**
 * The token URL to advertise in the OpenAPI document, by Okta's conventions: `{issuer}/v1/token` for a custom
 * authorization server (`https://org/oauth2/default`), `{org}/oauth2/v1/token` for the org server.
 */
function tokenUrlOf(issuer: string): string {
  return new URL(issuer).pathname === '/' ? `${issuer}/oauth2/v1/token` : `${issuer}/v1/token`
}

/** Runs the bridge as a process: exit 1 on bad configuration, 0 after SIGTERM/SIGINT. */
async function run(): Promise<void> {
  let bridge: RunningBridge
  try {
    bridge = await startBridge()
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

/** Whether this module is the process entry point (not imported by a test). */
function isEntryPoint(): boolean {
  const entry = process.argv[1]
  if (!entry) return false
  try {
    return realpathSync(entry) === realpathSync(fileURLToPath(import.meta.url))
  } catch {
    return false
  }
}

if (isEntryPoint()) void run()
