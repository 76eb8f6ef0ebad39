/**
 * Access requests on the ServiceNow side — Request access, End access, Extend access and My Okta access:
 *
 * - the pure server module (now-app/server/bridge/access.ts): visibility and the reference qualifier, end
 *   dates against the resource's maximum and permanent flag, the approval chain that never includes the
 *   requester, the three bridge requests (validated against the shared zod schemas), and the text and
 *   grant rows written from the bridge's answers;
 * - the catalog client scripts, run as the browser runs them (a fake g_form);
 * - the built XML: items, variables, reference qualifiers, UI policy, client scripts, the flows and their
 *   subflow (approvals, bridge calls, grant row, closing), the self-approval business rule, the portal
 *   widget and page, the grant table and the resource columns, ACLs, REST functions and the menu module.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { runInNewContext } from 'node:vm'
import { gunzipSync } from 'node:zlib'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  ACCESS_ITEM_NAMES,
  ACCESS_VARIABLES,
  type AccessContext,
  addDays,
  approvalChain,
  buildExtendAccess,
  buildGrantAccess,
  buildRevokeAccess,
  checkEndDate,
  closeNote,
  formatExpiry,
  type GrantRecord,
  grantFromOutput,
  grantRowValues,
  myAccessRows,
  type ResourceRecord,
  rejectionNote,
  requestSummary,
  resourceQualifier,
  visibleTo,
} from '../../now-app/server/bridge/access.ts'
import { FLOW_FUNCTIONS, SETUP_FUNCTIONS } from '../../now-app/server/bridge/api.ts'
import { isPayloadError, type PayloadError } from '../../now-app/server/bridge/payload.ts'
import { TABLES } from '../../now-app/server/bridge/tables.ts'
import { ExtendAccessInput, GrantAccessInput, RevokeAccessInput } from '../../shared/flows.js'
import { type BuiltRecord, builtRecords, DIST, ensureBuilt, ROOT, recordsOf, text } from './support/build.js'
import { TICKET, TODAY } from './support/samples.js'

// ---------------------------------------------------------------- Samples

const REQUESTER = 'a'.repeat(32)
const MANAGER = 'b'.repeat(32)
const OWNER = 'c'.repeat(32)
const SKIP_MANAGER = 'd'.repeat(32)
const REPORT = 'e'.repeat(32)
const FINANCE_DEPT = 'f'.repeat(32)
const AUDITOR_ROLE = '1'.repeat(32)

/** A requestable group with a 30-day maximum, visible to everyone. */
function resource(overrides: Partial<ResourceRecord> = {}): ResourceRecord {
  return {
    sysId: '2'.repeat(32),
    name: 'Finance reports',
    oktaId: '00gabcdefghij0123456',
    type: 'group',
    requestable: true,
    active: true,
    maxDays: 30,
    permanentAllowed: false,
    approvalLevels: 'manager_then_owner',
    owner: OWNER,
    departments: [],
    roles: [],
    ...overrides,
  }
}

/** The context of a Request access item ordered by REQUESTER for themselves. */
function context(overrides: Partial<AccessContext> = {}): AccessContext {
  return {
    ticket: TICKET,
    today: TODAY,
    requester: REQUESTER,
    viewer: { department: '', roles: [] },
    resource: resource(),
    login: 'pat.doe@example.com',
    isManagerOfReport: false,
    ...overrides,
  }
}

/** Request access variables. */
function requestValues(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    access_for: 'myself',
    resource: '2'.repeat(32),
    end_date: addDays(TODAY, 10),
    justification: 'Quarter-end close',
    ...overrides,
  }
}

/** An active grant held and requested by REQUESTER, ending in 10 days. */
function grant(overrides: Partial<GrantRecord> = {}): GrantRecord {
  return {
    sysId: '3'.repeat(32),
    grantId: `grt_${'0'.repeat(32)}`,
    status: 'active',
    user: REQUESTER,
    requestedBy: REQUESTER,
    expiresAt: `${addDays(TODAY, 10)}T00:00:00Z`,
    ...overrides,
  }
}

/** The problems a builder throws, as `variable message` strings. */
function problemsOf(build: () => unknown): string[] {
  try {
    build()
  } catch (error) {
    expect(isPayloadError(error)).toBe(true)
    return (error as PayloadError).problems.map((p) => `${p.variable} ${p.message}`)
  }
  throw new Error('expected the builder to refuse')
}

// ---------------------------------------------------------------- Pure module

describe('who may request what', () => {
  it('shows a resource without criteria to everyone, and one with criteria only to its departments and roles', () => {
    const open = resource()
    const finance = resource({ departments: [FINANCE_DEPT], roles: [AUDITOR_ROLE] })
    expect(visibleTo(open, { department: '', roles: [] })).toBe(true)
    expect(visibleTo(finance, { department: '', roles: [] })).toBe(false)
    expect(visibleTo(finance, { department: FINANCE_DEPT, roles: [] })).toBe(true)
    expect(visibleTo(finance, { department: '9'.repeat(32), roles: [AUDITOR_ROLE] })).toBe(true)
    expect(visibleTo(resource({ requestable: false }), { department: '', roles: [] })).toBe(false)
    expect(visibleTo(resource({ active: false }), { department: '', roles: [] })).toBe(false)
  })

  it('builds the reference qualifier from sys_ids only, one alternative per way in', () => {
    expect(resourceQualifier({ department: FINANCE_DEPT, roles: [AUDITOR_ROLE] })).toBe(
      [
        'requestable=true^active=true^visible_to_departmentsISEMPTY^visible_to_rolesISEMPTY',
        `requestable=true^active=true^visible_to_departmentsLIKE${FINANCE_DEPT}`,
        `requestable=true^active=true^visible_to_rolesLIKE${AUDITOR_ROLE}`,
      ].join('^NQ'),
    )
    // A value that is not a sys_id cannot widen the query.
    expect(resourceQualifier({ department: 'x^NQactive=false', roles: ['^ORsys_idISNOTEMPTY'] })).toBe(
      'requestable=true^active=true^visible_to_departmentsISEMPTY^visible_to_rolesISEMPTY',
    )
  })
})

