/**
 * The stored chain's walk, shared by the execution store's `verifyAudit` and the audit trail's anchored
 * `verify`: both read `audit_entries` page by page in seq order and hand each row to a {@link ChainWalker};
 * the anchored check adds its own test of each row on top.
 */
import type { Kysely, Selectable } from 'kysely'
import type { AuditEntry, AuditVerification } from '../../ports/store.js'
import { ChainWalker } from './audit-chain.js'
import type { AuditEntriesTable, DatabaseSchema } from './database.js'

/** How many entries a walk reads at once: the chain can outgrow memory. */
const WALK_PAGE = 500

/** Where and why the chain breaks. */
export interface ChainBreak {
  brokenAt: number
  reason: string
}

/**
 * An extra test of a row the chain itself accepts (e.g. that it still matches its anchor); `undefined`
 * when it passes.
 */
export type RowCheck = (row: Selectable<AuditEntriesTable>) => ChainBreak | undefined

/** Reads a stored row as the port's entry: `sql-store.ts`'s `toAuditEntry`, passed in because that module calls this one. */
export type ToAuditEntry = (row: Selectable<AuditEntriesTable>) => AuditEntry

/**
 * Walks the whole stored chain and reports the first broken entry, with the number of entries stored, or
 * `ok` with the number checked. Because the walker refuses gaps, an `ok` walk's `entries` is also the seq
 * of the last entry.
 */
export async function walkAuditChain(
  db: Kysely<DatabaseSchema>,
  toAuditEntry: ToAuditEntry,
  check?: RowCheck,
): Promise<AuditVerification> {
  const walker = new ChainWalker()
  let checked = 0
  let after = 0
  for (;;) {
    // Paged by seq: the chain is append-only, so pages stay consistent while the bridge appends.
    const page = await db
      .selectFrom('audit_entries')
      .selectAll()
      .where('seq', '>', after)
      .orderBy('seq')
      .limit(WALK_PAGE)
      .execute()
    for (const row of page) {
      let broken: ChainBreak | undefined
      try {
        broken = walker.next(toAuditEntry(row))
      } catch (error) {
        // A row no longer readable (e.g. its target is not JSON) was tampered with just the same.
        broken = { brokenAt: row.seq, reason: `unreadable entry: ${(error as Error).message}` }
      }
      if (broken === undefined && check !== undefined) broken = check(row)
      if (broken !== undefined) return { ok: false, entries: await countEntries(db), ...broken }
      checked += 1
      after = row.seq
    }
    if (page.length < WALK_PAGE) return { ok: true, entries: checked }
  }
}

async function countEntries(db: Kysely<DatabaseSchema>): Promise<number> {
  const row = await db
    .selectFrom('audit_entries')
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow()
  return Number(row.n)
}
