/**
 * What a requester sees on the catalog forms: the BUILT catalog client scripts and UI policies, the client
 * part of the "Reject Okta onboarding" UI action and the My Okta access widget's controller, run by the
 * stand-in's browser (client/browser.ts, client/widget.ts) as the platform runs them. For each item with
 * client scripts, a valid form submits and each input the scripts check shows the exact message the user
 * reads and blocks the submission. Every built client script, UI policy, client UI action and widget
 * controller must be run by some test here, and a script calling a `g_form` member the double lacks fails
 * loudly, naming it. No bridge is needed: these scripts never call it.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { ensureBuilt } from '../support/build.ts'
import { type BuiltApp, loadBuiltApp } from './built-app.ts'
import {
  type BrowserForm,
  type BrowserUser,
  type FormOptions,
  type FormScript,
  getDateFromFormat,
  openCatalogItem,
  openRecordForm,
} from './client/browser.ts'
import { runWidgetController } from './client/widget.ts'

let app: BuiltApp
/** sys_ids of the client scripts and UI actions that ran in this file's forms. */
const ran = new Set<string>()

beforeAll(async () => {
  await ensureBuilt()
  app = loadBuiltApp()
}, 600_000)

const agent: BrowserUser = { userName: 'harper.helpdesk', userID: 'a1', roles: ['itil'] }
const requester: BrowserUser = { userName: 'pat.requester', userID: 'u1', roles: [] }
const approver: BrowserUser = {
  userName: 'olive.onboarding',
  userID: 'o1',
  roles: ['x_okta_jml.onboarding_approver'],
}

const PAT = { sys_id: 'u1', user_name: 'pat.requester', email: 'pat.requester@example.com' }
const SAM = { sys_id: 'u2', user_name: 'sam.sales', email: 'sam.sales@example.com' }
const GITHUB = { sys_id: 'r1', name: 'GitHub', max_duration_days: '7', permanent_allowed: 'false' }
const WIKI = { sys_id: 'r2', name: 'Wiki', max_duration_days: '', permanent_allowed: 'true' }
const SUPPORT = { sys_id: 'r3', name: 'Support', max_duration_days: '30', permanent_allowed: '1' }
const references = { sys_user: [PAT, SAM], x_okta_jml_okta_resource: [GITHUB, WIKI, SUPPORT] }

/** A local date `days` from today in a user's date format, as a date variable holds it. */
function day(days: number, format = 'yyyy-MM-dd'): string {
  const d = new Date()
  d.setDate(d.getDate() + days)
  const pad = (n: number) => String(n).padStart(2, '0')
  return format
    .replace('yyyy', String(d.getFullYear()))
    .replace('MM', pad(d.getMonth() + 1))
    .replace('dd', pad(d.getDate()))
}

/** Opens an item as `user` and types `values` into it, in order; every script it runs is counted. */
function order(
  item: string,
  values: Record<string, string>,
  options: Partial<FormOptions> & { extraScripts?: FormScript[] } = {},
): BrowserForm {
  const form = openCatalogItem(app, item, { user: agent, references, ...options })
  for (const [name, value] of Object.entries(values)) form.change(name, value)
  for (const id of form.ran) ran.add(id)
  return form
}

/** Submits and counts the scripts the submission ran. */
function submit(form: BrowserForm) {
  const result = form.submit()
  for (const id of form.ran) ran.add(id)
  return result
}

const errorOn = (message: string) => [{ message, type: 'error' }]

describe('getDateFromFormat (the client date parser)', () => {
  it('answers the local time of a date in the user format, and 0 for what is not one', () => {
    expect(getDateFromFormat('2026-03-05', 'yyyy-MM-dd')).toBe(new Date(2026, 2, 5).getTime())
    expect(getDateFromFormat('05.03.2026', 'dd.MM.yyyy')).toBe(new Date(2026, 2, 5).getTime())
    expect(getDateFromFormat('03/05/2026', 'MM/dd/yyyy')).toBe(new Date(2026, 2, 5).getTime())
    expect(getDateFromFormat('05-Mar-2026', 'dd-MMM-yyyy')).toBe(new Date(2026, 2, 5).getTime())
    expect(getDateFromFormat('2026-03-05 14:30:00', 'yyyy-MM-dd HH:mm:ss')).toBe(
      new Date(2026, 2, 5, 14, 30, 0).getTime(),
    )
    expect(getDateFromFormat('2026-02-30', 'yyyy-MM-dd')).toBe(0)
    expect(getDateFromFormat('2026-13-01', 'yyyy-MM-dd')).toBe(0)
    expect(getDateFromFormat('05.03.2026', 'yyyy-MM-dd')).toBe(0)
    expect(getDateFromFormat('2026-03-05x', 'yyyy-MM-dd')).toBe(0)
    expect(getDateFromFormat('', 'yyyy-MM-dd')).toBe(0)
  })
})

