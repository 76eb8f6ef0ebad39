/**
 * The engine worker: the instance's script thread. It receives the built app and the schema, runs the
 * commands the main thread sends (order a catalog item, decide an approval, click a UI action, load a
 * widget, run a fix script or a scheduled job, call a script include, run an ATF script) and makes every database read and
 * HTTP call as a blocking call to the main thread (rpc.ts), as an instance's scripts block.
 */
import { type MessagePort, parentPort, workerData } from 'node:worker_threads'
import { checkScript } from '../../../../scripts/now-check/check.ts'
import { rule } from '../../../../scripts/now-check/rules.ts'
import type { SnRecord } from '../../../sandboxes/servicenow/index.ts'
import type { BuiltApp } from '../built-app.ts'
import { rpcClient } from '../rpc.ts'
import type { Schema } from '../schema.ts'
import { Engine, type ScriptGate } from './engine.ts'
import { FlowEngine, SYSTEM } from './flows.ts'
import type { Output, Session } from './glide.ts'

const { app, schema, port, flag } = workerData as {
  app: BuiltApp
  schema: Schema
  port: MessagePort
  flag: Int32Array
}

const rpc = rpcClient(port, flag)
const engine = new Engine(app, schema, rpc)
const flows = new FlowEngine(engine)

/** Every script passes the engine check (npm run now:check's rules) before it runs, as it would fail to. */
const gate: ScriptGate = (code, _where, kind) =>
  checkScript(code, { side: 'server', module: kind === 'module' }).map((f) => {
    const found = f.rule === 'parse-error' ? undefined : rule(f.rule)
    return `line ${f.line}: ${found ? `${found.feature} (${found.status})` : f.rule}${f.detail ? ` — ${f.detail}` : ''}`
  })
engine.setGate(gate)

type GR = {
  get(a: string, b?: string): boolean
  getValue(f: string): string | null
  setValue(f: string, v: unknown): void
  getUniqueValue(): string
  initialize(): void
  insert(): string | null
  update(): string | null
  isActionAborted(): boolean
}
const record = (table: string) => engine.glide.newGlideRecord(table) as unknown as GR

/** The session of a user, by user name (roles from sys_user_has_role). */
function sessionOf(userName: string | undefined): Session {
  if (!userName || userName === 'system') return SYSTEM
  const user = rpc<SnRecord[]>('query', 'sys_user', `user_name=${userName}`, 1)[0]
  if (!user) throw new Error(`no sys_user ${userName}`)
  const roles = rpc<SnRecord[]>('query', 'sys_user_has_role', `user=${user.sys_id}`, 0).map(
    (r) => rpc<SnRecord | undefined>('get', 'sys_user_role', r.role ?? '')?.name ?? '',
  )
  return { userId: user.sys_id ?? '', userName, roles, system: false }
}

/** The answer of a command: its value and what scripts showed (form messages) and logged. */
interface Answer {
  value: unknown
  output: Output
}

