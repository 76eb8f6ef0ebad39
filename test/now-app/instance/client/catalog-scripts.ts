/**
 * The browser side of the ServiceNow app as the build ships it: the catalog client scripts
 * (`catalog_script_client`), the variables' form attributes the scripts act on (hidden, read-only, default
 * value), the catalog UI policies, the client part of UI actions (`sys_ui_action` with `client=true`) and
 * the widgets' controllers and templates. Read from the build output
 * only, like the rest of the stand-in: a script the build does not ship does not run.
 */
import { type BuiltRecord, recordsOf, text } from '../../support/build.ts'

/** The three events a catalog client script can answer. */
export type ClientScriptType = 'onLoad' | 'onChange' | 'onSubmit'

/** A catalog client script (`catalog_script_client`) and the forms it runs on. */
export interface BuiltCatalogClientScript {
  table: 'catalog_script_client'
  sysId: string
  name: string
  file: string
  script: string
  type: ClientScriptType
  /** `item` (the script belongs to `catItem`) or `set` (to `variableSet`, and so to every item using it). */
  appliesTo: string
  catItem: string
  variableSet: string
  /** onChange: the sys_id of the variable it watches (the build stores `IO:<sys_id>`). */
  variableSysId: string
  /** onChange: that variable's name, as `g_form` knows it. */
  variableName: string
  /** `0` desktop, `1` mobile / Service Portal, `10` all. */
  uiType: string
  active: boolean
  /** The catalog items whose form runs the script: its own item, or every item using its variable set. */
  items: string[]
}

/** How a variable appears on the form before any script runs. */
export interface CatalogVariableForm {
  sysId: string
  name: string
  label: string
  type: string
  reference: string
  mandatory: boolean
  hidden: boolean
  readOnly: boolean
  defaultValue: string
  order: number
}

/** The client part of a UI action: the function its button calls and the script that defines it. */
export interface BuiltClientUiAction {
  table: 'sys_ui_action'
  sysId: string
  name: string
  file: string
  script: string
  tableName: string
  actionName: string
  /** What the button runs in the browser, e.g. `rejectOktaOnboarding()`. */
  onclick: string
  active: boolean
}

/** One condition of a catalog UI policy: a variable, an operator and a value. */
export interface PolicyCondition {
  variableName: string
  operator: '=' | '!=' | 'ISEMPTY' | 'ISNOTEMPTY'
  value: string
}

/** What a UI policy action does to one variable: each attribute `true`, `false` or `ignore`. */
export interface PolicyAction {
  variableName: string
  visible: string
  mandatory: string
  disabled: string
  cleared: boolean
}

/** A catalog UI policy (`catalog_ui_policy`) with its actions (`catalog_ui_policy_action`). */
export interface BuiltCatalogUiPolicy {
  table: 'catalog_ui_policy'
  sysId: string
  name: string
  file: string
  /** The condition as an OR of ANDs (the encoded query's `^OR` binds tighter than `^`). */
  conditions: PolicyCondition[][]
  onLoad: boolean
  reverseIfFalse: boolean
  runScripts: boolean
  scriptTrue: string
  scriptFalse: string
  order: number
  uiType: string
  active: boolean
  actions: PolicyAction[]
  /** The catalog items whose form applies the policy. */
  items: string[]
}

/** The browser side of a Service Portal widget (`sp_widget`): its controller, link function and template. */
export interface BuiltWidgetClient {
  table: 'sp_widget'
  sysId: string
  id: string
  name: string
  file: string
  clientScript: string
  link: string
  template: string
  /** The name the template calls the controller by (`c`). */
  controllerAs: string
}

/** What the stand-in's browser runs: see {@link loadCatalogClient}. */
export interface CatalogClient {
  scripts: BuiltCatalogClientScript[]
  /** Every catalog variable's form attributes, by sys_id. */
  variables: Record<string, CatalogVariableForm>
  /** The variable sets of each catalog item, by item sys_id. */
  itemSets: Record<string, string[]>
  uiActions: BuiltClientUiAction[]
  uiPolicies: BuiltCatalogUiPolicy[]
  widgets: BuiltWidgetClient[]
}

const bool = (value: string) => value === 'true' || value === '1'
const TYPES: readonly string[] = ['onLoad', 'onChange', 'onSubmit']

