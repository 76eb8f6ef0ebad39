/**
 * What a bridge answer means for a flow: a plan, a result, or an error a person can act on. Every error
 * is classified — whose move it is and whether trying again can help — so a flow can branch on it and
 * the work note says what to do, never just "failed".
 */
import type { DryRunResult, InvocationResult, Problem } from './contract.ts'

/** Who has to act on an error. */
export type ErrorKind =
  /** The bridge could not be reached or did not answer in time: try again later. */
  | 'unreachable'
  /** The instance's credentials were refused: an admin fixes the OAuth profile or credential. */
  | 'configuration'
  /** The request itself is wrong (bad variables): the requester or help desk corrects the item. */
  | 'request'
  /** Okta's state does not allow it (user missing, login taken, plan changed): the help desk looks. */
  | 'conflict'
  /** The bridge's policy refused it: only an Okta admin can change that. */
  | 'policy'
  /** Okta or the bridge failed: try again later; if it persists, the bridge's operators look. */
  | 'upstream'

/** A failed bridge call, classified. */
export interface BridgeError {
  kind: ErrorKind
  /** The bridge's stable code (`plan-changed`, `user-not-found`, …), or this app's own for transport failures. */
  code: string
  /** HTTP status; 0 when there was no answer. */
  status: number
  /** One line for a work note. */
  message: string
  /** Whether the same call may succeed later without anyone changing anything. */
  retryable: boolean
  /** Field errors of a 400, as `path: message`. */
  fieldErrors: string[]
  /** The problem's `instance` (the bridge request id), for whoever asks the bridge's operators. */
  reference?: string
  /** The bridge execution still running (`execution-pending` only): where its outcome is read later. */
  executionId?: string
}

/** The outcome of a call: exactly one of plan, result or error. */
export type BridgeOutcome =
  | { ok: true; kind: 'plan'; plan: DryRunResult }
  | { ok: true; kind: 'result'; result: InvocationResult }
  | { ok: false; error: BridgeError }

/** What the HTTP layer saw: status (0 when no answer), body, and the transport's own error text. */
export interface HttpAnswer {
  status: number
  body: string
  /** RESTMessageV2's error message when it has one (timeout, DNS, TLS). */
  transportError?: string
}

/** What each bridge code means for the caller. Codes not listed fall back on the status. */
const CODES: Readonly<Record<string, { kind: ErrorKind; retryable: boolean }>> = {
  'invalid-input': { kind: 'request', retryable: false },
  'malformed-json': { kind: 'request', retryable: false },
  'unsupported-media-type': { kind: 'request', retryable: false },
  'body-too-large': { kind: 'request', retryable: false },
  'unknown-flow': { kind: 'configuration', retryable: false },
  'not-found': { kind: 'configuration', retryable: false },
  unauthenticated: { kind: 'configuration', retryable: false },
  'forbidden-flow': { kind: 'configuration', retryable: false },
  'auth-unavailable': { kind: 'upstream', retryable: true },
  'idempotency-key-reused': { kind: 'conflict', retryable: false },
  'user-not-found': { kind: 'conflict', retryable: false },
  'group-not-found': { kind: 'configuration', retryable: false },
  'app-not-found': { kind: 'configuration', retryable: false },
  'login-taken': { kind: 'conflict', retryable: false },
  'illegal-transition': { kind: 'conflict', retryable: false },
  'plan-changed': { kind: 'conflict', retryable: false },
  'policy-violation': { kind: 'policy', retryable: false },
  'okta-rejected': { kind: 'request', retryable: false },
  'okta-forbidden': { kind: 'policy', retryable: false },
  'okta-rate-limited': { kind: 'upstream', retryable: true },
  'okta-unavailable': { kind: 'upstream', retryable: true },
  'okta-auth-failed': { kind: 'upstream', retryable: false },
  internal: { kind: 'upstream', retryable: true },
}

/** What to do, by kind: the second sentence of every error work note. */
const ADVICE: Readonly<Record<ErrorKind, string>> = {
  unreachable: 'The bridge did not answer; the help desk can retry once it is reachable.',
  configuration:
    'An administrator must check the bridge connection (the base URL property and the OAuth profile or credential) and the Okta resources table.',
  request: 'Correct the request and order it again.',
  conflict: 'Okta is not in the state the request expects; the help desk should look at the user in Okta.',
  policy: 'The bridge policy refused it; only an Okta administrator can change that policy.',
  upstream: 'Okta or the bridge failed; retry later, and tell the bridge operators if it persists.',
}

