/**
 * The golden-thread audit through HTTP: a ticket (or an Okta user) → every execution and every Okta change it
 * made, with who asked, who approved and who called; joined on request to the sandbox's System Log event that
 * carries each change's request id; the hash chain verified, and a row altered in the SQLite file named; the
 * bridge's own key used behind its back reported as an orphan. Plus who may read the audit and executions.
 */
import { randomBytes, randomInt } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import SQLite from 'better-sqlite3'
import request from 'supertest'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createOktaLogPort, OktaRequestExecutor, OktaTokenSource } from '../../bridge/adapters/okta/index.js'
import type { AuditedExecution } from '../../bridge/http/audit.js'
import type { Change, Operation } from '../../shared/index.js'
import {
  EVENT_TYPE_OF,
  eventsOf,
  expectProblem,
  expectSucceeded,
  type FlowBridge,
  logEvents,
  operations,
  setupContext,
  startFlowBridge,
  TOKEN,
  uniqueLogin,
} from './support/flows-harness.js'

/** A token that may invoke the joiner only. */
const JOINER_ONLY = randomBytes(32).toString('base64url')
/** A token that may read the audit only. */
const AUDITOR = randomBytes(32).toString('base64url')

let dir: string
let dbFile: string
let h: FlowBridge
/** When the tests began: the orphan query's `since`. */
let started: string

/** What the joiner and the mover of the main ticket answered. */
const ticket = {
  number: `RITM${randomInt(1_000_000_000, 9_999_999_999)}`,
  requestedBy: 'hr.bot',
  approvedBy: 'it.manager',
}
let joiner: { executionId: string; changes: Change[]; userId: string }
let mover: { executionId: string; changes: Change[] }
/** A ticket whose only execution changes nothing. */
const noChangeTicket = `RITM${randomInt(1_000_000_000, 9_999_999_999)}`
/** Another ticket's joiner, which the main ticket's audit must not show. */
let otherJoiner: { executionId: string; changes: Change[]; userId: string; ticket: string }

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bridge-audit-'))
  dbFile = join(dir, 'audit.db')
  started = new Date(Date.now() - 1000).toISOString()
  h = await startFlowBridge({
    env: {
      DATABASE_URL: `sqlite:${dbFile}`,
      BRIDGE_CLIENT_TOKENS: JSON.stringify([
        { name: 'servicenow', token: TOKEN },
        { name: 'joiner-only', token: JOINER_ONLY, flows: ['joiner'] },
        { name: 'auditor', token: AUDITOR, flows: ['audit'] },
      ]),
    },
  })

  const login = uniqueLogin('audit')
  const joined = expectSucceeded(
    await h.invoke('joiner', {
      ticket,
      profile: { login, email: login, firstName: 'Audi', lastName: 'Tor', department: 'Engineering' },
      groups: [h.group('Engineering')],
      apps: [h.app('Slack')],
    }),
    'joiner',
  )
  joiner = { executionId: joined.executionId, changes: joined.changes, userId: joined.output.userId }
  const moved = expectSucceeded(
    await h.invoke('mover', {
      ticket,
      user: { id: joiner.userId },
      profile: { department: 'Sales' },
      addGroups: [h.group('Sales')],
      removeGroups: [h.group('Engineering')],
      addApps: [h.app('GitHub')],
    }),
    'mover',
  )
  mover = { executionId: moved.executionId, changes: moved.changes }

  const otherTicket = `RITM${randomInt(1_000_000_000, 9_999_999_999)}`
  const otherLogin = uniqueLogin('other')
  const other = expectSucceeded(
    await h.invoke('joiner', {
      ticket: { number: otherTicket, requestedBy: 'someone.else' },
      profile: { login: otherLogin, email: otherLogin, firstName: 'Oth', lastName: 'Er' },
    }),
    'joiner',
  )
  otherJoiner = {
    executionId: other.executionId,
    changes: other.changes,
    userId: other.output.userId,
    ticket: otherTicket,
  }
})

afterAll(async () => {
  await h?.stop()
  await rm(dir, { recursive: true, force: true })
})

