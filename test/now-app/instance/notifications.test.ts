/**
 * The app's notifications through the instance stand-in: the BUILT flows, business rules and scheduled job
 * fire the app's events (`gs.eventQueue` → `sysevent`), and the notification engine sends the BUILT email
 * notifications on them (`sys_email`). Each email goes to the right person, in the right situation, with the
 * words that person needs — and nobody else gets it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SnRecord } from '../../sandboxes/servicenow/index.ts'
import { insertSupportResource, PEOPLE, startWorld, type World } from './support.ts'

let world: World
let support: string
const EMAIL = {
  requester: 'pat.requester@example.com',
  manager: 'morgan.manager@example.com',
  agent: 'harper.helpdesk@example.com',
  approver: 'olive.onboarding@example.com',
}

beforeAll(async () => {
  world = await startWorld()
  world.bridge.org.seed({
    users: [
      {
        profile: { login: EMAIL.requester, email: EMAIL.requester, firstName: 'Pat', lastName: 'Requester' },
      },
    ],
  })
  // The help-desk agent and the onboarding approver read email too.
  world.instance.db.update('sys_user', world.users.agent, { email: EMAIL.agent }, 'admin')
  world.instance.db.update('sys_user', world.users.approver, { email: EMAIL.approver }, 'admin')
  support = insertSupportResource(world)
  const engineering = world.instance.insert('x_okta_jml_okta_resource', {
    name: 'Engineering',
    okta_id: world.bridge.group('Engineering'),
    type: 'group',
    active: 'true',
  }).sys_id!
  world.instance.insert('x_okta_jml_birthright_rule', {
    name: 'Engineering for the department',
    department: world.departments.engineering,
    resources: engineering,
    active: 'true',
  })
}, 600_000)
afterAll(async () => world?.stop())

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10)
const at = (ms: number) => new Date(ms).toISOString().slice(0, 19).replace('T', ' ')
const notificationNamed = (name: string) => world.instance.app.notifications.find((n) => n.name === name)!

/** Runs the notification engine and answers the emails of one notification it just sent. */
function sent(name: string): SnRecord[] {
  const id = notificationNamed(name).sysId
  return world.instance.sendNotifications().filter((e) => e.notification === id)
}

describe('the app registers its events and notifies on them', () => {
  it('every notification listens to an event the app fires and registers', () => {
    const events = world.instance.app.notifications.map((n) => n.eventName).sort()
    expect(events).toEqual(
      [
        'x_okta_jml.access_ended',
        'x_okta_jml.access_ending',
        'x_okta_jml.approval_reminder',
        'x_okta_jml.approval_requested',
        'x_okta_jml.onboarding_pending',
        'x_okta_jml.request.failed',
        'x_okta_jml.request.fulfilled',
        'x_okta_jml.request.rejected',
      ].sort(),
    )
    for (const name of events) expect(name.length).toBeLessThanOrEqual(40)
  })
})

describe('requester and approver', () => {
  it('a New hire: the manager is asked with the plan in words, then the agent who ordered it hears it is done', async () => {
    const login = 'dana.notified@example.com'
    const ordered = await world.instance.order(
      'New hire (Joiner)',
      {
        first_name: 'Dana',
        last_name: 'Notified',
        email: login,
        okta_login: login,
        manager: world.users.manager,
        department: world.departments.engineering,
        start_date: inDays(1),
        justification: 'Starts Monday',
      },
      PEOPLE.agent,
    )
    expect(ordered.value.run!.status).toBe('waiting')
    const item = world.instance.get('sc_req_item', ordered.value.item)!
    const approval = world.instance.rows('sysapproval_approver', `sysapproval=${item.sys_id}`)[0]!

    const asked = sent('Okta approval requested')
    expect(asked).toHaveLength(1)
    expect(asked[0]!.recipients).toBe(EMAIL.manager)
    expect(asked[0]!.instance).toBe(approval.sys_id)
    expect(asked[0]!.subject).toBe(`Approval needed: ${item.number}`)
    // The plan the bridge wrote on the item, in words, names the new user.
    expect(item.description).toContain(login)
    expect(asked[0]!.body).toContain(item.description!)
    // Nothing is done yet: no fulfilled email.
    expect(world.instance.rows('sys_email', `instance=${item.sys_id}`)).toEqual([])

    await world.instance.decide(approval.sys_id!, PEOPLE.manager, 'approved')
    expect((await world.instance.run(ordered.value.run!.id)).status).toBe('complete')
    const done = sent('Okta request fulfilled')
    expect(done).toHaveLength(1)
    expect(done[0]!.recipients).toBe(EMAIL.agent)
    expect(done[0]!.subject).toBe(`${item.number} done: New hire (Joiner) for Harper Helpdesk`)
    expect(done[0]!.body).toContain('This is what changed in Okta:')
    expect(done[0]!.body).toContain(login)
  })

  it('a rejection tells the requester who rejected it and why', async () => {
    const ordered = await world.instance.order(
      'Request access',
      { access_for: 'myself', resource: support, end_date: inDays(3), justification: 'On call' },
      PEOPLE.requester,
    )
    const item = world.instance.get('sc_req_item', ordered.value.item)!
    const approval = world.instance.rows('sysapproval_approver', `sysapproval=${item.sys_id}`)[0]!
    expect(sent('Okta approval requested').map((e) => e.recipients)).toEqual([EMAIL.manager])
    await world.instance.decide(approval.sys_id!, PEOPLE.manager, 'rejected', 'Not on the rota this month')
    expect(world.instance.get('sc_req_item', item.sys_id!)!.state).toBe('4')
    const rejected = sent('Okta request rejected')
    expect(rejected).toHaveLength(1)
    expect(rejected[0]!.recipients).toBe(EMAIL.requester)
    expect(rejected[0]!.subject).toBe(`${item.number} rejected by Morgan Manager: Request access`)
    expect(rejected[0]!.body).toContain('Reason: Not on the rota this month')
    expect(rejected[0]!.body).toContain('Nothing was changed in Okta')
  })

  it('a failure tells the requester what to do, quoting the help-desk task', async () => {
    const ordered = await world.instance.order(
      'New hire (Joiner)',
      {
        first_name: 'Lee',
        last_name: 'Bad',
        email: 'not-an-email',
        okta_login: 'lee.bad@example.com',
        manager: world.users.manager,
        department: world.departments.engineering,
        start_date: '2000-01-01',
      },
      PEOPLE.agent,
    )
    expect(ordered.value.run!.status).toBe('complete')
    const item = world.instance.get('sc_req_item', ordered.value.item)!
    const task = world.instance.rows('sc_task', `request_item=${item.sys_id}`)[0]!
    const failed = sent('Okta request failed')
    expect(failed).toHaveLength(1)
    expect(failed[0]!.recipients).toBe(EMAIL.agent)
    expect(failed[0]!.subject).toBe(`${item.number} could not be completed in Okta: New hire (Joiner)`)
    expect(failed[0]!.body).toContain(`The help desk has task ${task.number}`)
    expect(failed[0]!.body).toContain('do not order the item again')
    // A failure is no fulfilment and no rejection.
    expect(world.instance.rows('sys_email', `instance=${item.sys_id}`)).toHaveLength(1)
  })
})

