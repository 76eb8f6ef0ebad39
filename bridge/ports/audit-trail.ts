/**
 * What the audit needs beyond recording changes: anchoring the hash chain outside the bridge's database,
 * joining changes to Okta's System Log after the fact, and recording a reconciliation baseline — all on the
 * same chain the execution store appends to (`ports/store.ts`).
 *
 * - Anchors: the chain head (seq + hash), with the short hash of every entry since the previous anchor, is sent
 *   to ServiceNow; verification reads the anchors back and names the first entry the local chain no longer
 *   holds as anchored — so entries cut from the end, and a chain rewritten with every hash recomputed, show.
 * - Joins: a change whose `X-Okta-Request-Id` is unknown (the answer was lost and Okta's log lagged) stays in
 *   the chain as written — its hash covers the null — and is `unjoined` until a background lookup finds its
 *   System Log event; the join is stored beside the chain, never in it.
 */
import type { Resource, Ticket } from '../../shared/index.js'
import type { AuditEntry, AuditVerification, CallerRecord } from './store.js'

/** How many entries one anchor covers at most (its entry hashes fit a 4 000-character ServiceNow field). */
export const MAX_ENTRIES_PER_ANCHOR = 200

/** How many hex digits of each entry's hash an anchor keeps (64 bits: a forgery would need a second preimage). */
export const SHORT_HASH_LENGTH = 16

/** One anchor: the chain head at `seq`, and the short hashes of entries `firstSeq`…`seq`. */
export interface AuditAnchor {
  seq: number
  hash: string
  firstSeq: number
  /** `entryHashes[i]` is the first {@link SHORT_HASH_LENGTH} hex digits of entry `firstSeq + i`'s hash. */
  entryHashes: string[]
  /** ISO-8601 UTC. */
  anchoredAt: string
}

/** A change waiting for its System Log event. */
export interface UnjoinedChange {
  entry: AuditEntry
  /** When its execution began: Okta's event is no older (give or take the clocks). */
  executionCreatedAt: string
  /** Lookups already tried. */
  attempts: number
}

/** A change joined to its System Log event after it was recorded. */
export interface LateJoin {
  oktaRequestId: string
  joinedAt: string
}

/** Access accepted by a reconciliation baseline: a user holding a group or app nothing else explains. */
export interface BaselineAccess {
  userId: string
  resource: Resource
}

/** The audit trail's own operations (SQL in `adapters/store/audit-trail-store.ts`). */
export interface AuditTrail {
  /**
   * The anchors for every entry not yet anchored, in chunks of at most {@link MAX_ENTRIES_PER_ANCHOR}
   * entries, dated `at`; none when the chain has not grown since the last anchor.
   */
  pendingAnchors(at: string): Promise<AuditAnchor[]>
  /** Records that these anchors were handed to the outbox (the next `pendingAnchors` starts after them). */
  recordAnchors(anchors: readonly AuditAnchor[]): Promise<void>
  /** How many entries are not yet anchored. */
  unanchoredCount(): Promise<number>
  /**
   * Recomputes the chain and, given the anchors read back from outside, checks that the chain still holds
   * every anchored entry with its anchored hash: the first entry missing or different is named.
   */
  verify(anchors: readonly AuditAnchor[] | undefined): Promise<AuditVerification>

  /** Changes without a request id whose next lookup is due at `now`, oldest first. */
  unjoinedDue(now: string, limit: number): Promise<UnjoinedChange[]>
  /** Records the request id found for the change at `seq`. */
  recordJoin(seq: number, oktaRequestId: string, at: string): Promise<void>
  /** Records a lookup that found nothing: try again at `nextAttemptAt`, or stop trying (`abandon`). */
  joinNotFound(seq: number, next: { nextAttemptAt: string } | { abandon: true }): Promise<void>
  /** How many changes have no request id, recorded or joined later (the `/metrics` gauge). */
  unjoinedCount(): Promise<number>
  /** Every request id the audit holds for changes at or after `since`: recorded with them or joined later. */
  knownRequestIds(since: string): Promise<Set<string>>
  /** The late joins of these entries, by seq. */
  lateJoins(seqs: readonly number[]): Promise<Map<number, LateJoin>>

  /**
   * Records a reconciliation baseline as an execution of its own (`reconcile-baseline`) under the operator's
   * ticket, with one audit entry (`acceptAccess`) per access accepted, appended to the chain like any change.
   */
  recordBaseline(baseline: {
    executionId: string
    runId: string
    ticket: Ticket
    caller: CallerRecord
    accepted: readonly BaselineAccess[]
  }): Promise<void>
}
