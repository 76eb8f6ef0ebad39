/**
 * The ATF suite's decisions, pure: the fixed names its tests create and look up, whether the bridge the
 * properties point at is one in sandbox mode, and what a requested item or an onboarding incident must
 * show once its flow or UI action has run. The Glide shell (`atf-glide.ts`) reads the records and hands
 * them in as plain values; `test/now-app/atf.test.ts` tests these functions.
 */
import { CONNECTION_ALIAS, SCOPE } from './api.ts'
import type { HttpAnswer } from './errors.ts'

/** The made-up Okta user of the onboarding incidents the tests insert (never opened by the bridge). */
const ONBOARDING_USER_ID = '00uATFOKTAJML0000001'
/** The department a joiner starts in, and whose birthright the onboarding approval grants. */
const DEPARTMENT_FROM = 'ATF Okta JML Engineering'

/**
 * The names the suite creates and finds again. Each ATF test step is a separate script: they meet through
 * these names instead of passing sys_ids (an included script file cannot interpolate a prior step's
 * output). ATF rolls back what each test created, so the names are free again for the next test.
 */
export const ATF = {
  /** The Okta id of a group the sandbox bridge may manage (the banner's "Engineering" line). */
  groupIdProperty: `${SCOPE}.atf.okta_group_id`,
  /** The Okta id of an app the sandbox bridge may manage (the banner's "Slack" line). */
  appIdProperty: `${SCOPE}.atf.okta_app_id`,
  /** Departments the tests insert: a joiner starts in the first, a mover goes to the second. */
  departments: { from: DEPARTMENT_FROM, to: 'ATF Okta JML Operations' },
  /** `sys_user.user_name` of the users the tests create. */
  users: {
    requester: 'atf.okta_jml.requester',
    manager: 'atf.okta_jml.manager',
    subject: 'atf.okta_jml.subject',
    approver: 'atf.okta_jml.approver',
  },
  /** The requester's email: the Okta login of the access items (who gets the access). */
  requesterEmail: 'atf.okta_jml.requester@example.com',
  /** The Okta resources the tests create (`x_okta_jml_okta_resource.name`). */
  resources: { group: 'ATF Okta JML group', app: 'ATF Okta JML app' },
  /** The longest access the group may be requested for: the negative access test asks for more. */
  maxDays: 30,
  /** How long a step waits for a flow (Flow Designer runs catalog flows in the background). */
  waitSeconds: 120,
  /** The made-up Okta user of the onboarding incidents the tests insert (never opened by the bridge). */
  onboardingUserId: ONBOARDING_USER_ID,
  /** Their incident's description, as the bridge writes one (`Key: value` lines). */
  onboardingDescription: `Okta user id: ${ONBOARDING_USER_ID}\nLogin: atf.onboarding@example.com\nEmail: atf.onboarding@example.com\nName: ATF Onboarding\nDepartment: ${DEPARTMENT_FROM}\nCreated by: atf\nCreated via: ATF\nOkta event: atf`,
  /** What the Reject test types in Work notes before clicking. */
  rejectionReason: 'ATF: not a real hire',
  /** Ticket numbers of the bridge calls the tests make themselves (creating their Okta users and grants). */
  setupTicket: 'ATF0000001',
} as const

/** What every ATF step script returns: pass or fail, and the message the step result shows. */
export interface StepOutcome {
  ok: boolean
  message: string
}

/** A passing step. */
export function pass(message: string): StepOutcome {
  return { ok: true, message }
}

/** A failing step; the problems one per line. */
export function fail(problems: readonly string[] | string): StepOutcome {
  return { ok: false, message: typeof problems === 'string' ? problems : problems.join('\n') }
}

const OKTA_ID = /^[A-Za-z0-9]{20}$/
const LOOPBACK_HTTP = /^http:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?(\/|$)/

/**
 * The Okta org a bridge works against, from its `GET /api/least-privilege` answer: the first entry of the
 * resource set is `<org>/api/v1/users`. Undefined when the answer is not that report.
 */
