/**
 * Okta-initiated onboarding in the ServiceNow app:
 * - the pure module (now-app/server/bridge/onboarding.ts): the incident description the bridge writes is
 *   parsed, the incident checked, the birthright access of the user's department computed, the
 *   `onboarding-decision` request built — and parsed with the bridge's own schema from shared/ — with a
 *   decision record holding exactly what the request carries, and the bridge's answers turned into form
 *   messages, work notes and the incident's next state;
 * - the build output: the incident category and subcategory choices, the approver role, the two UI
 *   actions (condition, role, scripts), the decision table, the golden thread's incident column, the ACLs
 *   of the decision table and of the bridge's integration role on incidents (exactly those, nothing
 *   more), and the navigation modules.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import type { BirthrightRule } from '../../now-app/server/bridge/birthright.ts'
import { interpretAnswer } from '../../now-app/server/bridge/errors.ts'
import {
  checkIncident,
  type Decision,
  decisionIdempotencyKey,
  decisionOutcome,
  decisionRecord,
  decisionWorkNote,
  INCIDENT_STATES,
  isOnboardingError,
  ONBOARDING,
  type OnboardingIncident,
  onboardingAccess,
  parseDescription,
  prepareDecision,
  UI_ACTION_CONDITION,
  UI_ACTIONS,
} from '../../now-app/server/bridge/onboarding.ts'
import { TABLES } from '../../now-app/server/bridge/tables.ts'
import { FLOWS } from '../../shared/index.js'
import { TABLES as SANDBOX_TABLES } from '../sandboxes/servicenow/tables.js'
import { type BuiltRecord, builtRecords, ensureBuilt, recordsOf, text } from './support/build.js'

// ============================================================================
// Samples: what the bridge writes (the convention agreed with bridge/)
// ============================================================================

const USER_ID = '00u1abcdefghijklmnop'
const ENG_GROUP = '00g1engineering00001'
const ALL_GROUP = '00g1everyoneatacme01'
const SALES_GROUP = '00g1sales00000000001'
const GITHUB_APP = '0oa1github0000000001'
const SLACK_APP = '0oa1slack00000000001'

/** The description the bridge writes on an onboarding incident. */
function description(overrides: Record<string, string> = {}): string {
  const lines: Record<string, string> = {
    'Okta user id': USER_ID,
    Login: 'sam.rivera@example.com',
    Email: 'sam.rivera@example.com',
    Name: 'Sam Rivera',
    Department: 'Engineering',
    Manager: 'dana.lee@example.com',
    'Created by': 'Alex Admin (alex.admin@example.com)',
    'Created via': 'Okta admin console',
    'Okta event': '1f9c2b8e-6d3a-4f1e-9b7c-2a5d8e0f4c31',
    ...overrides,
  }
  return [
    'A user was created directly in Okta, outside the joiner flow. Approve or reject it.',
    '',
    ...Object.entries(lines).map(([key, value]) => `${key}: ${value}`),
  ].join('\n')
}

/** An open, undecided onboarding incident. */
function incident(overrides: Partial<OnboardingIncident> = {}): OnboardingIncident {
  return {
    number: 'INC0010042',
    sysId: 'a1b2c3d4e5f60718293a4b5c6d7e8f90',
    active: 'true',
    state: INCIDENT_STATES.new,
    category: 'okta',
    subcategory: 'onboarding_approval',
    correlationId: `okta-onboarding:${USER_ID}`,
    description: description(),
    callerUserName: '',
    ...overrides,
  }
}

/** Birthright rules: Engineering (two rules), Sales, and an Engineering rule narrowed by title. */
const RULES: BirthrightRule[] = [
  { department: 'Engineering', groups: [ENG_GROUP, ALL_GROUP], apps: [GITHUB_APP] },
  { department: 'engineering ', groups: [], apps: [SLACK_APP] },
  { department: 'Sales', groups: [SALES_GROUP, ALL_GROUP], apps: [SLACK_APP] },
  { department: 'Engineering', title: 'Manager', groups: [SALES_GROUP], apps: [] },
]

