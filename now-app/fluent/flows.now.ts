import '@servicenow/sdk/global'
import { action, Flow, Subflow, trigger, wfa } from '@servicenow/sdk/automation'
import { ReferenceColumn, StringColumn } from '@servicenow/sdk/core'
import { APP_FLOWS } from '../server/bridge/setup.ts'
import {
  oktaBridgeBuildRequest,
  oktaBridgeInvoke,
  oktaBridgePlan,
  oktaBridgeRecordOutcome,
} from './actions.now'
import { oktaBridgeTrackCall } from './requests.now'

// ============================================================================
// Catalog flows: one per catalog item, triggered by it (the items point here
// with Now.ref('sys_hub_flow', 'flow_<item>')). Each one calls the subflow
// Okta Bridge: plan, approve and apply with its requested item and kind:
//
//   build the request from the variables → dry-run plan → plan on the item
//   (work note and description) → approval (joiner, mover, leaver; by the
//   manager or the configured group; never for account help) → invoke with
//   the plan hash → work note and golden thread rows → close complete.
//
// Any failure (bad variables, no approver, bridge error, plan changed) writes
// the error as a work note, leaves the item open in Work in Progress and
// opens a catalog task for the help desk: never a silent success. A rejected
// approval closes the item incomplete with nothing changed in Okta.
// Flows and the subflow run as system: the bridge call needs the REST message
// and the credential, which requesters must not hold.
// ============================================================================

/** Requested item states (sc_req_item.state). */
const STATE_WORK_IN_PROGRESS = '2'
const STATE_CLOSED_COMPLETE = '3'
const STATE_CLOSED_INCOMPLETE = '4'
const STATE_CLOSED_SKIPPED = '7'

// ---------------------------------------------------------------- The shared sequence

