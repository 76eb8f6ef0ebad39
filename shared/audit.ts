/**
 * The audit's answers that a monitor or an auditor reads: `GET /api/audit/verify` (and `npm run audit:verify`,
 * which prints the same verdict). Described here, with the other contracts, so the OpenAPI document can say
 * what the route answers.
 */
import { z } from 'zod'
import { Operation, Target } from './envelope.js'

/** Where the audit chain is anchored outside the bridge's database, as verification saw it. */
export const AuditAnchoring = z.discriminatedUnion('configured', [
  z
    .object({
      configured: z.literal(true),
      /** The system holding the anchors. */
      source: z.literal('servicenow'),
      /** The table they are read from. */
      table: z.string(),
      /** How many anchors were read back and compared with the local chain. */
      anchors: z.number().int().min(0),
      /** The latest anchored chain head, when there is one. */
      latest: z.object({ seq: z.number().int().min(1), anchoredAt: z.string() }).nullable(),
    })
    .describe('The anchors were read back: truncation and a rewritten chain are detected too.'),
  z
    .object({
      configured: z.literal(false),
      /** In words: what this verification cannot detect. */
      detail: z.string(),
    })
    .describe('No anchor store: only tampering inside the database can be detected.'),
])

/** What `GET /api/audit/verify` answers (always 200: the verification itself succeeded; a monitor reads `ok`). */
export const AuditVerifyResult = z.object({
  /** Whether the chain is intact and still holds every anchored (seq, hash). */
  ok: z.boolean(),
  /** How many entries the local chain holds. */
  entries: z.number().int().min(0),
  /** The first missing or altered entry, when `ok` is false. */
  brokenAt: z.number().int().min(1).optional(),
  /** Why, in words. */
  reason: z.string().optional(),
  anchoring: AuditAnchoring,
})

/** The verify answer. */
export type AuditVerifyResult = z.infer<typeof AuditVerifyResult>

/** One change in `GET /api/audit`'s answer. */
export const AuditedChange = z.object({
  /** Its position in the hash chain (what verification names). */
  seq: z.number().int().min(1),
  /**
   * An Okta operation, or one that changes nothing in Okta: `acceptAccess` (access a reconciliation baseline
   * accepted) or `redeliverMessage` (a parked outbox message an operator put back in the queue from the console).
   */
  operation: z.union([Operation, z.literal('acceptAccess'), z.literal('redeliverMessage')]),
  target: Target,
  /** The `X-Okta-Request-Id` the System Log records the change under: recorded with it, or found later. */
  oktaRequestId: z.string().nullable(),
  /**
   * `joined`: tied to its System Log event; `unjoined`: the request id is not known yet (Okta's answer was lost and
   * its log lagged) and the bridge keeps looking. Absent for `acceptAccess` and `redeliverMessage`.
   */
  join: z.enum(['joined', 'unjoined']).optional(),
  /** When the request id was found after the change was recorded. */
  joinedAt: z.string().optional(),
  outcome: z.enum(['succeeded', 'failed']),
  at: z.string(),
  /** With `withOktaLog=true`: Okta's event, `null` when Okta has none. */
  oktaLogEvent: z.record(z.string(), z.unknown()).nullable().optional(),
})

/** What verification says when nothing outside the database holds the chain head. */
export const UNANCHORED_DETAIL =
  'ServiceNow is not configured, so the audit chain is not anchored outside the bridge’s database: only tampering inside the database can be detected — entries removed from the end, or a chain rewritten with every hash recomputed, cannot.'
