/**
 * Scheduled reconciliation: every `RECONCILE_INTERVAL_MINUTES` a dry-run reconciliation compares grants with
 * Okta, logs one summary line (counts by kind and run id — no logins, no names) and sets the Prometheus
 * gauges, so drift shows up on a dashboard and an alert without anyone asking.
 *
 * Scheduled runs never repair: a repair changes access in Okta, and every change must trace back to a ticket
 * a person works under (the golden thread). An operator who sees the drift repairs it with
 * `POST /api/reconcile` and their change ticket.
 */
import { waitingForOktaBudget } from '../ports/okta-budget.js'
import type { DriftReport, ReconcileRequest } from '../reconcile/reconciler.js'

/** Where the schedule reports; the bridge's pino logger fits. */
export interface ScheduleLog {
  info(object: object, message: string): void
  warn(object: object, message: string): void
  error(object: object, message: string): void
}

/** Options of {@link ReconcileSchedule}. */
export interface ReconcileScheduleOptions {
  reconciler: { run(request: ReconcileRequest): Promise<DriftReport> }
  /** Time between runs; 0 disables the schedule (`start` does nothing). */
  intervalMs: number
  log: ScheduleLog
  /** The bridge's metrics (`recordReconciliation`). */
  metrics?: { recordReconciliation(counts: Record<string, number> | undefined, at: Date): void }
  /** Turns an error into a log-safe message (the bridge's scrubber: no secrets in logs). */
  scrub?: (text: string) => string
}

/** Runs dry-run reconciliations on a timer. */
export class ReconcileSchedule {
  private timer: NodeJS.Timeout | undefined
  private current: Promise<DriftReport | undefined> | undefined
  private stopped = true

  constructor(private readonly options: ReconcileScheduleOptions) {}

  /** Whether runs are scheduled (started, interval not 0, not stopped). */
  get active(): boolean {
    return !this.stopped
  }

  /** Schedules the first run one interval from now (not at start: start-up is busy enough), then every interval. */
  start(): void {
    if (this.options.intervalMs <= 0 || !this.stopped) return
    this.stopped = false
    this.schedule()
  }

  /** Stops scheduling and waits for a run in progress. */
  async stop(): Promise<void> {
    this.stopped = true
    clearTimeout(this.timer)
    this.timer = undefined
    await this.current
  }

  /**
   * Runs one dry-run reconciliation now, logs and records it; answers the report, or `undefined` when it
   * failed (logged; the next run tries again).
   */
  runOnce(): Promise<DriftReport | undefined> {
    this.current ??= this.reconcile().finally(() => {
      this.current = undefined
    })
    return this.current
  }

  private schedule(): void {
    this.timer = setTimeout(() => {
      void this.runOnce().finally(() => {
        if (!this.stopped) this.schedule()
      })
    }, this.options.intervalMs)
    // A pending reconciliation alone must not keep the process alive.
    this.timer.unref()
  }

  private async reconcile(): Promise<DriftReport | undefined> {
    const { log, metrics } = this.options
    try {
      // Background work: its Okta reads queue on the rate-limit budget rather than fail for it.
      const report = await waitingForOktaBudget(() => this.options.reconciler.run({ mode: 'dry-run' }))
      metrics?.recordReconciliation(report.counts, new Date(report.at))
      const total = report.drift.length
      const repairable = report.drift.filter((item) => item.repair.status === 'planned').length
      const line = {
        runId: report.runId,
        drift: report.counts,
        repairable,
        grants: report.checked.grants,
        resources: report.checked.resources,
        missingResources: report.checked.missingResources.length,
      }
      if (total > 0) log.warn(line, 'scheduled reconciliation found drift')
      else log.info(line, 'scheduled reconciliation found no drift')
      return report
    } catch (error) {
      metrics?.recordReconciliation(undefined, new Date())
      const message = error instanceof Error ? error.message : String(error)
      log.error(
        { err: { message: this.options.scrub ? this.options.scrub(message) : message } },
        'scheduled reconciliation failed',
      )
      return undefined
    }
  }
}
