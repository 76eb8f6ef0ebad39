/**
 * Wiring step: the HTTP app — its readiness checks (store, policy, the enabled flows' Okta tokens, one per
 * scope set), the least-privilege report of what the enabled flows need, inbound authentication, and every
 * router's dependencies.
 */
import { randomUUID } from 'node:crypto'
import type express from 'express'
import type { Kysely } from 'kysely'
import type { Logger } from 'pino'
import type { FlowName } from '../../shared/index.js'
import { outboundFetch } from '../adapters/outbound-fetch.js'
import { consoleReads } from '../adapters/store/console-reads.js'
import { storeCheck } from '../adapters/store/schema-check.js'
import { Catalog } from '../catalog/catalog.js'
import type { Clock } from '../clock.js'
import type { BridgeConfig, ClientToken } from '../config.js'
import { createConsolePages } from '../console/pages/index.js'
import { createConsoleRouter } from '../console/router.js'
import { BatchService } from '../flows/batches.js'
import { createApp } from '../http/app.js'
import { createAuthenticator } from '../http/auth.js'
import type { BridgeMetrics } from '../http/metrics.js'
import { readiness } from '../http/readiness.js'
import { serviceNowAnchorSource } from '../jobs/audit-anchorer.js'
import { enabledFlows, leastPrivilege } from '../least-privilege/report.js'
import type { Policy } from '../policy/policy.js'
import type { Flows } from './flows.js'
import type { Jobs } from './jobs.js'
import type { OktaCredentials } from './okta.js'
import type { OktaAccess } from './okta-access.js'
import type { Reporting } from './reporting.js'
import type { SandboxConsole } from './sandbox-mode.js'
import type { Stores } from './stores.js'

/** Whether the bridge serves: not ready until it listens, and not ready again once shutdown begins. */
export interface Lifecycle {
  ready: boolean
  shuttingDown: boolean
}

