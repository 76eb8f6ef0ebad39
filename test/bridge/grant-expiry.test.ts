/**
 * Grant expiry end to end, with a clock the test moves instead of waiting: Okta-mode bridges (in process,
 * file databases) against a sandbox org and a ServiceNow sandbox that both outlive any one bridge.
 *
 * - a grant made over HTTP is removed from Okta once the clock passes its end date and the scheduler runs:
 *   the grant is `expired`, the removal is audited on the original ticket with the scheduler as caller, its
 *   request id is the System Log's, and the requested item gets a work note and a golden-thread row;
 * - ServiceNow failing while the report is delivered delays it (kept in the outbox), never loses it;
 * - schedulers racing for the same grants — and one whose lock is broken — remove the access once;
 * - a bridge started after an end date passed while none was running revokes at start.
 */
import { randomBytes, randomUUID } from 'node:crypto'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AuditedExecution } from '../../bridge/http/audit.js'
import {
  EXPIRY_CALLER,
  ExpiryScheduler,
  type ExpirySchedulerOptions,
} from '../../bridge/jobs/expiry-scheduler.js'
import type { GrantStore } from '../../bridge/ports/grants.js'
import { type RunningBridge, startBridge } from '../../dev/start.js'
import { FLOWS } from '../../shared/index.js'
import type { Org } from '../sandboxes/okta/org.js'
import {
  type ServiceNowSandbox,
  type SnRecord,
  startServiceNowSandbox,
} from '../sandboxes/servicenow/index.js'
import { seedUser } from './support/flows-harness.js'
import { type OktaOrg, startOktaOrg } from './support/okta-org.js'

const HOUR = 3_600_000

/** The clock every bridge of this file goes by; tests move it forward. */
const clock = { at: Date.parse('2030-03-01T08:00:00.000Z'), now: () => new Date(clock.at) }
const SN_USER = 'okta.bridge'
const SN_PASSWORD = randomBytes(18).toString('base64url')
/** Schedulers without background rounds worth mentioning: the tests run rounds with `tick()`. */
const QUIET = { BRIDGE_EXPIRY_POLL_MS: '60000' }
const silent = { info() {}, warn() {}, error() {} }

let okta: OktaOrg
let org: Org
let sn: ServiceNowSandbox
let bridge: RunningBridge

beforeAll(async () => {
  okta = await startOktaOrg({ groups: ['Finance', 'Payroll'], apps: ['Workday'] })
  org = okta.sandbox.org
  sn = await startServiceNowSandbox({ users: [{ username: SN_USER, password: SN_PASSWORD }] })
  bridge = await start('main.db', QUIET)
}, 30_000)

afterAll(async () => {
  await bridge?.stop()
  await sn?.stop()
  await okta?.stop()
})

/** An Okta-mode bridge on a file database in the org's directory, reporting to the ServiceNow sandbox. */
function start(dbName: string, extra: Record<string, string> = {}): Promise<RunningBridge> {
  return startBridge(
    {
      ...okta.env,
      LOG_LEVEL: 'silent',
      DATABASE_URL: `sqlite:${join(okta.dir, dbName)}`,
      SERVICENOW_URL: sn.url,
      SERVICENOW_USER: SN_USER,
      SERVICENOW_PASSWORD: SN_PASSWORD,
      ...extra,
    },
    { print: () => {}, clock },
  )
}

const groupId = (name: string) => okta.groups.find((g) => g.name === name)!.id

/** A requested item in ServiceNow, and the ticket the bridge gets for it. */
function requestedItem() {
  const [ritm] = sn.seed({ sc_req_item: [{ short_description: 'Okta access request' }] }).sc_req_item!
  return {
    ritm: ritm!,
    ticket: {
      number: ritm!.number!,
      sysId: ritm!.sys_id!,
      requestedBy: 'pat.lee',
      approvedBy: 'fin.manager',
    },
  }
}

async function invoke(target: RunningBridge, flow: string, body: unknown) {
  const res = await fetch(`${target.url}/api/flo/${flow}/invoke`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-api-client-token': okta.token,
      'idempotency-key': randomUUID(),
    },
    body: JSON.stringify(body),
  })
  const json = (await res.json()) as Record<string, unknown>
  expect(res.status, JSON.stringify(json)).toBe(200)
  return json as { executionId: string; output: { grantId: string }; changes: { oktaRequestId: string }[] }
}

