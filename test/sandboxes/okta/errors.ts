/**
 * Okta's error vocabulary as the sandbox speaks it.
 *
 * Management API errors share one body shape:
 * `{ errorCode, errorSummary, errorLink, errorId, errorCauses: [{ errorSummary }] }`.
 * The OAuth endpoints use RFC 6749's `{ error, error_description }` instead, so they get their own class.
 */
import { randomBytes } from 'node:crypto'

/** One entry of an Okta error body's `errorCauses`. */
export interface OktaErrorCause {
  errorSummary: string
}

/** The JSON body Okta returns with a Management API error. */
export interface OktaErrorBody {
  errorCode: string
  errorSummary: string
  errorLink: string
  errorId: string
  errorCauses: OktaErrorCause[]
}

/** A Management API error: thrown by org operations, rendered by the HTTP layer. */
export class OktaApiError extends Error {
  readonly status: number
  readonly errorCode: string
  readonly causes: OktaErrorCause[]
  readonly headers: Record<string, string>

  constructor(
    status: number,
    errorCode: string,
    summary: string,
    causes: string[] = [],
    headers: Record<string, string> = {},
  ) {
    super(summary)
    this.name = 'OktaApiError'
    this.status = status
    this.errorCode = errorCode
    this.causes = causes.map((errorSummary) => ({ errorSummary }))
    this.headers = headers
  }

  /** The body Okta sends, with a fresh `errorId` (Okta makes one per error, like a request id). */
  toBody(): OktaErrorBody {
    return {
      errorCode: this.errorCode,
      errorSummary: this.message,
      errorLink: this.errorCode,
      errorId: newErrorId(),
      errorCauses: this.causes,
    }
  }
}

/** An OAuth 2.0 endpoint error (`/oauth2/v1/token`), rendered as `{ error, error_description }`. */
export class OAuthError extends Error {
  readonly status: number
  readonly error: string
  readonly headers: Record<string, string>

  constructor(status: number, error: string, description: string, headers: Record<string, string> = {}) {
    super(description)
    this.name = 'OAuthError'
    this.status = status
    this.error = error
    this.headers = headers
  }

  toBody(): { error: string; error_description: string } {
    return { error: this.error, error_description: this.message }
  }
}

/** Okta error ids look like `oae…` followed by random URL-safe characters. */
export function newErrorId(): string {
  return `oae${randomBytes(16).toString('base64url').slice(0, 19)}`
}

// ---------------------------------------------------------------------------
// The errors Okta answers most often, by their Okta code.
// ---------------------------------------------------------------------------

/** E0000001: request validation failed (400). `field` names what failed, as Okta does. */
export const validationFailed = (field: string, ...causes: string[]) =>
  new OktaApiError(400, 'E0000001', `Api validation failed: ${field}`, causes)

/** E0000003: the body is not JSON, or not the JSON the endpoint expects (400). */
export const malformedBody = () => new OktaApiError(400, 'E0000003', 'The request body was not well-formed.')

/** E0000006: authenticated, but not allowed (403). */
export const forbidden = () =>
  new OktaApiError(403, 'E0000006', 'You do not have permission to perform the requested action')

/** E0000007: no such resource (404). `what` is Okta's `<id> (<Type>)` phrase. */
export const notFound = (what: string) =>
  new OktaApiError(404, 'E0000007', `Not found: Resource not found: ${what}`)

/** E0000011: missing, unknown, expired or unbound access token (401). */
export const invalidToken = (headers: Record<string, string> = {}) =>
  new OktaApiError(401, 'E0000011', 'Invalid token provided', [], headers)

/** E0000022: the path exists but not for this HTTP method (405). */
export const methodNotAllowed = () =>
  new OktaApiError(405, 'E0000022', 'The endpoint does not support the provided HTTP method')

/** E0000031: a `search` or `filter` expression Okta cannot parse or does not allow (400). */
export const invalidSearch = (cause: string) =>
  new OktaApiError(400, 'E0000031', 'Invalid search criteria.', [cause])

/** E0000038: a lifecycle operation the user's current status does not allow (403). */
export const notAllowedInStatus = () =>
  new OktaApiError(403, 'E0000038', "This operation is not allowed in the user's current status.")

/** E0000047: rate limit or concurrency limit exceeded (429). */
export const rateLimited = (headers: Record<string, string>) =>
  new OktaApiError(429, 'E0000047', 'API call exceeded rate limit due to too many requests.', [], headers)
