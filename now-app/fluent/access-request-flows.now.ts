import '@servicenow/sdk/global'
import { Action, action, actionStep, Flow, Subflow, trigger, wfa } from '@servicenow/sdk/automation'
import { ReferenceColumn, StringColumn } from '@servicenow/sdk/core'
import { APP_ACTIONS, APP_FLOWS } from '../server/bridge/setup.ts'
import { oktaBridgeInvoke, oktaBridgePlan, oktaBridgeRecordOutcome } from './actions.now'
import { oktaBridgeTrackCall } from './requests.now'

// ============================================================================
// Access request flows: Request access, End access, Extend access, each
// triggered by its item (Now.ref('sys_hub_flow', 'flow_<item>') in
// access-requests.now.ts) and calling the subflow Okta Access: approve and
// apply with its requested item and kind:
//
//   build the request (the same checks as the client scripts, again: end
//   date, visibility, direct report; the approvers, never the requester) →
//   dry-run plan on the item → approval by approver 1 then approver 2 (none
//   for End access) → invoke with the plan hash → work note and golden
//   thread rows → grant row → close complete, the end of the access stated.
//
// A request that cannot be approved or is not valid (a date beyond the
// maximum, only the requester could approve) is closed incomplete with the
// reason, as is a rejection (with the approver's comment). Any other failure
// leaves the item in Work in Progress with a task for the help desk.
// ============================================================================

/** Requested item states (sc_req_item.state). */
const STATE_WORK_IN_PROGRESS = '2'
const STATE_CLOSED_COMPLETE = '3'
const STATE_CLOSED_INCOMPLETE = '4'
const STATE_CLOSED_SKIPPED = '7'

// ---------------------------------------------------------------- Actions

/** Builds the bridge call of an access item, names its approvers, or says why it is refused. */
export const oktaAccessBuildRequest = Action(
  {
    $id: Now.ID['action_okta_access_build_request'],
    name: APP_ACTIONS.accessBuildRequest.name,
    description:
      'Builds the bridge call of an access item (grant-access, revoke-access, extend-access) from its variables, checks them again on the server, and names its approvers (never the requester).',
    category: 'Okta JML',
    access: 'public',
    inputs: {
      requested_item: ReferenceColumn({
        label: 'Requested item',
        referenceTable: 'sc_req_item',
        mandatory: true,
      }),
      kind: StringColumn({ label: 'Access item kind', mandatory: true, maxLength: 40 }),
    },
    outputs: {
      flow: StringColumn({ label: 'Flow', maxLength: 4000 }),
      payload: StringColumn({ label: 'Payload (JSON)', maxLength: 16000 }),
      ticket: StringColumn({ label: 'Ticket', maxLength: 4000 }),
      idempotency_key: StringColumn({ label: 'Idempotency key', maxLength: 4000 }),
      rejection: StringColumn({ label: 'Rejection', maxLength: 16000 }),
      error: StringColumn({ label: 'Error', maxLength: 16000 }),
      approver_1: StringColumn({ label: 'First approver', maxLength: 4000 }),
      approver_2: StringColumn({ label: 'Second approver', maxLength: 4000 }),
      summary: StringColumn({ label: 'Summary', maxLength: 16000 }),
      help_desk_group: StringColumn({ label: 'Help-desk group', maxLength: 4000 }),
    },
  },
  (params) => {
    const step = wfa.actionStep(
      actionStep.script,
      { $id: Now.ID['action_okta_access_build_request_script'], label: 'Okta Access: Build request' },
      {
        required_run_time: 'instance',
        script: Now.include('../scripts/action-access-build.js'),
        errorHandlingType: 'dont_stop_the_action',
        inputVariables: {
          requested_item: {
            label: 'Requested item',
            value: wfa.dataPill(params.inputs.requested_item, 'reference'),
          },
          kind: { label: 'Access item kind', value: wfa.dataPill(params.inputs.kind, 'string') },
        },
        outputVariables: {
          flow: StringColumn({ label: 'Flow', maxLength: 4000 }),
          payload: StringColumn({ label: 'Payload (JSON)', maxLength: 16000 }),
          ticket: StringColumn({ label: 'Ticket', maxLength: 4000 }),
          idempotency_key: StringColumn({ label: 'Idempotency key', maxLength: 4000 }),
          rejection: StringColumn({ label: 'Rejection', maxLength: 16000 }),
          error: StringColumn({ label: 'Error', maxLength: 16000 }),
          approver_1: StringColumn({ label: 'First approver', maxLength: 4000 }),
          approver_2: StringColumn({ label: 'Second approver', maxLength: 4000 }),
          summary: StringColumn({ label: 'Summary', maxLength: 16000 }),
          help_desk_group: StringColumn({ label: 'Help-desk group', maxLength: 4000 }),
        },
      },
    )
    wfa.assignActionOutputs(params.outputs, {
      flow: wfa.dataPill(step.flow, 'string'),
      payload: wfa.dataPill(step.payload, 'string'),
      ticket: wfa.dataPill(step.ticket, 'string'),
      idempotency_key: wfa.dataPill(step.idempotency_key, 'string'),
      rejection: wfa.dataPill(step.rejection, 'string'),
      error: wfa.dataPill(step.error, 'string'),
      approver_1: wfa.dataPill(step.approver_1, 'string'),
      approver_2: wfa.dataPill(step.approver_2, 'string'),
      summary: wfa.dataPill(step.summary, 'string'),
      help_desk_group: wfa.dataPill(step.help_desk_group, 'string'),
    })
  },
)