describe('end dates', () => {
  const limited = resource({ maxDays: 30 })

  it('refuses an end date beyond the resource maximum, naming the latest date allowed', () => {
    expect(checkEndDate(addDays(TODAY, 31), TODAY, limited)).toEqual({
      ok: false,
      problem: `must be at most 30 days from today (${addDays(TODAY, 30)} at the latest) for Finance reports`,
    })
    expect(checkEndDate(addDays(TODAY, 30), TODAY, limited)).toEqual({
      ok: true,
      expiresAt: `${addDays(TODAY, 30)}T00:00:00Z`,
    })
  })

  it('keeps the expiry within the maximum counted from any moment of today, as the bridge counts it', () => {
    const check = checkEndDate(addDays(TODAY, 30), TODAY, limited)
    expect(check.ok).toBe(true)
    const expires = new Date((check as { expiresAt: string }).expiresAt).getTime()
    const earliestNow = new Date(`${TODAY}T00:00:00Z`).getTime()
    expect(expires - earliestNow).toBeLessThanOrEqual(30 * 86_400_000)
  })

  it('refuses today, the past, impossible dates and garbage', () => {
    expect(checkEndDate(TODAY, TODAY, limited)).toEqual({ ok: false, problem: 'must be after today' })
    expect(checkEndDate('2020-01-01', TODAY, limited)).toEqual({ ok: false, problem: 'must be after today' })
    expect(checkEndDate('2026-02-30', TODAY, limited)).toEqual({
      ok: false,
      problem: 'must be a date (YYYY-MM-DD)',
    })
    expect(checkEndDate('next week', TODAY, limited)).toEqual({
      ok: false,
      problem: 'must be a date (YYYY-MM-DD)',
    })
  })

  it('needs an end date unless the resource allows permanent access; no maximum means any later date', () => {
    expect(checkEndDate('', TODAY, limited)).toEqual({
      ok: false,
      problem: 'is required: Finance reports does not allow permanent access',
    })
    expect(checkEndDate('  ', TODAY, resource({ permanentAllowed: true }))).toEqual({ ok: true })
    expect(checkEndDate(addDays(TODAY, 3650), TODAY, resource({ maxDays: undefined }))).toMatchObject({
      ok: true,
    })
  })
})

describe('approval chain', () => {
  const people = {
    requester: REQUESTER,
    requestedFor: REQUESTER,
    manager: MANAGER,
    requesterManager: MANAGER,
    owner: OWNER,
  }

  it('asks the manager, then the owner, as the resource says', () => {
    expect(approvalChain('manager_then_owner', people)).toEqual({
      steps: [
        { level: 'manager', approver: MANAGER },
        { level: 'owner', approver: OWNER },
      ],
      problem: '',
    })
    expect(approvalChain('manager', people).steps).toEqual([{ level: 'manager', approver: MANAGER }])
    expect(approvalChain('owner', people).steps).toEqual([{ level: 'owner', approver: OWNER }])
    // An unknown setting is the strictest.
    expect(approvalChain('', people).steps.map((s) => s.level)).toEqual(['manager', 'owner'])
  })

  it('never lets the requester approve: an owner who requests is skipped', () => {
    const chain = approvalChain('manager_then_owner', { ...people, owner: REQUESTER })
    expect(chain.steps).toEqual([{ level: 'manager', approver: MANAGER }])
    expect(chain.steps.map((s) => s.approver)).not.toContain(REQUESTER)
  })

  it('replaces a manager ordering for their report by their own manager', () => {
    const chain = approvalChain('manager', {
      ...people,
      requestedFor: REPORT,
      manager: REQUESTER,
      requesterManager: SKIP_MANAGER,
    })
    expect(chain).toEqual({ steps: [{ level: 'manager', approver: SKIP_MANAGER }], problem: '' })
  })

  it('excludes the person getting the access too, and asks the same person only once', () => {
    expect(approvalChain('owner', { ...people, requestedFor: REPORT, owner: REPORT }).steps).toEqual([])
    expect(approvalChain('manager_then_owner', { ...people, owner: MANAGER }).steps).toEqual([
      { level: 'manager', approver: MANAGER },
    ])
  })

  it('rejects with a clear reason when only the requester could approve', () => {
    const chain = approvalChain('owner', { ...people, owner: REQUESTER })
    expect(chain.steps).toEqual([])
    expect(chain.problem).toMatch(
      /^No one but the requester could approve this request \(approval by the resource owner\)/,
    )
    expect(chain.problem).toContain('a requester never approves their own request')
    const noManager = approvalChain('manager', { ...people, manager: REQUESTER, requesterManager: '' })
    expect(noManager.steps).toEqual([])
    expect(noManager.problem).toContain('approval by the manager')
  })
})

