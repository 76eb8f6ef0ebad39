/**
 * Requests that don't strand people, through the instance stand-in against a sandbox-mode bridge whose
 * synchronous deadline is short (BRIDGE_SYNC_DEADLINE_MS) and an Okta sandbox made slow or failing on purpose:
 *
 * - a 202 (execution still running) leaves the item waiting without a task; the scheduled job "follow
 *   pending executions" closes it complete once the execution succeeds;
 * - a 202 whose execution has no outcome within x_okta_jml.bridge.pending_timeout_minutes (the stand-in's
 *   clock moved past it) gets a help-desk task; Retry in Okta later replays the finished execution: the item
 *   completes and Okta sees no second change;
 * - a definite failure opens the task with the bridge's problem code; Retry in Okta, once Okta is healthy,
 *   completes the item with each change made exactly once;
 * - an approval left undecided is reminded at half of x_okta_jml.approval.max_pending_days and closes the item
 *   incomplete past it, with nothing changed in Okta.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { expectUnchanged, logEvents, snapshot, writeCalls } from '../../bridge/support/flows-harness.ts'
import { PEOPLE, startWorld, type World } from './support.ts'

let world: World
beforeAll(async () => {
  world = await startWorld({ env: { BRIDGE_SYNC_DEADLINE_MS: '300' } })
  world.instance.grantRole(world.users.agent, 'x_okta_jml.help_desk')
}, 600_000)
afterAll(async () => world?.stop())

const STATE = { workInProgress: '2', closedComplete: '3', closedIncomplete: '4' } as const
const FOLLOW = 'Okta Bridge: follow pending executions'
const AGE = 'Okta Bridge: age pending approvals'
const MINUTE = 60_000
const DAY = 86_400_000

const tomorrow = () => new Date(Date.now() + DAY).toISOString().slice(0, 10)
const approvalsOf = (item: string) => world.instance.rows('sysapproval_approver', `sysapproval=${item}`)
const tasksOf = (item: string) => world.instance.rows('sc_task', `request_item=${item}`)
const callOf = (item: string) => world.instance.rows('x_okta_jml_bridge_call', `requested_item=${item}`)[0]
const threadOf = (item: string) => world.instance.rows('x_okta_jml_golden_thread', `requested_item=${item}`)
const usersWithLogin = (login: string) =>
  [...world.bridge.org.users.values()].filter((u) => String(u.profile.login).toLowerCase() === login)
/** System Log user creations for a login: one per real Okta change. */
const createEvents = (login: string) =>
  logEvents(world.bridge.org).filter(
    (e) => e.eventType === 'user.lifecycle.create' && e.target.some((t) => t.alternateId === login),
  )

/** Orders a New hire for `login` and answers the item and its pending approval (the plan is done). */
async function orderJoiner(login: string) {
  const ordered = await world.instance.order(
    'New hire (Joiner)',
    {
      first_name: 'Sam',
      last_name: login.split('@')[0]!.replace(/\W/g, ''),
      email: login,
      okta_login: login,
      manager: world.users.manager,
      department: world.departments.engineering,
      start_date: tomorrow(),
      justification: 'Starts Monday',
    },
    PEOPLE.agent,
  )
  const run = ordered.value.run!
  expect(run.error).toBeUndefined()
  expect(run.status).toBe('waiting')
  const [approval] = approvalsOf(ordered.value.item)
  expect(approval?.state).toBe('requested')
  return { item: ordered.value.item, run: run.id, approval: approval!.sys_id! }
}

/** The manager approves; answers the flow run afterwards. */
async function approve(approval: string, run: string) {
  await world.instance.decide(approval, PEOPLE.manager, 'approved')
  const after = await world.instance.run(run)
  expect(after.error).toBeUndefined()
  return after
}

