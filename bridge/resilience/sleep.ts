/**
 * The one way the bridge waits: a sleep that a {@link Clock} can drive (tests move a manual clock instead of
 * waiting) and an `AbortSignal` can cut short (shutdown, a caller's deadline).
 */
import type { Clock } from '../clock.js'

/** Options of {@link sleep}. */
export interface SleepOptions {
  /** Whose time the wait is measured in; a clock without `sleep` (the system clock) waits on real timers. */
  clock?: Clock
  /** Ends the wait early: the promise rejects with the signal's reason. */
  signal?: AbortSignal
}

/**
 * Resolves after `ms` milliseconds (negative or NaN counts as 0) by `options.clock`.
 * @throws the signal's reason when `options.signal` aborts before the time is up (or has already aborted).
 */
export function sleep(ms: number, options: SleepOptions = {}): Promise<void> {
  const wait = Number.isFinite(ms) ? Math.max(0, ms) : 0
  const { clock, signal } = options
  if (signal?.aborted) return Promise.reject(signal.reason)
  if (clock?.sleep) return clock.sleep(wait, signal)
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer)
      reject(signal?.reason)
    }
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort)
      resolve()
    }, wait)
    signal?.addEventListener('abort', onAbort, { once: true })
  })
}
