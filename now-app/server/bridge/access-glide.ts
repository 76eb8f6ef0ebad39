/**
 * The Glide shell of access requests: reads requested items, users, resources and grants, hands plain
 * values to the pure functions of `access.ts`, and writes grant rows and notes. Called by the script steps of
 * the access actions, the resource reference qualifier (through a script include), the approval business
 * rule and the My Okta access widget.
 */
import { GlideDateTime, GlideRecord, gs } from '@servicenow/glide'
import {
  ACCESS_ITEM_NAMES,
  ACCESS_KINDS,
  ACCESS_VARIABLES,
  type AccessKind,
  approvalChain,
  buildExtendAccess,
  buildGrantAccess,
  buildRevokeAccess,
  closeNote,
  type GrantRecord,
  grantFromOutput,
  grantRowValues,
  myAccessRows,
  type ResourceRecord,
  rejectionNote,
  requestSummary,
  resourceQualifier,
  type Viewer,
} from './access.ts'
import { PROPERTIES } from './api.ts'
import {
  type BridgeCall,
  type CatalogValues,
  idempotencyKey,
  isPayloadError,
  type TicketContext,
} from './payload.ts'
import { TABLES } from './tables.ts'

/** A catalog variable as Glide exposes it. */
interface GlideVariable {
  toString(): string
}

/** Today on the instance, as YYYY-MM-DD (UTC). */
function today(): string {
  return new GlideDateTime().getDate().getByFormat('yyyy-MM-dd')
}

/** A list field's sys_ids. */
function listOf(value: string): string[] {
  return value ? value.split(',').filter((v) => v !== '') : []
}

/** An Okta resource record, or undefined. */
function readResource(sysId: string): ResourceRecord | undefined {
  const r = new GlideRecord(TABLES.oktaResource)
  if (!sysId || !r.get(sysId)) return undefined
  const max = r.getValue('max_duration_days')
  return {
    sysId,
    name: r.getValue('name') || '',
    oktaId: r.getValue('okta_id') || '',
    type: r.getValue('type') || '',
    requestable: r.getValue('requestable') === '1' || r.getValue('requestable') === 'true',
    active: r.getValue('active') === '1' || r.getValue('active') === 'true',
    ...(max ? { maxDays: Number(max) } : {}),
    permanentAllowed: r.getValue('permanent_allowed') === '1' || r.getValue('permanent_allowed') === 'true',
    approvalLevels: r.getValue('approval_levels') || '',
    owner: r.getValue('owner') || '',
    departments: listOf(r.getValue('visible_to_departments') || ''),
    roles: listOf(r.getValue('visible_to_roles') || ''),
  }
}

/** A grant record, or undefined. */
function readGrant(sysId: string): (GrantRecord & { resource: string; userName: string }) | undefined {
  const g = new GlideRecord(TABLES.accessGrant)
  if (!sysId || !g.get(sysId)) return undefined
  const expires = g.getValue('expires_at')
  return {
    sysId,
    grantId: g.getValue('grant_id') || '',
    status: g.getValue('status') || '',
    user: g.getValue('user') || '',
    requestedBy: g.getValue('requested_by') || '',
    expiresAt: expires ? `${expires.replace(' ', 'T')}Z` : '',
    resource: g.getValue('resource') || '',
    userName: g.getDisplayValue('user'),
  }
}

/** A user's department and roles, for the resource criteria. */
function viewerOf(userSysId: string): Viewer {
  const user = new GlideRecord('sys_user')
  const department = userSysId && user.get(userSysId) ? user.getValue('department') || '' : ''
  const roles: string[] = []
  const has = new GlideRecord('sys_user_has_role')
  has.addQuery('user', userSysId)
  has.query()
  while (has.next()) roles.push(has.getValue('role'))
  return { department, roles }
}

/** A field of a user, or ''. */
function userField(userSysId: string, field: string): string {
  const user = new GlideRecord('sys_user')
  return userSysId && user.get(userSysId) ? user.getValue(field) || '' : ''
}

/**
 * The Resource variable's reference qualifier: the resources the current user may request. Called by the
 * script include `OktaAccessRequests` (a reference qualifier can only call a script include).
 */
export function resourceQualifierForCurrentUser(): string {
  return resourceQualifier(viewerOf(gs.getUserID()))
}

/** What the Build access request action answers. */
export interface BuiltAccessRequest {
  flow: string
  payload: string
  ticket: string
  idempotency_key: string
  /** The requester's mistake (a date too far, a resource they may not see): the item is closed with it. */
  rejection: string
  /** Anything else that stops the request: the help desk gets a task. */
  error: string
  /** The first and second approvers (`sys_user` sys_ids); '' when that step is not needed. */
  approver_1: string
  approver_2: string
  /** What is asked, in words, for the approvers. */
  summary: string
  help_desk_group: string
}

