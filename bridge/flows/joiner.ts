/**
 * joiner — a new hire: create the user (STAGED) with its groups, assign apps, activate.
 *
 * Creating a user is the one Okta write that is not idempotent. If a user with the login exists and is
 * exactly what this request would have produced (an earlier run of it was cut off after the create),
 * it is adopted and the plan finishes the job; any other existing user is `login-taken` (409) and is
 * never overwritten.
 */
import type { JoinerInput } from '../../shared/index.js'
import type { OktaPort, OktaUser } from '../ports/okta.js'
import { FlowError } from './errors.js'
import { resolveApps, resolveGroups, sorted, userTarget } from './lookups.js'
import { describeStep, type FlowOperation, type Step } from './operation.js'
import { USER_ACCESS_SCOPES } from './scopes.js'

/** The joiner flow. */
export const joiner: FlowOperation<'joiner'> = {
  name: 'joiner',
  operations: ['createUser', 'addGroupMember', 'assignApp', 'activateUser'],
  scopes: USER_ACCESS_SCOPES,

  async plan(input, okta) {
    const groupIds = sorted(input.groups)
    const appIds = sorted(input.apps)
    const profile = { ...input.profile }
    // One round of reads: the login, every group and every app, concurrently.
    const [existing, groups, apps] = await Promise.all([
      okta.findUser(profile.login),
      resolveGroups(okta, groupIds),
      resolveApps(okta, appIds),
    ])
    const adopted = existing ? await adoptable(okta, existing, input, groupIds, appIds) : undefined

    const steps: Step[] = []
    if (!adopted) {
      steps.push({
        ...describeStep('createUser', { login: profile.login }, { profile, groupIds, activate: false }),
        phase: 0,
        apply: async (port, state) => {
          const created = await port.createUser(profile, groupIds)
          state.userId = created.value.id
          return created
        },
      })
    }
    const target = adopted ? userTarget(adopted.user) : { login: profile.login }
    const createIndex = 0
    for (const groupId of groupIds) {
      if (adopted?.groupIds.has(groupId)) continue
      const group = groups.get(groupId)!
      const base = describeStep('addGroupMember', { ...target, groupId, groupName: group.name })
      // A new user gets its groups from the create call itself (one Okta call, not one per group).
      if (!adopted) steps.push({ ...base, phase: 0, carriedBy: createIndex })
      else
        steps.push({ ...base, phase: 1, apply: (port, state) => port.addGroupMember(groupId, state.userId!) })
    }
    for (const appId of appIds) {
      if (adopted?.appIds.has(appId)) continue
      const app = apps.get(appId)!
      steps.push({
        ...describeStep('assignApp', { ...target, appId, appLabel: app.label }),
        phase: 1,
        apply: (port, state) => port.assignApp(appId, state.userId!),
      })
    }
    const status = adopted?.user.status ?? 'STAGED'
    if (input.activate && status === 'STAGED') {
      steps.push({
        ...describeStep('activateUser', target, { sendEmail: input.sendEmail }),
        // With an activation email, activate last, so the email arrives once every app is in place.
        // Without one, activation is invisible until the person sets a password, so it runs alongside
        // the app assignments: a joiner costs three Okta round trips after its reads, not four.
        phase: input.sendEmail ? 2 : 1,
        apply: (port, state) => port.lifecycle(state.userId!, 'activate', { sendEmail: input.sendEmail }),
      })
    }

    return {
      steps,
      user: adopted?.user,
      output: (state) => ({
        userId: state.userId!,
        login: profile.login,
        // Okta activates a user without a password into PROVISIONED: it becomes ACTIVE when the person
        // finishes the activation flow.
        status: input.activate && status === 'STAGED' ? 'PROVISIONED' : status,
        adopted: adopted !== undefined,
      }),
    }
  },
}

/**
 * Whether an existing user is what this request would have produced: same profile values, no group or
 * app beyond the requested ones, and a status a joiner leaves behind. Otherwise it belongs to someone
 * else and is `login-taken`.
 */
async function adoptable(
  okta: OktaPort,
  user: OktaUser,
  input: JoinerInput,
  groupIds: string[],
  appIds: string[],
): Promise<{ user: OktaUser; groupIds: Set<string>; appIds: Set<string> }> {
  const taken = (reason: string) =>
    new FlowError(
      'login-taken',
      `An Okta user with login ${input.profile.login} already exists (${reason}); it is never overwritten.`,
      {
        userId: user.id,
      },
    )
  const differing = Object.entries(input.profile).filter(
    ([key, value]) => String(user.profile[key] ?? '').toLowerCase() !== String(value).toLowerCase(),
  )
  if (differing.length > 0) throw taken(`its ${differing.map(([key]) => key).join(', ')} differ`)
  if (!['STAGED', 'PROVISIONED', 'ACTIVE'].includes(user.status)) throw taken(`it is ${user.status}`)
  const [memberOf, assigned] = await Promise.all([
    okta.listUserGroupIds(user.id),
    Promise.all(appIds.map((appId) => okta.isAssignedToApp(appId, user.id))),
  ])
  const extra = memberOf.filter((id) => !groupIds.includes(id))
  if (extra.length > 0) throw taken('it belongs to groups this request does not ask for')
  return {
    user,
    groupIds: new Set(memberOf),
    appIds: new Set(appIds.filter((_, i) => assigned[i])),
  }
}
