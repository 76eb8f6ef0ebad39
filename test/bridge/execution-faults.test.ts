/**
 * Okta faults during executions: an Okta-mode bridge (the real composition root, in-process) against a sandbox
 * org answering 429s, 500s and 503s, holding requests past the bridge's timeout, and resetting connections —
 * before the operation takes effect, or after (the answer is lost, the change is made). For joiners, movers
 * and leavers, every execution must end `succeeded`, or `failed` with a problem whose code and detail say
 * what happened; either way its changes — in the answer, in `GET /api/flo/executions/{id}` and in the audit —
 * are exactly the changes Okta's System Log shows the bridge made, each under the request id Okta recorded it
 * with, and none twice. A failed execution retried with the same Idempotency-Key once Okta is well again
 * finishes the job, without repeating anything.
 */
import { randomBytes, randomInt } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ExecutionView } from '../../bridge/flows/execution-service.js'
import { type RunningBridge, startBridge } from '../../dev/start.js'
import type { FaultConfig } from '../sandboxes/okta/index.js'
import { DEFAULT_RATE_LIMITS } from '../sandboxes/okta/rate-limits.js'
import { ManualClock } from './support/manual-clock.js'
import {
  changeKeys,
  changesInOkta,
  type OktaOrg,
  startOktaOrg,
  stateOf,
  userByLogin,
  usersWithLogin,
} from './support/okta-org.js'

/** The bridge gives up on an Okta call after this long (a `timeout` fault holds the request longer). */
const REQUEST_TIMEOUT_MS = 500

let org: OktaOrg
let bridge: RunningBridge

beforeAll(async () => {
  org = await startOktaOrg({ groups: ['Engineering', 'Sales', 'Support'], apps: ['Slack', 'GitHub', 'Zoom'] })
  bridge = await startBridge(
    {
      ...org.env,
      LOG_LEVEL: 'silent',
      DATABASE_URL: 'sqlite::memory:',
      OKTA_REQUEST_TIMEOUT_MS: String(REQUEST_TIMEOUT_MS),
    },
    { print: () => {} },
  )
}, 30_000)

afterAll(async () => {
  await bridge?.stop()
  await org?.stop()
})

const group = (name: string) => org.groups.find((g) => g.name === name)!.id
const app = (label: string) => org.apps.find((a) => a.label === label)!.id

function newTicket() {
  return {
    number: `RITM${randomInt(1_000_000_000, 9_999_999_999)}`,
    requestedBy: 'hr.bot',
    approvedBy: 'it.mgr',
  }
}

function login(prefix: string): string {
  return `${prefix}.${randomBytes(4).toString('hex')}@example.com`
}

/** A joiner in two groups (carried by the create) and two apps, activated alongside the assignments. */
function joinerBody() {
  const who = login('fault')
  return {
    ticket: newTicket(),
    profile: { login: who, email: who, firstName: 'Fau', lastName: 'Lt', department: 'Engineering' },
    groups: [group('Engineering'), group('Sales')],
    apps: [app('Slack'), app('GitHub')],
  }
}

/** An ACTIVE user in Engineering with Slack, as another admin left it (no event by the bridge's client). */
function seedUser(): string {
  const who = login('seeded')
  const [user] = org.sandbox.org.seed({
    users: [
      {
        profile: { login: who, email: who, firstName: 'See', lastName: 'Ded', department: 'Engineering' },
        groups: ['Engineering'],
      },
    ],
  }).users
  org.sandbox.org.assignApp(
    {
      actor: { id: 'test', type: 'User', alternateId: 'test.admin@example.com', displayName: 'Test Admin' },
      requestId: `test-setup-${randomBytes(6).toString('hex')}`,
    },
    app('Slack'),
    { id: user!.id },
  )
  return user!.id
}

/** A move: new department, Engineering → Sales and Support, Slack → GitHub. */
function moverBody(userId: string) {
  return {
    ticket: newTicket(),
    user: { id: userId },
    profile: { department: 'Sales' },
    addGroups: [group('Sales'), group('Support')],
    removeGroups: [group('Engineering')],
    addApps: [app('GitHub')],
    removeApps: [app('Slack')],
  }
}

/** An answer of the bridge. */
interface Answer {
  status: number
  headers: Headers
  body: Record<string, unknown> & { executionId: string }
}

