/**
 * How every error leaves the bridge: as RFC 9457 problem+json. The 404 for routes nobody answered and the
 * express error handler that renders whatever was thrown (`useProblemHandlers`), and the answer to what
 * Node's HTTP parser refuses before express sees it (`answerClientErrors`). Client-caused conditions are
 * 4xx problems; only the unanticipated is a 500 `internal`, logged with its message scrubbed.
 */
import type { Server } from 'node:http'
import type { Socket } from 'node:net'
import type express from 'express'
import type { NextFunction, Request, Response } from 'express'
import type { Logger } from 'pino'
import { ERRORS, isBridgeError } from '../errors.js'
import { scrubber } from '../logging/scrub.js'
import { MAX_BODY_BYTES } from './flow-routes.js'
import { HttpProblem, PROBLEM_CONTENT_TYPE, problemType, renderProblem, sendProblem } from './problem.js'
import type { RequestLocals } from './request-locals.js'

/**
 * The end of every express app of the bridge (the API, and `/metrics` on its own port): a 404 problem for
 * any route nobody answered, and the error handler that renders everything thrown as problem+json. Errors
 * a client caused (malformed percent-encoding, a body parser's complaint) become 4xx problems; only what
 * nobody anticipated is a 500 `internal`, logged with the request's fields and its message scrubbed.
 */
export function useProblemHandlers(
  app: express.Express,
  logger: Logger,
  scrub: (text: string) => string = scrubber([]),
): void {
  app.use((req, _res, next) => {
    next(new HttpProblem('not-found', `Nothing at ${req.method} ${printable(req.path)}.`))
  })

  // Express recognises an error handler by its four parameters.
  app.use((error: unknown, req: Request, res: Response, _next: NextFunction) => {
    const locals = res.locals as RequestLocals
    const problem = renderProblem(fromClientError(error), locals.requestId)
    if (problem.unexpected) {
      const err = error instanceof Error ? error : new Error(String(error))
      logger.error(
        {
          reqId: locals.requestId,
          ...(locals.flow ? { flow: locals.flow } : {}),
          ...(locals.ticket ? { ticket: locals.ticket } : {}),
          ...(locals.executionId ? { executionId: locals.executionId } : {}),
          err: {
            type: err.name,
            message: scrub(err.message),
            // The stack helps debugging but names internals: only at debug level.
            ...(logger.isLevelEnabled('debug') && err.stack ? { stack: scrub(err.stack) } : {}),
          },
        },
        'unexpected error',
      )
    }
    // Stop reading a body we will not use (a 413), so the connection can answer.
    if (!req.complete) req.resume()
    if (res.headersSent) return
    sendProblem(res, problem)
  })
}

/** A path as it may appear in a problem's detail: printable ASCII, bounded (it is the caller's input). */
function printable(path: string): string {
  const clean = path.replace(/[^\x20-\x7E]/g, '?')
  return clean.length > 200 ? `${clean.slice(0, 200)}…` : clean
}

/**
 * Answers what Node's HTTP parser refuses before express sees it — headers over the size limit (431), a
 * malformed request line or header (400) — as problem+json, instead of Node's bare status line. Connections
 * that are already gone (reset, timed out) are closed without an answer.
 */
export function answerClientErrors(server: Server): void {
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Socket) => {
    if (!socket.writable || error.code === 'ECONNRESET' || error.code === 'ERR_HTTP_REQUEST_TIMEOUT') {
      socket.destroy()
      return
    }
    const code = error.code === 'HPE_HEADER_OVERFLOW' ? 'header-too-large' : 'malformed-request'
    const { status, title } = ERRORS[code]
    const body = JSON.stringify({
      type: problemType(code),
      title,
      status,
      detail:
        code === 'header-too-large'
          ? 'The request headers exceed the server’s limit (16 KB): send fewer or shorter headers.'
          : 'The request is not valid HTTP/1.1.',
      code,
    })
    socket.end(
      `HTTP/1.1 ${status} ${title}\r\nContent-Type: ${PROBLEM_CONTENT_TYPE}\r\nContent-Length: ${Buffer.byteLength(body)}\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n${body}`,
    )
  })
}

/**
 * Errors a client caused, thrown by express or its body parsers rather than by the bridge, as the bridge's
 * problems: body-parser's (they carry `type`, `status` and, for a 413, the `limit` of the parser that refused —
 * the API's 100 KB or the event hook's 1 MB), malformed percent-encoding in a path (a `URIError` from the
 * router), and any other error carrying a 4xx status. Anything else is returned unchanged (a 500).
 */
function fromClientError(error: unknown): unknown {
  // The bridge's own errors answer by their code's row, whatever other `status` they carry (Okta's, …).
  if (isBridgeError(error)) return error
  if (error instanceof URIError) {
    return new HttpProblem(
      'malformed-request',
      'The request path has malformed percent-encoding (each % must start a valid UTF-8 escape).',
    )
  }
  const { type, limit, status, statusCode } = (error ?? {}) as {
    type?: unknown
    limit?: unknown
    status?: unknown
    statusCode?: unknown
  }
  switch (type) {
    case 'entity.too.large': {
      const bytes = typeof limit === 'number' ? limit : MAX_BODY_BYTES
      const size = bytes % (1024 * 1024) === 0 ? `${bytes / (1024 * 1024)} MB` : `${bytes / 1024} KB`
      return new HttpProblem('body-too-large', `The request body is larger than ${size}.`, {
        limitBytes: bytes,
      })
    }
    case 'entity.parse.failed':
      return new HttpProblem('malformed-json', 'The request body is not valid JSON (or not a JSON object).')
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return new HttpProblem(
        'unsupported-media-type',
        'Send the request body as UTF-8 JSON without content encoding.',
      )
    case 'request.aborted':
    case 'request.size.invalid':
      return new HttpProblem('malformed-json', 'The request body was incomplete.')
  }
  const code = typeof status === 'number' ? status : typeof statusCode === 'number' ? statusCode : 0
  if (code >= 400 && code < 500) {
    return new HttpProblem('malformed-request', 'The request could not be read.')
  }
  return error
}
