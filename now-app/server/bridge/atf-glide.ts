/**
 * The Glide shell of the ATF suite (`now-app/fluent/atf.now.ts`): what its server-side steps do, so each
 * step script is one call. It prepares what the tests need (the sandbox check, Okta resources and birthright
 * rules, Okta users and grants made through the bridge), orders catalog items as the impersonated user
 * would (`sn_sc.CartJS`), approves as the impersonated approver would, waits for the flows, and reads back
 * what the requester sees. What that must be is decided in `atf.ts`, which is unit-tested.
 *
 * Waiting: Flow Designer runs catalog flows in the background and a scoped script has no sleep, so a wait
 * re-reads the record until it settles or `ATF.waitSeconds` pass; the step fails then with what it saw.
 */
import { GlideDateTime, GlideRecord, gs } from '@servicenow/glide'
import { CartJS } from '@servicenow/glide/sn_sc'
import { RESTMessageV2 } from '@servicenow/glide/sn_ws'
import { ACCESS_ITEM_NAMES, addDays } from './access.ts'
import { CONNECTION_ALIAS, PROPERTIES } from './api.ts'
import {
  ATF,
  checkCompleted,
  checkDecided,
  checkGrant,
  checkInvalid,
  checkRefused,
  checkSandbox,
  checkUndecided,
  fail,
  type GrantView,
  type IncidentView,
  type ItemView,
  isSettled,
  pass,
  type StepOutcome,
  type ThreadRow,
} from './atf.ts'
import { requestInvoke, requestPlan } from './client.ts'
import type { BridgeOutcome } from './errors.ts'
import { glideTransport, readSettings, sendAuthenticated } from './glide.ts'
import { ONBOARDING } from './onboarding.ts'
import type { BridgeCall } from './payload.ts'
import { retryItem } from './requests-glide.ts'
import { TABLES } from './tables.ts'

/** The catalog items' names (`sc_cat_item.name`), as the catalog shows them. */
export const ITEMS = {
  joiner: 'New hire (Joiner)',
  mover: 'Role change (Mover)',
  leaver: 'Leaver',
  accountHelp: 'Account help',
  ...ACCESS_ITEM_NAMES,
} as const

/** A journal field's entries. */
interface Journal {
  getJournalEntry(count: number): string
}

/** RESTMessageV2 without a REST message record: the published typings declare a Rhino-internal constructor. */
type BareRestMessage = new () => RESTMessageV2

/** The cart, as documented for scoped scripts (`sn_sc.CartJS.orderNow`). */
type Cart = new () => { orderNow(request: object): { request_id?: unknown } }

/** Today on the instance, as YYYY-MM-DD (UTC). */
function today(): string {
  return new GlideDateTime().getDate().getByFormat('yyyy-MM-dd')
}

/** Milliseconds since the epoch on the instance. */
function now(): number {
  return Number(new GlideDateTime().getNumericValue())
}

/** A user's sys_id by user name, or ''. */
function userId(userName: string): string {
  const user = new GlideRecord('sys_user')
  return user.get('user_name', userName) ? user.getUniqueValue() : ''
}

/**
 * The Okta login of the test's subject: named after the requester the test created, so it is the same in
 * every step of one run and new in every run (the Okta sandbox keeps its users while the bridge runs).
 */
function subjectLogin(): string {
  return `atf.subject.${userId(ATF.users.requester)}@example.com`
}

/** The sys_id of a record found by name, or ''. */
function idOf(record: GlideRecord, name: string): string {
  return record.get('name', name) ? record.getUniqueValue() : ''
}

// One function per table, each naming its table literally: the cross-scope test derives the tables a script
// touches from the code, and a table passed in a variable would hide which privilege it needs.

/** A department's sys_id by name, or ''. */
function departmentId(name: string): string {
  const record = new GlideRecord('cmn_department')
  return idOf(record, name)
}

/** A catalog item's sys_id by name, or ''. */
function catalogItemId(name: string): string {
  const record = new GlideRecord('sc_cat_item')
  return idOf(record, name)
}

/** An Okta resource row's sys_id by name, or ''. */
function resourceId(name: string): string {
  const record = new GlideRecord(TABLES.oktaResource)
  return idOf(record, name)
}

/** Every work note of a record, newest first, as one text. */
function workNotes(record: GlideRecord): string {
  return (record.getElement('work_notes') as unknown as Journal).getJournalEntry(-1) || ''
}

