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
// access requests: time-bound grants of an Okta group or app
// ============================================================================

/** A grant's id, as `grant-access` answers it. */
export const GrantId = z
  .string()
  .regex(/^grt_[0-9a-f]{32}$/, { message: 'must be a grant id as grant-access answers it (grt_…)' })
  .describe('A grant id, as grant-access answered it.')

/** A requestable Okta resource: a group or an app, by Okta id. */
export const Resource = z
  .object({ type: z.enum(['group', 'app']), id: OktaId })
  .strict()
  .describe('The Okta group or app the access is to.')

/** An instant with its UTC offset (`2026-12-31T17:00:00Z`): a local time without offset is ambiguous. */
export const Instant = z.iso
  .datetime({ offset: true, message: 'must be an ISO-8601 date-time with a UTC offset' })
  .describe('An ISO-8601 date-time with a UTC offset, e.g. 2026-12-31T17:00:00Z.')

/** Why access is needed: shown to approvers and kept with the grant. */
const Justification = z
  .string()
  .trim()
  .min(1, { message: 'is required: say why the access is needed' })
  .max(1000)
  .refine((value) => [...value].every((c) => c >= ' ' || c === '\n' || c === '\r' || c === '\t'), {
    message: 'must not contain control characters other than line breaks and tabs',
  })

/** Access to a group or app for a user, until `expiresAt` (absent: permanent, where the policy allows it). */
export const GrantAccessInput = z
  .object({
    ...mutating,
    user: UserRef,
    resource: Resource,
    expiresAt: Instant.optional().describe(
      'When the access ends. Absent: permanent, which only resources allowing permanent access accept.',
    ),
    justification: Justification,
  })
  .strict()

/** A grant as flows answer it. */
export const GrantOutput = z
  .object({
    grantId: GrantId,
    userId: OktaId,
    resource: Resource,
    /** When the access ends; null for permanent access. */
    expiresAt: Instant.nullable(),
    status: z.enum(['active', 'revoked', 'expired']),
    /**
     * The user already held the access when the grant was made (a birthright, another grant, or access given
     * outside the bridge): the grant is recorded, and its end never removes that access.
     */
    preexisting: z.boolean(),
  })
  .strict()

/** Ends a grant early: the access is removed unless another grant or a birthright still justifies it. */
export const RevokeAccessInput = z
  .object({
    ...mutating,
    grantId: GrantId,
    reason: z.string().trim().max(1000).optional(),
  })
  .strict()

/** The outcome of ending a grant. */
export const RevokeAccessOutput = GrantOutput.extend({
  /** Whether the access itself was removed from Okta (false when something else still justifies it). */
  accessRemoved: z.boolean(),
}).strict()

/** Moves a grant's end date (after a new approval in ServiceNow). */
export const ExtendAccessInput = z.object({ ...mutating, grantId: GrantId, expiresAt: Instant }).strict()

// ============================================================================
// onboarding-decision: a business owner's decision on a user born in Okta
// ============================================================================

/** The incident the bridge opened for a user created outside it, and who decided. */
const OnboardingTicket = Ticket.safeExtend({
  sysId: Ticket.shape.sysId.unwrap(),
  approvedBy: Ticket.shape.approvedBy.unwrap().describe('Who decided (ServiceNow user name).'),
})

/** Approve (groups and apps, then activate) or reject (deactivate or suspend) a user created in Okta. */
export const OnboardingDecisionInput = z
  .object({
    ticket: OnboardingTicket,
    expectedPlanHash: PlanHash.optional(),
    decision: z.enum(['approved', 'rejected']),
    groups: OktaIdList.optional().describe('Groups to add on approval.'),
    apps: OktaIdList.optional().describe('Apps to assign on approval.'),
    comment: z.string().trim().max(4000).optional(),
  })
  .strict()
  .refine((input) => input.decision === 'approved' || (!input.groups?.length && !input.apps?.length), {
    message: 'a rejection adds no groups or apps',
    path: ['groups'],
  })

/** The outcome of an onboarding decision. */
export const OnboardingDecisionOutput = UserSummary.extend({
  decision: z.enum(['approved', 'rejected']),
  incident: z.string(),
}).strict()

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
  'grant-access': {
    input: GrantAccessInput,
    output: GrantOutput,
    summary: 'Access request: add a user to a group or app until an end date; the bridge removes it then.',
  },
  'revoke-access': {
    input: RevokeAccessInput,
    output: RevokeAccessOutput,
    summary: 'End a grant early, removing the access unless another grant or a birthright justifies it.',
  },
  'extend-access': {
    input: ExtendAccessInput,
    output: GrantOutput,
    summary: 'Move the end date of an active grant.',
  },
  'onboarding-decision': {
    input: OnboardingDecisionInput,
    output: OnboardingDecisionOutput,
    summary: 'Approve or reject a user created in Okta, on the incident the bridge opened for them.',
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
export type GrantAccessInput = z.output<typeof GrantAccessInput>
export type RevokeAccessInput = z.output<typeof RevokeAccessInput>
export type ExtendAccessInput = z.output<typeof ExtendAccessInput>
export type GrantOutput = z.output<typeof GrantOutput>
export type Resource = z.output<typeof Resource>
export type OnboardingDecisionInput = z.output<typeof OnboardingDecisionInput>
