/**
 * The ServiceNow engine-compatibility check: reads every update-set XML under `dist/app` (what
 * `now-sdk build` emits and the instance installs), extracts every script the build ships, parses each with
 * acorn and reports what the instance's JavaScript engine (server scripts, ES12 mode) or the browser
 * (client scripts) cannot run, by the rules in `rules.ts`.
 *
 * It reads the XML rather than the TypeScript sources because the build transforms them (tsc output,
 * generated wrappers, gzipped Flow values) and the XML is what runs. No script may be skipped silently: a
 * field that looks like a script in a table or field this file does not classify is itself a finding
 * (`unknown-script-field`), and so is a script that does not parse.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { gunzipSync } from 'node:zlib'
import * as acorn from 'acorn'
import { XMLParser } from 'fast-xml-parser'
import { RULES, type Rule, rule } from './rules.ts'

/** Where a script runs: the instance (server rules), the browser (client rules), or both (a UI action
 * whose one script holds its client function and its server part). */
export type ScriptSide = 'server' | 'client' | 'both'

/** The kinds of scripts the check knows, as reported in its summary. */
export const SCRIPT_KINDS = [
  'server module',
  'flow action script step',
  'flow inline script',
  'business rule',
  'business rule condition',
  'script include',
  'fix script',
  'scheduled job',
  'scheduled job condition',
  'UI action script',
  'UI action client script',
  'UI action condition',
  'ACL script',
  'widget server script',
  'widget client script',
  'portal placeholder script',
  'client script',
  'catalog client script',
  'catalog UI policy script',
  'UI policy script',
  'ATF step script',
  'javascript: value',
] as const

/** One of {@link SCRIPT_KINDS}. */
export type ScriptKind = (typeof SCRIPT_KINDS)[number]

/** One record of the build output: its table, fields (text) and the file it came from. */
export interface XmlRecord {
  /** Path relative to the directory checked. */
  file: string
  table: string
  action: string
  fields: Record<string, string>
}

/** A script the build ships, with where it comes from. */
export interface ShippedScript {
  file: string
  table: string
  sysId: string
  /** The record's name (or label, path…), for people. */
  name: string
  /** The field holding it (`script`, `content`, `values[workNotes]`…). */
  field: string
  kind: ScriptKind
  side: ScriptSide
  /** An ES module (sys_module content) rather than a script. */
  module: boolean
  code: string
}

/** A violation: where, and which rule. */
export interface Finding {
  file: string
  table: string
  sysId: string
  name: string
  field: string
  /** 1-based, within the field's text. */
  line: number
  rule: string
  feature: string
  status: Rule['status']
  /** Detail (the parser's message, the unknown field's table and name). */
  detail?: string
}

/** What a run found. */
export interface CheckResult {
  scripts: ShippedScript[]
  findings: Finding[]
  /** Scripts checked, by kind. */
  counts: Partial<Record<ScriptKind, number>>
}

// ---------------------------------------------------------------------------------------------------------
// Reading the XML

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  trimValues: false,
  cdataPropName: false,
})

/** Every file under a directory, recursively. */
function filesUnder(dir: string): string[] {
  const out: string[] = []
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) out.push(...filesUnder(path))
    else out.push(path)
  }
  return out
}

/** A parsed element's text (an element with attributes is `{ '#text', '@_x' }`). */
function textOf(value: unknown): string {
  if (value === undefined || value === null) return ''
  if (typeof value === 'object') return String((value as Record<string, unknown>)['#text'] ?? '')
  return String(value)
}

/** Every record of every XML file under `dir` (a flow or action file holds many records). */
export function readRecords(dir: string): XmlRecord[] {
  const records: XmlRecord[] = []
  for (const path of filesUnder(dir).filter((f) => f.endsWith('.xml'))) {
    const file = relative(dir, path)
    const doc = parser.parse(readFileSync(path, 'utf8')) as Record<string, Record<string, unknown>>
    const update = doc.record_update
    if (!update || typeof update !== 'object') continue
    for (const [table, value] of Object.entries(update)) {
      if (table.startsWith('@_') || table === '#text') continue
      for (const element of Array.isArray(value) ? value : [value]) {
        if (typeof element !== 'object' || element === null) continue
        const fields: Record<string, string> = {}
        for (const [key, field] of Object.entries(element as Record<string, unknown>)) {
          if (!key.startsWith('@_') && key !== '#text') fields[key] = textOf(field)
        }
        const action = String((element as Record<string, unknown>)['@_action'] ?? '')
        records.push({ file, table, action, fields })
      }
    }
  }
  return records
}