/** `GET {path}` with a client token (the auditor's by default; `null`: no credentials). */
function get(path: string, token: string | null = AUDITOR) {
  const req = request(h.bridge.url).get(path)
  return token === null ? req : req.set('x-api-client-token', token)
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

/** The (operation, request id) pairs of a list of changes, sorted: order within a phase is not fixed. */
function pairs(changes: readonly { operation: string; oktaRequestId: string | null }[]): string[] {
  return changes.map((change) => `${change.operation} ${change.oktaRequestId}`).sort()
}

describe('GET /api/audit', () => {
  it('lists every execution of a ticket with every Okta change, who asked, who approved and who called', async () => {
    const res = await get(`/api/audit?ticket=${ticket.number}`)
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    expect(res.body.ticket).toBe(ticket.number)
    const executions = res.body.executions as AuditedExecution[]
    expect(executions.map((e) => [e.executionId, e.flow])).toEqual([
      [joiner.executionId, 'joiner'],
      [mover.executionId, 'mover'],
    ])
    for (const execution of executions) {
      expect(execution).toMatchObject({
        status: 'succeeded',
        ticketNumber: ticket.number,
        ticketSysId: null,
        requestedBy: 'hr.bot',
        approvedBy: 'it.manager',
        caller: 'client-token:servicenow',
      })
      for (const change of execution.changes) {
        expect(change).toMatchObject({ outcome: 'succeeded', oktaRequestId: expect.any(String) })
        expect(Date.parse(change.at)).not.toBeNaN()
        expect(change.target.userId).toBe(joiner.userId)
        expect(change).not.toHaveProperty('oktaLogEvent')
      }
    }
    // Exactly the changes each invocation reported, with the same request ids.
    expect(pairs(executions[0]!.changes)).toEqual(pairs(joiner.changes))
    expect(pairs(executions[1]!.changes)).toEqual(pairs(mover.changes))
    expect(joinerOrder(executions[0]!.changes)).toEqual(JOINER_OPERATIONS)
    expect([...operations(executions[1]!.changes)].sort()).toEqual(
      ['addGroupMember', 'assignApp', 'removeGroupMember', 'updateProfile'].sort(),
    )
    // Targets name the group and app as well as their ids.
    const added = executions[1]!.changes.find((c) => c.operation === 'addGroupMember')!
    expect(added.target).toMatchObject({ groupId: h.group('Sales'), groupName: 'Sales' })
    const assigned = executions[1]!.changes.find((c) => c.operation === 'assignApp')!
    expect(assigned.target).toMatchObject({ appId: h.app('GitHub'), appLabel: 'GitHub' })
    // Audit positions increase along the chain.
    const seqs = executions.flatMap((e) => e.changes.map((c) => c.seq))
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b))
  })

  it('lists an execution of the ticket that changed nothing, with no changes', async () => {
    // The same mover again: everything is already in place, so it succeeds without touching Okta.
    const again = expectSucceeded(
      await h.invoke('mover', {
        ticket: { number: noChangeTicket, requestedBy: 'hr.bot' },
        user: { id: joiner.userId },
        addGroups: [h.group('Sales')],
      }),
      'mover',
    )
    expect(again.changes).toEqual([])
    const res = await get(`/api/audit?ticket=${noChangeTicket}`)
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    expect(res.body.executions).toEqual([
      expect.objectContaining({
        executionId: again.executionId,
        flow: 'mover',
        status: 'succeeded',
        changes: [],
      }),
    ])
  })

  it('finds the same executions by Okta user, and nothing of another ticket or user', async () => {
    const byUser = await get(`/api/audit?oktaUserId=${joiner.userId}`)
    expect(byUser.status).toBe(200)
    expect(byUser.body.oktaUserId).toBe(joiner.userId)
    expect(byUser.body.executions.map((e: AuditedExecution) => e.executionId)).toEqual([
      joiner.executionId,
      mover.executionId,
    ])
    const other = await get(`/api/audit?oktaUserId=${otherJoiner.userId}`)
    expect(
      other.body.executions.map((e: AuditedExecution) => [
        e.executionId,
        e.ticketNumber,
        e.requestedBy,
        e.approvedBy,
      ]),
    ).toEqual([[otherJoiner.executionId, otherJoiner.ticket, 'someone.else', null]])
    const none = await get('/api/audit?ticket=RITM0000000001')
    expect(none.status).toBe(200)
    expect(none.body).toEqual({ ticket: 'RITM0000000001', executions: [] })
  })

  it('withOktaLog=true joins each change to the System Log event carrying its request id', async () => {
    const res = await get(`/api/audit?ticket=${ticket.number}&withOktaLog=true`)
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    const changes = (res.body.executions as AuditedExecution[]).flatMap((e) => e.changes)
    expect(changes).toHaveLength(joiner.changes.length + mover.changes.length)
    for (const change of changes) {
      const event = change.oktaLogEvent
      expect(event, `${change.operation} has its Okta event`).toBeTruthy()
      // The sandbox's own record of the change: same transaction, the operation's event type, its targets.
      const recorded = eventsOf(h.org, change.oktaRequestId!).filter(
        (e) => e.eventType === EVENT_TYPE_OF[change.operation as Operation],
      )
      expect(recorded).toHaveLength(1)
      expect(event).toMatchObject({
        uuid: recorded[0]!.uuid,
        published: recorded[0]!.published,
        eventType: EVENT_TYPE_OF[change.operation as Operation],
        transaction: { id: change.oktaRequestId },
        actor: { id: h.env.clientId, type: 'PublicClientApp' },
        outcome: { result: 'SUCCESS' },
      })
      expect(event!.target!.map((t) => t.id)).toContain(joiner.userId)
    }
    // The joiner's create call carried its group membership: one transaction, two events, each change its own.
    const [create, membership] = ['createUser', 'addGroupMember'].map(
      (operation) =>
        (res.body.executions as AuditedExecution[])[0]!.changes.find((c) => c.operation === operation)!,
    )
    expect(create!.oktaRequestId).toBe(membership!.oktaRequestId)
    expect(create!.oktaLogEvent!.uuid).not.toBe(membership!.oktaLogEvent!.uuid)
    expect(membership!.oktaLogEvent!.target!.map((t) => t.id)).toContain(h.group('Engineering'))
  })

  it('validates its query: exactly one of ticket and oktaUserId, well formed', async () => {
    const cases: [string, string][] = [
      ['/api/audit', '?ticket'],
      [`/api/audit?ticket=${ticket.number}&oktaUserId=${joiner.userId}`, '?ticket'],
      ['/api/audit?ticket=not-a-ticket', '?ticket'],
      ['/api/audit?oktaUserId=00u1', '?oktaUserId'],
      [`/api/audit?ticket=${ticket.number}&withOktaLog=yes`, '?withOktaLog'],
      [`/api/audit?ticket=${ticket.number}&ticket=${ticket.number}`, '?ticket'],
    ]
    for (const [path, field] of cases) {
      const problem = expectProblem(await get(path), 400, 'invalid-input')
      expect(
        (problem.errors ?? []).map((e) => e.path),
        path,
      ).toContain(field)
    }
  })

  it('needs the audit permission: 401 without credentials, 403 for a token limited to flows', async () => {
    expectProblem(await get(`/api/audit?ticket=${ticket.number}`, null), 401, 'unauthenticated')
    expectProblem(await get(`/api/audit?ticket=${ticket.number}`, JOINER_ONLY), 403, 'forbidden-audit')
    expectProblem(await get('/api/audit/verify', JOINER_ONLY), 403, 'forbidden-audit')
    expectProblem(await get(`/api/audit/orphans?since=${started}`, JOINER_ONLY), 403, 'forbidden-audit')
    // An unrestricted token reads it; the auditor's token does not invoke flows.
    expect((await get(`/api/audit?ticket=${ticket.number}`, TOKEN)).status).toBe(200)
    const invoke = await request(h.bridge.url)
      .post('/api/flo/joiner/invoke')
      .set('x-api-client-token', AUDITOR)
      .send({
        ticket,
        profile: { login: 'x@example.com', email: 'x@example.com', firstName: 'X', lastName: 'Y' },
      })
    expectProblem(invoke, 403, 'forbidden-flow')
  })
})

