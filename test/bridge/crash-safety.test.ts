/**
 * Crash safety of durable executions: the bridge runs as its own process (`node --import tsx bridge/main.ts`,
 * Okta mode) against a sandbox org living in the test process, so the org outlives the bridge. The bridge is
 * killed with SIGKILL at chosen points of a joiner — while planning, right as Okta records the create, at
 * each app assignment, as the activation request arrives (dropped), as Okta records the activation (the last
 * step done, neither it nor the completion recorded), at the create of a joiner with nothing after it — and
 * of a mover between its group adds; then started again on the same store. Each time the resumed execution must end `succeeded` with the org exactly as a
 * clean run leaves it, every change made once in Okta (System Log) and once in the audit, each under the
 * request id Okta's System Log records it with, and the audit chain intact. A retry with the same
 * Idempotency-Key (what ServiceNow sends after a dropped connection) gets the same execution.
 *
 * Kill points are decided on the sandbox side, so they do not depend on timing: a System Log listener kills
 * the child synchronously when the N-th matching event is recorded (before Okta even answers), or a wrapped
 * token check kills it when a matching request arrives. Requests the dead process still had on the way are
 * dropped, so the org holds exactly what was done up to the kill.
 */
import { randomBytes, randomInt } from 'node:crypto'
import { join } from 'node:path'
import SQLite from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type ExecutionView, scopedIdempotencyKey } from '../../bridge/flows/execution-service.js'
import type { AuditedExecution } from '../../bridge/http/audit.js'
import type { FlowName } from '../../shared/index.js'
import { OktaApiError } from '../sandboxes/okta/errors.js'
import type { SandboxRequest } from '../sandboxes/okta/http-types.js'
import type { LogEvent } from '../sandboxes/okta/system-log.js'
import {
  type BridgeProcess,
  bridgeEventsFor,
  changeKeys,
  changesInOkta,
  type OktaOrg,
  spawnBridge,
  startOktaOrg,
  stateOf,
  userByLogin,
  usersWithLogin,
} from './support/okta-org.js'

/** Okta latency per call: long enough that a kill lands between calls, short enough for a fast file. */
const LATENCY_MS = 40

let org: OktaOrg
let dbFile: string
let bridge: BridgeProcess
const spawned: BridgeProcess[] = []

/** Where the next kill happens: at the N-th System Log event of a type, or when a request arrives. */
type KillPoint =
  | { kind: 'event'; eventType: string; nth: number }
  | { kind: 'request'; match: (req: SandboxRequest) => boolean }

/** The armed kill point, with how many matching events were seen. */
let armed: { point: KillPoint; seen: number } | undefined
/** Set from the kill until the next bridge starts: requests the dead process had on the way are dropped. */
let dropping = false

function kill(): void {
  armed = undefined
  dropping = true
  bridge.proc.kill('SIGKILL')
}

beforeAll(async () => {
  org = await startOktaOrg({
    groups: ['Engineering', 'Sales', 'Support', 'Marketing'],
    apps: ['Slack', 'GitHub', 'Zoom'],
  })
  org.sandbox.configure({ latencyMs: LATENCY_MS })
  dbFile = join(org.dir, 'bridge.db')
  org.sandbox.org.log.subscribe((event: LogEvent) => {
    const point = armed?.point
    if (point?.kind !== 'event' || event.actor.id !== org.clientId || event.eventType !== point.eventType)
      return
    if (++armed!.seen === point.nth) kill()
  })
  // The token check runs after the sandbox's latency, right before the handler: the place to recognise a
  // request that is a kill point, and the last moment to drop a request of the dead process — checked again
  // once the (asynchronous) check is done, since the kill may have happened meanwhile.
  const authenticate = org.sandbox.auth.authenticate.bind(org.sandbox.auth)
  const dropped = () => new OktaApiError(503, 'E0000009', 'Dropped: the bridge that sent it was killed')
  org.sandbox.auth.authenticate = async (req, scope) => {
    const point = armed?.point
    if (point?.kind === 'request' && point.match(req)) kill()
    if (dropping) throw dropped()
    const principal = await authenticate(req, scope)
    if (dropping) throw dropped()
    return principal
  }
  bridge = await start()
}, 60_000)

