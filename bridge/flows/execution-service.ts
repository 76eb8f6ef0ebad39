/**
 * Durable executions: exactly-once Okta effects over an at-least-once world. ServiceNow retries REST
 * calls, containers are killed, Okta answers 503 — so every real invocation is an execution in the
 * store, claimed by an idempotency key before its first Okta write, with each step recorded as it
 * completes, and resumed if the process died mid-way.
 *
 * Several replicas share one database: each running execution is held by one replica (a lease, claimed with
 * the idempotency key and renewed by {@link ExecutionService.renewLeases} while the run goes on). A replica that
 * dies stops renewing; once its lease runs out another replica claims the execution and resumes it
 * ({@link ExecutionService.resumeLapsed}). A replica that lost a lease (a long pause) finds out at its next
 * write, which the store refuses in the same transaction: the run stops there, and the new holder carries on.
 *
 * Resuming is safe because flows plan against Okta's *current* state: a resumed joiner finds the user
 * its first attempt created and adopts it, a resumed mover finds the groups already added. The step that
 * was in flight when the process died is re-checked that way instead of being blindly repeated.
 */
import type { Change, FlowInput, FlowName, PlanStep, Target, Ticket } from '../../shared/index.js'
import { type Clock, systemClock } from '../clock.js'
import { ERRORS } from '../errors.js'
import { waitingForOktaBudget } from '../ports/okta-budget.js'
import {
  type ExecutionLease,
  ExecutionLeaseLostError,
  type ExecutionRecord,
  type ExecutionStore,
  type StepInput,
  type StepRecord,
} from '../ports/store.js'
import { sleep } from '../resilience/sleep.js'
import type { FlowEngine, InvokeOptions } from './engine.js'
import { FlowError } from './errors.js'
import type { Caller } from './operation.js'

/** An execution as the API shows it: status, steps, output or error, and the changes made. */
export interface ExecutionView {
  executionId: string
  flow: FlowName
  status: ExecutionRecord['status']
  ticket: Ticket
  caller: ExecutionRecord['caller']
  attempts: number
  planHash: string | null
  output: unknown
  error: ExecutionRecord['error']
  /** Every Okta change made, with the request id Okta's System Log records it under. */
  changes: Change[]
  steps: StepRecord[]
  createdAt: string
  updatedAt: string
  finishedAt: string | null
}

/** What became of a submission. */
export type Submission =
  /** Running (just started, or already running under this key): wait for it or answer 202. */
  | { kind: 'running'; executionId: string; replayed: boolean }
  /** Finished earlier under this key with the same body: answer the stored result. */
  | { kind: 'finished'; view: ExecutionView; replayed: true }
  /** The key belongs to an execution of another request body (422). */
  | { kind: 'key-conflict'; executionId: string }

/** A real (not dry-run) invocation to submit. */
export interface SubmitRequest<F extends FlowName = FlowName> {
  flow: F
  input: FlowInput<F>
  caller: Caller
  idempotencyKey: string
  requestHash: string
  ticket: Ticket
}

/** What the service needs. */
export interface ExecutionServiceDeps {
  engine: FlowEngine
  store: ExecutionStore
  newExecutionId: () => string
  /** Told about failures the caller never sees (a run that failed in the background). */
  onBackgroundError?: (error: unknown, executionId: string) => void
  /** How often to look at the store for an execution another process runs (ms). */
  pollMs?: number
  /**
   * Finds the `X-Okta-Request-Id` of a change a crashed attempt made but could not record, or whose answer
   * was lost to a fault (from Okta's System Log), so the golden thread stays whole across a crash. Without
   * it such a change is recorded with a null request id.
   */
  findRequestId?: (step: PlanStep, userId: string | undefined, since: string) => Promise<string | null>
  /**
   * Called when an execution that changed something in Okta has finished (succeeded or failed), before its
   * waiters hear of it: the audit anchor is sent then. Its failure is reported, never the execution's.
   */
  onChanged?: (executionId: string) => Promise<void>
  /**
   * This replica's id, the holder of the executions it runs (chosen once per process by the wiring); default a
   * random one.
   */
  replicaId?: string
  /** How long an execution's lease lasts unless renewed (ms; default {@link DEFAULT_EXECUTION_LEASE_MS}). */
  leaseMs?: number
  /** The clock leases are dated by (default the system's). */
  clock?: Clock
  /** Told when a run stopped because another replica took its execution over (the wiring logs and counts it). */
  onLeaseLost?: (executionId: string) => void
  /** Told when this replica claimed a lapsed execution to resume it (the wiring logs and counts it). */
  onTakeOver?: (executionId: string) => void
}

