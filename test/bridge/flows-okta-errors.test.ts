/**
 * What a caller gets when Okta cannot do what was asked, and that nothing is written on the way:
 * search-injection attempts stop at the schema (400, no Okta call at all); unknown users are 404
 * `user-not-found`; unknown groups and apps are 422 with every unknown id listed and no write; a 5xx on a
 * read is retried transparently; an Okta rate limit that resets beyond the bridge's deadline is a 503 with
 * `Retry-After` — and the next call does not even reach Okta (the bridge paces itself instead of collecting
 * `rate_limit.violation` events in the customer's System Log).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  allCalls,
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

/** Flows that act on an existing user, with what each needs besides the user. */
const USER_FLOWS: [string, Record<string, unknown>][] = [
  ['mover', { profile: { title: 'X' } }],
  ['leaver', {}],
  ['rehire', {}],
  ['reset-password', {}],
  ['unlock', {}],
  ['revoke-sessions', {}],
]

/** A well-formed Okta id nobody has. */
const NO_SUCH = (prefix: string) => `${prefix}${'0'.repeat(17)}`

describe('search injection', () => {
  it('refuses a login that is an Okta search expression at the schema (400) with no Okta call', async () => {
    const injections = [
      'a" or status eq "ACTIVE',
      'x@example.com" or status eq "ACTIVE',
      'x@example.com") or (profile.login sw "',
      'user*@example.com',
      '../00u123',
    ]
    for (const [flow, extra] of USER_FLOWS) {
      for (const login of injections) {
        const before = allCalls(h.sandbox)
        const res = await h.invoke(flow, { ticket: TICKET, user: { login }, ...extra })
        const problem = expectProblem(res, 400, 'invalid-input')
        expect(problem.errors).toEqual([
          { path: 'user.login', message: 'must be an email-shaped Okta login' },
        ])
        expect(allCalls(h.sandbox)).toBe(before)
      }
    }
  })

  it('answers 404 user-not-found for an email-shaped login nobody has, writing nothing', async () => {
    for (const [flow, extra] of USER_FLOWS) {
      const login = uniqueLogin('nobody')
      const before = snapshot(h.sandbox)
      const res = await h.invoke(flow, { ticket: TICKET, user: { login }, ...extra })
      const problem = expectProblem(res, 404, 'user-not-found')
      expect(problem.user).toEqual({ login })
      expect(problem.detail).toBe(`Okta has no user ${login}.`)
      expectUnchanged(h.sandbox, before)
    }
  })

  it('finds a user whose login Okta would treat specially in a search (apostrophe, plus) by exact login only', async () => {
    const user = seedUser(h.org, { login: `o'hara+it.${Date.now()}@example.com` })
    const res = await h.invoke('mover', {
      ticket: TICKET,
      user: { login: user.profile.login },
      profile: { title: 'Z' },
    })
    expect(expectSucceeded(res, 'mover').output.userId).toBe(user.id)
    expect(h.org.findUser(user.id)!.profile.title).toBe('Z')
    // The same name at another domain is another login: no near match is taken for the user.
    const short = `${String(user.profile.login).split('@')[0]}@example.org`
    expectProblem(await h.invoke('leaver', { ticket: TICKET, user: { login: short } }), 404, 'user-not-found')
    expect(h.org.findUser(user.id)!.status).toBe('ACTIVE')
  })
})

describe('unknown objects', () => {
  it('answers 404 user-not-found for an unknown user id, in every flow', async () => {
    for (const [flow, extra] of USER_FLOWS) {
      const before = snapshot(h.sandbox)
      const res = await h.invoke(flow, { ticket: TICKET, user: { id: NO_SUCH('00u') }, ...extra })
      expect(expectProblem(res, 404, 'user-not-found').user).toEqual({ id: NO_SUCH('00u') })
      expectUnchanged(h.sandbox, before)
    }
  })

  it('answers 422 group-not-found listing every unknown group, and writes nothing (joiner and mover)', async () => {
    const login = uniqueLogin('nogroup')
    const missing = [NO_SUCH('00g'), `00g${'1'.repeat(17)}`]
    let before = snapshot(h.sandbox)
    const joiner = await h.invoke('joiner', {
      ticket: TICKET,
      profile: { login, email: login, firstName: 'N', lastName: 'G' },
      groups: [h.group('Engineering'), ...missing],
      apps: [h.app('Slack')],
    })
    const problem = expectProblem(joiner, 422, 'group-not-found')
    expect(problem.groupIds).toEqual(missing)
    expectUnchanged(h.sandbox, before)
    expect(h.org.findUser(login)).toBeUndefined()

    const user = seedUser(h.org)
    before = snapshot(h.sandbox)
    const mover = await h.invoke('mover', {
      ticket: TICKET,
      user: { id: user.id },
      profile: { title: 'Lead' },
      addGroups: [h.group('Sales')],
      removeGroups: [missing[0]],
    })
    expect(expectProblem(mover, 422, 'group-not-found').groupIds).toEqual([missing[0]])
    expectUnchanged(h.sandbox, before)
    expect(h.org.isMember(h.group('Sales'), user.id)).toBe(false)
    expect(h.org.findUser(user.id)!.profile.title).toBeUndefined()
  })

  it('answers 422 app-not-found for an unknown app, and writes nothing', async () => {
    const login = uniqueLogin('noapp')
    let before = snapshot(h.sandbox)
    const joiner = await h.invoke('joiner', {
      ticket: TICKET,
      profile: { login, email: login, firstName: 'N', lastName: 'A' },
      apps: [h.app('Slack'), NO_SUCH('0oa')],
    })
    expect(expectProblem(joiner, 422, 'app-not-found').appIds).toEqual([NO_SUCH('0oa')])
    expectUnchanged(h.sandbox, before)
    expect(h.org.findUser(login)).toBeUndefined()

    const user = seedUser(h.org)
    before = snapshot(h.sandbox)
    const mover = await h.invoke('mover', {
      ticket: TICKET,
      user: { id: user.id },
      removeApps: [NO_SUCH('0oa')],
    })
    expectProblem(mover, 422, 'app-not-found')
    expectUnchanged(h.sandbox, before)
  })

  it('answers 409 illegal-transition for a mover on a deactivated user', async () => {
    const user = seedUser(h.org, { status: 'DEPROVISIONED' })
    const before = snapshot(h.sandbox)
    const res = await h.invoke('mover', { ticket: TICKET, user: { id: user.id }, profile: { title: 'Back' } })
    expect(expectProblem(res, 409, 'illegal-transition').userStatus).toBe('DEPROVISIONED')
    expectUnchanged(h.sandbox, before)
  })
})

