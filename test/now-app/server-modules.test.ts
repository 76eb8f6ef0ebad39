/**
 * Unit tests of every function of the server modules in now-app/server/bridge. They run as plain
 * TypeScript: Glide stays behind glide.ts, which these tests never import. Every request the payload
 * builder produces is also parsed with the bridge's own schemas from shared/, so a builder that drifts
 * from the contract fails here before it fails on an instance.
 */
import { describe, expect, it } from 'vitest'
import {
  BRIDGE_FLOWS,
  FLOW_FUNCTIONS,
  invokePath,
  PROPERTIES,
  REST_MESSAGE_NAME,
} from '../../now-app/server/bridge/api.ts'
import {
  accessDiff,
  type BirthrightRule,
  birthrightAccess,
  parseIdList,
  ruleMatches,
} from '../../now-app/server/bridge/birthright.ts'
import {
  callFromInputs,
  functionFor,
  parseSettings,
  type RenderedCall,
  renderCall,
  requestInvoke,
  requestPlan,
  runAction,
  runActionWithSettings,
  type Transport,
  ticketRefOf,
} from '../../now-app/server/bridge/client.ts'
import { adviceFor, interpretAnswer, problemToError } from '../../now-app/server/bridge/errors.ts'
import {
  describeTarget,
  failedGoldenThreadRow,
  formatErrorWorkNote,
  formatPlanForApproval,
  formatResultWorkNote,
  goldenThreadRows,
  outcomeRecords,
} from '../../now-app/server/bridge/format.ts'
import {
  approvalFor,
  buildAccountHelp,
  buildJoiner,
  buildLeaver,
  buildMover,
  HELP_ACTIONS,
  idempotencyKey,
  isEmail,
  isNotInPast,
  isPayloadError,
  type PayloadError,
  ticketOf,
  withPlanHash,
} from '../../now-app/server/bridge/payload.ts'
import { type DryRunResult, FLOW_NAMES, FLOWS, type InvocationResult } from '../../shared/index.js'
import { helpValues, joinerValues, leaverValues, moverValues, TICKET, TODAY } from './support/samples.js'

const G1 = '00g1aaaaaaaaaaaaaaa1'
const G2 = '00g2aaaaaaaaaaaaaaa2'
const G3 = '00g3aaaaaaaaaaaaaaa3'
const A1 = '0oa1aaaaaaaaaaaaaaa1'
const A2 = '0oa2aaaaaaaaaaaaaaa2'
const HASH = 'a'.repeat(64)

/** Asserts that a request is valid input of its flow, by the bridge's own schema. */
function expectValid(flow: keyof typeof FLOWS, request: unknown): void {
  const parsed = FLOWS[flow].input.safeParse(request)
  expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true)
}

const rules: BirthrightRule[] = [
  { department: 'Engineering', groups: [G1], apps: [A1] },
  { department: 'Engineering', title: 'Manager', groups: [G2], apps: [] },
  { department: 'Support', groups: [G3], apps: [A1, A2] },
  { department: 'Support', location: 'Paris', groups: [G2], apps: [] },
  { department: '', groups: [G2], apps: [A2] },
]

describe('birthright', () => {
  it('matches on department, and on title and location only when the rule sets them', () => {
    expect(ruleMatches(rules[0]!, { department: 'engineering ' })).toBe(true)
    expect(ruleMatches(rules[1]!, { department: 'Engineering', title: 'Engineer' })).toBe(false)
    expect(ruleMatches(rules[1]!, { department: 'Engineering', title: 'manager' })).toBe(true)
    expect(ruleMatches(rules[3]!, { department: 'Support', location: 'London' })).toBe(false)
    // A rule without a department applies to nobody, rather than to everybody.
    expect(ruleMatches(rules[4]!, { department: '' })).toBe(false)
    expect(ruleMatches(rules[4]!, {})).toBe(false)
  })

  it('merges the access of every matching rule, sorted, without repeats', () => {
    expect(birthrightAccess(rules, { department: 'Engineering', title: 'Manager' })).toEqual({
      groups: [G1, G2],
      apps: [A1],
    })
    expect(birthrightAccess(rules, { department: 'Finance' })).toEqual({ groups: [], apps: [] })
  })

  it("computes a mover's diff from the old and new rules, leaving shared access alone", () => {
    const from = birthrightAccess(rules, { department: 'Engineering' })
    const to = birthrightAccess(rules, { department: 'Support', location: 'Paris' })
    expect(accessDiff(from, to)).toEqual({
      addGroups: [G2, G3].sort(),
      removeGroups: [G1],
      addApps: [A2],
      removeApps: [],
    })
    expect(accessDiff(to, to)).toEqual({ addGroups: [], removeGroups: [], addApps: [], removeApps: [] })
  })

  it('parses stored id lists', () => {
    expect(parseIdList(` ${G1}, ${G2}\n${G1} `)).toEqual([G1, G2])
    expect(parseIdList(undefined)).toEqual([])
    expect(parseIdList('')).toEqual([])
  })
})