/** A decision on the sample incident. */
function prepare(
  decision: Decision,
  overrides: { comment?: string; incident?: Partial<OnboardingIncident> } = {},
) {
  return prepareDecision({
    incident: incident(overrides.incident),
    decision,
    decidedBy: 'pat.owner',
    comment: overrides.comment ?? '',
    rules: RULES,
  })
}

/** Expects an OnboardingError whose message matches. */
function expectRefusal(run: () => unknown, message: RegExp): void {
  let caught: unknown
  try {
    run()
  } catch (error) {
    caught = error
  }
  expect(isOnboardingError(caught)).toBe(true)
  expect((caught as Error).message).toMatch(message)
}

// ============================================================================
// The pure module
// ============================================================================

describe('the incident description', () => {
  it('is parsed into the Okta user, whatever other lines it holds', () => {
    expect(parseDescription(description())).toEqual({
      oktaUserId: USER_ID,
      login: 'sam.rivera@example.com',
      email: 'sam.rivera@example.com',
      name: 'Sam Rivera',
      department: 'Engineering',
      manager: 'dana.lee@example.com',
      createdBy: 'Alex Admin (alex.admin@example.com)',
      createdVia: 'Okta admin console',
      oktaEvent: '1f9c2b8e-6d3a-4f1e-9b7c-2a5d8e0f4c31',
    })
  })

  it('accepts CRLF line ends and empty values; the first line of a key wins over one appended later', () => {
    const text = `${description({ Department: '', Manager: '' }).replace(/\n/g, '\r\n')}\r\nDepartment: Finance`
    const user = parseDescription(text)
    expect(user.department).toBe('')
    expect(user.manager).toBe('')
    expect(user.oktaUserId).toBe(USER_ID)
  })

  it('is refused without a valid Okta user id line', () => {
    expectRefusal(() => parseDescription('Login: sam@example.com'), /no valid "Okta user id: 00u…" line/)
    expectRefusal(
      () => parseDescription(description({ 'Okta user id': '00g1abcdefghijklmnop' })),
      /Okta user id/,
    )
    expectRefusal(() => parseDescription(description({ 'Okta user id': '00u1short' })), /Okta user id/)
    // A lower-cased key is not the bridge's line.
    expectRefusal(() => parseDescription(`okta user id: ${USER_ID}`), /Okta user id/)
  })
})

describe('the incident check', () => {
  it('answers the Okta user of an open, undecided onboarding incident', () => {
    expect(checkIncident(incident()).oktaUserId).toBe(USER_ID)
  })

  it('refuses another kind of incident, a closed one, a decided one, and a correlation id naming another user', () => {
    expectRefusal(
      () => checkIncident(incident({ category: 'inquiry' })),
      /not an Okta onboarding approval incident/,
    )
    expectRefusal(
      () => checkIncident(incident({ subcategory: 'other' })),
      /not an Okta onboarding approval incident/,
    )
    expectRefusal(() => checkIncident(incident({ active: 'false' })), /INC0010042 is closed/)
    expectRefusal(
      () => checkIncident(incident({ state: INCIDENT_STATES.inProgress })),
      /already been decided/,
    )
    expectRefusal(
      () => checkIncident(incident({ correlationId: 'okta-onboarding:00u9zzzzzzzzzzzzzzzz' })),
      /does not name the Okta user 00u1abcdefghijklmnop/,
    )
  })
})

describe('birthright access by department', () => {
  it('merges every rule of the department (case- and space-insensitive), ignoring rules narrowed by title or location', () => {
    expect(onboardingAccess(RULES, parseDescription(description()))).toEqual({
      groups: [ALL_GROUP, ENG_GROUP].sort(),
      apps: [GITHUB_APP, SLACK_APP].sort(),
    })
    expect(onboardingAccess(RULES, parseDescription(description({ Department: 'sales' })))).toEqual({
      groups: [ALL_GROUP, SALES_GROUP].sort(),
      apps: [SLACK_APP],
    })
  })

  it('grants nothing without a department or without rules for it', () => {
    const none = { groups: [], apps: [] }
    expect(onboardingAccess(RULES, parseDescription(description({ Department: '' })))).toEqual(none)
    expect(onboardingAccess(RULES, parseDescription(description({ Department: 'Legal' })))).toEqual(none)
  })
})

