/**
 * Which tables the ServiceNow app's built scripts and flows read, write, create and delete — derived from
 * the build output, so a new `GlideRecord` on a table outside the scope cannot ship without the
 * `sys_scope_privilege` an instance with runtime access tracking set to *enforcing* requires.
 *
 * Scripts are parsed with acorn, as built (server modules, and every record field that mentions a Glide
 * record class or `current`). A `new GlideRecord(t)` (or `GlideRecordSecure`, `GlideAggregate`) must name
 * its table with something resolvable statically: a string, a template of resolvable parts, or a constant
 * of the built modules (`TABLES.goldenThread`, followed through imports). The object must be bound to a
 * variable; the methods called on that variable are the operations, and a dotted field in a query or an
 * element (`addQuery('sysapproval.number', …)`, `getElement('approver.user_name')`) is a read of each table
 * the dot-walk passes through. Passing the variable to a function of the same module, of an imported module
 * or of a `require`d module follows it into that function's parameter; `current` starts bound to the
 * table of the business rule or UI action. Whatever cannot be resolved is a problem, never a silent skip.
 *
 * Flows: each core action instance (identified by the SDK's own built-in action definitions) acts on the
 * table of its table input, as {@link CORE_ACTIONS} says; an action that is neither a known core action nor
 * one of the app's own is a problem.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join, posix } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { type Node, parse } from 'acorn'
import { type BuiltRecord, ROOT, recordsOf, text } from './build.js'

/** A table operation a cross-scope privilege grants. */
export type Operation = 'read' | 'write' | 'create' | 'delete'

/** One use of a table: what, and where in the build output. */
export interface TableAccess {
  table: string
  operation: Operation
  where: string
}

/** What {@link tableAccesses} found, and what it could not resolve (each a reason to fail). */
export interface AccessReport {
  accesses: TableAccess[]
  problems: string[]
}

/** A script to analyse: a server module (ES module, by path) or a record's script field. */
export interface Script {
  where: string
  code: string
  /** For a sys_module: its path, which `require` and relative imports name. */
  path?: string
  /** The table `current` is a record of (business rule `collection`, UI action `table`). */
  currentTable?: string
}

/** Reference fields of tables outside the app that its scripts dot-walk: `table.field` → referenced table. */
export const GLOBAL_REFERENCES: Record<string, string> = {
  'sysapproval_approver.approver': 'sys_user',
  'sysapproval_approver.sysapproval': 'task',
  'sc_req_item.cat_item': 'sc_cat_item',
  'sc_req_item.opened_by': 'sys_user',
  'sc_req_item.requested_for': 'sys_user',
  'sys_user.manager': 'sys_user',
  'sys_user.department': 'cmn_department',
  'sys_user_has_role.role': 'sys_user_role',
  'sys_user_has_role.user': 'sys_user',
}

const GLIDE_RECORD_CLASSES = new Set(['GlideRecord', 'GlideRecordSecure', 'GlideAggregate'])

/** GlideRecord methods that are themselves an operation on the table. */
const METHOD_OPERATIONS: Record<string, Operation> = {
  query: 'read',
  _query: 'read',
  get: 'read',
  next: 'read',
  _next: 'read',
  hasNext: 'read',
  getRowCount: 'read',
  insert: 'create',
  insertWithReferences: 'create',
  update: 'write',
  updateMultiple: 'write',
  updateWithReferences: 'write',
  deleteRecord: 'delete',
  deleteMultiple: 'delete',
}

/** Methods whose first argument is a field name that must be resolvable (a dot-walk reads other tables). */
const FIELD_METHODS_STRICT = new Set([
  'addQuery',
  'addNullQuery',
  'addNotNullQuery',
  'orderBy',
  'orderByDesc',
  'getElement',
])
/**
 * Methods whose first argument is a field name, followed when it is a constant. Helpers that read a field
 * named by their caller (`user.getValue(field)`) are common and only ever read the record's own table.
 */
const FIELD_METHODS_LENIENT = new Set(['getValue', 'getDisplayValue', 'setValue', 'get'])

/** Methods answering a record of another table: bind it with `new GlideRecord(…)` instead, so it is followed. */
const UNFOLLOWED_METHODS = new Set(['getRefRecord'])