describe('bridge requests', () => {
  it('Request access builds a grant-access request the bridge contract accepts', () => {
    const call = buildGrantAccess(requestValues(), context())
    expect(call).toEqual({
      flow: 'grant-access',
      request: {
        ticket: { number: TICKET.number, sysId: TICKET.sysId, requestedBy: TICKET.requestedBy },
        user: { login: 'pat.doe@example.com' },
        resource: { type: 'group', id: '00gabcdefghij0123456' },
        expiresAt: `${addDays(TODAY, 10)}T00:00:00Z`,
        justification: 'Quarter-end close',
      },
    })
    expect(GrantAccessInput.safeParse(call.request).success).toBe(true)
  })

  it('sends no end for permanent access, where the resource allows it', () => {
    const call = buildGrantAccess(
      requestValues({ end_date: '' }),
      context({ resource: resource({ permanentAllowed: true }) }),
    )
    expect(call.request).not.toHaveProperty('expiresAt')
    expect(GrantAccessInput.safeParse(call.request).success).toBe(true)
  })

  it('refuses, on the server too, an end date beyond the maximum and every other problem at once', () => {
    expect(
      problemsOf(() =>
        buildGrantAccess(
          requestValues({ end_date: addDays(TODAY, 31), justification: ' ' }),
          context({ resource: resource({ departments: [FINANCE_DEPT] }) }),
        ),
      ),
    ).toEqual([
      'resource Finance reports is not requestable by you',
      `end_date must be at most 30 days from today (${addDays(TODAY, 30)} at the latest) for Finance reports`,
      'justification is required: say why the access is needed',
    ])
  })

  it('accepts a direct report only of the requester, and a resource only if it exists', () => {
    expect(
      problemsOf(() =>
        buildGrantAccess(requestValues({ access_for: 'direct_report', direct_report: REPORT }), context()),
      ),
    ).toEqual(['direct_report must be one of your direct reports'])
    expect(
      buildGrantAccess(
        requestValues({ access_for: 'direct_report', direct_report: REPORT }),
        context({ isManagerOfReport: true }),
      ).flow,
    ).toBe('grant-access')
    expect(problemsOf(() => buildGrantAccess(requestValues(), context({ resource: undefined })))).toEqual([
      'resource is required',
    ])
  })

  it('End access builds a revoke-access request, only for an active grant of the requester', () => {
    const call = buildRevokeAccess({ reason: 'Project over' }, TICKET, REQUESTER, grant())
    expect(call.request).toMatchObject({ grantId: grant().grantId, reason: 'Project over' })
    expect(RevokeAccessInput.safeParse(call.request).success).toBe(true)
    expect(problemsOf(() => buildRevokeAccess({}, TICKET, REQUESTER, grant({ status: 'expired' })))).toEqual([
      'grant is expired: only active access can be changed',
    ])
    expect(
      problemsOf(() =>
        buildRevokeAccess({}, TICKET, REQUESTER, grant({ user: REPORT, requestedBy: REPORT })),
      ),
    ).toEqual(['grant must be your own access or access you requested'])
  })

  it('Extend access builds an extend-access request for a later end within the maximum', () => {
    const values = { new_end_date: addDays(TODAY, 20), justification: 'Audit runs longer' }
    const call = buildExtendAccess(values, TICKET, REQUESTER, grant(), resource(), TODAY)
    expect(call.request).toMatchObject({
      grantId: grant().grantId,
      expiresAt: `${addDays(TODAY, 20)}T00:00:00Z`,
    })
    expect(ExtendAccessInput.safeParse(call.request).success).toBe(true)
    expect(
      problemsOf(() =>
        buildExtendAccess(
          { ...values, new_end_date: addDays(TODAY, 31) },
          TICKET,
          REQUESTER,
          grant(),
          resource(),
          TODAY,
        ),
      ),
    ).toEqual([
      `new_end_date must be at most 30 days from today (${addDays(TODAY, 30)} at the latest) for Finance reports`,
    ])
    expect(
      problemsOf(() =>
        buildExtendAccess(
          { ...values, new_end_date: addDays(TODAY, 5) },
          TICKET,
          REQUESTER,
          grant(),
          resource(),
          TODAY,
        ),
      ),
    ).toEqual([`new_end_date must be later than the current end (${addDays(TODAY, 10)} 00:00 UTC)`])
    expect(
      problemsOf(() =>
        buildExtendAccess(
          values,
          TICKET,
          REQUESTER,
          grant({ expiresAt: '' }),
          resource({ permanentAllowed: true }),
          TODAY,
        ),
      ),
    ).toEqual(['grant is permanent: there is no end date to move'])
  })
})

