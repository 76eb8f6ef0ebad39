/**
 * What the bridge needs from a ServiceNow instance: records of a few tables through the Table API, and
 * work notes on tickets. Code that reports back to ServiceNow depends on this port; the adapter in
 * `adapters/servicenow` implements it over HTTP.
 */
import { BridgeError } from '../errors.js'

/** The ServiceNow instance and the bridge's credentials there (basic or OAuth client credentials). */
export interface ServiceNowConfig {
  instanceUrl: string
  username: string | undefined
  password: string | undefined
  clientId: string | undefined
  clientSecret: string | undefined
}

/** A record as the Table API answers it (reference links excluded, so every value is a string). */
export type ServiceNowRecord = Readonly<Record<string, string>>

/** A comparison of an encoded query (the subset the bridge uses). */
export type ServiceNowOperator = '=' | '!=' | 'LIKE' | 'STARTSWITH'

/** One condition; `or: true` joins it to the previous one with `^OR` instead of `^` (AND). */
export interface ServiceNowCondition {
  field: string
  operator?: ServiceNowOperator
  value: string
  or?: boolean
}

/**
 * A query, built from parts rather than as an encoded string so values can never inject conditions:
 * `where` conditions, then sort keys.
 */
export interface ServiceNowQuery {
  where?: ServiceNowCondition[]
  orderBy?: { field: string; descending?: boolean }[]
}

/** Why a ServiceNow call failed, for the caller's decisions. */
export type ServiceNowErrorKind =
  | 'not-found'
  | 'unauthorized'
  | 'forbidden'
  | 'invalid'
  | 'rate-limited'
  | 'unavailable'

/**
 * A failed ServiceNow call. Its message names the method, table and record, the status and ServiceNow's
 * own message — never credentials, tokens or query values. Its `code` is `servicenow-api-{kind}`: internal
 * (a flow translates the failures a caller should see, e.g. into `servicenow-unavailable`).
 */
export class ServiceNowError extends BridgeError<`servicenow-api-${ServiceNowErrorKind}`> {
  /** HTTP status ServiceNow answered; 0 when no answer came (timeout, connection reset). */
  readonly status: number
  /**
   * `not-found` (404), `unauthorized` (401, or the token endpoint refused), `forbidden` (403: an ACL),
   * `invalid` (400 and other 4xx, or a query the client refused to send), `rate-limited` (429 after the
   * retry budget), `unavailable` (5xx, timeout, reset: the outcome of a write is unknown).
   */
  readonly kind: ServiceNowErrorKind
  /** ServiceNow's `error.detail`, when it gave one. */
  readonly detail: string | undefined

  constructor(init: {
    message: string
    status: number
    kind: ServiceNowErrorKind
    detail?: string | undefined
    retryAfterSeconds?: number | undefined
  }) {
    // Its Retry-After is the base's `retryAfterSeconds`: for `rate-limited`, what ServiceNow asked for.
    super(`servicenow-api-${init.kind}`, init.message, { retryAfterSeconds: init.retryAfterSeconds })
    this.status = init.status
    this.kind = init.kind
    this.detail = init.detail
  }
}

/**
 * ServiceNow's Table API as the bridge uses it. Implementations retry what is safe to retry (reads and
 * field updates, and any call ServiceNow refused with 429) and never repeat a create or a work note after
 * an ambiguous failure.
 */
export interface ServiceNowPort {
  /** A record by sys_id; `undefined` when there is none (or an ACL hides it, which ServiceNow answers alike). */
  getRecord(
    table: string,
    sysId: string,
    options?: { fields?: string[] },
  ): Promise<ServiceNowRecord | undefined>
  /** Records matching a query (at most `limit`, default 100). */
  query(
    table: string,
    query: ServiceNowQuery,
    options?: { fields?: string[]; limit?: number; offset?: number },
  ): Promise<ServiceNowRecord[]>
  /** Creates a record; answers it as stored (with its sys_id and number). */
  createRecord(table: string, fields: Record<string, string>): Promise<ServiceNowRecord>
  /** Updates fields of a record; answers it as stored. Throws `not-found` when there is none. */
  updateRecord(table: string, sysId: string, fields: Record<string, string>): Promise<ServiceNowRecord>
  /** Appends a work note (a `sys_journal_field` entry) to a record. Throws `not-found` when there is none. */
  addWorkNote(table: string, sysId: string, text: string): Promise<void>
}
