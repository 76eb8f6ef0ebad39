/**
 * What installing the build output would do to records the app does not own. An update set (and the
 * application repository, which installs the same XML) applies every element carrying an `action`: a
 * `DELETE` removes the record named by its `sys_update_name` — for `sys_choice_incident_category`, the
 * instance's whole incident category choice list — and a `delete_multiple` removes every row its query
 * matches. This walks every element of every XML file under a directory (choice lists nest their rows
 * inside a `sys_choice_v2` element, so a flat record list would miss them) and names each hazard.
 */
import { readFileSync } from 'node:fs'
import { relative } from 'node:path'
import { XMLParser } from 'fast-xml-parser'
import { filesUnder } from './build.js'

/** One element of the XML carrying an `action` attribute: an operation the install performs. */
export interface RecordAction {
  /** The element's name: the table it acts on. */
  table: string
  /** `INSERT_OR_UPDATE`, `DELETE`, `delete_multiple`, … */
  action: string
  /** The file, relative to the directory walked. */
  file: string
  /** Child elements and attributes (`@_query`, `@_table`), as fast-xml-parser gives them. */
  fields: Record<string, unknown>
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  trimValues: false,
})

/** Every element with an `action` attribute in every `.xml` file under `dir`, nested ones included. */
export function recordActions(dir: string): RecordAction[] {
  const out: RecordAction[] = []
  for (const path of filesUnder(dir).filter((f) => f.endsWith('.xml'))) {
    const file = relative(dir, path)
    const walk = (name: string, value: unknown): void => {
      if (Array.isArray(value)) {
        for (const v of value) walk(name, v)
        return
      }
      if (typeof value !== 'object' || value === null) return
      const fields = value as Record<string, unknown>
      if (typeof fields['@_action'] === 'string')
        out.push({ table: name, action: fields['@_action'], file, fields })
      for (const [child, v] of Object.entries(fields)) if (!child.startsWith('@_')) walk(child, v)
    }
    const doc = parser.parse(readFileSync(path, 'utf8')) as Record<string, unknown>
    for (const [name, value] of Object.entries(doc)) walk(name, value)
  }
  return out
}

/** A field's text (an element with attributes carries it in `#text`). */
function field(record: RecordAction, name: string): string {
  const value = record.fields[name]
  if (value && typeof value === 'object') return String((value as Record<string, unknown>)['#text'] ?? '')
  return value === undefined || value === null ? '' : String(value)
}

/** A reference field's display value (the `display_value` attribute), '' when it has none. */
function displayValue(record: RecordAction, name: string): string {
  const value = record.fields[name]
  if (value && typeof value === 'object')
    return String((value as Record<string, unknown>)['@_display_value'] ?? '')
  return ''
}

/**
 * Tables whose rows describe another table, named in their `name` column (or, for a whole choice list,
 * the `table` attribute of `sys_choice_v2`). A row of these for a table outside the scope changes that
 * table for everyone: an update set carries an element's choices, labels or form layout as one unit.
 */
const TABLE_METADATA = new Set([
  'sys_choice',
  'sys_choice_set',
  'sys_choice_v2',
  'sys_dictionary',
  'sys_documentation',
  'sys_db_object',
  'sys_ui_section',
  'sys_ui_element',
  'sys_ui_list',
  'sys_ui_list_element',
  'sys_ui_form',
  'sys_ui_form_section',
  'sys_ui_related_list',
  'sys_ui_related_list_entry',
])

const SYS_ID = /^[0-9a-f]{32}$/

/**
 * Everything in `actions` that would delete or change what the app (scope `scope`) does not own:
 *
 * - any `DELETE` record of a record outside the scope. Keys the SDK marks `deleted: true` in keys.ts become
 *   these; one whose `sys_scope` is the app's removes the app's own record on upgrade (the three bridge
 *   properties the Connection & Credential alias replaced), which touches nothing else;
 * - a `delete_multiple` whose every branch (`^NQ`) does not start with a condition naming a record the same
 *   file inserts (`flow=<the flow's sys_id>^sys_idNOT IN<its current steps>`): that is how the SDK prunes
 *   the steps, inputs, triggers and alias mappings an earlier version of one of the app's own flows,
 *   actions or ATF steps had and this one no longer has — normal, and confined to the app's children. A
 *   choice list's `delete_multiple` (`name=<table>^element=…^value=…`) is allowed on the app's own tables;
 * - a row of {@link TABLE_METADATA} describing a table outside the scope (a flow's or action's own
 *   variable model, `var__m_…_<its sys_id>`, counts as the app's).
 */
export function installHazards(actions: RecordAction[], scope: string): string[] {
  const ownTable = (name: string) => name.startsWith(`${scope}_`)
  const insertedIn = new Map<string, Set<string>>()
  for (const a of actions) {
    if (a.action.toUpperCase() !== 'INSERT_OR_UPDATE') continue
    const ids = insertedIn.get(a.file) ?? new Set<string>()
    ids.add(field(a, 'sys_id'))
    insertedIn.set(a.file, ids)
  }
  const hazards: string[] = []
  for (const a of actions) {
    const where = `${a.file}: ${a.table}`
    const action = a.action.toUpperCase()
    if (action === 'DELETE') {
      if (displayValue(a, 'sys_scope') === scope) continue
      hazards.push(`${where} DELETE ${field(a, 'sys_update_name') || field(a, 'sys_id')}`)
    } else if (action === 'DELETE_MULTIPLE') {
      const query = String(a.fields['@_query'] ?? '')
      const confined = query.split('^NQ').every((branch) => {
        const [first = ''] = branch.split('^')
        const [column, value = ''] = first.split('=')
        if (a.table === 'sys_choice') return column === 'name' && ownTable(value)
        return SYS_ID.test(value) && (insertedIn.get(a.file)?.has(value) ?? false)
      })
      if (!confined) hazards.push(`${where} delete_multiple not confined to the app's own records: ${query}`)
    } else if (action !== 'INSERT_OR_UPDATE') {
      hazards.push(`${where} unknown action ${a.action}`)
    }
    if (TABLE_METADATA.has(a.table)) {
      const described = a.table === 'sys_choice_v2' ? String(a.fields['@_table'] ?? '') : field(a, 'name')
      // Flow and action variables live in `var__m_<model table>_<sys_id>` pseudo-tables of their own.
      const model = /^var__m_\w+_([0-9a-f]{32})$/.exec(described)?.[1]
      const ownModel = model !== undefined && (insertedIn.get(a.file)?.has(model) ?? false)
      if (described && !ownTable(described) && !ownModel)
        hazards.push(`${where} ${action} describes ${described}, a table outside ${scope}`)
    }
  }
  return hazards
}
