/**
 * Ends time-bound grants at their end date. Every `pollMs` (1 s by default, so a grant goes within a few
 * seconds of its `expiresAt`) the scheduler asks the grant store for due grants and, for each, claims its
 * expiry and runs `revoke-access` as a durable execution on the grant's original ticket — so the removal has
 * its audit entries tied to the request that gave the access, and is reported to ServiceNow from the run.
 *
 * Exactly once, with two guards:
 * 1. the claim (`claimExpiry`) is a compare-and-set with a lease in the database: of several schedulers
 *    (replicas) only one takes a grant, and a claimer that died is replaced once its lease ends;
 * 2. the execution's idempotency key is `expire:{grantId}`: even a second claimant (a lease that ran out
 *    under a slow run) finds the same execution instead of starting another.
 *
 * Grants that came due while the bridge was down are ended by the first tick, which runs at `start()`.
 */
import { createHash, randomUUID } from 'node:crypto'
import { FLOWS, type FlowInput } from '../../shared/index.js'
import type { Clock } from '../clock.js'
import { canonicalJson } from '../flows/canonical-json.js'
import type { ExecutionService, ExecutionView } from '../flows/execution-service.js'
import type { Caller } from '../flows/operation.js'
import { EXPIRY_REASON } from '../flows/revoke-access.js'
import type { GrantRecord, GrantStore } from '../ports/grants.js'

/** Who the audit names as the caller of an expiry (the person who asked is on the ticket). */
export const EXPIRY_CALLER: Caller = { kind: 'system', id: 'expiry-scheduler' }

/** Where the scheduler reports; the bridge's pino logger fits. */
export interface SchedulerLog {
  info(object: object, message: string): void
  warn(object: object, message: string): void
  error(object: object, message: string): void
}

/** Options of {@link ExpiryScheduler}. */
export interface ExpirySchedulerOptions {
  grants: GrantStore
  executions: Pick<ExecutionService, 'submit' | 'wait'>
  clock: Clock
  log: SchedulerLog
  /** How often to look for due grants (default 1 000 ms; `BRIDGE_EXPIRY_POLL_MS`). */
  pollMs?: number
  /** How long a claim holds before another scheduler may take the grant over (default 60 s). */
  leaseMs?: number
  /** Grants taken per round (default 50). */
  batch?: number
  /** Expiries run at once (default 8): many grants ending on the same minute should not queue for seconds. */
  concurrency?: number
  /** This scheduler's name in claims (default a random per-process id). */
  claimant?: string
}

/** What a round did with one due grant. */
export interface ExpiryOutcome {
  grantId: string
  /**
   * `expired`: the execution succeeded; `failed`: it failed (retried after the lease); `running`: still
   * running when the round stopped waiting; `claimed-elsewhere`: another scheduler holds it; `waiting`: a
   * failed expiry waiting for its retry; `conflict`: its idempotency key holds another request.
   */
  result: 'expired' | 'failed' | 'running' | 'claimed-elsewhere' | 'waiting' | 'conflict'
  executionId?: string
}

/** The grant expiry scheduler. */
export class ExpiryScheduler {
  private readonly claimant: string
  private readonly pollMs: number
  private readonly leaseMs: number
  private readonly batch: number
  private readonly concurrency: number
  /** Grants whose expiry failed, and when to try again (a failing Okta is not hammered every second). */
  private readonly retryAt = new Map<string, number>()
  private timer: NodeJS.Timeout | undefined
  private current: Promise<ExpiryOutcome[]> = Promise.resolve([])
  private stopped = true
  /** Resolves at `stop()`: a round stops waiting for its executions (they drain with the bridge's). */
  private stopSignal: Promise<undefined> = new Promise(() => {})
  private signalStop: () => void = () => {}

  constructor(private readonly options: ExpirySchedulerOptions) {
    this.claimant = options.claimant ?? `expiry-${randomUUID()}`
    this.pollMs = options.pollMs ?? 1_000
    this.leaseMs = options.leaseMs ?? 60_000
    this.batch = options.batch ?? 50
    this.concurrency = options.concurrency ?? 8
  }

  /** Starts polling, with a round at once for grants that came due while the bridge was down. */
  start(): void {
    if (!this.stopped) return
    this.stopped = false
    this.stopSignal = new Promise((resolve) => {
      this.signalStop = () => resolve(undefined)
    })
    this.loop()
  }