// ---------------------------------------------------------------------------------------------------------
// Which fields hold scripts

/** How the check treats a field: a script of some kind, or not a script (and why). */
type FieldUse =
  | { script: ScriptKind; side: ScriptSide }
  | { not: string }
  | { special: 'module' | 'ui-action' | 'variable-value' | 'flow-values' | 'element-mapping' }

const server = (script: ScriptKind): FieldUse => ({ script, side: 'server' })
const client = (script: ScriptKind): FieldUse => ({ script, side: 'client' })
const FLOW_VALUES: Record<string, FieldUse> = { values: { special: 'flow-values' } }

/**
 * Every table the check knows and what its script-like fields are. A field missing here that looks like
 * a script fails the check, so a new kind of record cannot ship an unchecked script.
 */
const FIELDS: Record<string, Record<string, FieldUse>> = {
  sys_module: { content: { special: 'module' } },
  sys_script: {
    script: server('business rule'),
    condition: server('business rule condition'),
    filter_condition: { not: 'encoded query' },
  },
  sys_script_include: { script: server('script include') },
  sys_script_fix: { script: server('fix script') },
  sysauto_script: { script: server('scheduled job'), condition: server('scheduled job condition') },
  sys_ui_action: {
    script: { special: 'ui-action' },
    condition: server('UI action condition'),
    onclick: client('UI action client script'),
    client_script_v2: client('UI action client script'),
  },
  sys_security_acl: { script: server('ACL script'), condition: { not: 'encoded query' } },
  sp_widget: {
    script: server('widget server script'),
    client_script: client('widget client script'),
    link: client('widget client script'),
    template: { not: 'AngularJS HTML template' },
    css: { not: 'CSS' },
  },
  sp_instance: {
    placeholder_dimensions_script: client('portal placeholder script'),
    placeholder_template: { not: 'AngularJS HTML template' },
  },
  sys_script_client: { script: client('client script') },
  catalog_script_client: { script: client('catalog client script') },
  catalog_ui_policy: {
    script_true: client('catalog UI policy script'),
    script_false: client('catalog UI policy script'),
    catalog_conditions: { not: 'encoded query' },
  },
  sys_ui_policy: {
    script_true: client('UI policy script'),
    script_false: client('UI policy script'),
    conditions: { not: 'encoded query' },
  },
  item_option_new: { reference_qual_condition: { not: 'encoded query' } },
  sys_hub_status_condition: { condition: { not: 'Flow Designer data-pill condition' } },
  sys_rest_message_fn: { content: { not: 'HTTP request body template with REST message variables' } },
  sys_variable_value: { value: { special: 'variable-value' } },
  sys_element_mapping: { value: { special: 'element-mapping' } },
  sys_hub_action_instance_v2: FLOW_VALUES,
  sys_hub_flow_logic_instance_v2: FLOW_VALUES,
  sys_hub_sub_flow_instance_v2: FLOW_VALUES,
  sys_hub_trigger_instance_v2: FLOW_VALUES,
}

/** Flow Designer's Script step (sys_hub_step_instance.step_type) and its `script` input variable. */
const SCRIPT_STEP_TYPE = '106afb6647032200b4fad7527c9a71e7'
const SCRIPT_STEP_VARIABLES: Record<string, FieldUse> = {
  '71aa7f6647032200b4fad7527c9a719b': server('flow action script step'),
  '74315b04b3201300176b051a16a8dc2b': { not: 'where the script step runs (instance or MID server)' },
}
/** ATF's "Run Server Side Script" step (sys_atf_step.step_config) and its variables. */
const ATF_SERVER_SCRIPT_STEP = '41de4a935332120028bc29cac2dc349a'
const ATF_SERVER_SCRIPT_VARIABLES: Record<string, FieldUse> = {
  '989d9e235324220002c6435723dc3484': server('ATF step script'),
  '42f2564b73031300440211d8faf6a777': { not: 'Jasmine version' },
}