afterAll(async () => {
  for (const child of spawned) {
    if (child.proc.exitCode === null && child.proc.signalCode === null) {
      child.proc.kill('SIGKILL')
      await child.exited
    }
  }
  await org?.stop()
})

/** Starts a bridge process on the shared store. */
async function start(): Promise<BridgeProcess> {
  const child = await spawnBridge({
    ...org.env,
    DATABASE_URL: `sqlite:${dbFile}`,
    LOG_LEVEL: 'info',
    // The killed process's leases must lapse before the next one resumes its executions: the shortest lease
    // keeps that wait to about two seconds.
    EXECUTION_LEASE_SECONDS: '2',
  })
  spawned.push(child)
  return child
}

/** `POST /api/flo/{flow}/invoke` with the client token and an idempotency key. */
function invoke(flow: string, body: unknown, key: string, async: boolean): Promise<Response> {
  return fetch(`${bridge.url}/api/flo/${flow}/invoke`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-api-client-token': org.token,
      'idempotency-key': key,
      ...(async ? { prefer: 'respond-async' } : {}),
    },
    body: JSON.stringify(body),
  })
}

/** `GET {path}` on the bridge with the client token, as JSON. */
async function get<T>(path: string): Promise<{ status: number; body: T }> {
  const res = await fetch(`${bridge.url}${path}`, { headers: { 'x-api-client-token': org.token } })
  return { status: res.status, body: (await res.json()) as T }
}

/**
 * What the store held for a flow's idempotency key (read from the SQLite file, the bridge being dead). The
 * store keeps keys scoped by caller and flow; the org's only client token is named `token-1`.
 */
function storeAt(flow: string, key: string): { id: string; status: string; plan: unknown; steps: string[] } {
  const db = new SQLite(dbFile)
  try {
    const scoped = scopedIdempotencyKey({ kind: 'client-token', id: 'token-1' }, flow as FlowName, key)
    const row = db
      .prepare('select id, status, plan from executions where idempotency_key = ?')
      .get(scoped) as {
      id: string
      status: string
      plan: string | null
    }
    const steps = db
      .prepare("select operation from steps where execution_id = ? and outcome = 'succeeded' order by seq")
      .all(row.id) as { operation: string }[]
    return {
      id: row.id,
      status: row.status,
      plan: row.plan === null ? null : JSON.parse(row.plan),
      steps: steps.map((s) => s.operation),
    }
  } finally {
    db.close()
  }
}

function newTicket(): { number: string; requestedBy: string; approvedBy: string } {
  return {
    number: `RITM${randomInt(1_000_000_000, 9_999_999_999)}`,
    requestedBy: 'hr.bot',
    approvedBy: 'it.mgr',
  }
}

function login(prefix: string): string {
  return `${prefix}.${randomBytes(4).toString('hex')}@example.com`
}

const group = (name: string) => org.groups.find((g) => g.name === name)!.id
const app = (label: string) => org.apps.find((a) => a.label === label)!.id

/**
 * A joiner in two groups and two apps with the activation email, so the activation is its own last phase:
 * create (carrying the groups) → both app assignments → activate.
 */
function joinerBody(ticket = newTicket(), who = login('crash')) {
  return {
    ticket,
    profile: { login: who, email: who, firstName: 'Cra', lastName: 'Sh', department: 'Engineering' },
    groups: [group('Engineering'), group('Sales')],
    apps: [app('Slack'), app('GitHub')],
    sendEmail: true,
  }
}

/** What a clean run left, to compare crashed runs with. */
interface Reference {
  state: { status: string; groups: string[]; apps: string[] }
  eventTypes: string[]
  operations: string[]
}

