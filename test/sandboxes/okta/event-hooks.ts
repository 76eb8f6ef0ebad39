/**
 * Event hooks as Okta runs them: registration, one-time verification (a GET carrying
 * `X-Okta-Verification-Challenge`), and delivery of matching System Log events — POST, the configured
 * auth header, several events per delivery, one retry on failure, a 3-second timeout.
 */
import { notFound, OktaApiError, validationFailed } from './errors.js'
import { ID_PREFIX, newOktaId, newUuid, timestamp } from './ids.js'
import type { LogEvent, SystemLog } from './system-log.js'

/** A registered event hook (the secret stays here; Okta never returns it). */
export interface EventHookRecord {
  id: string
  name: string
  description: string | null
  status: 'ACTIVE' | 'INACTIVE'
  verificationStatus: 'UNVERIFIED' | 'VERIFIED'
  created: string
  createdBy: string
  lastUpdated: string
  eventTypes: string[]
  uri: string
  headers: { key: string; value: string }[]
  authScheme: { type: 'HEADER'; key: string; value: string } | null
}

/** One delivery attempt, kept for the control API's stats. */
export interface DeliveryAttempt {
  hookId: string
  eventIds: string[]
  attempt: 1 | 2
  status: number | 'timeout' | 'error'
  at: string
}

/** Delivery timing; Okta's are a 3 s timeout and a single retry. */
export interface EventHookTiming {
  /** How long events are gathered into one delivery. */
  batchMs: number
  /** Most events in one delivery. */
  maxBatch: number
  timeoutMs: number
  retryDelayMs: number
}

const DEFAULT_TIMING: EventHookTiming = { batchMs: 50, maxBatch: 50, timeoutMs: 3000, retryDelayMs: 500 }
const EVENT_TYPE = /^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$/

/** The org's event hooks and their delivery machinery. */
export class EventHooks {
  readonly hooks = new Map<string, EventHookRecord>()
  readonly attempts: DeliveryAttempt[] = []
  private timing: EventHookTiming = { ...DEFAULT_TIMING }
  private readonly pending = new Map<string, { events: LogEvent[]; timer: NodeJS.Timeout }>()
  private readonly inFlight = new Set<Promise<void>>()

  constructor(log: SystemLog) {
    log.subscribe((event) => this.onEvent(event))
  }

  /** Adjusts delivery timing (tests shorten it). */
  configure(timing: Partial<EventHookTiming>): void {
    this.timing = { ...this.timing, ...timing }
  }

  /** Forgets every hook and pending delivery. */
  reset(): void {
    for (const { timer } of this.pending.values()) clearTimeout(timer)
    this.pending.clear()
    this.hooks.clear()
    this.attempts.length = 0
  }

