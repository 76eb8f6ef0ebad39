/**
 * The guardrails, with a policy of the kind a customer would write: the bridge manages Engineering and Sales
 * only, never the admin group, Slack and Salesforce but never Salesforce (protected wins over manageable),
 * never a break-glass account, and may write `department` and `title` only.
 *
 * Each refusal is 403 problem+json `policy-violation` naming the rule — and, because the whole plan is checked
 * before the first write, the sandbox proves that not one write call reached Okta and no System Log event was
 * added, also for a request mixing allowed and refused changes, and for a dry run.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Policy } from '../../bridge/policy/policy.js'
import {
  expectDryRun,
  expectProblem,
  expectSucceeded,
  expectUnchanged,
  type FlowBridge,
  operations,
  seedUser,
  snapshot,
  startFlowBridge,
  TICKET,
  uniqueLogin,
} from './support/flows-harness.js'

let h: FlowBridge
/** Protected by login (listed in another case: logins compare case-insensitively). */
const BREAK_GLASS = 'break.glass@example.com'
/** Protected by login, and not in the org yet: a joiner must not create it. */
const RESERVED = 'root@example.com'
/** Protected by id. */
let protectedById: { id: string; login: string }

beforeAll(async () => {
  h = await startFlowBridge({
    policy: (env) => {
      const id = (name: string) => env.groups.find((g) => g.name === name)!.id
      const app = (label: string) => env.apps.find((a) => a.label === label)!.id
      const [, byId] = env.sandbox.org.seed({
        users: [
          {
            profile: { login: BREAK_GLASS, email: BREAK_GLASS, firstName: 'Break', lastName: 'Glass' },
            groups: ['Engineering'],
          },
          {
            profile: {
              login: 'ops.vip@example.com',
              email: 'ops.vip@example.com',
              firstName: 'Ops',
              lastName: 'Vip',
            },
          },
        ],
      }).users
      protectedById = { id: byId!.id, login: String(byId!.profile.login) }
      return Policy.parse({
        manageableGroups: [id('Engineering'), id('Sales')],
        manageableApps: [app('Slack'), app('Salesforce')],
        protectedGroups: [env.adminsGroupId],
        protectedApps: [app('Salesforce')],
        protectedUsers: [BREAK_GLASS.toUpperCase(), RESERVED, byId!.id],
        writableProfileAttributes: ['department', 'title'],
      })
    },
  })
})

afterAll(async () => {
  await h?.stop()
})

/** Invokes and asserts a 403 policy-violation for `rule` that changed nothing in Okta. */
async function expectRefused(
  flow: string,
  body: unknown,
  rule: string,
  options: { dryRun?: boolean } = {},
): Promise<Record<string, unknown>> {
  const before = snapshot(h.sandbox)
  const res = await h.invoke(flow, body, options)
  const problem = expectProblem(res, 403, 'policy-violation')
  expect(problem.rule).toBe(rule)
  expectUnchanged(h.sandbox, before)
  return problem
}

function joinerBody(login: string, overrides: Record<string, unknown> = {}) {
  return {
    ticket: TICKET,
    profile: { login, email: login, firstName: 'Ada', lastName: 'Lane', department: 'Engineering' },
    groups: [h.group('Engineering')],
    apps: [h.app('Slack')],
    ...overrides,
  }
}

describe('what the policy allows still works', () => {
  it('a joiner and a mover within the policy succeed', async () => {
    const login = uniqueLogin('ok')
    expectSucceeded(await h.invoke('joiner', joinerBody(login)), 'joiner')
    const user = h.org.findUser(login)!
    expect(h.org.isMember(h.group('Engineering'), user.id)).toBe(true)
    const moved = await h.invoke('mover', {
      ticket: TICKET,
      user: { id: user.id },
      profile: { title: 'Lead' },
      addGroups: [h.group('Sales')],
    })
    expect(operations(expectSucceeded(moved, 'mover').changes)).toEqual(['updateProfile', 'addGroupMember'])
    expect(h.org.findUser(user.id)!.profile.title).toBe('Lead')
  })
})