describe('payload builder', () => {
  it('checks emails and dates as the catalog client scripts do', () => {
    expect(isEmail('a.b@example.com')).toBe(true)
    expect(isEmail('not-an-email')).toBe(false)
    expect(isEmail(undefined)).toBe(false)
    expect(isEmail(`${'a'.repeat(100)}@example.com`)).toBe(false)
    expect(isNotInPast(TODAY, TODAY)).toBe(true)
    expect(isNotInPast('2026-11-21', TODAY)).toBe(false)
    expect(isNotInPast('22/11/2026', TODAY)).toBe(false)
    expect(isNotInPast(undefined, TODAY)).toBe(false)
  })

  it('builds a joiner the bridge accepts, with birthright groups and apps', () => {
    const call = buildJoiner(joinerValues('x1'), TICKET, { groups: [G1], apps: [A1] }, TODAY)
    expect(call.flow).toBe('joiner')
    expect(call.request).toMatchObject({
      ticket: { number: 'RITM0010001', requestedBy: 'help.desk', sysId: TICKET.sysId },
      profile: {
        login: 'pat.doe.x1@example.com',
        firstName: 'Pat',
        department: 'Engineering',
        manager: 'Dana Lee',
      },
      groups: [G1],
      apps: [A1],
      activate: true,
      sendEmail: false,
    })
    expectValid('joiner', call.request)
  })

  it('leaves out empty optional attributes and access lists', () => {
    const values = { ...joinerValues('x2'), department: '', title: ' ', manager: '', employee_number: '' }
    const call = buildJoiner(values, TICKET, { groups: [], apps: [] }, TODAY)
    expect(call.request.profile).toEqual({
      login: 'pat.doe.x2@example.com',
      email: 'pat.doe.x2@example.com',
      firstName: 'Pat',
      lastName: 'Doe',
    })
    expect(call.request).not.toHaveProperty('groups')
    expect(call.request).not.toHaveProperty('apps')
    expectValid('joiner', call.request)
  })

  it('reports every bad variable at once', () => {
    const values = {
      ...joinerValues('x3'),
      first_name: '',
      email: 'nope',
      start_date: '2020-01-01',
      title: 'a\u0007b',
    }
    let error: unknown
    try {
      buildJoiner(values, TICKET, { groups: [], apps: [] }, TODAY)
    } catch (e) {
      error = e
    }
    // A plain Error with a code (the instance refuses Error subclasses), recognised by its predicate.
    expect(error).toBeInstanceOf(Error)
    expect(isPayloadError(error)).toBe(true)
    expect((error as PayloadError).code).toBe('invalid-variables')
    expect((error as PayloadError).name).toBe('PayloadError')
    expect((error as PayloadError).problems.map((p) => p.variable).sort()).toEqual([
      'email',
      'first_name',
      'start_date',
      'title',
    ])
    expect((error as PayloadError).message).toContain('first_name is required')
    expect(() =>
      buildJoiner(
        { ...joinerValues('x4'), last_name: 'x'.repeat(101) },
        TICKET,
        { groups: [], apps: [] },
        TODAY,
      ),
    ).toThrow(/longer than 100/)
  })

  it('builds a mover from the access diff', () => {
    const call = buildMover(
      moverValues('dana.lee@example.com'),
      TICKET,
      { addGroups: [G3], removeGroups: [G1], addApps: [], removeApps: [A1] },
      TODAY,
    )
    expect(call.request).toEqual({
      ticket: ticketOf(TICKET),
      user: { login: 'dana.lee@example.com' },
      profile: { department: 'Support', title: 'Support Engineer' },
      addGroups: [G3],
      removeGroups: [G1],
      removeApps: [A1],
    })
    expectValid('mover', call.request)
    expect(() =>
      buildMover(
        { okta_login: 'x@example.com' },
        TICKET,
        accessDiff({ groups: [], apps: [] }, { groups: [], apps: [] }),
        TODAY,
      ),
    ).toThrow(expect.objectContaining({ code: 'invalid-variables' }))
  })

  it('builds a leaver: suspend or deactivate, sessions revoked unless unticked', () => {
    const suspend = buildLeaver(leaverValues('dana.lee@example.com'), TICKET, TODAY)
    expect(suspend.request).toMatchObject({ mode: 'suspend', revokeSessions: true })
    expectValid('leaver', suspend.request)
    const deactivate = buildLeaver(
      { okta_login: 'a@example.com', last_day: TODAY, revoke_sessions: 'false' },
      TICKET,
      TODAY,
    )
    expect(deactivate.request).toMatchObject({ mode: 'deactivate', revokeSessions: false })
    expect(() => buildLeaver(leaverValues('a@example.com', 'delete'), TICKET, TODAY)).toThrow(/leaver_mode/)
  })

  it('maps every account-help action to its flow with a valid request', () => {
    for (const [action, flow] of Object.entries(HELP_ACTIONS)) {
      const call = buildAccountHelp(helpValues('dana.lee@example.com', action), TICKET)
      expect(call.flow).toBe(flow)
      expectValid(call.flow, call.request)
    }
    expect(buildAccountHelp(helpValues('a@example.com', 'suspend'), TICKET).request).toMatchObject({
      mode: 'suspend',
    })
    expect(() => buildAccountHelp(helpValues('a@example.com', 'delete_user'), TICKET)).toThrow(
      /help_action must be one of/,
    )
  })

  it('adds the approved plan hash and approver, and derives a stable idempotency key', () => {
    const call = buildLeaver(leaverValues('a@example.com'), TICKET, TODAY)
    const approved = withPlanHash(call, HASH, 'the.manager')
    expect(approved.request).toMatchObject({ expectedPlanHash: HASH, ticket: { approvedBy: 'the.manager' } })
    expect(call.request).not.toHaveProperty('expectedPlanHash')
    expectValid('leaver', approved.request)
    expect(withPlanHash(call, HASH).request.ticket).not.toHaveProperty('approvedBy')
    expect(idempotencyKey(TICKET, 'leaver')).toBe(`${TICKET.sysId}:leaver`)
    expect(idempotencyKey({ number: 'RITM0000002', requestedBy: 'x' }, 'joiner')).toBe('RITM0000002:joiner')
    expect(ticketOf({ number: 'RITM0000002', requestedBy: 'x', sysId: '' })).toEqual({
      number: 'RITM0000002',
      requestedBy: 'x',
    })
  })
})

