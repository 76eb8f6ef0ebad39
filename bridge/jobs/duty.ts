/**
 * One singleton duty of the cluster (see `ports/duty-leases.ts`): the scheduled reconciliation, audit anchoring,
 * the request id joiner. A job asks {@link Duty.claim} before doing the duty's work; only the replica that
 * holds the lease does it, and a dead holder's lease runs out so another replica takes the duty over.
 */
import type { Clock } from '../clock.js'
import type { DutyLeases } from '../ports/duty-leases.js'

/** Where the duty leases are and who this replica is. */
export interface DutyContext {
  leases: DutyLeases
  /** This replica's id (the same one its execution leases name). */
  holder: string
  clock: Clock
}

/** A named duty with its lease length. */
export class Duty {
  constructor(
    readonly name: string,
    private readonly context: DutyContext,
    /** How long a claim holds the duty unless claimed again (ms). */
    readonly leaseMs: number,
  ) {}

  /** Claims (or renews) the duty for this replica; answers whether this replica holds it now. */
  async claim(): Promise<boolean> {
    const now = this.context.clock.now()
    return this.context.leases.claim(
      this.name,
      this.context.holder,
      now.toISOString(),
      new Date(now.getTime() + this.leaseMs).toISOString(),
    )
  }

  /** Gives the duty up now, so any replica may take it at once. */
  async release(): Promise<void> {
    await this.context.leases.release(this.name, this.context.holder, this.context.clock.now().toISOString())
  }
}
