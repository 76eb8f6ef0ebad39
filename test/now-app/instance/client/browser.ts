/**
 * The browser of the instance stand-in: runs the BUILT catalog client scripts and the client part of UI
 * actions as a form runs them — onLoad at load, onChange(control, oldValue, newValue, isLoading) at load
 * (isLoading true) and whenever a variable changes, onSubmit() on submit (returning false stops it), the
 * button's onclick on a click — in a `node:vm` context per form holding only what the catalog client offers
 * a script: `g_form`, `g_user`, `g_user_date_format`, `getDateFromFormat` (and, on a record form, `window`
 * and `gsftSubmit`). No `require`, `process`, `module`, `Buffer` or `global`. Every double throws on a member
 * it does not implement, naming it (engine/strict.ts), so a script that starts calling a new `g_form` method
 * cannot pass silently.
 *
 * Semantics follow ServiceNow's GlideForm (g_form) client API documentation and the SDK's catalog client
 * script guide: values are strings, `showFieldMsg(field, message, type)` shows a message under a field,
 * `hideFieldMsg(field, clearAll)` removes the field's newest message or all of them, `getReference(field,
 * callback)` answers the referenced record later (asynchronously: an onSubmit script cannot wait for it),
 * `setValue` on a variable runs that variable's onChange scripts. Catalog UI policies apply after the
 * client scripts, at load and when a variable their condition reads changes. Everything a script or policy
 * shows or changes is recorded for the test to read.
 */
import vm from 'node:vm'
import { checkScript } from '../../../../scripts/now-check/check.ts'
import { rule } from '../../../../scripts/now-check/rules.ts'
import type { BuiltApp } from '../built-app.ts'
import { type ErrorFactory, notImplemented, strict } from '../engine/strict.ts'
import type {
  BuiltCatalogUiPolicy,
  BuiltClientUiAction,
  ClientScriptType,
  PolicyCondition,
} from './catalog-scripts.ts'

/** A script the form runs: a catalog client script (or a test's own, shaped the same). */
export interface FormScript {
  sysId: string
  name: string
  table: string
  script: string
  type: ClientScriptType
  /** onChange: the variable it watches. */
  variableName: string
}

/** A field (catalog variable, or a record's column) as the form holds it. */
export interface FormField {
  name: string
  label: string
  /** The catalog variable type (`8` reference, `9` date, …) or a column type; informative. */
  type: string
  /** The table a reference field points at. */
  reference: string
  value: string
  mandatory: boolean
  visible: boolean
  readOnly: boolean
}

/** A message shown under a field (`showFieldMsg`). */
export interface FieldMessage {
  field: string
  message: string
  type: string
}

/** What a script did to the form, in order. */
export interface FormChange {
  action: 'setValue' | 'clearValue' | 'setMandatory' | 'setVisible' | 'setDisplay' | 'setReadOnly'
  field: string
  value: string | boolean
  /** The script (or UI policy) that did it. */
  by: string
}

/** The signed-in user, as `g_user` shows them. */
export interface BrowserUser {
  userName: string
  userID: string
  firstName?: string
  lastName?: string
  roles: string[]
}

/** How a form is opened. */
export interface FormOptions {
  user: BrowserUser
  /** The user's date format (`g_user_date_format`): what date variables hold. Default `yyyy-MM-dd`. */
  dateFormat?: string
  /** Rows `getReference` can answer, by table; each needs a `sys_id`. */
  references?: Record<string, Record<string, string>[]>
  /** Where the form is shown: the Service Portal (`ui_type` 1 or 10) or the desktop UI (0 or 10). */
  ui?: 'portal' | 'desktop'
  /** The catalog UI policies of the form (set by {@link openCatalogItem}). */
  policies?: BuiltCatalogUiPolicy[]
}

/** What a submission did. */
export interface SubmitResult {
  submitted: boolean
  /** The onSubmit script that returned false, if one did. */
  stoppedBy?: string
  /** Visible mandatory fields left empty (the platform refuses those itself, after the scripts). */
  missingMandatory: string[]
}

