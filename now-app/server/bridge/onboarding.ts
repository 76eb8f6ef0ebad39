/**
 * Okta-initiated onboarding, on the instance side: the bridge opens an incident for a user someone
 * created directly in Okta, and a person holding `x_okta_jml.onboarding_approver` approves or rejects
 * it from the incident form. Pure: the Glide shell (`onboarding-glide.ts`) reads the incident, the
 * birthright rules and the user, hands them in as plain values, and writes back what this computes.
 *
 * The incident and the decision record follow the convention agreed with the bridge
 * (`bridge/` reads exactly these fields):
 * - the incident: `category = okta`, `subcategory = onboarding_approval`,
 *   `correlation_id = okta-onboarding:{oktaUserId}`, and a description holding `Key: value` lines
 *   (`Okta user id`, `Login`, `Email`, `Name`, `Department`, `Manager`, `Created by`, `Created via`,
 *   `Okta event`), opened in state New (1): New means "not decided yet";
 * - the decision: one `x_okta_jml_onboarding_decision` row written BEFORE the bridge is called
 *   (incident, decision, decided_by = the decider's user name, decided_at, groups and apps as
 *   comma-separated Okta ids, comment). The bridge compares the latest row with the call it receives, so
 *   a compromised caller cannot claim an approval nobody recorded on the instance.
 */
import type { Access, BirthrightRule } from './birthright.ts'
import { birthrightAccess } from './birthright.ts'
import { type BridgeError, type BridgeOutcome, type CodedError, codedError, hasCode } from './errors.ts'
import { formatErrorWorkNote, formatResultWorkNote } from './format.ts'
import type { BridgeCall } from './payload.ts'

/** The incident classification the bridge uses, and the role that may decide. */
export const ONBOARDING = {
  category: 'okta',
  subcategory: 'onboarding_approval',
  correlationPrefix: 'okta-onboarding:',
  approverRole: 'x_okta_jml.onboarding_approver',
  decisionTable: 'x_okta_jml_onboarding_decision',
  /** The bridge flow the decision is sent to. */
  flow: 'onboarding-decision',
  /** Who "requested" a user created in Okta when the incident has no caller. */
  defaultRequester: 'okta',
} as const

/** The incident states this feature moves through (`incident.state`). */
export const INCIDENT_STATES = {
  /** Opened by the bridge: waiting for a decision. The UI actions show only in this state. */
  new: '1',
  /** A decision is recorded and is being carried out by the bridge. */
  inProgress: '2',
  /** Closed by the bridge after carrying the decision out. */
  resolved: '6',
} as const

/** Approve or reject. */
export type Decision = 'approved' | 'rejected'

/** The two UI actions: their labels, action names and server-side entry points share these names. */
export const UI_ACTIONS = {
  approve: { name: 'Approve Okta onboarding', actionName: 'x_okta_jml_approve_onboarding' },
  reject: { name: 'Reject Okta onboarding', actionName: 'x_okta_jml_reject_onboarding' },
} as const

/**
 * The condition both UI actions share: an open Okta onboarding incident nobody has decided yet (state
 * New), for a holder of the approver role. The server side checks all of it again
 * ({@link checkIncident}): a condition only hides a button.
 */
// One template literal, not a concatenation: the Fluent build resolves the former statically, not the latter.
export const UI_ACTION_CONDITION = `current.active == true && current.category == '${ONBOARDING.category}' && current.subcategory == '${ONBOARDING.subcategory}' && current.state == ${INCIDENT_STATES.new} && gs.hasRole('${ONBOARDING.approverRole}')`

/** What the bridge wrote about the Okta user in the incident's description. */
export interface OnboardingUser {
  oktaUserId: string
  login: string
  email: string
  name: string
  department: string
  manager: string
  createdBy: string
  createdVia: string
  oktaEvent: string
}

/** The description's `Key:` labels, by field. */
export const DESCRIPTION_KEYS: Readonly<Record<keyof OnboardingUser, string>> = {
  oktaUserId: 'Okta user id',
  login: 'Login',
  email: 'Email',
  name: 'Name',
  department: 'Department',
  manager: 'Manager',
  createdBy: 'Created by',
  createdVia: 'Created via',
  oktaEvent: 'Okta event',
}

/** The stable code of an {@link OnboardingError}. */
export const ONBOARDING_ERROR = 'onboarding-refused'