describe('GET /api/flo/executions/{id} permissions', () => {
  it('shows an execution to its caller or the audit; to others, even of the same flow, it does not exist', async () => {
    const joinerPath = `/api/flo/executions/${joiner.executionId}`
    const moverPath = `/api/flo/executions/${mover.executionId}`
    expect((await get(joinerPath, TOKEN)).body).toMatchObject({
      executionId: joiner.executionId,
      flow: 'joiner',
    })
    // 404, not 403: a refusal would confirm the id exists.
    expectProblem(await get(joinerPath, JOINER_ONLY), 404, 'execution-not-found')
    expectProblem(await get(moverPath, JOINER_ONLY), 404, 'execution-not-found')
    expect((await get(moverPath, AUDITOR)).body).toMatchObject({
      executionId: mover.executionId,
      flow: 'mover',
    })
    expect((await get(moverPath, TOKEN)).status).toBe(200)
  })
})

describe('GET /api/audit/verify', () => {
  it('recomputes the chain, and names the entry altered in the database file', async () => {
    const total = joiner.changes.length + mover.changes.length + otherJoiner.changes.length
    const intact = await get('/api/audit/verify')
    expect(intact.status).toBe(200)
    expect(intact.body).toEqual({
      ok: true,
      entries: total,
      anchoring: expect.objectContaining({ configured: true }),
    })

    await h.bridge.executions.drain()
    // Tampering as someone with the file would: rewrite who approved the mover's first change.
    const moverSeq = (
      (await get(`/api/audit?ticket=${ticket.number}`)).body.executions as AuditedExecution[]
    )[1]!.changes[0]!.seq
    const db = new SQLite(dbFile)
    try {
      const updated = db
        .prepare('update audit_entries set approved_by = ? where seq = ?')
        .run('mallory', moverSeq)
      expect(updated.changes).toBe(1)
      const broken = await get('/api/audit/verify')
      expect(broken.status).toBe(200)
      expect(broken.body).toEqual({
        ok: false,
        entries: total,
        brokenAt: moverSeq,
        reason: expect.any(String),
        anchoring: expect.objectContaining({ configured: true }),
      })
      // The audit shows what the row now says: verification is what tells the auditor not to trust it.
      const shown = await get(`/api/audit?ticket=${ticket.number}`)
      expect(shown.body.executions[1].approvedBy).toBe('mallory')

      db.prepare('update audit_entries set approved_by = ? where seq = ?').run('it.manager', moverSeq)
      expect((await get('/api/audit/verify')).body).toEqual({
        ok: true,
        entries: total,
        anchoring: expect.objectContaining({ configured: true }),
      })
    } finally {
      db.close()
    }
  })
})