/** The default length of an execution's lease (30 s): how long a dead replica's executions wait for takeover. */
export const DEFAULT_EXECUTION_LEASE_MS = 30_000

/** How many lapsed executions one {@link ExecutionService.resumeLapsed} claims at most. */
const CLAIM_BATCH = 50

/** Runs executions durably. */
export class ExecutionService {
  /** Runs in this process, by execution id, so a duplicate request waits on the same promise. */
  private readonly inFlight = new Map<string, Promise<void>>()
  /** The holder this replica's leases name. */
  readonly replicaId: string
  private readonly leaseMs: number
  private readonly clock: Clock

  constructor(private readonly deps: ExecutionServiceDeps) {
    this.replicaId = deps.replicaId ?? `replica-${Math.random().toString(36).slice(2, 10)}`
    this.leaseMs = deps.leaseMs ?? DEFAULT_EXECUTION_LEASE_MS
    this.clock = deps.clock ?? systemClock
  }

  /** How long a lease lasts (ms): the heartbeat renews well within it. */
  get leaseDurationMs(): number {
    return this.leaseMs
  }

  /**
   * Claims the idempotency key — scoped by caller and flow ({@link scopedIdempotencyKey}) — and starts the
   * execution, or finds the one that holds the key: a replay of a finished one, a wait on a running one, or a
   * conflict when the body differs. A failed execution retried with the same body starts again (its plan is
   * recomputed, so nothing is done twice).
   */
  async submit(request: SubmitRequest): Promise<Submission> {
    const begun = await this.deps.store.begin(
      {
        id: this.deps.newExecutionId(),
        flow: request.flow,
        idempotencyKey: scopedIdempotencyKey(request.caller, request.flow, request.idempotencyKey),
        requestHash: request.requestHash,
        ticket: request.ticket,
        caller: request.caller,
        input: request.input,
      },
      this.newLease(),
    )
    const execution = begun.execution
    if (begun.created) {
      this.start(execution, false)
      return { kind: 'running', executionId: execution.id, replayed: false }
    }
    if (execution.requestHash !== request.requestHash || execution.flow !== request.flow) {
      return { kind: 'key-conflict', executionId: execution.id }
    }
    if (execution.status === 'running') return { kind: 'running', executionId: execution.id, replayed: true }
    if (execution.status === 'failed') {
      let restarted: ExecutionRecord
      try {
        restarted = await this.deps.store.restart(execution.id, this.newLease())
      } catch (error) {
        // Another retry restarted it a moment ago: wait on that run instead of starting a second one.
        const now = await this.deps.store.get(execution.id)
        if (now?.status === 'running') return { kind: 'running', executionId: execution.id, replayed: true }
        throw error
      }
      const view = await this.view(execution.id)
      // With changes already made, the approved plan is partly applied: the rest is planned afresh.
      this.start(restarted, (view?.changes.length ?? 0) > 0)
      return { kind: 'running', executionId: execution.id, replayed: true }
    }
    return { kind: 'finished', view: (await this.view(execution.id))!, replayed: true }
  }

  /**
   * Waits for an execution to finish, up to `deadlineMs`; `undefined` when it is still running then
   * (the caller answers 202 with the status URL).
   */
  async wait(executionId: string, deadlineMs: number): Promise<ExecutionView | undefined> {
    const deadline = Date.now() + deadlineMs
    const local = this.inFlight.get(executionId)
    if (local) {
      let timer: NodeJS.Timeout | undefined
      const timeout = new Promise<'timeout'>((resolve) => {
        timer = setTimeout(() => resolve('timeout'), deadlineMs)
      })
      const settled = await Promise.race([local.then(() => 'done' as const), timeout])
      clearTimeout(timer)
      if (settled === 'timeout') return undefined
      const view = await this.view(executionId)
      // Still running after the local run ended: it lost its lease, and another replica carries it on.
      if (view?.status !== 'running') return view
    }
    // Run by another process (or not yet resumed here): watch the store.
    for (;;) {
      const view = await this.view(executionId)
      if (view?.status !== 'running') return view
      if (Date.now() >= deadline) return undefined
      await sleep(Math.min(this.deps.pollMs ?? 100, deadline - Date.now()))
    }
  }

  /** An execution with its steps and changes. */
  async view(executionId: string): Promise<ExecutionView | undefined> {
    const found = await this.deps.store.get(executionId)
    if (!found) return undefined
    return {
      executionId: found.id,
      flow: found.flow,
      status: found.status,
      ticket: found.ticket,
      caller: found.caller,
      attempts: found.attempts,
      planHash: found.planHash,
      output: found.output,
      error: found.error,
      changes: found.steps
        .filter((step) => step.outcome === 'succeeded')
        .map((step) => ({
          operation: step.operation,
          target: step.target,
          oktaRequestId: step.oktaRequestId,
        })),
      steps: found.steps,
      createdAt: found.createdAt,
      updatedAt: found.updatedAt,
      finishedAt: found.finishedAt,
    }
  }