/** Field names that hold code whenever they hold anything but a flag (`script`, `client_script`,
 * `script_true`, `read_script`…; not `description`). */
const SCRIPT_NAMED = /(^|_)scripts?(_|$)/i
/** Field names that may hold code or something else (an encoded query, HTML…). */
const MAYBE_CODE_NAMED = /condition|^content$|^onclick$|^link$|^values?$/i
/** A flag or number, which script-named fields (`isolate_script`, `run_scripts`…) also hold. */
const FLAG = /^(true|false|\d*)$/

/** Whether a text reads as JavaScript rather than an encoded query, a label or a template. */
export function looksLikeCode(text: string): boolean {
  // Flow data pills ({{action.flow}}) and REST variables (${dry_run}) are templates, not code.
  const bare = text.replace(/\{\{[^}]*\}\}/g, '').replace(/\$\{[^}]*\}/g, '')
  return /\bfunction\b|=>|==|&&|\|\||[;{}]\s*$|\brequire\s*\(|\b(gs|current|g_form|inputs|outputs)\.\w+/m.test(
    bare,
  )
}

/** Whether a text is JSON. */
function isJson(text: string): boolean {
  try {
    JSON.parse(text)
    return true
  } catch {
    return false
  }
}

/** The name people know a record by. */
function nameOf(record: XmlRecord, fileTitle: string): string {
  const f = record.fields
  return (
    f.name ||
    f.path ||
    f.label ||
    f.display_name ||
    f.id ||
    f.short_description ||
    f.sys_name ||
    fileTitle ||
    f.sys_update_name ||
    ''
  )
}

/** Extracts every script of the records; unknown script-like fields become findings. */
export function extractScripts(records: XmlRecord[]): { scripts: ShippedScript[]; findings: Finding[] } {
  const scripts: ShippedScript[] = []
  const findings: Finding[] = []
  const bySysId = new Map<string, XmlRecord>()
  const fileTitles = new Map<string, string>()
  for (const r of records) {
    if (r.fields.sys_id) bySysId.set(r.fields.sys_id, r)
    const title = r.fields.name || r.fields.sys_name
    if (title && !fileTitles.has(r.file)) fileTitles.set(r.file, title)
  }

  for (const record of records) {
    // A deletion carries no script to run.
    if (record.action === 'DELETE' || record.action === 'delete_multiple') continue
    const where = {
      file: record.file,
      table: record.table,
      sysId: record.fields.sys_id ?? '',
      name: nameOf(record, fileTitles.get(record.file) ?? ''),
    }
    const add = (field: string, kind: ScriptKind, side: ScriptSide, code: string, module = false) => {
      if (code.trim() !== '') scripts.push({ ...where, field, kind, side, module, code })
    }
    const unknown = (field: string, detail: string) =>
      findings.push({ ...where, field, line: 1, ...ruleFields('unknown-script-field'), detail })

    for (const [field, value] of Object.entries(record.fields)) {
      if (value.trim() === '') continue
      const use = FIELDS[record.table]?.[field]
      if (use === undefined) {
        // A value the platform evaluates as a server script, whatever the field (defaults, qualifiers).
        if (/^\s*javascript:/i.test(value)) {
          add(field, 'javascript: value', 'server', value.replace(/^\s*javascript:/i, ''))
        } else if (SCRIPT_NAMED.test(field) && !FLAG.test(value.trim())) {
          unknown(field, `${record.table}.${field} is not known to the check`)
        } else if (MAYBE_CODE_NAMED.test(field) && !isJson(value) && looksLikeCode(value)) {
          unknown(field, `${record.table}.${field} holds code and is not known to the check`)
        }
        continue
      }
      if ('not' in use) continue
      if ('script' in use) {
        add(field, use.script, use.side, value)
        continue
      }
      switch (use.special) {
        case 'module': {
          const path = record.fields.path ?? ''
          if (path.endsWith('.json')) break // package.json and bom.json ship as modules: data, not code
          if (/\.(js|mjs|cjs|ts|mts|cts)$/.test(path)) add(field, 'server module', 'server', value, true)
          else unknown(field, `sys_module ${path} is neither JavaScript nor .json`)
          break
        }
        case 'ui-action':
          // With "Client" set, the one script runs in the browser (onClick) and again on the server.
          add(field, 'UI action script', record.fields.client === 'true' ? 'both' : 'server', value)
          break
        case 'variable-value': {
          const document = record.fields.document ?? ''
          const step = bySysId.get(record.fields.document_key ?? '')
          const variables =
            document === 'sys_hub_step_instance' && step?.fields.step_type === SCRIPT_STEP_TYPE
              ? SCRIPT_STEP_VARIABLES
              : document === 'sys_atf_step' && step?.fields.step_config === ATF_SERVER_SCRIPT_STEP
                ? ATF_SERVER_SCRIPT_VARIABLES
                : {}
          const variable = variables[record.fields.variable ?? '']
          const stepName = step ? nameOf(step, fileTitles.get(record.file) ?? '') : where.name
          if (variable && 'script' in variable) {
            scripts.push({
              ...where,
              name: stepName,
              field: 'value',
              kind: variable.script,
              side: variable.side,
              module: false,
              code: value,
            })
          } else if (!variable && looksLikeCode(value)) {
            unknown(field, `variable ${record.fields.variable} of ${document} ${record.fields.document_key}`)
          }
          break
        }
        case 'element-mapping':
          // A Flow Designer mapping holds data pills or a serialized complex object (JSON); anything
          // else that reads as code would be a script the check does not know.
          if (!isJson(value) && looksLikeCode(value)) unknown(field, 'sys_element_mapping.value holds code')
          break
        case 'flow-values':
          for (const inline of flowInlineScripts(value)) {
            if ('error' in inline) unknown(field, inline.error)
            else add(`values[${inline.input}]`, 'flow inline script', 'server', inline.code)
          }
          break
      }
    }
  }
  return { scripts, findings }
}

