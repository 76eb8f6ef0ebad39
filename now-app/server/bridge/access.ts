/**
 * Access requests from the Service Portal — Request access, End access, Extend access — as pure functions:
 * which Okta resources a requester may see, whether an end date is allowed, who approves (never the
 * requester), the bridge requests of `grant-access`, `revoke-access` and `extend-access`, and the text and
 * grant rows written from the bridge's answers. The Glide shell (`access-glide.ts`) reads the records and
 * hands them in as plain values. Every check here also runs in the browser (catalog client scripts), but
 * those can be bypassed (an item ordered through the API or a script), so the flow runs these again.
 */
import type { FlowRequest } from './contract.ts'
import { type BridgeCall, type CatalogValues, payloadError, type TicketContext, ticketOf } from './payload.ts'

/** The catalog variable names of the three access items, shared by the items, client scripts and builders. */
export const ACCESS_VARIABLES = {
  /** `myself` or `direct_report`. */
  accessFor: 'access_for',
  /** The direct report the access is for, when `access_for` is `direct_report`. */
  directReport: 'direct_report',
  /** The requested Okta resource (`x_okta_jml_okta_resource` sys_id). */
  resource: 'resource',
  /** Request access: the day the access ends (YYYY-MM-DD); empty for permanent where allowed. */
  endDate: 'end_date',
  /** Why the access is needed (the shared Justification variable set). */
  justification: 'justification',
  /** End access and Extend access: the grant (`x_okta_jml_access_grant` sys_id). */
  grant: 'grant',
  /** End access: why the access ends early (optional). */
  reason: 'reason',
  /** Extend access: the new end date (YYYY-MM-DD). */
  newEndDate: 'new_end_date',
} as const

/** The three access items, as the flows name them. */
export const ACCESS_KINDS: readonly string[] = ['request', 'end', 'extend']

/** An access item kind. */
export type AccessKind = 'request' | 'end' | 'extend'

/** The catalog items' names, which the portal widget links to. */
export const ACCESS_ITEM_NAMES = {
  request: 'Request access',
  end: 'End access',
  extend: 'Extend access',
} as const satisfies Record<AccessKind, string>

/** The values of `x_okta_jml_okta_resource.approval_levels`: who approves, in order. */
export const APPROVAL_LEVELS = ['manager', 'manager_then_owner', 'owner'] as const

/** An approval level setting. */
export type ApprovalLevels = (typeof APPROVAL_LEVELS)[number]

/** The values of `x_okta_jml_access_grant.status`, the same as the bridge's grant statuses. */
export const GRANT_STATUSES = ['active', 'revoked', 'expired'] as const

/** A grant status. */
export type GrantStatus = (typeof GRANT_STATUSES)[number]

/** An `x_okta_jml_okta_resource` record, as the shell reads it. */
export interface ResourceRecord {
  sysId: string
  name: string
  oktaId: string
  type: string
  requestable: boolean
  active: boolean
  /** The longest access in days; undefined when ServiceNow sets no limit (the bridge's policy still does). */
  maxDays?: number
  /** Whether an empty end date (permanent access) is allowed. */
  permanentAllowed: boolean
  /** Who approves; an unknown value is treated as the strictest, manager then owner. */
  approvalLevels: string
  /** The owner (`sys_user` sys_id), or ''. */
  owner: string
  /** User criteria: `cmn_department` sys_ids that may see it; empty with no roles either: everyone. */
  departments: readonly string[]
  /** User criteria: `sys_user_role` sys_ids that may see it. */
  roles: readonly string[]
}

/** The person asking, for visibility: their department and the sys_ids of the roles they hold. */
export interface Viewer {
  department: string
  roles: readonly string[]
}

/** A ServiceNow sys_id: 32 lowercase hex characters. */
const SYS_ID = /^[0-9a-f]{32}$/
/** A date as catalog date variables give it to scripts. */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/
const DAY_MS = 86_400_000

// ---------------------------------------------------------------- Visibility

/**
 * Whether a requester may see (and so request) a resource: it must be requestable and active, and its user
 * criteria must let them in — no criteria means everyone, otherwise their department or one of their roles
 * must be listed.
 */
export function visibleTo(resource: ResourceRecord, viewer: Viewer): boolean {
  if (!resource.requestable || !resource.active) return false
  if (resource.departments.length === 0 && resource.roles.length === 0) return true
  if (viewer.department !== '' && resource.departments.includes(viewer.department)) return true
  return viewer.roles.some((role) => resource.roles.includes(role))
}

