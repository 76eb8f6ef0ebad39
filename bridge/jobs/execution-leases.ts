/**
 * The execution leases' heartbeat and takeover, on every replica. Each round renews the leases of the
 * executions this replica runs, then claims the running executions whose lease ran out — their replica died, or
 * was stopped without a graceful shutdown — and resumes them here. The first round, at start, is what resumes
 * what a crash left: only lapsed leases, so a replica starting in a rolling deploy leaves alone what the live
 * replicas are running.
 *
 * Rounds come every lease/3, so a live replica renews three times per lease (a late round or two does not lose
 * it), and a dead replica's executions are taken over within about a lease and a third of its last renewal.
 */
import { PolledJob } from './poll-loop.js'

/** The execution service's side of leases (`flows/execution-service.ts`). */
export interface LeasedExecutions {
  /** The length of a lease (ms). */
  readonly leaseDurationMs: number
  renewLeases(): Promise<string[]>
  resumeLapsed(): Promise<number>
}

/** Where the job reports; the bridge's pino logger fits. */
export interface ExecutionLeaseLog {
  info(object: object, message: string): void
  warn(object: object, message: string): void
  error(object: object, message: string): void
}

/** What one round did. */
export interface LeaseRound {
  /** Executions running here whose lease another replica holds now (their runs stop at their next write). */
  lost: string[]
  /** Lapsed executions claimed and resumed here. */
  resumed: number
}

/** Renews this replica's execution leases and takes over lapsed ones. */
export class ExecutionLeaseJob extends PolledJob {
  /** Whether rounds still claim lapsed executions (not once shutdown begins: no new work then). */
  private claiming = true

  constructor(
    private readonly executions: LeasedExecutions,
    private readonly log: ExecutionLeaseLog,
  ) {
    super(Math.max(1, Math.floor(executions.leaseDurationMs / 3)), (error: unknown) =>
      log.error(
        { err: { message: String((error as Error)?.message ?? error) } },
        'execution lease round failed',
      ),
    )
  }

  /** One round: renew, then (unless shutting down) claim and resume lapsed executions. */
  async tick(): Promise<LeaseRound> {
    const lost = await this.executions.renewLeases()
    if (lost.length > 0) {
      this.log.warn({ executions: lost }, 'execution leases lost to another replica: their runs stop here')
    }
    const resumed = this.claiming ? await this.executions.resumeLapsed() : 0
    if (resumed > 0) this.log.info({ resumed }, 'resumed executions whose lease had lapsed')
    return { lost, resumed }
  }

  /**
   * Graceful shutdown, first step: no more takeovers, but the heartbeat goes on, so the executions draining here
   * keep their leases for the grace period. `stop()` ends the heartbeat afterwards.
   */
  stopClaiming(): void {
    this.claiming = false
  }
}