/** Platform objects whose methods take a record without touching other tables (`action.setRedirectURL(current)`). */
const PLATFORM_OBJECTS = new Set(['action', 'gs'])

type AnyNode = Node & Record<string, unknown>

interface Module {
  path: string
  where: string
  program: AnyNode
  /** Top-level `const` initialisers. */
  consts: Map<string, AnyNode>
  /** Top-level function declarations. */
  functions: Map<string, AnyNode>
  /** Local name → module path and exported name. */
  imports: Map<string, { from: string; name: string }>
  /** Variable name → the module path a `require` of it names. */
  requires: Map<string, string>
  parents: Map<AnyNode, AnyNode>
}

/** The children of a node, in source order. */
function children(node: AnyNode): AnyNode[] {
  const out: AnyNode[] = []
  for (const [key, value] of Object.entries(node)) {
    if (key === 'loc' || key === 'start' || key === 'end') continue
    if (Array.isArray(value)) {
      for (const v of value) if (v && typeof v === 'object' && typeof v.type === 'string') out.push(v)
    } else if (value && typeof value === 'object' && typeof (value as AnyNode).type === 'string') {
      out.push(value as AnyNode)
    }
  }
  return out
}

const isFunction = (n: AnyNode) =>
  n.type === 'FunctionDeclaration' || n.type === 'FunctionExpression' || n.type === 'ArrowFunctionExpression'

/** Identifier names a pattern binds (parameters, declarations). */
function patternNames(node: AnyNode | null | undefined): string[] {
  if (!node) return []
  if (node.type === 'Identifier') return [node.name as string]
  if (node.type === 'AssignmentPattern') return patternNames(node.left as AnyNode)
  if (node.type === 'RestElement') return patternNames(node.argument as AnyNode)
  if (node.type === 'ArrayPattern') return (node.elements as AnyNode[]).flatMap(patternNames)
  if (node.type === 'ObjectPattern')
    return (node.properties as AnyNode[]).flatMap((p) =>
      patternNames((p.type === 'RestElement' ? p : p.value) as AnyNode),
    )
  return []
}

/** The names a nested function declares itself (parameters and declarations in its body): these shadow. */
function declaredIn(fn: AnyNode): Set<string> {
  const names = new Set((fn.params as AnyNode[]).flatMap(patternNames))
  const visit = (n: AnyNode) => {
    if (n.type === 'VariableDeclarator') for (const name of patternNames(n.id as AnyNode)) names.add(name)
    if (n.type === 'FunctionDeclaration' && n.id) names.add((n.id as AnyNode).name as string)
    if (n !== fn && isFunction(n)) return
    for (const c of children(n)) visit(c)
  }
  visit(fn)
  return names
}

function parseScript(script: Script): Module {
  const program = parse(script.code, {
    ecmaVersion: 2022,
    sourceType: script.path ? 'module' : 'script',
    allowReturnOutsideFunction: true,
    locations: true,
  }) as unknown as AnyNode
  const module: Module = {
    path: script.path ?? '',
    where: script.where,
    program,
    consts: new Map(),
    functions: new Map(),
    imports: new Map(),
    requires: new Map(),
    parents: new Map(),
  }
  const visit = (n: AnyNode) => {
    for (const c of children(n)) {
      module.parents.set(c, n)
      visit(c)
    }
  }
  visit(program)
  for (let statement of program.body as AnyNode[]) {
    if (statement.type === 'ExportNamedDeclaration' && statement.declaration)
      statement = statement.declaration as AnyNode
    if (statement.type === 'VariableDeclaration') {
      for (const d of statement.declarations as AnyNode[])
        if ((d.id as AnyNode).type === 'Identifier' && d.init)
          module.consts.set((d.id as AnyNode).name as string, d.init as AnyNode)
    }
    if (statement.type === 'FunctionDeclaration' && statement.id)
      module.functions.set((statement.id as AnyNode).name as string, statement)
    if (statement.type === 'ImportDeclaration' && script.path) {
      const source = (statement.source as AnyNode).value as string
      const from = source.startsWith('.')
        ? posix.normalize(posix.join(posix.dirname(script.path), source))
        : source
      for (const s of statement.specifiers as AnyNode[]) {
        const imported = s.type === 'ImportSpecifier' ? ((s.imported as AnyNode).name as string) : '*'
        module.imports.set((s.local as AnyNode).name as string, { from, name: imported })
      }
    }
  }
  const requires = (n: AnyNode) => {
    const init = n.type === 'VariableDeclarator' ? (n.init as AnyNode | null) : null
    const call = init?.type === 'CallExpression' ? init : undefined
    const arg = call ? (call.arguments as AnyNode[])[0] : undefined
    if (call && (call.callee as AnyNode).name === 'require' && arg?.type === 'Literal') {
      const id = n.id as AnyNode
      const path = arg.value as string
      if (id.type === 'Identifier') module.requires.set(id.name as string, path)
      // `const { f } = require(…)`, as the SDK writes a business rule whose script is a module function.
      if (id.type === 'ObjectPattern')
        for (const p of id.properties as AnyNode[])
          if (p.type === 'Property' && (p.value as AnyNode).type === 'Identifier')
            module.imports.set((p.value as AnyNode).name as string, {
              from: path,
              name: ((p.key as AnyNode).name ?? (p.key as AnyNode).value) as string,
            })
    }
    for (const c of children(n)) requires(c)
  }
  requires(program)
  return module
}

