/**
 * The help desk's catalog items — New hire, Role change, Leaver, Account help — run end to end through the
 * instance stand-in: the requested item ordered with its variables, its BUILT flow interpreted step by step
 * (its scripts exactly as the build ships them), the plan from the bridge on the item, the manager's approval
 * in `sysapproval_approver`, the invocation with the plan hash, the outcome and golden-thread rows — and the
 * Okta sandbox in the state the item asked for. Bad variables get the work note a requester sees, a task for
 * the help desk, and nothing changes in Okta.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { eventsOf, expectUnchanged, snapshot } from '../../bridge/support/flows-harness.ts'
import { PEOPLE, startWorld, type World } from './support.ts'

let world: World
beforeAll(async () => {
  world = await startWorld()
}, 600_000)
afterAll(async () => world?.stop())

const tomorrow = () => new Date(Date.now() + 86_400_000).toISOString().slice(0, 10)
const STATE = { workInProgress: '2', closedComplete: '3', closedIncomplete: '4' } as const

/** The approvals the flow asked for on an item. */
const approvalsOf = (item: string) => world.instance.rows('sysapproval_approver', `sysapproval=${item}`)

/** The golden-thread rows of an item. */
const threadOf = (item: string) => world.instance.rows('x_okta_jml_golden_thread', `requested_item=${item}`)

/** An Okta user by login, from the sandbox org. */
const oktaUser = (login: string) =>
  [...world.bridge.org.users.values()].find(
    (u) => String(u.profile.login).toLowerCase() === login.toLowerCase(),
  )

/** The non-built-in groups of an Okta user, by name. */
const groupNames = (userId: string) =>
  world.bridge.org
    .listUserGroups(userId)
    .filter((g) => g.type !== 'BUILT_IN')
    .map((g) => String(g.profile.name))
    .sort()

/** Adds an Okta resource row and a birthright rule giving it to a department. */
function birthright(department: string, groupName: string): void {
  const resource = world.instance.insert('x_okta_jml_okta_resource', {
    name: groupName,
    okta_id: world.bridge.group(groupName),
    type: 'group',
    active: 'true',
  }).sys_id!
  world.instance.insert('x_okta_jml_birthright_rule', {
    name: `${groupName} for the department`,
    department,
    resources: resource,
    active: 'true',
  })
}

/** Orders an item and answers the run, which must be waiting for the approval. */
async function orderAndApprove(item: string, variables: Record<string, string>, approver = PEOPLE.manager) {
  const ordered = await world.instance.order(item, variables, PEOPLE.agent)
  const run = ordered.value.run!
  expect(run.error).toBeUndefined()
  expect(run.status).toBe('waiting')
  const approvals = approvalsOf(ordered.value.item)
  expect(approvals).toHaveLength(1)
  expect(approvals[0]!.state).toBe('requested')
  const decided = await world.instance.decide(approvals[0]!.sys_id!, approver, 'approved')
  expect(decided.value.saved).toBe(true)
  const after = await world.instance.run(run.id)
  expect(after.error).toBeUndefined()
  expect(after.status).toBe('complete')
  return { item: ordered.value.item, run: after, approval: approvals[0]! }
}

beforeAll(() => {
  birthright(world.departments.engineering, 'Engineering')
  birthright(world.departments.sales, 'Sales')
})

describe('New hire (Joiner)', () => {
  it('plans, waits for the manager, creates the user with the department’s birthright access, and records the golden thread', async () => {
    const login = 'dana.newhire@example.com'
    const { item, run, approval } = await orderAndApprove('New hire (Joiner)', {
      first_name: 'Dana',
      last_name: 'Newhire',
      email: login,
      okta_login: login,
      manager: world.users.manager,
      department: world.departments.engineering,
      start_date: tomorrow(),
      justification: 'Starts Monday',
    })
    // The approval went to the manager named on the item.
    expect(approval.approver).toBe(world.users.manager)
    // The built flow ran in this order (a reordered flow fails here).
    expect(run.trace.filter((s) => s.kind !== 'logic').map((s) => s.name)).toEqual([
      'Okta Bridge: plan, approve and apply',
      'Okta Bridge: Build request',
      'Okta Bridge: Plan',
      'updateRecord',
      'askForApproval',
      'Okta Bridge: Invoke',
      'Okta Bridge: Track call',
      'Okta Bridge: Record outcome',
      'updateRecord',
    ])
    const user = oktaUser(login)!
    // Activated without a password (no activation email): Okta's PROVISIONED until the person sets one.
    expect(user.status).toBe('PROVISIONED')
    expect(groupNames(user.id)).toEqual(['Engineering'])
    const ritm = world.instance.get('sc_req_item', item)!
    expect(ritm.state).toBe(STATE.closedComplete)
    const notes = world.instance.journal('sc_req_item', item)
    expect(notes.some((n) => n.includes('the joiner flow will make if approved'))).toBe(true)
    expect(notes[0]).toMatch(/joiner/i)
    // Golden thread: every change with the Okta request id Okta's System Log has for it.
    const thread = threadOf(item)
    expect(thread.map((r) => r.operation)).toEqual(expect.arrayContaining(['activateUser', 'createUser']))
    for (const row of thread) {
      expect(row.okta_request_id).not.toBe('')
      expect(eventsOf(world.bridge.org, row.okta_request_id!).length).toBeGreaterThan(0)
    }
  })

  it('bad variables: the work note says what is wrong, the help desk gets a task, Okta is untouched', async () => {
    const before = snapshot(world.bridge.sandbox)
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
    const item = ordered.value.item
    expect(world.instance.get('sc_req_item', item)!.state).toBe(STATE.workInProgress)
    const note = world.instance.journal('sc_req_item', item)[0]!
    expect(note).toContain('email')
    expect(note).toContain('start_date')
    const tasks = world.instance.rows('sc_task', `request_item=${item}`)
    expect(tasks).toHaveLength(1)
    expect(tasks[0]!.assignment_group).toBe(world.helpDeskGroup)
    expect(approvalsOf(item)).toHaveLength(0)
    expectUnchanged(world.bridge.sandbox, before)
  })

  it('a rejected approval closes the item incomplete and changes nothing in Okta', async () => {
    const before = snapshot(world.bridge.sandbox)
    const ordered = await world.instance.order(
      'New hire (Joiner)',
      {
        first_name: 'Rae',
        last_name: 'Rejected',
        email: 'rae.rejected@example.com',
        okta_login: 'rae.rejected@example.com',
        manager: world.users.manager,
        department: world.departments.sales,
        start_date: tomorrow(),
      },
      PEOPLE.agent,
    )
    const approval = approvalsOf(ordered.value.item)[0]!
    await world.instance.decide(approval.sys_id!, PEOPLE.manager, 'rejected', 'Not budgeted')
    expect((await world.instance.run(ordered.value.run!.id)).status).toBe('complete')
    expect(world.instance.get('sc_req_item', ordered.value.item)!.state).toBe(STATE.closedIncomplete)
    expect(world.instance.journal('sc_req_item', ordered.value.item)[0]).toContain('Not approved')
    expect(oktaUser('rae.rejected@example.com')).toBeUndefined()
    expectUnchanged(world.bridge.sandbox, before)
  })
})