/**
 * The inline scripts of a Flow Designer `values` field (gzip + base64 JSON): each input whose
 * `scriptActive` is true carries its script in `script[<field>].script` (template values, one per
 * sub-field). An input marked as a script without one is reported, never skipped.
 */
function flowInlineScripts(values: string): ({ input: string; code: string } | { error: string })[] {
  let parsed: unknown
  try {
    parsed = JSON.parse(gunzipSync(Buffer.from(values, 'base64')).toString('utf8'))
  } catch (error) {
    return [{ error: `values is not gzip+base64 JSON (${(error as Error).message})` }]
  }
  const out: ({ input: string; code: string } | { error: string })[] = []
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const item of node) walk(item)
      return
    }
    if (typeof node !== 'object' || node === null) return
    const entry = node as Record<string, unknown>
    let found = 0
    const scriptMap = entry.script
    if (typeof scriptMap === 'object' && scriptMap !== null) {
      for (const [field, sub] of Object.entries(scriptMap as Record<string, unknown>)) {
        const s = sub as Record<string, unknown> | null
        if (s && s.scriptActive === true && typeof s.script === 'string') {
          found++
          out.push({
            input: String(entry.name ?? field) === field ? field : `${entry.name}.${field}`,
            code: s.script,
          })
        }
      }
    }
    if (entry.scriptActive === true && found === 0)
      out.push({ error: `input ${String(entry.name)} is marked scriptActive but carries no script` })
    for (const [key, child] of Object.entries(entry)) if (key !== 'script') walk(child)
  }
  walk(parsed)
  return out
}

// ---------------------------------------------------------------------------------------------------------
// Checking one script

/** A violation inside one script. */
export interface ScriptFinding {
  rule: string
  line: number
  detail?: string
}

/** The fields of a finding that come from its rule. */
function ruleFields(id: string): Pick<Finding, 'rule' | 'feature' | 'status'> {
  const r = rule(id)
  return { rule: r.id, feature: r.feature, status: r.status }
}

type Node = acorn.AnyNode
type Parent = { node: Node; key: string } | undefined

