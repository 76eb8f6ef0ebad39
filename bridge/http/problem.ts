/**
 * RFC 9457 problem details — the only shape of a bridge error on the wire (`application/problem+json`).
 * Every problem has a stable `code` and a `type` URI derived from it, so ServiceNow scripts can branch on
 * the code while people read `title` and `detail`. Flow errors keep their own status and extensions;
 * anything unexpected becomes a bare 500 `internal`: the underlying message and stack are logged, never
 * sent, because they can carry internals (or, through a careless library, a secret).
 */
import type { Response } from 'express'
import type { z } from 'zod'
import type { Problem } from '../../shared/index.js'
import { FlowError } from '../flows/errors.js'

/** The media type of a problem document. */
export const PROBLEM_CONTENT_TYPE = 'application/problem+json'

/** The prefix of every problem `type`: a URN, stable across deployments (no host names in it). */
export const PROBLEM_TYPE_PREFIX = 'urn:okta-jml-bridge:problem:'

/** The codes of the problems the HTTP layer itself raises (flows add their own, see `FlowErrorCode`). */
export type HttpProblemCode =
  | 'invalid-input'
  | 'malformed-request'
  | 'malformed-json'
  | 'unsupported-media-type'
  | 'body-too-large'
  | 'unknown-flow'
  | 'not-found'
  | 'method-not-allowed'
  | 'unauthenticated'
  | 'forbidden-flow'
  | 'auth-unavailable'
  | 'forbidden-audit'
  | 'forbidden-reconcile'
  | 'forbidden-catalog'
  | 'idempotency-key-reused'
  | 'execution-not-found'
  | 'shutting-down'
  | 'starting'
  | 'not-ready'
  | 'header-too-large'
  | 'internal'

/** The HTTP status and title of each code, in one table so they cannot drift apart. */
export const HTTP_PROBLEMS: Record<HttpProblemCode, { status: number; title: string }> = {
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
  'shutting-down': { status: 503, title: 'The bridge is shutting down' },
  starting: { status: 503, title: 'The bridge is starting' },
  'not-ready': { status: 503, title: 'The bridge is not ready' },
  'header-too-large': { status: 431, title: 'The request headers are too large' },
  internal: { status: 500, title: 'Internal error' },
}

/** One invalid field: its path in the request (`profile.email`, `groups[0]`) and what is wrong with it. */
export interface FieldError {
  path: string
  message: string
}

/** A problem the HTTP layer raises, with the headers that go with it (`WWW-Authenticate`, `Allow`, …). */
export class HttpProblem extends Error {
  readonly status: number
  readonly title: string

  constructor(
    readonly code: HttpProblemCode,
    detail: string,
    readonly extensions: Record<string, unknown> = {},
    readonly headers: Record<string, string | string[]> = {},
  ) {
    super(detail)
    this.name = 'HttpProblem'
    this.status = HTTP_PROBLEMS[code].status
    this.title = HTTP_PROBLEMS[code].title
  }
}

/** A rendered problem: status, headers and the problem document. */
export interface RenderedProblem {
  status: number
  headers: Record<string, string | string[]>
  body: Problem
  /** True for errors nobody anticipated: the caller should log the original error. */
  unexpected: boolean
}

/** The `type` URI of a code. */
export function problemType(code: string): string {
  return `${PROBLEM_TYPE_PREFIX}${code}`
}

/** The `instance` URI of a request: its request id, so a caller can quote it to support. */
export function problemInstance(requestId: string): string {
  return `urn:okta-jml-bridge:request:${requestId}`
}

/**
 * Renders any thrown value as a problem. Extensions never override the standard members: a flow error
 * cannot, by accident, change the status it is sent with.
 */
export function renderProblem(error: unknown, requestId?: string): RenderedProblem {
  const instance = requestId === undefined ? {} : { instance: problemInstance(requestId) }
  if (error instanceof HttpProblem || error instanceof FlowError) {
    const headers: Record<string, string | string[]> =
      error instanceof HttpProblem ? { ...error.headers } : {}
    if (error instanceof FlowError && error.retryAfterSeconds !== undefined) {
      headers['retry-after'] = String(Math.max(1, Math.ceil(error.retryAfterSeconds)))
    }
    return {
      status: error.status,
      headers,
      body: {
        ...error.extensions,
        type: problemType(error.code),
        title: error.title,
        status: error.status,
        detail: error.message,
        code: error.code,
        ...instance,
      },
      unexpected: false,
    }
  }
  const internal = HTTP_PROBLEMS.internal
  return {
    status: internal.status,
    headers: {},
    body: {
      type: problemType('internal'),
      title: internal.title,
      status: internal.status,
      detail: 'The bridge failed unexpectedly; the error is logged under this request id.',
      code: 'internal',
      ...instance,
    },
    unexpected: true,
  }
}

/** Sends a rendered problem as `application/problem+json`. */
export function sendProblem(res: Response, problem: RenderedProblem): void {
  for (const [name, value] of Object.entries(problem.headers)) res.setHeader(name, value)
  res.status(problem.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(problem.body))
}

/**
 * A zod validation failure as `invalid-input` (400) with one entry per field. Unknown fields are listed
 * one by one (`profile.foo: is not a known field`) because a caller fixes them one by one; messages never
 * repeat the value sent, which may be personal data.
 */
export function invalidInput(
  error: z.ZodError,
  detail = 'The request body does not match the flow’s input schema.',
): HttpProblem {
  return new HttpProblem('invalid-input', detail, { errors: fieldErrors(error.issues) })
}

/** The field errors of zod issues. */
export function fieldErrors(
  issues: readonly z.core.$ZodIssue[],
  prefix: readonly PropertyKey[] = [],
): FieldError[] {
  const errors: FieldError[] = []
  for (const issue of issues) {
    const path = [...prefix, ...issue.path]
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys)
        errors.push({ path: formatPath([...path, key]), message: 'is not a known field' })
    } else if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      // Report the alternative that came closest (fewest issues), rather than "Invalid input".
      const closest = [...issue.errors].sort((a, b) => a.length - b.length)
      const best = closest[0]!
      const tie = closest.length > 1 && closest[1]!.length === best.length
      if (tie || best.length === 0)
        errors.push({ path: formatPath(path), message: 'matches none of the accepted forms' })
      else errors.push(...fieldErrors(best, path))
    } else {
      errors.push({ path: formatPath(path), message: issue.message })
    }
  }
  return errors
}

/** `['profile', 'email']` → `profile.email`; `['groups', 0]` → `groups[0]`; the root is `(root)`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = ''
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`
    else out += out === '' ? String(part) : `.${String(part)}`
  }
  return out === '' ? '(root)' : out
}