async function invoke(flow: string, body: unknown, key: string, on = bridge): Promise<Answer> {
  const res = await fetch(`${on.url}/api/flo/${flow}/invoke`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-client-token': org.token, 'idempotency-key': key },
    body: JSON.stringify(body),
  })
  return { status: res.status, headers: res.headers, body: (await res.json()) as Answer['body'] }
}

async function view(executionId: string, on = bridge): Promise<ExecutionView> {
  const res = await fetch(`${on.url}/api/flo/executions/${executionId}`, {
    headers: { 'x-api-client-token': org.token },
  })
  expect(res.status).toBe(200)
  return (await res.json()) as ExecutionView
}

/** A run under a fault: what was answered, the execution, and where the org's System Log stood before. */
interface Faulted {
  key: string
  answer: Answer
  execution: ExecutionView
  /** The org's event count before the run (see `changesInOkta`). */
  mark: number
  /** The bridge that ran it. */
  on: RunningBridge
}

/**
 * Invokes a flow while the sandbox injects `fault` (only Management API calls: never the token endpoint),
 * checks that every fault it asked for was injected, and turns faults off again.
 */
async function runUnder(flow: string, body: unknown, fault: FaultConfig): Promise<Faulted> {
  const key = `sn-${randomBytes(8).toString('hex')}`
  const mark = org.events.length
  const before = org.sandbox.stats().faultsInjected
  org.sandbox.configure({ faults: fault })
  let answer: Answer
  try {
    answer = await invoke(flow, body, key)
  } finally {
    org.sandbox.configure({ faults: null })
  }
  const injected = org.sandbox.stats().faultsInjected
  const kinds = fault.statuses.map(String)
  const count = kinds.reduce((sum, kind) => sum + (injected[kind] ?? 0) - (before[kind] ?? 0), 0)
  if (fault.next !== undefined) expect(count, 'every fault asked for was injected').toBe(fault.next)
  else expect(count, 'a fault was injected').toBeGreaterThan(0)
  expect(answer.body.executionId).toMatch(/^exe_/)
  const execution = await view(answer.body.executionId)
  expect(['succeeded', 'failed']).toContain(execution.status)
  return { key, answer, execution, mark, on: bridge }
}

/**
 * The execution's changes are exactly those Okta's System Log shows the bridge made to the user since `mark`:
 * the same operations on the same groups and apps, each under the request id of its event, none twice. The
 * answer, the execution resource and the audit agree.
 */
async function expectExactChanges(
  execution: ExecutionView,
  answerChanges: unknown,
  userId: string | undefined,
  mark: number,
  on = bridge,
): Promise<void> {
  const okta = userId === undefined ? [] : changesInOkta(org, userId, mark)
  expect(changeKeys(execution.changes)).toEqual(okta)
  expect(answerChanges).toEqual(execution.changes)
  for (const change of execution.changes) expect(change.oktaRequestId).toEqual(expect.any(String))
  const steps = execution.changes.map(
    (c) => `${c.operation} ${c.target.groupId ?? ''} ${c.target.appId ?? ''}`,
  )
  expect(new Set(steps).size, 'no change made twice').toBe(steps.length)
  const audit = await fetch(`${on.url}/api/audit?ticket=${execution.ticket.number}`, {
    headers: { 'x-api-client-token': org.token },
  })
  const trail = (await audit.json()) as {
    executions: { executionId: string; changes: ExecutionView['changes'] }[]
  }
  const audited = trail.executions.filter((e) => e.executionId === execution.executionId)
  expect(changeKeys(audited.flatMap((e) => e.changes))).toEqual(okta)
}

/** A succeeded run: 200, its changes exact. `user` is the user's id, or checks the org and answers it. */
async function expectSucceeded(run: Faulted, user: string | (() => string)): Promise<void> {
  expect(run.answer.status, JSON.stringify(run.answer.body)).toBe(200)
  expect(run.execution.status).toBe('succeeded')
  const userId = typeof user === 'string' ? user : user()
  await expectExactChanges(run.execution, run.answer.body.changes, userId, run.mark, run.on)
}

/**
 * A failed run: the problem's status, code and detail, the operation it failed on and Okta's own words; its
 * changes exact (in the problem and in the execution).
 */
