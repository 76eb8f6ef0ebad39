/**
 * How every Management API call the Okta SDK makes is sent: the SDK's `RequestExecutor` extension point
 * (`src/request-executor.js`), replaced so the bridge paces itself against Okta's rate limits, bounds every
 * call with a timeout, and retries only what is safe to retry.
 *
 * Why not the SDK's `DefaultRequestExecutor`: it has no timeout by default, retries only 429s that carry
 * `X-Rate-Limit-Reset`, never 5xx or dropped connections, and does nothing to avoid 429s in the first place —
 * and each 429 lands in the customer's System Log as `system.operation.rate_limit.violation` (NOTES.md).
 *
 * Requests go out with the bridge's outbound `fetch` (`../outbound-fetch.ts`: Node's HTTP client, not undici;
 * or an injected one), not the SDK's bundled node-fetch: the body is
 * read inside the same timeout as the headers, so a connection that stalls mid-body cannot hang a flow. The
 * answer is handed back to the SDK as a buffered `Response` with the extras the SDK reads (`url`, `buffer()`).
 * A consequence: the SDK's implicit `HTTPS_PROXY` agent is not used (see the module comment of
 * `okta-port.ts`).
 */
import { AsyncLocalStorage } from 'node:async_hooks'
import type { Clock } from '../../clock.js'
import { type OktaCallEvent, OktaError } from '../../ports/okta.js'
import { type BudgetFamilyView, type OktaBudget, oktaBudgetPatience } from '../../ports/okta-budget.js'
import { type Backoff, backoffDelay } from '../../resilience/retry.js'
import { sleep } from '../../resilience/sleep.js'
import { outboundFetch } from '../outbound-fetch.js'
import { MemoryOktaBudget } from './memory-budget.js'
import { endpointFamily, RateLimitPacer, RESET_JITTER_MS, resetAtLocal } from './rate-limit-pacer.js'
import okta from './request-executor-base.js'
import { describeNetworkError } from './token-source.js'

/** What the executor notes about the calls made on behalf of one port operation. */
export interface OktaCallRecord {
  /** `X-Okta-Request-Id` of the latest answer: right after a write, the id the System Log records it under. */
  requestId: string | null
  /**
   * Set when a request was sent again after an answer that leaves its outcome open (5xx, timeout, reset): an
   * earlier attempt may have taken effect, so a "not found" for a removal can mean "already removed".
   */
  repeatedAfterAmbiguousFailure: boolean
  /** The `Authorization` header of the latest request, so a 401 can invalidate exactly that token. */
  authorization?: string
}

/**
 * Carries an {@link OktaCallRecord} through the SDK's promise chains: the port opens one record per operation
 * (`oktaCallContext.run(record, …)`) and the executor fills it in, because the SDK does not hand response
 * headers back to its callers.
 */
export const oktaCallContext = new AsyncLocalStorage<OktaCallRecord>()

/** How to authenticate a request again before it is re-sent, per request (see {@link reauthorizeBeforeResend}). */
const reauthorizers = new WeakMap<object, () => Promise<void>>()

/**
 * Registers how to refresh a request's credentials before the executor sends it again (after a 429, a 5xx or a
 * timeout). A DPoP proof is single use — Okta rejects a second request carrying the same `jti` — and its `iat`
 * ages while the executor waits, so every attempt needs a fresh proof.
 */
export function reauthorizeBeforeResend(request: object, reauthorize: () => Promise<void>): void {
  reauthorizers.set(request, reauthorize)
}

// Declared with the Okta port, so the metrics that count these need not import this adapter; re-exported
// for the adapter's callers.
export type { OktaCallEvent }

