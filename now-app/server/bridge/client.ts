/**
 * Calling the bridge, without Glide: a call is rendered into the REST message function's name and
 * substitution variables, handed to a {@link Transport} (RESTMessageV2 on the instance, `fetch` in
 * tests) and the answer interpreted. Keeping this pure is what lets the same rendering be sent to a
 * running bridge in CI.
 */
import { FLOW_FUNCTIONS, REST_MESSAGE_NAME, REST_VARIABLES } from './api.ts'
import type { FlowName } from './contract.ts'
import {
  type BridgeOutcome,
  type CodedError,
  codedError,
  type HttpAnswer,
  hasCode,
  interpretAnswer,
} from './errors.ts'
import { formatErrorWorkNote, formatPlanForApproval, formatResultWorkNote } from './format.ts'
import type { BridgeCall } from './payload.ts'

/** How the instance reaches the bridge: the alias's connection URL, and the timeout and plan-only properties. */
export interface BridgeSettings {
  /** Base URL without a trailing slash. */
  baseUrl: string
  timeoutSeconds: number
  /** When true, flows stop after the plan. */
  planOnly: boolean
}

/** One REST message function call: what RESTMessageV2 is given. */
export interface RenderedCall {
  restMessage: string
  functionName: string
  /** `${name}` substitutions, set with `setStringParameterNoEscape`. */
  variables: Record<string, string>
  timeoutSeconds: number
}

/** Sends a rendered call; never throws for an HTTP error — that is an answer like any other. */
export interface Transport {
  send(call: RenderedCall): HttpAnswer
}

/** The stable code of a {@link SettingsError}. */
export const SETTINGS_ERROR = 'bridge-settings-invalid'

/**
 * Thrown when the properties do not describe a usable bridge. A plain Error with a code, since the
 * instance refuses Error subclasses: made by {@link settingsError}, recognised by {@link isSettingsError}.
 */
export type SettingsError = CodedError<typeof SETTINGS_ERROR>

/** The error for properties that do not describe a usable bridge. */
export function settingsError(message: string): SettingsError {
  return codedError(SETTINGS_ERROR, 'SettingsError', message)
}

/** Whether an error is a {@link SettingsError}. */
export function isSettingsError(error: unknown): error is SettingsError {
  return hasCode(error, SETTINGS_ERROR)
}

/**
 * Checks and normalises the settings. HTTPS is required except for a loopback address, because the
 * calls carry personal data and a credential.
 */
