/**
 * The {@link OktaLogPort}: Okta's System Log (`GET /api/v1/logs`) read through the same thin Management API
 * client and request executor as the Management API port, with a token holding `okta.logs.read` and nothing else —
 * the audit can read what the bridge did, never change anything.
 *
 * Two rules every query here follows:
 * - it carries `until`. Without it Okta treats a log query as a *polling* query: the `next` link is always
 *   there, even on an empty page, and `for await` over the pages never ends.
 * - filters are built with `search-expression.ts`, never by concatenation: request ids come from the store and
 *   actor ids from configuration, but an expression is only safe when every value is quoted the one way.
 * - a query's URL stays short. Okta's `Link` header repeats the whole query twice (`self` and `next`); the SDK's
 *   parse-link-header gave up on a header over 2000 characters (the thin client's parser has no limit, but the
 *   parity test still runs these queries through the SDK, and short URLs suit every proxy). Request ids are
 *   therefore batched by the length of their filter, not only by count.
 */
import type okta from '@okta/okta-sdk-nodejs'
import type { OktaLogEvent, OktaLogPort } from '../../ports/okta.js'
import { toOktaError } from './error-mapping.js'
import { OktaManagementClient } from './management-client.js'
import { type OktaCallRecord, OktaRequestExecutor, oktaCallContext } from './request-executor.js'
import { eq, or } from './search-expression.js'
import { normaliseOrgUrl, type OktaTokenSource } from './token-source.js'

/** The only scope the System Log port's token holds. */
export const OKTA_LOG_SCOPE = 'okta.logs.read'

/**
 * At most this many request ids per query (one `transaction.id eq "…"` term each), and fewer when their filter
 * would exceed {@link FILTER_BUDGET}: a ticket's few dozen changes still take only a few queries.
 */
export const TRANSACTIONS_PER_QUERY = 20

/**
 * The longest URL-encoded filter of one query. With the org URL, `since`, `until`, `limit` and `after`, one
 * link stays under ~900 characters, so `self` and `next` together fit parse-link-header's 2000 (nine of Okta's
 * 27-character request ids a query).
 */
const FILTER_BUDGET = 600

/** Okta's largest System Log page: fewer round trips against the endpoint's own (low) rate limit. */
const MAX_PAGE_SIZE = 1000

/**
 * How far past "now" a query's `until` reaches. Okta stamps `published` with its clock, not ours: an event
 * written a moment ago can carry a time slightly ahead of this machine's clock, and `until` is exclusive.
 */
const CLOCK_SKEW_MS = 60_000

/** What {@link createOktaLogPort} needs. */
export interface OktaLogPortOptions {
  /** The org URL; must be the token source's org. */
  orgUrl: string
  /** The service app's token source (the same one the flows use: one client, several scope sets). */
  tokenSource: OktaTokenSource
  /** The executor the flows' ports use, so pacing sees every call the bridge makes to the org. */
  executor?: OktaRequestExecutor
  /** Per-attempt timeout when no executor is given (default 15 000 ms). */
  requestTimeoutMs?: number
  /** `User-Agent` of the calls. */
  userAgent?: string
  /** Millisecond clock (the upper bound of queries). */
  now?: () => number
  /** Events per page (default and most 1000); smaller only to prove paging in tests. */
  pageSize?: number
}

/**
 * Creates the System Log port of one org and service app.
 * @throws {TypeError} when the org URL is not the token source's org.
 */