/**
 * Every table access in the scripts, plus problems. `references(table, field)` names the table a reference
 * field points to (undefined: unknown, a problem when a dot-walk needs it).
 */
export function scriptAccesses(
  scripts: Script[],
  references: (table: string, field: string) => string | undefined,
): AccessReport {
  const accesses: TableAccess[] = []
  const problems: string[] = []
  const modules = new Map<string, Module>()
  const parsed: Module[] = []
  for (const script of scripts) {
    try {
      const module = parseScript(script)
      parsed.push(module)
      if (script.path) modules.set(script.path, module)
    } catch (error) {
      problems.push(`${script.where}: cannot parse (${String(error)})`)
    }
  }
  const at = (module: Module, node: AnyNode) =>
    `${module.where}:${(node.loc as { start: { line: number } }).start.line}`

  /** Follows identifiers and member accesses to the node they stand for (across imports). */
  const deref = (node: AnyNode, module: Module, depth = 0): { node: AnyNode; module: Module } | undefined => {
    if (depth > 20) return undefined
    if (node.type === 'Identifier') {
      const name = node.name as string
      const init = module.consts.get(name)
      if (init) return deref(init, module, depth + 1)
      const imported = module.imports.get(name)
      const target = imported && modules.get(imported.from)
      if (target && imported.name !== '*') {
        const value = target.consts.get(imported.name)
        if (value) return deref(value, target, depth + 1)
        const fn = target.functions.get(imported.name)
        if (fn) return { node: fn, module: target }
      }
      const fn = module.functions.get(name)
      if (fn) return { node: fn, module }
      return undefined
    }
    if (node.type === 'MemberExpression' && !node.computed) {
      const object = deref(node.object as AnyNode, module, depth + 1)
      const key = (node.property as AnyNode).name as string
      if (object?.node.type !== 'ObjectExpression') return undefined
      for (const p of object.node.properties as AnyNode[]) {
        const k = p.key as AnyNode | undefined
        if (p.type === 'Property' && !p.computed && (k?.name === key || k?.value === key))
          return deref(p.value as AnyNode, object.module, depth + 1)
      }
      return undefined
    }
    if (node.type === 'TSAsExpression') return deref(node.expression as AnyNode, module, depth + 1)
    return { node, module }
  }

  /** A string the expression always has, or undefined. */
  const stringOf = (node: AnyNode | undefined, module: Module): string | undefined => {
    if (!node) return undefined
    const resolved = deref(node, module)
    if (!resolved) return undefined
    const n = resolved.node
    if (n.type === 'Literal' && typeof n.value === 'string') return n.value
    if (n.type === 'TemplateLiteral') {
      let out = ''
      const quasis = n.quasis as AnyNode[]
      const expressions = n.expressions as AnyNode[]
      for (let i = 0; i < quasis.length; i++) {
        out += (quasis[i]!.value as { cooked: string }).cooked
        if (i < expressions.length) {
          const part = stringOf(expressions[i], resolved.module)
          if (part === undefined) return undefined
          out += part
        }
      }
      return out
    }
    return undefined
  }

  /** A dotted field path on a table: a read of every table it walks into. */
  const dotWalk = (table: string, path: string, where: string) => {
    const segments = path.split('.')
    let current = table
    for (const field of segments.slice(0, -1)) {
      const next = references(current, field)
      if (!next) {
        problems.push(
          `${where}: dot-walk ${path} on ${table}: ${current}.${field} is not a known reference field`,
        )
        return
      }
      accesses.push({ table: next, operation: 'read', where })
      current = next
    }
  }

  const analysed = new Set<string>()

  /** Follows calls on `bindings` (variable → table) through `scope`, and into functions they are passed to. */
  const follow = (scope: AnyNode, module: Module, bindings: Map<string, string>) => {
    const visit = (n: AnyNode, live: Map<string, string>) => {
      if (n !== scope && isFunction(n)) {
        const shadowed = declaredIn(n)
        const rest = new Map([...live].filter(([name]) => !shadowed.has(name)))
        if (rest.size === 0) return
        live = rest
      }
      if (n.type === 'CallExpression') call(n, module, live)
      for (const c of children(n)) visit(c, live)
    }
    visit(scope, bindings)
  }

  const call = (n: AnyNode, module: Module, live: Map<string, string>) => {
    const callee = n.callee as AnyNode
    const args = n.arguments as AnyNode[]
    const where = at(module, n)
    if (callee.type === 'MemberExpression' && (callee.object as AnyNode).type === 'Identifier') {
      const table = live.get((callee.object as AnyNode).name as string)
      const method = callee.computed ? undefined : ((callee.property as AnyNode).name as string)
      if (table && method) {
        const operation = METHOD_OPERATIONS[method]
        if (operation) accesses.push({ table, operation, where })
        if (method === 'addEncodedQuery') {
          const query = stringOf(args[0], module)
          if (query === undefined)
            problems.push(`${where}: ${table}.addEncodedQuery with a query not known statically`)
          else
            for (const term of query.split(/\^OR|\^NQ|\^/)) {
              const field = /^[A-Za-z0-9_.]+/.exec(term)?.[0] ?? ''
              if (field.includes('.')) dotWalk(table, field, where)
            }
        }
        const strict = FIELD_METHODS_STRICT.has(method)
        if (
          (strict || FIELD_METHODS_LENIENT.has(method)) &&
          args[0] &&
          !(method === 'get' && args.length < 2)
        ) {
          const field = stringOf(args[0], module)
          if (field === undefined && strict)
            problems.push(`${where}: ${table}.${method} with a field name not known statically`)
          if (field?.includes('.')) dotWalk(table, field, where)
        }
      }
    }
    // A bound record passed to a function: follow it into that function's parameter.
    args.forEach((arg, index) => {
      if (arg.type !== 'Identifier') return
      const table = live.get(arg.name as string)
      if (!table) return
      let target: { node: AnyNode; module: Module } | undefined
      if (isFunction(callee)) target = { node: callee, module }
      else if (callee.type === 'Identifier') target = deref(callee, module)
      else if (
        callee.type === 'MemberExpression' &&
        (callee.object as AnyNode).type === 'Identifier' &&
        !callee.computed
      ) {
        const object = (callee.object as AnyNode).name as string
        const path =
          module.requires.get(object) ??
          (module.imports.get(object)?.name === '*' ? module.imports.get(object)?.from : undefined)
        const required = path ? modules.get(path) : undefined
        if (path && !required) problems.push(`${where}: ${path} is not a built module`)
        const fn = required?.functions.get((callee.property as AnyNode).name as string)
        if (fn) target = { node: fn, module: required! }
      }
      if (!target || !isFunction(target.node)) {
        const object = callee.type === 'MemberExpression' ? (callee.object as AnyNode).name : undefined
        if (typeof object === 'string' && PLATFORM_OBJECTS.has(object)) return
        problems.push(`${where}: a ${table} record is passed to a function that cannot be followed`)
        return
      }
      const param = (target.node.params as AnyNode[])[index]
      if (param?.type !== 'Identifier') return
      const key = `${target.module.where}#${target.node.start}#${index}#${table}`
      if (analysed.has(key)) return
      analysed.add(key)
      follow(target.node, target.module, new Map([[param.name as string, table]]))
    })
  }

  for (const module of parsed) {
    const script = scripts.find((s) => s.where === module.where)!
    if (script.currentTable) follow(module.program, module, new Map([['current', script.currentTable]]))
    const visit = (n: AnyNode) => {
      const callee = n.callee as AnyNode | undefined
      if (n.type === 'CallExpression' && callee?.type === 'MemberExpression' && !callee.computed) {
        const method = (callee.property as AnyNode).name as string
        if (UNFOLLOWED_METHODS.has(method))
          problems.push(`${at(module, n)}: ${method}() answers a record whose operations are not followed`)
      }
      if (
        n.type === 'NewExpression' &&
        (n.callee as AnyNode).type === 'Identifier' &&
        GLIDE_RECORD_CLASSES.has((n.callee as AnyNode).name as string)
      ) {
        const where = at(module, n)
        const table = stringOf((n.arguments as AnyNode[])[0], module)
        const parent = module.parents.get(n)!
        let name: string | undefined
        let scope: AnyNode | undefined
        if (parent.type === 'VariableDeclarator' && (parent.id as AnyNode).type === 'Identifier') {
          name = (parent.id as AnyNode).name as string
          const declaration = module.parents.get(parent)!
          scope = declaration.kind === 'var' ? undefined : module.parents.get(declaration)
        } else if (parent.type === 'AssignmentExpression' && (parent.left as AnyNode).type === 'Identifier') {
          name = (parent.left as AnyNode).name as string
        }
        if (!scope) {
          let up: AnyNode | undefined = parent
          while (up && !isFunction(up) && up.type !== 'Program') up = module.parents.get(up)
          scope = up
        }
        if (table === undefined)
          problems.push(`${where}: the table of ${(n.callee as AnyNode).name} is not known statically`)
        else if (!name)
          problems.push(`${where}: ${(n.callee as AnyNode).name}('${table}') is not bound to a variable`)
        else follow(scope!, module, new Map([[name, table]]))
      }
      for (const c of children(n)) visit(c)
    }
    visit(module.program)
  }
  return { accesses, problems }
}

