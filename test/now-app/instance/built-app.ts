/**
 * The ServiceNow app as the instance stand-in sees it: every record of the build output (`dist/app`),
 * decoded into plain data the engine worker can run — server modules by path, the scripts of business
 * rules, UI actions, fix scripts, script includes, widgets and Flow actions, the flows with their steps in
 * order, the REST message, the catalog items and their variables, the dictionary, the properties and the
 * Platform Analytics dashboard with its widgets.
 *
 * Nothing here comes from the TypeScript sources: a record the build does not ship does not exist for the
 * stand-in, and a script runs exactly as the XML carries it.
 */
import { gunzipSync } from 'node:zlib'
import { type BuiltRecord, builtRecords, recordsOf, text } from '../support/build.ts'
import { type CatalogClient, loadCatalogClient } from './client/catalog-scripts.ts'

/** A script the build ships, with where it comes from (for messages). */
export interface BuiltScript {
  table: string
  sysId: string
  name: string
  file: string
  script: string
}

/** A business rule (`sys_script`). */
export interface BuiltBusinessRule extends BuiltScript {
  collection: string
  when: string
  actions: ('insert' | 'update' | 'delete' | 'query')[]
  filterCondition: string
  condition: string
  order: number
  active: boolean
}

/** A UI action (`sys_ui_action`). */
export interface BuiltUiAction extends BuiltScript {
  tableName: string
  actionName: string
  condition: string
  roles: string[]
  active: boolean
}

/** A widget (`sp_widget`): its server and client scripts. */
export interface BuiltWidget extends BuiltScript {
  id: string
  clientScript: string
}

/** One input or output of a flow step: its name and the value Flow Designer stores (data pills as `{{…}}`). */
export interface StepValue {
  name: string
  value: string
}

/** One step of a flow or subflow, in the order Flow Designer runs it. */
export interface FlowStep {
  kind: 'action' | 'logic' | 'subflow'
  sysId: string
  uiId: string
  parentUiId: string
  order: number
  /** action: `sys_hub_action_type_definition`; logic: the logic definition; subflow: the subflow's sys_id. */
  definition: string
  comment: string
  inputs: StepValue[]
}

/** A flow or subflow (`sys_hub_flow`). */
export interface BuiltFlow {
  sysId: string
  name: string
  type: 'flow' | 'subflow'
  active: boolean
  status: string
  runAs: string
  triggerType: string
  inputs: string[]
  steps: FlowStep[]
  file: string
}

/** A custom action (`sys_hub_action_type_definition`) and its script steps. */
export interface BuiltAction {
  sysId: string
  name: string
  inputs: string[]
  outputs: string[]
  /** Script steps in order: their scripts, their input variables (with data pills) and output names. */
  steps: { sysId: string; uiId: string; script: string; inputs: StepValue[]; outputs: string[] }[]
  /** Action outputs assigned from step outputs: action output → `{{step[<cid>].output}}`. */
  assignments: StepValue[]
  file: string
}

/** The REST message and its functions (`sys_rest_message*`). */
export interface BuiltRestMessage {
  sysId: string
  name: string
  endpoint: string
  authenticationType: string
  headers: Record<string, string>
  functions: Record<
    string,
    {
      sysId: string
      method: string
      endpoint: string
      content: string
      authenticationType: string
      headers: Record<string, string>
      query: { name: string; value: string; order: number }[]
    }
  >
}

/** A catalog item (`sc_cat_item`) and its variables, including those of its variable sets. */
export interface BuiltCatalogItem {
  sysId: string
  name: string
  flow: string
  variables: { sysId: string; name: string; type: string; reference: string; mandatory: boolean }[]
}

/** An email notification (`sysevent_email_action`), as the notification engine reads it. */
export interface BuiltNotification {
  sysId: string
  name: string
  table: string
  active: boolean
  generationType: string
  eventName: string
  /** Fields of the record holding recipients (users, or groups whose members receive it). */
  recipientFields: string[]
  recipientUsers: string[]
  recipientGroups: string[]
  /** Whether the event's parm1 / parm2 hold recipients (sys_ids or addresses, comma-separated). */
  eventParm1: boolean
  eventParm2: boolean
  sendToCreator: boolean
  subject: string
  messageHtml: string
  messageText: string
  contentType: string
}

/** A column of a table the app defines (`sys_dictionary`). */
export interface BuiltColumn {
  table: string
  element: string
  type: string
  reference: string
  defaultValue: string
}

