/**
 * The org's Okta rate-limit budget in the bridge's database (migration `0007_okta_budget`), shared by every
 * replica on it. Each decision is one conditional UPDATE of one row — a compare-and-set the database
 * serialises (Postgres re-checks the WHERE on the row it waited for; SQLite has one writer) — so two replicas
 * can never both take the last slot of a window, and a request costs four short statements: the concurrency
 * slot and the window's reservation before it goes, the answer's reconciliation and the slot's release after.
 *
 * The statements are written once for both dialects: numbers that must not be taken for integers are cast
 * (`double precision`, which SQLite reads as REAL), and `bigint` columns are read back through `Number`.
 */
import { type Kysely, sql } from 'kysely'
import {
  allowance,
  type BudgetFamilyView,
  type BudgetReservation,
  type BudgetWindowAnswer,
  budgetView,
  type OktaBudget,
  PROVISIONAL_WINDOW_SECONDS,
} from '../../ports/okta-budget.js'
import type { DatabaseSchema } from './database.js'

/** The one row of `okta_concurrency`. */
const ORG = 'org'
/** How often a reservation is tried while the row read after a refusal says there is room (see `#reserve`). */
const RESERVE_ATTEMPTS = 3

/** {@link OktaBudget} over the `okta_budget` and `okta_concurrency` tables. */
export class SqlOktaBudget implements OktaBudget {
  constructor(private readonly db: Kysely<DatabaseSchema>) {}

  async reserve(family: string, oktaNowMs: number, share: number): Promise<BudgetReservation> {
    const now = Math.floor(oktaNowMs / 1000)
    const reserved = await this.#reserve(family, now, share)
    if (reserved) return reserved
    // No replica has seen the family: one of them (whoever inserts the row) sends the probe.
    const probe = await this.db
      .insertInto('okta_budget')
      .values({
        family,
        limit_value: 1,
        used: 1,
        window_reset: now + PROVISIONAL_WINDOW_SECONDS,
        provisional: 1,
      })
      .onConflict((oc) => oc.column('family').doNothing())
      .returning('family')
      .execute()
    if (probe.length > 0) return { kind: 'granted' }
    return (await this.#reserve(family, now, share)) ?? { kind: 'unknown' }
  }

  /**
   * The reservation proper; `undefined` when the family has no row.
   *
   * A refusal is read back in a second statement, and between the two another request's answer may have freed
   * the family (a probe answered, a window ended): the row then read says there is room. Reporting that row's
   * window as used up would hold the family until its reset, a minute away; so the reservation is tried again
   * while the row read allows it. Past {@link RESERVE_ATTEMPTS} such races the family is reported provisional,
   * which the pacer polls again within a quarter of a second, instead of a window to wait out.
   */
  async #reserve(family: string, now: number, share: number): Promise<BudgetReservation | undefined> {
    // The allowance of `allowance()` in ports/okta-budget.ts: share × limit, but at least one when Okta allows any.
    const s = sql`cast(${share} as double precision)`
    for (let attempt = 1; ; attempt++) {
      const granted = await sql<{ used: number }>`
        update okta_budget set
          used = case when window_reset <= ${now} then 1 else used + 1 end,
          provisional = case when window_reset <= ${now} then 1 else provisional end,
          window_reset = case when window_reset <= ${now} then ${now + PROVISIONAL_WINDOW_SECONDS} else window_reset end
        where family = ${family} and (
          window_reset <= ${now} or
          used + 1 <= case when limit_value * ${s} < 1
            then (case when limit_value < 1 then limit_value else 1 end)
            else limit_value * ${s} end
        )
        returning used`.execute(this.db)
      if (granted.rows.length > 0) return { kind: 'granted' }
      const row = await this.db
        .selectFrom('okta_budget')
        .select(['limit_value', 'used', 'window_reset', 'provisional'])
        .where('family', '=', family)
        .executeTakeFirst()
      if (!row) return undefined
      const resetEpochSeconds = Number(row.window_reset)
      const full = resetEpochSeconds > now && row.used + 1 > allowance(row.limit_value, share)
      if (full || attempt >= RESERVE_ATTEMPTS) {
        return {
          kind: 'exhausted',
          resetEpochSeconds,
          limit: row.limit_value,
          provisional: row.provisional === 1 || !full,
        }
      }
    }
  }