describe('approval', () => {
  it('asks the manager, the group or nobody, and never skips a required approval silently', () => {
    const none = { required: false, user: '', group: '', problem: '' }
    expect(approvalFor('manager', 'joiner', 'mgr', 'grp')).toEqual({ ...none, required: true, user: 'mgr' })
    expect(approvalFor('group', 'leaver', 'mgr', 'grp')).toEqual({ ...none, required: true, group: 'grp' })
    expect(approvalFor('none', 'mover', 'mgr', 'grp')).toEqual(none)
    // Account help is the help desk's own operation.
    expect(approvalFor('manager', 'account_help', '', '')).toEqual(none)
    expect(approvalFor('manager', 'mover', '', 'grp').problem).toMatch(/no manager/)
    expect(approvalFor('group', 'joiner', 'mgr', '').problem).toMatch(/approval.group is empty/)
    // An unknown mode falls back on the manager, the safer default.
    expect(approvalFor('typo', 'joiner', 'mgr', '')).toMatchObject({ required: true, user: 'mgr' })
  })
})

const plan: DryRunResult = {
  flow: 'leaver',
  dryRun: true,
  planHash: HASH,
  plan: {
    steps: [
      { operation: 'revokeSessions', target: { userId: '00u1aaaaaaaaaaaaaaa1', login: 'a@example.com' } },
      { operation: 'suspendUser', target: { userId: '00u1aaaaaaaaaaaaaaa1', login: 'a@example.com' } },
    ],
    summary: ['Revoke every session of a@example.com', 'Suspend a@example.com'],
  },
}
const result: InvocationResult = {
  executionId: 'exec-1',
  flow: 'leaver',
  status: 'succeeded',
  output: { userId: '00u1aaaaaaaaaaaaaaa1', login: 'a@example.com', status: 'SUSPENDED' },
  changes: [
    { operation: 'revokeSessions', target: { login: 'a@example.com' }, oktaRequestId: 'req-1' },
    {
      operation: 'addGroupMember',
      target: { userId: '00u1aaaaaaaaaaaaaaa1', groupId: G1, groupName: 'Engineering' },
      oktaRequestId: null,
    },
  ],
}

