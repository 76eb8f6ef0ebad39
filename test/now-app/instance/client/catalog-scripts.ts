/**
 * The browser side of the ServiceNow app as the build ships it: the catalog client scripts
 * (`catalog_script_client`), the variables' form attributes the scripts act on (hidden, read-only, default
 * value) and the client part of UI actions (`sys_ui_action` with `client=true`). Read from the build output
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

/** What the stand-in's browser runs: see {@link loadCatalogClient}. */
export interface CatalogClient {
  scripts: BuiltCatalogClientScript[]
  /** Every catalog variable's form attributes, by sys_id. */
  variables: Record<string, CatalogVariableForm>
  /** The variable sets of each catalog item, by item sys_id. */
  itemSets: Record<string, string[]>
  uiActions: BuiltClientUiAction[]
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

  return { scripts, variables, itemSets, uiActions }
}