const commands: Record<string, (args: never) => Answer> = {
  /** Orders a catalog item as a user: request, requested item, variables; then its flow starts. */
  order(args: { item: string; variables: Record<string, string>; user: string; requestedFor?: string }) {
    const session = sessionOf(args.user)
    const item = app.catalogItems.find((i) => i.name === args.item)
    if (!item) throw new Error(`no catalog item "${args.item}" in the build`)
    return engine.as(session, () => {
      for (const name of Object.keys(args.variables)) {
        if (!item.variables.some((v) => v.name === name))
          throw new Error(`${item.name} has no variable ${name}`)
      }
      const requestedFor = args.requestedFor ? sessionOf(args.requestedFor).userId : session.userId
      const request = record('sc_request')
      request.initialize()
      request.setValue('opened_by', session.userId)
      request.setValue('requested_for', requestedFor)
      const requestId = request.insert() ?? ''
      const ritm = record('sc_req_item')
      ritm.initialize()
      ritm.setValue('request', requestId)
      ritm.setValue('cat_item', item.sysId)
      ritm.setValue('opened_by', session.userId)
      ritm.setValue('requested_for', requestedFor)
      ritm.setValue('short_description', item.name)
      const itemId = ritm.insert() ?? ''
      for (const variable of item.variables) {
        const option = record('sc_item_option')
        option.initialize()
        option.setValue('item_option_new', variable.sysId)
        option.setValue('value', args.variables[variable.name] ?? '')
        const optionId = option.insert() ?? ''
        const link = record('sc_item_option_mtom')
        link.initialize()
        link.setValue('request_item', itemId)
        link.setValue('sc_item_option', optionId)
        link.insert()
      }
      // The catalog starts the item's flow only when that flow is active on the instance.
      const flow = record('sys_hub_flow')
      const active = flow.get(item.flow) && flow.getValue('active') === '1'
      const run = active ? flows.startCatalogFlow(item.flow, itemId) : undefined
      return { item: itemId, request: requestId, run }
    })
  },

  /** An approver approves or rejects (with a comment), as from the approval form. */
  decide(args: { approval: string; user: string; state: 'approved' | 'rejected'; comment?: string }) {
    return engine.as(sessionOf(args.user), () => {
      const approval = record('sysapproval_approver')
      if (!approval.get(args.approval)) throw new Error(`no approval ${args.approval}`)
      approval.setValue('state', args.state)
      if (args.comment) approval.setValue('comments', args.comment)
      const saved = approval.update()
      return { saved: saved !== null, aborted: approval.isActionAborted() }
    })
  },

  /** Lets the flow engine pick up decided approvals. */
  resume() {
    return { value: flows.resume(), output: { info: [], error: [], logs: [] } }
  },

  /** A flow run's state. */
  run(args: { id: string }) {
    return { value: flows.state(args.id), output: { info: [], error: [], logs: [] } }
  },

  /** Clicks a UI action on a form: `form` holds what the user typed and has not saved. */
  uiAction(args: {
    name: string
    table: string
    sysId: string
    user: string
    form?: Record<string, string>
  }) {
    const action = app.uiActions.find((a) => a.name === args.name && a.tableName === args.table)
    if (!action) throw new Error(`no UI action "${args.name}" on ${args.table} in the build`)
    const session = sessionOf(args.user)
    return engine.as(session, () => {
      if (
        !session.system &&
        action.roles.length > 0 &&
        !action.roles.some((r) => session.roles.includes(r) || session.roles.includes('admin'))
      )
        return { shown: false, redirect: '' }
      const current = record(args.table)
      if (!current.get(args.sysId)) throw new Error(`no ${args.table} ${args.sysId}`)
      // The form shows the button only when the action's condition holds for the saved record.
      if (action.condition && !engine.run({ ...action, script: action.condition }, { current }))
        return { shown: false, redirect: '' }
      for (const [field, value] of Object.entries(args.form ?? {})) current.setValue(field, value)
      let redirect = ''
      const actionDouble = {
        setRedirectURL: (target: unknown) => {
          redirect = typeof target === 'string' ? target : `${args.table}.do?sys_id=${args.sysId}`
        },
        setReturnURL: (target: unknown) => {
          redirect = String(target)
        },
      }
      engine.run(action, { current, action: actionDouble })
      return { shown: true, redirect }
    })
  },

  /** Loads a Service Portal widget's server script as a user: answers its `data`. */
  widget(args: { id: string; user: string; input?: Record<string, unknown> }) {
    const widget = app.widgets.find((w) => w.id === args.id)
    if (!widget) throw new Error(`no widget ${args.id} in the build`)
    return engine.as(sessionOf(args.user), () => {
      const data = engine.object()
      engine.run(widget, {
        data,
        input: args.input ? engine.object(args.input) : undefined,
        options: engine.object(),
      })
      return JSON.parse(JSON.stringify(data))
    })
  },

  /** Runs a fix script as an admin would. */
  fixScript(args: { name: string; user?: string }) {
    const fix = app.fixScripts.find((f) => f.name === args.name)
    if (!fix) throw new Error(`no fix script "${args.name}" in the build`)
    return engine.as(sessionOf(args.user), () => {
      engine.run(fix)
      return null
    })
  },

  /** Runs a scheduled job (`sysauto_script`) by name, as the scheduler does: as system. */
  scheduledJob(args: { name: string }) {
    const job = app.scheduledJobs.find((j) => j.name === args.name)
    if (!job) throw new Error(`no scheduled job "${args.name}" in the build`)
    return engine.as(SYSTEM, () => {
      engine.run(job)
      return null
    })
  },

  /** Calls a script include's method (as a reference qualifier does): `new Name().method(...args)`. */
  scriptInclude(args: { name: string; method: string; args?: unknown[]; user: string }) {
    const include = app.scriptIncludes.find((s) => s.name === args.name)
    if (!include) throw new Error(`no script include ${args.name} in the build`)
    return engine.as(sessionOf(args.user), () => {
      engine.run(include)
      const ctor = (engine.context as Record<string, unknown>)[include.name] as new () => Record<
        string,
        (...a: unknown[]) => unknown
      >
      return new ctor()[args.method]!(...(args.args ?? []))
    })
  },

  /** Runs any built script (an ATF step, a business rule by hand) with bindings, as a user. */
  script(args: { table: string; sysId: string; user?: string }) {
    const all = [
      ...app.fixScripts,
      ...app.scheduledJobs,
      ...app.atfSteps,
      ...app.businessRules,
      ...app.uiActions,
      ...app.widgets,
    ]
    const script = all.find((s) => s.sysId === args.sysId && s.table === args.table)
    if (!script) throw new Error(`no ${args.table} ${args.sysId} in the build`)
    return engine.as(sessionOf(args.user), () => engine.run(script))
  },

  /** Runs a script given as text (the stand-in's own tests: what the engine refuses, what fails loudly). */
  adhoc(args: { script: string; user?: string; gate?: boolean }) {
    // Without the gate, the engine's own run-time refusals are what a test sees.
    if (args.gate === false) engine.setGate(() => [])
    try {
      return engine.as(sessionOf(args.user), () =>
        engine.run({ script: args.script, table: 'adhoc', name: 'test script', sysId: '-' }),
      )
    } finally {
      engine.setGate(gate)
    }
  },

  /** Moves the instance clock. */
  clock(args: { ms: number }) {
    engine.advanceClock(args.ms)
    return { value: null, output: { info: [], error: [], logs: [] } }
  },
}

parentPort!.on('message', ({ id, command, args }: { id: number; command: string; args: unknown }) => {
  try {
    const handler = commands[command]
    if (!handler) throw new Error(`no command ${command}`)
    const answer = handler(args as never)
    parentPort!.postMessage({ id, ok: true, value: JSON.parse(JSON.stringify(answer ?? null)) })
  } catch (error) {
    parentPort!.postMessage({
      id,
      ok: false,
      error: error instanceof Error ? (error.stack ?? error.message) : String(error),
    })
  }
})
parentPort!.postMessage({ ready: true })
