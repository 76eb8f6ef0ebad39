/**
 * The script engine of the instance stand-in: runs the build's scripts in a `node:vm` context that
 * exposes what an instance's engine in ECMAScript 2021 (ES12) mode exposes and refuses what it refuses —
 * no `Promise`, `globalThis`, `WeakRef`, `FinalizationRegistry`, `SharedArrayBuffer`, `Atomics`, `BigInt`,
 * `Reflect`, `Object.hasOwn`, timers, `process` or Node's `require`; `Number.parseInt`/`parseFloat`,
 * `Array.prototype.at`, Error subclassing and the Function constructor throw — and loads `sys_module`
 * records as the instance does, by their path within the app's scope.
 */
import vm from 'node:vm'
import ts from 'typescript'
import { compare, parseQuery } from '../../../sandboxes/servicenow/query.ts'
import type { BuiltApp, BuiltBusinessRule, BuiltScript } from '../built-app.ts'
import type { Rpc } from '../rpc.ts'
import type { Schema } from '../schema.ts'
import { createGlide, type Glide, type Output, type Session } from './glide.ts'
import { strictNamespace } from './strict.ts'

/**
 * Run inside the context before any script: removes what the engine lacks and makes what it disallows
 * throw. Sources: ServiceNow's "JavaScript engine feature support" table (ES12 mode, server side) and the
 * SDK's JavaScript compatibility guide, as summarised in shared/reference/servicenow/NOTES.md.
 */
const PRELUDE = `
(function (global) {
  var construct = Reflect.construct;
  var disallowed = function (name, status) {
    return function () {
      throw new TypeError(name + ' is ' + status + ' in ECMAScript 2021 (ES12) mode on the instance');
    };
  };
  Number.parseInt = disallowed('Number.parseInt', 'Disallowed');
  Number.parseFloat = disallowed('Number.parseFloat', 'Disallowed');
  Array.prototype.at = disallowed('Array.prototype.at', 'Not Supported');
  Object.getPrototypeOf(Int8Array.prototype).at = disallowed('%TypedArray%.prototype.at', 'Disallowed');
  delete Object.hasOwn;
  ['__defineGetter__', '__defineSetter__', '__lookupGetter__', '__lookupSetter__'].forEach(function (name) {
    delete Object.prototype[name];
  });
  ['Error', 'TypeError', 'RangeError', 'SyntaxError', 'ReferenceError', 'EvalError', 'URIError'].forEach(function (name) {
    var original = global[name];
    var guarded = new Proxy(original, {
      construct: function (target, args, newTarget) {
        if (newTarget !== guarded) throw new TypeError('Error subclassing (class extends ' + name + ') is Disallowed in ECMAScript 2021 (ES12) mode on the instance');
        return construct(target, args);
      },
    });
    original.prototype.constructor = guarded;
    global[name] = guarded;
  });
  delete Error.captureStackTrace;
  ['Promise', 'WeakRef', 'FinalizationRegistry', 'SharedArrayBuffer', 'Atomics', 'BigInt', 'BigInt64Array',
   'BigUint64Array', 'Reflect', 'WebAssembly', 'queueMicrotask', 'structuredClone', 'globalThis'].forEach(function (name) {
    delete global[name];
  });
})(this);
`

/** A script that the static engine check would refuse: the stand-in refuses to run it too. */
export type ScriptGate = (code: string, where: string, kind: 'module' | 'script') => string[]

/** The engine of one stand-in instance. */
export class Engine {
  readonly context: vm.Context
  readonly glide: Glide
  private readonly modules = new Map<string, Record<string, unknown>>()
  private readonly sessions: Session[] = []
  private output: Output = { info: [], error: [], logs: [] }
  private offsetMs = 0
  private readonly makeError: (message: string) => Error
  private gate: ScriptGate | undefined

