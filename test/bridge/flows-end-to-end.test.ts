/**
 * Every flow end to end over HTTP against the bridge's in-process Okta sandbox: what the bridge answers
 * (validated with the contract's zod schemas) and, above all, what the org holds afterwards — users,
 * profiles, statuses, group memberships, app assignments — and the System Log events whose
 * `transaction.id` is each change's `oktaRequestId` (the golden thread from ticket to Okta audit record).
 * Repeated requests prove the flows idempotent: a second identical request plans nothing and writes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  eventsOf,
  expectGoldenThread,
  expectPhases,
  expectProblem,
  expectSucceeded,
  expectUnchanged,
  type FlowBridge,
  logEvents,
  operations,
  seedUser,
  snapshot,
  startFlowBridge,
  TICKET,
  uniqueLogin,
} from './support/flows-harness.js'

let h: FlowBridge

beforeAll(async () => {
  h = await startFlowBridge()
})

afterAll(async () => {
  await h?.stop()
})

/** Ids in the order the plans list them (sorted, so equal requests make equal plans). */
const sortedIds = (...ids: string[]) => [...ids].sort()

describe('joiner', () => {
  it('creates the user with the profile and groups in one call, assigns the apps, activates → PROVISIONED', async () => {
    const login = uniqueLogin('alex')
    const profile = {
      login,
      email: login,
      firstName: 'Alex',
      lastName: 'Kim',
      department: 'Engineering',
      title: 'Engineer',
    }
    const groups = [h.group('Engineering'), h.group('Sales')]
    const apps = [h.app('Slack'), h.app('GitHub')]
    const groupPutsBefore = h.sandbox.stats().requests['PUT /api/v1/groups/:groupId/users/:userId'] ?? 0

    const res = await h.invoke('joiner', { ticket: TICKET, profile, groups, apps })
    const { output, changes } = expectSucceeded(res, 'joiner')

    const user = h.org.findUser(login)!
    expect(user).toBeDefined()
    expect(output).toEqual({ userId: user.id, login, status: 'PROVISIONED', adopted: false })
    expect(user.status).toBe('PROVISIONED')
    expect(user.profile).toEqual(profile)
    expect(groups.map((g) => h.org.isMember(g, user.id))).toEqual([true, true])
    expect(h.org.isMember(h.group('Support'), user.id)).toBe(false)
    expect(h.org.userAppIds(user.id).sort()).toEqual(sortedIds(...apps))
    for (const appId of apps) expect(h.org.getAppUser(appId, user.id).userName).toBe(login)

    // The create (carrying the groups) first; then the apps and the activation together.
    expectPhases(changes, [
      ['createUser', 'addGroupMember', 'addGroupMember'],
      ['assignApp', 'assignApp', 'activateUser'],
    ])
    const idsOf = (operation: string, key: 'groupId' | 'appId') =>
      changes.filter((c) => c.operation === operation).map((c) => c.target[key]!)
    expect(idsOf('addGroupMember', 'groupId').sort()).toEqual(sortedIds(...groups))
    expect(idsOf('assignApp', 'appId').sort()).toEqual(sortedIds(...apps))
    for (const change of changes) expect(change.target).toMatchObject({ userId: user.id, login })
    expect(changes.find((c) => c.target.groupId === h.group('Sales'))!.target.groupName).toBe('Sales')
    expect(changes.find((c) => c.target.appId === h.app('Slack'))!.target.appLabel).toBe('Slack')

    // The groups came with the create call: same request id, and no separate membership call was made.
    const createId = changes[0]!.oktaRequestId
    expect(changes.filter((c) => c.operation === 'addGroupMember').map((c) => c.oktaRequestId)).toEqual([
      createId,
      createId,
    ])
    expect(h.sandbox.stats().requests['PUT /api/v1/groups/:groupId/users/:userId'] ?? 0).toBe(groupPutsBefore)
    // Distinct calls for the apps and the activation.
    expect(new Set(changes.map((c) => c.oktaRequestId)).size).toBe(4)

    expectGoldenThread(h.org, changes)
    // Every event of those calls names the bridge's service app as the actor.
    for (const change of changes) {
      for (const event of eventsOf(h.org, change.oktaRequestId!)) expect(event.actor.id).toBe(h.env.clientId)
    }
  })

  it('leaves the user STAGED with activate: false (no activation call, no activation event)', async () => {
    const login = uniqueLogin('stage')
    const res = await h.invoke('joiner', {
      ticket: TICKET,
      profile: { login, email: login, firstName: 'Sky', lastName: 'Staged' },
      groups: [h.group('Support')],
      activate: false,
    })
    const { output, changes } = expectSucceeded(res, 'joiner')
    const user = h.org.findUser(login)!
    expect(user.status).toBe('STAGED')
    expect(output).toEqual({ userId: user.id, login, status: 'STAGED', adopted: false })
    expect(operations(changes)).toEqual(['createUser', 'addGroupMember'])
    expect(h.org.isMember(h.group('Support'), user.id)).toBe(true)
    expect(
      logEvents(h.org).filter(
        (e) => e.eventType === 'user.lifecycle.activate' && e.target.some((t) => t.id === user.id),
      ),
    ).toEqual([])
    expectGoldenThread(h.org, changes)
  })
})

