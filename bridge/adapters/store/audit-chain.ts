/**
 * The audit trail's hash chain. Each entry's hash covers its own fields and the previous entry's hash, so
 * editing, deleting or reordering a stored entry breaks the chain at that entry and `verifyAudit` names it.
 *
 * What it cannot show on its own: entries removed from the end, or a chain rewritten wholesale by someone
 * who recomputes every hash. Anchoring the head hash elsewhere (a log line, the SIEM) closes that gap.
 *
 * The hash format is a stored contract — changing anything here invalidates every existing chain — which
 * is why the canonical JSON is a frozen copy here rather than shared with the plan hash.
 */
import { createHash } from 'node:crypto'
import type { AuditEntry } from '../../ports/store.js'

/** The `prevHash` of the first entry. */
export const GENESIS_HASH = '0'.repeat(64)

/** What an entry's hash covers besides the previous hash: every field but the two hashes. */
export type AuditHashFields = Omit<AuditEntry, 'hash' | 'prevHash'>

/**
 * An entry's hash: SHA-256 (hex) of `prevHash + '\n' + canonicalJson(fields)`. Absent optional values
 * must be `null` (as stored), not `undefined`, for the hash to be recomputed identically from the row.
 */
export function auditHash(prevHash: string, fields: AuditHashFields): string {
  const { seq, executionId, flow, ticketNumber, ticketSysId, requestedBy, approvedBy, caller } = fields
  const { operation, target, oktaUserId, oktaRequestId, outcome, at } = fields
  // Listed field by field so an entry object carrying extra properties (its own hash) hashes the same.
  const covered = {
    seq,
    executionId,
    flow,
    ticketNumber,
    ticketSysId,
    requestedBy,
    approvedBy,
    caller,
    operation,
    target,
    oktaUserId,
    oktaRequestId,
    outcome,
    at,
  }
  return createHash('sha256')
    .update(prevHash + '\n' + canonicalJson(covered))
    .digest('hex')
}

/**
 * Walks a chain entry by entry, in seq order, and answers why the first broken entry is broken: a gap in
 * the numbering (an entry deleted), a `prevHash` that is not the previous entry's hash (entries deleted
 * and renumbered, or reordered), or a hash that does not match the entry's contents (an entry edited).
 */
export class ChainWalker {
  private expectedSeq = 1
  private prevHash = GENESIS_HASH

  /** Checks the next entry; `undefined` when it links correctly, else where and why the chain breaks. */
  next(entry: AuditEntry): { brokenAt: number; reason: string } | undefined {
    if (entry.seq !== this.expectedSeq) {
      const missing =
        entry.seq - this.expectedSeq === 1
          ? `entry ${this.expectedSeq} is missing`
          : `entries ${this.expectedSeq}–${entry.seq - 1} are missing`
      const before = this.expectedSeq === 1 ? 'the start of the chain' : `entry ${this.expectedSeq - 1}`
      return { brokenAt: this.expectedSeq, reason: `gap: ${missing} (entry ${entry.seq} follows ${before})` }
    }
    if (entry.prevHash !== this.prevHash) {
      const previous = entry.seq === 1 ? 'the genesis hash' : `entry ${entry.seq - 1}'s hash`
      return {
        brokenAt: entry.seq,
        reason: `prev link mismatch: prev_hash ${short(entry.prevHash)} is not ${previous} ${short(this.prevHash)}`,
      }
    }
    const recomputed = auditHash(entry.prevHash, entry)
    if (recomputed !== entry.hash) {
      return {
        brokenAt: entry.seq,
        reason: `hash mismatch: the entry was changed after it was written (stored ${short(entry.hash)}, recomputed ${short(recomputed)})`,
      }
    }
    this.expectedSeq = entry.seq + 1
    this.prevHash = entry.hash
    return undefined
  }
}

function short(hash: string): string {
  return hash.length > 12 ? `${hash.slice(0, 12)}…` : hash
}

/** JSON with object keys sorted and `undefined` members dropped (frozen: see the module comment). */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`
  }
  return JSON.stringify(value)
}
