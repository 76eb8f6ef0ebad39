/**
 * The bridge's Prometheus metrics (prom-client), served as `GET /metrics`.
 *
 * One {@link Registry} per bridge, not prom-client's global one: tests start several bridges in one process,
 * and each must count only its own traffic. Labels are bounded sets — flow names, outcomes derived from the
 * HTTP status, Okta endpoint families (path templates with ids replaced) and statuses — never a ticket, a
 * user or an id, so the series count cannot grow with traffic.
 *
 * Protection: `/metrics` reveals traffic shapes, so it is either behind its own bearer token (`METRICS_TOKEN`,
 * distinct from the client tokens so a scraper cannot invoke flows) or on a separate port (`METRICS_PORT`)
 * that is not exposed outside the pod. Unconfigured, it is not served at all.
 */
import type { Request, Response } from 'express'
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client'
import type { OktaCallEvent } from '../ports/okta.js'
import { secretDigest, secretsEqual } from '../secret-compare.js'
import { HttpProblem, renderProblem, sendProblem } from './problem.js'

/** What the metrics read from elsewhere at scrape time. */
export interface MetricsSources {
  /** Executions recorded as running (in this process or left for a resume). */
  pendingExecutions?: () => Promise<number>
  /** Messages to ServiceNow not yet delivered (ServiceNow down, or refusing them). */
  pendingOutbox?: () => Promise<number>
  /** Okta changes the audit holds without their System Log request id (looked up in the background). */
  unjoinedChanges?: () => Promise<number>
  /** SQLite's group commits so far: how many, how many uses they carried, how many failed. */
  storeCommits?: () => { commits: number; uses: number; failed: number } | undefined
}

/** The org's Okta rate-limit budget as the metrics read it at scrape time (the request executor). */
export interface OktaBudgetSource {
  /** Per endpoint family, what the bridge's share of the current window still allows (the shared view). */
  budgetSnapshot(): Promise<readonly { family: string; limit: number; remaining: number }[]>
  /** Per endpoint family, the requests of this process waiting for budget. */
  queueDepths(): Record<string, number>
}

/** The bridge's metrics and the registry that renders them. */
export class BridgeMetrics {
  readonly registry = new Registry()
  /** `okta_jml_bridge_invocations_total{flow, mode, outcome}`. */
  readonly invocations: Counter<'flow' | 'mode' | 'outcome'>
  /** `okta_jml_bridge_invocation_duration_seconds{flow, mode, outcome}`. */
  readonly invocationDuration: Histogram<'flow' | 'mode' | 'outcome'>
  /** `okta_jml_bridge_okta_calls_total{operation, status}`: every exchange, retries included. */
  readonly oktaCalls: Counter<'operation' | 'status'>
  /** `okta_jml_bridge_okta_rate_limited_total{operation}`: 429s received. */
  readonly oktaRateLimited: Counter<'operation'>
  /** `okta_jml_bridge_okta_token_requests_total{outcome}`: requests to Okta's token endpoint. */
  readonly tokenRequests: Counter<'outcome'>
  /** `okta_jml_bridge_okta_rate_limit_remaining{family}`: the latest `X-Rate-Limit-Remaining` per family. */
  readonly rateLimitRemaining: Gauge<'family'>
  /** `okta_jml_bridge_reconcile_drift{kind}`: drifts found by the latest scheduled reconciliation. */
  readonly reconcileDrift: Gauge<'kind'>
  /** `okta_jml_bridge_reconcile_runs_total{outcome}`: scheduled reconciliations (`succeeded`, `failed`). */
  readonly reconcileRuns: Counter<'outcome'>
  /** `okta_jml_bridge_reconcile_last_success_timestamp_seconds`: when the latest one succeeded (alert if old). */
  readonly reconcileLastSuccess: Gauge
  /**
   * `okta_jml_bridge_execution_leases_total{event}`: `taken-over` — a lapsed execution (its replica died)
   * claimed and resumed here; `lost` — a run stopped because another replica took its execution over.
   */
  readonly executionLeases: Counter<'event'>
  /** `okta_jml_bridge_okta_budget_wait_seconds{family}`: how long requests waited for rate-limit budget. */
  readonly oktaBudgetWait: Histogram<'family'>
  /**
   * Where the budget gauges read from: set by the wiring once the Okta executor exists (it is built after the
   * metrics, which count its calls).
   */
  oktaBudget: OktaBudgetSource | undefined