describe('mover', () => {
  it('changes the profile, adds and removes groups and apps; a repeat plans and changes nothing', async () => {
    const user = seedUser(h.org, {
      profile: { department: 'Sales', title: 'Account Executive', city: 'Lisbon' },
      groups: ['Sales', 'Support'],
      apps: [h.app('Salesforce'), h.app('Slack')],
    })
    const login = String(user.profile.login)
    const body = {
      ticket: TICKET,
      user: { login },
      profile: { department: 'Engineering', title: 'Engineer' },
      addGroups: [h.group('Engineering')],
      removeGroups: [h.group('Sales')],
      addApps: [h.app('GitHub')],
      removeApps: [h.app('Salesforce')],
    }

    const res = await h.invoke('mover', body)
    const { output, changes } = expectSucceeded(res, 'mover')
    expect(output).toEqual({ userId: user.id, login, status: 'ACTIVE' })

    const after = h.org.findUser(user.id)!
    expect(after.profile).toEqual({
      login,
      email: login,
      firstName: 'Sam',
      lastName: 'Seed',
      department: 'Engineering',
      title: 'Engineer',
      city: 'Lisbon',
    })
    expect(h.org.isMember(h.group('Engineering'), user.id)).toBe(true)
    expect(h.org.isMember(h.group('Sales'), user.id)).toBe(false)
    expect(h.org.isMember(h.group('Support'), user.id)).toBe(true)
    expect(h.org.userAppIds(user.id).sort()).toEqual(sortedIds(h.app('Slack'), h.app('GitHub')))

    // The profile first; then the groups and apps together.
    expectPhases(changes, [
      ['updateProfile'],
      ['addGroupMember', 'removeGroupMember', 'assignApp', 'unassignApp'],
    ])
    expectGoldenThread(h.org, changes)
    const [profileEvent] = eventsOf(h.org, changes[0]!.oktaRequestId!)
    expect(String(profileEvent!.debugContext.debugData.changedAttributes).split(',').sort()).toEqual([
      'department',
      'title',
    ])

    // The same request again: Okta already holds all of it.
    const before = snapshot(h.sandbox)
    const again = await h.invoke('mover', body)
    expect(expectSucceeded(again, 'mover').changes).toEqual([])
    expectUnchanged(h.sandbox, before)
  })

  it('acts on a user named by id, changing only attributes that differ', async () => {
    const user = seedUser(h.org, { profile: { department: 'Sales', title: 'Rep' } })
    const res = await h.invoke('mover', {
      ticket: TICKET,
      user: { id: user.id },
      profile: { department: 'Sales', title: 'Senior Rep' },
    })
    const { changes } = expectSucceeded(res, 'mover')
    expect(changes).toEqual([
      {
        operation: 'updateProfile',
        target: { userId: user.id, login: user.profile.login },
        oktaRequestId: expect.any(String),
      },
    ])
    const [event] = eventsOf(h.org, changes[0]!.oktaRequestId!)
    expect(event!.debugContext.debugData.changedAttributes).toBe('title')
    expect(h.org.findUser(user.id)!.profile).toMatchObject({ department: 'Sales', title: 'Senior Rep' })
  })
})