describe('text and grant rows', () => {
  const answer = {
    grantId: `grt_${'a'.repeat(32)}`,
    userId: '00uabcdefghij0123456',
    resource: { type: 'group', id: '00gabcdefghij0123456' },
    expiresAt: '2026-12-02T00:00:00Z',
    status: 'active',
    preexisting: false,
  }

  it('states the end of the access when closing the item', () => {
    expect(closeNote('request', answer, 'Finance reports', 'Pat Doe')).toBe(
      `Access of Pat Doe to Finance reports granted until 2026-12-02 00:00 UTC; the bridge removes it then (grant ${answer.grantId}).`,
    )
    expect(closeNote('extend', { ...answer, expiresAt: null }, 'Finance reports', 'Pat Doe')).toContain(
      'extended with no end date (permanent access)',
    )
    expect(closeNote('request', { ...answer, preexisting: true }, 'Finance reports', 'Pat Doe')).toContain(
      'They already had this access in Okta',
    )
    expect(
      closeNote('end', { ...answer, status: 'revoked', accessRemoved: false }, 'Finance reports', 'Pat Doe'),
    ).toContain('Okta access was kept')
    expect(
      closeNote('end', { ...answer, status: 'revoked', accessRemoved: true }, 'Finance reports', 'Pat Doe'),
    ).toBe(`Access of Pat Doe to Finance reports ended and removed in Okta (grant ${answer.grantId}).`)
  })

  it('reads the grant from the Invoke output and maps it onto the grant row', () => {
    const output = JSON.stringify({
      executionId: 'x',
      flow: 'grant-access',
      status: 'succeeded',
      output: answer,
      changes: [],
    })
    expect(grantFromOutput(output)).toEqual(answer)
    expect(grantFromOutput('not json')).toBeUndefined()
    expect(grantFromOutput(JSON.stringify({ output: { status: 'active' } }))).toBeUndefined()
    expect(grantRowValues(answer)).toEqual({
      grant_id: answer.grantId,
      okta_user_id: answer.userId,
      status: 'active',
      expires_at: '2026-12-02 00:00:00',
      preexisting: 'false',
    })
    expect(grantRowValues({ ...answer, expiresAt: null }).expires_at).toBe('')
  })

  it('words rejections, summaries and expiries for people', () => {
    expect(rejectionNote('resource owner approval', 'Olive Owner', '  Not for contractors ')).toBe(
      'Rejected at the resource owner approval step by Olive Owner: Not for contractors. Nothing was changed in Okta.',
    )
    expect(rejectionNote('first approval', '', '')).toBe(
      'Rejected at the first approval step (no reason given). Nothing was changed in Okta.',
    )
    const call = buildGrantAccess(requestValues(), context())
    expect(requestSummary('request', 'pat.doe', 'Finance reports', call.request, 'Quarter-end close')).toBe(
      `pat.doe asks for access to Finance reports until ${addDays(TODAY, 10)} 00:00 UTC.\nJustification: Quarter-end close`,
    )
    expect(formatExpiry(null)).toBe('no end date (permanent access)')
  })

  it('lists My Okta access soonest end first, permanent access last', () => {
    const rows = myAccessRows(
      [
        { sysId: '1', resource: 'Zeta app', type: 'app', expiresAt: '' },
        { sysId: '2', resource: 'Beta group', type: 'group', expiresAt: '2026-12-10T00:00:00Z' },
        { sysId: '3', resource: 'Alpha group', type: 'group', expiresAt: '2026-11-25T00:00:00Z' },
        // Ended this morning; the bridge's report has not arrived yet: not listed.
        { sysId: '4', resource: 'Gamma group', type: 'group', expiresAt: '2026-11-22T06:00:00Z' },
      ],
      '2026-11-22T12:00:00Z',
    )
    expect(rows).toEqual([
      { sysId: '3', resource: 'Alpha group', type: 'group', ends: '2026-11-25 00:00 UTC', daysLeft: 2 },
      { sysId: '2', resource: 'Beta group', type: 'group', ends: '2026-12-10 00:00 UTC', daysLeft: 17 },
      { sysId: '1', resource: 'Zeta app', type: 'app', ends: 'no end date (permanent access)', daysLeft: -1 },
    ])
  })
})

// ---------------------------------------------------------------- Client scripts, as the browser runs them

/** A fake g_form holding variable values, recording messages and mandatory flags. */
function fakeForm(values: Record<string, string>) {
  const messages: { field: string; text: string; type: string }[] = []
  const mandatory: Record<string, boolean> = {}
  return {
    messages,
    mandatory,
    values,
    g_form: {
      getValue: (name: string) => values[name] ?? '',
      setValue: (name: string, value: string) => {
        values[name] = value
      },
      showFieldMsg: (field: string, msg: string, type: string) => messages.push({ field, text: msg, type }),
      hideFieldMsg: () => {},
      setMandatory: (field: string, on: boolean) => {
        mandatory[field] = on
      },
      getReference: (_field: string, callback: (record: Record<string, string>) => void) =>
        callback({ max_duration_days: '30', permanent_allowed: 'false' }),
    },
  }
}

/** Runs a catalog client script file's function in a browser-like context, "today" fixed to TODAY. */
function runClientScript(file: string, fn: string, values: Record<string, string>, args: unknown[] = []) {
  const form = fakeForm(values)
  const [y, m, d] = TODAY.split('-').map(Number) as [number, number, number]
  const RealDate = Date
  /** Date whose "now" is noon on TODAY: the scripts compare with today's local midnight. */
  class FixedDate extends RealDate {
    constructor(...a: unknown[]) {
      if (a.length === 0) super(y, m - 1, d, 12, 0, 0)
      else super(...(a as [number]))
    }
  }
  const sandbox = {
    g_form: form.g_form,
    g_user_date_format: 'yyyy-MM-dd',
    Date: FixedDate,
    // The platform's parser: a date in the user's format → local midnight in ms, 0 when unreadable.
    getDateFromFormat: (value: string) => {
      const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
      return match ? new RealDate(Number(match[1]), Number(match[2]) - 1, Number(match[3])).getTime() : 0
    },
  }
  const code = readFileSync(join(ROOT, 'now-app/client', file), 'utf8')
  const result = runInNewContext(`${code}\n;${fn}.apply(null, __args)`, { ...sandbox, __args: args })
  return { result, ...form }
}

describe('catalog client scripts', () => {
  const onSubmit = (values: Record<string, string>) =>
    runClientScript('access-end-date-on-submit.js', 'onSubmit', values)

  it('refuse an end date beyond the resource maximum before submit', () => {
    const refused = onSubmit({
      end_date: addDays(TODAY, 31),
      resource_max_days: '30',
      resource_permanent: 'false',
    })
    expect(refused.result).toBe(false)
    expect(refused.messages).toEqual([
      {
        field: 'end_date',
        text: 'The end date must be at most 30 days from today for this resource.',
        type: 'error',
      },
    ])
    const fine = onSubmit({
      end_date: addDays(TODAY, 30),
      resource_max_days: '30',
      resource_permanent: 'false',
    })
    expect(fine.result).toBe(true)
    expect(fine.messages).toEqual([])
  })

  it('refuse today and an empty end date unless permanent access is allowed', () => {
    expect(onSubmit({ end_date: TODAY, resource_max_days: '30' }).result).toBe(false)
    expect(onSubmit({ end_date: '', resource_permanent: 'false' }).result).toBe(false)
    expect(onSubmit({ end_date: '', resource_permanent: 'true' }).result).toBe(true)
  })

  it('read the resource limits into the hidden variables and make the end date mandatory', () => {
    const run = runClientScript('access-resource-limits.js', 'onChange', {}, [
      null,
      '',
      '2'.repeat(32),
      false,
    ])
    expect(run.values).toMatchObject({ resource_max_days: '30', resource_permanent: 'false' })
    expect(run.mandatory).toEqual({ end_date: true })
    expect(run.messages).toEqual([
      { field: 'end_date', text: 'End date required: at most 30 days from today.', type: 'info' },
    ])
  })

  it('refuse a new end date that is not after today on Extend access', () => {
    const run = (v: string) =>
      runClientScript('access-new-end-date-on-submit.js', 'onSubmit', { new_end_date: v })
    expect(run(TODAY).result).toBe(false)
    expect(run(addDays(TODAY, 1)).result).toBe(true)
  })
})

