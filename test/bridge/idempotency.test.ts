/**
 * Exactly-once Okta effects through the HTTP surface: idempotency keys (explicit and the ticket+flow default),
 * replays of finished and running executions, key reuse with another body, concurrent duplicates, async
 * invocation with the status resource, the sync deadline turning into a 202, and a failed execution retried
 * under its key. Every test judges the sandbox org — users, System Log events, write calls — not only the
 * answers.
 */
import { randomBytes, randomInt } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import request from 'supertest'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ExecutionView } from '../../bridge/flows/execution-service.js'
import {
  expectGoldenThread,
  expectProblem,
  expectSucceeded,
  expectUnchanged,
  type FlowBridge,
  logEvents,
  operations,
  snapshot,
  startFlowBridge,
  TOKEN,
  uniqueLogin,
} from './support/flows-harness.js'

let dir: string
let h: FlowBridge

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bridge-idempotency-'))
  h = await startFlowBridge({ env: { DATABASE_URL: `sqlite:${join(dir, 'bridge.db')}` } })
})

afterAll(async () => {
  await h?.stop()
  await rm(dir, { recursive: true, force: true })
})

/** A ticket number no other test uses: the default idempotency key is made of it. */
function newTicket(): string {
  return `RITM${randomInt(1_000_000_000, 9_999_999_999)}`
}

/** A joiner's body for a fresh login, in the bridge's demo groups and apps. */
function joinerBody(bridge: FlowBridge, ticket = newTicket(), login = uniqueLogin('idem')) {
  return {
    ticket: { number: ticket, requestedBy: 'hr.bot', approvedBy: 'it.manager' },
    profile: { login, email: login, firstName: 'Idem', lastName: 'Potent', department: 'Engineering' },
    groups: [bridge.group('Engineering')],
    apps: [bridge.app('Slack')],
  }
}

/** `POST /api/flo/{flow}/invoke` with extra headers. */
function invoke(bridge: FlowBridge, flow: string, body: unknown, headers: Record<string, string> = {}) {
  let req = request(bridge.bridge.url).post(`/api/flo/${flow}/invoke`).set('x-api-client-token', TOKEN)
  for (const [name, value] of Object.entries(headers)) req = req.set(name, value)
  return req.send(body as object)
}

/** `GET` of a status URL with the client token. */
function getStatus(bridge: FlowBridge, statusUrl: string) {
  return request(bridge.bridge.url).get(statusUrl).set('x-api-client-token', TOKEN)
}

/** A joiner's operations: the create (carrying its group) first, then app assignment and activation. */
const JOINER_OPERATIONS = ['createUser', 'addGroupMember', 'activateUser', 'assignApp']

/**
 * The operations of a joiner's steps or changes, with those that run side by side sorted: the app assignment
 * and the activation share a phase (the order they finish in is not fixed), but both follow the create.
 */
function joinerOrder(list: readonly { operation: string }[]): string[] {
  const ops = operations(list)
  return [...ops.slice(0, 2), ...ops.slice(2).sort()]
}

/** The org's users with this login (0 or 1: the org enforces uniqueness, so 1 means "made once"). */
function usersWithLogin(bridge: FlowBridge, login: string) {
  return [...bridge.org.users.values()].filter((user) => user.profile.login === login)
}

/** The System Log's `user.lifecycle.create` events for this login. */
function createEvents(bridge: FlowBridge, login: string) {
  return logEvents(bridge.org).filter(
    (event) =>
      event.eventType === 'user.lifecycle.create' &&
      event.target.some((target) => target.alternateId === login),
  )
}