/** Children of a node, with the key that holds each. */
function children(node: Node): { key: string; child: Node }[] {
  const out: { key: string; child: Node }[] = []
  for (const [key, value] of Object.entries(node)) {
    if (key === 'loc' || key === 'regex') continue
    if (Array.isArray(value)) {
      for (const v of value) if (isNode(v)) out.push({ key, child: v })
    } else if (isNode(value)) out.push({ key, child: value })
  }
  return out
}

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string'
}

/** Names a binding pattern declares. */
function patternNames(pattern: Node | null | undefined, into: Set<string>): void {
  if (!pattern) return
  switch (pattern.type) {
    case 'Identifier':
      into.add(pattern.name)
      break
    case 'ObjectPattern':
      for (const p of pattern.properties) patternNames(p.type === 'RestElement' ? p.argument : p.value, into)
      break
    case 'ArrayPattern':
      for (const e of pattern.elements) patternNames(e, into)
      break
    case 'AssignmentPattern':
      patternNames(pattern.left, into)
      break
    case 'RestElement':
      patternNames(pattern.argument, into)
      break
  }
}

/** Every name the script declares anywhere: a global rule does not apply to a name shadowed by one. */
function declaredNames(root: Node): Set<string> {
  const names = new Set<string>()
  const visit = (node: Node): void => {
    switch (node.type) {
      case 'VariableDeclarator':
        patternNames(node.id, names)
        break
      case 'FunctionDeclaration':
      case 'FunctionExpression':
      case 'ArrowFunctionExpression':
        if (node.type !== 'ArrowFunctionExpression' && node.id) names.add(node.id.name)
        for (const p of node.params) patternNames(p, names)
        break
      case 'ClassDeclaration':
      case 'ClassExpression':
        if (node.id) names.add(node.id.name)
        break
      case 'CatchClause':
        patternNames(node.param, names)
        break
      case 'ImportSpecifier':
      case 'ImportDefaultSpecifier':
      case 'ImportNamespaceSpecifier':
        names.add(node.local.name)
        break
    }
    for (const { child } of children(node)) visit(child)
  }
  visit(root)
  return names
}

/** Whether an identifier is a reference to a variable (not a property name, label or import name). */
function isReference(parent: Parent): boolean {
  if (!parent) return true
  const { node, key } = parent
  switch (node.type) {
    case 'MemberExpression':
      return key !== 'property' || node.computed
    case 'Property':
    case 'MethodDefinition':
    case 'PropertyDefinition':
      return key !== 'key' || node.computed
    case 'LabeledStatement':
    case 'BreakStatement':
    case 'ContinueStatement':
    case 'MetaProperty':
    case 'ImportSpecifier':
    case 'ImportDefaultSpecifier':
    case 'ImportNamespaceSpecifier':
    case 'ExportSpecifier':
      return false
    default:
      return true
  }
}

/** A member's property name when static (`a.b`, `a['b']`), else undefined. */
function propertyName(node: Node): string | undefined {
  if (node.type !== 'MemberExpression') return undefined
  if (!node.computed && node.property.type === 'Identifier') return node.property.name
  if (node.computed && node.property.type === 'Literal' && typeof node.property.value === 'string')
    return node.property.value
  return undefined
}

/** Whether an expression is statically a string (a literal, a template, `String(…)`, or `'…' + x`). */
function isString(node: Node): boolean {
  if (node.type === 'Literal') return typeof node.value === 'string'
  if (node.type === 'TemplateLiteral') return true
  if (node.type === 'CallExpression')
    return node.callee.type === 'Identifier' && node.callee.name === 'String'
  if (node.type === 'BinaryExpression' && node.operator === '+') {
    return (node.left.type !== 'PrivateIdentifier' && isString(node.left)) || isString(node.right)
  }
  return false
}

/** The literal text of a `RegExp(…)` argument, when it is a string or a template without substitutions. */
function literalText(node: Node | undefined): string | undefined {
  if (!node) return undefined
  if (node.type === 'Literal' && typeof node.value === 'string') return node.value
  if (node.type === 'TemplateLiteral' && node.expressions.length === 0)
    return node.quasis[0]?.value.cooked ?? ''
  return undefined
}

