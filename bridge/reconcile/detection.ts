/**
 * Finding drift: the bridge's grants compared with who holds each watched resource in Okta. Active grants
 * without the access (`missing-while-active`), ended grants whose access is still there with nothing else to
 * justify it (`present-after-expiry`), and holders nothing explains (`unjustified`).
 */
import type { Resource } from '../../shared/index.js'
import { type JustificationSources, justifyAccess } from '../flows/access-justification.js'
import type { GrantRecord } from '../ports/grants.js'
import { type Drift, type DriftKind, repairFlowOf, resourceKey } from './drift.js'
import type { Holder, Watched } from './okta-reads.js'

/** Whether something other than `exceptGrantId` justifies a user holding a resource (a grant, a birthright). */
export type AccessJustifier = (query: {
  userId: string
  resource: Resource
  exceptGrantId?: string
}) => Promise<boolean>

/**
 * The justification rule `revoke-access` applies (`flows/access-justification.ts`), as the reconciler asks it:
 * the same rule on both sides, so what a dry run reports as drift is what a repair would remove.
 */
export function accessJustifier(sources: JustificationSources): AccessJustifier {
  return async (query) => (await justifyAccess(sources, query)).justified
}

/** Active grants whose access Okta does not show. */
export function missingWhileActive(
  active: readonly GrantRecord[],
  watched: ReadonlyMap<string, Watched>,
  holders: ReadonlyMap<string, Map<string, Holder>>,
): Drift[] {
  return active.flatMap((grant) => {
    const members = holders.get(resourceKey(grant.resource))
    if (!members || members.has(grant.userId)) return []
    return [grantDrift('missing-while-active', grant, watched)]
  })
}

/** Ended grants whose access is still there with nothing else to justify it. */
export async function presentAfterExpiry(
  justified: AccessJustifier,
  ended: readonly GrantRecord[],
  watched: ReadonlyMap<string, Watched>,
  holders: ReadonlyMap<string, Map<string, Holder>>,
): Promise<Drift[]> {
  const drift: Drift[] = []
  for (const grant of ended) {
    if (!holders.get(resourceKey(grant.resource))?.has(grant.userId)) continue
    const resource = { type: grant.resource.type, id: grant.resource.id }
    if (await justified({ userId: grant.userId, resource, exceptGrantId: grant.id })) continue
    drift.push(grantDrift('present-after-expiry', grant, watched))
  }
  return drift
}

/** Holders of watched resources with no active grant, no drift reported already, and no justification. */
export async function unjustified(
  justified: AccessJustifier,
  watched: ReadonlyMap<string, Watched>,
  holders: ReadonlyMap<string, Map<string, Holder>>,
  active: readonly GrantRecord[],
  reported: readonly Drift[],
): Promise<Drift[]> {
  const accounted = new Set([
    ...active.map((grant) => `${grant.userId}|${resourceKey(grant.resource)}`),
    ...reported.map((item) => `${item.userId}|${resourceKey(item.resource)}`),
  ])
  const drift: Drift[] = []
  for (const [key, entry] of watched) {
    if (!entry.forUnjustified) continue
    for (const [userId, holder] of holders.get(key) ?? []) {
      // An app assignment through a group follows the group's membership, which is reconciled on its own.
      if (holder.viaGroup || accounted.has(`${userId}|${key}`)) continue
      if (await justified({ userId, resource: entry.resource })) continue
      drift.push({
        kind: 'unjustified',
        userId,
        login: holder.user?.profile.login ?? null,
        resource: { ...entry.resource, name: entry.name },
        repair: { flow: 'mover', status: 'planned' },
      })
    }
  }
  return drift
}

/**
 * Of the ended grants, the ones whose access should be gone: not pre-existing (ending those never removes the
 * access), without an active grant to the same access, and the latest per user and resource.
 */
export function endedWorthChecking(
  ended: readonly GrantRecord[],
  active: readonly GrantRecord[],
): GrantRecord[] {
  const held = new Set(active.map((grant) => `${grant.userId}|${resourceKey(grant.resource)}`))
  const latest = new Map<string, GrantRecord>()
  for (const grant of ended) {
    const key = `${grant.userId}|${resourceKey(grant.resource)}`
    if (grant.preexisting || held.has(key)) continue
    const seen = latest.get(key)
    if (!seen || (seen.endedAt ?? '') <= (grant.endedAt ?? '')) latest.set(key, grant)
  }
  return [...latest.values()]
}

/** A drift about a grant. */
function grantDrift(kind: DriftKind, grant: GrantRecord, watched: ReadonlyMap<string, Watched>): Drift {
  const name = watched.get(resourceKey(grant.resource))?.name ?? grant.resource.name ?? null
  return {
    kind,
    userId: grant.userId,
    login: grant.login,
    resource: { type: grant.resource.type, id: grant.resource.id, name },
    grantId: grant.id,
    repair: { flow: repairFlowOf(kind), status: 'planned' },
  }
}