/** Every catalog variable of the access items, as strings. */
function accessValues(item: GlideRecord): CatalogValues {
  const variables = (item as unknown as { variables: Record<string, GlideVariable | undefined> }).variables
  const values: Record<string, string> = {}
  for (const name of Object.values(ACCESS_VARIABLES)) {
    const variable = variables[name]
    if (variable) values[name] = variable.toString()
  }
  return values
}

/** The call, the approvers and the summary of one access item; problems become a rejection. */
function buildFor(
  kind: AccessKind,
  item: GlideRecord,
  ticket: TicketContext,
): { call: BridgeCall; approvers: string[]; summary: string; problem: string } {
  const values = accessValues(item)
  const requester = item.getValue('opened_by') || gs.getUserID()
  const requesterName = gs.getUserNameByUserID(requester) || requester
  if (kind === 'request') {
    const report = values[ACCESS_VARIABLES.directReport] || ''
    const forReport = values[ACCESS_VARIABLES.accessFor] === 'direct_report'
    const requestedFor = forReport ? report : requester
    const resource = readResource(values[ACCESS_VARIABLES.resource] || '')
    const call = buildGrantAccess(values, {
      ticket,
      today: today(),
      requester,
      viewer: viewerOf(requester),
      resource,
      login: userField(requestedFor, 'email'),
      isManagerOfReport: forReport && report !== '' && userField(report, 'manager') === requester,
    })
    const chain = approvalChain(resource?.approvalLevels || '', {
      requester,
      requestedFor,
      manager: userField(requestedFor, 'manager'),
      requesterManager: userField(requester, 'manager'),
      owner: resource?.owner || '',
    })
    const who = gs.getUserNameByUserID(requestedFor) || requestedFor
    const summary = requestSummary(kind, who, resource?.name || '', call.request, values.justification || '')
    return { call, approvers: chain.steps.map((s) => s.approver), summary, problem: chain.problem }
  }
  const grant = readGrant(values[ACCESS_VARIABLES.grant] || '')
  const resource = grant ? readResource(grant.resource) : undefined
  if (kind === 'end') {
    // Ending access early only ever removes access: no approval.
    const call = buildRevokeAccess(values, ticket, requester, grant)
    const summary = requestSummary(
      kind,
      grant?.userName || requesterName,
      resource?.name || '',
      call.request,
      '',
    )
    return { call, approvers: [], summary, problem: '' }
  }
  const call = buildExtendAccess(values, ticket, requester, grant, resource, today())
  const holder = grant?.user || requester
  const chain = approvalChain(resource?.approvalLevels || '', {
    requester,
    requestedFor: holder,
    manager: userField(holder, 'manager'),
    requesterManager: userField(requester, 'manager'),
    owner: resource?.owner || '',
  })
  const summary = requestSummary(
    kind,
    grant?.userName || requesterName,
    resource?.name || '',
    call.request,
    values.justification || '',
  )
  return { call, approvers: chain.steps.map((s) => s.approver), summary, problem: chain.problem }
}

/** Builds the bridge call of an access item, its approvers, or the reason it is rejected. */
export function buildAccessRequest(itemSysId: string, kind: string): BuiltAccessRequest {
  const base: BuiltAccessRequest = {
    flow: '',
    payload: '',
    ticket: '',
    idempotency_key: '',
    rejection: '',
    error: '',
    approver_1: '',
    approver_2: '',
    summary: '',
    help_desk_group: gs.getProperty(PROPERTIES.helpDeskGroup, ''),
  }
  if (!ACCESS_KINDS.includes(kind)) return { ...base, error: `Unknown access item kind "${kind}".` }
  const item = new GlideRecord('sc_req_item')
  if (!item.get(itemSysId)) return { ...base, error: `No requested item ${itemSysId}.` }
  const ticket: TicketContext = {
    number: item.getValue('number'),
    sysId: item.getUniqueValue(),
    requestedBy: gs.getUserNameByUserID(item.getValue('opened_by')) || gs.getUserName(),
  }
  try {
    const built = buildFor(kind as AccessKind, item, ticket)
    if (built.problem) return { ...base, rejection: built.problem }
    return {
      ...base,
      flow: built.call.flow,
      payload: JSON.stringify(built.call.request),
      ticket: JSON.stringify(built.call.request.ticket),
      idempotency_key: idempotencyKey(ticket, built.call.flow),
      approver_1: built.approvers[0] ?? '',
      approver_2: built.approvers[1] ?? '',
      summary: built.summary,
    }
  } catch (error) {
    if (isPayloadError(error)) return { ...base, rejection: `Not possible as requested: ${error.message}` }
    return { ...base, error: String(error) }
  }
}

/**
 * After a successful bridge call: creates the grant row (Request access) or updates it (End access, Extend
 * access) from the bridge's answer, and answers the closing note that states the end of the access.
 */
