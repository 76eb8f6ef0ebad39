/**
 * The bridge's sense of time. Everything that decides by the clock — grant expiry, outbox retries, lease
 * deadlines — reads it through a {@link Clock}, so tests can move time forward instead of waiting for it.
 */

/** A source of the current time. */
export interface Clock {
  now(): Date
}

/** The system clock. */
export const systemClock: Clock = { now: () => new Date() }
