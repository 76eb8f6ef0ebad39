/**
 * Every change joined to Okta's System Log, eventually. A sandbox-mode bridge whose Okta sandbox loses the answer
 * of a membership change (fault injection, phase `after`: the change is made, the answer is a 500, the repeated
 * call is a no-op Okta does not log) while its System Log lags (held: recorded, not yet visible). The change is
 * recorded without its request id and shown `unjoined`; `/metrics` counts it; the background joiner (ticked by
 * hand on a manual clock) looks again with backoff and, once Okta's log shows the event, joins the change to it —
 * without touching the hash chain. A change whose event never shows is given up after a bounded number of
 * lookups and stays counted.
 */
import { randomBytes, randomInt, randomUUID } from 'node:crypto'
import request from 'supertest'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AuditedExecution } from '../../bridge/http/audit.js'
import { RequestIdJoiner } from '../../bridge/jobs/request-id-joiner.js'
import { type RunningBridge, startBridge } from '../../dev/start.js'
import { AuditedChange } from '../../shared/index.js'
import type { Org } from '../sandboxes/okta/org.js'
import { expectSucceeded, logEvents, seedUser, TOKEN } from './support/flows-harness.js'
import { ManualClock } from './support/manual-clock.js'

const METRICS_TOKEN = randomBytes(32).toString('base64url')
const clock = new ManualClock('2026-07-01T08:00:00.000Z')
let bridge: RunningBridge
let org: Org
let userId: string

function newTicket() {
  return { number: `RITM${randomInt(1_000_000_000, 9_999_999_999)}`, requestedBy: 'hr.bot' }
}

function group(name: string): string {
  return bridge.sandbox!.groups.find((g) => g.name === name)!.id
}

/** `/metrics` over HTTP: the unjoined gauge. */
async function unjoinedGauge(): Promise<number> {
  const res = await request(bridge.url).get('/metrics').set('authorization', `Bearer ${METRICS_TOKEN}`)
  expect(res.status).toBe(200)
  const line = /^okta_jml_bridge_audit_unjoined_changes (\d+)$/m.exec(res.text)
  expect(line, 'the gauge is exposed').not.toBeNull()
  return Number(line![1])
}

/** The changes of a ticket as `GET /api/audit` shows them. */
async function auditedChanges(ticket: string, withOktaLog = false) {
  const res = await request(bridge.url)
    .get(`/api/audit?ticket=${ticket}${withOktaLog ? '&withOktaLog=true' : ''}`)
    .set('x-api-client-token', TOKEN)
  expect(res.status, JSON.stringify(res.body)).toBe(200)
  const changes = (res.body.executions as AuditedExecution[]).flatMap((execution) => execution.changes)
  // Each change is what the contract in shared/ describes.
  for (const change of changes) expect(AuditedChange.safeParse(change).error).toBeUndefined()
  return changes
}

/**
 * A mover adding `groupName` while Okta loses the answer of the membership call and its log lags: the change is
 * made, but nothing tells the bridge its request id.
 */
async function addGroupLosingTheAnswer(groupName: string): Promise<{ ticket: string; executionId: string }> {
  const ticket = newTicket()
  org.log.hold()
  const sandbox = bridge.sandbox!.sandbox
  sandbox.configure({
    faults: { next: 1, statuses: [500], phase: 'after', pathPrefix: '/api/v1/groups/', method: 'PUT' },
  })
  try {
    const res = await request(bridge.url)
      .post('/api/flo/mover/invoke')
      .set('x-api-client-token', TOKEN)
      .set('idempotency-key', randomUUID())
      .send({ ticket, user: { id: userId }, addGroups: [group(groupName)] })
    const moved = expectSucceeded(res, 'mover')
    expect(sandbox.stats().faultsInjected['500']).toBeGreaterThanOrEqual(1)
    expect(moved.changes).toEqual([
      expect.objectContaining({ operation: 'addGroupMember', oktaRequestId: null }),
    ])
    expect(org.isMember(group(groupName), userId)).toBe(true)
    return { ticket: ticket.number, executionId: moved.executionId }
  } finally {
    sandbox.configure({ faults: null })
  }
}

/** The request id of the System Log event recording the user's addition to the group (once visible). */
function eventRequestId(groupName: string): string {
  const events = logEvents(org).filter(
    (event) =>
      event.eventType === 'group.user_membership.add' &&
      event.target.some((t) => t.id === userId) &&
      event.target.some((t) => t.id === group(groupName)),
  )
  expect(events).toHaveLength(1)
  return events[0]!.transaction.id
}