describe('New hire (Joiner)', () => {
  const valid = {
    first_name: 'Nina',
    last_name: 'New',
    email: 'nina.new@example.com',
    manager: 'u1',
    department: 'd1',
    justification: 'Starts in Engineering',
  }

  it('proposes the email as Okta login while the login is empty, and keeps a login typed first', () => {
    const form = order('New hire (Joiner)', { email: 'nina.new@example.com' })
    expect(form.value('okta_login')).toBe('nina.new@example.com')
    expect(form.changes).toEqual([
      {
        action: 'setValue',
        field: 'okta_login',
        value: 'nina.new@example.com',
        by: 'New hire: propose the email as Okta login',
      },
    ])
    const typed = order('New hire (Joiner)', {
      okta_login: 'nina@example.com',
      email: 'nina.new@example.com',
    })
    expect(typed.value('okta_login')).toBe('nina@example.com')
  })

  it('a corrected email corrects the login proposed from it, not one the help desk changed', () => {
    const form = order('New hire (Joiner)', { email: 'nina.nwe@example.com' })
    form.change('email', 'nina.new@example.com')
    expect(form.value('okta_login')).toBe('nina.new@example.com')
    form.change('okta_login', 'nina@example.com')
    form.change('email', 'nina.n@example.com')
    expect(form.value('okta_login')).toBe('nina@example.com')
  })

  it('a start date of today submits', () => {
    const form = order('New hire (Joiner)', { ...valid, start_date: day(0) })
    expect(submit(form)).toEqual({ submitted: true, missingMandatory: [] })
    expect(form.fieldMessages).toEqual([])
  })

  it('a start date in the past shows the message under the date and blocks the submission', () => {
    const form = order('New hire (Joiner)', { ...valid, start_date: day(-1) })
    expect(submit(form)).toEqual({
      submitted: false,
      stoppedBy: 'New hire: start date not in the past',
      missingMandatory: [],
    })
    expect(form.messagesOf('start_date')).toEqual(errorOn('The start date cannot be in the past.'))
    expect(form.formMessages).toEqual([])
  })

  it('reads the date in the user’s own format (g_user_date_format)', () => {
    const past = order(
      'New hire (Joiner)',
      { ...valid, start_date: day(-1, 'dd.MM.yyyy') },
      { dateFormat: 'dd.MM.yyyy' },
    )
    expect(submit(past).submitted).toBe(false)
    expect(past.messagesOf('start_date')).toEqual(errorOn('The start date cannot be in the past.'))
    const future = order(
      'New hire (Joiner)',
      { ...valid, start_date: day(3, 'dd.MM.yyyy') },
      { dateFormat: 'dd.MM.yyyy' },
    )
    expect(submit(future).submitted).toBe(true)
  })

  it('an empty mandatory variable is refused by the platform, after the scripts pass', () => {
    const form = order('New hire (Joiner)', { ...valid, justification: '', start_date: day(1) })
    expect(submit(form)).toEqual({ submitted: false, missingMandatory: ['justification'] })
  })
})

