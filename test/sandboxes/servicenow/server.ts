/**
 * The ServiceNow sandbox as an HTTP server: the Table API (`/api/now/table/{table}`) for the tables the
 * bridge uses, ServiceNow's `{ "result": … }` envelope and `{ "error": …, "status": "failure" }` errors,
 * basic auth and OAuth client credentials (`POST /oauth_token.do`), injected latency and faults — plus the
 * `/__sandbox/` control API tests and demos drive it with. Loopback only: the control API has no auth.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { Socket } from 'node:net'
import { type FaultConfig, FaultInjector } from '../okta/faults.js'
import { matches, parseQuery, QuerySyntaxError, sortRecords } from './query.js'
import { type SnRecord, Tables } from './tables.js'

/** A user the sandbox accepts with basic auth. */
export interface SandboxUser {
  username: string
  password: string
  /** Tables the user may use (any when absent); others answer 403, as an ACL would. */
  tables?: string[]
}

/** An OAuth client (an Application Registry entry) the sandbox accepts at `/oauth_token.do`. */
export interface SandboxOAuthClient {
  clientId: string
  clientSecret: string
  /** The user its tokens act as (the registry's "OAuth Application User"); default `oauth.client`. */
  username?: string
  tables?: string[]
}

/** How to start the sandbox. */
export interface ServiceNowSandboxOptions {
  /** TCP port; 0 (the default) picks a free one. */
  port?: number
  users?: SandboxUser[]
  oauthClients?: SandboxOAuthClient[]
}

/** Run-time configuration (`PUT /__sandbox/config`, or {@link ServiceNowSandbox.configure}). */
export interface ServiceNowSandboxConfig {
  latencyMs?: number
  /** Faults (the Okta sandbox's shape): statuses incl. 429, 503, `timeout`, `reset`; `next` or `rate`. */
  faults?: FaultConfig | null
  /** The `Retry-After` (seconds) an injected 429 carries; default 1. */
  retryAfterSeconds?: number
  /** Access token lifetime; default 1800 (ServiceNow's default). */
  tokenTtlSeconds?: number
}

/** Counters of `GET /__sandbox/stats`. */
export interface ServiceNowSandboxStats {
  requests: Record<string, number>
  tokenRequests: number
  tokensIssued: number
  faultsInjected: Record<string, number>
  records: Record<string, number>
}

interface Principal {
  username: string
  tables: string[] | undefined
}

interface Answer {
  status: number
  body?: unknown
  headers?: Record<string, string>
}

/** A ServiceNow REST error, as an instance sends it. */
class SnError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly detail: string | null,
    readonly headers: Record<string, string> = {},
  ) {
    super(message)
  }
  toAnswer(): Answer {
    return {
      status: this.status,
      body: { error: { message: this.message, detail: this.detail }, status: 'failure' },
      headers: this.headers,
    }
  }
}

const HOST = '127.0.0.1'
const MAX_BODY_BYTES = 1024 * 1024
const TABLE_PATH = /^\/api\/now\/table\/([^/]+)(?:\/([^/]+))?$/
/** The Table API's default page size when `sysparm_limit` is absent. */
const DEFAULT_LIMIT = 10_000

const notAuthenticated = () =>
  new SnError(401, 'User Not Authenticated', 'Required to provide Auth information')

/** A running ServiceNow sandbox. */
export class ServiceNowSandbox {
  /** The instance's records (inspect or seed directly from tests). */
  readonly tables = new Tables()
  private readonly users: SandboxUser[]
  private readonly clients: SandboxOAuthClient[]
  private readonly tokens = new Map<string, { principal: Principal; expiresAt: number }>()
  private readonly faults = new FaultInjector()
  private readonly sockets = new Set<Socket>()
  private readonly server: Server
  private readonly requestCounts = new Map<string, number>()
  private config: Required<Omit<ServiceNowSandboxConfig, 'faults'>> = defaults()
  private tokenRequests = 0
  private tokensIssued = 0
  private origin = ''