/** Whether a test is `typeof window === 'undefined'` (or `==`, either way round): true only on the server. */
function isServerGuard(test: Node): boolean {
  if (test.type !== 'BinaryExpression' || (test.operator !== '===' && test.operator !== '==')) return false
  const isTypeofWindow = (n: Node) =>
    n.type === 'UnaryExpression' &&
    n.operator === 'typeof' &&
    n.argument.type === 'Identifier' &&
    n.argument.name === 'window'
  const isUndefined = (n: Node) => n.type === 'Literal' && n.value === 'undefined'
  const left = test.left as Node
  return (
    (isTypeofWindow(left) && isUndefined(test.right)) || (isUndefined(left) && isTypeofWindow(test.right))
  )
}

/** Parses a script (or module); client scripts that only parse as modules are parsed as such, so their
 * `import`/`export` is reported by its rule rather than as a parse error. */
function parse(code: string, module: boolean, side: ScriptSide): acorn.Program {
  const options: acorn.Options = {
    ecmaVersion: 'latest',
    locations: true,
    allowReturnOutsideFunction: !module,
    allowAwaitOutsideFunction: true,
  }
  if (module) return acorn.parse(code, { ...options, sourceType: 'module' })
  try {
    return acorn.parse(code, { ...options, sourceType: 'script' })
  } catch (error) {
    if (side === 'server') throw error
    try {
      return acorn.parse(code, { ...options, sourceType: 'module' })
    } catch {
      throw error
    }
  }
}

/** Whether a rule applies to a script running on `side`. */
function applies(r: Rule, side: ScriptSide): boolean {
  if (r.side === 'any' || side === 'both') return true
  return r.side === side
}

/**
 * Every rule violation in one script. `module`: an ES module (sys_module content); `side`: where it runs.
 * A script that does not parse answers one `parse-error`.
 */
