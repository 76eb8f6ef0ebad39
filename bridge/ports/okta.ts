/**
 * What the flows need from Okta, and nothing more. Flows depend on this port, never on the Okta SDK,
 * so they can be read (and tested) as business rules; the adapter in `adapters/okta` implements it.
 *
 * Every write answers the `X-Okta-Request-Id` of the call that made it: Okta's System Log records the
 * change under the same id (`transaction.id`), which is how a change is traced back to its ticket.
 */

import type { UserStatus } from '../../shared/index.js'
import { BridgeError } from '../errors.js'

/** An Okta user, as flows see it. */
export interface OktaUser {
  id: string
  status: UserStatus
  profile: {
    login: string
    email: string
    firstName?: string
    lastName?: string
    [attribute: string]: unknown
  }
}

/** An Okta group. */
export interface OktaGroup {
  id: string
  name: string
  type: 'OKTA_GROUP' | 'APP_GROUP' | 'BUILT_IN'
  /** The group's profile description; `null` when it has none (read by the catalog). */
  description?: string | null
}

/** An Okta app integration. */
export interface OktaApp {
  id: string
  label: string
  status: 'ACTIVE' | 'INACTIVE'
  /**
   * What end users are told about the app: its end-user notes (`settings.notes.enduser`, Okta apps have no
   * description of their own); `null` when there are none (read by the catalog).
   */
  description?: string | null
}

/** One user's assignment to an app, as the app's user list shows it. */
export interface OktaAppAssignment {
  userId: string
  /** `USER`: assigned directly; `GROUP`: through one of the user's groups. */
  scope: 'USER' | 'GROUP'
  /** The app username (often the login; not always). */
  userName: string | undefined
}

/** The result of a write: its value, and the request id Okta's System Log records it under. */
export interface Written<T = undefined> {
  value: T
  requestId: string | null
}

/** User lifecycle operations the flows use. */
export type LifecycleOperation =
  | 'activate'
  | 'deactivate'
  | 'suspend'
  | 'unsuspend'
  | 'unlock'
  | 'reset_password'

/**
 * Okta as the flows use it. Reads answer `undefined` for "not found"; every other Okta error is thrown as
 * an {@link OktaError}. Implementations pace themselves against Okta's rate limits and retry what is safe
 * to retry; they never repeat a non-idempotent write blindly.
 */
export interface OktaPort {
  /** A user by id or login; `undefined` when there is none. */
  findUser(idOrLogin: string): Promise<OktaUser | undefined>
  /** The ids of the groups a user belongs to (built-in groups such as Everyone excluded). */
  listUserGroupIds(userId: string): Promise<string[]>
  /**
   * The groups a user belongs to, with their names (`GET /api/v1/users/{id}/groups`, `okta.users.read`, built-in
   * groups excluded): the engine refuses to touch a member of a protected group, and names the group.
   */
  listUserGroups(userId: string): Promise<OktaGroup[]>
  /** A group by id; `undefined` when there is none. */
  findGroup(groupId: string): Promise<OktaGroup | undefined>
  /** An app by id; `undefined` when there is none. */
  findApp(appId: string): Promise<OktaApp | undefined>
  /**
   * Groups by id in as few calls as Okta allows (a plan's reads); ids with no group are absent from the map.
   * Names and types may come from a short-lived cache (a rename or deletion is seen within its TTL, or at once
   * after Okta answers 404 for the id): which ids a request may touch is the policy's decision, per request.
   */
  findGroups(groupIds: readonly string[]): Promise<Map<string, OktaGroup>>
  /** Apps by id, as {@link OktaPort.findGroups} reads groups. */
  findApps(appIds: readonly string[]): Promise<Map<string, OktaApp>>
  /** Whether a user is assigned to an app. */
  isAssignedToApp(appId: string, userId: string): Promise<boolean>
  /**
   * Every member of a group, all pages (`GET /api/v1/groups/{id}/users`, `okta.groups.read`): reconciliation
   * compares them with the grants. Throws `not-found` for an unknown group.
   */
  listGroupMembers(groupId: string): Promise<OktaUser[]>
  /**
   * Every user assigned to an app, all pages (`GET /api/v1/apps/{id}/users`, `okta.apps.read`), with how:
   * `USER` directly, `GROUP` through a group assignment (only the group's membership can change that one).
   * Throws `not-found` for an unknown app.
   */
  listAppAssignments(appId: string): Promise<OktaAppAssignment[]>
  /**
   * Every group the bridge could manage membership of, all pages (`GET /api/v1/groups?search=type eq
   * "OKTA_GROUP"`, `okta.groups.read`): Everyone and app-sourced groups, whose members Okta does not let an
   * admin change, are left out. The catalog lists them, and reconciliation checks them, under a `"*"` policy.
   */
  listGroups(): Promise<OktaGroup[]>
  /**
   * Every active app, all pages (`GET /api/v1/apps?filter=status eq "ACTIVE"`, `okta.apps.read`): an inactive
   * app cannot be assigned. The catalog lists them, and reconciliation checks them, under a `"*"` policy.
   */
  listApps(): Promise<OktaApp[]>