async function expectFailed(
  run: Faulted,
  expected: { status: number; code: string; detail: string; operation?: string; okta: RegExp },
  userId: string | undefined,
): Promise<void> {
  const { answer, execution } = run
  expect(answer.status, JSON.stringify(answer.body)).toBe(expected.status)
  expect(answer.headers.get('content-type')).toMatch(/^application\/problem\+json/)
  expect(answer.body).toMatchObject({
    code: expected.code,
    status: expected.status,
    detail: expected.detail,
    executionId: execution.executionId,
  })
  expect(String(answer.body.oktaErrorSummary)).toMatch(expected.okta)
  if (expected.operation !== undefined) expect(answer.body.operation).toBe(expected.operation)
  expect(execution).toMatchObject({
    status: 'failed',
    error: { code: expected.code, status: expected.status, detail: expected.detail },
  })
  const failedSteps = execution.steps.filter((s) => s.outcome === 'failed')
  if (expected.operation !== undefined) {
    expect(failedSteps.map((s) => s.operation)).toContain(expected.operation)
    for (const step of failedSteps) expect(step.error).toEqual(expect.any(String))
  }
  await expectExactChanges(execution, answer.body.changes, userId, run.mark)
}

/**
 * Okta is well again: the same request under the same key runs the same execution to success, and the
 * execution's changes (all attempts) are exactly Okta's, none twice.
 */
async function expectHealedByRetry(
  flow: string,
  body: unknown,
  run: Faulted,
  userIdOf: () => string,
): Promise<ExecutionView> {
  const retry = await invoke(flow, body, run.key)
  expect(retry.status, JSON.stringify(retry.body)).toBe(200)
  expect(retry.headers.get('idempotent-replayed')).toBe('true')
  expect(retry.body.executionId).toBe(run.execution.executionId)
  const healed = await view(run.execution.executionId)
  expect(healed).toMatchObject({ status: 'succeeded', attempts: 2, error: null })
  await expectExactChanges(healed, retry.body.changes, userIdOf(), run.mark)
  return healed
}

/** What a joiner leaves in the org when it succeeded. */
function expectJoined(body: ReturnType<typeof joinerBody>): string {
  const users = usersWithLogin(org, body.profile.login)
  expect(users).toHaveLength(1)
  const { profile: _, ...state } = stateOf(org, users[0]!.id)
  expect(state).toEqual({
    status: 'PROVISIONED',
    groups: [...body.groups].sort(),
    apps: [...body.apps].sort(),
  })
  return users[0]!.id
}

const UNAVAILABLE = 'Okta did not answer; the change may or may not have been made.'
/** The same, once the bridge has looked and found the change not made. */
const NOT_MADE = 'Okta did not answer; the bridge checked and the change was not made, so a retry is safe.'