export function checkScript(code: string, options: { side: ScriptSide; module?: boolean }): ScriptFinding[] {
  let program: acorn.Program
  try {
    program = parse(code, options.module ?? false, options.side)
  } catch (error) {
    const loc = (error as { loc?: { line: number } }).loc
    return [{ rule: 'parse-error', line: loc?.line ?? 1, detail: (error as Error).message }]
  }
  const rules = RULES.filter((r) => applies(r, options.side) && r.match.kind !== 'check')
  const declared = declaredNames(program)
  const found: ScriptFinding[] = []
  const report = (r: Rule, node: Node, detail?: string) => {
    const line = node.loc?.start.line ?? 1
    if (!found.some((f) => f.rule === r.id && f.line === line))
      found.push(detail ? { rule: r.id, line, detail } : { rule: r.id, line })
  }
  const isGlobal = (node: Node, name: string) =>
    node.type === 'Identifier' && node.name === name && !declared.has(name)
  // Private names declared static somewhere in the script: `C.#x` on them is Supported.
  const staticPrivate = new Set<string>()
  const collectStatic = (node: Node): void => {
    if (
      (node.type === 'PropertyDefinition' || node.type === 'MethodDefinition') &&
      node.static &&
      node.key.type === 'PrivateIdentifier'
    )
      staticPrivate.add(node.key.name)
    for (const { child } of children(node)) collectStatic(child)
  }
  collectStatic(program)

  // In a script that also runs in the browser, the block under `if (typeof window === 'undefined')` runs
  // only on the server (the platform's pattern for a client-and-server UI action): client rules skip it.
  const visit = (node: Node, parent: Parent, serverOnly: boolean): void => {
    for (const r of rules) if (!(serverOnly && r.side === 'client')) matchRule(r, node, parent)
    for (const { key, child } of children(node)) {
      const guarded = node.type === 'IfStatement' && key === 'consequent' && isServerGuard(node.test)
      visit(child, { node, key }, serverOnly || guarded)
    }
  }

  const matchRule = (r: Rule, node: Node, parent: Parent): void => {
    const m = r.match
    switch (m.kind) {
      case 'global':
        if (node.type === 'Identifier' && m.names.includes(node.name) && !declared.has(node.name)) {
          if (isReference(parent)) report(r, node)
        }
        break
      case 'member':
        if (node.type === 'MemberExpression' && isGlobal(node.object, m.object)) {
          const name = propertyName(node)
          if (name !== undefined && m.properties.includes(name)) report(r, node)
        }
        break
      case 'call-global':
        if (
          (node.type === 'CallExpression' || node.type === 'NewExpression') &&
          m.names.some((n) => isGlobal(node.callee, n))
        )
          report(r, node)
        break
      case 'method-call':
        if (node.type === 'CallExpression' && node.callee.type === 'MemberExpression') {
          const name = propertyName(node.callee)
          const receiver = node.callee.object
          if (name !== undefined && m.names.includes(name)) {
            if (!(m.exceptStringReceiver && receiver.type !== 'Super' && isString(receiver))) report(r, node)
          }
        }
        break
      case 'property':
        if (node.type === 'MemberExpression') {
          const name = propertyName(node)
          if (name !== undefined && m.names.includes(name)) report(r, node)
        } else if (node.type === 'Property' && !node.computed) {
          const key = node.key
          const name =
            key.type === 'Identifier' ? key.name : key.type === 'Literal' ? String(key.value) : undefined
          if (name !== undefined && m.names.includes(name)) report(r, node)
        }
        break
      case 'subclass':
        if ((node.type === 'ClassDeclaration' || node.type === 'ClassExpression') && node.superClass) {
          const base = m.bases.find((b) => node.superClass && isGlobal(node.superClass, b))
          if (base) report(r, node, `extends ${base}`)
        }
        if (m.prototypeOf) {
          // Object.setPrototypeOf(X.prototype, Error.prototype) / X.prototype = Object.create(Error.prototype)
          const isBasePrototype = (n: Node | undefined) =>
            n?.type === 'MemberExpression' &&
            propertyName(n) === 'prototype' &&
            m.bases.some((b) => isGlobal(n.object, b))
          const isCallOf = (n: Node, method: string) =>
            n.type === 'CallExpression' &&
            n.callee.type === 'MemberExpression' &&
            isGlobal(n.callee.object, 'Object') &&
            propertyName(n.callee) === method
          if (node.type === 'CallExpression' && isCallOf(node, 'setPrototypeOf')) {
            if (isBasePrototype(node.arguments[1] as Node | undefined))
              report(r, node, 'Object.setPrototypeOf')
          }
          if (
            node.type === 'AssignmentExpression' &&
            node.left.type === 'MemberExpression' &&
            propertyName(node.left) === 'prototype' &&
            node.right.type === 'CallExpression' &&
            isCallOf(node.right, 'create') &&
            isBasePrototype(node.right.arguments[0] as Node | undefined)
          )
            report(r, node, 'Object.create')
        }
        break
      case 'regexp': {
        let source: string | undefined
        let flags = ''
        if (node.type === 'Literal' && node.regex) {
          source = node.regex.pattern
          flags = node.regex.flags
        } else if (
          (node.type === 'CallExpression' || node.type === 'NewExpression') &&
          isGlobal(node.callee, 'RegExp')
        ) {
          source = literalText(node.arguments[0] as Node | undefined)
          flags = literalText(node.arguments[1] as Node | undefined) ?? ''
          if (source === undefined && flags === '') break
        } else break
        const bySource = m.source && source !== undefined && m.source.test(source)
        const byFlags = m.flags && [...flags].some((f) => m.flags?.includes(f))
        if (bySource || byFlags) report(r, node)
        break
      }
      case 'syntax':
        matchSyntax(r, m.construct, node, parent)
        break
      case 'check':
        break
    }
  }

  const matchSyntax = (r: Rule, construct: string, node: Node, parent: Parent): void => {
    const isFunction =
      node.type === 'FunctionDeclaration' ||
      node.type === 'FunctionExpression' ||
      node.type === 'ArrowFunctionExpression'
    // A method's function starts at its parameters; report where the method starts.
    const at =
      parent && (parent.node.type === 'MethodDefinition' || parent.node.type === 'Property')
        ? parent.node
        : node
    switch (construct) {
      case 'async-function':
        if (isFunction && node.async) report(r, at)
        break
      case 'await':
        if (node.type === 'AwaitExpression') report(r, node)
        break
      case 'for-await':
        if (node.type === 'ForOfStatement' && node.await) report(r, node)
        break
      case 'async-generator':
        if (isFunction && node.async && node.generator) report(r, at)
        break
      case 'generator':
        if (isFunction && node.generator && !node.async) report(r, at)
        break
      case 'private-instance-member':
        if (
          (node.type === 'PropertyDefinition' || node.type === 'MethodDefinition') &&
          !node.static &&
          node.key.type === 'PrivateIdentifier'
        )
          report(r, node, `#${node.key.name}`)
        else if (
          node.type === 'MemberExpression' &&
          node.property.type === 'PrivateIdentifier' &&
          !staticPrivate.has(node.property.name)
        )
          report(r, node, `#${node.property.name}`)
        else if (node.type === 'BinaryExpression' && node.left.type === 'PrivateIdentifier')
          report(r, node, `#${node.left.name} in`)
        break
      case 'bigint-literal':
        if (node.type === 'Literal' && node.bigint !== undefined) report(r, node)
        break
      case 'es-module':
        if (
          node.type === 'ImportDeclaration' ||
          node.type === 'ExportNamedDeclaration' ||
          node.type === 'ExportDefaultDeclaration' ||
          node.type === 'ExportAllDeclaration' ||
          node.type === 'ImportExpression' ||
          (node.type === 'MetaProperty' && node.meta.name === 'import')
        )
          report(r, node)
        break
    }
  }

  visit(program, undefined, false)
  return found.sort((a, b) => a.line - b.line || a.rule.localeCompare(b.rule))
}

