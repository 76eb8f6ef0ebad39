/**
 * Pacing against Okta's rate limits, per endpoint family: what the executor knows of each family's current
 * window (from `X-Rate-Limit-*`), the slots reserved by requests under way, and the wait before a request may
 * go. Split from `request-executor.ts`, which decides what to send and what to repeat; this decides when.
 */
import { OktaError } from '../../ports/okta.js'

/**
 * What the executor knows of a family's current rate-limit window. A window whose reset has passed becomes
 * provisional: Okta's windows are fixed, so the next one allows `limit` again, but when it resets is only known
 * from the next answer.
 */
interface FamilyWindow {
  limit: number
  remaining: number
  /** The window's `X-Rate-Limit-Reset` (epoch seconds, Okta's clock); undefined while provisional. */
  resetEpoch: number | undefined
  /** When the window resets by this process's clock; undefined while provisional. */
  resetAt: number | undefined
}

/** Per family: requests under way, and callers waiting for one of them to answer. */
interface FamilyTraffic {
  inflight: number
  waiters: (() => void)[]
}

/** Spreads callers that waited for the same reset, so they do not all arrive in the same millisecond. */
export const RESET_JITTER_MS = 100
/**
 * How long a caller waits for an answer that would tell it where a window stands (the first call of a family,
 * or a provisional window whose slots are taken) before sending anyway: a slow answer must not stall others.
 */
const ANSWER_WAIT_MS = 2_000

/** What {@link RateLimitPacer} needs from its executor. */
export interface RateLimitPacerOptions {
  /** Millisecond clock for pacing decisions. */
  now: () => number
  /** A number in [0, 1) for the jitter of waits. */
  random: () => number
  /** The longest wait for a window to reset before a request fails as `rate-limited` instead. */
  maxWaitMs: number
  /** Waits `ms` (the executor counts these waits). */
  wait: (ms: number) => Promise<void>
}

/**
 * The pacing state of one org: one instance serves every request of the org's executor, since rate limits
 * are per org and endpoint family. Every admitted request must be followed by {@link RateLimitPacer.answered}.
 */
export class RateLimitPacer {
  readonly #now: () => number
  readonly #random: () => number
  readonly #maxWaitMs: number
  readonly #wait: (ms: number) => Promise<void>
  readonly #windows = new Map<string, FamilyWindow>()
  readonly #traffic = new Map<string, FamilyTraffic>()
  /** Families whose latest answer carried no rate-limit headers (Okta always sends them; a proxy might not). */
  readonly #unmetered = new Set<string>()

  constructor(options: RateLimitPacerOptions) {
    this.#now = options.now
    this.#random = options.random
    this.#maxWaitMs = options.maxWaitMs
    this.#wait = options.wait
  }

  /**
   * Holds a request back while its family's window is used up, and reserves a slot in the window otherwise.
   * Slots are counted before the answers come, so concurrent callers do not all take the last one; a family
   * never seen sends one request first and lets its answer tell the others the limit. Admitting a request
   * counts it as under way (in the same synchronous step as the decision, so no other caller decides on stale
   * counts); {@link RateLimitPacer.answered} ends that.
   */
  async pace(family: string): Promise<void> {
    const answerDeadline = this.#now() + ANSWER_WAIT_MS
    for (;;) {
      // Checked on every pass, not just on entry: callers held back for a family's first answer learn from it
      // that the family is unmetered, and must then all go at once instead of one per answer.
      if (this.#unmetered.has(family)) {
        // Nothing to pace by; holding requests back for answers that never say anything would serialise them.
        this.#trafficOf(family).inflight++
        return
      }
      const now = this.#now()
      let window = this.#windows.get(family)
      if (window?.resetAt !== undefined && now >= window.resetAt) {
        window = { limit: window.limit, remaining: window.limit, resetEpoch: undefined, resetAt: undefined }
        this.#windows.set(family, window)
      }
      if (window && window.remaining > 0) {
        window.remaining--
        this.#trafficOf(family).inflight++
        return
      }
      if (window?.resetAt !== undefined && window.resetEpoch !== undefined) {
        const waitMs = window.resetAt - now
        if (waitMs > this.#maxWaitMs) {
          throw new OktaError({
            kind: 'rate-limited',
            status: 429,
            message: `Not sent: Okta's rate limit for ${family} (${window.limit} per window) is used up for the next ${Math.ceil(waitMs / 1000)} s`,
            retryAt: window.resetEpoch * 1000,
          })
        }
        await this.#wait(waitMs + this.#random() * RESET_JITTER_MS)
        continue
      }
      // Unknown family, or provisional window with its slots taken: an answer under way will say more.
      const traffic = this.#trafficOf(family)
      if (traffic.inflight === 0 || now >= answerDeadline) {
        traffic.inflight++
        return
      }
      await this.#nextAnswer(family, answerDeadline - now)
    }
  }

