/**
 * What reconciliation reports: the kinds of drift, what was (or would be) done about each, the report of a
 * run and what a run is asked to do — plus the report's order and counts, and which flow repairs which kind.
 */
import type { Resource, Ticket } from '../../shared/index.js'
import type { Caller } from '../flows/operation.js'

/** The kinds of drift, in report order. */
export const DRIFT_KINDS = ['present-after-expiry', 'missing-while-active', 'unjustified'] as const

/** A kind of drift. */
export type DriftKind = (typeof DRIFT_KINDS)[number]

/**
 * `dry-run` reports; `repair` also fixes what the policy allows; `baseline` records the `unjustified` access it
 * finds as accepted (the other kinds concern grants and are only reported).
 */
export type ReconcileMode = 'dry-run' | 'repair' | 'baseline'

/** The flows repairs run. */
export type RepairFlow = 'revoke-access' | 'extend-access' | 'mover'

/** Why a drift is reported but not repaired. */
export type SkipReason =
  /** The policy protects the group or app: the bridge never touches it. */
  | 'protected'
  /** The group or app is not among the policy's manageable ones. */
  | 'not-manageable'
  /** The policy protects the user. */
  | 'protected-user'
  /** A permanent grant has no end date to extend to (`extend-access` needs one): grant it again. */
  | 'permanent-grant'
  /** The grant's end date has passed: the expiry scheduler ends it, restoring the access would be wrong. */
  | 'grant-due'
  /** The user is deactivated: flows refuse to change a deactivated user (rehire first). */
  | 'user-deactivated'
  /** The user no longer exists in Okta. */
  | 'user-not-found'

/** What was (or would be) done about one drift. */
export type Repair =
  /** Dry run: what repair mode would run. */
  | { flow: RepairFlow; status: 'planned' }
  /** Repair mode: the execution that ran it (`running`: still going when the run stopped waiting). */
  | {
      flow: RepairFlow
      executionId: string
      status: 'succeeded' | 'failed' | 'running'
      error?: { code: string; detail: string }
    }
  /** Not repaired, and why (in both modes). */
  | { flow: RepairFlow | null; status: 'skipped'; reason: SkipReason; detail: string }
  /** Baseline mode: the access was accepted by the baseline execution (nothing changes in Okta). */
  | { flow: null; status: 'accepted'; executionId: string }

/** One difference between the bridge's records and Okta. */
export interface Drift {
  kind: DriftKind
  userId: string
  /** The user's login, when known (a user deleted from Okta has none). */
  login: string | null
  resource: { type: Resource['type']; id: string; name: string | null }
  /** The grant concerned (not for `unjustified`). */
  grantId?: string
  repair: Repair
}

/** The answer of a reconciliation run. */
export interface DriftReport {
  runId: string
  mode: ReconcileMode
  /** When the run started (the clock's time), ISO-8601. */
  at: string
  /** Baseline mode: the execution that recorded the accepted access, and how many. */
  baseline?: { executionId: string; accepted: number }
  drift: Drift[]
  /** How many drifts of each kind. */
  counts: Record<DriftKind, number>
  checked: {
    /** Grants compared with Okta (active ones and those ended within the lookback). */
    grants: number
    /** Groups and apps whose members were read (every manageable one, protected ones included for grants). */
    resources: number
    /** Resources named by a grant or the policy that Okta no longer has (nothing to compare). */
    missingResources: string[]
  }
}

/** What a run is asked to do. */
export type ReconcileRequest =
  | { mode: 'dry-run' }
  /** A repair or a baseline: the operator's change ticket (the audit entries carry it) and who called. */
  | { mode: 'repair' | 'baseline'; ticket: Ticket; caller: Caller }

/** How many drifts of each kind a report holds (every kind present, zeros included). */
export function countByKind(drift: readonly Drift[]): Record<DriftKind, number> {
  const counts = Object.fromEntries(DRIFT_KINDS.map((kind) => [kind, 0])) as Record<DriftKind, number>
  for (const item of drift) counts[item.kind]++
  return counts
}

/** Report order: by kind, then resource, then user — stable from run to run, so reports can be compared. */
export function reportOrder(a: Drift, b: Drift): number {
  const kind = DRIFT_KINDS.indexOf(a.kind) - DRIFT_KINDS.indexOf(b.kind)
  if (kind !== 0) return kind
  const resource = resourceKey(a.resource).localeCompare(resourceKey(b.resource))
  return resource !== 0 ? resource : a.userId.localeCompare(b.userId)
}

/** The flow that repairs a kind of drift. */
export function repairFlowOf(kind: DriftKind): RepairFlow {
  if (kind === 'present-after-expiry') return 'revoke-access'
  if (kind === 'missing-while-active') return 'extend-access'
  return 'mover'
}

/** A resource's identity as a map key. */
export function resourceKey(resource: { type: string; id: string }): string {
  return `${resource.type}:${resource.id}`
}