  private constructor(options: ServiceNowSandboxOptions) {
    this.users = options.users ?? []
    this.clients = options.oauthClients ?? []
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((error: unknown) => {
        console.error('servicenow-sandbox: unhandled error', error)
        if (!res.headersSent) send(res, new SnError(500, 'Internal Server Error', null).toAnswer())
      })
    })
    this.server.on('connection', (socket) => {
      this.sockets.add(socket)
      socket.on('close', () => this.sockets.delete(socket))
    })
  }

  /** Starts a sandbox on loopback and resolves once it accepts connections. */
  static async start(options: ServiceNowSandboxOptions = {}): Promise<ServiceNowSandbox> {
    const sandbox = new ServiceNowSandbox(options)
    await new Promise<void>((resolve, reject) => {
      sandbox.server.once('error', reject)
      sandbox.server.listen(options.port ?? 0, HOST, () => resolve())
    })
    const address = sandbox.server.address()
    if (address === null || typeof address === 'string') throw new Error('servicenow-sandbox: no TCP address')
    sandbox.origin = `http://${HOST}:${address.port}`
    return sandbox
  }

  /** The instance URL, e.g. `http://127.0.0.1:41234` (no trailing slash). */
  get url(): string {
    return this.origin
  }

  /** Stops listening and drops open connections (including ones a `timeout` fault holds). */
  async stop(): Promise<void> {
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()))
    for (const socket of this.sockets) socket.destroy()
    await closed
  }

  /** Empties the tables, forgets issued tokens and counters, restores the default configuration. */
  reset(): void {
    this.tables.reset()
    this.tokens.clear()
    this.faults.configure(null)
    this.faults.injected.clear()
    this.config = defaults()
    this.requestCounts.clear()
    this.tokenRequests = 0
    this.tokensIssued = 0
  }

  /** Changes the configuration; members left out keep their value. */
  configure(patch: ServiceNowSandboxConfig): void {
    const { faults, ...rest } = patch
    for (const [key, value] of Object.entries(rest)) {
      if (value !== undefined && (typeof value !== 'number' || !Number.isFinite(value) || value < 0))
        throw new SnError(400, 'Invalid sandbox config', `${key} must be a non-negative number`)
    }
    this.config = { ...this.config, ...(rest as Partial<typeof this.config>) }
    if (faults !== undefined) {
      if (faults !== null && (!Array.isArray(faults.statuses) || faults.statuses.length === 0))
        throw new SnError(400, 'Invalid sandbox config', 'faults.statuses must be a non-empty array')
      this.faults.configure(faults)
    }
  }

  /** The counters of `GET /__sandbox/stats`. */
  stats(): ServiceNowSandboxStats {
    return {
      requests: Object.fromEntries(this.requestCounts),
      tokenRequests: this.tokenRequests,
      tokensIssued: this.tokensIssued,
      faultsInjected: Object.fromEntries(this.faults.injected),
      records: Object.fromEntries([...this.tables.records].map(([name, rows]) => [name, rows.size])),
    }
  }

  /** Inserts records as the `admin` user (`POST /__sandbox/seed` takes `{ table: [fields, …] }`). */
  seed(input: Record<string, Record<string, unknown>[]>): Record<string, SnRecord[]> {
    const created: Record<string, SnRecord[]> = {}
    for (const [table, rows] of Object.entries(input)) {
      if (!this.tables.has(table)) throw new SnError(400, `Invalid table ${table}`, null)
      created[table] = rows.map((row) => ({ ...this.tables.insert(table, row, 'admin') }))
    }
    return created
  }

  // ==========================================================================
  // Request pipeline
  // ==========================================================================

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = (req.method ?? 'GET').toUpperCase()
    const url = new URL(`http://${HOST}${req.url ?? '/'}`)
    const rawBody = method === 'GET' || method === 'HEAD' ? '' : await readBody(req)
    if (rawBody === undefined) {
      send(res, new SnError(413, 'Request entity too large', null).toAnswer())
      return
    }
    if (url.pathname.startsWith('/__sandbox/')) {
      send(
        res,
        this.attempt(() => this.control(method, url.pathname, rawBody)),
      )
      return
    }
    const tableMatch = TABLE_PATH.exec(url.pathname)
    const key =
      url.pathname === '/oauth_token.do'
        ? `${method} /oauth_token.do`
        : tableMatch
          ? `${method} /api/now/table/${tableMatch[1]}${tableMatch[2] ? '/{sys_id}' : ''}`
          : `${method} (unmatched)`
    this.requestCounts.set(key, (this.requestCounts.get(key) ?? 0) + 1)

    const fault = this.faults.pick(method, url.pathname)
    if (fault?.phase === 'before' && this.inject(fault.kind, fault.timeoutMs, res)) return
    if (this.config.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, this.config.latencyMs))

    const answer = this.attempt(() => {
      if (url.pathname === '/oauth_token.do') {
        if (method !== 'POST') throw new SnError(405, 'Method not Supported', null)
        return this.token(req, rawBody)
      }
      if (!tableMatch) throw new SnError(400, 'Requested URI does not represent any resource', null)
      const principal = this.authenticate(req)
      return this.table(method, decodeURIComponent(tableMatch[1]!), tableMatch[2], url, rawBody, principal)
    })
    if (fault?.phase === 'after' && this.inject(fault.kind, fault.timeoutMs, res)) return
    send(res, answer)
  }

  private attempt(run: () => Answer): Answer {
    try {
      return run()
    } catch (error) {
      if (error instanceof SnError) return error.toAnswer()
      throw error
    }
  }

  /** Carries out a fault; true when it dealt with the socket itself (reset, timeout) or answered. */
  private inject(kind: number | 'timeout' | 'reset', timeoutMs: number, res: ServerResponse): boolean {
    if (kind === 'reset') {
      res.socket?.destroy()
      return true
    }
    if (kind === 'timeout') {
      const socket = res.socket
      const timer = setTimeout(() => socket?.destroy(), timeoutMs)
      timer.unref()
      socket?.once('close', () => clearTimeout(timer))
      return true
    }
    if (kind === 429) {
      send(
        res,
        new SnError(
          429,
          'Rate limit exceeded',
          'Too many requests: the rate limit rule for this user was exceeded',
          {
            'retry-after': String(this.config.retryAfterSeconds),
          },
        ).toAnswer(),
      )
      return true
    }
    const message = kind === 503 ? 'Service Unavailable' : `HTTP ${kind} (injected by the sandbox)`
    send(res, new SnError(kind, message, null).toAnswer())
    return true
  }

  // ==========================================================================
  // Authentication
  // ==========================================================================

  /** `POST /oauth_token.do`, client credentials only (form-encoded, as ServiceNow requires). */
  private token(req: IncomingMessage, rawBody: string): Answer {
    this.tokenRequests++
    const type = String(req.headers['content-type'] ?? '')
    const form = new URLSearchParams(type.includes('application/x-www-form-urlencoded') ? rawBody : '')
    // ServiceNow answers a refused token request with this body and 401, whatever the reason.
    const denied: Answer = {
      status: 401,
      body: { error_description: 'access_denied', error: 'server_error' },
    }
    if (form.get('grant_type') !== 'client_credentials') {
      return { status: 400, body: { error_description: 'access_denied', error: 'unsupported_grant_type' } }
    }
    const client = this.clients.find(
      (c) => c.clientId === form.get('client_id') && same(c.clientSecret, form.get('client_secret') ?? ''),
    )
    if (!client) return denied
    const token = randomBytes(32).toString('base64url')
    const ttl = this.config.tokenTtlSeconds
    this.tokens.set(token, {
      principal: { username: client.username ?? 'oauth.client', tables: client.tables },
      expiresAt: Date.now() + ttl * 1000,
    })
    this.tokensIssued++
    return {
      status: 200,
      body: { access_token: token, scope: 'useraccount', token_type: 'Bearer', expires_in: ttl - 1 },
      headers: { 'cache-control': 'no-store' },
    }
  }

  private authenticate(req: IncomingMessage): Principal {
    const header = req.headers.authorization ?? ''
    const [scheme, credentials = ''] = header.split(' ', 2)
    if (scheme?.toLowerCase() === 'basic') {
      const decoded = Buffer.from(credentials, 'base64').toString('utf8')
      const colon = decoded.indexOf(':')
      const username = decoded.slice(0, colon)
      const user = this.users.find(
        (u) => u.username === username && same(u.password, decoded.slice(colon + 1)),
      )
      if (colon < 0 || !user) throw notAuthenticated()
      return { username: user.username, tables: user.tables }
    }
    if (scheme?.toLowerCase() === 'bearer') {
      const entry = this.tokens.get(credentials)
      if (!entry || entry.expiresAt <= Date.now()) throw notAuthenticated()
      return entry.principal
    }
    throw notAuthenticated()
  }

  // ==========================================================================
  // Table API
  // ==========================================================================

  private table(
    method: string,
    table: string,
    sysId: string | undefined,
    url: URL,
    rawBody: string,
    principal: Principal,
  ): Answer {
    if (!this.tables.has(table)) throw new SnError(400, `Invalid table ${table}`, null)
    if (principal.tables && !principal.tables.includes(table)) {
      throw new SnError(403, 'User Not Authorized', `ACL restricts access to table ${table}`)
    }
    const params = url.searchParams
    const render = (record: SnRecord) => this.render(table, record, params)
    if (sysId === undefined) {
      if (method === 'GET') return this.list(table, params, render)
      if (method === 'POST') {
        const record = this.tables.insert(table, body(rawBody), principal.username)
        return {
          status: 201,
          body: { result: render(record) },
          headers: { location: `${this.origin}/api/now/table/${table}/${record.sys_id}` },
        }
      }
      throw new SnError(405, 'Method not Supported', `${method} is not supported on a table`)
    }
    const noRecord = new SnError(
      404,
      'No Record found',
      "Record doesn't exist or ACL restricts the record retrieval",
    )
    if (method === 'GET') {
      const record = this.tables.get(table, sysId)
      if (!record) throw noRecord
      return { status: 200, body: { result: render(record) } }
    }
    if (method === 'PATCH' || method === 'PUT') {
      const record = this.tables.update(table, sysId, body(rawBody), principal.username)
      if (!record) throw noRecord
      return { status: 200, body: { result: render(record) } }
    }
    if (method === 'DELETE') {
      if (!this.tables.delete(table, sysId)) throw noRecord
      return { status: 204 }
    }
    throw new SnError(405, 'Method not Supported', `${method} is not supported on a record`)
  }

  private list(table: string, params: URLSearchParams, render: (record: SnRecord) => unknown): Answer {
    let query: ReturnType<typeof parseQuery>
    try {
      query = parseQuery(params.get('sysparm_query') ?? '')
    } catch (error) {
      if (error instanceof QuerySyntaxError) throw new SnError(400, 'Invalid query', error.message)
      throw error
    }
    const limit = integer(params.get('sysparm_limit'), 'sysparm_limit') ?? DEFAULT_LIMIT
    const offset = integer(params.get('sysparm_offset'), 'sysparm_offset') ?? 0
    const all = sortRecords(
      query,
      this.tables.rows(table).filter((record) => matches(query, record)),
    )
    return {
      status: 200,
      body: { result: all.slice(offset, offset + limit).map(render) },
      headers: { 'x-total-count': String(all.length) },
    }
  }

  /** A record as the Table API shows it: `sysparm_fields`, and references as `{ link, value }` unless excluded. */
  private render(table: string, record: SnRecord, params: URLSearchParams): Record<string, unknown> {
    const fields = params.get('sysparm_fields')
    const names = fields
      ? fields
          .split(',')
          .map((f) => f.trim())
          .filter((f) => f in record)
      : Object.keys(record)
    const excludeLinks = params.get('sysparm_exclude_reference_link') === 'true'
    const references = this.tables.definition(table)?.references ?? {}
    const out: Record<string, unknown> = {}
    for (const name of names) {
      const value = record[name] ?? ''
      const target = references[name]
      out[name] =
        target && !excludeLinks && value !== ''
          ? { link: `${this.origin}/api/now/table/${target}/${value}`, value }
          : value
    }
    return out
  }

  // ==========================================================================
  // Control API (`/__sandbox/`): not part of ServiceNow's surface, no authentication
  // ==========================================================================

  private control(method: string, path: string, rawBody: string): Answer {
    switch (`${method} ${path}`) {
      case 'POST /__sandbox/reset':
        this.reset()
        return { status: 200, body: { reset: true } }
      case 'POST /__sandbox/seed':
        return { status: 200, body: this.seed(body(rawBody) as Record<string, Record<string, unknown>[]>) }
      case 'PUT /__sandbox/config':
        this.configure(body(rawBody) as ServiceNowSandboxConfig)
        return { status: 200, body: { ...this.config, faults: this.faults.current } }
      case 'GET /__sandbox/config':
        return { status: 200, body: { ...this.config, faults: this.faults.current } }
      case 'GET /__sandbox/stats':
        return { status: 200, body: this.stats() }
      default:
        throw new SnError(404, 'Not found', `no control endpoint ${method} ${path}`)
    }
  }
}