/**
 * The reference qualifier of the Resource variable: the encoded query matching exactly the resources
 * {@link visibleTo} accepts, one `^NQ` alternative per way in. Only sys_ids go into the query, so a crafted
 * department or role value cannot add a condition.
 */
export function resourceQualifier(viewer: Viewer): string {
  const base = 'requestable=true^active=true'
  const alternatives = [`${base}^visible_to_departmentsISEMPTY^visible_to_rolesISEMPTY`]
  if (SYS_ID.test(viewer.department))
    alternatives.push(`${base}^visible_to_departmentsLIKE${viewer.department}`)
  for (const role of viewer.roles) {
    if (SYS_ID.test(role)) alternatives.push(`${base}^visible_to_rolesLIKE${role}`)
  }
  return alternatives.join('^NQ')
}

// ---------------------------------------------------------------- End dates

/** Days from one ISO date to another (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  const parse = (date: string) =>
    Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)))
  return Math.round((parse(to) - parse(from)) / DAY_MS)
}

/** An ISO date `days` after another. */
export function addDays(date: string, days: number): string {
  const base = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)))
  return new Date(base + days * DAY_MS).toISOString().slice(0, 10)
}

/** Whether a string is a real calendar date (2026-02-30 is not). */
function isCalendarDate(value: string): boolean {
  return ISO_DATE.test(value) && addDays(value, 0) === value
}

/**
 * The instant access ends for an end date: 00:00 UTC that day. The bridge counts a resource's maximum from
 * now, so an end date at most `maxDays` after today is always within it, whatever the time of the request.
 */
export function expiryOf(endDate: string): string {
  return `${endDate}T00:00:00Z`
}

/** What an end date check answers: the expiry to send (absent: permanent), or why the date is refused. */
export type EndDateCheck = { ok: true; expiresAt?: string } | { ok: false; problem: string }

/**
 * Checks an end date against a resource: required unless the resource allows permanent access (then empty
 * means permanent), a real date after today, and at most `maxDays` days ahead. The problem is worded for the
 * requester, who sees it as a form message or as the reason their item was closed.
 */
export function checkEndDate(
  endDate: string | undefined,
  today: string,
  resource: Pick<ResourceRecord, 'name' | 'maxDays' | 'permanentAllowed'>,
): EndDateCheck {
  const value = (endDate ?? '').trim()
  if (value === '') {
    return resource.permanentAllowed
      ? { ok: true }
      : { ok: false, problem: `is required: ${resource.name} does not allow permanent access` }
  }
  if (!isCalendarDate(value)) return { ok: false, problem: 'must be a date (YYYY-MM-DD)' }
  if (value <= today) return { ok: false, problem: 'must be after today' }
  if (resource.maxDays !== undefined && daysBetween(today, value) > resource.maxDays) {
    return {
      ok: false,
      problem: `must be at most ${resource.maxDays} days from today (${addDays(today, resource.maxDays)} at the latest) for ${resource.name}`,
    }
  }
  return { ok: true, expiresAt: expiryOf(value) }
}

// ---------------------------------------------------------------- Approvals

/** The people an approval chain is computed from (sys_ids; '' when unknown). */
export interface ApprovalPeople {
  /** Who ordered the item. */
  requester: string
  /** Who gets the access (the requester, or their direct report). */
  requestedFor: string
  /** The manager of `requestedFor`. */
  manager: string
  /** The manager of `requester`: approves instead when the requester is the manager (ordering for a report). */
  requesterManager: string
  /** The resource's owner. */
  owner: string
}

/** One approval, in the order they are asked for. */
export interface ApprovalStep {
  level: 'manager' | 'owner'
  approver: string
}

/** The approvals of a request, or why there can be none. */
export interface ApprovalChain {
  steps: ApprovalStep[]
  /** Set when the request cannot be approved by anybody but its requester: the flow rejects it with this. */
  problem: string
}

/**
 * Who approves, in order, from the resource's levels. The requester and the person getting the access never
 * approve: a manager ordering for a direct report is replaced at the manager level by their own manager; an
 * owner who is the requester (or the beneficiary) is skipped. The same person is never asked twice in a row.
 * When nobody independent is left, the chain is empty and `problem` says why — the request is rejected,
 * never approved by its own requester.
 */
