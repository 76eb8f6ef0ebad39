/**
 * The Glide doubles: GlideRecord, GlideElement, GlideDateTime, GlideDate, `gs`, `sn_ws.RESTMessageV2`
 * and `sn_cc.StandardCredentialsProvider`/`ConnectionInfoProvider`, with the semantics ServiceNow documents for the calls the app
 * makes (getValue answers null for an empty field and '1'/'0' for a boolean; a journal field is written to
 * `sys_journal_field`, not to the record; `get(name)` means `sys_id=name`; RESTMessageV2 substitutes
 * `${variables}` in the endpoint, headers, query parameters and body of the built REST message function
 * and blocks until the answer). Reads and writes go to the main thread's database; HTTP goes out from the
 * main thread. Anything not implemented throws, naming the API (see strict.ts).
 */
import type { SnRecord } from '../../../sandboxes/servicenow/index.ts'
import type { BuiltApp, BuiltRestMessage } from '../built-app.ts'
import type { Rpc } from '../rpc.ts'
import type { ColumnSchema, Schema } from '../schema.ts'
import { type ErrorFactory, notImplemented, strict } from './strict.ts'

/** Who a script runs as. */
export interface Session {
  userId: string
  userName: string
  roles: string[]
  /** A flow running as system, or a scheduled job: every role, user "system". */
  system: boolean
}

/** What a script showed or logged. */
export interface Output {
  info: string[]
  error: string[]
  logs: { level: string; message: string }[]
}

/** What the doubles need from the engine. */
export interface GlideEnvironment {
  rpc: Rpc
  schema: Schema
  app: BuiltApp
  makeError: ErrorFactory
  session(): Session
  output(): Output
  /** The instance clock, in ms since the epoch. */
  now(): number
  /** Runs the app's business rules on a write; answers true when one aborted it. */
  businessRules(
    when: 'before' | 'after',
    action: 'insert' | 'update' | 'delete',
    current: unknown,
    previous: unknown,
  ): boolean
}

/** A value as Glide's `getValue` answers it: null when empty, booleans as '1'/'0'. */
function glideValue(column: ColumnSchema | undefined, raw: string | undefined): string | null {
  if (raw === undefined || raw === '') return column?.type === 'boolean' ? '0' : null
  if (column?.type === 'boolean') return raw === 'true' || raw === '1' ? '1' : '0'
  return raw
}

