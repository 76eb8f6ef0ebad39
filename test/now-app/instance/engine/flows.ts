/**
 * Flow Designer, as far as the app's flows use it, running the BUILT flows: the steps of `sys_hub_flow`
 * in their `order`, nested by `parent_ui_id` (If / Else If / Else / End flow), data pills resolved from the
 * trigger, the subflow's inputs and earlier steps' outputs, the app's custom actions run through their
 * script steps (the scripts as the build ships them), and the core actions the flows call — Update
 * Record, Create Catalog Task, Ask For Approval — with their documented effects. A flow waiting for an
 * approval pauses (a generator) until the approval is decided, then resumes. A core action or logic the
 * stand-in does not implement stops the run, naming it.
 */
import { compare, type QueryOperator } from '../../../sandboxes/servicenow/query.ts'
import type { BuiltAction, BuiltFlow, FlowStep } from '../built-app.ts'
import type { Engine } from './engine.ts'
import type { Session } from './glide.ts'

/** Flow logic definitions (`sys_hub_flow_logic_definition`), as the SDK writes them. */
const LOGIC = {
  if: 'af4e1945c3e232002841b63b12d3ae3e',
  elseIf: '666e5545c3e232002841b63b12d3ae99',
  else: '1f781bf3c32232002841b63b12d3aee6',
  endFlow: 'd176605ea76103004f27b0d2187901c7',
} as const

/** Core actions (`sys_hub_action_type_definition` of the platform), as the SDK writes them. */
const CORE = {
  updateRecord: 'f9d01dd2c31332002841b63b12d3aea1',
  createCatalogTask: 'af51fd0e73141300612c273ffff6a785',
  askForApproval: 'f8f2e9920b10030085c083eb37673abd',
} as const

/** The System user flows run as (`run_as: system`). */
export const SYSTEM: Session = { userId: '', userName: 'system', roles: [], system: true }

/** One executed step, for assertions on the order. */
export interface StepTrace {
  flow: string
  kind: FlowStep['kind']
  name: string
  comment: string
}

/** What a run is waiting for. */
export interface Waiting {
  approvals: string[]
  record: string
}

/** A flow run: paused on an approval, or finished. */
export interface FlowRunState {
  id: string
  flow: string
  status: 'waiting' | 'complete' | 'error'
  waiting?: Waiting
  error?: string
  trace: StepTrace[]
}

type Values = Record<string, Record<string, string>>
type Run = Generator<Waiting, 'end' | 'done', void>

/** Ends the whole flow (End flow inside a subflow ends the subflow only, as in Flow Designer). */
const END = Symbol('end flow')

/** Runs the app's flows on the engine. */
export class FlowEngine {
  private readonly runs = new Map<string, { generator: Run; state: FlowRunState }>()
  private count = 0

  constructor(private readonly engine: Engine) {}

  private flow(sysId: string): BuiltFlow {
    const flow = this.engine.app.flows.find((f) => f.sysId === sysId)
    if (!flow) throw new Error(`no flow ${sysId} in the build`)
    return flow
  }

  /** Starts the flow of a catalog item for a requested item (the Service Catalog trigger). */
  startCatalogFlow(flowSysId: string, requestedItem: string): FlowRunState {
    const flow = this.flow(flowSysId)
    if (flow.triggerType !== 'service_catalog')
      throw new Error(`${flow.name} is not triggered by the catalog`)
    const id = `run${++this.count}`
    const state: FlowRunState = { id, flow: flow.name, status: 'waiting', trace: [] }
    // The trigger's outputs, under the data pill name the SDK gives the Service Catalog trigger.
    const values: Values = { 'Service Catalog_1': { request_item: requestedItem } }
    const generator = this.steps(flow, values, '', state)
    this.runs.set(id, { generator, state })
    return this.advance(id)
  }

  /** Resumes every run waiting on an approval that has been decided. */
  resume(): FlowRunState[] {
    const resumed: FlowRunState[] = []
    for (const [id, run] of this.runs) {
      if (run.state.status !== 'waiting' || !run.state.waiting) continue
      if (!this.decided(run.state.waiting)) continue
      resumed.push(this.advance(id))
    }
    return resumed
  }

  /** The state of a run. */
  state(id: string): FlowRunState {
    const run = this.runs.get(id)
    if (!run) throw new Error(`no flow run ${id}`)
    return run.state
  }

  private advance(id: string): FlowRunState {
    const run = this.runs.get(id)!
    try {
      const step = this.engine.as(SYSTEM, () => run.generator.next()).value
      if (step.done) {
        run.state.status = 'complete'
        delete run.state.waiting
      } else {
        run.state.status = 'waiting'
        run.state.waiting = step.value
      }
    } catch (error) {
      run.state.status = 'error'
      run.state.error = error instanceof Error ? (error.stack ?? error.message) : String(error)
    }
    return { ...run.state, trace: [...run.state.trace] }
  }

