/**
 * The Okta org sandbox as an HTTP server: Okta's Management API and org authorization server on
 * loopback, with Okta's cross-cutting behaviour applied in one place — `X-Okta-Request-Id` on every
 * answer, rate-limit headers and 429s, the concurrency limit, injected latency and faults, token and
 * scope checks — plus the `/__sandbox/` control API that tests and demos drive it with.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { Socket } from 'node:net'
import { AuthorizationServer } from './auth/authorization-server.js'
import { CustomAuthorizationServer } from './auth/custom-authorization-server.js'
import { OidcProvider } from './auth/oidc.js'
import { defaultConfig, parseConfigPatch, type SandboxConfig } from './config.js'
import { malformedBody, methodNotAllowed, OAuthError, OktaApiError, rateLimited } from './errors.js'
import { EventHooks } from './event-hooks.js'
import { type Fault, FaultInjector } from './faults.js'
import type { SandboxRequest, SandboxResponse } from './http-types.js'
import { newRequestId } from './ids.js'
import { Org, type SeedInput } from './org.js'
import { DEFAULT_RATE_LIMITS, RateLimiter } from './rate-limits.js'
import { appJson, groupJson, userJson } from './representations.js'
import { Router } from './router.js'
import { appRoutes } from './routes/apps.js'
import type { SandboxServices } from './routes/common.js'
import { groupRoutes } from './routes/groups.js'
import { logAndHookRoutes } from './routes/logs-and-hooks.js'
import { userRoutes } from './routes/users.js'

/** How to start a sandbox. */
export interface SandboxOptions {
  /** TCP port; 0 (the default) picks a free one. */
  port?: number
  /** Objects to create at start, the shape of `POST /__sandbox/seed`. */
  seed?: SeedInput
  /** How many System Log events to keep (oldest dropped first). */
  logRetention?: number
}

/** Counters exposed by `GET /__sandbox/stats`. */
export interface SandboxStats {
  requests: Record<string, number>
  rateLimited: number
  concurrencyLimited: number
  faultsInjected: Record<string, number>
  tokensIssued: number
  tokenRequests: number
  dpopNoncesIssued: number
  eventHookDeliveries: number
  inFlight: number
  users: number
  groups: number
  apps: number
  logEvents: number
  /** The sandbox process's memory, for benchmarks of its footprint. */
  memory: { rss: number; heapUsed: number }
}

/** The sandbox only ever listens on loopback: its control API has no authentication. */
const HOST = '127.0.0.1'
const MAX_BODY_BYTES = 1024 * 1024

/** A running Okta org sandbox. */
export class OktaSandbox {
  readonly org: Org
  readonly auth: AuthorizationServer
  /** OpenID Connect sign-in for web apps (the bridge's console): authorize, login form, code exchange. */
  readonly oidc: OidcProvider
  readonly hooks: EventHooks
  /** Custom authorization servers (`/oauth2/{authServerId}`), by id: see {@link addAuthorizationServer}. */
  private readonly customServers = new Map<string, CustomAuthorizationServer>()
  private config: SandboxConfig = defaultConfig()
  /** The org's time (rate-limit windows, token lifetimes, the `Date` header); see {@link useClock}. */
  private now: () => number = Date.now
  private readonly limiter = new RateLimiter(DEFAULT_RATE_LIMITS, () => this.now())
  private readonly faults = new FaultInjector()
  private readonly router = new Router<SandboxServices>()
  private readonly services: SandboxServices
  private readonly server: Server
  private readonly sockets = new Set<Socket>()
  private readonly requestCounts = new Map<string, number>()
  private rateLimited = 0
  private concurrencyLimited = 0
  private inFlight = 0
  private origin = ''