/** Grants `Finance` (or another group) to a new user for one hour on a new requested item. */
async function grantForAnHour(target: RunningBridge = bridge, group = 'Finance') {
  const user = seedUser(org)
  const { ritm, ticket } = requestedItem()
  const result = await invoke(target, 'grant-access', {
    ticket,
    user: { id: user.id },
    resource: { type: 'group', id: groupId(group) },
    expiresAt: new Date(clock.at + HOUR).toISOString(),
    justification: 'Month-end close',
  })
  expect(org.isMember(groupId(group), user.id)).toBe(true)
  return { user, ritm, ticket, grantId: result.output.grantId, grantedBy: result.executionId }
}

/** System Log events of the bridge removing this user from the group. */
function removals(userId: string, group: string) {
  return okta.events.filter(
    (event) =>
      event.eventType === 'group.user_membership.remove' &&
      event.actor.id === okta.clientId &&
      event.target.some((t) => t.id === userId) &&
      event.target.some((t) => t.id === groupId(group)),
  )
}

async function audit(ticketNumber: string): Promise<AuditedExecution[]> {
  const res = await fetch(`${bridge.url}/api/audit?ticket=${ticketNumber}`, {
    headers: { 'x-api-client-token': okta.token },
  })
  expect(res.status).toBe(200)
  return ((await res.json()) as { executions: AuditedExecution[] }).executions
}

function workNotes(sysId: string): SnRecord[] {
  return sn.tables
    .rows('sys_journal_field')
    .filter((r) => r.element_id === sysId && r.element === 'work_notes')
}

function threadRows(sysId: string): SnRecord[] {
  return sn.tables.rows('x_okta_jml_golden_thread').filter((r) => r.requested_item === sysId)
}

