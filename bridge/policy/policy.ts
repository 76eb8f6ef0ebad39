/**
 * The bridge's guardrails: which Okta groups and apps it may manage, which groups, apps and users it
 * must never touch, and which profile attributes it may write. Checked on a whole plan before the first
 * Okta write, so a refused request changes nothing — and enforced here, in the bridge, so that even a
 * compromised ServiceNow cannot reach an admin group or a break-glass account.
 *
 * The default is deny: an empty policy allows no group, no app and no profile attribute.
 */
import { readFile } from 'node:fs/promises'
import { z } from 'zod'
import { type FlowName, OktaId, type PlanStep } from '../../shared/index.js'
import { BridgeError } from '../errors.js'
import type { OktaUser } from '../ports/okta.js'

/** How long a resource may be granted for, and whether permanently. */
const GrantRule = z
  .object({
    maxDays: z.number().int().min(1).max(3650).optional(),
    permanent: z.boolean().default(false),
  })
  .strict()

/**
 * Limits on time-bound access (`grant-access`, `extend-access`), enforced by the bridge whatever ServiceNow
 * asks: an end date at most `maxDays` ahead (per resource, else the default of 90, Okta Identity
 * Governance's cap), and permanent access only where a resource says so. The resources listed here are the
 * requestable ones reconciliation watches for access nobody granted.
 */
const AccessGrantsPolicy = z
  .object({
    maxDays: z.number().int().min(1).max(3650).default(90),
    resources: z.record(OktaId, GrantRule).default({}),
  })
  .strict()

/** The policy document (`BRIDGE_POLICY_FILE`, JSON or YAML). */
export const PolicyDocument = z
  .object({
    manageableGroups: z.array(z.union([OktaId, z.literal('*')])).default([]),
    manageableApps: z.array(z.union([OktaId, z.literal('*')])).default([]),
    protectedGroups: z.array(OktaId).default([]),
    protectedApps: z.array(OktaId).default([]),
    protectedUsers: z.array(z.string().min(1)).default([]).describe('Okta user ids or logins.'),
    writableProfileAttributes: z.array(z.string().regex(/^[A-Za-z][A-Za-z0-9_]*$/)).default([]),
    toxicCombinations: z
      .array(z.tuple([OktaId, OktaId]))
      .default([])
      .describe(
        'Pairs of groups/apps no user may hold together: a grant that would complete one is refused.',
      ),
    accessGrants: AccessGrantsPolicy.default({ maxDays: 90, resources: {} }),
  })
  .strict()

/** A validated policy document. */
export type PolicyDocument = z.output<typeof PolicyDocument>

/** The attributes a joiner must set to create a user at all; always writable on creation. */
const CREATION_ATTRIBUTES = new Set(['login', 'email', 'firstName', 'lastName'])

