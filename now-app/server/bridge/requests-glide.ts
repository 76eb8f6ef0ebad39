/**
 * The Glide shell of "requests that don't strand people" (rules in requests.ts): the bridge call each
 * requested item made, kept in `x_okta_jml_bridge_call` so it can be followed up and retried with the same
 * Idempotency-Key; the scheduled job that follows pending executions; the Retry in Okta UI action; the
 * scheduled job that ages undecided approvals.
 */
import { GlideDateTime, GlideRecord, gs } from '@servicenow/glide'
import { RESTMessageV2 } from '@servicenow/glide/sn_ws'
import { recordGrant } from './access-glide.ts'
import { PROPERTIES } from './api.ts'
import type { ActionOutputs } from './client.ts'
import { invokeAction, readSettings, recordOutcome, sendAuthenticated } from './glide.ts'
import { EVENTS } from './notify-glide.ts'
import {
  BRIDGE_CALL_TABLE,
  expiredComment,
  ITEM_STATES,
  judgeApproval,
  judgePending,
  positiveSetting,
  REMINDER_MARK,
  REQUEST_DEFAULTS,
  REQUEST_PROPERTIES,
  reminderText,
  requesterReminder,
} from './requests.ts'

/** The access item kind of each access flow (the grant row is written on success). */
const ACCESS_KIND_OF_FLOW: Record<string, string> = {
  'grant-access': 'request',
  'revoke-access': 'end',
  'extend-access': 'extend',
}

/** RESTMessageV2 without a REST message record: the published typings declare a Rhino-internal constructor. */
type BareRestMessage = new () => RESTMessageV2

/** The inputs of the Okta Bridge: Track call action: the invocation as sent, and what came of it. */
export interface TrackedCall {
  requestedItem: string
  flow: string
  payload: string
  ticket: string
  idempotencyKey: string
  planHash: string
  status: string
  executionId: string
  errorCode: string
}

/**
 * Keeps the invocation of a requested item (one row per item, the latest outcome): what Retry in Okta
 * re-sends and what the pending job follows. A skipped call (plan-only mode) is not kept: nothing to follow.
 */
export function trackCall(call: TrackedCall): void {
  const status = call.status === 'pending' ? 'pending' : call.status === 'succeeded' ? 'succeeded' : 'failed'
  if (call.status === 'skipped' || !call.requestedItem) return
  const row = new GlideRecord(BRIDGE_CALL_TABLE)
  row.addQuery('requested_item', call.requestedItem)
  row.query()
  const found = row.next()
  if (!found) row.initialize()
  row.setValue('requested_item', call.requestedItem)
  row.setValue('flow', call.flow)
  row.setValue('payload', call.payload)
  row.setValue('ticket', call.ticket)
  row.setValue('idempotency_key', call.idempotencyKey)
  row.setValue('plan_hash', call.planHash)
  setOutcome(row, status, call.executionId, call.errorCode)
  if (found) row.update()
  else row.insert()
}

/** Sets a call's status, execution and error code; a pending call's wait starts now. */
function setOutcome(row: GlideRecord, status: string, executionId: string, errorCode: string): void {
  row.setValue('status', status)
  row.setValue('execution_id', executionId)
  row.setValue('error_code', status === 'succeeded' ? '' : errorCode)
  if (status === 'pending') row.setValue('pending_since', new GlideDateTime().getValue())
}

/** The scheduled job "Okta Bridge: follow pending executions": every waiting item, once. Answers how many. */
export function followPendingCalls(): number {
  const bound = positiveSetting(
    gs.getProperty(REQUEST_PROPERTIES.pendingTimeoutMinutes, ''),
    REQUEST_DEFAULTS.pendingTimeoutMinutes,
  )
  let baseUrl = ''
  try {
    baseUrl = readSettings().baseUrl
  } catch (error) {
    // Not configured: nothing can be read; the items keep waiting until an admin fixes the setting.
    gs.error(`Okta bridge: pending executions not followed: ${String(error)}`)
  }
  const row = new GlideRecord(BRIDGE_CALL_TABLE)
  row.addQuery('status', 'pending')
  row.query()
  let followed = 0
  const now = new GlideDateTime().getNumericValue()
  while (row.next()) {
    const executionId = row.getValue('execution_id') || ''
    const flow = row.getValue('flow') || ''
    const since = new GlideDateTime(row.getValue('pending_since') || '')
    const waited = now - since.getNumericValue()
    const answer = baseUrl && executionId ? readExecution(baseUrl, executionId) : { status: 0, body: '' }
    const verdict = judgePending(answer, flow, executionId, waited, bound)
    const item = row.getValue('requested_item') || ''
    if (verdict.kind === 'waiting') continue
    followed++
    if (verdict.kind === 'timed_out') {
      setOutcome(row, 'timed_out', executionId, 'execution-pending')
      row.update()
      failItem(item, verdict.note, true)
      continue
    }
    setOutcome(row, verdict.kind, executionId, verdict.outputs.error_code)
    row.update()
    applyOutcome(item, flow, verdict.outputs, true)
  }
  return followed
}

