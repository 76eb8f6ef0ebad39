/**
 * A small but real parser and evaluator for ServiceNow encoded queries (`sysparm_query`): conditions
 * `field=value`, `field!=value`, `fieldLIKEvalue`, `fieldNOTLIKEvalue`, `fieldSTARTSWITHvalue`,
 * `fieldENDSWITHvalue`, `fieldISEMPTY`, `fieldISNOTEMPTY`, joined by `^` (AND) and `^OR` (OR, binding
 * tighter than AND, as on an instance: `a=1^ORb=2^c=3` is `(a=1 OR b=2) AND c=3`), and `ORDERBYfield` /
 * `ORDERBYDESCfield`.
 */

/** A comparison ServiceNow's encoded query supports (the subset the bridge uses). */
export type QueryOperator =
  | '='
  | '!='
  | 'LIKE'
  | 'NOTLIKE'
  | 'STARTSWITH'
  | 'ENDSWITH'
  | 'ISEMPTY'
  | 'ISNOTEMPTY'
  | 'IN'
  | 'NOT IN'
  | '>'
  | '>='
  | '<'
  | '<='
  | 'RELATIVEGT'
  | 'RELATIVEGE'
  | 'RELATIVELT'
  | 'RELATIVELE'

/** One condition of an encoded query. */
export interface QueryCondition {
  field: string
  operator: QueryOperator
  value: string
}

/** A parsed encoded query: AND of groups, each an OR of conditions; then the sort keys in order. */
export interface ParsedQuery {
  groups: QueryCondition[][]
  orderBy: { field: string; descending: boolean }[]
}

/** A malformed encoded query (the sandbox answers 400). */
export class QuerySyntaxError extends Error {}

// Field names on an instance are lower case (`u_…`, `x_scope_…`, dot-walks): that is what lets `nameLIKEx`
// split into `name` and `LIKE` without a delimiter.
const CONDITION =
  /^([a-z0-9_][a-z0-9_.]*)(ISNOTEMPTY|ISEMPTY|!=|>=|<=|=|>|<|NOT IN|NOTLIKE|LIKE|STARTSWITH|ENDSWITH|IN|RELATIVEGT|RELATIVEGE|RELATIVELT|RELATIVELE)([\s\S]*)$/

/** Parses `sysparm_query`; an empty query matches every record. */
export function parseQuery(query: string): ParsedQuery {
  const parsed: ParsedQuery = { groups: [], orderBy: [] }
  if (query.trim() === '') return parsed
  for (const raw of query.split('^')) {
    if (raw === '' || raw === 'EQ') continue
    if (raw.startsWith('ORDERBYDESC')) {
      parsed.orderBy.push({ field: field(raw.slice('ORDERBYDESC'.length)), descending: true })
      continue
    }
    if (raw.startsWith('ORDERBY')) {
      parsed.orderBy.push({ field: field(raw.slice('ORDERBY'.length)), descending: false })
      continue
    }
    if (raw.startsWith('OR')) {
      const previous = parsed.groups.at(-1)
      if (!previous) throw new QuerySyntaxError(`^OR without a condition before it: ${raw}`)
      previous.push(condition(raw.slice(2)))
      continue
    }
    parsed.groups.push([condition(raw)])
  }
  return parsed
}

function field(name: string): string {
  if (!/^[a-z0-9_][a-z0-9_.]*$/.test(name)) throw new QuerySyntaxError(`not a field name: ${name}`)
  return name
}

function condition(raw: string): QueryCondition {
  const match = CONDITION.exec(raw)
  if (!match) throw new QuerySyntaxError(`not a condition: ${raw}`)
  const [, name, operator, value] = match as unknown as [string, string, QueryOperator, string]
  if ((operator === 'ISEMPTY' || operator === 'ISNOTEMPTY') && value !== '')
    throw new QuerySyntaxError(`${operator} takes no value: ${raw}`)
  return { field: name, operator, value }
}