  /** Resolves once every pending and in-flight delivery has finished (for tests and shutdown). */
  async drain(): Promise<void> {
    for (const [hookId, batch] of this.pending) {
      clearTimeout(batch.timer)
      this.pending.delete(hookId)
      this.track(this.deliver(hookId, batch.events))
    }
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight])
  }

  /** `POST /api/v1/eventHooks`. */
  create(body: unknown, createdBy: string): EventHookRecord {
    const input = parseHook(body)
    const now = timestamp()
    const hook: EventHookRecord = {
      id: newOktaId(ID_PREFIX.eventHook),
      ...input,
      status: 'ACTIVE',
      verificationStatus: 'UNVERIFIED',
      created: now,
      createdBy,
      lastUpdated: now,
    }
    this.hooks.set(hook.id, hook)
    return hook
  }

  /** `PUT /api/v1/eventHooks/{id}`: replaces name, events and channel; verification starts over if the URI changed. */
  replace(id: string, body: unknown): EventHookRecord {
    const hook = this.get(id)
    const input = parseHook(body)
    if (input.uri !== hook.uri) hook.verificationStatus = 'UNVERIFIED'
    Object.assign(hook, input, { lastUpdated: timestamp() })
    return hook
  }

  /** A hook by id, or Okta's 404. */
  get(id: string): EventHookRecord {
    const hook = this.hooks.get(id)
    if (!hook) throw notFound(`${id} (EventHook)`)
    return hook
  }

  /** `POST /api/v1/eventHooks/{id}/lifecycle/activate|deactivate`. */
  setStatus(id: string, status: 'ACTIVE' | 'INACTIVE'): EventHookRecord {
    const hook = this.get(id)
    hook.status = status
    hook.lastUpdated = timestamp()
    return hook
  }

  /** `DELETE /api/v1/eventHooks/{id}`: only an inactive hook can be deleted. */
  delete(id: string): void {
    const hook = this.get(id)
    if (hook.status === 'ACTIVE') {
      throw new OktaApiError(403, 'E0000038', 'This operation is not allowed in the current status.', [
        'Deactivate the event hook before deleting it',
      ])
    }
    this.hooks.delete(id)
  }

  /**
   * `POST /api/v1/eventHooks/{id}/lifecycle/verify`: sends the GET challenge and expects the same value
   * back as `{"verification": ...}` within the timeout. As Okta documents, one retry follows a timeout or
   * an error response; a 200 with the wrong value is a definite answer and is not retried.
   */
  async verify(id: string): Promise<EventHookRecord> {
    const hook = this.get(id)
    const challenge = newUuid()
    let reason: string | undefined
    for (let attempt = 1; attempt <= 2; attempt++) {
      let retryable = false
      reason = undefined
      try {
        const response = await fetch(hook.uri, {
          method: 'GET',
          headers: { ...this.headersOf(hook), 'X-Okta-Verification-Challenge': challenge },
          signal: AbortSignal.timeout(this.timing.timeoutMs),
        })
        if (response.status !== 200) {
          await response.arrayBuffer().catch(() => undefined)
          reason = `the endpoint answered ${response.status}`
          retryable = true
        } else {
          const echoed = await response.json().then(
            (body) => (body as { verification?: unknown } | null)?.verification,
            () => undefined,
          )
          if (echoed !== challenge) reason = 'the endpoint did not echo the verification value'
        }
      } catch (error) {
        reason = `the endpoint could not be reached (${(error as Error).name})`
        retryable = true
      }
      if (!retryable) break
    }
    if (reason) throw validationFailed('eventHook', `Verification failed: ${reason}`)
    hook.verificationStatus = 'VERIFIED'
    hook.lastUpdated = timestamp()
    return hook
  }

  private onEvent(event: LogEvent): void {
    for (const hook of this.hooks.values()) {
      if (hook.status !== 'ACTIVE' || hook.verificationStatus !== 'VERIFIED') continue
      if (!hook.eventTypes.includes(event.eventType)) continue
      let batch = this.pending.get(hook.id)
      if (!batch) {
        const timer = setTimeout(() => this.flush(hook.id), this.timing.batchMs)
        timer.unref()
        batch = { events: [], timer }
        this.pending.set(hook.id, batch)
      }
      batch.events.push(event)
      if (batch.events.length >= this.timing.maxBatch) this.flush(hook.id)
    }
  }

  private flush(hookId: string): void {
    const batch = this.pending.get(hookId)
    if (!batch) return
    clearTimeout(batch.timer)
    this.pending.delete(hookId)
    this.track(this.deliver(hookId, batch.events))
  }

  private track(delivery: Promise<void>): void {
    this.inFlight.add(delivery)
    void delivery.finally(() => this.inFlight.delete(delivery))
  }

  private async deliver(hookId: string, events: LogEvent[]): Promise<void> {
    const hook = this.hooks.get(hookId)
    if (!hook) return
    const body = JSON.stringify({
      eventType: 'com.okta.event_hook',
      eventTypeVersion: '1.0',
      cloudEventsVersion: '0.1',
      source: `${new URL(hook.uri).origin}/api/v1/eventHooks/${hook.id}`,
      eventId: newUuid(),
      eventTime: timestamp(),
      contentType: 'application/json',
      data: { events },
    })
    for (const attempt of [1, 2] as const) {
      const status = await this.post(hook, body)
      this.attempts.push({ hookId, eventIds: events.map((e) => e.uuid), attempt, status, at: timestamp() })
      // Okta retries once on a timeout or a server error, never on a client error.
      if (typeof status === 'number' && status < 500) return
      if (attempt === 1) await new Promise((resolve) => setTimeout(resolve, this.timing.retryDelayMs).unref())
    }
  }

  private async post(hook: EventHookRecord, body: string): Promise<number | 'timeout' | 'error'> {
    try {
      const response = await fetch(hook.uri, {
        method: 'POST',
        headers: { ...this.headersOf(hook), 'Content-Type': 'application/json' },
        body,
        signal: AbortSignal.timeout(this.timing.timeoutMs),
      })
      await response.arrayBuffer().catch(() => undefined)
      return response.status
    } catch (error) {
      return (error as Error).name === 'TimeoutError' ? 'timeout' : 'error'
    }
  }

  private headersOf(hook: EventHookRecord): Record<string, string> {
    const headers: Record<string, string> = {
      Accept: 'application/json',
      'User-Agent': 'Okta Event Hooks (sandbox)',
    }
    for (const { key, value } of hook.headers) headers[key] = value
    if (hook.authScheme) headers[hook.authScheme.key] = hook.authScheme.value
    return headers
  }
}