/**
 * Thrown when an incident or a decision cannot be sent; the message is shown on the form as it is. A
 * plain Error with a code, since the instance refuses Error subclasses: made by {@link onboardingError},
 * recognised by {@link isOnboardingError}.
 */
export type OnboardingError = CodedError<typeof ONBOARDING_ERROR>

/** The error for an incident or decision that cannot be sent. */
export function onboardingError(message: string): OnboardingError {
  return codedError(ONBOARDING_ERROR, 'OnboardingError', message)
}

/** Whether an error is an {@link OnboardingError}. */
export function isOnboardingError(error: unknown): error is OnboardingError {
  return hasCode(error, ONBOARDING_ERROR)
}

const OKTA_USER_ID = /^00u[A-Za-z0-9]{17}$/
const OKTA_ID = /^[A-Za-z0-9]{20}$/
const RECORD_NUMBER = /^[A-Z]{2,8}\d{7,12}$/
const SYS_ID = /^[0-9a-f]{32}$/
const USER_NAME = /^[A-Za-z0-9._@+-]{1,100}$/

/**
 * Reads the `Key: value` lines of the description. Keys are matched exactly (as the bridge writes them);
 * the first occurrence wins, so a line a person appends later cannot replace the bridge's value; other
 * lines are ignored. Fails when the Okta user id is missing or malformed: without it nothing can be sent.
 */
export function parseDescription(description: string): OnboardingUser {
  const found = new Map<string, string>()
  for (const line of description.split(/\r?\n/)) {
    const colon = line.indexOf(':')
    if (colon < 1) continue
    const key = line.slice(0, colon).trim()
    if (!found.has(key)) found.set(key, line.slice(colon + 1).trim())
  }
  const user = {} as OnboardingUser
  for (const field of Object.keys(DESCRIPTION_KEYS) as (keyof OnboardingUser)[])
    user[field] = found.get(DESCRIPTION_KEYS[field]) ?? ''
  if (!OKTA_USER_ID.test(user.oktaUserId)) {
    throw onboardingError(
      `The incident description has no valid "${DESCRIPTION_KEYS.oktaUserId}: 00u…" line: it was not opened by the Okta bridge, or was edited.`,
    )
  }
  return user
}

/** The incident fields the UI actions depend on, as strings (`getValue`). */
export interface OnboardingIncident {
  number: string
  sysId: string
  active: string
  state: string
  category: string
  subcategory: string
  correlationId: string
  description: string
  /** The caller's user name, or empty. */
  callerUserName: string
}

/**
 * Checks that an incident is an open, undecided Okta onboarding incident and that its correlation id
 * names the same Okta user as its description (the bridge writes both; a mismatch means someone edited
 * one). Answers the user, or throws an {@link OnboardingError} saying what is wrong.
 */
export function checkIncident(incident: OnboardingIncident): OnboardingUser {
  if (incident.category !== ONBOARDING.category || incident.subcategory !== ONBOARDING.subcategory) {
    throw onboardingError(`${incident.number} is not an Okta onboarding approval incident.`)
  }
  if (incident.active !== 'true') throw onboardingError(`${incident.number} is closed.`)
  if (incident.state !== INCIDENT_STATES.new) {
    throw onboardingError(
      `${incident.number} has already been decided (it is no longer New): see its work notes.`,
    )
  }
  const user = parseDescription(incident.description)
  if (incident.correlationId !== `${ONBOARDING.correlationPrefix}${user.oktaUserId}`) {
    throw onboardingError(
      `${incident.number}: the correlation id "${incident.correlationId}" does not name the Okta user ${user.oktaUserId} of the description.`,
    )
  }
  return user
}

/**
 * What an approval grants: every birthright rule of the user's Okta department, matched by name
 * (case-insensitive) against the rules' departments. Rules narrowed by title or location do not apply:
 * the incident carries no title or location. No department, or none with rules, grants nothing — the
 * user is still activated, and the approver sees the empty lists in the work note.
 */
export function onboardingAccess(rules: readonly BirthrightRule[], user: OnboardingUser): Access {
  if (user.department === '') return { groups: [], apps: [] }
  return birthrightAccess(rules, { department: user.department })
}

/** Everything a decision is made of, gathered by the Glide shell. */
export interface DecisionInput {
  incident: OnboardingIncident
  decision: Decision
  /** The deciding user's user name (`gs.getUserName()`). */
  decidedBy: string
  /** The reason (mandatory for a rejection) or remark, from the work notes the decider typed. */
  comment: string
  /** The active birthright rules (none needed for a rejection): the access is computed from them. */
  rules: readonly BirthrightRule[]
}