/** Creates or updates the grant row from the bridge's answer; outputs the closing note with the end date. */
export const oktaAccessRecordGrant = Action(
  {
    $id: Now.ID['action_okta_access_record_grant'],
    name: APP_ACTIONS.accessRecordGrant.name,
    description:
      'Creates (Request access) or updates (End access, Extend access) the access grant row from the bridge’s answer, and outputs the closing note stating when the access ends.',
    category: 'Okta JML',
    access: 'public',
    inputs: {
      requested_item: ReferenceColumn({
        label: 'Requested item',
        referenceTable: 'sc_req_item',
        mandatory: true,
      }),
      kind: StringColumn({ label: 'Access item kind', mandatory: true, maxLength: 40 }),
      output: StringColumn({ label: 'Output (JSON)', maxLength: 16000 }),
    },
    outputs: {
      close_note: StringColumn({ label: 'Closing note', maxLength: 4000 }),
    },
  },
  (params) => {
    const step = wfa.actionStep(
      actionStep.script,
      { $id: Now.ID['action_okta_access_record_grant_script'], label: 'Okta Access: Record grant' },
      {
        required_run_time: 'instance',
        script: Now.include('../scripts/action-access-record-grant.js'),
        errorHandlingType: 'dont_stop_the_action',
        inputVariables: {
          requested_item: {
            label: 'Requested item',
            value: wfa.dataPill(params.inputs.requested_item, 'reference'),
          },
          kind: { label: 'Access item kind', value: wfa.dataPill(params.inputs.kind, 'string') },
          output: { label: 'Output (JSON)', value: wfa.dataPill(params.inputs.output, 'string') },
        },
        outputVariables: {
          close_note: StringColumn({ label: 'Closing note', maxLength: 4000 }),
        },
      },
    )
    wfa.assignActionOutputs(params.outputs, { close_note: wfa.dataPill(step.close_note, 'string') })
  },
)

