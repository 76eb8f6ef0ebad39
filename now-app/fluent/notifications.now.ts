import '@servicenow/sdk/global'
import { BusinessRule, EmailNotification, Property, Record, ScheduledScript } from '@servicenow/sdk/core'
import {
  ENDING_NOTICE_PROPERTY,
  EVENTS,
  notifyAccessEnded,
  notifyApprovalRequested,
  notifyItemClosed,
  notifyItemFailed,
  notifyOnboardingPending,
} from '../server/bridge/notify-glide.ts'
import { ONBOARDING } from '../server/bridge/onboarding.ts'
import { admin } from './roles.now'

// ============================================================================
// Notifications
// Business rules and a daily job fire the app's registered events with
// gs.eventQueue (now-app/server/bridge/notify-glide.ts); the instance's
// notification engine sends the email notifications below on them, so an admin
// can change the words, turn one off or add a digest as with any notification.
// Requester: fulfilled, rejected, failed. Approver: approval requested (and a
// reminder event for request ageing). Grantee: access ending in N days with an
// Extend access link carrying the grant, access ended. Onboarding approvers:
// new Okta user awaiting a decision.
// ============================================================================

/** The app's events in the registry (scoped: suffix and event_name both set, as the registry requires). */
export const fulfilledEvent = Record({
  $id: Now.ID['event_request_fulfilled'],
  table: 'sysevent_register',
  data: {
    event_name: EVENTS.fulfilled,
    suffix: 'request.fulfilled',
    table: 'sc_req_item',
    description: 'An Okta JML or access request was carried out in Okta.',
    fired_by: 'Business rule "Okta JML: notify on close"',
    priority: 100,
  },
})
export const rejectedEvent = Record({
  $id: Now.ID['event_request_rejected'],
  table: 'sysevent_register',
  data: {
    event_name: EVENTS.rejected,
    suffix: 'request.rejected',
    table: 'sc_req_item',
    description: 'An Okta request was rejected (parm1: approver, parm2: reason).',
    fired_by: 'Business rule "Okta JML: notify on close"',
    priority: 100,
  },
})
export const failedEvent = Record({
  $id: Now.ID['event_request_failed'],
  table: 'sysevent_register',
  data: {
    event_name: EVENTS.failed,
    suffix: 'request.failed',
    table: 'sc_req_item',
    description: 'An Okta request could not be carried out (parm2: help-desk task).',
    fired_by: 'Business rule "Okta JML: notify on failure task"',
    priority: 100,
  },
})
export const approvalRequestedEvent = Record({
  $id: Now.ID['event_approval_requested'],
  table: 'sysevent_register',
  data: {
    event_name: EVENTS.approvalRequested,
    suffix: 'approval_requested',
    table: 'sysapproval_approver',
    description: 'An approver is asked about an Okta request (parm1: approver, parm2: plan).',
    fired_by: 'Business rule "Okta JML: notify approver"',
    priority: 100,
  },
})
export const approvalReminderEvent = Record({
  $id: Now.ID['event_approval_reminder'],
  table: 'sysevent_register',
  data: {
    event_name: EVENTS.approvalReminder,
    suffix: 'approval_reminder',
    table: 'sysapproval_approver',
    description: 'Reminder of a pending Okta approval (parm1: approver, parm2: plan).',
    fired_by: 'Request ageing job',
    priority: 100,
  },
})
export const accessEndingEvent = Record({
  $id: Now.ID['event_access_ending'],
  table: 'sysevent_register',
  data: {
    event_name: EVENTS.accessEnding,
    suffix: 'access_ending',
    table: 'x_okta_jml_access_grant',
    description: 'Okta access ends soon (parm1: holder, parm2: Extend access link).',
    fired_by: 'Scheduled job "Okta access: ending soon"',
    priority: 100,
  },
})
export const accessEndedEvent = Record({
  $id: Now.ID['event_access_ended'],
  table: 'sysevent_register',
  data: {
    event_name: EVENTS.accessEnded,
    suffix: 'access_ended',
    table: 'x_okta_jml_access_grant',
    description: 'Okta access ended (revoked or expired; parm1: holder).',
    fired_by: 'Business rule "Okta access: notify when ended"',
    priority: 100,
  },
})
export const onboardingPendingEvent = Record({
  $id: Now.ID['event_onboarding_pending'],
  table: 'sysevent_register',
  data: {
    event_name: EVENTS.onboardingPending,
    suffix: 'onboarding_pending',
    table: 'incident',
    description: 'A user created in Okta awaits an onboarding decision (parm1: approvers).',
    fired_by: 'Business rule "Okta onboarding: notify approvers"',
    priority: 100,
  },
})

