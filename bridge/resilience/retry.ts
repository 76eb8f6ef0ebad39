/**
 * Retrying with exponential backoff, written once for every client of the bridge (Okta's Management API and
 * token endpoint, ServiceNow's Table API, the outbox and the other queues that try again later).
 *
 * The delay before retry n is `baseMs · 2^(n-1)`, capped at `maxMs`. With `jitter: 'equal'` it is drawn
 * uniformly from the upper half of that ("equal jitter", AWS architecture blog, "Exponential Backoff and
 * Jitter"): callers that failed together do not come back together, and none comes back at once. A server's
 * `Retry-After` (seconds or an HTTP date, RFC 9110 §10.2.3) replaces the computed delay.
 */
import type { Clock } from '../clock.js'
import { sleep } from './sleep.js'

/** How the delay between attempts grows. */
export interface Backoff {
  /** The delay before the first retry (the ceiling of it, with jitter). */
  baseMs: number
  /** No delay exceeds this. */
  maxMs: number
  /** `equal`: uniformly in [ceiling/2, ceiling]; `none`: the ceiling itself (a schedule, e.g. a queue's next attempt). */
  jitter: 'equal' | 'none'
  /** A number in [0, 1); tests inject a fixed one. Default `Math.random`. */
  random?: () => number
}

/**
 * The delay before retry number `retry` (1 for the first retry).
 * @example backoffDelay(3, { baseMs: 200, maxMs: 5_000, jitter: 'none' }) // 800
 */
export function backoffDelay(retry: number, backoff: Backoff): number {
  // The exponent is bounded so that a long-failing queue entry computes `maxMs`, not Infinity·0 = NaN.
  const exponent = Math.min(Math.max(0, retry - 1), 30)
  const ceiling = Math.min(backoff.maxMs, backoff.baseMs * 2 ** exponent)
  if (backoff.jitter === 'none') return ceiling
  const random = (backoff.random ?? Math.random)()
  return ceiling / 2 + (random * ceiling) / 2
}

/**
 * A `Retry-After` header as milliseconds from `nowMs`: delay-seconds (`120`) or an HTTP date (a date in the
 * past is 0). `undefined` when absent or unreadable, so the caller falls back to its backoff.
 */
export function parseRetryAfter(header: string | null | undefined, nowMs: number): number | undefined {
  if (header === null || header === undefined || header.trim() === '') return undefined
  const value = header.trim()
  // A number is delay-seconds; a negative one is malformed rather than "now" (nor a date: `Date.parse('-5')` is).
  if (/^[+-]?\d+(\.\d+)?$/.test(value)) return value.startsWith('-') ? undefined : Number(value) * 1000
  const date = Date.parse(value)
  return Number.isNaN(date) ? undefined : Math.max(0, date - nowMs)
}

/**
 * What to do after a failed attempt: `false` gives up (the error is thrown), `true` retries after the backoff,
 * a number retries after that many milliseconds (the server's `Retry-After`; 0 for at once).
 */
export type RetryDecision = boolean | number

/** Options of {@link retry}. */
export interface RetryOptions {
  /** Retries after the first attempt (so at most `retries + 1` attempts). */
  retries: number
  backoff: Backoff
  /** Decides about each failure; `retry` is the number the next attempt would be (1 for the first retry). */
  decide: (error: unknown, retry: number) => RetryDecision
  /** The most the waits may add up to; a retry whose wait would go beyond gives up instead. Default: no bound. */
  maxTotalWaitMs?: number
  /** Measures the waits (a manual clock in tests). */
  clock?: Clock
  /** Aborts a wait (and so the retrying); the promise rejects with the signal's reason. */
  signal?: AbortSignal
  /** Told before each wait (counters, logs); must not throw. */
  onRetry?: (error: unknown, retry: number, delayMs: number) => void
}

/**
 * Runs `attempt` until it succeeds or `options.decide` (or the budget) says to stop; `attempt` receives its
 * number (1 for the first).
 * @throws the last attempt's error when giving up.
 */
export async function retry<T>(attempt: (n: number) => Promise<T>, options: RetryOptions): Promise<T> {
  let waited = 0
  for (let n = 1; ; n++) {
    try {
      return await attempt(n)
    } catch (error) {
      const retryNumber = n
      if (retryNumber > options.retries) throw error
      const decision = options.decide(error, retryNumber)
      if (decision === false) throw error
      const delay = decision === true ? backoffDelay(retryNumber, options.backoff) : Math.max(0, decision)
      if (options.maxTotalWaitMs !== undefined && waited + delay > options.maxTotalWaitMs) throw error
      options.onRetry?.(error, retryNumber, delay)
      waited += delay
      await sleep(delay, { clock: options.clock, signal: options.signal })
    }
  }
}
