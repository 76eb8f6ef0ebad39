/**
 * The instance stand-in's data model: the platform tables the app's scripts and flows touch (with the
 * columns ServiceNow documents for them that the app uses, their references and display fields) and the
 * app's own tables, read from the build's dictionary. A script that reads or writes a column missing here
 * fails loudly — on an instance it would silently read nothing or write nowhere.
 */
import type { BuiltApp } from './built-app.ts'

/** One column: its internal type, the table a reference points to, its default value. */
export interface ColumnSchema {
  type: string
  reference?: string
  default?: string
}

/** One table: columns, display field, auto-number prefix. */
export interface TableSchema {
  columns: Record<string, ColumnSchema>
  /** The field `getDisplayValue()` shows (ServiceNow's `display=true` column). */
  display: string
  prefix?: string
}

/** The whole schema, by table name. */
export type Schema = Record<string, TableSchema>

const s = (type = 'string', extra: Partial<ColumnSchema> = {}): ColumnSchema => ({ type, ...extra })
const ref = (table: string): ColumnSchema => ({ type: 'reference', reference: table })
const bool = (value = 'false'): ColumnSchema => ({ type: 'boolean', default: value })
const journal = (): ColumnSchema => ({ type: 'journal_input' })

/** The columns every task-derived table has (`task`), as far as the app uses them. */
const TASK_COLUMNS: Record<string, ColumnSchema> = {
  number: s(),
  short_description: s(),
  description: s(),
  state: s('integer', { default: '1' }),
  active: bool('true'),
  opened_by: ref('sys_user'),
  assigned_to: ref('sys_user'),
  assignment_group: ref('sys_user_group'),
  approval: s('string', { default: 'not requested' }),
  work_notes: journal(),
  comments: journal(),
  correlation_id: s(),
  close_notes: s(),
}

