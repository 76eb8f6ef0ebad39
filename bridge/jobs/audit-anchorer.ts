/**
 * Anchors the audit chain outside the bridge's database: the chain head (seq + hash, when, and the short hash
 * of every entry since the previous anchor) goes to ServiceNow's `x_okta_jml_audit_anchor` through the durable
 * outbox — at the end of every execution that changed something (`anchor()`), and, while entries are added by
 * anything else, within a minute (`tick()`). Whoever holds the database can then neither cut entries from the
 * chain's end nor rewrite it with recomputed hashes without `GET /api/audit/verify` naming the first entry.
 *
 * Also what reads the anchors back for verification ({@link serviceNowAnchorSource}).
 *
 * With several replicas, anchoring is a duty (`audit-anchor`): a replica anchors only while it holds the duty's
 * lease, so two replicas never read the same unanchored entries at once and send overlapping anchors. One that
 * finds the duty held skips: the holder anchors what it reads, and what it did not see is anchored by a later
 * round within `maxDelayMs`.
 */
import { type AuditVerifyResult, UNANCHORED_DETAIL } from '../../shared/index.js'
import type { Clock } from '../clock.js'
import { type AuditAnchor, type AuditTrail, SHORT_HASH_LENGTH } from '../ports/audit-trail.js'
import type { OutboxMessage, OutboxStore } from '../ports/outbox.js'
import type { ServiceNowPort } from '../ports/servicenow.js'
import type { Duty } from './duty.js'
import { PolledJob } from './poll-loop.js'

/** The ServiceNow table the anchors live in (`now-app/fluent/audit-anchor.now.ts`). */
export const AUDIT_ANCHOR_TABLE = 'x_okta_jml_audit_anchor'

/** The outbox `source` of anchor messages. */
export const AUDIT_ANCHOR_SOURCE = 'audit-anchor'

/** The name of anchoring's duty lease. */
export const ANCHOR_DUTY = 'audit-anchor'

/** How long one anchoring holds its duty lease at most (a dead holder's is free after this; ms). */
export const ANCHOR_DUTY_LEASE_MS = 60_000

/** How long new entries may wait for an anchor when no execution end sends one (ms). */
export const DEFAULT_MAX_ANCHOR_DELAY_MS = 55_000

/** Where the anchorer reports; the bridge's pino logger fits. */
export interface AnchorerLog {
  error(object: object, message: string): void
}

/** Options of {@link AuditAnchorer}. */
export interface AuditAnchorerOptions {
  trail: AuditTrail
  outbox: OutboxStore
  clock: Clock
  log: AnchorerLog
  /** How often to look for entries no anchor covers (default 5 000 ms). */
  pollMs?: number
  /**
   * How long entries may wait once seen (default 55 s: with the poll, within a minute of being written). Measured
   * on the injected clock, so tests move it.
   */
  maxDelayMs?: number
  /** The cluster-wide duty ({@link ANCHOR_DUTY}): anchoring happens only while holding it. Without it, always. */
  duty?: Duty
}

/** Sends the chain head to ServiceNow through the outbox. */
export class AuditAnchorer extends PolledJob {
  /** When (clock ms) a round first saw entries no anchor covers; reset by every anchor. */
  private waitingSince: number | undefined
  /** Anchoring runs one at a time, so two executions ending together anchor consecutive ranges. */
  private queue: Promise<unknown> = Promise.resolve()

  constructor(private readonly options: AuditAnchorerOptions) {
    super(options.pollMs ?? 5_000, (error: unknown) =>
      options.log.error(
        { err: { message: String((error as Error)?.message ?? error) } },
        'audit anchoring failed',
      ),
    )
  }

  /** A round queued behind the running one and not started yet: later callers share it. */
  private nextRound: Promise<AuditAnchor[]> | undefined

  /**
   * Anchors every entry no anchor covers yet, now; answers the anchors enqueued. Calls made while a round
   * waits to start share that round: it starts after them, so it covers their entries too (under load, one
   * round per burst of executions instead of one each).
   */
  anchor(): Promise<AuditAnchor[]> {
    if (this.nextRound !== undefined) return this.nextRound
    const round = this.queue.then(() => {
      this.nextRound = undefined
      return this.anchorNow()
    })
    this.nextRound = round
    this.queue = round.catch(() => undefined)
    return round
  }

  /**
   * One round: entries waiting for an anchor for `maxDelayMs` (by the clock) are anchored. An execution's end
   * anchors at once; this catches what grows otherwise (a long execution, a recovered step).
   */
  async tick(): Promise<AuditAnchor[]> {
    const waiting = await this.options.trail.unanchoredCount()
    if (waiting === 0) {
      this.waitingSince = undefined
      return []
    }
    const now = this.options.clock.now().getTime()
    this.waitingSince ??= now
    if (now - this.waitingSince < (this.options.maxDelayMs ?? DEFAULT_MAX_ANCHOR_DELAY_MS)) return []
    return this.anchor()
  }

