/**
 * The sandbox instance's data: the tables the bridge reads and writes, with ServiceNow's record rules —
 * 32-hex `sys_id`s, `sys_created_on`/`sys_updated_on` in `YYYY-MM-DD HH:mm:ss` UTC, `number`
 * auto-numbering (INC…, RITM…), every value a string, and journal fields (`work_notes`, `comments`) that
 * are stored as `sys_journal_field` rows rather than on the record.
 */
import { randomBytes } from 'node:crypto'

/** A stored record: ServiceNow answers every column as a string (`sysparm_display_value=false`). */
export type SnRecord = Record<string, string>

/** A table's columns and rules (see {@link TABLES}). */
export interface TableDefinition {
  /** Columns besides the `sys_*` ones every table has; unknown fields in a write are ignored, as on an instance. */
  columns: Record<string, string>
  /** Auto-number prefix (`number` column). */
  prefix?: string
  /** Reference columns → the table they point to (rendered as `{ link, value }` unless excluded). */
  references?: Record<string, string>
}

const JOURNAL = new Set(['work_notes', 'comments'])

/** The tables the bridge uses, with their default values. */
export const TABLES: Record<string, TableDefinition> = {
  incident: {
    prefix: 'INC',
    columns: {
      number: '',
      short_description: '',
      description: '',
      state: '1',
      priority: '5',
      category: 'inquiry',
      subcategory: '',
      caller_id: '',
      assigned_to: '',
      active: 'true',
      correlation_id: '',
      close_code: '',
      close_notes: '',
      work_notes: '',
      comments: '',
    },
    references: { caller_id: 'sys_user', assigned_to: 'sys_user' },
  },
  // now-app: x_okta_jml_onboarding_decision, written by the onboarding UI actions (one row per decision).
  x_okta_jml_onboarding_decision: {
    columns: {
      incident: '',
      decision: '',
      decided_by: '',
      decided_at: '',
      groups: '',
      apps: '',
      comment: '',
    },
    references: { incident: 'incident' },
  },
  sc_req_item: {
    prefix: 'RITM',
    columns: {
      number: '',
      short_description: '',
      description: '',
      state: '1',
      stage: 'request_approved',
      approval: 'approved',
      request: '',
      cat_item: '',
      requested_for: '',
      active: 'true',
      work_notes: '',
      comments: '',
    },
    references: { request: 'sc_request', cat_item: 'sc_cat_item', requested_for: 'sys_user' },
  },
  sys_journal_field: {
    columns: { element: '', element_id: '', name: '', value: '' },
  },
  // now-app/fluent/tables.now.ts: x_okta_jml_golden_thread.
  x_okta_jml_golden_thread: {
    columns: {
      requested_item: '',
      incident: '',
      execution_id: '',
      flow: '',
      operation: '',
      target: '',
      okta_request_id: '',
      outcome: '',
      occurred_at: '',
    },
    references: { requested_item: 'sc_req_item', incident: 'incident' },
  },
  // now-app/fluent/audit-anchor.now.ts: x_okta_jml_audit_anchor (the bridge's audit chain head, anchored).
  x_okta_jml_audit_anchor: {
    columns: { seq: '', hash: '', first_seq: '', entry_hashes: '', anchored_at: '' },
  },
  // now-app/fluent/tables.now.ts: x_okta_jml_access_grant (ServiceNow's mirror of the bridge's grants).
  x_okta_jml_access_grant: {
    columns: {
      grant_id: '',
      user: '',
      okta_user_id: '',
      resource: '',
      requested_item: '',
      expires_at: '',
      status: 'active',
      preexisting: 'false',
      justification: '',
    },
    references: { user: 'sys_user', requested_item: 'sc_req_item' },
  },
}

/** A ServiceNow date-time, `YYYY-MM-DD HH:mm:ss` in UTC (the Table API's value format). */
export function glideDateTime(date = new Date()): string {
  return date.toISOString().slice(0, 19).replace('T', ' ')
}

/** A new sys_id: 32 lower-case hex digits. */
export function newSysId(): string {
  return randomBytes(16).toString('hex')
}

