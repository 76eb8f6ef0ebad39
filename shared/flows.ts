/**
 * The input and output of every on-demand flow (`POST /api/flo/{flow}/invoke`). The bridge validates
 * requests with these schemas and publishes OpenAPI from them; the ServiceNow app imports the types.
 */
import { z } from 'zod'
import {
  Email,
  Login,
  NamePart,
  OktaId,
  OktaIdList,
  PlanHash,
  ProfileAttributes,
  Ticket,
  UserRef,
} from './primitives.js'

/** Fields every mutating flow takes: the ticket that authorises it and, optionally, the plan an approver saw. */
const mutating = {
  ticket: Ticket,
  expectedPlanHash: PlanHash.optional(),
}

/** Okta user statuses, as flows report them. */
export const UserStatus = z.enum([
  'STAGED',
  'PROVISIONED',
  'ACTIVE',
  'RECOVERY',
  'PASSWORD_EXPIRED',
  'LOCKED_OUT',
  'SUSPENDED',
  'DEPROVISIONED',
])

/** What most flows answer: the user acted on and where it ended up. */
export const UserSummary = z
  .object({
    userId: OktaId,
    login: z.string(),
    status: UserStatus,
  })
  .strict()

// ============================================================================
// joiner
// ============================================================================

/** A new hire: create the user, add groups and apps, activate. */
export const JoinerInput = z
  .object({
    ...mutating,
    profile: z
      .object({
        login: Login,
        email: Email,
        firstName: NamePart,
        lastName: NamePart,
        ...ProfileAttributes,
      })
      .strict()
      .describe('The new user profile: login, email and names are required.'),
    groups: OktaIdList.optional().describe('Okta group ids to add the user to.'),
    apps: OktaIdList.optional().describe('Okta app ids to assign the user to.'),
    activate: z.boolean().default(true).describe('Activate the user (default true); false leaves it STAGED.'),
    sendEmail: z.boolean().default(false).describe('Send Okta’s activation email (default false).'),
  })
  .strict()

/** The joiner's result; `adopted` is true when a user left by an earlier, interrupted run was taken over. */
export const JoinerOutput = UserSummary.extend({ adopted: z.boolean() }).strict()

// ============================================================================
// mover
// ============================================================================

/** A role change: profile attributes, groups and apps added and removed. */
export const MoverInput = z
  .object({
    ...mutating,
    user: UserRef,
    profile: z
      .object({
        email: Email.optional(),
        firstName: NamePart.optional(),
        lastName: NamePart.optional(),
        ...ProfileAttributes,
      })
      .strict()
      .optional()
      .describe('Profile attributes to change; attributes not named are left as they are.'),
    addGroups: OktaIdList.optional(),
    removeGroups: OktaIdList.optional(),
    addApps: OktaIdList.optional(),
    removeApps: OktaIdList.optional(),
  })
  .strict()
  .refine(
    (input) =>
      input.profile !== undefined ||
      [input.addGroups, input.removeGroups, input.addApps, input.removeApps].some(
        (list) => list !== undefined,
      ),
    { message: 'a mover must change something: profile, addGroups, removeGroups, addApps or removeApps' },
  )
  .refine((input) => !overlaps(input.addGroups, input.removeGroups), {
    message: 'a group cannot be both added and removed',
    path: ['removeGroups'],
  })
  .refine((input) => !overlaps(input.addApps, input.removeApps), {
    message: 'an app cannot be both assigned and removed',
    path: ['removeApps'],
  })

/** The mover's result. */
export const MoverOutput = UserSummary

// ============================================================================
// leaver, rehire and help-desk flows
// ============================================================================

/** A leaver: deactivate (the default; removes app assignments) or suspend, revoking sessions first. */
export const LeaverInput = z
  .object({
    ...mutating,
    user: UserRef,
    mode: z.enum(['deactivate', 'suspend']).default('deactivate'),
    revokeSessions: z.boolean().default(true).describe('Revoke the user’s sessions first (default true).'),
  })
  .strict()

/** A returning employee: reactivate a deprovisioned user or unsuspend a suspended one. */
export const RehireInput = z
  .object({
    ...mutating,
    user: UserRef,
    sendEmail: z
      .boolean()
      .default(false)
      .describe('Send Okta’s activation email when reactivating (default false).'),
  })
  .strict()

/** Start Okta's password reset; the user receives Okta's reset email. */
export const ResetPasswordInput = z
  .object({
    ...mutating,
    user: UserRef,
    revokeSessions: z.boolean().default(false).describe('Also end the user’s sessions.'),
  })
  .strict()

/** Unlock a locked-out user. */
export const UnlockInput = z.object({ ...mutating, user: UserRef }).strict()

/** End every session of a user (and optionally their OAuth tokens). */
export const RevokeSessionsInput = z
  .object({
    ...mutating,
    user: UserRef,
    oauthTokens: z.boolean().default(false).describe('Also revoke OAuth tokens issued to the user.'),
  })
  .strict()

// ============================================================================
// Registry
// ============================================================================

/** Every flow's name, schemas and description: the single list the bridge and OpenAPI are built from. */
export const FLOWS = {
  joiner: {
    input: JoinerInput,
    output: JoinerOutput,
    summary: 'New hire: create the Okta user, add groups and apps, activate.',
  },
  mover: {
    input: MoverInput,
    output: MoverOutput,
    summary: 'Role change: update profile attributes, add and remove groups and apps.',
  },
  leaver: {
    input: LeaverInput,
    output: UserSummary,
    summary: 'Leaver: revoke sessions, then deactivate (removing app assignments) or suspend.',
  },
  rehire: {
    input: RehireInput,
    output: UserSummary,
    summary: 'Rehire: reactivate a deprovisioned user or unsuspend a suspended one.',
  },
  'reset-password': {
    input: ResetPasswordInput,
    output: UserSummary,
    summary: 'Start a password reset; Okta emails the user.',
  },
  unlock: { input: UnlockInput, output: UserSummary, summary: 'Unlock a locked-out user.' },
  'revoke-sessions': {
    input: RevokeSessionsInput,
    output: UserSummary,
    summary: 'End every session of a user.',
  },
} as const

/** The name of a flow. */
export type FlowName = keyof typeof FLOWS
/** Every flow name. */
export const FLOW_NAMES = Object.keys(FLOWS) as FlowName[]
/** A flow's validated input (defaults applied). */
export type FlowInput<F extends FlowName> = z.output<(typeof FLOWS)[F]['input']>
/** What a caller sends for a flow (defaults optional). */
export type FlowRequest<F extends FlowName> = z.input<(typeof FLOWS)[F]['input']>
/** A flow's output. */
export type FlowOutput<F extends FlowName> = z.output<(typeof FLOWS)[F]['output']>

/** Whether a name is a flow. */
export function isFlowName(name: string): name is FlowName {
  return Object.hasOwn(FLOWS, name)
}

function overlaps(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  if (!a || !b) return false
  const set = new Set(a)
  return b.some((id) => set.has(id))
}

export type UserStatus = z.output<typeof UserStatus>
export type JoinerInput = z.output<typeof JoinerInput>
export type MoverInput = z.output<typeof MoverInput>
export type LeaverInput = z.output<typeof LeaverInput>
