/**
 * The Glide shell: everything that touches the instance — properties, the connection alias, RESTMessageV2,
 * records — in small functions that hand plain values to the pure modules beside this one. The custom
 * actions' script steps call the exported entry points; nothing else here holds logic worth a unit test.
 */
import { GlideDateTime, GlideRecord, gs } from '@servicenow/glide'
import { type Connection, ConnectionInfoProvider } from '@servicenow/glide/sn_cc'
import { RESTMessageV2, type RESTResponseV2 } from '@servicenow/glide/sn_ws'
import { CLIENT_TOKEN_HEADER, CONNECTION_ALIAS, PROPERTIES } from './api.ts'
import {
  type Access,
  accessDiff,
  type BirthrightRule,
  birthrightAccess,
  type Position,
} from './birthright.ts'
import {
  type ActionInputs,
  type ActionOutputs,
  type BridgeSettings,
  parseSettings,
  runActionWithSettings,
  type Transport,
  ticketRefOf,
} from './client.ts'
import {
  bridgeAuth,
  type ConnectionDetails,
  type ConnectionTest,
  midServerOf,
  type SetupStep,
  settingsInput,
  setupSteps,
  testConnection,
} from './connection.ts'
import type { HttpAnswer } from './errors.ts'
import { type GoldenThreadRow, type OutcomeInput, outcomeRecords } from './format.ts'
import {
  approvalFor,
  type BridgeCall,
  buildAccountHelp,
  buildJoiner,
  buildLeaver,
  buildMover,
  type CatalogValues,
  ITEM_KINDS,
  type ItemKind,
  idempotencyKey,
  isPayloadError,
  type TicketContext,
  VARIABLES,
} from './payload.ts'
import { TABLES } from './tables.ts'

/** RESTMessageV2 as used here; the published typings declare a Rhino-internal constructor instead. */
type RestMessageCtor = new (name: string, method: string) => RESTMessageV2

/** A catalog variable as Glide exposes it. */
interface GlideVariable {
  toString(): string
  getDisplayValue(): string
}

/**
 * `sn_cc.ConnectionInfoProvider`, as ServiceNow documents it for scoped scripts ("ConnectionInfoProvider -
 * Scoped, Global"); the published typings name the class `ConnectionProvider`, which scripts cannot use.
 */
declare module '@servicenow/glide/sn_cc' {
  /** Selects connection information through a Connection & Credential alias. */
  export class ConnectionInfoProvider {
    /** The alias's connection in the current domain; null when it has none. */
    getConnectionInfo(aliasId: string): Connection | null
  }
}

/** What the bridge's Connection & Credential alias holds, through `sn_cc.ConnectionInfoProvider`. */
export function readConnection(): ConnectionDetails {
  const none: ConnectionDetails = {
    found: false,
    url: '',
    apiKey: '',
    oauthProfile: '',
    useMid: false,
    midServer: '',
  }
  const alias = new GlideRecord('sys_alias')
  alias.addQuery('id', CONNECTION_ALIAS.id)
  alias.setLimit(1)
  alias.query()
  if (!alias.next()) return none
  const info = new ConnectionInfoProvider().getConnectionInfo(alias.getUniqueValue())
  if (!info) return none
  const useMid = String(info.getAttribute('use_mid')) === 'true'
  let midServer = ''
  const midServerId = info.getAttribute('mid_server') || ''
  if (useMid && midServerId) {
    const agent = new GlideRecord('ecc_agent')
    if (agent.get(midServerId)) midServer = agent.getValue('name') || ''
  }
  return {
    found: true,
    url: info.getAttribute('connection_url') || '',
    apiKey: info.getCredentialAttribute('api_key') || '',
    oauthProfile: info.getCredentialAttribute('oauth_entity_profile') || '',
    useMid,
    midServer,
  }
}

/** The bridge settings: the base URL from the alias, timeout and plan-only from the properties, checked. */
export function readSettings(): BridgeSettings {
  return parseSettings(
    settingsInput(readConnection(), {
      timeoutSeconds: gs.getProperty(PROPERTIES.timeoutSeconds, '30'),
      planOnly: gs.getProperty(PROPERTIES.planOnly, 'false'),
    }),
  )
}

/** Sends through the REST message, authenticated and routed as {@link sendAuthenticated} says. */
export function glideTransport(): Transport {
  return {
    send(call): HttpAnswer {
      const Ctor = RESTMessageV2 as unknown as RestMessageCtor
      const message = new Ctor(call.restMessage, call.functionName)
      for (const name of Object.keys(call.variables))
        message.setStringParameterNoEscape(name, call.variables[name])
      message.setHttpTimeout(call.timeoutSeconds * 1000)
      return sendAuthenticated(message, call.timeoutSeconds)
    },
  }
}

/**
 * Adds the alias's authentication and routing to a request and sends it: an OAuth 2.0 credential's profile
 * (`setAuthenticationProfile`) or an API Key credential's key as the bridge's client-token header, and the
 * connection's MID Server when it uses one (a MID Server call is asynchronous: wait for it up to
 * `timeoutSeconds`, the same as the message's HTTP timeout). Nothing instance-specific or secret is in the source. Also used by the ATF suite's GET
 * of the bridge's least-privilege report (`atf-glide.ts`) and the request ageing job (`requests-glide.ts`),
 * so every call authenticates alike.
 */