/** How many days before access ends its holder is told. */
export const endingNoticeDays = Property({
  $id: Now.ID['property_access_ending_notice_days'],
  name: ENDING_NOTICE_PROPERTY,
  type: 'integer',
  value: '3',
  description:
    'Days before a time-bound Okta access ends that its holder gets an email with an Extend access link.',
  roles: { read: [admin], write: [admin] },
})

// ---------------------------------------------------------------- what fires the events

export const notifyOnClose = BusinessRule({
  $id: Now.ID['business_rule_notify_item_closed'],
  name: 'Okta JML: notify on close',
  table: 'sc_req_item',
  when: 'after',
  action: ['update'],
  filterCondition: 'state=3^ORstate=4^EQ',
  script: notifyItemClosed,
  description: 'Fires request.fulfilled or request.rejected when an Okta item closes.',
  active: true,
  order: 200,
})

export const notifyOnFailureTask = BusinessRule({
  $id: Now.ID['business_rule_notify_item_failed'],
  name: 'Okta JML: notify on failure task',
  table: 'sc_task',
  when: 'after',
  action: ['insert'],
  filterCondition: 'request_itemISNOTEMPTY^EQ',
  script: notifyItemFailed,
  description: 'Fires request.failed when a flow hands an Okta item to the help desk.',
  active: true,
  order: 200,
})

export const notifyApprover = BusinessRule({
  $id: Now.ID['business_rule_notify_approver'],
  name: 'Okta JML: notify approver',
  table: 'sysapproval_approver',
  when: 'after',
  action: ['insert'],
  filterCondition: 'state=requested^source_table=sc_req_item^EQ',
  script: notifyApprovalRequested,
  description: 'Fires approval_requested with the plan when an Okta item asks for an approval.',
  active: true,
  order: 200,
})

export const notifyAccessEndedRule = BusinessRule({
  $id: Now.ID['business_rule_notify_access_ended'],
  name: 'Okta access: notify when ended',
  table: 'x_okta_jml_access_grant',
  when: 'after',
  action: ['update'],
  filterCondition: 'status=revoked^ORstatus=expired^EQ',
  script: notifyAccessEnded,
  description: 'Fires access_ended when a grant is revoked or expires.',
  active: true,
  order: 200,
})

export const notifyOnboardingApprovers = BusinessRule({
  $id: Now.ID['business_rule_notify_onboarding'],
  name: 'Okta onboarding: notify approvers',
  table: 'incident',
  when: 'after',
  action: ['insert'],
  filterCondition: `category=${ONBOARDING.category}^subcategory=${ONBOARDING.subcategory}^EQ`,
  script: notifyOnboardingPending,
  description: 'Fires onboarding_pending to every onboarding approver when Okta reports a new user.',
  active: true,
  order: 200,
})

/** Daily: grants ending in N days tell their holders (the script is in the module, see notifyAccessEnding). */
export const accessEndingJob = ScheduledScript({
  $id: Now.ID['scheduled_access_ending'],
  name: 'Okta access: ending soon',
  frequency: 'daily',
  executionTime: { hours: 6, minutes: 0, seconds: 0 },
  timeZone: 'UTC',
  script: Now.include('../scripts/job-access-ending.js'),
  active: true,
})

// ---------------------------------------------------------------- the emails

export const fulfilledEmail = EmailNotification({
  $id: Now.ID['notification_request_fulfilled'],
  table: 'sc_req_item',
  name: 'Okta request fulfilled',
  description: 'Tells the person a request is for that it was carried out in Okta, and what changed.',
  triggerConditions: { generationType: 'event', eventName: EVENTS.fulfilled },
  recipientDetails: { recipientFields: ['requested_for', 'opened_by'], sendToCreator: true },
  emailContent: {
    contentType: 'text/html',
    subject: '${number} done: ${cat_item} for ${requested_for}',
    messageHtml:
      '<p>Your request ${number} (${cat_item}) is complete. This is what changed in Okta:</p><pre>${description}</pre><p>${close_notes}</p><p style="color:#666">Okta JML bridge — ServiceNow request ${number}. You get this email because the request concerns you.</p>',
  },
})

export const rejectedEmail = EmailNotification({
  $id: Now.ID['notification_request_rejected'],
  table: 'sc_req_item',
  name: 'Okta request rejected',
  description: 'Tells the requester who rejected the request and why; nothing changed in Okta.',
  triggerConditions: { generationType: 'event', eventName: EVENTS.rejected },
  recipientDetails: { recipientFields: ['requested_for', 'opened_by'], sendToCreator: true },
  emailContent: {
    contentType: 'text/html',
    subject: '${number} rejected by ${event.parm1}: ${cat_item}',
    messageHtml:
      '<p>Your request ${number} (${cat_item}) was rejected by ${event.parm1}.</p><p>Reason: ${event.parm2}</p><p>Nothing was changed in Okta. If you still need it, order the item again with the missing details.</p><p style="color:#666">Okta JML bridge — ServiceNow request ${number}. You get this email because the request concerns you.</p>',
  },
})