describe('the onboarding-decision request', () => {
  const schema = FLOWS['onboarding-decision'].input

  it('carries the birthright access on approval, the incident as ticket, and passes the bridge schema', () => {
    const prepared = prepare('approved', { comment: '  Welcome aboard  ' })
    expect(prepared.call.flow).toBe('onboarding-decision')
    expect(prepared.call.request).toEqual({
      ticket: {
        number: 'INC0010042',
        sysId: 'a1b2c3d4e5f60718293a4b5c6d7e8f90',
        requestedBy: 'okta',
        approvedBy: 'pat.owner',
      },
      decision: 'approved',
      groups: [ALL_GROUP, ENG_GROUP].sort(),
      apps: [GITHUB_APP, SLACK_APP].sort(),
      comment: 'Welcome aboard',
    })
    expect(schema.safeParse(prepared.call.request).success).toBe(true)
    expect(prepared.user.oktaUserId).toBe(USER_ID)
    expect(prepared.idempotencyKey).toBe('INC0010042:onboarding-decision:approved')
  })

  it('names the caller as requester when the incident has one', () => {
    const prepared = prepare('approved', { incident: { callerUserName: 'it.ops' } })
    expect(prepared.call.request.ticket.requestedBy).toBe('it.ops')
    // A caller name the bridge would refuse falls back on "okta" rather than failing the decision.
    expect(
      prepare('approved', { incident: { callerUserName: 'Dana Lee' } }).call.request.ticket.requestedBy,
    ).toBe('okta')
  })

  it('approves with no groups or apps when the department has no rules, still valid for the bridge', () => {
    const prepared = prepare('approved', { incident: { description: description({ Department: 'Legal' }) } })
    expect(prepared.call.request).not.toHaveProperty('groups')
    expect(prepared.call.request).not.toHaveProperty('apps')
    expect(schema.safeParse(prepared.call.request).success).toBe(true)
  })

  it('carries no groups or apps on rejection, even when the department has rules, and passes the bridge schema', () => {
    const prepared = prepare('rejected', { comment: 'Not a hire we know of' })
    expect(prepared.call.request).toEqual({
      ticket: {
        number: 'INC0010042',
        sysId: 'a1b2c3d4e5f60718293a4b5c6d7e8f90',
        requestedBy: 'okta',
        approvedBy: 'pat.owner',
      },
      decision: 'rejected',
      comment: 'Not a hire we know of',
    })
    expect(schema.safeParse(prepared.call.request).success).toBe(true)
    expect(prepared.idempotencyKey).toBe(decisionIdempotencyKey('INC0010042', 'rejected'))
  })

  it('refuses a rejection without a reason', () => {
    expectRefusal(() => prepare('rejected', { comment: '   ' }), /reason for the rejection in Work notes/)
  })

  it('refuses an incident that fails the check, before anything is built', () => {
    expectRefusal(
      () => prepare('approved', { incident: { state: INCIDENT_STATES.resolved } }),
      /already been decided/,
    )
  })

  it('refuses birthright resources whose Okta id the bridge would refuse, naming them', () => {
    expectRefusal(
      () =>
        prepareDecision({
          incident: incident(),
          decision: 'approved',
          decidedBy: 'pat.owner',
          comment: '',
          rules: [{ department: 'Engineering', groups: ['not-an-okta-id'], apps: [] }],
        }),
      /not valid: not-an-okta-id/,
    )
  })

  it('refuses an approver user name or an incident number the bridge would refuse', () => {
    expectRefusal(
      () =>
        prepareDecision({
          incident: incident(),
          decision: 'approved',
          decidedBy: 'pat owner',
          comment: '',
          rules: [],
        }),
      /user name "pat owner"/,
    )
    expectRefusal(() => prepare('approved', { incident: { number: 'INC42' } }), /cannot be sent/)
  })
})