/** Reads the browser side of the build from its live records (`INSERT_OR_UPDATE`). */
export function loadCatalogClient(live: BuiltRecord[]): CatalogClient {
  const variables: Record<string, CatalogVariableForm> = {}
  for (const v of recordsOf(live, 'item_option_new')) {
    const sysId = text(v, 'sys_id')
    variables[sysId] = {
      sysId,
      name: text(v, 'name'),
      label: text(v, 'question_text'),
      type: text(v, 'type'),
      reference: text(v, 'reference'),
      mandatory: bool(text(v, 'mandatory')),
      hidden: bool(text(v, 'hidden')),
      readOnly: bool(text(v, 'read_only')),
      defaultValue: text(v, 'default_value'),
      order: Number(text(v, 'order') || '0'),
    }
  }
  const itemSets: Record<string, string[]> = {}
  for (const item of recordsOf(live, 'sc_cat_item')) itemSets[text(item, 'sys_id')] = []
  for (const link of recordsOf(live, 'io_set_item')) {
    const item = text(link, 'sc_cat_item')
    itemSets[item] = [...(itemSets[item] ?? []), text(link, 'variable_set')]
  }

  const scripts = recordsOf(live, 'catalog_script_client').map((r): BuiltCatalogClientScript => {
    const sysId = text(r, 'sys_id')
    const type = text(r, 'type')
    if (!TYPES.includes(type))
      throw new Error(`catalog_script_client ${sysId}: type "${type}" is not one the stand-in runs`)
    // The build writes the watched variable as `IO:<sys_id>` (the platform's prefix for catalog
    // variables); a bare sys_id is accepted too.
    const variableSysId = text(r, 'cat_variable').replace(/^IO:/, '')
    const variable = variableSysId ? variables[variableSysId] : undefined
    if (variableSysId && !variable)
      throw new Error(
        `catalog_script_client ${sysId} watches variable ${variableSysId}, which the build lacks`,
      )
    const catItem = text(r, 'cat_item')
    const variableSet = text(r, 'variable_set')
    const appliesTo = text(r, 'applies_to') || 'item'
    const items =
      appliesTo === 'set'
        ? Object.entries(itemSets)
            .filter(([, sets]) => sets.includes(variableSet))
            .map(([item]) => item)
        : [catItem]
    return {
      table: 'catalog_script_client',
      sysId,
      name: text(r, 'name'),
      file: r.file,
      script: text(r, 'script'),
      type: type as ClientScriptType,
      appliesTo,
      catItem,
      variableSet,
      variableSysId,
      variableName: variable?.name ?? '',
      uiType: text(r, 'ui_type'),
      active: bool(text(r, 'active')),
      items,
    }
  })

  const uiActions = recordsOf(live, 'sys_ui_action')
    .filter((r) => bool(text(r, 'client')))
    .map(
      (r): BuiltClientUiAction => ({
        table: 'sys_ui_action',
        sysId: text(r, 'sys_id'),
        name: text(r, 'name'),
        file: r.file,
        script: text(r, 'script'),
        tableName: text(r, 'table'),
        actionName: text(r, 'action_name'),
        onclick: text(r, 'onclick'),
        active: bool(text(r, 'active')),
      }),
    )

  const variableName = (owner: string, reference: string) => {
    const variable = variables[reference.replace(/^IO:/, '')]
    if (!variable) throw new Error(`${owner} names variable ${reference}, which the build lacks`)
    return variable.name
  }
  const uiPolicies = recordsOf(live, 'catalog_ui_policy').map((r): BuiltCatalogUiPolicy => {
    const sysId = text(r, 'sys_id')
    const owner = `catalog_ui_policy ${sysId}`
    const variableSet = text(r, 'variable_set')
    const items =
      text(r, 'applies_to') === 'set'
        ? Object.entries(itemSets)
            .filter(([, sets]) => sets.includes(variableSet))
            .map(([item]) => item)
        : [text(r, 'catalog_item')]
    return {
      table: 'catalog_ui_policy',
      sysId,
      name: text(r, 'short_description'),
      file: r.file,
      conditions: policyConditions(text(r, 'catalog_conditions'), (ref) => variableName(owner, ref), owner),
      onLoad: bool(text(r, 'on_load')),
      reverseIfFalse: bool(text(r, 'reverse_if_false')),
      runScripts: bool(text(r, 'run_scripts')),
      scriptTrue: text(r, 'script_true'),
      scriptFalse: text(r, 'script_false'),
      order: Number(text(r, 'order') || '100'),
      uiType: text(r, 'ui_type'),
      active: bool(text(r, 'active')),
      actions: recordsOf(live, 'catalog_ui_policy_action')
        .filter((a) => text(a, 'ui_policy') === sysId)
        .map((a) => ({
          variableName: variableName(owner, text(a, 'catalog_variable')),
          visible: text(a, 'visible') || 'ignore',
          mandatory: text(a, 'mandatory') || 'ignore',
          disabled: text(a, 'disabled') || 'ignore',
          cleared: bool(text(a, 'cleared')),
        })),
      items,
    }
  })

  const widgets = recordsOf(live, 'sp_widget').map(
    (r): BuiltWidgetClient => ({
      table: 'sp_widget',
      sysId: text(r, 'sys_id'),
      id: text(r, 'id'),
      name: text(r, 'name'),
      file: r.file,
      clientScript: text(r, 'client_script'),
      link: text(r, 'link'),
      template: text(r, 'template'),
      controllerAs: text(r, 'controller_as') || 'c',
    }),
  )

  return { scripts, variables, itemSets, uiActions, uiPolicies, widgets }
}

const OPERATORS = ['!=', '=', 'ISNOTEMPTY', 'ISEMPTY'] as const

/**
 * A UI policy's `catalog_conditions` (an encoded query over `IO:<variable sys_id>`), as an OR of ANDs.
 * Only the operators the stand-in implements are accepted; anything else throws, naming it.
 */
export function policyConditions(
  encoded: string,
  nameOf: (reference: string) => string,
  owner: string,
): PolicyCondition[][] {
  const query = encoded.replace(/\^EQ$/, '')
  if (!query) return []
  // `a^ORb^c` is (a OR b) AND c: each AND term is a list of alternatives.
  const terms: string[][] = []
  for (const part of query.split('^')) {
    if (part.startsWith('OR') && terms.length > 0) terms[terms.length - 1]!.push(part.slice(2))
    else terms.push([part])
  }
  const parse = (clause: string): PolicyCondition => {
    const match = /^(IO:[0-9a-f]{32})(.*)$/.exec(clause)
    const operator = match && OPERATORS.find((o) => match[2]!.startsWith(o))
    if (!match || !operator)
      throw new Error(`${owner}: condition "${clause}" uses what the stand-in does not implement`)
    return { variableName: nameOf(match[1]!), operator, value: match[2]!.slice(operator.length) }
  }
  // OR of ANDs: the cross product of the AND terms' alternatives.
  return terms.reduce<PolicyCondition[][]>(
    (groups, alternatives) => groups.flatMap((g) => alternatives.map((a) => [...g, parse(a)])),
    [[]],
  )
}