/** A policy file that could not be read or is not a valid policy (code `policy-file-invalid`). */
export class PolicyFileError extends BridgeError<'policy-file-invalid'> {
  constructor(
    readonly path: string,
    readonly problems: string[],
  ) {
    super(
      'policy-file-invalid',
      `Policy file ${path} is not valid:\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    )
  }
}

/**
 * A plan the policy refuses (code `policy-violation`): `extensions` name the `rule` broken and, for a profile
 * attribute, the `attribute`. The policy raises its own error rather than a flow's, so it depends on no flow;
 * flows translate it (`toFlowError`) into the 403 they answer.
 */
export class PolicyViolation extends BridgeError<'policy-violation'> {
  /** The policy rule broken: `protectedUsers`, `protectedGroups`, `manageableGroups`, … */
  readonly rule: string

  constructor(rule: string, detail: string, extra: Record<string, unknown> = {}) {
    super('policy-violation', detail, { extensions: { rule, ...extra } })
    this.rule = rule
  }
}

/** The guardrails in force. */
export class Policy {
  private readonly protectedUsers: Set<string>

  constructor(readonly document: PolicyDocument) {
    this.protectedUsers = new Set(document.protectedUsers.map((user) => user.toLowerCase()))
  }

  /** Parses and validates a policy document. */
  static parse(input: unknown, source = 'policy'): Policy {
    const result = PolicyDocument.safeParse(input)
    if (!result.success) {
      throw new PolicyFileError(
        source,
        result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`),
      )
    }
    return new Policy(result.data)
  }

  /** Reads a JSON or YAML policy file. */
  static async fromFile(path: string): Promise<Policy> {
    let text: string
    try {
      text = await readFile(path, 'utf8')
    } catch (error) {
      throw new PolicyFileError(path, [
        `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
      ])
    }
    let input: unknown
    try {
      // `yaml` is loaded only for a YAML file: most policies are JSON, and a parser kept for nothing is memory.
      input = /\.ya?ml$/i.test(path) ? (await import('yaml')).parse(text) : JSON.parse(text)
    } catch (error) {
      throw new PolicyFileError(path, [
        `is not valid ${/\.ya?ml$/i.test(path) ? 'YAML' : 'JSON'}: ${(error as Error).message}`,
      ])
    }
    return Policy.parse(input, path)
  }

  /**
   * Checks every step of a plan; throws `policy-violation` (403) naming the first rule broken.
   * `user` is the existing user the flow acts on, if any.
   */
  check(flow: FlowName, steps: readonly PlanStep[], user: OktaUser | undefined): void {
    if (user && this.isProtectedUser(user.id, user.profile.login)) {
      refuse('protectedUsers', `User ${user.profile.login} is protected: the bridge never changes it.`)
    }
    for (const step of steps) {
      const { groupId, appId, login, userId } = step.target
      if ((userId || login) && this.isProtectedUser(userId, login)) {
        refuse('protectedUsers', `User ${login ?? userId} is protected: the bridge never changes it.`)
      }
      if (groupId !== undefined) {
        if (this.document.protectedGroups.includes(groupId)) {
          refuse(
            'protectedGroups',
            `Group ${describeGroup(step)} is protected: the bridge never adds or removes members.`,
          )
        }
        if (!allows(this.document.manageableGroups, groupId)) {
          refuse('manageableGroups', `Group ${describeGroup(step)} is not in the bridge's manageable groups.`)
        }
      }
      if (appId !== undefined) {
        if (this.document.protectedApps.includes(appId)) {
          refuse(
            'protectedApps',
            `App ${describeApp(step)} is protected: the bridge never assigns or unassigns it.`,
          )
        }
        if (!allows(this.document.manageableApps, appId)) {
          refuse('manageableApps', `App ${describeApp(step)} is not in the bridge's manageable apps.`)
        }
      }
      const attributes = profileAttributesOf(step)
      for (const attribute of attributes) {
        if (step.operation === 'createUser' && CREATION_ATTRIBUTES.has(attribute)) continue
        if (!this.document.writableProfileAttributes.includes(attribute)) {
          refuse(
            'writableProfileAttributes',
            `Profile attribute ${attribute} is not writable by the bridge (flow ${flow}).`,
            { attribute },
          )
        }
      }
    }
  }

  /** How long access to a group or app may be granted for (`maxDays` from now), and whether permanently. */
  grantRule(resourceId: string): { maxDays: number; permanent: boolean } {
    const rule = this.document.accessGrants.resources[resourceId]
    return {
      maxDays: rule?.maxDays ?? this.document.accessGrants.maxDays,
      permanent: rule?.permanent ?? false,
    }
  }

  /**
   * The requestable resources: the only ones `grant-access` may grant (403 `not-requestable` otherwise), and
   * where reconciliation looks for access nobody granted.
   */
  requestableResources(): string[] {
    return Object.keys(this.document.accessGrants.resources)
  }

  /**
   * The toxic combination that holding `held` plus `adding` would complete, if any: the pair as the policy
   * names it. Holding one side alone is fine; it is completing the pair that is refused.
   */
  toxicCombination(held: Iterable<string>, adding: string): readonly [string, string] | undefined {
    const holds = new Set(held)
    return this.document.toxicCombinations.find(
      ([a, b]) => (a === adding && holds.has(b)) || (b === adding && holds.has(a)),
    )
  }

  private isProtectedUser(id: string | undefined, login: string | undefined): boolean {
    return (
      (id !== undefined && this.protectedUsers.has(id.toLowerCase())) ||
      (login !== undefined && this.protectedUsers.has(login.toLowerCase()))
    )
  }
}

/**
 * A permissive policy for the built-in sandbox only: every group and app, the usual HR attributes, and the
 * `requestable` groups and apps open to access requests (90 days at most).
 */
export function demoPolicy(protectedGroups: string[] = [], requestable: readonly string[] = []): Policy {
  return Policy.parse({
    manageableGroups: ['*'],
    manageableApps: ['*'],
    accessGrants: { maxDays: 90, resources: Object.fromEntries(requestable.map((id) => [id, {}])) },
    protectedGroups,
    protectedApps: [],
    protectedUsers: [],
    writableProfileAttributes: [
      'department',
      'title',
      'manager',
      'managerId',
      'employeeNumber',
      'costCenter',
      'division',
      'organization',
      'mobilePhone',
      'city',
      'countryCode',
    ],
  })
}

function allows(list: readonly string[], id: string): boolean {
  return list.includes('*') || list.includes(id)
}

function profileAttributesOf(step: PlanStep): string[] {
  if (step.operation !== 'createUser' && step.operation !== 'updateProfile') return []
  const profile = (step.details?.profile ?? step.details?.changes) as Record<string, unknown> | undefined
  return profile ? Object.keys(profile) : []
}

function describeGroup(step: PlanStep): string {
  return step.target.groupName
    ? `${step.target.groupName} (${step.target.groupId})`
    : String(step.target.groupId)
}

function describeApp(step: PlanStep): string {
  return step.target.appLabel ? `${step.target.appLabel} (${step.target.appId})` : String(step.target.appId)
}

function refuse(rule: string, detail: string, extra: Record<string, unknown> = {}): never {
  throw new PolicyViolation(rule, detail, extra)
}