describe('the Okta user variable set (Role change, Leaver, Account help)', () => {
  it.each(['Role change (Mover)', 'Leaver', 'Account help'])(
    '%s: choosing the person proposes their email as Okta login, after the server answers',
    (item) => {
      const form = order(item, { subject: 'u1' })
      expect(form.value('okta_login')).toBe('pat.requester@example.com')
      expect(form.changes.filter((c) => c.field === 'okta_login')).toEqual([
        {
          action: 'setValue',
          field: 'okta_login',
          value: 'pat.requester@example.com',
          by: 'Okta user: propose the person’s email as Okta login',
        },
      ])
      // Another person replaces the login: kept, the request would act on the previous person's account.
      form.change('subject', 'u2')
      expect(form.value('okta_login')).toBe('sam.sales@example.com')
      // No person, no login.
      form.change('subject', '')
      expect(form.value('okta_login')).toBe('')
    },
  )

  it('a login typed before any person is chosen is kept', () => {
    const form = order('Leaver', { okta_login: 'p.requester@example.com', subject: 'u1' })
    expect(form.value('okta_login')).toBe('p.requester@example.com')
  })

  it('Account help: a complete form submits', () => {
    const form = order('Account help', { subject: 'u1', help_action: 'unlock', justification: 'Locked out' })
    expect(submit(form)).toEqual({ submitted: true, missingMandatory: [] })
  })
})

describe('catalog UI policies', () => {
  const policy = 'Account help: sessions checkbox only for reset password and end every session'

  it('Account help: the sessions checkbox shows only for reset password and end every session', () => {
    const form = order('Account help', {})
    expect(form.fields.get('revoke_sessions')!.visible).toBe(false)
    form.change('help_action', 'reset_password')
    expect(form.fields.get('revoke_sessions')!.visible).toBe(true)
    form.change('help_action', 'unlock')
    expect(form.fields.get('revoke_sessions')!.visible).toBe(false)
    form.change('help_action', 'revoke_sessions')
    expect(form.fields.get('revoke_sessions')!.visible).toBe(true)
    expect(form.changes.filter((c) => c.by === policy).map((c) => c.value)).toEqual([
      false,
      true,
      false,
      true,
    ])
    expect(() => order('Account help', { help_action: 'unlock', revoke_sessions: 'true' })).toThrow(
      'cannot see field revoke_sessions',
    )
  })

  it('Request access: the direct report shows, and is mandatory, only when the access is for one', () => {
    const form = order('Request access', { resource: 'r2', justification: 'Team wiki' }, { user: requester })
    expect(form.fields.get('direct_report')).toMatchObject({ visible: false, mandatory: false })
    form.change('access_for', 'direct_report')
    expect(form.fields.get('direct_report')).toMatchObject({ visible: true, mandatory: true })
    expect(submit(form)).toEqual({ submitted: false, missingMandatory: ['direct_report'] })
    form.change('direct_report', 'u2')
    expect(submit(form)).toEqual({ submitted: true, missingMandatory: [] })
    form.change('access_for', 'myself')
    expect(form.fields.get('direct_report')).toMatchObject({ visible: false, mandatory: false })
  })
})

describe('Role change (Mover)', () => {
  const valid = { subject: 'u1', new_department: 'd2', justification: 'Moves to Sales' }

  it('an effective date of today submits', () => {
    expect(submit(order('Role change (Mover)', { ...valid, effective_date: day(0) }))).toEqual({
      submitted: true,
      missingMandatory: [],
    })
  })

  it('an effective date in the past shows the message and blocks the submission', () => {
    const form = order('Role change (Mover)', { ...valid, effective_date: day(-3) })
    expect(submit(form)).toMatchObject({
      submitted: false,
      stoppedBy: 'Role change: effective date not in the past',
    })
    expect(form.messagesOf('effective_date')).toEqual(errorOn('The effective date cannot be in the past.'))
  })
})

describe('Leaver', () => {
  const valid = { subject: 'u1', leaver_mode: 'deactivate', justification: 'Leaves the company' }

  it('a last day of tomorrow submits', () => {
    expect(submit(order('Leaver', { ...valid, last_day: day(1) }))).toEqual({
      submitted: true,
      missingMandatory: [],
    })
  })

  it('a last day in the past shows the message and blocks the submission', () => {
    const form = order('Leaver', { ...valid, last_day: day(-1) })
    expect(submit(form)).toMatchObject({ submitted: false, stoppedBy: 'Leaver: last day not in the past' })
    expect(form.messagesOf('last_day')).toEqual(errorOn('The last day cannot be in the past.'))
  })
})

