/**
 * mover — a role change: profile attributes, groups and apps. Only what actually differs from Okta's
 * current state becomes a step, so a repeated request plans nothing and changes nothing.
 */
import type { GrantStore } from '../ports/grants.js'
import { illegalTransition, resolveApps, resolveGroups, resolveUser, sorted, userTarget } from './lookups.js'
import { describeStep, type FlowOperation, type Step } from './operation.js'
import { USER_ACCESS_SCOPES } from './scopes.js'

/** Why a step adds access the user already has: it has it only until a grant ends. */
const GRANT_NOTE = { alreadyHeldThroughGrant: true }

/** The groups and apps a user holds through active time-bound grants. */
async function grantedResources(grants: GrantStore | undefined, userId: string): Promise<Set<string>> {
  if (!grants) return new Set()
  return new Set((await grants.active({ userId })).map((grant) => grant.resource.id))
}

/** The mover flow. */
export const mover: FlowOperation<'mover'> = {
  name: 'mover',
  operations: ['updateProfile', 'addGroupMember', 'removeGroupMember', 'assignApp', 'unassignApp'],
  scopes: USER_ACCESS_SCOPES,

  async plan(input, okta, context) {
    const user = await resolveUser(okta, input.user)
    if (user.status === 'DEPROVISIONED')
      throw illegalTransition(user, 'change a deactivated user (rehire them first)')
    const addGroups = sorted(input.addGroups)
    const removeGroups = sorted(input.removeGroups)
    const addApps = sorted(input.addApps)
    const removeApps = sorted(input.removeApps)
    const appIds = [...addApps, ...removeApps]
    const [memberOf, groups, apps, assigned] = await Promise.all([
      okta.listUserGroupIds(user.id),
      resolveGroups(okta, [...addGroups, ...removeGroups]),
      resolveApps(okta, appIds),
      Promise.all(appIds.map((appId) => okta.isAssignedToApp(appId, user.id))),
    ])
    const isMember = new Set(memberOf)
    const isAssigned = new Set(appIds.filter((_, i) => assigned[i]))
    // Access the user holds only through a time-bound grant is added all the same (Okta's add is idempotent):
    // the audit entry is what makes it a birthright, so the grant's end will not remove what the new role
    // is entitled to.
    const granted = await grantedResources(context.services.grants, user.id)
    const heldOnlyByGrant = (id: string) => granted.has(id)
    const target = userTarget(user)
    const steps: Step[] = []

    const changes = Object.fromEntries(
      Object.entries(input.profile ?? {}).filter(
        ([key, value]) => value !== undefined && user.profile[key] !== value,
      ),
    )
    if (Object.keys(changes).length > 0) {
      const from = Object.fromEntries(Object.keys(changes).map((key) => [key, user.profile[key] ?? null]))
      steps.push({
        ...describeStep('updateProfile', target, { changes, from }),
        phase: 0,
        apply: (port) => port.updateProfile(user.id, changes),
      })
    }
    for (const groupId of addGroups.filter((id) => !isMember.has(id) || heldOnlyByGrant(id))) {
      steps.push({
        ...describeStep(
          'addGroupMember',
          { ...target, groupId, groupName: groups.get(groupId)!.name },
          isMember.has(groupId) ? GRANT_NOTE : undefined,
        ),
        phase: 1,
        apply: (port) => port.addGroupMember(groupId, user.id),
      })
    }
    for (const groupId of removeGroups.filter((id) => isMember.has(id))) {
      steps.push({
        ...describeStep('removeGroupMember', { ...target, groupId, groupName: groups.get(groupId)!.name }),
        phase: 1,
        apply: (port) => port.removeGroupMember(groupId, user.id),
      })
    }
    for (const appId of addApps.filter((id) => !isAssigned.has(id) || heldOnlyByGrant(id))) {
      steps.push({
        ...describeStep(
          'assignApp',
          { ...target, appId, appLabel: apps.get(appId)!.label },
          isAssigned.has(appId) ? GRANT_NOTE : undefined,
        ),
        phase: 1,
        apply: (port) => port.assignApp(appId, user.id),
      })
    }
    for (const appId of removeApps.filter((id) => isAssigned.has(id))) {
      steps.push({
        ...describeStep('unassignApp', { ...target, appId, appLabel: apps.get(appId)!.label }),
        phase: 1,
        apply: (port) => port.unassignApp(appId, user.id),
      })
    }
    return {
      steps,
      user,
      output: () => ({ userId: user.id, login: user.profile.login, status: user.status }),
    }
  },
}