describe('a joiner under Okta faults', () => {
  it('500 on the create, before Okta acts: the bridge looks, finds no user, creates it once', async () => {
    const body = joinerBody()
    const run = await runUnder('joiner', body, {
      next: 1,
      statuses: [500],
      method: 'POST',
      pathPrefix: '/api/v1/users',
    })
    await expectSucceeded(run, () => expectJoined(body))
  })

  it('503 on the create after Okta made the user: the user is found and kept, not created twice', async () => {
    const body = joinerBody()
    const run = await runUnder('joiner', body, {
      next: 1,
      statuses: [503],
      method: 'POST',
      pathPrefix: '/api/v1/users',
      phase: 'after',
    })
    await expectSucceeded(run, () => expectJoined(body))
  })

  it('timeout on the create after Okta made the user (the bridge gave up waiting): made once', async () => {
    const body = joinerBody()
    const run = await runUnder('joiner', body, {
      next: 1,
      statuses: ['timeout'],
      timeoutMs: REQUEST_TIMEOUT_MS * 6,
      method: 'POST',
      pathPrefix: '/api/v1/users',
      phase: 'after',
    })
    await expectSucceeded(run, () => expectJoined(body))
  })

  it('connection reset on an app assignment after Okta made it: assigned once', async () => {
    const body = joinerBody()
    const run = await runUnder('joiner', body, {
      next: 1,
      statuses: ['reset'],
      method: 'POST',
      pathPrefix: '/api/v1/apps/',
      phase: 'after',
    })
    await expectSucceeded(run, () => expectJoined(body))
  })

  it('429 on an app assignment: the bridge waits for the window and repeats it', async () => {
    const body = joinerBody()
    const run = await runUnder('joiner', body, {
      next: 1,
      statuses: [429],
      method: 'POST',
      pathPrefix: '/api/v1/apps/',
    })
    await expectSucceeded(run, () => expectJoined(body))
  })

  it('a short rate-limit window on app assignments: paced (or repeated after a 429), each made once', async () => {
    const body = joinerBody()
    const mark = org.events.length
    org.sandbox.configure({
      rateLimits: [
        ...DEFAULT_RATE_LIMITS,
        { pathPrefix: '/api/v1/apps/', method: 'POST', limit: 1, windowSeconds: 2 },
      ],
    })
    let answer: Answer
    const key = `sn-${randomBytes(8).toString('hex')}`
    try {
      answer = await invoke('joiner', body, key)
    } finally {
      org.sandbox.configure({ rateLimits: [...DEFAULT_RATE_LIMITS] })
    }
    const execution = await view(answer.body.executionId)
    await expectSucceeded({ key, answer, execution, mark, on: bridge }, () => expectJoined(body))
  })

  it('the window after a short one with a low limit is paced by the limit Okta states then, not the old one', async () => {
    // Okta's time and this bridge's, moved by the test: the short window ends when the clock says so.
    const clock = new ManualClock(new Date())
    org.sandbox.useClock(() => clock.now().getTime())
    // A bridge that waits at most 1 s for a rate-limit window: a window it wrongly believes used up fails it.
    const strict = await startBridge(
      { ...org.env, LOG_LEVEL: 'silent', DATABASE_URL: 'sqlite::memory:', BRIDGE_DEADLINE_MS: '1000' },
      { print: () => {}, oktaClock: clock },
    )
    try {
      org.sandbox.configure({
        rateLimits: [
          ...DEFAULT_RATE_LIMITS,
          { pathPrefix: '/api/v1/apps/', method: 'POST', limit: 1, windowSeconds: 2 },
        ],
      })
      // One assignment: the answer says one per window, none left.
      const first = { ...joinerBody(), apps: [app('Zoom')] }
      try {
        const answer = await invoke('joiner', first, `sn-${randomBytes(8).toString('hex')}`, strict)
        expect(answer.status, JSON.stringify(answer.body)).toBe(200)
      } finally {
        org.sandbox.configure({ rateLimits: [...DEFAULT_RATE_LIMITS] })
      }
      // Once that short window is over, Okta's limit is back to hundreds a minute: two assignments at once.
      clock.advance(2_100)
      const body = joinerBody()
      const mark = org.events.length
      const key = `sn-${randomBytes(8).toString('hex')}`
      const answer = await invoke('joiner', body, key, strict)
      const execution = await view(answer.body.executionId, strict)
      await expectSucceeded({ key, answer, execution, mark, on: strict }, () => expectJoined(body))
    } finally {
      await strict.stop()
      org.sandbox.useClock(Date.now)
    }
  })

  it('timeout on an app assignment before Okta acts: fails naming it, with the changes made; the retry assigns it', async () => {
    const body = joinerBody()
    const run = await runUnder('joiner', body, {
      next: 1,
      statuses: ['timeout'],
      timeoutMs: REQUEST_TIMEOUT_MS * 6,
      method: 'POST',
      pathPrefix: '/api/v1/apps/',
    })
    const userId = userByLogin(org, body.profile.login)!.id
    await expectFailed(
      run,
      {
        status: 502,
        code: 'okta-unavailable',
        detail: NOT_MADE,
        operation: 'assignApp',
        okta: /^Okta did not answer POST \/api\/v1\/apps\/\w+\/users: .*not repeated: the outcome of the write is unknown/,
      },
      userId,
    )
    // The create (with its groups) and the other assignment and the activation, made alongside, are changes.
    expect(run.execution.changes.map((c) => c.operation).sort()).toEqual([
      'activateUser',
      'addGroupMember',
      'addGroupMember',
      'assignApp',
      'createUser',
    ])
    expect(stateOf(org, userId).apps).toHaveLength(1)
    await expectHealedByRetry('joiner', body, run, () => userId)
    expectJoined(body)
  })

  it('500 on the activation before Okta acts: fails naming it; the retry activates', async () => {
    const body = joinerBody()
    const run = await runUnder('joiner', body, {
      next: 1,
      statuses: [500],
      method: 'POST',
      pathPrefix: '/api/v1/users/',
    })
    const userId = userByLogin(org, body.profile.login)!.id
    await expectFailed(
      run,
      {
        status: 502,
        code: 'okta-unavailable',
        detail: NOT_MADE,
        operation: 'activateUser',
        okta: /^Okta answered 500 E0000009/,
      },
      userId,
    )
    expect(stateOf(org, userId).status).toBe('STAGED')
    await expectHealedByRetry('joiner', body, run, () => userId)
    expectJoined(body)
  })

  it('429 on every app assignment: fails as rate-limited with Retry-After and the changes made; the retry completes', async () => {
    const body = joinerBody()
    const run = await runUnder('joiner', body, {
      rate: 1,
      statuses: [429],
      method: 'POST',
      pathPrefix: '/api/v1/apps/',
    })
    const userId = userByLogin(org, body.profile.login)!.id
    await expectFailed(
      run,
      {
        status: 503,
        code: 'okta-rate-limited',
        detail: 'Okta’s rate limit would be exceeded; try again later.',
        operation: 'assignApp',
        okta: /^Okta answered 429 E0000047/,
      },
      userId,
    )
    expect(Number(run.answer.headers.get('retry-after'))).toBeGreaterThanOrEqual(1)
    expect(stateOf(org, userId).apps).toEqual([])
    await expectHealedByRetry('joiner', body, run, () => userId)
    expectJoined(body)
  }, 30_000)

  it('503 on every create, before Okta acts: fails with no change at all; the retry creates the user once', async () => {
    const body = joinerBody()
    const run = await runUnder('joiner', body, {
      rate: 1,
      statuses: [503],
      method: 'POST',
      pathPrefix: '/api/v1/users',
    })
    await expectFailed(
      run,
      {
        status: 502,
        code: 'okta-unavailable',
        detail: UNAVAILABLE,
        operation: 'createUser',
        okta: /^Okta answered 503/,
      },
      undefined,
    )
    expect(run.execution.changes).toEqual([])
    expect(usersWithLogin(org, body.profile.login)).toEqual([])
    await expectHealedByRetry('joiner', body, run, () => userByLogin(org, body.profile.login)!.id)
    expectJoined(body)
  })

  it('500s and timeouts on the reads while planning are repeated; past the retries, it fails having changed nothing', async () => {
    const transient = joinerBody()
    const recovered = await runUnder('joiner', transient, {
      next: 2,
      statuses: [500, 'timeout'],
      timeoutMs: REQUEST_TIMEOUT_MS * 6,
      method: 'GET',
      pathPrefix: '/api/v1/',
    })
    await expectSucceeded(recovered, () => expectJoined(transient))

    const body = joinerBody()
    const run = await runUnder('joiner', body, {
      rate: 1,
      statuses: [500],
      method: 'GET',
      pathPrefix: '/api/v1/users/',
    })
    await expectFailed(
      run,
      { status: 502, code: 'okta-unavailable', detail: UNAVAILABLE, okta: /^Okta answered 500/ },
      undefined,
    )
    expect(run.execution.steps).toEqual([])
    expect(run.execution.changes).toEqual([])
    expect(usersWithLogin(org, body.profile.login)).toEqual([])
    await expectHealedByRetry('joiner', body, run, () => userByLogin(org, body.profile.login)!.id)
    expectJoined(body)
  })
})