// ---------------------------------------------------------------------------------------------------------
// The whole build

/** Checks every script of the build output under `dir` (normally `dist/app`). */
export function checkBuild(dir: string): CheckResult {
  const { scripts, findings } = extractScripts(readRecords(dir))
  const counts: Partial<Record<ScriptKind, number>> = {}
  for (const script of scripts) {
    counts[script.kind] = (counts[script.kind] ?? 0) + 1
    for (const f of checkScript(script.code, { side: script.side, module: script.module })) {
      findings.push({
        file: script.file,
        table: script.table,
        sysId: script.sysId,
        name: script.name,
        field: script.field,
        line: f.line,
        ...ruleFields(f.rule),
        ...(f.detail ? { detail: f.detail } : {}),
      })
    }
  }
  return { scripts, findings, counts }
}

/** One finding on one line: file, table, record, field and line, rule and feature. */
export function formatFinding(f: Finding): string {
  const detail = f.detail ? ` — ${f.detail}` : ''
  return `${f.file}: ${f.table} ${f.sysId} (${f.name}) ${f.field} line ${f.line}: ${f.rule} ${f.feature} [${f.status}]${detail}`
}

/** The one-line summary of a clean run: how many scripts of which kinds. */
export function summary(result: CheckResult): string {
  const kinds = SCRIPT_KINDS.filter((k) => result.counts[k]).map((k) => `${result.counts[k]} ${k}`)
  return `now:check OK: ${result.scripts.length} scripts checked (${kinds.join(', ')}), ${RULES.length} rules, no findings`
}

/**
 * The module specifiers a script imports: `import … from`, `export … from`, `import('…')` and
 * `require('…')` with a literal argument. For the self-containment test of the build (every import must
 * resolve to a shipped module); an unparseable script has none (the check reports it).
 */
export function importSpecifiers(code: string): string[] {
  let program: acorn.Program
  try {
    program = parse(code, true, 'server')
  } catch {
    try {
      program = parse(code, false, 'server')
    } catch {
      return []
    }
  }
  const specifiers: string[] = []
  const visit = (node: Node): void => {
    if (
      (node.type === 'ImportDeclaration' ||
        node.type === 'ExportNamedDeclaration' ||
        node.type === 'ExportAllDeclaration') &&
      node.source &&
      typeof node.source.value === 'string'
    )
      specifiers.push(node.source.value)
    if (node.type === 'ImportExpression') {
      const text = literalText(node.source)
      if (text !== undefined) specifiers.push(text)
    }
    if (
      node.type === 'CallExpression' &&
      node.callee.type === 'Identifier' &&
      node.callee.name === 'require'
    ) {
      const text = literalText(node.arguments[0] as Node | undefined)
      if (text !== undefined) specifiers.push(text)
    }
    for (const { child } of children(node)) visit(child)
  }
  visit(program)
  return specifiers
}
