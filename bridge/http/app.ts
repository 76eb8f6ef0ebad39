/**
 * The bridge's HTTP surface, imitating Okta Workflows API endpoint flows:
 *
 * - `POST /api/flo/{flow}/invoke[?dryRun=true]` — authenticate, then check the request (content type,
 *   size, JSON, the flow's strict schema) before anything reaches Okta, then run the flow;
 * - `GET /openapi.json`, `GET /api/flo/{flow}/openapi.json` — the OpenAPI descriptions;
 * - `GET /api/least-privilege` (authenticated) — what to grant the service app in Okta;
 * - `GET /api/flo/executions/{id}` — an execution's status, steps and output (`execution-routes.ts`);
 * - `GET /api/audit…` — the golden-thread audit (`audit.ts`);
 * - `POST /api/reconcile` — grants compared with Okta, drift reported or repaired (`reconcile.ts`);
 * - `GET /api/whoami`, `GET /api/catalog/resources` — the caller and its permissions, and the Okta catalog
 *   the ServiceNow app syncs (`catalog.ts`);
 * - `GET /healthz` — liveness: 200 while the process serves HTTP at all;
 * - `GET /readyz` — readiness: 200 when every check passes (store, policy, Okta token), else 503 naming the
 *   failing checks; 503 at once when shutdown begins;
 * - `GET /metrics` — Prometheus metrics, when served on this port (behind `METRICS_TOKEN`, `metrics.ts`).
 *
 * During shutdown new invocations are refused with 503 `shutting-down` and `Retry-After`, so ServiceNow
 * retries against another replica (or this one after its restart) instead of starting work that the grace
 * period might cut short.
 *
 * With an execution service, real invocations are durable executions behind an idempotency key
 * (`execution-routes.ts`); dry runs, which change nothing, always run directly.
 *
 * Every response carries an `x-request-id`; every error is problem+json; every request is one JSON log
 * line with the request id, flow, ticket number and execution id — and no credentials or personal data.
 */
import { randomUUID } from 'node:crypto'
import type { Server } from 'node:http'
import type { Socket } from 'node:net'
import express, { type NextFunction, type Request, type Response } from 'express'
import { type DestinationStream, type Logger, pino } from 'pino'
import type { z } from 'zod'
import {
  type DryRunResult,
  FLOW_NAMES,
  FLOWS,
  type FlowInput,
  type FlowName,
  type InvocationResult,
  isFlowName,
} from '../../shared/index.js'
import { GRANTS_MANAGE_PERMISSION } from '../callers/permissions.js'
import { ERRORS, isBridgeError } from '../errors.js'
import type { InvokeOptions } from '../flows/engine.js'
import type { LeastPrivilegeReport } from '../least-privilege/report.js'
import { type AuditDeps, auditRouter } from './audit.js'
import type { Authenticator } from './auth.js'
import { type CatalogLister, catalogRouter } from './catalog.js'
import { type EventHookDeps, eventHooksRouter } from './event-hooks.js'
import { type ExecutionRunner, executionsRouter, invokeDurably } from './execution-routes.js'
import { type BridgeMetrics, metricsHandler } from './metrics.js'
import { documentForFlow, type OpenApiOptions, openApiDocument } from './openapi.js'
import {
  HttpProblem,
  invalidInput,
  PROBLEM_CONTENT_TYPE,
  problemType,
  renderProblem,
  sendProblem,
} from './problem.js'
import type { ReadinessReport } from './readiness.js'
import { type ReconcileDeps, reconcileRouter } from './reconcile.js'
import type { RequestLocals } from './request-locals.js'

/** The largest request body accepted; Okta Workflows' own limit is far above what a flow input needs. */
export const MAX_BODY_BYTES = 100 * 1024

/** What the app runs flows with: `FlowEngine` (a stub in unit tests). */
export interface FlowInvoker {
  invoke<F extends FlowName>(
    flow: F,
    input: FlowInput<F>,
    options: InvokeOptions,
  ): Promise<DryRunResult | InvocationResult>
}