/** Tunables of {@link OktaRequestExecutor}. */
export interface OktaRequestExecutorOptions {
  /** Abort one attempt (headers and body) after this long. Default 15 000 ms. */
  requestTimeoutMs?: number
  /**
   * The longest the executor waits for a rate-limit window to reset, before sending (pacing) or after a 429.
   * A longer wait fails the call as `rate-limited` instead — unless the calling context may queue on the
   * budget (`waitingForOktaBudget` in `ports/okta-budget.ts`: durable executions, background jobs), which
   * waits as long as the budget needs. Default 30 000 ms.
   */
  maxWaitMs?: number
  /**
   * The org's rate-limit budget, shared by the bridge's replicas (the store's). Default: this executor's own,
   * in memory — right for one process alone (a CLI, a test), wrong for replicas.
   */
  budget?: OktaBudget
  /**
   * The fraction of each endpoint family's limit, and of the org's concurrency, this bridge may use; the rest
   * is left to the org's other integrations (`OKTA_RATE_LIMIT_SHARE`). In (0, 1]; default 1.
   */
  rateLimitShare?: number
  /** Okta's concurrent-request limit of the org (`OKTA_CONCURRENCY_LIMIT`). Default 75. */
  concurrencyLimit?: number
  /** Told how long each request waited for its rate-limit and concurrency slot (metrics); must not throw. */
  onBudgetWait?: (family: string, waitedMs: number) => void
  /** Retries of an idempotent request after a 5xx, a timeout or a dropped connection. Default 3. */
  maxRetries?: number
  /** Retries of any request after a 429 (Okta did not process it). Default 3. */
  maxRateLimitRetries?: number
  /** First backoff delay; doubled per retry, with equal jitter (`resilience/retry.ts`), capped at 5 s. Default 200 ms. */
  retryBaseDelayMs?: number
  /** `fetch` to send with; defaults to the bridge's outbound one. */
  fetch?: typeof fetch
  /** Millisecond clock (pacing decisions). */
  now?: () => number
  /** The clock waits (pacing, backoff) are measured by, and `now` unless given; default real time. */
  clock?: Clock
  /** A number in [0, 1) for the jitter of waits; tests inject a fixed one. Default `Math.random`. */
  random?: () => number
  /** Called after every exchange (including failed attempts); must not throw. */
  onCall?: (event: OktaCallEvent) => void
}

/** Counters for metrics; {@link OktaRequestExecutor.counters} returns a snapshot. */
export interface OktaExecutorCounters {
  /** Attempts by outcome: the HTTP status (`"200"`, `"429"`, …), `"timeout"` or `"network-error"`. */
  calls: Record<string, number>
  /** 429 answers received. */
  rateLimited: number
  /** Requests sent again (after a 429, a 5xx, a timeout or a dropped connection). */
  retries: number
  /** Times a request was held back until a rate-limit window reset (pacing, or after a 429). */
  waits: number
  /** Total time spent in those waits. */
  waitedMs: number
}

/** The request object the SDK passes to `fetch` (its `RequestContext`, with `url` made a string). */
export type SdkRequest = Parameters<okta.RequestExecutor['fetch']>[0]

/** Methods whose repetition has the effect of a single call (RFC 9110 §9.2.2), so a retry is safe. */
const IDEMPOTENT = new Set(['GET', 'HEAD', 'PUT', 'DELETE'])
const MAX_BACKOFF_MS = 5_000

/**
 * The bridge's `RequestExecutor` for the Okta SDK (pass it as the client's `requestExecutor`). One instance
 * should serve every SDK client of an org: rate limits are per org and endpoint family, so the pacing state
 * must be shared.
 */
export class OktaRequestExecutor extends okta.RequestExecutor {
  /** See {@link OktaRequestExecutorOptions.requestTimeoutMs}. */
  readonly requestTimeoutMs: number
  /** See {@link OktaRequestExecutorOptions.maxWaitMs}. */
  readonly maxWaitMs: number
  /** See {@link OktaRequestExecutorOptions.maxRetries}. */
  readonly maxRetries: number
  /** See {@link OktaRequestExecutorOptions.maxRateLimitRetries}. */
  readonly maxRateLimitRetries: number
  /** See {@link OktaRequestExecutorOptions.rateLimitShare}. */
  readonly rateLimitShare: number
  readonly #backoff: Backoff
  readonly #fetch: typeof fetch
  readonly #now: () => number
  readonly #clock: Clock | undefined
  readonly #random: () => number
  readonly #onCall: ((event: OktaCallEvent) => void) | undefined
  /** When each request may go: one pacer for every SDK client of the org. */
  readonly #pacer: RateLimitPacer
  readonly #counters: OktaExecutorCounters = { calls: {}, rateLimited: 0, retries: 0, waits: 0, waitedMs: 0 }

