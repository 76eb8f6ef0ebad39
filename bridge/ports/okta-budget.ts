/**
 * The org's Okta rate-limit budget, shared by every replica of the bridge: per endpoint family the latest
 * window Okta announced (`X-Rate-Limit-Limit/Remaining/Reset`) and the requests reserved in it, plus the org's
 * concurrent requests in flight. Okta's limits are per org, not per process: replicas that each paced
 * themselves against the whole limit would together exceed it and starve the org's other integrations.
 *
 * The pacer in the Okta adapter (`adapters/okta/rate-limit-pacer.ts`) stays the one place that decides *when* a
 * request goes; this port is the state it consults. The store adapter keeps it in the bridge's database
 * (`adapters/store/okta-budget-store.ts`, SQLite or Postgres); an executor made without one keeps it in memory.
 *
 * Also here: how a caller says "I can wait" ({@link waitingForOktaBudget}). Asynchronous work (durable
 * executions, event processing, batch items) queues on the budget for as long as it takes; a caller holding
 * an HTTP request open (a dry run, a catalog read) keeps the bounded wait and fails as `rate-limited` instead.
 */
import { AsyncLocalStorage } from 'node:async_hooks'

/** What an answer of Okta said about its family's window. */
export interface BudgetWindowAnswer {
  /** `X-Rate-Limit-Limit`. */
  limit: number
  /** `X-Rate-Limit-Remaining`. */
  remaining: number
  /** `X-Rate-Limit-Reset`: when the window ends, epoch seconds by Okta's clock. */
  resetEpochSeconds: number
}

/** The outcome of {@link OktaBudget.reserve}. */
export type BudgetReservation =
  /** One request of the family may go now; it counts against the window. */
  | { kind: 'granted' }
  /**
   * The bridge's share of the window is used up until `resetEpochSeconds` (Okta's clock). `provisional`: the
   * window began after the last answer, so its reset is a guess that the next answer will correct — wait for
   * that answer (or poll) rather than for the guess.
   */
  | { kind: 'exhausted'; resetEpochSeconds: number; limit: number; provisional: boolean }
  /**
   * The budget cannot tell (an implementation without the family's row that does not count probes); the
   * pacer then sends one request of its own first and lets the answer tell the limit.
   */
  | { kind: 'unknown' }

/** One family as the budget holds it, for metrics. */
export interface BudgetFamilyView {
  family: string
  /** Okta's limit per window. */
  limit: number
  /** What the bridge may still send in the current window: its share of the limit minus what is reserved. */
  remaining: number
  /** When the current window ends, epoch seconds by Okta's clock (a guess while provisional). */
  resetEpochSeconds: number
}

/**
 * The shared budget. Every method is one atomic step of the store (one statement on a database), so replicas
 * deciding at the same moment cannot both take the last slot. Times are Okta's clock (the caller corrects for
 * skew from the answers' `Date`); `share` is the fraction of each limit the bridge may use
 * (`OKTA_RATE_LIMIT_SHARE`).
 */
export interface OktaBudget {
  /**
   * Reserves one request of `family` in the window current at `oktaNowMs`, if fewer than `share` × its limit
   * are reserved. A window whose reset has passed starts afresh (provisionally: Okta's next answer says when
   * it ends). A family no replica has seen yet gets a provisional window with a limit of one: exactly one
   * request in the org goes first, as a probe, and its answer tells every replica the real limit.
   */
  reserve(family: string, oktaNowMs: number, share: number): Promise<BudgetReservation>
  /**
   * Reconciles the family's window with an answer: the reserved count becomes at least what Okta says is used
   * (`limit - remaining`), so other integrations' traffic and a replica's lost answers are counted too. An
   * answer from a window that has already ended (reset at or before `oktaNowMs`) says nothing of the current
   * window, except the family's limit while only a probe's is known (so a late answer still frees the family).
   */
  observe(family: string, answer: BudgetWindowAnswer, oktaNowMs: number): Promise<void>
  /**
   * A request admitted in a provisional window got no answer (a dropped connection, a timeout): its
   * reservation is given back, so a failed probe does not hold a family no replica knows yet until the guessed
   * reset. In a window an answer has described, the reservation stays counted (the request may have reached
   * Okta).
   */
  unanswered(family: string): Promise<void>
  /**
   * Takes one of the org's concurrent-request slots if fewer than `limit` are taken; answers the ticket to
   * release it with, or `undefined` when all are taken. Slots are counted in time buckets of `slotLifetimeMs`
   * (longer than any request may take), so a slot a dead replica never released expires with its bucket.
   */
  acquireConcurrency(limit: number, nowMs: number, slotLifetimeMs: number): Promise<number | undefined>
  /** Gives back the slot of {@link OktaBudget.acquireConcurrency}'s ticket. */
  releaseConcurrency(ticket: number): Promise<void>
  /** Every family's current standing, for `/metrics`. */
  snapshot(oktaNowMs: number, share: number): Promise<BudgetFamilyView[]>
}

/** How long a request may wait for the budget: bounded (the caller waits on it), or as long as it takes. */
export type BudgetPatience = 'bounded' | 'queue'

const patience = new AsyncLocalStorage<BudgetPatience>()

/**
 * Runs `work` with every Okta request it makes allowed to queue on the budget without the executor's bounded
 * wait: for work nobody holds a connection open for (durable executions, event processing, batch items). The
 * SDK gives the executor no per-request options, so the choice travels with the asynchronous context.
 */
export function waitingForOktaBudget<T>(work: () => T): T {
  return patience.run('queue', work)
}

/** The patience of the Okta requests made in the current context: `bounded` unless declared otherwise. */
export function oktaBudgetPatience(): BudgetPatience {
  return patience.getStore() ?? 'bounded'
}

/**
 * The reservation rule both implementations share: the bridge's allowance in a window of `limit` is
 * `share × limit`, but at least one request when Okta allows any (a limit of 1 with a share of 0.8 must not
 * block the family for ever).
 */
export function allowance(limit: number, share: number): number {
  const allowed = limit * share
  return allowed < 1 ? Math.min(limit, 1) : allowed
}

/** The guess of a provisional window's length: Okta's windows are per minute. */
export const PROVISIONAL_WINDOW_SECONDS = 60

/** A family's standing from what the budget holds: a window that has ended has its whole allowance again. */
export function budgetView(
  family: string,
  row: { limit: number; used: number; resetEpochSeconds: number },
  oktaNowMs: number,
  share: number,
): BudgetFamilyView {
  const allowed = Math.floor(allowance(row.limit, share))
  const ended = row.resetEpochSeconds * 1000 <= oktaNowMs
  return {
    family,
    limit: row.limit,
    remaining: ended ? allowed : Math.max(0, allowed - row.used),
    resetEpochSeconds: row.resetEpochSeconds,
  }
}