  /** Stops polling and waits for the round in progress (its executions finish or stay recorded). */
  async stop(): Promise<void> {
    this.stopped = true
    clearTimeout(this.timer)
    this.signalStop()
    await this.current.catch(() => undefined)
  }

  /**
   * One round: every due grant is claimed and expired, and the round waits for their executions. Rounds
   * never overlap: a call during a round runs after it (so a test that calls `tick()` sees every due grant
   * handled when it resolves).
   */
  tick(): Promise<ExpiryOutcome[]> {
    const next = this.current.catch(() => []).then(() => this.round())
    this.current = next
    return next
  }

  private loop(): void {
    if (this.stopped) return
    this.tick()
      .catch((error: unknown) =>
        this.options.log.error(
          { err: { message: String((error as Error)?.message ?? error) } },
          'expiry round failed',
        ),
      )
      .finally(() => {
        if (this.stopped) return
        this.timer = setTimeout(() => this.loop(), this.pollMs)
        // A pending poll alone does not keep the process alive; the HTTP server does.
        this.timer.unref()
      })
  }

  private async round(): Promise<ExpiryOutcome[]> {
    const now = this.options.clock.now()
    const due = await this.options.grants.due(now.toISOString(), this.batch)
    const outcomes: ExpiryOutcome[] = []
    let next = 0
    const worker = async () => {
      while (next < due.length) outcomes.push(await this.expire(due[next++]!, now))
    }
    await Promise.all(Array.from({ length: Math.min(this.concurrency, due.length) }, worker))
    return outcomes
  }

  /** Claims one due grant and runs its expiry. */
  private async expire(grant: GrantRecord, now: Date): Promise<ExpiryOutcome> {
    const { grants, executions, log } = this.options
    const waitUntil = this.retryAt.get(grant.id)
    if (waitUntil !== undefined && now.getTime() < waitUntil) return { grantId: grant.id, result: 'waiting' }
    const leaseUntil = new Date(now.getTime() + this.leaseMs).toISOString()
    if (!(await grants.claimExpiry(grant.id, this.claimant, now.toISOString(), leaseUntil))) {
      return { grantId: grant.id, result: 'claimed-elsewhere' }
    }
    if (grant.ticket.sysId === undefined) {
      log.warn(
        { grantId: grant.id, ticket: grant.ticket.number },
        'grant ticket has no sys_id: no work note or golden-thread row for its expiry (only the grant mirror is updated)',
      )
    }
    const input = FLOWS['revoke-access'].input.parse({
      ticket: grant.ticket,
      grantId: grant.id,
      reason: EXPIRY_REASON,
    }) as FlowInput<'revoke-access'>
    const submission = await executions.submit({
      flow: 'revoke-access',
      input,
      caller: EXPIRY_CALLER,
      idempotencyKey: `expire:${grant.id}`,
      requestHash: createHash('sha256').update(canonicalJson(input)).digest('hex'),
      ticket: grant.ticket,
    })
    if (submission.kind === 'key-conflict') {
      log.error(
        { grantId: grant.id, executionId: submission.executionId },
        'expiry key holds another request',
      )
      return { grantId: grant.id, result: 'conflict', executionId: submission.executionId }
    }
    if (submission.kind === 'finished') {
      return this.outcomeOf(grant, submission.view, submission.view.executionId, now)
    }
    const view = await Promise.race([
      executions.wait(submission.executionId, this.leaseMs / 2),
      this.stopSignal,
    ])
    return this.outcomeOf(grant, view, submission.executionId, now)
  }

  private outcomeOf(
    grant: GrantRecord,
    view: ExecutionView | undefined,
    executionId: string,
    now: Date,
  ): ExpiryOutcome {
    const { log } = this.options
    const base = { grantId: grant.id, executionId }
    if (view === undefined || view.status === 'running') {
      log.info(base, 'grant expiry still running')
      return { ...base, result: 'running' }
    }
    if (view.status === 'failed') {
      this.retryAt.set(grant.id, now.getTime() + this.leaseMs)
      log.warn({ ...base, error: view.error?.code }, 'grant expiry failed: retried later')
      return { ...base, result: 'failed' }
    }
    this.retryAt.delete(grant.id)
    log.info({ ...base, ticket: grant.ticket.number }, 'grant expired')
    return { ...base, result: 'expired' }
  }
}
