/**
 * What orchestrators and scrapers ask, without credentials (bar `/metrics`' own bearer token):
 *
 * - `GET /healthz` — liveness: 200 while the process serves HTTP at all;
 * - `GET /readyz` — readiness: 200 when every check passes (store, policy, Okta token), else a 503 problem
 *   naming the failing checks; 503 at once while starting and when shutdown begins;
 * - `GET /metrics` — Prometheus metrics when served on this port (behind `METRICS_TOKEN`, `metrics.ts`), else
 *   a 404 saying how to serve it.
 */
import type express from 'express'
import { type BridgeMetrics, metricsHandler } from './metrics.js'
import { HttpProblem } from './problem.js'
import type { ReadinessReport } from './readiness.js'

/** What the probes need. */
export interface ProbeDeps {
  /** Whether the bridge has started and is not shutting down (`/readyz` is 503 otherwise, without checks). */
  ready: () => boolean
  /** The readiness checks of `/readyz` (store, policy, Okta token); absent → `ready()` alone decides. */
  readiness?: (() => Promise<ReadinessReport>) | undefined
  /** Whether shutdown has begun (`/readyz` says `shutting-down` rather than `starting`). */
  shuttingDown?: (() => boolean) | undefined
  /** The metrics `/metrics` serves, when `metricsToken` is set too. */
  metrics?: BridgeMetrics | undefined
  /** The bearer token `/metrics` on this port requires; without it `/metrics` is not served here. */
  metricsToken?: string | undefined
}

/**
 * Adds `/healthz`, `/readyz` and `/metrics` to the app. Routes on the app itself rather than a sub-router, so
 * that whatever they do not answer (an `OPTIONS`, say) falls through to the app's 404 problem as before.
 */
export function useProbes(app: express.Express, deps: ProbeDeps): void {
  // Liveness: the process answers HTTP. Nothing external is checked here — a restart would not fix Okta.
  app.get('/healthz', (_req, res) => {
    res.status(200).json({ status: 'ok' })
  })

  // Ready: 200 with the checks. Not ready: a 503 problem like every other error, the checks as extensions
  // (a probe looks at the status only; a person reading it sees which check fails and why).
  app.get('/readyz', async (_req, res) => {
    if (!deps.ready()) {
      if (deps.shuttingDown?.())
        throw new HttpProblem('shutting-down', 'The bridge is shutting down: send traffic elsewhere.', {
          checks: {},
        })
      throw new HttpProblem('starting', 'The bridge is starting: its checks have not run yet.', {
        checks: {},
      })
    }
    const report = deps.readiness ? await deps.readiness() : { ready: true, checks: {} }
    const failing = Object.keys(report.checks).filter((name) => !report.checks[name]!.ok)
    if (!report.ready)
      throw new HttpProblem('not-ready', `Not ready: ${failing.join(', ')} failing.`, {
        failing,
        checks: report.checks,
      })
    res.status(200).json({ status: 'ready', failing, checks: report.checks })
  })

  if (deps.metrics && deps.metricsToken) app.get('/metrics', metricsHandler(deps.metrics, deps.metricsToken))
  else {
    // Not served here: say how to enable it rather than a bare "nothing here" a new user cannot act on.
    app.get('/metrics', () => {
      throw new HttpProblem(
        'not-found',
        '/metrics is not served on this port: set METRICS_TOKEN (a bearer token of at least 32 characters) to serve it here, or METRICS_PORT to serve it on a port of its own.',
      )
    })
  }
}
