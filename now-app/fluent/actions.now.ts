import '@servicenow/sdk/global'
import { Action, actionStep, wfa } from '@servicenow/sdk/automation'
import { BooleanColumn, ReferenceColumn, StringColumn } from '@servicenow/sdk/core'
import { APP_ACTIONS } from '../server/bridge/setup.ts'

// ============================================================================
// Custom Flow Designer actions
// Okta Bridge: Plan and Okta Bridge: Invoke are for any flow an admin builds
// (inputs: flow, payload, ticket, idempotency key; outputs: status, execution
// id, output, error). A failure is an output (status "failed", the error
// text, its code and whether a retry can help), so a flow branches on it.
// Build request and Record outcome serve the catalog flows. Each action is
// one script step calling the server module; the logic is unit-tested there.
// ============================================================================

/** Asks the Okta bridge what a flow would change in Okta (a dry run); nothing changes. Outputs the plan in words and its hash. */
export const oktaBridgePlan = Action(
  {
    $id: Now.ID['action_okta_bridge_plan'],
    name: APP_ACTIONS.plan.name,
    description:
      'Asks the Okta bridge what a flow would change in Okta (a dry run); nothing changes. Outputs the plan in words and its hash.',
    category: 'Okta JML',
    access: 'public',
    inputs: {
      flow: StringColumn({ label: 'Flow', mandatory: true, maxLength: 4000 }),
      payload: StringColumn({ label: 'Payload (JSON)', maxLength: 16000, mandatory: true }),
      ticket: StringColumn({ label: 'Ticket', maxLength: 4000 }),
      idempotency_key: StringColumn({ label: 'Idempotency key', maxLength: 4000 }),
    },
    outputs: {
      status: StringColumn({ label: 'Status', maxLength: 4000 }),
      execution_id: StringColumn({ label: 'Execution id', maxLength: 4000 }),
      output: StringColumn({ label: 'Output (JSON)', maxLength: 16000 }),
      error: StringColumn({ label: 'Error', maxLength: 16000 }),
      error_code: StringColumn({ label: 'Error code', maxLength: 4000 }),
      retryable: BooleanColumn({ label: 'Retryable' }),
      plan_hash: StringColumn({ label: 'Plan hash', maxLength: 4000 }),
      plan_text: StringColumn({ label: 'Plan or result text', maxLength: 16000 }),
    },
  },
  (params) => {
    const step = wfa.actionStep(
      actionStep.script,
      { $id: Now.ID['action_okta_bridge_plan_script'], label: 'Okta Bridge: Plan' },
      {
        required_run_time: 'instance',
        script: Now.include('../scripts/action-plan.js'),
        errorHandlingType: 'dont_stop_the_action',
        inputVariables: {
          flow: { label: 'Flow', value: wfa.dataPill(params.inputs.flow, 'string') },
          payload: { label: 'Payload (JSON)', value: wfa.dataPill(params.inputs.payload, 'string') },
          ticket: { label: 'Ticket', value: wfa.dataPill(params.inputs.ticket, 'string') },
          idempotency_key: {
            label: 'Idempotency key',
            value: wfa.dataPill(params.inputs.idempotency_key, 'string'),
          },
        },
        outputVariables: {
          status: StringColumn({ label: 'Status', maxLength: 4000 }),
          execution_id: StringColumn({ label: 'Execution id', maxLength: 4000 }),
          output: StringColumn({ label: 'Output (JSON)', maxLength: 16000 }),
          error: StringColumn({ label: 'Error', maxLength: 16000 }),
          error_code: StringColumn({ label: 'Error code', maxLength: 4000 }),
          retryable: BooleanColumn({ label: 'Retryable' }),
          plan_hash: StringColumn({ label: 'Plan hash', maxLength: 4000 }),
          plan_text: StringColumn({ label: 'Plan or result text', maxLength: 16000 }),
        },
      },
    )
    // A failed bridge call is reported, not thrown: the status tells the calling flow to branch, and
    // dontTreatAsError keeps the flow running so it can write the work note and open the task.
    wfa.errorEvaluation([
      {
        label: 'Bridge call failed',
        condition: `${wfa.dataPill(step.status, 'string')}=failed`,
        status: { code: 422, message: 'The Okta bridge call failed: see the error output' },
        dontTreatAsError: true,
      },
    ])
    wfa.assignActionOutputs(params.outputs, {
      status: wfa.dataPill(step.status, 'string'),
      execution_id: wfa.dataPill(step.execution_id, 'string'),
      output: wfa.dataPill(step.output, 'string'),
      error: wfa.dataPill(step.error, 'string'),
      error_code: wfa.dataPill(step.error_code, 'string'),
      retryable: wfa.dataPill(step.retryable, 'boolean'),
      plan_hash: wfa.dataPill(step.plan_hash, 'string'),
      plan_text: wfa.dataPill(step.plan_text, 'string'),
    })
  },
)

