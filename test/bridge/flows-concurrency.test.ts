/**
 * A joiner's ten groups and five apps should cost about one Okta round trip, not fifteen — without ever
 * flooding Okta. Proven without any clock: a gate in front of the sandbox's token check holds the matching
 * requests until a number of them are there at once. If the bridge sent them one by one, the gate would
 * only open on its fallback timer, which the tests detect (`releasedBy: 'timer'`). The same gate shows the
 * bound: with more steps than the engine's limit (DEFAULT_CONCURRENCY), exactly that many are ever under way — and a plan's reads are
 * bounded the same way, so one big mover never trips Okta's per-org concurrency limit. Phases still follow
 * each other (the create before the assignments; with an activation email, the activation last), and
 * against an org with a tiny concurrency limit the bridge still gets everything done, exactly once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEFAULT_CONCURRENCY } from '../../bridge/flows/engine.js'
import type { SandboxRequest } from '../sandboxes/okta/http-types.js'
import type { OktaSandbox } from '../sandboxes/okta/index.js'
import {
  expectPhases,
  expectSucceeded,
  type FlowBridge,
  logEvents,
  seedUser,
  startFlowBridge,
  TICKET,
  uniqueLogin,
} from './support/flows-harness.js'

let h: FlowBridge

beforeAll(async () => {
  h = await startFlowBridge()
  // Teach the bridge the rate-limit windows of the endpoint families used below: a family it has never
  // seen gets one request first (its answer tells the limit), which would hold the others back.
  const login = uniqueLogin('warmup')
  expectSucceeded(
    await h.invoke('joiner', {
      ticket: TICKET,
      profile: { login, email: login, firstName: 'Warm', lastName: 'Up' },
      groups: [h.group('Support')],
      apps: [h.app('Slack')],
    }),
    'joiner',
  )
  expectSucceeded(
    await h.invoke('mover', { ticket: TICKET, user: { login }, addGroups: [h.group('Sales')] }),
    'mover',
  )
})

afterAll(async () => {
  await h?.stop()
})

/** What a gate saw. */
interface GateResult {
  /** Matching requests that had arrived when the gate opened. */
  arrivedWhenOpened: number
  /** Matching requests in all. */
  arrived: number
  releasedBy: 'count' | 'timer' | undefined
}

/**
 * Holds the sandbox's matching requests (before their token is checked) until `count` of them are waiting
 * at once, or until `fallbackMs` have passed. Wraps the authorization server's `authenticate` of this one
 * sandbox instance; `close()` restores it.
 */
function gate(
  sandbox: OktaSandbox,
  matches: (req: SandboxRequest) => boolean,
  count: number,
  fallbackMs: number,
): { result: () => GateResult; close: () => void } {
  const auth = sandbox.auth
  const original = auth.authenticate
  let arrived = 0
  let arrivedWhenOpened = 0
  let releasedBy: GateResult['releasedBy']
  let open!: () => void
  const opened = new Promise<void>((resolve) => {
    open = resolve
  })
  const release = (by: 'count' | 'timer') => {
    if (releasedBy) return
    releasedBy = by
    arrivedWhenOpened = arrived
    open()
  }
  const timer = setTimeout(() => release('timer'), fallbackMs)
  auth.authenticate = async (req, scope) => {
    if (matches(req)) {
      arrived++
      if (arrived === count) release('count')
      await opened
    }
    return original.call(auth, req, scope)
  }
  return {
    result: () => ({ arrivedWhenOpened, arrived, releasedBy }),
    close: () => {
      clearTimeout(timer)
      auth.authenticate = original
    },
  }
}

const isAssignment = (req: SandboxRequest) =>
  req.method === 'POST' && /^\/api\/v1\/apps\/[^/]+\/users$/.test(req.url.pathname)
const isActivation = (req: SandboxRequest) =>
  req.method === 'POST' && /^\/api\/v1\/users\/[^/]+\/lifecycle\/activate$/.test(req.url.pathname)

/** The System Log event types naming a user, oldest first. */
function eventTypesOf(userId: string): string[] {
  return logEvents(h.org)
    .filter((e) => e.target.some((t) => t.id === userId))
    .map((e) => e.eventType)
}