describe('the decision record', () => {
  it('holds exactly what the request carries, as the bridge compares them', () => {
    const prepared = prepare('approved')
    expect(decisionRecord(prepared, '2026-11-22 10:15:00')).toEqual({
      incident: 'a1b2c3d4e5f60718293a4b5c6d7e8f90',
      decision: 'approved',
      decided_by: 'pat.owner',
      decided_at: '2026-11-22 10:15:00',
      groups: [ALL_GROUP, ENG_GROUP].sort().join(','),
      apps: [GITHUB_APP, SLACK_APP].sort().join(','),
      comment: '',
    })
    expect(decisionRecord(prepare('rejected', { comment: 'Unknown' }), '2026-11-22 10:15:00')).toMatchObject({
      decision: 'rejected',
      groups: '',
      apps: '',
      comment: 'Unknown',
    })
  })

  it('has the columns of the table (the Fluent definition and the Glide shell share them)', () => {
    expect(Object.keys(decisionRecord(prepare('approved'), '')).sort()).toEqual(
      ['apps', 'comment', 'decided_at', 'decided_by', 'decision', 'groups', 'incident'].sort(),
    )
    expect(TABLES.onboardingDecision).toBe(ONBOARDING.decisionTable)
  })

  it('is announced in a work note naming the decider, the user and what is granted', () => {
    expect(decisionWorkNote(prepare('approved', { comment: 'ok' }))).toBe(
      [
        `Okta onboarding APPROVED by pat.owner for Sam Rivera (Okta user ${USER_ID}).`,
        `Birthright access of department "Engineering": groups ${[ALL_GROUP, ENG_GROUP].sort().join(', ')}; apps ${[GITHUB_APP, SLACK_APP].sort().join(', ')}.`,
        'Comment: ok',
        'The Okta bridge assigns them and activates the user.',
      ].join('\n'),
    )
    expect(decisionWorkNote(prepare('rejected', { comment: 'Unknown person' }))).toBe(
      [
        `Okta onboarding REJECTED by pat.owner for Sam Rivera (Okta user ${USER_ID}).`,
        'Reason: Unknown person',
        'The Okta bridge deactivates the user.',
      ].join('\n'),
    )
  })
})