describe('groups', () => {
  it('refuses a protected group (joiner and mover, adding and removing)', async () => {
    const login = uniqueLogin('adm')
    const problem = await expectRefused(
      'joiner',
      joinerBody(login, { groups: [h.env.adminsGroupId] }),
      'protectedGroups',
    )
    expect(problem.detail).toBe(
      `Group Okta Administrators (${h.env.adminsGroupId}) is protected: the bridge never adds or removes members.`,
    )
    expect(h.org.findUser(login)).toBeUndefined()

    const member = seedUser(h.org, { groups: ['Okta Administrators'] })
    await expectRefused(
      'mover',
      { ticket: TICKET, user: { id: member.id }, removeGroups: [h.env.adminsGroupId] },
      'protectedGroups',
    )
    expect(h.org.isMember(h.env.adminsGroupId, member.id)).toBe(true)
    const outsider = seedUser(h.org)
    await expectRefused(
      'mover',
      { ticket: TICKET, user: { id: outsider.id }, addGroups: [h.env.adminsGroupId] },
      'protectedGroups',
    )
    expect(h.org.isMember(h.env.adminsGroupId, outsider.id)).toBe(false)
  })

  it('refuses a group outside the manageable groups', async () => {
    const user = seedUser(h.org)
    const problem = await expectRefused(
      'mover',
      { ticket: TICKET, user: { id: user.id }, addGroups: [h.group('Support')] },
      'manageableGroups',
    )
    expect(problem.detail).toBe(
      `Group Support (${h.group('Support')}) is not in the bridge's manageable groups.`,
    )
    expect(h.org.isMember(h.group('Support'), user.id)).toBe(false)
  })

  it('refuses a mixed request whole: the allowed group is not added either', async () => {
    const user = seedUser(h.org, { profile: { title: 'Rep' } })
    await expectRefused(
      'mover',
      {
        ticket: TICKET,
        user: { id: user.id },
        profile: { title: 'Lead' },
        addGroups: [h.group('Engineering'), h.group('Support')],
      },
      'manageableGroups',
    )
    expect(h.org.isMember(h.group('Engineering'), user.id)).toBe(false)
    expect(h.org.findUser(user.id)!.profile.title).toBe('Rep')

    const login = uniqueLogin('mixed')
    await expectRefused(
      'joiner',
      joinerBody(login, { groups: [h.group('Engineering'), h.group('Support')] }),
      'manageableGroups',
    )
    expect(h.org.findUser(login)).toBeUndefined()
  })
})

describe('apps', () => {
  it('refuses an app outside the manageable apps, and a protected app even though it is also manageable', async () => {
    const user = seedUser(h.org)
    const outside = await expectRefused(
      'mover',
      { ticket: TICKET, user: { id: user.id }, addApps: [h.app('GitHub')] },
      'manageableApps',
    )
    expect(outside.detail).toBe(`App GitHub (${h.app('GitHub')}) is not in the bridge's manageable apps.`)
    await expectRefused(
      'mover',
      { ticket: TICKET, user: { id: user.id }, addApps: [h.app('Slack'), h.app('Salesforce')] },
      'protectedApps',
    )
    expect(h.org.userAppIds(user.id)).toEqual([])

    const login = uniqueLogin('sf')
    await expectRefused('joiner', joinerBody(login, { apps: [h.app('Salesforce')] }), 'protectedApps')
    expect(h.org.findUser(login)).toBeUndefined()
  })
})

