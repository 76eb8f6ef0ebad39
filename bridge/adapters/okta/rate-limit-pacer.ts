/**
 * Pacing against Okta's rate limits, per endpoint family and for the org's concurrency: when a request may
 * go. Split from `request-executor.ts`, which decides what to send and what to repeat; this decides when.
 *
 * The state it decides by is the org's {@link OktaBudget} — shared by every replica through the database, so
 * together they stay within Okta's limits — and only this process's queue is kept here: per family, the
 * requests waiting for a slot, in order (requests a caller waits on ahead of queued background work). Per family,
 * a few admitters ask the budget for slots at once and hand each to the head of the queue, so a thousand queued
 * requests cost one query per admission, not a thousand per window. A request that may queue
 * ({@link BudgetPatience} `queue`) waits as long as the budget needs; a bounded one fails as `rate-limited` when
 * the window it waits for resets later than `maxWaitMs` from now.
 */

import { OktaError } from '../../ports/okta.js'
import {
  type BudgetPatience,
  type BudgetReservation,
  type OktaBudget,
  oktaBudgetPatience,
} from '../../ports/okta-budget.js'

/** Spreads callers that waited for the same reset, so they do not all arrive in the same millisecond. */
export const RESET_JITTER_MS = 100
/**
 * How long a caller waits for an answer that would tell it where a window stands (the first call of a family
 * no replica has seen yet) before sending anyway: a slow answer must not stall others.
 */
const ANSWER_WAIT_MS = 2_000
/**
 * How often a queue looks at the budget again while it cannot tell when room will be made by someone else: the
 * org's concurrency is full, or a window began whose reset only another replica's answer will tell. A local
 * answer wakes it sooner. Real time, not the pacing clock: these are waits for other requests, not for Okta's
 * windows.
 */
const POLL_MS = 50
/** How many recent answers' `Date` the clock skew is estimated from. */
const SKEW_SAMPLES = 32
/**
 * How many admissions of one family are decided at once. Each decision is two statements of the budget; on a
 * database that commits in groups, decided one after another they would take two commits each in turn, and a
 * joiner's app assignments would leave one by one. Decided together, they share the commits; each is still one
 * atomic step of the budget, so no more are admitted than the window allows.
 */
const PARALLEL_ADMISSIONS = 8

/** What {@link RateLimitPacer} needs from its executor. */
export interface RateLimitPacerOptions {
  /** Millisecond clock for pacing decisions. */
  now: () => number
  /** A number in [0, 1) for the jitter of waits. */
  random: () => number
  /** The longest a bounded request waits for a window to reset before it fails as `rate-limited` instead. */
  maxWaitMs: number
  /** Waits `ms` for a window to reset (the executor counts these waits). */
  wait: (ms: number) => Promise<void>
  /** The org's budget: shared by replicas (the database), or this process's own. */
  budget: OktaBudget
  /** The fraction of each family's limit, and of the org's concurrency, the bridge may use: (0, 1]. */
  share: number
  /** Okta's concurrent-request limit of the org (default 75); the bridge uses `share` of it. */
  concurrencyLimit: number
  /** Longer than any request may hold its concurrency slot: the bucket length of the shared count. */
  slotLifetimeMs: number
  /** Told how long each admitted request waited for its slot (metrics); must not throw. */
  onAdmitted?: (family: string, waitedMs: number) => void
}

/** A request's admission: what {@link RateLimitPacer.answered} gives back. */
export interface PaceSlot {
  family: string
  /** The concurrency slot to release. */
  ticket: number
}

/** A request waiting for its slot. */
interface Waiter {
  patience: BudgetPatience
  enqueuedAt: number
  resolve: (slot: PaceSlot) => void
  reject: (error: unknown) => void
}

/** Per family: the local queue, its admitters, and the requests of this process under way. */
interface FamilyQueue {
  waiters: Waiter[]
  /** Admitters at work on the queue (at most {@link PARALLEL_ADMISSIONS}, and no more than there are waiters). */
  admitting: number
  inflight: number
  /** Woken when a request of the family is answered. */
  answerWakers: (() => void)[]
  /** The family's window is used up until then (local clock), by the latest reservation refused: bounded requests fail fast. */
  exhausted?: { untilMs: number; resetEpochSeconds: number; limit: number }
}

/**
 * The pacing of one org in this process: one instance serves every request of the org's executor. Every
 * admitted request must be followed by {@link RateLimitPacer.answered}.
 */
export class RateLimitPacer {
  readonly #options: RateLimitPacerOptions
  readonly #queues = new Map<string, FamilyQueue>()
  /** Woken when any request is answered: a concurrency slot may be free. */
  #slotWakers: (() => void)[] = []
  /** Families whose latest answer carried no rate-limit headers (Okta always sends them; a proxy might not). */
  readonly #unmetered = new Set<string>()
  /** Families this process has seen rate-limit headers for. */
  readonly #metered = new Set<string>()
  /**
   * Okta's clock minus ours, as the latest answers' `Date` tell it. `Date` has whole seconds, so each sample
   * errs late by up to a second, never early; the highest of the recent ones is the closest — and still errs
   * late, so a window is never taken to have reset before Okta's has.
   */
  #skewMs = 0
  readonly #skewSamples: number[] = []

