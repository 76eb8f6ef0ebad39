/**
 * The joiner's one non-idempotent write — creating the user — made safe to retry. A user left by an
 * interrupted run of the same request is adopted (`adopted: true`) and only what is missing is done; a
 * different person holding the login is `login-taken` (409) and never touched; an answer lost after Okta
 * created the user (the sandbox's `phase: 'after'` faults) still ends with exactly one user.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import {
  eventsOf,
  expectGoldenThread,
  expectPhases,
  expectProblem,
  expectSucceeded,
  expectUnchanged,
  type FlowBridge,
  logEvents,
  seedUser,
  setupContext,
  snapshot,
  startFlowBridge,
  TICKET,
  uniqueLogin,
} from './support/flows-harness.js'

let h: FlowBridge

beforeAll(async () => {
  h = await startFlowBridge()
})

afterEach(() => {
  h.sandbox.configure({ faults: null })
})

afterAll(async () => {
  await h?.stop()
})

function joinerBody(login: string) {
  return {
    ticket: TICKET,
    profile: { login, email: login, firstName: 'Jo', lastName: 'Ner', title: 'Analyst' },
    groups: [h.group('Engineering'), h.group('Sales')],
    apps: [h.app('Slack'), h.app('GitHub')],
  }
}

/** The users holding a login (the org enforces uniqueness; this proves no second one slipped in). */
function usersWithLogin(login: string) {
  return [...h.org.users.values()].filter(
    (u) => String(u.profile.login).toLowerCase() === login.toLowerCase(),
  )
}

/** `user.lifecycle.create` events for a login: how many times Okta created it. */
function creations(login: string) {
  return logEvents(h.org).filter(
    (e) => e.eventType === 'user.lifecycle.create' && e.target.some((t) => t.alternateId === login),
  )
}

describe('adoption', () => {
  it('a second identical joiner adopts the finished user and changes nothing', async () => {
    const login = uniqueLogin('twice')
    const first = expectSucceeded(await h.invoke('joiner', joinerBody(login)), 'joiner')
    expect(first.output.adopted).toBe(false)

    const before = snapshot(h.sandbox)
    const second = expectSucceeded(await h.invoke('joiner', joinerBody(login)), 'joiner')
    expect(second.output).toEqual({ ...first.output, adopted: true })
    expect(second.changes).toEqual([])
    expectUnchanged(h.sandbox, before)
    expect(usersWithLogin(login)).toHaveLength(1)
    expect(creations(login)).toHaveLength(1)
  })

  it('a retry after an interrupted run adopts the STAGED user and does only what is missing', async () => {
    const login = uniqueLogin('half')
    const body = joinerBody(login)
    // The earlier run got as far as the create call, with one group; then it was cut off.
    const left = h.org.createUser(
      setupContext(),
      { profile: body.profile, groupIds: [h.group('Engineering')] },
      { activate: false },
    )

    const res = await h.invoke('joiner', body)
    const { output, changes } = expectSucceeded(res, 'joiner')
    expect(output).toEqual({ userId: left.id, login, status: 'PROVISIONED', adopted: true })
    // No create call to carry the missing group now: it is added by a call of its own, alongside the rest.
    expectPhases(changes, [['addGroupMember', 'assignApp', 'assignApp', 'activateUser']])
    const added = changes.find((c) => c.operation === 'addGroupMember')!
    expect(added.target.groupId).toBe(h.group('Sales'))
    expect(new Set(changes.map((c) => c.oktaRequestId)).size).toBe(4)
    expectGoldenThread(h.org, changes)

    expect(usersWithLogin(login)).toHaveLength(1)
    const user = h.org.findUser(login)!
    expect(user.id).toBe(left.id)
    expect(user.status).toBe('PROVISIONED')
    expect(h.org.isMember(h.group('Engineering'), user.id)).toBe(true)
    expect(h.org.isMember(h.group('Sales'), user.id)).toBe(true)
    expect(h.org.userAppIds(user.id).sort()).toEqual([h.app('Slack'), h.app('GitHub')].sort())
  })

  it('after a joiner failed half-way (502, an app call lost), the retry finishes it with the same user', async () => {
    const login = uniqueLogin('retry')
    // Okta does not answer the first app assignment: a POST is never repeated blindly, and the bridge finds
    // no assignment when it looks, so the flow fails — after the other steps of that phase, which were
    // under way at the same time — and says which changes it made.
    h.sandbox.configure({
      faults: { next: 1, statuses: [503], pathPrefix: '/api/v1/apps', method: 'POST' },
    })
    const failed = await h.invoke('joiner', joinerBody(login))
    const problem = expectProblem(failed, 502, 'okta-unavailable')
    expectPhases(problem.changes as { operation: string }[], [
      ['createUser', 'addGroupMember', 'addGroupMember'],
      ['assignApp', 'activateUser'],
    ])
    h.sandbox.configure({ faults: null })
    const stranded = h.org.findUser(login)!
    expect(stranded.status).toBe('PROVISIONED')
    expect(h.org.userAppIds(stranded.id)).toHaveLength(1)
    const missing = [h.app('Slack'), h.app('GitHub')].filter(
      (id) => !h.org.userAppIds(stranded.id).includes(id),
    )

    const retry = expectSucceeded(await h.invoke('joiner', joinerBody(login)), 'joiner')
    expect(retry.output).toEqual({ userId: stranded.id, login, status: 'PROVISIONED', adopted: true })
    expect(retry.changes.map((c) => [c.operation, c.target.appId])).toEqual([['assignApp', missing[0]]])
    expectGoldenThread(h.org, retry.changes)
    expect(usersWithLogin(login)).toHaveLength(1)
    expect(creations(login)).toHaveLength(1)
    expect(h.org.userAppIds(stranded.id).sort()).toEqual([h.app('Slack'), h.app('GitHub')].sort())
  })
})