describe('leaver', () => {
  it('deactivate: revokes sessions first, then deactivates; Okta drops the app assignments', async () => {
    const user = seedUser(h.org, { groups: ['Engineering'], apps: [h.app('Slack'), h.app('GitHub')] })
    const res = await h.invoke('leaver', { ticket: TICKET, user: { login: user.profile.login } })
    const { output, changes } = expectSucceeded(res, 'leaver')
    expect(output).toEqual({ userId: user.id, login: user.profile.login, status: 'DEPROVISIONED' })
    expect(operations(changes)).toEqual(['revokeSessions', 'deactivateUser'])
    expectGoldenThread(h.org, changes)

    expect(h.org.findUser(user.id)!.status).toBe('DEPROVISIONED')
    expect(h.org.userAppIds(user.id)).toEqual([])
    expect(() => h.org.getAppUser(h.app('Slack'), user.id)).toThrow()

    // The sessions were cleared before the deactivation, and the assignments went with the deactivation.
    const mine = logEvents(h.org).filter((e) => e.target.some((t) => t.id === user.id))
    const clear = mine.findIndex((e) => e.eventType === 'user.session.clear')
    const deactivate = mine.findIndex((e) => e.eventType === 'user.lifecycle.deactivate')
    expect(clear).toBeGreaterThanOrEqual(0)
    expect(deactivate).toBeGreaterThan(clear)
    const removals = eventsOf(h.org, changes[1]!.oktaRequestId!).filter(
      (e) => e.eventType === 'application.user_membership.remove',
    )
    expect(removals).toHaveLength(2)

    // A repeated leaver is a success that changes nothing.
    const before = snapshot(h.sandbox)
    const again = await h.invoke('leaver', { ticket: TICKET, user: { id: user.id } })
    const repeat = expectSucceeded(again, 'leaver')
    expect(repeat.changes).toEqual([])
    expect(repeat.output.status).toBe('DEPROVISIONED')
    expectUnchanged(h.sandbox, before)
  })

  it('deactivate without revoking sessions makes only the deactivation call', async () => {
    const user = seedUser(h.org)
    const res = await h.invoke('leaver', { ticket: TICKET, user: { id: user.id }, revokeSessions: false })
    const { changes } = expectSucceeded(res, 'leaver')
    expect(operations(changes)).toEqual(['deactivateUser'])
    expect(
      logEvents(h.org).filter(
        (e) => e.eventType === 'user.session.clear' && e.target.some((t) => t.id === user.id),
      ),
    ).toEqual([])
  })

  it('suspend: SUSPENDED, groups and apps kept; a repeat changes nothing', async () => {
    const user = seedUser(h.org, { groups: ['Engineering'], apps: [h.app('Slack')] })
    const res = await h.invoke('leaver', { ticket: TICKET, user: { id: user.id }, mode: 'suspend' })
    const { output, changes } = expectSucceeded(res, 'leaver')
    expect(output).toEqual({ userId: user.id, login: user.profile.login, status: 'SUSPENDED' })
    expect(operations(changes)).toEqual(['revokeSessions', 'suspendUser'])
    expectGoldenThread(h.org, changes)
    expect(h.org.findUser(user.id)!.status).toBe('SUSPENDED')
    expect(h.org.isMember(h.group('Engineering'), user.id)).toBe(true)
    expect(h.org.userAppIds(user.id)).toEqual([h.app('Slack')])

    const before = snapshot(h.sandbox)
    const again = await h.invoke('leaver', { ticket: TICKET, user: { id: user.id }, mode: 'suspend' })
    expect(expectSucceeded(again, 'leaver').changes).toEqual([])
    expectUnchanged(h.sandbox, before)
  })

  it('refuses to suspend a user who is not ACTIVE: 409 illegal-transition, nothing changed', async () => {
    for (const status of ['PROVISIONED', 'STAGED', 'LOCKED_OUT'] as const) {
      const user = seedUser(h.org, { status })
      const before = snapshot(h.sandbox)
      const res = await h.invoke('leaver', { ticket: TICKET, user: { id: user.id }, mode: 'suspend' })
      const problem = expectProblem(res, 409, 'illegal-transition')
      expect(problem).toMatchObject({ userId: user.id, userStatus: status })
      expect(h.org.findUser(user.id)!.status).toBe(status)
      expectUnchanged(h.sandbox, before)
    }
  })
})

describe('rehire', () => {
  it('reactivates a DEPROVISIONED user (ACTIVE with a password, PROVISIONED without)', async () => {
    for (const [password, expected] of [
      [true, 'ACTIVE'],
      [false, 'PROVISIONED'],
    ] as const) {
      const user = seedUser(h.org, { status: 'DEPROVISIONED', password })
      const res = await h.invoke('rehire', { ticket: TICKET, user: { login: user.profile.login } })
      const { output, changes } = expectSucceeded(res, 'rehire')
      expect(operations(changes)).toEqual(['activateUser'])
      expectGoldenThread(h.org, changes)
      expect(h.org.findUser(user.id)!.status).toBe(expected)
      // The output is read back from Okta, not guessed.
      expect(output).toEqual({ userId: user.id, login: user.profile.login, status: expected })
    }
  })

  it('unsuspends a SUSPENDED user → ACTIVE; an ACTIVE user plans nothing', async () => {
    const user = seedUser(h.org, { status: 'SUSPENDED', groups: ['Sales'] })
    const res = await h.invoke('rehire', { ticket: TICKET, user: { id: user.id } })
    const { output, changes } = expectSucceeded(res, 'rehire')
    expect(operations(changes)).toEqual(['unsuspendUser'])
    expectGoldenThread(h.org, changes)
    expect(h.org.findUser(user.id)!.status).toBe('ACTIVE')
    expect(output.status).toBe('ACTIVE')
    expect(h.org.isMember(h.group('Sales'), user.id)).toBe(true)

    const before = snapshot(h.sandbox)
    const again = await h.invoke('rehire', { ticket: TICKET, user: { id: user.id } })
    expect(expectSucceeded(again, 'rehire').changes).toEqual([])
    expectUnchanged(h.sandbox, before)
  })

  it('refuses a user who was never activated (STAGED): 409 illegal-transition', async () => {
    const user = seedUser(h.org, { status: 'STAGED' })
    const before = snapshot(h.sandbox)
    expectProblem(
      await h.invoke('rehire', { ticket: TICKET, user: { id: user.id } }),
      409,
      'illegal-transition',
    )
    expect(h.org.findUser(user.id)!.status).toBe('STAGED')
    expectUnchanged(h.sandbox, before)
  })
})