/** Starts a sandbox (see {@link ServiceNowSandbox.start}). */
export function startServiceNowSandbox(options?: ServiceNowSandboxOptions): Promise<ServiceNowSandbox> {
  return ServiceNowSandbox.start(options)
}

function defaults(): Required<Omit<ServiceNowSandboxConfig, 'faults'>> {
  return { latencyMs: 0, retryAfterSeconds: 1, tokenTtlSeconds: 1800 }
}

/** Compares secrets in constant time, so the sandbox does not model a timing oracle. */
function same(expected: string, actual: string): boolean {
  const a = Buffer.from(expected)
  const b = Buffer.from(actual)
  return a.length === b.length && timingSafeEqual(a, b)
}

function integer(raw: string | null, name: string): number | undefined {
  if (raw === null || raw === '') return undefined
  const n = Number(raw)
  if (!Number.isInteger(n) || n < 0)
    throw new SnError(400, `Invalid ${name}`, `${name} must be a non-negative integer`)
  return n
}

function body(rawBody: string): Record<string, unknown> {
  if (rawBody.trim() === '') return {}
  let parsed: unknown
  try {
    parsed = JSON.parse(rawBody)
  } catch {
    throw new SnError(400, 'Exception while reading request', 'The payload is not valid JSON.')
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed))
    throw new SnError(400, 'Exception while reading request', 'The payload must be a JSON object.')
  return parsed as Record<string, unknown>
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

function send(res: ServerResponse, answer: Answer): void {
  if (res.headersSent || res.destroyed) return
  if (answer.body === undefined || answer.status === 204) {
    res.writeHead(answer.status, answer.headers ?? {})
    res.end()
    return
  }
  const text = JSON.stringify(answer.body)
  res.writeHead(answer.status, {
    'content-type': 'application/json;charset=UTF-8',
    'content-length': Buffer.byteLength(text),
    ...answer.headers,
  })
  res.end(text)
}
