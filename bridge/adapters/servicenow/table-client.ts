/**
 * {@link ServiceNowPort} over ServiceNow's Table API with `fetch`: basic auth or OAuth client credentials
 * (`/oauth_token.do`, the token cached until shortly before it expires, one token request at a time), a
 * timeout per attempt, and retries on 429/5xx/network failures honouring `Retry-After` within a bounded
 * total wait (the bridge's one retry, `resilience/retry.ts`; the backoff has no jitter here: one client per
 * bridge, and the waits are what tests observe). Creates and work notes are not idempotent, so after an ambiguous failure (5xx, timeout,
 * reset) they are reported as `unavailable` rather than sent again; a 429 is retried for every call
 * because ServiceNow refused it without acting on it.
 */
import { type Clock, systemClock } from '../../clock.js'
import {
  type ServiceNowConfig,
  ServiceNowError,
  type ServiceNowPort,
  type ServiceNowQuery,
  type ServiceNowRecord,
} from '../../ports/servicenow.js'
import { type RetryDecision, retry } from '../../resilience/retry.js'
import { type Expiring, RefreshingCache } from '../../resilience/single-flight.js'
import { outboundFetch } from '../outbound-fetch.js'
import {
  encodeQuery,
  fieldList,
  isTimeout,
  malformed,
  record,
  sysIdOf,
  tablePath,
  toError,
} from './table-api.js'

/** How the client authenticates. */
export type ServiceNowAuth =
  | { kind: 'basic'; username: string; password: string }
  | { kind: 'oauth'; clientId: string; clientSecret: string }

/** Options of {@link ServiceNowTableClient}. */
export interface ServiceNowClientOptions {
  /** The instance URL, e.g. `https://acme.service-now.com`. */
  baseUrl: string
  auth: ServiceNowAuth
  /** Per-attempt timeout (default 15 s). */
  timeoutMs?: number
  /** Retries after the first attempt (default 3). */
  maxRetries?: number
  /** The most the client waits between attempts in total, `Retry-After` included (default 30 s). */
  maxRetryWaitMs?: number
  /** Backoff before a retry without `Retry-After` (doubles each time; default 250 ms). */
  baseBackoffMs?: number
  /** `fetch` to send with (tests: a fake); defaults to the bridge's outbound one. */
  fetch?: typeof fetch
  /** How the client waits between attempts (tests observe the waits instead of timing them). */
  sleep?: (ms: number) => Promise<void>
  /** The clock token lifetimes, `Retry-After` dates and (without `sleep`) the waits go by; default real time. */
  clock?: Clock
}

/** Refresh a token this long before ServiceNow says it expires, so a call never carries a dying token. */
const TOKEN_MARGIN_MS = 60_000
/** The client holds one token (one set of client credentials): the key of its cache entry. */
const TOKEN = 'oauth'

/** Builds a client from the bridge configuration (OAuth when a client id is configured, else basic). */
export function serviceNowClientFromConfig(
  config: ServiceNowConfig,
  options: Omit<ServiceNowClientOptions, 'baseUrl' | 'auth'> = {},
): ServiceNowTableClient {
  const auth: ServiceNowAuth =
    config.clientId !== undefined && config.clientSecret !== undefined
      ? { kind: 'oauth', clientId: config.clientId, clientSecret: config.clientSecret }
      : { kind: 'basic', username: config.username ?? '', password: config.password ?? '' }
  return new ServiceNowTableClient({ ...options, baseUrl: config.instanceUrl, auth })
}

interface Call {
  method: 'GET' | 'POST' | 'PATCH'
  path: string
  params?: URLSearchParams
  body?: unknown
  /** Whether repeating it after an ambiguous failure is harmless. */
  idempotent: boolean
  /** For messages: `GET incident/<sys_id>`. */
  label: string
}

/** The Table API client. */
export class ServiceNowTableClient implements ServiceNowPort {
  private readonly baseUrl: string
  private readonly auth: ServiceNowAuth
  private readonly timeoutMs: number
  private readonly maxRetries: number
  private readonly maxRetryWaitMs: number
  private readonly baseBackoffMs: number
  private readonly fetch: typeof fetch
  private readonly clock: Clock
  /** The OAuth token, requested once however many calls need it at the same moment. */
  private readonly tokens: RefreshingCache<string, string>