function eventTypesOf(userId: string): string[] {
  return bridgeEventsFor(org, userId)
    .map((e) => e.eventType)
    .sort()
}

/** Polls the status resource until the execution is no longer running. */
async function finished(executionId: string): Promise<ExecutionView> {
  for (let i = 0; i < 400; i++) {
    const { status, body } = await get<ExecutionView>(`/api/flo/executions/${executionId}`)
    expect(status).toBe(200)
    if (body.status !== 'running') return body
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  throw new Error(`execution ${executionId} still running`)
}

/**
 * Runs a request, kills the bridge at the kill point, checks what the store held then, starts a new bridge
 * on the same store and retries the request with the same key. Answers the execution once it succeeded.
 */
async function crashAndResume(options: {
  flow: string
  body: { ticket: { number: string } }
  point: KillPoint
  async: boolean
  /** Checks on the store at the moment of the kill (proves where the kill landed). */
  atKill: (store: ReturnType<typeof storeAt>) => void
}): Promise<{ executionId: string; view: ExecutionView; answer: unknown }> {
  const key = `sn-${randomBytes(8).toString('hex')}`
  armed = { point: options.point, seen: 0 }
  const first = invoke(options.flow, options.body, key, options.async).then(
    async (res) => ({ status: res.status, body: (await res.json()) as { executionId?: string } }),
    () => undefined,
  )
  let timer: NodeJS.Timeout | undefined
  const exit = await Promise.race([
    bridge.exited,
    new Promise((resolve) => {
      timer = setTimeout(() => resolve('never killed'), 20_000)
    }),
  ])
  clearTimeout(timer)
  expect(exit, `the kill point was reached:\n${bridge.stderr()}`).toBe('SIGKILL')
  const answered = await first
  if (options.async) {
    // Prefer: respond-async: the execution was recorded and answered before the kill.
    expect(answered?.status).toBe(202)
  } else {
    // A synchronous call whose connection died with the bridge.
    expect(answered).toBeUndefined()
  }
  const atKill = storeAt(options.flow, key)
  expect(atKill.status).toBe('running')
  if (answered?.body.executionId !== undefined) expect(answered.body.executionId).toBe(atKill.id)
  options.atKill(atKill)

  // Whatever the dead process had on the way has reached the token check (and been dropped) by now.
  await new Promise((resolve) => setTimeout(resolve, LATENCY_MS * 5))
  dropping = false
  bridge = await start()

  // ServiceNow retries with the same key: the same execution, resumed, answered once it is done.
  const retry = await invoke(options.flow, options.body, key, false)
  const answer = (await retry.json()) as { executionId: string; status: string }
  expect(retry.status, JSON.stringify(answer)).toBe(200)
  expect(retry.headers.get('idempotent-replayed')).toBe('true')
  expect(answer.executionId).toBe(atKill.id)
  const view = await finished(atKill.id)
  expect(view.status).toBe('succeeded')
  expect(view.error).toBeNull()

  // A further retry replays the stored result and changes nothing in Okta.
  const logSize = org.sandbox.org.log.size
  const replay = await invoke(options.flow, options.body, key, false)
  expect(replay.status).toBe(200)
  expect(replay.headers.get('idempotent-replayed')).toBe('true')
  expect(await replay.json()).toEqual(answer)
  expect(org.sandbox.org.log.size).toBe(logSize)
  return { executionId: atKill.id, view, answer }
}

/**
 * The audit of the ticket holds one execution with each change exactly once, each under the request id of its
 * System Log event, equal to the execution's changes and to what Okta's System Log shows; the chain verifies.
 */
async function expectAuditExact(ticket: string, executionId: string, userId: string, view: ExecutionView) {
  const okta = changesInOkta(org, userId)
  expect(changeKeys(view.changes)).toEqual(okta)
  const audit = await get<{ executions: AuditedExecution[] }>(`/api/audit?ticket=${ticket}&withOktaLog=true`)
  expect(audit.status).toBe(200)
  expect(audit.body.executions.map((e) => [e.executionId, e.status])).toEqual([[executionId, 'succeeded']])
  const changes = audit.body.executions[0]!.changes
  for (const change of changes) {
    expect(change.outcome).toBe('succeeded')
    expect(change.target.userId).toBe(userId)
    expect(change.oktaLogEvent?.transaction?.id, JSON.stringify(change)).toBe(change.oktaRequestId)
  }
  expect(changeKeys(changes)).toEqual(okta)
  const verify = await get<{ ok: boolean }>('/api/audit/verify')
  expect(verify.body).toMatchObject({ ok: true })
}

/** The joiner ended as a clean one: one user, same status, groups, apps and bridge events, audit exact. */
async function expectLikeCleanJoiner(
  reference: Reference,
  body: ReturnType<typeof joinerBody>,
  result: { executionId: string; view: ExecutionView },
) {
  const users = usersWithLogin(org, body.profile.login)
  expect(users).toHaveLength(1)
  const userId = users[0]!.id
  const { profile: _, ...state } = stateOf(org, userId)
  expect(state).toEqual(reference.state)
  expect(eventTypesOf(userId)).toEqual(reference.eventTypes)
  expect(bridgeEventsFor(org, userId).filter((e) => e.eventType === 'user.lifecycle.create')).toHaveLength(1)
  expect(result.view.changes.map((c) => c.operation).sort()).toEqual(reference.operations)
  expect(result.view.output).toMatchObject({ userId, login: body.profile.login, status: 'PROVISIONED' })
  await expectAuditExact(body.ticket.number, result.executionId, userId, result.view)
}

/** A joiner's request to a user's lifecycle endpoint, by login (the id is only known once it exists). */
function isActivationOf(loginOf: string) {
  return (req: SandboxRequest) => {
    const user = userByLogin(org, loginOf)
    return (
      user !== undefined &&
      req.method === 'POST' &&
      req.url.pathname === `/api/v1/users/${user.id}/lifecycle/activate`
    )
  }
}

describe('a joiner killed with SIGKILL and resumed', () => {
  let reference: Reference

  beforeAll(async () => {
    // The clean run every crashed one is compared with.
    const body = joinerBody()
    const res = await invoke('joiner', body, `sn-${randomBytes(8).toString('hex')}`, false)
    const result = (await res.json()) as { executionId: string; output: { userId: string } }
    expect(res.status, JSON.stringify(result)).toBe(200)
    const { profile: _, ...state } = stateOf(org, result.output.userId)
    const view = await finished(result.executionId)
    reference = {
      state,
      eventTypes: eventTypesOf(result.output.userId),
      operations: view.changes.map((c) => c.operation).sort(),
    }
    expect(reference.state).toEqual({
      status: 'PROVISIONED',
      groups: [group('Engineering'), group('Sales')].sort(),
      apps: [app('Slack'), app('GitHub')].sort(),
    })
    expect(reference.operations).toEqual([
      'activateUser',
      'addGroupMember',
      'addGroupMember',
      'assignApp',
      'assignApp',
      'createUser',
    ])
    await expectAuditExact(body.ticket.number, result.executionId, result.output.userId, view)
  }, 30_000)

  it('while planning (its first Okta read): nothing was done, the resumed run does it all once', async () => {
    const body = joinerBody()
    const result = await crashAndResume({
      flow: 'joiner',
      body,
      async: false,
      point: {
        kind: 'request',
        match: (req) =>
          req.method === 'GET' && decodeURIComponent(req.url.pathname).includes(body.profile.login),
      },
      atKill: (store) => {
        expect(store.plan).toBeNull()
        expect(store.steps).toEqual([])
        expect(usersWithLogin(org, body.profile.login)).toHaveLength(0)
      },
    })
    await expectLikeCleanJoiner(reference, body, result)
    expect(result.view.output).toMatchObject({ adopted: false })
  }, 30_000)

  it('as Okta records the create (the answer never arrives): the user is adopted, not created twice', async () => {
    const body = joinerBody()
    const result = await crashAndResume({
      flow: 'joiner',
      body,
      async: true,
      point: { kind: 'event', eventType: 'user.lifecycle.create', nth: 1 },
      atKill: (store) => {
        expect(store.plan).not.toBeNull()
        expect(store.steps).toEqual([])
        expect(userByLogin(org, body.profile.login)?.status).toBe('STAGED')
      },
    })
    await expectLikeCleanJoiner(reference, body, result)
    // The contract's meaning of `adopted`: a user left by an earlier, interrupted run was taken over.
    expect(result.view.output).toMatchObject({ adopted: true })
  }, 30_000)

  it('at the first app assignment: the create was recorded, the assignment made but not recorded', async () => {
    const body = joinerBody()
    const result = await crashAndResume({
      flow: 'joiner',
      body,
      async: false,
      point: { kind: 'event', eventType: 'application.user_membership.add', nth: 1 },
      atKill: (store) => {
        expect([...store.steps].sort()).toEqual(['addGroupMember', 'addGroupMember', 'createUser'])
        expect(stateOf(org, userByLogin(org, body.profile.login)!.id).apps).toHaveLength(1)
      },
    })
    await expectLikeCleanJoiner(reference, body, result)
  }, 30_000)

  it('at the second app assignment (both made, not yet activated)', async () => {
    const body = joinerBody()
    const result = await crashAndResume({
      flow: 'joiner',
      body,
      async: true,
      point: { kind: 'event', eventType: 'application.user_membership.add', nth: 2 },
      atKill: (store) => {
        expect(store.steps.filter((op) => op !== 'assignApp').sort()).toEqual([
          'addGroupMember',
          'addGroupMember',
          'createUser',
        ])
        const user = userByLogin(org, body.profile.login)!
        expect(stateOf(org, user.id)).toMatchObject({
          status: 'STAGED',
          apps: [app('Slack'), app('GitHub')].sort(),
        })
      },
    })
    await expectLikeCleanJoiner(reference, body, result)
  }, 30_000)

  it('right before the activation (its request is lost with the process)', async () => {
    const body = joinerBody()
    const result = await crashAndResume({
      flow: 'joiner',
      body,
      async: false,
      point: { kind: 'request', match: isActivationOf(body.profile.login) },
      atKill: (store) => {
        expect([...store.steps].sort()).toEqual([
          'addGroupMember',
          'addGroupMember',
          'assignApp',
          'assignApp',
          'createUser',
        ])
        expect(userByLogin(org, body.profile.login)?.status).toBe('STAGED')
      },
    })
    await expectLikeCleanJoiner(reference, body, result)
  }, 30_000)

  it('as Okta records the activation: the last step done, neither it nor the completion recorded', async () => {
    const body = joinerBody()
    const result = await crashAndResume({
      flow: 'joiner',
      body,
      async: true,
      point: { kind: 'event', eventType: 'user.lifecycle.activate', nth: 1 },
      atKill: (store) => {
        expect(store.steps).not.toContain('activateUser')
        expect(store.steps).toHaveLength(5)
        expect(userByLogin(org, body.profile.login)?.status).toBe('PROVISIONED')
      },
    })
    await expectLikeCleanJoiner(reference, body, result)
    // The resumed run found nothing left to do: the activation is in the audit once, recovered with the
    // request id of Okta's event (the System Log lookup), not repeated.
    const activations = result.view.steps.filter((s) => s.operation === 'activateUser')
    expect(activations).toHaveLength(1)
    expect(activations[0]!.oktaRequestId).toEqual(expect.any(String))
  }, 30_000)
})

describe('a joiner whose only write is the create (groups carried by it, no apps, not activated)', () => {
  it('killed as Okta records the create: the resumed run plans nothing, and still records the create and groups once, on the user', async () => {
    const body = { ...joinerBody(), apps: [], activate: false, sendEmail: false }
    const result = await crashAndResume({
      flow: 'joiner',
      body,
      async: true,
      point: { kind: 'event', eventType: 'user.lifecycle.create', nth: 1 },
      atKill: (store) => expect(store.steps).toEqual([]),
    })
    const users = usersWithLogin(org, body.profile.login)
    expect(users).toHaveLength(1)
    const userId = users[0]!.id
    expect(stateOf(org, userId)).toMatchObject({
      status: 'STAGED',
      groups: [group('Engineering'), group('Sales')].sort(),
      apps: [],
    })
    expect(eventTypesOf(userId)).toEqual([
      'group.user_membership.add',
      'group.user_membership.add',
      'user.lifecycle.create',
    ])
    // Nothing was left to do after the crash, so no step of the resumed run names the user: the recovered
    // changes must still be recorded on it (the audit by Okta user finds them) with their request ids.
    await expectAuditExact(body.ticket.number, result.executionId, userId, result.view)
    const byUser = await get<{ executions: AuditedExecution[] }>(`/api/audit?oktaUserId=${userId}`)
    expect(byUser.body.executions.map((e) => e.changes.length)).toEqual([3])
  }, 30_000)
})

describe('a mover killed with SIGKILL between its group adds and resumed', () => {
  /** A user as HR left it before the move: Engineering, Slack, department Engineering. */
  function seedMover(): string {
    const who = login('mover')
    const [user] = org.sandbox.org.seed({
      users: [
        {
          profile: { login: who, email: who, firstName: 'Mo', lastName: 'Ver', department: 'Engineering' },
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

  function moverBody(userId: string) {
    return {
      ticket: newTicket(),
      user: { id: userId },
      profile: { department: 'Sales', title: 'Account Executive' },
      addGroups: [group('Sales'), group('Support'), group('Marketing')],
      removeGroups: [group('Engineering')],
      addApps: [app('GitHub'), app('Zoom')],
      removeApps: [app('Slack')],
    }
  }

  it('ends with the groups, apps and profile of a clean move, each change once in Okta and the audit', async () => {
    const cleanId = seedMover()
    const cleanRes = await invoke('mover', moverBody(cleanId), `sn-${randomBytes(8).toString('hex')}`, false)
    expect(cleanRes.status).toBe(200)
    const cleanView = await finished(((await cleanRes.json()) as { executionId: string }).executionId)
    const clean = stateOf(org, cleanId)
    expect(clean.groups).toEqual([group('Sales'), group('Support'), group('Marketing')].sort())

    const userId = seedMover()
    const body = moverBody(userId)
    const result = await crashAndResume({
      flow: 'mover',
      body,
      async: true,
      point: { kind: 'event', eventType: 'group.user_membership.add', nth: 1 },
      atKill: (store) => {
        expect(store.steps).toContain('updateProfile')
        expect(store.steps).not.toContain('addGroupMember')
        // Between the group adds: the first made, the others lost with the process.
        const added = stateOf(org, userId).groups.filter((id) => id !== group('Engineering'))
        expect(added).toHaveLength(1)
      },
    })
    const moved = stateOf(org, userId)
    expect({ ...moved, profile: undefined }).toEqual({ ...clean, profile: undefined })
    expect(moved.profile).toMatchObject({ department: 'Sales', title: 'Account Executive' })
    expect(eventTypesOf(userId)).toEqual(eventTypesOf(cleanId))
    expect(result.view.changes.map((c) => c.operation).sort()).toEqual(
      cleanView.changes.map((c) => c.operation).sort(),
    )
    await expectAuditExact(body.ticket.number, result.executionId, userId, result.view)
  }, 40_000)
})