/** Whether a record (field → string value) satisfies the query's conditions. */
export function matches(query: ParsedQuery, record: Readonly<Record<string, string>>): boolean {
  return query.groups.every((group) => group.some((c) => test(c, record)))
}

function test(c: QueryCondition, record: Readonly<Record<string, string>>): boolean {
  // A condition on a column the table lacks matches nothing: the behaviour of an instance with
  // glide.invalid_query.returns_no_rows=true, the safe setting (the default would ignore the condition
  // and return every row, which no client should rely on).
  if (!(c.field in record)) return false
  return compare(c.operator, record[c.field] ?? '', c.value)
}

/** Whether a stored value satisfies one operator against a query value (case-insensitive, as an instance). */
export function compare(operator: QueryOperator, actual: string, value: string): boolean {
  // String comparisons on an instance are case-insensitive (its database collation).
  const a = actual.toLowerCase()
  const v = value.toLowerCase()
  switch (operator) {
    case '=':
      return a === v
    case '!=':
      return a !== v
    case 'LIKE':
      return a.includes(v)
    case 'NOTLIKE':
      return !a.includes(v)
    case 'STARTSWITH':
      return a.startsWith(v)
    case 'ENDSWITH':
      return a.endsWith(v)
    case 'ISEMPTY':
      return actual === ''
    case 'ISNOTEMPTY':
      return actual !== ''
    case 'IN':
      return v.split(',').includes(a)
    case 'NOT IN':
      return !v.split(',').includes(a)
    case '>':
      return ordered(actual, value) > 0
    case '>=':
      return ordered(actual, value) >= 0
    case '<':
      return ordered(actual, value) < 0
    case '<=':
      return ordered(actual, value) <= 0
    case 'RELATIVEGT':
      return actual !== '' && actual > relative(value)
    case 'RELATIVEGE':
      return actual !== '' && actual >= relative(value)
    case 'RELATIVELT':
      return actual !== '' && actual < relative(value)
    case 'RELATIVELE':
      return actual !== '' && actual <= relative(value)
  }
}

/** Numbers compare as numbers, anything else (dates `YYYY-MM-DD HH:mm:ss`) as strings. */
function ordered(a: string, b: string): number {
  if (a !== '' && b !== '' && !Number.isNaN(Number(a)) && !Number.isNaN(Number(b)))
    return Number(a) - Number(b)
  return a.localeCompare(b)
}

/** Sorts records by the query's ORDERBY keys (stable: ties keep insertion order). */
export function sortRecords<T extends Readonly<Record<string, string>>>(
  query: ParsedQuery,
  records: T[],
): T[] {
  if (query.orderBy.length === 0) return records
  return [...records].sort((x, y) => {
    for (const { field: f, descending } of query.orderBy) {
      const order = (x[f] ?? '').localeCompare(y[f] ?? '')
      if (order !== 0) return descending ? -order : order
    }
    return 0
  })
}

/** Milliseconds of each unit of a relative condition (a month and a year as the instance's average). */
const RELATIVE_UNITS: Record<string, number> = {
  minute: 60_000,
  hour: 3_600_000,
  dayofweek: 86_400_000,
  month: 30 * 86_400_000,
  quarter: 91 * 86_400_000,
  year: 365 * 86_400_000,
}

/**
 * The date-time (`YYYY-MM-DD HH:mm:ss`, UTC) a relative condition's value `@unit@ago|ahead@count` names,
 * from now — as the filter builder's "relative" operators (e.g. `sys_created_onRELATIVEGT@hour@ago@24`).
 */
function relative(value: string): string {
  const match = /^@([a-z]+)@(ago|ahead)@(\d+)$/.exec(value)
  const unit = match ? RELATIVE_UNITS[match[1]!] : undefined
  if (!match || unit === undefined) throw new QuerySyntaxError(`not a relative value: ${value}`)
  const ms = Date.now() + (match[2] === 'ago' ? -1 : 1) * Number(match[3]) * unit
  return new Date(ms).toISOString().slice(0, 19).replace('T', ' ')
}