/**
 * Re-reads until `probe` answers, or the wait is over (undefined then). A scoped script cannot sleep, so
 * between two reads it only watches the clock: one read every half second rather than a stream of queries.
 */
function waitFor<T>(probe: () => T | undefined): T | undefined {
  const deadline = now() + ATF.waitSeconds * 1000
  for (;;) {
    const found = probe()
    if (found !== undefined || now() > deadline) return found
    const next = now() + 500
    while (now() < next) {
      // Waiting for the next read.
    }
  }
}

/** The ticket of the bridge calls the suite makes itself. */
function setupTicket() {
  return { number: ATF.setupTicket, requestedBy: gs.getUserName() || 'atf' }
}

/** Sends a call through the app's own client: a dry run, or applied. */
function callBridge(call: BridgeCall, dryRun: boolean): BridgeOutcome {
  const settings = readSettings()
  const key = `atf:${gs.generateGUID()}`
  return dryRun
    ? requestPlan(glideTransport(), settings, call, key)
    : requestInvoke(glideTransport(), settings, call, key)
}

/** A bridge failure in one line. */
function bridgeProblem(what: string, outcome: BridgeOutcome): string {
  return outcome.ok
    ? `${what}: unexpected ${outcome.kind}`
    : `${what}: ${outcome.error.code} ${outcome.error.message}`
}

/** The step result: the outcome's message on the step, and whether it passed (what the script returns). */
export function report(
  stepResult: { setOutputMessage(message: string): void },
  outcome: StepOutcome,
): boolean {
  stepResult.setOutputMessage(outcome.message)
  return outcome.ok
}

/** Runs `next` only when `first` passed: one step that orders and then checks. */
function then(first: StepOutcome, next: () => StepOutcome): StepOutcome {
  if (!first.ok) return first
  const second = next()
  return { ok: second.ok, message: `${first.message}\n${second.message}` }
}

// ---------------------------------------------------------------- Preparation

/**
 * The first step of every test: the bridge is reachable, authenticated and in sandbox mode, the ATF
 * properties hold Okta ids, and the Okta resources and birthright rules the tests use exist (created in
 * this scope's own tables; ATF rolls them back). Fails naming the properties to set.
 */
export function prepare(): StepOutcome {
  let baseUrl = ''
  try {
    const settings = readSettings()
    baseUrl = settings.baseUrl
    if (settings.planOnly)
      return fail(`${PROPERTIES.planOnly} is true: the ATF suite needs changes applied. Set it to false.`)
    // The tests approve as the manager they create: another approval mode would wait for someone else.
    if (gs.getProperty(PROPERTIES.approval, 'manager') !== 'manager')
      return fail(`${PROPERTIES.approval} must be manager while the ATF suite runs.`)
  } catch (error) {
    const problem = error instanceof Error ? error.message : String(error)
    return fail(
      `${problem} Set the Connection URL and credential of the Connection & Credential alias ${CONNECTION_ALIAS.id}, and ${PROPERTIES.timeoutSeconds}.`,
    )
  }
  const message = new (RESTMessageV2 as unknown as BareRestMessage)()
  message.setEndpoint(`${baseUrl}/api/least-privilege`)
  message.setHttpMethod('get')
  message.setHttpTimeout(30_000)
  const groupId = gs.getProperty(ATF.groupIdProperty, '')
  const appId = gs.getProperty(ATF.appIdProperty, '')
  const checked = checkSandbox({ baseUrl, answer: sendAuthenticated(message), groupId, appId })
  if (!checked.ok) return checked
  const group = upsertResource(ATF.resources.group, 'group', groupId)
  const app = upsertResource(ATF.resources.app, 'app', appId)
  upsertRule(ATF.departments.from, group)
  upsertRule(ATF.departments.to, app)
  return pass(`${checked.message} Resources and birthright rules ready.`)
}

/** The Okta resource a test uses: requestable by anyone, manager approval, at most `ATF.maxDays` days. */
function upsertResource(name: string, type: 'group' | 'app', oktaId: string): string {
  const resource = new GlideRecord(TABLES.oktaResource)
  if (!resource.get('name', name)) resource.initialize()
  resource.setValue('name', name)
  resource.setValue('type', type)
  resource.setValue('okta_id', oktaId)
  resource.setValue('active', true)
  resource.setValue('requestable', true)
  resource.setValue('max_duration_days', ATF.maxDays)
  resource.setValue('permanent_allowed', false)
  resource.setValue('approval_levels', 'manager')
  if (resource.isNewRecord()) return resource.insert() || ''
  resource.update()
  return resource.getUniqueValue()
}