describe('Request access', () => {
  const base = { access_for: 'myself', justification: 'Code review' }
  const opened = (values: Record<string, string>) =>
    order('Request access', { ...base, ...values }, { user: requester })

  it('at load the end date is mandatory and the hidden limits are empty; the user cannot type into them', () => {
    const form = opened({})
    expect(form.fields.get('end_date')).toMatchObject({ mandatory: true, visible: true })
    expect(form.value('resource_max_days')).toBe('')
    expect(form.value('resource_permanent')).toBe('false')
    expect(() => form.change('resource_max_days', '365')).toThrow('cannot see field resource_max_days')
  })

  it('choosing a resource fills its limits into the hidden variables and tells the requester the limit', () => {
    const form = opened({ resource: 'r1' })
    expect(form.value('resource_max_days')).toBe('7')
    expect(form.value('resource_permanent')).toBe('false')
    expect(form.fields.get('end_date')!.mandatory).toBe(true)
    expect(form.messagesOf('end_date')).toEqual([
      { message: 'End date required: at most 7 days from today.', type: 'info' },
    ])
    // Another resource replaces the limits and the message.
    form.change('resource', 'r2')
    expect(form.value('resource_max_days')).toBe('')
    expect(form.value('resource_permanent')).toBe('true')
    expect(form.fields.get('end_date')!.mandatory).toBe(false)
    expect(form.messagesOf('end_date')).toEqual([
      { message: 'End date: any date after today, or leave it empty for permanent access.', type: 'info' },
    ])
    form.change('resource', 'r3')
    expect(form.messagesOf('end_date')).toEqual([
      {
        message: 'End date: at most 30 days from today, or leave it empty for permanent access.',
        type: 'info',
      },
    ])
  })

  it('an end date within the maximum submits, and clears the limit message', () => {
    const form = opened({ resource: 'r1', end_date: day(7) })
    expect(submit(form)).toEqual({ submitted: true, missingMandatory: [] })
    expect(form.fieldMessages).toEqual([])
  })

  it('an end date beyond the resource maximum shows the limit and blocks the submission', () => {
    const form = opened({ resource: 'r1', end_date: day(8) })
    expect(submit(form)).toMatchObject({
      submitted: false,
      stoppedBy: 'Request access: end date within the resource limits',
    })
    expect(form.messagesOf('end_date')).toEqual(
      errorOn('The end date must be at most 7 days from today for this resource.'),
    )
  })

  it.each([
    ['today', 0],
    ['yesterday', -1],
  ])('an end date of %s shows "after today" and blocks the submission', (_label, days) => {
    const form = opened({ resource: 'r1', end_date: day(days) })
    expect(submit(form).submitted).toBe(false)
    expect(form.messagesOf('end_date')).toEqual(errorOn('The end date must be after today.'))
  })

  it('an end date that is no date in the user format shows "after today" and blocks the submission', () => {
    const form = opened({ resource: 'r1', end_date: day(3, 'dd.MM.yyyy') })
    expect(submit(form).submitted).toBe(false)
    expect(form.messagesOf('end_date')).toEqual(errorOn('The end date must be after today.'))
  })

  it('an empty end date is refused unless the resource allows permanent access', () => {
    const limited = opened({ resource: 'r1' })
    expect(submit(limited).submitted).toBe(false)
    expect(limited.messagesOf('end_date')).toEqual(
      errorOn('An end date is required: this resource does not allow permanent access.'),
    )
    const permanent = opened({ resource: 'r2' })
    expect(submit(permanent)).toEqual({ submitted: true, missingMandatory: [] })
    // Permanent allowed, no maximum: any date after today.
    expect(submit(opened({ resource: 'r2', end_date: day(400) })).submitted).toBe(true)
  })
})

describe('Extend access', () => {
  const valid = { grant: 'g1', justification: 'Project runs longer' }

  it('a new end date after today submits', () => {
    expect(submit(order('Extend access', { ...valid, new_end_date: day(1) }, { user: requester }))).toEqual({
      submitted: true,
      missingMandatory: [],
    })
  })

  it('a new end date of today shows the message and blocks the submission', () => {
    const form = order('Extend access', { ...valid, new_end_date: day(0) }, { user: requester })
    expect(submit(form)).toMatchObject({
      submitted: false,
      stoppedBy: 'Extend access: new end date after today',
    })
    expect(form.messagesOf('new_end_date')).toEqual(errorOn('The new end date must be after today.'))
  })
})

