/**
 * The flow endpoints, imitating Okta Workflows API endpoint flows:
 *
 * - `POST /api/flo/{flow}/invoke[?dryRun=true]` — authenticate, then check the request (content type, size,
 *   JSON, the flow's strict schema) before anything reaches Okta, then run the flow: real invocations as
 *   durable executions behind an idempotency key when there is an execution service (`executions.ts`), dry
 *   runs (which change nothing) always directly;
 * - `GET /openapi.json`, `GET /api/flo/{flow}/openapi.json` — the OpenAPI descriptions (`openapi.ts`);
 * - `GET /api/least-privilege` (authenticated) — what to grant the service app in Okta.
 *
 * During shutdown new invocations are refused with 503 `shutting-down` and `Retry-After`, so ServiceNow
 * retries against another replica (or this one after its restart) instead of starting work that the grace
 * period might cut short.
 */
import express from 'express'
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
import type { InvokeOptions } from '../flows/engine.js'
import type { LeastPrivilegeReport } from '../least-privilege/report.js'
import type { Authenticator } from './auth.js'
import { type ExecutionRunner, invokeDurably } from './execution-routes.js'
import { documentForFlow, type OpenApiOptions, openApiDocument } from './openapi.js'
import { HttpProblem, invalidInput, refuseWhileShuttingDown } from './problem.js'
import type { RequestLocals } from './request-locals.js'

/** The largest request body accepted; Okta Workflows' own limit is far above what a flow input needs. */
export const MAX_BODY_BYTES = 100 * 1024

/** The flows that end or extend an existing grant: they need to know whether the caller holds `grants.manage`. */
const GRANT_MANAGING_FLOWS: ReadonlySet<FlowName> = new Set(['revoke-access', 'extend-access'])

/** What the routes run flows with: `FlowEngine` (a stub in unit tests). */
export interface FlowInvoker {
  invoke<F extends FlowName>(
    flow: F,
    input: FlowInput<F>,
    options: InvokeOptions,
  ): Promise<DryRunResult | InvocationResult>
}

/** What the flow routes need. */
export interface FlowRouteDeps {
  engine: FlowInvoker
  authenticate: Authenticator
  /** The least-privilege report for `GET /api/least-privilege`. */
  leastPrivilege: LeastPrivilegeReport | (() => LeastPrivilegeReport)
  /** Whether shutdown has begun: new invocations are refused with 503 `shutting-down` and `Retry-After`. */
  shuttingDown?: (() => boolean) | undefined
  openApi?: OpenApiOptions | undefined
  /** Runs real invocations as durable executions; without it they run directly on the engine, unrecorded. */
  executions?: ExecutionRunner | undefined
  /** How long a synchronous invocation waits for its execution before answering 202 (default 20 000 ms). */
  syncDeadlineMs?: number | undefined
}

/**
 * Adds the flow endpoints to the app. Routes on the app itself rather than a sub-router, so that whatever
 * they do not answer (an `OPTIONS`, say) falls through to the app's 404 problem as before.
 */
export function useFlowRoutes(app: express.Express, deps: FlowRouteDeps): void {
  const { engine, authenticate } = deps
  // Strict JSON (objects and arrays only), at most 100 KB, whatever the content type says — the content
  // type is checked first, explicitly, so the answer is a 415 rather than an empty body.
  // No inflation: a compressed body would let a small request expand past the limit's intent, and no
  // Workflows client compresses requests.
  const parseJson = express.json({ limit: MAX_BODY_BYTES, strict: true, inflate: false, type: () => true })

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
    // Before anything else: nothing new starts once shutdown has begun.
    refuseWhileShuttingDown(deps.shuttingDown)
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
