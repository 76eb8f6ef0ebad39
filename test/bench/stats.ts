/**
 * What every benchmark measures with: timings of sequential runs, their median and percentiles, and the
 * ratios the figures are read as (two numbers measured in the same run).
 */

/** How long one run of `work` takes, in milliseconds. */
export async function timed(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now()
  await work()
  return performance.now() - started
}

/** The durations of `n` sequential runs of `work`, in milliseconds. */
export async function timesOf(n: number, work: () => Promise<unknown>): Promise<number[]> {
  const times: number[] = []
  for (let i = 0; i < n; i++) times.push(await timed(work))
  return times
}

/** The median. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

/** The `p` quantile (0–1), nearest rank. */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!
}

/** `a` as a multiple of `b`, e.g. `2.60x`. */
export function ratio(a: number, b: number): string {
  return `${(a / b).toFixed(2)}x`
}

/** Milliseconds to one decimal. */
export function round(ms: number): number {
  return Math.round(ms * 10) / 10
}
