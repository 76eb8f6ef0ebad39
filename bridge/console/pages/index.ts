/**
 * The console's pages, as one express router the console router (`../router.ts`, console-auth) hands every signed-in
 * request to, after it has set `res.locals.console` and — for every non-GET — checked the CSRF token and the
 * operator role. The pages still hide state-changing buttons from viewers, and never trust the role for anything
 * but what to show.
 *
 * | path | page |
 * | --- | --- |
 * | `GET /` | Ticket: the golden thread of `?ticket=` |
 * | `GET /executions`, `GET /executions/:id` | executions by flow, status, caller and time; one in full |
 * | `GET /grants`, `POST /grants/:id/end`, `POST /grants/:id/extend` | access grants; End / Extend |
 * | `GET /queues`, `POST /queues/redeliver` | outbox, inbox, onboardings; Redeliver |
 * | `GET /drift`, `POST /drift/dry-run`, `POST /drift/repair` | reconciliation |
 * | `GET /health` | readiness, versions, least privilege, charts |
 *
 * Everything is HTML; the console exposes no JSON (so nothing to add to the OpenAPI document).
 */
import express, { type NextFunction, type Request, type Response, Router } from 'express'
import { html, notice } from '../html.js'
import { contextOf, sendPage } from './common.js'
import type { ConsolePagesDeps } from './deps.js'
import { driftPage, dryRun, repair } from './drift.js'
import { executionPage, executionsPage } from './executions.js'
import { grantAction, grantsPage } from './grants.js'
import { healthPage } from './health.js'
import { queuesPage, redeliver } from './queues.js'
import { ticketPage } from './ticket.js'

export type { ConsolePagesDeps } from './deps.js'

/** A console form is a few fields; anything bigger is not one. */
const MAX_FORM_BYTES = 16 * 1024

/** The pages router. */
export function createConsolePages(deps: ConsolePagesDeps): Router {
  const router = Router()
  // The console router may have parsed the form already (to read `_csrf`); the parser then leaves it as it is.
  router.use(express.urlencoded({ extended: false, limit: MAX_FORM_BYTES, parameterLimit: 20 }))

  router.get('/', (req, res) => ticketPage(req, res, deps))
  router.get('/executions', (req, res) => executionsPage(req, res, deps))
  router.get('/executions/:id', (req, res) => executionPage(req, res, deps))
  router.get('/grants', (req, res) => grantsPage(req, res, deps))
  router.post('/grants/:id/end', (req, res) => grantAction(req, res, deps, 'end'))
  router.post('/grants/:id/extend', (req, res) => grantAction(req, res, deps, 'extend'))
  router.get('/queues', (req, res) => queuesPage(req, res, deps))
  router.post('/queues/redeliver', (req, res) => redeliver(req, res, deps))
  router.get('/drift', (req, res) => driftPage(req, res, deps))
  router.post('/drift/dry-run', (req, res) => dryRun(req, res, deps))
  router.post('/drift/repair', (req, res) => repair(req, res, deps))
  router.get('/health', (req, res) => healthPage(req, res, deps))

  // A page that does not exist is a page saying so, in the console's layout, with the way back.
  router.get('/{*rest}', (req, res) => {
    const ctx = contextOf(req, res, deps)
    sendPage(res, ctx, {
      title: 'Page not found',
      active: '',
      status: 404,
      body: notice('error', html`There is no console page here. <a href="${ctx.base}/">Search a ticket</a>`),
    })
  })

  // Errors with an HTTP status of their own (Okta unavailable, a refused request: the flows' and the API's
  // problems, a body parser's 413) become a page saying what happened; anything else goes on to the bridge's
  // problem handler, which logs it as an internal error.
  router.use((error: unknown, req: Request, res: Response, next: NextFunction) => {
    const { status, detail, message } = (error ?? {}) as {
      status?: unknown
      detail?: unknown
      message?: unknown
    }
    if (typeof status !== 'number' || status < 400 || status > 599 || res.headersSent) return next(error)
    const locals = (res.locals as { console?: unknown }).console
    if (locals === undefined) return next(error)
    const ctx = contextOf(req, res, deps)
    const text =
      typeof detail === 'string' ? detail : status < 500 && typeof message === 'string' ? message : ''
    sendPage(res, ctx, {
      title: status >= 500 ? 'Could not complete' : 'Not accepted',
      active: '',
      status,
      body: notice('error', text || 'The request could not be completed; try again later.'),
    })
  })
  return router
}