/** A birthright rule of a test department (only when the test inserted that department). */
function upsertRule(department: string, resource: string): void {
  const departmentSysId = departmentId(department)
  if (!departmentSysId) return
  const rule = new GlideRecord(TABLES.birthrightRule)
  if (!rule.get('name', department)) rule.initialize()
  rule.setValue('name', department)
  rule.setValue('department', departmentSysId)
  rule.setValue('resources', resource)
  rule.setValue('active', true)
  if (rule.isNewRecord()) rule.insert()
  else rule.update()
}

/**
 * An Okta user for a test, made through the bridge's joiner (not the catalog: this is the test's
 * precondition, not what it proves). Left alone when the login exists already.
 */
function ensureOktaUser(login: string, groups: string[]): string {
  const probe = callBridge(
    { flow: 'revoke-sessions', request: { ticket: setupTicket(), user: { login } } },
    true,
  )
  if (probe.ok) return ''
  if (probe.error.code !== 'user-not-found') return bridgeProblem(`Looking up ${login}`, probe)
  const created = callBridge(
    {
      flow: 'joiner',
      request: {
        ticket: setupTicket(),
        profile: { login, email: login, firstName: 'ATF', lastName: 'Okta JML' },
        ...(groups.length > 0 ? { groups } : {}),
        activate: true,
        sendEmail: false,
      },
    },
    false,
  )
  return created.ok ? '' : bridgeProblem(`Creating the Okta user ${login}`, created)
}

/**
 * The Okta users a test acts on, made before anyone is impersonated: the subject (in the test group, for
 * the mover to take it away) and the requester (the Okta login of the access items is their email).
 */
export function arrange(): StepOutcome {
  const problems = [
    ensureOktaUser(subjectLogin(), [gs.getProperty(ATF.groupIdProperty, '')]),
    ensureOktaUser(ATF.requesterEmail, []),
  ].filter((p) => p !== '')
  return problems.length > 0
    ? fail(problems)
    : pass(`Okta users ${subjectLogin()} and ${ATF.requesterEmail} ready.`)
}

// ---------------------------------------------------------------- Ordering

/** Orders a catalog item as the current (impersonated) user would, with raw variable values. */
function order(itemName: string, variables: Record<string, string>): StepOutcome {
  const catalogItem = catalogItemId(itemName)
  if (!catalogItem) return fail(`There is no catalog item "${itemName}": is the app installed?`)
  const answer = new (CartJS as unknown as Cart)().orderNow({
    sysparm_id: catalogItem,
    sysparm_quantity: '1',
    variables,
  })
  const item = new GlideRecord('sc_req_item')
  item.addQuery('request', String(answer.request_id ?? ''))
  item.query()
  if (!item.next()) return fail(`Ordering "${itemName}" made no requested item: ${JSON.stringify(answer)}`)
  return pass(`${gs.getUserName()} ordered ${itemName}: ${item.getValue('number')}.`)
}

/** New hire (Joiner): a new login in the test's first department, approved by the test's manager. */
export function orderJoiner(): StepOutcome {
  const login = `atf.joiner.${gs.getUserID()}@example.com`
  return order(ITEMS.joiner, {
    first_name: 'Ada',
    last_name: 'Atf',
    email: login,
    okta_login: login,
    department: departmentId(ATF.departments.from),
    title: 'Engineer',
    manager: userId(ATF.users.manager),
    start_date: today(),
    justification: 'ATF: the New hire item end to end.',
  })
}

/**
 * Role change (Mover): an Okta user holding the first department's group moves to the second department,
 * whose rule gives the app instead; the subject's manager approves.
 */
export function orderMover(): StepOutcome {
  return order(ITEMS.mover, {
    subject: userId(ATF.users.subject),
    okta_login: subjectLogin(),
    new_department: departmentId(ATF.departments.to),
    new_title: 'Operator',
    effective_date: today(),
    justification: 'ATF: the Role change item end to end.',
  })
}

/** Leaver: the subject deactivated in Okta, from today. */
export function orderLeaverToday(): StepOutcome {
  return orderLeaver('today')
}

