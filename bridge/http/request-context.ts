/**
 * The first middleware of the API: gives every request an id (the caller's `x-request-id` when harmless, a
 * UUID otherwise), the headers every answer carries, and — when the response is finished — one JSON log line
 * with the request id, flow, ticket number, execution id and caller (and no credentials or personal data),
 * plus the invocation metrics of `POST /api/flo/{flow}/invoke`.
 */
import { randomUUID } from 'node:crypto'
import type { RequestHandler } from 'express'
import type { Logger } from 'pino'
import { isFlowName } from '../../shared/index.js'
import type { BridgeMetrics } from './metrics.js'
import type { RequestLocals } from './request-locals.js'

/** A caller's request id is kept only if it is harmless in a log line. */
const REQUEST_ID = /^[A-Za-z0-9._:-]{8,128}$/
/** An invocation's path, for the invocation metrics (the flow name is checked before it becomes a label). */
const INVOKE_PATH = /^\/api\/flo\/([^/]+)\/invoke$/

/** What the request context needs: where the log line goes, and the metrics invocations are counted in. */
export interface RequestContextDeps {
  logger: Logger
  metrics?: BridgeMetrics | undefined
}

/** The middleware: request id, common headers, and the request's log line (and metrics) when it finishes. */
export function requestContext(deps: RequestContextDeps): RequestHandler {
  const { logger, metrics } = deps
  return (req, res, next) => {
    const incoming = req.get('x-request-id')
    // A caller's request id is kept (ServiceNow can correlate), but only if it is harmless in a log line.
    const requestId = incoming !== undefined && REQUEST_ID.test(incoming) ? incoming : randomUUID()
    const locals = res.locals as RequestLocals
    locals.requestId = requestId
    res.setHeader('x-request-id', requestId)
    res.setHeader('cache-control', 'no-store')
    res.setHeader('x-content-type-options', 'nosniff')
    const started = process.hrtime.bigint()
    res.on('finish', () => {
      const line: Record<string, unknown> = {
        reqId: requestId,
        method: req.method,
        // The path only: the query string may carry a clientToken.
        path: req.path,
        status: res.statusCode,
        durationMs: Math.round(Number(process.hrtime.bigint() - started) / 1e5) / 10,
      }
      if (locals.flow) line.flow = locals.flow
      if (locals.dryRun !== undefined) line.dryRun = locals.dryRun
      if (locals.ticket) line.ticket = locals.ticket
      if (locals.executionId) line.executionId = locals.executionId
      if (locals.caller) line.caller = `${locals.caller.kind}:${locals.caller.id}`
      const level = res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info'
      logger[level](line, 'request')
      const invoked = INVOKE_PATH.exec(req.path)
      if (metrics && invoked && req.method === 'POST') {
        const named = invoked[1] ?? ''
        const flow = locals.flow ?? (isFlowName(named) ? named : 'unknown')
        const seconds = Number(process.hrtime.bigint() - started) / 1e9
        metrics.recordInvocation(flow, locals.dryRun === true, res.statusCode, seconds)
      }
    })
    next()
  }
}