beforeAll(async () => {
  bridge = await startBridge(
    {
      NODE_ENV: 'test',
      PORT: '0',
      LOG_LEVEL: 'silent',
      BRIDGE_CLIENT_TOKENS: TOKEN,
      METRICS_TOKEN,
      RECONCILE_INTERVAL_MINUTES: '0',
    },
    { print: () => {}, clock, auditJobs: false },
  )
  org = bridge.sandbox!.sandbox.org
  userId = seedUser(org).id
}, 30_000)

afterAll(async () => {
  org?.log.release()
  await bridge?.stop()
})

describe('a change whose request id is unknown', () => {
  let change: { ticket: string; executionId: string }

  beforeAll(async () => {
    expect(await unjoinedGauge()).toBe(0)
    change = await addGroupLosingTheAnswer('Engineering')
  })

  it('is recorded, marked unjoined in the audit, and counted on /metrics', async () => {
    expect(await auditedChanges(change.ticket)).toEqual([
      expect.objectContaining({ operation: 'addGroupMember', oktaRequestId: null, join: 'unjoined' }),
    ])
    expect(await unjoinedGauge()).toBe(1)
  })

  it('is looked up again with backoff while Okta’s log lags, then joined once the event shows', async () => {
    const joiner = bridge.requestIdJoiner
    const [entry] = await bridge.store.audit({ ticket: change.ticket })
    // Still lagging: not found, tried again 5 s later by the clock, not before.
    expect(await joiner.tick()).toEqual([{ seq: entry!.seq, result: 'retry' }])
    expect(await joiner.tick()).toEqual([])
    clock.advance(5_000)
    expect(await joiner.tick()).toEqual([{ seq: entry!.seq, result: 'retry' }])
    clock.advance(5_000)
    expect(await joiner.tick()).toEqual([]) // the second wait is 10 s
    expect(await unjoinedGauge()).toBe(1)

    org.log.release()
    const requestId = eventRequestId('Engineering')
    clock.advance(5_000)
    expect(await joiner.tick()).toEqual([{ seq: entry!.seq, result: 'joined', oktaRequestId: requestId }])
    expect(await joiner.tick()).toEqual([])

    const [joined] = await auditedChanges(change.ticket, true)
    expect(joined).toMatchObject({
      operation: 'addGroupMember',
      oktaRequestId: requestId,
      join: 'joined',
      joinedAt: clock.now().toISOString(),
      oktaLogEvent: { eventType: 'group.user_membership.add', transaction: { id: requestId } },
    })
    expect(await unjoinedGauge()).toBe(0)
    // The join is kept beside the chain: the entry (hashed with its null) is untouched and the chain intact.
    expect((await bridge.store.audit({ ticket: change.ticket }))[0]!.oktaRequestId).toBeNull()
    expect(await bridge.store.verifyAudit()).toMatchObject({ ok: true })
  })
})

describe('a change whose event never shows', () => {
  it('is given up after a bounded number of lookups, and stays counted as unjoined', async () => {
    const change = await addGroupLosingTheAnswer('Sales')
    const [entry] = await bridge.store.audit({ ticket: change.ticket })
    // Okta never logs it: a joiner over the same store whose lookups find nothing, allowed three.
    const joiner = new RequestIdJoiner({
      trail: bridge.auditTrail,
      candidates: async () => [],
      clock,
      log: { info: () => {}, warn: () => {}, error: () => {} },
      maxAttempts: 3,
    })
    expect(await joiner.tick()).toEqual([{ seq: entry!.seq, result: 'retry' }])
    clock.advance(5_000)
    expect(await joiner.tick()).toEqual([{ seq: entry!.seq, result: 'retry' }])
    clock.advance(10_000)
    expect(await joiner.tick()).toEqual([{ seq: entry!.seq, result: 'abandoned' }])
    clock.advance(3_600_000)
    expect(await joiner.tick()).toEqual([])
    // The bridge's own joiner does not pick it up again either.
    org.log.release()
    expect(await bridge.requestIdJoiner.tick()).toEqual([])
    expect(await auditedChanges(change.ticket)).toEqual([
      expect.objectContaining({ oktaRequestId: null, join: 'unjoined' }),
    ])
    expect(await unjoinedGauge()).toBe(1)
  })
})