describe('error mapping', () => {
  it('answers plans and results, and treats any other 2xx body as a failure', () => {
    expect(interpretAnswer({ status: 200, body: JSON.stringify(plan) })).toEqual({
      ok: true,
      kind: 'plan',
      plan,
    })
    expect(interpretAnswer({ status: 200, body: JSON.stringify(result) })).toEqual({
      ok: true,
      kind: 'result',
      result,
    })
    const odd = interpretAnswer({ status: 200, body: '{"hello":1}' })
    expect(odd).toMatchObject({ ok: false, error: { code: 'unexpected-answer', retryable: false } })
    expect(interpretAnswer({ status: 204, body: '' })).toMatchObject({ ok: false })
    // An execution that outlived the bridge's synchronous wait: pending, and safe to retry with the same key.
    const pending = interpretAnswer({
      status: 202,
      body: '{"executionId":"exec-9","statusUrl":"/api/flo/executions/exec-9"}',
    })
    expect(pending).toMatchObject({
      ok: false,
      error: { code: 'execution-pending', retryable: true, status: 202 },
    })
  })

  it('reports an unreachable bridge as retryable, with the transport error', () => {
    expect(interpretAnswer({ status: 0, body: '', transportError: 'connect timed out' })).toEqual({
      ok: false,
      error: {
        kind: 'unreachable',
        code: 'bridge-unreachable',
        status: 0,
        message: 'The bridge could not be reached: connect timed out.',
        retryable: true,
        fieldErrors: [],
      },
    })
  })

  it('classifies problem documents by code, keeping field errors and the bridge reference', () => {
    const problem = {
      type: 'urn:okta-jml-bridge:problem:invalid-input',
      title: 'The request is not valid',
      status: 400,
      detail: 'profile.email must be an email address',
      code: 'invalid-input',
      instance: 'urn:okta-jml-bridge:request:abc',
      errors: [{ path: 'profile.email', message: 'must be an email address' }],
    }
    expect(interpretAnswer({ status: 400, body: JSON.stringify(problem) })).toEqual({
      ok: false,
      error: {
        kind: 'request',
        code: 'invalid-input',
        status: 400,
        message: 'The request is not valid. profile.email must be an email address',
        retryable: false,
        fieldErrors: ['profile.email: must be an email address'],
        reference: 'urn:okta-jml-bridge:request:abc',
      },
    })
    const cases: [number, string, string, boolean][] = [
      [409, 'plan-changed', 'conflict', false],
      [403, 'policy-violation', 'policy', false],
      [401, 'unauthenticated', 'configuration', false],
      [503, 'okta-rate-limited', 'upstream', true],
      [500, 'internal', 'upstream', true],
    ]
    for (const [status, code, kind, retryable] of cases) {
      expect(problemToError(status, { title: 't', status, code, type: 'x' })).toMatchObject({
        kind,
        code,
        retryable,
      })
    }
  })

  it('falls back on the status for unknown codes and non-JSON bodies', () => {
    expect(interpretAnswer({ status: 502, body: '<html>Bad gateway</html>' })).toMatchObject({
      ok: false,
      error: { kind: 'upstream', code: 'http-502', retryable: true, message: 'HTTP 502.' },
    })
    expect(problemToError(403, { code: 'brand-new', title: 'No' })).toMatchObject({
      kind: 'configuration',
      retryable: false,
    })
    expect(problemToError(429, null)).toMatchObject({ kind: 'upstream', retryable: true })
    expect(problemToError(418, 'x')).toMatchObject({ kind: 'request', retryable: false })
    for (const kind of [
      'unreachable',
      'configuration',
      'request',
      'conflict',
      'policy',
      'upstream',
    ] as const) {
      expect(adviceFor(kind).length).toBeGreaterThan(20)
    }
  })
})