describe('reset-password', () => {
  it('puts the user in RECOVERY and Okta logs the reset; no reset link reaches the caller', async () => {
    const user = seedUser(h.org)
    const res = await h.invoke('reset-password', { ticket: TICKET, user: { login: user.profile.login } })
    const { output, changes } = expectSucceeded(res, 'reset-password')
    expect(output).toEqual({ userId: user.id, login: user.profile.login, status: 'RECOVERY' })
    expect(operations(changes)).toEqual(['resetPassword'])
    expectGoldenThread(h.org, changes)
    expect(h.org.findUser(user.id)!.status).toBe('RECOVERY')
    const [event] = eventsOf(h.org, changes[0]!.oktaRequestId!)
    expect(event!.eventType).toBe('user.account.reset_password')
    expect(res.text).not.toMatch(/reset_password\/|resetPasswordUrl/)
  })

  it('with revokeSessions also clears the sessions, after the reset', async () => {
    const user = seedUser(h.org, { status: 'LOCKED_OUT' })
    const res = await h.invoke('reset-password', {
      ticket: TICKET,
      user: { id: user.id },
      revokeSessions: true,
    })
    const { changes } = expectSucceeded(res, 'reset-password')
    expect(operations(changes)).toEqual(['resetPassword', 'revokeSessions'])
    expectGoldenThread(h.org, changes)
    expect(h.org.findUser(user.id)!.status).toBe('RECOVERY')
  })

  it('refuses a DEPROVISIONED user: 409 illegal-transition, nothing changed', async () => {
    const user = seedUser(h.org, { status: 'DEPROVISIONED' })
    const before = snapshot(h.sandbox)
    expectProblem(
      await h.invoke('reset-password', { ticket: TICKET, user: { id: user.id } }),
      409,
      'illegal-transition',
    )
    expectUnchanged(h.sandbox, before)
  })
})

describe('unlock', () => {
  it('unlocks a LOCKED_OUT user → ACTIVE; an ACTIVE user plans nothing', async () => {
    const user = seedUser(h.org, { status: 'LOCKED_OUT' })
    const res = await h.invoke('unlock', { ticket: TICKET, user: { login: user.profile.login } })
    const { output, changes } = expectSucceeded(res, 'unlock')
    expect(output).toEqual({ userId: user.id, login: user.profile.login, status: 'ACTIVE' })
    expect(operations(changes)).toEqual(['unlockUser'])
    expectGoldenThread(h.org, changes)
    expect(h.org.findUser(user.id)!.status).toBe('ACTIVE')

    const before = snapshot(h.sandbox)
    const again = await h.invoke('unlock', { ticket: TICKET, user: { id: user.id } })
    expect(expectSucceeded(again, 'unlock').changes).toEqual([])
    expectUnchanged(h.sandbox, before)
  })

  it('refuses a SUSPENDED user: 409 illegal-transition', async () => {
    const user = seedUser(h.org, { status: 'SUSPENDED' })
    const before = snapshot(h.sandbox)
    expectProblem(
      await h.invoke('unlock', { ticket: TICKET, user: { id: user.id } }),
      409,
      'illegal-transition',
    )
    expect(h.org.findUser(user.id)!.status).toBe('SUSPENDED')
    expectUnchanged(h.sandbox, before)
  })
})

describe('revoke-sessions', () => {
  it('ends the sessions (and OAuth tokens when asked); the status is unchanged', async () => {
    const user = seedUser(h.org)
    for (const oauthTokens of [false, true]) {
      const res = await h.invoke('revoke-sessions', { ticket: TICKET, user: { id: user.id }, oauthTokens })
      const { output, changes } = expectSucceeded(res, 'revoke-sessions')
      expect(output).toEqual({ userId: user.id, login: user.profile.login, status: 'ACTIVE' })
      expect(operations(changes)).toEqual(['revokeSessions'])
      expectGoldenThread(h.org, changes)
      const [event] = eventsOf(h.org, changes[0]!.oktaRequestId!)
      expect(event!.debugContext.debugData.revokeOAuthTokens).toBe(oauthTokens)
      expect(h.org.findUser(user.id)!.status).toBe('ACTIVE')
    }
  })
})
