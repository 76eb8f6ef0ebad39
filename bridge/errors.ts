/**
 * The one base of every error the bridge throws on purpose, in the style of `jose`'s `JOSEError`: each carries
 * a stable `code` from {@link ERROR_CODES}, and {@link ERRORS} says — in one table — what each code means to a
 * caller: the HTTP status and title of its RFC 9457 problem, or `internal` for conditions no client caused
 * (a port failing, a bad configuration), which are answered as a bare 500 and logged.
 *
 * This module sits at the bottom of the dependency graph (it imports nothing) so that ports, adapters,
 * policy, flows and http all throw from the same base. The table is here, not in `http/`, because the status
 * is part of a code's meaning, not only its transport: flows record it with a failed execution and decide
 * by it whether a failure was a refusal (4xx), and flows never import http.
 */

/** The codes the HTTP layer raises about the request itself (`HttpProblem`). */
export const HTTP_ERROR_CODES = [
  'invalid-input',
  'malformed-request',
  'malformed-json',
  'unsupported-media-type',
  'body-too-large',
  'unknown-flow',
  'not-found',
  'method-not-allowed',
  'unauthenticated',
  'forbidden-flow',
  'auth-unavailable',
  'forbidden-audit',
  'forbidden-reconcile',
  'forbidden-catalog',
  'idempotency-key-reused',
  'execution-not-found',
  'batch-not-found',
  'shutting-down',
  'starting',
  'not-ready',
  'header-too-large',
  'internal',
] as const

/** The codes a flow can end in (`FlowError`); `policy-violation` is also the policy's own (`PolicyViolation`). */
export const FLOW_ERROR_CODES = [
  'user-not-found',
  'group-not-found',
  'app-not-found',
  'login-taken',
  'illegal-transition',
  'plan-changed',
  'policy-violation',
  'okta-rejected',
  'okta-forbidden',
  'okta-rate-limited',
  'okta-unavailable',
  'okta-auth-failed',
  'grant-not-found',
  'grant-not-active',
  'duration-not-allowed',
  'separation-of-duties',
  'not-requestable',
  'forbidden-grant',
  'not-our-incident',
  'incident-mismatch',
  'already-decided',
  'servicenow-unavailable',
] as const

/**
 * The Okta port's codes (`OktaError`): what Okta answered, before a flow decides what it means for a caller —
 * `okta-api-` and the error's `kind`. `okta-token-failed` wraps a token failure inside the Okta SDK's call.
 */
export const OKTA_ERROR_CODES = [
  'okta-api-not-found',
  'okta-api-conflict',
  'okta-api-invalid',
  'okta-api-forbidden',
  'okta-api-rate-limited',
  'okta-api-unavailable',
  'okta-api-auth',
  'okta-token-failed',
] as const

/** The ServiceNow port's codes (`ServiceNowError`): `servicenow-api-` and the error's `kind`. */
export const SERVICENOW_ERROR_CODES = [
  'servicenow-api-not-found',
  'servicenow-api-unauthorized',
  'servicenow-api-forbidden',
  'servicenow-api-invalid',
  'servicenow-api-rate-limited',
  'servicenow-api-unavailable',
] as const

/**
 * The store ports' codes (`ExecutionNotFoundError`, `ExecutionStateError`, `ExecutionLeaseLostError`,
 * `GrantStateError`).
 */
export const STORE_ERROR_CODES = [
  'store-execution-missing',
  'store-execution-state',
  'store-execution-lease-lost',
  'store-grant-state',
] as const

/** Start-up's codes (`ConfigError`, `PolicyFileError`): they stop the process, no caller ever sees them. */
export const STARTUP_ERROR_CODES = ['config-invalid', 'policy-file-invalid'] as const

/**
 * Every error code, grouped by who raises it. Adding a code without a row in {@link ERRORS} fails the type
 * check and `test/bridge/errors.test.ts`. Codes are part of the API (ServiceNow scripts branch on them): never
 * rename one.
 */
export const ERROR_CODES = [
  ...HTTP_ERROR_CODES,
  ...FLOW_ERROR_CODES,
  ...OKTA_ERROR_CODES,
  ...SERVICENOW_ERROR_CODES,
  ...STORE_ERROR_CODES,
  ...STARTUP_ERROR_CODES,
] as const

/** A stable error code: the discriminant of every {@link BridgeError}. */
export type ErrorCode = (typeof ERROR_CODES)[number]

/** The problem a code is answered with: its HTTP status and the `title` of its problem document. */
export interface ProblemRow {
  readonly status: number
  readonly title: string
}

/**
 * A code no client caused: answered as the `internal` problem (500) whose detail says nothing, and logged with
 * its message — a port's message can name hosts, records or, through a careless library, a secret.
 */
export const INTERNAL = 'internal' as const