/** Plans, approves (except account help) and applies one requested item through the bridge, and closes it. */
export const planApproveApply = Subflow(
  {
    $id: Now.ID['subflow_plan_approve_apply'],
    name: APP_FLOWS.planApproveApply.name,
    description:
      'Fulfils one Okta JML requested item: bridge request from its variables, dry-run plan on the item, approval (not for account help), invocation with the plan hash, golden thread, close. Any failure: work note, Work in Progress, help-desk task.',
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
        label: 'Item kind (joiner, mover, leaver, account_help)',
        mandatory: true,
        maxLength: 40,
      }),
    },
  },
  (params) => {
    const built = wfa.action(
      oktaBridgeBuildRequest,
      { $id: Now.ID['subflow_paa_build'], annotation: 'Variables and birthright rules → bridge request' },
      {
        requested_item: wfa.dataPill(params.inputs.requested_item, 'reference'),
        kind: wfa.dataPill(params.inputs.kind, 'string'),
      },
    )
    wfa.flowLogic.if(
      {
        $id: Now.ID['subflow_paa_if_invalid'],
        condition: `${wfa.dataPill(built.error, 'string')}ISNOTEMPTY`,
      },
      () => {
        wfa.action(
          action.core.updateRecord,
          { $id: Now.ID['subflow_paa_invalid_note'] },
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
          { $id: Now.ID['subflow_paa_invalid_task'] },
          {
            ah_requested_item: wfa.dataPill(params.inputs.requested_item, 'reference'),
            ah_short_description: 'Okta change failed: see the work notes of the requested item',
            ah_fields: TemplateValue({
              assignment_group: `${wfa.dataPill(built.help_desk_group, 'string')}`,
            }),
            ah_wait: false,
          },
        )
        wfa.flowLogic.endFlow({ $id: Now.ID['subflow_paa_invalid_end'] })
      },
    )

    const planned = wfa.action(
      oktaBridgePlan,
      { $id: Now.ID['subflow_paa_plan'], annotation: 'Dry run: what will change in Okta' },
      {
        flow: wfa.dataPill(built.flow, 'string'),
        payload: wfa.dataPill(built.payload, 'string'),
        ticket: wfa.dataPill(built.ticket, 'string'),
        idempotency_key: wfa.dataPill(built.idempotency_key, 'string'),
      },
    )
    wfa.flowLogic.if(
      {
        $id: Now.ID['subflow_paa_if_plan_failed'],
        condition: `${wfa.dataPill(planned.status, 'string')}=failed`,
      },
      () => {
        wfa.action(
          action.core.updateRecord,
          { $id: Now.ID['subflow_paa_plan_failed_note'] },
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
          { $id: Now.ID['subflow_paa_plan_failed_task'] },
          {
            ah_requested_item: wfa.dataPill(params.inputs.requested_item, 'reference'),
            ah_short_description: 'Okta change failed: see the work notes of the requested item',
            ah_fields: TemplateValue({
              assignment_group: `${wfa.dataPill(built.help_desk_group, 'string')}`,
            }),
            ah_wait: false,
          },
        )
        wfa.flowLogic.endFlow({ $id: Now.ID['subflow_paa_plan_failed_end'] })
      },
    )
    wfa.action(
      action.core.updateRecord,
      { $id: Now.ID['subflow_paa_plan_note'] },
      {
        table_name: 'sc_req_item',
        record: wfa.dataPill(params.inputs.requested_item, 'reference'),
        values: TemplateValue({
          work_notes: `${wfa.dataPill(planned.plan_text, 'string')}`,
          description: `${wfa.dataPill(planned.plan_text, 'string')}`,
        }),
      },
    )

    // The approver sees the plan in the item's description: exactly what will change in Okta.
    // Help-desk operations (account help) are never approved, whatever Build request answers.
    wfa.flowLogic.if(
      {
        $id: Now.ID['subflow_paa_if_approval'],
        condition: `${wfa.dataPill(params.inputs.kind, 'string')}!=account_help^${wfa.dataPill(built.approval_required, 'string')}=true`,
      },
      () => {
        const approval = wfa.action(
          action.core.askForApproval,
          { $id: Now.ID['subflow_paa_approval'] },
          {
            record: wfa.dataPill(params.inputs.requested_item, 'reference'),
            table: 'sc_req_item',
            approval_reason: 'Approve the Okta changes listed in the description of this item',
            approval_conditions: wfa.approvalRules({
              ruleSets: [
                {
                  action: 'ApprovesRejects',
                  rules: [
                    [
                      {
                        ruleType: 'Any',
                        users: [wfa.dataPill(built.approver_user, 'string')],
                        groups: [wfa.dataPill(built.approver_group, 'string')],
                      },
                    ],
                  ],
                },
              ],
            }),
          },
        )
        wfa.flowLogic.if(
          {
            $id: Now.ID['subflow_paa_if_not_approved'],
            condition: `${wfa.dataPill(approval.approval_state, 'choice')}!=approved`,
          },
          () => {
            wfa.action(
              action.core.updateRecord,
              { $id: Now.ID['subflow_paa_rejected_close'] },
              {
                table_name: 'sc_req_item',
                record: wfa.dataPill(params.inputs.requested_item, 'reference'),
                values: TemplateValue({
                  work_notes: 'Not approved: nothing was changed in Okta.',
                  state: STATE_CLOSED_INCOMPLETE,
                }),
              },
            )
            wfa.flowLogic.endFlow({ $id: Now.ID['subflow_paa_rejected_end'] })
          },
        )
      },
    )

    const invoked = wfa.action(
      oktaBridgeInvoke,
      { $id: Now.ID['subflow_paa_invoke'], annotation: 'Apply exactly the plan shown' },
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
      { $id: Now.ID['subflow_paa_track'], annotation: 'Keep the call for follow-up and retry' },
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
      { $id: Now.ID['subflow_paa_record'], annotation: 'Work note and golden thread rows' },
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
        $id: Now.ID['subflow_paa_if_succeeded'],
        condition: `${wfa.dataPill(invoked.status, 'string')}=succeeded`,
      },
      () => {
        wfa.action(
          action.core.updateRecord,
          { $id: Now.ID['subflow_paa_close_complete'] },
          {
            table_name: 'sc_req_item',
            record: wfa.dataPill(params.inputs.requested_item, 'reference'),
            values: TemplateValue({ state: STATE_CLOSED_COMPLETE }),
          },
        )
      },
    )
    wfa.flowLogic.elseIf(
      {
        $id: Now.ID['subflow_paa_if_skipped'],
        condition: `${wfa.dataPill(invoked.status, 'string')}=skipped`,
      },
      () => {
        wfa.action(
          action.core.updateRecord,
          { $id: Now.ID['subflow_paa_close_skipped'] },
          {
            table_name: 'sc_req_item',
            record: wfa.dataPill(params.inputs.requested_item, 'reference'),
            values: TemplateValue({ state: STATE_CLOSED_SKIPPED }),
          },
        )
      },
    )
    // A 202: the change is under way in Okta. Not a failure and no task: the item waits, and the job
    // "Okta Bridge: follow pending executions" closes it (or escalates past the pending timeout).
    wfa.flowLogic.elseIf(
      {
        $id: Now.ID['subflow_paa_if_pending'],
        condition: `${wfa.dataPill(invoked.status, 'string')}=pending`,
      },
      () => {
        wfa.action(
          action.core.updateRecord,
          { $id: Now.ID['subflow_paa_pending_wait'] },
          {
            table_name: 'sc_req_item',
            record: wfa.dataPill(params.inputs.requested_item, 'reference'),
            values: TemplateValue({ state: STATE_WORK_IN_PROGRESS }),
          },
        )
      },
    )
    wfa.flowLogic.else({ $id: Now.ID['subflow_paa_if_invoke_failed'] }, () => {
      wfa.action(
        action.core.updateRecord,
        { $id: Now.ID['subflow_paa_invoke_failed_note'] },
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
        { $id: Now.ID['subflow_paa_invoke_failed_task'] },
        {
          ah_requested_item: wfa.dataPill(params.inputs.requested_item, 'reference'),
          ah_short_description: 'Okta change failed: see the work notes of the requested item',
          ah_fields: TemplateValue({ assignment_group: `${wfa.dataPill(built.help_desk_group, 'string')}` }),
          ah_wait: false,
        },
      )
      wfa.flowLogic.endFlow({ $id: Now.ID['subflow_paa_invoke_failed_end'] })
    })
  },
)

