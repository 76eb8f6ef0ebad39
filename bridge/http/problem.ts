/**
 * RFC 9457 problem details — the only shape of a bridge error on the wire (`application/problem+json`).
 * Every problem has a stable `code` and a `type` URI derived from it, so ServiceNow scripts can branch on
 * the code while people read `title` and `detail`. Every bridge error, whatever layer threw it, is rendered
 * from its code's row in the one table (`bridge/errors.ts`); anything else — and a port's error no flow
 * translated — becomes a bare 500 `internal`: the underlying message and stack are logged, never sent,
 * because they can carry internals (or, through a careless library, a secret).
 */
import type { Response } from 'express'
import type { z } from 'zod'
import type { Problem } from '../../shared/index.js'
import { BridgeError, ERRORS, type HTTP_ERROR_CODES, isBridgeError, problemRow } from '../errors.js'

/** The media type of a problem document. */
export const PROBLEM_CONTENT_TYPE = 'application/problem+json'

/** The prefix of every problem `type`: a URN, stable across deployments (no host names in it). */
export const PROBLEM_TYPE_PREFIX = 'urn:okta-jml-bridge:problem:'

/** The codes the HTTP layer itself raises about a request (flows add theirs, see `FlowErrorCode`). */
export type HttpProblemCode = (typeof HTTP_ERROR_CODES)[number]

/** One invalid field: its path in the request (`profile.email`, `groups[0]`) and what is wrong with it. */
export interface FieldError {
  path: string
  message: string
}

/** A problem the HTTP layer raises, with the headers that go with it (`WWW-Authenticate`, `Allow`, …). */
export class HttpProblem extends BridgeError<HttpProblemCode> {
  readonly headers: Record<string, string | string[]>

  constructor(
    code: HttpProblemCode,
    detail: string,
    extensions: Record<string, unknown> = {},
    headers: Record<string, string | string[]> = {},
  ) {
    super(code, detail, { extensions })
    this.headers = headers
  }

  /** The HTTP status of the code (from the one table, {@link ERRORS}). */
  get status(): number {
    return ERRORS[this.code].status
  }

  /** The problem's title (from the one table). */
  get title(): string {
    return ERRORS[this.code].title
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
 * Renders any thrown value as a problem, by its code's row in the one table ({@link ERRORS}). Extensions never
 * override the standard members: an error cannot, by accident, change the status it is sent with. A bridge
 * error whose code is answered as `internal`, and anything that is not a bridge error at all, becomes the bare
 * `internal` problem: its message is for the log (`unexpected`), never for the caller.
 */
export function renderProblem(error: unknown, requestId?: string): RenderedProblem {
  const instance = requestId === undefined ? {} : { instance: problemInstance(requestId) }
  const row = isBridgeError(error) ? problemRow(error.code) : undefined
  // Not a bridge error, or one whose row is `internal`: the caller learns nothing of it.
  if (!isBridgeError(error) || row === undefined) {
    const internal = ERRORS.internal
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
  const headers: Record<string, string | string[]> = error instanceof HttpProblem ? { ...error.headers } : {}
  if (error.retryAfterSeconds !== undefined) {
    headers['retry-after'] = String(Math.max(1, Math.ceil(error.retryAfterSeconds)))
  }
  return {
    status: row.status,
    headers,
    body: {
      ...error.extensions,
      type: problemType(error.code),
      title: row.title,
      status: row.status,
      detail: error.message,
      code: error.code,
      ...instance,
    },
    unexpected: false,
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

/** How long a caller refused during shutdown should wait: about a pod restart. */
export const SHUTDOWN_RETRY_AFTER_SECONDS = 5

/**
 * Refuses new work once shutdown has begun: 503 `shutting-down` with `Retry-After`, so a caller (or a load
 * balancer that has not yet seen `/readyz` fail) retries on another replica. One answer for every route that
 * starts work, so they cannot drift apart.
 * @throws {HttpProblem} `shutting-down` when `shuttingDown()` says so.
 */
export function refuseWhileShuttingDown(shuttingDown: (() => boolean) | undefined): void {
  if (shuttingDown?.()) {
    throw new HttpProblem(
      'shutting-down',
      'The bridge is shutting down; retry shortly.',
      {},
      { 'retry-after': String(SHUTDOWN_RETRY_AFTER_SECONDS) },
    )
  }
}
