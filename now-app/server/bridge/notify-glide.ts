/**
 * The Glide shell of the app's notifications: business rules and the access-ending job fire the app's
 * registered events (`gs.eventQueue`) and the instance's notification engine sends the app's email
 * notifications on them (now-app/fluent/notifications.now.ts). Events carry who the email is for or the
 * words that differ per case in `parm1`/`parm2`; everything else the email reads from the record.
 */
import { GlideDateTime, GlideRecord, gs } from '@servicenow/glide'
import { ACCESS_ITEM_NAMES, ACCESS_VARIABLES } from './access.ts'
import { SCOPE } from './api.ts'
import { ONBOARDING } from './onboarding.ts'
import { TABLES } from './tables.ts'

/** The app's events (`sysevent_register.event_name`, at most 40 characters). */
export const EVENTS = {
  fulfilled: `${SCOPE}.request.fulfilled`,
  rejected: `${SCOPE}.request.rejected`,
  failed: `${SCOPE}.request.failed`,
  approvalRequested: `${SCOPE}.approval_requested`,
  approvalReminder: `${SCOPE}.approval_reminder`,
  accessEnding: `${SCOPE}.access_ending`,
  accessEnded: `${SCOPE}.access_ended`,
  onboardingPending: `${SCOPE}.onboarding_pending`,
} as const

/** How many days before a grant ends its holder is told (property; default 3). */
export const ENDING_NOTICE_PROPERTY = `${SCOPE}.access.ending_notice_days`

/** The app's catalog items by name: only their requested items notify (other items are not ours). */
export const APP_ITEM_NAMES: readonly string[] = [
  'New hire (Joiner)',
  'Role change (Mover)',
  'Leaver',
  'Account help',
  ACCESS_ITEM_NAMES.request,
  ACCESS_ITEM_NAMES.end,
  ACCESS_ITEM_NAMES.extend,
]

const CLOSED_COMPLETE = '3'
const CLOSED_INCOMPLETE = '4'

const isAppItem = (item: GlideRecord) => APP_ITEM_NAMES.includes(item.getDisplayValue('cat_item'))

/**
 * Business rule (after update, `sc_req_item`): a requested item of the app that just closed complete tells
 * its requester it was fulfilled; one closed incomplete by an approver's rejection tells who rejected it and
 * why (an item closed incomplete without a rejection — e.g. aged out — is someone else's message).
 */
export function notifyItemClosed(current: GlideRecord, previous: GlideRecord | null): void {
  const state = current.getValue('state')
  if (previous && previous.getValue('state') === state) return
  if (!isAppItem(current)) return
  if (state === CLOSED_COMPLETE) {
    gs.eventQueue(EVENTS.fulfilled, current, current.getValue('requested_for'), '')
    return
  }
  if (state !== CLOSED_INCOMPLETE) return
  const approval = new GlideRecord('sysapproval_approver')
  approval.addQuery('sysapproval', current.getUniqueValue())
  approval.addQuery('state', 'rejected')
  approval.orderByDesc('sys_updated_on')
  approval.query()
  if (!approval.next()) return
  const comments = approval.getElement('comments') as unknown as { getJournalEntry(n: number): string }
  // A journal entry starts with a "date - user (Comments)" line; the reason is what follows.
  const reason = (comments.getJournalEntry(1) || '').split('\n').slice(1).join('\n').trim()
  gs.eventQueue(
    EVENTS.rejected,
    current,
    approval.getDisplayValue('approver'),
    reason || 'No reason was given.',
  )
}

/**
 * Business rule (after insert, `sc_task`): the flows open a help-desk task only when the change could not be
 * made in Okta, so the task is the failure the requester hears about (with the task's number to quote).
 */
export function notifyItemFailed(current: GlideRecord): void {
  const item = new GlideRecord('sc_req_item')
  if (!item.get(current.getValue('request_item')) || !isAppItem(item)) return
  gs.eventQueue(EVENTS.failed, item, item.getValue('requested_for'), current.getValue('number'))
}

/**
 * Business rule (after insert, `sysapproval_approver`): the approver of an app item is asked, with the
 * bridge's plan in words (the plan text the flow wrote into the item's description).
 */
export function notifyApprovalRequested(current: GlideRecord): void {
  const item = new GlideRecord('sc_req_item')
  if (!item.get(current.getValue('sysapproval')) || !isAppItem(item)) return
  gs.eventQueue(
    EVENTS.approvalRequested,
    current,
    current.getValue('approver'),
    item.getValue('description') || item.getValue('short_description'),
  )
}

/** Business rule (after update, access grants): a grant that stopped being active tells its holder. */
export function notifyAccessEnded(current: GlideRecord, previous: GlideRecord | null): void {
  if (previous && previous.getValue('status') !== 'active') return
  if (current.getValue('status') === 'active') return
  gs.eventQueue(EVENTS.accessEnded, current, current.getValue('user'), '')
}

/**
 * Business rule (after insert, onboarding incidents): every holder of the onboarding approver role hears
 * that a new Okta user awaits their decision (`parm1`: their sys_ids; notifications have no role recipient).
 */
export function notifyOnboardingPending(current: GlideRecord): void {
  const role = new GlideRecord('sys_user_role')
  if (!role.get('name', ONBOARDING.approverRole)) return
  const holders = new GlideRecord('sys_user_has_role')
  holders.addQuery('role', role.getUniqueValue())
  holders.query()
  const users: string[] = []
  while (holders.next()) {
    const user = holders.getValue('user')
    if (user && !users.includes(user)) users.push(user)
  }
  if (users.length > 0) gs.eventQueue(EVENTS.onboardingPending, current, users.join(','), '')
}

/**
 * Scheduled job (daily): every active grant ending between N-1 and N days from now tells its holder, with a
 * link to Extend access with the grant prefilled (the portal's documented `sysparm_variable_values`). The one-day window means a daily run tells each holder once.
 */
export function notifyAccessEnding(): number {
  const days = parseInt(gs.getProperty(ENDING_NOTICE_PROPERTY, '3') || '3', 10)
  const notice = days > 0 ? days : 3
  const from = new GlideDateTime()
  from.addDaysUTC(notice - 1)
  const to = new GlideDateTime()
  to.addDaysUTC(notice)
  const extend = new GlideRecord('sc_cat_item')
  const extendItem = extend.get('name', ACCESS_ITEM_NAMES.extend) ? extend.getUniqueValue() : ''
  const base = gs.getProperty('glide.servlet.uri', '') || ''
  const grants = new GlideRecord(TABLES.accessGrant)
  grants.addQuery('status', 'active')
  grants.addQuery('expires_at', '>', from.getValue())
  grants.addQuery('expires_at', '<=', to.getValue())
  grants.query()
  let count = 0
  while (grants.next()) {
    // The portal prefills catalog variables from sysparm_variable_values (JSON of variable → value).
    const prefill = encodeURIComponent(JSON.stringify({ [ACCESS_VARIABLES.grant]: grants.getUniqueValue() }))
    const link = `${base}sp?id=sc_cat_item&sys_id=${extendItem}&sysparm_variable_values=${prefill}`
    gs.eventQueue(EVENTS.accessEnding, grants, grants.getValue('user'), link)
    count++
  }
  return count
}
