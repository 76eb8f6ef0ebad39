/**
 * Singleton duties across replicas. Some periodic work should run once per period cluster-wide, not once per
 * replica: the scheduled reconciliation (a dry run reads every grant's access in Okta, N replicas would spend N
 * times the org's rate limit on it), audit anchoring (two replicas anchoring the same entries at once send
 * overlapping anchors) and the System Log request id joiner (two replicas would look the same change up twice).
 * Each such duty is a named lease in the database: the replica holding it does the work; the others skip; a
 * dead holder's lease runs out and the next replica to try takes the duty over. Per-item queues (the outbox,
 * the event inbox, grant expiry) do not need this: they lease each row.
 */

/** The duty leases' store (`adapters/store/duty-lease-store.ts`). */
export interface DutyLeases {
  /**
   * Claims duty `name` for `holder` until `until` (ISO-8601 UTC) when it is free at `now` — never held, or its
   * lease ended — or already `holder`'s (then it is renewed). One compare-and-set: of two replicas claiming at
   * once, one gets it. Answers whether `holder` holds it now.
   */
  claim(name: string, holder: string, now: string, until: string): Promise<boolean>
  /** Ends `holder`'s lease on `name` at `now`, so another replica may take the duty at once; a no-op otherwise. */
  release(name: string, holder: string, now: string): Promise<void>
}