  private constructor(options: SandboxOptions) {
    this.org = new Org(options.logRetention)
    this.auth = new AuthorizationServer()
    this.oidc = new OidcProvider(this.org, this.auth)
    this.hooks = new EventHooks(this.org.log)
    this.services = { org: this.org, auth: this.auth, hooks: this.hooks }
    this.router.add(...userRoutes, ...groupRoutes, ...appRoutes, ...logAndHookRoutes)
    this.router.add(
      {
        method: 'POST',
        pattern: '/oauth2/v1/token',
        scope: null,
        // A web app's code exchange goes to the OpenID Connect side; everything else is the service apps'
        // client_credentials (and its errors, such as unsupported_grant_type for a service app's other grants).
        handle: (req) =>
          String(req.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded') &&
          this.oidc.handlesTokenRequest(req)
            ? this.oidc.exchangeCode(req)
            : this.auth.token(req),
      },
      {
        method: 'GET',
        pattern: '/.well-known/openid-configuration',
        scope: null,
        handle: (req) => this.oidc.discovery(req),
      },
      {
        method: 'GET',
        pattern: '/oauth2/v1/authorize',
        scope: null,
        handle: (req) => this.oidc.authorize(req),
      },
      {
        method: 'POST',
        pattern: '/oauth2/v1/authorize',
        scope: null,
        handle: (req) => this.oidc.signIn(req),
      },
      {
        method: 'GET',
        pattern: '/oauth2/v1/logout',
        scope: null,
        handle: (req) => this.oidc.logout(req),
      },
      {
        method: 'GET',
        pattern: '/oauth2/v1/keys',
        scope: null,
        handle: () => ({ status: 200, body: this.auth.jwks() }),
      },
      // Custom authorization servers: a confidential client's client-credentials tokens for an API of the
      // customer's (here: the bridge, for ServiceNow), discovered through their metadata.
      {
        method: 'POST',
        pattern: '/oauth2/:authServerId/v1/token',
        scope: null,
        handle: (req) => this.customServer(req).token(req),
      },
      {
        method: 'GET',
        pattern: '/oauth2/:authServerId/v1/keys',
        scope: null,
        handle: (req) => this.customServer(req).jwks(),
      },
      {
        method: 'GET',
        pattern: '/oauth2/:authServerId/.well-known/oauth-authorization-server',
        scope: null,
        handle: (req) => this.customServer(req).metadata(req.url.origin),
      },
      {
        method: 'GET',
        pattern: '/oauth2/:authServerId/.well-known/openid-configuration',
        scope: null,
        handle: (req) => this.customServer(req).metadata(req.url.origin),
      },
    )
    this.applyConfig()
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((error: unknown) => {
        // Only a bug in the sandbox gets here; answer like Okta's 500 and say what broke on stderr.
        console.error('okta-sandbox: unhandled error', error)
        if (!res.headersSent)
          send(res, 500, new OktaApiError(500, 'E0000009', 'Internal Server Error').toBody(), {})
      })
    })
    this.server.keepAliveTimeout = 65_000
    this.server.on('connection', (socket) => {
      this.sockets.add(socket)
      socket.on('close', () => this.sockets.delete(socket))
    })
  }

  /** Starts a sandbox on loopback and resolves once it accepts connections. */
  static async start(options: SandboxOptions = {}): Promise<OktaSandbox> {
    const sandbox = new OktaSandbox(options)
    await new Promise<void>((resolve, reject) => {
      sandbox.server.once('error', reject)
      sandbox.server.listen(options.port ?? 0, HOST, () => resolve())
    })
    const address = sandbox.server.address()
    if (address === null || typeof address === 'string') throw new Error('okta-sandbox: no TCP address')
    sandbox.origin = `http://${HOST}:${address.port}`
    if (options.seed) sandbox.org.seed(options.seed)
    return sandbox
  }

  /**
   * Adds a custom authorization server (Okta: Security > API > Authorization Servers) whose tokens carry
   * `audience`; its issuer is `{org URL}/oauth2/{id}`. Register its clients on the answer.
   */
  addAuthorizationServer(id: string, audience: string): CustomAuthorizationServer {
    const server = new CustomAuthorizationServer(id, audience)
    this.customServers.set(id, server)
    return server
  }

  /** The custom authorization server a request names, or Okta's 404 for an unknown one. */
  private customServer(req: SandboxRequest): CustomAuthorizationServer {
    const server = this.customServers.get(req.params.authServerId ?? '')
    if (!server) throw notFoundPath(req.url.pathname)
    return server
  }

  /** The org URL, e.g. `http://127.0.0.1:41234` (no trailing slash, as Okta org URLs are given). */
  get url(): string {
    return this.origin
  }

  /** Stops listening, drops open connections (including ones a `timeout` fault holds) and settles event hooks. */
  async stop(): Promise<void> {
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()))
    for (const socket of this.sockets) socket.destroy()
    await closed
    await this.hooks.drain()
  }

  /** Empties the org and restores the default configuration (`POST /__sandbox/reset`). */
  reset(): void {
    this.org.reset()
    this.auth.reset()
    this.oidc.reset()
    this.hooks.reset()
    this.config = defaultConfig()
    this.applyConfig()
    this.requestCounts.clear()
    this.rateLimited = 0
    this.concurrencyLimited = 0
    this.faults.injected.clear()
  }

  /** Changes the configuration (`PUT /__sandbox/config`); returns the configuration in force. */
  /**
   * Runs the org on `now` (epoch ms) from here on: rate-limit windows, the authorization server's token and
   * proof lifetimes, and the `Date` header. Tests pass a manual clock shared with the bridge and move it instead
   * of waiting; `useClock(Date.now)` goes back to real time.
   */
  useClock(now: () => number): void {
    this.now = now
    this.auth.configure({ now })
  }

  configure(patch: unknown): SandboxConfig {
    const parsed = parseConfigPatch(patch)
    this.config = {
      ...this.config,
      ...parsed,
      eventHooks: { ...this.config.eventHooks, ...parsed.eventHooks },
    } as SandboxConfig
    this.applyConfig(parsed.rateLimits !== undefined, parsed.faults !== undefined)
    return this.currentConfig()
  }

  /** The configuration in force, with how many `next` faults remain. */
  currentConfig(): SandboxConfig & { faults: unknown } {
    return { ...this.config, faults: this.faults.current }
  }

  /** The counters of `GET /__sandbox/stats`. */
  stats(): SandboxStats {
    return {
      requests: Object.fromEntries(this.requestCounts),
      rateLimited: this.rateLimited,
      concurrencyLimited: this.concurrencyLimited,
      faultsInjected: Object.fromEntries(this.faults.injected),
      tokensIssued: this.auth.stats.tokensIssued,
      tokenRequests: this.auth.stats.tokenRequests,
      dpopNoncesIssued: this.auth.stats.dpopNoncesIssued,
      eventHookDeliveries: this.hooks.attempts.length,
      inFlight: this.inFlight,
      users: this.org.users.size,
      groups: this.org.groups.size,
      apps: this.org.apps.size,
      logEvents: this.org.log.size,
      memory: { rss: process.memoryUsage().rss, heapUsed: process.memoryUsage().heapUsed },
    }
  }

  private applyConfig(rules = true, faults = true): void {
    if (rules) this.limiter.setRules(this.config.rateLimits)
    if (faults) this.faults.configure(this.config.faults)
    this.auth.configure({
      tokenTtlSeconds: this.config.tokenTtlSeconds,
      dpopNonceTtlSeconds: this.config.dpopNonceTtlSeconds,
    })
    this.hooks.configure(this.config.eventHooks)
  }

  // ==========================================================================
  // Request pipeline
  // ==========================================================================

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = (req.method ?? 'GET').toUpperCase()
    // Built from the raw request target, so a client that sends `//api/v1/users` (an org URL with a trailing
    // slash) is seen as asking for that path, as Okta sees it, and not for a host called `api`.
    const url = new URL(`http://${req.headers.host ?? HOST}${req.url ?? '/'}`)
    const requestId = newRequestId()
    const rawBody = method === 'GET' || method === 'HEAD' ? '' : await readBody(req)
    if (rawBody === undefined) {
      send(res, 413, new OktaApiError(413, 'E0000003', 'The request body was too large.').toBody(), {
        'x-okta-request-id': requestId,
      })
      return
    }

    if (url.pathname.startsWith('/__sandbox/')) {
      const answer = await this.control(method, url, rawBody).catch(toErrorResponse)
      send(res, answer.status, answer.body, answer.headers ?? {})
      return
    }

    // `Date` by the org's clock: clients measure `X-Rate-Limit-Reset` from it, so the two must agree.
    const headers: Record<string, string> = {
      'x-okta-request-id': requestId,
      date: new Date(this.now()).toUTCString(),
    }
    this.inFlight++
    try {
      const answer = await this.okta(method, url, req, rawBody, requestId, headers, res)
      if (answer) send(res, answer.status, answer.body, { ...headers, ...answer.headers })
    } finally {
      this.inFlight--
    }
  }

  /** Everything Okta does around a call. Returns undefined when a fault already dealt with the socket. */
  private async okta(
    method: string,
    url: URL,
    raw: IncomingMessage,
    rawBody: string,
    requestId: string,
    headers: Record<string, string>,
    res: ServerResponse,
  ): Promise<SandboxResponse | undefined> {
    const match = this.router.match(method, url.pathname)
    const routeKey = match.kind === 'found' ? `${method} ${match.route.pattern}` : `${method} (unmatched)`
    this.requestCounts.set(routeKey, (this.requestCounts.get(routeKey) ?? 0) + 1)

    if (this.inFlight > this.config.concurrencyLimit) {
      this.concurrencyLimited++
      const reset = String(Math.ceil(this.now() / 1000) + 1)
      const limitHeaders = {
        'x-rate-limit-limit': String(this.config.concurrencyLimit),
        'x-rate-limit-remaining': '0',
        'x-rate-limit-reset': reset,
      }
      return this.violation(requestId, url, limitHeaders, 'concurrency')
    }
    const decision = this.limiter.take(method, url.pathname)
    Object.assign(headers, decision.headers)
    if (!decision.allowed) return this.violation(requestId, url, decision.headers, 'rate')

    const fault = this.faults.pick(method, url.pathname)
    if (fault?.phase === 'before') {
      const answer = this.inject(fault, res, headers)
      if (!answer) return undefined
      return answer
    }
    await this.delay()

    let answer: SandboxResponse
    if (match.kind === 'not-found') answer = toErrorResponse(notFoundPath(url.pathname))
    else if (match.kind === 'method-not-allowed') answer = toErrorResponse(methodNotAllowed())
    else {
      const req: SandboxRequest = {
        method,
        url,
        headers: raw.headers,
        body: undefined,
        rawBody,
        params: match.params,
        requestId,
      }
      try {
        if (match.route.scope !== null) {
          req.principal = await this.auth.authenticate(req, match.route.scope)
          req.body = parseJson(rawBody)
        }
        answer = await match.route.handle(req, this.services)
      } catch (error) {
        answer = toErrorResponse(error)
      }
    }
    if (fault?.phase === 'after') return this.inject(fault, res, headers)
    return answer
  }

  /** A 429 for a rate or concurrency limit, logged as Okta logs it. */
  private violation(
    requestId: string,
    url: URL,
    headers: Record<string, string>,
    kind: 'rate' | 'concurrency',
  ): SandboxResponse {
    this.rateLimited++
    this.org.log.record({
      eventType: 'system.operation.rate_limit.violation',
      displayMessage: kind === 'rate' ? 'Rate limit violation' : 'Operation concurrency limit violation',
      severity: 'WARN',
      actor: { id: 'unknown', type: 'PublicClientApp', alternateId: 'unknown', displayName: 'unknown' },
      targets: [],
      requestId,
      outcome: { result: 'DENY', reason: null },
      debugData: { requestUri: url.pathname, threshold: headers['x-rate-limit-limit'] },
    })
    return toErrorResponse(rateLimited(headers))
  }

  /**
   * Carries out a fault: an error answer, a hung request, or a reset connection. `limits` are the call's
   * `X-Rate-Limit-*` headers: an injected 429 states the family's real limit, as Okta's 429s do.
   */
  private inject(
    fault: Fault,
    res: ServerResponse,
    limits: Record<string, string>,
  ): SandboxResponse | undefined {
    if (fault.kind === 'reset') {
      res.socket?.destroy()
      return undefined
    }
    if (fault.kind === 'timeout') {
      const socket = res.socket
      const timer = setTimeout(() => socket?.destroy(), fault.timeoutMs)
      timer.unref()
      socket?.once('close', () => clearTimeout(timer))
      return undefined
    }
    if (fault.kind === 429) {
      return toErrorResponse(
        rateLimited({
          // The family's limit, not 0: a client that paces itself learns the limit from it, and a limit of 0
          // would leave it believing no call is allowed in the next window either.
          'x-rate-limit-limit': limits['x-rate-limit-limit'] ?? '0',
          'x-rate-limit-remaining': '0',
          'x-rate-limit-reset': String(Math.ceil(this.now() / 1000) + 1),
        }),
      )
    }
    const summary =
      fault.kind === 500 ? 'Internal Server Error' : `HTTP ${fault.kind} (injected by the sandbox)`
    return toErrorResponse(new OktaApiError(fault.kind, fault.kind >= 500 ? 'E0000009' : 'E0000001', summary))
  }

  private async delay(): Promise<void> {
    const { latencyMs, jitterMs } = this.config
    const ms = latencyMs + (jitterMs > 0 ? Math.random() * jitterMs : 0)
    if (ms > 0) await new Promise((resolve) => setTimeout(resolve, ms))
  }

  // ==========================================================================
  // Control API (`/__sandbox/`): not part of Okta's surface, no authentication
  // ==========================================================================

  private async control(method: string, url: URL, rawBody: string): Promise<SandboxResponse> {
    const route = `${method} ${url.pathname}`
    const body = parseJson(rawBody)
    const origin = url.origin
    switch (route) {
      case 'POST /__sandbox/reset':
        this.reset()
        return { status: 200, body: { reset: true } }
      case 'POST /__sandbox/clients': {
        const client = this.auth.registerClient(body)
        return { status: 201, body: client }
      }
      case 'POST /__sandbox/seed': {
        const created = this.org.seed((body ?? {}) as SeedInput)
        return {
          status: 200,
          body: {
            users: created.users.map((user) => userJson(origin, user)),
            groups: created.groups.map((group) => groupJson(origin, group)),
            apps: created.apps.map((app) => appJson(origin, app)),
          },
        }
      }
      case 'PUT /__sandbox/config':
        return { status: 200, body: this.configure(body ?? {}) }
      case 'GET /__sandbox/config':
        return { status: 200, body: this.currentConfig() }
      case 'GET /__sandbox/stats':
        return { status: 200, body: this.stats() }
      case 'GET /__sandbox/event-hook-deliveries':
        return { status: 200, body: this.hooks.attempts }
      default:
        return toErrorResponse(notFoundPath(url.pathname))
    }
  }
}

