/**
 * Between the SDK's models and the port's: plain users, groups and apps out of the SDK's classes, logins and
 * profiles compared the way Okta compares them, ids checked before they go into a URL path, and a fresh call
 * record for each operation.
 */
import type okta from '@okta/okta-sdk-nodejs'
import { type OktaApp, OktaError, type OktaGroup, type OktaUser } from '../../ports/okta.js'
import type { OktaCallRecord } from './request-executor.js'

/** A fresh record for one port operation, which the executor fills with the request id of each answer. */
export function newRecord(): OktaCallRecord {
  return { requestId: null, repeatedAfterAmbiguousFailure: false }
}

/**
 * Whether an id can go into a URL path as one segment: `''` would leave the SDK's `{userId}` placeholder in the
 * path, and `.`/`..` would be resolved away by URL parsing, reaching a different endpoint.
 */
export function usablePathId(id: unknown): id is string {
  return typeof id === 'string' && id !== '' && id !== '.' && id !== '..'
}

/** Refuses, as `not-found`, an id that cannot go into a URL path. */
export function requirePathId(id: unknown, what: string): asserts id is string {
  if (!usablePathId(id)) {
    throw new OktaError({
      kind: 'not-found',
      status: 0,
      message: `No Okta ${what} has the id ${JSON.stringify(id)}`,
    })
  }
}

/** Whether two logins are the same (Okta compares them case-insensitively). */
export function sameLogin(a: unknown, b: string): boolean {
  return typeof a === 'string' && a.toLowerCase() === b.toLowerCase()
}

/** Whether `actual` holds every attribute of `wanted` (logins compared case-insensitively, as Okta does). */
export function sameProfile(actual: Record<string, unknown>, wanted: Record<string, unknown>): boolean {
  return Object.entries(wanted).every(([name, value]) => {
    if (value === undefined) return true
    if (name === 'login' && typeof value === 'string') return sameLogin(actual.login, value)
    return JSON.stringify(actual[name] ?? null) === JSON.stringify(value)
  })
}

/** The SDK's `User` model as a plain {@link OktaUser} (its profile model lists unset attributes as undefined). */
export function toUser(user: okta.User): OktaUser {
  const profile: Record<string, unknown> = {}
  for (const [name, value] of Object.entries(user.profile ?? {}))
    if (value !== undefined) profile[name] = value
  return {
    id: String(user.id),
    status: user.status as OktaUser['status'],
    profile: profile as OktaUser['profile'],
  }
}

/** A group as the port answers it: its name and, for the catalog, its description. */
export function toGroup(group: okta.Group): OktaGroup {
  const description = group.profile?.description
  return {
    id: String(group.id),
    name: String(group.profile?.name ?? ''),
    type: group.type as OktaGroup['type'],
    description: typeof description === 'string' && description !== '' ? description : null,
  }
}

/** An app as the port answers it; its end-user notes stand for the description Okta apps lack. */
export function toApp(app: okta.Application): OktaApp {
  // The base Application model declares no settings; every concrete app type has them.
  const notes = (app as { settings?: { notes?: { enduser?: unknown } } }).settings?.notes?.enduser
  return {
    id: String(app.id),
    label: String(app.label ?? ''),
    status: app.status as OktaApp['status'],
    description: typeof notes === 'string' && notes !== '' ? notes : null,
  }
}