/** The note of a rejected access item: the step, the approver and their comment. */
export const oktaAccessRejectionNote = Action(
  {
    $id: Now.ID['action_okta_access_rejection_note'],
    name: APP_ACTIONS.accessRejectionNote.name,
    description:
      'Outputs the note of a rejected access item: which step rejected it, who, and their comment.',
    category: 'Okta JML',
    access: 'public',
    inputs: {
      requested_item: ReferenceColumn({
        label: 'Requested item',
        referenceTable: 'sc_req_item',
        mandatory: true,
      }),
      level: StringColumn({ label: 'Approval step', maxLength: 40 }),
    },
    outputs: {
      note: StringColumn({ label: 'Note', maxLength: 4000 }),
    },
  },
  (params) => {
    const step = wfa.actionStep(
      actionStep.script,
      { $id: Now.ID['action_okta_access_rejection_note_script'], label: 'Okta Access: Rejection note' },
      {
        required_run_time: 'instance',
        script: Now.include('../scripts/action-access-rejected.js'),
        errorHandlingType: 'dont_stop_the_action',
        inputVariables: {
          requested_item: {
            label: 'Requested item',
            value: wfa.dataPill(params.inputs.requested_item, 'reference'),
          },
          level: { label: 'Approval step', value: wfa.dataPill(params.inputs.level, 'string') },
        },
        outputVariables: {
          note: StringColumn({ label: 'Note', maxLength: 4000 }),
        },
      },
    )
    wfa.assignActionOutputs(params.outputs, { note: wfa.dataPill(step.note, 'string') })
  },
)

// ---------------------------------------------------------------- The shared sequence

