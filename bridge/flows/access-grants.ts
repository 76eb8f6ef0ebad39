/**
 * What the three grant flows (`grant-access`, `revoke-access`, `extend-access`) share: reading the resource
 * and whether the user holds it, the add and remove steps, the policy's limits on end dates and toxic
 * combinations, and the grant's id and output. Kept apart from the flows so each flow reads as its rules.
 */
import { createHash } from 'node:crypto'
import type { FlowName, GrantOutput, Resource, Target } from '../../shared/index.js'
import type { Policy } from '../policy/policy.js'
import type { GrantRecord, GrantStore } from '../ports/grants.js'
import type { OktaPort, OktaUser } from '../ports/okta.js'
import { FlowError } from './errors.js'
import { resolveApps, resolveGroups, userTarget } from './lookups.js'
import { describeStep, type FlowContext, type Step } from './operation.js'
import { MEMBERSHIP_SCOPES } from './scopes.js'

/**
 * The Okta scopes of every grant flow: users read, groups and apps read and manage. One list for the three
 * flows because each may act on either kind of resource (a group or an app), and nothing more.
 */
export const GRANT_SCOPES = MEMBERSHIP_SCOPES

/** A resource with the name people know it by (a group's name, an app's label). */
export type NamedResource = Resource & { name: string }

/** How long a day is, for `maxDays`. */
const DAY_MS = 86_400_000

/** The grant store, or a loud wiring error (the bridge always gives the grant flows one). */
export function grantStoreOf(context: FlowContext): GrantStore {
  const grants = context.services.grants
  if (grants === undefined) throw new Error('the grant flows need services.grants (a wiring bug)')
  return grants
}

/**
 * A grant's id, derived from the execution that makes it: a resumed execution records the same grant
 * again (and finds the first record) rather than a second one.
 */
export function grantIdFor(executionId: string): string {
  return `grt_${createHash('sha256').update(`grant:${executionId}`).digest('hex').slice(0, 32)}`
}

/** The group or app a request names, with its name; `group-not-found`/`app-not-found` (422) otherwise. */
export async function resolveResource(okta: OktaPort, resource: Resource): Promise<NamedResource> {
  if (resource.type === 'group') {
    const group = (await resolveGroups(okta, [resource.id])).get(resource.id)!
    return { ...resource, name: group.name }
  }
  const app = (await resolveApps(okta, [resource.id])).get(resource.id)!
  return { ...resource, name: app.label }
}

/** Whether the user holds the access now (a member of the group, assigned to the app). */
export async function holdsAccess(okta: OktaPort, userId: string, resource: Resource): Promise<boolean> {
  if (resource.type === 'group') return (await okta.listUserGroupIds(userId)).includes(resource.id)
  return okta.isAssignedToApp(resource.id, userId)
}

/** A step target naming the user and the resource. */
export function accessTarget(user: { userId: string; login: string }, resource: NamedResource): Target {
  return resource.type === 'group'
    ? { ...user, groupId: resource.id, groupName: resource.name }
    : { ...user, appId: resource.id, appLabel: resource.name }
}

/** The step that gives the access (phase 0: a grant plan has one write). */
export function addStep(user: OktaUser, resource: NamedResource, details: Record<string, unknown>): Step {
  const target = accessTarget(userTarget(user), resource)
  return resource.type === 'group'
    ? {
        ...describeStep('addGroupMember', target, details),
        phase: 0,
        apply: (port) => port.addGroupMember(resource.id, user.id),
      }
    : {
        ...describeStep('assignApp', target, details),
        phase: 0,
        apply: (port) => port.assignApp(resource.id, user.id),
      }
}

/** The step that takes the access away. */
export function removeStep(
  user: { userId: string; login: string },
  resource: NamedResource,
  details: Record<string, unknown>,
): Step {
  const target = accessTarget(user, resource)
  return resource.type === 'group'
    ? {
        ...describeStep('removeGroupMember', target, details),
        phase: 0,
        apply: (port) => port.removeGroupMember(resource.id, user.userId),
      }
    : {
        ...describeStep('unassignApp', target, details),
        phase: 0,
        apply: (port) => port.unassignApp(resource.id, user.userId),
      }
}

/** Whether a recorded plan (an earlier attempt of this execution) set out to add this access. */
export function planAdds(plan: FlowContext['priorPlan'], resource: Resource): boolean {
  const operation = resource.type === 'group' ? 'addGroupMember' : 'assignApp'
  const key = resource.type === 'group' ? 'groupId' : 'appId'
  return (plan ?? []).some((step) => step.operation === operation && step.target[key] === resource.id)
}

/**
 * Refuses an end date the policy does not allow for the resource — `duration-not-allowed` (422) naming the
 * limit: missing where the resource is not grantable permanently, not in the future, or more than `maxDays`
 * ahead. `resumed`: an execution resumed after a crash was checked on its first attempt, and the clock
 * moving on since must not strand access it may already have given without its grant record.
 */
