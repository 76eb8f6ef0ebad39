/**
 * `?dryRun=true` and `expectedPlanHash`: a dry run answers the plan, its hash and its summary in words and
 * makes no Okta write at all; an invocation carrying the hash an approver saw is applied only while Okta
 * still yields that same plan — otherwise 409 `plan-changed` with both hashes and the new plan, and nothing
 * written.
 */
import request from 'supertest'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  expectDryRun,
  expectProblem,
  expectSucceeded,
  expectUnchanged,
  type FlowBridge,
  operations,
  seedUser,
  setupContext,
  snapshot,
  startFlowBridge,
  TICKET,
  TOKEN,
  uniqueLogin,
} from './support/flows-harness.js'

let h: FlowBridge

beforeAll(async () => {
  h = await startFlowBridge()
})

afterAll(async () => {
  await h?.stop()
})

function joinerBody(login: string, overrides: Record<string, unknown> = {}) {
  return {
    ticket: TICKET,
    profile: { login, email: login, firstName: 'Dana', lastName: 'Ray', department: 'Engineering' },
    groups: [h.group('Sales'), h.group('Engineering')],
    apps: [h.app('Slack')],
    ...overrides,
  }
}

describe('dry run', () => {
  it('answers { flow, dryRun, planHash, plan: { steps, summary } } and writes nothing to Okta', async () => {
    const login = uniqueLogin('dry')
    const before = snapshot(h.sandbox)
    const res = await h.invoke('joiner', joinerBody(login), { dryRun: true })
    const dry = expectDryRun(res, 'joiner')
    expect(Object.keys(res.body).sort()).toEqual(['dryRun', 'flow', 'plan', 'planHash'])
    expect(res.body.executionId).toBeUndefined()

    expectUnchanged(h.sandbox, before)
    expect(h.org.findUser(login)).toBeUndefined()

    const [first, second] = [h.group('Engineering'), h.group('Sales')].sort()
    const name = (id: string) => (id === h.group('Sales') ? 'Sales' : 'Engineering')
    expect(operations(dry.plan.steps)).toEqual([
      'createUser',
      'addGroupMember',
      'addGroupMember',
      'assignApp',
      'activateUser',
    ])
    expect(dry.plan.steps[0]).toEqual({
      operation: 'createUser',
      target: { login },
      details: {
        profile: { login, email: login, firstName: 'Dana', lastName: 'Ray', department: 'Engineering' },
        groupIds: [first, second],
        activate: false,
      },
    })
    // One line a step, readable by an approver: names beside ids, no JSON.
    expect(dry.plan.summary).toEqual([
      `Create Okta user ${login} (Dana Ray, ${login}), department: Engineering`,
      `Add ${login} to group ${name(first!)} (${first})`,
      `Add ${login} to group ${name(second!)} (${second})`,
      `Assign ${login} to app Slack (${h.app('Slack')})`,
      `Activate ${login} (no activation email)`,
    ])
  })

  it('gives equal requests equal hashes, whatever the order of the ids; a different request another hash', async () => {
    const login = uniqueLogin('hash')
    const a = expectDryRun(await h.invoke('joiner', joinerBody(login), { dryRun: true }), 'joiner')
    const b = expectDryRun(
      await h.invoke('joiner', joinerBody(login, { groups: [h.group('Engineering'), h.group('Sales')] }), {
        dryRun: true,
      }),
      'joiner',
    )
    expect(b.planHash).toBe(a.planHash)
    const c = expectDryRun(
      await h.invoke('joiner', joinerBody(login, { sendEmail: true }), { dryRun: true }),
      'joiner',
    )
    expect(c.planHash).not.toBe(a.planHash)
    expect(c.plan.summary.at(-1)).toBe(`Activate ${login} and send Okta’s activation email`)
  })

  it('summarises every kind of step in words (mover, leaver, help-desk flows) and still writes nothing', async () => {
    const user = seedUser(h.org, {
      profile: { title: 'Rep' },
      groups: ['Sales'],
      apps: [h.app('Salesforce')],
    })
    const login = String(user.profile.login)
    const before = snapshot(h.sandbox)

    const mover = expectDryRun(
      await h.invoke(
        'mover',
        {
          ticket: TICKET,
          user: { id: user.id },
          profile: { title: 'Lead', department: 'Support' },
          addGroups: [h.group('Support')],
          removeGroups: [h.group('Sales')],
          addApps: [h.app('Slack')],
          removeApps: [h.app('Salesforce')],
        },
        { dryRun: true },
      ),
      'mover',
    )
    expect(mover.plan.summary).toEqual([
      // Attributes in the contract's order, whatever order the request named them in.
      `Update ${login}'s profile: department: (empty) → "Support"; title: "Rep" → "Lead"`,
      `Add ${login} to group Support (${h.group('Support')})`,
      `Remove ${login} from group Sales (${h.group('Sales')})`,
      `Assign ${login} to app Slack (${h.app('Slack')})`,
      `Remove ${login}'s assignment to app Salesforce (${h.app('Salesforce')})`,
    ])
    const leaver = expectDryRun(
      await h.invoke('leaver', { ticket: TICKET, user: { id: user.id } }, { dryRun: true }),
      'leaver',
    )
    expect(leaver.plan.summary).toEqual([
      `End all of ${login}'s Okta sessions`,
      `Deactivate ${login} (Okta removes all app assignments)`,
    ])
    const suspend = expectDryRun(
      await h.invoke('leaver', { ticket: TICKET, user: { id: user.id }, mode: 'suspend' }, { dryRun: true }),
      'leaver',
    )
    expect(suspend.plan.summary.at(-1)).toBe(`Suspend ${login} (groups and apps are kept)`)
    const reset = expectDryRun(
      await h.invoke('reset-password', { ticket: TICKET, user: { id: user.id } }, { dryRun: true }),
      'reset-password',
    )
    expect(reset.plan.summary).toEqual([`Reset ${login}'s password (Okta emails a reset link to the user)`])
    const revoke = expectDryRun(
      await h.invoke(
        'revoke-sessions',
        { ticket: TICKET, user: { id: user.id }, oauthTokens: true },
        { dryRun: true },
      ),
      'revoke-sessions',
    )
    expect(revoke.plan.summary).toEqual([`End all of ${login}'s Okta sessions and OAuth tokens`])

    expectUnchanged(h.sandbox, before)
    const after = h.org.findUser(user.id)!
    expect(after.status).toBe('ACTIVE')
    expect(after.profile.title).toBe('Rep')
    expect(h.org.isMember(h.group('Sales'), user.id)).toBe(true)
    expect(h.org.userAppIds(user.id)).toEqual([h.app('Salesforce')])
  })

  it('of a flow with nothing to do is an empty plan', async () => {
    const user = seedUser(h.org, { status: 'DEPROVISIONED' })
    const dry = expectDryRun(
      await h.invoke('leaver', { ticket: TICKET, user: { id: user.id } }, { dryRun: true }),
      'leaver',
    )
    expect(dry.plan).toEqual({ steps: [], summary: [] })
  })

  it('answers 400 for a dryRun value other than true or false, before any Okta call', async () => {
    const before = h.sandbox.stats().requests
    const res = await request(h.bridge.url)
      .post('/api/flo/leaver/invoke?dryRun=yes')
      .set('x-api-client-token', TOKEN)
      .send({ ticket: TICKET, user: { login: uniqueLogin() } })
    const problem = expectProblem(res, 400, 'invalid-input')
    expect(problem.errors).toEqual([{ path: '?dryRun', message: 'must be true or false' }])
    expect(h.sandbox.stats().requests).toEqual(before)
  })
})

