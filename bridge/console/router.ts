/**
 * The operator console's router, mounted at `/console`: security headers on every answer, the static
 * assets, sign-in with Okta (OpenID Connect code flow + PKCE), the session, roles, CSRF — and then the pages.
 *
 * Order of a request:
 * 1. Security headers (strict CSP without inline script or style, nosniff, no-referrer, no-store, no framing).
 * 2. No `CONSOLE_CLIENT_ID` (outside sandbox mode): 404 problem+json saying how to enable the console.
 * 3. `/assets/*`: files of `bridge/console/assets/`, found next to this module (so `build/` works too).
 * 4. `/callback` (Okta's redirect back), `/signed-out`.
 * 5. The session cookie: none or expired → a GET is redirected to Okta to sign in; anything else is refused.
 * 6. Every non-GET: a valid CSRF token (form field `_csrf` or header `x-csrf-token`), else 403; then
 *    `/logout`, which any role may do — it ends the console session and then the Okta session too, by sending
 *    the browser to Okta's `end_session_endpoint` (RP-initiated logout) with the ID token kept at sign-in; every
 *    other non-GET needs the operator role, else 403.
 * 7. `res.locals.console = { user, role, csrfToken }`, then the pages.
 *
 * Routes are dispatched by path inside middleware rather than registered with `router.get()`: the console
 * serves HTML, not API operations, so they do not belong in the OpenAPI document that the API's routes are
 * checked against.
 */
import { timingSafeEqual } from 'node:crypto'
import { fileURLToPath } from 'node:url'
import express, { type NextFunction, type Request, type RequestHandler, type Response } from 'express'
import type { Logger } from 'pino'
import type { Clock } from '../clock.js'
import { PROBLEM_CONTENT_TYPE, problemInstance, problemType } from '../http/problem.js'
import { OidcClient, SignInError } from './auth/oidc-client.js'
import { noAccessPage, refusedPage, signedInPage, signedOutPage, signInFailedPage } from './auth/pages.js'
import {
  type ConsoleSession,
  CookieSigner,
  cookieHeader,
  ID_TOKEN_COOKIE,
  ID_TOKEN_COOKIE_PATH,
  type IdTokenHint,
  MAX_ID_TOKEN_COOKIE,
  randomToken,
  readCookies,
  SESSION_COOKIE,
  type SignInTransaction,
  TRANSACTION_COOKIE,
  TRANSACTION_TTL_MS,
} from './auth/session.js'
import { type ConsoleConfig, isLoopbackHost } from './config.js'

/** The Content-Security-Policy of every console answer: nothing inline, nothing from elsewhere. */
export const CONSOLE_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'self'"

/** What the pages get in `res.locals.console` for every signed-in request. */
export interface ConsoleLocals {
  user: { sub: string; name: string; email: string }
  role: 'viewer' | 'operator'
  /** The hidden `_csrf` field of every form (or the `x-csrf-token` header). */
  csrfToken: string
}

/**
 * What the console's sign-in needs. The console's `ConsoleDeps` is this and the pages' `ConsolePagesDeps`
 * (`pages/deps.ts`); until the pages router is merged, `pages` stands in for `createConsolePages(deps)`.
 */
export interface ConsoleDeps {
  /** `CONSOLE_*`, with `oidc` filled in by sandbox mode when the simulated org provides the web app. */
  console: ConsoleConfig
  /**
   * The console's external base URL (`CONSOLE_BASE_URL`, else the URL the bridge listens on — known only once
   * it listens, hence a function): the redirect URI is `{publicUrl}/console/callback`.
   */
  publicUrl: () => string
  /** The bridge's clock: session expiry and ID token times go by it (tests move it). */
  clock: Clock
  logger: Logger
  /** The pages, handed every signed-in request after the checks; absent: a minimal signed-in home. */
  pages?: RequestHandler
  /** `fetch` for the OpenID provider (the wiring passes the outbound one; tests, a fake); default the global one. */
  fetch?: typeof fetch
}

/** Where the console's static files are, relative to this module (`bridge/console/` or `build/bridge/console/`). */
export const ASSETS_DIR = fileURLToPath(new URL('./assets/', import.meta.url))