/** The `onboarding-decision` call of a decision. */
export type OnboardingCall = BridgeCall<'onboarding-decision'>

/** A decision ready to record and send: the call and the decision record hold the same values. */
export interface PreparedDecision {
  user: OnboardingUser
  call: OnboardingCall
  idempotencyKey: string
}

/**
 * Builds the `onboarding-decision` call, after checking everything the bridge will check, so a bad
 * incident or decision is a form message and nothing is recorded. A rejection needs a reason and never
 * carries groups or apps.
 */
export function prepareDecision(input: DecisionInput): PreparedDecision {
  const { incident, decision } = input
  const user = checkIncident(incident)
  if (!RECORD_NUMBER.test(incident.number) || !SYS_ID.test(incident.sysId)) {
    throw onboardingError(`The incident number or sys_id "${incident.number}" cannot be sent to the bridge.`)
  }
  if (!USER_NAME.test(input.decidedBy)) {
    throw onboardingError(`Your user name "${input.decidedBy}" cannot be sent to the bridge as the approver.`)
  }
  const comment = input.comment.trim()
  if (decision === 'rejected' && comment === '') {
    throw onboardingError('Enter the reason for the rejection in Work notes, then reject again.')
  }
  if (comment.length > 4000) throw onboardingError('The comment is longer than 4000 characters.')
  const access = decision === 'approved' ? onboardingAccess(input.rules, user) : { groups: [], apps: [] }
  const { groups, apps } = access
  const bad = [...groups, ...apps].filter((id) => !OKTA_ID.test(id))
  if (bad.length > 0) {
    throw onboardingError(
      `The birthright rules of "${user.department}" name resources whose Okta id is not valid: ${bad.join(', ')}. An app admin must correct the Okta resources.`,
    )
  }
  if (groups.length > 50 || apps.length > 50) {
    throw onboardingError(
      'The birthright rules grant more than 50 groups or 50 apps: the bridge refuses that.',
    )
  }
  const requestedBy = USER_NAME.test(incident.callerUserName)
    ? incident.callerUserName
    : ONBOARDING.defaultRequester
  const request: OnboardingCall['request'] = {
    ticket: { number: incident.number, sysId: incident.sysId, requestedBy, approvedBy: input.decidedBy },
    decision,
    ...(groups.length > 0 ? { groups } : {}),
    ...(apps.length > 0 ? { apps } : {}),
    ...(comment !== '' ? { comment } : {}),
  }
  return {
    user,
    call: { flow: ONBOARDING.flow, request },
    idempotencyKey: decisionIdempotencyKey(incident.number, decision),
  }
}

/**
 * The Idempotency-Key of a decision. Clicking the same button again after a failure retries (the bridge
 * replays or resumes its execution); the other decision is a different request, which the bridge judges
 * on its own (`already-decided`) instead of refusing a reused key.
 */
export function decisionIdempotencyKey(incidentNumber: string, decision: Decision): string {
  return `${incidentNumber}:${ONBOARDING.flow}:${decision}`
}

/** One `x_okta_jml_onboarding_decision` row, with the table's field names. */
export interface DecisionRecord {
  incident: string
  decision: Decision
  decided_by: string
  /** The instance's `GlideDateTime` value (UTC, `YYYY-MM-DD HH:mm:ss`). */
  decided_at: string
  /** Comma-separated Okta group ids, sorted; empty for a rejection. */
  groups: string
  apps: string
  comment: string
}

/** The decision record of a prepared decision: exactly what the call carries, as the bridge compares it. */
export function decisionRecord(prepared: PreparedDecision, decidedAt: string): DecisionRecord {
  const request = prepared.call.request
  return {
    incident: request.ticket.sysId,
    decision: request.decision,
    decided_by: request.ticket.approvedBy,
    decided_at: decidedAt,
    groups: (request.groups ?? []).join(','),
    apps: (request.apps ?? []).join(','),
    comment: request.comment ?? '',
  }
}