/** Leaver: the subject deactivated; `lastDay` 'past' orders it with yesterday, which must be refused. */
function orderLeaver(lastDay: 'today' | 'past'): StepOutcome {
  return order(ITEMS.leaver, {
    subject: userId(ATF.users.subject),
    okta_login: subjectLogin(),
    leaver_mode: 'deactivate',
    revoke_sessions: 'true',
    last_day: lastDay === 'today' ? today() : addDays(today(), -1),
    justification: 'ATF: the Leaver item end to end.',
  })
}

/** Account help: suspend the subject in Okta — no approval (a help-desk operation), so ordered and checked at once. */
export function accountHelp(): StepOutcome {
  const ordered = order(ITEMS.accountHelp, {
    subject: userId(ATF.users.subject),
    okta_login: subjectLogin(),
    help_action: 'suspend',
    justification: 'ATF: the Account help item end to end.',
  })
  return then(ordered, () => expectCompleted(ITEMS.accountHelp, 'leaver'))
}

/** Request access: the test group for the requester, for a week. */
export function orderRequestAccessForAWeek(): StepOutcome {
  return orderRequestAccess(7)
}

/** Request access: the test group for the requester, ending `days` from today. */
function orderRequestAccess(days: number): StepOutcome {
  return order(ITEMS.request, {
    access_for: 'myself',
    resource: resourceId(ATF.resources.group),
    end_date: addDays(today(), days),
    justification: 'ATF: the Request access item end to end.',
  })
}

/**
 * A grant of the test group to the requester, made through the bridge and mirrored in a grant row, as a
 * Request access item would leave it: the precondition of End access and Extend access (made before anyone
 * is impersonated, after {@link arrange}).
 */
export function arrangeGrant(): StepOutcome {
  const problem = ensureOktaUser(ATF.requesterEmail, [])
  if (problem) return fail(problem)
  const granted = callBridge(
    {
      flow: 'grant-access',
      request: {
        ticket: setupTicket(),
        user: { login: ATF.requesterEmail },
        resource: { type: 'group', id: gs.getProperty(ATF.groupIdProperty, '') },
        expiresAt: `${addDays(today(), 7)}T00:00:00Z`,
        justification: 'ATF: the precondition of End access and Extend access.',
      },
    },
    false,
  )
  if (!granted.ok || granted.kind !== 'result') return fail(bridgeProblem('Granting access', granted))
  const grant = granted.result.output as { grantId: string; userId: string; preexisting: boolean }
  const row = new GlideRecord(TABLES.accessGrant)
  row.initialize()
  row.setValue('grant_id', grant.grantId)
  const requester = userId(ATF.users.requester)
  row.setValue('user', requester)
  row.setValue('okta_user_id', grant.userId)
  row.setValue('resource', resourceId(ATF.resources.group))
  row.setValue('requested_by', requester)
  row.setValue('expires_at', `${addDays(today(), 7)} 00:00:00`)
  row.setValue('status', 'active')
  row.setValue('preexisting', grant.preexisting)
  return row.insert()
    ? pass(`Grant ${grant.grantId} of the test group to ${ATF.requesterEmail}.`)
    : fail('The grant row could not be inserted.')
}

/** The requester's active grant row of the test group (what End access and Extend access name). */
function requesterGrant(): string {
  const row = new GlideRecord(TABLES.accessGrant)
  row.addQuery('user', gs.getUserID())
  row.addQuery('status', 'active')
  row.orderByDesc('sys_created_on')
  row.setLimit(1)
  row.query()
  return row.next() ? row.getUniqueValue() : ''
}

/** End access: the requester ends their grant now — no approval, so ordered and checked at once. */
export function endAccess(): StepOutcome {
  const ordered = order(ITEMS.end, {
    grant: requesterGrant(),
    reason: 'ATF: the End access item end to end.',
  })
  return then(ordered, () => expectAccess(ITEMS.end, 'revoke-access', 'revoked', undefined, 'ended'))
}

/** Extend access: moves the requester's grant from 7 to 14 days from today, approved by their manager. */
export function orderExtendAccess(): StepOutcome {
  return order(ITEMS.extend, {
    grant: requesterGrant(),
    new_end_date: addDays(today(), 14),
    justification: 'ATF: the Extend access item end to end.',
  })
}

// ---------------------------------------------------------------- Approving and waiting