/** Platform tables, with the columns the app relies on (ServiceNow's documented names). */
const PLATFORM: Schema = {
  sys_user: {
    display: 'name',
    columns: {
      user_name: s(),
      first_name: s(),
      last_name: s(),
      name: s(),
      email: s('email'),
      title: s(),
      manager: ref('sys_user'),
      department: ref('cmn_department'),
      location: ref('cmn_location'),
      active: bool('true'),
    },
  },
  cmn_department: { display: 'name', columns: { name: s() } },
  cmn_location: { display: 'name', columns: { name: s() } },
  sys_user_role: { display: 'name', columns: { name: s() } },
  sys_user_has_role: { display: 'role', columns: { user: ref('sys_user'), role: ref('sys_user_role') } },
  sys_user_group: { display: 'name', columns: { name: s(), manager: ref('sys_user') } },
  sys_user_grmember: { display: 'user', columns: { user: ref('sys_user'), group: ref('sys_user_group') } },
  sys_properties: {
    display: 'name',
    columns: { name: s(), value: s(), type: s(), description: s() },
  },
  sys_choice: {
    display: 'label',
    columns: {
      name: s(),
      element: s(),
      value: s(),
      label: s(),
      language: s(),
      sequence: s('integer'),
      inactive: bool(),
      dependent_value: s(),
    },
  },
  sc_cat_item: {
    display: 'name',
    columns: { name: s(), active: bool('true'), flow_designer_flow: ref('sys_hub_flow') },
  },
  item_option_new: {
    display: 'name',
    columns: { name: s(), type: s(), reference: s(), cat_item: ref('sc_cat_item') },
  },
  sc_request: {
    display: 'number',
    prefix: 'REQ',
    columns: { ...TASK_COLUMNS, requested_for: ref('sys_user') },
  },
  sc_req_item: {
    display: 'number',
    prefix: 'RITM',
    columns: {
      ...TASK_COLUMNS,
      state: s('integer', { default: '1' }),
      stage: s('string', { default: 'request_approved' }),
      request: ref('sc_request'),
      cat_item: ref('sc_cat_item'),
      requested_for: ref('sys_user'),
    },
  },
  sc_item_option: {
    display: 'value',
    columns: { item_option_new: ref('item_option_new'), value: s() },
  },
  sc_item_option_mtom: {
    display: 'sc_item_option',
    columns: { request_item: ref('sc_req_item'), sc_item_option: ref('sc_item_option') },
  },
  sc_task: {
    display: 'number',
    prefix: 'SCTASK',
    columns: { ...TASK_COLUMNS, request_item: ref('sc_req_item'), request: ref('sc_request') },
  },
  sysapproval_approver: {
    display: 'approver',
    columns: {
      sysapproval: ref('sc_req_item'),
      document_id: s(),
      source_table: s(),
      approver: ref('sys_user'),
      group: ref('sysapproval_group'),
      state: s('string', { default: 'requested' }),
      comments: journal(),
    },
  },
  sysapproval_group: { display: 'assignment_group', columns: { assignment_group: ref('sys_user_group') } },
  incident: {
    display: 'number',
    prefix: 'INC',
    columns: {
      ...TASK_COLUMNS,
      category: s('string', { default: 'inquiry' }),
      subcategory: s(),
      caller_id: ref('sys_user'),
      priority: s('integer', { default: '5' }),
      close_code: s(),
    },
  },
  sys_journal_field: {
    display: 'value',
    columns: { element: s(), element_id: s(), name: s(), value: s() },
  },
  sys_hub_flow: {
    display: 'name',
    columns: { name: s(), internal_name: s(), active: bool(), status: s(), type: s() },
  },
  // The event queue (gs.eventQueue) and the outbox the notification engine writes (notifications.ts).
  sysevent: {
    display: 'name',
    columns: {
      name: s(),
      instance: s(),
      table: s(),
      parm1: s(),
      parm2: s(),
      state: s('string', { default: 'ready' }),
      processed: s('glide_date_time'),
    },
  },
  sys_email: {
    display: 'subject',
    columns: {
      type: s(),
      recipients: s(),
      subject: s(),
      body: s(),
      content_type: s(),
      instance: s(),
      target_table: s(),
      notification: s(),
      event: s(),
    },
  },
  // sn_cc: an API key credential (Connections & Credentials > Credentials, type "API Key").
  api_key_credentials: {
    display: 'name',
    columns: { name: s(), api_key: s('password2'), active: bool('true') },
  },
  // An OAuth 2.0 credential: its OAuth profile (client credentials) gets the token.
  oauth_2_0_credentials: {
    display: 'name',
    columns: { name: s(), oauth_entity_profile: ref('oauth_entity_profile'), active: bool('true') },
  },
  // The OAuth provider in the Application Registry ("Connect to a third-party OAuth provider"): client
  // id and secret, and the provider's token URL.
  oauth_entity: {
    display: 'name',
    columns: {
      name: s(),
      client_id: s(),
      client_secret: s('password2'),
      token_url: s('url'),
      default_grant_type: s(),
      active: bool('true'),
    },
  },
  // An OAuth entity profile: the grant type and (through oauth_entity_profile_scope) the scopes requested.
  oauth_entity_profile: {
    display: 'name',
    columns: { name: s(), oauth_entity: ref('oauth_entity'), grant_type: s(), is_default: bool() },
  },
  // A scope of the provider: `oauth_entity_scope` is the scope's value as the provider knows it.
  oauth_entity_scope: {
    display: 'name',
    columns: { name: s(), oauth_entity_scope: s(), oauth_entity: ref('oauth_entity') },
  },
  oauth_entity_profile_scope: {
    display: 'oauth_entity_scope',
    columns: {
      oauth_entity_profile: ref('oauth_entity_profile'),
      oauth_entity_scope: ref('oauth_entity_scope'),
    },
  },
  // The tokens the instance holds ("Manage Tokens"): the client-credentials access token of a provider,
  // reused until it expires.
  oauth_credential: {
    display: 'type',
    columns: {
      peer: ref('oauth_entity'),
      type: s(),
      token: s('password2'),
      scope: s(),
      expires: s('glide_date_time'),
    },
  },
  // A Connection & Credential alias ("Create a connection and credential alias"; `id` is scope.Name).
  sys_alias: {
    display: 'name',
    columns: { id: s(), name: s(), type: s(), connection_type: s() },
  },
  // An HTTP(s) connection ("Create an HTTP(s) connection"): URL, credential, alias, MID Server.
  // `credential` references discovery_credentials, the base table of every credential table.
  http_connection: {
    display: 'name',
    columns: {
      name: s(),
      connection_alias: ref('sys_alias'),
      connection_url: s('url'),
      credential: s(),
      active: bool('true'),
      use_mid: bool(),
      mid_server: ref('ecc_agent'),
    },
  },
  // A MID Server.
  ecc_agent: { display: 'name', columns: { name: s(), status: s() } },
}

/** The system columns every table has. */
const SYSTEM_COLUMNS: Record<string, ColumnSchema> = {
  sys_id: s('GUID'),
  sys_created_on: s('glide_date_time'),
  sys_created_by: s(),
  sys_updated_on: s('glide_date_time'),
  sys_updated_by: s(),
  sys_mod_count: s('integer'),
}

/** Platform tables plus the app's tables from the build's dictionary. */
export function schemaOf(app: BuiltApp): Schema {
  const schema: Schema = {}
  for (const [name, table] of Object.entries(PLATFORM))
    schema[name] = { ...table, columns: { ...SYSTEM_COLUMNS, ...table.columns } }
  for (const table of app.tables) {
    const columns: Record<string, ColumnSchema> = { ...SYSTEM_COLUMNS }
    for (const c of app.columns.filter((c) => c.table === table)) {
      columns[c.element] = {
        type: c.type,
        ...(c.reference ? { reference: c.reference } : {}),
        ...(c.defaultValue ? { default: c.defaultValue } : {}),
      }
    }
    const display =
      app.columns.find((c) => c.table === table && c.element === 'name')?.element ??
      Object.keys(columns).find((c) => !c.startsWith('sys_')) ??
      'sys_id'
    schema[table] = { columns, display }
  }
  return schema
}

/** The default value a column stores when an insert leaves it out. */
export function defaultOf(column: ColumnSchema): string {
  if (column.default !== undefined) return column.default
  return column.type === 'boolean' ? 'false' : ''
}