// ---------------------------------------------------------------- Built XML

let records: BuiltRecord[]

/** The one record of a table whose field has a value. */
function one(table: string, field: string, value: string): BuiltRecord {
  const found = recordsOf(records, table).filter((r) => text(r, field) === value)
  expect(found, `${table} with ${field}=${value}`).toHaveLength(1)
  return found[0]!
}

/** A field the build stores gzipped and base64-encoded, parsed. */
function packed(record: BuiltRecord, field: string): unknown {
  return JSON.parse(gunzipSync(Buffer.from(text(record, field), 'base64')).toString('utf8'))
}

/** The condition of a flow logic instance. */
function logicCondition(logic: BuiltRecord): string {
  const { inputs } = packed(logic, 'values') as { inputs: { name: string; value: string }[] }
  return inputs.find((i) => i.name === 'condition')?.value ?? ''
}

/** An action instance's inputs: name → value. */
function actionInputs(instance: BuiltRecord): Record<string, string> {
  return Object.fromEntries(
    (packed(instance, 'values') as { name: string; value: string }[]).map((i) => [i.name, i.value]),
  )
}

/** Catalog variable types (item_option_new.type). */
const TYPE = { multiLine: '2', selectBox: '5', singleLine: '6', reference: '8', date: '9' }
/** The stock Service Catalog. */
const SERVICE_CATALOG = 'e0d08b13c3330100c8b837659bba8fb4'
/** The SDK's built-in Ask For Approval action. */
const ASK_FOR_APPROVAL = 'f8f2e9920b10030085c083eb37673abd'
const SUBFLOW = 'Okta Access: approve and apply'
const MODULE = 'x_okta_jml/okta-jml-bridge/0.1.0/now-app/server/bridge/access-glide.ts'

beforeAll(async () => {
  await ensureBuilt()
  records = builtRecords().filter((r) => r.action !== 'delete_multiple' && r.action !== 'DELETE')
})

