/**
 * Matching the bridge's changes to Okta's System Log: which event types each plan operation produces, and
 * which events name a change's targets. The golden thread joins recorded request ids with it (`audit.ts`),
 * and the flows and the background join find the request id of a change recorded without one. Split from
 * `audit.ts`, which serves the audit routes.
 */
import type { Operation, PlanStep } from '../../shared/index.js'
import type { OktaLogEvent, OktaLogPort } from '../ports/okta.js'
import type { AuditEntry } from '../ports/store.js'

/**
 * The System Log event types each plan operation produces in Okta (the Event Types catalog). A joiner's
 * create call carries its group memberships, so one transaction holds several events: the type says which
 * one records which change.
 */
export const OKTA_EVENT_TYPES: Record<Operation, readonly string[]> = {
  createUser: ['user.lifecycle.create'],
  updateProfile: ['user.account.update_profile'],
  addGroupMember: ['group.user_membership.add'],
  removeGroupMember: ['group.user_membership.remove'],
  assignApp: ['application.user_membership.add'],
  unassignApp: ['application.user_membership.remove'],
  activateUser: ['user.lifecycle.activate', 'user.lifecycle.reactivate'],
  deactivateUser: ['user.lifecycle.deactivate'],
  suspendUser: ['user.lifecycle.suspend'],
  unsuspendUser: ['user.lifecycle.unsuspend'],
  unlockUser: ['user.account.unlock'],
  resetPassword: ['user.account.reset_password'],
  revokeSessions: ['user.session.clear'],
}

/**
 * How far before an audit entry's time its Okta event can be: the entry is written after Okta answered, but
 * Okta's clock and the bridge's are not the same clock.
 */
export const CLOCK_MARGIN_MS = 10 * 60_000

/**
 * Finds, in Okta's System Log, the request id of a change the bridge made but could not record — a crash
 * between Okta's answer and the store, or an answer lost to a timeout — so the golden thread stays whole: the
 * latest successful event of the operation's type, caused by the bridge's own client, naming the user (and the
 * group or app), since the execution began. `null` when Okta has no such event or the log cannot be read (a
 * real org may not grant `okta.logs.read`): the change is still recorded, without its request id.
 */
export function systemLogRequestIdFinder(
  oktaLog: OktaLogPort,
  clientId: string,
  now: () => number = Date.now,
): (step: PlanStep, userId: string | undefined, since: string) => Promise<string | null> {
  return async (step, userId, since) => {
    if (userId === undefined) return null
    const from = new Date(Date.parse(since) - CLOCK_MARGIN_MS).toISOString()
    const until = new Date(now() + CLOCK_MARGIN_MS).toISOString()
    const events = await oktaLog.eventsByActor(clientId, from, until).catch(() => [])
    const target = { ...step.target, userId }
    const matching = events
      .filter(
        (event) =>
          OKTA_EVENT_TYPES[step.operation].includes(event.eventType) &&
          (event.outcome === undefined || event.outcome.result === 'SUCCESS') &&
          event.transaction?.id !== undefined &&
          namesTargets(event, target),
      )
      .sort((a, b) => (a.published < b.published ? -1 : a.published > b.published ? 1 : 0))
    return matching.at(-1)?.transaction?.id ?? null
  }
}

/**
 * For the background join of a change recorded without its request id: the request ids of the System Log events
 * that could be the change — a successful event of the operation's type, caused by the bridge's own client,
 * naming the user (and the group or app), since the execution began — closest in time to when the change was
 * recorded first. The caller drops ids the audit already holds. Throws when the log cannot be read (the lookup
 * is tried again later).
 */
export function systemLogCandidates(
  oktaLog: OktaLogPort,
  clientId: string,
  now: () => number = Date.now,
): (change: Pick<AuditEntry, 'operation' | 'target' | 'at'>, since: string) => Promise<string[]> {
  return async (change, since) => {
    const types = OKTA_EVENT_TYPES[change.operation as Operation]
    if (types === undefined) return []
    const from = new Date(Date.parse(since) - CLOCK_MARGIN_MS).toISOString()
    const until = new Date(now() + CLOCK_MARGIN_MS).toISOString()
    const events = await oktaLog.eventsByActor(clientId, from, until)
    const at = Date.parse(change.at)
    return events
      .filter(
        (event) =>
          types.includes(event.eventType) &&
          (event.outcome === undefined || event.outcome.result === 'SUCCESS') &&
          event.transaction?.id !== undefined &&
          namesTargets(event, change.target),
      )
      .sort((a, b) => Math.abs(Date.parse(a.published) - at) - Math.abs(Date.parse(b.published) - at))
      .map((event) => event.transaction!.id!)
  }
}

/** Whether an event's targets include every Okta object the change names (user, group, app). */
export function namesTargets(event: OktaLogEvent, target: AuditEntry['target']): boolean {
  const ids = new Set((event.target ?? []).map((t) => t.id))
  return [target.userId, target.groupId, target.appId].every((id) => id === undefined || ids.has(id))
}
