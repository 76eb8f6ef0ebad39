/**
 * The ATF suite (now-app/fluent/atf.now.ts), as far as it can be proven without an instance:
 * - in the BUILT output, an active test with steps for every catalog item and every UI action the build
 *   ships (matched by their names, so a new item without a test fails here), all of them in the suite;
 * - every ATF step script parses as the instance's ES2021 engine reads it and requires only built
 *   modules, calling only functions they export;
 * - the preparation step's sandbox check, fed by a real bridge in sandbox mode over HTTP;
 * - the checks the steps make, fed with the text the app's own modules write, so a step looks for what a
 *   flow or UI action really leaves on the record.
 */
import { randomBytes } from 'node:crypto'
import { parse } from 'acorn'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { RunningBridge } from '../../dev/start.js'
import { closeNote, type GrantAnswer, rejectionNote } from '../../now-app/server/bridge/access.ts'
import {
  ATF,
  checkCompleted,
  checkDecided,
  checkGrant,
  checkInvalid,
  checkRefused,
  checkSandbox,
  checkUndecided,
  type ItemView,
  orgUrlOf,
} from '../../now-app/server/bridge/atf.ts'
import { formatErrorWorkNote, formatResultWorkNote } from '../../now-app/server/bridge/format.ts'
import {
  checkIncident,
  decisionWorkNote,
  ONBOARDING,
  prepareDecision,
} from '../../now-app/server/bridge/onboarding.ts'
import { buildLeaver, isPayloadError } from '../../now-app/server/bridge/payload.ts'
import { startSandboxBridge } from './support/bridge.js'
import { type BuiltRecord, builtRecords, ensureBuilt, recordsOf, text } from './support/build.js'

const TOKEN = randomBytes(32).toString('base64url')
let bridge: RunningBridge
let records: BuiltRecord[]

beforeAll(async () => {
  ;[bridge] = await Promise.all([startSandboxBridge(TOKEN), ensureBuilt()])
  records = builtRecords()
})

afterAll(async () => {
  await bridge?.stop()
})

/** The `sys_atf_step` records of a test. */
function stepsOf(testSysId: string): BuiltRecord[] {
  return recordsOf(records, 'sys_atf_step').filter((s) => text(s, 'test') === testSysId)
}

/** The script of every Run Server Side Script step of the build, with where it is. */
function stepScripts(): { where: string; code: string }[] {
  const scriptSteps = new Set(
    recordsOf(records, 'sys_atf_step')
      .filter((s) => text(s, 'display_name') === 'Run Server Side Script')
      .map((s) => text(s, 'sys_id')),
  )
  return recordsOf(records, 'sys_variable_value')
    .filter((v) => text(v, 'document') === 'sys_atf_step' && scriptSteps.has(text(v, 'document_key')))
    .filter((v) => /\bfunction\b|=>/.test(text(v, 'value')))
    .map((v) => ({ where: `sys_atf_step ${text(v, 'document_key')}`, code: text(v, 'value') }))
}

