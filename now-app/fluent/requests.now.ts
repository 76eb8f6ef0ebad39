import '@servicenow/sdk/global'
import { Action, actionStep, wfa } from '@servicenow/sdk/automation'
import {
  Acl,
  BooleanColumn,
  ChoiceColumn,
  CrossScopePrivilege,
  DateTimeColumn,
  Property,
  ReferenceColumn,
  ScheduledScript,
  StringColumn,
  Table,
  UiAction,
} from '@servicenow/sdk/core'
import { BRIDGE_CALL_TABLE, REQUEST_DEFAULTS, REQUEST_PROPERTIES } from '../server/bridge/requests.ts'
import { APP_ACTIONS } from '../server/bridge/setup.ts'
import { admin, helpDesk } from './roles.now'

// ============================================================================
// Requests that don't strand people (rules: now-app/server/bridge/requests.ts)
// - A 202 from the bridge (execution still running) leaves the item waiting,
//   not failed: the flow keeps the call in x_okta_jml_bridge_call and the job
//   "follow pending executions" reads the execution's status until it has an
//   outcome (closed complete, or the failure with a help-desk task) or the
//   wait passes x_okta_jml.bridge.pending_timeout_minutes (help-desk task).
// - Retry in Okta (help desk) re-sends a failed call with the same
//   Idempotency-Key: the bridge never makes a change twice.
// - The job "age pending approvals" reminds approvers at half of
//   x_okta_jml.approval.max_pending_days and closes the item past it.
// ============================================================================

/** Requested item state Work in Progress: where a failed bridge call leaves an item. */
const STATE_WORK_IN_PROGRESS = '2'

/** The bridge call of each requested item: what a pending item waits for and what Retry re-sends. */
export const x_okta_jml_bridge_call = Table({
  name: 'x_okta_jml_bridge_call',
  label: 'Okta bridge call',
  display: 'requested_item',
  audit: true,
  accessibleFrom: 'package_private',
  allowWebServiceAccess: false,
  actions: ['read', 'create', 'update'],
  schema: {
    requested_item: ReferenceColumn({
      label: 'Requested item',
      referenceTable: 'sc_req_item',
      mandatory: true,
    }),
    flow: StringColumn({ label: 'Bridge flow', maxLength: 40 }),
    payload: StringColumn({ label: 'Payload (JSON)', maxLength: 16000 }),
    ticket: StringColumn({ label: 'Ticket (JSON)', maxLength: 4000 }),
    idempotency_key: StringColumn({ label: 'Idempotency key', maxLength: 255 }),
    plan_hash: StringColumn({ label: 'Approved plan hash', maxLength: 100 }),
    status: ChoiceColumn({
      label: 'Status',
      mandatory: true,
      dropdown: 'dropdown_without_none',
      choices: {
        pending: { label: 'Pending in the bridge', sequence: 0 },
        failed: { label: 'Failed', sequence: 1 },
        timed_out: { label: 'No outcome in time', sequence: 2 },
        succeeded: { label: 'Succeeded', sequence: 3 },
      },
    }),
    execution_id: StringColumn({ label: 'Bridge execution', maxLength: 100 }),
    error_code: StringColumn({ label: 'Error code', maxLength: 100 }),
    pending_since: DateTimeColumn({ label: 'Pending since' }),
  },
})

/** The help desk and admins read the calls; flows, jobs and the UI action write them as system. */
export const bridgeCallRead = Acl({
  $id: Now.ID['acl_bridge_call_read'],
  type: 'record',
  table: 'x_okta_jml_bridge_call',
  operation: 'read',
  roles: [admin, helpDesk],
  description: 'Help desk and admins read the bridge calls of requested items.',
})

/** Only admins change a call by hand (the app writes them as system). */
export const bridgeCallWrite = Acl({
  $id: Now.ID['acl_bridge_call_write'],
  type: 'record',
  table: 'x_okta_jml_bridge_call',
  operation: 'write',
  roles: [admin],
  description: 'Only admins change a bridge call by hand.',
})

/** How long an item waits for a running bridge execution before the help desk gets a task. */
export const pendingTimeoutMinutes = Property({
  $id: Now.ID['property_bridge_pending_timeout_minutes'],
  name: REQUEST_PROPERTIES.pendingTimeoutMinutes,
  type: 'integer',
  value: String(REQUEST_DEFAULTS.pendingTimeoutMinutes),
  description:
    'Minutes a requested item waits for the outcome of a bridge execution still running (HTTP 202) before a help-desk task is opened.',
  roles: { read: [admin], write: [admin] },
})

/** How long an approval may stay undecided. */
export const approvalMaxPendingDays = Property({
  $id: Now.ID['property_approval_max_pending_days'],
  name: REQUEST_PROPERTIES.approvalMaxDays,
  type: 'integer',
  value: String(REQUEST_DEFAULTS.approvalMaxDays),
  description:
    'Days an approval of an Okta request may stay undecided: approvers are reminded at half-time, and the item closes as incomplete after it.',
  roles: { read: [admin], write: [admin] },
})