describe('an idempotency key', () => {
  it('runs the first request and replays the stored answer to a retry, with no second Okta change', async () => {
    const body = joinerBody(h)
    const key = `sn-${randomBytes(8).toString('hex')}`
    const first = await invoke(h, 'joiner', body, { 'Idempotency-Key': key })
    const { executionId, changes } = expectSucceeded(first, 'joiner')
    expect(first.headers['idempotent-replayed']).toBeUndefined()
    expectGoldenThread(h.org, changes)

    const before = snapshot(h.sandbox)
    const retry = await invoke(h, 'joiner', body, { 'Idempotency-Key': key })
    expect(retry.status).toBe(200)
    expect(retry.headers['idempotent-replayed']).toBe('true')
    expect(retry.body).toEqual(first.body)
    expect(retry.body.executionId).toBe(executionId)
    // Nothing reached Okta: no write call, no log event, no user.
    expectUnchanged(h.sandbox, before)
    expect(usersWithLogin(h, body.profile.login)).toHaveLength(1)
    expect(createEvents(h, body.profile.login)).toHaveLength(1)
  })

  it('runs twenty identical requests arriving at once as one execution: one Okta change, one execution id', async () => {
    const body = joinerBody(h)
    const answers = await Promise.all(Array.from({ length: 20 }, () => invoke(h, 'joiner', body)))
    for (const answer of answers) expect([200, 202], JSON.stringify(answer.body)).toContain(answer.status)
    const ids = new Set(answers.map((answer) => answer.body.executionId))
    expect(ids.size).toBe(1)
    // Exactly one request started the execution; the nineteen others found it.
    expect(answers.filter((answer) => answer.headers['idempotent-replayed'] === undefined)).toHaveLength(1)
    expect(answers.filter((answer) => answer.headers['idempotent-replayed'] === 'true')).toHaveLength(19)

    await h.bridge.executions.drain()
    const [executionId] = [...ids] as string[]
    const view = (await getStatus(h, `/api/flo/executions/${executionId}`)).body as ExecutionView
    expect(view.status).toBe('succeeded')
    expect(view.attempts).toBe(1)
    expect(usersWithLogin(h, body.profile.login)).toHaveLength(1)
    expect(createEvents(h, body.profile.login)).toHaveLength(1)
    // Every 200 carries the same result as the execution resource.
    for (const answer of answers.filter((a) => a.status === 200)) {
      expect(answer.body).toEqual({
        executionId,
        flow: 'joiner',
        status: 'succeeded',
        output: view.output,
        changes: view.changes,
      })
    }
  })

  it('refuses the same key with a different body (422) and changes nothing in Okta', async () => {
    const key = `sn-${randomBytes(8).toString('hex')}`
    const first = expectSucceeded(
      await invoke(h, 'joiner', joinerBody(h), { 'Idempotency-Key': key }),
      'joiner',
    )
    const other = joinerBody(h)
    const before = snapshot(h.sandbox)
    const res = await invoke(h, 'joiner', other, { 'Idempotency-Key': key })
    const problem = expectProblem(res, 422, 'idempotency-key-reused')
    // The answer names no execution: the key is the caller's, the execution id is not needed to retry.
    expect(problem.executionId).toBeUndefined()
    expect(JSON.stringify(problem)).not.toContain(first.executionId)
    expect(res.headers['idempotent-replayed']).toBeUndefined()
    expectUnchanged(h.sandbox, before)
    expect(usersWithLogin(h, other.profile.login)).toHaveLength(0)
  })

  it('is scoped by flow: the same key for another flow is another execution, not a 422', async () => {
    const key = `sn-${randomBytes(8).toString('hex')}`
    const joined = expectSucceeded(
      await invoke(h, 'joiner', joinerBody(h), { 'Idempotency-Key': key }),
      'joiner',
    )
    const res = await invoke(
      h,
      'revoke-sessions',
      { ticket: { number: newTicket(), requestedBy: 'hr.bot' }, user: { id: joined.output.userId } },
      { 'Idempotency-Key': key },
    )
    const revoked = expectSucceeded(res, 'revoke-sessions')
    expect(revoked.executionId).not.toBe(joined.executionId)
    expect(res.headers['idempotent-replayed']).toBeUndefined()
  })

  it('defaults to the ticket number and flow when the header is absent', async () => {
    const ticket = newTicket()
    const body = joinerBody(h, ticket)
    const first = expectSucceeded(await invoke(h, 'joiner', body), 'joiner')

    // The same body without a key, and with the key spelled out, replay the same execution.
    const again = await invoke(h, 'joiner', body)
    expect(again.status).toBe(200)
    expect(again.headers['idempotent-replayed']).toBe('true')
    expect(again.body.executionId).toBe(first.executionId)
    const explicit = await invoke(h, 'joiner', body, { 'Idempotency-Key': `${ticket}:joiner` })
    expect(explicit.headers['idempotent-replayed']).toBe('true')
    expect(explicit.body.executionId).toBe(first.executionId)

    // Another body for the same ticket and flow is another request under the same key.
    expectProblem(await invoke(h, 'joiner', joinerBody(h, ticket)), 422, 'idempotency-key-reused')

    // Another flow for the same ticket is another execution, and runs.
    const revoke = await invoke(h, 'revoke-sessions', {
      ticket: body.ticket,
      user: { id: first.output.userId },
    })
    const revoked = expectSucceeded(revoke, 'revoke-sessions')
    expect(revoke.headers['idempotent-replayed']).toBeUndefined()
    expect(revoked.executionId).not.toBe(first.executionId)
    expect(operations(revoked.changes)).toEqual(['revokeSessions'])
    expect(usersWithLogin(h, body.profile.login)).toHaveLength(1)
  })

  it('recognises a retry whose body means the same request (key order, an explicit default)', async () => {
    const body = joinerBody(h)
    const first = expectSucceeded(await invoke(h, 'joiner', body), 'joiner')
    // Members in another order, and `activate: true` spelled out where the first request left the default.
    const reordered = { apps: body.apps, groups: body.groups, profile: body.profile, ticket: body.ticket }
    const retry = await invoke(h, 'joiner', { ...reordered, activate: true })
    expect(retry.status, JSON.stringify(retry.body)).toBe(200)
    expect(retry.headers['idempotent-replayed']).toBe('true')
    expect(retry.body.executionId).toBe(first.executionId)
  })

  it('must be 1–255 printable ASCII characters (400), checked before anything reaches Okta', async () => {
    const before = snapshot(h.sandbox)
    for (const key of ['k'.repeat(256), 'clé']) {
      const res = await invoke(h, 'joiner', joinerBody(h), { 'Idempotency-Key': key })
      const problem = expectProblem(res, 400, 'invalid-input')
      expect(problem.errors).toEqual([
        { path: 'Idempotency-Key (header)', message: 'must be 1–255 printable ASCII characters' },
      ])
    }
    expectUnchanged(h.sandbox, before)
    // The longest valid key is accepted.
    expectSucceeded(
      await invoke(h, 'joiner', joinerBody(h), { 'Idempotency-Key': 'k'.repeat(255) }),
      'joiner',
    )
  })

  it('is not needed by dry runs, which change nothing and are never stored', async () => {
    const body = joinerBody(h)
    const dry = await request(h.bridge.url)
      .post('/api/flo/joiner/invoke?dryRun=true')
      .set('x-api-client-token', TOKEN)
      .send(body)
    expect(dry.status).toBe(200)
    expect(dry.body.dryRun).toBe(true)
    // The real run afterwards is the first request under the key, not a replay of the dry run.
    const real = await invoke(h, 'joiner', { ...body, expectedPlanHash: dry.body.planHash })
    expectSucceeded(real, 'joiner')
    expect(real.headers['idempotent-replayed']).toBeUndefined()
  })
})