describe('a 202 from the bridge (execution still running)', () => {
  it('is not a failure: the item waits with no task, and closes complete when the execution succeeds', async () => {
    const login = 'sam.slow@example.com'
    const { item, run, approval } = await orderJoiner(login)
    // Okta slower than the bridge's synchronous deadline (300 ms): the invocation answers 202.
    world.bridge.sandbox.configure({ latencyMs: 400 })
    let after: Awaited<ReturnType<typeof approve>>
    try {
      after = await approve(approval, run)
    } finally {
      world.bridge.sandbox.configure({ latencyMs: 0 })
    }
    expect(after.status).toBe('complete')
    expect(after.trace.some((s) => s.name.includes('=pending → true'))).toBe(true)
    expect(world.instance.get('sc_req_item', item)!.state).toBe(STATE.workInProgress)
    expect(tasksOf(item)).toEqual([])
    const call = callOf(item)!
    expect(call.status).toBe('pending')
    expect(call.execution_id).toMatch(/^exe_/)
    expect(world.instance.journal('sc_req_item', item)[0]).toMatch(/still being applied by the bridge/)

    // The execution finishes in the bridge; the job reads its status resource and closes the item.
    await world.bridge.bridge.executions.drain()
    const job = await world.instance.scheduledJob(FOLLOW)
    expect(job.output.error).toEqual([])
    expect(world.instance.get('sc_req_item', item)!.state).toBe(STATE.closedComplete)
    expect(tasksOf(item)).toEqual([])
    expect(callOf(item)!.status).toBe('succeeded')
    expect(world.instance.journal('sc_req_item', item)[0]).toMatch(/Okta joiner completed/)
    expect(threadOf(item).map((r) => r.operation)).toEqual(expect.arrayContaining(['createUser']))
    expect(usersWithLogin(login)).toHaveLength(1)
  })

  it('past the pending timeout opens the help-desk task; Retry in Okta then completes it with no second change', async () => {
    const login = 'sam.stuck@example.com'
    const { item, run, approval } = await orderJoiner(login)
    // Far slower than the deadline: the execution is still running when the job looks.
    world.bridge.sandbox.configure({ latencyMs: 4_000 })
    try {
      await approve(approval, run)
      expect(callOf(item)!.status).toBe('pending')

      // Within the bound (default 30 minutes): still waiting, no task.
      await world.instance.advanceClock(29 * MINUTE)
      await world.instance.scheduledJob(FOLLOW)
      expect(callOf(item)!.status).toBe('pending')
      expect(tasksOf(item)).toEqual([])

      // Past it: the help desk gets the task, the item stays in Work in Progress with the reason.
      await world.instance.advanceClock(2 * MINUTE)
      await world.instance.scheduledJob(FOLLOW)
    } finally {
      world.bridge.sandbox.configure({ latencyMs: 0 })
    }
    expect(callOf(item)!.status).toBe('timed_out')
    const [task] = tasksOf(item)
    expect(task?.assignment_group).toBe(world.helpDeskGroup)
    expect(world.instance.get('sc_req_item', item)!.state).toBe(STATE.workInProgress)
    expect(world.instance.journal('sc_req_item', item)[0]).toMatch(
      /has not reported the outcome .* after 30 minutes/,
    )

    // The execution does finish in Okta. Retry replays it under the same key: no new Okta change.
    await world.bridge.bridge.executions.drain()
    expect(createEvents(login)).toHaveLength(1)
    const before = snapshot(world.bridge.sandbox)
    const retried = await world.instance.uiAction('Retry in Okta', 'sc_req_item', item, PEOPLE.agent)
    expect(retried.value.shown).toBe(true)
    expect(retried.output.info).toEqual(['Retried in Okta: the change is complete and the item is closed.'])
    expect(snapshot(world.bridge.sandbox).writes).toBe(before.writes)
    expect(createEvents(login)).toHaveLength(1)
    expect(usersWithLogin(login)).toHaveLength(1)
    expect(world.instance.get('sc_req_item', item)!.state).toBe(STATE.closedComplete)
    expect(world.instance.get('sc_task', task!.sys_id!)!.state).toBe('3')
    // Closed: the button is gone.
    const again = await world.instance.uiAction('Retry in Okta', 'sc_req_item', item, PEOPLE.agent)
    expect(again.value.shown).toBe(false)
  })
})

describe('a 202 on an access request', () => {
  it('closes the item with its grant row and the end of the access once the execution succeeds', async () => {
    const login = 'pat.requester@example.com'
    world.bridge.org.seed({
      users: [{ profile: { login, email: login, firstName: 'Pat', lastName: 'Requester' } }],
    })
    const support = world.instance.insert('x_okta_jml_okta_resource', {
      name: 'Support',
      okta_id: world.bridge.group('Support'),
      type: 'group',
      requestable: 'true',
      active: 'true',
      max_duration_days: '30',
      approval_levels: 'manager',
    }).sys_id!
    const endDate = new Date(Date.now() + 5 * DAY).toISOString().slice(0, 10)
    const ordered = await world.instance.order(
      'Request access',
      { access_for: 'myself', resource: support, end_date: endDate, justification: 'On call' },
      PEOPLE.requester,
    )
    const item = ordered.value.item
    const [approval] = approvalsOf(item)
    world.bridge.sandbox.configure({ latencyMs: 400 })
    try {
      const after = await approve(approval!.sys_id!, ordered.value.run!.id)
      expect(after.status).toBe('complete')
    } finally {
      world.bridge.sandbox.configure({ latencyMs: 0 })
    }
    expect(callOf(item)!.status).toBe('pending')
    expect(tasksOf(item)).toEqual([])
    expect(world.instance.rows('x_okta_jml_access_grant', `requested_item=${item}`)).toEqual([])

    await world.bridge.bridge.executions.drain()
    await world.instance.scheduledJob(FOLLOW)
    const ritm = world.instance.get('sc_req_item', item)!
    expect(ritm.state).toBe(STATE.closedComplete)
    expect(ritm.close_notes).toContain(endDate)
    const [grant] = world.instance.rows('x_okta_jml_access_grant', `requested_item=${item}`)
    expect(grant?.resource).toBe(support)
    expect(grant?.status).toBe('active')
    expect(tasksOf(item)).toEqual([])
  })
})