/** Creates the `/console` router. */
export function createConsoleRouter(deps: ConsoleDeps): express.Router {
  const router = express.Router()
  router.use(securityHeaders)

  const oidcConfig = deps.console.oidc
  if (!oidcConfig) {
    router.use((req, res) =>
      problem(
        req,
        res,
        404,
        'console-not-configured',
        'The console is not enabled',
        'The operator console is off because CONSOLE_CLIENT_ID is not set.',
        {
          hint: 'Create an OIDC web app in Okta with the sign-in redirect URI {CONSOLE_BASE_URL}/console/callback, then set CONSOLE_CLIENT_ID, CONSOLE_CLIENT_SECRET (or CONSOLE_PRIVATE_KEY), CONSOLE_BASE_URL and CONSOLE_OPERATOR_GROUPS/CONSOLE_VIEWER_GROUPS (see the README, "The operator console").',
        },
      ),
    )
    return router
  }

  const signer = new CookieSigner(deps.console.sessionSecret)
  const oidc = new OidcClient(oidcConfig, deps.clock, deps.fetch)
  const { logger, clock } = deps
  const secure = () => {
    const url = new URL(deps.publicUrl())
    return !(url.protocol === 'http:' && isLoopbackHost(url.hostname))
  }
  const redirectUri = () => `${deps.publicUrl()}/console/callback`
  const now = () => clock.now().getTime()
  const setCookie = (res: Response, name: string, value: string, path: string, maxAgeMs: number) =>
    res.append(
      'set-cookie',
      cookieHeader(name, value, { path, maxAgeSeconds: maxAgeMs / 1000, secure: secure() }),
    )

  router.use(
    '/assets',
    express.static(ASSETS_DIR, { index: false, dotfiles: 'ignore', redirect: false, fallthrough: true }),
    (req, res) => problem(req, res, 404, 'not-found', 'Not found', 'There is no such console asset.'),
  )

  const html = (res: Response, status: number, page: string) => {
    res.status(status).type('html').send(page)
  }

  /** Sends the browser to Okta, remembering where it was going. */
  const startSignIn = async (req: Request, res: Response) => {
    const request = await oidc.authorizationRequest(redirectUri())
    const returnTo =
      req.method === 'GET' && /^\/console(\/|$)/.test(req.originalUrl) ? req.originalUrl : '/console/'
    const tx: SignInTransaction = {
      state: request.state,
      nonce: request.nonce,
      codeVerifier: request.codeVerifier,
      // Only a path of this console: never an absolute URL (no open redirect).
      returnTo: returnTo.startsWith('//') ? '/console/' : returnTo,
      exp: now() + TRANSACTION_TTL_MS,
    }
    setCookie(
      res,
      TRANSACTION_COOKIE,
      signer.seal('transaction', tx),
      '/console/callback',
      TRANSACTION_TTL_MS,
    )
    res.redirect(302, request.url)
  }

  // Okta's redirect back, and the page after logout: no session needed.
  router.use(async (req, res, next) => {
    if (req.method !== 'GET' || (req.path !== '/callback' && req.path !== '/signed-out')) return next()
    if (req.path === '/signed-out')
      return html(res, 200, signedOutPage({ oktaSessionEnded: req.query.okta !== 'kept' }))
    const cookies = readCookies(req.headers.cookie)
    // The transaction is used once, whatever happens.
    setCookie(res, TRANSACTION_COOKIE, '', '/console/callback', 0)
    const query = req.query as Record<string, unknown>
    const tx = signer.open<SignInTransaction>('transaction', cookies.get(TRANSACTION_COOKIE))
    const refuse = (status: number, why: string, reason: string) => {
      logger.warn({ reason, consoleSignIn: 'refused' }, 'console sign-in refused')
      html(res, status, signInFailedPage(why))
    }
    if (typeof query.error === 'string') {
      const description = typeof query.error_description === 'string' ? `: ${query.error_description}` : ''
      return refuse(
        400,
        `Okta did not sign you in (${query.error}${description}).`.slice(0, 300),
        'okta-error',
      )
    }
    if (!tx || tx.exp <= now())
      return refuse(400, 'This sign-in was not started here, or it took too long.', 'no-transaction')
    if (typeof query.state !== 'string' || !sameState(query.state, tx.state))
      return refuse(
        400,
        'The answer from Okta does not belong to the sign-in this browser started (state mismatch).',
        'state',
      )
    if (typeof query.code !== 'string' || query.code === '')
      return refuse(400, 'The answer from Okta carries no sign-in code.', 'no-code')
    let user: Awaited<ReturnType<OidcClient['signIn']>>
    try {
      user = await oidc.signIn({
        code: query.code,
        redirectUri: redirectUri(),
        codeVerifier: tx.codeVerifier,
        nonce: tx.nonce,
      })
    } catch (error) {
      if (!(error instanceof SignInError)) return next(error)
      // Okta unreachable is not the person's doing: a 502 says to try later.
      return refuse(error.reason === 'unavailable' ? 502 : 400, error.message, error.reason)
    }
    const role = user.groups.some((g) => oidcConfig.operatorGroups.includes(g))
      ? 'operator'
      : user.groups.some((g) => oidcConfig.viewerGroups.includes(g))
        ? 'viewer'
        : undefined
    if (!role) {
      logger.warn({ sub: user.sub, consoleSignIn: 'no-role' }, 'console sign-in: in no console group')
      return html(
        res,
        403,
        noAccessPage(user, { viewer: oidcConfig.viewerGroups, operator: oidcConfig.operatorGroups }),
      )
    }
    const issued = now()
    const session: ConsoleSession = {
      // A new id at every sign-in: no session (or CSRF token) from before survives it.
      sid: randomToken(),
      sub: user.sub,
      name: user.name,
      email: user.email,
      role,
      iat: issued,
      exp: issued + deps.console.sessionTtlMs,
    }
    setCookie(res, SESSION_COOKIE, signer.seal('session', session), '/console', deps.console.sessionTtlMs)
    // The ID token, for the logout's id_token_hint: sent by the browser to the logout only.
    const hint: IdTokenHint = { sid: session.sid, idToken: user.idToken, exp: session.exp }
    const sealedHint = signer.seal('idtoken', hint)
    if (sealedHint.length <= MAX_ID_TOKEN_COOKIE)
      setCookie(res, ID_TOKEN_COOKIE, sealedHint, ID_TOKEN_COOKIE_PATH, deps.console.sessionTtlMs)
    else
      logger.warn(
        { sub: user.sub },
        'console sign-in: ID token too large to keep; logout will not end the Okta session',
      )
    logger.info({ sub: user.sub, role, consoleSignIn: 'ok' }, 'console sign-in')
    res.redirect(303, tx.returnTo)
  })

  // The session: every other console request needs one.
  router.use(async (req, res, next) => {
    const session = signer.open<ConsoleSession>(
      'session',
      readCookies(req.headers.cookie).get(SESSION_COOKIE),
    )
    const valid = session !== undefined && session.exp > now()
    if (!valid) {
      if (session) setCookie(res, SESSION_COOKIE, '', '/console', 0)
      if (req.method === 'GET' || req.method === 'HEAD') {
        return startSignIn(req, res).catch((error: unknown) => {
          if (!(error instanceof SignInError)) return next(error)
          // Okta's metadata could not be read: not the person's doing, and nothing they can fix but waiting.
          logger.warn({ reason: error.reason, consoleSignIn: 'unavailable' }, 'console sign-in cannot start')
          html(res, 502, signInFailedPage(`${error.message} Try again in a moment.`))
        })
      }
      return refused(
        req,
        res,
        'Your console session has ended (or you are not signed in). Sign in again and repeat the action.',
        undefined,
        'console-session-required',
      )
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      // Form posts (the `_csrf` field) and scripted calls (the header); nothing else is parsed here.
      const parse = express.urlencoded({ extended: false, limit: '100kb' })
      await new Promise<void>((resolve, reject) =>
        parse(req, res, (error?: unknown) => (error ? reject(error) : resolve())),
      )
      const presented = req.get('x-csrf-token') ?? (req.body as Record<string, unknown> | undefined)?._csrf
      if (!signer.csrfValid(session, presented)) {
        logger.warn(
          { sub: session.sub, path: req.path, consoleRefused: 'csrf' },
          'console POST without a valid CSRF token',
        )
        return refused(
          req,
          res,
          'The form was sent without its security token, or with one from another session. Reload the page and try again.',
          session,
          'console-csrf',
        )
      }
      if (req.path === '/logout' && req.method === 'POST') {
        setCookie(res, SESSION_COOKIE, '', '/console', 0)
        setCookie(res, ID_TOKEN_COOKIE, '', ID_TOKEN_COOKIE_PATH, 0)
        const hint = signer.open<IdTokenHint>('idtoken', readCookies(req.headers.cookie).get(ID_TOKEN_COOKIE))
        const oktaLogout =
          hint !== undefined && hint.sid === session.sid
            ? await oidc.logoutUrl(hint.idToken, `${deps.publicUrl()}/console/signed-out`)
            : undefined
        logger.info({ sub: session.sub, oktaLogout: oktaLogout !== undefined }, 'console sign-out')
        // Okta ends its session and sends the browser back to the signed-out page; without its logout endpoint
        // (or the ID token), only the console session ends, and the page says so.
        return res.redirect(303, oktaLogout ?? '/console/signed-out?okta=kept')
      }
      if (session.role !== 'operator') {
        logger.warn(
          { sub: session.sub, path: req.path, consoleRefused: 'role' },
          'console action by a viewer refused',
        )
        return refused(
          req,
          res,
          'Your role is viewer: you may look at everything in the console but not change anything. Operators are members of the console operator groups in Okta.',
          session,
          'console-operator-required',
        )
      }
    }
    const locals: ConsoleLocals = {
      user: { sub: session.sub, name: session.name, email: session.email },
      role: session.role,
      csrfToken: signer.csrfToken(session),
    }
    res.locals.console = locals
    next()
  })

  if (deps.pages) router.use(deps.pages)
  else {
    router.use((req, res, next) => {
      if (req.method !== 'GET' || req.path !== '/') return next()
      const locals = res.locals.console as ConsoleLocals
      html(res, 200, signedInPage(locals.user, locals.role, locals.csrfToken))
    })
  }
  return router
}

