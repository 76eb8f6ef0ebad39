/**
 * Scheduled reconciliation: every `RECONCILE_INTERVAL_MINUTES` a dry-run reconciliation compares grants with
 * Okta, logs one summary line (counts by kind and run id — no logins, no names) and sets the Prometheus
 * gauges, so drift shows up on a dashboard and an alert without anyone asking.
 *
 * Scheduled runs never repair: a repair changes access in Okta, and every change must trace back to a ticket
 * a person works under (the golden thread). An operator who sees the drift repairs it with
 * `POST /api/reconcile` and their change ticket.
 *
 * With several replicas the schedule runs once per interval cluster-wide, not once per replica: every replica's
 * timer fires, and only the one holding the `reconcile-schedule` duty lease runs (a dry run reads every grant's
 * access in Okta; three replicas would spend three times the org's rate limit on the same report). The holder
 * keeps the lease from run to run; when it dies, the lease runs out and the next replica whose timer fires takes
 * the schedule over.
 */
import { waitingForOktaBudget } from '../ports/okta-budget.js'
import type { DriftReport, ReconcileRequest } from '../reconcile/reconciler.js'
import type { Duty } from './duty.js'

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
  /**
   * The cluster-wide duty (see {@link reconcileDutyLeaseMs} for its lease): a scheduled run happens only on the
   * replica holding it. Without it, every run happens (one replica).
   */
  duty?: Duty
}

/** The name of the scheduled reconciliation's duty lease. */
export const RECONCILE_DUTY = 'reconcile-schedule'

/**
 * How long the schedule's duty lease lasts: an interval and a half, so the holder's next run (one interval
 * later, give or take a slow timer) renews it before another replica's timer finds it free.
 */
export function reconcileDutyLeaseMs(intervalMs: number): number {
  return Math.ceil(intervalMs * 1.5)
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
    // A graceful stop hands the schedule on at once rather than after the lease (a rolling deploy).
    await this.options.duty?.release().catch(() => undefined)
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
      void this.scheduledRun().finally(() => {
        if (!this.stopped) this.schedule()
      })
    }, this.options.intervalMs)
    // A pending reconciliation alone must not keep the process alive.
    this.timer.unref()
  }

  /**
   * A run of the schedule, as its timer starts it: only on the replica holding the duty (answers `undefined` on
   * the others). Public so tests can fire the timer's run without waiting an interval.
   */
  async scheduledRun(): Promise<DriftReport | undefined> {
    const { duty, log } = this.options
    if (duty !== undefined) {
      let held: boolean
      try {
        held = await duty.claim()
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error)
        log.error(
          { err: { message: this.options.scrub ? this.options.scrub(message) : message } },
          'scheduled reconciliation skipped: its duty lease could not be claimed',
        )
        return undefined
      }
      if (!held) return undefined
    }
    return this.runOnce()
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