  async observe(family: string, answer: BudgetWindowAnswer, oktaNowMs: number): Promise<void> {
    const reset = answer.resetEpochSeconds
    // An answer from a window that has ended says nothing about the current one — but its limit is the
    // family's: a probe's answer must free the family even when it comes late.
    if (reset * 1000 <= oktaNowMs) {
      await this.db
        .updateTable('okta_budget')
        .set({ limit_value: answer.limit })
        .where('family', '=', family)
        .where('provisional', '=', 1)
        .where('limit_value', '<=', 1)
        .execute()
      return
    }
    const used = Math.max(0, answer.limit - answer.remaining)
    const update = () =>
      // Same window, or the first answer in a provisional one: requests still under way hold reservations the
      // answer does not know of yet, so the higher count wins. A newer window than the row's starts from Okta's.
      sql<{ family: string }>`
        update okta_budget set
          used = case when provisional = 1 or window_reset = ${reset}
            then (case when used > ${used} then used else ${used} end)
            else ${used} end,
          limit_value = ${answer.limit},
          window_reset = ${reset},
          provisional = 0
        where family = ${family} and (provisional = 1 or window_reset <= ${reset})
        returning family`.execute(this.db)
    if ((await update()).rows.length > 0) return
    const inserted = await this.db
      .insertInto('okta_budget')
      .values({ family, limit_value: answer.limit, used, window_reset: reset, provisional: 0 })
      .onConflict((oc) => oc.column('family').doNothing())
      .returning('family')
      .execute()
    // Another replica inserted the family a moment ago: reconcile with its row.
    if (inserted.length === 0) await update()
  }

  async unanswered(family: string): Promise<void> {
    await this.db
      .updateTable('okta_budget')
      .set((eb) => ({ used: eb('used', '-', 1) }))
      .where('family', '=', family)
      .where('provisional', '=', 1)
      .where('used', '>', 0)
      .execute()
  }

  async acquireConcurrency(
    limit: number,
    nowMs: number,
    slotLifetimeMs: number,
  ): Promise<number | undefined> {
    const bucket = Math.floor(nowMs / slotLifetimeMs)
    // How far this request's bucket is ahead of the row's: 0 (same, or a replica whose clock is behind),
    // 1 (the current bucket becomes the previous one), 2 or more (both are forgotten).
    const advance = sql`case when ${bucket} <= bucket then 0 when ${bucket} = bucket + 1 then 1 else 2 end`
    const taken = await sql<{ bucket: number | string }>`
      update okta_concurrency set
        previous_count = case ${advance} when 0 then previous_count when 1 then current_count else 0 end,
        current_count = case ${advance} when 0 then current_count else 0 end + 1,
        bucket = case ${advance} when 0 then bucket else ${bucket} end
      where id = ${ORG} and
        case ${advance} when 0 then current_count + previous_count when 1 then current_count else 0 end + 1 <= ${limit}
      returning bucket`.execute(this.db)
    const row = taken.rows[0]
    return row === undefined ? undefined : Number(row.bucket)
  }

  async releaseConcurrency(ticket: number): Promise<void> {
    // A ticket two buckets behind was already forgotten with its bucket.
    await sql`
      update okta_concurrency set
        current_count = case when bucket = ${ticket} and current_count > 0 then current_count - 1 else current_count end,
        previous_count = case when bucket = ${ticket + 1} and previous_count > 0 then previous_count - 1 else previous_count end
      where id = ${ORG}`.execute(this.db)
  }

  async snapshot(oktaNowMs: number, share: number): Promise<BudgetFamilyView[]> {
    const rows = await this.db
      .selectFrom('okta_budget')
      .select(['family', 'limit_value', 'used', 'window_reset'])
      .orderBy('family')
      .execute()
    return rows.map((row) =>
      budgetView(
        row.family,
        { limit: row.limit_value, used: row.used, resetEpochSeconds: Number(row.window_reset) },
        oktaNowMs,
        share,
      ),
    )
  }
}