// ---------------------------------------------------------------- The catalog flows
// Each is its trigger and one call of the subflow; the Fluent compiler needs literal Now.ID keys, so
// the four are written out rather than generated.

/** Fulfils the New hire (Joiner) item through the bridge. */
export const flowJoiner = Flow(
  {
    $id: Now.ID['flow_joiner'],
    name: APP_FLOWS.joiner.name,
    description:
      'Fulfils the New hire (Joiner) catalog item: plan, approval, invocation through the Okta bridge, golden thread.',
    runAs: 'system',
  },
  wfa.trigger(
    trigger.application.serviceCatalog,
    { $id: Now.ID['flow_joiner_trigger'] },
    { run_flow_in: 'background' },
  ),
  (params) => {
    wfa.subflow(
      planApproveApply,
      { $id: Now.ID['flow_joiner_run'], annotation: 'Plan, approve and apply the joiner' },
      {
        requested_item: wfa.dataPill(params.trigger.request_item, 'reference'),
        kind: 'joiner',
        waitForCompletion: true,
      },
    )
  },
)

/** Fulfils the Role change (Mover) item through the bridge. */
export const flowMover = Flow(
  {
    $id: Now.ID['flow_mover'],
    name: APP_FLOWS.mover.name,
    description:
      'Fulfils the Role change (Mover) catalog item: plan, approval, invocation through the Okta bridge, golden thread.',
    runAs: 'system',
  },
  wfa.trigger(
    trigger.application.serviceCatalog,
    { $id: Now.ID['flow_mover_trigger'] },
    { run_flow_in: 'background' },
  ),
  (params) => {
    wfa.subflow(
      planApproveApply,
      { $id: Now.ID['flow_mover_run'], annotation: 'Plan, approve and apply the role change' },
      {
        requested_item: wfa.dataPill(params.trigger.request_item, 'reference'),
        kind: 'mover',
        waitForCompletion: true,
      },
    )
  },
)

/** Fulfils the Leaver item through the bridge. */
export const flowLeaver = Flow(
  {
    $id: Now.ID['flow_leaver'],
    name: APP_FLOWS.leaver.name,
    description:
      'Fulfils the Leaver catalog item: plan, approval, invocation through the Okta bridge, golden thread.',
    runAs: 'system',
  },
  wfa.trigger(
    trigger.application.serviceCatalog,
    { $id: Now.ID['flow_leaver_trigger'] },
    { run_flow_in: 'background' },
  ),
  (params) => {
    wfa.subflow(
      planApproveApply,
      { $id: Now.ID['flow_leaver_run'], annotation: 'Plan, approve and apply the leaver' },
      {
        requested_item: wfa.dataPill(params.trigger.request_item, 'reference'),
        kind: 'leaver',
        waitForCompletion: true,
      },
    )
  },
)

/** Fulfils the Account help item through the bridge (no approval: a help-desk operation). */
export const flowAccountHelp = Flow(
  {
    $id: Now.ID['flow_account_help'],
    name: APP_FLOWS.accountHelp.name,
    description:
      'Fulfils the Account help catalog item: plan, invocation through the Okta bridge, golden thread.',
    runAs: 'system',
  },
  wfa.trigger(
    trigger.application.serviceCatalog,
    { $id: Now.ID['flow_account_help_trigger'] },
    { run_flow_in: 'background' },
  ),
  (params) => {
    wfa.subflow(
      planApproveApply,
      { $id: Now.ID['flow_account_help_run'], annotation: 'Plan and apply the account help (no approval)' },
      {
        requested_item: wfa.dataPill(params.trigger.request_item, 'reference'),
        kind: 'account_help',
        waitForCompletion: true,
      },
    )
  },
)
