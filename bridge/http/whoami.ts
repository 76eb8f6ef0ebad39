/**
 * `GET /api/whoami` — who a credential authenticates as and what it may do:
 * `{ "caller": "<client token name or OAuth client>", "permissions": ["joiner", …, "audit", "reconcile"] }`.
 * Any valid credential may ask (401 problem+json otherwise). ServiceNow's "Test connection" calls it so an
 * admin sees, before ordering anything, which flows the configured credential may invoke.
 *
 * Minimal by design: each permission is asked of the same authenticator the endpoints use, so the answer
 * cannot drift from what the bridge will actually accept. (Issue 13's catalog work may extend the list.)
 */
import { Router } from 'express'
import { FLOW_NAMES } from '../../shared/index.js'
import type { RequestLocals } from './app.js'
import { AUDIT_PERMISSION, type Authenticator, type Permission, RECONCILE_PERMISSION } from './auth.js'
import { HttpProblem } from './problem.js'

/** What `GET /api/whoami` answers. */
export interface WhoAmI {
  caller: string
  permissions: Permission[]
}

/** Every permission a credential can hold, flows first in the contract's order. */
const PERMISSIONS: readonly Permission[] = [...FLOW_NAMES, AUDIT_PERMISSION, RECONCILE_PERMISSION]

/** The router of `GET /api/whoami`. */
export function whoamiRouter(deps: { authenticate: Authenticator }): Router {
  const router = Router()
  router.get('/api/whoami', async (req, res) => {
    // Authenticated first (401 for a bad credential), then each permission: a refusal (403) only means
    // "not this one"; anything else (an issuer outage, 503) is the answer.
    const caller = await deps.authenticate(req, undefined)
    ;(res.locals as RequestLocals).caller = caller
    const permissions: Permission[] = []
    for (const permission of PERMISSIONS) {
      try {
        await deps.authenticate(req, permission)
        permissions.push(permission)
      } catch (error) {
        if (!(error instanceof HttpProblem) || error.status !== 403) throw error
      }
    }
    const answer: WhoAmI = { caller: caller.id, permissions }
    res.status(200).json(answer)
  })
  return router
}