export function orgUrlOf(body: string): string | undefined {
  try {
    const report = JSON.parse(body) as { resourceSet?: { resources?: { resource?: unknown }[] } }
    const first = report.resourceSet?.resources?.[0]?.resource
    if (typeof first !== 'string') return undefined
    const at = first.indexOf('/api/v1/')
    return at > 0 ? first.slice(0, at) : undefined
  } catch {
    return undefined
  }
}

/** What the preparation step is given: the bridge's least-privilege answer and the ATF properties. */
export interface SandboxCheckInput {
  baseUrl: string
  answer: HttpAnswer
  groupId: string
  appId: string
}

/**
 * Whether the suite may run: the bridge answers, accepts the credential, and is in sandbox mode — its Okta
 * org is the in-process sandbox on a loopback `http://` address, which a bridge against a real org never
 * has (a real org is `https://…okta.com`) — and the ATF properties hold Okta ids. Every problem names the
 * property to set, because the suite changes Okta and must never run against a real org.
 */
export function checkSandbox(input: SandboxCheckInput): StepOutcome {
  const { answer, baseUrl } = input
  const problems: string[] = []
  if (answer.status === 0) {
    problems.push(
      `The bridge at ${baseUrl} did not answer (${answer.transportError || 'no answer'}): start it in sandbox mode (npm start), reachable from this instance, and set its address as the Connection URL of the Connection & Credential alias ${CONNECTION_ALIAS.id}.`,
    )
  } else if (answer.status === 401 || answer.status === 403) {
    problems.push(
      `The bridge at ${baseUrl} refused the credential (HTTP ${answer.status}): select on the Connection & Credential alias ${CONNECTION_ALIAS.id} an API Key credential holding the bridge's client token (the sandbox banner prints one).`,
    )
  } else if (answer.status !== 200) {
    problems.push(
      `The bridge at ${baseUrl} answered HTTP ${answer.status} to GET /api/least-privilege: the Connection URL of the Connection & Credential alias ${CONNECTION_ALIAS.id} must be the bridge's base URL.`,
    )
  } else {
    const org = orgUrlOf(answer.body)
    if (org === undefined) {
      problems.push(
        `${baseUrl} is not an Okta JML bridge (its /api/least-privilege answer has no resource set): check the Connection URL of the Connection & Credential alias ${CONNECTION_ALIAS.id}.`,
      )
    } else if (!LOOPBACK_HTTP.test(org)) {
      problems.push(
        `The bridge at ${baseUrl} works against the Okta org ${org}, not the simulated one of sandbox mode: the ATF suite creates, changes and deactivates Okta users and must only run against a bridge started without OKTA_ORG_URL. Point the Connection URL of the Connection & Credential alias ${CONNECTION_ALIAS.id} at a sandbox bridge.`,
      )
    }
  }
  if (!OKTA_ID.test(input.groupId) || !input.groupId.startsWith('00g')) {
    problems.push(
      `${ATF.groupIdProperty} must hold the Okta id (00g…) of a group of the sandbox: copy the "Engineering" id from the bridge's banner.`,
    )
  }
  if (!OKTA_ID.test(input.appId) || !input.appId.startsWith('0oa')) {
    problems.push(
      `${ATF.appIdProperty} must hold the Okta id (0oa…) of an app of the sandbox: copy the "Slack" id from the bridge's banner.`,
    )
  }
  return problems.length > 0
    ? fail(problems)
    : pass(`Sandbox bridge at ${baseUrl} (Okta simulated at ${orgUrlOf(answer.body)}).`)
}

/** `sc_req_item.state` values the flows leave an item in. */
export const ITEM_STATES = {
  workInProgress: '2',
  closedComplete: '3',
  closedIncomplete: '4',
  closedSkipped: '7',
} as const

/** Whether a requested item's flow has finished with it: any state a flow leaves it in. */
export function isSettled(state: string): boolean {
  return (Object.values(ITEM_STATES) as string[]).includes(state)
}