  private decided(waiting: Waiting): boolean {
    return waiting.approvals.some((id) => {
      const approval = this.engine.glide.newGlideRecord('sysapproval_approver') as unknown as {
        get(id: string): boolean
        getValue(f: string): string | null
      }
      return this.engine.as(SYSTEM, () => approval.get(id) && approval.getValue('state') !== 'requested')
        .value
    })
  }

  // ---------------------------------------------------------------- interpretation

  /** Runs the children of `parent` in order; answers 'end' when End flow ran. */
  private *steps(flow: BuiltFlow, values: Values, parent: string, state: FlowRunState): Run {
    const children = flow.steps.filter((s) => s.parentUiId === parent)
    let branchTaken = false
    for (const step of children) {
      if (step.kind === 'logic') {
        if (step.definition === LOGIC.endFlow) {
          state.trace.push({ flow: flow.name, kind: 'logic', name: 'End flow', comment: step.comment })
          return 'end'
        }
        if (
          step.definition === LOGIC.if ||
          step.definition === LOGIC.elseIf ||
          step.definition === LOGIC.else
        ) {
          if (step.definition === LOGIC.if) branchTaken = false
          if (branchTaken) continue
          const condition = step.inputs.find((i) => i.name === 'condition')?.value ?? ''
          const holds = step.definition === LOGIC.else || this.condition(condition, values)
          state.trace.push({
            flow: flow.name,
            kind: 'logic',
            name: `${step.definition === LOGIC.if ? 'If' : step.definition === LOGIC.elseIf ? 'Else If' : 'Else'} ${condition} → ${holds}`,
            comment: step.comment,
          })
          if (!holds) continue
          branchTaken = true
          if ((yield* this.steps(flow, values, step.uiId, state)) === 'end') return 'end'
          continue
        }
        throw new Error(
          `${flow.name}: flow logic ${step.definition} is not implemented by the instance stand-in`,
        )
      }
      if (step.kind === 'subflow') {
        const subflow = this.flow(step.definition)
        const inputs: Record<string, string> = {}
        for (const input of step.inputs) inputs[input.name] = this.pills(input.value, values)
        state.trace.push({ flow: flow.name, kind: 'subflow', name: subflow.name, comment: step.comment })
        yield* this.steps(subflow, { subflow: inputs }, '', state)
        continue
      }
      const inputs: Record<string, string> = {}
      for (const input of step.inputs) inputs[input.name] = input.value
      const action = this.engine.app.actions.find((a) => a.sysId === step.definition)
      state.trace.push({
        flow: flow.name,
        kind: 'action',
        name: action?.name ?? coreName(step.definition),
        comment: step.comment,
      })
      values[step.uiId] = action
        ? this.customAction(action, inputs, values)
        : yield* this.coreAction(step.definition, inputs, values)
    }
    return 'done'
  }