describe('Reject Okta onboarding (client part of the UI action)', () => {
  const reject = () => {
    const action = app.catalogClient.uiActions.find((a) => a.actionName === 'x_okta_jml_reject_onboarding')
    expect(action, 'the built client UI action').toBeDefined()
    return action!
  }

  it('without a reason in Work notes, asks for one and does not submit', () => {
    const form = openRecordForm(
      app,
      'incident',
      { work_notes: '', short_description: 'Okta onboarding' },
      {
        user: approver,
      },
    ).click(reject())
    for (const id of form.ran) ran.add(id)
    expect(form.submittedAction).toBeUndefined()
    expect(form.fields.get('work_notes')!.mandatory).toBe(true)
    expect(form.messagesOf('work_notes')).toEqual(
      errorOn('Enter the reason for the rejection, then click Reject again.'),
    )
  })

  it('with a reason, submits the form under the action name for the server part', () => {
    const form = openRecordForm(app, 'incident', { work_notes: 'Unknown vendor' }, { user: approver }).click(
      reject(),
    )
    for (const id of form.ran) ran.add(id)
    expect(form.submittedAction).toBe('x_okta_jml_reject_onboarding')
    expect(form.fieldMessages).toEqual([])
  })
})

describe('widget controllers', () => {
  it('links Extend and End to their catalog items, and defines every function the template calls', () => {
    const widget = app.catalogClient.widgets.find((w) => w.id === 'x_okta_jml_my_okta_access')
    expect(widget, 'the built widget').toBeDefined()
    const data = { rows: [], extendItem: 'item 1&x', endItem: 'item2' }
    const { c, missingFromTemplate } = runWidgetController(widget!, data)
    ran.add(widget!.sysId)
    expect(missingFromTemplate).toEqual([])
    expect(c.data).toBe(data)
    expect((c.itemUrl as (id: string) => string)('item 1&x')).toBe('?id=sc_cat_item&sys_id=item%201%26x')
  })

  it('Status: the controller only shows what the server computed', () => {
    const widget = app.catalogClient.widgets.find((w) => w.id === 'x_okta_jml_status')
    expect(widget, 'the built widget').toBeDefined()
    const data = { allowed: true, ready: true, problems: [] }
    const { c, missingFromTemplate } = runWidgetController(widget!, data)
    ran.add(widget!.sysId)
    expect(missingFromTemplate).toEqual([])
    expect(c.data).toBe(data)
  })

  it('Okta bridge setup: Test connection and Sync now ask the server script and show its answer', async () => {
    const widget = app.catalogClient.widgets.find((w) => w.id === 'x_okta_jml_bridge_setup')
    expect(widget, 'the built widget').toBeDefined()
    const data: Record<string, unknown> = { allowed: true, steps: [] }
    const { c, missingFromTemplate } = runWidgetController(widget!, data)
    ran.add(widget!.sysId)
    expect(missingFromTemplate).toEqual([])
    // spUtil's c.server.get, answering as the server script would once released.
    const asked: unknown[] = []
    let release: () => void = () => {}
    c.server = {
      get(input: { action: string }) {
        asked.push(input)
        return new Promise((resolve) => {
          release = () =>
            resolve({ data: { steps: [input.action], [input.action]: { ok: true, message: input.action } } })
        })
      },
    }
    /** Lets the controller's callback run after the answer arrived. */
    const settled = () => new Promise((resolve) => setImmediate(resolve))
    ;(c.testConnection as () => void)()
    expect(c.testing).toBe(true)
    release()
    await settled()
    expect(c.testing).toBe(false)
    expect(c.data).toMatchObject({ test: { ok: true, message: 'test' }, steps: ['test'] })
    ;(c.syncCatalog as () => void)()
    expect(c.syncing).toBe(true)
    release()
    await settled()
    expect(c.syncing).toBe(false)
    expect(c.data).toMatchObject({ sync: { ok: true, message: 'sync' }, steps: ['sync'] })
    expect(asked).toEqual([{ action: 'test' }, { action: 'sync' }])
  })

  it('a controller asking for a service the stand-in does not inject fails, naming it', () => {
    const widget = app.catalogClient.widgets[0]!
    const injected = { ...widget, clientScript: 'api.controller = function ($scope, spUtil) { this.x = 1 }' }
    expect(() => runWidgetController(injected, {})).toThrow(
      'injecting $scope, spUtil into the controller is not implemented',
    )
  })
})