export const failedEmail = EmailNotification({
  $id: Now.ID['notification_request_failed'],
  table: 'sc_req_item',
  name: 'Okta request failed',
  description: 'Tells the requester the change could not be made and what to do.',
  triggerConditions: { generationType: 'event', eventName: EVENTS.failed },
  recipientDetails: { recipientFields: ['requested_for', 'opened_by'], sendToCreator: true },
  emailContent: {
    contentType: 'text/html',
    subject: '${number} could not be completed in Okta: ${cat_item}',
    messageHtml:
      '<p>Your request ${number} (${cat_item}) could not be carried out in Okta. The help desk has task ${event.parm2} and will fix it or contact you.</p><p>What to do: nothing for now — do not order the item again, that could apply the change twice. Quote ${event.parm2} if you contact the help desk.</p><p style="color:#666">Okta JML bridge — ServiceNow request ${number}. You get this email because the request concerns you.</p>',
  },
})

export const approvalRequestedEmail = EmailNotification({
  $id: Now.ID['notification_approval_requested'],
  table: 'sysapproval_approver',
  name: 'Okta approval requested',
  description: 'Asks the approver to decide, with the Okta changes the bridge planned, in words.',
  triggerConditions: { generationType: 'event', eventName: EVENTS.approvalRequested },
  recipientDetails: { recipientFields: ['approver'], sendToCreator: true },
  emailContent: {
    contentType: 'text/html',
    subject: 'Approval needed: ${sysapproval}',
    messageHtml:
      '<p>${sysapproval} needs your approval. If you approve, the Okta bridge will make these changes in Okta:</p><pre>${event.parm2}</pre><p>Approve or reject it in ServiceNow (My Approvals); a rejection needs a reason the requester will read.</p>',
  },
})

export const approvalReminderEmail = EmailNotification({
  $id: Now.ID['notification_approval_reminder'],
  table: 'sysapproval_approver',
  name: 'Okta approval reminder',
  description: 'Reminds the approver of a pending Okta approval (fired by request ageing at half-time).',
  triggerConditions: { generationType: 'event', eventName: EVENTS.approvalReminder },
  recipientDetails: { recipientFields: ['approver'], sendToCreator: true },
  emailContent: {
    contentType: 'text/html',
    subject: 'Reminder: ${sysapproval} still needs your approval',
    messageHtml:
      '<p>${sysapproval} is still waiting for your decision. Unless someone decides, it will be closed without any change in Okta.</p><pre>${event.parm2}</pre>',
  },
})

export const accessEndingEmail = EmailNotification({
  $id: Now.ID['notification_access_ending'],
  table: 'x_okta_jml_access_grant',
  name: 'Okta access ending soon',
  description:
    'Tells the holder their time-bound access ends soon, with a link to Extend access for the grant.',
  triggerConditions: { generationType: 'event', eventName: EVENTS.accessEnding },
  recipientDetails: { recipientFields: ['user'], sendToCreator: true },
  emailContent: {
    contentType: 'text/html',
    subject: 'Your access to ${resource} ends on ${expires_at}',
    messageHtml:
      '<p>Your access to ${resource} (grant ${grant_id}) ends on ${expires_at} (UTC). After that Okta removes it.</p><p>Still need it? <a href="${event.parm2}">Extend access</a> — the request opens with this grant filled in.</p>',
  },
})

export const accessEndedEmail = EmailNotification({
  $id: Now.ID['notification_access_ended'],
  table: 'x_okta_jml_access_grant',
  name: 'Okta access ended',
  description: 'Tells the holder their access was removed in Okta.',
  triggerConditions: { generationType: 'event', eventName: EVENTS.accessEnded },
  recipientDetails: { recipientFields: ['user'], sendToCreator: true },
  emailContent: {
    contentType: 'text/html',
    subject: 'Your access to ${resource} has ended',
    messageHtml:
      '<p>Your access to ${resource} (grant ${grant_id}) has ended (${status}). If you need it again, use Request access.</p>',
  },
})

export const onboardingPendingEmail = EmailNotification({
  $id: Now.ID['notification_onboarding_pending'],
  table: 'incident',
  name: 'Okta onboarding awaiting decision',
  description: 'Tells onboarding approvers that a user created in Okta waits for their decision.',
  triggerConditions: { generationType: 'event', eventName: EVENTS.onboardingPending },
  recipientDetails: { eventParm1WithRecipient: true, sendToCreator: true },
  emailContent: {
    contentType: 'text/html',
    subject: '${number}: new Okta user awaiting your decision',
    messageHtml:
      '<p>A user was created directly in Okta and waits for an onboarding decision (${number}).</p><pre>${description}</pre><p>Open the incident and use Approve onboarding or Reject onboarding.</p>',
  },
})
