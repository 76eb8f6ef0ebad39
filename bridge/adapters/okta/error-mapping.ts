/**
 * What a Management API call throws, as the port's {@link OktaError}: Okta's status and error code mapped to a kind
 * (not-found, rate-limited with its reset, unavailable, conflict, forbidden, invalid), with Okta's summary,
 * causes and request id — and a token failure unwrapped to the token source's own error.
 */
import { OktaError } from '../../ports/okta.js'
import { OktaApiFailure, TokenFailure } from './management-client.js'

/** Which endpoint answered, for the error mapping: lifecycle refusals are conflicts, not bad data. */
export type Endpoint = 'lifecycle' | 'other'

/** Whether a write's outcome is unknown (Okta unavailable): the port then looks whether the change is there. */
export function isUnknownOutcome(error: unknown): boolean {
  return error instanceof OktaError && error.kind === 'unavailable'
}

/** Okta codes that mean "not in the object's current state". */
const STATE_CONFLICTS = new Set(['E0000038', 'E0000016', 'E0000032'])

/** What the client (or the SDK, in the parity test) throws for a non-2xx answer. */
interface HttpFailure {
  status: number
  errorCode?: unknown
  errorSummary?: unknown
  errorCauses?: unknown
  message: string
  headers?: { get(name: string): string | null }
}

/**
 * Whether an error is a non-2xx answer: the client's {@link OktaApiFailure}, or the SDK's `OktaApiError` /
 * `HttpError` (same members), which the parity test's SDK client throws.
 */
function isHttpFailure(error: unknown): error is HttpFailure {
  if (error instanceof OktaApiFailure) return true
  return (
    error instanceof Error &&
    (error.name === 'OktaApiError' || error.name === 'HttpError') &&
    typeof (error as { status?: unknown }).status === 'number'
  )
}

/**
 * Translates what a call threw into an {@link OktaError}. Errors that are not Okta's answer (programming
 * errors, a refused origin) pass through unchanged.
 */
export function toOktaError(error: unknown, endpoint: Endpoint): unknown {
  if (error instanceof TokenFailure) return error.failure
  if (error instanceof OktaError || !isHttpFailure(error)) return error
  const status = error.status
  const code = typeof error.errorCode === 'string' ? error.errorCode : undefined
  const summary =
    typeof error.errorSummary === 'string' && error.errorSummary ? error.errorSummary : error.message
  const causes = Array.isArray(error.errorCauses)
    ? error.errorCauses
        .map((cause) => (cause as { errorSummary?: unknown })?.errorSummary)
        .filter((text): text is string => typeof text === 'string')
    : []
  const header = (name: string) => (typeof error.headers?.get === 'function' ? error.headers.get(name) : null)
  const requestId = header('x-okta-request-id')
  const alreadyExists = [summary, ...causes].some((text) => /already exists/i.test(text))

  let kind: OktaError['kind']
  if (status === 404 || code === 'E0000007') kind = 'not-found'
  else if (status === 429) kind = 'rate-limited'
  else if (status >= 500) kind = 'unavailable'
  else if (code !== undefined && STATE_CONFLICTS.has(code)) kind = 'conflict'
  else if (
    status === 409 ||
    (status === 400 && (alreadyExists || (endpoint === 'lifecycle' && code === 'E0000001')))
  )
    kind = 'conflict'
  else if (status === 401 || status === 403) kind = 'forbidden'
  else kind = 'invalid'

  const reset = Number(header('x-rate-limit-reset'))
  const detail = causes.length > 0 ? ` (${causes.join('; ')})` : ''
  return new OktaError({
    kind,
    status,
    message: `Okta answered ${status}${code ? ` ${code}` : ''}: ${summary}${detail}`,
    oktaCode: code,
    oktaRequestId: requestId,
    causes,
    retryAt: kind === 'rate-limited' && Number.isFinite(reset) && reset > 0 ? reset * 1000 : undefined,
  })
}

/** The same unknown-outcome error, once the bridge has looked and found that the change was not made. */
export function notMade(error: OktaError): OktaError {
  return new OktaError({
    message: error.message,
    status: error.status,
    kind: error.kind,
    oktaCode: error.oktaCode,
    oktaRequestId: error.oktaRequestId,
    causes: error.causes,
    retryAt: error.retryAt,
    notMade: true,
  })
}