/** One widget of a Platform Analytics dashboard (`par_dashboard_widget`): its component and properties. */
export interface BuiltDashboardWidget {
  sysId: string
  /** The component's name when it is one the SDK names (`line`, `pie`, …), else its sys_id. */
  component: string
  /** `component_props`, parsed: `headerTitle`, `dataSources`, `metrics`, `groupBy`, `trendBy`, … */
  props: Record<string, unknown>
  x: number
  y: number
  width: number
  height: number
}

/** A Platform Analytics dashboard (`par_dashboard`): its tabs with their widgets, and its permissions. */
export interface BuiltDashboard {
  sysId: string
  name: string
  active: boolean
  tabs: { sysId: string; name: string; order: number; widgets: BuiltDashboardWidget[] }[]
  /** `par_dashboard_permission`: a role, user or group (sys_ids) and what it may do. */
  permissions: {
    role: string
    user: string
    group: string
    canRead: boolean
    canWrite: boolean
    canShare: boolean
    owner: boolean
  }[]
}

/**
 * The Platform Analytics visualization components the app's dashboard uses, by sys_id
 * (`sys_ux_macroponent`; the names the SDK's Dashboard API resolves, `now-sdk explain dashboard-api`).
 */
const DASHBOARD_COMPONENTS: Record<string, string> = {
  '18ac962264404bcc0039359d184b15f3': 'line',
  '96abe7e38d8790718022c5630a92176c': 'pie',
  '23051643b7e03010097cb81cde11a910': 'vertical-bar',
  '7ff373544303121093711347efb8f23c': 'list',
}

/** Everything the stand-in runs or needs, as plain data (it crosses to the engine worker). */
export interface BuiltApp {
  scope: string
  modules: Record<string, BuiltScript>
  businessRules: BuiltBusinessRule[]
  uiActions: BuiltUiAction[]
  fixScripts: BuiltScript[]
  /** Scheduled jobs (`sysauto_script`). */
  scheduledJobs: BuiltScript[]
  scriptIncludes: (BuiltScript & { apiName: string })[]
  widgets: BuiltWidget[]
  atfSteps: (BuiltScript & { test: string })[]
  flows: BuiltFlow[]
  actions: BuiltAction[]
  restMessages: BuiltRestMessage[]
  catalogItems: BuiltCatalogItem[]
  columns: BuiltColumn[]
  properties: { name: string; value: string; type: string }[]
  tables: string[]
  /** The app's roles (`sys_user_role`). */
  roles: { sysId: string; name: string }[]
  /** Email notifications (`sysevent_email_action`). */
  notifications: BuiltNotification[]
  /** Connection & Credential aliases (`sys_alias`). */
  aliases: { sysId: string; id: string; name: string; type: string; connectionType: string }[]
  /** Platform Analytics dashboards (`par_dashboard` and its tabs, canvases, widgets, permissions). */
  dashboards: BuiltDashboard[]
  /** HTTP connections (`http_connection`, first-install records included: the stand-in is a first install). */
  connections: { sysId: string; name: string; alias: string; url: string; active: string; useMid: string }[]
  /** The browser side: catalog client scripts, variables' form attributes, client UI actions. */
  catalogClient: CatalogClient
}

/** The gzip+base64 JSON Flow Designer stores step values in. */
export function decodeValues(encoded: string): unknown {
  if (!encoded) return []
  return JSON.parse(gunzipSync(Buffer.from(encoded, 'base64')).toString('utf8'))
}

/** The `{ name, value }` list of a step's decoded values. */
function stepValues(decoded: unknown): StepValue[] {
  const list = Array.isArray(decoded) ? decoded : ((decoded as { inputs?: unknown[] } | null)?.inputs ?? [])
  return (list as { name: string; value: unknown }[]).map((v) => ({
    name: v.name,
    value: v.value === undefined || v.value === null ? '' : String(v.value),
  }))
}

/** The `script` variable of Flow Designer's Script step (`sys_variable_value.variable`), as the SDK writes it. */
const SCRIPT_STEP_VARIABLE = '71aa7f6647032200b4fad7527c9a719b'
/** The `script` input variable of ATF's "Run server side script" step. */
const ATF_SCRIPT_VARIABLE = '989d9e235324220002c6435723dc3484'

const bool = (value: string) => value === 'true' || value === '1'