describe('Role change (Mover), Leaver, Account help', () => {
  /** A ServiceNow user mirrored by an Okta user in Engineering. */
  async function employee(userName: string): Promise<{ sysId: string; login: string; oktaId: string }> {
    const login = `${userName}@example.com`
    const { item } = await orderAndApprove('New hire (Joiner)', {
      first_name: 'Emp',
      last_name: userName,
      email: login,
      okta_login: login,
      manager: world.users.manager,
      department: world.departments.engineering,
      start_date: tomorrow(),
    })
    expect(world.instance.get('sc_req_item', item)!.state).toBe(STATE.closedComplete)
    const sysId = world.instance.user(userName, {
      first_name: 'Emp',
      last_name: userName,
      email: login,
      manager: world.users.manager,
      department: world.departments.engineering,
    })
    return { sysId, login, oktaId: oktaUser(login)!.id }
  }

  it('Role change moves the person from Engineering’s birthright group to Sales’', async () => {
    const person = await employee('mo.mover')
    expect(groupNames(person.oktaId)).toEqual(['Engineering'])
    const { item } = await orderAndApprove('Role change (Mover)', {
      subject: person.sysId,
      okta_login: person.login,
      new_department: world.departments.sales,
      new_title: 'Account executive',
      effective_date: tomorrow(),
      justification: 'Transfer',
    })
    expect(world.instance.get('sc_req_item', item)!.state).toBe(STATE.closedComplete)
    expect(groupNames(person.oktaId)).toEqual(['Sales'])
    expect(world.bridge.org.getUser(person.oktaId).profile.title).toBe('Account executive')
    expect(
      threadOf(item)
        .map((r) => r.operation)
        .sort(),
    ).toEqual(expect.arrayContaining(['addGroupMember', 'removeGroupMember']))
  })

  it('Leaver deactivates the Okta user after the manager approves', async () => {
    const person = await employee('lou.leaver')
    const { item } = await orderAndApprove('Leaver', {
      subject: person.sysId,
      okta_login: person.login,
      leaver_mode: 'deactivate',
      revoke_sessions: 'true',
      last_day: tomorrow(),
      justification: 'Resigned',
    })
    expect(world.instance.get('sc_req_item', item)!.state).toBe(STATE.closedComplete)
    expect(world.bridge.org.getUser(person.oktaId).status).toBe('DEPROVISIONED')
  })

  it('Account help unlocks without an approval', async () => {
    const person = await employee('una.locked')
    world.bridge.org.getUser(person.oktaId).status = 'LOCKED_OUT'
    const ordered = await world.instance.order(
      'Account help',
      { subject: person.sysId, okta_login: person.login, help_action: 'unlock', justification: 'Locked out' },
      PEOPLE.agent,
    )
    expect(ordered.value.run!.error).toBeUndefined()
    expect(ordered.value.run!.status).toBe('complete')
    expect(approvalsOf(ordered.value.item)).toHaveLength(0)
    expect(world.instance.get('sc_req_item', ordered.value.item)!.state).toBe(STATE.closedComplete)
    expect(world.bridge.org.getUser(person.oktaId).status).toBe('ACTIVE')
  })

  it('a bridge that refuses (unknown Okta login) leaves the item in progress with the bridge’s words and a task', async () => {
    const ghost = world.instance.user('gus.ghost', {
      email: 'gus.ghost@example.com',
      manager: world.users.manager,
    })
    const before = snapshot(world.bridge.sandbox)
    const ordered = await world.instance.order(
      'Account help',
      { subject: ghost, okta_login: 'gus.ghost@example.com', help_action: 'unlock', justification: 'x' },
      PEOPLE.agent,
    )
    const item = ordered.value.item
    expect(world.instance.get('sc_req_item', item)!.state).toBe(STATE.workInProgress)
    expect(world.instance.journal('sc_req_item', item)[0]).toMatch(/not found|no Okta user|does not exist/i)
    expect(world.instance.rows('sc_task', `request_item=${item}`)).toHaveLength(1)
    expectUnchanged(world.bridge.sandbox, before)
  })
})