/** Keeps the bridge call of a requested item (after Invoke), for follow-up and Retry in Okta. */
export const oktaBridgeTrackCall = Action(
  {
    $id: Now.ID['action_okta_bridge_track_call'],
    name: APP_ACTIONS.trackCall.name,
    description:
      'Keeps the bridge call of a requested item and its outcome: a pending execution is followed up by a scheduled job, a failed one can be retried with the same idempotency key.',
    category: 'Okta JML',
    access: 'public',
    inputs: {
      requested_item: ReferenceColumn({
        label: 'Requested item',
        referenceTable: 'sc_req_item',
        mandatory: true,
      }),
      flow: StringColumn({ label: 'Flow', mandatory: true, maxLength: 4000 }),
      payload: StringColumn({ label: 'Payload (JSON)', maxLength: 16000 }),
      ticket: StringColumn({ label: 'Ticket', maxLength: 4000 }),
      idempotency_key: StringColumn({ label: 'Idempotency key', maxLength: 4000 }),
      plan_hash: StringColumn({ label: 'Approved plan hash', maxLength: 4000 }),
      status: StringColumn({ label: 'Status', mandatory: true, maxLength: 4000 }),
      execution_id: StringColumn({ label: 'Execution id', maxLength: 4000 }),
      error_code: StringColumn({ label: 'Error code', maxLength: 4000 }),
    },
    outputs: {
      tracked: BooleanColumn({ label: 'Tracked' }),
    },
  },
  (params) => {
    const step = wfa.actionStep(
      actionStep.script,
      { $id: Now.ID['action_okta_bridge_track_call_script'], label: 'Okta Bridge: Track call' },
      {
        required_run_time: 'instance',
        script: Now.include('../scripts/action-track-call.js'),
        errorHandlingType: 'dont_stop_the_action',
        inputVariables: {
          requested_item: {
            label: 'Requested item',
            value: wfa.dataPill(params.inputs.requested_item, 'reference'),
          },
          flow: { label: 'Flow', value: wfa.dataPill(params.inputs.flow, 'string') },
          payload: { label: 'Payload (JSON)', value: wfa.dataPill(params.inputs.payload, 'string') },
          ticket: { label: 'Ticket', value: wfa.dataPill(params.inputs.ticket, 'string') },
          idempotency_key: {
            label: 'Idempotency key',
            value: wfa.dataPill(params.inputs.idempotency_key, 'string'),
          },
          plan_hash: { label: 'Approved plan hash', value: wfa.dataPill(params.inputs.plan_hash, 'string') },
          status: { label: 'Status', value: wfa.dataPill(params.inputs.status, 'string') },
          execution_id: { label: 'Execution id', value: wfa.dataPill(params.inputs.execution_id, 'string') },
          error_code: { label: 'Error code', value: wfa.dataPill(params.inputs.error_code, 'string') },
        },
        outputVariables: {
          tracked: BooleanColumn({ label: 'Tracked' }),
        },
      },
    )
    wfa.assignActionOutputs(params.outputs, {
      tracked: wfa.dataPill(step.tracked, 'boolean'),
    })
  },
)

/**
 * Retry in Okta, on a requested item left in Work in Progress by a failed (or never-confirmed) bridge call:
 * the same call, the same idempotency key. For the help desk.
 */
export const retryInOkta = UiAction({
  $id: Now.ID['ui_action_retry_in_okta'],
  table: 'sc_req_item',
  name: 'Retry in Okta',
  actionName: 'x_okta_jml_retry_in_okta',
  hint: 'Send the failed Okta change again with the same idempotency key: nothing already done in Okta is done twice.',
  active: true,
  showUpdate: true,
  showInsert: false,
  condition: `current.state == ${STATE_WORK_IN_PROGRESS} && (function () { var call = new GlideRecord('${BRIDGE_CALL_TABLE}'); call.addQuery('requested_item', current.getUniqueValue()); call.addQuery('status', 'IN', 'failed,timed_out'); call.query(); return call.hasNext(); })()`,
  roles: [helpDesk],
  form: { showButton: true, style: 'primary' },
  order: 100,
  script: Now.include('../scripts/ui-retry-in-okta.js'),
})

/** Follows the bridge executions items are waiting for, every 5 minutes. */
export const followPendingJob = ScheduledScript({
  $id: Now.ID['job_follow_pending_executions'],
  name: 'Okta Bridge: follow pending executions',
  frequency: 'periodically',
  executionInterval: { minutes: 5 },
  script: Now.include('../scripts/job-follow-pending.js'),
})

/** Reminds and expires undecided approvals, every hour. */
export const ageApprovalsJob = ScheduledScript({
  $id: Now.ID['job_age_pending_approvals'],
  name: 'Okta Bridge: age pending approvals',
  frequency: 'periodically',
  executionInterval: { hours: 1 },
  script: Now.include('../scripts/job-age-approvals.js'),
})

// ---------------------------------------------------------------- Cross-scope access of requests-glide.ts

/** `retryItem` closes the help-desk tasks of an item it completed: reads and writes them. */
export const catalogTaskRead = CrossScopePrivilege({
  $id: Now.ID['cross_scope_sc_task_read'],
  operation: 'read',
  status: 'allowed',
  targetName: 'sc_task',
  targetScope: 'global',
  targetType: 'sys_db_object',
})

/** `retryItem` closes the help-desk tasks of an item it completed. */
export const catalogTaskWrite = CrossScopePrivilege({
  $id: Now.ID['cross_scope_sc_task_write'],
  operation: 'write',
  status: 'allowed',
  targetName: 'sc_task',
  targetScope: 'global',
  targetType: 'sys_db_object',
})

/** `ageApprovals` comments a reminder on an approval and cancels an expired one. */
export const approvalWrite = CrossScopePrivilege({
  $id: Now.ID['cross_scope_sysapproval_approver_write'],
  operation: 'write',
  status: 'allowed',
  targetName: 'sysapproval_approver',
  targetScope: 'global',
  targetType: 'sys_db_object',
})