describe('built catalog items', () => {
  const ITEMS: Record<
    string,
    { flow: string; kind: string; sets: string[]; variables: Record<string, [string, boolean]> }
  > = {
    [ACCESS_ITEM_NAMES.request]: {
      flow: 'Okta JML: Request access',
      kind: 'request',
      sets: ['x_okta_jml_justification'],
      variables: {
        access_for: [TYPE.selectBox, true],
        direct_report: [TYPE.reference, false],
        resource: [TYPE.reference, true],
        end_date: [TYPE.date, false],
        resource_max_days: [TYPE.singleLine, false],
        resource_permanent: [TYPE.singleLine, false],
      },
    },
    [ACCESS_ITEM_NAMES.end]: {
      flow: 'Okta JML: End access',
      kind: 'end',
      sets: [],
      variables: { grant: [TYPE.reference, true], reason: [TYPE.multiLine, false] },
    },
    [ACCESS_ITEM_NAMES.extend]: {
      flow: 'Okta JML: Extend access',
      kind: 'extend',
      sets: ['x_okta_jml_justification'],
      variables: { grant: [TYPE.reference, true], new_end_date: [TYPE.date, true] },
    },
  }

  it('are in the Service Catalog and the portal for every user, each fulfilled by its flow', () => {
    for (const [name, spec] of Object.entries(ITEMS)) {
      const item = one('sc_cat_item', 'name', name)
      const id = text(item, 'sys_id')
      expect(text(item, 'flow_designer_flow'), name).toBe(
        text(one('sys_hub_flow', 'name', spec.flow), 'sys_id'),
      )
      expect(text(item, 'hide_sp'), name).not.toBe('true')
      expect(
        recordsOf(records, 'sc_cat_item_catalog')
          .filter((r) => text(r, 'sc_cat_item') === id)
          .map((r) => text(r, 'sc_catalog')),
      ).toEqual([SERVICE_CATALOG])
      // No user criteria: every employee may order; what they may ask for is narrowed on the resource.
      expect(
        recordsOf(records, 'sc_cat_item_user_criteria_mtom').filter((r) => text(r, 'sc_cat_item') === id),
      ).toEqual([])
    }
  })

  it('have their variables (names the server module reads), types, mandatory flags and the justification set', () => {
    const variables = recordsOf(records, 'item_option_new')
    for (const [name, spec] of Object.entries(ITEMS)) {
      const id = text(one('sc_cat_item', 'name', name), 'sys_id')
      const own = variables.filter((v) => text(v, 'cat_item') === id)
      expect(
        Object.fromEntries(
          own.map((v) => [text(v, 'name'), [text(v, 'type'), text(v, 'mandatory') === 'true']]),
        ),
        name,
      ).toEqual(spec.variables)
      const sets = recordsOf(records, 'io_set_item')
        .filter((s) => text(s, 'sc_cat_item') === id)
        .map((s) => text(one('item_option_new_set', 'sys_id', text(s, 'variable_set')), 'internal_name'))
      expect(sets, name).toEqual(spec.sets)
    }
    const defined = new Set(variables.map((v) => text(v, 'name')))
    for (const name of Object.values(ACCESS_VARIABLES)) expect(defined, name).toContain(name)
    const limits = variables.filter((v) => text(v, 'name').startsWith('resource_'))
    expect(limits.map((v) => [text(v, 'hidden'), text(v, 'visible_summary')])).toEqual([
      ['true', 'false'],
      ['true', 'false'],
    ])
  })

  it('filter the resources by a script include computing the criteria, and people and grants to the requester', () => {
    const requestId = text(one('sc_cat_item', 'name', ACCESS_ITEM_NAMES.request), 'sys_id')
    const variable = (item: string, name: string) =>
      recordsOf(records, 'item_option_new').find(
        (v) =>
          text(v, 'cat_item') === text(one('sc_cat_item', 'name', item), 'sys_id') &&
          text(v, 'name') === name,
      )!
    const res = variable(ACCESS_ITEM_NAMES.request, 'resource')
    expect(text(res, 'cat_item')).toBe(requestId)
    expect(text(res, 'reference')).toBe(TABLES.oktaResource)
    expect(text(res, 'use_reference_qualifier')).toBe('advanced')
    expect(text(res, 'reference_qual')).toBe(
      'javascript:new x_okta_jml.OktaAccessRequests().resourceQualifier()',
    )
    // Requesters see the synced description beside each name in the look-up, and can search it.
    expect(text(res, 'attributes').split(',').sort()).toEqual([
      'ref_ac_columns=description',
      'ref_ac_columns_search=true',
      'ref_auto_completer=AJAXTableCompleter',
    ])
    const include = one('sys_script_include', 'name', 'OktaAccessRequests')
    expect(text(include, 'api_name')).toBe('x_okta_jml.OktaAccessRequests')
    expect(text(include, 'client_callable')).toBe('false')
    expect(text(include, 'script')).toContain('resourceQualifier: () => {')
    expect(text(include, 'script')).toContain(`require('${MODULE}')`)
    const ME = '90d1921e5f510100a9ad2572f2b477fe'
    expect(text(variable(ACCESS_ITEM_NAMES.request, 'direct_report'), 'reference_qual_condition')).toBe(
      `managerDYNAMIC${ME}^active=true^EQ`,
    )
    expect(text(variable(ACCESS_ITEM_NAMES.end, 'grant'), 'reference_qual_condition')).toBe(
      `status=active^userDYNAMIC${ME}^ORrequested_byDYNAMIC${ME}^EQ`,
    )
    expect(text(variable(ACCESS_ITEM_NAMES.extend, 'grant'), 'reference_qual_condition')).toBe(
      `status=active^userDYNAMIC${ME}^ORrequested_byDYNAMIC${ME}^expires_atISNOTEMPTY^EQ`,
    )
  })

  it('validate before submit: client scripts on the end dates, a UI policy on the direct report', () => {
    const scripts = recordsOf(records, 'catalog_script_client')
    const script = (name: string) => one('catalog_script_client', 'name', name)
    const limits = script('Request access: end date rules of the chosen resource')
    expect(text(limits, 'type')).toBe('onChange')
    expect(text(limits, 'cat_item')).toBe(
      text(one('sc_cat_item', 'name', ACCESS_ITEM_NAMES.request), 'sys_id'),
    )
    expect(text(limits, 'cat_variable')).toBe(
      `IO:${text(one('item_option_new', 'name', 'resource'), 'sys_id')}`,
    )
    const source = (file: string) => readFileSync(join(ROOT, 'now-app/client', file), 'utf8').trim()
    expect(text(limits, 'script').trim()).toBe(source('access-resource-limits.js'))
    const endDate = script('Request access: end date within the resource limits')
    expect(text(endDate, 'type')).toBe('onSubmit')
    expect(text(endDate, 'script').trim()).toBe(source('access-end-date-on-submit.js'))
    const extend = script('Extend access: new end date after today')
    expect(text(extend, 'cat_item')).toBe(
      text(one('sc_cat_item', 'name', ACCESS_ITEM_NAMES.extend), 'sys_id'),
    )
    expect(scripts.filter((s) => text(s, 'name').includes('access')).length).toBe(3)
    const policy = one(
      'catalog_ui_policy',
      'short_description',
      'Request access: direct report only when the access is for one',
    )
    expect(text(policy, 'catalog_conditions')).toContain('=direct_report')
    const actions = recordsOf(records, 'catalog_ui_policy_action').filter(
      (a) => text(a, 'ui_policy') === text(policy, 'sys_id'),
    )
    expect(actions.map((a) => [text(a, 'visible'), text(a, 'mandatory')])).toEqual([['true', 'true']])
  })
})

