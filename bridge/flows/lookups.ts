/**
 * Reads the flows share: resolving the user a request names, and the groups and apps it names —
 * all at once, in as few calls as Okta allows, because each read is an Okta round trip and a plan should cost
 * one round, not ten.
 */
import type { UserRef } from '../../shared/index.js'
import type { OktaApp, OktaGroup, OktaPort, OktaUser } from '../ports/okta.js'
import { FlowError } from './errors.js'

/** The user a request names, or `user-not-found` (404). */
export async function resolveUser(okta: OktaPort, ref: UserRef): Promise<OktaUser> {
  const key = 'id' in ref ? ref.id : ref.login
  const user = await okta.findUser(key)
  if (!user) throw new FlowError('user-not-found', `Okta has no user ${key}.`, { user: ref })
  return user
}

/** Groups by id, in as few Okta calls as it allows; any unknown id is `group-not-found` (422) listing every one. */
export async function resolveGroups(okta: OktaPort, ids: readonly string[]): Promise<Map<string, OktaGroup>> {
  const found = ids.length > 0 ? await okta.findGroups(ids) : new Map<string, OktaGroup>()
  const missing = ids.filter((id) => !found.has(id))
  if (missing.length > 0) {
    throw new FlowError('group-not-found', `Okta has no group ${missing.join(', ')}.`, { groupIds: missing })
  }
  return new Map(ids.map((id) => [id, found.get(id)!]))
}

/** Apps by id, in as few Okta calls as it allows; any unknown id is `app-not-found` (422) listing every one. */
export async function resolveApps(okta: OktaPort, ids: readonly string[]): Promise<Map<string, OktaApp>> {
  const found = ids.length > 0 ? await okta.findApps(ids) : new Map<string, OktaApp>()
  const missing = ids.filter((id) => !found.has(id))
  if (missing.length > 0) {
    throw new FlowError('app-not-found', `Okta has no app ${missing.join(', ')}.`, { appIds: missing })
  }
  return new Map(ids.map((id) => [id, found.get(id)!]))
}

/** The user's id and login as a step target. */
export function userTarget(user: OktaUser): { userId: string; login: string } {
  return { userId: user.id, login: user.profile.login }
}

/** A status refusal: the operation Okta would refuse in the user's current status (409). */
export function illegalTransition(user: OktaUser, what: string): FlowError {
  return new FlowError(
    'illegal-transition',
    `Cannot ${what}: user ${user.profile.login} is ${user.status}.`,
    {
      userId: user.id,
      userStatus: user.status,
    },
  )
}

/** Ids in a stable order, so equal requests produce equal plans (and plan hashes). */
export function sorted(ids: readonly string[] | undefined): string[] {
  return [...(ids ?? [])].sort()
}
