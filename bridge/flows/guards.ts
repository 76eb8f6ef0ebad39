/**
 * The policy rules that need Okta's current state, checked by the engine on every plan of every flow — dry
 * runs included — after the policy's static rules and before the first write, so a refusal changes nothing:
 *
 * - **protected groups protect their members**: a user in any `protectedGroups` group is a protected user,
 *   whatever the flow (lifecycle, profile, credentials, sessions, memberships). Otherwise a help desk token
 *   could deactivate an Okta administrator, or a mover change one's email and then reset the password to it.
 *   The user's groups are read with `GET /api/v1/users/{id}/groups` (`okta.users.read`, which every flow's
 *   token holds);
 * - **separation of duties**: no plan may leave a user holding both sides of a `toxicCombinations` pair when
 *   it adds one of them — a mover, a joiner, an onboarding approval as much as a grant. What the user holds
 *   afterwards is what they hold now (groups, assignments to the apps that pair with what is added, the
 *   resources of their active grants) plus what the plan adds, minus what it removes: swapping one side for
 *   the other is fine, and a pair held before the request is not the request's doing.
 */
import type { FlowName, Operation } from '../../shared/index.js'
import type { Policy } from '../policy/policy.js'
import type { OktaPort } from '../ports/okta.js'
import { FlowError } from './errors.js'
import type { FlowServices, Plan } from './operation.js'

/** What the guards read of a plan: its steps and the existing user it acts on. */
type PlanState = Pick<Plan<FlowName>, 'steps' | 'user'>

/** Operations that give access, and those that take it away, by the kind of resource they name. */
const ADDS: ReadonlySet<Operation> = new Set(['addGroupMember', 'assignApp'])
const REMOVES: ReadonlySet<Operation> = new Set(['removeGroupMember', 'unassignApp'])

/** The existing users a plan acts on: the flow's user and any other user a step names. */
function existingUsers(plan: PlanState): string[] {
  const ids = new Set<string>()
  if (plan.user) ids.add(plan.user.id)
  for (const step of plan.steps) if (step.target.userId) ids.add(step.target.userId)
  return [...ids]
}

/**
 * Refuses a plan acting on a member of a protected group: 403 `policy-violation` (rule `protectedGroups`)
 * naming the user and the group. Nothing is read when the policy protects no group.
 */
export async function refuseProtectedMembers(policy: Policy, okta: OktaPort, plan: PlanState): Promise<void> {
  const protectedGroups = new Set(policy.document.protectedGroups)
  if (protectedGroups.size === 0) return
  for (const userId of existingUsers(plan)) {
    const groups = await okta.listUserGroups(userId)
    const member = groups.find((group) => protectedGroups.has(group.id))
    if (member === undefined) continue
    const login = plan.user?.id === userId ? plan.user.profile.login : userId
    throw new FlowError(
      'policy-violation',
      `User ${login} is a member of the protected group ${member.name} (${member.id}): the bridge never changes it.`,
      { rule: 'protectedGroups', groupId: member.id, groupName: member.name },
    )
  }
}

/**
 * Refuses a plan that would complete a toxic combination: 409 `separation-of-duties` with `conflict: [a, b]`
 * as the policy names the pair. Reads Okta only when the plan adds a resource that is part of a pair.
 */
export async function refuseToxicCombinations(
  policy: Policy,
  okta: OktaPort,
  plan: PlanState,
  services: FlowServices,
): Promise<void> {
  const pairs = policy.document.toxicCombinations
  if (pairs.length === 0) return
  const added = new Set<string>()
  const removed = new Set<string>()
  for (const step of plan.steps) {
    const id = step.target.groupId ?? step.target.appId
    if (id === undefined) continue
    if (ADDS.has(step.operation)) added.add(id)
    if (REMOVES.has(step.operation)) removed.add(id)
  }
  const relevant = pairs.filter(([a, b]) => added.has(a) || added.has(b))
  if (relevant.length === 0) return

  const held = new Set<string>()
  const userId = plan.user?.id
  if (userId !== undefined) {
    const partners = [...new Set(relevant.flat())].filter((id) => !added.has(id))
    const [groupIds, grants, assigned] = await Promise.all([
      okta.listUserGroupIds(userId),
      services.grants?.active({ userId }) ?? Promise.resolve([]),
      // An id that is a group answers "not assigned" (Okta has no such app): no need to know which is which.
      Promise.all(partners.map((id) => okta.isAssignedToApp(id, userId))),
    ])
    for (const id of groupIds) held.add(id)
    for (const grant of grants) held.add(grant.resource.id)
    partners.forEach((id, i) => {
      if (assigned[i]) held.add(id)
    })
  }
  const after = new Set([...held, ...added].filter((id) => !removed.has(id)))
  const conflict = relevant.find(([a, b]) => after.has(a) && after.has(b))
  if (conflict === undefined) return
  const who = plan.user?.profile.login ?? plan.steps.find((s) => s.target.login)?.target.login ?? 'The user'
  throw new FlowError(
    'separation-of-duties',
    `${who} cannot be given both ${conflict[0]} and ${conflict[1]}: the policy forbids holding them together (a toxic combination).`,
    { conflict: [...conflict], ...(userId === undefined ? {} : { userId }) },
  )
}