  constructor(options: RateLimitPacerOptions) {
    if (!(options.share > 0 && options.share <= 1)) {
      throw new TypeError('RateLimitPacer: share must be in (0, 1]')
    }
    this.#options = options
  }

  /** Requests waiting for a slot, per family (metrics). */
  queueDepths(): Record<string, number> {
    const depths: Record<string, number> = {}
    for (const [family, queue] of this.#queues) depths[family] = queue.waiters.length
    return depths
  }

  /** The budget's view of every family (metrics), in Okta's time. */
  snapshot() {
    return this.#options.budget.snapshot(this.#oktaNow(), this.#options.share)
  }

  /**
   * Waits until a request of `family` may go, and admits it (a concurrency slot and one request of the
   * family's window). `patience` is the calling context's ({@link oktaBudgetPatience}) unless given.
   * @throws {OktaError} `rate-limited` for a bounded request when the family's window resets later than
   *   `maxWaitMs` from now; the budget's own failure (a database down) as it is.
   */
  pace(family: string, patience: BudgetPatience = oktaBudgetPatience()): Promise<PaceSlot> {
    const queue = this.#queueOf(family)
    const now = this.#options.now()
    if (
      patience === 'bounded' &&
      queue.exhausted &&
      queue.exhausted.untilMs - now > this.#options.maxWaitMs
    ) {
      return Promise.reject(this.#tooLong(family, queue.exhausted, now))
    }
    return new Promise<PaceSlot>((resolve, reject) => {
      const waiter: Waiter = { patience, enqueuedAt: now, resolve, reject }
      // A caller waiting on the answer goes ahead of background work queued on the budget.
      const firstQueued = queue.waiters.findIndex((w) => w.patience === 'queue')
      if (patience === 'bounded' && firstQueued >= 0) queue.waiters.splice(firstQueued, 0, waiter)
      else queue.waiters.push(waiter)
      this.#pump(family, queue)
    })
  }

  /**
   * A request admitted by {@link RateLimitPacer.pace} has been answered (`response`) or has failed (none):
   * the budget learns the window from `X-Rate-Limit-*` and gets the concurrency slot back, then whoever waits
   * for either is woken. Never throws: a budget that cannot be updated only makes the next decisions more
   * cautious (an unreleased slot expires with its bucket).
   */
  async answered(slot: PaceSlot, response?: Response): Promise<void> {
    const queue = this.#queueOf(slot.family)
    queue.inflight--
    try {
      if (response) await this.#observe(slot.family, response)
      else await this.#options.budget.unanswered(slot.family)
    } catch {
      // See above: the next answer reconciles the window.
    }
    try {
      await this.#options.budget.releaseConcurrency(slot.ticket)
    } catch {
      // See above.
    }
    for (const wake of queue.answerWakers.splice(0)) wake()
    for (const wake of this.#slotWakers.splice(0)) wake()
  }

  /**
   * Puts admitters to work on the family's queue: as many as there are waiters, up to
   * {@link PARALLEL_ADMISSIONS}. Whoever is admitted is the head of the queue at that moment, so the order holds.
   */
  #pump(family: string, queue: FamilyQueue): void {
    const wanted = Math.min(PARALLEL_ADMISSIONS, queue.waiters.length)
    while (queue.admitting < wanted) {
      queue.admitting++
      void this.#admitter(family, queue)
    }
  }

  /** Admits the head of the queue, one slot at a time, while there are more waiters than other admitters. */
  async #admitter(family: string, queue: FamilyQueue): Promise<void> {
    try {
      while (queue.admitting <= queue.waiters.length) {
        try {
          await this.#admitHead(family, queue)
        } catch (error) {
          // The budget failed (its database is down): the head fails with it rather than wait for ever.
          queue.waiters.shift()?.reject(error)
        }
      }
    } finally {
      queue.admitting--
    }
  }

  /** One attempt to admit the head of the queue; when it cannot go yet, waits as long as the budget says. */
  async #admitHead(family: string, queue: FamilyQueue): Promise<void> {
    const { budget, share, concurrencyLimit, slotLifetimeMs } = this.#options
    const allowedConcurrency = Math.max(1, Math.floor(concurrencyLimit * share))
    const ticket = await budget.acquireConcurrency(allowedConcurrency, this.#options.now(), slotLifetimeMs)
    if (ticket === undefined) {
      await this.#anyAnswer(POLL_MS)
      return
    }
    let reservation: BudgetReservation
    try {
      reservation = this.#unmetered.has(family)
        ? { kind: 'granted' }
        : await budget.reserve(family, this.#oktaNow(), share)
    } catch (error) {
      await budget.releaseConcurrency(ticket).catch(() => undefined)
      throw error
    }
    const now = this.#options.now()
    const head = queue.waiters[0]
    if (!head) {
      // The waiters this admitter decided for were refused meanwhile (a window too far off): nobody to admit. The
      // reservation stays counted, the cautious side.
      await budget.releaseConcurrency(ticket)
      return
    }
    if (
      reservation.kind === 'granted' ||
      (reservation.kind === 'unknown' && (queue.inflight === 0 || now >= head.enqueuedAt + ANSWER_WAIT_MS))
    ) {
      // An unknown family sends one request first and lets its answer tell every replica the limit.
      queue.waiters.shift()
      queue.inflight++
      queue.exhausted = undefined
      try {
        this.#options.onAdmitted?.(family, now - head.enqueuedAt)
      } catch {
        // Metrics must never change the outcome of a call.
      }
      head.resolve({ family, ticket })
      return
    }
    // Not now: the slot goes back, or it would hold the org's concurrency while this family waits.
    await budget.releaseConcurrency(ticket)
    if (reservation.kind === 'unknown') {
      await this.#familyAnswer(queue, Math.min(POLL_MS * 10, head.enqueuedAt + ANSWER_WAIT_MS - now))
      return
    }
    if (reservation.kind === 'exhausted') {
      const untilMs = reservation.resetEpochSeconds * 1000 - this.#skewMs
      if (reservation.provisional) {
        // The window's end is a guess; an answer (here, or another replica's, seen by polling) tells it.
        await this.#familyAnswer(queue, Math.min(POLL_MS * 5, Math.max(0, untilMs - now)))
        return
      }
      queue.exhausted = {
        untilMs,
        resetEpochSeconds: reservation.resetEpochSeconds,
        limit: reservation.limit,
      }
      if (untilMs - now > this.#options.maxWaitMs) {
        const error = this.#tooLong(family, queue.exhausted, now)
        queue.waiters = queue.waiters.filter((w) => {
          if (w.patience === 'queue') return true
          w.reject(error)
          return false
        })
        if (queue.waiters.length === 0) return
      }
      await this.#options.wait(Math.max(0, untilMs - now) + this.#options.random() * RESET_JITTER_MS)
    }
  }

  /** The error of a bounded request whose family's window resets too late. */
  #tooLong(
    family: string,
    exhausted: { untilMs: number; resetEpochSeconds: number; limit: number },
    now: number,
  ): OktaError {
    const limit = exhausted.limit
    return new OktaError({
      kind: 'rate-limited',
      status: 429,
      message: `Not sent: the bridge's share of Okta's rate limit for ${family} (${limit} per window) is used up for the next ${Math.ceil((exhausted.untilMs - now) / 1000)} s`,
      retryAt: exhausted.resetEpochSeconds * 1000,
    })
  }

  /** Records a family's window from `X-Rate-Limit-*` in the budget, and Okta's clock from `Date`. */
  async #observe(family: string, response: Response): Promise<void> {
    const limit = Number(response.headers.get('x-rate-limit-limit'))
    const remaining = Number(response.headers.get('x-rate-limit-remaining'))
    const resetHeader = response.headers.get('x-rate-limit-reset')
    const resetEpoch = Number(resetHeader)
    if (resetHeader === null || ![limit, remaining, resetEpoch].every(Number.isFinite)) {
      if (!this.#metered.has(family)) this.#unmetered.add(family)
      return
    }
    this.#unmetered.delete(family)
    this.#metered.add(family)
    const date = Date.parse(response.headers.get('date') ?? '')
    if (Number.isFinite(date)) {
      this.#skewSamples.push(date - this.#options.now())
      if (this.#skewSamples.length > SKEW_SAMPLES) this.#skewSamples.shift()
      this.#skewMs = Math.max(...this.#skewSamples)
    }
    await this.#options.budget.observe(
      family,
      { limit, remaining, resetEpochSeconds: resetEpoch },
      this.#oktaNow(),
    )
  }

  /** Now by Okta's clock, as far as its answers tell. */
  #oktaNow(): number {
    return this.#options.now() + this.#skewMs
  }

  /** The family's queue, created on first use. */
  #queueOf(family: string): FamilyQueue {
    let queue = this.#queues.get(family)
    if (!queue) {
      queue = { waiters: [], admitting: 0, inflight: 0, answerWakers: [] }
      this.#queues.set(family, queue)
    }
    return queue
  }

  /** Resolves when a request of the family is answered, or after `timeoutMs` at the latest. */
  #familyAnswer(queue: FamilyQueue, timeoutMs: number): Promise<void> {
    return wakeOrTimeout(queue.answerWakers, timeoutMs)
  }

  /** Resolves when any request is answered, or after `timeoutMs` (jittered) at the latest. */
  #anyAnswer(timeoutMs: number): Promise<void> {
    return wakeOrTimeout(this.#slotWakers, timeoutMs * (1 + this.#options.random()))
  }
}

/** A promise woken through `wakers` or by a real timer, whichever comes first. */
function wakeOrTimeout(wakers: (() => void)[], timeoutMs: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, Math.max(0, timeoutMs))
    wakers.push(() => {
      clearTimeout(timer)
      resolve()
    })
  })
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