/** Builds the express app of the main port. */
export function buildHttpApp(deps: {
  config: BridgeConfig
  policy: Policy | undefined
  clientTokens: readonly ClientToken[]
  metricsToken: string | undefined
  credentials: OktaCredentials
  okta: OktaAccess
  stores: Stores
  reporting: Reporting
  flows: Flows
  jobs: Jobs
  metrics: BridgeMetrics
  clock: Clock
  logger: Logger
  lifecycle: Lifecycle
  /** The console's demo sign-in (sandbox mode): its OIDC web app stands in for the configured one. */
  demoConsole: SandboxConsole | undefined
  /** The bridge's version, for the console's Health page. */
  version: string
}): { app: express.Express; flows: readonly FlowName[]; setConsoleUrl: (url: string) => string } {
  const { config, policy, clientTokens, metricsToken, okta, stores, reporting, lifecycle } = deps
  const { engine, executions } = deps.flows
  const { servicenow } = reporting
  const inbound = { clientTokens, oauth: config.oauth }
  const report = leastPrivilege({
    flows: enabledFlows(inbound),
    scopesFor: (flow) => engine.scopesFor(flow),
    policy,
    orgUrl: deps.credentials.orgUrl,
  })
  // The tokens readiness asks for: one per scope set of the enabled flows, the very tokens the flows use (cached
  // per scope set, so a probe costs a request at most once an hour each). A replica taken into service has them
  // already: the first invocation after a deploy does not wait for Okta's token endpoint, and no token holding
  // every flow's scopes together is minted for readiness alone.
  const readinessScopeSets = [
    ...new Map(
      report.flows.map((flow) => {
        const scopes = [...new Set(engine.scopesFor(flow))].sort()
        return [scopes.join(' '), scopes] as const
      }),
    ).values(),
  ]
  const checkReadiness = readiness({
    store: storeCheck(stores.store.db as unknown as Kysely<unknown>),
    policy: async () =>
      policy
        ? { ok: true, detail: config.policyFile ?? 'built-in demo policy' }
        : { ok: false, detail: 'no policy loaded' },
    okta: async () => {
      if (readinessScopeSets.length === 0) return { ok: true, detail: 'no flow enabled: no token needed' }
      const token = (scopes: readonly string[]) =>
        okta.tokenSource.getToken(scopes).catch((error: unknown) => {
          const reason = error instanceof Error ? error.message : String(error)
          throw new Error(`the token for ${scopes.join(' ')}: ${reason}`)
        })
      // The first alone: its answer carries Okta's DPoP nonce, which the others then send at once instead of each
      // paying a refused request to learn it.
      const [first, ...rest] = readinessScopeSets
      const tokens = [await token(first!), ...(await Promise.all(rest.map(token)))]
      const until = Math.min(...tokens.map((token) => token.expiresAt))
      const types = [...new Set(tokens.map((token) => token.tokenType))].join('/')
      return {
        ok: true,
        detail: `${tokens.length} ${types} tokens (one per scope set of the enabled flows) valid until ${new Date(until).toISOString()}`,
      }
    },
  })
  const audit = {
    store: stores.store,
    trail: stores.auditTrail,
    anchors: servicenow ? serviceNowAnchorSource(servicenow) : undefined,
    oktaLog: okta.oktaLog,
    clientId: deps.credentials.clientId,
  }
  // The operator console reads through the same services as the API (no second data path). Its reconciler is
  // the schedule's and the API's wrapper, so the Drift page shows the latest run, scheduled or asked for.
  const reconciler = deps.jobs.reconcileRuns
  const pages = createConsolePages({
    audit,
    executions,
    reads: consoleReads(stores.store.db, {
      executions: stores.store,
      grants: stores.grants,
      outbox: stores.outbox,
      inbox: stores.eventInbox,
      onboardings: stores.onboardings,
    }),
    grants: stores.grants,
    reconciler,
    latestReconciliation: reconciler.latest,
    leastPrivilege: report,
    readiness: checkReadiness,
    metrics: deps.metrics,
    versions: { bridge: deps.version, node: process.versions.node, mode: config.mode },
    clock: deps.clock,
    logger: deps.logger,
    newExecutionId: deps.flows.newExecutionId,
  })
  // The console's redirect URI needs the URL the bridge is reached at: configured, or known once it listens.
  let consoleUrl = config.console.baseUrl ?? ''
  const consoleRouter = createConsoleRouter({
    console: { ...config.console, oidc: deps.demoConsole?.oidc ?? config.console.oidc },
    publicUrl: () => consoleUrl,
    clock: deps.clock,
    logger: deps.logger,
    pages,
    fetch: outboundFetch,
  })
  const app = createApp({
    readiness: checkReadiness,
    shuttingDown: () => lifecycle.shuttingDown,
    metrics: deps.metrics,
    ...(metricsToken ? { metricsToken } : {}),
    engine,
    authenticate: createAuthenticator(inbound, { fetch: outboundFetch }),
    logger: deps.logger,
    leastPrivilege: report,
    ready: () => lifecycle.ready,
    secrets: clientTokens.map((t) => t.token),
    executions,
    batches: new BatchService({
      store: stores.batches,
      newBatchId: () => `bat_${randomUUID()}`,
      now: () => deps.clock.now(),
      onQueued: () => deps.jobs.batchWorker.kick(),
    }),
    syncDeadlineMs: config.syncDeadlineMs,
    audit,
    ...(config.eventHookSecret
      ? {
          eventHooks: {
            secret: config.eventHookSecret,
            header: config.eventHookHeader,
            inbox: stores.eventInbox,
            clock: deps.clock,
            onStored: () => deps.jobs.eventProcessor.kick(),
          },
        }
      : {}),
    reconcile: { reconciler: deps.jobs.reconcileRuns },
    console: consoleRouter,
    // The Okta catalog the ServiceNow app syncs: read scopes only.
    catalog: new Catalog({ okta: okta.portFactory, policy: policy!, clock: deps.clock }),
    openApi: {
      eventHookHeader: config.eventHookHeader,
      ...(config.oauth ? { oauthTokenUrl: tokenUrlOf(config.oauth.issuer) } : {}),
    },
  })
  const setConsoleUrl = (url: string) => {
    consoleUrl ||= url
    deps.demoConsole?.register(`${consoleUrl}/console/callback`)
    return consoleUrl
  }
  return { app, flows: report.flows, setConsoleUrl }
}

/**
 * The token URL to advertise in the OpenAPI document, by Okta's conventions: `{issuer}/v1/token` for a custom
 * authorization server (`https://org/oauth2/default`), `{org}/oauth2/v1/token` for the org server.
 */
function tokenUrlOf(issuer: string): string {
  return new URL(issuer).pathname === '/' ? `${issuer}/oauth2/v1/token` : `${issuer}/v1/token`
}

/** The host to listen on: `HOST`, else loopback in sandbox mode (it holds a printed demo token), else all. */
export function listenHost(env: NodeJS.ProcessEnv, config: BridgeConfig): string {
  return env.HOST?.trim() || (config.mode === 'sandbox' ? '127.0.0.1' : '0.0.0.0')
}