describe('expectedPlanHash', () => {
  it('applies the plan the approver saw when Okta has not changed', async () => {
    const login = uniqueLogin('approved')
    const dry = expectDryRun(await h.invoke('joiner', joinerBody(login), { dryRun: true }), 'joiner')
    const res = await h.invoke('joiner', joinerBody(login, { expectedPlanHash: dry.planHash }))
    const { changes } = expectSucceeded(res, 'joiner')
    // Steps of one phase run concurrently: the same operations, reported as they complete.
    expect(operations(changes).sort()).toEqual(operations(dry.plan.steps).sort())
    const user = h.org.findUser(login)!
    expect(user.status).toBe('PROVISIONED')
    expect(h.org.isMember(h.group('Sales'), user.id)).toBe(true)
    expect(h.org.userAppIds(user.id)).toEqual([h.app('Slack')])
  })

  it('answers 409 plan-changed with both plans when Okta changed in between, and changes nothing', async () => {
    const user = seedUser(h.org, { profile: { title: 'Rep' } })
    const body = {
      ticket: TICKET,
      user: { id: user.id },
      profile: { title: 'Lead' },
      addGroups: [h.group('Engineering'), h.group('Sales')],
    }
    const dry = expectDryRun(await h.invoke('mover', body, { dryRun: true }), 'mover')
    expect(operations(dry.plan.steps)).toEqual(['updateProfile', 'addGroupMember', 'addGroupMember'])

    // Another admin adds the user to one of the groups after the approval.
    h.org.addMember(undefined, h.group('Engineering'), user.id)
    const before = snapshot(h.sandbox)
    const res = await h.invoke('mover', { ...body, expectedPlanHash: dry.planHash })
    const problem = expectProblem(res, 409, 'plan-changed')
    expect(problem.expectedPlanHash).toBe(dry.planHash)
    expect(problem.planHash).toMatch(/^[0-9a-f]{64}$/)
    expect(problem.planHash).not.toBe(dry.planHash)
    const plan = problem.plan as {
      steps: { operation: string; target: { groupId?: string } }[]
      summary: string[]
    }
    expect(operations(plan.steps)).toEqual(['updateProfile', 'addGroupMember'])
    expect(plan.steps[1]!.target.groupId).toBe(h.group('Sales'))
    expect(plan.summary).toHaveLength(2)

    // Nothing of either plan was applied.
    expectUnchanged(h.sandbox, before)
    expect(h.org.findUser(user.id)!.profile.title).toBe('Rep')
    expect(h.org.isMember(h.group('Sales'), user.id)).toBe(false)

    // The new plan's hash, once approved, applies.
    const applied = await h.invoke('mover', { ...body, expectedPlanHash: problem.planHash })
    expect(operations(expectSucceeded(applied, 'mover').changes)).toEqual(['updateProfile', 'addGroupMember'])
    expect(h.org.findUser(user.id)!.profile.title).toBe('Lead')
    expect(h.org.isMember(h.group('Sales'), user.id)).toBe(true)
  })

  it('sees a profile value changed behind its back as a changed plan (the approver saw the old value)', async () => {
    const user = seedUser(h.org, { profile: { department: 'Sales' } })
    const body = { ticket: TICKET, user: { id: user.id }, profile: { department: 'Engineering' } }
    const dry = expectDryRun(await h.invoke('mover', body, { dryRun: true }), 'mover')
    h.org.updateUser(setupContext(), user.id, { profile: { department: 'Support' } }, 'partial')
    const before = snapshot(h.sandbox)
    const problem = expectProblem(
      await h.invoke('mover', { ...body, expectedPlanHash: dry.planHash }),
      409,
      'plan-changed',
    )
    expect((problem.plan as { summary: string[] }).summary).toEqual([
      `Update ${user.profile.login}'s profile: department: "Support" → "Engineering"`,
    ])
    expectUnchanged(h.sandbox, before)
    expect(h.org.findUser(user.id)!.profile.department).toBe('Support')
  })

  it('refuses a joiner whose user appeared meanwhile (an adoption is a different plan): no second user', async () => {
    const login = uniqueLogin('race')
    const body = joinerBody(login)
    const dry = expectDryRun(await h.invoke('joiner', body, { dryRun: true }), 'joiner')
    // Someone else's run created exactly this user (STAGED, no groups yet).
    h.org.createUser(setupContext(), { profile: body.profile }, { activate: false })
    const before = snapshot(h.sandbox)
    const problem = expectProblem(
      await h.invoke('joiner', { ...body, expectedPlanHash: dry.planHash }),
      409,
      'plan-changed',
    )
    expect(operations((problem.plan as { steps: { operation: string }[] }).steps)).not.toContain('createUser')
    expectUnchanged(h.sandbox, before)
    expect([...h.org.users.values()].filter((u) => u.profile.login === login)).toHaveLength(1)
  })

  it('rejects a malformed expectedPlanHash at the edge (400), before any Okta call', async () => {
    const before = h.sandbox.stats().requests
    const res = await h.invoke('joiner', joinerBody(uniqueLogin(), { expectedPlanHash: 'abc' }))
    const problem = expectProblem(res, 400, 'invalid-input')
    expect(problem.errors).toEqual([
      { path: 'expectedPlanHash', message: 'must be the planHash a dry run returned (64 hex characters)' },
    ])
    expect(h.sandbox.stats().requests).toEqual(before)
  })
})