describe('phase by phase, each phase concurrently', () => {
  it('sends a joiner’s app assignments and its activation at once: all four are at Okta before any is answered', async () => {
    const login = uniqueLogin('fast')
    const apps = [h.app('Slack'), h.app('GitHub'), h.app('Salesforce')]
    // Without an activation email, activating is invisible until the person sets a password: it goes with
    // the assignments. A sequential bridge would leave the first of them waiting here alone until the timer.
    const g = gate(h.sandbox, (req) => isAssignment(req) || isActivation(req), apps.length + 1, 10_000)
    try {
      const res = await h.invoke('joiner', {
        ticket: TICKET,
        profile: { login, email: login, firstName: 'Con', lastName: 'Current' },
        groups: [h.group('Engineering'), h.group('Sales'), h.group('Support')],
        apps,
      })
      const { changes } = expectSucceeded(res, 'joiner')
      expect(g.result()).toEqual({ arrivedWhenOpened: 4, arrived: 4, releasedBy: 'count' })
      expectPhases(changes, [
        ['createUser', 'addGroupMember', 'addGroupMember', 'addGroupMember'],
        ['assignApp', 'assignApp', 'assignApp', 'activateUser'],
      ])
    } finally {
      g.close()
    }
    // The create (with its groups) came first: nothing of the next phase was sent before it was answered.
    const user = h.org.findUser(login)!
    const mine = eventTypesOf(user.id)
    expect(mine.slice(0, 4)).toEqual([
      'user.lifecycle.create',
      'group.user_membership.add',
      'group.user_membership.add',
      'group.user_membership.add',
    ])
    expect(mine.slice(4).sort()).toEqual([
      'application.user_membership.add',
      'application.user_membership.add',
      'application.user_membership.add',
      'user.lifecycle.activate',
    ])
  })

  it('with an activation email, activates only once every assignment is answered (the email finds the apps)', async () => {
    const login = uniqueLogin('mail')
    const apps = [h.app('Slack'), h.app('GitHub'), h.app('Salesforce')]
    const g = gate(h.sandbox, isAssignment, apps.length, 10_000)
    try {
      const res = await h.invoke('joiner', {
        ticket: TICKET,
        profile: { login, email: login, firstName: 'Mai', lastName: 'L' },
        apps,
        sendEmail: true,
      })
      expectSucceeded(res, 'joiner')
      expect(g.result()).toEqual({ arrivedWhenOpened: 3, arrived: 3, releasedBy: 'count' })
    } finally {
      g.close()
    }
    expect(eventTypesOf(h.org.findUser(login)!.id)).toEqual([
      'user.lifecycle.create',
      'application.user_membership.add',
      'application.user_membership.add',
      'application.user_membership.add',
      'user.lifecycle.activate',
    ])
  })

  it('has at most DEFAULT_CONCURRENCY Okta calls of one execution under way: one more waits for one of them to finish', async () => {
    const seeded = h.org.seed({
      apps: Array.from({ length: DEFAULT_CONCURRENCY + 2 }, (_, i) => ({
        name: `bound_app_${i}`,
        label: `Bound ${i}`,
      })),
    }).apps
    const login = uniqueLogin('bound')
    // Opens on one arrival more than the bound — which a bounded engine never lets happen while the rest are held.
    const g = gate(h.sandbox, isAssignment, DEFAULT_CONCURRENCY + 1, 1_500)
    try {
      const res = await h.invoke('joiner', {
        ticket: TICKET,
        profile: { login, email: login, firstName: 'Bo', lastName: 'Und' },
        apps: seeded.map((a) => a.id),
      })
      expectSucceeded(res, 'joiner')
      expect(g.result()).toEqual({
        arrivedWhenOpened: DEFAULT_CONCURRENCY,
        arrived: DEFAULT_CONCURRENCY + 2,
        releasedBy: 'timer',
      })
    } finally {
      g.close()
    }
    expect(h.org.userAppIds(h.org.findUser(login)!.id)).toHaveLength(DEFAULT_CONCURRENCY + 2)
  })

  it('bounds a plan’s reads the same way: a mover naming 20 groups and 20 apps never has more than DEFAULT_CONCURRENCY reads under way', async () => {
    const seeded = h.org.seed({
      groups: Array.from({ length: 20 }, (_, i) => ({ profile: { name: `Read Group ${i}` } })),
      apps: Array.from({ length: 20 }, (_, i) => ({ name: `read_app_${i}`, label: `Read ${i}` })),
    })
    const user = seedUser(h.org)
    // The group and app reads (the user is read first, alone: the others need its id).
    const isRead = (req: SandboxRequest) =>
      req.method === 'GET' && /^\/api\/v1\/(groups|apps)\//.test(req.url.pathname)
    // Opens on one read more than the bound waiting at once; a bounded engine never gets there.
    const g = gate(h.sandbox, isRead, DEFAULT_CONCURRENCY + 1, 1_500)
    try {
      const res = await h.invoke('mover', {
        ticket: TICKET,
        user: { id: user.id },
        addGroups: seeded.groups.map((group) => group.id),
        addApps: seeded.apps.map((app) => app.id),
      })
      g.close()
      expect(expectSucceeded(res, 'mover').changes).toHaveLength(40)
      const result = g.result()
      expect(result.releasedBy).toBe('timer')
      expect(result.arrivedWhenOpened).toBeLessThanOrEqual(DEFAULT_CONCURRENCY)
    } finally {
      g.close()
    }
    expect(h.org.userAppIds(user.id)).toHaveLength(20)
  })
})