export function approvalChain(levels: string, people: ApprovalPeople): ApprovalChain {
  const wanted: ('manager' | 'owner')[] =
    levels === 'manager' ? ['manager'] : levels === 'owner' ? ['owner'] : ['manager', 'owner']
  const self = (id: string) => id === people.requester || id === people.requestedFor
  const steps: ApprovalStep[] = []
  for (const level of wanted) {
    let approver = level === 'owner' ? people.owner : people.manager
    if (level === 'manager' && approver !== '' && self(approver)) approver = people.requesterManager
    if (approver === '' || self(approver)) continue
    if (steps.length > 0 && steps[steps.length - 1]!.approver === approver) continue
    steps.push({ level, approver })
  }
  if (steps.length > 0) return { steps, problem: '' }
  const who = wanted.map((l) => (l === 'owner' ? 'resource owner' : 'manager')).join(' and ')
  return {
    steps,
    problem: `No one but the requester could approve this request (approval by the ${who}): a requester never approves their own request. Ask an Okta JML admin to set another owner for the resource, or a manager on your user record.`,
  }
}

// ---------------------------------------------------------------- Grants and requests

/** An `x_okta_jml_access_grant` record, as the shell reads it. */
export interface GrantRecord {
  sysId: string
  grantId: string
  status: string
  /** The `sys_user` sys_id of who holds the access. */
  user: string
  /** The `sys_user` sys_id of who requested it. */
  requestedBy: string
  /** The expiry as ISO-8601 (UTC), or '' for permanent access. */
  expiresAt: string
}

/** What the Request access builder needs besides the variables. */
export interface AccessContext {
  ticket: TicketContext
  today: string
  /** The requester (`sys_user` sys_id) and what they may see. */
  requester: string
  viewer: Viewer
  /** The resource the variable names, or undefined when it does not exist. */
  resource: ResourceRecord | undefined
  /** The Okta login of who gets the access (their ServiceNow email). */
  login: string
  /** For a direct report: whether the requester is really their manager. */
  isManagerOfReport: boolean
}

/** Reads trimmed catalog values. */
function value(values: CatalogValues, name: string): string {
  return (values[name] ?? '').trim()
}

/** The justification, checked as the bridge does (required, at most 1000 characters, no control characters). */
function justificationProblem(justification: string): string | undefined {
  if (justification === '') return 'is required: say why the access is needed'
  if (justification.length > 1000) return 'is longer than 1000 characters'
  for (let i = 0; i < justification.length; i++) {
    const code = justification.charCodeAt(i)
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0x7f)
      return 'contains control characters'
  }
  return undefined
}

/**
 * A Request access item: who gets the access (myself, or a direct report of the requester), the resource
 * (which the requester must be allowed to see), the end date (checked against the resource) and the
 * justification. Throws every problem found.
 */
export function buildGrantAccess(values: CatalogValues, context: AccessContext): BridgeCall<'grant-access'> {
  const problems: { variable: string; message: string }[] = []
  const add = (variable: string, message: string) => problems.push({ variable, message })
  const accessFor = value(values, ACCESS_VARIABLES.accessFor) || 'myself'
  if (accessFor !== 'myself' && accessFor !== 'direct_report')
    add(ACCESS_VARIABLES.accessFor, 'must be myself or direct_report')
  if (accessFor === 'direct_report') {
    if (value(values, ACCESS_VARIABLES.directReport) === '') add(ACCESS_VARIABLES.directReport, 'is required')
    else if (!context.isManagerOfReport)
      add(ACCESS_VARIABLES.directReport, 'must be one of your direct reports')
  }
  const resource = context.resource
  if (!resource) add(ACCESS_VARIABLES.resource, 'is required')
  else if (!visibleTo(resource, context.viewer))
    add(ACCESS_VARIABLES.resource, `${resource.name} is not requestable by you`)
  else if (resource.type !== 'group' && resource.type !== 'app')
    add(ACCESS_VARIABLES.resource, `${resource.name} is neither a group nor an app`)
  let expiresAt: string | undefined
  if (resource) {
    const check = checkEndDate(values[ACCESS_VARIABLES.endDate], context.today, resource)
    if (check.ok) expiresAt = check.expiresAt
    else add(ACCESS_VARIABLES.endDate, check.problem)
  }
  const justification = value(values, ACCESS_VARIABLES.justification)
  const justificationIssue = justificationProblem(justification)
  if (justificationIssue) add(ACCESS_VARIABLES.justification, justificationIssue)
  if (context.login === '')
    add(ACCESS_VARIABLES.accessFor, 'names a person without an email (their Okta login)')
  if (problems.length > 0 || !resource) throw payloadError(problems)
  return {
    flow: 'grant-access',
    request: {
      ticket: ticketOf(context.ticket),
      user: { login: context.login },
      resource: { type: resource.type as 'group' | 'app', id: resource.oktaId },
      ...(expiresAt ? { expiresAt } : {}),
      justification,
    },
  }
}