describe('transient Okta failures', () => {
  it('retries a 5xx on a read transparently; the flow succeeds', async () => {
    const user = seedUser(h.org, { groups: ['Sales'] })
    const injected = h.sandbox.stats().faultsInjected['503'] ?? 0
    h.sandbox.configure({ faults: { next: 2, statuses: [503], method: 'GET' } })
    try {
      const res = await h.invoke('mover', {
        ticket: TICKET,
        user: { id: user.id },
        addGroups: [h.group('Engineering')],
        removeGroups: [h.group('Sales')],
      })
      const { changes } = expectSucceeded(res, 'mover')
      expect(operations(changes).sort()).toEqual(['addGroupMember', 'removeGroupMember'])
      expect(h.sandbox.stats().faultsInjected['503']).toBe(injected + 2)
      expect(h.org.isMember(h.group('Engineering'), user.id)).toBe(true)
      expect(h.org.isMember(h.group('Sales'), user.id)).toBe(false)
    } finally {
      h.sandbox.configure({ faults: null })
    }
  })
})

describe('rate limits beyond the deadline', () => {
  let limited: FlowBridge

  beforeAll(async () => {
    // A one-second deadline (the smallest the configuration accepts) and an hour-long window that allows
    // no user read at all: the window resets far beyond the deadline whatever the time of day. A synchronous
    // caller waits half a second for its execution, then gets 202.
    limited = await startFlowBridge({ env: { BRIDGE_DEADLINE_MS: '1000', BRIDGE_SYNC_DEADLINE_MS: '500' } })
    limited.sandbox.configure({
      rateLimits: [{ pathPrefix: '/api/v1/users', method: 'GET', limit: 0, windowSeconds: 3600 }],
    })
  })

  afterAll(async () => {
    // The queued executions stay recorded as running, for the next start to resume.
    await limited?.bridge.stop(100)
  })

  it('queues the execution on the budget: 202 with the status URL (never 503), writing nothing; the next call is not even sent', async () => {
    const user = seedUser(limited.org)
    const before = snapshot(limited.sandbox)
    const violationsBefore = limited.sandbox.stats().rateLimited

    const res = await limited.invoke('leaver', { ticket: TICKET, user: { id: user.id } })
    expect(res.status).toBe(202)
    const { executionId, statusUrl } = res.body as { executionId: string; statusUrl: string }
    expect(statusUrl).toBe(`/api/flo/executions/${executionId}`)
    expect((await limited.bridge.executions.view(executionId))?.status).toBe('running')
    expect(limited.org.findUser(user.id)!.status).toBe('ACTIVE')
    // The 429 is in the customer's log: that is Okta's doing, not a write of the bridge.
    expect(limited.sandbox.stats().rateLimited).toBeGreaterThan(violationsBefore)
    expect(snapshot(limited.sandbox).writes).toBe(before.writes)
    expect(
      logEvents(limited.org).filter((e) => e.eventType !== 'system.operation.rate_limit.violation'),
    ).toHaveLength(before.logEvents)

    // The bridge now knows the window is used up: the next invocation queues too, without calling Okta.
    const reads = limited.sandbox.stats().requests['GET /api/v1/users/:userId']
    const again = await limited.invoke('reset-password', { ticket: TICKET, user: { id: user.id } })
    expect(again.status).toBe(202)
    expect(limited.sandbox.stats().requests['GET /api/v1/users/:userId']).toBe(reads)
    expect(limited.org.findUser(user.id)!.status).toBe('ACTIVE')
  })
})