  constructor(options: OktaRequestExecutorOptions = {}) {
    super()
    this.requestTimeoutMs = positive(options.requestTimeoutMs, 15_000, 'requestTimeoutMs')
    this.maxWaitMs = nonNegative(options.maxWaitMs, 30_000, 'maxWaitMs')
    this.maxRetries = nonNegative(options.maxRetries, 3, 'maxRetries')
    this.maxRateLimitRetries = nonNegative(options.maxRateLimitRetries, 3, 'maxRateLimitRetries')
    this.#random = options.random ?? Math.random
    this.#backoff = {
      baseMs: nonNegative(options.retryBaseDelayMs, 200, 'retryBaseDelayMs'),
      maxMs: MAX_BACKOFF_MS,
      jitter: 'equal',
      random: this.#random,
    }
    this.#fetch = options.fetch ?? outboundFetch
    this.#clock = options.clock
    const clock = options.clock
    this.#now = options.now ?? (clock ? () => clock.now().getTime() : Date.now)
    this.#onCall = options.onCall
    const share = options.rateLimitShare ?? 1
    if (!(Number.isFinite(share) && share > 0 && share <= 1)) {
      throw new TypeError('OktaRequestExecutor: rateLimitShare must be in (0, 1]')
    }
    this.rateLimitShare = share
    this.#pacer = new RateLimitPacer({
      now: this.#now,
      random: this.#random,
      maxWaitMs: this.maxWaitMs,
      wait: (ms) => this.#wait(ms),
      budget: options.budget ?? new MemoryOktaBudget(),
      share,
      concurrencyLimit: positive(options.concurrencyLimit, 75, 'concurrencyLimit'),
      // A slot is held from admission to answer: a token request and the call, each bounded by the timeout.
      slotLifetimeMs: Math.max(60_000, 2 * this.requestTimeoutMs + 30_000),
      ...(options.onBudgetWait ? { onAdmitted: options.onBudgetWait } : {}),
    })
  }

  /** Requests of this process waiting for rate-limit budget, per endpoint family (metrics). */
  queueDepths(): Record<string, number> {
    return this.#pacer.queueDepths()
  }

  /** The budget's view of every endpoint family this bridge has called: what its share still allows. */
  budgetSnapshot(): Promise<BudgetFamilyView[]> {
    return this.#pacer.snapshot()
  }

  /** A snapshot of the counters. */
  get counters(): OktaExecutorCounters {
    return { ...this.#counters, calls: { ...this.#counters.calls } }
  }

  /**
   * Sends one SDK request: paced, bounded by the timeout, retried as far as is safe. Answers every HTTP
   * status to the SDK (which turns non-2xx into its `OktaApiError`), including a 429 it would not wait for.
   * @throws {OktaError} `unavailable` (status 0) when no answer came after the allowed attempts;
   *   `rate-limited` when the family's window is used up and resets later than `maxWaitMs` from now.
   */
  override async fetch(request: SdkRequest): Promise<Response> {
    const req = request as unknown as {
      url: string
      method?: string
      headers?: Record<string, unknown>
      body?: unknown
    }
    const method = String(req.method ?? 'GET').toUpperCase()
    const url = String(req.url)
    const family = endpointFamily(method, url)
    const idempotent = IDEMPOTENT.has(method)
    const record = oktaCallContext.getStore()
    const patience = oktaBudgetPatience()
    let failures = 0
    let rateLimitRetries = 0
    // Its own loop rather than `retry()`: a 429 and an ambiguous failure draw on separate budgets, every attempt
    // is paced first, and a 429 it will not wait for is answered to the SDK rather than thrown. The delays are
    // the shared ones (`backoffDelay`, `sleep`).
    for (let attempt = 1; ; attempt++) {
      const slot = await this.#pacer.pace(family, patience)
      const started = this.#now()
      let response: Response
      try {
        if (attempt > 1) await reauthorizers.get(request)?.()
        this.emit('request', request)
        response = await this.#send(url, method, req.headers, req.body)
      } catch (error) {
        await this.#pacer.answered(slot)
        if (!isTimeout(error) && !isNetworkError(error)) throw error
        const timeout = isTimeout(error)
        const outcome = timeout ? 'timeout' : 'network-error'
        this.#count(outcome)
        this.#report({
          method,
          family,
          status: 0,
          attempt,
          durationMs: this.#now() - started,
          requestId: null,
          outcome,
        })
        if (idempotent && failures < this.maxRetries) {
          failures++
          if (record) record.repeatedAfterAmbiguousFailure = true
          await this.#retryDelay(failures)
          continue
        }
        throw new OktaError({
          kind: 'unavailable',
          status: 0,
          message:
            `Okta did not answer ${method} ${new URL(url).pathname}: ${describeNetworkError(error)}` +
            (idempotent
              ? ` (after ${attempt} attempts)`
              : ' (not repeated: the outcome of the write is unknown)'),
        })
      }
      const requestId = response.headers.get('x-okta-request-id')
      if (record) record.requestId = requestId
      await this.#pacer.answered(slot, response)
      this.#count(String(response.status))
      this.#report({
        method,
        family,
        status: response.status,
        attempt,
        durationMs: this.#now() - started,
        requestId,
        outcome: 'answered',
        ...rateLimitRemainingOf(response),
      })
      this.emit('response', response)

      if (response.status === 429) {
        this.#counters.rateLimited++
        const waitMs = this.#waitAfter429(response, rateLimitRetries)
        if (rateLimitRetries >= this.maxRateLimitRetries) return response
        if (waitMs === undefined && patience === 'bounded') return response
        rateLimitRetries++
        this.#counters.retries++
        // Work that may queue goes back to the pacer, which the 429's headers told the window is used up: it
        // waits there for the reset, however far off, with the rest of the queue.
        if (waitMs !== undefined) await this.#wait(waitMs)
        continue
      }
      if (response.status >= 500 && idempotent && failures < this.maxRetries) {
        failures++
        if (record) record.repeatedAfterAmbiguousFailure = true
        await this.#retryDelay(failures)
        continue
      }
      return response
    }
  }

  /** How long to wait before repeating a 429'd request; `undefined` when that would exceed `maxWaitMs`. */
  #waitAfter429(response: Response, retries: number): number | undefined {
    const reset = Number(response.headers.get('x-rate-limit-reset'))
    // Without a usable reset (Okta always sends one; a proxy might not), back off as after a 5xx.
    const waitMs =
      Number.isFinite(reset) && reset > 0
        ? Math.max(0, resetAtLocal(response, reset, this.#now()) - this.#now()) +
          this.#random() * RESET_JITTER_MS
        : backoffDelay(retries + 1, this.#backoff)
    return waitMs > this.maxWaitMs ? undefined : waitMs
  }

  async #send(
    url: string,
    method: string,
    headers: Record<string, unknown> | undefined,
    body: unknown,
  ): Promise<Response> {
    const outgoing = new Headers()
    for (const [name, value] of Object.entries(headers ?? {})) {
      if (value !== undefined && value !== null) outgoing.set(name, String(value))
    }
    if (body !== undefined && body !== null && typeof body !== 'string' && !(body instanceof Uint8Array)) {
      // The bridge only sends JSON; the SDK's multipart uploads (FormData streams) are not supported here.
      throw new TypeError(`OktaRequestExecutor sends string bodies only (${method} ${new URL(url).pathname})`)
    }
    const signal = AbortSignal.timeout(this.requestTimeoutMs)
    const answer = await this.#fetch(url, {
      method,
      headers: outgoing,
      body: method === 'GET' || method === 'HEAD' ? undefined : ((body ?? undefined) as string | undefined),
      signal,
      redirect: 'manual',
    })
    // Read under the same signal: the timeout covers the whole exchange, not just the headers.
    const bytes = await answer.arrayBuffer()
    return sdkResponse(answer, bytes, url)
  }

  async #wait(ms: number): Promise<void> {
    this.#counters.waits++
    this.#counters.waitedMs += Math.round(ms)
    await sleep(ms, { clock: this.#clock })
  }

  /** The wait before repeating a request after its `failures`-th 5xx, timeout or dropped connection. */
  async #retryDelay(failures: number): Promise<void> {
    this.#counters.retries++
    await sleep(backoffDelay(failures, this.#backoff), { clock: this.#clock })
  }

  #count(outcome: string): void {
    this.#counters.calls[outcome] = (this.#counters.calls[outcome] ?? 0) + 1
  }

  #report(event: OktaCallEvent): void {
    try {
      this.#onCall?.(event)
    } catch {
      // Metrics must never change the outcome of a call.
    }
  }
}