  /**
   * Claims the running executions whose lease has run out — their replica died, or a previous process of this
   * one — and resumes them here; answers how many it claimed. A live replica's executions are left alone: their
   * leases are renewed. At start-up this is what resumes what a crash left.
   */
  async resumeLapsed(): Promise<number> {
    const now = this.clock.now()
    const claimed = await this.deps.store.claimLapsed({
      holder: this.replicaId,
      now: now.toISOString(),
      until: new Date(now.getTime() + this.leaseMs).toISOString(),
      limit: CLAIM_BATCH,
    })
    for (const execution of claimed) {
      // Already running here (this process paused past its own lease and claimed it back): one run is enough.
      if (this.inFlight.has(execution.id)) continue
      this.deps.onTakeOver?.(execution.id)
      this.start(execution, true)
    }
    return claimed.length
  }

  /**
   * The heartbeat: renews the lease of every execution running here. Answers the ids whose lease was lost
   * (another replica took them over after this one paused past the lease); their runs stop at their next write.
   */
  async renewLeases(): Promise<string[]> {
    const ids = [...this.inFlight.keys()]
    if (ids.length === 0) return []
    const renewed = new Set(await this.deps.store.renewLeases(this.replicaId, ids, this.newLease().until))
    // An id may have finished between the listing and the renewal: only those still in flight were lost.
    return ids.filter((id) => !renewed.has(id) && this.inFlight.has(id))
  }

  /**
   * Graceful shutdown, once the runs had their grace period: the leases of executions still running here end
   * now, so another replica takes them over at once instead of after the lease. Answers how many.
   */
  async releaseLeases(): Promise<number> {
    const ids = [...this.inFlight.keys()]
    await this.deps.store.releaseLeases(this.replicaId, ids, this.clock.now().toISOString())
    return ids.length
  }

  /** Executions running in this process now (diagnostics, tests). */
  get running(): string[] {
    return [...this.inFlight.keys()]
  }

