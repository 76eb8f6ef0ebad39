/**
 * Works the batch items queue (`POST /api/flo/batch`): at most `concurrency` items at a time per replica — not
 * 10,000 at once — each claimed with a lease in the database, submitted as an ordinary durable execution under
 * its idempotency key, and waited on while the lease is renewed. When the execution has finished, the item
 * records its outcome and a slot frees for the next one (a sliding window, not rounds of `concurrency`).
 *
 * Crash safety rests on the keys: a replica that dies mid-item leaves its claim to lapse; the worker that takes
 * the item over submits it again under the same key, which finds the execution the first one started (running:
 * wait on it; finished: record it) instead of starting another. Shutdown stops waiting and leaves claimed items
 * to their leases the same way.
 */
import { randomUUID } from 'node:crypto'
import type { Clock } from '../clock.js'
import { ERRORS } from '../errors.js'
import type { ExecutionView, Submission, SubmitRequest } from '../flows/execution-service.js'
import type { Caller } from '../flows/operation.js'
import type { BatchItemRecord, BatchStore } from '../ports/batches.js'
import type { ExecutionError } from '../ports/store.js'
import { backoffDelay } from '../resilience/retry.js'
import { PolledJob } from './poll-loop.js'

/** What the worker needs of `ExecutionService`. */
export interface BatchExecutions {
  submit(request: SubmitRequest): Promise<Submission>
  wait(executionId: string, deadlineMs: number): Promise<ExecutionView | undefined>
  view(executionId: string): Promise<ExecutionView | undefined>
}

/** Where the worker reports; the bridge's pino logger fits. */
export interface BatchWorkerLog {
  warn(object: object, message: string): void
  error(object: object, message: string): void
}

/** Options of {@link BatchWorker}. */
export interface BatchWorkerOptions {
  store: BatchStore
  executions: BatchExecutions
  clock: Clock
  log: BatchWorkerLog
  /** Items worked at once by this replica (default 8). */
  concurrency?: number
  /** How long a claim holds before another worker may take the item over (default 60 s); renewed while waiting. */
  leaseMs?: number
  /** How often to look for queued items (default 1 000 ms); a new batch kicks the worker at once. */
  pollMs?: number
  /** Submissions that throw are retried with backoff this many times, then the item fails (default 5). */
  maxAttempts?: number
}

/** Works batch items in the background. */
export class BatchWorker extends PolledJob {
  private readonly claimant = `batch-${randomUUID()}`
  private readonly working = new Map<string, Promise<void>>()
  private stopping = false
  /** Resolves when `stop()` is called: a wait on an execution ends then, not at the end of its slice. */
  private stopped!: Promise<void>
  private signalStop!: () => void
  private readonly concurrency: number
  private readonly leaseMs: number

  constructor(private readonly options: BatchWorkerOptions) {
    super(options.pollMs ?? 1_000, (error: unknown) =>
      options.log.error(
        { err: { message: String((error as Error)?.message ?? error) } },
        'batch worker round failed',
      ),
    )
    this.concurrency = Math.max(1, options.concurrency ?? 8)
    this.leaseMs = options.leaseMs ?? 60_000
    this.armStop()
  }

  /** A fresh stop signal (at construction, and when started again after a stop). */
  private armStop(): void {
    this.stopped = new Promise<void>((resolve) => {
      this.signalStop = resolve
    })
  }

  /** One round: claims as many due items as there are free slots and starts them; answers how many. */
  async tick(): Promise<number> {
    const free = this.concurrency - this.working.size
    if (free <= 0 || this.stopping) return 0
    const now = this.options.clock.now()
    const claimed = await this.options.store.claimDue(now.toISOString(), free, this.claimant, this.leaseEnd())
    for (const item of claimed) {
      const work = this.work(item)
        .catch((error: unknown) =>
          this.options.log.error(
            { itemId: item.id, err: { message: String((error as Error)?.message ?? error) } },
            'batch item failed unexpectedly',
          ),
        )
        .finally(() => {
          this.working.delete(item.id)
          // A slot is free: the next queued item starts now, not at the next poll.
          this.kick()
        })
      this.working.set(item.id, work)
    }
    return claimed.length
  }