describe('Okta’s concurrency limit', () => {
  it('is never exceeded by one big mover (50 groups, 50 apps): no rate-limit violation in the System Log', async () => {
    const seeded = h.org.seed({
      groups: Array.from({ length: 50 }, (_, i) => ({ profile: { name: `Big Group ${i}` } })),
      apps: Array.from({ length: 50 }, (_, i) => ({ name: `big_app_${i}`, label: `Big ${i}` })),
    })
    const user = seedUser(h.org)
    const violations = () =>
      logEvents(h.org).filter((e) => e.eventType === 'system.operation.rate_limit.violation').length
    const before = { violations: violations(), limited: h.sandbox.stats().concurrencyLimited }
    // Okta's default limit, with some latency so that calls really overlap.
    h.sandbox.configure({ concurrencyLimit: 75, latencyMs: 100 })
    try {
      const res = await h.invoke('mover', {
        ticket: TICKET,
        user: { id: user.id },
        addGroups: seeded.groups.map((group) => group.id),
        addApps: seeded.apps.map((app) => app.id),
      })
      expect(expectSucceeded(res, 'mover').changes).toHaveLength(100)
    } finally {
      h.sandbox.configure({ latencyMs: 0 })
    }
    expect({ violations: violations(), limited: h.sandbox.stats().concurrencyLimited }).toEqual(before)
    expect(h.org.userAppIds(user.id)).toHaveLength(50)
  })
})

describe('an org with a small concurrency limit', () => {
  it('still gets a joiner with several groups and apps done, exactly once', async () => {
    h.sandbox.configure({ concurrencyLimit: 3, latencyMs: 20 })
    try {
      const login = uniqueLogin('paced')
      const apps = [h.app('Slack'), h.app('GitHub'), h.app('Salesforce')]
      const res = await h.invoke('joiner', {
        ticket: TICKET,
        profile: { login, email: login, firstName: 'Pa', lastName: 'Ced' },
        groups: [h.group('Engineering'), h.group('Sales')],
        apps,
      })
      const { output } = expectSucceeded(res, 'joiner')
      expect(output.status).toBe('PROVISIONED')
      const users = [...h.org.users.values()].filter((u) => u.profile.login === login)
      expect(users).toHaveLength(1)
      expect(h.org.userAppIds(users[0]!.id).sort()).toEqual([...apps].sort())
      const assignments = logEvents(h.org).filter(
        (e) =>
          e.eventType === 'application.user_membership.add' && e.target.some((t) => t.id === users[0]!.id),
      )
      expect(assignments).toHaveLength(3)
    } finally {
      h.sandbox.configure({ concurrencyLimit: 75, latencyMs: 0 })
    }
  })
})