  /** Resolves once every run this process started has finished (graceful shutdown, tests). */
  async drain(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight.values()])
  }

  /** A lease for this replica from now. */
  private newLease(): ExecutionLease {
    return {
      holder: this.replicaId,
      until: new Date(this.clock.now().getTime() + this.leaseMs).toISOString(),
    }
  }

  private start(execution: ExecutionRecord, resume: boolean): void {
    const run = this.run(execution, resume)
      .catch((error: unknown) => {
        // Another replica holds it now: this run stops without finishing it, and that replica carries it on.
        if (error instanceof ExecutionLeaseLostError) this.deps.onLeaseLost?.(execution.id)
        else this.deps.onBackgroundError?.(error, execution.id)
      })
      .finally(() => this.inFlight.delete(execution.id))
    this.inFlight.set(execution.id, run)
  }

  /**
   * Whether a failure is a refusal that changed nothing — a 4xx (policy, separation of duties, a plan that no
   * longer matches, a user or grant that is not there…) with no Okta change made by any attempt. Such an
   * execution releases its idempotency key: a refused request must not squat a key the real request needs.
   * A failure after changes keeps the key, because a retry must resume that work rather than start anew. The
   * bridge's own jobs keep theirs too: their keys are fixed (`expire:{grantId}`), and a job that retries a
   * refused expiry should retry the same execution, not record a new one at every poll.
   */
  private async isRefusal(execution: ExecutionRecord, error: FlowError): Promise<boolean> {
    if (error.status < 400 || error.status >= 500 || execution.caller.kind === 'system') return false
    const stored = await this.deps.store.get(execution.id)
    return stored !== undefined && !stored.steps.some((step) => step.outcome === 'succeeded')
  }

  /**
   * After a resumed run: a step of the original plan that no attempt recorded, and that the fresh plan no
   * longer needed, was carried out by a call in flight when the process died. Record it now (with its
   * System Log request id when it can be found), so the audit holds every change exactly once. Answers
   * whether it recorded any.
   */
  private async recoverLostSteps(execution: ExecutionRecord, output: unknown): Promise<boolean> {
    if (!execution.plan) return false
    const stored = await this.deps.store.get(execution.id)
    if (!stored) return false
    let recovered = false
    const done = new Set(
      stored.steps.filter((s) => s.outcome === 'succeeded').map((s) => stepKey(s.operation, s.target)),
    )
    // When the resumed run had nothing left to do (a joiner killed right at its create), no recorded step
    // names the user: its output does.
    const outputUserId = (output as { userId?: unknown } | null)?.userId
    const userId =
      stored.steps.find((s) => s.target.userId)?.target.userId ??
      (typeof outputUserId === 'string' ? outputUserId : undefined)
    for (const step of execution.plan) {
      if (done.has(stepKey(step.operation, step.target))) continue
      const target = userId && !step.target.userId ? { ...step.target, userId } : step.target
      const oktaRequestId = (await this.deps.findRequestId?.(step, userId, execution.createdAt)) ?? null
      await this.deps.store.recordStep(
        execution.id,
        {
          attempt: stored.attempts,
          operation: step.operation,
          target,
          oktaRequestId,
          outcome: 'succeeded',
          error: null,
        },
        this.replicaId,
      )
      recovered = true
    }
    return recovered
  }

  private async run(execution: ExecutionRecord, resume: boolean): Promise<void> {
    let changed = false
    try {
      await this.execute(execution, resume, () => {
        changed = true
      })
    } finally {
      if (changed && this.deps.onChanged) {
        await this.deps
          .onChanged(execution.id)
          .catch((error: unknown) => this.deps.onBackgroundError?.(error, execution.id))
      }
    }
  }

  private async execute(execution: ExecutionRecord, resume: boolean, onChange: () => void): Promise<void> {
    const { store, engine } = this.deps
    const attempt = execution.attempts
    try {
      // Nobody holds a connection open for an execution (a synchronous caller gets 202 with the status URL at its
      // deadline): its Okta calls queue on the org's rate-limit budget for as long as it takes, never fail for it.
      const options: InvokeOptions = {
        dryRun: false,
        caller: execution.caller,
        executionId: execution.id,
        resume,
        priorPlan: execution.plan ?? undefined,
        hooks: {
          // The first plan is the one approved and the one recovery compares against: keep it.
          onPlan: async (steps, planHash) => {
            if (execution.plan === null) await store.recordPlan(execution.id, steps, planHash, this.replicaId)
          },
          onSteps: async (steps) => {
            // A change whose answer was lost to a fault, and found in place afterwards, comes without its
            // request id (which call made it is unknown): Okta's System Log knows.
            const recorded: StepInput[] = []
            for (const step of steps) {
              const oktaRequestId =
                step.oktaRequestId ??
                (step.outcome === 'succeeded'
                  ? ((await this.deps.findRequestId?.(step, step.target.userId, execution.createdAt)) ?? null)
                  : null)
              recorded.push({ attempt, ...step, oktaRequestId })
            }
            await store.recordSteps(execution.id, recorded, this.replicaId)
            if (steps.some((step) => step.outcome === 'succeeded')) onChange()
          },
        },
      }
      const result = await waitingForOktaBudget(() =>
        engine.invoke(execution.flow, execution.input as FlowInput<FlowName>, options),
      )
      const output = 'output' in result ? result.output : null
      if (resume && (await this.recoverLostSteps(execution, output))) onChange()
      await store.finish(execution.id, { status: 'succeeded', output }, this.replicaId)
    } catch (error) {
      // Lost to another replica: nothing more is written here (the new holder finishes it).
      if (error instanceof ExecutionLeaseLostError) throw error
      if (!(error instanceof FlowError)) {
        // Unexpected: record a failure that says nothing internal, and tell the operator.
        await store.finish(
          execution.id,
          {
            status: 'failed',
            error: {
              code: 'internal',
              ...ERRORS.internal,
              detail: 'The execution failed unexpectedly.',
            },
          },
          this.replicaId,
        )
        throw error
      }
      const { changes: _made, ...extensions } = error.extensions
      await store.finish(
        execution.id,
        {
          status: 'failed',
          releaseKey: await this.isRefusal(execution, error),
          error: {
            code: error.code,
            status: error.status,
            title: error.title,
            detail: error.message,
            extensions: {
              ...extensions,
              ...(error.retryAfterSeconds === undefined
                ? {}
                : { retryAfterSeconds: error.retryAfterSeconds }),
            },
          },
        },
        this.replicaId,
      )
    }
  }
}

/**
 * The idempotency key as stored: the caller's key (or the default `{ticket.number}:{flow}`) scoped by who
 * called and which flow — so a caller can never claim, replay or learn about another caller's or another
 * flow's execution by sending its key. JSON keeps the parts apart whatever characters they hold.
 */
export function scopedIdempotencyKey(caller: Caller, flow: FlowName, key: string): string {
  return JSON.stringify([caller.kind, caller.id, flow, key])
}

/** What identifies a step within one execution (one user): its operation and the group or app it concerns. */
function stepKey(operation: string, target: Target): string {
  return `${operation}:${target.groupId ?? ''}:${target.appId ?? ''}`
}