describe("the bridge's answer", () => {
  const problem = (status: number, code: string, title: string) =>
    interpretAnswer({
      status,
      body: JSON.stringify({ type: 'about:blank', title, status, code, instance: 'req-123' }),
    })

  it('is an info message and a result work note on success; the state is left for the bridge to close', () => {
    const outcome = decisionOutcome(
      prepare('approved'),
      interpretAnswer({
        status: 200,
        body: JSON.stringify({
          executionId: 'exe-1',
          flow: 'onboarding-decision',
          status: 'succeeded',
          output: {
            userId: USER_ID,
            login: 'sam.rivera@example.com',
            status: 'ACTIVE',
            decision: 'approved',
            incident: 'INC0010042',
          },
          changes: [
            {
              operation: 'add-group-member',
              target: { userId: USER_ID, groupId: ENG_GROUP },
              oktaRequestId: 'okreq1',
            },
            { operation: 'activate-user', target: { userId: USER_ID }, oktaRequestId: 'okreq2' },
          ],
        }),
      }),
    )
    expect(outcome.level).toBe('info')
    expect(outcome.state).toBeUndefined()
    expect(outcome.message).toBe(
      'Okta onboarding approved for sam.rivera@example.com. Okta status: ACTIVE. The bridge closes INC0010042.',
    )
    expect(outcome.workNote).toContain('bridge execution exe-1')
    expect(outcome.workNote).toContain('(Okta request okreq2)')
  })

  it('puts the incident back to New after incident-mismatch and not-our-incident, with what to do', () => {
    const mismatch = decisionOutcome(
      prepare('approved'),
      problem(409, 'incident-mismatch', 'Incident mismatch'),
    )
    expect(mismatch.level).toBe('error')
    expect(mismatch.state).toBe(INCIDENT_STATES.new)
    expect(mismatch.message).toMatch(
      /^INC0010042: the Okta bridge refused the decision \(incident-mismatch\)/,
    )
    expect(mismatch.message).toContain('Reload the incident and decide again.')
    expect(mismatch.workNote).toContain('Okta onboarding-decision FAILED (incident-mismatch, HTTP 409)')
    expect(mismatch.workNote).toContain('Bridge reference: req-123')
    const foreign = decisionOutcome(
      prepare('rejected', { comment: 'x' }),
      problem(403, 'not-our-incident', 'Not ours'),
    )
    expect(foreign.state).toBe(INCIDENT_STATES.new)
    expect(foreign.message).toContain('The bridge did not open this incident')
  })

  it('leaves an already-decided incident alone (the bridge closes it)', () => {
    const outcome = decisionOutcome(prepare('approved'), problem(409, 'already-decided', 'Already decided'))
    expect(outcome.level).toBe('error')
    expect(outcome.state).toBeUndefined()
    expect(outcome.message).toContain('has already been decided')
  })

  it('says a retry is possible when the bridge could not be reached, and back to New', () => {
    const outcome = decisionOutcome(
      prepare('approved'),
      interpretAnswer({ status: 0, body: '', transportError: 'timeout' }),
    )
    expect(outcome.state).toBe(INCIDENT_STATES.new)
    expect(outcome.message).toContain('bridge-unreachable')
    expect(outcome.message).toContain('You can decide again to retry.')
  })

  it('keeps the incident In Progress while the bridge is still working (202)', () => {
    const outcome = decisionOutcome(
      prepare('approved'),
      interpretAnswer({ status: 202, body: JSON.stringify({ executionId: 'exe-2', statusUrl: '/x' }) }),
    )
    expect(outcome.level).toBe('info')
    expect(outcome.state).toBeUndefined()
    expect(outcome.message).toContain('still carrying out the decision on INC0010042')
  })
})

describe('the ServiceNow sandbox mirrors the golden thread', () => {
  it('has the incident column, a reference to incident', () => {
    const golden = SANDBOX_TABLES.x_okta_jml_golden_thread!
    expect(golden.columns).toHaveProperty('incident', '')
    expect(golden.references).toMatchObject({ incident: 'incident', requested_item: 'sc_req_item' })
  })
})

// ============================================================================
// The build output
// ============================================================================