  constructor(options: ServiceNowClientOptions) {
    this.baseUrl = options.baseUrl.replace(/\/+$/, '')
    this.auth = options.auth
    this.timeoutMs = options.timeoutMs ?? 15_000
    this.maxRetries = options.maxRetries ?? 3
    this.maxRetryWaitMs = options.maxRetryWaitMs ?? 30_000
    this.baseBackoffMs = options.baseBackoffMs ?? 250
    this.fetch = options.fetch ?? outboundFetch
    const clock = options.clock ?? systemClock
    const sleep = options.sleep
    this.clock = sleep ? { now: () => clock.now(), sleep: (ms) => sleep(ms) } : clock
    this.tokens = new RefreshingCache(() => this.now())
  }

  private now(): number {
    return this.clock.now().getTime()
  }

  /** {@inheritDoc ServiceNowPort.getRecord} */
  async getRecord(
    table: string,
    sysId: string,
    options: { fields?: string[] } = {},
  ): Promise<ServiceNowRecord | undefined> {
    const params = this.params(options.fields)
    try {
      const result = await this.call({
        method: 'GET',
        path: `${tablePath(table)}/${sysIdOf(sysId)}`,
        params,
        idempotent: true,
        label: `GET ${table}/${sysId}`,
      })
      return record(result)
    } catch (error) {
      if (error instanceof ServiceNowError && error.kind === 'not-found') return undefined
      throw error
    }
  }

  /** {@inheritDoc ServiceNowPort.query} */
  async query(
    table: string,
    query: ServiceNowQuery,
    options: { fields?: string[]; limit?: number; offset?: number } = {},
  ): Promise<ServiceNowRecord[]> {
    const params = this.params(options.fields)
    const encoded = encodeQuery(query)
    if (encoded !== '') params.set('sysparm_query', encoded)
    params.set('sysparm_limit', String(options.limit ?? 100))
    if (options.offset) params.set('sysparm_offset', String(options.offset))
    const result = await this.call({
      method: 'GET',
      path: tablePath(table),
      params,
      idempotent: true,
      label: `GET ${table}`,
    })
    if (!Array.isArray(result)) throw malformed(`GET ${table}`)
    return result.map(record)
  }

  /** {@inheritDoc ServiceNowPort.createRecord} */
  async createRecord(table: string, fields: Record<string, string>): Promise<ServiceNowRecord> {
    const result = await this.call({
      method: 'POST',
      path: tablePath(table),
      params: this.params(),
      body: fields,
      idempotent: false,
      label: `POST ${table}`,
    })
    return record(result)
  }

  /** {@inheritDoc ServiceNowPort.updateRecord} */
  async updateRecord(
    table: string,
    sysId: string,
    fields: Record<string, string>,
  ): Promise<ServiceNowRecord> {
    // Setting fields twice leaves the same record, unless one is a journal field, which appends each time.
    const idempotent = !('work_notes' in fields) && !('comments' in fields)
    const result = await this.call({
      method: 'PATCH',
      path: `${tablePath(table)}/${sysIdOf(sysId)}`,
      params: this.params(),
      body: fields,
      idempotent,
      label: `PATCH ${table}/${sysId}`,
    })
    return record(result)
  }

  /** {@inheritDoc ServiceNowPort.addWorkNote} */
  async addWorkNote(table: string, sysId: string, text: string): Promise<void> {
    await this.call({
      method: 'PATCH',
      path: `${tablePath(table)}/${sysIdOf(sysId)}`,
      params: this.params(['sys_id']),
      body: { work_notes: text },
      idempotent: false,
      label: `PATCH ${table}/${sysId} (work note)`,
    })
  }

  private params(fields?: string[]): URLSearchParams {
    // Reference fields as plain sys_ids: every value a string, no instance links in the bridge's data.
    const params = new URLSearchParams({ sysparm_exclude_reference_link: 'true' })
    if (fields && fields.length > 0) params.set('sysparm_fields', fieldList(fields))
    return params
  }