  /** Records a family's window from `X-Rate-Limit-*`; answers may arrive out of order, so the lowest count wins. */
  observe(family: string, response: Response): void {
    const limit = Number(response.headers.get('x-rate-limit-limit'))
    const remaining = Number(response.headers.get('x-rate-limit-remaining'))
    const resetHeader = response.headers.get('x-rate-limit-reset')
    const resetEpoch = Number(resetHeader)
    if (resetHeader === null || ![limit, remaining, resetEpoch].every(Number.isFinite)) {
      if (!this.#windows.has(family)) this.#unmetered.add(family)
      return
    }
    this.#unmetered.delete(family)
    const now = this.#now()
    const resetAt = resetAtLocal(response, resetEpoch, now)
    // A late answer from a window that has already reset says nothing about the current one.
    if (resetAt <= now) return
    const current = this.#windows.get(family)
    if (current?.resetEpoch !== undefined && current.resetEpoch > resetEpoch) return
    if (current && (current.resetEpoch === resetEpoch || current.resetEpoch === undefined)) {
      // Same window (or the first answer in a provisional one): requests still under way hold reserved slots
      // the answer does not know about yet, so keep the lower count. A provisional window reserved its slots
      // against the previous window's limit, which this answer may change (a 429 states another limit, an
      // admin changes one): count them against this one's, or an old low limit pins the new window at 0.
      const reserved =
        current.resetEpoch === undefined
          ? Math.max(0, limit - (current.limit - current.remaining))
          : current.remaining
      current.remaining = Math.min(reserved, remaining)
      current.limit = limit
      current.resetEpoch = resetEpoch
      current.resetAt = resetAt
      return
    }
    this.#windows.set(family, { limit, remaining, resetEpoch, resetAt })
  }

  /** The family's traffic record, created on first use. */
  #trafficOf(family: string): FamilyTraffic {
    let traffic = this.#traffic.get(family)
    if (!traffic) {
      traffic = { inflight: 0, waiters: [] }
      this.#traffic.set(family, traffic)
    }
    return traffic
  }

  /** A request of `family` has been answered (or failed): wake whoever waits to learn about the window. */
  answered(family: string): void {
    const traffic = this.#trafficOf(family)
    traffic.inflight--
    const waiters = traffic.waiters.splice(0)
    for (const wake of waiters) wake()
  }

  /** Resolves when a request of `family` is answered, or after `timeoutMs` at the latest. */
  #nextAnswer(family: string, timeoutMs: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, Math.max(0, timeoutMs))
      this.#trafficOf(family).waiters.push(() => {
        clearTimeout(timer)
        resolve()
      })
    })
  }
}

/**
 * The rate-limit family of a request: its method and path with ids replaced by `{id}`, e.g.
 * `POST /api/v1/users/{id}/lifecycle/suspend`. Under `/api/v1/` segments alternate between a collection and an
 * id (`users/{id}/groups`, `apps/{id}/users/{id}`), except that the segment after `lifecycle` is an operation.
 */
export function endpointFamily(method: string, url: string): string {
  const path = new URL(url).pathname
  const segments = path.split('/')
  if (segments[1] !== 'api' || !/^v\d+$/.test(segments[2] ?? '')) return `${method} ${path}`
  const rest = segments.slice(3)
  const template = rest.map((segment, i) =>
    i % 2 === 1 && rest[i - 1] !== 'lifecycle' && segment !== '' ? '{id}' : segment,
  )
  return `${method} /${segments[1]}/${segments[2]}/${template.join('/')}`.replace(/\/$/, '')
}

/**
 * When a window resets by this process's clock. Okta's `X-Rate-Limit-Reset` is by Okta's clock; measured from
 * the answer's `Date` (as the SDK does) the wait survives clock skew. `Date` has whole seconds, so the result
 * errs late by under a second, never early.
 */
export function resetAtLocal(response: Response, resetEpoch: number, now: number): number {
  const date = Date.parse(response.headers.get('date') ?? '')
  return Number.isFinite(date) ? now + (resetEpoch * 1000 - date) : resetEpoch * 1000
}
