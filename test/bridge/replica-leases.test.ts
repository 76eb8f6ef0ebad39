/**
 * Replicas sharing one database (issue 16, "exactly once across replicas"), on both dialects:
 * - the execution store's leases at their boundary: claim with the idempotency key, renew, lapse, take over,
 *   release, and a lost lease refusing the old holder's plan, step and finish writes in their own transaction;
 * - the duty leases singleton periodic work claims;
 * - two ExecutionServices (two replicas) on one database: neither resumes the other's live executions, one takes
 *   over a dead one's, a graceful release hands them over at once, and the dead one's late writes are refused;
 * - a bridge's graceful stop releases the leases of executions still running after its grace period;
 * - the singleton duties (scheduled reconciliation, request id joiner) run on one replica of two.
 *
 * On Postgres each replica has its own connection pool, as separate processes would. On SQLite both share one
 * connection: a second connection in one process would block the event loop on the first's write lock (see
 * `openExecutionStore`); what is under test is the rows' leases, which do not depend on the connection.
 */
import { randomBytes } from 'node:crypto'
import { Writable } from 'node:stream'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SqlDutyLeases } from '../../bridge/adapters/store/duty-lease-store.js'
import { openExecutionStore, type SqlExecutionStore } from '../../bridge/adapters/store/index.js'
import { ConfigError, loadConfig } from '../../bridge/config.js'
import type { FlowEngine } from '../../bridge/flows/engine.js'
import { ExecutionService } from '../../bridge/flows/execution-service.js'
import { Duty } from '../../bridge/jobs/duty.js'
import { ExecutionLeaseJob } from '../../bridge/jobs/execution-leases.js'
import { ReconcileSchedule, reconcileDutyLeaseMs } from '../../bridge/jobs/reconcile-schedule.js'
import { RequestIdJoiner } from '../../bridge/jobs/request-id-joiner.js'
import { ExecutionLeaseLostError, type NewExecution } from '../../bridge/ports/store.js'
import type { DriftReport } from '../../bridge/reconcile/reconciler.js'
import { startBridge } from '../../dev/start.js'
import { ManualClock } from './support/manual-clock.js'
import { startOktaOrg } from './support/okta-org.js'
import { storeDialects } from './support/store-dialects.js'

const T0 = '2030-01-01T00:00:00.000Z'
const LEASE_END = '2030-01-01T00:00:30.000Z'
const JUST_BEFORE = '2030-01-01T00:00:29.999Z'
const LATER = '2030-01-01T00:01:00.000Z'
const LEASE_MS = 30_000

let sequence = 0
function newExecution(): NewExecution {
  sequence += 1
  return {
    id: `exe_lease_${sequence}_${Math.random().toString(36).slice(2, 8)}`,
    flow: 'mover',
    idempotencyKey: `lease-key-${sequence}-${Math.random()}`,
    requestHash: 'h'.repeat(64),
    ticket: { number: `RITM${String(sequence).padStart(7, '0')}`, requestedBy: 'a', approvedBy: 'b' },
    caller: { kind: 'client-token', id: 'test' },
    input: { n: sequence },
  }
}

const STEP = {
  attempt: 1,
  operation: 'addGroupMember' as const,
  target: { userId: '00u1', groupId: '00g1' },
  oktaRequestId: 'req-1',
  outcome: 'succeeded' as const,
  error: null,
}

/** A stand-in engine whose runs wait until the test lets them go, then record one step through the hooks. */
class GatedEngine {
  /** Which replica's runs invoked which execution, in order. */
  readonly invocations: { replica: string; executionId: string; resume: boolean }[] = []
  private readonly gates = new Map<string, () => void>()
  private readonly arrived = new Map<string, () => void>()
  private readonly waiting = new Map<string, Promise<void>>()

  constructor(readonly replica: string) {}

  /** Resolves once a run of `executionId` on this engine is waiting at its gate. */
  reached(executionId: string): Promise<void> {
    let promise = this.waiting.get(executionId)
    if (!promise) {
      promise = new Promise<void>((resolve) => this.arrived.set(executionId, resolve))
      this.waiting.set(executionId, promise)
    }
    return promise
  }

  /** Lets the waiting run of `executionId` go on. */
  open(executionId: string): void {
    this.gates.get(executionId)?.()
  }