/** Reads the build output into a {@link BuiltApp}. */
export function loadBuiltApp(records: BuiltRecord[] = builtRecords()): BuiltApp {
  const live = records.filter((r) => r.action === 'INSERT_OR_UPDATE')
  const of = (table: string) => recordsOf(live, table)
  const script = (r: BuiltRecord, field = 'script'): BuiltScript => ({
    table: r.table,
    sysId: text(r, 'sys_id'),
    name: text(r, 'name'),
    file: r.file,
    script: text(r, field),
  })

  const modules: Record<string, BuiltScript> = {}
  for (const r of of('sys_module')) {
    const path = text(r, 'path')
    modules[path] = { ...script(r, 'content'), name: path }
  }

  const scope = text(of('sys_app_application')[0] ?? ({ fields: {} } as BuiltRecord), 'scope') || 'x_okta_jml'

  const businessRules: BuiltBusinessRule[] = of('sys_script').map((r) => ({
    ...script(r),
    collection: text(r, 'collection'),
    when: text(r, 'when'),
    actions: (['insert', 'update', 'delete', 'query'] as const).filter((a) => bool(text(r, `action_${a}`))),
    filterCondition: text(r, 'filter_condition'),
    condition: text(r, 'condition'),
    order: Number(text(r, 'order') || '100'),
    active: bool(text(r, 'active')),
  }))

  const roles = of('sys_user_role').map((r) => ({ sysId: text(r, 'sys_id'), name: text(r, 'name') }))
  const roleName = (sysId: string) => roles.find((r) => r.sysId === sysId)?.name ?? sysId
  const uiActionRoles = new Map<string, string[]>()
  for (const r of of('sys_ui_action_role')) {
    const action = text(r, 'sys_ui_action')
    uiActionRoles.set(action, [...(uiActionRoles.get(action) ?? []), roleName(text(r, 'sys_user_role'))])
  }
  const uiActions: BuiltUiAction[] = of('sys_ui_action').map((r) => ({
    ...script(r),
    tableName: text(r, 'table'),
    actionName: text(r, 'action_name'),
    condition: text(r, 'condition'),
    roles: uiActionRoles.get(text(r, 'sys_id')) ?? [],
    active: bool(text(r, 'active')),
  }))

  const atfTests = new Map(of('sys_atf_test').map((r) => [text(r, 'sys_id'), text(r, 'name')]))
  const atfSteps = of('sys_variable_value')
    .filter((v) => text(v, 'document') === 'sys_atf_step' && text(v, 'variable') === ATF_SCRIPT_VARIABLE)
    .map((v) => {
      const step = of('sys_atf_step').find((s) => text(s, 'sys_id') === text(v, 'document_key'))
      return {
        table: 'sys_atf_step',
        sysId: text(v, 'document_key'),
        name: step ? text(step, 'description') || text(step, 'display_name') : '',
        file: v.file,
        script: text(v, 'value'),
        test: step ? (atfTests.get(text(step, 'test')) ?? '') : '',
      }
    })

  // Flows: the flow record, its trigger, its inputs and its steps (actions, logic, subflow calls).
  const flows: BuiltFlow[] = of('sys_hub_flow').map((f) => {
    const sysId = text(f, 'sys_id')
    const mine = (table: string) => of(table).filter((r) => text(r, 'flow') === sysId)
    const steps: FlowStep[] = [
      ...mine('sys_hub_action_instance_v2').map((r) => ({
        kind: 'action' as const,
        definition: text(r, 'action_type'),
        values: text(r, 'values'),
        r,
      })),
      ...mine('sys_hub_flow_logic_instance_v2').map((r) => ({
        kind: 'logic' as const,
        definition: text(r, 'logic_definition'),
        values: text(r, 'values'),
        r,
      })),
      ...mine('sys_hub_sub_flow_instance_v2').map((r) => ({
        kind: 'subflow' as const,
        definition: text(r, 'subflow'),
        values: text(r, 'subflow_inputs'),
        r,
      })),
    ]
      .map(({ kind, definition, values, r }) => ({
        kind,
        sysId: text(r, 'sys_id'),
        uiId: text(r, 'ui_id'),
        parentUiId: text(r, 'parent_ui_id'),
        order: Number(text(r, 'order') || '0'),
        definition,
        comment: text(r, 'comment'),
        inputs: stepValues(decodeValues(values)),
      }))
      .sort((a, b) => a.order - b.order)
    const trigger = mine('sys_hub_trigger_instance_v2')[0]
    return {
      sysId,
      name: text(f, 'name'),
      type: text(f, 'type') === 'subflow' ? 'subflow' : 'flow',
      active: bool(text(f, 'active')),
      status: text(f, 'status'),
      runAs: text(f, 'run_as'),
      triggerType: trigger ? text(trigger, 'trigger_type') : '',
      inputs: of('sys_hub_flow_input')
        .filter((r) => text(r, 'model') === sysId)
        .map((r) => text(r, 'element')),
      steps,
      file: f.file,
    }
  })

  // Custom actions: inputs, outputs, script steps with their variables, and the output assignments.
  const actions: BuiltAction[] = of('sys_hub_action_type_definition').map((a) => {
    const sysId = text(a, 'sys_id')
    const inFile = live.filter((r) => r.file === a.file)
    const stepRecords = inFile
      .filter((r) => r.table === 'sys_hub_step_instance')
      .sort((x, y) => Number(text(x, 'order') || '0') - Number(text(y, 'order') || '0'))
    const steps = stepRecords.map((s) => {
      const stepId = text(s, 'sys_id')
      const variables = inFile.filter(
        (r) => r.table === 'sys_variable_value' && text(r, 'document_key') === stepId,
      )
      const scriptValue = variables.find((v) => text(v, 'variable') === SCRIPT_STEP_VARIABLE)
      const mappingTable = `var__m_sys_hub_step_ext_input_${stepId}`
      return {
        sysId: stepId,
        uiId: text(s, 'cid'),
        script: scriptValue ? text(scriptValue, 'value') : '',
        inputs: inFile
          .filter((r) => r.table === 'sys_element_mapping' && text(r, 'table') === mappingTable)
          .map((r) => ({ name: text(r, 'field'), value: text(r, 'value') })),
        outputs: inFile
          .filter((r) => r.table === 'sys_hub_step_ext_output' && text(r, 'model') === stepId)
          .map((r) => text(r, 'element')),
      }
    })
    return {
      sysId,
      name: text(a, 'name'),
      inputs: inFile.filter((r) => r.table === 'sys_hub_action_input').map((r) => text(r, 'element')),
      outputs: inFile.filter((r) => r.table === 'sys_hub_action_output').map((r) => text(r, 'element')),
      steps,
      assignments: inFile
        .filter(
          (r) =>
            r.table === 'sys_element_mapping' && text(r, 'table') === `var__m_sys_hub_action_output_${sysId}`,
        )
        .map((r) => ({ name: text(r, 'field'), value: text(r, 'value') })),
      file: a.file,
    }
  })

  const restMessages: BuiltRestMessage[] = of('sys_rest_message').map((m) => {
    const sysId = text(m, 'sys_id')
    const headers = Object.fromEntries(
      of('sys_rest_message_headers')
        .filter((h) => text(h, 'rest_message') === sysId)
        .map((h) => [text(h, 'name'), text(h, 'value')]),
    )
    const functions: BuiltRestMessage['functions'] = {}
    for (const fn of of('sys_rest_message_fn').filter((f) => text(f, 'rest_message') === sysId)) {
      const fnId = text(fn, 'sys_id')
      const belongs = (r: BuiltRecord) => text(r, 'rest_message_function') === fnId
      functions[text(fn, 'function_name')] = {
        sysId: fnId,
        method: text(fn, 'http_method').toUpperCase(),
        endpoint: text(fn, 'rest_endpoint'),
        content: text(fn, 'content'),
        authenticationType: text(fn, 'authentication_type'),
        headers: Object.fromEntries(
          of('sys_rest_message_fn_headers')
            .filter(belongs)
            .map((h) => [text(h, 'name'), text(h, 'value')]),
        ),
        query: of('sys_rest_message_fn_param_defs')
          .filter(belongs)
          .map((p) => ({
            name: text(p, 'name'),
            value: text(p, 'value'),
            order: Number(text(p, 'order') || '0'),
          }))
          .sort((a, b) => a.order - b.order),
      }
    }
    return {
      sysId,
      name: text(m, 'name'),
      endpoint: text(m, 'rest_endpoint'),
      authenticationType: text(m, 'authentication_type'),
      headers,
      functions,
    }
  })

  // Catalog items: their own variables and those of their variable sets.
  const variablesOf = (owner: string, field: 'cat_item' | 'variable_set') =>
    of('item_option_new')
      .filter((v) => text(v, field) === owner)
      .map((v) => ({
        sysId: text(v, 'sys_id'),
        name: text(v, 'name'),
        type: text(v, 'type'),
        reference: text(v, 'reference'),
        mandatory: bool(text(v, 'mandatory')),
      }))
  const catalogItems: BuiltCatalogItem[] = of('sc_cat_item').map((item) => {
    const sysId = text(item, 'sys_id')
    const sets = of('io_set_item')
      .filter((s) => text(s, 'sc_cat_item') === sysId)
      .map((s) => text(s, 'variable_set'))
    return {
      sysId,
      name: text(item, 'name'),
      flow: text(item, 'flow_designer_flow'),
      variables: [...variablesOf(sysId, 'cat_item'), ...sets.flatMap((s) => variablesOf(s, 'variable_set'))],
    }
  })

  const columns: BuiltColumn[] = of('sys_dictionary')
    .filter((d) => text(d, 'element') !== '')
    .map((d) => ({
      table: text(d, 'name'),
      element: text(d, 'element'),
      type: text(d, 'internal_type'),
      reference: text(d, 'reference'),
      defaultValue: text(d, 'default_value'),
    }))

  return {
    scope,
    modules,
    businessRules,
    uiActions,
    fixScripts: of('sys_script_fix').map((r) => script(r)),
    scheduledJobs: of('sysauto_script').map((r) => script(r)),
    scriptIncludes: of('sys_script_include').map((r) => ({ ...script(r), apiName: text(r, 'api_name') })),
    widgets: of('sp_widget').map((r) => ({
      ...script(r),
      id: text(r, 'id'),
      clientScript: text(r, 'client_script'),
    })),
    atfSteps,
    flows,
    actions,
    restMessages,
    catalogItems,
    columns,
    properties: of('sys_properties').map((p) => ({
      name: text(p, 'name'),
      value: text(p, 'value'),
      type: text(p, 'type'),
    })),
    tables: of('sys_db_object').map((t) => text(t, 'name')),
    roles,
    notifications: of('sysevent_email_action').map((r) => {
      const list = (field: string) => text(r, field).split(',').filter(Boolean)
      return {
        sysId: text(r, 'sys_id'),
        name: text(r, 'name'),
        table: text(r, 'collection'),
        active: bool(text(r, 'active')),
        generationType: text(r, 'generation_type'),
        eventName: text(r, 'event_name'),
        recipientFields: list('recipient_fields'),
        recipientUsers: list('recipient_users'),
        recipientGroups: list('recipient_groups'),
        eventParm1: bool(text(r, 'event_parm_1')),
        eventParm2: bool(text(r, 'event_parm_2')),
        sendToCreator: bool(text(r, 'send_self')),
        subject: text(r, 'subject'),
        messageHtml: text(r, 'message_html'),
        messageText: text(r, 'message_text'),
        contentType: text(r, 'content_type'),
      }
    }),
    aliases: of('sys_alias').map((a) => ({
      sysId: text(a, 'sys_id'),
      id: text(a, 'id'),
      name: text(a, 'name'),
      type: text(a, 'type'),
      connectionType: text(a, 'connection_type'),
    })),
    dashboards: of('par_dashboard').map((d) => {
      const sysId = text(d, 'sys_id')
      const canvases = of('par_dashboard_canvas').filter((c) => text(c, 'dashboard') === sysId)
      const widgetsOf = (tab: string) => {
        const canvas = canvases.filter((c) => text(c, 'dashboard_tab') === tab).map((c) => text(c, 'sys_id'))
        return of('par_dashboard_widget')
          .filter((w) => canvas.includes(text(w, 'canvas')))
          .map((w) => ({
            sysId: text(w, 'sys_id'),
            component: DASHBOARD_COMPONENTS[text(w, 'component')] ?? text(w, 'component'),
            props: JSON.parse(text(w, 'component_props') || '{}') as Record<string, unknown>,
            x: Number(text(w, 'x')),
            y: Number(text(w, 'y')),
            width: Number(text(w, 'w')),
            height: Number(text(w, 'h')),
          }))
      }
      return {
        sysId,
        name: text(d, 'name'),
        active: bool(text(d, 'active')),
        tabs: of('par_dashboard_tab')
          .filter((t) => text(t, 'dashboard') === sysId)
          .map((t) => ({
            sysId: text(t, 'sys_id'),
            name: text(t, 'name'),
            order: Number(text(t, 'order') || '0'),
            widgets: widgetsOf(text(t, 'sys_id')),
          }))
          .sort((a, b) => a.order - b.order),
        permissions: of('par_dashboard_permission')
          .filter((p) => text(p, 'dashboard') === sysId)
          .map((p) => ({
            role: text(p, 'role'),
            user: text(p, 'user'),
            group: text(p, 'group'),
            canRead: bool(text(p, 'can_read')),
            canWrite: bool(text(p, 'can_write')),
            canShare: bool(text(p, 'can_share')),
            owner: bool(text(p, 'owner')),
          })),
      }
    }),
    connections: of('http_connection').map((c) => ({
      sysId: text(c, 'sys_id'),
      name: text(c, 'name'),
      alias: text(c, 'connection_alias'),
      url: text(c, 'connection_url'),
      active: text(c, 'active'),
      useMid: text(c, 'use_mid'),
    })),
    catalogClient: loadCatalogClient(live),
  }
}