/** The latest requested item ordered by the test's requester (of one catalog item, when named). */
function latestItem(itemName?: string): GlideRecord | undefined {
  const item = new GlideRecord('sc_req_item')
  if (itemName) item.addQuery('cat_item.name', itemName)
  item.addQuery('opened_by.user_name', ATF.users.requester)
  item.orderByDesc('sys_created_on')
  item.setLimit(1)
  item.query()
  return item.next() ? item : undefined
}

/**
 * Approves the latest item the requester ordered, as the current (impersonated) approver would: waits for
 * the flow to ask (it plans first), then sets the approval to approved. Fails early when the flow stopped
 * instead.
 */
export function approve(): StepOutcome {
  const item = latestItem()
  if (!item) return fail(`No item ordered by ${ATF.users.requester}.`)
  const approval = waitFor(() => {
    const pending = new GlideRecord('sysapproval_approver')
    pending.addQuery('sysapproval', item.getUniqueValue())
    pending.addQuery('approver', gs.getUserID())
    pending.addQuery('state', 'requested')
    pending.query()
    if (pending.next()) return pending
    const current = new GlideRecord('sc_req_item')
    return current.get(item.getUniqueValue()) && isSettled(current.getValue('state')) ? null : undefined
  })
  if (!approval) {
    return fail(
      `${item.getValue('number')}: no approval was asked of ${gs.getUserName()}. Work notes:\n${workNotes(item)}`,
    )
  }
  approval.setValue('state', 'approved')
  approval.setValue('comments', 'Approved by the ATF suite.')
  approval.update()
  const reread = new GlideRecord('sysapproval_approver')
  reread.get(approval.getUniqueValue())
  return reread.getValue('state') === 'approved'
    ? pass(`${gs.getUserName()} approved ${item.getValue('number')}.`)
    : fail(`${item.getValue('number')}: the approval by ${gs.getUserName()} was refused.`)
}

/** What the requester sees once the item's flow is done (waiting for it). */
function settledView(itemName: string): { view?: ItemView; problem?: string; sysId?: string } {
  const item = latestItem(itemName)
  if (!item) return { problem: `No "${itemName}" item ordered by ${ATF.users.requester}.` }
  const sysId = item.getUniqueValue()
  const settled = waitFor(() => {
    const current = new GlideRecord('sc_req_item')
    return current.get(sysId) && isSettled(current.getValue('state')) ? current : undefined
  })
  const current = settled ?? item
  const rows: ThreadRow[] = []
  const row = new GlideRecord(TABLES.goldenThread)
  row.addQuery('requested_item', sysId)
  row.query()
  while (row.next()) {
    rows.push({
      flow: row.getValue('flow') || '',
      operation: row.getValue('operation') || '',
      outcome: row.getValue('outcome') || '',
      oktaRequestId: row.getValue('okta_request_id') || '',
    })
  }
  const view = {
    number: current.getValue('number'),
    state: current.getValue('state'),
    workNotes: workNotes(current),
    closeNotes: current.getValue('close_notes') || '',
    rows,
  }
  if (!settled)
    return {
      problem: `${view.number} is still in state ${view.state} after ${ATF.waitSeconds} s.\n${view.workNotes}`,
    }
  return { view, sysId }
}

/** New hire fulfilled: the user created in Okta (joiner). */
export function expectJoiner(): StepOutcome {
  return expectCompleted(ITEMS.joiner, 'joiner')
}

/** Role change fulfilled: profile, group removed and app added in Okta (mover). */
export function expectMover(): StepOutcome {
  return expectCompleted(ITEMS.mover, 'mover')
}

/** Leaver fulfilled: sessions ended and the user deactivated in Okta (leaver). */
export function expectLeaver(): StepOutcome {
  return expectCompleted(ITEMS.leaver, 'leaver')
}

/** The item was fulfilled through the bridge's `flow`: closed complete, work note, golden thread. */
function expectCompleted(itemName: string, flow: string): StepOutcome {
  const seen = settledView(itemName)
  return seen.view ? checkCompleted(seen.view, flow) : fail(seen.problem ?? '')
}

/**
 * A Leaver ordered with a last day in the past (refused before any approval, so ordered and checked at
 * once): left in Work in Progress with the work note naming `last_day`, no golden thread row, and the Okta
 * user still active (its leaver plan still deactivates).
 */