describe('a mover under Okta faults', () => {
  /** What the org holds after the move. */
  function expectMoved(userId: string): void {
    const state = stateOf(org, userId)
    expect(state).toMatchObject({
      status: 'ACTIVE',
      groups: [group('Sales'), group('Support')].sort(),
      apps: [app('GitHub')],
    })
    expect(state.profile.department).toBe('Sales')
  }

  // Faults on idempotent writes (PUT/DELETE): the bridge repeats the call, and the change is made once.
  const idempotentWriteFaults: { name: string; faults: FaultConfig }[] = [
    {
      name: '500 on a group add after Okta made it: the bridge repeats the PUT (idempotent), the membership is made once',
      faults: { next: 1, statuses: [500], method: 'PUT', pathPrefix: '/api/v1/groups/', phase: 'after' },
    },
    {
      name: 'connection resets on a group removal before Okta acts: repeated, removed once',
      faults: { next: 2, statuses: ['reset'], method: 'DELETE', pathPrefix: '/api/v1/groups/' },
    },
    {
      name: 'connection reset on a group removal after Okta made it: the repeated DELETE changes nothing, removed once',
      faults: {
        next: 1,
        statuses: ['reset'],
        method: 'DELETE',
        pathPrefix: '/api/v1/groups/',
        phase: 'after',
      },
    },
    {
      name: 'timeout on an app removal after Okta removed it: the repeated DELETE finds it gone, removed once',
      faults: {
        next: 1,
        statuses: ['timeout'],
        timeoutMs: REQUEST_TIMEOUT_MS * 6,
        method: 'DELETE',
        pathPrefix: '/api/v1/apps/',
        phase: 'after',
      },
    },
  ]
  it.each(idempotentWriteFaults)('$name', async ({ faults }) => {
    const userId = seedUser()
    const run = await runUnder('mover', moverBody(userId), faults)
    await expectSucceeded(run, userId)
    expectMoved(userId)
  })

  it('503 on the profile update before Okta acts: fails with no change (the later phase never ran); the retry moves', async () => {
    const userId = seedUser()
    const body = moverBody(userId)
    const run = await runUnder('mover', body, {
      next: 1,
      statuses: [503],
      method: 'POST',
      pathPrefix: '/api/v1/users/',
    })
    await expectFailed(
      run,
      {
        status: 502,
        code: 'okta-unavailable',
        detail: NOT_MADE,
        operation: 'updateProfile',
        okta: /^Okta answered 503/,
      },
      userId,
    )
    expect(run.execution.changes).toEqual([])
    expect(stateOf(org, userId)).toMatchObject({ groups: [group('Engineering')], apps: [app('Slack')] })
    await expectHealedByRetry('mover', body, run, () => userId)
    expectMoved(userId)
  })

  it('500 on the profile update after Okta made it: the bridge sees the new profile and goes on', async () => {
    const userId = seedUser()
    const run = await runUnder('mover', moverBody(userId), {
      next: 1,
      statuses: [500],
      method: 'POST',
      pathPrefix: '/api/v1/users/',
      phase: 'after',
    })
    await expectSucceeded(run, userId)
    expectMoved(userId)
  })
})