/** What the app needs. */
export interface AppDeps {
  engine: FlowInvoker
  authenticate: Authenticator
  logger: Logger
  /** The least-privilege report for `GET /api/least-privilege`. */
  leastPrivilege: LeastPrivilegeReport | (() => LeastPrivilegeReport)
  /** Whether the bridge has started and is not shutting down (`/readyz` is 503 otherwise, without checks). */
  ready: () => boolean
  /** The readiness checks of `/readyz` (store, policy, Okta token); absent → `ready()` alone decides. */
  readiness?: () => Promise<ReadinessReport>
  /** Whether shutdown has begun: new invocations are refused with 503 `shutting-down` and `Retry-After`. */
  shuttingDown?: () => boolean
  /** Invocation metrics, and `/metrics` on this port when `metricsToken` is set. */
  metrics?: BridgeMetrics
  /** The bearer token `/metrics` on this port requires; without it `/metrics` is not served here. */
  metricsToken?: string
  openApi?: OpenApiOptions
  /**
   * Secret values to scrub from anything logged about an unexpected error (client tokens, …), on top of
   * the token-shaped strings always scrubbed.
   */
  secrets?: readonly string[]
  /**
   * Runs real invocations as durable executions (idempotency keys, 202 + status URL). Without it they run
   * directly on the engine and are not recorded (unit tests of the HTTP layer).
   */
  executions?: ExecutionRunner
  /** How long a synchronous invocation waits for its execution before answering 202 (default 20 000 ms). */
  syncDeadlineMs?: number
  /** The audit endpoints; absent → not served. */
  audit?: AuditDeps
  /** `POST /api/reconcile` (`reconcile.ts`); absent → not served. */
  reconcile?: ReconcileDeps
  /** `GET /api/catalog/resources` (`catalog.ts`); absent → not served. `GET /api/whoami` is always served. */
  catalog?: CatalogLister
  /** The Okta event hook receiver (`/hooks/okta/events`); absent (no `OKTA_EVENT_HOOK_SECRET`) → not served. */
  eventHooks?: EventHookDeps
  /** The operator console's router (`console/router.ts`), mounted at `/console`; absent → not served. */
  console?: express.RequestHandler
}

const REQUEST_ID = /^[A-Za-z0-9._:-]{8,128}$/
/** An invocation's path, for the invocation metrics (the flow name is checked before it becomes a label). */
const INVOKE_PATH = /^\/api\/flo\/([^/]+)\/invoke$/
/** The flows that end or extend an existing grant: they need to know whether the caller holds `grants.manage`. */
const GRANT_MANAGING_FLOWS: ReadonlySet<FlowName> = new Set(['revoke-access', 'extend-access'])
/** How long a caller refused during shutdown should wait: about a pod restart. */
export const SHUTDOWN_RETRY_AFTER_SECONDS = 5