/** One golden thread row, as the shell reads it. */
export interface ThreadRow {
  flow: string
  operation: string
  outcome: string
  oktaRequestId: string
}

/** What the requester sees on an item once its flow is done. */
export interface ItemView {
  number: string
  state: string
  /** Every work note, newest first, as one text. */
  workNotes: string
  closeNotes: string
  rows: readonly ThreadRow[]
}

/**
 * A fulfilled item: closed complete, the work note of the bridge execution, and at least one golden thread
 * row, every one of the expected flow, succeeded, with the `X-Okta-Request-Id` Okta logged the change
 * under.
 */
export function checkCompleted(view: ItemView, flow: string): StepOutcome {
  const problems: string[] = []
  if (view.state !== ITEM_STATES.closedComplete)
    problems.push(`${view.number} is in state ${view.state}, not Closed Complete (3).`)
  if (!view.workNotes.includes(`Okta ${flow} completed — bridge execution `))
    problems.push(`${view.number} has no work note "Okta ${flow} completed — bridge execution …".`)
  if (view.rows.length === 0) problems.push(`${view.number} has no golden thread row.`)
  for (const row of view.rows) {
    if (row.flow !== flow || row.outcome !== 'succeeded' || row.oktaRequestId === '')
      problems.push(
        `${view.number}: golden thread row ${row.operation} is ${row.flow}/${row.outcome} with Okta request id "${row.oktaRequestId}", expected ${flow}/succeeded with one.`,
      )
  }
  if (problems.length > 0) return fail([...problems, 'Work notes:', view.workNotes])
  return pass(
    `${view.number} closed complete; ${view.rows.length} golden thread row(s): ${view.rows.map((r) => `${r.operation} (${r.oktaRequestId})`).join(', ')}.`,
  )
}

/**
 * An item the Build request step refused: left in Work in Progress for the help desk, the problem in the
 * work notes naming the variable, and no golden thread row (nothing was sent to Okta).
 */
export function checkInvalid(view: ItemView, variable: string): StepOutcome {
  const problems: string[] = []
  if (view.state !== ITEM_STATES.workInProgress)
    problems.push(`${view.number} is in state ${view.state}, not Work in Progress (2).`)
  if (!view.workNotes.includes('The catalog variables are not valid') || !view.workNotes.includes(variable))
    problems.push(`${view.number} has no work note saying that ${variable} is not valid.`)
  if (view.rows.length > 0) problems.push(`${view.number} has ${view.rows.length} golden thread row(s).`)
  return problems.length > 0
    ? fail([...problems, 'Work notes:', view.workNotes])
    : pass(`${view.number} left in Work in Progress with the variable problem in its work notes.`)
}

/**
 * An access item refused for the requester's mistake: the access flows close it incomplete with the reason
 * (so the requester reads it), and nothing reaches Okta — no golden thread row, no grant.
 */
export function checkRefused(view: ItemView, reason: string, grants: number): StepOutcome {
  const problems: string[] = []
  if (view.state !== ITEM_STATES.closedIncomplete)
    problems.push(`${view.number} is in state ${view.state}, not Closed Incomplete (4).`)
  if (!view.workNotes.includes(reason)) problems.push(`${view.number} has no work note saying "${reason}".`)
  if (!view.closeNotes.includes(reason)) problems.push(`${view.number}'s close notes do not say "${reason}".`)
  if (view.rows.length > 0) problems.push(`${view.number} has ${view.rows.length} golden thread row(s).`)
  if (grants > 0) problems.push(`${view.number} has ${grants} access grant row(s).`)
  return problems.length > 0
    ? fail([...problems, 'Work notes:', view.workNotes])
    : pass(`${view.number} closed incomplete: ${reason}.`)
}

/** A grant row, as the shell reads it. */
export interface GrantView {
  grantId: string
  status: string
  /** `YYYY-MM-DD HH:mm:ss` (UTC), or '' for permanent access. */
  expiresAt: string
}