  constructor(
    readonly app: BuiltApp,
    readonly schema: Schema,
    readonly rpc: Rpc,
  ) {
    this.context = vm.createContext({}, { name: 'instance', codeGeneration: { strings: false, wasm: false } })
    vm.runInContext(PRELUDE, this.context)
    const ContextError = vm.runInContext('Error', this.context) as ErrorConstructor
    this.makeError = (message) => new ContextError(message)
    this.glide = createGlide({
      rpc,
      schema,
      app,
      makeError: this.makeError,
      session: () => this.session(),
      output: () => this.output,
      now: () => Date.now() + this.offsetMs,
      businessRules: (when, action, current, previous) => this.businessRules(when, action, current, previous),
    })
    const g = this.glide
    const notHere = (name: string) =>
      function unavailable() {
        throw new ContextError(`${name} is not implemented by the instance stand-in`)
      }
    Object.assign(this.context, {
      gs: g.gs,
      GlideRecord: g.GlideRecord,
      GlideRecordSecure: g.GlideRecord,
      GlideDateTime: g.GlideDateTime,
      GlideAggregate: notHere('GlideAggregate'),
      GlideAjax: notHere('GlideAjax'),
      GlideSysAttachment: notHere('GlideSysAttachment'),
      sn_ws: strictNamespace({ RESTMessageV2: g.RESTMessageV2 }, 'sn_ws', this.makeError),
      sn_cc: strictNamespace(
        {
          StandardCredentialsProvider: g.StandardCredentialsProvider,
          ConnectionInfoProvider: g.ConnectionInfoProvider,
        },
        'sn_cc',
        this.makeError,
      ),
      Class: {
        create: () =>
          function created(this: { initialize?: (...a: unknown[]) => void }, ...args: unknown[]) {
            this.initialize?.(...args)
          },
      },
      require: (path: string) => this.require(path, ''),
    })
  }

  /** Checks every script before it runs (the engine check's rules). */
  setGate(gate: ScriptGate): void {
    this.gate = gate
  }

  /** Moves the instance clock (GlideDateTime) by `ms`. */
  advanceClock(ms: number): void {
    this.offsetMs += ms
  }

  /** The session scripts run as now. */
  session(): Session {
    return this.sessions.at(-1) ?? { userId: '', userName: 'guest', roles: [], system: false }
  }

  /** Runs `work` as `session`, collecting what scripts show; answers its result and the messages. */
  as<T>(session: Session, work: () => T): { value: T; output: Output } {
    const outer = this.output
    this.output = { info: [], error: [], logs: [] }
    this.sessions.push(session)
    try {
      const value = work()
      return { value, output: this.output }
    } finally {
      this.sessions.pop()
      const inner = this.output
      this.output = outer
      outer.logs.push(...inner.logs)
    }
  }

  // ---------------------------------------------------------------- modules

  /** `require()` as the instance resolves it: the app's sys_module paths, and the Glide namespaces. */
  require(specifier: string, from: string): Record<string, unknown> {
    const g = this.glide
    if (specifier === '@servicenow/glide')
      return strictNamespace(
        {
          gs: g.gs,
          GlideRecord: g.GlideRecord,
          GlideRecordSecure: g.GlideRecord,
          GlideDateTime: g.GlideDateTime,
        },
        '@servicenow/glide',
        this.makeError,
      )
    if (specifier === '@servicenow/glide/sn_ws')
      return strictNamespace({ RESTMessageV2: g.RESTMessageV2 }, 'sn_ws', this.makeError)
    if (specifier === '@servicenow/glide/sn_cc')
      return strictNamespace(
        {
          StandardCredentialsProvider: g.StandardCredentialsProvider,
          ConnectionInfoProvider: g.ConnectionInfoProvider,
        },
        'sn_cc',
        this.makeError,
      )
    let path = specifier
    if (specifier.startsWith('./') || specifier.startsWith('../')) {
      const base = from.split('/').slice(0, -1)
      for (const part of specifier.split('/')) {
        if (part === '..') base.pop()
        else if (part !== '.') base.push(part)
      }
      path = base.join('/')
    }
    const cached = this.modules.get(path)
    if (cached) return cached
    const module = this.app.modules[path]
    if (!module)
      throw this.makeError(
        `Cannot find module '${specifier}'${from ? ` from ${from}` : ''} (no sys_module at that path)`,
      )
    this.check(module.script, `sys_module ${path}`, 'module')
    // The instance loads ES modules natively; here the module syntax becomes CommonJS and nothing else
    // changes (target ES2022: no down-levelling, so what the engine refuses stays refused).
    const { outputText } = ts.transpileModule(module.script, {
      compilerOptions: {
        module: ts.ModuleKind.CommonJS,
        target: ts.ScriptTarget.ES2022,
        removeComments: false,
      },
      fileName: path.replace(/\.ts$/, '.js'),
    })
    const exports = vm.runInContext('({})', this.context) as Record<string, unknown>
    this.modules.set(path, exports)
    const wrapper = vm.runInContext(`(function (exports, require, module) {${outputText}\n})`, this.context, {
      filename: path,
    }) as (e: unknown, r: unknown, m: unknown) => void
    try {
      wrapper(exports, (next: string) => this.require(next, path), { exports })
    } catch (error) {
      this.modules.delete(path)
      throw error
    }
    return exports
  }