/** The instance's records, by table, with ServiceNow's write rules. */
export class Tables {
  /** Records by table, then by sys_id, in insertion order. */
  readonly records = new Map<string, Map<string, SnRecord>>()
  private counters = new Map<string, number>()
  /** Tables defined besides {@link TABLES} (the instance stand-in's platform and app tables). */
  private readonly extra = new Map<string, TableDefinition>()

  constructor() {
    this.reset()
  }

  /** Empties every table and restarts numbering (INC0010001, RITM0010001, as a fresh instance). */
  reset(): void {
    this.records.clear()
    for (const name of Object.keys(TABLES)) this.records.set(name, new Map())
    for (const name of this.extra.keys()) this.records.set(name, new Map())
    this.counters.clear()
  }

  /** Adds a table, or replaces the definition of one (its rows are kept). */
  define(table: string, definition: TableDefinition): void {
    this.extra.set(table, definition)
    if (!this.records.has(table)) this.records.set(table, new Map())
  }

  /** A table's definition. */
  definition(table: string): TableDefinition | undefined {
    return this.extra.get(table) ?? TABLES[table]
  }

  /** Whether the sandbox knows this table. */
  has(table: string): boolean {
    return this.records.has(table)
  }

  /** The rows of a table, in insertion order. */
  rows(table: string): SnRecord[] {
    return [...(this.records.get(table)?.values() ?? [])]
  }

  /** A record by sys_id. */
  get(table: string, sysId: string): SnRecord | undefined {
    return this.records.get(table)?.get(sysId)
  }

  /** Inserts a record (POST): defaults, sys fields and number, journal fields written to the journal. */
  insert(table: string, fields: Record<string, unknown>, user: string): SnRecord {
    const definition = this.definition(table)
    if (!definition) throw new Error(`unknown table ${table}`)
    const now = glideDateTime()
    const record: SnRecord = {
      ...definition.columns,
      sys_id: newSysId(),
      sys_created_on: now,
      sys_created_by: user,
      sys_updated_on: now,
      sys_updated_by: user,
      sys_mod_count: '0',
    }
    if (definition.prefix) record.number = this.nextNumber(table, definition.prefix)
    // A seeded or posted sys_id is honoured, as the Table API does for an insert with a valid sys_id.
    if (typeof fields.sys_id === 'string' && /^[0-9a-f]{32}$/.test(fields.sys_id))
      record.sys_id = fields.sys_id
    this.assign(table, record, fields, user, true)
    this.records.get(table)!.set(record.sys_id!, record)
    return record
  }

  /** Updates a record (PATCH/PUT); `undefined` when there is none. */
  update(table: string, sysId: string, fields: Record<string, unknown>, user: string): SnRecord | undefined {
    const record = this.get(table, sysId)
    if (!record) return undefined
    this.assign(table, record, fields, user, false)
    record.sys_updated_on = glideDateTime()
    record.sys_updated_by = user
    record.sys_mod_count = String(Number(record.sys_mod_count ?? '0') + 1)
    return record
  }

  /** Deletes a record; whether there was one. */
  delete(table: string, sysId: string): boolean {
    return this.records.get(table)?.delete(sysId) ?? false
  }

  private assign(
    table: string,
    record: SnRecord,
    fields: Record<string, unknown>,
    user: string,
    insert: boolean,
  ): void {
    const definition = this.definition(table)!
    const columns = definition.columns
    for (const [name, raw] of Object.entries(fields)) {
      // sys_* and number are the instance's to set.
      if (!(name in columns) || (name === 'number' && !insert)) continue
      if (name === 'number' && insert && definition.prefix) continue
      const value =
        raw === null || raw === undefined ? '' : typeof raw === 'object' ? JSON.stringify(raw) : String(raw)
      if (JOURNAL.has(name)) {
        // A journal field is write-only on the record: the entry lands in sys_journal_field and the
        // record's own column stays empty, as the Table API shows it.
        if (value !== '')
          this.insert(
            'sys_journal_field',
            { element: name, element_id: record.sys_id, name: table, value },
            user,
          )
        continue
      }
      record[name] = value
    }
  }

  private nextNumber(table: string, prefix: string): string {
    const next = (this.counters.get(table) ?? 10_000) + 1
    this.counters.set(table, next)
    return `${prefix}${String(next).padStart(7, '0')}`
  }
}
