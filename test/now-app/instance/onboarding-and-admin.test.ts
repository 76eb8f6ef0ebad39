/**
 * Okta-initiated onboarding through the instance stand-in — an Okta admin creates a user, the bridge opens
 * the incident through its event hook and outbox, an onboarding approver clicks the BUILT "Approve Okta
 * onboarding" / "Reject Okta onboarding" UI action (condition, role, script and server modules as shipped),
 * the decision record is written, the bridge carries it out and closes the incident — and the admin's fix
 * script. Also the stand-in's own promises: the engine refuses what the instance's engine refuses, and a
 * Glide API the doubles do not implement fails loudly, naming it.
 */
import { randomBytes } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ConnectedClient } from '../../sandboxes/okta/auth/test-client.ts'
import { connectServiceApp, registerUserCreatedHook } from '../../sandboxes/okta/http-test-support.ts'
import { PEOPLE, startWorld, type World } from './support.ts'

const HOOK_SECRET = `hook-${randomBytes(24).toString('hex')}`
let world: World
let admin: ConnectedClient

beforeAll(async () => {
  world = await startWorld({ env: { OKTA_EVENT_HOOK_SECRET: HOOK_SECRET } })
  world.bridge.sandbox.hooks.configure({ batchMs: 10, retryDelayMs: 10 })
  ;({ client: admin } = await connectServiceApp(world.bridge.sandbox.url))
  await registerUserCreatedHook(admin, `${world.bridge.bridge.url}/hooks/okta/events`, HOOK_SECRET)
  // Sales joiners get the Sales group (the birthright rule the approval applies).
  const sales = world.instance.insert('x_okta_jml_okta_resource', {
    name: 'Sales',
    okta_id: world.bridge.group('Sales'),
    type: 'group',
    active: 'true',
  }).sys_id!
  world.instance.insert('x_okta_jml_birthright_rule', {
    name: 'Sales',
    department: world.departments.sales,
    resources: sales,
    active: 'true',
  })
}, 600_000)
afterAll(async () => world?.stop())

