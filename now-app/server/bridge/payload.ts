/**
 * From a requested item's catalog variables to a bridge flow's request. Pure: the Glide shell reads the
 * variables (references already resolved to display values or emails) and the birthright rules, and
 * hands them in as plain strings. Values are checked here too, not only in the browser, because catalog
 * client scripts do not run for items ordered through the API or by a script.
 */
import type { Access, AccessDiff } from './birthright.ts'
import type { FlowName, FlowRequest } from './contract.ts'
import { type CodedError, codedError, hasCode } from './errors.ts'

/** Catalog variable values as strings, as `current.variables.<name>.toString()` gives them. */
export type CatalogValues = Readonly<Record<string, string | undefined>>

/** The requested item a change is made for: becomes the bridge's `ticket`. */
export interface TicketContext {
  /** `sc_req_item.number`, e.g. RITM0010001. */
  number: string
  /** `sc_req_item.sys_id`. */
  sysId?: string
  /** The user name of who ordered it. */
  requestedBy: string
  /** The user name of who approved it, once approved. */
  approvedBy?: string
}

/** The catalog variable names, shared by the catalog items, the client scripts and this builder. */
export const VARIABLES = {
  firstName: 'first_name',
  lastName: 'last_name',
  email: 'email',
  login: 'okta_login',
  manager: 'manager',
  department: 'department',
  title: 'title',
  location: 'location',
  startDate: 'start_date',
  employeeNumber: 'employee_number',
  newDepartment: 'new_department',
  newTitle: 'new_title',
  newLocation: 'new_location',
  effectiveDate: 'effective_date',
  leaverMode: 'leaver_mode',
  revokeSessions: 'revoke_sessions',
  lastDay: 'last_day',
  helpAction: 'help_action',
  justification: 'justification',
} as const

/** The account-help actions and the bridge flow each one calls. */
export const HELP_ACTIONS = {
  reset_password: 'reset-password',
  unlock: 'unlock',
  suspend: 'leaver',
  unsuspend: 'rehire',
  revoke_sessions: 'revoke-sessions',
} as const satisfies Record<string, FlowName>

/** An account-help action. */
export type HelpAction = keyof typeof HELP_ACTIONS

/** A flow and the request to send it. */
export interface BridgeCall<F extends FlowName = FlowName> {
  flow: F
  request: FlowRequest<F>
}

/** A catalog value that cannot be sent: the variable and why, in words a requester understands. */
export interface VariableProblem {
  variable: string
  message: string
}

/** The stable code of a {@link PayloadError}. */
export const PAYLOAD_ERROR = 'invalid-variables'

/**
 * Thrown when the variables cannot make a valid request; carries every problem found, not just the first.
 * A plain Error with a code, since the instance refuses Error subclasses: made by {@link payloadError},
 * recognised by {@link isPayloadError}.
 */
export type PayloadError = CodedError<typeof PAYLOAD_ERROR> & {
  /** Every problem found. */
  readonly problems: VariableProblem[]
}

/** The error for variables that cannot make a valid request. */
export function payloadError(problems: VariableProblem[]): PayloadError {
  const message = `The catalog variables are not valid: ${problems.map((p) => `${p.variable} ${p.message}`).join('; ')}`
  return codedError(PAYLOAD_ERROR, 'PayloadError', message, { problems })
}

/** Whether an error is a {@link PayloadError}. */
export function isPayloadError(error: unknown): error is PayloadError {
  return hasCode(error, PAYLOAD_ERROR)
}

// The same checks the bridge makes (shared/primitives.ts), so an item fails on the instance with a
// readable work note instead of a 400 from the bridge.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/

/** Whether a text holds a control character (C0 or DEL; C1 too, as the bridge's `\p{Cc}` check). */
function hasControl(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i)
    if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) return true
  }
  return false
}

/** Whether a value looks like an email address (also the shape of an Okta login). */
export function isEmail(value: string | undefined): boolean {
  return value !== undefined && value.length <= 100 && EMAIL.test(value.trim())
}

/** Whether an ISO date (YYYY-MM-DD) is today or later; `today` is the instance's date, also ISO. */
export function isNotInPast(date: string | undefined, today: string): boolean {
  return date !== undefined && ISO_DATE.test(date) && date >= today
}

/** Reads catalog values, collecting problems instead of stopping at the first. */
class Reader {
  readonly problems: VariableProblem[] = []

  constructor(private readonly values: CatalogValues) {}