describe('login-taken', () => {
  it('refuses a joiner for an existing login with a different profile (409) and leaves that user untouched', async () => {
    const login = uniqueLogin('taken')
    const existing = seedUser(h.org, {
      login,
      profile: { firstName: 'Someone', lastName: 'Else' },
      groups: ['Support'],
    })
    const snapshotOfUser = structuredClone(existing)
    const before = snapshot(h.sandbox)

    const res = await h.invoke('joiner', joinerBody(login))
    const problem = expectProblem(res, 409, 'login-taken')
    expect(problem.userId).toBe(existing.id)
    expect(problem.detail).toContain('firstName, lastName')

    expectUnchanged(h.sandbox, before)
    expect(h.org.findUser(existing.id)).toEqual(snapshotOfUser)
    expect(h.org.isMember(h.group('Engineering'), existing.id)).toBe(false)
    expect(h.org.userAppIds(existing.id)).toEqual([])
  })

  it('refuses a same-profile user who belongs to groups the request does not ask for', async () => {
    const login = uniqueLogin('extra')
    const body = joinerBody(login)
    const existing = seedUser(h.org, { login, profile: body.profile, status: 'STAGED', groups: ['Support'] })
    const before = snapshot(h.sandbox)
    const problem = expectProblem(await h.invoke('joiner', body), 409, 'login-taken')
    expect(problem.detail).toContain('groups this request does not ask for')
    expectUnchanged(h.sandbox, before)
    expect(h.org.findUser(existing.id)!.status).toBe('STAGED')
  })

  it('refuses a same-profile user who has left (DEPROVISIONED: that is a rehire, not a joiner)', async () => {
    const login = uniqueLogin('gone')
    const body = joinerBody(login)
    const existing = seedUser(h.org, { login, profile: body.profile, status: 'DEPROVISIONED' })
    const before = snapshot(h.sandbox)
    const problem = expectProblem(await h.invoke('joiner', body), 409, 'login-taken')
    expect(problem.detail).toContain('DEPROVISIONED')
    expectUnchanged(h.sandbox, before)
    expect(h.org.findUser(existing.id)!.status).toBe('DEPROVISIONED')
  })
})

describe('ambiguous failures', () => {
  it('an answer lost after Okta created the user: the joiner still succeeds with exactly one user', async () => {
    const login = uniqueLogin('lost')
    const injected = h.sandbox.stats().faultsInjected['503'] ?? 0
    h.sandbox.configure({
      faults: { next: 1, statuses: [503], phase: 'after', pathPrefix: '/api/v1/users', method: 'POST' },
    })
    const res = await h.invoke('joiner', joinerBody(login))
    const { output, changes } = expectSucceeded(res, 'joiner')
    expect(h.sandbox.stats().faultsInjected['503']).toBe(injected + 1)

    expect(usersWithLogin(login)).toHaveLength(1)
    expect(creations(login)).toHaveLength(1)
    const user = h.org.findUser(login)!
    expect(output).toEqual({ userId: user.id, login, status: 'PROVISIONED', adopted: false })
    expect(h.sandbox.stats().requests['POST /api/v1/users']).toBeGreaterThanOrEqual(1)
    expect(h.org.isMember(h.group('Sales'), user.id)).toBe(true)
    expect(h.org.userAppIds(user.id)).toHaveLength(2)

    // Which call made the user is unknown to the bridge (its answer was lost): Okta's System Log says, and
    // the changes carry the request id it recorded the create under.
    expectPhases(changes, [
      ['createUser', 'addGroupMember', 'addGroupMember'],
      ['assignApp', 'assignApp', 'activateUser'],
    ])
    expectGoldenThread(h.org, changes)
  })

  it('answers lost after an assignment and after the activation are settled by reading Okta back', async () => {
    const login = uniqueLogin('settle')
    h.sandbox.configure({
      faults: { next: 1, statuses: [503], phase: 'after', pathPrefix: '/api/v1/apps', method: 'POST' },
    })
    const first = expectSucceeded(
      await h.invoke('joiner', { ...joinerBody(login), apps: [h.app('Slack')] }),
      'joiner',
    )
    const assign = first.changes.find((c) => c.operation === 'assignApp')!
    // The lost answer's request id, from the System Log.
    expectGoldenThread(h.org, [assign])
    const user = h.org.findUser(login)!
    expect(h.org.userAppIds(user.id)).toEqual([h.app('Slack')])
    expect(
      logEvents(h.org).filter(
        (e) => e.eventType === 'application.user_membership.add' && e.target.some((t) => t.id === user.id),
      ),
    ).toHaveLength(1)

    const other = uniqueLogin('settle')
    h.sandbox.configure({
      faults: {
        next: 1,
        statuses: [503],
        phase: 'after',
        pathPrefix: '/api/v1/users/',
        method: 'POST',
      },
    })
    const second = expectSucceeded(await h.invoke('joiner', { ...joinerBody(other), apps: [] }), 'joiner')
    const activation = second.changes.find((c) => c.operation === 'activateUser')!
    expectGoldenThread(h.org, [activation])
    const activated = h.org.findUser(other)!
    expect(activated.status).toBe('PROVISIONED')
    expect(eventsOf(h.org, second.changes[0]!.oktaRequestId!)[0]!.eventType).toBe('user.lifecycle.create')
    expect(
      logEvents(h.org).filter(
        (e) => e.eventType === 'user.lifecycle.activate' && e.target.some((t) => t.id === activated.id),
      ),
    ).toHaveLength(1)
  })
})