/** The grant row an access item leaves: the bridge's grant id, its status, and the end date asked for. */
export function checkGrant(
  view: ItemView,
  grant: GrantView | undefined,
  status: string,
  expiresOn: string | undefined,
  closeNote: string,
): StepOutcome {
  const problems: string[] = []
  if (!grant) problems.push(`${view.number} has no access grant row.`)
  else {
    if (!/^grt_/.test(grant.grantId)) problems.push(`The grant id "${grant.grantId}" is not the bridge's.`)
    if (grant.status !== status) problems.push(`The grant is ${grant.status}, not ${status}.`)
    if (expiresOn !== undefined && grant.expiresAt !== `${expiresOn} 00:00:00`)
      problems.push(`The grant ends ${grant.expiresAt || '(never)'}, not ${expiresOn} 00:00:00.`)
  }
  if (!view.closeNotes.includes(closeNote))
    problems.push(`${view.number}'s close notes do not say "${closeNote}": ${view.closeNotes}`)
  return problems.length > 0
    ? fail(problems)
    : pass(`Grant ${grant?.grantId} ${status}${expiresOn ? ` until ${expiresOn}` : ''}.`)
}

/** An onboarding incident and its decisions, as the shell reads them. */
export interface IncidentView {
  number: string
  state: string
  workNotes: string
  decisions: readonly { decision: string; decidedBy: string; groups: string; comment: string }[]
}

/**
 * After a click on Approve or Reject: one decision record by the approver, the decision's work note, and
 * the bridge's answer. The incident the tests insert was not opened by the bridge, so the sandbox bridge
 * refuses it with 403 `not-our-incident` before touching Okta; the incident goes back to New so it could
 * be decided again — exactly what a decider sees for an incident the bridge does not know.
 */
export function checkDecided(
  view: IncidentView,
  expected: { decision: 'approved' | 'rejected'; decidedBy: string; groups: string; comment: string },
): StepOutcome {
  const problems: string[] = []
  const word = expected.decision === 'approved' ? 'APPROVED' : 'REJECTED'
  if (view.decisions.length !== 1)
    problems.push(`${view.number} has ${view.decisions.length} decision records, not 1.`)
  const decision = view.decisions[0]
  if (
    decision &&
    (decision.decision !== expected.decision ||
      decision.decidedBy !== expected.decidedBy ||
      decision.groups !== expected.groups ||
      decision.comment !== expected.comment)
  ) {
    problems.push(
      `The decision is ${decision.decision} by ${decision.decidedBy} (groups "${decision.groups}", comment "${decision.comment}"), expected ${expected.decision} by ${expected.decidedBy} (groups "${expected.groups}", comment "${expected.comment}").`,
    )
  }
  if (!view.workNotes.includes(`Okta onboarding ${word} by ${expected.decidedBy}`))
    problems.push(`${view.number} has no work note "Okta onboarding ${word} by ${expected.decidedBy}".`)
  if (!view.workNotes.includes('not-our-incident'))
    problems.push(`${view.number} has no work note with the bridge's answer not-our-incident.`)
  if (view.state !== '1') problems.push(`${view.number} is in state ${view.state}, not back to New (1).`)
  return problems.length > 0
    ? fail([...problems, 'Work notes:', view.workNotes])
    : pass(
        `${view.number}: decision ${expected.decision} recorded, sent, refused by the bridge (not its incident), back to New.`,
      )
}

/** After a refused click (Reject without a reason): nothing recorded, nothing sent, still New. */
export function checkUndecided(view: IncidentView): StepOutcome {
  const problems: string[] = []
  if (view.decisions.length > 0)
    problems.push(`${view.number} has ${view.decisions.length} decision record(s).`)
  if (view.state !== '1') problems.push(`${view.number} is in state ${view.state}, not New (1).`)
  if (view.workNotes.includes('Okta onboarding')) problems.push(`${view.number} has a decision work note.`)
  return problems.length > 0 ? fail(problems) : pass(`${view.number} undecided: no decision, still New.`)
}