/** A value a script sets, as the database stores it. */
function storedValue(column: ColumnSchema | undefined, value: unknown): string {
  if (value === null || value === undefined) return ''
  const text = typeof value === 'object' && 'toString' in value ? String(value) : String(value)
  if (column?.type === 'boolean') return text === 'true' || text === '1' ? 'true' : 'false'
  return text
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0')

/** `YYYY-MM-DD HH:mm:ss` (UTC) of an instant. */
export function formatDateTime(ms: number): string {
  const d = new Date(ms)
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`
}

/** The instant of `YYYY-MM-DD[ HH:mm:ss]` (UTC); NaN when it is no such date. */
function parseDateTime(value: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2}):(\d{2}))?$/.exec(value.trim())
  if (!match) return Number.NaN
  const [, y, mo, d, h = '0', mi = '0', s = '0'] = match
  return Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s))
}

/** Creates the doubles bound to one engine. */
export function createGlide(env: GlideEnvironment) {
  const { rpc, schema, makeError } = env
  const fail = (message: string) => makeError(message)

  function tableSchema(table: string) {
    const found = schema[table]
    if (!found) throw fail(`Invalid table name ${table}: the instance stand-in has no such table`)
    return found
  }

  function displayOf(table: string, row: SnRecord | undefined): string {
    if (!row) return ''
    const display = tableSchema(table).display
    return row[display] ?? ''
  }

  function fetch(table: string, sysId: string): SnRecord | undefined {
    if (!sysId) return undefined
    return rpc<SnRecord | undefined>('get', table, sysId) ?? undefined
  }

  // ------------------------------------------------------------------ GlideElement

  /** One field of one record (what `gr.field` and `gr.getElement()` answer). */
  class GlideElementDouble {
    constructor(
      private readonly table: string,
      private readonly name: string,
      private readonly column: ColumnSchema,
      private readonly read: () => string,
      private readonly sysId: () => string,
    ) {}
    toString(): string {
      return this.read()
    }
    /** What `current.active == true` and `current.state == 1` compare: a boolean for booleans, else the text. */
    valueOf(): string | boolean {
      const value = this.read()
      return this.column.type === 'boolean' ? value === 'true' || value === '1' : value
    }
    getValue(): string | null {
      return glideValue(this.column, this.read())
    }
    getDisplayValue(): string {
      const value = this.read()
      if (this.column.reference) return displayOf(this.column.reference, fetch(this.column.reference, value))
      if (this.column.type === 'boolean') return value === 'true' || value === '1' ? 'true' : 'false'
      return value
    }
    nil(): boolean {
      return this.read() === ''
    }
    getReferenceTable(): string {
      return this.column.reference ?? ''
    }
    getRefRecord() {
      if (!this.column.reference) throw fail(`${this.table}.${this.name} is not a reference field`)
      const record = newGlideRecord(this.column.reference)
      record.get(this.read())
      return record
    }
    getName(): string {
      return this.name
    }
    getTableName(): string {
      return this.table
    }
    /** The journal's entries, newest first, as "date - user (Label)\ntext" (n = -1: all). */
    getJournalEntry(n: number): string {
      if (this.column.type !== 'journal_input' && this.column.type !== 'journal')
        throw fail(`${this.table}.${this.name} is not a journal field`)
      const entries = rpc<{ value: string; createdOn: string; createdBy: string }[]>(
        'journal',
        this.table,
        this.sysId(),
        this.name,
      )
      const label = this.name === 'comments' ? 'Comments' : 'Work notes'
      const format = (e: { value: string; createdOn: string; createdBy: string }) =>
        `${e.createdOn} - ${e.createdBy} (${label})\n${e.value}`
      if (n === -1) return entries.map(format).join('\n\n')
      const entry = entries[n - 1]
      return entry ? format(entry) : ''
    }
  }

  function element(table: string, name: string, read: () => string, sysId: () => string) {
    const column = tableSchema(table).columns[name]
    if (!column) return undefined
    return strict(new GlideElementDouble(table, name, column, read, sysId), 'GlideElement', makeError)
  }

  // ------------------------------------------------------------------ Catalog variables

  /** `current.variables` of a requested item: each variable by name, with toString and getDisplayValue. */
  function variablesOf(itemSysId: string): Record<string, unknown> {
    const variables: Record<string, unknown> = {}
    if (!itemSysId) return variables
    for (const link of rpc<SnRecord[]>('query', 'sc_item_option_mtom', `request_item=${itemSysId}`, 0)) {
      const option = fetch('sc_item_option', link.sc_item_option ?? '')
      const question = option ? fetch('item_option_new', option.item_option_new ?? '') : undefined
      if (!option || !question) continue
      const value = option.value ?? ''
      const reference = question.reference ?? ''
      variables[question.name ?? ''] = strict(
        {
          toString: () => value,
          getValue: () => value,
          getDisplayValue: () => (reference ? displayOf(reference, fetch(reference, value)) : value),
          getLabel: () => question.name ?? '',
        },
        `GlideElement (variable ${question.name})`,
        makeError,
      )
    }
    return variables
  }

  // ------------------------------------------------------------------ GlideRecord

  /** A GlideRecord over the stand-in's database. */
  class GlideRecordDouble {
    private readonly conditions: string[] = []
    private readonly order: string[] = []
    private limit = 0
    private rows: SnRecord[] = []
    private index = -1
    private row: SnRecord | undefined
    private changes: Record<string, string> = {}
    private isNew = false
    private aborted = false
    private workflow = true

    constructor(private readonly table: string) {
      tableSchema(table)
    }

    private column(name: string): ColumnSchema {
      const column = tableSchema(this.table).columns[name]
      if (!column) throw fail(`The instance stand-in's table ${this.table} has no field ${name}`)
      return column
    }

    private raw(name: string): string {
      if (name in this.changes) return this.changes[name]!
      return this.row?.[name] ?? ''
    }

    /** A column as a GlideElement (for `gr.field`); undefined for no such column. */
    field(name: string) {
      if (name === 'variables' && this.table === 'sc_req_item')
        return { value: variablesOf(this.getUniqueValue()) }
      const found = element(
        this.table,
        name,
        () => this.raw(name),
        () => this.getUniqueValue(),
      )
      return found ? { value: found } : undefined
    }

    assign(name: string, value: unknown): boolean {
      if (!(name in tableSchema(this.table).columns)) return false
      this.setValue(name, value)
      return true
    }

    addQuery(field: string, operatorOrValue?: unknown, value?: unknown) {
      if (operatorOrValue === undefined) {
        this.conditions.push(String(field))
      } else if (value === undefined) {
        this.conditions.push(`${field}=${storedValue(undefined, operatorOrValue)}`)
      } else {
        const operator = String(operatorOrValue).toUpperCase()
        const text = Array.isArray(value) ? value.join(',') : storedValue(undefined, value)
        this.conditions.push(`${field}${operator === 'NOT IN' ? 'NOT IN' : operator}${text}`)
      }
      const index = this.conditions.length - 1
      const conditions = this.conditions
      return strict(
        {
          addOrCondition: (f: string, o?: unknown, v?: unknown) => {
            const part = v === undefined ? `${f}=${String(o)}` : `${f}${String(o)}${String(v)}`
            conditions[index] = `${conditions[index]}^OR${part}`
          },
        },
        'QueryCondition',
        makeError,
      )
    }
    addEncodedQuery(query: string): void {
      if (query) this.conditions.push(String(query))
    }
    addActiveQuery(): void {
      this.conditions.push('active=true')
    }
    addNullQuery(field: string): void {
      this.conditions.push(`${field}ISEMPTY`)
    }
    addNotNullQuery(field: string): void {
      this.conditions.push(`${field}ISNOTEMPTY`)
    }
    orderBy(field: string): void {
      this.order.push(`ORDERBY${field}`)
    }
    orderByDesc(field: string): void {
      this.order.push(`ORDERBYDESC${field}`)
    }
    setLimit(limit: number): void {
      this.limit = limit
    }
    getEncodedQuery(): string {
      return [...this.conditions, ...this.order].join('^')
    }
    query(): void {
      this.rows = rpc<SnRecord[]>('query', this.table, this.getEncodedQuery(), this.limit)
      this.index = -1
      this.row = undefined
      this.changes = {}
    }
    next(): boolean {
      this.index += 1
      this.row = this.rows[this.index]
      this.changes = {}
      this.isNew = false
      return this.row !== undefined
    }
    hasNext(): boolean {
      return this.index + 1 < this.rows.length
    }
    getRowCount(): number {
      return this.rows.length
    }
    /** `get(sysId)` or `get(field, value)`: the first match becomes the current record. */
    get(name: unknown, value?: unknown): boolean {
      const query =
        value === undefined ? `sys_id=${String(name ?? '')}` : `${String(name)}=${String(value ?? '')}`
      if (value === undefined && !name) return false
      this.rows = rpc<SnRecord[]>('query', this.table, query, 1)
      this.index = -1
      return this.next()
    }
    isValidRecord(): boolean {
      return this.row !== undefined
    }
    isValid(): boolean {
      return true
    }
    isNewRecord(): boolean {
      return this.isNew
    }
    initialize(): void {
      this.row = undefined
      this.changes = {}
      this.isNew = true
    }
    newRecord(): void {
      this.initialize()
    }
    getTableName(): string {
      return this.table
    }
    getUniqueValue(): string {
      return this.row?.sys_id ?? this.changes.sys_id ?? ''
    }
    getValue(name: string): string | null {
      return glideValue(this.column(name), this.raw(name))
    }
    setValue(name: string, value: unknown): void {
      this.changes[name] = storedValue(this.column(name), value)
    }
    getDisplayValue(name?: string): string {
      if (name === undefined) return this.raw(tableSchema(this.table).display)
      if (name.includes('.')) return this.getElement(name)?.getDisplayValue() ?? ''
      const found = element(
        this.table,
        name,
        () => this.raw(name),
        () => this.getUniqueValue(),
      )
      if (!found) throw fail(`The instance stand-in's table ${this.table} has no field ${name}`)
      return found.getDisplayValue()
    }
    /** A field, dot-walks included (`approver.user_name`); null for no such field. */
    getElement(path: string): ReturnType<typeof element> | null {
      const [first, ...rest] = path.split('.')
      const here = element(
        this.table,
        first!,
        () => this.raw(first!),
        () => this.getUniqueValue(),
      )
      if (!here) return null
      if (rest.length === 0) return here
      const reference = tableSchema(this.table).columns[first!]!.reference
      if (!reference) throw fail(`${this.table}.${first} is not a reference: cannot dot-walk ${path}`)
      const target = newGlideRecord(reference)
      if (!target.get(this.raw(first!))) {
        // An empty reference dot-walks to an empty element of the target's column.
        return element(
          reference,
          rest.join('.').split('.')[0]!,
          () => '',
          () => '',
        )
      }
      return target.getElement(rest.join('.'))
    }
    setAbortAction(abort: boolean): void {
      this.aborted = Boolean(abort)
    }
    isActionAborted(): boolean {
      return this.aborted
    }
    setWorkflow(on: boolean): void {
      this.workflow = Boolean(on)
    }
    /** The record as the database holds it before this write (`previous` for business rules). */
    private snapshot() {
      const copy = newGlideRecord(this.table)
      const inner = doubles.get(copy)!
      inner.row = this.row ? { ...this.row } : undefined
      return copy
    }
    insert(): string | null {
      const fields: Record<string, string> = { ...this.changes }
      this.aborted = false
      if (this.workflow && env.businessRules('before', 'insert', this.self(), null)) return null
      const inserted = rpc<SnRecord>(
        'insert',
        this.table,
        { ...fields, ...this.changes },
        env.session().userName,
      )
      this.row = inserted
      this.changes = {}
      this.isNew = false
      if (this.workflow) env.businessRules('after', 'insert', this.self(), null)
      return inserted.sys_id ?? null
    }
    update(): string | null {
      if (this.isNew || !this.row) return this.insert()
      this.aborted = false
      const previous = this.snapshot()
      if (this.workflow && env.businessRules('before', 'update', this.self(), previous)) return null
      const updated = rpc<SnRecord | undefined>(
        'update',
        this.table,
        this.row.sys_id,
        this.changes,
        env.session().userName,
      )
      if (!updated) return null
      this.row = updated
      this.changes = {}
      if (this.workflow) env.businessRules('after', 'update', this.self(), previous)
      return updated.sys_id ?? null
    }
    deleteRecord(): boolean {
      if (!this.row) return false
      if (this.workflow && env.businessRules('before', 'delete', this.self(), null)) return false
      return rpc<boolean>('delete', this.table, this.row.sys_id)
    }
    /** The proxied record (business rules receive what scripts see). */
    private self(): unknown {
      return proxies.get(this)
    }
    /** Which columns this write changes (for `changes()` in business rules). */
    changedFields(): string[] {
      return Object.keys(this.changes)
    }
  }

  const proxies = new WeakMap<GlideRecordDouble, unknown>()
  const doubles = new WeakMap<object, GlideRecordDouble>()

  function newGlideRecord(table: string): GlideRecordDouble {
    const record = new GlideRecordDouble(table)
    const proxy = strict(
      record,
      `GlideRecord(${table})`,
      makeError,
      (name) => record.field(name),
      (name, value) => record.assign(name, value),
    )
    proxies.set(record, proxy)
    doubles.set(proxy, record)
    return proxy
  }

  /** The constructor scripts see: `new GlideRecord('table')`. */
  function GlideRecord(this: unknown, table: string) {
    return newGlideRecord(String(table))
  }

  // ------------------------------------------------------------------ Dates

  class GlideDateDouble {
    constructor(private readonly ms: number) {}
    getValue(): string {
      return formatDateTime(this.ms).slice(0, 10)
    }
    getDisplayValue(): string {
      return this.getValue()
    }
    /** Java SimpleDateFormat's yyyy, MM, dd, HH, mm, ss. */
    getByFormat(format: string): string {
      const d = new Date(this.ms)
      return String(format)
        .replace('yyyy', String(d.getUTCFullYear()))
        .replace('MM', pad(d.getUTCMonth() + 1))
        .replace('dd', pad(d.getUTCDate()))
        .replace('HH', pad(d.getUTCHours()))
        .replace('mm', pad(d.getUTCMinutes()))
        .replace('ss', pad(d.getUTCSeconds()))
    }
  }

  /** GlideDateTime: an instant in UTC, `YYYY-MM-DD HH:mm:ss`. */
  class GlideDateTimeDouble {
    private ms: number
    constructor(value?: unknown) {
      if (value === undefined || value === null) this.ms = env.now()
      else if (value instanceof GlideDateTimeDouble) this.ms = value.ms
      else {
        const parsed = parseDateTime(String(value))
        // An invalid string leaves the object invalid, as on an instance (isValid() false).
        this.ms = parsed
      }
    }
    isValid(): boolean {
      return !Number.isNaN(this.ms)
    }
    getValue(): string {
      return Number.isNaN(this.ms) ? '' : formatDateTime(this.ms)
    }
    getDisplayValue(): string {
      return this.getValue()
    }
    setValue(value: unknown): void {
      this.ms = parseDateTime(String(value))
    }
    getNumericValue(): number {
      return this.ms
    }
    getDate() {
      return strict(new GlideDateDouble(this.ms), 'GlideDate', makeError)
    }
    addSeconds(seconds: number): void {
      this.ms += Number(seconds) * 1000
    }
    addDaysUTC(days: number): void {
      this.ms += Number(days) * 86_400_000
    }
    before(other: GlideDateTimeDouble): boolean {
      return this.ms < other.getNumericValue()
    }
    after(other: GlideDateTimeDouble): boolean {
      return this.ms > other.getNumericValue()
    }
    compareTo(other: GlideDateTimeDouble): number {
      return Math.sign(this.ms - other.getNumericValue())
    }
  }

  function GlideDateTime(this: unknown, value?: unknown) {
    return strict(new GlideDateTimeDouble(value), 'GlideDateTime', makeError)
  }

  // ------------------------------------------------------------------ gs

  const user = (sysId: string) => (sysId ? fetch('sys_user', sysId) : undefined)
  const gs = strict(
    {
      getProperty(name: string, fallback?: unknown): string | undefined {
        const found = rpc<SnRecord[]>('query', 'sys_properties', `name=${name}`, 1)[0]
        if (found) return found.value ?? ''
        return fallback === undefined ? undefined : String(fallback)
      },
      getUserID: () => env.session().userId,
      getUserName: () => env.session().userName,
      getUserDisplayName: () =>
        env.session().system ? 'System Administrator' : (user(env.session().userId)?.name ?? ''),
      getUserNameByUserID: (sysId: string) => user(String(sysId ?? ''))?.user_name ?? null,
      hasRole(role: string): boolean {
        const session = env.session()
        // admin (and system) pass every role check, as on an instance.
        return session.system || session.roles.includes('admin') || session.roles.includes(String(role))
      },
      isLoggedIn: () => !env.session().system && env.session().userId !== '',
      addInfoMessage: (message: unknown) => env.output().info.push(String(message)),
      addErrorMessage: (message: unknown) => env.output().error.push(String(message)),
      info: (message: unknown) => env.output().logs.push({ level: 'info', message: String(message) }),
      warn: (message: unknown) => env.output().logs.push({ level: 'warn', message: String(message) }),
      error: (message: unknown) => env.output().logs.push({ level: 'error', message: String(message) }),
      debug: (message: unknown) => env.output().logs.push({ level: 'debug', message: String(message) }),
      generateGUID: () => rpc<string>('guid'),
      nowDateTime: () => formatDateTime(env.now()),
      nowNoTZ: () => formatDateTime(env.now()),
      getCurrentScopeName: () => env.app.scope,
      /**
       * Queues an event as the instance does: a `sysevent` row in state "ready" naming the record (its table
       * and sys_id) and the two parameters; the notification engine (notifications.ts) processes it later.
       */
      eventQueue(name: unknown, record: unknown, parm1?: unknown, parm2?: unknown): void {
        const target = record as { getUniqueValue?(): string; getTableName?(): string } | null
        if (typeof name !== 'string' || !target?.getUniqueValue || !target.getTableName)
          throw fail('gs.eventQueue: the stand-in needs an event name and a GlideRecord')
        const text = (value: unknown) => (value === null || value === undefined ? '' : String(value))
        rpc(
          'insert',
          'sysevent',
          {
            name,
            instance: target.getUniqueValue(),
            table: target.getTableName(),
            parm1: text(parm1),
            parm2: text(parm2),
            state: 'ready',
          },
          env.session().userName,
        )
      },
    },
    'gs',
    makeError,
  )

  // ------------------------------------------------------------------ sn_ws

  function restMessage(name: string): BuiltRestMessage {
    const found = env.app.restMessages.find((m) => m.name === name)
    if (!found) throw fail(`RESTMessageV2: no REST message named "${name}" in the app (sys_rest_message)`)
    return found
  }

  const substitute = (template: string, variables: Record<string, string>) =>
    template.replace(/\$\{([A-Za-z0-9_.]+)\}/g, (whole, name: string) => variables[name] ?? whole)

  const xmlEscape = (value: string) =>
    value
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')

  /** RESTResponseV2: what `execute()` answers. */
  class RESTResponseDouble {
    constructor(
      private readonly answer: {
        status: number
        body: string
        headers: Record<string, string>
        error?: string
      },
      private readonly url: string,
    ) {}
    getStatusCode(): number {
      return this.answer.status
    }
    getBody(): string {
      return this.answer.body
    }
    getHeader(name: string): string | null {
      return this.answer.headers[String(name).toLowerCase()] ?? null
    }
    getHeaders(): Record<string, string> {
      return { ...this.answer.headers }
    }
    /** A transport failure, or an HTTP status outside 2xx. */
    haveError(): boolean {
      return this.answer.error !== undefined || this.answer.status < 200 || this.answer.status > 299
    }
    getErrorMessage(): string | null {
      if (this.answer.error !== undefined) return this.answer.error
      if (this.haveError()) return `Method failed: (${this.url}) with code: ${this.answer.status}`
      return null
    }
    getErrorCode(): number {
      return this.answer.error !== undefined ? 1 : this.haveError() ? this.answer.status : 0
    }
    /**
     * After `executeAsync()`: waits for the ECC queue's answer, at most `timeoutSecs`. The stand-in's MID
     * Server relays synchronously, so the answer is already here.
     */
    waitForResponse(_timeoutSecs?: number): void {}
  }

  /** RESTMessageV2 built from the app's REST message records; `execute()` is a real, blocking HTTP call. */
  class RESTMessageDouble {
    private method = 'GET'
    private endpoint = ''
    private body = ''
    private headers: Record<string, string> = {}
    private query: { name: string; value: string }[] = []
    private variables: Record<string, string> = {}
    private timeoutMs = 60_000
    private credentialHeaders: Record<string, string> = {}
    private midServer = ''
    /** The OAuth entity profile `setAuthenticationProfile('oauth2', …)` chose, if any. */
    private oauthProfile: SnRecord | undefined

    constructor(name?: unknown, fn?: unknown) {
      if (name === undefined) return
      const message = restMessage(String(name))
      const definition = message.functions[String(fn)]
      if (!definition)
        throw fail(`RESTMessageV2: the REST message "${message.name}" has no function "${String(fn)}"`)
      this.method = definition.method
      this.endpoint = definition.endpoint || message.endpoint
      this.body = definition.content
      this.headers = { ...message.headers, ...definition.headers }
      this.query = definition.query.map((q) => ({ name: q.name, value: q.value }))
      const auth = definition.authenticationType || message.authenticationType
      if (auth && auth !== 'no_authentication' && auth !== 'inherit_from_parent')
        throw notImplemented(makeError, `RESTMessageV2 authentication type ${auth}`)
    }
    setStringParameterNoEscape(name: string, value: unknown): void {
      this.variables[String(name)] = String(value ?? '')
    }
    setStringParameter(name: string, value: unknown): void {
      this.variables[String(name)] = xmlEscape(String(value ?? ''))
    }
    setRequestHeader(name: string, value: unknown): void {
      this.headers[String(name)] = String(value ?? '')
    }
    setHttpTimeout(ms: number): void {
      this.timeoutMs = Number(ms)
    }
    setEndpoint(url: string): void {
      this.endpoint = String(url)
    }
    setHttpMethod(method: string): void {
      this.method = String(method).toUpperCase()
    }
    setRequestBody(body: string): void {
      this.body = String(body)
    }
    setQueryParameter(name: string, value: unknown): void {
      this.query.push({ name: String(name), value: String(value ?? '') })
    }
    setBasicAuth(userName: string, password: string): void {
      this.credentialHeaders.Authorization = `Basic ${Buffer.from(`${userName}:${password}`).toString('base64')}`
    }
    /**
     * Authenticates with an OAuth 2.0 profile (`oauth_entity_profile` sys_id; "RESTMessageV2 -
     * setAuthenticationProfile(String type, String profileId)", type `oauth2`). Only the client-credentials
     * grant is modelled: on `execute()` the instance uses its stored access token for the provider or, when
     * there is none unexpired, requests one from the provider's token URL — see {@link oauthAccessToken}.
     * Any other type or grant is not implemented and throws.
     */
    setAuthenticationProfile(type: string, profileId: string): void {
      if (String(type) !== 'oauth2')
        throw notImplemented(
          makeError,
          `RESTMessageV2.setAuthenticationProfile('${type}', …) (only 'oauth2')`,
        )
      const profile = fetch('oauth_entity_profile', String(profileId ?? ''))
      if (!profile)
        throw fail(
          `RESTMessageV2.setAuthenticationProfile: no OAuth entity profile "${String(profileId)}" (oauth_entity_profile)`,
        )
      if (profile.grant_type !== 'client_credentials')
        throw notImplemented(
          makeError,
          `RESTMessageV2 with an OAuth 2.0 profile of grant type "${profile.grant_type ?? ''}" (only client_credentials)`,
        )
      this.oauthProfile = profile
    }
    /**
     * Sends the request through a MID Server (by name; "RESTMessageV2 MID server example"). The named MID
     * Server must exist (`ecc_agent`); the stand-in's MID Server relays the request unchanged, recorded.
     */
    setMIDServer(name: string): void {
      const wanted = String(name ?? '')
      if (rpc<SnRecord[]>('query', 'ecc_agent', `name=${wanted}`, 1).length === 0)
        throw fail(`RESTMessageV2.setMIDServer: no MID Server named "${wanted}" (ecc_agent)`)
      this.midServer = wanted
    }
    /** Sends asynchronously (every MID Server call is): the response waits with `waitForResponse`. */
    executeAsync() {
      return this.execute()
    }
    execute() {
      const url = new URL(substitute(this.endpoint, this.variables))
      for (const { name, value } of this.query)
        url.searchParams.append(name, substitute(value, this.variables))
      const headers: Record<string, string> = {}
      for (const [name, value] of Object.entries(this.headers))
        headers[name] = substitute(value, this.variables)
      Object.assign(headers, this.credentialHeaders)
      if (this.oauthProfile) {
        // "Configure a REST message with OAuth": the HTTP methods must not use a MID Server.
        if (this.midServer)
          throw notImplemented(makeError, 'RESTMessageV2 with an OAuth 2.0 profile through a MID Server')
        const token = oauthAccessToken(this.oauthProfile)
        if (token) headers.Authorization = `Bearer ${token}`
      }
      const body =
        this.method === 'GET' || this.method === 'DELETE' ? undefined : substitute(this.body, this.variables)
      const answer = rpc<{ status: number; body: string; headers: Record<string, string>; error?: string }>(
        'http',
        {
          method: this.method,
          url: url.toString(),
          headers,
          body,
          timeoutMs: this.timeoutMs,
          ...(this.midServer ? { midServer: this.midServer } : {}),
        },
      )
      return strict(new RESTResponseDouble(answer, url.toString()), 'RESTResponseV2', makeError)
    }
  }

  /**
   * The access token of an OAuth entity profile (client credentials), as the instance gets it: the stored,
   * unexpired token of the provider for the profile's scopes (`oauth_credential`), or a new one from the
   * provider's token URL — a real, blocking `POST` with `grant_type=client_credentials`, the profile's
   * scopes, and the client id and secret as HTTP Basic authentication (RFC 6749 §2.3.1) — stored until it
   * expires (`expires_in`). When the token endpoint refuses (a wrong secret: 401 invalid_client) or cannot
   * be reached, there is no token: the request goes out without one, and the API it calls refuses it.
   */
  function oauthAccessToken(profile: SnRecord): string | undefined {
    const entity = fetch('oauth_entity', profile.oauth_entity ?? '')
    if (!entity)
      throw fail(`OAuth profile "${profile.name ?? ''}": its OAuth provider (oauth_entity) does not exist`)
    const scope = rpc<SnRecord[]>(
      'query',
      'oauth_entity_profile_scope',
      `oauth_entity_profile=${profile.sys_id}`,
      0,
    )
      .map((link) => fetch('oauth_entity_scope', link.oauth_entity_scope ?? '')?.oauth_entity_scope ?? '')
      .filter(Boolean)
      .join(' ')
    const now = env.now()
    const stored = rpc<SnRecord[]>(
      'query',
      'oauth_credential',
      `peer=${entity.sys_id}^type=access_token`,
      0,
    ).find(
      (row) => (row.scope ?? '') === scope && Date.parse(`${(row.expires ?? '').replace(' ', 'T')}Z`) > now,
    )
    if (stored) return stored.token ?? undefined
    const form = new URLSearchParams({ grant_type: 'client_credentials' })
    if (scope) form.set('scope', scope)
    const basic = `${encodeURIComponent(entity.client_id ?? '')}:${encodeURIComponent(entity.client_secret ?? '')}`
    const answer = rpc<{ status: number; body: string; headers: Record<string, string>; error?: string }>(
      'http',
      {
        method: 'POST',
        url: entity.token_url ?? '',
        headers: {
          'Content-Type': 'application/x-www-form-urlencoded',
          Accept: 'application/json',
          Authorization: `Basic ${Buffer.from(basic).toString('base64')}`,
        },
        body: form.toString(),
        timeoutMs: 60_000,
      },
    )
    if (answer.status !== 200) return undefined
    let granted: { access_token?: unknown; expires_in?: unknown }
    try {
      granted = JSON.parse(answer.body) as typeof granted
    } catch {
      return undefined
    }
    if (typeof granted.access_token !== 'string' || granted.access_token === '') return undefined
    const lifetime = typeof granted.expires_in === 'number' ? granted.expires_in : 3600
    rpc(
      'insert',
      'oauth_credential',
      {
        peer: entity.sys_id ?? '',
        type: 'access_token',
        token: granted.access_token,
        scope,
        expires: formatDateTime(now + lifetime * 1000),
      },
      'system',
    )
    return granted.access_token
  }

  function RESTMessageV2(this: unknown, name?: unknown, fn?: unknown) {
    return strict(new RESTMessageDouble(name, fn), 'RESTMessageV2', makeError)
  }

  // ------------------------------------------------------------------ sn_cc

  /** StandardCredentialsProvider over the stand-in's API key credentials (`api_key_credentials`). */
  function StandardCredentialsProvider(this: unknown) {
    return strict(
      {
        getCredentialByID(sysId: string) {
          const row = fetch('api_key_credentials', String(sysId ?? ''))
          if (!row || row.active === 'false') return null
          return strict(
            {
              getAttribute: (name: string) =>
                name === 'api_key' ? (row.api_key ?? null) : (row[name] ?? null),
            },
            'StandardCredential',
            makeError,
          )
        },
      },
      'sn_cc.StandardCredentialsProvider',
      makeError,
    )
  }

  /** The credential record a connection points to (any credential table), active only. */
  function credentialOf(sysId: string): { table: string; row: SnRecord } | undefined {
    if (!sysId) return undefined
    for (const table of ['api_key_credentials', 'oauth_2_0_credentials']) {
      const row = fetch(table, sysId)
      if (row) return row.active === 'false' ? undefined : { table, row }
    }
    return undefined
  }

  /**
   * ConnectionInfo ("ConnectionInfo - Scoped, Global"): the attributes of an alias's HTTP connection and of
   * its credential. An attribute the connection table does not have fails loudly (a typo would read null on
   * an instance and pass unnoticed); a credential attribute another credential type has answers null.
   */
  function connectionInfo(row: SnRecord) {
    const columns = tableSchema('http_connection').columns
    const attributes = () => {
      const map: Record<string, string> = {}
      for (const name of Object.keys(columns)) if (!name.startsWith('sys_')) map[name] = row[name] ?? ''
      return map
    }
    return strict(
      {
        getAttribute(name: string): string | null {
          const key = String(name)
          if (!columns[key])
            throw fail(`ConnectionInfo.getAttribute('${key}'): http_connection has no such attribute`)
          return row[key] ?? ''
        },
        getCredentialAttribute(name: string): string | null {
          const credential = credentialOf(row.credential ?? '')
          if (!credential) return null
          const key = String(name)
          if (!tableSchema(credential.table).columns[key]) return null
          return credential.row[key] ?? null
        },
        getDataMap: () => attributes(),
        getName: () => row.name ?? '',
      },
      'sn_cc.ConnectionInfo',
      makeError,
    )
  }

  /**
   * ConnectionInfoProvider ("ConnectionInfoProvider - Scoped, Global"): `getConnectionInfo(aliasID)` answers
   * the alias's active connection (the stand-in has one domain), or null when it has none.
   */
  function ConnectionInfoProvider(this: unknown) {
    return strict(
      {
        getConnectionInfo(aliasId: string) {
          const id = String(aliasId ?? '')
          if (!/^[0-9a-f]{32}$/.test(id)) return null
          const row = rpc<SnRecord[]>('query', 'http_connection', `connection_alias=${id}^active=true`, 1)[0]
          return row ? connectionInfo(row) : null
        },
      },
      'sn_cc.ConnectionInfoProvider',
      makeError,
    )
  }

  return {
    GlideRecord,
    GlideDateTime,
    gs,
    RESTMessageV2,
    StandardCredentialsProvider,
    ConnectionInfoProvider,
    newGlideRecord,
    /** The double behind a proxied GlideRecord (for the engine's business rules). */
    changedFields(record: unknown): string[] {
      return (record as GlideRecordDouble).changedFields()
    },
  }
}

/** The doubles of one engine. */
export type Glide = ReturnType<typeof createGlide>