/** The row of every code, in one table so status, title and code cannot drift apart. */
export const ERRORS = {
  'invalid-input': { status: 400, title: 'The request is not valid' },
  'malformed-request': { status: 400, title: 'The request is malformed' },
  'malformed-json': { status: 400, title: 'The request body is not valid JSON' },
  'unsupported-media-type': { status: 415, title: 'The request body must be application/json' },
  'body-too-large': { status: 413, title: 'The request body is too large' },
  'unknown-flow': { status: 404, title: 'No such flow' },
  'not-found': { status: 404, title: 'Not found' },
  'method-not-allowed': { status: 405, title: 'Method not allowed' },
  unauthenticated: { status: 401, title: 'Missing or invalid credentials' },
  'forbidden-flow': { status: 403, title: 'These credentials may not invoke this flow' },
  'auth-unavailable': { status: 503, title: 'Credentials cannot be verified right now' },
  'forbidden-audit': { status: 403, title: 'These credentials may not read the audit' },
  'forbidden-reconcile': { status: 403, title: 'These credentials may not run reconciliation' },
  'forbidden-catalog': { status: 403, title: 'These credentials may not read the catalog' },
  'idempotency-key-reused': {
    status: 422,
    title: 'The Idempotency-Key was already used for a different request',
  },
  'execution-not-found': { status: 404, title: 'No such execution' },
  'batch-not-found': { status: 404, title: 'No such batch' },
  'shutting-down': { status: 503, title: 'The bridge is shutting down' },
  starting: { status: 503, title: 'The bridge is starting' },
  'not-ready': { status: 503, title: 'The bridge is not ready' },
  'header-too-large': { status: 431, title: 'The request headers are too large' },
  internal: { status: 500, title: 'Internal error' },

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

  // Port and start-up failures reach a caller only through a flow, which translates them (`toFlowError`);
  // one that escapes untranslated is a bug, answered as `internal`.
  'okta-api-not-found': INTERNAL,
  'okta-api-conflict': INTERNAL,
  'okta-api-invalid': INTERNAL,
  'okta-api-forbidden': INTERNAL,
  'okta-api-rate-limited': INTERNAL,
  'okta-api-unavailable': INTERNAL,
  'okta-api-auth': INTERNAL,
  'okta-token-failed': INTERNAL,
  'servicenow-api-not-found': INTERNAL,
  'servicenow-api-unauthorized': INTERNAL,
  'servicenow-api-forbidden': INTERNAL,
  'servicenow-api-invalid': INTERNAL,
  'servicenow-api-rate-limited': INTERNAL,
  'servicenow-api-unavailable': INTERNAL,
  'store-execution-missing': INTERNAL,
  'store-execution-state': INTERNAL,
  'store-execution-lease-lost': INTERNAL,
  'store-grant-state': INTERNAL,
  'config-invalid': INTERNAL,
  'policy-file-invalid': INTERNAL,
} as const satisfies Record<ErrorCode, ProblemRow | typeof INTERNAL>

/** The codes answered as a problem of their own (every code whose row is not {@link INTERNAL}). */
export type ProblemCode = {
  [C in ErrorCode]: (typeof ERRORS)[C] extends ProblemRow ? C : never
}[ErrorCode]

/** The problem row of a code, or undefined for a code answered as `internal`. */
export function problemRow(code: ErrorCode): ProblemRow | undefined {
  const row: ProblemRow | typeof INTERNAL | undefined = ERRORS[code]
  return row === undefined || row === INTERNAL ? undefined : row
}

/** What every bridge error may carry besides its code and message. */
export interface BridgeErrorOptions {
  /** The error this one explains (kept for logs, never rendered). */
  cause?: unknown
  /** Members of the problem document (never secrets, never personal data beyond what the caller sent). */
  extensions?: Record<string, unknown>
  /** Seconds after which a retry may succeed (rate limits): the problem's `Retry-After`. */
  retryAfterSeconds?: number | undefined
}

/**
 * The base of every bridge error. `code` is the discriminant: branch on it, not on the class (a class may
 * raise several codes; `FlowError` raises every flow outcome).
 */
export class BridgeError<C extends ErrorCode = ErrorCode> extends Error {
  /** The stable code: one of {@link ERROR_CODES}. */
  readonly code: C
  /** Members of the problem document, when the code is answered as a problem of its own. */
  readonly extensions: Record<string, unknown>
  /** Seconds after which a retry may succeed (rate limits). */
  readonly retryAfterSeconds: number | undefined

  constructor(code: C, message: string, options: BridgeErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause })
    // The subclass's own name (`FlowError`, `OktaError`), as logs and stack traces show it.
    this.name = new.target.name
    this.code = code
    this.extensions = options.extensions ?? {}
    this.retryAfterSeconds = options.retryAfterSeconds
  }
}

/** Whether a value is a bridge error (of any class, from any layer). */
export function isBridgeError(value: unknown): value is BridgeError {
  return value instanceof BridgeError
}
