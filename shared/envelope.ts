/**
 * What every invocation answers: the plan of Okta operations (dry run), the result of applying it,
 * and the problem document of a failure (RFC 9457).
 */
import { z } from 'zod'
import { OktaId } from './primitives.js'

/** The Okta operations a plan is made of. */
export const Operation = z.enum([
  'createUser',
  'updateProfile',
  'addGroupMember',
  'removeGroupMember',
  'assignApp',
  'unassignApp',
  'activateUser',
  'deactivateUser',
  'suspendUser',
  'unsuspendUser',
  'unlockUser',
  'resetPassword',
  'revokeSessions',
])

/** What an operation acts on; names are given beside ids so a person can read the plan. */
export const Target = z
  .object({
    userId: OktaId.optional(),
    login: z.string().optional(),
    groupId: OktaId.optional(),
    groupName: z.string().optional(),
    appId: OktaId.optional(),
    appLabel: z.string().optional(),
  })
  .strict()

/** One Okta operation of a plan. */
export const PlanStep = z
  .object({
    operation: Operation,
    target: Target,
    details: z.record(z.string(), z.unknown()).optional(),
  })
  .strict()

/** A dry run's answer: the plan computed against Okta's current state, and its hash. */
export const DryRunResult = z
  .object({
    flow: z.string(),
    dryRun: z.literal(true),
    planHash: z.string().regex(/^[0-9a-f]{64}$/),
    plan: z.object({
      steps: z.array(PlanStep),
      summary: z.array(z.string()).describe('The plan in words, one line a step, for an approver to read.'),
    }),
  })
  .strict()

/** One Okta change made, with the request id Okta's System Log records it under. */
export const Change = z
  .object({
    operation: Operation,
    target: Target,
    oktaRequestId: z.string().nullable(),
  })
  .strict()

/** A successful invocation. */
export const InvocationResult = z
  .object({
    executionId: z.string(),
    flow: z.string(),
    status: z.literal('succeeded'),
    output: z.unknown(),
    changes: z.array(Change),
  })
  .strict()

/** An RFC 9457 problem document with the bridge's stable `code`. */
export const Problem = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    code: z.string(),
    instance: z.string().optional(),
    errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  })
  .catchall(z.unknown())

export type Operation = z.infer<typeof Operation>
export type Target = z.infer<typeof Target>
export type PlanStep = z.infer<typeof PlanStep>
export type DryRunResult = z.infer<typeof DryRunResult>
export type Change = z.infer<typeof Change>
export type InvocationResult = z.infer<typeof InvocationResult>
export type Problem = z.infer<typeof Problem>