/** Invokes an Okta bridge flow; with a plan hash, only if the plan is still the one approved. Outputs the execution id and the changes. */
export const oktaBridgeInvoke = Action(
  {
    $id: Now.ID['action_okta_bridge_invoke'],
    name: APP_ACTIONS.invoke.name,
    description:
      'Invokes an Okta bridge flow; with a plan hash, only if the plan is still the one approved. Outputs the execution id and the changes.',
    category: 'Okta JML',
    access: 'public',
    inputs: {
      flow: StringColumn({ label: 'Flow', mandatory: true, maxLength: 4000 }),
      payload: StringColumn({ label: 'Payload (JSON)', maxLength: 16000, mandatory: true }),
      ticket: StringColumn({ label: 'Ticket', maxLength: 4000 }),
      idempotency_key: StringColumn({ label: 'Idempotency key', maxLength: 4000 }),
      plan_hash: StringColumn({ label: 'Approved plan hash', maxLength: 4000 }),
    },
    outputs: {
      status: StringColumn({ label: 'Status', maxLength: 4000 }),
      execution_id: StringColumn({ label: 'Execution id', maxLength: 4000 }),
      output: StringColumn({ label: 'Output (JSON)', maxLength: 16000 }),
      error: StringColumn({ label: 'Error', maxLength: 16000 }),
      error_code: StringColumn({ label: 'Error code', maxLength: 4000 }),
      retryable: BooleanColumn({ label: 'Retryable' }),
      plan_hash: StringColumn({ label: 'Plan hash', maxLength: 4000 }),
      plan_text: StringColumn({ label: 'Plan or result text', maxLength: 16000 }),
    },
  },
  (params) => {
    const step = wfa.actionStep(
      actionStep.script,
      { $id: Now.ID['action_okta_bridge_invoke_script'], label: 'Okta Bridge: Invoke' },
      {
        required_run_time: 'instance',
        script: Now.include('../scripts/action-invoke.js'),
        errorHandlingType: 'dont_stop_the_action',
        inputVariables: {
          flow: { label: 'Flow', value: wfa.dataPill(params.inputs.flow, 'string') },
          payload: { label: 'Payload (JSON)', value: wfa.dataPill(params.inputs.payload, 'string') },
          ticket: { label: 'Ticket', value: wfa.dataPill(params.inputs.ticket, 'string') },
          idempotency_key: {
            label: 'Idempotency key',
            value: wfa.dataPill(params.inputs.idempotency_key, 'string'),
          },
          plan_hash: { label: 'Approved plan hash', value: wfa.dataPill(params.inputs.plan_hash, 'string') },
        },
        outputVariables: {
          status: StringColumn({ label: 'Status', maxLength: 4000 }),
          execution_id: StringColumn({ label: 'Execution id', maxLength: 4000 }),
          output: StringColumn({ label: 'Output (JSON)', maxLength: 16000 }),
          error: StringColumn({ label: 'Error', maxLength: 16000 }),
          error_code: StringColumn({ label: 'Error code', maxLength: 4000 }),
          retryable: BooleanColumn({ label: 'Retryable' }),
          plan_hash: StringColumn({ label: 'Plan hash', maxLength: 4000 }),
          plan_text: StringColumn({ label: 'Plan or result text', maxLength: 16000 }),
        },
      },
    )
    // A failed bridge call is reported, not thrown: the status tells the calling flow to branch, and
    // dontTreatAsError keeps the flow running so it can write the work note and open the task.
    wfa.errorEvaluation([
      {
        label: 'Bridge call failed',
        condition: `${wfa.dataPill(step.status, 'string')}=failed`,
        status: { code: 422, message: 'The Okta bridge call failed: see the error output' },
        dontTreatAsError: true,
      },
    ])
    wfa.assignActionOutputs(params.outputs, {
      status: wfa.dataPill(step.status, 'string'),
      execution_id: wfa.dataPill(step.execution_id, 'string'),
      output: wfa.dataPill(step.output, 'string'),
      error: wfa.dataPill(step.error, 'string'),
      error_code: wfa.dataPill(step.error_code, 'string'),
      retryable: wfa.dataPill(step.retryable, 'boolean'),
      plan_hash: wfa.dataPill(step.plan_hash, 'string'),
      plan_text: wfa.dataPill(step.plan_text, 'string'),
    })
  },
)