  /** Stops claiming, stops waiting on executions (their items' leases lapse for a resume) and waits for that. */
  override async stop(): Promise<void> {
    this.stopping = true
    this.signalStop()
    await super.stop()
    await Promise.allSettled([...this.working.values()])
  }

  override start(): void {
    if (this.stopping) this.armStop()
    this.stopping = false
    super.start()
  }

  /** Resolves once nothing is being worked or claimed (tests). */
  override async settled(): Promise<void> {
    for (;;) {
      await super.settled()
      if (this.working.size === 0) return
      await Promise.allSettled([...this.working.values()])
    }
  }

  private leaseEnd(): string {
    return new Date(this.options.clock.now().getTime() + this.leaseMs).toISOString()
  }

  private async work(item: BatchItemRecord): Promise<void> {
    const { store, executions } = this.options
    try {
      // Taken over from a worker that died after submitting: its execution may have finished since.
      if (item.executionId !== null) {
        const view = await executions.view(item.executionId)
        if (view !== undefined && view.status !== 'running') return await this.record(item, view)
      }
      const batch = await store.get(item.batchId)
      if (batch === undefined) throw new Error(`batch ${item.batchId} is missing`)
      const input = item.input as SubmitRequest['input'] & { ticket: SubmitRequest['ticket'] }
      const submission = await executions.submit({
        flow: item.flow,
        input,
        caller: batch.caller as Caller,
        idempotencyKey: item.idempotencyKey,
        requestHash: item.requestHash,
        ticket: input.ticket,
      })
      if (submission.kind === 'key-conflict') {
        const row = ERRORS['idempotency-key-reused']
        return await this.finish(item, 'failed', null, {
          code: 'idempotency-key-reused',
          status: row.status,
          title: row.title,
          detail:
            'This idempotency key was already used by these credentials for a different request to this flow.',
        })
      }
      if (submission.kind === 'finished') return await this.record(item, submission.view)
      const { executionId } = submission
      await store.started(item.id, executionId, this.claimant, this.leaseEnd())
      // Wait in slices of a third of the lease, renewing it between them, so the claim never lapses while
      // this replica lives — however long the execution queues for Okta's budget.
      const slice = Math.max(1, Math.floor(this.leaseMs / 3))
      for (;;) {
        const view = await Promise.race([
          executions.wait(executionId, slice),
          this.stopped.then(() => undefined),
        ])
        if (view !== undefined && view.status !== 'running') return await this.record(item, view)
        if (this.stopping) return
        if (!(await store.extend(item.id, this.claimant, this.leaseEnd()))) return
      }
    } catch (error) {
      const attempts = item.attempts
      const message = String((error as Error)?.message ?? error)
      if (attempts >= (this.options.maxAttempts ?? 5)) {
        this.options.log.error({ itemId: item.id, attempts, err: { message } }, 'batch item given up')
        return await this.finish(item, 'failed', item.executionId, {
          code: 'internal',
          ...ERRORS.internal,
          detail: 'The item could not be started.',
        })
      }
      this.options.log.warn({ itemId: item.id, attempts, err: { message } }, 'batch item retried later')
      const delay = backoffDelay(attempts, { baseMs: 2_000, maxMs: 60_000, jitter: 'equal' })
      const next = new Date(this.options.clock.now().getTime() + delay).toISOString()
      await store.retryLater(item.id, message, next)
    }
  }

  /** Records a finished execution's outcome on its item. */
  private async record(item: BatchItemRecord, view: ExecutionView): Promise<void> {
    if (view.status === 'succeeded') return this.finish(item, 'succeeded', view.executionId)
    const problem = view.error ?? { code: 'internal', ...ERRORS.internal, detail: 'The execution failed.' }
    return this.finish(item, 'failed', view.executionId, problem)
  }

  private async finish(
    item: BatchItemRecord,
    state: 'succeeded' | 'failed',
    executionId: string | null,
    problem?: ExecutionError,
  ): Promise<void> {
    await this.options.store.finished(
      item.id,
      { state, executionId, ...(problem === undefined ? {} : { problem }) },
      this.options.clock.now().toISOString(),
    )
  }
}