describe('built flows', () => {
  it('each access item has a service catalog flow that runs the subflow with its kind, and nothing else', () => {
    const subflow = one('sys_hub_flow', 'name', SUBFLOW)
    expect(text(subflow, 'type')).toBe('subflow')
    expect(text(subflow, 'run_as')).toBe('system')
    for (const [kind, name] of Object.entries(ACCESS_ITEM_NAMES)) {
      const flow = one('sys_hub_flow', 'name', `Okta JML: ${name}`)
      const id = text(flow, 'sys_id')
      expect(text(flow, 'active')).toBe('false')
      expect(
        recordsOf(records, 'sys_hub_trigger_instance_v2')
          .filter((t) => text(t, 'flow') === id)
          .map((t) => text(t, 'trigger_type')),
      ).toEqual(['service_catalog'])
      const calls = recordsOf(records, 'sys_hub_sub_flow_instance_v2').filter((c) => text(c, 'flow') === id)
      expect(calls).toHaveLength(1)
      expect(text(calls[0]!, 'subflow')).toBe(text(subflow, 'sys_id'))
      expect(text(calls[0]!, 'wait_for_completion')).toBe('true')
      const inputs = packed(calls[0]!, 'subflow_inputs') as { name: string; value: unknown }[]
      expect(Object.fromEntries(inputs.map((i) => [i.name, i.value]))).toEqual({
        requested_item: '{{Service Catalog_1.request_item}}',
        kind,
      })
    }
  })

  it('checks and rejects, plans, asks approver 1 then approver 2, invokes with the plan hash, records, in order', () => {
    const ours = new Map(
      recordsOf(records, 'sys_hub_action_type_definition').map((a) => [text(a, 'sys_id'), text(a, 'name')]),
    )
    const subflow = text(one('sys_hub_flow', 'name', SUBFLOW), 'sys_id')
    const steps = recordsOf(records, 'sys_hub_action_instance_v2').filter((i) => text(i, 'flow') === subflow)
    const logic = recordsOf(records, 'sys_hub_flow_logic_instance_v2').filter(
      (l) => text(l, 'flow') === subflow,
    )
    const named = (name: string) =>
      steps.filter((s) => (ours.get(text(s, 'action_type')) ?? text(s, 'action_type')) === name)
    const only = (name: string) => {
      const found = named(name)
      expect(found, name).toHaveLength(1)
      return found[0]!
    }
    const order = (r: BuiltRecord) => Number(text(r, 'order'))
    const approvals = named(ASK_FOR_APPROVAL).sort((a, b) => order(a) - order(b))
    expect(approvals).toHaveLength(2)
    const sequence = [
      only('Okta Access: Build request'),
      only('Okta Bridge: Plan'),
      approvals[0]!,
      approvals[1]!,
      only('Okta Bridge: Invoke'),
      only('Okta Bridge: Record outcome'),
      only('Okta Access: Record grant'),
    ].map(order)
    expect(sequence).toEqual([...sequence].sort((a, b) => a - b))

    // Each approval sits in an if on its approver, and asks exactly that approver.
    const build = only('Okta Access: Build request')
    const buildId = text(build, 'ui_id')
    approvals.forEach((approval, i) => {
      const guard = logic.find((l) => text(l, 'ui_id') === text(approval, 'parent_ui_id'))!
      expect(logicCondition(guard)).toBe(`{{${buildId}.approver_${i + 1}}}ISNOTEMPTY`)
      expect(actionInputs(approval).approval_conditions).toContain(`{{${buildId}.approver_${i + 1}}}`)
    })

    // The request's own problems (beyond the maximum, only the requester could approve) close it, before
    // anything is planned or asked.
    const rejectIf = logic.find((l) => logicCondition(l) === `{{${buildId}.rejection}}ISNOTEMPTY`)!
    expect(order(rejectIf)).toBeLessThan(order(only('Okta Bridge: Plan')))
    const close = steps.find((s) => text(s, 'parent_ui_id') === text(rejectIf, 'ui_id'))!
    const closeValues = actionInputs(close).values
    expect(closeValues).toContain('state=4')
    expect(closeValues).toContain(`close_notes={{${buildId}.rejection}}`)

    // Invoke carries the plan hash; the grant row is written from the Invoke output, with the kind.
    const plan = only('Okta Bridge: Plan')
    expect(actionInputs(only('Okta Bridge: Invoke')).plan_hash).toBe(`{{${text(plan, 'ui_id')}.plan_hash}}`)
    const invokeId = text(only('Okta Bridge: Invoke'), 'ui_id')
    expect(actionInputs(only('Okta Access: Record grant'))).toMatchObject({
      kind: '{{subflow.kind}}',
      output: `{{${invokeId}.output}}`,
    })
    // A rejection by an approver closes the item with the rejection note (step, approver, comment).
    expect(named('Okta Access: Rejection note')).toHaveLength(2)
  })

  it('has the access actions calling the server module with the documented inputs and outputs', () => {
    const io = (name: string, table: string) => {
      const id = text(one('sys_hub_action_type_definition', 'name', name), 'sys_id')
      return recordsOf(records, table)
        .filter((r) => text(r, 'model') === id)
        .map((r) => text(r, 'element'))
        .filter((e) => !e.startsWith('__'))
        .sort()
    }
    expect(io('Okta Access: Build request', 'sys_hub_action_input')).toEqual(['kind', 'requested_item'])
    expect(io('Okta Access: Build request', 'sys_hub_action_output')).toEqual(
      [
        'approver_1',
        'approver_2',
        'error',
        'flow',
        'help_desk_group',
        'idempotency_key',
        'payload',
        'rejection',
        'summary',
        'ticket',
      ].sort(),
    )
    expect(io('Okta Access: Record grant', 'sys_hub_action_input')).toEqual([
      'kind',
      'output',
      'requested_item',
    ])
    expect(io('Okta Access: Record grant', 'sys_hub_action_output')).toEqual(['close_note'])
    for (const file of [
      'action-access-build.js',
      'action-access-record-grant.js',
      'action-access-rejected.js',
    ]) {
      expect(readFileSync(join(ROOT, 'now-app/scripts', file), 'utf8')).toContain(`require('${MODULE}')`)
    }
  })

  it('refuses self-approval in a business rule on approvals, running the server module', () => {
    const rule = one('sys_script', 'name', 'Okta access: no self-approval')
    expect(text(rule, 'collection')).toBe('sysapproval_approver')
    expect(text(rule, 'when')).toBe('before')
    expect(text(rule, 'action_update')).toBe('true')
    expect(text(rule, 'action_insert')).toBe('false')
    expect(text(rule, 'active')).toBe('true')
    expect(text(rule, 'filter_condition')).toBe('state=approved^source_table=sc_req_item^EQ')
    expect(text(rule, 'script')).toContain(`refuseSelfApproval;false;${MODULE}`)
  })
})

