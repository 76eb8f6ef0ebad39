/**
 * The {@link OktaBudget} of one process, in memory: what an executor uses when it is given no shared one (the
 * CLIs, adapter tests). The bridge itself always shares its budget through its database
 * (`adapters/store/okta-budget-store.ts`): SQLite is the embedded default, so one replica and many take the
 * same code path, and this class is only the same rules without a database — kept identical to the SQL
 * statements so that a test of either describes both.
 */
import {
  allowance,
  type BudgetFamilyView,
  type BudgetReservation,
  type BudgetWindowAnswer,
  budgetView,
  type OktaBudget,
  PROVISIONAL_WINDOW_SECONDS,
} from '../../ports/okta-budget.js'

interface FamilyRow {
  limit: number
  used: number
  resetEpochSeconds: number
  provisional: boolean
}

/** A process's own budget: the same rules as the shared one, nothing persisted. */
export class MemoryOktaBudget implements OktaBudget {
  readonly #families = new Map<string, FamilyRow>()
  #bucket = 0
  #current = 0
  #previous = 0

  /** See {@link OktaBudget.reserve}. */
  async reserve(family: string, oktaNowMs: number, share: number): Promise<BudgetReservation> {
    const row = this.#families.get(family)
    const nowSeconds = Math.floor(oktaNowMs / 1000)
    if (!row) {
      this.#families.set(family, {
        limit: 1,
        used: 1,
        resetEpochSeconds: nowSeconds + PROVISIONAL_WINDOW_SECONDS,
        provisional: true,
      })
      return { kind: 'granted' }
    }
    if (row.resetEpochSeconds <= nowSeconds) {
      row.used = 1
      row.provisional = true
      row.resetEpochSeconds = nowSeconds + PROVISIONAL_WINDOW_SECONDS
      return { kind: 'granted' }
    }
    if (row.used + 1 <= allowance(row.limit, share)) {
      row.used++
      return { kind: 'granted' }
    }
    return {
      kind: 'exhausted',
      resetEpochSeconds: row.resetEpochSeconds,
      limit: row.limit,
      provisional: row.provisional,
    }
  }

  /** See {@link OktaBudget.observe}. */
  async observe(family: string, answer: BudgetWindowAnswer, oktaNowMs: number): Promise<void> {
    if (answer.resetEpochSeconds * 1000 <= oktaNowMs) {
      // A window that has ended says nothing of the current one — but its limit is the family's: a probe's
      // answer must free the family even when it comes late.
      const row = this.#families.get(family)
      if (row?.provisional && row.limit <= 1) row.limit = answer.limit
      return
    }
    const used = Math.max(0, answer.limit - answer.remaining)
    const row = this.#families.get(family)
    if (!row) {
      this.#families.set(family, {
        limit: answer.limit,
        used,
        resetEpochSeconds: answer.resetEpochSeconds,
        provisional: false,
      })
      return
    }
    if (!row.provisional && row.resetEpochSeconds > answer.resetEpochSeconds) return
    const sameWindow = row.provisional || row.resetEpochSeconds === answer.resetEpochSeconds
    row.used = sameWindow ? Math.max(row.used, used) : used
    row.limit = answer.limit
    row.resetEpochSeconds = answer.resetEpochSeconds
    row.provisional = false
  }

  /** See {@link OktaBudget.unanswered}. */
  async unanswered(family: string): Promise<void> {
    const row = this.#families.get(family)
    if (row?.provisional && row.used > 0) row.used--
  }

  /** See {@link OktaBudget.acquireConcurrency}. */
  async acquireConcurrency(
    limit: number,
    nowMs: number,
    slotLifetimeMs: number,
  ): Promise<number | undefined> {
    const bucket = Math.max(this.#bucket, Math.floor(nowMs / slotLifetimeMs))
    const advance = bucket - this.#bucket
    const previous = advance === 0 ? this.#previous : advance === 1 ? this.#current : 0
    const current = advance === 0 ? this.#current : 0
    if (current + previous + 1 > limit) return undefined
    this.#bucket = bucket
    this.#previous = previous
    this.#current = current + 1
    return bucket
  }

  /** See {@link OktaBudget.releaseConcurrency}. */
  async releaseConcurrency(ticket: number): Promise<void> {
    if (ticket === this.#bucket && this.#current > 0) this.#current--
    else if (ticket === this.#bucket - 1 && this.#previous > 0) this.#previous--
  }

  /** See {@link OktaBudget.snapshot}. */
  async snapshot(oktaNowMs: number, share: number): Promise<BudgetFamilyView[]> {
    return [...this.#families].map(([family, row]) => budgetView(family, row, oktaNowMs, share))
  }
}
