/**
 * Wiring step: graceful shutdown. Readiness goes false and new invocations are refused (503 + `Retry-After`)
 * at once; the jobs stop starting new work; running executions, then requests in flight, get the grace period
 * in all (a half-applied plan is worse than a slow shutdown); what is still running stays recorded, its leases
 * released so another replica resumes it at once (or the next start does); then the store is closed and the
 * sandboxes stopped.
 */
import type { Server } from 'node:http'
import type { Logger } from 'pino'
import type { ExecutionService } from '../flows/execution-service.js'
import type { Lifecycle } from './http.js'
import { type Jobs, releaseExecutionLeases, stopJobs } from './jobs.js'
import type { Reporting } from './reporting.js'

/** What shutdown stops, in order. */
export interface ShutdownDeps {
  lifecycle: Lifecycle
  jobs: Jobs
  executions: ExecutionService
  reporting: Reporting
  server: Server
  /** Closes the store, the metrics listener and the sandboxes: the last things to go. */
  release: () => Promise<void>
  logger: Logger
  /** The default grace period (`SHUTDOWN_GRACE_SECONDS`). */
  graceMs: number
}

/** A `stop(graceMs?)` that shuts down once, however often it is called. */
export function gracefulStop(deps: ShutdownDeps): (graceMs?: number) => Promise<void> {
  let stopping: Promise<void> | undefined
  return (graceMs = deps.graceMs) => {
    stopping ??= shutDown(deps, graceMs)
    return stopping
  }
}

async function shutDown(deps: ShutdownDeps, graceMs: number): Promise<void> {
  const { lifecycle, logger, server } = deps
  lifecycle.ready = false
  lifecycle.shuttingDown = true
  logger.info({ graceMs }, 'shutdown: not ready, refusing new invocations')
  // No new expiries once shutdown begins; the round in progress finishes (its executions drain below).
  await stopJobs(deps.jobs)
  const deadline = Date.now() + graceMs
  // Still listening while executions finish: a load balancer that has not yet seen /readyz fail gets a
  // 503 with Retry-After (and retries elsewhere) rather than a refused connection.
  // Executions run on without their callers: let them end rather than leave them for a resume.
  let drainTimer: NodeJS.Timeout | undefined
  const drained = await Promise.race([
    deps.executions.drain().then(() => true),
    new Promise<false>((resolve) => {
      drainTimer = setTimeout(() => resolve(false), graceMs)
    }),
  ])
  clearTimeout(drainTimer)
  // Still running after the grace period: handed to another replica at once (lease ended now), or resumed at
  // the next start. Either way this process's later writes into them are refused once another holds them.
  const released = await releaseExecutionLeases(deps.jobs, deps.executions).catch((error: unknown) => {
    logger.warn(
      { err: { message: String((error as Error)?.message ?? error) } },
      'execution leases not released',
    )
    return 0
  })
  if (!drained) {
    logger.warn(
      { released },
      'executions still running at shutdown: their leases are released, another replica (or the next start) resumes them',
    )
  }
  // The last executions' anchors are enqueued by now; entries still waiting for one are anchored next start.
  await deps.reporting.auditAnchorer?.stop()
  // Undelivered messages stay in the outbox for the next start.
  await deps.reporting.outboxDispatcher.stop()
  // Then the requests in flight (a synchronous caller waiting on its execution gets its answer).
  const closed = new Promise<void>((resolve) => server.close(() => resolve()))
  server.closeIdleConnections()
  const timer = setTimeout(() => server.closeAllConnections(), Math.max(1_000, deadline - Date.now()))
  timer.unref()
  await closed
  clearTimeout(timer)
  await deps.release()
  logger.info('bridge stopped')
  logger.flush()
}