describe('a leaver under Okta faults', () => {
  it('500 on the deactivation after Okta made it: deactivated once, recorded once', async () => {
    const userId = seedUser()
    const run = await runUnder(
      'leaver',
      { ticket: newTicket(), user: { id: userId } },
      { next: 1, statuses: [500], method: 'POST', pathPrefix: '/api/v1/users/', phase: 'after' },
    )
    await expectSucceeded(run, userId)
    expect(run.execution.changes.map((c) => c.operation).sort()).toEqual(['deactivateUser', 'revokeSessions'])
    expect(stateOf(org, userId)).toMatchObject({ status: 'DEPROVISIONED', apps: [] })
  })

  it('timeout on the suspension after Okta made it: suspended once', async () => {
    const userId = seedUser()
    const run = await runUnder(
      'leaver',
      { ticket: newTicket(), user: { id: userId }, mode: 'suspend', revokeSessions: false },
      {
        next: 1,
        statuses: ['timeout'],
        timeoutMs: REQUEST_TIMEOUT_MS * 6,
        method: 'POST',
        pathPrefix: '/api/v1/users/',
        phase: 'after',
      },
    )
    await expectSucceeded(run, userId)
    expect(stateOf(org, userId).status).toBe('SUSPENDED')
  })

  it('connection resets on every session revocation: fails before deactivating, nothing changed; the retry completes', async () => {
    const userId = seedUser()
    const body = { ticket: newTicket(), user: { id: userId } }
    const run = await runUnder('leaver', body, {
      rate: 1,
      statuses: ['reset'],
      method: 'DELETE',
      pathPrefix: '/api/v1/users/',
    })
    await expectFailed(
      run,
      {
        status: 502,
        code: 'okta-unavailable',
        detail: UNAVAILABLE,
        operation: 'revokeSessions',
        okta: /^Okta did not answer DELETE \/api\/v1\/users\/\w+\/sessions: .*\(after 4 attempts\)/,
      },
      userId,
    )
    expect(run.execution.changes).toEqual([])
    expect(stateOf(org, userId).status).toBe('ACTIVE')
    await expectHealedByRetry('leaver', body, run, () => userId)
    expect(stateOf(org, userId)).toMatchObject({ status: 'DEPROVISIONED', apps: [] })
  })
})