/** `GET {base}/api/flo/executions/{id}`, authenticated as every bridge call is. */
function readExecution(baseUrl: string, executionId: string) {
  const message = new (RESTMessageV2 as unknown as BareRestMessage)()
  message.setEndpoint(`${baseUrl}/api/flo/executions/${encodeURIComponent(executionId)}`)
  message.setHttpMethod('get')
  message.setRequestHeader('Accept', 'application/json')
  message.setHttpTimeout(30_000)
  return sendAuthenticated(message)
}

/**
 * Writes an outcome on the item as the flow does — work note and golden thread rows, then closed complete
 * on success; on failure the bridge's code and detail as a work note, Work in Progress, and (when
 * `openTask`) a help-desk task. Answers whether the item was closed.
 */
function applyOutcome(item: string, flow: string, outputs: ActionOutputs, openTask: boolean): boolean {
  recordOutcome(item, { flow, ...outputs })
  if (outputs.status === 'succeeded') {
    const kind = ACCESS_KIND_OF_FLOW[flow]
    // An access item also gets its grant row and the closing note stating when the access ends, as its flow does.
    if (kind) {
      const note = recordGrant(item, kind, outputs.output)
      setItem(item, { comments: note, close_notes: note, state: ITEM_STATES.closedComplete })
    } else setItem(item, { state: ITEM_STATES.closedComplete })
    return true
  }
  if (outputs.status === 'pending') {
    setItem(item, { state: ITEM_STATES.workInProgress })
    return false
  }
  failItem(item, outputs.error, openTask)
  return false
}

/** A failure note on the item, Work in Progress, and a task for the help desk when asked. */
function failItem(item: string, note: string, openTask: boolean): void {
  setItem(item, { work_notes: note, state: ITEM_STATES.workInProgress })
  if (!openTask) return
  const task = new GlideRecord('sc_task')
  task.initialize()
  task.setValue('request_item', item)
  task.setValue('short_description', 'Okta change failed: see the work notes of the requested item')
  task.setValue('assignment_group', gs.getProperty(PROPERTIES.helpDeskGroup, ''))
  task.insert()
}

/** Sets fields of a requested item. */
function setItem(item: string, fields: Record<string, string>): void {
  const record = new GlideRecord('sc_req_item')
  if (!record.get(item)) return
  for (const name of Object.keys(fields)) record.setValue(name, fields[name])
  record.update()
}

/** What Retry in Okta shows: whether the item is now closed, and the form message. */
export interface RetryAnswer {
  closed: boolean
  /** `info` when done or under way, `error` when the retry failed or there was nothing to retry. */
  level: 'info' | 'error'
  message: string
}

/**
 * Retry in Okta: re-sends the item's last call with the same Idempotency-Key and plan hash. The bridge
 * answers a finished execution's result without running it again, and restarts a failed one from a
 * fresh plan (only what is still missing is changed): a retry never duplicates a change. On success the
 * item closes complete and its open help-desk tasks close with it.
 */
export function retryItem(item: string): RetryAnswer {
  const row = new GlideRecord(BRIDGE_CALL_TABLE)
  row.addQuery('requested_item', item)
  row.addQuery('status', 'IN', 'failed,timed_out')
  row.query()
  if (!row.next())
    return { closed: false, level: 'error', message: 'There is no failed Okta call to retry on this item.' }
  const flow = row.getValue('flow') || ''
  const outputs = invokeAction({
    flow,
    payload: row.getValue('payload') || '',
    ticket: row.getValue('ticket') || '',
    idempotencyKey: row.getValue('idempotency_key') || '',
    planHash: row.getValue('plan_hash') || '',
  })
  const status =
    outputs.status === 'succeeded' ? 'succeeded' : outputs.status === 'pending' ? 'pending' : 'failed'
  setOutcome(row, status, outputs.execution_id, outputs.error_code)
  row.update()
  // The task the first failure opened is still open: a failed retry does not open another.
  const closed = applyOutcome(item, flow, outputs, false)
  if (closed) closeTasks(item, `Retried in Okta by ${gs.getUserName()}: the change is complete.`)
  if (closed)
    return {
      closed,
      level: 'info',
      message: 'Retried in Okta: the change is complete and the item is closed.',
    }
  if (status === 'pending')
    return {
      closed,
      level: 'info',
      message: 'Retried in Okta: the bridge is still applying it; the item closes when done.',
    }
  return { closed, level: 'error', message: `Retry in Okta failed again: ${outputs.error.split('\n')[0]}` }
}

