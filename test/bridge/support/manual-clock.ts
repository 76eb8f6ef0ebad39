/**
 * A clock tests move by hand: grant expiry, lease deadlines and outbox backoff are decided by it, so a test
 * jumps past an end date instead of waiting for it.
 */
import type { Clock } from '../../../bridge/clock.js'

/** A {@link Clock} that only moves when told to. */
export class ManualClock implements Clock {
  private current: number

  constructor(start: Date | string = '2026-11-23T09:00:00.000Z') {
    this.current = new Date(start).getTime()
  }

  now(): Date {
    return new Date(this.current)
  }

  /** Moves the clock forward by `ms` milliseconds. */
  advance(ms: number): void {
    this.current += ms
  }

  /** Sets the clock to an instant. */
  set(at: Date | string): void {
    this.current = new Date(at).getTime()
  }
}