/** The JSON form of a hook (`EventHook`); the auth value is never returned, as in Okta. */
export function eventHookJson(origin: string, hook: EventHookRecord): Record<string, unknown> {
  const self = `${origin}/api/v1/eventHooks/${hook.id}`
  return {
    id: hook.id,
    status: hook.status,
    verificationStatus: hook.verificationStatus,
    name: hook.name,
    description: hook.description,
    created: hook.created,
    createdBy: hook.createdBy,
    lastUpdated: hook.lastUpdated,
    events: { type: 'EVENT_TYPE', items: hook.eventTypes, filter: null },
    channel: {
      type: 'HTTP',
      version: '1.0.0',
      config: {
        uri: hook.uri,
        headers: hook.headers,
        method: 'POST',
        authScheme: hook.authScheme ? { type: 'HEADER', key: hook.authScheme.key } : null,
      },
    },
    _links: {
      self: { href: self },
      verify: { href: `${self}/lifecycle/verify`, hints: { allow: ['POST'] } },
      [hook.status === 'ACTIVE' ? 'deactivate' : 'activate']: {
        href: `${self}/lifecycle/${hook.status === 'ACTIVE' ? 'deactivate' : 'activate'}`,
        hints: { allow: ['POST'] },
      },
    },
  }
}

function parseHook(
  body: unknown,
): Omit<EventHookRecord, 'id' | 'status' | 'verificationStatus' | 'created' | 'createdBy' | 'lastUpdated'> {
  const input = body as {
    name?: unknown
    description?: unknown
    events?: { type?: unknown; items?: unknown }
    channel?: {
      type?: unknown
      version?: unknown
      config?: {
        uri?: unknown
        headers?: unknown
        authScheme?: { type?: unknown; key?: unknown; value?: unknown }
      }
    }
  }
  if (!input || typeof input !== 'object')
    throw validationFailed('eventHook', 'The request body was not an event hook')
  if (typeof input.name !== 'string' || input.name.trim() === '') {
    throw validationFailed('name', 'name: The field cannot be left blank')
  }
  const items = input.events?.items
  if (input.events?.type !== 'EVENT_TYPE' || !Array.isArray(items) || items.length === 0) {
    throw validationFailed('events', 'events: At least one event type is required')
  }
  for (const item of items) {
    if (typeof item !== 'string' || !EVENT_TYPE.test(item)) {
      throw validationFailed('events', `events.items: ${String(item)} is not a supported event type`)
    }
  }
  const config = input.channel?.config
  if (input.channel?.type !== 'HTTP' || typeof config?.uri !== 'string' || !/^https?:\/\//.test(config.uri)) {
    throw validationFailed('channel', 'channel.config.uri: A valid HTTP(S) URI is required')
  }
  const headers = Array.isArray(config.headers) ? config.headers : []
  for (const header of headers) {
    if (typeof header?.key !== 'string' || typeof header?.value !== 'string') {
      throw validationFailed('channel', 'channel.config.headers: each header needs a key and a value')
    }
  }
  const scheme = config.authScheme
  let authScheme: EventHookRecord['authScheme'] = null
  if (scheme) {
    if (scheme.type !== 'HEADER' || typeof scheme.key !== 'string' || typeof scheme.value !== 'string') {
      throw validationFailed(
        'channel',
        'channel.config.authScheme: type HEADER with a key and a value is required',
      )
    }
    authScheme = { type: 'HEADER', key: scheme.key, value: scheme.value }
  }
  return {
    name: input.name,
    description: typeof input.description === 'string' ? input.description : null,
    eventTypes: items as string[],
    uri: config.uri,
    headers: headers as { key: string; value: string }[],
    authScheme,
  }
}
