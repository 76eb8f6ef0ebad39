/**
 * Requests that don't strand people — the rules, without Glide (requests-glide.ts applies them):
 *
 * - A 202 from the bridge (`execution-pending`) is not a failure. The item waits, and a scheduled job
 *   reads the execution's status resource (`GET /api/flo/executions/{id}`) until it has an outcome or the
 *   wait outlives {@link REQUEST_PROPERTIES.pendingTimeoutMinutes}; only then does the help desk get a task.
 *   Why a scheduled job and not a loop inside the flow: Flow Designer has no do-until loop (the SDK offers
 *   `forEach` over a fixed array and `waitForADuration`, nothing that repeats until a condition holds) and a
 *   script step cannot sleep; a job also survives an instance restart, reads the bound afresh at every run
 *   (an admin who raises it helps the items already waiting) and polls every waiting item in one pass.
 * - Retry in Okta re-sends the stored call with the same Idempotency-Key: the bridge replays a finished
 *   execution and restarts a failed one from a fresh plan, so a retry never makes a change twice.
 * - Ageing: an approval pending longer than {@link REQUEST_PROPERTIES.approvalMaxDays} closes the item as
 *   incomplete with a note to the requester; at half of it, the approvers get a reminder.
 */
import { SCOPE } from './api.ts'
import type { ActionOutputs } from './client.ts'
import type { Change, FlowName } from './contract.ts'
import { type HttpAnswer, problemToError } from './errors.ts'
import { formatErrorWorkNote, formatResultWorkNote } from './format.ts'

/** The system properties of this part of the app. */
export const REQUEST_PROPERTIES = {
  /** How long an item waits for a pending bridge execution before the help desk gets a task (minutes). */
  pendingTimeoutMinutes: `${SCOPE}.bridge.pending_timeout_minutes`,
  /** How long an approval may stay undecided before the item is closed incomplete (days). */
  approvalMaxDays: `${SCOPE}.approval.max_pending_days`,
} as const

/** Defaults of {@link REQUEST_PROPERTIES}. */
export const REQUEST_DEFAULTS = { pendingTimeoutMinutes: 30, approvalMaxDays: 7 } as const

/** The table of the bridge call each requested item made (what is followed up and retried). */
export const BRIDGE_CALL_TABLE = `${SCOPE}_bridge_call`

/** The values of `x_okta_jml_bridge_call.status`. */
export const CALL_STATUSES = ['pending', 'failed', 'timed_out', 'succeeded'] as const

/** One of {@link CALL_STATUSES}. */
export type CallStatus = (typeof CALL_STATUSES)[number]

/** Requested item states (sc_req_item.state) these rules set. */
export const ITEM_STATES = { workInProgress: '2', closedComplete: '3', closedIncomplete: '4' } as const

/** The first words of a reminder on an approval: how the job knows it has already reminded. */
export const REMINDER_MARK = 'Reminder: this Okta request is waiting for your decision'

/** A positive number read from a property, or the default when it is empty, zero, negative or not a number. */
export function positiveSetting(raw: string | null | undefined, fallback: number): number {
  // Number(): the instance's engine (ES12 mode) refuses the Number namespace's parse functions.
  const value = Number(String(raw ?? '').trim())
  return String(raw ?? '').trim() !== '' && Number.isFinite(value) && value > 0 ? value : fallback
}

/** What to do with an item waiting for a pending execution, after reading its status resource. */
export type PendingVerdict =
  | { kind: 'succeeded'; outputs: ActionOutputs }
  | { kind: 'failed'; outputs: ActionOutputs }
  | { kind: 'waiting' }
  | { kind: 'timed_out'; note: string }

/** The status resource's body, as far as these rules read it (the bridge's `ExecutionView`). */
interface ExecutionStatus {
  executionId?: unknown
  flow?: unknown
  status?: unknown
  output?: unknown
  changes?: unknown
  error?: { code?: unknown; status?: unknown; title?: unknown; detail?: unknown } | null
}

/**
 * Judges one waiting item: the execution's outcome when it has one, otherwise wait — or, once the item has
 * waited `boundMinutes`, give up waiting (an unreadable status counts as no outcome yet: the bound is what
 * protects the requester from a bridge that never answers).
 */
export function judgePending(
  answer: HttpAnswer,
  flow: string,
  executionId: string,
  waitedMs: number,
  boundMinutes: number,
): PendingVerdict {
  let body: ExecutionStatus | undefined
  if (answer.status === 200) {
    try {
      body = JSON.parse(answer.body) as ExecutionStatus
    } catch {
      body = undefined
    }
  }
  if (body && body.status === 'succeeded') {
    const changes = Array.isArray(body.changes) ? (body.changes as Change[]) : []
    const result = {
      executionId,
      flow: (typeof body.flow === 'string' ? body.flow : flow) as FlowName,
      status: 'succeeded' as const,
      output: body.output ?? null,
      changes,
    }
    return {
      kind: 'succeeded',
      outputs: {
        status: 'succeeded',
        execution_id: executionId,
        output: JSON.stringify({ flow: result.flow, output: result.output, changes }),
        error: '',
        error_code: '',
        retryable: false,
        plan_hash: '',
        plan_text: formatResultWorkNote(result),
      },
    }
  }
  if (body && body.status === 'failed') {
    const stored = body.error ?? {}
    const error = problemToError(typeof stored.status === 'number' ? stored.status : 500, stored)
    return {
      kind: 'failed',
      outputs: {
        status: 'failed',
        execution_id: executionId,
        output: '',
        error: formatErrorWorkNote(error, flow),
        error_code: error.code,
        retryable: error.retryable,
        plan_hash: '',
        plan_text: '',
      },
    }
  }
  if (waitedMs < boundMinutes * 60_000) return { kind: 'waiting' }
  return {
    kind: 'timed_out',
    note: [
      `Okta ${flow}: the bridge has not reported the outcome of execution ${executionId} after ${boundMinutes} minutes (x_okta_jml.bridge.pending_timeout_minutes).`,
      'The help desk has a task. Check the execution on the bridge; "Retry in Okta" asks again with the same idempotency key, so it never makes a change twice.',
    ].join('\n'),
  }
}

/** What ageing does to one undecided approval. */
export type AgeingVerdict = 'expire' | 'remind' | 'none'

/** Expire past `maxDays`; remind (once) from half of it. */
export function judgeApproval(ageMs: number, maxDays: number, reminded: boolean): AgeingVerdict {
  const limitMs = maxDays * 86_400_000
  if (ageMs >= limitMs) return 'expire'
  if (ageMs >= limitMs / 2 && !reminded) return 'remind'
  return 'none'
}

/** The comment the requester reads on an item closed for want of a decision. */
export function expiredComment(maxDays: number): string {
  return `No approver decided within ${maxDays} days, so this request was closed without any change in Okta. If you still need it, please order it again.`
}

/** The reminder approvers read on their approval (and the help desk on the item). */
export function reminderText(maxDays: number, itemNumber: string): string {
  return `${REMINDER_MARK} (${itemNumber}). Without a decision it closes as incomplete ${maxDays} days after it was requested.`
}

/** The comment the requester reads when the approvers are reminded. */
export function requesterReminder(maxDays: number): string {
  return `Your request is still waiting for approval; the approvers have been reminded. Without a decision it closes ${maxDays} days after it was requested.`
}
