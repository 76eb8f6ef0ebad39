/**
 * A CSV of joiners as a batch (`npm run batch`): one row per new hire under a header row naming the columns.
 *
 * | column | meaning |
 * | --- | --- |
 * | `login`, `email`, `firstName`, `lastName` | required: the new user's profile |
 * | `groups`, `apps` | Okta group / app ids, separated by `;` (a cell may be empty) |
 * | `ticket` | the row's ServiceNow record number (default: `--ticket`, else the first row's) |
 * | `requestedBy`, `approvedBy` | the row's ticket's requester and approver (default: `--requested-by`, `--approved-by`) |
 * | any profile attribute of the joiner (`department`, `title`, `manager`, `employeeNumber`, …) | set on the profile when the cell is not empty |
 *
 * Every row is checked locally against the joiner's schema, exactly as the bridge checks it, so a bad row is
 * reported with its CSV line number before anything is sent.
 */
import { type BatchRequest, ProfileAttributes, type Ticket } from '../../shared/index.js'
import { checkBatch } from '../flows/batches.js'
import { fieldErrors } from '../http/problem.js'
import { type CsvRecord, parseCsv } from './csv.js'

/** The columns a joiner CSV must have. */
export const REQUIRED_COLUMNS = ['login', 'email', 'firstName', 'lastName'] as const

/** Columns that are not profile attributes. */
const OTHER_COLUMNS = ['groups', 'apps', 'ticket', 'requestedBy', 'approvedBy'] as const

/** The profile attributes a column may name. */
const PROFILE_COLUMNS: ReadonlySet<string> = new Set([...REQUIRED_COLUMNS, ...Object.keys(ProfileAttributes)])

/** A CSV that cannot become a batch: the line (1-based) and why. */
export class JoinerCsvError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(`line ${line}: ${message}`)
    this.name = 'JoinerCsvError'
  }
}

/** The ticket the batch is made for, from the command line (each part optional: rows may carry it). */
export interface TicketDefaults {
  number?: string | undefined
  requestedBy?: string | undefined
  approvedBy?: string | undefined
}

/** A batch read from a CSV, with the CSV line of each item (`lines[i]` is item i's line). */
export interface JoinerBatch {
  batch: BatchRequest
  lines: number[]
}

/**
 * Reads a joiner CSV into a batch of `joiner` items, checked as the bridge will check it.
 * @throws {JoinerCsvError} (or `CsvError`) naming the line of the first problem.
 */
export function joinerBatchFromCsv(text: string, defaults: TicketDefaults = {}): JoinerBatch {
  const records = parseCsv(text)
  const header = records[0]
  if (header === undefined)
    throw new JoinerCsvError(1, 'the file is empty: a header row and one row per joiner')
  const columns = header.fields.map((name) => name.trim())
  const known: ReadonlySet<string> = new Set([...PROFILE_COLUMNS, ...OTHER_COLUMNS])
  for (const name of columns) {
    if (!known.has(name)) throw new JoinerCsvError(header.line, `unknown column "${printable(name)}"`)
    if (columns.indexOf(name) !== columns.lastIndexOf(name))
      throw new JoinerCsvError(header.line, `column "${name}" appears twice`)
  }
  for (const name of REQUIRED_COLUMNS) {
    if (!columns.includes(name))
      throw new JoinerCsvError(header.line, `the required column "${name}" is missing`)
  }
  const rows = records.slice(1)
  if (rows.length === 0) throw new JoinerCsvError(header.line, 'no joiner rows under the header')

  const cell = (record: CsvRecord, name: string): string | undefined => {
    const at = columns.indexOf(name)
    const value = at === -1 ? undefined : record.fields[at]?.trim()
    return value === '' ? undefined : value
  }
  const ticketOf = (record: CsvRecord): Ticket => {
    const number =
      cell(record, 'ticket') ?? defaults.number ?? (rows[0] ? cell(rows[0], 'ticket') : undefined)
    const requestedBy = cell(record, 'requestedBy') ?? defaults.requestedBy
    const approvedBy = cell(record, 'approvedBy') ?? defaults.approvedBy
    if (number === undefined)
      throw new JoinerCsvError(record.line, 'no ticket: give a "ticket" column or --ticket RITM…')
    if (requestedBy === undefined)
      throw new JoinerCsvError(
        record.line,
        'no requester: give a "requestedBy" column or --requested-by NAME',
      )
    return { number, requestedBy, ...(approvedBy === undefined ? {} : { approvedBy }) }
  }

  const items = rows.map((record) => {
    if (record.fields.length !== columns.length) {
      throw new JoinerCsvError(
        record.line,
        `${record.fields.length} fields where the header has ${columns.length}`,
      )
    }
    const profile: Record<string, string> = {}
    for (const name of columns) {
      const value = cell(record, name)
      if (value !== undefined && PROFILE_COLUMNS.has(name)) profile[name] = value
    }
    const ids = (name: string) =>
      cell(record, name)
        ?.split(';')
        .map((id) => id.trim())
        .filter(Boolean)
    const groups = ids('groups')
    const apps = ids('apps')
    return {
      flow: 'joiner' as const,
      ticket: ticketOf(record),
      input: { profile, ...(groups ? { groups } : {}), ...(apps ? { apps } : {}) },
    }
  })
  const lines = rows.map((record) => record.line)
  const batch: BatchRequest = { ticket: items[0]!.ticket, items }
  const checked = checkBatch(batch)
  if ('invalid' in checked) {
    const first = checked.invalid[0]!
    const errors = fieldErrors(first.issues).map(
      (error) => `${error.path.replace(/^items\[\d+\]\.(input\.)?/, '')} ${error.message}`,
    )
    throw new JoinerCsvError(lines[first.index]!, errors.join('; '))
  }
  return { batch, lines }
}

/** A header name as it can be shown (control characters and long names cut). */
function printable(name: string): string {
  const shown = name.replace(/[^\x20-\x7E]/g, '?')
  return shown.length > 40 ? `${shown.slice(0, 40)}…` : shown
}