describe('grantee', () => {
  it('access ending in 3 days (the property’s default): one email with an Extend access link carrying the grant', async () => {
    const now = Date.now()
    const grant = (id: string, expiresInMs: number) =>
      world.instance.insert('x_okta_jml_access_grant', {
        grant_id: id,
        user: world.users.requester,
        resource: support,
        expires_at: at(now + expiresInMs),
        status: 'active',
      }).sys_id!
    const hour = 3_600_000
    const ending = grant('grant-ending', 3 * 24 * hour - hour)
    grant('grant-later', 5 * 24 * hour)
    grant('grant-tomorrow', 20 * hour)
    await world.instance.scheduledJob('Okta access: ending soon')
    const emails = sent('Okta access ending soon')
    expect(emails).toHaveLength(1)
    expect(emails[0]!.recipients).toBe(EMAIL.requester)
    expect(emails[0]!.instance).toBe(ending)
    expect(emails[0]!.subject).toContain('Your access to Support ends on')
    const extendItem = world.instance.app.catalogItems.find((i) => i.name === 'Extend access')!.sysId
    expect(emails[0]!.body).toContain(
      `href="sp?id=sc_cat_item&sys_id=${extendItem}&sysparm_variable_values=${encodeURIComponent(JSON.stringify({ grant: ending }))}"`,
    )
    // A day later the same grant is inside the next window no more: the job does not repeat itself.
    await world.instance.advanceClock(24 * hour)
    await world.instance.scheduledJob('Okta access: ending soon')
    expect(sent('Okta access ending soon').map((e) => e.instance)).not.toContain(ending)
    await world.instance.advanceClock(-24 * hour)
  })

  it('access ended: End access on a granted group tells its holder', async () => {
    const ordered = await world.instance.order(
      'Request access',
      { access_for: 'myself', resource: support, end_date: inDays(10), justification: 'Rota' },
      PEOPLE.requester,
    )
    const approval = world.instance.rows('sysapproval_approver', `sysapproval=${ordered.value.item}`)[0]!
    await world.instance.decide(approval.sys_id!, PEOPLE.manager, 'approved')
    expect((await world.instance.run(ordered.value.run!.id)).status).toBe('complete')
    world.instance.sendNotifications()
    const grant = world.instance.rows('x_okta_jml_access_grant', `requested_item=${ordered.value.item}`)[0]!
    const ended = await world.instance.order(
      'End access',
      { grant: grant.sys_id!, reason: 'Rota over' },
      PEOPLE.requester,
    )
    expect(ended.value.run!.status).toBe('complete')
    const emails = sent('Okta access ended')
    expect(emails).toHaveLength(1)
    expect(emails[0]!.recipients).toBe(EMAIL.requester)
    expect(emails[0]!.instance).toBe(grant.sys_id)
    expect(emails[0]!.subject).toBe('Your access to Support has ended')
  })
})

describe('onboarding approvers', () => {
  it('a new Okta user awaiting a decision: every onboarding approver (and nobody else) is told', async () => {
    // As the bridge's Table API insert does on an instance (business rules run on it).
    await world.instance.adhoc(
      `var inc = new GlideRecord('incident'); inc.initialize();
       inc.setValue('category', 'okta'); inc.setValue('subcategory', 'onboarding_approval');
       inc.setValue('short_description', 'Okta onboarding approval: sam.staged@example.com');
       inc.setValue('description', 'Sam Staged (sam.staged@example.com), department Sales, created in Okta');
       inc.insert();`,
    )
    const emails = sent('Okta onboarding awaiting decision')
    expect(emails).toHaveLength(1)
    expect(emails[0]!.recipients).toBe(EMAIL.approver)
    expect(emails[0]!.subject).toMatch(/^INC\d+: new Okta user awaiting your decision$/)
    expect(emails[0]!.body).toContain('Sam Staged (sam.staged@example.com), department Sales')
  })

  it('an ordinary incident notifies nobody', async () => {
    await world.instance.adhoc(
      `var inc = new GlideRecord('incident'); inc.initialize(); inc.setValue('short_description', 'Printer'); inc.insert();`,
    )
    expect(sent('Okta onboarding awaiting decision')).toEqual([])
  })
})