/** Problems with a grant chosen on End access or Extend access: it must exist, be active and be the requester's. */
function grantProblems(grant: GrantRecord | undefined, requester: string): string | undefined {
  if (!grant) return 'is required'
  if (grant.status !== 'active')
    return `is ${grant.status || 'not active'}: only active access can be changed`
  if (grant.user !== requester && grant.requestedBy !== requester)
    return 'must be your own access or access you requested'
  return undefined
}

/** An End access item: the grant (active, and the requester's own or requested by them) and the reason. */
export function buildRevokeAccess(
  values: CatalogValues,
  ticket: TicketContext,
  requester: string,
  grant: GrantRecord | undefined,
): BridgeCall<'revoke-access'> {
  const problems: { variable: string; message: string }[] = []
  const grantIssue = grantProblems(grant, requester)
  if (grantIssue) problems.push({ variable: ACCESS_VARIABLES.grant, message: grantIssue })
  const reason = value(values, ACCESS_VARIABLES.reason)
  if (reason.length > 1000)
    problems.push({ variable: ACCESS_VARIABLES.reason, message: 'is longer than 1000 characters' })
  if (problems.length > 0 || !grant) throw payloadError(problems)
  return {
    flow: 'revoke-access',
    request: { ticket: ticketOf(ticket), grantId: grant.grantId, ...(reason ? { reason } : {}) },
  }
}

/**
 * An Extend access item: the grant (active, the requester's, not permanent) and a new end date, checked
 * against the resource like a new request. The justification is kept on the item for the approvers; the
 * bridge's extend-access takes only the grant and the new expiry.
 */
export function buildExtendAccess(
  values: CatalogValues,
  ticket: TicketContext,
  requester: string,
  grant: GrantRecord | undefined,
  resource: ResourceRecord | undefined,
  today: string,
): BridgeCall<'extend-access'> {
  const problems: { variable: string; message: string }[] = []
  const add = (variable: string, message: string) => problems.push({ variable, message })
  const grantIssue = grantProblems(grant, requester)
  if (grantIssue) add(ACCESS_VARIABLES.grant, grantIssue)
  else if (grant && grant.expiresAt === '')
    add(ACCESS_VARIABLES.grant, 'is permanent: there is no end date to move')
  let expiresAt = ''
  if (resource) {
    // A permanent end is never an extension: the new date is required whatever the resource allows.
    const check = checkEndDate(values[ACCESS_VARIABLES.newEndDate], today, {
      ...resource,
      permanentAllowed: false,
    })
    if (check.ok) expiresAt = check.expiresAt ?? ''
    else add(ACCESS_VARIABLES.newEndDate, check.problem)
  } else if (!grantIssue) add(ACCESS_VARIABLES.grant, 'refers to an Okta resource that no longer exists')
  if (expiresAt !== '' && grant && grant.expiresAt !== '' && expiresAt <= grant.expiresAt)
    add(ACCESS_VARIABLES.newEndDate, `must be later than the current end (${formatExpiry(grant.expiresAt)})`)
  const justificationIssue = justificationProblem(value(values, ACCESS_VARIABLES.justification))
  if (justificationIssue) add(ACCESS_VARIABLES.justification, justificationIssue)
  if (problems.length > 0 || !grant) throw payloadError(problems)
  return { flow: 'extend-access', request: { ticket: ticketOf(ticket), grantId: grant.grantId, expiresAt } }
}

// ---------------------------------------------------------------- Text and grant rows

/** An expiry for people: `2026-12-31 00:00 UTC`, or that the access has no end. */
export function formatExpiry(expiresAt: string | null | undefined): string {
  if (!expiresAt) return 'no end date (permanent access)'
  const instant = new Date(expiresAt)
  if (Number.isNaN(instant.getTime())) return expiresAt
  return `${instant.toISOString().slice(0, 16).replace('T', ' ')} UTC`
}

/** What the approver reads about a request before the Okta plan: who, what, until when, why. */
export function requestSummary(
  kind: AccessKind,
  who: string,
  resourceName: string,
  request: FlowRequest<'grant-access'> | FlowRequest<'revoke-access'> | FlowRequest<'extend-access'>,
  justification: string,
): string {
  const until = 'expiresAt' in request ? formatExpiry(request.expiresAt) : ''
  const head =
    kind === 'request'
      ? `${who} asks for access to ${resourceName} until ${until}.`
      : kind === 'extend'
        ? `${who} asks to extend access to ${resourceName} until ${until}.`
        : `${who} ends access to ${resourceName} now.`
  return justification ? `${head}\nJustification: ${justification}` : head
}