export function sendAuthenticated(message: RESTMessageV2, timeoutSeconds = 30): HttpAnswer {
  const connection = readConnection()
  const auth = bridgeAuth(connection)
  if (auth.kind === 'oauth2') message.setAuthenticationProfile('oauth2', auth.profileId)
  if (auth.kind === 'api_key') message.setRequestHeader(CLIENT_TOKEN_HEADER, auth.clientToken)
  const midServer = connection.found ? midServerOf(connection) : ''
  let response: RESTResponseV2
  if (midServer === '') response = message.execute()
  else {
    message.setMIDServer(midServer)
    response = message.executeAsync()
    response.waitForResponse(timeoutSeconds)
  }
  const status = response.getStatusCode()
  return {
    status: response.haveError() && status < 100 ? 0 : status,
    body: response.getBody() || '',
    ...(response.haveError() ? { transportError: response.getErrorMessage() } : {}),
  }
}

/**
 * Test connection, as the "Okta bridge setup" page's button runs it: whether the bridge is reachable, who the
 * alias's credential authenticates as and which flows it may invoke — in plain words.
 */
export function testBridgeConnection(): ConnectionTest {
  return testConnection(
    glideTransport(),
    readSettings,
    () => midServerOf(readConnection()),
    () => bridgeAuth(readConnection()).kind,
  )
}

/**
 * The "Okta bridge setup" page's steps, the first checked against the alias (no secret shown), the catalog
 * sync against whether any active Okta resource came from Okta (synced rows carry an Okta id).
 */
export function bridgeSetupSteps(): SetupStep[] {
  const alias = new GlideRecord('sys_alias')
  alias.addQuery('id', CONNECTION_ALIAS.id)
  alias.setLimit(1)
  alias.query()
  const aliasSysId = alias.next() ? alias.getUniqueValue() : ''
  const resource = new GlideRecord(TABLES.oktaResource)
  resource.addQuery('active', true)
  resource.addNotNullQuery('okta_id')
  resource.setLimit(1)
  resource.query()
  return setupSteps(readConnection(), aliasSysId, resource.hasNext())
}

/** The Okta Bridge: Plan action. */
export function planAction(inputs: ActionInputs): ActionOutputs {
  return runActionWithSettings(glideTransport(), readSettings, inputs, 'plan')
}

/** The Okta Bridge: Invoke action; the ticket carries who approved it (the golden thread's approver). */
export function invokeAction(inputs: ActionInputs): ActionOutputs {
  const approvedBy = inputs.approvedBy || approverOf(ticketRefOf(inputs))
  return runActionWithSettings(
    glideTransport(),
    readSettings,
    approvedBy ? { ...inputs, approvedBy } : inputs,
    'invoke',
  )
}

/** The user name of the latest approval given on a requested item (or any task), if any. */
function approverOf(ticket: { sysId?: string; number?: string }): string | undefined {
  if (!ticket.sysId && !ticket.number) return undefined
  const approval = new GlideRecord('sysapproval_approver')
  if (ticket.sysId) approval.addQuery('sysapproval', ticket.sysId)
  else approval.addQuery('sysapproval.number', ticket.number)
  approval.addQuery('state', 'approved')
  approval.orderByDesc('sys_updated_on')
  approval.setLimit(1)
  approval.query()
  if (!approval.next()) return undefined
  return approval.getElement('approver.user_name')?.toString() || undefined
}

/** Today on the instance, as YYYY-MM-DD (UTC). */
function today(): string {
  return new GlideDateTime().getDate().getByFormat('yyyy-MM-dd')
}

/** Every catalog variable of a requested item as strings; references as their display value. */
function catalogValues(item: GlideRecord): CatalogValues {
  const variables = (item as unknown as { variables: Record<string, GlideVariable | undefined> }).variables
  const values: Record<string, string> = {}
  for (const name of Object.values(VARIABLES)) {
    const variable = variables[name]
    if (!variable) continue
    const reference =
      name === VARIABLES.department ||
      name === VARIABLES.manager ||
      name.endsWith('department') ||
      name.endsWith('location')
    values[name] = reference ? variable.getDisplayValue() : variable.toString()
  }
  return values
}

/** The active birthright rules, with their resources' Okta ids split into groups and apps (also used by onboarding). */
export function birthrightRules(): BirthrightRule[] {
  const rules: BirthrightRule[] = []
  const rule = new GlideRecord(TABLES.birthrightRule)
  rule.addQuery('active', true)
  rule.query()
  while (rule.next()) {
    const groups: string[] = []
    const apps: string[] = []
    const resource = new GlideRecord(TABLES.oktaResource)
    resource.addQuery('sys_id', 'IN', rule.getValue('resources') || '')
    resource.addQuery('active', true)
    resource.query()
    while (resource.next())
      (resource.getValue('type') === 'app' ? apps : groups).push(resource.getValue('okta_id'))
    rules.push({
      department: rule.getDisplayValue('department'),
      title: rule.getValue('title') || '',
      location: rule.getDisplayValue('location'),
      groups,
      apps,
    })
  }
  return rules
}