/** The headers of every console answer, set before anything can answer. */
function securityHeaders(_req: Request, res: Response, next: NextFunction): void {
  res.setHeader('content-security-policy', CONSOLE_CSP)
  res.setHeader('x-content-type-options', 'nosniff')
  res.setHeader('referrer-policy', 'no-referrer')
  res.setHeader('x-frame-options', 'DENY')
  res.setHeader('cross-origin-opener-policy', 'same-origin')
  // HTML holds what a person may see: never cached (static assets set their own caching).
  res.setHeader('cache-control', 'no-store')
  next()
}

/** Whether two `state` values are equal, in constant time. */
function sameState(a: string, b: string): boolean {
  const x = Buffer.from(a)
  const y = Buffer.from(b)
  return x.length === y.length && timingSafeEqual(x, y)
}

/** A 403 refusal: the page for a browser, problem+json for anything else. */
function refused(
  req: Request,
  res: Response,
  reason: string,
  session: ConsoleSession | undefined,
  code: string,
): void {
  if (req.accepts(['html', 'json']) === 'html') {
    res.status(403).type('html').send(refusedPage(reason, session))
    return
  }
  problem(req, res, 403, code, 'This console action was refused', reason)
}

/** An RFC 9457 problem with a stable code, as every bridge error is. */
function problem(
  _req: Request,
  res: Response,
  status: number,
  code: string,
  title: string,
  detail: string,
  extensions: Record<string, unknown> = {},
): void {
  const requestId = (res.locals as { requestId?: string }).requestId
  res
    .status(status)
    .type(PROBLEM_CONTENT_TYPE)
    .send(
      JSON.stringify({
        ...extensions,
        type: problemType(code),
        title,
        status,
        detail,
        code,
        ...(requestId ? { instance: problemInstance(requestId) } : {}),
      }),
    )
}