  /** Creates a user (STAGED: the flow activates it once groups and apps are in place). */
  createUser(profile: Record<string, unknown>, groupIds: readonly string[]): Promise<Written<OktaUser>>
  /** Changes some profile attributes; the others are kept. */
  updateProfile(userId: string, changes: Record<string, unknown>): Promise<Written<OktaUser>>
  /** A lifecycle operation. `sendEmail` applies to activate and reset_password. */
  lifecycle(
    userId: string,
    operation: LifecycleOperation,
    options?: { sendEmail?: boolean },
  ): Promise<Written>
  /** Ends all of a user's sessions (and, optionally, their OAuth tokens). */
  revokeSessions(userId: string, options?: { oauthTokens?: boolean }): Promise<Written>
  /** Adds a user to a group (idempotent in Okta). */
  addGroupMember(groupId: string, userId: string): Promise<Written>
  /** Removes a user from a group (idempotent in Okta). */
  removeGroupMember(groupId: string, userId: string): Promise<Written>
  /** Assigns a user to an app. */
  assignApp(appId: string, userId: string): Promise<Written>
  /** Removes a user's assignment to an app. */
  unassignApp(appId: string, userId: string): Promise<Written>
}

/** A System Log event, the members the audit reads. */
export interface OktaLogEvent {
  uuid: string
  published: string
  eventType: string
  displayMessage?: string
  actor: { id: string; type: string; alternateId?: string; displayName?: string }
  target?: { id: string; type: string; alternateId?: string; displayName?: string }[]
  outcome?: { result: string; reason?: string | null }
  transaction?: { id?: string; type?: string }
}

/**
 * Okta's System Log as the audit reads it (scope `okta.logs.read` only). Queries always carry an end
 * time: without `until`, Okta treats a log query as an endless poll and never stops paging.
 */
export interface OktaLogPort {
  /** The events recorded under any of these `X-Okta-Request-Id`s (`transaction.id`). */
  eventsForRequests(requestIds: readonly string[], since: string): Promise<OktaLogEvent[]>
  /** The events whose actor is the given client (the bridge's own service app) in a time range. */
  eventsByActor(actorId: string, since: string, until: string): Promise<OktaLogEvent[]>
}

/** Creates the port for one flow, holding only the OAuth scopes that flow needs. */
export type OktaPortFactory = (scopes: readonly string[]) => OktaPort

/** Why an Okta call failed (see {@link OktaError.kind}); the error's code is `okta-api-` and the kind. */
export type OktaErrorKind =
  | 'not-found'
  | 'conflict'
  | 'invalid'
  | 'forbidden'
  | 'rate-limited'
  | 'unavailable'
  | 'auth'

/**
 * An error Okta answered (or the lack of an answer), in terms the flows can act on. Its `code` is
 * `okta-api-{kind}`; flows translate it (`toFlowError`) into the problem a caller sees, and one that escapes
 * untranslated is answered as `internal`.
 */
export class OktaError extends BridgeError<`okta-api-${OktaErrorKind}`> {
  /** HTTP status Okta answered; 0 when no answer came (timeout, connection reset). */
  readonly status: number
  /** Okta's `errorCode` (E0000001, …) or OAuth `error` (invalid_client, …). */
  readonly oktaCode: string | undefined
  readonly oktaRequestId: string | null
  /** Okta's `errorCauses` summaries. */
  readonly causes: string[]
  /**
   * Why it failed, for the bridge's own decisions: `not-found`, `conflict` (Okta refused the
   * operation in the object's current state or a uniqueness rule), `invalid` (Okta rejected the
   * data), `forbidden` (the service app lacks a scope or admin role), `rate-limited`, `unavailable`
   * (5xx, timeout, reset: the outcome of a write is unknown), `auth` (the token endpoint refused). The code
   * without its `okta-api-` prefix, kept because the adapters and their tests speak in kinds.
   */
  readonly kind: OktaErrorKind
  /** For `rate-limited`: when Okta's window resets (epoch ms). */
  readonly retryAt: number | undefined
  /** For `unavailable`: the bridge checked Okta afterwards and the change was not made (safe to retry). */
  readonly notMade: boolean

  constructor(init: {
    message: string
    status: number
    kind: OktaErrorKind
    oktaCode?: string | undefined
    oktaRequestId?: string | null
    causes?: string[]
    retryAt?: number | undefined
    notMade?: boolean
  }) {
    super(`okta-api-${init.kind}`, init.message)
    this.status = init.status
    this.kind = init.kind
    this.oktaCode = init.oktaCode
    this.oktaRequestId = init.oktaRequestId ?? null
    this.causes = init.causes ?? []
    this.retryAt = init.retryAt
    this.notMade = init.notMade ?? false
  }
}

/** One exchange with Okta, for metrics. */
export interface OktaCallEvent {
  method: string
  /** The endpoint family (path template), e.g. `GET /api/v1/users/{id}`. */
  family: string
  /** HTTP status, or 0 when no answer came. */
  status: number
  /** 1 for the first attempt of a request, 2 for its first retry, … */
  attempt: number
  durationMs: number
  requestId: string | null
  outcome: 'answered' | 'timeout' | 'network-error'
  /** The answer's `X-Rate-Limit-Remaining` (what is left of the family's window), when it carried one. */
  rateLimitRemaining?: number
}