describe('GET /api/audit/orphans', () => {
  it('reports a change made with the bridge’s own key outside the bridge, and none of the bridge’s changes', async () => {
    const env = h.env
    // The bridge's service app credentials, used directly against the org: what a leaked key looks like.
    const tokens = new OktaTokenSource({
      orgUrl: env.orgUrl,
      clientId: env.clientId,
      privateKey: env.privateJwk,
      keyId: env.keyId,
    })
    const url = `${env.orgUrl}/api/v1/groups/${h.group('Support')}/users/${joiner.userId}`
    const headers = await tokens.authorize('PUT', url, ['okta.groups.manage'])
    const put = await fetch(url, {
      method: 'PUT',
      headers: { authorization: headers.authorization, ...(headers.dpop ? { dpop: headers.dpop } : {}) },
    })
    expect(put.status).toBe(204)
    const outOfBand = put.headers.get('x-okta-request-id')!
    expect(eventsOf(h.org, outOfBand).map((e) => e.eventType)).toEqual(['group.user_membership.add'])
    // Another admin's change is not the bridge's client's: not an orphan of the bridge.
    h.org.addMember(setupContext(), h.group('Sales'), otherJoiner.userId)

    const res = await get(`/api/audit/orphans?since=${encodeURIComponent(started)}`)
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    expect(res.body).toMatchObject({ since: started, clientId: env.clientId })
    expect(res.body.orphans).toHaveLength(1)
    expect(res.body.orphans[0]).toMatchObject({
      eventType: 'group.user_membership.add',
      transaction: { id: outOfBand },
      actor: { id: env.clientId },
    })
    // Every other event the bridge's client caused is one of its audited changes.
    const byBridge = logEvents(h.org).filter((e) => e.actor.id === env.clientId)
    expect(res.body.checked).toBe(byBridge.length)
    const audited = new Set(
      [...joiner.changes, ...mover.changes, ...otherJoiner.changes].map((c) => c.oktaRequestId),
    )
    for (const event of byBridge.filter((e) => e.transaction.id !== outOfBand)) {
      expect(audited.has(event.transaction.id), event.eventType).toBe(true)
    }
  })

  it('requires since, an ISO 8601 date-time not in the future', async () => {
    const future = new Date(Date.now() + 3_600_000).toISOString()
    for (const query of ['', '?since=yesterday', '?since=2025-01-01', `?since=${future}`]) {
      const problem = expectProblem(await get(`/api/audit/orphans${query}`), 400, 'invalid-input')
      expect(problem.errors!.map((e) => e.path)).toEqual(['?since'])
    }
  })
})