  private async anchorNow(): Promise<AuditAnchor[]> {
    const { duty } = this.options
    if (duty === undefined) return this.anchorHeld()
    if (!(await duty.claim())) return []
    try {
      return await this.anchorHeld()
    } finally {
      // Released at once: the next execution to end, on any replica, anchors what came after.
      await duty.release()
    }
  }

  private async anchorHeld(): Promise<AuditAnchor[]> {
    const { trail, outbox, clock } = this.options
    const anchors = await trail.pendingAnchors(clock.now().toISOString())
    if (anchors.length === 0) return []
    // Enqueued first, recorded second: a crash in between enqueues the same keys again, which is a no-op.
    await outbox.enqueue(
      anchors.map((anchor) => ({
        key: `${AUDIT_ANCHOR_SOURCE}:${anchor.seq}`,
        source: AUDIT_ANCHOR_SOURCE,
        message: anchorMessage(anchor),
      })),
    )
    await trail.recordAnchors(anchors)
    this.waitingSince = undefined
    return anchors
  }
}

/** The outbox message creating an anchor record (once: a lost answer is looked up by seq before a retry). */
export function anchorMessage(anchor: AuditAnchor): OutboxMessage {
  return {
    kind: 'create-record',
    table: AUDIT_ANCHOR_TABLE,
    fields: {
      seq: String(anchor.seq),
      hash: anchor.hash,
      first_seq: String(anchor.firstSeq),
      entry_hashes: anchor.entryHashes.join(','),
      anchored_at: glideDateTime(anchor.anchoredAt),
    },
    dedupeOn: { field: 'seq', value: String(anchor.seq) },
  }
}

/** How many anchor records verification reads per page. */
const READ_PAGE = 500

/**
 * Reads every anchor back from ServiceNow. A record that is not a well-formed anchor is skipped rather than
 * trusted: only the bridge's account may create anchors, so a malformed one says nothing about the chain.
 */
export function serviceNowAnchorSource(servicenow: ServiceNowPort): () => Promise<AuditAnchor[]> {
  return async () => {
    const anchors: AuditAnchor[] = []
    for (let offset = 0; ; offset += READ_PAGE) {
      const page = await servicenow.query(
        AUDIT_ANCHOR_TABLE,
        { orderBy: [{ field: 'sys_created_on' }] },
        {
          fields: ['seq', 'hash', 'first_seq', 'entry_hashes', 'anchored_at'],
          limit: READ_PAGE,
          offset,
        },
      )
      for (const record of page) {
        const anchor = toAnchor(record)
        if (anchor) anchors.push(anchor)
      }
      if (page.length < READ_PAGE) break
    }
    return anchors.sort((a, b) => a.seq - b.seq)
  }
}

function toAnchor(record: Readonly<Record<string, string>>): AuditAnchor | undefined {
  const seq = Number(record.seq)
  const firstSeq = Number(record.first_seq)
  const hash = record.hash ?? ''
  if (!Number.isSafeInteger(seq) || seq < 1 || !/^[0-9a-f]{64}$/.test(hash)) return undefined
  const hashes = (record.entry_hashes ?? '').split(',').filter((h) => h !== '')
  const wellFormed =
    Number.isSafeInteger(firstSeq) &&
    firstSeq >= 1 &&
    hashes.length === seq - firstSeq + 1 &&
    hashes.every((h) => h.length === SHORT_HASH_LENGTH && /^[0-9a-f]+$/.test(h))
  return {
    seq,
    hash,
    // Without usable entry hashes the anchor still pins its head.
    firstSeq: wellFormed ? firstSeq : seq,
    entryHashes: wellFormed ? hashes : [hash.slice(0, SHORT_HASH_LENGTH)],
    anchoredAt: fromGlideDateTime(record.anchored_at ?? ''),
  }
}

/** ServiceNow's date-time value format, `YYYY-MM-DD HH:mm:ss` in UTC. */
function glideDateTime(iso: string): string {
  return iso.slice(0, 19).replace('T', ' ')
}

function fromGlideDateTime(value: string): string {
  return /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/.test(value) ? `${value.replace(' ', 'T')}Z` : value
}

/**
 * Verifies the audit chain: recomputed in the database and, when anchors can be read (`anchors` given), checked
 * against every anchored (seq, hash). Without anchors the answer says plainly what cannot be detected. A failure
 * to read the anchors is thrown: "intact" must never be answered for a check that could not be made.
 */
export async function verifyAuditChain(
  trail: Pick<AuditTrail, 'verify'>,
  anchors: (() => Promise<AuditAnchor[]>) | undefined,
): Promise<AuditVerifyResult> {
  if (anchors === undefined) {
    return { ...(await trail.verify(undefined)), anchoring: { configured: false, detail: UNANCHORED_DETAIL } }
  }
  const read = await anchors()
  const latest = read.at(-1)
  return {
    ...(await trail.verify(read)),
    anchoring: {
      configured: true,
      source: 'servicenow',
      table: AUDIT_ANCHOR_TABLE,
      anchors: read.length,
      latest: latest ? { seq: latest.seq, anchoredAt: latest.anchoredAt } : null,
    },
  }
}
