/**
 * The org's System Log: every mutating call records a LogEvent whose `transaction.id` is the
 * `X-Okta-Request-Id` of the response, which is how an external audit record joins Okta's own.
 */
import { OktaApiError, validationFailed } from './errors.js'
import { LOG_FILTER } from './expression.js'
import { newUuid, timestamp } from './ids.js'
import { compileQuery as compile } from './query.js'

/** Who did something (LogEvent `actor`). */
export interface LogActor {
  id: string
  type: string
  alternateId: string
  displayName: string
  detailEntry?: Record<string, unknown> | null
}

/** What something was done to (LogEvent `target[]`). */
export interface LogTarget {
  id: string
  type: string
  alternateId: string
  displayName: string
  detailEntry?: Record<string, unknown> | null
}

/** A System Log event, in the shape `GET /api/v1/logs` returns. */
export interface LogEvent {
  uuid: string
  published: string
  eventType: string
  version: '0'
  severity: 'DEBUG' | 'INFO' | 'WARN' | 'ERROR'
  /** Okta's pre-System-Log event name, where one exists; the spec types it as a string, so it is left out. */
  legacyEventType?: string
  displayMessage: string
  actor: LogActor
  client: {
    userAgent: { rawUserAgent: string; os: string; browser: string }
    zone: string
    device: string
    id: string | null
    ipAddress: string
    /** Where the client is; omitted for the sandbox's loopback clients (the spec has no null here). */
    geographicalContext?: { city?: string; state?: string; country?: string; postalCode?: string }
  }
  outcome: {
    result: 'SUCCESS' | 'FAILURE' | 'SKIPPED' | 'ALLOW' | 'DENY' | 'CHALLENGE' | 'UNKNOWN'
    reason: string | null
  }
  target: LogTarget[]
  transaction: { type: 'WEB' | 'JOB'; id: string; detail: Record<string, unknown> }
  debugContext: { debugData: Record<string, unknown> }
  authenticationContext: {
    authenticationStep: number
    externalSessionId: string
  }
  securityContext: Record<string, never>
  request: { ipChain: { ip: string }[] }
}

/** What a caller says about an event; the log fills in the rest. */
export interface EventInput {
  eventType: string
  displayMessage: string
  actor: LogActor
  targets: LogTarget[]
  requestId: string
  outcome?: LogEvent['outcome']
  severity?: LogEvent['severity']
  userAgent?: string
  debugData?: Record<string, unknown>
}

/** Query of `GET /api/v1/logs`. */
export interface LogQuery {
  since?: string
  until?: string
  filter?: string
  q?: string
  limit?: number
  after?: string
  sortOrder?: 'ASCENDING' | 'DESCENDING'
}

interface StoredEvent {
  seq: number
  ms: number
  event: LogEvent
}

/** The default and maximum page sizes of `GET /api/v1/logs` (Okta: 100 and 1000). */
export const LOG_PAGE = { default: 100, max: 1000 } as const

/** An append-only, bounded System Log. */
export class SystemLog {
  private events: StoredEvent[] = []
  private seq = 0
  private readonly listeners = new Set<(event: LogEvent) => void>()
  /** While held: the last seq queries may see (events after it are recorded but not yet visible). */
  private heldAt: number | undefined

  /** @param retention how many events to keep; the oldest go first, so long benchmarks stay bounded. */
  constructor(private readonly retention = 200_000) {}

  /** Records one event and tells the listeners (event hooks). */
  record(input: EventInput): LogEvent {
    const ms = Date.now()
    const event: LogEvent = {
      uuid: newUuid(),
      published: timestamp(ms),
      eventType: input.eventType,
      version: '0',
      severity: input.severity ?? 'INFO',
      displayMessage: input.displayMessage,
      actor: input.actor,
      client: {
        userAgent: { rawUserAgent: input.userAgent ?? 'unknown', os: 'Unknown', browser: 'UNKNOWN' },
        zone: 'null',
        device: 'Unknown',
        id: null,
        ipAddress: '127.0.0.1',
      },
      outcome: input.outcome ?? { result: 'SUCCESS', reason: null },
      target: input.targets,
      transaction: { type: 'WEB', id: input.requestId, detail: {} },
      debugContext: { debugData: { requestId: input.requestId, ...input.debugData } },
      authenticationContext: { authenticationStep: 0, externalSessionId: 'unknown' },
      securityContext: {},
      request: { ipChain: [{ ip: '127.0.0.1' }] },
    }
    this.events.push({ seq: ++this.seq, ms, event })
    if (this.events.length > this.retention * 1.1) this.events = this.events.slice(-this.retention)
    for (const listener of this.listeners) listener(event)
    return event
  }