describe('protected users', () => {
  /** Every flow that acts on an existing user, with a body for a user reference. */
  const userFlows: [string, Record<string, unknown>][] = [
    ['leaver', {}],
    ['leaver', { mode: 'suspend' }],
    ['mover', { profile: { title: 'Owned' } }],
    ['mover', { addGroups: [] as string[] }],
    ['reset-password', {}],
    ['revoke-sessions', {}],
    ['rehire', {}],
    ['unlock', {}],
  ]

  it('refuses every flow on a user protected by login, named by login (any case) or by id', async () => {
    const guarded = h.org.findUser(BREAK_GLASS)!
    const refs = [{ login: BREAK_GLASS }, { login: 'Break.Glass@Example.com' }, { id: guarded.id }]
    for (const [flow, extra] of userFlows) {
      for (const user of refs) {
        const problem = await expectRefused(flow, { ticket: TICKET, user, ...extra }, 'protectedUsers')
        expect(problem.detail).toBe(`User ${BREAK_GLASS} is protected: the bridge never changes it.`)
      }
    }
    const after = h.org.findUser(guarded.id)!
    expect(after.status).toBe('ACTIVE')
    expect(after.profile.title).toBeUndefined()
    expect(h.org.isMember(h.group('Engineering'), guarded.id)).toBe(true)
  })

  it('refuses a user protected by id, named by login', async () => {
    for (const [flow, extra] of userFlows) {
      await expectRefused(
        flow,
        { ticket: TICKET, user: { login: protectedById.login }, ...extra },
        'protectedUsers',
      )
    }
    expect(h.org.findUser(protectedById.id)!.status).toBe('ACTIVE')
  })

  it('refuses a joiner that would create a protected login', async () => {
    await expectRefused('joiner', joinerBody(RESERVED), 'protectedUsers')
    expect(h.org.findUser(RESERVED)).toBeUndefined()
  })
})

describe('profile attributes', () => {
  it('refuses writing an attribute that is not writable (mover costCenter, email; joiner costCenter)', async () => {
    const user = seedUser(h.org, { profile: { costCenter: 'CC-1' } })
    const problem = await expectRefused(
      'mover',
      { ticket: TICKET, user: { id: user.id }, profile: { costCenter: 'CC-2' } },
      'writableProfileAttributes',
    )
    expect(problem.attribute).toBe('costCenter')
    expect(problem.detail).toBe('Profile attribute costCenter is not writable by the bridge (flow mover).')

    const email = await expectRefused(
      'mover',
      { ticket: TICKET, user: { id: user.id }, profile: { email: 'new.address@example.com' } },
      'writableProfileAttributes',
    )
    expect(email.attribute).toBe('email')

    // Mixed with an allowed attribute and an allowed group: nothing at all is written.
    await expectRefused(
      'mover',
      {
        ticket: TICKET,
        user: { id: user.id },
        profile: { title: 'Lead', costCenter: 'CC-2' },
        addGroups: [h.group('Engineering')],
      },
      'writableProfileAttributes',
    )
    const after = h.org.findUser(user.id)!
    expect(after.profile).toMatchObject({ costCenter: 'CC-1', email: user.profile.email })
    expect(after.profile.title).toBeUndefined()
    expect(h.org.isMember(h.group('Engineering'), user.id)).toBe(false)

    const login = uniqueLogin('cc')
    const joiner = await expectRefused(
      'joiner',
      joinerBody(login, {
        profile: { login, email: login, firstName: 'C', lastName: 'C', costCenter: 'CC-9' },
      }),
      'writableProfileAttributes',
    )
    expect(joiner.detail).toBe('Profile attribute costCenter is not writable by the bridge (flow joiner).')
    expect(h.org.findUser(login)).toBeUndefined()
  })
})

describe('dry runs', () => {
  it('are refused the same way (403), and an allowed dry run is not', async () => {
    const user = seedUser(h.org)
    await expectRefused(
      'mover',
      { ticket: TICKET, user: { id: user.id }, addGroups: [h.group('Support')] },
      'manageableGroups',
      { dryRun: true },
    )
    await expectRefused('leaver', { ticket: TICKET, user: { login: BREAK_GLASS } }, 'protectedUsers', {
      dryRun: true,
    })
    await expectRefused('joiner', joinerBody(uniqueLogin(), { apps: [h.app('GitHub')] }), 'manageableApps', {
      dryRun: true,
    })
    expectDryRun(
      await h.invoke(
        'mover',
        { ticket: TICKET, user: { id: user.id }, addGroups: [h.group('Sales')] },
        { dryRun: true },
      ),
      'mover',
    )
  })
})