/** Builds the Okta bridge call of a requested item from its catalog variables and the birthright rules, and names its approver. */
export const oktaBridgeBuildRequest = Action(
  {
    $id: Now.ID['action_okta_bridge_build_request'],
    name: APP_ACTIONS.buildRequest.name,
    description:
      'Builds the Okta bridge call of a requested item from its catalog variables and the birthright rules, and names its approver.',
    category: 'Okta JML',
    access: 'public',
    inputs: {
      requested_item: ReferenceColumn({
        label: 'Requested item',
        referenceTable: 'sc_req_item',
        mandatory: true,
      }),
      kind: StringColumn({ label: 'Catalog item kind', mandatory: true, maxLength: 4000 }),
    },
    outputs: {
      flow: StringColumn({ label: 'Flow', maxLength: 4000 }),
      payload: StringColumn({ label: 'Payload (JSON)', maxLength: 16000 }),
      ticket: StringColumn({ label: 'Ticket', maxLength: 4000 }),
      idempotency_key: StringColumn({ label: 'Idempotency key', maxLength: 4000 }),
      error: StringColumn({ label: 'Error', maxLength: 16000 }),
      approval_required: StringColumn({ label: 'Approval required', maxLength: 4000 }),
      approver_user: StringColumn({ label: 'Approver', maxLength: 4000 }),
      approver_group: StringColumn({ label: 'Approving group', maxLength: 4000 }),
      help_desk_group: StringColumn({ label: 'Help-desk group', maxLength: 4000 }),
    },
  },
  (params) => {
    const step = wfa.actionStep(
      actionStep.script,
      { $id: Now.ID['action_okta_bridge_build_request_script'], label: 'Okta Bridge: Build request' },
      {
        required_run_time: 'instance',
        script: Now.include('../scripts/action-build-request.js'),
        errorHandlingType: 'dont_stop_the_action',
        inputVariables: {
          requested_item: {
            label: 'Requested item',
            value: wfa.dataPill(params.inputs.requested_item, 'reference'),
          },
          kind: { label: 'Catalog item kind', value: wfa.dataPill(params.inputs.kind, 'string') },
        },
        outputVariables: {
          flow: StringColumn({ label: 'Flow', maxLength: 4000 }),
          payload: StringColumn({ label: 'Payload (JSON)', maxLength: 16000 }),
          ticket: StringColumn({ label: 'Ticket', maxLength: 4000 }),
          idempotency_key: StringColumn({ label: 'Idempotency key', maxLength: 4000 }),
          error: StringColumn({ label: 'Error', maxLength: 16000 }),
          approval_required: StringColumn({ label: 'Approval required', maxLength: 4000 }),
          approver_user: StringColumn({ label: 'Approver', maxLength: 4000 }),
          approver_group: StringColumn({ label: 'Approving group', maxLength: 4000 }),
          help_desk_group: StringColumn({ label: 'Help-desk group', maxLength: 4000 }),
        },
      },
    )
    wfa.assignActionOutputs(params.outputs, {
      flow: wfa.dataPill(step.flow, 'string'),
      payload: wfa.dataPill(step.payload, 'string'),
      ticket: wfa.dataPill(step.ticket, 'string'),
      idempotency_key: wfa.dataPill(step.idempotency_key, 'string'),
      error: wfa.dataPill(step.error, 'string'),
      approval_required: wfa.dataPill(step.approval_required, 'string'),
      approver_user: wfa.dataPill(step.approver_user, 'string'),
      approver_group: wfa.dataPill(step.approver_group, 'string'),
      help_desk_group: wfa.dataPill(step.help_desk_group, 'string'),
    })
  },
)

