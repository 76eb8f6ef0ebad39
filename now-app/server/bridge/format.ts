/**
 * Text for people: the plan an approver reads, the work notes on the requested item, and the golden
 * thread rows that tie each Okta change to the ticket. Plain text, because approvals and work notes are
 * shown as text in every ServiceNow UI.
 */
import type { Change, DryRunResult, InvocationResult, Target } from './contract.ts'
import { adviceFor, type BridgeError } from './errors.ts'

/** One row of `x_okta_jml_golden_thread`, with the field names of the table. */
export interface GoldenThreadRow {
  requested_item: string
  execution_id: string
  flow: string
  operation: string
  target: string
  okta_request_id: string
  outcome: 'succeeded' | 'failed'
  /** When the row was written, as the instance's `GlideDateTime` string (UTC). */
  occurred_at: string
}

/** A target in words: names where the bridge gave them, ids otherwise. */
export function describeTarget(target: Target): string {
  const parts: string[] = []
  const user = target.login ?? target.userId
  if (user) parts.push(`user ${user}`)
  const group = target.groupName ?? target.groupId
  if (group) parts.push(`group ${group}${target.groupName && target.groupId ? ` (${target.groupId})` : ''}`)
  const app = target.appLabel ?? target.appId
  if (app) parts.push(`app ${app}${target.appLabel && target.appId ? ` (${target.appId})` : ''}`)
  return parts.join(', ') || '(no target)'
}

/**
 * The approval text: what will change in Okta, one numbered line a step, from the bridge's own summary,
 * and the plan hash the invocation will carry — so the approver approves exactly this.
 */
export function formatPlanForApproval(plan: DryRunResult, ticketNumber: string): string {
  const lines =
    plan.plan.summary.length > 0
      ? plan.plan.summary
      : plan.plan.steps.map((s) => `${s.operation} ${describeTarget(s.target)}`)
  const body =
    lines.length === 0
      ? ['Nothing to change: Okta already matches the request.']
      : lines.map((line, i) => `${i + 1}. ${line}`)
  return [
    `${ticketNumber}: the Okta changes the ${plan.flow} flow will make if approved`,
    ...body,
    `Plan ${plan.planHash.slice(0, 12)} — if Okta changes before this is applied, nothing is applied and the item is sent back.`,
  ].join('\n')
}

/** The work note after a successful invocation: the execution and every change with Okta's request id. */
export function formatResultWorkNote(result: InvocationResult): string {
  const changes =
    result.changes.length === 0
      ? ['No change was needed: Okta already matched the request.']
      : result.changes.map(
          (c, i) =>
            `${i + 1}. ${c.operation} ${describeTarget(c.target)}${c.oktaRequestId ? ` (Okta request ${c.oktaRequestId})` : ''}`,
        )
  return [`Okta ${result.flow} completed — bridge execution ${result.executionId}.`, ...changes].join('\n')
}

/** The work note after a failure: what happened, the field errors, what to do, and the bridge reference. */
export function formatErrorWorkNote(error: BridgeError, flow: string): string {
  return [
    `Okta ${flow} FAILED (${error.code}${error.status ? `, HTTP ${error.status}` : ''}): ${error.message}`,
    ...error.fieldErrors.map((e) => `- ${e}`),
    adviceFor(error.kind),
    ...(error.reference ? [`Bridge reference: ${error.reference}`] : []),
  ].join('\n')
}

/** The golden thread rows of a successful invocation: one per Okta change. */
export function goldenThreadRows(
  result: InvocationResult,
  requestedItem: string,
  now: string,
): GoldenThreadRow[] {
  return result.changes.map((change: Change) => ({
    requested_item: requestedItem,
    execution_id: result.executionId,
    flow: result.flow,
    operation: change.operation,
    target: describeTarget(change.target),
    okta_request_id: change.oktaRequestId ?? '',
    outcome: 'succeeded',
    occurred_at: now,
  }))
}

/** The golden thread row of a failed invocation: the attempt is recorded too, so the thread has no gap. */
export function failedGoldenThreadRow(
  error: BridgeError,
  flow: string,
  requestedItem: string,
  now: string,
): GoldenThreadRow {
  return {
    requested_item: requestedItem,
    execution_id: '',
    flow,
    operation: error.code,
    target: error.reference ?? '',
    okta_request_id: '',
    outcome: 'failed',
    occurred_at: now,
  }
}

/** What the Record outcome action is given: an Invoke action's outputs and the flow it called. */
export interface OutcomeInput {
  flow: string
  status: string
  execution_id: string
  output: string
  error: string
  error_code: string
  plan_text: string
}

/**
 * What to write on the requested item after an invocation: the work note (empty when the calling flow
 * writes the failure note itself, with the help-desk task) and the golden thread rows — one per Okta
 * change on success, one for the failed attempt otherwise, so the thread has no gap.
 */
export function outcomeRecords(
  outcome: OutcomeInput,
  requestedItem: string,
  now: string,
): { workNote: string; rows: GoldenThreadRow[] } {
  if (outcome.status === 'succeeded') {
    let changes: Change[]
    try {
      changes = (JSON.parse(outcome.output) as { changes?: Change[] }).changes ?? []
    } catch {
      return {
        workNote: `${outcome.plan_text}\n(The bridge's answer could not be read: no golden thread rows were written.)`,
        rows: [],
      }
    }
    const result = {
      executionId: outcome.execution_id,
      flow: outcome.flow,
      status: 'succeeded' as const,
      output: null,
      changes,
    }
    return { workNote: outcome.plan_text, rows: goldenThreadRows(result, requestedItem, now) }
  }
  if (outcome.status === 'skipped') return { workNote: outcome.error, rows: [] }
  // Still running: nothing to record yet; the rows come when the outcome is known (requests-glide.ts).
  if (outcome.status === 'pending') return { workNote: outcome.error, rows: [] }
  return {
    workNote: '',
    rows: [
      {
        requested_item: requestedItem,
        execution_id: outcome.execution_id,
        flow: outcome.flow,
        operation: outcome.error_code || 'failed',
        target: '',
        okta_request_id: '',
        outcome: 'failed',
        occurred_at: now,
      },
    ],
  }
}