describe('formatting', () => {
  it('describes targets by name where it can', () => {
    expect(describeTarget({ login: 'a@example.com', groupId: G1, groupName: 'Engineering' })).toBe(
      `user a@example.com, group Engineering (${G1})`,
    )
    expect(describeTarget({ appId: A1 })).toBe(`app ${A1}`)
    expect(describeTarget({ appId: A1, appLabel: 'Slack' })).toBe(`app Slack (${A1})`)
    expect(describeTarget({})).toBe('(no target)')
  })

  it('puts the numbered plan and its hash into the approval text', () => {
    const text = formatPlanForApproval(plan, 'RITM0010001')
    expect(text.split('\n')).toEqual([
      'RITM0010001: the Okta changes the leaver flow will make if approved',
      '1. Revoke every session of a@example.com',
      '2. Suspend a@example.com',
      `Plan ${HASH.slice(0, 12)} — if Okta changes before this is applied, nothing is applied and the item is sent back.`,
    ])
    const noSummary = formatPlanForApproval({ ...plan, plan: { ...plan.plan, summary: [] } }, 'RITM1')
    expect(noSummary).toContain('1. revokeSessions user a@example.com')
    const empty = formatPlanForApproval({ ...plan, plan: { steps: [], summary: [] } }, 'RITM1')
    expect(empty).toContain('Nothing to change')
  })

  it('writes the result and error work notes', () => {
    expect(formatResultWorkNote(result)).toBe(
      [
        'Okta leaver completed — bridge execution exec-1.',
        '1. revokeSessions user a@example.com (Okta request req-1)',
        `2. addGroupMember user 00u1aaaaaaaaaaaaaaa1, group Engineering (${G1})`,
      ].join('\n'),
    )
    expect(formatResultWorkNote({ ...result, changes: [] })).toContain('No change was needed')
    const error = problemToError(400, {
      title: 'Bad',
      code: 'invalid-input',
      instance: 'urn:r',
      errors: [{ path: 'a', message: 'b' }],
    })
    expect(formatErrorWorkNote(error, 'joiner').split('\n')).toEqual([
      'Okta joiner FAILED (invalid-input, HTTP 400): Bad.',
      '- a: b',
      adviceFor('request'),
      'Bridge reference: urn:r',
    ])
    const unreachable = interpretAnswer({ status: 0, body: '' })
    if (unreachable.ok) throw new Error('expected a failure')
    expect(formatErrorWorkNote(unreachable.error, 'joiner')).toMatch(
      /^Okta joiner FAILED \(bridge-unreachable\):/,
    )
  })

  it('makes one golden thread row per change, and one for a failure', () => {
    const rows = goldenThreadRows(result, 'ritm-sys-id', '2026-11-22 10:00:00')
    expect(rows).toEqual([
      {
        requested_item: 'ritm-sys-id',
        execution_id: 'exec-1',
        flow: 'leaver',
        operation: 'revokeSessions',
        target: 'user a@example.com',
        okta_request_id: 'req-1',
        outcome: 'succeeded',
        occurred_at: '2026-11-22 10:00:00',
      },
      expect.objectContaining({ operation: 'addGroupMember', okta_request_id: '' }),
    ])
    const error = problemToError(409, { code: 'plan-changed', title: 'Changed', instance: 'urn:r' })
    expect(failedGoldenThreadRow(error, 'mover', 'ritm', 'now')).toEqual({
      requested_item: 'ritm',
      execution_id: '',
      flow: 'mover',
      operation: 'plan-changed',
      target: 'urn:r',
      okta_request_id: '',
      outcome: 'failed',
      occurred_at: 'now',
    })
  })
})

