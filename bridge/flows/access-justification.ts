/**
 * Whether something other than a given grant still justifies a user's access to a group or app — the rule
 * that keeps a grant's end from taking away access the user should keep. `revoke-access` asks it before
 * removing access; reconciliation asks it about access it finds in Okta.
 */
import type { Resource } from '../../shared/index.js'
import type { GrantStore } from '../ports/grants.js'
import { ACCEPT_OPERATION, type AuditEntry, BASELINE_FLOW, type ExecutionStore } from '../ports/store.js'

/**
 * The flows whose changes are birthrights: access given or taken by joiner/mover/leaver-style decisions
 * rather than by a time-bound request.
 */
export const BIRTHRIGHT_FLOWS: ReadonlySet<string> = new Set([
  'joiner',
  'mover',
  'rehire',
  'onboarding-decision',
])

/** What justifies the access, or that nothing does. */
export type Justification =
  /** The user held it before the grant was made (the grant never gave it). */
  | { justified: true; by: 'preexisting' }
  /** Another active grant of the same user and resource. */
  | { justified: true; by: 'grant'; grantId: string }
  /** A JML flow gave it and no JML flow took it away since: the audit entry that gave it. */
  | { justified: true; by: 'birthright'; executionId: string; flow: string }
  /** A reconciliation baseline accepted it and no JML flow took it away since. */
  | { justified: true; by: 'baseline'; executionId: string }
  | { justified: false }

/** What the rule consults. */
export interface JustificationSources {
  grants: GrantStore
  store: ExecutionStore
}

/**
 * Whether the access of `userId` to `resource` is justified by anything but the grant `exceptGrantId`
 * (pass `undefined` to count every active grant): the grant being ended was preexisting, another active
 * grant covers it, or the latest succeeded JML change of it in the audit is an add — or a reconciliation
 * baseline's acceptance of it.
 */
export async function justifyAccess(
  sources: JustificationSources,
  access: { userId: string; resource: Resource; exceptGrantId?: string; preexisting?: boolean },
): Promise<Justification> {
  if (access.preexisting === true) return { justified: true, by: 'preexisting' }
  const others = (await sources.grants.active({ userId: access.userId, resource: access.resource })).filter(
    (grant) => grant.id !== access.exceptGrantId,
  )
  if (others.length > 0) return { justified: true, by: 'grant', grantId: others[0]!.id }
  const latest = latestBirthrightChange(
    await sources.store.audit({ oktaUserId: access.userId }),
    access.resource,
  )
  if (latest?.operation === ACCEPT_OPERATION) {
    return { justified: true, by: 'baseline', executionId: latest.executionId }
  }
  if (latest !== undefined && isAdd(latest.operation)) {
    return { justified: true, by: 'birthright', executionId: latest.executionId, flow: latest.flow }
  }
  return { justified: false }
}

/** In words, for work notes and logs. */
export function describeJustification(justification: Justification): string {
  if (!justification.justified) return 'nothing else justifies it'
  switch (justification.by) {
    case 'preexisting':
      return 'the user held it before the grant'
    case 'grant':
      return `grant ${justification.grantId} still covers it`
    case 'birthright':
      return `it is a birthright (${justification.flow} execution ${justification.executionId})`
    case 'baseline':
      return `a reconciliation baseline accepted it (execution ${justification.executionId})`
  }
}

/**
 * The last succeeded audit entry of a JML flow adding or removing this resource, or of a baseline accepting it
 * (entries come oldest first).
 */
function latestBirthrightChange(entries: readonly AuditEntry[], resource: Resource): AuditEntry | undefined {
  const key = resource.type === 'group' ? 'groupId' : 'appId'
  const operations =
    resource.type === 'group' ? ['addGroupMember', 'removeGroupMember'] : ['assignApp', 'unassignApp']
  return entries.findLast(
    (entry) =>
      entry.outcome === 'succeeded' &&
      entry.target[key] === resource.id &&
      ((BIRTHRIGHT_FLOWS.has(entry.flow) && operations.includes(entry.operation)) ||
        (entry.flow === BASELINE_FLOW && entry.operation === ACCEPT_OPERATION)),
  )
}

function isAdd(operation: AuditEntry['operation']): boolean {
  return operation === 'addGroupMember' || operation === 'assignApp'
}