/** The ticket of a requested item. */
function ticketOf(item: GlideRecord): TicketContext {
  return {
    number: item.getValue('number'),
    sysId: item.getUniqueValue(),
    requestedBy: gs.getUserNameByUserID(item.getValue('opened_by')) || gs.getUserName(),
  }
}

/** Where a ServiceNow user sits today (a mover's old position). */
function positionOfUser(userSysId: string): Position {
  const user = new GlideRecord('sys_user')
  if (!user.get(userSysId)) return {}
  return {
    department: user.getDisplayValue('department'),
    title: user.getValue('title') || '',
    location: user.getDisplayValue('location'),
  }
}

/** What the Build request action answers: the call as strings, or the variables' problems. */
export interface BuiltRequest {
  flow: string
  payload: string
  ticket: string
  idempotency_key: string
  error: string
  /** 'true' when the flow must ask for an approval. */
  approval_required: string
  approver_user: string
  approver_group: string
  /** The group a failure task goes to. */
  help_desk_group: string
}

/** Builds the bridge call of a requested item from its catalog item and variables. */
export function buildItemRequest(itemSysId: string, kind: ItemKind): BuiltRequest {
  const base = {
    flow: '',
    payload: '',
    ticket: '',
    idempotency_key: '',
    error: '',
    approval_required: 'false',
    approver_user: '',
    approver_group: '',
    help_desk_group: gs.getProperty(PROPERTIES.helpDeskGroup, ''),
  }
  // The kind comes from a flow as a string: an unknown one must not fall through to account help.
  if (!ITEM_KINDS.includes(kind)) return { ...base, error: `Unknown catalog item kind "${kind}".` }
  const item = new GlideRecord('sc_req_item')
  if (!item.get(itemSysId)) return { ...base, error: `No requested item ${itemSysId}.` }
  const values = catalogValues(item)
  const ticket = ticketOf(item)
  const variables = (item as unknown as { variables: Record<string, GlideVariable | undefined> }).variables
  const managerOf = (userSysId: string) => {
    const user = new GlideRecord('sys_user')
    return user.get(userSysId) ? user.getValue('manager') || '' : ''
  }
  const manager =
    kind === 'joiner' ? String(variables.manager ?? '') : managerOf(String(variables.subject ?? ''))
  const approval = approvalFor(
    gs.getProperty(PROPERTIES.approval, 'manager'),
    kind,
    manager,
    gs.getProperty(PROPERTIES.approvalGroup, ''),
  )
  if (approval.problem) return { ...base, ticket: JSON.stringify(ticket), error: approval.problem }
  const who = {
    approval_required: approval.required ? 'true' : 'false',
    approver_user: approval.user,
    approver_group: approval.group,
  }
  try {
    let call: BridgeCall
    if (kind === 'joiner') {
      const access: Access = birthrightAccess(birthrightRules(), {
        department: values[VARIABLES.department],
        title: values[VARIABLES.title],
        location: values[VARIABLES.location],
      })
      call = buildJoiner(values, ticket, access, today())
    } else if (kind === 'mover') {
      const rules = birthrightRules()
      const subject = variables.subject
      const from = birthrightAccess(rules, positionOfUser(subject ? subject.toString() : ''))
      const to = birthrightAccess(rules, {
        department: values[VARIABLES.newDepartment],
        title: values[VARIABLES.newTitle],
        location: values[VARIABLES.newLocation],
      })
      call = buildMover(values, ticket, accessDiff(from, to), today())
    } else if (kind === 'leaver') {
      call = buildLeaver(values, ticket, today())
    } else {
      call = buildAccountHelp(values, ticket)
    }
    return {
      ...base,
      ...who,
      flow: call.flow,
      payload: JSON.stringify(call.request),
      ticket: JSON.stringify(call.request.ticket),
      idempotency_key: idempotencyKey(ticket, call.flow),
    }
  } catch (error) {
    const message = isPayloadError(error) ? error.message : String(error)
    return { ...base, ticket: JSON.stringify(ticket), error: message }
  }
}

/**
 * Records an Invoke action's outcome on the requested item: the work note and the golden thread rows
 * that {@link outcomeRecords} computes.
 */
export function recordOutcome(itemSysId: string, outcome: OutcomeInput): void {
  const item = new GlideRecord('sc_req_item')
  if (!item.get(itemSysId)) return
  const { workNote, rows } = outcomeRecords(outcome, itemSysId, new GlideDateTime().getValue())
  if (workNote) {
    item.setValue('work_notes', workNote)
    item.update()
  }
  for (const row of rows) insertRow(row)
}

/** Inserts one golden thread row. */
function insertRow(row: GoldenThreadRow): void {
  const record = new GlideRecord(TABLES.goldenThread)
  record.initialize()
  for (const field of Object.keys(row) as (keyof GoldenThreadRow)[]) record.setValue(field, row[field])
  record.insert()
}