/** `X-Rate-Limit-Remaining` of an answer, for {@link OktaCallEvent}; nothing when absent or malformed. */
function rateLimitRemainingOf(response: Response): { rateLimitRemaining?: number } {
  const header = response.headers.get('x-rate-limit-remaining')
  const value = header === null ? Number.NaN : Number(header)
  return Number.isFinite(value) ? { rateLimitRemaining: value } : {}
}

/** The answer as the SDK reads it: a `Response` with its body already buffered, plus `url` and `buffer()`. */
function sdkResponse(answer: Response, bytes: ArrayBuffer, url: string): Response {
  const nullBody = answer.status === 204 || answer.status === 205 || answer.status === 304
  const copy = new Response(nullBody ? null : bytes, {
    status: answer.status,
    statusText: answer.statusText,
    headers: answer.headers,
  })
  Object.defineProperties(copy, {
    url: { value: url },
    buffer: { value: async () => Buffer.from(bytes) },
  })
  return copy
}

/** What `fetch` throws when the connection fails (undici: `TypeError: fetch failed` with the cause). */
function isNetworkError(error: unknown): boolean {
  return error instanceof TypeError && (error.message === 'fetch failed' || 'cause' in error)
}

function isTimeout(error: unknown): boolean {
  return error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')
}

function positive(value: number | undefined, fallback: number, name: string): number {
  const result = value ?? fallback
  if (!Number.isFinite(result) || result <= 0)
    throw new TypeError(`OktaRequestExecutor: ${name} must be positive`)
  return result
}

function nonNegative(value: number | undefined, fallback: number, name: string): number {
  const result = value ?? fallback
  if (!Number.isFinite(result) || result < 0) throw new TypeError(`OktaRequestExecutor: ${name} must be >= 0`)
  return result
}