describe('the built app', () => {
  let records: BuiltRecord[]

  beforeAll(async () => {
    await ensureBuilt()
    records = builtRecords().filter((r) => r.action !== 'delete_multiple' && r.action !== 'DELETE')
  })

  /** The one record of a table whose field has a value. */
  const one = (table: string, field: string, value: string): BuiltRecord => {
    const found = recordsOf(records, table).filter((r) => text(r, field) === value)
    expect(found, `${table} with ${field}=${value}`).toHaveLength(1)
    return found[0]!
  }
  const roleNames = () =>
    new Map(recordsOf(records, 'sys_user_role').map((r) => [text(r, 'sys_id'), text(r, 'name')]))
  const column = (table: string, element: string) =>
    recordsOf(records, 'sys_dictionary').find(
      (d) => text(d, 'name') === table && text(d, 'element') === element,
    )

  it('ships no incident choices (a one-element choice list could replace the instance’s categories)', () => {
    expect(recordsOf(records, 'sys_choice').filter((c) => text(c, 'name') === 'incident')).toEqual([])
  })

  it('adds category Okta and subcategory Okta onboarding approval with a fix script, once, changing nothing else', () => {
    const fix = one('sys_script_fix', 'name', 'Okta JML: add the onboarding incident category')
    const choices = runFixScript(text(fix, 'script'), [
      { name: 'incident', element: 'category', value: 'inquiry', label: 'Inquiry / Help', language: 'en' },
    ])
    expect(choices).toEqual([
      { name: 'incident', element: 'category', value: 'inquiry', label: 'Inquiry / Help', language: 'en' },
      {
        name: 'incident',
        element: 'category',
        value: ONBOARDING.category,
        label: 'Okta',
        language: 'en',
        sequence: '900',
        inactive: 'false',
      },
      {
        name: 'incident',
        element: 'subcategory',
        value: ONBOARDING.subcategory,
        label: 'Okta onboarding approval',
        language: 'en',
        sequence: '100',
        inactive: 'false',
        dependent_value: ONBOARDING.category,
      },
    ])
    // Run again: nothing added.
    expect(runFixScript(text(fix, 'script'), choices)).toEqual(choices)
    const privileges = recordsOf(records, 'sys_scope_privilege')
      .filter((p) => text(p, 'target_name') === 'sys_choice')
      .map((p) => `${text(p, 'operation')}:${text(p, 'status')}`)
    expect(privileges.sort()).toEqual(['create:allowed', 'read:allowed'])
  })

  it('has the onboarding approver role, containing no other role', () => {
    const role = one('sys_user_role', 'name', ONBOARDING.approverRole)
    expect(text(role, 'contains_roles')).toBe('')
    expect(text(role, 'description')).not.toBe('')
  })

  it('has the two form buttons on incident, shown to the approver role only, on open undecided onboarding incidents', () => {
    const roles = roleNames()
    for (const [key, spec] of Object.entries(UI_ACTIONS)) {
      const action = one('sys_ui_action', 'name', spec.name)
      expect(text(action, 'table'), key).toBe('incident')
      expect(text(action, 'action_name'), key).toBe(spec.actionName)
      expect(text(action, 'condition'), key).toBe(UI_ACTION_CONDITION)
      expect(text(action, 'form_button'), key).toBe('true')
      expect(text(action, 'show_update'), key).toBe('true')
      expect(text(action, 'show_insert'), key).toBe('false')
      expect(text(action, 'list_button'), key).toBe('false')
      expect(text(action, 'active'), key).toBe('true')
      const actionRoles = recordsOf(records, 'sys_ui_action_role')
        .filter((r) => text(r, 'sys_ui_action') === text(action, 'sys_id'))
        .map((r) => roles.get(text(r, 'sys_user_role')))
      expect(actionRoles, key).toEqual([ONBOARDING.approverRole])
    }
    expect(UI_ACTION_CONDITION).toBe(
      "current.active == true && current.category == 'okta' && current.subcategory == 'onboarding_approval' && current.state == 1 && gs.hasRole('x_okta_jml.onboarding_approver')",
    )
  })

  it('approves on the server through the onboarding module', () => {
    const approve = one('sys_ui_action', 'name', UI_ACTIONS.approve.name)
    expect(text(approve, 'client')).not.toBe('true')
    expect(text(approve, 'form_style')).toBe('primary')
    const script = text(approve, 'script')
    expect(script).toContain(
      "require('x_okta_jml/okta-jml-bridge/0.1.0/now-app/server/bridge/onboarding-glide.ts')",
    )
    expect(script).toContain("decideOnboarding(current, 'approved')")
    expect(script).not.toContain("'rejected'")
  })

  it('rejects only with a reason: checked in the browser, then resubmitted to the server under its action name', () => {
    const reject = one('sys_ui_action', 'name', UI_ACTIONS.reject.name)
    expect(text(reject, 'client')).toBe('true')
    expect(text(reject, 'onclick')).toBe('rejectOktaOnboarding()')
    expect(text(reject, 'form_style')).toBe('destructive')
    const script = text(reject, 'script')
    expect(script).toMatch(/function rejectOktaOnboarding\(\)/)
    expect(script).toContain("g_form.setMandatory('work_notes', true)")
    expect(script).toContain(`gsftSubmit(null, g_form.getFormElement(), '${UI_ACTIONS.reject.actionName}')`)
    expect(script).toContain("typeof window === 'undefined'")
    expect(script).toContain("decideOnboarding(current, 'rejected')")
  })

  it('has the decision table with the columns the bridge reads', () => {
    const expected: Record<string, [string, string, string]> = {
      incident: ['reference', 'incident', 'true'],
      decision: ['choice', '', 'true'],
      decided_by: ['string', '', 'true'],
      decided_at: ['glide_date_time', '', 'true'],
      groups: ['string', '', 'false'],
      apps: ['string', '', 'false'],
      comment: ['string', '', 'false'],
    }
    for (const [element, [type, reference, mandatory]] of Object.entries(expected)) {
      const dict = column(ONBOARDING.decisionTable, element)
      expect(dict, element).toBeDefined()
      expect(
        [text(dict!, 'internal_type'), text(dict!, 'reference'), text(dict!, 'mandatory')],
        element,
      ).toEqual([type, reference, mandatory])
    }
    // The column's choices are one choice-set record holding its sys_choice rows.
    const set = recordsOf(records, 'sys_choice_v2').find(
      (r) => r.fields['@_table'] === ONBOARDING.decisionTable && r.fields['@_field'] === 'decision',
    )
    expect(set).toBeDefined()
    const rows = [set!.fields.sys_choice].flat() as Record<string, unknown>[]
    const values = rows.filter((c) => c['@_action'] === 'INSERT_OR_UPDATE').map((c) => String(c.value))
    expect(values.sort()).toEqual(['approved', 'rejected'])
  })

  it('gives the golden thread an incident column; the requested item is no longer mandatory', () => {
    const incidentColumn = column(TABLES.goldenThread, 'incident')
    expect(incidentColumn).toBeDefined()
    expect(text(incidentColumn!, 'internal_type')).toBe('reference')
    expect(text(incidentColumn!, 'reference')).toBe('incident')
    expect(text(column(TABLES.goldenThread, 'requested_item')!, 'mandatory')).toBe('false')
  })

  it('lets approvers record decisions and nobody change or delete them', () => {
    const roles = roleNames()
    const acl = (operation: string) => {
      const found = recordsOf(records, 'sys_security_acl').filter(
        (a) => text(a, 'name') === ONBOARDING.decisionTable && text(a, 'operation') === operation,
      )
      expect(found, operation).toHaveLength(1)
      const rolesOf = recordsOf(records, 'sys_security_acl_role')
        .filter((r) => text(r, 'sys_security_acl') === text(found[0]!, 'sys_id'))
        .map((r) => roles.get(text(r, 'sys_user_role')))
        .sort()
      return { acl: found[0]!, roles: rolesOf }
    }
    expect(acl('read').roles).toEqual(
      ['x_okta_jml.admin', 'x_okta_jml.integration', ONBOARDING.approverRole].sort(),
    )
    expect(acl('create').roles).toEqual([ONBOARDING.approverRole])
    for (const operation of ['write', 'delete']) {
      const { acl: rule } = acl(operation)
      expect(text(rule, 'script'), operation).toContain('answer = false')
      expect(text(rule, 'admin_overrides'), operation).toBe('false')
    }
  })

  it('gives the integration role exactly: onboarding incidents (create, read, write of the closing fields), decisions (read), the golden thread (read, create, write)', () => {
    const roles = roleNames()
    const integrationAcls = recordsOf(records, 'sys_security_acl').filter((acl) =>
      recordsOf(records, 'sys_security_acl_role').some(
        (r) =>
          text(r, 'sys_security_acl') === text(acl, 'sys_id') &&
          roles.get(text(r, 'sys_user_role')) === 'x_okta_jml.integration',
      ),
    )
    // Tables of other features (access grants) may give it more on their own tables; on these it has exactly this.
    const mine = integrationAcls
      .filter((a) =>
        ['incident', ONBOARDING.decisionTable, TABLES.goldenThread].includes(text(a, 'name').split('.')[0]!),
      )
      .map((a) => `${text(a, 'name')} ${text(a, 'operation')}`)
      .sort()
    expect(mine).toEqual(
      [
        'incident create',
        'incident read',
        'incident write',
        'incident.state write',
        'incident.close_code write',
        'incident.close_notes write',
        'incident.work_notes write',
        `${ONBOARDING.decisionTable} read`,
        `${TABLES.goldenThread} read`,
        `${TABLES.goldenThread} create`,
        `${TABLES.goldenThread} write`,
      ].sort(),
    )
    // Every incident ACL of the role is limited to onboarding incidents, and no one else gets one from the app.
    const incidentAcls = recordsOf(records, 'sys_security_acl').filter((a) =>
      text(a, 'name').startsWith('incident'),
    )
    expect(incidentAcls).toHaveLength(7)
    for (const acl of incidentAcls) {
      expect(text(acl, 'condition'), text(acl, 'name')).toBe('category=okta^subcategory=onboarding_approval')
      const aclRoles = recordsOf(records, 'sys_security_acl_role')
        .filter((r) => text(r, 'sys_security_acl') === text(acl, 'sys_id'))
        .map((r) => roles.get(text(r, 'sys_user_role')))
      expect(aclRoles, text(acl, 'name')).toEqual(['x_okta_jml.integration'])
    }
  })

  it('declares its access to incident from the app scope', () => {
    const privileges = recordsOf(records, 'sys_scope_privilege')
      .filter((p) => text(p, 'target_name') === 'incident')
      .map((p) => `${text(p, 'operation')}:${text(p, 'status')}:${text(p, 'target_type')}`)
    expect(privileges.sort()).toEqual(['read:allowed:sys_db_object', 'write:allowed:sys_db_object'])
  })

  it('lists open onboarding incidents and the decisions in the Okta JML menu, for approvers and admins', () => {
    const approvals = one('sys_app_module', 'title', 'Okta onboarding approvals')
    expect(text(approvals, 'link_type')).toBe('FILTER')
    expect(text(approvals, 'name')).toBe('incident')
    expect(text(approvals, 'filter')).toBe(
      'active=true^category=okta^subcategory=onboarding_approval^state=1',
    )
    const decisions = one('sys_app_module', 'title', 'Okta onboarding decisions')
    expect(text(decisions, 'link_type')).toBe('LIST')
    expect(text(decisions, 'name')).toBe(ONBOARDING.decisionTable)
    expect(text(one('sys_app_application', 'title', 'Okta JML'), 'roles').split(',')).toContain(
      ONBOARDING.approverRole,
    )
    for (const module of [approvals, decisions])
      expect(text(module, 'roles'), text(module, 'title')).toBe(`x_okta_jml.admin,${ONBOARDING.approverRole}`)
  })
})

/**
 * Runs a built fix script against an in-memory sys_choice table through a minimal GlideRecord (addQuery with
 * equality, query/next, initialize/setValue/insert) and answers the table afterwards.
 */
function runFixScript(script: string, table: Record<string, string>[]): Record<string, string>[] {
  const rows = table.map((row) => ({ ...row }))
  class GlideRecord {
    private readonly conditions: [string, string][] = []
    private found: Record<string, string>[] = []
    private values: Record<string, string> = {}
    constructor(readonly name: string) {
      if (name !== 'sys_choice') throw new Error(`unexpected table ${name}`)
    }
    addQuery(field: string, value: string) {
      this.conditions.push([field, String(value)])
    }
    query() {
      this.found = rows.filter((row) => this.conditions.every(([f, v]) => row[f] === v))
    }
    next() {
      return this.found.shift() !== undefined
    }
    initialize() {
      this.values = {}
    }
    setValue(field: string, value: unknown) {
      this.values[field] = String(value)
    }
    insert() {
      rows.push({ ...this.values })
    }
  }
  new Function('GlideRecord', 'gs', script)(GlideRecord, { info() {} })
  return rows
}