/** Creates the express app. */
export function createApp(deps: AppDeps): express.Express {
  const { engine, authenticate, logger } = deps
  const app = express()
  app.disable('x-powered-by')
  // Strict JSON (objects and arrays only), at most 100 KB, whatever the content type says — the content
  // type is checked first, explicitly, so the answer is a 415 rather than an empty body.
  // No inflation: a compressed body would let a small request expand past the limit's intent, and no
  // Workflows client compresses requests.
  const parseJson = express.json({ limit: MAX_BODY_BYTES, strict: true, inflate: false, type: () => true })
  const scrub = scrubber(deps.secrets ?? [])

  app.use((req, res, next) => {
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
      if (deps.metrics && invoked && req.method === 'POST') {
        const named = invoked[1] ?? ''
        const flow = locals.flow ?? (isFlowName(named) ? named : 'unknown')
        const seconds = Number(process.hrtime.bigint() - started) / 1e9
        deps.metrics.recordInvocation(flow, locals.dryRun === true, res.statusCode, seconds)
      }
    })
    next()
  })

  // Liveness: the process answers HTTP. Nothing external is checked here — a restart would not fix Okta.
  app.get('/healthz', (_req, res) => {
    res.status(200).json({ status: 'ok' })
  })

  // Ready: 200 with the checks. Not ready: a 503 problem like every other error, the checks as extensions
  // (a probe looks at the status only; a person reading it sees which check fails and why).
  app.get('/readyz', async (_req, res) => {
    if (!deps.ready()) {
      if (deps.shuttingDown?.())
        throw new HttpProblem('shutting-down', 'The bridge is shutting down: send traffic elsewhere.', {
          checks: {},
        })
      throw new HttpProblem('starting', 'The bridge is starting: its checks have not run yet.', {
        checks: {},
      })
    }
    const report = deps.readiness ? await deps.readiness() : { ready: true, checks: {} }
    const failing = Object.keys(report.checks).filter((name) => !report.checks[name]!.ok)
    if (!report.ready)
      throw new HttpProblem('not-ready', `Not ready: ${failing.join(', ')} failing.`, {
        failing,
        checks: report.checks,
      })
    res.status(200).json({ status: 'ready', failing, checks: report.checks })
  })

  if (deps.metrics && deps.metricsToken) app.get('/metrics', metricsHandler(deps.metrics, deps.metricsToken))
  else {
    // Not served here: say how to enable it rather than a bare "nothing here" a new user cannot act on.
    app.get('/metrics', () => {
      throw new HttpProblem(
        'not-found',
        '/metrics is not served on this port: set METRICS_TOKEN (a bearer token of at least 32 characters) to serve it here, or METRICS_PORT to serve it on a port of its own.',
      )
    })
  }

  app.get('/openapi.json', (_req, res) => {
    res.status(200).json(openApiDocument(deps.openApi))
  })

  app.get('/api/flo/:flow/openapi.json', (req, res) => {
    const flow = req.params.flow
    if (!isFlowName(flow)) throw unknownFlow(flow)
    res.status(200).json(documentForFlow(flow, deps.openApi))
  })

  app.get('/api/least-privilege', async (req, res) => {
    ;(res.locals as RequestLocals).caller = await authenticate(req, undefined)
    const report = typeof deps.leastPrivilege === 'function' ? deps.leastPrivilege() : deps.leastPrivilege
    res.status(200).json(report)
  })

  app.post('/api/flo/:flow/invoke', async (req, res) => {
    const locals = res.locals as RequestLocals
    if (deps.shuttingDown?.()) {
      // Before anything else: nothing new starts once shutdown has begun.
      throw new HttpProblem(
        'shutting-down',
        'The bridge is shutting down; retry shortly.',
        {},
        { 'retry-after': String(SHUTDOWN_RETRY_AFTER_SECONDS) },
      )
    }
    const name = req.params.flow
    const flow = isFlowName(name) ? name : undefined
    // Credentials first, flow-agnostic for an unknown name: the 404 is only for callers who may call flows.
    locals.caller = await authenticate(req, flow)
    if (flow === undefined) throw unknownFlow(name)
    locals.flow = flow
    if (GRANT_MANAGING_FLOWS.has(flow)) {
      // Whose grants this caller may end or extend: its own, or anyone's with grants.manage (checked by the flow).
      const manages = await authenticate(req, GRANTS_MANAGE_PERMISSION).then(
        () => true,
        () => false,
      )
      if (manages) locals.caller = { ...locals.caller, manageGrants: true }
    }

    if (!isJson(req.get('content-type'))) {
      throw new HttpProblem(
        'unsupported-media-type',
        'Send the flow input as Content-Type: application/json.',
      )
    }
    await new Promise<void>((resolve, reject) =>
      parseJson(req, res, (error?: unknown) => (error ? reject(error) : resolve())),
    )
    if (req.body === undefined)
      throw new HttpProblem(
        'invalid-input',
        'The request body is empty: send the flow input as a JSON object.',
        { errors: [{ path: '(root)', message: 'is required' }] },
      )

    const dryRun = parseDryRun(req.query.dryRun)
    locals.dryRun = dryRun
    const parsed = (FLOWS[flow].input as z.ZodType).safeParse(req.body)
    if (!parsed.success) throw invalidInput(parsed.error)
    const input = parsed.data as FlowInput<typeof flow>
    locals.ticket = (input as { ticket?: { number?: string } }).ticket?.number

    if (!dryRun && deps.executions) {
      await invokeDurably(req, res, {
        executions: deps.executions,
        syncDeadlineMs: deps.syncDeadlineMs ?? 20_000,
        flow,
        input,
        caller: locals.caller,
      })
      return
    }
    const result = await engine.invoke(flow, input, { dryRun, caller: locals.caller })
    if ('executionId' in result) locals.executionId = result.executionId
    res.status(200).json(result)
  })

  app.all('/api/flo/:flow/invoke', (_req, res) => {
    res.setHeader('allow', 'POST')
    throw new HttpProblem('method-not-allowed', 'Flows are invoked with POST.')
  })

  if (deps.executions) app.use(executionsRouter({ executions: deps.executions, authenticate }))
  if (deps.audit) app.use(auditRouter({ ...deps.audit, authenticate }))
  if (deps.reconcile) {
    const shuttingDown = deps.shuttingDown
    app.use(reconcileRouter({ ...deps.reconcile, authenticate, ...(shuttingDown ? { shuttingDown } : {}) }))
  }
  app.use(catalogRouter({ authenticate, ...(deps.catalog ? { catalog: deps.catalog } : {}) }))
  if (deps.eventHooks) app.use(eventHooksRouter(deps.eventHooks))
  if (deps.console) app.use('/console', deps.console)

  useProblemHandlers(app, logger, scrub)
  return app
}