export function checkEndDate(
  policy: Policy,
  resource: NamedResource,
  expiresAt: string | undefined,
  now: Date,
  resumed: boolean,
): string | null {
  const rule = policy.grantRule(resource.id)
  const limits = { maxDays: rule.maxDays, permanentAllowed: rule.permanent }
  const what = `${resource.type} ${resource.name} (${resource.id})`
  if (expiresAt === undefined) {
    if (rule.permanent) return null
    throw new FlowError(
      'duration-not-allowed',
      `Access to ${what} needs an end date (expiresAt) at most ${rule.maxDays} days ahead: the policy allows no permanent access to it.`,
      limits,
    )
  }
  const end = new Date(expiresAt)
  if (resumed) return end.toISOString()
  if (end.getTime() <= now.getTime()) {
    throw new FlowError('duration-not-allowed', `The end date ${expiresAt} is not in the future.`, {
      ...limits,
      expiresAt,
      now: now.toISOString(),
    })
  }
  const latest = new Date(now.getTime() + rule.maxDays * DAY_MS)
  if (end.getTime() > latest.getTime()) {
    throw new FlowError(
      'duration-not-allowed',
      `Access to ${what} can be granted for at most ${rule.maxDays} days: the end date ${expiresAt} is after ${latest.toISOString()}.`,
      { ...limits, expiresAt, latestExpiresAt: latest.toISOString() },
    )
  }
  return end.toISOString()
}

/**
 * Refuses access that would complete a toxic combination of the policy — `separation-of-duties` (409)
 * with `conflict: [a, b]` as the policy names it. What the user holds: their groups, their assignments to
 * the apps that pair with the resource, and the resources of their other active grants.
 */
export async function checkSeparationOfDuties(
  okta: OktaPort,
  context: FlowContext,
  user: OktaUser,
  resource: NamedResource,
): Promise<void> {
  const partners = context.policy.document.toxicCombinations.flatMap(([a, b]) =>
    a === resource.id ? [b] : b === resource.id ? [a] : [],
  )
  if (partners.length === 0) return
  const [groupIds, grants, assigned] = await Promise.all([
    okta.listUserGroupIds(user.id),
    grantStoreOf(context).active({ userId: user.id }),
    // An id that is a group answers "not assigned" (Okta has no such app): no need to know which is which.
    Promise.all(partners.map((id) => okta.isAssignedToApp(id, user.id))),
  ])
  const held = [
    ...groupIds,
    ...grants.map((grant) => grant.resource.id),
    ...partners.filter((_, i) => assigned[i]),
  ]
  const conflict = context.policy.toxicCombination(held, resource.id)
  if (conflict === undefined) return
  throw new FlowError(
    'separation-of-duties',
    `${user.profile.login} cannot be given ${resource.type} ${resource.name} (${resource.id}): with access they already hold it would complete the toxic combination ${conflict[0]} + ${conflict[1]} the policy forbids.`,
    { conflict: [...conflict], userId: user.id, resource: { type: resource.type, id: resource.id } },
  )
}

/**
 * Applies the policy's group and app rules to the resource even when the plan has no step for it (the user
 * already holds it): a grant of a protected group must not be recorded either, or a later extension or
 * repair would act on it.
 */
export function checkResourcePolicy(
  policy: Policy,
  flow: FlowName,
  user: OktaUser,
  resource: NamedResource,
): void {
  const operation = resource.type === 'group' ? 'addGroupMember' : 'assignApp'
  policy.check(flow, [describeStep(operation, accessTarget(userTarget(user), resource))], user)
}

/**
 * Refuses a resource the policy does not list as requestable (`accessGrants.resources`): 403 `not-requestable`.
 * Manageable is not enough — a JML flow may manage a group that nobody should be able to ask for.
 */
export function checkRequestable(policy: Policy, resource: NamedResource): void {
  if (policy.requestableResources().includes(resource.id)) return
  throw new FlowError(
    'not-requestable',
    `${resource.type === 'group' ? 'Group' : 'App'} ${resource.name} (${resource.id}) is not requestable: the policy's accessGrants.resources does not list it.`,
    { resource: { type: resource.type, id: resource.id } },
  )
}

/**
 * Refuses to end or extend a grant for a caller that neither created it nor holds `grants.manage`: 403
 * `forbidden-grant`, before any Okta call. The bridge's own jobs (the expiry scheduler) may. The creator is
 * the caller of the execution that made the grant, compared by kind and id.
 */
export async function checkGrantOwnership(context: FlowContext, grant: GrantRecord): Promise<void> {
  const caller = context.caller
  if (caller.kind === 'system' || caller.manageGrants === true) return
  const granting = await context.services.store?.get(grant.grantedBy)
  if (granting && granting.caller.kind === caller.kind && granting.caller.id === caller.id) return
  throw new FlowError(
    'forbidden-grant',
    `Grant ${grant.id} was made by other credentials: ending or extending it needs the grants.manage permission.`,
    { grantId: grant.id },
  )
}

/** The grant not found (404), before any Okta call. */
export async function findGrant(context: FlowContext, grantId: string): Promise<GrantRecord> {
  const grant = await grantStoreOf(context).get(grantId)
  if (grant === undefined) {
    throw new FlowError('grant-not-found', `There is no grant ${grantId}.`, { grantId })
  }
  return grant
}

/** A grant as the flows answer it. */
export function grantOutput(grant: GrantRecord): GrantOutput {
  return {
    grantId: grant.id,
    userId: grant.userId,
    resource: { type: grant.resource.type, id: grant.resource.id },
    expiresAt: grant.expiresAt,
    status: grant.status,
    preexisting: grant.preexisting,
  }
}

/** A grant's resource with a name for people (its id when the name was not known). */
export function namedResource(grant: GrantRecord): NamedResource {
  return { type: grant.resource.type, id: grant.resource.id, name: grant.resource.name ?? grant.resource.id }
}
