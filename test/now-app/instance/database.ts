/**
 * The instance stand-in's database: the ServiceNow sandbox's tables (the very rows the bridge reads and
 * writes over the Table API), extended with the platform and app tables of {@link schemaOf}, and queried
 * with encoded queries as GlideRecord does — dot-walks through references, `^OR`, `^NQ`, `IN`, comparisons,
 * `ORDERBY`. It lives on the main thread; the engine worker reaches it through synchronous calls.
 */
import {
  compare,
  glideDateTime,
  type ParsedQuery,
  parseQuery,
  type SnRecord,
  type Tables,
} from '../../sandboxes/servicenow/index.ts'
import { defaultOf, type Schema } from './schema.ts'

/** A journal entry (`sys_journal_field`), newest first when listed. */
export interface JournalEntry {
  value: string
  createdOn: string
  createdBy: string
}

/** The stand-in's database over the sandbox's {@link Tables}. */
export class InstanceDatabase {
  constructor(
    readonly tables: Tables,
    readonly schema: Schema,
  ) {
    for (const [name, table] of Object.entries(schema)) {
      const columns: Record<string, string> = {}
      const references: Record<string, string> = {}
      for (const [column, def] of Object.entries(table.columns)) {
        if (column.startsWith('sys_') && column !== 'sys_class_name') continue
        columns[column] = defaultOf(def)
        if (def.reference) references[column] = def.reference
      }
      tables.define(name, { columns, references, ...(table.prefix ? { prefix: table.prefix } : {}) })
    }
  }

  /** Fails loudly on a table the stand-in does not model. */
  private table(name: string) {
    const table = this.schema[name]
    if (!table)
      throw new Error(`The instance stand-in has no table ${name}: add it to test/now-app/instance/schema.ts`)
    return table
  }

  /** The records of `table` matching an encoded query, in its order, at most `limit`. */
  query(table: string, encodedQuery: string, limit = 0): SnRecord[] {
    this.table(table)
    // ^NQ joins whole queries with OR; each part is an ordinary encoded query.
    const parts = encodedQuery.split('^NQ').map((part) => parseQuery(part))
    const orderBy = parts.flatMap((p) => p.orderBy)
    const rows = this.tables
      .rows(table)
      .filter((row) => parts.length === 0 || parts.some((p) => this.matches(table, p, row)))
    const sorted = orderBy.length
      ? [...rows].sort((x, y) => {
          for (const { field, descending } of orderBy) {
            const order = (this.valueAt(table, x, field) ?? '').localeCompare(
              this.valueAt(table, y, field) ?? '',
            )
            if (order !== 0) return descending ? -order : order
          }
          return 0
        })
      : rows
    return (limit > 0 ? sorted.slice(0, limit) : sorted).map((r) => ({ ...r }))
  }

  private matches(table: string, query: ParsedQuery, row: SnRecord): boolean {
    return query.groups.every((group) =>
      group.some((c) => {
        const actual = this.valueAt(table, row, c.field)
        if (actual === undefined) return false
        const column = this.columnAt(table, c.field)
        const value = column?.type === 'boolean' ? normaliseBoolean(c.value) : c.value
        return compare(c.operator, column?.type === 'boolean' ? normaliseBoolean(actual) : actual, value)
      }),
    )
  }

  /** The column a (dot-walked) field ends on. */
  private columnAt(table: string, field: string) {
    const path = field.split('.')
    let current = table
    for (let i = 0; i < path.length - 1; i++) {
      const reference = this.schema[current]?.columns[path[i]!]?.reference
      if (!reference) return undefined
      current = reference
    }
    return this.schema[current]?.columns[path.at(-1)!]
  }

  /** A (dot-walked) field's value; `undefined` when a column on the way does not exist. */
  valueAt(table: string, row: SnRecord, field: string): string | undefined {
    const [first, ...rest] = field.split('.')
    const column = this.schema[table]?.columns[first!]
    if (!column)
      throw new Error(`The instance stand-in's table ${table} has no column ${first} (in "${field}")`)
    const value = row[first!] ?? ''
    if (rest.length === 0) return value
    if (!column.reference) throw new Error(`${table}.${first} is not a reference: cannot dot-walk "${field}"`)
    const target = this.tables.get(column.reference, value)
    if (!target) return ''
    return this.valueAt(column.reference, target, rest.join('.'))
  }

  /** A record by sys_id. */
  get(table: string, sysId: string): SnRecord | undefined {
    this.table(table)
    const row = this.tables.get(table, sysId)
    return row ? { ...row } : undefined
  }

  /** Inserts a record as `user`; fails on a column the table does not have. */
  insert(table: string, fields: Record<string, string>, user: string): SnRecord {
    this.checkColumns(table, fields)
    return { ...this.tables.insert(table, fields, user) }
  }

  /** Updates a record as `user`. */
  update(table: string, sysId: string, fields: Record<string, string>, user: string): SnRecord | undefined {
    this.checkColumns(table, fields)
    const row = this.tables.update(table, sysId, fields, user)
    return row ? { ...row } : undefined
  }

  /** Deletes a record. */
  delete(table: string, sysId: string): boolean {
    this.table(table)
    return this.tables.delete(table, sysId)
  }

  /** A journal field's entries on a record, newest first. */
  journal(table: string, sysId: string, element: string): JournalEntry[] {
    return this.tables
      .rows('sys_journal_field')
      .filter((j) => j.name === table && j.element_id === sysId && j.element === element)
      .map((j) => ({
        value: j.value ?? '',
        createdOn: j.sys_created_on ?? '',
        createdBy: j.sys_created_by ?? '',
      }))
      .reverse()
  }

  private checkColumns(table: string, fields: Record<string, string>): void {
    const columns = this.table(table).columns
    for (const name of Object.keys(fields)) {
      if (!(name in columns))
        throw new Error(
          `The instance stand-in's table ${table} has no column ${name}: a write to it would be lost`,
        )
    }
  }

  /** Now, as the instance stores date-times. */
  now(): string {
    return glideDateTime()
  }
}

/** Glide answers booleans as '1'/'0' or 'true'/'false' depending on the path; compare them as one. */
function normaliseBoolean(value: string): string {
  if (value === '1' || value.toLowerCase() === 'true') return 'true'
  if (value === '0' || value.toLowerCase() === 'false' || value === '') return 'false'
  return value
}
