/**
 * `POST /api/reconcile`: what it takes and what it answers (`bridge/reconcile/reconciler.ts` produces it), so the
 * OpenAPI document and a ServiceNow script read one description.
 */
import { z } from 'zod'
import { Ticket } from './primitives.js'

/** `dry-run` reports; `repair` also fixes what the policy allows; `baseline` accepts today's unexplained access. */
export const ReconcileMode = z.enum(['dry-run', 'repair', 'baseline'])

/** The request body: everything optional, nothing unknown (the mode may also be given as `?mode=`). */
export const ReconcileBody = z
  .object({
    mode: ReconcileMode.optional(),
    ticket: Ticket.optional().describe(
      'The change ticket repairs or a baseline are recorded under (required for repair and baseline).',
    ),
  })
  .strict()

/** The flows repairs run. */
const RepairFlow = z.enum(['revoke-access', 'extend-access', 'mover'])

/** What was (or would be) done about one drift. */
export const Repair = z.union([
  z.object({ flow: RepairFlow, status: z.literal('planned') }).describe('Dry run: what a repair would run.'),
  z
    .object({
      flow: RepairFlow,
      executionId: z.string(),
      status: z.enum(['succeeded', 'failed', 'running']),
      error: z.object({ code: z.string(), detail: z.string() }).optional(),
    })
    .describe('Repair mode: the execution that ran it.'),
  z
    .object({
      flow: RepairFlow.nullable(),
      status: z.literal('skipped'),
      reason: z.enum([
        'protected',
        'not-manageable',
        'protected-user',
        'permanent-grant',
        'grant-due',
        'user-deactivated',
        'user-not-found',
      ]),
      detail: z.string(),
    })
    .describe('Not repaired, and why.'),
  z
    .object({ flow: z.null(), status: z.literal('accepted'), executionId: z.string() })
    .describe('Baseline mode: accepted by the baseline execution; nothing changes in Okta.'),
])

/** One difference between the bridge's records and Okta. */
export const Drift = z.object({
  kind: z.enum(['present-after-expiry', 'missing-while-active', 'unjustified']),
  userId: z.string(),
  login: z.string().nullable(),
  resource: z.object({ type: z.enum(['group', 'app']), id: z.string(), name: z.string().nullable() }),
  /** The grant concerned (not for `unjustified`). */
  grantId: z.string().optional(),
  repair: Repair,
})

/** The drift report. */
export const DriftReport = z.object({
  runId: z.string(),
  mode: ReconcileMode,
  /** When the run started, ISO-8601. */
  at: z.string(),
  /** Baseline mode: the execution recording the accepted access, and how many were accepted. */
  baseline: z.object({ executionId: z.string(), accepted: z.number().int().min(0) }).optional(),
  drift: z.array(Drift),
  counts: z.object({
    'present-after-expiry': z.number().int(),
    'missing-while-active': z.number().int(),
    unjustified: z.number().int(),
  }),
  checked: z.object({
    grants: z.number().int(),
    /** Every manageable group and app read (and those grants name). */
    resources: z.number().int(),
    missingResources: z.array(z.string()),
  }),
})
