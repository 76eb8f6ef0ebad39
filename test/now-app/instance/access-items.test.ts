/**
 * The Service Portal side — Request access, End access, Extend access, the no-self-approval business rule,
 * the resource reference qualifier (script include) and the My Okta access widget — run through the instance
 * stand-in on the built scripts and flows, against the bridge and its Okta sandbox.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { expectUnchanged, snapshot } from '../../bridge/support/flows-harness.ts'
import { insertSupportResource, PEOPLE, startWorld, type World } from './support.ts'

let world: World
let github: string
let support: string
const requesterLogin = 'pat.requester@example.com'

beforeAll(async () => {
  world = await startWorld()
  // The requester exists in Okta (ServiceNow's email is the Okta login).
  world.bridge.org.seed({
    users: [
      { profile: { login: requesterLogin, email: requesterLogin, firstName: 'Pat', lastName: 'Requester' } },
    ],
  })
  github = world.instance.insert('x_okta_jml_okta_resource', {
    name: 'GitHub',
    okta_id: world.bridge.app('GitHub'),
    type: 'app',
    requestable: 'true',
    active: 'true',
    max_duration_days: '7',
    approval_levels: 'manager_then_owner',
    owner: world.users.owner,
  }).sys_id!
  support = insertSupportResource(world)
}, 600_000)
afterAll(async () => world?.stop())

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10)
const approvalsOf = (item: string) =>
  world.instance.rows('sysapproval_approver', `sysapproval=${item}^ORDERBYsys_created_on`)
const oktaId = () => [...world.bridge.org.users.values()].find((u) => u.profile.login === requesterLogin)!.id
const hasApp = (appLabel: string) =>
  world.bridge.org.userAppIds(oktaId()).includes(world.bridge.app(appLabel))

/** Decides the approval waiting on an item and answers the run's state. */
async function decideNext(
  item: string,
  runId: string,
  approver: string,
  state: 'approved' | 'rejected' = 'approved',
) {
  const pending = approvalsOf(item).filter((a) => a.state === 'requested')
  expect(pending).toHaveLength(1)
  expect(pending[0]!.approver).toBe(approver)
  const approverName = world.instance.get('sys_user', approver)!.user_name!
  const decided = await world.instance.decide(
    pending[0]!.sys_id!,
    approverName,
    state,
    state === 'rejected' ? 'Not needed' : undefined,
  )
  expect(decided.value.saved).toBe(true)
  return world.instance.run(runId)
}

describe('Request access → End access', () => {
  let grantRow = ''

  it('Request access: manager then owner approve, the app is assigned until the end date, the grant row is written', async () => {
    const ordered = await world.instance.order(
      'Request access',
      { access_for: 'myself', resource: github, end_date: inDays(5), justification: 'Code review' },
      PEOPLE.requester,
    )
    const run = ordered.value.run!
    expect(run.error).toBeUndefined()
    expect(run.status).toBe('waiting')
    const item = ordered.value.item
    expect((await decideNext(item, run.id, world.users.manager)).status).toBe('waiting')
    const done = await decideNext(item, run.id, world.users.owner)
    expect(done.error).toBeUndefined()
    expect(done.status).toBe('complete')
    expect(hasApp('GitHub')).toBe(true)
    const grants = world.instance.rows('x_okta_jml_access_grant', `requested_item=${item}`)
    expect(grants).toHaveLength(1)
    expect(grants[0]!.status).toBe('active')
    expect(grants[0]!.user).toBe(world.users.requester)
    expect(grants[0]!.expires_at!.slice(0, 10)).toBe(inDays(5))
    grantRow = grants[0]!.sys_id!
    expect(world.instance.get('sc_req_item', item)!.state).toBe('3')
    // The requester reads when the access ends in the item's comments and closing notes.
    expect(world.instance.get('sc_req_item', item)!.close_notes).toContain('granted until')
    expect(world.instance.journal('sc_req_item', item, 'comments')[0]).toContain('granted until')
  })

  it('the My Okta access widget shows the requester their grant and links End and Extend access', async () => {
    const data = (await world.instance.widget('x_okta_jml_my_okta_access', PEOPLE.requester)).value
    const rows = data.rows as { resource: string }[]
    expect(rows.map((r) => r.resource)).toEqual(['GitHub'])
    expect(data.endItem).toBe(world.instance.app.catalogItems.find((i) => i.name === 'End access')!.sysId)
    expect(data.extendItem).toBe(
      world.instance.app.catalogItems.find((i) => i.name === 'Extend access')!.sysId,
    )
    // Someone else sees none of it.
    const other = (await world.instance.widget('x_okta_jml_my_okta_access', PEOPLE.manager)).value
    expect(other.rows).toEqual([])
  })

  it('Extend access moves the end date after the approvals', async () => {
    const ordered = await world.instance.order(
      'Extend access',
      { grant: grantRow, new_end_date: inDays(7), justification: 'Review runs long' },
      PEOPLE.requester,
    )
    const run = ordered.value.run!
    expect(run.error).toBeUndefined()
    let state = await decideNext(ordered.value.item, run.id, world.users.manager)
    if (state.status === 'waiting') state = await decideNext(ordered.value.item, run.id, world.users.owner)
    expect(state.error).toBeUndefined()
    expect(state.status).toBe('complete')
    expect(world.instance.get('x_okta_jml_access_grant', grantRow)!.expires_at!.slice(0, 10)).toBe(inDays(7))
  })

  it('End access removes the app at once, without an approval', async () => {
    const ordered = await world.instance.order(
      'End access',
      { grant: grantRow, reason: 'Done' },
      PEOPLE.requester,
    )
    expect(ordered.value.run!.error).toBeUndefined()
    expect(ordered.value.run!.status).toBe('complete')
    expect(approvalsOf(ordered.value.item)).toHaveLength(0)
    expect(hasApp('GitHub')).toBe(false)
    expect(world.instance.get('x_okta_jml_access_grant', grantRow)!.status).not.toBe('active')
  })
})

