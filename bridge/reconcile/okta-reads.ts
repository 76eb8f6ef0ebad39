/**
 * What reconciliation reads from Okta, with read scopes only: the resources to watch (by grant and by policy),
 * who holds each of them (every page), and users — each at most once per run.
 */
import type { Resource } from '../../shared/index.js'
import type { Policy } from '../policy/policy.js'
import type { GrantRecord } from '../ports/grants.js'
import type { OktaPort, OktaUser } from '../ports/okta.js'
import { resourceKey } from './drift.js'

/** A group or app being compared, and what is known of it. */
export interface Watched {
  resource: Resource
  name: string | null
  /** Whether members without a grant are looked for (not for protected resources). */
  forUnjustified: boolean
}

/** Someone holding a resource, as its member list shows them. */
export interface Holder {
  /** Known for group members (the list carries users); app lists carry only the app username. */
  user: OktaUser | undefined
  /** Assigned to an app through a group (Okta's `scope: GROUP`): follows the group, not a drift of its own. */
  viaGroup: boolean
}

/**
 * The resources to read: every resource a grant names (protected ones too: a grant on one is drift to
 * report even if the policy changed since), every manageable group and app of the policy (`"*"`: every group
 * and app Okta lists, all pages) and every requestable one. All but the protected ones are searched for access
 * nothing explains. Ids the policy lists without a type are looked up as a group, then as an app; what Okta
 * does not have is reported as missing.
 */
export async function watchedResources(
  okta: OktaPort,
  policy: Policy,
  grants: readonly GrantRecord[],
): Promise<{ watched: Map<string, Watched>; missing: string[] }> {
  const { manageableGroups, manageableApps } = policy.document
  const wanted = new Map<string, Resource['type'] | undefined>()
  const watched = new Map<string, Watched>()
  const watch = (resource: Resource, name: string | null) =>
    watched.set(resourceKey(resource), { resource, name, forUnjustified: !isProtected(policy, resource) })
  // Listed by Okta with their names: nothing more to look up.
  const [allGroups, allApps] = await Promise.all([
    manageableGroups.includes('*') ? okta.listGroups() : [],
    manageableApps.includes('*') ? okta.listApps() : [],
  ])
  for (const group of allGroups) watch({ type: 'group', id: group.id }, group.name)
  for (const app of allApps) watch({ type: 'app', id: app.id }, app.label)
  for (const grant of grants) wanted.set(grant.resource.id, grant.resource.type)
  for (const id of manageableGroups) if (id !== '*' && !wanted.has(id)) wanted.set(id, 'group')
  for (const id of manageableApps) if (id !== '*' && !wanted.has(id)) wanted.set(id, 'app')
  for (const id of policy.requestableResources()) if (!wanted.has(id)) wanted.set(id, undefined)
  const missing: string[] = []
  await Promise.all(
    [...wanted].map(async ([id, type]) => {
      if (type !== undefined && watched.has(resourceKey({ type, id }))) return
      if (type === undefined && (watched.has(`group:${id}`) || watched.has(`app:${id}`))) return
      const found = await findResource(okta, id, type)
      if (!found) {
        missing.push(id)
        return
      }
      watch(found.resource, found.name)
    }),
  )
  return { watched, missing: missing.sort() }
}

/** Whether the policy protects a group or app: its members are never searched for unjustified access. */
function isProtected(policy: Policy, resource: Resource): boolean {
  const { protectedGroups, protectedApps } = policy.document
  return (resource.type === 'group' ? protectedGroups : protectedApps).includes(resource.id)
}

/** A group or app by id (type unknown: a group first, then an app), with its name; undefined if Okta has none. */
async function findResource(
  okta: OktaPort,
  id: string,
  type: Resource['type'] | undefined,
): Promise<{ resource: Resource; name: string | null } | undefined> {
  if (type !== 'app') {
    const group = await okta.findGroup(id)
    if (group) return { resource: { type: 'group', id }, name: group.name }
  }
  if (type !== 'group') {
    const app = await okta.findApp(id)
    if (app) return { resource: { type: 'app', id }, name: app.label }
  }
  return undefined
}

/** Who holds each watched resource, read from Okta (every page), by resource key and user id. */
export async function readHolders(
  okta: OktaPort,
  watched: ReadonlyMap<string, Watched>,
): Promise<Map<string, Map<string, Holder>>> {
  const holders = new Map<string, Map<string, Holder>>()
  await Promise.all(
    [...watched].map(async ([key, { resource }]) => {
      const members = new Map<string, Holder>()
      if (resource.type === 'group') {
        for (const user of await okta.listGroupMembers(resource.id))
          members.set(user.id, { user, viaGroup: false })
      } else {
        for (const assignment of await okta.listAppAssignments(resource.id)) {
          members.set(assignment.userId, { user: undefined, viaGroup: assignment.scope === 'GROUP' })
        }
      }
      holders.set(key, members)
    }),
  )
  return holders
}

/** Users read from Okta at most once per run. */
export class UserCache {
  private readonly users = new Map<string, Promise<OktaUser | undefined>>()

  constructor(private readonly okta: OktaPort) {}

  /** The user, read from Okta on the first ask; undefined when Okta has none. */
  get(userId: string): Promise<OktaUser | undefined> {
    let user = this.users.get(userId)
    if (!user) {
      user = this.okta.findUser(userId)
      this.users.set(userId, user)
    }
    return user
  }
}