export function parseSettings(raw: {
  baseUrl?: string
  timeoutSeconds?: string
  planOnly?: string
}): BridgeSettings {
  const baseUrl = (raw.baseUrl ?? '').trim().replace(/\/+$/, '')
  if (baseUrl === '')
    throw settingsError('The bridge base URL is empty: set the connection URL of the Okta JML Bridge alias.')
  const match = /^(https?):\/\/([^/:?#]+)(:\d+)?(\/[^?#]*)?$/.exec(baseUrl)
  if (!match) throw settingsError(`The bridge base URL "${baseUrl}" is not an http(s) URL without query.`)
  const loopback = match[2] === 'localhost' || match[2] === '127.0.0.1' || match[2] === '[::1]'
  if (match[1] !== 'https' && !loopback) throw settingsError('The bridge base URL must use https.')
  const timeout = parseInt((raw.timeoutSeconds ?? '').trim() || '30', 10)
  if (!Number.isFinite(timeout) || timeout < 1 || timeout > 300) {
    throw settingsError('The bridge timeout property must be a number of seconds between 1 and 300.')
  }
  return { baseUrl, timeoutSeconds: timeout, planOnly: (raw.planOnly ?? '').trim() === 'true' }
}

/** The REST message function of a flow. */
export function functionFor(flow: FlowName): string {
  return FLOW_FUNCTIONS[flow]
}

/** Renders a call: the function, and its variables (the payload as JSON, dry run or not, the key). */
export function renderCall(
  call: BridgeCall,
  settings: BridgeSettings,
  options: { dryRun: boolean; idempotencyKey: string },
): RenderedCall {
  return {
    restMessage: REST_MESSAGE_NAME,
    functionName: functionFor(call.flow),
    variables: {
      [REST_VARIABLES.baseUrl]: settings.baseUrl,
      [REST_VARIABLES.dryRun]: options.dryRun ? 'true' : 'false',
      [REST_VARIABLES.payload]: JSON.stringify(call.request),
      [REST_VARIABLES.idempotencyKey]: options.idempotencyKey,
    },
    timeoutSeconds: settings.timeoutSeconds,
  }
}

/** Asks the bridge for the plan: nothing changes in Okta. */
export function requestPlan(
  transport: Transport,
  settings: BridgeSettings,
  call: BridgeCall,
  idempotencyKey: string,
): BridgeOutcome {
  // A dry run changes nothing, but it gets its own key so it can never be mistaken for the invocation.
  return interpret(
    transport,
    renderCall(call, settings, { dryRun: true, idempotencyKey: `${idempotencyKey}:plan` }),
    'plan',
  )
}

/** Applies a call (normally carrying the approved plan's hash). */
export function requestInvoke(
  transport: Transport,
  settings: BridgeSettings,
  call: BridgeCall,
  idempotencyKey: string,
): BridgeOutcome {
  return interpret(transport, renderCall(call, settings, { dryRun: false, idempotencyKey }), 'result')
}

/** Sends and checks that the answer is of the expected kind (a plan for a dry run, a result otherwise). */
function interpret(transport: Transport, rendered: RenderedCall, expected: 'plan' | 'result'): BridgeOutcome {
  const outcome = interpretAnswer(transport.send(rendered))
  if (outcome.ok && outcome.kind !== expected) {
    return {
      ok: false,
      error: {
        kind: 'upstream',
        code: 'unexpected-answer',
        status: 200,
        message: `The bridge answered a ${outcome.kind} where a ${expected} was expected.`,
        retryable: false,
        fieldErrors: [],
      },
    }
  }
  return outcome
}

// ============================================================================
// Custom actions (Okta Bridge: Plan / Invoke)
// ============================================================================

/** The inputs of the Plan and Invoke actions, as Flow Designer passes them: strings. */
export interface ActionInputs {
  /** A bridge flow name (`joiner`, `reset-password`, …). */
  flow: string
  /** The flow input as JSON. */
  payload: string
  /** The ticket: a record number (RITM0010001), or the ticket as JSON; overrides the payload's. */
  ticket: string
  /** The Idempotency-Key; the ticket and flow when empty. */
  idempotencyKey: string
  /** Invoke only: the approved plan's hash; the bridge refuses the call if the plan has changed. */
  planHash?: string
  /**
   * Invoke only: who approved (a ServiceNow user name), for the golden thread; fills `ticket.approvedBy` when
   * the ticket has none. The Glide shell finds it in the requested item's approvals.
   */
  approvedBy?: string
}

/** A ServiceNow user name as the bridge accepts it (`shared/primitives.ts` ServiceNowUserName). */
const USER_NAME = /^[A-Za-z0-9._@+-]{1,100}$/

/** The ticket an action's inputs name: its sys_id when known, and its number. */
export function ticketRefOf(inputs: Pick<ActionInputs, 'payload' | 'ticket'>): {
  sysId?: string
  number?: string
} {
  const text = inputs.ticket.trim()
  let ticket: { sysId?: unknown; number?: unknown } = {}
  try {
    if (text.startsWith('{')) ticket = JSON.parse(text) as typeof ticket
    else {
      const payload = JSON.parse(inputs.payload) as { ticket?: typeof ticket } | null
      ticket = { ...(payload?.ticket ?? {}), ...(text === '' ? {} : { number: text }) }
    }
  } catch {
    return {}
  }
  const ref: { sysId?: string; number?: string } = {}
  if (typeof ticket.sysId === 'string' && /^[0-9a-f]{32}$/.test(ticket.sysId)) ref.sysId = ticket.sysId
  if (typeof ticket.number === 'string' && ticket.number !== '') ref.number = ticket.number
  return ref
}

/** The outputs of the Plan and Invoke actions; a flow branches on `status`. */
export interface ActionOutputs {
  /**
   * `planned`, `succeeded`, `skipped` (plan-only mode), `pending` (the bridge answered 202: the execution
   * outlived its synchronous deadline and goes on; `execution_id` names it) or `failed`.
   */
  status: 'planned' | 'succeeded' | 'skipped' | 'pending' | 'failed'
  execution_id: string
  /** The flow's output (Invoke) or the plan's steps (Plan), as JSON. */
  output: string
  /** The work-note text of a failure; empty on success. */
  error: string
  /** The error's code (`plan-changed`, `bridge-unreachable`, …); empty on success. */
  error_code: string
  /** Whether running the action again unchanged may succeed. */
  retryable: boolean
  plan_hash: string
  /** The plan in words, for an approval. */
  plan_text: string
}

/** Parses the action inputs into a call; the problems as a failed output otherwise. */
export function callFromInputs(
  inputs: ActionInputs,
): { call: BridgeCall; key: string } | { failed: ActionOutputs } {
  const flow = inputs.flow.trim()
  // Not Object.hasOwn: ES2022, missing from the instance's engine (test/now-app checks the built code).
  if (!Object.keys(FLOW_FUNCTIONS).includes(flow)) {
    return {
      failed: failedOutputs(
        'unknown-flow',
        `"${flow}" is not a bridge flow (${Object.keys(FLOW_FUNCTIONS).join(', ')}).`,
      ),
    }
  }
  let request: Record<string, unknown>
  try {
    const parsed: unknown = JSON.parse(inputs.payload)
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
      throw new Error('not an object')
    request = parsed as Record<string, unknown>
  } catch {
    return { failed: failedOutputs('invalid-payload', 'The payload input is not a JSON object.') }
  }
  const ticketText = inputs.ticket.trim()
  if (ticketText.startsWith('{')) {
    try {
      request.ticket = JSON.parse(ticketText)
    } catch {
      return {
        failed: failedOutputs('invalid-ticket', 'The ticket input is neither a record number nor JSON.'),
      }
    }
  } else if (ticketText !== '') {
    const current = (request.ticket ?? {}) as Record<string, unknown>
    request.ticket = { ...current, number: ticketText }
  }
  const planHash = (inputs.planHash ?? '').trim()
  if (planHash !== '') request.expectedPlanHash = planHash
  // Who approved, for the golden thread — unless the ticket already says (an explicit value wins), and only a
  // well-formed user name (the bridge would refuse anything else, and the change must not fail for it).
  const approvedBy = (inputs.approvedBy ?? '').trim()
  const ticketObject = request.ticket as Record<string, unknown> | undefined
  if (USER_NAME.test(approvedBy) && ticketObject && ticketObject.approvedBy === undefined) {
    request.ticket = { ...ticketObject, approvedBy }
  }
  const number = String((request.ticket as { number?: unknown } | undefined)?.number ?? '')
  const base = inputs.idempotencyKey.trim() || `${number}:${flow}`
  // An approved plan is one unit of work: retrying it replays the bridge's execution, while a plan
  // approved again after the bridge refused a changed one (409 plan-changed) is a new invocation — under
  // the same key the bridge would refuse the new body (422).
  const key = planHash === '' ? base : `${base}:${planHash.slice(0, 16)}`
  return { call: { flow: flow as FlowName, request } as BridgeCall, key }
}

/** Runs the Plan or Invoke action: renders, sends, and flattens the outcome into outputs. */
export function runAction(
  transport: Transport,
  settings: BridgeSettings,
  inputs: ActionInputs,
  mode: 'plan' | 'invoke',
): ActionOutputs {
  const parsed = callFromInputs(inputs)
  if ('failed' in parsed) return parsed.failed
  if (mode === 'invoke' && settings.planOnly) {
    return {
      ...emptyOutputs(),
      status: 'skipped',
      error: 'Plan-only mode is on: nothing was applied in Okta.',
    }
  }
  const outcome =
    mode === 'plan'
      ? requestPlan(transport, settings, parsed.call, parsed.key)
      : requestInvoke(transport, settings, parsed.call, parsed.key)
  if (!outcome.ok && outcome.error.code === 'execution-pending' && outcome.error.executionId) {
    // Not a failure: the change is under way in Okta. The flow waits for its outcome (requests-glide.ts).
    return {
      ...emptyOutputs(),
      status: 'pending',
      execution_id: outcome.error.executionId,
      error: `Okta ${parsed.call.flow} is still being applied by the bridge (execution ${outcome.error.executionId}). This item waits for the outcome and closes itself; nothing to do yet.`,
      error_code: outcome.error.code,
      retryable: true,
    }
  }
  if (!outcome.ok) {
    return {
      ...emptyOutputs(),
      status: 'failed',
      error: formatErrorWorkNote(outcome.error, parsed.call.flow),
      error_code: outcome.error.code,
      retryable: outcome.error.retryable,
    }
  }
  if (outcome.kind === 'plan') {
    const ticket = String((parsed.call.request as { ticket?: { number?: unknown } }).ticket?.number ?? '')
    return {
      ...emptyOutputs(),
      status: 'planned',
      output: JSON.stringify(outcome.plan.plan.steps),
      plan_hash: outcome.plan.planHash,
      plan_text: formatPlanForApproval(outcome.plan, ticket),
    }
  }
  return {
    ...emptyOutputs(),
    status: 'succeeded',
    execution_id: outcome.result.executionId,
    output: JSON.stringify({
      flow: outcome.result.flow,
      output: outcome.result.output,
      changes: outcome.result.changes,
    }),
    plan_text: formatResultWorkNote(outcome.result),
  }
}

/**
 * {@link runAction} with the settings read first: a bridge that is not configured (empty base URL, bad
 * timeout) is a failed output naming the property, not an exception that stops the flow without a word.
 */
export function runActionWithSettings(
  transport: Transport,
  readSettings: () => BridgeSettings,
  inputs: ActionInputs,
  mode: 'plan' | 'invoke',
): ActionOutputs {
  let settings: BridgeSettings
  try {
    settings = readSettings()
  } catch (error) {
    if (!isSettingsError(error)) throw error
    return failedOutputs('bridge-not-configured', error.message)
  }
  return runAction(transport, settings, inputs, mode)
}

/** Outputs with every member empty. */
function emptyOutputs(): ActionOutputs {
  return {
    status: 'failed',
    execution_id: '',
    output: '',
    error: '',
    error_code: '',
    retryable: false,
    plan_hash: '',
    plan_text: '',
  }
}

/** A failed output for a problem found before calling the bridge. */
function failedOutputs(code: string, message: string): ActionOutputs {
  return {
    ...emptyOutputs(),
    status: 'failed',
    error: `Okta bridge call not made (${code}): ${message}`,
    error_code: code,
  }
}