export function recordGrant(itemSysId: string, kind: string, output: string): string {
  const grant = grantFromOutput(output)
  const item = new GlideRecord('sc_req_item')
  if (!grant || !item.get(itemSysId))
    return 'The bridge succeeded but its answer could not be read: no grant row was written.'
  const values = accessValues(item)
  const row = new GlideRecord(TABLES.accessGrant)
  let resourceName = ''
  let who = ''
  if (kind === 'request') {
    const forReport = values[ACCESS_VARIABLES.accessFor] === 'direct_report'
    const user = forReport ? values[ACCESS_VARIABLES.directReport] || '' : item.getValue('opened_by')
    // The same grant id again (a retried flow step) updates the row instead of adding a second one.
    if (!row.get('grant_id', grant.grantId)) {
      row.initialize()
      row.setValue('user', user)
      row.setValue('resource', values[ACCESS_VARIABLES.resource] || '')
      row.setValue('requested_item', itemSysId)
      row.setValue('requested_by', item.getValue('opened_by'))
      row.setValue('justification', values[ACCESS_VARIABLES.justification] || '')
    }
  } else if (!row.get(values[ACCESS_VARIABLES.grant] || '')) {
    return 'The bridge succeeded but the grant row no longer exists.'
  }
  const fields = grantRowValues(grant)
  for (const field of Object.keys(fields) as (keyof typeof fields)[]) row.setValue(field, fields[field])
  row.setValue('last_requested_item', itemSysId)
  if (row.isNewRecord()) row.insert()
  else row.update()
  resourceName = row.getDisplayValue('resource')
  who = row.getDisplayValue('user')
  return closeNote(kind as AccessKind, grant, resourceName, who)
}

/** The note of a rejected access item: the latest rejection's step, approver and comment. */
export function rejectedNote(itemSysId: string, level: string): string {
  const approval = new GlideRecord('sysapproval_approver')
  approval.addQuery('sysapproval', itemSysId)
  approval.addQuery('state', 'rejected')
  approval.orderByDesc('sys_updated_on')
  approval.setLimit(1)
  approval.query()
  if (!approval.next()) return rejectionNote(level, '', '')
  const comments = approval.getElement('comments') as unknown as { getJournalEntry(n: number): string }
  const latest = comments.getJournalEntry(1) || ''
  // A journal entry starts with a "date - user (Comments)" line; the reason is what follows.
  const reason = latest.split('\n').slice(1).join('\n')
  return rejectionNote(level, approval.getDisplayValue('approver'), reason)
}

/**
 * Business rule on approvals: a requester, or the person the access is for, can never approve their own
 * access item — even through delegation or a reassigned approval. Refused with a message; the flow never
 * assigns them in the first place ({@link approvalChain}).
 */
export function refuseSelfApproval(current: GlideRecord): void {
  const item = new GlideRecord('sc_req_item')
  if (!item.get(current.getValue('sysapproval'))) return
  const catalogItem = item.getDisplayValue('cat_item')
  if (catalogItem !== ACCESS_ITEM_NAMES.request && catalogItem !== ACCESS_ITEM_NAMES.extend) return
  const approver = current.getValue('approver')
  const variables = (item as unknown as { variables: Record<string, GlideVariable | undefined> }).variables
  const report = variables[ACCESS_VARIABLES.directReport]?.toString() || ''
  const grant = readGrant(variables[ACCESS_VARIABLES.grant]?.toString() || '')
  const selves = [item.getValue('opened_by'), item.getValue('requested_for'), report, grant?.user || '']
  if (approver !== '' && (selves.includes(approver) || gs.getUserID() === item.getValue('opened_by'))) {
    gs.addErrorMessage('A requester cannot approve their own access request.')
    current.setAbortAction(true)
  }
}

/** The My Okta access widget's data: the current user's active grants, and the End and Extend item ids. */
export function myAccess(): { rows: ReturnType<typeof myAccessRows>; endItem: string; extendItem: string } {
  const grants: { sysId: string; resource: string; type: string; expiresAt: string }[] = []
  const g = new GlideRecord(TABLES.accessGrant)
  g.addQuery('user', gs.getUserID())
  g.addQuery('status', 'active')
  g.query()
  while (g.next()) {
    const expires = g.getValue('expires_at')
    grants.push({
      sysId: g.getUniqueValue(),
      resource: g.getDisplayValue('resource'),
      type: g.getElement('resource.type')?.toString() || '',
      expiresAt: expires ? `${expires.replace(' ', 'T')}Z` : '',
    })
  }
  const itemId = (name: string) => {
    const item = new GlideRecord('sc_cat_item')
    return item.get('name', name) ? item.getUniqueValue() : ''
  }
  return {
    rows: myAccessRows(grants, new Date(Number(new GlideDateTime().getNumericValue())).toISOString()),
    endItem: itemId(ACCESS_ITEM_NAMES.end),
    extendItem: itemId(ACCESS_ITEM_NAMES.extend),
  }
}