  constructor(sources: MetricsSources = {}) {
    const registers = [this.registry]
    collectDefaultMetrics({ register: this.registry, prefix: 'okta_jml_bridge_' })
    this.invocations = new Counter({
      name: 'okta_jml_bridge_invocations_total',
      help: 'Flow invocations by flow, mode (apply or dry-run) and outcome',
      labelNames: ['flow', 'mode', 'outcome'],
      registers,
    })
    this.invocationDuration = new Histogram({
      name: 'okta_jml_bridge_invocation_duration_seconds',
      help: 'Time to answer a flow invocation',
      labelNames: ['flow', 'mode', 'outcome'],
      buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 20, 30, 60],
      registers,
    })
    this.oktaCalls = new Counter({
      name: 'okta_jml_bridge_okta_calls_total',
      help: 'Okta Management API exchanges by operation (endpoint family) and status (0: no answer)',
      labelNames: ['operation', 'status'],
      registers,
    })
    this.oktaRateLimited = new Counter({
      name: 'okta_jml_bridge_okta_rate_limited_total',
      help: 'HTTP 429 answers received from Okta, by operation (endpoint family)',
      labelNames: ['operation'],
      registers,
    })
    this.tokenRequests = new Counter({
      name: 'okta_jml_bridge_okta_token_requests_total',
      help: 'Requests to the Okta token endpoint by outcome (HTTP status, or error)',
      labelNames: ['outcome'],
      registers,
    })
    this.rateLimitRemaining = new Gauge({
      name: 'okta_jml_bridge_okta_rate_limit_remaining',
      help: 'X-Rate-Limit-Remaining of the latest Okta answer, per endpoint family',
      labelNames: ['family'],
      registers,
    })
    const pendingOutbox = sources.pendingOutbox
    new Gauge({
      name: 'okta_jml_bridge_outbox_pending',
      help: 'Messages to ServiceNow (reports, incidents) waiting for delivery',
      registers,
      async collect() {
        if (!pendingOutbox) return
        const value = await pendingOutbox().catch(() => undefined)
        if (value !== undefined) this.set(value)
      },
    })
    const unjoinedChanges = sources.unjoinedChanges
    new Gauge({
      name: 'okta_jml_bridge_audit_unjoined_changes',
      help: 'Okta changes in the audit not yet joined to their System Log event (request id unknown)',
      registers,
      async collect() {
        if (!unjoinedChanges) return
        const value = await unjoinedChanges().catch(() => undefined)
        if (value !== undefined) this.set(value)
      },
    })
    this.executionLeases = new Counter({
      name: 'okta_jml_bridge_execution_leases_total',
      help: 'Execution leases taken over here from a dead replica (taken-over), or lost here to another (lost)',
      labelNames: ['event'],
      registers,
    })
    this.reconcileDrift = new Gauge({
      name: 'okta_jml_bridge_reconcile_drift',
      help: 'Drift found by the latest scheduled reconciliation, by kind',
      labelNames: ['kind'],
      registers,
    })
    this.reconcileRuns = new Counter({
      name: 'okta_jml_bridge_reconcile_runs_total',
      help: 'Scheduled reconciliations by outcome',
      labelNames: ['outcome'],
      registers,
    })
    this.reconcileLastSuccess = new Gauge({
      name: 'okta_jml_bridge_reconcile_last_success_timestamp_seconds',
      help: 'When the latest scheduled reconciliation succeeded (Unix seconds)',
      registers,
    })
    this.oktaBudgetWait = new Histogram({
      name: 'okta_jml_bridge_okta_budget_wait_seconds',
      help: 'Time an Okta request waited for its rate-limit and concurrency slot, per endpoint family',
      labelNames: ['family'],
      buckets: [0.01, 0.05, 0.25, 1, 5, 15, 30, 60, 120, 300, 900],
      registers,
    })
    const metrics = this
    new Gauge({
      name: 'okta_jml_bridge_okta_budget_remaining',
      help: "Requests the bridge's share of Okta's current rate-limit window still allows, per endpoint family (all replicas)",
      labelNames: ['family'],
      registers,
      async collect() {
        const views = await metrics.oktaBudget?.budgetSnapshot().catch(() => undefined)
        for (const view of views ?? []) this.set({ family: view.family }, view.remaining)
      },
    })
    new Gauge({
      name: 'okta_jml_bridge_okta_budget_queue_depth',
      help: 'Okta requests of this replica waiting for rate-limit budget, per endpoint family',
      labelNames: ['family'],
      registers,
      collect() {
        const depths = metrics.oktaBudget?.queueDepths() ?? {}
        for (const [family, depth] of Object.entries(depths)) this.set({ family }, depth)
      },
    })
    const storeCommits = sources.storeCommits
    new Counter({
      name: 'okta_jml_bridge_store_commits_total',
      help: 'SQLite group commits by outcome (committed, failed); each carries many statements and transactions',
      labelNames: ['outcome'],
      registers,
      collect() {
        const stats = storeCommits?.()
        if (!stats) return
        // Absolute counts kept by the store: set, not added to.
        this.reset()
        this.inc({ outcome: 'committed' }, stats.commits)
        this.inc({ outcome: 'failed' }, stats.failed)
      },
    })
    new Counter({
      name: 'okta_jml_bridge_store_committed_uses_total',
      help: 'Transactions and lone statements carried by SQLite group commits (÷ commits: the mean group size)',
      registers,
      collect() {
        const stats = storeCommits?.()
        if (!stats) return
        this.reset()
        this.inc(stats.uses)
      },
    })
    const pending = sources.pendingExecutions
    new Gauge({
      name: 'okta_jml_bridge_pending_executions',
      help: 'Executions recorded as running (in flight, or left for a resume)',
      registers,
      async collect() {
        if (!pending) return
        // A scrape while the store closes (shutdown) keeps the last value rather than failing the scrape.
        const value = await pending().catch(() => undefined)
        if (value !== undefined) this.set(value)
      },
    })
  }

  /** Records how long an Okta request waited for its budget (the request executor's `onBudgetWait`). */
  readonly recordBudgetWait = (family: string, waitedMs: number): void => {
    this.oktaBudgetWait.observe({ family }, waitedMs / 1000)
  }

  /** Records one exchange with Okta (the request executor's `onCall`). */
  readonly recordOktaCall = (event: OktaCallEvent): void => {
    this.oktaCalls.inc({ operation: event.family, status: String(event.status) })
    if (event.status === 429) this.oktaRateLimited.inc({ operation: event.family })
    if (event.rateLimitRemaining !== undefined)
      this.rateLimitRemaining.set({ family: event.family }, event.rateLimitRemaining)
  }

  /**
   * Records a scheduled reconciliation: its drift counts by kind (a fixed set of labels), or `undefined` when
   * it failed (the drift gauges keep their last known values).
   */
  recordReconciliation(counts: Readonly<Record<string, number>> | undefined, at: Date): void {
    if (counts === undefined) {
      this.reconcileRuns.inc({ outcome: 'failed' })
      return
    }
    this.reconcileRuns.inc({ outcome: 'succeeded' })
    for (const [kind, count] of Object.entries(counts)) this.reconcileDrift.set({ kind }, count)
    this.reconcileLastSuccess.set(at.getTime() / 1000)
  }

  /** Records one answered invocation. */
  recordInvocation(flow: string, dryRun: boolean, status: number, seconds: number): void {
    const labels = { flow, mode: dryRun ? 'dry-run' : 'apply', outcome: outcomeOf(status) }
    this.invocations.inc(labels)
    this.invocationDuration.observe(labels, seconds)
  }

  /**
   * A `fetch` for the token source that counts its requests (Okta's token endpoint is rate limited too, and
   * a token request per call would mean the cache is not working). `inner` sends them.
   */
  countingFetch(inner: typeof fetch): typeof fetch {
    return async (input, init) => {
      try {
        const response = await inner(input, init)
        this.tokenRequests.inc({ outcome: String(response.status) })
        return response
      } catch (error) {
        this.tokenRequests.inc({ outcome: 'error' })
        throw error
      }
    }
  }

  /** The exposition text and its content type. */
  async render(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() }
  }
}