/** Polls a condition (a background delivery) until it holds; fails with the last state after 10 s. */
async function eventually<T>(read: () => T | Promise<T>, holds: (value: T) => boolean): Promise<T> {
  const deadline = Date.now() + 10_000
  for (;;) {
    const value = await read()
    if (holds(value) || Date.now() > deadline) return value
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
}

describe('a grant past its end date', () => {
  it('is removed from Okta, expired, audited on its ticket and reported to the requested item', async () => {
    const { user, ritm, ticket, grantId, grantedBy } = await grantForAnHour()
    // ServiceNow's mirror of the grant, as the Request access flow records it.
    const mirror = sn.tables.insert(
      'x_okta_jml_access_grant',
      { grant_id: grantId, requested_item: ritm.sys_id, status: 'active' },
      'admin',
    )
    // Not yet: a round before the end date leaves it alone.
    clock.at += HOUR - 1_000
    expect(await bridge.expiry.tick()).toEqual([])
    expect(org.isMember(groupId('Finance'), user.id)).toBe(true)

    clock.at += 2_000
    const outcomes = await bridge.expiry.tick()
    expect(outcomes).toEqual([{ grantId, result: 'expired', executionId: expect.any(String) }])
    const executionId = outcomes[0]!.executionId!
    expect(org.isMember(groupId('Finance'), user.id)).toBe(false)

    const grant = await bridge.grants.get(grantId)
    expect(grant).toMatchObject({
      status: 'expired',
      endedBy: executionId,
      endedAt: clock.now().toISOString(),
    })
    const view = await bridge.executions.view(executionId)
    expect(view).toMatchObject({
      flow: 'revoke-access',
      status: 'succeeded',
      ticket,
      caller: EXPIRY_CALLER,
      output: { grantId, status: 'expired', accessRemoved: true },
    })
    const [removal] = view!.changes
    const [event] = removals(user.id, 'Finance')
    expect(removals(user.id, 'Finance')).toHaveLength(1)
    expect(removal!.oktaRequestId).toBe(event!.transaction.id)

    // The audit ties the removal to the ticket that asked for the access.
    const executions = await audit(ticket.number)
    expect(executions.map((e) => [e.executionId, e.flow, e.caller])).toEqual([
      [grantedBy, 'grant-access', 'client-token:token-1'],
      [executionId, 'revoke-access', 'system:expiry-scheduler'],
    ])
    expect(executions[1]!.changes).toMatchObject([
      {
        operation: 'removeGroupMember',
        target: { userId: user.id, groupId: groupId('Finance') },
        oktaRequestId: event!.transaction.id,
      },
    ])

    // The report reaches ServiceNow: a work note on the requested item and a golden-thread row.
    const notes = await eventually(
      () => workNotes(ritm.sys_id!),
      (rows) => rows.length > 0,
    )
    expect(notes).toHaveLength(1)
    expect(notes[0]!.value).toBe(
      `Okta access to group Finance (${groupId('Finance')}) for ${user.profile.login} ended at ${clock.now().toISOString()} (grant ${grantId}, execution ${executionId}, Okta request id ${event!.transaction.id}).`,
    )
    const rows = await eventually(
      () => threadRows(ritm.sys_id!),
      (r) => r.length > 0,
    )
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({
      requested_item: ritm.sys_id,
      execution_id: executionId,
      flow: 'revoke-access',
      operation: 'removeGroupMember',
      okta_request_id: event!.transaction.id,
      outcome: 'succeeded',
      occurred_at: clock.now().toISOString().slice(0, 19).replace('T', ' '),
    })
    // The mirror says the grant ended (My Okta access no longer lists it).
    expect(
      await eventually(
        () => sn.tables.get('x_okta_jml_access_grant', mirror.sys_id!)?.status,
        (status) => status === 'expired',
      ),
    ).toBe('expired')
    // Nothing left to do: another round changes nothing.
    expect(await bridge.expiry.tick()).toEqual([])
  })

  it('ServiceNow down during the report: the report waits in the outbox and is delivered once it is back', async () => {
    const { user, ritm, grantId } = await grantForAnHour()
    sn.configure({ faults: { statuses: [503], rate: 1 } })
    try {
      clock.at += HOUR + 1_000
      const [outcome] = await bridge.expiry.tick()
      expect(outcome).toMatchObject({ grantId, result: 'expired' })
      expect(org.isMember(groupId('Finance'), user.id)).toBe(false)
      const executionId = outcome!.executionId!

      // The dispatcher tried and failed: kept, pending, with the error — and nothing reached ServiceNow.
      const pending = await eventually(
        () => bridge.outbox.bySource(executionId),
        (entries) => entries.length === 3 && entries.every((e) => e.attempts > 0),
      )
      expect(pending.map((e) => [e.key, e.status])).toEqual([
        [`${executionId}:work-note`, 'pending'],
        [`${executionId}:thread:0`, 'pending'],
        [`${executionId}:grant-status`, 'pending'],
      ])
      for (const entry of pending) expect(entry.lastError).toEqual(expect.any(String))
      expect(workNotes(ritm.sys_id!)).toEqual([])
      expect(threadRows(ritm.sys_id!)).toEqual([])
    } finally {
      sn.configure({ faults: null })
    }

    // ServiceNow is back; once the retry is due, the report goes out.
    clock.at += 10 * 60_000
    const delivered = await eventually(
      async () => {
        await bridge.outboxDispatcher.tick()
        return bridge.outbox.bySource((await bridge.grants.get(grantId))!.endedBy!)
      },
      (entries) => entries.every((e) => e.status === 'delivered'),
    )
    expect(delivered.map((e) => e.status)).toEqual(['delivered', 'delivered', 'delivered'])
    expect(workNotes(ritm.sys_id!)).toHaveLength(1)
    expect(workNotes(ritm.sys_id!)[0]!.value).toContain(`grant ${grantId}`)
    expect(threadRows(ritm.sys_id!)).toHaveLength(1)
  })

  it('a failure while recording the report fails the expiry; the retry ends the grant and reports it once', async () => {
    const { user, ritm, grantId } = await grantForAnHour()
    const enqueue = bridge.outbox.enqueue
    bridge.outbox.enqueue = async () => {
      bridge.outbox.enqueue = enqueue
      throw new Error('database is locked')
    }
    clock.at += HOUR + 1_000
    const [failed] = await bridge.expiry.tick()
    expect(failed).toMatchObject({ grantId, result: 'failed' })
    // The access is gone, but the grant is still active and due: nothing was reported, nothing is lost.
    expect(org.isMember(groupId('Finance'), user.id)).toBe(false)
    expect((await bridge.grants.get(grantId))!.status).toBe('active')
    expect(await bridge.outbox.bySource(failed!.executionId!)).toEqual([])

    // The scheduler waits out its lease before retrying a failed expiry, then the same execution finishes.
    expect(await bridge.expiry.tick()).toEqual([{ grantId, result: 'waiting' }])
    clock.at += 61_000
    const [retried] = await bridge.expiry.tick()
    expect(retried).toEqual({ grantId, result: 'expired', executionId: failed!.executionId })
    expect((await bridge.grants.get(grantId))!).toMatchObject({
      status: 'expired',
      endedBy: failed!.executionId,
    })
    expect(removals(user.id, 'Finance')).toHaveLength(1)
    const notes = await eventually(
      () => workNotes(ritm.sys_id!),
      (rows) => rows.length > 0,
    )
    expect(notes).toHaveLength(1)
    expect(
      await eventually(
        () => threadRows(ritm.sys_id!),
        (rows) => rows.length > 0,
      ),
    ).toHaveLength(1)
  })

  it('schedulers racing for the same grants — one with a broken lock — remove each access once', async () => {
    const grants = [await grantForAnHour(), await grantForAnHour(bridge, 'Payroll')]
    clock.at += HOUR + 1_000
    const base: ExpirySchedulerOptions = {
      grants: bridge.grants,
      executions: bridge.executions,
      clock,
      log: silent,
    }
    // A lock that always says yes: only the idempotency key stands between it and a second revocation.
    const brokenLock = new Proxy(bridge.grants, {
      get: (target, name) =>
        name === 'claimExpiry' ? async () => true : Reflect.get(target, name, target)?.bind?.(target),
    }) as GrantStore
    const schedulers = [
      new ExpiryScheduler({ ...base, claimant: 'replica-a' }),
      new ExpiryScheduler({ ...base, claimant: 'replica-b' }),
      new ExpiryScheduler({ ...base, grants: brokenLock, claimant: 'replica-broken' }),
    ]
    const rounds = await Promise.all(schedulers.map((s) => s.tick()))
    const [a, b] = rounds
    for (const g of grants) {
      // Of the two schedulers with a working lock, one claimed it and the other found it claimed.
      const results = [a, b].map((round) => round!.find((o) => o.grantId === g.grantId)?.result).sort()
      expect(results).toEqual(['claimed-elsewhere', 'expired'])
      const group = g === grants[0] ? 'Finance' : 'Payroll'
      expect(org.isMember(groupId(group), g.user.id)).toBe(false)
      expect(removals(g.user.id, group)).toHaveLength(1)
      const revocations = (await audit(g.ticket.number)).filter((e) => e.flow === 'revoke-access')
      expect(revocations).toHaveLength(1)
      expect(revocations[0]!.changes).toHaveLength(1)
      expect((await bridge.grants.get(g.grantId))!.status).toBe('expired')
    }
  })

  it('is revoked at start by a bridge that was down when the end date passed', async () => {
    const first = await start('restart.db', QUIET)
    let grant: Awaited<ReturnType<typeof grantForAnHour>>
    try {
      grant = await grantForAnHour(first, 'Payroll')
    } finally {
      await first.stop()
    }
    clock.at += 3 * HOUR
    const second = await start('restart.db', QUIET)
    try {
      // This round runs after the start round, and finds nothing left: the start round revoked it.
      expect(await second.expiry.tick()).toEqual([])
      expect(org.isMember(groupId('Payroll'), grant.user.id)).toBe(false)
      const stored = await second.grants.get(grant.grantId)
      expect(stored).toMatchObject({ status: 'expired', endedAt: clock.now().toISOString() })
      const view = await second.executions.view(stored!.endedBy!)
      expect(view).toMatchObject({ status: 'succeeded', caller: EXPIRY_CALLER, ticket: grant.ticket })
      expect(removals(grant.user.id, 'Payroll')).toHaveLength(1)
    } finally {
      await second.stop()
    }
  })

  it('an extension before the end date keeps the access past the old date', async () => {
    const { user, ticket, grantId } = await grantForAnHour()
    const body = FLOWS['extend-access'].input.parse({
      ticket,
      grantId,
      expiresAt: new Date(clock.at + 5 * HOUR).toISOString(),
    })
    await invoke(bridge, 'extend-access', body)
    clock.at += 2 * HOUR
    expect(await bridge.expiry.tick()).toEqual([])
    expect(org.isMember(groupId('Finance'), user.id)).toBe(true)
    clock.at += 3 * HOUR
    expect(await bridge.expiry.tick()).toMatchObject([{ grantId, result: 'expired' }])
    expect(org.isMember(groupId('Finance'), user.id)).toBe(false)
  })
})
