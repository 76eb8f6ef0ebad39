/**
 * The bridge's sense of time. Everything that decides by the clock — grant expiry, outbox retries, lease
 * deadlines, the waits between retries — reads it through a {@link Clock}, so tests can move time forward
 * instead of waiting for it.
 */

/** A source of the current time, and optionally of waits measured by it. */
export interface Clock {
  now(): Date
  /**
   * Resolves once `ms` have passed by this clock (rejects with the signal's reason if it aborts first). Optional:
   * without it, waits run on real timers (see `sleep` in `resilience/sleep.ts`). A clock tests move by hand
   * implements it, so a retry's backoff ends when the test advances the clock, not when real time has passed.
   */
  sleep?(ms: number, signal?: AbortSignal): Promise<void>
}

/** The system clock; its waits are real timers. */
export const systemClock: Clock = { now: () => new Date() }
