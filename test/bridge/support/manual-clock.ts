/**
 * A clock tests move by hand: grant expiry, lease deadlines, outbox backoff and the waits between retries are
 * decided by it, so a test jumps past an end date or a backoff instead of waiting for it.
 */
import type { Clock } from '../../../bridge/clock.js'

interface Sleeper {
  due: number
  resolve: () => void
}

/** A {@link Clock} that only moves when told to; its `sleep`s end when it is moved past them. */
export class ManualClock implements Clock {
  private current: number
  private sleepers: Sleeper[] = []
  private onSleep: (() => void)[] = []

  constructor(start: Date | string = '2026-11-23T09:00:00.000Z') {
    this.current = new Date(start).getTime()
  }

  now(): Date {
    return new Date(this.current)
  }

  /** Resolves once the clock has been moved `ms` forward (rejects with the signal's reason on abort). */
  sleep(ms: number, signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) return Promise.reject(signal.reason)
    // Already due: like a 0 ms timer, it ends without the clock having to move.
    if (ms <= 0) return Promise.resolve()
    return new Promise((resolve, reject) => {
      const sleeper: Sleeper = {
        due: this.current + Math.max(0, ms),
        resolve: () => {
          signal?.removeEventListener('abort', onAbort)
          resolve()
        },
      }
      const onAbort = () => {
        this.sleepers = this.sleepers.filter((s) => s !== sleeper)
        reject(signal?.reason)
      }
      signal?.addEventListener('abort', onAbort, { once: true })
      this.sleepers.push(sleeper)
      for (const wake of this.onSleep.splice(0)) wake()
    })
  }

  /** How many `sleep`s are waiting for the clock to move. */
  get sleeping(): number {
    return this.sleepers.length
  }

  /** Resolves once at least `count` `sleep`s are waiting: the code under test has reached its wait. */
  async untilSleeping(count = 1): Promise<void> {
    while (this.sleepers.length < count) await new Promise<void>((resolve) => this.onSleep.push(resolve))
  }

  /** Moves the clock forward by `ms` milliseconds, ending the sleeps that are then due (earliest first). */
  advance(ms: number): void {
    this.set(this.current + ms)
  }

  /** Sets the clock to an instant (ending the sleeps due by then). */
  set(at: Date | string | number): void {
    this.current = new Date(at).getTime()
    const due = this.sleepers.filter((s) => s.due <= this.current).sort((a, b) => a.due - b.due)
    this.sleepers = this.sleepers.filter((s) => s.due > this.current)
    for (const sleeper of due) sleeper.resolve()
  }
}