/** The advice for an error kind. */
export function adviceFor(kind: ErrorKind): string {
  return ADVICE[kind]
}

/** Parses JSON, or undefined. */
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

/** Whether a value is a non-null object. */
function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Whether a 2xx body is a dry run's plan. */
function isPlan(body: unknown): body is DryRunResult {
  return isObject(body) && body.dryRun === true && typeof body.planHash === 'string' && isObject(body.plan)
}

/** Whether a 2xx body is an invocation's result. */
function isResult(body: unknown): body is InvocationResult {
  return (
    isObject(body) &&
    body.status === 'succeeded' &&
    typeof body.executionId === 'string' &&
    Array.isArray(body.changes)
  )
}

/** Classifies a bridge answer. A 2xx that is neither plan nor result is an error too: never a silent success. */
export function interpretAnswer(answer: HttpAnswer): BridgeOutcome {
  if (answer.status === 0) {
    return failure({
      kind: 'unreachable',
      code: 'bridge-unreachable',
      status: 0,
      message: `The bridge could not be reached${answer.transportError ? `: ${answer.transportError}` : ''}.`,
      retryable: true,
    })
  }
  const body = parseJson(answer.body)
  if (answer.status >= 200 && answer.status < 300) {
    if (isPlan(body)) return { ok: true, kind: 'plan', plan: body }
    if (isResult(body)) return { ok: true, kind: 'result', result: body }
    // 202: the bridge accepted the execution but it outlived the synchronous wait. Not a success yet, and
    // not lost: calling again with the same Idempotency-Key answers that execution's result.
    if (answer.status === 202 && isObject(body) && typeof body.executionId === 'string') {
      return failure({
        kind: 'upstream',
        code: 'execution-pending',
        status: 202,
        message: `The bridge is still running execution ${body.executionId}; running the step again with the same Idempotency-Key returns its result.`,
        retryable: true,
        executionId: body.executionId,
      })
    }
    return failure({
      kind: 'upstream',
      code: 'unexpected-answer',
      status: answer.status,
      message: `The bridge answered ${answer.status} with a body that is neither a plan nor a result.`,
      retryable: false,
    })
  }
  return { ok: false, error: problemToError(answer.status, body) }
}

/** A problem document (or any error body) as a {@link BridgeError}. */
export function problemToError(status: number, body: unknown): BridgeError {
  const problem: Partial<Problem> = isObject(body) ? (body as Partial<Problem>) : {}
  const code = typeof problem.code === 'string' ? problem.code : `http-${status}`
  const known = CODES[code]
  const kind: ErrorKind =
    known?.kind ??
    (status === 401 || status === 403
      ? 'configuration'
      : status >= 500 || status === 429
        ? 'upstream'
        : 'request')
  const retryable = known?.retryable ?? (status >= 500 || status === 429)
  const title = typeof problem.title === 'string' ? problem.title : `HTTP ${status}`
  const detail = typeof problem.detail === 'string' && problem.detail !== title ? ` ${problem.detail}` : ''
  const fieldErrors = Array.isArray(problem.errors)
    ? problem.errors.filter(isObject).map((e) => `${String(e.path)}: ${String(e.message)}`)
    : []
  return {
    kind,
    code,
    status,
    message: `${title}.${detail}`.replace(/\.\./g, '.'),
    retryable,
    fieldErrors,
    ...(typeof problem.instance === 'string' ? { reference: problem.instance } : {}),
  }
}

/** A failed outcome without field errors. */
function failure(error: Omit<BridgeError, 'fieldErrors'>): BridgeOutcome {
  return { ok: false, error: { ...error, fieldErrors: [] } }
}

/**
 * An error this app throws on purpose, told apart by a stable `code` rather than by its class: the
 * instance's JavaScript engine refuses Error subclasses ("Error is subclassable" is Disallowed in ES12
 * mode), so each is a plain `Error` with `name` and `code` set (and any data it carries).
 */
export type CodedError<C extends string = string> = Error & { readonly code: C }

/** A plain `Error` carrying `code`, `name` (for logs) and `extra` (data a caller needs, such as problems). */
export function codedError<C extends string, X extends object = Record<never, never>>(
  code: C,
  name: string,
  message: string,
  extra?: X,
): CodedError<C> & X {
  const error = new Error(message)
  error.name = name
  return Object.assign(error, extra ?? {}, { code }) as CodedError<C> & X
}

/** Whether `error` is a {@link CodedError} with this code (what `instanceof` would have told). */
export function hasCode<C extends string>(error: unknown, code: C): error is CodedError<C> {
  return error instanceof Error && (error as { code?: unknown }).code === code
}