/** Starts a sandbox (see {@link OktaSandbox.start}). */
export function startOktaSandbox(options?: SandboxOptions): Promise<OktaSandbox> {
  return OktaSandbox.start(options)
}

function notFoundPath(path: string): OktaApiError {
  return new OktaApiError(404, 'E0000007', `Not found: Resource not found: ${path} (Path)`)
}

function parseJson(rawBody: string): unknown {
  if (rawBody.trim() === '') return undefined
  try {
    return JSON.parse(rawBody)
  } catch {
    throw malformedBody()
  }
}

function toErrorResponse(error: unknown): SandboxResponse {
  if (error instanceof OktaApiError)
    return { status: error.status, body: error.toBody(), headers: error.headers }
  if (error instanceof OAuthError) {
    return {
      status: error.status,
      body: error.toBody(),
      headers: { 'cache-control': 'no-store', pragma: 'no-cache', ...error.headers },
    }
  }
  throw error
}

function readBody(req: IncomingMessage): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size <= MAX_BODY_BYTES) chunks.push(chunk)
    })
    req.on('end', () => resolve(size > MAX_BODY_BYTES ? undefined : Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string>): void {
  if (res.headersSent || res.destroyed) return
  if (body === undefined || status === 204) {
    res.writeHead(status, headers)
    res.end()
    return
  }
  // A string body is a page (the login form) sent as is, with the content type its handler set.
  const text = typeof body === 'string' ? body : JSON.stringify(body)
  res.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
    ...headers,
  })
  res.end(text)
}