export function createOktaLogPort(options: OktaLogPortOptions): OktaLogPort {
  const orgUrl = normaliseOrgUrl(options.orgUrl)
  const { tokenSource } = options
  if (tokenSource.orgUrl !== orgUrl) {
    throw new TypeError(`The token source is for ${tokenSource.orgUrl}, not ${orgUrl}`)
  }
  const executor =
    options.executor ??
    new OktaRequestExecutor(
      options.requestTimeoutMs !== undefined ? { requestTimeoutMs: options.requestTimeoutMs } : {},
    )
  const client = new OktaManagementClient(
    orgUrl,
    tokenSource,
    [OKTA_LOG_SCOPE],
    executor,
    options.userAgent ?? 'okta-jml-bridge audit (@okta/okta-sdk-nodejs)',
  )
  const now = options.now ?? Date.now
  const limit = Math.min(options.pageSize ?? MAX_PAGE_SIZE, MAX_PAGE_SIZE)

  /** Every event of a bounded query, all pages. */
  const list = async (since: string, until: string, filter: string): Promise<OktaLogEvent[]> => {
    const record: OktaCallRecord = { requestId: null, repeatedAfterAmbiguousFailure: false }
    try {
      return await oktaCallContext.run(record, async () => {
        const events: OktaLogEvent[] = []
        const pages = await client.systemLogApi.listLogEvents({ since, until, filter, limit })
        for await (const event of pages) if (event) events.push(toLogEvent(event))
        return events
      })
    } catch (error) {
      throw toOktaError(error, 'other')
    }
  }

  return {
    async eventsForRequests(requestIds, since) {
      const ids = [...new Set(requestIds.filter((id) => typeof id === 'string' && id !== ''))]
      const until = new Date(now() + CLOCK_SKEW_MS).toISOString()
      const events: OktaLogEvent[] = []
      // One batch after the other: the System Log's rate limit is far lower than the users endpoints'.
      for (const batch of batches(ids.map((id) => eq('transaction.id', id)))) {
        events.push(...(await list(since, until, or(...batch))))
      }
      return events.sort((a, b) => (a.published < b.published ? -1 : a.published > b.published ? 1 : 0))
    },
    async eventsByActor(actorId, since, until) {
      return list(since, until, eq('actor.id', actorId))
    },
  }
}

/** Groups `or` terms into filters of at most {@link TRANSACTIONS_PER_QUERY} terms and {@link FILTER_BUDGET} characters. */
function batches(terms: readonly string[]): string[][] {
  const out: string[][] = []
  let current: string[] = []
  let length = 0
  for (const term of terms) {
    const cost = encodeURIComponent(`${term} or `).length
    if (current.length > 0 && (current.length === TRANSACTIONS_PER_QUERY || length + cost > FILTER_BUDGET)) {
      out.push(current)
      current = []
      length = 0
    }
    current.push(term)
    length += cost
  }
  if (current.length > 0) out.push(current)
  return out
}

/** The SDK's `LogEvent` model as a plain {@link OktaLogEvent} (its models list unset members as undefined). */
function toLogEvent(event: okta.LogEvent): OktaLogEvent {
  const out: OktaLogEvent = {
    uuid: String(event.uuid ?? ''),
    published:
      event.published instanceof Date ? event.published.toISOString() : String(event.published ?? ''),
    eventType: String(event.eventType ?? ''),
    actor: party(event.actor),
  }
  if (event.displayMessage) out.displayMessage = event.displayMessage
  if (event.target) out.target = event.target.map(party)
  if (event.outcome)
    out.outcome = { result: String(event.outcome.result ?? ''), reason: event.outcome.reason ?? null }
  if (event.transaction) {
    out.transaction = {}
    if (event.transaction.id) out.transaction.id = event.transaction.id
    if (event.transaction.type) out.transaction.type = event.transaction.type
  }
  return out
}

/** An actor or target: the members an auditor reads (`detailEntry` can carry arbitrary data, so it is left). */
function party(value: okta.LogActor | okta.LogTarget | undefined): OktaLogEvent['actor'] {
  const out: OktaLogEvent['actor'] = { id: String(value?.id ?? ''), type: String(value?.type ?? '') }
  if (value?.alternateId) out.alternateId = value.alternateId
  if (value?.displayName) out.displayName = value.displayName
  return out
}
