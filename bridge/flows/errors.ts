/**
 * The errors a flow can end in. Each has a stable `code` (the discriminant of {@link FlowErrorCode})
 * and the HTTP status the bridge answers with; `bridge/http` renders them as RFC 9457 problem+json.
 * Flows never speak HTTP themselves: the status is part of the error's meaning, not its transport.
 */

/** Every flow error code. */
export type FlowErrorCode =
  | 'user-not-found'
  | 'group-not-found'
  | 'app-not-found'
  | 'login-taken'
  | 'illegal-transition'
  | 'plan-changed'
  | 'policy-violation'
  | 'okta-rejected'
  | 'okta-forbidden'
  | 'okta-rate-limited'
  | 'okta-unavailable'
  | 'okta-auth-failed'
  | 'grant-not-found'
  | 'grant-not-active'
  | 'duration-not-allowed'
  | 'separation-of-duties'
  | 'not-requestable'
  | 'forbidden-grant'
  | 'not-our-incident'
  | 'incident-mismatch'
  | 'already-decided'
  | 'servicenow-unavailable'

/** The HTTP status and title of each code, in one table so they can't drift apart. */
export const FLOW_ERRORS: Record<FlowErrorCode, { status: number; title: string }> = {
  'user-not-found': { status: 404, title: 'Okta user not found' },
  'group-not-found': { status: 422, title: 'Okta group not found' },
  'app-not-found': { status: 422, title: 'Okta app not found' },
  'login-taken': { status: 409, title: 'An Okta user with this login already exists' },
  'illegal-transition': { status: 409, title: "The operation is not allowed in the user's current status" },
  'plan-changed': { status: 409, title: 'The plan changed since it was approved' },
  'policy-violation': { status: 403, title: 'Refused by the bridge policy' },
  'okta-rejected': { status: 422, title: 'Okta rejected the request' },
  'okta-forbidden': { status: 502, title: 'The bridge’s Okta service app is not allowed to do this' },
  'okta-rate-limited': { status: 503, title: 'Okta rate limit: try again later' },
  'okta-unavailable': { status: 502, title: 'Okta did not answer' },
  'okta-auth-failed': { status: 502, title: 'The bridge could not authenticate to Okta' },
  'grant-not-found': { status: 404, title: 'No such grant' },
  'grant-not-active': { status: 409, title: 'The grant has already ended' },
  'duration-not-allowed': { status: 422, title: 'The end date is not allowed for this resource' },
  'separation-of-duties': { status: 409, title: 'The access would complete a toxic combination' },
  'not-requestable': { status: 403, title: 'The resource is not requestable' },
  'forbidden-grant': { status: 403, title: 'These credentials may not end or extend this grant' },
  'not-our-incident': { status: 403, title: 'The bridge did not open this incident' },
  'incident-mismatch': { status: 409, title: 'The incident in ServiceNow does not match the request' },
  'already-decided': { status: 409, title: 'This onboarding was already decided' },
  'servicenow-unavailable': { status: 502, title: 'ServiceNow did not answer' },
}

/** A flow failure. `extensions` become members of the problem document (never secrets). */
export class FlowError extends Error {
  readonly code: FlowErrorCode
  readonly status: number
  readonly title: string
  readonly extensions: Record<string, unknown>
  /** Seconds after which a retry may succeed (rate limits). */
  readonly retryAfterSeconds: number | undefined

  constructor(
    code: FlowErrorCode,
    detail: string,
    extensions: Record<string, unknown> = {},
    retryAfterSeconds?: number,
  ) {
    super(detail)
    this.name = 'FlowError'
    this.code = code
    this.status = FLOW_ERRORS[code].status
    this.title = FLOW_ERRORS[code].title
    this.extensions = extensions
    this.retryAfterSeconds = retryAfterSeconds
  }
}