describe('guard rails', () => {
  it('a requester cannot approve their own request: the business rule refuses with a message', async () => {
    const ordered = await world.instance.order(
      'Request access',
      { access_for: 'myself', resource: support, end_date: inDays(3), justification: 'On call' },
      PEOPLE.requester,
    )
    const approval = approvalsOf(ordered.value.item)[0]!
    const before = snapshot(world.bridge.sandbox)
    const attempt = await world.instance.decide(approval.sys_id!, PEOPLE.requester, 'approved')
    expect(attempt.value.saved).toBe(false)
    expect(attempt.output.error).toContain('A requester cannot approve their own access request.')
    expect(world.instance.get('sysapproval_approver', approval.sys_id!)!.state).toBe('requested')
    expect((await world.instance.run(ordered.value.run!.id)).status).toBe('waiting')
    expectUnchanged(world.bridge.sandbox, before)
    // The manager's rejection closes it with their reason.
    const rejected = await decideNext(
      ordered.value.item,
      ordered.value.run!.id,
      world.users.manager,
      'rejected',
    )
    expect(rejected.status).toBe('complete')
    expect(world.instance.get('sc_req_item', ordered.value.item)!.state).toBe('4')
    expect(world.instance.journal('sc_req_item', ordered.value.item)[0]).toContain('Not needed')
    expectUnchanged(world.bridge.sandbox, before)
  })

  it('an end date past the resource’s maximum is refused on the item, before any approval or Okta call', async () => {
    const before = snapshot(world.bridge.sandbox)
    const ordered = await world.instance.order(
      'Request access',
      { access_for: 'myself', resource: github, end_date: inDays(60), justification: 'Long' },
      PEOPLE.requester,
    )
    expect(ordered.value.run!.status).toBe('complete')
    expect(approvalsOf(ordered.value.item)).toHaveLength(0)
    expect(world.instance.get('sc_req_item', ordered.value.item)!.state).toBe('4')
    expect(world.instance.get('sc_req_item', ordered.value.item)!.close_notes).toMatch(/7 days|at most/)
    expectUnchanged(world.bridge.sandbox, before)
  })

  it('the resource qualifier (script include) answers a query that finds the requestable resources', async () => {
    const answer = await world.instance.scriptInclude(
      'OktaAccessRequests',
      'resourceQualifier',
      PEOPLE.requester,
    )
    const query = String(answer.value)
    expect(query).toContain('requestable=true')
    const visible = world.instance.rows('x_okta_jml_okta_resource', query).map((r) => r.name)
    expect(visible.sort()).toEqual(['GitHub', 'Support'])
  })
})