  /** `{{pill}}` → its value; a pill naming nothing is an error (Flow Designer would show it broken). */
  private pills(template: string, values: Values): string {
    return template.replace(/\{\{([^}]+)\}\}/g, (_whole, pill: string) => {
      const dot = pill.lastIndexOf('.')
      const scope = values[pill.slice(0, dot)]
      if (!scope) throw new Error(`data pill {{${pill}}} refers to nothing that ran before it`)
      return scope[pill.slice(dot + 1)] ?? ''
    })
  }

  /** A flow condition: `^`-joined comparisons of data pills (`{{a.b}}=x`, `…ISNOTEMPTY`, `…!=y`). */
  private condition(condition: string, values: Values): boolean {
    return condition
      .split('^')
      .filter((part) => part !== '' && part !== 'EQ')
      .every((part) =>
        part.split(/\^?OR(?=\{\{)/).some((alternative) => {
          const match = /^(\{\{[^}]+\}\})(ISNOTEMPTY|ISEMPTY|!=|=)([\s\S]*)$/.exec(alternative)
          if (!match)
            throw new Error(`flow condition "${alternative}" is not implemented by the instance stand-in`)
          const [, pill, operator, value] = match
          return compare(operator as QueryOperator, this.pills(pill!, values), value!)
        }),
      )
  }

  /** A custom action: its script steps run in order with `inputs` and `outputs`, then its output mappings. */
  private customAction(
    action: BuiltAction,
    raw: Record<string, string>,
    values: Values,
  ): Record<string, string> {
    const actionInputs: Record<string, string> = {}
    for (const name of action.inputs) actionInputs[name] = this.pills(raw[name] ?? '', values)
    const scope: Values = { action: actionInputs }
    for (const step of action.steps) {
      const inputs = this.engine.object()
      for (const input of step.inputs) inputs[input.name] = this.pills(input.value, scope)
      const outputs = this.engine.object()
      this.engine.run(
        {
          script: step.script,
          table: 'sys_hub_action_type_definition',
          name: action.name,
          sysId: action.sysId,
        },
        { inputs, outputs },
      )
      const out: Record<string, string> = {}
      for (const name of step.outputs) out[name] = outputs[name] === undefined ? '' : String(outputs[name])
      scope[`step[${step.uiId}]`] = out
    }
    const result: Record<string, string> = {}
    for (const assignment of action.assignments) result[assignment.name] = this.pills(assignment.value, scope)
    return result
  }

  /** The core actions the app's flows call. */
  private *coreAction(
    definition: string,
    raw: Record<string, string>,
    values: Values,
  ): Generator<Waiting, Record<string, string>, void> {
    const glide = this.engine.glide
    type Record_ = {
      get(id: string): boolean
      setValue(f: string, v: string): void
      getValue(f: string): string | null
      update(): string | null
      insert(): string | null
      initialize(): void
      getUniqueValue(): string
    }
    const record = (table: string) => glide.newGlideRecord(table) as unknown as Record_
    if (definition === CORE.updateRecord) {
      const table = this.pills(raw.table_name ?? '', values)
      const sysId = this.pills(raw.record ?? '', values)
      const target = record(table)
      if (!target.get(sysId)) throw new Error(`Update Record: no ${table} record ${sysId}`)
      for (const [field, value] of templateFields(raw.values ?? ''))
        target.setValue(field, this.pills(value, values))
      target.update()
      return { table_name: table, record: sysId }
    }
    if (definition === CORE.createCatalogTask) {
      const item = this.pills(raw.ah_requested_item ?? '', values)
      const task = record(this.pills(raw.ah_table_name || 'sc_task', values))
      task.initialize()
      task.setValue('request_item', item)
      task.setValue('short_description', this.pills(raw.ah_short_description ?? '', values))
      for (const [field, value] of templateFields(raw.ah_fields ?? ''))
        task.setValue(field, this.pills(value, values))
      const sysId = task.insert() ?? ''
      if (raw.ah_wait === 'true')
        throw new Error('Create Catalog Task with "wait" is not implemented by the instance stand-in')
      return { catalog_task: sysId }
    }
    if (definition === CORE.askForApproval) {
      const table = this.pills(raw.table ?? '', values)
      const sysId = this.pills(raw.record ?? '', values)
      const rules = raw.approval_conditions ?? ''
      const match = /^ApprovesRejectsAnyU\[([^\]]*)\](?:G\[([^\]]*)\])?$/.exec(rules)
      if (!match)
        throw new Error(`Ask For Approval rule "${rules}" is not implemented by the instance stand-in`)
      const users = this.pills(match[1] ?? '', values)
        .split(',')
        .filter(Boolean)
      const groups = this.pills(match[2] ?? '', values)
        .split(',')
        .filter(Boolean)
      for (const group of groups) {
        const member = record('sys_user_grmember') as unknown as Record_ & {
          addQuery(f: string, v: string): void
          query(): void
          next(): boolean
        }
        member.addQuery('group', group)
        member.query()
        while (member.next()) users.push(member.getValue('user') ?? '')
      }
      if (users.length === 0)
        throw new Error('Ask For Approval: no approver (the rule names no user and no group member)')
      const item = record(table)
      if (!item.get(sysId)) throw new Error(`Ask For Approval: no ${table} record ${sysId}`)
      item.setValue('approval', 'requested')
      item.update()
      const approvals: string[] = []
      for (const user of [...new Set(users)]) {
        const approval = record('sysapproval_approver')
        approval.initialize()
        approval.setValue('sysapproval', sysId)
        approval.setValue('document_id', sysId)
        approval.setValue('source_table', table)
        approval.setValue('approver', user)
        approval.setValue('state', 'requested')
        approvals.push(approval.insert() ?? '')
      }
      yield { approvals, record: sysId }
      // "Approves or rejects: anyone": the first decision decides; the other approvals are no longer required.
      let decision = ''
      for (const id of approvals) {
        const approval = record('sysapproval_approver')
        if (!approval.get(id)) continue
        const state = approval.getValue('state') ?? ''
        if (!decision && (state === 'approved' || state === 'rejected')) decision = state
        else if (state === 'requested') {
          approval.setValue('state', 'not_required')
          approval.update()
        }
      }
      item.get(sysId)
      item.setValue('approval', decision)
      item.update()
      return { approval_state: decision }
    }
    throw new Error(`core action ${definition} is not implemented by the instance stand-in`)
  }
}

/** A template value (`field=value^field=value^EQ`) as pairs; data pills inside values stay for later. */
export function templateFields(template: string): [string, string][] {
  // Fields are split before pills are resolved, as Flow Designer does: a work note with "^" stays whole.
  return template
    .split(/\^(?=[a-z0-9_]+=|EQ$)/)
    .filter((part) => part !== '' && part !== 'EQ')
    .map((part) => {
      const at = part.indexOf('=')
      return [part.slice(0, at), part.slice(at + 1)] as [string, string]
    })
}

function coreName(definition: string): string {
  const found = Object.entries(CORE).find(([, id]) => id === definition)
  return found ? found[0] : definition
}

void END