/** Checks, approves (except End access) and applies one access item through the bridge, and closes it. */
export const accessApproveApply = Subflow(
  {
    $id: Now.ID['subflow_access_approve_apply'],
    name: APP_FLOWS.accessApproveApply.name,
    description:
      'Fulfils one access item: request checked on the server, dry-run plan on the item, approvals (never by the requester; none for End access), invocation with the plan hash, golden thread, grant row, close with the end date stated.',
    runAs: 'system',
    access: 'package_private',
    category: 'Okta JML',
    inputs: {
      requested_item: ReferenceColumn({
        label: 'Requested item',
        referenceTable: 'sc_req_item',
        mandatory: true,
      }),
      kind: StringColumn({
        label: 'Access item kind (request, end, extend)',
        mandatory: true,
        maxLength: 40,
      }),
    },
  },
  (params) => {
    const built = wfa.action(
      oktaAccessBuildRequest,
      {
        $id: Now.ID['subflow_aaa_build'],
        annotation: 'Variables checked again → bridge request and approvers',
      },
      {
        requested_item: wfa.dataPill(params.inputs.requested_item, 'reference'),
        kind: wfa.dataPill(params.inputs.kind, 'string'),
      },
    )
    // The requester's mistake (date beyond the maximum, resource not theirs to see, only they could
    // approve): closed with the reason, nothing asked of anyone.
    wfa.flowLogic.if(
      {
        $id: Now.ID['subflow_aaa_if_rejected'],
        condition: `${wfa.dataPill(built.rejection, 'string')}ISNOTEMPTY`,
      },
      () => {
        wfa.action(
          action.core.updateRecord,
          { $id: Now.ID['subflow_aaa_rejected_close'] },
          {
            table_name: 'sc_req_item',
            record: wfa.dataPill(params.inputs.requested_item, 'reference'),
            values: TemplateValue({
              work_notes: `${wfa.dataPill(built.rejection, 'string')}`,
              comments: `${wfa.dataPill(built.rejection, 'string')}`,
              close_notes: `${wfa.dataPill(built.rejection, 'string')}`,
              state: STATE_CLOSED_INCOMPLETE,
            }),
          },
        )
        wfa.flowLogic.endFlow({ $id: Now.ID['subflow_aaa_rejected_end'] })
      },
    )
    wfa.flowLogic.if(
      {
        $id: Now.ID['subflow_aaa_if_invalid'],
        condition: `${wfa.dataPill(built.error, 'string')}ISNOTEMPTY`,
      },
      () => {
        wfa.action(
          action.core.updateRecord,
          { $id: Now.ID['subflow_aaa_invalid_note'] },
          {
            table_name: 'sc_req_item',
            record: wfa.dataPill(params.inputs.requested_item, 'reference'),
            values: TemplateValue({
              work_notes: `${wfa.dataPill(built.error, 'string')}`,
              state: STATE_WORK_IN_PROGRESS,
            }),
          },
        )
        wfa.action(
          action.core.createCatalogTask,
          { $id: Now.ID['subflow_aaa_invalid_task'] },
          {
            ah_requested_item: wfa.dataPill(params.inputs.requested_item, 'reference'),
            ah_short_description: 'Okta access request failed: see the work notes of the requested item',
            ah_fields: TemplateValue({
              assignment_group: `${wfa.dataPill(built.help_desk_group, 'string')}`,
            }),
            ah_wait: false,
          },
        )
        wfa.flowLogic.endFlow({ $id: Now.ID['subflow_aaa_invalid_end'] })
      },
    )

    const planned = wfa.action(
      oktaBridgePlan,
      { $id: Now.ID['subflow_aaa_plan'], annotation: 'Dry run: what will change in Okta' },
      {
        flow: wfa.dataPill(built.flow, 'string'),
        payload: wfa.dataPill(built.payload, 'string'),
        ticket: wfa.dataPill(built.ticket, 'string'),
        idempotency_key: wfa.dataPill(built.idempotency_key, 'string'),
      },
    )
    wfa.flowLogic.if(
      {
        $id: Now.ID['subflow_aaa_if_plan_failed'],
        condition: `${wfa.dataPill(planned.status, 'string')}=failed`,
      },
      () => {
        wfa.action(
          action.core.updateRecord,
          { $id: Now.ID['subflow_aaa_plan_failed_note'] },
          {
            table_name: 'sc_req_item',
            record: wfa.dataPill(params.inputs.requested_item, 'reference'),
            values: TemplateValue({
              work_notes: `${wfa.dataPill(planned.error, 'string')}`,
              state: STATE_WORK_IN_PROGRESS,
            }),
          },
        )
        wfa.action(
          action.core.createCatalogTask,
          { $id: Now.ID['subflow_aaa_plan_failed_task'] },
          {
            ah_requested_item: wfa.dataPill(params.inputs.requested_item, 'reference'),
            ah_short_description: 'Okta access request failed: see the work notes of the requested item',
            ah_fields: TemplateValue({
              assignment_group: `${wfa.dataPill(built.help_desk_group, 'string')}`,
            }),
            ah_wait: false,
          },
        )
        wfa.flowLogic.endFlow({ $id: Now.ID['subflow_aaa_plan_failed_end'] })
      },
    )
    // What the approvers read: who asks for what until when and why, then exactly what changes in Okta.
    wfa.action(
      action.core.updateRecord,
      { $id: Now.ID['subflow_aaa_plan_note'] },
      {
        table_name: 'sc_req_item',
        record: wfa.dataPill(params.inputs.requested_item, 'reference'),
        values: TemplateValue({
          work_notes: `${wfa.dataPill(built.summary, 'string')}\n${wfa.dataPill(planned.plan_text, 'string')}`,
          description: `${wfa.dataPill(built.summary, 'string')}\n${wfa.dataPill(planned.plan_text, 'string')}`,
        }),
      },
    )

    // First approval (the manager, or the owner): never the requester, Build request made sure of it.
    wfa.flowLogic.if(
      {
        $id: Now.ID['subflow_aaa_if_approval_1'],
        condition: `${wfa.dataPill(built.approver_1, 'string')}ISNOTEMPTY`,
      },
      () => {
        const first = wfa.action(
          action.core.askForApproval,
          { $id: Now.ID['subflow_aaa_approval_1'] },
          {
            record: wfa.dataPill(params.inputs.requested_item, 'reference'),
            table: 'sc_req_item',
            approval_reason: 'Approve the Okta access described in this item (first approval)',
            approval_conditions: wfa.approvalRules({
              ruleSets: [
                {
                  action: 'ApprovesRejects',
                  rules: [[{ ruleType: 'Any', users: [wfa.dataPill(built.approver_1, 'string')] }]],
                },
              ],
            }),
          },
        )
        wfa.flowLogic.if(
          {
            $id: Now.ID['subflow_aaa_if_not_approved_1'],
            condition: `${wfa.dataPill(first.approval_state, 'choice')}!=approved`,
          },
          () => {
            const note = wfa.action(
              oktaAccessRejectionNote,
              { $id: Now.ID['subflow_aaa_rejection_note_1'] },
              {
                requested_item: wfa.dataPill(params.inputs.requested_item, 'reference'),
                level: 'first approval',
              },
            )
            wfa.action(
              action.core.updateRecord,
              { $id: Now.ID['subflow_aaa_rejected_close_1'] },
              {
                table_name: 'sc_req_item',
                record: wfa.dataPill(params.inputs.requested_item, 'reference'),
                values: TemplateValue({
                  work_notes: `${wfa.dataPill(note.note, 'string')}`,
                  comments: `${wfa.dataPill(note.note, 'string')}`,
                  close_notes: `${wfa.dataPill(note.note, 'string')}`,
                  state: STATE_CLOSED_INCOMPLETE,
                }),
              },
            )
            wfa.flowLogic.endFlow({ $id: Now.ID['subflow_aaa_rejected_end_1'] })
          },
        )
      },
    )
    // Second approval (the owner after the manager), when the resource asks for both.
    wfa.flowLogic.if(
      {
        $id: Now.ID['subflow_aaa_if_approval_2'],
        condition: `${wfa.dataPill(built.approver_2, 'string')}ISNOTEMPTY`,
      },
      () => {
        const second = wfa.action(
          action.core.askForApproval,
          { $id: Now.ID['subflow_aaa_approval_2'] },
          {
            record: wfa.dataPill(params.inputs.requested_item, 'reference'),
            table: 'sc_req_item',
            approval_reason: 'Approve the Okta access described in this item (resource owner)',
            approval_conditions: wfa.approvalRules({
              ruleSets: [
                {
                  action: 'ApprovesRejects',
                  rules: [[{ ruleType: 'Any', users: [wfa.dataPill(built.approver_2, 'string')] }]],
                },
              ],
            }),
          },
        )
        wfa.flowLogic.if(
          {
            $id: Now.ID['subflow_aaa_if_not_approved_2'],
            condition: `${wfa.dataPill(second.approval_state, 'choice')}!=approved`,
          },
          () => {
            const note = wfa.action(
              oktaAccessRejectionNote,
              { $id: Now.ID['subflow_aaa_rejection_note_2'] },
              {
                requested_item: wfa.dataPill(params.inputs.requested_item, 'reference'),
                level: 'resource owner approval',
              },
            )
            wfa.action(
              action.core.updateRecord,
              { $id: Now.ID['subflow_aaa_rejected_close_2'] },
              {
                table_name: 'sc_req_item',
                record: wfa.dataPill(params.inputs.requested_item, 'reference'),
                values: TemplateValue({
                  work_notes: `${wfa.dataPill(note.note, 'string')}`,
                  comments: `${wfa.dataPill(note.note, 'string')}`,
                  close_notes: `${wfa.dataPill(note.note, 'string')}`,
                  state: STATE_CLOSED_INCOMPLETE,
                }),
              },
            )
            wfa.flowLogic.endFlow({ $id: Now.ID['subflow_aaa_rejected_end_2'] })
          },
        )
      },
    )

    const invoked = wfa.action(
      oktaBridgeInvoke,
      { $id: Now.ID['subflow_aaa_invoke'], annotation: 'Apply exactly the plan approved' },
      {
        flow: wfa.dataPill(built.flow, 'string'),
        payload: wfa.dataPill(built.payload, 'string'),
        ticket: wfa.dataPill(built.ticket, 'string'),
        idempotency_key: wfa.dataPill(built.idempotency_key, 'string'),
        plan_hash: wfa.dataPill(planned.plan_hash, 'string'),
      },
    )
    // Kept for what follows a pending execution (requests.now.ts) and for Retry in Okta (same key).
    wfa.action(
      oktaBridgeTrackCall,
      { $id: Now.ID['subflow_aaa_track'], annotation: 'Keep the call for follow-up and retry' },
      {
        requested_item: wfa.dataPill(params.inputs.requested_item, 'reference'),
        flow: wfa.dataPill(built.flow, 'string'),
        payload: wfa.dataPill(built.payload, 'string'),
        ticket: wfa.dataPill(built.ticket, 'string'),
        idempotency_key: wfa.dataPill(built.idempotency_key, 'string'),
        plan_hash: wfa.dataPill(planned.plan_hash, 'string'),
        status: wfa.dataPill(invoked.status, 'string'),
        execution_id: wfa.dataPill(invoked.execution_id, 'string'),
        error_code: wfa.dataPill(invoked.error_code, 'string'),
      },
    )
    wfa.action(
      oktaBridgeRecordOutcome,
      { $id: Now.ID['subflow_aaa_record'], annotation: 'Work note and golden thread rows' },
      {
        requested_item: wfa.dataPill(params.inputs.requested_item, 'reference'),
        flow: wfa.dataPill(built.flow, 'string'),
        status: wfa.dataPill(invoked.status, 'string'),
        execution_id: wfa.dataPill(invoked.execution_id, 'string'),
        output: wfa.dataPill(invoked.output, 'string'),
        error: wfa.dataPill(invoked.error, 'string'),
        error_code: wfa.dataPill(invoked.error_code, 'string'),
        plan_text: wfa.dataPill(invoked.plan_text, 'string'),
      },
    )
    wfa.flowLogic.if(
      {
        $id: Now.ID['subflow_aaa_if_succeeded'],
        condition: `${wfa.dataPill(invoked.status, 'string')}=succeeded`,
      },
      () => {
        const grant = wfa.action(
          oktaAccessRecordGrant,
          { $id: Now.ID['subflow_aaa_record_grant'], annotation: 'Grant row; the end of the access stated' },
          {
            requested_item: wfa.dataPill(params.inputs.requested_item, 'reference'),
            kind: wfa.dataPill(params.inputs.kind, 'string'),
            output: wfa.dataPill(invoked.output, 'string'),
          },
        )
        wfa.action(
          action.core.updateRecord,
          { $id: Now.ID['subflow_aaa_close_complete'] },
          {
            table_name: 'sc_req_item',
            record: wfa.dataPill(params.inputs.requested_item, 'reference'),
            values: TemplateValue({
              comments: `${wfa.dataPill(grant.close_note, 'string')}`,
              close_notes: `${wfa.dataPill(grant.close_note, 'string')}`,
              state: STATE_CLOSED_COMPLETE,
            }),
          },
        )
      },
    )
    wfa.flowLogic.elseIf(
      {
        $id: Now.ID['subflow_aaa_if_skipped'],
        condition: `${wfa.dataPill(invoked.status, 'string')}=skipped`,
      },
      () => {
        wfa.action(
          action.core.updateRecord,
          { $id: Now.ID['subflow_aaa_close_skipped'] },
          {
            table_name: 'sc_req_item',
            record: wfa.dataPill(params.inputs.requested_item, 'reference'),
            values: TemplateValue({ state: STATE_CLOSED_SKIPPED }),
          },
        )
      },
    )
    // A 202: under way in Okta, no task; the job "Okta Bridge: follow pending executions" records the grant
    // and closes the item (or escalates past the pending timeout).
    wfa.flowLogic.elseIf(
      {
        $id: Now.ID['subflow_aaa_if_pending'],
        condition: `${wfa.dataPill(invoked.status, 'string')}=pending`,
      },
      () => {
        wfa.action(
          action.core.updateRecord,
          { $id: Now.ID['subflow_aaa_pending_wait'] },
          {
            table_name: 'sc_req_item',
            record: wfa.dataPill(params.inputs.requested_item, 'reference'),
            values: TemplateValue({ state: STATE_WORK_IN_PROGRESS }),
          },
        )
      },
    )
    wfa.flowLogic.else({ $id: Now.ID['subflow_aaa_if_invoke_failed'] }, () => {
      wfa.action(
        action.core.updateRecord,
        { $id: Now.ID['subflow_aaa_invoke_failed_note'] },
        {
          table_name: 'sc_req_item',
          record: wfa.dataPill(params.inputs.requested_item, 'reference'),
          values: TemplateValue({
            work_notes: `${wfa.dataPill(invoked.error, 'string')}`,
            state: STATE_WORK_IN_PROGRESS,
          }),
        },
      )
      wfa.action(
        action.core.createCatalogTask,
        { $id: Now.ID['subflow_aaa_invoke_failed_task'] },
        {
          ah_requested_item: wfa.dataPill(params.inputs.requested_item, 'reference'),
          ah_short_description: 'Okta access request failed: see the work notes of the requested item',
          ah_fields: TemplateValue({ assignment_group: `${wfa.dataPill(built.help_desk_group, 'string')}` }),
          ah_wait: false,
        },
      )
      wfa.flowLogic.endFlow({ $id: Now.ID['subflow_aaa_invoke_failed_end'] })
    })
  },
)