describe('ATF suite in the build output', () => {
  it('has an active test with steps for every catalog item and every UI action', () => {
    const names = [
      ...recordsOf(records, 'sc_cat_item').map((r) => text(r, 'name')),
      ...recordsOf(records, 'sys_ui_action').map((r) => text(r, 'name')),
    ]
    // The names come from the build: an empty list would make the check below vacuous.
    expect(names).toContain('New hire (Joiner)')
    expect(names).toContain('Approve Okta onboarding')
    const tests = recordsOf(records, 'sys_atf_test').filter((t) => text(t, 'active') === 'true')
    const missing = names.filter((name) => {
      const test = tests.find((t) => text(t, 'name') === `Okta JML ATF: ${name}`)
      return !test || stepsOf(text(test, 'sys_id')).length === 0
    })
    expect(missing).toEqual([])
  })

  it('puts every active test in the suite "Okta JML"', () => {
    const suite = recordsOf(records, 'sys_atf_test_suite').find((s) => text(s, 'name') === 'Okta JML')
    expect(suite).toBeDefined()
    const members = recordsOf(records, 'sys_atf_test_suite_test')
      .filter((m) => text(m, 'test_suite') === text(suite!, 'sys_id'))
      .map((m) => text(m, 'test'))
    const active = recordsOf(records, 'sys_atf_test')
      .filter((t) => text(t, 'active') === 'true')
      .map((t) => text(t, 'sys_id'))
    expect(active.length).toBeGreaterThanOrEqual(14)
    expect([...members].sort()).toEqual([...active].sort())
  })

  it('has step scripts that parse as ES2021 and call only built modules and the functions they export', () => {
    const modules = new Map(
      recordsOf(records, 'sys_module').map((m) => [text(m, 'path'), text(m, 'content')] as const),
    )
    const scripts = stepScripts()
    expect(scripts.length).toBeGreaterThanOrEqual(20)
    const problems: string[] = []
    for (const { where, code } of scripts) {
      try {
        parse(code, { ecmaVersion: 2021, sourceType: 'script', allowReturnOutsideFunction: true })
      } catch (error) {
        problems.push(`${where}: ${String(error)}`)
        continue
      }
      for (const [, binding, path] of Array.from(code.matchAll(/var (\w+) = require\('([^']+)'\)/g))) {
        const content = modules.get(path ?? '')
        if (content === undefined) {
          problems.push(`${where}: requires ${path}, which the build does not ship`)
          continue
        }
        for (const call of code.matchAll(new RegExp(`\\b${binding}\\.(\\w+)\\(`, 'g'))) {
          if (!new RegExp(`export function ${call[1]}\\(`).test(content))
            problems.push(`${where}: ${path} exports no function ${call[1]}`)
        }
      }
    }
    expect(problems).toEqual([])
  })

  it('would catch a script that does not parse, or a call the module does not export', () => {
    expect(() => parse('var x = a ?.. b', { ecmaVersion: 2021, sourceType: 'script' })).toThrow()
    expect(/export function nothere\(/.test('export function prepare() {}')).toBe(false)
  })
})

describe('preparation: the sandbox check', () => {
  const groupId = '00g1aaaaaaaaaaaaaaaa'
  const appId = '0oa1aaaaaaaaaaaaaaaa'

  /** GET /api/least-privilege from the running bridge, as the step does. */
  async function leastPrivilege(token?: string) {
    const response = await fetch(`${bridge.url}/api/least-privilege`, {
      headers: token ? { 'x-api-client-token': token } : {},
    })
    return { status: response.status, body: await response.text() }
  }

  it('accepts a bridge in sandbox mode: its Okta org is the sandbox on loopback http', async () => {
    const answer = await leastPrivilege(TOKEN)
    expect(answer.status).toBe(200)
    expect(orgUrlOf(answer.body)).toBe(bridge.sandbox!.orgUrl)
    const checked = checkSandbox({ baseUrl: bridge.url, answer, groupId, appId })
    expect(checked).toEqual({ ok: true, message: expect.stringContaining(bridge.sandbox!.orgUrl) })
  })

  it('refuses a bridge working against a real org, naming the alias whose URL to change', async () => {
    const answer = await leastPrivilege(TOKEN)
    const real = {
      status: 200,
      body: answer.body.replaceAll(bridge.sandbox!.orgUrl, 'https://acme.okta.com'),
    }
    const checked = checkSandbox({ baseUrl: bridge.url, answer: real, groupId, appId })
    expect(checked.ok).toBe(false)
    expect(checked.message).toContain('https://acme.okta.com')
    expect(checked.message).toContain(
      'Connection URL of the Connection & Credential alias x_okta_jml.Okta_JML_Bridge',
    )
  })

  it('names the alias whose credential to change when the bridge refuses the credential', async () => {
    const answer = await leastPrivilege()
    expect(answer.status).toBe(401)
    const checked = checkSandbox({ baseUrl: bridge.url, answer, groupId, appId })
    expect(checked.ok).toBe(false)
    expect(checked.message).toContain('credential')
    expect(checked.message).toContain('Connection & Credential alias x_okta_jml.Okta_JML_Bridge')
  })

  it('names the alias connection URL when nothing answers, and the ATF properties when they hold no Okta ids', () => {
    const unreachable = checkSandbox({
      baseUrl: 'https://bridge.invalid',
      answer: { status: 0, body: '', transportError: 'Connection refused' },
      groupId: '',
      appId: 'slack',
    })
    expect(unreachable.ok).toBe(false)
    expect(unreachable.message).toContain(
      'Connection URL of the Connection & Credential alias x_okta_jml.Okta_JML_Bridge',
    )
    expect(unreachable.message).toContain(ATF.groupIdProperty)
    expect(unreachable.message).toContain(ATF.appIdProperty)
  })

  it('finds the sandbox group and app the properties should name in the bridge itself', () => {
    // What the README tells the admin to copy from the banner: an Engineering group and a Slack app id.
    const engineering = bridge.sandbox!.groups.find((g) => g.name === 'Engineering')!
    const slack = bridge.sandbox!.apps.find((a) => a.label === 'Slack')!
    const checked = checkSandbox({
      baseUrl: bridge.url,
      answer: {
        status: 200,
        body: JSON.stringify({
          resourceSet: { resources: [{ resource: `${bridge.sandbox!.orgUrl}/api/v1/users` }] },
        }),
      },
      groupId: engineering.id,
      appId: slack.id,
    })
    expect(checked.ok).toBe(true)
  })
})

describe('what the steps look for is what the app writes', () => {
  const result = {
    executionId: 'exe_1',
    flow: 'joiner' as const,
    status: 'succeeded' as const,
    output: null,
    changes: [
      { operation: 'createUser' as const, target: { login: 'a@example.com' }, oktaRequestId: 'req1' },
    ],
  }
  const view = (over: Partial<ItemView>): ItemView => ({
    number: 'RITM0000001',
    state: '3',
    workNotes: '',
    closeNotes: '',
    rows: [],
    ...over,
  })

  it('checkCompleted passes on the work note Record outcome writes, and fails without a request id', () => {
    const done = view({
      workNotes: formatResultWorkNote(result),
      rows: [{ flow: 'joiner', operation: 'createUser', outcome: 'succeeded', oktaRequestId: 'req1' }],
    })
    expect(checkCompleted(done, 'joiner').ok).toBe(true)
    expect(checkCompleted({ ...done, rows: [{ ...done.rows[0]!, oktaRequestId: '' }] }, 'joiner').ok).toBe(
      false,
    )
    expect(checkCompleted({ ...done, state: '2' }, 'joiner').ok).toBe(false)
    expect(checkCompleted({ ...done, rows: [] }, 'joiner').ok).toBe(false)
  })

  it('checkInvalid passes on the payload builder’s refusal of a past last day, in Work in Progress', () => {
    let message = ''
    try {
      buildLeaver(
        { okta_login: 'a@example.com', last_day: '2000-01-01' },
        { number: 'R', requestedBy: 'x' },
        '2026-01-01',
      )
    } catch (error) {
      message = isPayloadError(error) ? error.message : ''
    }
    expect(message).not.toBe('')
    expect(checkInvalid(view({ state: '2', workNotes: message }), 'last_day').ok).toBe(true)
    expect(checkInvalid(view({ state: '3', workNotes: message }), 'last_day').ok).toBe(false)
  })

  it('checkRefused passes on the access flow’s rejection of an end date beyond the maximum', () => {
    const reason = `Not possible as requested: The catalog variables are not valid: end_date must be at most ${ATF.maxDays} days from today (2026-02-01 at the latest) for ATF Okta JML group`
    const refused = view({ state: '4', workNotes: reason, closeNotes: reason })
    expect(checkRefused(refused, `must be at most ${ATF.maxDays} days from today`, 0).ok).toBe(true)
    expect(checkRefused(refused, `must be at most ${ATF.maxDays} days from today`, 1).ok).toBe(false)
    expect(checkRefused({ ...refused, state: '2' }, `must be at most ${ATF.maxDays} days`, 0).ok).toBe(false)
  })

  it('checkGrant passes on the close notes Record grant writes', () => {
    const grant: GrantAnswer = {
      grantId: 'grt_1',
      userId: '00u1aaaaaaaaaaaaaaaa',
      resource: { type: 'group', id: '00g1aaaaaaaaaaaaaaaa' },
      expiresAt: '2026-01-08T00:00:00.000Z',
      status: 'active',
      preexisting: false,
    }
    const row = { grantId: 'grt_1', status: 'active', expiresAt: '2026-01-08 00:00:00' }
    for (const [kind, words] of [
      ['request', 'granted until'],
      ['extend', 'extended until'],
    ] as const) {
      const item = view({ closeNotes: closeNote(kind, grant, 'G', 'Ada') })
      expect(checkGrant(item, row, 'active', '2026-01-08', words).ok).toBe(true)
      expect(
        checkGrant(item, { ...row, expiresAt: '2026-01-09 00:00:00' }, 'active', '2026-01-08', words).ok,
      ).toBe(false)
    }
    const ended = view({ closeNotes: closeNote('end', { ...grant, status: 'revoked' }, 'G', 'Ada') })
    expect(checkGrant(ended, { ...row, status: 'revoked' }, 'revoked', undefined, 'ended').ok).toBe(true)
    expect(checkGrant(ended, undefined, 'revoked', undefined, 'ended').ok).toBe(false)
    expect(rejectionNote('first approval', 'M', '')).not.toContain('ended')
  })

  it('the onboarding incident the tests insert is one the UI actions send to the bridge', () => {
    const incident = {
      number: 'INC0010001',
      sysId: 'a'.repeat(32),
      active: 'true',
      state: '1',
      category: ONBOARDING.category,
      subcategory: ONBOARDING.subcategory,
      correlationId: `${ONBOARDING.correlationPrefix}${ATF.onboardingUserId}`,
      description: ATF.onboardingDescription,
      callerUserName: '',
    }
    const user = checkIncident(incident)
    expect(user.oktaUserId).toBe(ATF.onboardingUserId)
    expect(user.department).toBe(ATF.departments.from)
    const group = '00g1aaaaaaaaaaaaaaaa'
    const prepared = prepareDecision({
      incident,
      decision: 'approved',
      decidedBy: ATF.users.approver,
      comment: '',
      rules: [{ department: ATF.departments.from, groups: [group], apps: [] }],
    })
    expect(prepared.call.request.groups).toEqual([group])
    const refusal = formatErrorWorkNote(
      {
        kind: 'policy',
        code: 'not-our-incident',
        status: 403,
        message: 'The bridge did not open incident INC0010001.',
        retryable: false,
        fieldErrors: [],
      },
      ONBOARDING.flow,
    )
    const decided = {
      number: incident.number,
      state: '1',
      workNotes: `${refusal}\n${decisionWorkNote(prepared)}`,
      decisions: [{ decision: 'approved', decidedBy: ATF.users.approver, groups: group, comment: '' }],
    }
    const expected = {
      decision: 'approved' as const,
      decidedBy: ATF.users.approver,
      groups: group,
      comment: '',
    }
    expect(checkDecided(decided, expected).ok).toBe(true)
    expect(checkDecided({ ...decided, state: '2' }, expected).ok).toBe(false)
    expect(checkDecided({ ...decided, decisions: [] }, expected).ok).toBe(false)
    expect(checkUndecided({ ...decided, workNotes: '', decisions: [] }).ok).toBe(true)
    expect(checkUndecided(decided).ok).toBe(false)
  })
})