/** The grant as the bridge answers it (grant-access, revoke-access, extend-access). */
export interface GrantAnswer {
  grantId: string
  userId: string
  resource: { type: string; id: string }
  expiresAt: string | null
  status: string
  preexisting: boolean
  accessRemoved?: boolean
}

/** Reads the grant out of an Invoke action's `output` (the invocation result as JSON). */
export function grantFromOutput(output: string): GrantAnswer | undefined {
  try {
    const parsed = JSON.parse(output) as { output?: Partial<GrantAnswer> } | null
    const grant = parsed?.output
    if (!grant || typeof grant.grantId !== 'string' || typeof grant.status !== 'string') return undefined
    return grant as GrantAnswer
  } catch {
    return undefined
  }
}

/** The closing note of a fulfilled access item: what happened, and the end of the access stated plainly. */
export function closeNote(kind: AccessKind, grant: GrantAnswer, resourceName: string, who: string): string {
  const ref = `(grant ${grant.grantId})`
  if (kind === 'end') {
    return grant.accessRemoved === false
      ? `Access of ${who} to ${resourceName} ended ${ref}; Okta access was kept because another grant or a birthright still gives it.`
      : `Access of ${who} to ${resourceName} ended and removed in Okta ${ref}.`
  }
  const verb = kind === 'extend' ? 'extended' : 'granted'
  const until = grant.expiresAt
    ? `until ${formatExpiry(grant.expiresAt)}; the bridge removes it then`
    : 'with no end date (permanent access)'
  const already = grant.preexisting
    ? ' They already had this access in Okta: its end will not remove what they had before.'
    : ''
  return `Access of ${who} to ${resourceName} ${verb} ${until} ${ref}.${already}`
}

/** The fields of an `x_okta_jml_access_grant` record, as the bridge's answer sets them. */
export interface GrantRowValues {
  grant_id: string
  okta_user_id: string
  status: string
  /** GlideDateTime's `YYYY-MM-DD HH:mm:ss` (UTC), or '' for permanent access. */
  expires_at: string
  preexisting: string
}

/** The grant row's values from the bridge's answer. */
export function grantRowValues(grant: GrantAnswer): GrantRowValues {
  return {
    grant_id: grant.grantId,
    okta_user_id: grant.userId,
    status: grant.status,
    expires_at: grant.expiresAt ? new Date(grant.expiresAt).toISOString().slice(0, 19).replace('T', ' ') : '',
    preexisting: grant.preexisting ? 'true' : 'false',
  }
}

/** The work note and close reason of a rejected access item. */
export function rejectionNote(level: string, approverName: string, comment: string): string {
  const by = approverName ? ` by ${approverName}` : ''
  const why = comment.trim() ? `: ${comment.trim()}` : ' (no reason given)'
  return `Rejected at the ${level || 'approval'} step${by}${why}. Nothing was changed in Okta.`
}

/** A row of the My Okta access widget. */
export interface MyAccessRow {
  sysId: string
  resource: string
  type: string
  /** The expiry for people. */
  ends: string
  /** Whole days left (rounded down), or -1 for permanent access. */
  daysLeft: number
}

/**
 * The rows of My Okta access: the active grants, the soonest to end first, permanent ones last. A grant whose
 * end has passed is left out even while its row still says active: the bridge removes the access at the end
 * date and reports it a moment later (sooner or later, when ServiceNow was unreachable).
 */
export function myAccessRows(
  grants: readonly { sysId: string; resource: string; type: string; expiresAt: string }[],
  now: string,
): MyAccessRow[] {
  const nowMs = new Date(now).getTime()
  return grants
    .filter((g) => !g.expiresAt || new Date(g.expiresAt).getTime() > nowMs)
    .map((g) => ({
      sysId: g.sysId,
      resource: g.resource,
      type: g.type,
      ends: formatExpiry(g.expiresAt),
      daysLeft: g.expiresAt
        ? Math.max(0, Math.floor((new Date(g.expiresAt).getTime() - nowMs) / DAY_MS))
        : -1,
      sort: g.expiresAt || '9999',
    }))
    .sort((a, b) => (a.sort < b.sort ? -1 : a.sort > b.sort ? 1 : a.resource < b.resource ? -1 : 1))
    .map(({ sort: _sort, ...row }) => row)
}