  asEngine(): FlowEngine {
    return {
      invoke: async (
        _flow: string,
        _input: unknown,
        options: {
          executionId: string
          resume: boolean
          hooks: {
            onPlan(steps: unknown[], hash: string): Promise<void>
            onSteps(steps: unknown[]): Promise<void>
          }
        },
      ) => {
        const id = options.executionId
        this.invocations.push({ replica: this.replica, executionId: id, resume: options.resume })
        await options.hooks.onPlan([{ operation: STEP.operation, target: STEP.target }], 'p'.repeat(64))
        const gate = new Promise<void>((resolve) => this.gates.set(id, resolve))
        void this.reached(id)
        this.arrived.get(id)?.()
        await gate
        const { attempt: _attempt, ...step } = STEP
        await options.hooks.onSteps([{ ...step, oktaRequestId: `${this.replica}-req` }])
        return {
          executionId: id,
          flow: 'mover',
          status: 'succeeded',
          output: { by: this.replica },
          changes: [],
        }
      },
    } as unknown as FlowEngine
  }
}

describe.each(storeDialects())('$name', (dialect) => {
  if (dialect.unavailable !== undefined) {
    it.skip(`skipped: ${dialect.unavailable}`, () => undefined)
    return
  }
  let url: string
  let first: SqlExecutionStore
  let second: SqlExecutionStore

  beforeAll(async () => {
    await dialect.start()
    url = await dialect.newDatabaseUrl()
    first = await openExecutionStore(url)
    second = dialect.name === 'sqlite' ? first : await openExecutionStore(url)
  }, 60_000)

  afterAll(async () => {
    await first?.close()
    if (second !== first) await second?.close()
    await dialect.stop()
  })

  describe('execution leases in the store', () => {
    it('a new execution is held from its creation, in the transaction that claims its key', async () => {
      const execution = newExecution()
      const begun = await first.begin(execution, { holder: 'replica-a', until: LEASE_END })
      expect(begun.created).toBe(true)
      expect(await second.leaseOf(execution.id)).toEqual({ holder: 'replica-a', until: LEASE_END })
      // The same key again (a retry reaching replica b) finds the execution and leaves its lease alone.
      const again = await second.begin(
        { ...execution, id: 'exe_other' },
        { holder: 'replica-b', until: LATER },
      )
      expect(again).toMatchObject({ created: false, execution: { id: execution.id } })
      expect(await first.leaseOf(execution.id)).toEqual({ holder: 'replica-a', until: LEASE_END })
      await first.finish(execution.id, { status: 'succeeded', output: null }, 'replica-a')
    })

    it('a live lease is not claimed, a lapsed one is — at its end, not a millisecond before — by one claimant', async () => {
      const execution = newExecution()
      await first.begin(execution, { holder: 'replica-a', until: LEASE_END })
      const claim = (holder: string, now: string) =>
        second.claimLapsed({ holder, now, until: LATER, limit: 100 })
      expect((await claim('replica-b', T0)).map((e) => e.id)).not.toContain(execution.id)
      expect((await claim('replica-b', JUST_BEFORE)).map((e) => e.id)).not.toContain(execution.id)
      const taken = await claim('replica-b', LEASE_END)
      expect(taken.map((e) => e.id)).toContain(execution.id)
      expect(taken.find((e) => e.id === execution.id)).toMatchObject({
        status: 'running',
        input: execution.input,
      })
      // Claimed with a new lease: a third replica at the same instant finds nothing to take.
      expect(
        (await first.claimLapsed({ holder: 'replica-c', now: LEASE_END, until: LATER, limit: 100 })).map(
          (e) => e.id,
        ),
      ).not.toContain(execution.id)
      expect(await first.leaseOf(execution.id)).toEqual({ holder: 'replica-b', until: LATER })
      await second.finish(execution.id, { status: 'succeeded', output: null }, 'replica-b')
    })

    it('renewing extends only the holder’s own leases; a lease taken over is not taken back', async () => {
      const execution = newExecution()
      await first.begin(execution, { holder: 'replica-a', until: LEASE_END })
      expect(await first.renewLeases('replica-a', [execution.id], LATER)).toEqual([execution.id])
      expect(await first.leaseOf(execution.id)).toEqual({ holder: 'replica-a', until: LATER })
      // Renewed past LEASE_END: not lapsed then.
      expect(
        (await second.claimLapsed({ holder: 'replica-b', now: LEASE_END, until: LATER, limit: 100 })).map(
          (e) => e.id,
        ),
      ).not.toContain(execution.id)
      expect(await second.renewLeases('replica-b', [execution.id], '2031-01-01T00:00:00.000Z')).toEqual([])
      // Lapsed and taken over by b: a's renewal no longer holds it.
      await second.claimLapsed({
        holder: 'replica-b',
        now: LATER,
        until: '2030-01-01T00:02:00.000Z',
        limit: 100,
      })
      expect(await first.renewLeases('replica-a', [execution.id], '2031-01-01T00:00:00.000Z')).toEqual([])
      expect(await first.leaseOf(execution.id)).toEqual({
        holder: 'replica-b',
        until: '2030-01-01T00:02:00.000Z',
      })
      await second.finish(execution.id, { status: 'succeeded', output: null }, 'replica-b')
    })

    it('a replica that lost the lease cannot record a plan, a step or the end: the new holder can', async () => {
      const execution = newExecution()
      await first.begin(execution, { holder: 'replica-a', until: LEASE_END })
      await first.recordStep(execution.id, STEP, 'replica-a')
      await second.claimLapsed({ holder: 'replica-b', now: LEASE_END, until: LATER, limit: 100 })
      await expect(first.recordPlan(execution.id, [], 'x', 'replica-a')).rejects.toBeInstanceOf(
        ExecutionLeaseLostError,
      )
      await expect(first.recordStep(execution.id, STEP, 'replica-a')).rejects.toMatchObject({
        code: 'store-execution-lease-lost',
      })
      await expect(
        first.finish(execution.id, { status: 'succeeded', output: { by: 'a' } }, 'replica-a'),
      ).rejects.toBeInstanceOf(ExecutionLeaseLostError)
      // Nothing of the refused writes is in the store: one step (a's, while it held the lease), still running.
      const stored = await first.get(execution.id)
      expect(stored).toMatchObject({ status: 'running', plan: null })
      expect(stored!.steps).toHaveLength(1)
      const audited = await first.audit({ ticket: execution.ticket.number })
      expect(audited).toHaveLength(1)
      await second.recordStep(execution.id, { ...STEP, oktaRequestId: 'req-2' }, 'replica-b')
      await second.finish(execution.id, { status: 'succeeded', output: { by: 'b' } }, 'replica-b')
      expect(await first.get(execution.id)).toMatchObject({ status: 'succeeded', output: { by: 'b' } })
      expect(await first.leaseOf(execution.id)).toBeUndefined()
      expect((await first.verifyAudit()).ok).toBe(true)
    })

    it('a released lease is free at once; executions without a lease (an older bridge’s) are free too', async () => {
      const held = newExecution()
      const legacy = newExecution()
      await first.begin(held, { holder: 'replica-a', until: LATER })
      await first.begin(legacy)
      await first.releaseLeases('replica-b', [held.id], T0)
      expect(await first.leaseOf(held.id)).toEqual({ holder: 'replica-a', until: LATER })
      await first.releaseLeases('replica-a', [held.id], T0)
      const taken = await second.claimLapsed({ holder: 'replica-b', now: T0, until: LEASE_END, limit: 100 })
      expect(taken.map((e) => e.id)).toEqual(expect.arrayContaining([held.id, legacy.id]))
      for (const execution of [held, legacy]) {
        await second.finish(execution.id, { status: 'succeeded', output: null }, 'replica-b')
      }
    })

    it('a retried failed execution is held by the replica that restarted it', async () => {
      const execution = newExecution()
      await first.begin(execution, { holder: 'replica-a', until: LEASE_END })
      await first.finish(
        execution.id,
        { status: 'failed', error: { code: 'x', status: 503, title: 't', detail: 'd' } },
        'replica-a',
      )
      const restarted = await second.restart(execution.id, { holder: 'replica-b', until: LATER })
      expect(restarted).toMatchObject({ status: 'running', attempts: 2 })
      expect(await first.leaseOf(execution.id)).toEqual({ holder: 'replica-b', until: LATER })
      await second.finish(execution.id, { status: 'succeeded', output: null }, 'replica-b')
    })
  })

  describe('duty leases', () => {
    it('one replica holds a duty until its lease ends; then another takes it over; a release frees it at once', async () => {
      const a = new SqlDutyLeases(first.db)
      const b = new SqlDutyLeases(second.db)
      const duty = `duty-${Math.random().toString(36).slice(2, 8)}`
      expect(await a.claim(duty, 'replica-a', T0, LEASE_END)).toBe(true)
      expect(await b.claim(duty, 'replica-b', T0, LATER)).toBe(false)
      expect(await b.claim(duty, 'replica-b', JUST_BEFORE, LATER)).toBe(false)
      // The holder renews (before its end), and keeps it past the old end.
      expect(await a.claim(duty, 'replica-a', JUST_BEFORE, LATER)).toBe(true)
      expect(await b.claim(duty, 'replica-b', LEASE_END, LATER)).toBe(false)
      // Not renewed again: at its end it is b's, and a no longer holds it.
      expect(await b.claim(duty, 'replica-b', LATER, '2030-01-01T00:02:00.000Z')).toBe(true)
      expect(await a.claim(duty, 'replica-a', LATER, '2030-01-01T00:02:00.000Z')).toBe(false)
      // A release by someone who does not hold it changes nothing; the holder's frees it at once.
      await a.release(duty, 'replica-a', LATER)
      expect(await a.claim(duty, 'replica-a', LATER, '2030-01-01T00:02:00.000Z')).toBe(false)
      await b.release(duty, 'replica-b', LATER)
      expect(await a.claim(duty, 'replica-a', LATER, '2030-01-01T00:02:00.000Z')).toBe(true)
    })
  })

  describe('two replicas’ execution services on one database', () => {
    function replica(name: string, store: SqlExecutionStore, clock: ManualClock) {
      const engine = new GatedEngine(name)
      const lost: string[] = []
      const takenOver: string[] = []
      const errors: unknown[] = []
      const service = new ExecutionService({
        engine: engine.asEngine(),
        store,
        newExecutionId: () => `exe_${name}_${Math.random().toString(36).slice(2, 10)}`,
        replicaId: name,
        leaseMs: LEASE_MS,
        clock,
        onLeaseLost: (id) => lost.push(id),
        onTakeOver: (id) => takenOver.push(id),
        onBackgroundError: (error) => errors.push(error),
      })
      return { name, engine, service, lost, takenOver, errors }
    }

    function submit(service: ExecutionService, n: number) {
      return service.submit({
        flow: 'mover',
        input: { n } as never,
        caller: { kind: 'client-token', id: 'test' },
        idempotencyKey: `svc-${n}-${Math.random()}`,
        requestHash: 'h'.repeat(64),
        ticket: { number: `RITM9${String(n).padStart(6, '0')}`, requestedBy: 'a', approvedBy: 'b' },
      })
    }

    it('neither resumes the other’s live executions, however long they run, while their holder renews', async () => {
      const clock = new ManualClock(T0)
      const a = replica('replica-a', first, clock)
      const b = replica('replica-b', second, clock)
      const submitted = await submit(a.service, 1)
      const id = submitted.kind === 'running' ? submitted.executionId : ''
      await a.engine.reached(id)
      const jobB = new ExecutionLeaseJob(b.service, silentLog)
      const jobA = new ExecutionLeaseJob(a.service, silentLog)
      // Four leases long, renewed by a's heartbeat every third of one: b never finds it lapsed.
      for (let i = 0; i < 12; i++) {
        clock.advance(LEASE_MS / 3)
        expect(await jobA.tick()).toEqual({ lost: [], resumed: 0 })
        expect((await jobB.tick()).resumed).toBe(0)
      }
      // A third replica starting now (its first round is the start-up resume) leaves it alone too.
      const c = replica('replica-c', second, clock)
      expect(await c.service.resumeLapsed()).toBe(0)
      a.engine.open(id)
      await a.service.drain()
      expect(await a.service.view(id)).toMatchObject({ status: 'succeeded', output: { by: 'replica-a' } })
      expect(a.engine.invocations.filter((i) => i.executionId === id)).toHaveLength(1)
      expect(b.engine.invocations.concat(c.engine.invocations)).toEqual([])
      expect([...a.lost, ...b.takenOver, ...a.errors, ...b.errors]).toEqual([])
    })

    it('one takes over a dead one’s execution once its lease lapses; the dead one’s late writes are refused', async () => {
      const clock = new ManualClock(T0)
      const a = replica('replica-a', first, clock)
      const b = replica('replica-b', second, clock)
      const submitted = await submit(a.service, 2)
      const id = submitted.kind === 'running' ? submitted.executionId : ''
      await a.engine.reached(id)
      // a "dies": no more heartbeats (its process is frozen at the gate). Not lapsed a millisecond early.
      clock.advance(LEASE_MS - 1)
      expect(await b.service.resumeLapsed()).toBe(0)
      clock.advance(1)
      expect(await b.service.resumeLapsed()).toBe(1)
      expect(b.takenOver).toEqual([id])
      await b.engine.reached(id)
      expect(b.engine.invocations).toEqual([{ replica: 'replica-b', executionId: id, resume: true }])
      // a wakes up (a paused process) and tries to go on: its heartbeat learns the lease is lost, its step
      // write is refused, and its run stops without finishing the execution.
      expect(await a.service.renewLeases()).toEqual([id])
      a.engine.open(id)
      await a.service.drain()
      expect(a.lost).toEqual([id])
      expect(a.errors).toEqual([])
      expect(await first.get(id)).toMatchObject({ status: 'running', steps: [] })
      // b finishes it, once.
      b.engine.open(id)
      await b.service.drain()
      const view = await b.service.view(id)
      expect(view).toMatchObject({ status: 'succeeded', output: { by: 'replica-b' } })
      expect(view!.steps.map((s) => s.oktaRequestId)).toEqual(['replica-b-req'])
      expect(b.errors).toEqual([])
    })

    it('a graceful stop releases the leases of runs still going, and another replica takes them at once', async () => {
      const clock = new ManualClock(T0)
      const a = replica('replica-a', first, clock)
      const b = replica('replica-b', second, clock)
      const submitted = await submit(a.service, 3)
      const id = submitted.kind === 'running' ? submitted.executionId : ''
      await a.engine.reached(id)
      expect(await b.service.resumeLapsed()).toBe(0)
      expect(await a.service.releaseLeases()).toBe(1)
      // The clock has not moved: released, not lapsed.
      expect(await b.service.resumeLapsed()).toBe(1)
      await b.engine.reached(id)
      b.engine.open(id)
      await b.service.drain()
      expect(await b.service.view(id)).toMatchObject({ status: 'succeeded', output: { by: 'replica-b' } })
      // a's run, still going after the grace period, is refused at its next write.
      a.engine.open(id)
      await a.service.drain()
      expect(a.lost).toEqual([id])
      expect((await b.service.view(id))!.steps).toHaveLength(1)
    })
  })

  describe('a bridge’s graceful stop', () => {
    it('releases the leases of executions still running after the grace period (not left for the lease’s end)', async () => {
      const org = await startOktaOrg({ groups: ['Engineering'], apps: [] })
      try {
        // Slow enough that the joiner is still running when the grace period ends.
        org.sandbox.configure({ latencyMs: 1_500 })
        const databaseUrl = await dialect.newDatabaseUrl()
        const bridge = await startBridge(
          { ...org.env, DATABASE_URL: databaseUrl, EXECUTION_LEASE_SECONDS: '600' },
          { print: () => undefined, logDestination: new Writable({ write: (_c, _e, done) => done() }) },
        )
        const login = `graceful.${randomBytes(3).toString('hex')}@example.com`
        const res = await fetch(`${bridge.url}/api/flo/joiner/invoke`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'x-api-client-token': org.token,
            prefer: 'respond-async',
          },
          body: JSON.stringify({
            ticket: { number: 'RITM0090001', requestedBy: 'hr.bot', approvedBy: 'it.mgr' },
            profile: { login, email: login, firstName: 'Grace', lastName: 'Ful' },
            groups: [org.groups[0]!.id],
          }),
        })
        expect(res.status).toBe(202)
        const { executionId } = (await res.json()) as { executionId: string }
        const stopping = new Date().toISOString()
        await bridge.stop(100)
        const stopped = new Date().toISOString()
        const store = await openExecutionStore(databaseUrl)
        try {
          expect((await store.get(executionId))?.status).toBe('running')
          const lease = await store.leaseOf(executionId)
          // Released during the stop: it ends then, not ten minutes after the last renewal.
          expect(lease).toBeDefined()
          expect(
            lease!.until >= stopping && lease!.until <= stopped,
            JSON.stringify({ lease, stopping, stopped }),
          ).toBe(true)
          const taken = await store.claimLapsed({
            holder: 'replica-next',
            now: stopped,
            until: LATER,
            limit: 100,
          })
          expect(taken.map((e) => e.id)).toContain(executionId)
        } finally {
          await store.close()
        }
      } finally {
        await org.stop()
      }
    })
  })

  describe('singleton duties run on one replica of two', () => {
    it('the scheduled reconciliation: one run per period; a dead holder’s schedule is taken over', async () => {
      const clock = new ManualClock(T0)
      const leases = { a: new SqlDutyLeases(first.db), b: new SqlDutyLeases(second.db) }
      const runs: string[] = []
      const intervalMs = 60_000
      const dutyName = `reconcile-${Math.random().toString(36).slice(2, 8)}`
      const schedule = (name: 'a' | 'b') =>
        new ReconcileSchedule({
          reconciler: {
            run: async () => {
              runs.push(name)
              return {
                runId: name,
                at: clock.now().toISOString(),
                counts: {},
                drift: [],
                checked: { grants: 0, resources: 0, missingResources: [] },
              } as unknown as DriftReport
            },
          },
          intervalMs,
          log: silentLog,
          duty: new Duty(
            dutyName,
            { leases: leases[name], holder: `replica-${name}`, clock },
            reconcileDutyLeaseMs(intervalMs),
          ),
        })
      const [a, b] = [schedule('a'), schedule('b')]
      // Both timers fire each period (in either order): one reconciliation per period.
      for (let period = 0; period < 3; period++) {
        await a.scheduledRun()
        await b.scheduledRun()
        clock.advance(intervalMs)
      }
      expect(runs).toEqual(['a', 'a', 'a'])
      // a dies (its timer never fires again): b takes over once a's lease has run out, and keeps it.
      runs.length = 0
      for (let period = 0; period < 3; period++) {
        await b.scheduledRun()
        clock.advance(intervalMs)
      }
      // a's last claim (at 2 intervals) lasts an interval and a half: b's timer at 3 finds it held, at 4 and 5
      // the schedule is b's.
      expect(runs).toEqual(['b', 'b'])
    })

    it('the request id joiner: one replica looks a change up, not both', async () => {
      const clock = new ManualClock(T0)
      const leases = { a: new SqlDutyLeases(first.db), b: new SqlDutyLeases(second.db) }
      const lookups: string[] = []
      const duty = `joiner-${Math.random()}`
      const entry = { seq: 1, executionId: 'exe', operation: 'addGroupMember', target: {}, at: T0 }
      const joiner = (name: 'a' | 'b') =>
        new RequestIdJoiner({
          trail: {
            unjoinedDue: async () => [{ entry, executionCreatedAt: T0, attempts: 0 }] as never,
            recordJoin: async () => undefined,
            joinNotFound: async () => undefined,
            knownRequestIds: async () => new Set<string>(),
          },
          candidates: async () => {
            lookups.push(name)
            return []
          },
          clock,
          log: silentLog,
          duty: new Duty(duty, { leases: leases[name], holder: `replica-${name}`, clock }, 60_000),
        })
      const [a, b] = [joiner('a'), joiner('b')]
      await Promise.all([a.tick(), b.tick()])
      await Promise.all([a.tick(), b.tick()])
      expect(lookups.length).toBe(2)
      expect(new Set(lookups).size).toBe(1)
    })
  })
})

const silentLog = { info: () => undefined, warn: () => undefined, error: () => undefined }

describe('EXECUTION_LEASE_SECONDS', () => {
  it('default 30 s; 2 s to an hour accepted; anything else refused naming the variable', async () => {
    const base = { NODE_ENV: 'test', BRIDGE_CLIENT_TOKENS: randomBytes(32).toString('base64url') }
    expect((await loadConfig(base)).executionLeaseMs).toBe(30_000)
    expect((await loadConfig({ ...base, EXECUTION_LEASE_SECONDS: '2' })).executionLeaseMs).toBe(2_000)
    expect((await loadConfig({ ...base, EXECUTION_LEASE_SECONDS: '3600' })).executionLeaseMs).toBe(3_600_000)
    for (const bad of ['1', '0', '3601', '2.5', 'long']) {
      const error = await loadConfig({ ...base, EXECUTION_LEASE_SECONDS: bad }).catch((e: unknown) => e)
      expect(error, bad).toBeInstanceOf(ConfigError)
      expect(String((error as Error).message)).toContain('EXECUTION_LEASE_SECONDS')
    }
  })
})