  private check(code: string, where: string, kind: 'module' | 'script'): void {
    const problems = this.gate?.(code, where, kind) ?? []
    if (problems.length > 0)
      throw this.makeError(`${where} uses what the instance's engine refuses:\n${problems.join('\n')}`)
  }

  // ---------------------------------------------------------------- scripts

  /**
   * Runs one script as the instance does: its bindings (`current`, `inputs`, `data`, …) as variables of
   * the script's scope, answering the script's completion value.
   */
  run(
    script: Pick<BuiltScript, 'script' | 'table' | 'name' | 'sysId'>,
    bindings: Record<string, unknown> = {},
  ): unknown {
    const where = `${script.table} "${script.name}" (${script.sysId})`
    this.check(script.script, where, 'script')
    const global = this.context as Record<string, unknown>
    const saved = new Map<string, unknown>()
    for (const [name, value] of Object.entries(bindings)) {
      saved.set(name, global[name])
      global[name] = value
    }
    try {
      // Each script gets its own scope, as on the instance (a business rule's `const` must not collide
      // with the next run's); a block keeps the script's completion value, which ATF steps return.
      return new vm.Script(`{\n${script.script}\n}`, { filename: where, lineOffset: -1 }).runInContext(
        this.context,
      )
    } finally {
      for (const [name, value] of saved) {
        if (value === undefined) delete global[name]
        else global[name] = value
      }
    }
  }

  /** Builds a plain object in the script realm (for `inputs`, `outputs`, `data`). */
  object(values: Record<string, unknown> = {}): Record<string, unknown> {
    const target = vm.runInContext('({})', this.context) as Record<string, unknown>
    return Object.assign(target, values)
  }

  // ---------------------------------------------------------------- business rules

  private businessRules(
    when: 'before' | 'after',
    action: 'insert' | 'update' | 'delete',
    current: unknown,
    previous: unknown,
  ): boolean {
    const record = current as { getTableName(): string; isActionAborted(): boolean }
    const rules = this.app.businessRules
      .filter(
        (r) =>
          r.active && r.collection === record.getTableName() && r.when === when && r.actions.includes(action),
      )
      .sort((a, b) => a.order - b.order)
    for (const rule of rules) {
      if (!this.ruleApplies(rule, current)) continue
      this.run(rule, { current, previous })
      if (when === 'before' && record.isActionAborted()) return true
    }
    return false
  }

  /** Whether a rule's filter condition (an encoded query on `current`) holds. */
  private ruleApplies(rule: BuiltBusinessRule, current: unknown): boolean {
    if (rule.condition)
      throw this.makeError(
        `business rule ${rule.name}: script conditions are not implemented by the stand-in`,
      )
    const record = current as { getValue(field: string): string | null; getTableName(): string }
    const query = parseQuery(rule.filterCondition)
    const columns = this.schema[record.getTableName()]!.columns
    return query.groups.every((group) =>
      group.some((c) => {
        const column = columns[c.field]
        if (!column)
          throw this.makeError(`business rule ${rule.name}: ${record.getTableName()} has no field ${c.field}`)
        let value = record.getValue(c.field) ?? ''
        if (column.type === 'boolean') value = value === '1' ? 'true' : 'false'
        return compare(c.operator, value, c.value)
      }),
    )
  }
}
