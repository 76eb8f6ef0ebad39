/**
 * The Table API's dialect: what a request may name (tables, sys_ids, encoded queries, refused when they could
 * smuggle conditions or paths of their own) and how its answers read (the `result` envelope, ServiceNow's error
 * body and its status mapped to a {@link ServiceNowError} kind). Split from `table-client.ts`, which sends,
 * authenticates and retries; nothing here does I/O.
 */
import {
  type ServiceNowCondition,
  ServiceNowError,
  type ServiceNowQuery,
  type ServiceNowRecord,
} from '../../ports/servicenow.js'
import { parseRetryAfter } from '../../resilience/retry.js'

const NAME = /^[a-z0-9_][a-z0-9_.]*$/
const TABLE = /^[a-z0-9_]+$/
const SYS_ID = /^[0-9a-f]{32}$/

/**
 * Encodes a query as `sysparm_query`. Refuses (kind `invalid`) field names that are not column names and
 * values containing `^`: ServiceNow's encoded query has no escape for it, so such a value would add
 * conditions of its own (`x^ORactive=true`) — a query injection.
 */
export function encodeQuery(query: ServiceNowQuery): string {
  const parts: string[] = []
  const invalid = (message: string) => new ServiceNowError({ message, status: 0, kind: 'invalid' })
  for (const [index, condition] of (query.where ?? []).entries()) {
    parts.push(encodeCondition(condition, index, invalid))
  }
  for (const { field, descending } of query.orderBy ?? []) {
    if (!NAME.test(field)) throw invalid(`ServiceNow query: not a field name: ${JSON.stringify(field)}`)
    parts.push(`${descending ? 'ORDERBYDESC' : 'ORDERBY'}${field}`)
  }
  return parts.join('^')
}

function encodeCondition(
  condition: ServiceNowCondition,
  index: number,
  invalid: (message: string) => ServiceNowError,
): string {
  if (!NAME.test(condition.field))
    throw invalid(`ServiceNow query: not a field name: ${JSON.stringify(condition.field)}`)
  // Control characters too: a newline is a condition separator in some instance contexts.
  if (condition.value.includes('^') || [...condition.value].some((c) => c.charCodeAt(0) < 0x20)) {
    throw invalid(`ServiceNow query: the value for ${condition.field} contains '^' or a control character`)
  }
  if (condition.or && index === 0) throw invalid('ServiceNow query: the first condition cannot be an OR')
  const operator = condition.operator ?? '='
  return `${condition.or ? 'OR' : ''}${condition.field}${operator}${condition.value}`
}

/** `sysparm_fields` for `fields`; refuses (kind `invalid`) anything that is not a column name. */
export function fieldList(fields: readonly string[]): string {
  for (const field of fields) {
    if (!NAME.test(field)) {
      throw new ServiceNowError({
        message: `ServiceNow: not a field name: ${JSON.stringify(field)}`,
        status: 0,
        kind: 'invalid',
      })
    }
  }
  return fields.join(',')
}

/** The Table API path of `table`; refuses (kind `invalid`) anything that is not a table name. */
export function tablePath(table: string): string {
  if (!TABLE.test(table))
    throw new ServiceNowError({
      message: `ServiceNow: not a table name: ${JSON.stringify(table)}`,
      status: 0,
      kind: 'invalid',
    })
  return `/api/now/table/${table}`
}

/** `sysId` when it is a sys_id (32 hex digits); refuses anything else, which could reach another path. */
export function sysIdOf(sysId: string): string {
  if (!SYS_ID.test(sysId))
    throw new ServiceNowError({
      message: `ServiceNow: not a sys_id: ${JSON.stringify(sysId)}`,
      status: 0,
      kind: 'invalid',
    })
  return sysId
}

/** A `result` that is one record; a malformed answer otherwise. */
export function record(result: unknown): ServiceNowRecord {
  if (result === null || typeof result !== 'object' || Array.isArray(result)) throw malformed('record')
  return result as ServiceNowRecord
}

/** The error for an answer that is not a Table API envelope (a proxy's page, a truncated body). */
export function malformed(label: string): ServiceNowError {
  return new ServiceNowError({
    message: `ServiceNow ${label}: the answer is not a Table API envelope`,
    status: 502,
    kind: 'unavailable',
  })
}

/** A non-2xx answer as a {@link ServiceNowError}: ServiceNow's message and detail, its kind, its `Retry-After`. */
export async function toError(label: string, response: Response, nowMs: number): Promise<ServiceNowError> {
  const status = response.status
  const body = (await response.json().catch(() => undefined)) as
    | { error?: { message?: unknown; detail?: unknown } }
    | undefined
  const message = typeof body?.error?.message === 'string' ? body.error.message : response.statusText
  const detail = typeof body?.error?.detail === 'string' ? body.error.detail : undefined
  const kind =
    status === 404
      ? 'not-found'
      : status === 401
        ? 'unauthorized'
        : status === 403
          ? 'forbidden'
          : status === 429
            ? 'rate-limited'
            : status >= 500
              ? 'unavailable'
              : 'invalid'
  const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), nowMs)
  return new ServiceNowError({
    message: `ServiceNow ${label}: ${status} ${message}${detail ? ` (${detail})` : ''}`,
    status,
    kind,
    detail,
    retryAfterSeconds: retryAfterMs === undefined ? undefined : retryAfterMs / 1000,
  })
}

/** Whether `fetch` failed because the attempt's timeout ran out. */
export function isTimeout(error: unknown): boolean {
  return error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')
}