describe('the System Log port', () => {
  it('batches request ids so each Link header stays parseable, always bounds queries with until, and reads every page', async () => {
    const env = h.env
    // Events of their own actor, so the orphan report (the bridge's client) never sees them.
    const actor = { id: 'batch-test', type: 'User', alternateId: 'batch@example.com', displayName: 'Batch' }
    // Shaped like Okta's request ids (27 characters).
    const ids = Array.from({ length: 25 }, () => randomBytes(21).toString('base64url').slice(0, 27))
    for (const requestId of ids) {
      h.org.log.record({
        eventType: 'user.account.update_profile',
        displayMessage: 'Update user profile for Okta',
        actor,
        targets: [],
        requestId,
      })
    }
    const urls: URL[] = []
    const links: string[] = []
    const spy: typeof fetch = async (input, init) => {
      const url = new URL(input instanceof Request ? input.url : String(input))
      urls.push(url)
      const res = await fetch(input, init)
      if (url.pathname === '/api/v1/logs') links.push(res.headers.get('link') ?? '')
      return res
    }
    const tokenSource = new OktaTokenSource({
      orgUrl: env.orgUrl,
      clientId: env.clientId,
      privateKey: env.privateJwk,
      keyId: env.keyId,
    })
    const port = createOktaLogPort({
      orgUrl: env.orgUrl,
      tokenSource,
      executor: new OktaRequestExecutor({ fetch: spy }),
      pageSize: 4,
    })
    const since = new Date(Date.now() - 60_000).toISOString()
    // One id twice and one Okta never saw: duplicates are asked once, unknown ids simply match nothing.
    const events = await port.eventsForRequests([...ids, ids[0]!, 'never-seen'], since)
    expect(events.map((e) => e.transaction?.id).sort()).toEqual([...ids].sort())
    const logQueries = urls.filter((url) => url.pathname === '/api/v1/logs')
    const firstPages = logQueries.filter((url) => !url.searchParams.has('after'))
    const terms = firstPages.map(
      (url) => (url.searchParams.get('filter')!.match(/transaction\.id eq /g) ?? []).length,
    )
    // Every id asked once, in batches of at most 20, small enough that the SDK can parse Okta's Link header
    // (parse-link-header returns null past 2000 characters, and the SDK then throws).
    expect(terms.reduce((a, b) => a + b, 0)).toBe(26)
    expect(terms.length).toBeGreaterThan(1)
    for (const count of terms) expect(count).toBeLessThanOrEqual(20)
    for (const link of links) expect(link.length).toBeLessThan(2000)
    // 4 events a page: later pages were read through the `next` links.
    expect(logQueries.length).toBeGreaterThan(firstPages.length)
    for (const url of logQueries) {
      expect(url.searchParams.get('since')).toBe(since)
      expect(Date.parse(url.searchParams.get('until')!)).not.toBeNaN()
    }

    // Every page of the bridge's own events is read, and the bounded query ends.
    urls.length = 0
    const byActor = await port.eventsByActor(env.clientId, since, new Date(Date.now() + 1000).toISOString())
    expect(byActor.map((e) => e.uuid)).toEqual(
      logEvents(h.org)
        .filter((e) => e.actor.id === env.clientId && Date.parse(e.published) >= Date.parse(since))
        .map((e) => e.uuid),
    )
    const actorQueries = urls.filter((url) => url.pathname === '/api/v1/logs')
    expect(actorQueries).toHaveLength(Math.floor(byActor.length / 4) + 1)
    for (const url of actorQueries) {
      expect(url.searchParams.has('until')).toBe(true)
      expect(url.searchParams.get('filter')).toBe(`actor.id eq "${env.clientId}"`)
    }
  })
})

describe('withOktaLog when Okta has no record', () => {
  it('says oktaLogEvent: null for each change', async () => {
    // Okta keeps 90 days of System Log; an old ticket's changes are no longer there.
    h.org.log.clear()
    const res = await get(`/api/audit?ticket=${ticket.number}&withOktaLog=true`)
    expect(res.status).toBe(200)
    const changes = (res.body.executions as AuditedExecution[]).flatMap((e) => e.changes)
    expect(changes.length).toBeGreaterThan(0)
    for (const change of changes) expect(change.oktaLogEvent).toBeNull()
  })
})