/** Closes the open catalog tasks of an item as complete. */
function closeTasks(item: string, note: string): void {
  const task = new GlideRecord('sc_task')
  task.addQuery('request_item', item)
  task.addQuery('active', true)
  task.query()
  while (task.next()) {
    task.setValue('state', '3')
    task.setValue('active', false)
    task.setValue('close_notes', note)
    task.update()
  }
}

/**
 * The scheduled job "Okta Bridge: age pending approvals": every undecided approval of this app's items
 * (flows named "Okta JML: …"), by its age. Past the limit, the item closes incomplete with a note to the
 * requester and its approvals are cancelled (the waiting flow then ends as not approved, changing nothing
 * in Okta); from half-time, once, a reminder on the approval and the item. Answers how many it acted on.
 *
 * The reminder is a comment on the approval record (which approvers see in their approvals list) and a
 * work note and comment on the item: the app has no email notification of its own for it yet.
 */
export function ageApprovals(): number {
  const maxDays = positiveSetting(
    gs.getProperty(REQUEST_PROPERTIES.approvalMaxDays, ''),
    REQUEST_DEFAULTS.approvalMaxDays,
  )
  const approval = new GlideRecord('sysapproval_approver')
  approval.addQuery('state', 'requested')
  approval.addQuery('source_table', 'sc_req_item')
  approval.query()
  const now = new GlideDateTime().getNumericValue()
  const expired: Record<string, boolean> = {}
  const reminded: Record<string, boolean> = {}
  let acted = 0
  while (approval.next()) {
    const item = approval.getValue('sysapproval') || ''
    if (expired[item] || !isAppItem(item)) continue
    const created = new GlideDateTime(approval.getValue('sys_created_on') || '').getNumericValue()
    const comments = (approval as unknown as { comments: { getJournalEntry(n: number): string } }).comments
    const already = String(comments.getJournalEntry(-1) || '').indexOf(REMINDER_MARK) >= 0
    const verdict = judgeApproval(now - created, maxDays, already)
    if (verdict === 'expire') {
      expired[item] = true
      acted++
      expireItem(item, maxDays)
    } else if (verdict === 'remind') {
      acted++
      const number = itemNumber(item)
      approval.setValue('comments', reminderText(maxDays, number))
      approval.update()
      // The approver's reminder email (notifications.now.ts): parm1 the approver, parm2 the plan in words.
      gs.eventQueue(EVENTS.approvalReminder, approval, approval.getValue('approver'), itemDescription(item))
      if (!reminded[item]) {
        reminded[item] = true
        setItem(item, { work_notes: reminderText(maxDays, number), comments: requesterReminder(maxDays) })
      }
    }
  }
  return acted
}

/** A requested item's description: the bridge's plan in words, which the flow wrote there. */
function itemDescription(item: string): string {
  const record = new GlideRecord('sc_req_item')
  return record.get(item) ? record.getValue('description') || '' : ''
}

/**
 * Whether a requested item belongs to this app: its catalog item runs one of the app's flows ("Okta JML: …").
 * Read on the item, not dot-walked from the approval: `sysapproval` points at `task`, which has no catalog item.
 */
function isAppItem(item: string): boolean {
  const record = new GlideRecord('sc_req_item')
  if (!record.get(item)) return false
  const catalogItem = new GlideRecord('sc_cat_item')
  if (!catalogItem.get(record.getValue('cat_item') || '')) return false
  // The flow's display value is its name.
  return catalogItem.getDisplayValue('flow_designer_flow').indexOf('Okta JML:') === 0
}

/** The number of a requested item. */
function itemNumber(item: string): string {
  const record = new GlideRecord('sc_req_item')
  return record.get(item) ? record.getValue('number') || item : item
}

/** Closes an item for want of a decision and cancels its undecided approvals. */
function expireItem(item: string, maxDays: number): void {
  const note = expiredComment(maxDays)
  setItem(item, { comments: note, work_notes: note, state: ITEM_STATES.closedIncomplete })
  const open = new GlideRecord('sysapproval_approver')
  open.addQuery('sysapproval', item)
  open.addQuery('state', 'requested')
  open.query()
  while (open.next()) {
    open.setValue('state', 'cancelled')
    open.update()
  }
}