/** Writes the work note and the golden thread rows of an Okta bridge invocation on the requested item. */
export const oktaBridgeRecordOutcome = Action(
  {
    $id: Now.ID['action_okta_bridge_record_outcome'],
    name: APP_ACTIONS.recordOutcome.name,
    description:
      'Writes the work note and the golden thread rows of an Okta bridge invocation on the requested item.',
    category: 'Okta JML',
    access: 'public',
    inputs: {
      requested_item: ReferenceColumn({
        label: 'Requested item',
        referenceTable: 'sc_req_item',
        mandatory: true,
      }),
      flow: StringColumn({ label: 'Flow', mandatory: true, maxLength: 4000 }),
      status: StringColumn({ label: 'Status', mandatory: true, maxLength: 4000 }),
      execution_id: StringColumn({ label: 'Execution id', maxLength: 4000 }),
      output: StringColumn({ label: 'Output (JSON)', maxLength: 16000 }),
      error: StringColumn({ label: 'Error', maxLength: 16000 }),
      error_code: StringColumn({ label: 'Error code', maxLength: 4000 }),
      plan_text: StringColumn({ label: 'Result text', maxLength: 16000 }),
    },
    outputs: {
      recorded: BooleanColumn({ label: 'Recorded' }),
    },
  },
  (params) => {
    const step = wfa.actionStep(
      actionStep.script,
      { $id: Now.ID['action_okta_bridge_record_outcome_script'], label: 'Okta Bridge: Record outcome' },
      {
        required_run_time: 'instance',
        script: Now.include('../scripts/action-record-outcome.js'),
        errorHandlingType: 'dont_stop_the_action',
        inputVariables: {
          requested_item: {
            label: 'Requested item',
            value: wfa.dataPill(params.inputs.requested_item, 'reference'),
          },
          flow: { label: 'Flow', value: wfa.dataPill(params.inputs.flow, 'string') },
          status: { label: 'Status', value: wfa.dataPill(params.inputs.status, 'string') },
          execution_id: { label: 'Execution id', value: wfa.dataPill(params.inputs.execution_id, 'string') },
          output: { label: 'Output (JSON)', value: wfa.dataPill(params.inputs.output, 'string') },
          error: { label: 'Error', value: wfa.dataPill(params.inputs.error, 'string') },
          error_code: { label: 'Error code', value: wfa.dataPill(params.inputs.error_code, 'string') },
          plan_text: { label: 'Result text', value: wfa.dataPill(params.inputs.plan_text, 'string') },
        },
        outputVariables: {
          recorded: BooleanColumn({ label: 'Recorded' }),
        },
      },
    )
    wfa.assignActionOutputs(params.outputs, {
      recorded: wfa.dataPill(step.recorded, 'boolean'),
    })
  },
)