describe('Retry in Okta after a definite failure', () => {
  it('opens the task with the bridge’s code; the retry, with Okta healthy, makes each change exactly once', async () => {
    const login = 'sam.retry@example.com'
    const { item, run, approval } = await orderJoiner(login)
    // Okta answers 500 to every user creation: the joiner fails with nothing created.
    world.bridge.sandbox.configure({
      faults: { rate: 1, statuses: [500], method: 'POST', pathPrefix: '/api/v1/users' },
    })
    try {
      const after = await approve(approval, run)
      expect(after.status).toBe('complete')
    } finally {
      world.bridge.sandbox.configure({ faults: null })
    }
    expect(world.instance.get('sc_req_item', item)!.state).toBe(STATE.workInProgress)
    expect(tasksOf(item)).toHaveLength(1)
    expect(world.instance.journal('sc_req_item', item)[0]).toMatch(/FAILED \(okta-unavailable/)
    expect(callOf(item)!.status).toBe('failed')
    expect(usersWithLogin(login)).toHaveLength(0)

    // Not for requesters: the button needs the help-desk role.
    const requester = await world.instance.uiAction('Retry in Okta', 'sc_req_item', item, PEOPLE.requester)
    expect(requester.value.shown).toBe(false)

    const writesBefore = writeCalls(world.bridge.sandbox)
    const retried = await world.instance.uiAction('Retry in Okta', 'sc_req_item', item, PEOPLE.agent)
    expect(retried.value.shown).toBe(true)
    expect(retried.output.info).toEqual(['Retried in Okta: the change is complete and the item is closed.'])
    expect(writeCalls(world.bridge.sandbox)).toBeGreaterThan(writesBefore)
    expect(world.instance.get('sc_req_item', item)!.state).toBe(STATE.closedComplete)
    expect(createEvents(login)).toHaveLength(1)
    expect(usersWithLogin(login)).toHaveLength(1)
    expect(tasksOf(item).every((t) => t.state === '3')).toBe(true)
    expect(threadOf(item).some((r) => r.operation === 'createUser' && r.outcome === 'succeeded')).toBe(true)
  })
})

describe('request ageing', () => {
  it('reminds the approvers once at half-time and closes the item incomplete past the limit, changing nothing in Okta', async () => {
    const login = 'sam.undecided@example.com'
    const { item, run, approval } = await orderJoiner(login)
    const okta = snapshot(world.bridge.sandbox)
    const reminders = () =>
      world.instance
        .journal('sysapproval_approver', approval, 'comments')
        .filter((c) => c.startsWith('Reminder:'))

    // Default 7 days: nothing before half-time.
    await world.instance.advanceClock(3 * DAY)
    await world.instance.scheduledJob(AGE)
    expect(reminders()).toEqual([])

    await world.instance.advanceClock(DAY)
    await world.instance.scheduledJob(AGE)
    expect(reminders()).toHaveLength(1)
    expect(reminders()[0]).toContain(world.instance.get('sc_req_item', item)!.number)
    expect(world.instance.journal('sc_req_item', item, 'comments')[0]).toMatch(/approvers have been reminded/)
    expect(world.instance.get('sysapproval_approver', approval)!.state).toBe('requested')
    // The approver's reminder email, with the plan in words.
    const reminderEmail = world.instance.app.notifications.find((n) => n.name === 'Okta approval reminder')!
    const emails = world.instance.sendNotifications().filter((e) => e.notification === reminderEmail.sysId)
    expect(emails).toHaveLength(1)
    expect(emails[0]!.recipients).toContain('morgan.manager@example.com')
    expect(emails[0]!.body).toContain('Create Okta user')
    // Once only.
    await world.instance.scheduledJob(AGE)
    expect(reminders()).toHaveLength(1)
    expect(world.instance.sendNotifications().filter((e) => e.notification === reminderEmail.sysId)).toEqual(
      [],
    )

    await world.instance.advanceClock(3 * DAY + MINUTE)
    const aged = await world.instance.scheduledJob(AGE)
    expect(world.instance.get('sysapproval_approver', approval)!.state).toBe('cancelled')
    expect(world.instance.get('sc_req_item', item)!.state).toBe(STATE.closedIncomplete)
    expect(world.instance.journal('sc_req_item', item, 'comments')[0]).toMatch(
      /No approver decided within 7 days/,
    )
    // The flow waiting on the approval ends as not approved: no invocation, nothing in Okta.
    expect(aged.resumed.map((r) => r.id)).toContain(run)
    const after = await world.instance.run(run)
    expect(after.status).toBe('complete')
    expect(after.trace.some((s) => s.name === 'Okta Bridge: Invoke')).toBe(false)
    expect(callOf(item)).toBeUndefined()
    expectUnchanged(world.bridge.sandbox, okta)
  })
})