/** Runs the engine check's client rules before a script runs, as `npm run now:check` would refuse it. */
function gate(code: string, where: string, side: 'client' | 'both', makeError: ErrorFactory): void {
  const problems = checkScript(code, { side }).map((f) => {
    const found = f.rule === 'parse-error' ? undefined : rule(f.rule)
    return `line ${f.line}: ${found ? `${found.feature} (${found.status})` : f.rule}${f.detail ? ` — ${f.detail}` : ''}`
  })
  if (problems.length > 0)
    throw makeError(`${where} uses what the browser or the engine refuses:\n${problems.join('\n')}`)
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']

/**
 * ServiceNow's client date parser (`getDateFromFormat(value, format)`): the local time the value denotes in
 * the Java-style format (`yyyy`, `yy`, `MMM`, `MM`, `M`, `dd`, `d`, `HH`, `H`, `mm`, `ss`), in milliseconds,
 * or 0 when the value does not match the format or names no real date.
 */
export function getDateFromFormat(value: string, format: string): number {
  const input = String(value ?? '')
  let at = 0
  let year = Number.NaN
  let month = 1
  let day = 1
  let hour = 0
  let minute = 0
  let second = 0
  const digits = (min: number, max: number): number | undefined => {
    const match = new RegExp(`^\\d{${min},${max}}`).exec(input.slice(at))
    if (!match) return undefined
    at += match[0].length
    return Number(match[0])
  }
  const tokens = format.match(/(y+|M+|d+|H+|m+|s+|[^yMdHms]+)/g) ?? []
  for (const token of tokens) {
    let n: number | undefined
    switch (token) {
      case 'yyyy':
        n = digits(4, 4)
        if (n === undefined) return 0
        year = n
        break
      case 'yy':
        n = digits(2, 2)
        if (n === undefined) return 0
        year = n + (n > 70 ? 1900 : 2000)
        break
      case 'MMM': {
        const index = MONTHS.indexOf(input.slice(at, at + 3).toLowerCase())
        if (index < 0) return 0
        month = index + 1
        at += 3
        break
      }
      case 'MM':
      case 'M':
      case 'dd':
      case 'd':
      case 'HH':
      case 'H':
      case 'mm':
      case 'ss':
        n = token.length === 2 ? digits(2, 2) : digits(1, 2)
        if (n === undefined) return 0
        if (token[0] === 'M') month = n
        else if (token[0] === 'd') day = n
        else if (token[0] === 'H') hour = n
        else if (token[0] === 'm') minute = n
        else second = n
        break
      default:
        if (/^[yMdHms]/.test(token))
          throw new Error(`getDateFromFormat: format token ${token} is not implemented`)
        if (input.slice(at, at + token.length) !== token) return 0
        at += token.length
    }
  }
  if (at !== input.length || Number.isNaN(year)) return 0
  if (month < 1 || month > 12 || hour > 23 || minute > 59 || second > 59) return 0
  const date = new Date(year, month - 1, day, hour, minute, second)
  if (date.getMonth() !== month - 1 || date.getDate() !== day) return 0
  return date.getTime()
}

/**
 * One open form in the stand-in's browser. Use {@link openCatalogItem} or {@link openRecordForm}; then
 * {@link BrowserForm.change} as the user types, {@link BrowserForm.submit}, {@link BrowserForm.click}.
 */
export class BrowserForm {
  /** The fields by name. */
  readonly fields = new Map<string, FormField>()
  /** Messages under fields, currently shown. */
  readonly fieldMessages: FieldMessage[] = []
  /** Messages at the top of the form (`addInfoMessage`/`addErrorMessage`), currently shown. */
  readonly formMessages: { type: 'info' | 'error'; message: string }[] = []
  /** Every change scripts made, in order. */
  readonly changes: FormChange[] = []
  /** sys_ids of the scripts (and UI actions) that ran. */
  readonly ran = new Set<string>()
  /** The action name `gsftSubmit` submitted the form with, if a UI action did. */
  submittedAction: string | undefined

  private readonly context: vm.Context
  private readonly makeError: ErrorFactory
  private readonly handlers: { script: FormScript; run: (...args: unknown[]) => unknown }[] = []
  private readonly pending: (() => void)[] = []
  private readonly policies: {
    policy: BuiltCatalogUiPolicy
    onTrue?: () => unknown
    onFalse?: () => unknown
  }[] = []
  private running = ''

  constructor(
    /** What the form shows: `sc_cat_item <name>` or a table name. */
    readonly title: string,
    fields: FormField[],
    readonly scripts: FormScript[],
    private readonly options: FormOptions & { columns?: BuiltApp['columns']; recordForm?: boolean },
  ) {
    for (const field of fields) this.fields.set(field.name, { ...field })
    this.context = vm.createContext(
      {},
      { name: `browser ${title}`, codeGeneration: { strings: false, wasm: false } },
    )
    const ContextError = vm.runInContext('Error', this.context) as ErrorConstructor
    this.makeError = (message) => new ContextError(message)
    const globals: Record<string, unknown> = {
      g_form: strict(this.glideForm(), 'g_form', this.makeError),
      g_user: strict(this.glideUser(), 'g_user', this.makeError),
      g_user_date_format: options.dateFormat ?? 'yyyy-MM-dd',
      getDateFromFormat,
    }
    if (options.recordForm) {
      // The desktop form (UI16) runs a UI action's client part with the page's globals; the one a UI
      // action relies on to tell the browser from the server is `window`.
      globals.window = strict({}, 'window', this.makeError)
      globals.gsftSubmit = (_control: unknown, form: unknown, actionName: string) => {
        if (form !== FORM_ELEMENT)
          throw this.makeError('gsftSubmit: the second argument must be g_form.getFormElement()')
        this.submittedAction = actionName
      }
    }
    Object.assign(this.context, globals)
    for (const script of scripts) this.handlers.push({ script, run: this.compile(script) })
    for (const policy of [...(options.policies ?? [])].sort((a, b) => a.order - b.order)) {
      const where = `catalog_ui_policy "${policy.name}" (${policy.sysId})`
      this.policies.push(
        policy.runScripts
          ? {
              policy,
              onTrue: this.compileFunction(policy.scriptTrue, 'onCondition', `${where} script_true`),
              onFalse: this.compileFunction(policy.scriptFalse, 'onCondition', `${where} script_false`),
            }
          : { policy },
      )
    }
  }

  /** A global as scripts see it (`typeof name`), to prove what the browser does and does not offer. */
  typeOf(name: string): string {
    return vm.runInContext(`typeof ${name}`, this.context) as string
  }

  /** The value of a field. */
  value(name: string): string {
    return this.field(name, 'value').value
  }

  /** The messages under a field. */
  messagesOf(name: string): { message: string; type: string }[] {
    return this.fieldMessages.filter((m) => m.field === name).map(({ message, type }) => ({ message, type }))
  }

  /** Loads the form: onLoad scripts, then every onChange script with `isLoading` true. */
  load(): this {
    this.event(() => {
      for (const h of this.handlers.filter((x) => x.script.type === 'onLoad')) this.invoke(h, [])
      for (const h of this.handlers.filter((x) => x.script.type === 'onChange')) {
        const value = this.field(h.script.variableName, 'onChange').value
        this.invoke(h, [null, value, value, true])
      }
      // UI policies apply after the client scripts at load (those marked to run on load).
      this.applyPolicies(undefined)
    })
    return this
  }

  /** The user sets a field (they can only touch visible, editable fields); its onChange scripts run. */
  change(name: string, value: string): this {
    const field = this.field(name, 'change')
    if (!field.visible) throw new Error(`${this.title}: the user cannot see field ${name}`)
    if (field.readOnly) throw new Error(`${this.title}: field ${name} is read-only`)
    this.event(() => this.assign(field, value, 'user'))
    return this
  }

  /**
   * The user submits: every onSubmit script runs in order until one returns false (the platform cancels
   * the submission then); then the platform's own check refuses visible mandatory fields left empty.
   */
  submit(): SubmitResult {
    let stoppedBy: string | undefined
    this.event(() => {
      for (const h of this.handlers.filter((x) => x.script.type === 'onSubmit')) {
        if (this.invoke(h, []) === false) {
          stoppedBy = h.script.name
          return
        }
      }
    })
    const missingMandatory = [...this.fields.values()]
      .filter((f) => f.mandatory && f.visible && f.value === '')
      .map((f) => f.name)
    return {
      submitted: stoppedBy === undefined && missingMandatory.length === 0,
      ...(stoppedBy === undefined ? {} : { stoppedBy }),
      missingMandatory,
    }
  }

  /** Clicks a client UI action's button: runs its script in the page, then its onclick. */
  click(action: BuiltClientUiAction): this {
    if (!this.options.recordForm) throw new Error('UI actions run on a record form (openRecordForm)')
    const where = `sys_ui_action "${action.name}" (${action.sysId})`
    gate(action.script, where, 'both', this.makeError)
    const onclick = vm.runInContext(
      `(function () {\n${action.script}\n;return function () {\n${action.onclick}\n};\n})()`,
      this.context,
      {
        filename: where,
        lineOffset: -1,
      },
    ) as () => unknown
    this.event(() => {
      this.ran.add(action.sysId)
      this.running = action.name
      onclick()
    })
    return this
  }

  // ------------------------------------------------------------------ internals

  private compile(script: FormScript): (...args: unknown[]) => unknown {
    return this.compileFunction(
      script.script,
      script.type,
      `${script.table} "${script.name}" (${script.sysId})`,
    )
  }

  /** Checks a script, runs it in its own scope (as the platform wraps each one) and answers its `name` function. */
  private compileFunction(code: string, name: string, where: string): (...args: unknown[]) => unknown {
    gate(code, where, 'client', this.makeError)
    const fn = vm.runInContext(
      `(function () {\n${code}\n;return typeof ${name} === 'function' ? ${name} : undefined;\n})()`,
      this.context,
      { filename: where, lineOffset: -1 },
    ) as ((...args: unknown[]) => unknown) | undefined
    if (!fn) throw new Error(`${where} defines no ${name} function`)
    return fn
  }

  /**
   * Applies the catalog UI policies: at load (`changed` undefined) those marked on load, after a change
   * those whose condition reads the changed variable. A true condition applies each action's non-`ignore`
   * attributes; a false one reverses them when the policy says so.
   */
  private applyPolicies(changed: string | undefined): void {
    for (const { policy, onTrue, onFalse } of this.policies) {
      const reads = policy.conditions.some((g) => g.some((c) => c.variableName === changed))
      if (changed === undefined ? !policy.onLoad : !reads) continue
      const holds =
        policy.conditions.length === 0 || policy.conditions.some((g) => g.every((c) => this.holds(c)))
      this.ran.add(policy.sysId)
      if (!holds && !policy.reverseIfFalse) continue
      const outer = this.running
      this.running = policy.name
      try {
        for (const action of policy.actions) {
          const field = this.field(action.variableName, `UI policy ${policy.name}`)
          const apply = (attribute: string, change: (on: boolean) => void) => {
            if (attribute === 'ignore') return
            change(holds ? attribute === 'true' : attribute !== 'true')
          }
          apply(action.visible, (on) => {
            field.visible = on
            this.record('setDisplay', field.name, on)
          })
          apply(action.mandatory, (on) => {
            field.mandatory = on
            this.record('setMandatory', field.name, on)
          })
          apply(action.disabled, (on) => {
            field.readOnly = on
            this.record('setReadOnly', field.name, on)
          })
          if (holds && action.cleared) this.assign(field, '', policy.name, 'clearValue')
        }
        ;(holds ? onTrue : onFalse)?.()
      } finally {
        this.running = outer
      }
    }
  }

  private holds(condition: PolicyCondition): boolean {
    const value = this.field(condition.variableName, 'UI policy condition').value
    switch (condition.operator) {
      case '=':
        return value === condition.value
      case '!=':
        return value !== condition.value
      case 'ISEMPTY':
        return value === ''
      case 'ISNOTEMPTY':
        return value !== ''
    }
  }

  private invoke(h: { script: FormScript; run: (...args: unknown[]) => unknown }, args: unknown[]): unknown {
    const outer = this.running
    this.ran.add(h.script.sysId)
    this.running = h.script.name
    try {
      return h.run(...args)
    } finally {
      this.running = outer
    }
  }

  /** One user event: its scripts, then the callbacks they asked for (server answers arrive afterwards). */
  private event(work: () => void): void {
    work()
    while (this.pending.length > 0) this.pending.shift()!()
  }

  private field(name: string, api: string): FormField {
    const field = this.fields.get(String(name))
    if (!field) throw this.makeError(`g_form.${api}('${name}'): ${this.title} has no field ${name}`)
    return field
  }

  private assign(
    field: FormField,
    value: unknown,
    by: string,
    action: FormChange['action'] = 'setValue',
  ): void {
    const next = value === undefined || value === null ? '' : String(value)
    const old = field.value
    field.value = next
    if (by !== 'user') this.changes.push({ action, field: field.name, value: next, by })
    if (old === next) return
    for (const h of this.handlers.filter(
      (x) => x.script.type === 'onChange' && x.script.variableName === field.name,
    ))
      this.invoke(h, [null, old, next, false])
    this.applyPolicies(field.name)
  }

  private record(action: FormChange['action'], field: string, value: boolean): void {
    this.changes.push({ action, field, value, by: this.running })
  }

  /** The `g_form` double: only the documented members the app's scripts use. */
  private glideForm(): object {
    const form = this
    return {
      getValue(name: string) {
        return form.field(name, 'getValue').value
      },
      setValue(name: string, value: unknown) {
        form.assign(form.field(name, 'setValue'), value, form.running)
      },
      clearValue(name: string) {
        form.assign(form.field(name, 'clearValue'), '', form.running, 'clearValue')
      },
      hasField(name: string) {
        return form.fields.has(String(name))
      },
      isMandatory(name: string) {
        return form.field(name, 'isMandatory').mandatory
      },
      setMandatory(name: string, mandatory: unknown) {
        form.field(name, 'setMandatory').mandatory = Boolean(mandatory)
        form.record('setMandatory', name, Boolean(mandatory))
      },
      setVisible(name: string, visible: unknown) {
        form.field(name, 'setVisible').visible = Boolean(visible)
        form.record('setVisible', name, Boolean(visible))
      },
      setDisplay(name: string, display: unknown) {
        form.field(name, 'setDisplay').visible = Boolean(display)
        form.record('setDisplay', name, Boolean(display))
      },
      setReadOnly(name: string, readOnly: unknown) {
        form.field(name, 'setReadOnly').readOnly = Boolean(readOnly)
        form.record('setReadOnly', name, Boolean(readOnly))
      },
      showFieldMsg(name: string, message: unknown, type?: string) {
        form.field(name, 'showFieldMsg')
        const kind = type ?? 'info'
        if (!['info', 'error', 'warning'].includes(kind))
          throw form.makeError(`g_form.showFieldMsg: type must be info, error or warning, not ${kind}`)
        form.fieldMessages.push({ field: name, message: String(message), type: kind })
      },
      hideFieldMsg(name: string, clearAll?: boolean) {
        form.field(name, 'hideFieldMsg')
        const indexes = form.fieldMessages.flatMap((m, i) => (m.field === name ? [i] : []))
        for (const i of (clearAll ? indexes : indexes.slice(-1)).reverse()) form.fieldMessages.splice(i, 1)
      },
      addInfoMessage(message: unknown) {
        form.formMessages.push({ type: 'info', message: String(message) })
      },
      addErrorMessage(message: unknown) {
        form.formMessages.push({ type: 'error', message: String(message) })
      },
      clearMessages() {
        form.formMessages.splice(0)
      },
      getReference(name: string, callback: unknown) {
        const field = form.field(name, 'getReference')
        if (!field.reference)
          throw form.makeError(`g_form.getReference('${name}'): ${name} is no reference field`)
        // Without a callback the call is synchronous, which the Service Portal and mobile do not support.
        if (typeof callback !== 'function')
          throw form.makeError(
            `g_form.getReference('${name}') needs a callback (asynchronous in the Service Portal)`,
          )
        const row = form.referenced(field)
        const by = form.running
        form.pending.push(() => {
          const outer = form.running
          form.running = by
          try {
            ;(callback as (r: unknown) => void)(row)
          } finally {
            form.running = outer
          }
        })
      },
      getFormElement() {
        if (!form.options.recordForm)
          throw notImplemented(form.makeError, 'g_form.getFormElement on a catalog item')
        return FORM_ELEMENT
      },
      getTableName() {
        return form.title
      },
    }
  }

  /** The record a reference field holds, as the client's GlideRecord shows it: its fields, as strings. */
  private referenced(field: FormField): object {
    const table = field.reference
    const row = this.options.references?.[table]?.find((r) => r.sys_id === field.value)
    if (!row) throw new Error(`${this.title}: no ${table} ${field.value} among the form's reference rows`)
    const columns = new Set([
      'sys_id',
      ...Object.keys(row),
      ...(this.options.columns ?? []).filter((c) => c.table === table).map((c) => c.element),
    ])
    const values = Object.fromEntries([...columns].map((c) => [c, row[c] ?? '']))
    return strict(values, `${table} record (g_form.getReference)`, this.makeError)
  }

  /** The `g_user` double. */
  private glideUser(): object {
    const user = this.options.user
    return {
      userName: user.userName,
      userID: user.userID,
      firstName: user.firstName ?? '',
      lastName: user.lastName ?? '',
      hasRole(role: string) {
        return user.roles.includes(role) || user.roles.includes('admin')
      },
      hasRoleExactly(role: string) {
        return user.roles.includes(role)
      },
    }
  }
}

/** What `g_form.getFormElement()` answers: only good for handing to `gsftSubmit`. */
const FORM_ELEMENT = Object.freeze({ form: 'the form element' })

/**
 * Opens a catalog item's form as the Service Portal (or desktop) shows it: its variables and those of its
 * variable sets with their built attributes, and the active catalog client scripts of the item and its
 * sets for that UI; then loads it.
 */
export function openCatalogItem(
  app: BuiltApp,
  itemName: string,
  options: FormOptions & { extraScripts?: FormScript[] },
): BrowserForm {
  const item = app.catalogItems.find((i) => i.name === itemName)
  if (!item) throw new Error(`no catalog item ${itemName} in the build`)
  const ui = options.ui ?? 'portal'
  const uiTypes = ui === 'portal' ? ['1', '10'] : ['0', '10']
  const fields = item.variables.map((v): FormField => {
    const form = app.catalogClient.variables[v.sysId]
    if (!form) throw new Error(`variable ${v.name} (${v.sysId}) has no built record`)
    return {
      name: v.name,
      label: form.label,
      type: v.type,
      reference: v.reference,
      value: form.defaultValue,
      mandatory: form.mandatory,
      visible: !form.hidden,
      readOnly: form.readOnly,
    }
  })
  const scripts: FormScript[] = [
    ...app.catalogClient.scripts.filter(
      (s) => s.active && s.items.includes(item.sysId) && uiTypes.includes(s.uiType),
    ),
    ...(options.extraScripts ?? []),
  ]
  const policies = app.catalogClient.uiPolicies.filter(
    (p) => p.active && p.items.includes(item.sysId) && uiTypes.includes(p.uiType),
  )
  return new BrowserForm(`sc_cat_item ${itemName}`, fields, scripts, {
    ...options,
    policies,
    columns: app.columns,
  }).load()
}

/** Opens a record's form (desktop UI) with the given field values, for its client UI actions. */
export function openRecordForm(
  app: BuiltApp,
  table: string,
  values: Record<string, string>,
  options: FormOptions,
): BrowserForm {
  const fields = Object.entries(values).map(
    ([name, value]): FormField => ({
      name,
      label: name,
      type: '',
      reference: '',
      value,
      mandatory: false,
      visible: true,
      readOnly: false,
    }),
  )
  return new BrowserForm(table, fields, [], {
    ...options,
    columns: app.columns,
    recordForm: true,
    ui: 'desktop',
  }).load()
}