describe('asynchronous invocation', () => {
  it('answers 202 with the status URL at once; the status resource reaches succeeded with steps and output', async () => {
    const body = joinerBody(h)
    const res = await invoke(h, 'joiner', body, { Prefer: 'respond-async' })
    expect(res.status, JSON.stringify(res.body)).toBe(202)
    const { executionId, statusUrl } = res.body as { executionId: string; statusUrl: string }
    expect(executionId).toMatch(/^exe_[0-9a-f-]{36}$/)
    expect(res.body).toEqual({ executionId, statusUrl: `/api/flo/executions/${executionId}` })
    expect(res.headers.location).toBe(statusUrl)
    expect(res.headers['preference-applied']).toBe('respond-async')

    let view: ExecutionView | undefined
    for (let poll = 0; poll < 600; poll++) {
      const status = await getStatus(h, statusUrl)
      expect(status.status).toBe(200)
      view = status.body as ExecutionView
      if (view.status !== 'running') break
      expect(status.headers['retry-after']).toBe('1')
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
    expect(view!.status).toBe('succeeded')
    const user = usersWithLogin(h, body.profile.login)
    expect(user).toHaveLength(1)
    expect(view).toMatchObject({
      executionId,
      flow: 'joiner',
      ticket: body.ticket,
      caller: { kind: 'client-token', id: 'token-1' },
      attempts: 1,
      error: null,
      output: { userId: user[0]!.id, login: body.profile.login, adopted: false },
    })
    expect(joinerOrder(view!.steps)).toEqual(JOINER_OPERATIONS)
    for (const step of view!.steps)
      expect(step).toMatchObject({ executionId, attempt: 1, outcome: 'succeeded' })
    expect(view!.changes).toHaveLength(4)
    expectGoldenThread(h.org, view!.changes)
    expect(user[0]!.status).toBe('PROVISIONED')

    // A retry of the async request replays the finished execution.
    const replay = await invoke(h, 'joiner', body, { Prefer: 'respond-async' })
    expect(replay.status).toBe(200)
    expect(replay.headers['idempotent-replayed']).toBe('true')
    expect(replay.body.executionId).toBe(executionId)
  })

  it('the status resource needs credentials, and answers 404 for an unknown execution', async () => {
    const unknown = `exe_${'0'.repeat(8)}-0000-0000-0000-${'0'.repeat(12)}`
    expectProblem(await request(h.bridge.url).get(`/api/flo/executions/${unknown}`), 401, 'unauthenticated')
    expectProblem(await getStatus(h, `/api/flo/executions/${unknown}`), 404, 'execution-not-found')
    expectProblem(await getStatus(h, '/api/flo/executions/..%2F..%2Fetc'), 404, 'execution-not-found')
  })
})

describe('the synchronous deadline', () => {
  it('answers 202 when Okta is slow, and the execution completes later', async () => {
    const slow = await startFlowBridge({
      env: { DATABASE_URL: `sqlite:${join(dir, 'slow.db')}`, BRIDGE_SYNC_DEADLINE_MS: '300' },
    })
    try {
      slow.sandbox.configure({ latencyMs: 400 })
      const body = joinerBody(slow)
      const res = await invoke(slow, 'joiner', body)
      expect(res.status, JSON.stringify(res.body)).toBe(202)
      const { executionId, statusUrl } = res.body as { executionId: string; statusUrl: string }
      expect(statusUrl).toBe(`/api/flo/executions/${executionId}`)
      expect(res.headers.location).toBe(statusUrl)
      // The caller did not ask for async: the preference header says nothing was applied.
      expect(res.headers['preference-applied']).toBeUndefined()

      // A retry while it still runs waits the same deadline and answers the same execution.
      const retry = await invoke(slow, 'joiner', body)
      expect(retry.status).toBe(202)
      expect(retry.headers['idempotent-replayed']).toBe('true')
      expect(retry.body).toEqual({ executionId, statusUrl })

      await slow.bridge.executions.drain()
      const view = (await getStatus(slow, statusUrl)).body as ExecutionView
      expect(view.status).toBe('succeeded')
      expect(usersWithLogin(slow, body.profile.login)).toHaveLength(1)
      expect(createEvents(slow, body.profile.login)).toHaveLength(1)

      const done = await invoke(slow, 'joiner', body)
      expect(done.status).toBe(200)
      expect(done.headers['idempotent-replayed']).toBe('true')
      expect(done.body).toMatchObject({ executionId, status: 'succeeded', changes: view.changes })
    } finally {
      await slow.stop()
    }
  })
})

describe('a failed execution', () => {
  it('answers its problem with the execution id; retried under its key it runs again, and succeeds once Okta does', async () => {
    const body = joinerBody(h)
    const key = `sn-${randomBytes(8).toString('hex')}`
    // Okta answers 500 to every user creation: the outcome is unknown, the adapter looks, finds nothing, fails.
    h.sandbox.configure({ faults: { rate: 1, statuses: [500], method: 'POST', pathPrefix: '/api/v1/users' } })
    let executionId: string
    try {
      const failed = await invoke(h, 'joiner', body, { 'Idempotency-Key': key })
      const problem = expectProblem(failed, 502, 'okta-unavailable')
      executionId = problem.executionId as string
      expect(executionId).toMatch(/^exe_/)
      expect(problem.changes).toEqual([])
      expect(failed.headers['idempotent-replayed']).toBeUndefined()
      expect(usersWithLogin(h, body.profile.login)).toHaveLength(0)

      // Still failing: the retry is the same execution, started again, ending in the same problem.
      const again = await invoke(h, 'joiner', body, { 'Idempotency-Key': key })
      const second = expectProblem(again, 502, 'okta-unavailable')
      expect(second.executionId).toBe(executionId)
      expect(again.headers['idempotent-replayed']).toBe('true')
      const view = (await getStatus(h, `/api/flo/executions/${executionId}`)).body as ExecutionView
      expect(view).toMatchObject({
        status: 'failed',
        attempts: 2,
        error: { code: 'okta-unavailable', status: 502 },
      })
      expect(view.steps.map((step) => [step.operation, step.outcome, step.attempt])).toEqual([
        ['createUser', 'failed', 1],
        ['createUser', 'failed', 2],
      ])
    } finally {
      h.sandbox.configure({ faults: null })
    }

    const healed = await invoke(h, 'joiner', body, { 'Idempotency-Key': key })
    const result = expectSucceeded(healed, 'joiner')
    expect(result.executionId).toBe(executionId)
    expect(joinerOrder(result.changes)).toEqual(JOINER_OPERATIONS)
    expect(usersWithLogin(h, body.profile.login)).toHaveLength(1)
    expect(createEvents(h, body.profile.login)).toHaveLength(1)
    const view = (await getStatus(h, `/api/flo/executions/${executionId}`)).body as ExecutionView
    expect(view).toMatchObject({ status: 'succeeded', attempts: 3, error: null })

    // Once succeeded, the key replays the success.
    const replay = await invoke(h, 'joiner', body, { 'Idempotency-Key': key })
    expect(replay.status).toBe(200)
    expect(replay.body).toEqual(healed.body)
  })
})