  /** Subscribes to every new event; returns the unsubscribe function. */
  subscribe(listener: (event: LogEvent) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** Forgets every event (sandbox reset). */
  clear(): void {
    this.events = []
    this.heldAt = undefined
  }

  /**
   * Okta's log lags: from now on, events are recorded (and delivered to listeners) but queries do not see them
   * until {@link release} — what a client that looks an event up right after its call meets in a real org.
   */
  hold(): void {
    this.heldAt ??= this.seq
  }

  /** Makes the events recorded while held visible to queries. */
  release(): void {
    this.heldAt = undefined
  }

  /** How many events are held. */
  get size(): number {
    return this.events.length
  }

  /**
   * Answers `GET /api/v1/logs`. Okta's `since` defaults to seven days ago; `after` is an opaque cursor
   * (here the sequence number of the last event returned, so it stays valid while events are appended).
   */
  query(query: LogQuery): { events: LogEvent[]; nextAfter: string | undefined } {
    const since = query.since === undefined ? Date.now() - 7 * 24 * 3600_000 : parseTime('since', query.since)
    const until = query.until === undefined ? Number.POSITIVE_INFINITY : parseTime('until', query.until)
    if (since > until) throw validationFailed('since', 'since: The since parameter must be before until')
    const limit = query.limit ?? LOG_PAGE.default
    const descending = query.sortOrder === 'DESCENDING'
    const afterSeq = query.after === undefined ? undefined : parseCursor(query.after)
    const matches = query.filter ? compile(query.filter, LOG_FILTER) : () => true
    const keyword = query.q?.toLowerCase().split(/\s+/).filter(Boolean)

    const out: LogEvent[] = []
    let last: StoredEvent | undefined
    let more = false
    const n = this.events.length
    const visible = this.heldAt ?? this.seq
    for (let i = 0; i < n; i++) {
      const stored = this.events[descending ? n - 1 - i : i]!
      if (stored.seq > visible) continue
      if (afterSeq !== undefined && (descending ? stored.seq >= afterSeq : stored.seq <= afterSeq)) continue
      if (stored.ms < since || stored.ms >= until) continue
      if (!matches(stored.event)) continue
      if (keyword && !matchesKeywords(stored.event, keyword)) continue
      if (out.length === limit) {
        more = true
        break
      }
      out.push(stored.event)
      last = stored
    }
    // Okta's "polling" requests (no `until`, ascending order) are an endless stream: the `next` link is
    // always there, even on an empty page, so the client can come back for events written later. Only
    // "bounded" requests (with `until`, or DESCENDING) have a last page. On a page that is not full,
    // everything written so far has been scanned, so the cursor moves past all of it.
    if (!more && query.until === undefined && !descending) {
      return { events: out, nextAfter: String(Math.max(afterSeq ?? 0, visible)) }
    }
    return { events: out, nextAfter: more && last ? String(last.seq) : undefined }
  }
}

function matchesKeywords(event: LogEvent, keywords: string[]): boolean {
  const text = JSON.stringify(event).toLowerCase()
  return keywords.every((word) => text.includes(word))
}

function parseTime(name: string, value: string): number {
  const ms = Date.parse(value)
  if (Number.isNaN(ms)) throw validationFailed(name, `${name}: Invalid date format; use ISO 8601`)
  return ms
}

function parseCursor(after: string): number {
  const seq = Number(after)
  if (!Number.isSafeInteger(seq) || seq < 0)
    throw new OktaApiError(400, 'E0000001', 'Api validation failed: after')
  return seq
}