describe('built portal, tables, ACLs, REST functions and menu', () => {
  it('has the My Okta access widget on its own portal page', () => {
    const widget = one('sp_widget', 'id', 'x_okta_jml_my_okta_access')
    expect(text(widget, 'name')).toBe('My Okta access')
    expect(text(widget, 'public')).toBe('false')
    expect(text(widget, 'script')).toContain(`require('${MODULE}')`)
    expect(text(widget, 'script')).toContain('access.myAccess()')
    expect(text(widget, 'template')).toContain('ng-repeat="row in c.data.rows')
    expect(text(widget, 'template')).toContain('{{row.ends}}')
    expect(text(widget, 'client_script')).toMatch(/^api\.controller = function/)
    const page = one('sp_page', 'id', 'x_okta_jml_my_access')
    expect(text(page, 'public')).toBe('false')
    const instances = recordsOf(records, 'sp_instance').filter(
      (i) => text(i, 'sp_widget') === text(widget, 'sys_id'),
    )
    expect(instances).toHaveLength(1)
  })

  it('has the grant table and the access columns of the resource table', () => {
    const columns = (table: string) =>
      Object.fromEntries(
        recordsOf(records, 'sys_dictionary')
          .filter((d) => text(d, 'name') === table && text(d, 'element') !== '')
          .map((d) => [text(d, 'element'), [text(d, 'internal_type'), text(d, 'reference')]]),
      )
    expect(columns(TABLES.accessGrant)).toEqual({
      grant_id: ['string', ''],
      user: ['reference', 'sys_user'],
      okta_user_id: ['string', ''],
      resource: ['reference', TABLES.oktaResource],
      requested_item: ['reference', 'sc_req_item'],
      requested_by: ['reference', 'sys_user'],
      last_requested_item: ['reference', 'sc_req_item'],
      expires_at: ['glide_date_time', ''],
      status: ['choice', ''],
      preexisting: ['boolean', ''],
      justification: ['string', ''],
    })
    expect(columns(TABLES.oktaResource)).toMatchObject({
      permanent_allowed: ['boolean', ''],
      approval_levels: ['choice', ''],
      visible_to_departments: ['glide_list', 'cmn_department'],
      visible_to_roles: ['glide_list', 'sys_user_role'],
    })
    // Choices are written as one sys_choice_v2 document per column, holding its sys_choice rows.
    const choices = (table: string, element: string) => {
      const xml = readFileSync(
        join(DIST, 'app/author_elective_update', `sys_choice_${table}_${element}.xml`),
        'utf8',
      )
      return [...xml.matchAll(/<value>([^<]*)<\/value>/g)].map((m) => m[1]).sort()
    }
    expect(choices(TABLES.oktaResource, 'approval_levels')).toEqual([
      'manager',
      'manager_then_owner',
      'owner',
    ])
    expect(choices(TABLES.accessGrant, 'status')).toEqual(['active', 'expired', 'revoked'])
  })

  it('lets end users read only their own grants and the requestable resources; the bridge may update grants', () => {
    const roleName = new Map(
      recordsOf(records, 'sys_user_role').map((r) => [text(r, 'sys_id'), text(r, 'name')]),
    )
    const acls = recordsOf(records, 'sys_security_acl')
    const roleAttribute = (r: BuiltRecord) =>
      String((r.fields.sys_user_role as Record<string, unknown> | undefined)?.['@_name'] ?? '')
    const describe = (table: string) =>
      acls
        .filter((a) => text(a, 'name') === table)
        .map((a) => {
          const roles = recordsOf(records, 'sys_security_acl_role')
            .filter((r) => text(r, 'sys_security_acl') === text(a, 'sys_id'))
            // A platform role named by a string is written with its name as an attribute.
            .map((r) => roleName.get(text(r, 'sys_user_role')) ?? roleAttribute(r))
            .sort()
          return `${text(a, 'operation')} [${roles.join(' ')}] ${text(a, 'condition')} ${text(a, 'script')}`.trim()
        })
        .sort()
    const ME = '90d1921e5f510100a9ad2572f2b477fe'
    expect(describe(TABLES.accessGrant)).toEqual(
      [
        'create [x_okta_jml.admin]',
        'delete [x_okta_jml.admin]  answer = false;',
        'read [x_okta_jml.admin x_okta_jml.approver x_okta_jml.help_desk x_okta_jml.integration]',
        `read [snc_internal] userDYNAMIC${ME}^ORrequested_byDYNAMIC${ME}^EQ`,
        'write [x_okta_jml.admin x_okta_jml.integration]',
      ].sort(),
    )
    expect(describe(TABLES.oktaResource)).toContain('read [snc_internal] requestable=true^active=true^EQ')
  })

  it('has a REST function for every access flow and the onboarding decision, and the grants module', () => {
    const fns = recordsOf(records, 'sys_rest_message_fn')
    for (const flow of ['grant-access', 'revoke-access', 'extend-access', 'onboarding-decision'] as const) {
      const fn = one('sys_rest_message_fn', 'function_name', FLOW_FUNCTIONS[flow])
      expect(text(fn, 'rest_endpoint')).toBe(`\${base_url}/api/flo/${flow}/invoke`)
      expect(text(fn, 'http_method')).toBe('post')
    }
    expect(fns.length).toBe(Object.keys(FLOW_FUNCTIONS).length + Object.keys(SETUP_FUNCTIONS).length)
    expect(text(one('sys_app_module', 'name', TABLES.accessGrant), 'link_type')).toBe('LIST')
  })
})