/** An invocation's outcome from its HTTP status: a small, fixed set of label values. */
export function outcomeOf(status: number): string {
  if (status === 200) return 'succeeded'
  if (status === 202) return 'accepted'
  if (status === 401) return 'unauthenticated'
  if (status === 403) return 'forbidden'
  if (status === 409) return 'conflict'
  if (status === 429 || status === 503) return 'unavailable'
  if (status >= 400 && status < 500) return 'invalid'
  return 'failed'
}

/**
 * The `/metrics` handler. With a token, only `Authorization: Bearer <token>` is answered, compared in constant
 * time whatever its length (`secret-compare.ts`); anything else is a 401 problem+json. Without a token (the
 * separate-port listener), every scrape is.
 */
export function metricsHandler(metrics: BridgeMetrics, token: string | undefined) {
  const expected = token === undefined ? undefined : secretDigest(token)
  return async (req: Request, res: Response): Promise<void> => {
    if (expected) {
      const match = /^Bearer\s+(\S+)$/i.exec(req.get('authorization') ?? '')
      if (!secretsEqual(match?.[1] ?? '', expected)) {
        const requestId = (res.locals as { requestId?: string }).requestId
        const refused = new HttpProblem(
          'unauthenticated',
          'Scraping /metrics needs the metrics bearer token (METRICS_TOKEN) as "Authorization: Bearer <token>".',
          {},
          { 'www-authenticate': 'Bearer realm="metrics"' },
        )
        sendProblem(res, renderProblem(refused, requestId))
        return
      }
    }
    const { contentType, body } = await metrics.render()
    res.status(200).setHeader('content-type', contentType)
    res.send(body)
  }
}
