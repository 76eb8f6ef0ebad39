/**
 * Time-bound access: each `grant-access` execution records a grant, which the expiry scheduler ends at its
 * `expiresAt` and reconciliation compares with Okta. The flows, the scheduler and reconciliation depend on
 * this port; `adapters/store` implements it on the bridge's database.
 *
 * Invariants implementations keep:
 * - a grant is recorded once per granting execution (`grantedBy` is unique), so a resumed execution that
 *   records it again finds the first record;
 * - a grant ends once: `end` only moves an `active` grant, and a second `end` by the same execution answers
 *   the ended grant unchanged (a resumed revocation), by another execution throws {@link GrantStateError};
 * - `claimExpiry` is a compare-and-set with a lease, so of several schedulers (replicas) racing for a due
 *   grant exactly one revokes it, and a claimer that died is replaced once its lease runs out.
 */
import type { Resource, Ticket } from '../../shared/index.js'
import { BridgeError } from '../errors.js'

/** Where a grant is. `expired`: ended by the scheduler at its end date; `revoked`: ended early on request. */
export type GrantStatus = 'active' | 'revoked' | 'expired'

/** What is known when a grant is recorded (after its access is in place in Okta). */
export interface NewGrant {
  /** `grt_` and 32 hex digits. */
  id: string
  userId: string
  login: string
  /** The resource, with its name or label when known (for work notes and people). */
  resource: Resource & { name?: string }
  /** The user already held the access when the grant was made: ending the grant never removes it. */
  preexisting: boolean
  /** ISO-8601 UTC; null for permanent access. */
  expiresAt: string | null
  justification: string
  /** The ServiceNow ticket (requested item) that asked for the access: reports of its end go there. */
  ticket: Ticket
  /** The `grant-access` execution that made it. */
  grantedBy: string
}

/** A stored grant. */
export interface GrantRecord extends NewGrant {
  status: GrantStatus
  /** The execution that ended it (`revoke-access`, or the scheduler's expiry execution). */
  endedBy: string | null
  endedAt: string | null
  endReason: string | null
  /** The executions that moved its end date, oldest first. */
  extendedBy: string[]
  createdAt: string
  updatedAt: string
}

/**
 * The grant is not in the state the change requires (ending an ended grant, extending an expired one): code
 * `store-grant-state`. `revoke-access` turns the lost race it shows into its own answer.
 */
export class GrantStateError extends BridgeError<'store-grant-state'> {
  constructor(
    readonly grantId: string,
    readonly status: GrantStatus | 'missing',
    action: string,
  ) {
    super('store-grant-state', `cannot ${action} grant ${grantId}: it is ${status}`)
  }
}

/** The grant store. */
export interface GrantStore {
  /** Records a grant; when `grantedBy` already recorded one, answers that one unchanged. */
  create(grant: NewGrant): Promise<GrantRecord>
  /** A grant by id. */
  get(id: string): Promise<GrantRecord | undefined>
  /** The grant an execution made, if any. */
  byExecution(executionId: string): Promise<GrantRecord | undefined>
  /** Active grants, optionally of one user and/or to one resource, oldest first. */
  active(query?: { userId?: string; resource?: Resource }): Promise<GrantRecord[]>
  /** Active grants whose `expiresAt` is at or before `at`, soonest first. */
  due(at: string, limit: number): Promise<GrantRecord[]>
  /** The soonest `expiresAt` among active grants, or null (the scheduler sleeps until then). */
  nextExpiry(): Promise<string | null>
  /**
   * Claims a due grant's expiry for `claimant` until `leaseUntil`. True when this claimant now holds it (or
   * held it already); false when the grant is no longer active or another claimant's lease is still live.
   */
  claimExpiry(id: string, claimant: string, now: string, leaseUntil: string): Promise<boolean>
  /** Ends an active grant. Idempotent for the same `executionId`; throws {@link GrantStateError} otherwise. */
  end(
    id: string,
    ending: { status: 'revoked' | 'expired'; executionId: string; at: string; reason: string | null },
  ): Promise<GrantRecord>
  /** Moves an active grant's end date. Idempotent for the same `executionId`. */
  extend(id: string, expiresAt: string, executionId: string): Promise<GrantRecord>
}
