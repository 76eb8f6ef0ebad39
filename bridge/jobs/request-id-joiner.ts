/**
 * Joins changes to Okta's System Log after the fact. A change whose `X-Okta-Request-Id` is unknown — Okta's
 * answer was lost, and the immediate System Log lookup found nothing because Okta's log lags — is recorded
 * `unjoined`; this job looks it up again with exponential backoff (5 s doubling to 10 min by default) until the
 * event shows, then records the join beside the chain (the entry itself, hashed with its null, is never
 * edited). The search is bounded: after `maxAttempts` lookups (about six hours by default) it stops, and the
 * change stays counted as unjoined on `/metrics` for an operator.
 *
 * With several replicas the joiner is a duty (`request-id-joiner`): a round runs only on the replica holding its
 * lease, renewed before each lookup, so two replicas never look the same change up (nor count its attempts)
 * twice. A replica that loses the lease mid-round stops there; a dead holder's lease runs out and another
 * replica's round takes over.
 */
import type { Clock } from '../clock.js'
import type { AuditTrail } from '../ports/audit-trail.js'
import type { AuditEntry } from '../ports/store.js'
import { backoffDelay } from '../resilience/retry.js'
import type { Duty } from './duty.js'
import { PolledJob } from './poll-loop.js'

/** Where the joiner reports; the bridge's pino logger fits. */
export interface JoinerLog {
  info(object: object, message: string): void
  warn(object: object, message: string): void
  error(object: object, message: string): void
}

/** The name of the joiner's duty lease. */
export const JOINER_DUTY = 'request-id-joiner'

/** How long the joiner's duty lease lasts from each renewal (ms): longer than one System Log lookup. */
export const JOINER_DUTY_LEASE_MS = 60_000

/** Options of {@link RequestIdJoiner}. */
export interface RequestIdJoinerOptions {
  trail: Pick<AuditTrail, 'unjoinedDue' | 'recordJoin' | 'joinNotFound' | 'knownRequestIds'>
  /**
   * The System Log events that could be the change, best first (`http/audit.ts` `systemLogCandidates`); throws
   * when the log cannot be read.
   */
  candidates: (change: Pick<AuditEntry, 'operation' | 'target' | 'at'>, since: string) => Promise<string[]>
  clock: Clock
  log: JoinerLog
  /** How often to look for due lookups (default 5 000 ms). */
  pollMs?: number
  /** First retry delay (default 5 s), doubling per attempt up to `maxBackoffMs` (default 10 min). */
  baseBackoffMs?: number
  maxBackoffMs?: number
  /** Lookups before giving up (default 40: about six hours with the default backoff). */
  maxAttempts?: number
  /** Changes looked up per round (default 20). */
  batch?: number
  /** The cluster-wide duty ({@link JOINER_DUTY}): rounds run only while holding it. Without it, always. */
  duty?: Duty
}

/** What a round did with one change. */
export interface JoinOutcome {
  seq: number
  result: 'joined' | 'retry' | 'abandoned'
  oktaRequestId?: string
}

/** Looks unjoined changes up in Okta's System Log until found. */
export class RequestIdJoiner extends PolledJob {
  constructor(private readonly options: RequestIdJoinerOptions) {
    super(options.pollMs ?? 5_000, (error: unknown) =>
      options.log.error(
        { err: { message: String((error as Error)?.message ?? error) } },
        'request id join round failed',
      ),
    )
  }

  /** Stops polling, waits for the round in progress, and hands the duty on at once (a rolling deploy). */
  override async stop(): Promise<void> {
    await super.stop()
    await this.options.duty?.release().catch(() => undefined)
  }

  /** One round: every change whose lookup is due is looked up once. */
  async tick(): Promise<JoinOutcome[]> {
    const { trail, clock, duty } = this.options
    if (duty !== undefined && !(await duty.claim())) return []
    const due = await trail.unjoinedDue(clock.now().toISOString(), this.options.batch ?? 20)
    const outcomes: JoinOutcome[] = []
    for (const [i, { entry, executionCreatedAt, attempts }] of due.entries()) {
      // Renewed before each lookup but the first (just claimed): a lost lease ends the round here.
      if (i > 0 && duty !== undefined && !(await duty.claim())) break
      let found: string | undefined
      try {
        const known = await trail.knownRequestIds(executionCreatedAt)
        // An id the audit already holds is another change's: one event, one change.
        found = (await this.options.candidates(entry, executionCreatedAt)).find((id) => !known.has(id))
      } catch (error) {
        this.options.log.warn(
          { seq: entry.seq, err: { message: String((error as Error)?.message ?? error) } },
          'System Log lookup failed: retrying later',
        )
      }
      const at = clock.now()
      if (found !== undefined) {
        await trail.recordJoin(entry.seq, found, at.toISOString())
        this.options.log.info(
          { seq: entry.seq, executionId: entry.executionId },
          'change joined to its System Log event',
        )
        outcomes.push({ seq: entry.seq, result: 'joined', oktaRequestId: found })
        continue
      }
      if (attempts + 1 >= (this.options.maxAttempts ?? 40)) {
        await trail.joinNotFound(entry.seq, { abandon: true })
        this.options.log.warn(
          { seq: entry.seq, executionId: entry.executionId, attempts: attempts + 1 },
          'no System Log event found for a change: it stays unjoined',
        )
        outcomes.push({ seq: entry.seq, result: 'abandoned' })
        continue
      }
      const delay = backoffDelay(attempts + 1, {
        baseMs: this.options.baseBackoffMs ?? 5_000,
        maxMs: this.options.maxBackoffMs ?? 600_000,
        jitter: 'none',
      })
      await trail.joinNotFound(entry.seq, { nextAttemptAt: new Date(at.getTime() + delay).toISOString() })
      outcomes.push({ seq: entry.seq, result: 'retry' })
    }
    return outcomes
  }
}
