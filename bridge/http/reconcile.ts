/**
 * `POST /api/reconcile[?mode=dry-run|repair|baseline]` — compares grants, the bridge's changes and the baseline
 * with every manageable group and app in Okta and answers the drift report (`reconcile/reconciler.ts`). A dry run
 * is the default and only reads Okta; `repair` also fixes what the policy allows, each fix an audited execution
 * under the change ticket the body names; `baseline` records today's unexplained access as accepted, as an
 * audited execution under that ticket:
 *
 * ```json
 * {"mode": "repair", "ticket": {"number": "CHG0001234", "requestedBy": "ops.admin"}}
 * ```
 *
 * The mode may be given in the query or the body (not differently in both). Authenticated like the audit,
 * with a permission of its own: `reconcile` in a client token's `flows`, or the OAuth scope `jml.reconcile`.
 * The body is checked strictly before anything reaches Okta; every error is problem+json.
 */
import express, { type Request, Router } from 'express'
import { ReconcileBody } from '../../shared/index.js'
import { RECONCILE_PERMISSION } from '../callers/permissions.js'
import type { DriftReport, ReconcileRequest } from '../reconcile/reconciler.js'
import type { Authenticator } from './auth.js'
import { type FieldError, fieldErrors, HttpProblem, refuseWhileShuttingDown } from './problem.js'
import type { RequestLocals } from './request-locals.js'

/** What runs reconciliations: the `Reconciler` (a stub in unit tests). */
export interface ReconcileRunner {
  run(request: ReconcileRequest): Promise<DriftReport>
}

/** What the router needs. */
export interface ReconcileDeps {
  reconciler: ReconcileRunner
}

/** A reconciliation request is small; anything bigger is not one. */
const MAX_BODY_BYTES = 16 * 1024

/** The reconciliation endpoint. */
export function reconcileRouter(
  deps: ReconcileDeps & { authenticate: Authenticator; shuttingDown?: () => boolean },
): Router {
  const router = Router()
  const parseJson = express.json({ limit: MAX_BODY_BYTES, strict: true, inflate: false, type: () => true })

  router.post('/api/reconcile', async (req, res) => {
    const locals = res.locals as RequestLocals
    locals.caller = await deps.authenticate(req, RECONCILE_PERMISSION)
    refuseWhileShuttingDown(deps.shuttingDown)
    const body = await readBody(req, res, parseJson)
    const request = toRequest(req.query as Record<string, unknown>, body, locals)
    if (request.mode !== 'dry-run') locals.ticket = request.ticket.number
    res.status(200).json(await deps.reconciler.run(request))
  })

  router.all('/api/reconcile', (_req, res) => {
    res.setHeader('allow', 'POST')
    throw new HttpProblem('method-not-allowed', 'Reconciliation is started with POST.')
  })

  return router
}

/** The JSON body, or `{}` when there is none (a bare `POST` is a dry run). */
async function readBody(
  req: Request,
  res: express.Response,
  parseJson: ReturnType<typeof express.json>,
): Promise<unknown> {
  const length = req.get('content-length')
  const hasBody = req.get('transfer-encoding') !== undefined || (length !== undefined && Number(length) > 0)
  if (!hasBody) return {}
  const type = req.get('content-type')?.split(';')[0]?.trim().toLowerCase()
  if (type !== 'application/json') {
    throw new HttpProblem('unsupported-media-type', 'Send the reconciliation request as application/json.')
  }
  await new Promise<void>((resolve, reject) =>
    parseJson(req, res, (error?: unknown) => (error ? reject(error) : resolve())),
  )
  return req.body ?? {}
}

/** The validated request: the mode from the query and/or the body, and the ticket a repair or baseline requires. */
function toRequest(query: Record<string, unknown>, body: unknown, locals: RequestLocals): ReconcileRequest {
  const errors: FieldError[] = []
  const parsed = ReconcileBody.safeParse(body)
  if (!parsed.success) errors.push(...fieldErrors(parsed.error.issues))
  const fromQuery = query.mode
  const modes = ['dry-run', 'repair', 'baseline'] as const
  const queryMode = modes.find((mode) => mode === fromQuery)
  if (fromQuery !== undefined && queryMode === undefined) {
    errors.push({ path: '?mode', message: 'must be dry-run, repair or baseline' })
  }
  const fromBody = parsed.success ? parsed.data.mode : undefined
  if (typeof fromQuery === 'string' && fromBody !== undefined && fromQuery !== fromBody) {
    errors.push({ path: 'mode', message: 'differs from the mode in the query: give one' })
  }
  const mode = fromBody ?? queryMode ?? 'dry-run'
  const ticket = parsed.success ? parsed.data.ticket : undefined
  if (mode === 'repair' && parsed.success && ticket === undefined) {
    errors.push({
      path: 'ticket',
      message: 'is required to repair: the change ticket the repairs are made under',
    })
  }
  if (mode === 'baseline' && parsed.success && ticket === undefined) {
    errors.push({
      path: 'ticket',
      message: 'is required for a baseline: the change ticket the accepted access is recorded under',
    })
  }
  if (errors.length > 0) {
    throw new HttpProblem('invalid-input', 'The reconciliation request is not valid.', { errors })
  }
  // A repair ends or extends grants whoever made them: the reconcile permission carries grants.manage for it.
  if (mode === 'dry-run') return { mode }
  return { mode, ticket: ticket!, caller: { ...locals.caller!, manageGrants: mode === 'repair' } }
}