/** What a core Flow action does to the table its `input` names. */
export const CORE_ACTIONS: Record<string, { input: string; operations: Operation[] }> = {
  updateRecord: { input: 'table_name', operations: ['read', 'write'] },
  updateMultipleRecords: { input: 'table_name', operations: ['read', 'write'] },
  createRecord: { input: 'table_name', operations: ['create'] },
  createOrUpdateRecord: { input: 'table_name', operations: ['read', 'create', 'write'] },
  createTask: { input: 'task_table', operations: ['create'] },
  createCatalogTask: { input: 'ah_table_name', operations: ['create'] },
  // The approval action reads the record and sets its approval field.
  askForApproval: { input: 'table', operations: ['read', 'write'] },
  lookUpRecord: { input: 'table', operations: ['read'] },
  lookUpRecords: { input: 'table', operations: ['read'] },
  waitForCondition: { input: 'table_name', operations: ['read'] },
}

/** The SDK's built-in core actions: sys_id → name (`updateRecord`, …), read from the SDK's own definitions. */
export function coreActionIds(): Map<string, string> {
  const dir = join(ROOT, 'node_modules/@servicenow/sdk-core/src/external/flow/built-ins/actions/core')
  const ids = new Map<string, string>()
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.now.ts'))) {
    const match = /export const (\w+) = Action\(\{\s*\$id: '([0-9a-f]{32})'/.exec(
      readFileSync(join(dir, file), 'utf8'),
    )
    if (match) ids.set(match[2]!, match[1]!)
  }
  return ids
}

/** The table operations of the flows' core action instances; other actions must be the app's own. */
export function flowAccesses(records: BuiltRecord[]): AccessReport {
  const accesses: TableAccess[] = []
  const problems: string[] = []
  const core = coreActionIds()
  if (core.size < 10)
    problems.push(`only ${core.size} core actions found in the SDK: has its layout changed?`)
  const own = new Set(recordsOf(records, 'sys_hub_action_type_definition').map((r) => text(r, 'sys_id')))
  const flowName = new Map(
    recordsOf(records, 'sys_hub_flow').map((f) => [text(f, 'sys_id'), text(f, 'name')]),
  )
  const instances = recordsOf(records, 'sys_hub_action_instance_v2').filter(
    (r) => r.action === 'INSERT_OR_UPDATE',
  )
  for (const instance of instances) {
    const type = text(instance, 'action_type')
    const where = `flow "${flowName.get(text(instance, 'flow'))}" step ${text(instance, 'order')}`
    if (own.has(type)) continue
    const name = core.get(type)
    const spec = name ? CORE_ACTIONS[name] : undefined
    if (!spec) {
      problems.push(
        `${where}: action ${name ?? type} is neither the app's nor a core action whose table use is known`,
      )
      continue
    }
    const values = JSON.parse(
      gunzipSync(Buffer.from(text(instance, 'values'), 'base64')).toString('utf8'),
    ) as {
      name: string
      value: unknown
    }[]
    const table = values.find((v) => v.name === spec.input)?.value
    if (typeof table !== 'string' || !/^[a-z0-9_]+$/.test(table)) {
      problems.push(`${where}: ${name}'s ${spec.input} is not a table name (${JSON.stringify(table)})`)
      continue
    }
    for (const operation of spec.operations) accesses.push({ table, operation, where: `${where}: ${name}` })
  }
  return { accesses, problems }
}

/** Fields whose text is a server script the instance runs. */
const SCRIPT_FIELDS = ['script', 'value', 'condition']

/** The scripts of the build: every server module, and every record field mentioning a Glide record or `current`. */
export function builtScripts(records: BuiltRecord[]): Script[] {
  const scripts: Script[] = []
  for (const m of recordsOf(records, 'sys_module')) {
    const path = text(m, 'path')
    if (/\.(ts|js|mjs|cjs)$/.test(path))
      scripts.push({ where: path.split('/').slice(-1)[0]!, path, code: text(m, 'content') })
  }
  for (const record of records) {
    if (record.table === 'sys_module') continue
    // Browser scripts (catalog client scripts, widget client controllers) never run a server GlideRecord.
    if (record.table === 'catalog_script_client' || record.table === 'sys_script_client') continue
    for (const field of SCRIPT_FIELDS) {
      const code = text(record, field)
      if (!/\b(GlideRecord|GlideRecordSecure|GlideAggregate)\b|\bcurrent\.|require\(/.test(code)) continue
      const currentTable =
        record.table === 'sys_script'
          ? text(record, 'collection')
          : record.table === 'sys_ui_action'
            ? text(record, 'table')
            : undefined
      scripts.push({
        where: `${record.table} ${text(record, 'name') || text(record, 'sys_id')} ${field}`,
        code,
        ...(currentTable ? { currentTable } : {}),
      })
    }
  }
  return scripts
}

/** Reference fields: the app's own from its built sys_dictionary records, others from {@link GLOBAL_REFERENCES}. */
export function referencesOf(records: BuiltRecord[]): (table: string, field: string) => string | undefined {
  const own = new Map<string, string>()
  for (const d of recordsOf(records, 'sys_dictionary'))
    if (text(d, 'reference')) own.set(`${text(d, 'name')}.${text(d, 'element')}`, text(d, 'reference'))
  return (table, field) => own.get(`${table}.${field}`) ?? GLOBAL_REFERENCES[`${table}.${field}`]
}

/** The build's cross-scope privileges on tables: `table operation` for each allowed sys_scope_privilege. */
export function builtPrivileges(records: BuiltRecord[]): Set<string> {
  return new Set(
    recordsOf(records, 'sys_scope_privilege')
      .filter((p) => text(p, 'target_type') === 'sys_db_object' && text(p, 'status') === 'allowed')
      .map((p) => `${text(p, 'target_name')} ${text(p, 'operation')}`),
  )
}