  /** A trimmed value, or undefined when empty. */
  optional(name: string, max = 100): string | undefined {
    const value = (this.values[name] ?? '').trim()
    if (value === '') return undefined
    if (hasControl(value)) this.problems.push({ variable: name, message: 'contains control characters' })
    else if (value.length > max)
      this.problems.push({ variable: name, message: `is longer than ${max} characters` })
    return value
  }

  /** A value that must be present. */
  required(name: string, max = 100): string {
    const value = this.optional(name, max)
    if (value === undefined) this.problems.push({ variable: name, message: 'is required' })
    return value ?? ''
  }

  /** A required email-shaped value. */
  email(name: string): string {
    const value = this.required(name)
    if (value !== '' && !isEmail(value))
      this.problems.push({ variable: name, message: 'must be an email address' })
    return value
  }

  /** A required date, today or later. */
  futureDate(name: string, today: string): string {
    const value = this.required(name)
    if (value !== '' && !isNotInPast(value, today)) {
      this.problems.push({ variable: name, message: 'must be a date (YYYY-MM-DD) that is not in the past' })
    }
    return value
  }

  /** A checkbox: ServiceNow gives 'true' or 'false'. */
  flag(name: string, fallback: boolean): boolean {
    const value = (this.values[name] ?? '').trim()
    return value === '' ? fallback : value === 'true'
  }

  /** Throws every problem found, if any. */
  done(): void {
    if (this.problems.length > 0) throw payloadError(this.problems)
  }
}

/** The bridge's ticket from the requested item; only the members that are set. */
export function ticketOf(ticket: TicketContext): FlowRequest<'joiner'>['ticket'] {
  return {
    number: ticket.number,
    ...(ticket.sysId ? { sysId: ticket.sysId } : {}),
    requestedBy: ticket.requestedBy,
    ...(ticket.approvedBy ? { approvedBy: ticket.approvedBy } : {}),
  }
}

/**
 * A New hire item: the Okta user's profile from the variables, and the birthright access of the
 * department (and title and location). The user is activated without Okta's email: the start date
 * decides when the flow runs, and the welcome comes from HR, not from Okta.
 */
export function buildJoiner(
  values: CatalogValues,
  ticket: TicketContext,
  access: Access,
  today: string,
): BridgeCall<'joiner'> {
  const r = new Reader(values)
  const firstName = r.required(VARIABLES.firstName)
  const lastName = r.required(VARIABLES.lastName)
  const email = r.email(VARIABLES.email)
  const login = r.email(VARIABLES.login)
  r.futureDate(VARIABLES.startDate, today)
  const department = r.optional(VARIABLES.department)
  const title = r.optional(VARIABLES.title)
  const manager = r.optional(VARIABLES.manager)
  const employeeNumber = r.optional(VARIABLES.employeeNumber, 50)
  r.done()
  return {
    flow: 'joiner',
    request: {
      ticket: ticketOf(ticket),
      profile: {
        login,
        email,
        firstName,
        lastName,
        ...(department ? { department } : {}),
        ...(title ? { title } : {}),
        ...(manager ? { manager } : {}),
        ...(employeeNumber ? { employeeNumber } : {}),
      },
      ...(access.groups.length > 0 ? { groups: [...access.groups] } : {}),
      ...(access.apps.length > 0 ? { apps: [...access.apps] } : {}),
      activate: true,
      sendEmail: false,
    },
  }
}

/**
 * A Role change item: the new department and title on the profile, and the groups and apps that differ
 * between the old and the new birthright access.
 */
export function buildMover(
  values: CatalogValues,
  ticket: TicketContext,
  diff: AccessDiff,
  today: string,
): BridgeCall<'mover'> {
  const r = new Reader(values)
  const login = r.email(VARIABLES.login)
  const department = r.required(VARIABLES.newDepartment)
  const title = r.optional(VARIABLES.newTitle)
  r.futureDate(VARIABLES.effectiveDate, today)
  r.done()
  const nonEmpty = (key: keyof AccessDiff) => (diff[key].length > 0 ? { [key]: [...diff[key]] } : {})
  return {
    flow: 'mover',
    request: {
      ticket: ticketOf(ticket),
      user: { login },
      profile: { department, ...(title ? { title } : {}) },
      ...nonEmpty('addGroups'),
      ...nonEmpty('removeGroups'),
      ...nonEmpty('addApps'),
      ...nonEmpty('removeApps'),
    },
  }
}