// ---------------------------------------------------------------- The access flows
// Each is its trigger and one call of the subflow (literal Now.ID keys, as the Fluent compiler needs).

/** Fulfils Request access: approvals, then grant-access. */
export const flowRequestAccess = Flow(
  {
    $id: Now.ID['flow_request_access'],
    name: APP_FLOWS.requestAccess.name,
    description:
      'Fulfils the Request access catalog item: server-side checks, approvals (manager, then owner; never the requester), grant-access through the Okta bridge, grant row, golden thread.',
    runAs: 'system',
  },
  wfa.trigger(
    trigger.application.serviceCatalog,
    { $id: Now.ID['flow_request_access_trigger'] },
    { run_flow_in: 'background' },
  ),
  (params) => {
    wfa.subflow(
      accessApproveApply,
      { $id: Now.ID['flow_request_access_run'], annotation: 'Approve and grant the access' },
      {
        requested_item: wfa.dataPill(params.trigger.request_item, 'reference'),
        kind: 'request',
        waitForCompletion: true,
      },
    )
  },
)

/** Fulfils End access: revoke-access, no approval. */
export const flowEndAccess = Flow(
  {
    $id: Now.ID['flow_end_access'],
    name: APP_FLOWS.endAccess.name,
    description:
      'Fulfils the End access catalog item: revoke-access through the Okta bridge (no approval: it only removes access), grant row, golden thread.',
    runAs: 'system',
  },
  wfa.trigger(
    trigger.application.serviceCatalog,
    { $id: Now.ID['flow_end_access_trigger'] },
    { run_flow_in: 'background' },
  ),
  (params) => {
    wfa.subflow(
      accessApproveApply,
      { $id: Now.ID['flow_end_access_run'], annotation: 'End the access now' },
      {
        requested_item: wfa.dataPill(params.trigger.request_item, 'reference'),
        kind: 'end',
        waitForCompletion: true,
      },
    )
  },
)

/** Fulfils Extend access: approvals again, then extend-access. */
export const flowExtendAccess = Flow(
  {
    $id: Now.ID['flow_extend_access'],
    name: APP_FLOWS.extendAccess.name,
    description:
      'Fulfils the Extend access catalog item: server-side checks, approvals again, extend-access through the Okta bridge, grant row, golden thread.',
    runAs: 'system',
  },
  wfa.trigger(
    trigger.application.serviceCatalog,
    { $id: Now.ID['flow_extend_access_trigger'] },
    { run_flow_in: 'background' },
  ),
  (params) => {
    wfa.subflow(
      accessApproveApply,
      { $id: Now.ID['flow_extend_access_run'], annotation: 'Approve and move the end date' },
      {
        requested_item: wfa.dataPill(params.trigger.request_item, 'reference'),
        kind: 'extend',
        waitForCompletion: true,
      },
    )
  },
)