describe('recording an outcome on the requested item', () => {
  const base = { flow: 'leaver', execution_id: 'exec-1', error: '', error_code: '', plan_text: 'note' }

  it('writes the result note and one golden thread row per change', () => {
    const output = JSON.stringify({ flow: 'leaver', output: result.output, changes: result.changes })
    const { workNote, rows } = outcomeRecords({ ...base, status: 'succeeded', output }, 'ritm', 'now')
    expect(workNote).toBe('note')
    expect(rows).toEqual(goldenThreadRows(result, 'ritm', 'now'))
  })

  it('records a failed attempt as a row, leaving the note to the flow that opens the task', () => {
    const { workNote, rows } = outcomeRecords(
      { ...base, status: 'failed', output: '', error: 'Okta leaver FAILED', error_code: 'plan-changed' },
      'ritm',
      'now',
    )
    expect(workNote).toBe('')
    expect(rows).toEqual([
      expect.objectContaining({
        flow: 'leaver',
        operation: 'plan-changed',
        outcome: 'failed',
        requested_item: 'ritm',
      }),
    ])
  })

  it('notes plan-only mode, and an unreadable answer instead of failing silently', () => {
    expect(outcomeRecords({ ...base, status: 'skipped', output: '', error: 'Plan-only' }, 'r', 'n')).toEqual({
      workNote: 'Plan-only',
      rows: [],
    })
    const unreadable = outcomeRecords({ ...base, status: 'succeeded', output: '{oops' }, 'r', 'n')
    expect(unreadable.rows).toEqual([])
    expect(unreadable.workNote).toContain('could not be read')
  })
})

/** A transport that records what it was given and answers from a list. */
function fakeTransport(
  ...answers: { status: number; body: string }[]
): Transport & { calls: RenderedCall[] } {
  const calls: RenderedCall[] = []
  return {
    calls,
    send(call) {
      calls.push(call)
      return answers.shift() ?? { status: 0, body: '' }
    },
  }
}

const settings = parseSettings({
  baseUrl: 'https://bridge.example.com/',
  timeoutSeconds: '20',
  planOnly: 'false',
})