/** Lets the bridge's outbox deliver (bounded). */
async function deliver(until: () => boolean): Promise<void> {
  for (let i = 0; i < 300 && !until(); i++) {
    await world.bridge.bridge.outboxDispatcher.tick()
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
}

/** An Okta admin creates a STAGED user in Sales; answers the user and the incident the bridge opened. */
async function newOktaUser(): Promise<{ userId: string; incident: string }> {
  const login = `robin.${randomBytes(3).toString('hex')}@example.com`
  const res = await admin.request('POST', '/api/v1/users?activate=false', {
    profile: { login, email: login, firstName: 'Robin', lastName: 'Ortiz', department: 'Sales' },
  })
  expect(res.status).toBe(200)
  const { id } = (await res.json()) as { id: string }
  await world.bridge.sandbox.hooks.drain()
  await world.bridge.bridge.eventProcessor.settled()
  const find = () => world.instance.rows('incident', `correlation_id=okta-onboarding:${id}`)
  await deliver(() => find().length > 0)
  expect(find()).toHaveLength(1)
  return { userId: id, incident: find()[0]!.sys_id! }
}

describe('Okta onboarding UI actions', () => {
  it('Approve: decision recorded, birthright group added, user activated, incident closed by the bridge', async () => {
    const { userId, incident } = await newOktaUser()
    const clicked = await world.instance.uiAction(
      'Approve Okta onboarding',
      'incident',
      incident,
      PEOPLE.approver,
      { work_notes: 'Welcome to Sales' },
    )
    expect(clicked.value.shown).toBe(true)
    expect(clicked.output.error).toEqual([])
    expect(clicked.output.info.join('\n')).toMatch(/approved|Okta/i)
    const decisions = world.instance.rows('x_okta_jml_onboarding_decision', `incident=${incident}`)
    expect(decisions).toHaveLength(1)
    expect(decisions[0]!.decision).toBe('approved')
    expect(decisions[0]!.decided_by).toBe(PEOPLE.approver)
    const user = world.bridge.org.getUser(userId)
    expect(user.status).not.toBe('STAGED')
    expect(world.bridge.org.isMember(world.bridge.group('Sales'), userId)).toBe(true)
    await deliver(() => world.instance.get('incident', incident)!.state === '6')
    expect(world.instance.get('incident', incident)!.state).toBe('6')
  })

  it('Reject: the user is deactivated and nothing else is granted', async () => {
    const { userId, incident } = await newOktaUser()
    const clicked = await world.instance.uiAction(
      'Reject Okta onboarding',
      'incident',
      incident,
      PEOPLE.approver,
      {
        work_notes: 'Unknown person',
      },
    )
    expect(clicked.value.shown).toBe(true)
    expect(world.bridge.org.getUser(userId).status).toBe('DEPROVISIONED')
    expect(world.bridge.org.isMember(world.bridge.group('Sales'), userId)).toBe(false)
    expect(world.instance.rows('x_okta_jml_onboarding_decision', `incident=${incident}`)[0]!.decision).toBe(
      'rejected',
    )
  })

  it('the buttons are not shown to someone without the onboarding approver role, and nothing is recorded', async () => {
    const { incident } = await newOktaUser()
    const clicked = await world.instance.uiAction(
      'Approve Okta onboarding',
      'incident',
      incident,
      PEOPLE.agent,
    )
    expect(clicked.value.shown).toBe(false)
    expect(world.instance.rows('x_okta_jml_onboarding_decision', `incident=${incident}`)).toEqual([])
  })
})

describe('the admin’s fix script', () => {
  it('adds the incident category and subcategory once; a second run changes nothing', async () => {
    const name = 'Okta JML: add the onboarding incident category'
    await world.instance.fixScript(name, PEOPLE.admin)
    const choices = () => world.instance.rows('sys_choice', 'name=incident^ORDERBYelement')
    expect(choices().map((c) => [c.element, c.value, c.dependent_value])).toEqual([
      ['category', 'okta', ''],
      ['subcategory', 'onboarding_approval', 'okta'],
    ])
    const again = await world.instance.fixScript(name, PEOPLE.admin)
    expect(choices()).toHaveLength(2)
    expect(again.output.logs.map((l) => l.message).join('\n')).toContain('already exists')
  })
})

describe('the stand-in’s engine', () => {
  const refused = async (script: string, gate = false) => {
    const error = await world.instance.adhoc(script, { gate }).then(
      () => undefined,
      (e: Error) => e.message,
    )
    expect(error, script).toBeDefined()
    return error!
  }

  it('refuses what ES12 mode disallows and lacks what it does not have', async () => {
    expect(await refused("Number.parseInt('1', 10)")).toContain('Disallowed')
    expect(await refused("Number.parseFloat('1')")).toContain('Disallowed')
    expect(await refused('class E extends Error {}; new E("x")')).toContain('Error subclassing')
    expect(await refused('[1].at(0)')).toContain('Not Supported')
    expect(await refused("new Function('return 1')")).toMatch(/Code generation from strings disallowed/)
    for (const missing of ['Promise', 'globalThis', 'WeakRef', 'Reflect', 'setTimeout', 'process', 'BigInt'])
      expect((await world.instance.adhoc(`typeof ${missing}`, { gate: false })).value, missing).toBe(
        'undefined',
      )
    expect((await world.instance.adhoc("parseInt('42', 10) + 1")).value).toBe(43)
    expect((await world.instance.adhoc("'abc'.at(-1)")).value).toBe('c')
  })

  it('refuses to run a script the engine check rejects, before it runs, naming line and feature', async () => {
    const message = await refused("var a = 1\nvar n = Number.parseInt('7', 10)", true)
    expect(message).toContain('line 2: Number.parseInt (Disallowed)')
    expect(await refused('async function f() {}', true)).toContain('async')
    expect(await refused("require('node:fs')")).toContain('Cannot find module')
  })

  it('fails loudly, naming the API, when a script calls a Glide API the doubles do not implement', async () => {
    expect(await refused('gs.getSession()')).toContain(
      'gs.getSession is not implemented by the instance stand-in',
    )
    expect(await refused("var r = new GlideRecord('incident'); r.canRead()")).toContain(
      'GlideRecord(incident).canRead is not implemented',
    )
    expect(await refused("new GlideRecord('incident').nonexistent_field")).toContain('not implemented')
    expect(await refused("new GlideRecord('no_such_table')")).toContain('no such table')
    expect(await refused("var r = new GlideRecord('incident'); r.setValue('no_such_field', 1)")).toContain(
      'has no field no_such_field',
    )
    expect(await refused('new GlideAggregate("incident")')).toContain('GlideAggregate is not implemented')
  })
})