/** The 404 for a flow name that is not one, listing the flows there are (a typo is the usual cause). */
function unknownFlow(name: string | undefined): HttpProblem {
  const shown = name !== undefined && /^[\x20-\x7E]{1,64}$/.test(name) ? ` "${name}"` : ''
  return new HttpProblem(
    'unknown-flow',
    `There is no flow${shown}. The flows are: ${FLOW_NAMES.join(', ')}.`,
    { flows: [...FLOW_NAMES] },
  )
}

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

/** Whether a Content-Type is JSON (`application/json`, any parameters). */
function isJson(contentType: string | undefined): boolean {
  if (contentType === undefined) return false
  return contentType.split(';')[0]!.trim().toLowerCase() === 'application/json'
}

/** `?dryRun=true|false`, absent meaning false. */
function parseDryRun(value: unknown): boolean {
  if (value === undefined || value === 'false') return false
  if (value === 'true') return true
  throw new HttpProblem('invalid-input', 'The dryRun query parameter must be true or false.', {
    errors: [{ path: '?dryRun', message: 'must be true or false' }],
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

// ============================================================================
// Logging
// ============================================================================

/** Log paths that may hold a credential or key, censored wherever they appear. */
export const REDACTED_PATHS = [
  'authorization',
  'clientToken',
  'token',
  'cookie',
  'privateKey',
  'privateJwk',
  'password',
  '*.authorization',
  '*.Authorization',
  '*["x-api-client-token"]',
  '*.clientToken',
  '*.token',
  '*.cookie',
  '*["set-cookie"]',
  '*.privateKey',
  '*.privateJwk',
  '*.password',
  '*.headers.authorization',
  '*.headers["x-api-client-token"]',
  '*.headers.cookie',
  '*.headers.dpop',
]

/** How to create the bridge's logger. */
export interface LoggerOptions {
  level: string
  /** Secret values (client tokens) to scrub from every message. */
  secrets?: readonly string[]
  /** Where lines go (tests pass a stream); default stdout. */
  destination?: DestinationStream
  /** `LOG_PII=true`: profile attributes (email, login, names, phone) in clear; masked by default. */
  logPii?: boolean
}

/** Profile attributes that identify a person: masked in logs unless `LOG_PII=true`. */
export const PII_KEYS = [
  'email',
  'secondEmail',
  'login',
  'firstName',
  'lastName',
  'displayName',
  'nickName',
  'mobilePhone',
  'primaryPhone',
]

/** Where PII may sit in a log object: at the top, one level down, and in a (nested) profile. */
const PII_PATHS = PII_KEYS.flatMap((key) => [key, `*.${key}`, `*.profile.${key}`, `*.*.profile.${key}`])

/**
 * Masks a personal value so a log line still helps (which domain, which initial) without naming anyone:
 * `dana.lee@example.com` → `d***@example.com`, `Dana` → `D***`.
 */
export function maskPii(value: unknown): string {
  if (typeof value !== 'string' || value === '') return '***'
  const at = value.lastIndexOf('@')
  if (at > 0) return `${value[0]}***${value.slice(at)}`
  return `${value[0]}***`
}

/**
 * The bridge's JSON logger (pino): secrets censored by path, and token-shaped strings (JWTs, PEM blocks,
 * configured client tokens) scrubbed from messages, because an error message can quote what it choked on.
 */
export function createLogger(options: LoggerOptions): Logger {
  const scrub = scrubber(options.secrets ?? [])
  const pii = new Set(PII_KEYS)
  return pino(
    {
      level: options.level,
      base: { service: 'okta-jml-bridge' },
      redact: {
        paths: options.logPii ? REDACTED_PATHS : [...REDACTED_PATHS, ...PII_PATHS],
        // One censor for both lists: credentials vanish, personal data is masked.
        censor: (value, path) => (pii.has(path[path.length - 1] ?? '') ? maskPii(value) : '[redacted]'),
      },
      hooks: {
        logMethod(args, method) {
          method.apply(
            this,
            args.map((arg) => (typeof arg === 'string' ? scrub(arg) : arg)) as Parameters<typeof method>,
          )
        },
      },
    },
    options.destination,
  )
}

/**
 * A function that replaces secrets in a string: the given values, JWT/JWS-shaped strings, PEM blocks and
 * `clientToken=` query values.
 */
export function scrubber(secrets: readonly string[]): (text: string) => string {
  const values = secrets.filter((s) => s.length >= 8)
  return (text) => {
    let out = text
      .replace(/-----BEGIN [A-Z ]+-----[\s\S]*?(-----END [A-Z ]+-----|$)/g, '[redacted key]')
      .replace(/eyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*/g, '[redacted jwt]')
      .replace(/(clientToken=)[^&\s]+/gi, '$1[redacted]')
    for (const value of values) out = out.split(value).join('[redacted]')
    return out
  }
}