describe('client', () => {
  it('has a REST message function for every flow of the contract, and the invoke path of each', () => {
    expect([...BRIDGE_FLOWS].sort()).toEqual([...FLOW_NAMES].sort())
    for (const flow of FLOW_NAMES) {
      expect(functionFor(flow)).toBe(FLOW_FUNCTIONS[flow])
      expect(invokePath(flow)).toBe(`/api/flo/${flow}/invoke`)
    }
    expect(REST_MESSAGE_NAME.length).toBeLessThanOrEqual(40)
    for (const name of Object.values(PROPERTIES)) expect(name).toMatch(/^x_okta_jml\./)
  })

  it('checks the properties', () => {
    expect(settings).toEqual({ baseUrl: 'https://bridge.example.com', timeoutSeconds: 20, planOnly: false })
    expect(parseSettings({ baseUrl: 'http://127.0.0.1:8080', planOnly: 'true' })).toEqual({
      baseUrl: 'http://127.0.0.1:8080',
      timeoutSeconds: 30,
      planOnly: true,
    })
    expect(() => parseSettings({ baseUrl: '' })).toThrow(
      expect.objectContaining({ code: 'bridge-settings-invalid', name: 'SettingsError' }),
    )
    expect(() => parseSettings({ baseUrl: 'http://bridge.example.com' })).toThrow(/https/)
    expect(() => parseSettings({ baseUrl: 'ftp://x' })).toThrow(/not an http/)
    expect(() => parseSettings({ baseUrl: 'https://x?y=1' })).toThrow(/not an http/)
    expect(() => parseSettings({ baseUrl: 'https://x', timeoutSeconds: '0' })).toThrow(/between 1 and 300/)
    expect(() => parseSettings({ baseUrl: 'https://x', timeoutSeconds: 'soon' })).toThrow(/between 1 and 300/)
  })

  it('renders a call into the function and its substitution variables', () => {
    const call = buildLeaver(leaverValues('a@example.com'), TICKET, TODAY)
    expect(renderCall(call, settings, { dryRun: true, idempotencyKey: 'k' })).toEqual({
      restMessage: 'Okta JML Bridge',
      functionName: 'leaver',
      variables: {
        base_url: 'https://bridge.example.com',
        dry_run: 'true',
        payload: JSON.stringify(call.request),
        idempotency_key: 'k',
      },
      timeoutSeconds: 20,
    })
  })

  it('plans with a separate key, invokes with the given one, and refuses an answer of the wrong kind', () => {
    const call = buildLeaver(leaverValues('a@example.com'), TICKET, TODAY)
    const transport = fakeTransport(
      { status: 200, body: JSON.stringify(plan) },
      { status: 200, body: JSON.stringify(result) },
      { status: 200, body: JSON.stringify(plan) },
    )
    expect(requestPlan(transport, settings, call, 'k')).toMatchObject({ ok: true, kind: 'plan' })
    expect(requestInvoke(transport, settings, call, 'k')).toMatchObject({ ok: true, kind: 'result' })
    expect(requestInvoke(transport, settings, call, 'k')).toMatchObject({
      ok: false,
      error: { code: 'unexpected-answer' },
    })
    expect(transport.calls.map((c) => [c.variables.dry_run, c.variables.idempotency_key])).toEqual([
      ['true', 'k:plan'],
      ['false', 'k'],
      ['false', 'k'],
    ])
  })

  it('puts who approved on the ticket (golden thread), unless the ticket names them or the name is malformed', () => {
    const payload = JSON.stringify({
      user: { login: 'a@example.com' },
      ticket: { number: 'RITM0000001', sysId: 'a'.repeat(32), requestedBy: 'x' },
    })
    const inputs = { flow: 'unlock', payload, ticket: '', idempotencyKey: '' }
    expect(callFromInputs({ ...inputs, approvedBy: 'it.manager' })).toMatchObject({
      call: { request: { ticket: { number: 'RITM0000001', requestedBy: 'x', approvedBy: 'it.manager' } } },
    })
    const named = JSON.stringify({ number: 'RITM0000002', requestedBy: 'x', approvedBy: 'cab.chair' })
    expect(callFromInputs({ ...inputs, ticket: named, approvedBy: 'it.manager' })).toMatchObject({
      call: { request: { ticket: { approvedBy: 'cab.chair' } } },
    })
    const malformed = callFromInputs({ ...inputs, approvedBy: 'not a user name' })
    expect(malformed).toMatchObject({ call: { request: { ticket: { number: 'RITM0000001' } } } })
    expect('call' in malformed && 'approvedBy' in (malformed.call.request.ticket as object)).toBe(false)
    // Where the Glide shell looks the approval up: the ticket's sys_id, else its number.
    expect(ticketRefOf(inputs)).toEqual({ sysId: 'a'.repeat(32), number: 'RITM0000001' })
    expect(ticketRefOf({ payload, ticket: 'RITM0000009' })).toEqual({
      sysId: 'a'.repeat(32),
      number: 'RITM0000009',
    })
    expect(ticketRefOf({ payload: '{}', ticket: '{"number":"RITM0000003"}' })).toEqual({
      number: 'RITM0000003',
    })
    expect(ticketRefOf({ payload: 'oops', ticket: '' })).toEqual({})
  })

  it('parses action inputs: flow, payload, ticket as a number or JSON, default key', () => {
    const payload = JSON.stringify({
      user: { login: 'a@example.com' },
      ticket: { number: 'RITM0000001', requestedBy: 'x' },
    })
    const byNumber = callFromInputs({ flow: 'unlock', payload, ticket: 'RITM0000009', idempotencyKey: '' })
    expect(byNumber).toEqual({
      call: {
        flow: 'unlock',
        request: { user: { login: 'a@example.com' }, ticket: { number: 'RITM0000009', requestedBy: 'x' } },
      },
      key: 'RITM0000009:unlock',
    })
    const byJson = callFromInputs({
      flow: 'unlock',
      payload,
      ticket: '{"number":"CHG0000001","requestedBy":"y"}',
      idempotencyKey: 'mine',
    })
    expect(byJson).toMatchObject({
      call: { request: { ticket: { number: 'CHG0000001', requestedBy: 'y' } } },
      key: 'mine',
    })
    expect(callFromInputs({ flow: 'delete-org', payload, ticket: '', idempotencyKey: '' })).toMatchObject({
      failed: { status: 'failed', error_code: 'unknown-flow' },
    })
    expect(callFromInputs({ flow: 'unlock', payload: '[1]', ticket: '', idempotencyKey: '' })).toMatchObject({
      failed: { error_code: 'invalid-payload' },
    })
    expect(callFromInputs({ flow: 'unlock', payload, ticket: '{oops', idempotencyKey: '' })).toMatchObject({
      failed: { error_code: 'invalid-ticket' },
    })
  })

  it('keys an invocation by its approved plan: a re-approved plan is a new invocation, a retry is not', () => {
    const payload = JSON.stringify({
      user: { login: 'a@example.com' },
      ticket: { number: 'RITM0000001', requestedBy: 'x' },
    })
    const first = 'a'.repeat(64)
    const second = 'b'.repeat(64)
    const keyFor = (planHash: string) =>
      (
        callFromInputs({
          flow: 'unlock',
          payload,
          ticket: '',
          idempotencyKey: 'ritm-sys-id:unlock',
          planHash,
        }) as {
          key: string
        }
      ).key
    expect(keyFor(first)).toBe(`ritm-sys-id:unlock:${'a'.repeat(16)}`)
    expect(keyFor(first)).toBe(keyFor(first))
    expect(keyFor(second)).not.toBe(keyFor(first))
    expect(keyFor('')).toBe('ritm-sys-id:unlock')
  })

  it('runs the Plan and Invoke actions into flat outputs a flow can branch on', () => {
    const call = buildLeaver(leaverValues('a@example.com'), TICKET, TODAY)
    const inputs = { flow: 'leaver', payload: JSON.stringify(call.request), ticket: '', idempotencyKey: 'k' }
    const planned = runAction(
      fakeTransport({ status: 200, body: JSON.stringify(plan) }),
      settings,
      inputs,
      'plan',
    )
    expect(planned).toMatchObject({ status: 'planned', plan_hash: HASH, error: '', retryable: false })
    expect(planned.plan_text).toContain('2. Suspend a@example.com')
    expect(JSON.parse(planned.output)).toEqual(plan.plan.steps)

    const done = runAction(
      fakeTransport({ status: 200, body: JSON.stringify(result) }),
      settings,
      inputs,
      'invoke',
    )
    expect(done).toMatchObject({ status: 'succeeded', execution_id: 'exec-1', error: '' })
    expect(JSON.parse(done.output)).toEqual({
      flow: 'leaver',
      output: result.output,
      changes: result.changes,
    })

    const failed = runAction(
      fakeTransport({
        status: 409,
        body: JSON.stringify({ code: 'plan-changed', title: 'The plan changed', status: 409 }),
      }),
      settings,
      inputs,
      'invoke',
    )
    expect(failed).toMatchObject({
      status: 'failed',
      error_code: 'plan-changed',
      retryable: false,
      execution_id: '',
    })
    expect(failed.error).toContain('Okta leaver FAILED (plan-changed, HTTP 409)')

    const transport = fakeTransport()
    const skipped = runAction(transport, { ...settings, planOnly: true }, inputs, 'invoke')
    expect(skipped).toMatchObject({ status: 'skipped' })
    expect(transport.calls).toHaveLength(0)
    expect(runAction(fakeTransport(), settings, { ...inputs, flow: 'x' }, 'plan')).toMatchObject({
      status: 'failed',
    })
  })
  it('sends the approved plan hash with an invocation', () => {
    const call = buildLeaver(leaverValues('a@example.com'), TICKET, TODAY)
    const transport = fakeTransport({ status: 200, body: JSON.stringify(result) })
    const inputs = {
      flow: 'leaver',
      payload: JSON.stringify(call.request),
      ticket: '',
      idempotencyKey: 'k',
      planHash: HASH,
    }
    runAction(transport, settings, inputs, 'invoke')
    const sent = JSON.parse(transport.calls[0]!.variables.payload!)
    expect(sent.expectedPlanHash).toBe(HASH)
    expectValid('leaver', sent)
  })

  it('turns a bridge that is not configured into a failed output naming the alias', () => {
    const inputs = { flow: 'unlock', payload: '{}', ticket: '', idempotencyKey: '' }
    const transport = fakeTransport()
    const out = runActionWithSettings(transport, () => parseSettings({ baseUrl: '' }), inputs, 'plan')
    expect(out).toMatchObject({ status: 'failed', error_code: 'bridge-not-configured' })
    expect(out.error).toContain('base URL is empty')
    expect(transport.calls).toHaveLength(0)
    const bug = () => {
      throw new TypeError('bug')
    }
    expect(() => runActionWithSettings(transport, bug, inputs, 'plan')).toThrow(TypeError)
    const answer = { status: 200, body: JSON.stringify(plan) }
    const ok = runActionWithSettings(
      fakeTransport(answer),
      () => settings,
      { ...inputs, flow: 'leaver' },
      'plan',
    )
    expect(ok.status).toBe('planned')
  })
})