  /** One logical call: attempts, retries and error mapping. Answers the envelope's `result`. */
  private async call(call: Call): Promise<unknown> {
    // Errors that end the call at once, whatever their kind: the token request's own (it is not the call) and
    // an answer that is not a Table API envelope.
    const final = new WeakSet<object>()
    let refreshedToken = false
    const decide = (error: unknown): RetryDecision => {
      if (!(error instanceof ServiceNowError) || final.has(error)) return false
      // A bearer token can be revoked or expire early: fetch a fresh one once and try again at once.
      if (error.status === 401 && this.auth.kind === 'oauth' && !refreshedToken) {
        refreshedToken = true
        this.tokens.invalidate(TOKEN)
        return 0
      }
      // No answer (status 0) or a 5xx may have taken effect: only an idempotent call is sent again. A 429 was
      // refused without acting, so any call is.
      const retryable = error.status === 429 || (error.kind === 'unavailable' && call.idempotent)
      if (!retryable) return false
      return error.retryAfterSeconds !== undefined ? error.retryAfterSeconds * 1000 : true
    }
    return retry(() => this.attempt(call, final), {
      retries: this.maxRetries,
      backoff: { baseMs: this.baseBackoffMs, maxMs: Number.POSITIVE_INFINITY, jitter: 'none' },
      maxTotalWaitMs: this.maxRetryWaitMs,
      clock: this.clock,
      decide,
    })
  }

  /** One attempt of `call`; errors that must not be retried are added to `final`. */
  private async attempt(call: Call, final: WeakSet<object>): Promise<unknown> {
    let response: Response
    try {
      response = await this.send(call)
    } catch (error) {
      if (error instanceof ServiceNowError) {
        final.add(error)
        throw error
      }
      const reason = isTimeout(error) ? `no answer within ${this.timeoutMs} ms` : 'connection failed'
      throw new ServiceNowError({
        message: `ServiceNow ${call.label}: ${reason}`,
        status: 0,
        kind: 'unavailable',
      })
    }
    if (response.ok) {
      if (response.status === 204) return undefined
      const body = (await response.json().catch(() => undefined)) as { result?: unknown } | undefined
      if (!body || !('result' in body)) {
        const error = malformed(call.label)
        final.add(error)
        throw error
      }
      return body.result
    }
    throw await toError(call.label, response, this.now())
  }

  private async send(call: Call): Promise<Response> {
    const authorization = await this.authorization()
    const query = call.params?.toString()
    const url = `${this.baseUrl}${call.path}${query ? `?${query}` : ''}`
    return this.fetch(url, {
      method: call.method,
      headers: {
        accept: 'application/json',
        authorization,
        ...(call.body !== undefined ? { 'content-type': 'application/json' } : {}),
      },
      ...(call.body !== undefined ? { body: JSON.stringify(call.body) } : {}),
      signal: AbortSignal.timeout(this.timeoutMs),
    })
  }

  private async authorization(): Promise<string> {
    if (this.auth.kind === 'basic') {
      return `Basic ${Buffer.from(`${this.auth.username}:${this.auth.password}`).toString('base64')}`
    }
    return `Bearer ${await this.tokens.get(TOKEN, () => this.requestToken())}`
  }

  private async requestToken(): Promise<Expiring<string>> {
    const auth = this.auth as Extract<ServiceNowAuth, { kind: 'oauth' }>
    let response: Response
    try {
      response = await this.fetch(`${this.baseUrl}/oauth_token.do`, {
        method: 'POST',
        headers: { accept: 'application/json', 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({
          grant_type: 'client_credentials',
          client_id: auth.clientId,
          client_secret: auth.clientSecret,
        }).toString(),
        signal: AbortSignal.timeout(this.timeoutMs),
      })
    } catch (error) {
      const reason = isTimeout(error) ? `no answer within ${this.timeoutMs} ms` : 'connection failed'
      throw new ServiceNowError({
        message: `ServiceNow token request: ${reason}`,
        status: 0,
        kind: 'unavailable',
      })
    }
    const body = (await response.json().catch(() => undefined)) as
      | { access_token?: unknown; expires_in?: unknown; error?: unknown; error_description?: unknown }
      | undefined
    if (!response.ok || typeof body?.access_token !== 'string') {
      const status = response.status
      const kind = status === 429 ? 'rate-limited' : status >= 500 ? 'unavailable' : 'unauthorized'
      const said =
        typeof body?.error === 'string'
          ? ` (${body.error}${typeof body.error_description === 'string' ? `: ${body.error_description}` : ''})`
          : ''
      throw new ServiceNowError({
        message: `ServiceNow token request: ${status} the client credentials were refused${said}`,
        status,
        kind,
      })
    }
    const lifetimeMs = (typeof body.expires_in === 'number' ? body.expires_in : 1800) * 1000
    const now = this.now()
    // Short-lived tokens (tests) are refreshed at half their life; long ones a minute before they end.
    return {
      value: body.access_token,
      refreshAt: now + Math.max(lifetimeMs - TOKEN_MARGIN_MS, lifetimeMs / 2),
      expiresAt: now + lifetimeMs,
    }
  }
}