/** The work note written when the decision is recorded, before the bridge is called. */
export function decisionWorkNote(prepared: PreparedDecision): string {
  const { request } = prepared.call
  const who = `${prepared.user.name || prepared.user.login || prepared.user.oktaUserId} (Okta user ${prepared.user.oktaUserId})`
  if (request.decision === 'rejected') {
    return [
      `Okta onboarding REJECTED by ${request.ticket.approvedBy} for ${who}.`,
      `Reason: ${request.comment ?? ''}`,
      'The Okta bridge deactivates the user.',
    ].join('\n')
  }
  const list = (ids: readonly string[] | undefined) => (ids && ids.length > 0 ? ids.join(', ') : 'none')
  return [
    `Okta onboarding APPROVED by ${request.ticket.approvedBy} for ${who}.`,
    `Birthright access of department "${prepared.user.department || '(none)'}": groups ${list(request.groups)}; apps ${list(request.apps)}.`,
    ...(request.comment ? [`Comment: ${request.comment}`] : []),
    'The Okta bridge assigns them and activates the user.',
  ].join('\n')
}

/** What each onboarding-specific bridge error means for the person on the form. */
const ONBOARDING_ADVICE: Readonly<Record<string, string>> = {
  'not-our-incident':
    'The bridge did not open this incident (or no longer knows it): nothing was changed in Okta. Check the incident with the bridge operators.',
  'incident-mismatch':
    'The bridge read a different incident or decision than the one sent (number, state, approver, groups or apps): nothing was changed in Okta. Reload the incident and decide again.',
  'already-decided':
    'This Okta user has already been decided: nothing more was changed in Okta. The bridge closes the incident with the earlier outcome.',
}

/** What to show and write after the bridge call, and the state the incident is left in. */
export interface DecisionOutcome {
  /** A form message (info on success, error otherwise). */
  level: 'info' | 'error'
  message: string
  /** The work note with the bridge's answer. */
  workNote: string
  /**
   * The state to put the incident back in, or undefined to leave it: New after a failure that changed
   * nothing, so the decision can be made again; untouched on success and while the bridge is still working
   * (the bridge closes the incident itself, and writing state here could reopen it).
   */
  state?: string
}

/** Interprets the bridge's answer to a decision. */
export function decisionOutcome(prepared: PreparedDecision, outcome: BridgeOutcome): DecisionOutcome {
  const { decision, ticket } = prepared.call.request
  if (outcome.ok) {
    if (outcome.kind !== 'result') return failedOutcome(unexpectedPlan(), ticket.number)
    const output = outcome.result.output as { status?: string; login?: string } | null
    const status = output?.status ? ` Okta status: ${output.status}.` : ''
    return {
      level: 'info',
      message: `Okta onboarding ${decision} for ${output?.login ?? prepared.user.login}.${status} The bridge closes ${ticket.number}.`,
      workNote: formatResultWorkNote(outcome.result),
    }
  }
  if (outcome.error.code === 'execution-pending') {
    return {
      level: 'info',
      message: `The Okta bridge is still carrying out the decision on ${ticket.number}; it closes the incident when done.`,
      workNote: formatErrorWorkNote(outcome.error, ONBOARDING.flow),
    }
  }
  if (outcome.error.code === 'already-decided') {
    return {
      level: 'error',
      message: `${ticket.number}: ${ONBOARDING_ADVICE['already-decided']}`,
      workNote: withAdvice(outcome.error),
    }
  }
  return failedOutcome(outcome.error, ticket.number)
}

/** A failure that left Okta unchanged (or can be retried): back to New, with what to do. */
function failedOutcome(error: BridgeError, number: string): DecisionOutcome {
  const advice = ONBOARDING_ADVICE[error.code]
  return {
    level: 'error',
    message: `${number}: the Okta bridge refused the decision (${error.code}): ${error.message}${advice ? ` ${advice}` : ''}${error.retryable ? ' You can decide again to retry.' : ''}`,
    workNote: withAdvice(error),
    state: INCIDENT_STATES.new,
  }
}

/** The error work note, with the onboarding-specific advice when there is one. */
function withAdvice(error: BridgeError): string {
  const advice = ONBOARDING_ADVICE[error.code]
  return `${formatErrorWorkNote(error, ONBOARDING.flow)}${advice ? `\n${advice}` : ''}`
}

/** A plan where a result was expected: never sent as a dry run, so the bridge misbehaved. */
function unexpectedPlan(): BridgeError {
  return {
    kind: 'upstream',
    code: 'unexpected-answer',
    status: 200,
    message: 'The bridge answered a plan where a result was expected.',
    retryable: false,
    fieldErrors: [],
  }
}