export function leaverRefused(): StepOutcome {
  return then(orderLeaver('past'), expectLeaverRefused)
}

/** The checks of {@link leaverRefused}. */
function expectLeaverRefused(): StepOutcome {
  const seen = settledView(ITEMS.leaver)
  if (!seen.view) return fail(seen.problem ?? '')
  const checked = checkInvalid(seen.view, 'last_day')
  if (!checked.ok) return checked
  const item = new GlideRecord('sc_req_item')
  item.get(seen.sysId ?? '')
  const login = String((item as unknown as { variables: Record<string, unknown> }).variables.okta_login ?? '')
  const plan = callBridge(
    { flow: 'leaver', request: { ticket: setupTicket(), user: { login }, mode: 'deactivate' } },
    true,
  )
  if (!plan.ok || plan.kind !== 'plan') return fail(bridgeProblem(`Planning the leaver of ${login}`, plan))
  return plan.plan.plan.steps.some((s) => s.operation === 'deactivateUser')
    ? pass(`${checked.message} ${login} is still active in Okta.`)
    : fail(`${login} is no longer active in Okta: the refused item changed it.`)
}

/**
 * Retry in Okta: Account help (unlock) for a login Okta does not know — the bridge refuses it
 * (`user-not-found`), the item waits in Work in Progress with one help-desk task — then the help desk's Retry
 * in Okta sends the same call again with the same idempotency key: it fails again with the bridge's words,
 * the item stays in Work in Progress and no second task is opened. Nothing exists in Okta to change.
 */
export function retryRefused(): StepOutcome {
  const login = `atf.no-such-user.${gs.generateGUID()}@example.invalid`
  const ordered = order(ITEMS.accountHelp, {
    subject: userId(ATF.users.subject),
    okta_login: login,
    help_action: 'unlock',
    justification: 'ATF: Retry in Okta after a refusal.',
  })
  return then(ordered, () => {
    const seen = settledView(ITEMS.accountHelp)
    if (!seen.view || !seen.sysId) return fail(seen.problem ?? '')
    if (seen.view.state !== '2')
      return fail(`${seen.view.number} is in state ${seen.view.state}, not Work in Progress (2).`)
    const tasksBefore = openTasks(seen.sysId)
    const retried = retryItem(seen.sysId)
    const problems: string[] = []
    if (retried.closed || !retried.message.startsWith('Retry in Okta failed again'))
      problems.push(`Retry in Okta answered "${retried.message}", not a second refusal.`)
    const item = new GlideRecord('sc_req_item')
    if (!item.get(seen.sysId) || item.getValue('state') !== '2')
      problems.push(`${seen.view.number} left Work in Progress after the retry.`)
    if (openTasks(seen.sysId) !== tasksBefore || tasksBefore !== 1)
      problems.push(
        `${seen.view.number} has ${openTasks(seen.sysId)} open task(s) after the retry (1 expected).`,
      )
    return problems.length > 0
      ? fail(problems)
      : pass(
          `${seen.view.number}: refused, retried with the same key, refused again (${retried.message}); one task.`,
        )
  })
}

/** The open help-desk tasks of an item. */
function openTasks(itemSysId: string): number {
  const task = new GlideRecord('sc_task')
  task.addQuery('request_item', itemSysId)
  task.addQuery('active', true)
  task.query()
  return task.getRowCount()
}

/** The grant row of an item, by its last change. */
function grantOf(itemSysId: string): GrantView | undefined {
  const row = new GlideRecord(TABLES.accessGrant)
  if (!row.get('last_requested_item', itemSysId)) return undefined
  return {
    grantId: row.getValue('grant_id') || '',
    status: row.getValue('status') || '',
    expiresAt: row.getValue('expires_at') || '',
  }
}

/** Request access fulfilled: granted in Okta for a week, the grant row active until then. */
export function expectRequestAccess(): StepOutcome {
  return expectAccess(ITEMS.request, 'grant-access', 'active', 7, 'granted until')
}

/** Extend access fulfilled: the grant's end moved to two weeks from today. */
export function expectExtendAccess(): StepOutcome {
  return expectAccess(ITEMS.extend, 'extend-access', 'active', 14, 'extended until')
}