/** A Leaver item: deactivate (the default) or suspend, revoking sessions first unless unticked. */
export function buildLeaver(
  values: CatalogValues,
  ticket: TicketContext,
  today: string,
): BridgeCall<'leaver'> {
  const r = new Reader(values)
  const login = r.email(VARIABLES.login)
  const mode = r.optional(VARIABLES.leaverMode) ?? 'deactivate'
  if (mode !== 'deactivate' && mode !== 'suspend') {
    r.problems.push({ variable: VARIABLES.leaverMode, message: 'must be deactivate or suspend' })
  }
  r.futureDate(VARIABLES.lastDay, today)
  const revokeSessions = r.flag(VARIABLES.revokeSessions, true)
  r.done()
  return {
    flow: 'leaver',
    request: {
      ticket: ticketOf(ticket),
      user: { login },
      mode: mode as 'deactivate' | 'suspend',
      revokeSessions,
    },
  }
}

/** An Account help item: the action chooses the flow. */
export function buildAccountHelp(values: CatalogValues, ticket: TicketContext): BridgeCall {
  const r = new Reader(values)
  const login = r.email(VARIABLES.login)
  const action = r.required(VARIABLES.helpAction)
  // Not Object.hasOwn: ES2022, missing from the instance's engine (test/now-app checks the built code).
  if (action !== '' && !Object.keys(HELP_ACTIONS).includes(action)) {
    r.problems.push({
      variable: VARIABLES.helpAction,
      message: `must be one of ${Object.keys(HELP_ACTIONS).join(', ')}`,
    })
  }
  const revokeSessions = r.flag(VARIABLES.revokeSessions, false)
  r.done()
  const base = { ticket: ticketOf(ticket), user: { login } }
  switch (action as HelpAction) {
    case 'reset_password':
      return { flow: 'reset-password', request: { ...base, revokeSessions } }
    case 'unlock':
      return { flow: 'unlock', request: base }
    case 'suspend':
      return { flow: 'leaver', request: { ...base, mode: 'suspend', revokeSessions: true } }
    case 'unsuspend':
      return { flow: 'rehire', request: { ...base, sendEmail: false } }
    default:
      return { flow: 'revoke-sessions', request: { ...base, oauthTokens: revokeSessions } }
  }
}

/**
 * The request with the plan an approver saw: the bridge refuses it (409 plan-changed) if Okta changed in
 * between, so what was approved is exactly what is applied.
 */
export function withPlanHash<F extends FlowName>(
  call: BridgeCall<F>,
  planHash: string,
  approvedBy?: string,
): BridgeCall<F> {
  const request = { ...call.request, expectedPlanHash: planHash } as FlowRequest<F> & {
    ticket: TicketContext
  }
  if (approvedBy) request.ticket = { ...request.ticket, approvedBy }
  return { flow: call.flow, request }
}

/**
 * The `Idempotency-Key` of an invocation: the requested item and the flow. A retried or re-run step
 * sends the same key, so the bridge answers the first execution instead of changing Okta twice.
 */
export function idempotencyKey(ticket: TicketContext, flow: FlowName): string {
  return `${ticket.sysId || ticket.number}:${flow}`
}

/** The catalog items, as the flows name them. */
export const ITEM_KINDS: readonly string[] = ['joiner', 'mover', 'leaver', 'account_help']

/** A catalog item kind. */
export type ItemKind = 'joiner' | 'mover' | 'leaver' | 'account_help'

/** Who approves a requested item. */
export interface Approval {
  /** Whether the flow asks for an approval before applying. */
  required: boolean
  /** The approving user's sys_id, in manager mode. */
  user: string
  /** The approving group's sys_id, in group mode. */
  group: string
  /** Why no approval can be asked for although one is required; the flow fails the item with it. */
  problem: string
}

/**
 * Who approves, from the `x_okta_jml.approval.mode` property: the manager (of the new hire, or of the
 * person moving or leaving), a group, or nobody. Account help is the help desk's own work and is not
 * approved. A required approval without an approver is a problem, never a silent skip.
 */
export function approvalFor(
  mode: string,
  kind: ItemKind,
  managerSysId: string,
  groupSysId: string,
): Approval {
  const none = { required: false, user: '', group: '', problem: '' }
  if (kind === 'account_help' || mode === 'none') return none
  if (mode === 'group') {
    return groupSysId
      ? { ...none, required: true, group: groupSysId }
      : { ...none, required: true, problem: 'Approval mode is group but x_okta_jml.approval.group is empty.' }
  }
  return managerSysId
    ? { ...none, required: true, user: managerSysId }
    : { ...none, required: true, problem: 'The person has no manager to approve the request.' }
}