describe('the browser itself', () => {
  it('offers g_form, g_user and the date helpers, and no Node or page globals to a catalog script', () => {
    const form = order('Extend access', {})
    for (const name of ['g_form', 'g_user']) expect(form.typeOf(name), name).toBe('object')
    expect(form.typeOf('getDateFromFormat')).toBe('function')
    expect(form.typeOf('g_user_date_format')).toBe('string')
    for (const name of ['require', 'process', 'module', 'exports', 'Buffer', 'global', 'window', 'GlideAjax'])
      expect(form.typeOf(name), name).toBe('undefined')
  })

  const script = (type: FormScript['type'], body: string): FormScript => ({
    sysId: 'test-script',
    name: 'Test script',
    table: 'catalog_script_client',
    script: body,
    type,
    variableName: '',
  })

  it('a script calling a g_form member the double does not implement fails loudly, naming it', () => {
    const extra = script(
      'onLoad',
      "function onLoad() { g_form.addDecoration('justification', 'icon-star', 'x') }",
    )
    expect(() => order('Extend access', {}, { extraScripts: [extra] })).toThrow(
      'g_form.addDecoration is not implemented by the instance stand-in',
    )
    const user = script('onLoad', 'function onLoad() { return g_user.getClientData() }')
    expect(() => order('Extend access', {}, { extraScripts: [user] })).toThrow(
      'g_user.getClientData is not implemented',
    )
  })

  it('a field the form lacks, or a column the referenced record lacks, fails loudly too', () => {
    const missing = script('onSubmit', "function onSubmit() { return g_form.getValue('end_dat') !== '' }")
    const form = order('Extend access', { new_end_date: day(1) }, { extraScripts: [missing] })
    expect(() => form.submit()).toThrow(
      "g_form.getValue('end_dat'): sc_cat_item Extend access has no field end_dat",
    )
    const column: FormScript = {
      ...script(
        'onChange',
        "function onChange(c, o, n) { if (n) g_form.getReference('resource', function (r) { g_form.setValue('resource_max_days', r.max_days) }) }",
      ),
      variableName: 'resource',
    }
    const request = order('Request access', {}, { extraScripts: [column] })
    expect(() => request.change('resource', 'r1')).toThrow(
      'x_okta_jml_okta_resource record (g_form.getReference).max_days is not implemented',
    )
  })

  it('a script the browser refuses (Node globals) is stopped by the engine check before it runs', () => {
    const node = script('onLoad', "function onLoad() { require('fs') }")
    expect(() => order('Extend access', {}, { extraScripts: [node] })).toThrow(
      /Node globals in a client script/,
    )
  })
})

describe('coverage', () => {
  it('the build ships client scripts for every item that has them here, none of them inactive', () => {
    const items = new Set(
      app.catalogClient.scripts.flatMap((s) =>
        s.items.map((i) => app.catalogItems.find((c) => c.sysId === i)!.name),
      ),
    )
    expect([...items].sort()).toEqual([
      'Account help',
      'Extend access',
      'Leaver',
      'New hire (Joiner)',
      'Request access',
      'Role change (Mover)',
    ])
    expect(app.catalogClient.scripts.filter((s) => !s.active)).toEqual([])
  })

  it('every built client script, client UI action, catalog UI policy and widget controller was run by a test above', () => {
    const built = [
      ...app.catalogClient.scripts,
      ...app.catalogClient.uiActions,
      ...app.catalogClient.uiPolicies,
      ...app.catalogClient.widgets,
    ]
    expect(built.length).toBeGreaterThan(0)
    expect(built.filter((s) => !ran.has(s.sysId)).map((s) => `${s.table} "${s.name}"`)).toEqual([])
  })
})