/** An access item fulfilled: closed complete through `flow`, and its grant row as the bridge answered. */
function expectAccess(
  itemName: string,
  flow: string,
  status: string,
  expiresInDays: number | undefined,
  closeNote: string,
): StepOutcome {
  const seen = settledView(itemName)
  if (!seen.view) return fail(seen.problem ?? '')
  const completed = checkCompleted(seen.view, flow)
  const grant = checkGrant(
    seen.view,
    grantOf(seen.sysId ?? ''),
    status,
    expiresInDays === undefined ? undefined : addDays(today(), expiresInDays),
    closeNote,
  )
  return completed.ok && grant.ok
    ? pass(`${completed.message} ${grant.message}`)
    : fail([completed, grant].filter((c) => !c.ok).map((c) => c.message))
}

/**
 * A Request access beyond the group's maximum (refused before any approval, so ordered and checked at once):
 * closed incomplete with the reason; no grant, nothing in Okta.
 */
export function requestRefused(): StepOutcome {
  return then(orderRequestAccess(ATF.maxDays + 5), expectRequestRefused)
}

/** The checks of {@link requestRefused}. */
function expectRequestRefused(): StepOutcome {
  const seen = settledView(ITEMS.request)
  if (!seen.view) return fail(seen.problem ?? '')
  const grants = new GlideRecord(TABLES.accessGrant)
  grants.addQuery('requested_item', seen.sysId ?? '')
  grants.query()
  return checkRefused(seen.view, `must be at most ${ATF.maxDays} days from today`, grants.getRowCount())
}

/**
 * Ends, through the bridge, the requester's grants the test left active, so the next run starts from the
 * same Okta state (ATF rolls back the rows, not Okta).
 */
export function endRequesterGrants(): StepOutcome {
  const row = new GlideRecord(TABLES.accessGrant)
  row.addQuery('user.user_name', ATF.users.requester)
  row.addQuery('status', 'active')
  row.query()
  const ended: string[] = []
  while (row.next()) {
    const grantId = row.getValue('grant_id')
    const revoked = callBridge(
      { flow: 'revoke-access', request: { ticket: setupTicket(), grantId, reason: 'ATF clean-up' } },
      false,
    )
    if (!revoked.ok) return fail(bridgeProblem(`Ending ${grantId}`, revoked))
    ended.push(grantId)
  }
  return pass(`Ended in Okta: ${ended.join(', ') || 'nothing'}.`)
}

// ---------------------------------------------------------------- Onboarding UI actions

/** The onboarding incident the test inserted, its work notes and its decisions. */
function incidentView(): IncidentView | undefined {
  const incident = new GlideRecord('incident')
  incident.addQuery('correlation_id', `${ONBOARDING.correlationPrefix}${ATF.onboardingUserId}`)
  incident.orderByDesc('sys_created_on')
  incident.setLimit(1)
  incident.query()
  if (!incident.next()) return undefined
  const decisions: IncidentView['decisions'][number][] = []
  const decision = new GlideRecord(TABLES.onboardingDecision)
  decision.addQuery('incident', incident.getUniqueValue())
  decision.query()
  while (decision.next()) {
    decisions.push({
      decision: decision.getValue('decision') || '',
      decidedBy: decision.getValue('decided_by') || '',
      groups: decision.getValue('groups') || '',
      comment: decision.getValue('comment') || '',
    })
  }
  return {
    number: incident.getValue('number'),
    state: incident.getValue('state'),
    workNotes: workNotes(incident),
    decisions,
  }
}

/** After Approve was clicked: approved with the test group (the department's birthright), no comment. */
export function expectApproved(): StepOutcome {
  return expectDecided('approved', '')
}

/** After Reject was clicked with a reason in Work notes: rejected with that reason. */
export function expectRejected(): StepOutcome {
  return expectDecided('rejected', ATF.rejectionReason)
}

/** After Approve or Reject was clicked: the decision recorded and sent (see `checkDecided`). */
function expectDecided(decision: 'approved' | 'rejected', comment: string): StepOutcome {
  const view = incidentView()
  if (!view) return fail('The onboarding incident the test inserted is gone.')
  return checkDecided(view, {
    decision,
    decidedBy: ATF.users.approver,
    groups: decision === 'approved' ? gs.getProperty(ATF.groupIdProperty, '') : '',
    comment,
  })
}

/** After a click the form refused: nothing recorded or sent. */
export function expectUndecided(): StepOutcome {
  const view = incidentView()
  return view ? checkUndecided(view) : fail('The onboarding incident the test inserted is gone.')
}
