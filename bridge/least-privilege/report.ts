/**
 * What an Okta admin must grant the bridge's service app — and no more — for the enabled flows:
 *
 * 1. the OAuth scopes (the app's "Okta API Scopes" tab): each flow's token holds only its own;
 * 2. a custom admin role with only the permissions the flows' operations need (an OAuth scope says which
 *    endpoints a token may call; the admin role says what the app may do there — both are needed);
 * 3. a resource set binding that role to the groups and apps the policy lets the bridge manage, plus the
 *    users (a joiner creates users, so "all users" is the smallest set that works);
 * 4. when the policy protects groups, a read-only role bound to them, so the bridge sees their members (every
 *    flow refuses to change a member of a protected group);
 * 5. optionally, for the audit's System Log join and orphan detection, `okta.logs.read` with a read-only
 *    role — optional because the audit trail itself lives in the bridge's store and needs nothing from Okta.
 *
 * Printed by `npm run scopes` and served at `GET /api/least-privilege`.
 */

import type { Operation } from '../../shared/envelope.js'
import { FLOW_NAMES, type FlowName } from '../../shared/index.js'
import type { ClientToken, OAuthConfig } from '../callers/permissions.js'
import { CATALOG_SCOPES } from '../catalog/catalog.js'
import { FLOW_OPERATIONS } from '../flows/registry.js'
import type { Policy } from '../policy/policy.js'
import { RECONCILE_SCOPES } from '../reconcile/reconciler.js'

/** The Okta admin permission each plan operation needs (Okta's custom role permission names). */
export const OPERATION_PERMISSIONS: Record<Operation, readonly string[]> = {
  createUser: ['okta.users.create'],
  updateProfile: ['okta.users.userprofile.manage'],
  addGroupMember: ['okta.groups.members.manage'],
  removeGroupMember: ['okta.groups.members.manage'],
  assignApp: ['okta.apps.assignment.manage'],
  unassignApp: ['okta.apps.assignment.manage'],
  activateUser: ['okta.users.lifecycle.activate'],
  deactivateUser: ['okta.users.lifecycle.deactivate'],
  suspendUser: ['okta.users.lifecycle.suspend'],
  unsuspendUser: ['okta.users.lifecycle.unsuspend'],
  unlockUser: ['okta.users.lifecycle.unlock'],
  resetPassword: ['okta.users.credentials.resetPassword'],
  revokeSessions: ['okta.users.lifecycle.clearSessions'],
}

/**
 * The operations each flow's plans can contain, as each flow declares them (`FlowOperation.operations`). The
 * engine refuses a plan that strays from its declaration, so every end-to-end test keeps this table honest
 * — the sandbox checks scopes, not admin roles, and would not notice a missing permission.
 */
export const FLOW_PLAN_OPERATIONS: Record<FlowName, readonly Operation[]> = Object.fromEntries(
  FLOW_NAMES.map((flow) => [flow, FLOW_OPERATIONS[flow].operations]),
) as Record<FlowName, readonly Operation[]>

/** Read permissions, implied by the read scopes a flow's token holds (plans read before they write). */
const READ_PERMISSIONS: Record<string, string> = {
  'okta.users.read': 'okta.users.read',
  'okta.groups.read': 'okta.groups.read',
  'okta.apps.read': 'okta.apps.read',
}

/** The Okta scope the audit reads the System Log with (its token holds nothing else). */
export const AUDIT_OKTA_SCOPES: readonly string[] = ['okta.logs.read']

/** One resource of the resource set. */
export interface ResourceSetEntry {
  /** The resource as Okta's Resource Sets API takes it (a REST URL of the org). */
  resource: string
  description: string
}

/** The least-privilege grant for the enabled flows. */
export interface LeastPrivilegeReport {
  flows: FlowName[]
  /** Union of the flows' OAuth scopes, to grant the service app. */
  oauthScopes: string[]
  /** Per flow: the scopes its token holds and the admin permissions it uses. */
  perFlow: Record<string, { scopes: string[]; permissions: string[] }>
  adminRole: { label: string; permissions: string[] }
  resourceSet: { label: string; resources: ResourceSetEntry[] }
  /** The scopes ServiceNow's OAuth client needs at the inbound issuer (`jml.<flow>`), when OAuth is used. */
  inboundScopes: string[]
  /** Things to know: wildcards in the policy, protected groups an Okta resource set cannot exclude. */
  notes: string[]
  /** What the audit's Okta features need (optional: without it, audit answers lack Okta's own records). */
  audit: {
    optional: true
    scopes: string[]
    /** The standard admin role to assign for reading the System Log (read-only). */
    adminRole: string
    /** The inbound permission to read the audit: the OAuth scope, or `audit` in a client token's flows. */
    inboundScope: string
    purpose: string
  }
  /** What reconciliation (`POST /api/reconcile`) reads Okta with, and the inbound permission to run it. */
  reconcile: { scopes: string[]; inboundScope: string }
  /**
   * What refusing members of protected groups needs (when the policy names any): every flow reads the user's
   * groups (`GET /api/v1/users/{id}/groups`, the scope `okta.users.read` every flow's token already holds), and
   * Okta lists there only the groups the service app's admin roles can see — so the protected groups must be
   * visible to it, read-only, through a role of their own (never the managing role: that would let the app
   * change their members).
   */
  protectedGroups?: {
    scopes: string[]
    adminRole: { label: string; permissions: string[] }
    resourceSet: { label: string; resources: ResourceSetEntry[] }
    purpose: string
  }
  /** The inbound permission to end or extend any caller's grant (otherwise only the creator's own). */
  grantsManage: { inboundScope: string; clientTokenFlow: string }
  /**
   * What the Okta catalog (`GET /api/catalog/resources`, the ServiceNow app's catalog sync) reads Okta with —
   * read scopes only — and the inbound permission to read it.
   */
  catalog: { scopes: string[]; inboundScope: string }
}

/** What the report is computed from. */
export interface LeastPrivilegeInput {
  /** The flows that can be invoked (default: all). */
  flows?: readonly FlowName[]
  /** The OAuth scopes each flow's token holds: `FlowEngine.scopesFor`. */
  scopesFor: (flow: FlowName) => readonly string[]
  /** The policy in force; absent → placeholders. */
  policy: Policy | undefined
  /** The Okta org URL; absent → `https://{yourOktaDomain}`. */
  orgUrl?: string | undefined
}

const ROLE_LABEL = 'Okta JML bridge'
/** The read-only role that lets the bridge see who is in a protected group. */
const PROTECTED_ROLE_LABEL = 'Okta JML bridge (protected groups, read only)'

/**
 * The flows any configured credential can invoke: every flow when OAuth is configured (scopes decide per
 * token) or a client token is unrestricted, otherwise the union of the tokens' flows — a flow nobody can
 * invoke needs no grant.
 */
export function enabledFlows(inbound: {
  clientTokens: readonly ClientToken[]
  oauth: OAuthConfig | undefined
}): FlowName[] {
  if (
    inbound.oauth ||
    inbound.clientTokens.length === 0 ||
    inbound.clientTokens.some((t) => t.flows === undefined)
  ) {
    return [...FLOW_NAMES]
  }
  const allowed = new Set(inbound.clientTokens.flatMap((t) => t.flows ?? []))
  return FLOW_NAMES.filter((flow) => allowed.has(flow))
}

/** Computes the least-privilege grant. */
export function leastPrivilege(input: LeastPrivilegeInput): LeastPrivilegeReport {
  const flows = [...(input.flows ?? FLOW_NAMES)]
  const org = (input.orgUrl ?? 'https://{yourOktaDomain}').replace(/\/+$/, '')
  const perFlow: LeastPrivilegeReport['perFlow'] = {}
  const scopes = new Set<string>()
  const permissions = new Set<string>()
  for (const flow of flows) {
    const flowScopes = [...input.scopesFor(flow)].sort()
    const flowPermissions = new Set<string>()
    for (const scope of flowScopes) {
      scopes.add(scope)
      const read = READ_PERMISSIONS[scope]
      if (read) flowPermissions.add(read)
    }
    for (const operation of FLOW_PLAN_OPERATIONS[flow]) {
      for (const permission of OPERATION_PERMISSIONS[operation]) flowPermissions.add(permission)
    }
    for (const permission of flowPermissions) permissions.add(permission)
    perFlow[flow] = { scopes: flowScopes, permissions: [...flowPermissions].sort() }
  }

  const notes: string[] = []
  const resources: ResourceSetEntry[] = [
    {
      resource: `${org}/api/v1/users`,
      description: 'All users (a joiner creates users; every flow acts on one)',
    },
  ]
  const usesGroups = [...permissions].some((p) => p.startsWith('okta.groups.'))
  const usesApps = [...permissions].some((p) => p.startsWith('okta.apps.'))
  const doc = input.policy?.document
  if (usesGroups) {
    if (!doc) {
      resources.push({
        resource: `${org}/api/v1/groups/{groupId}`,
        description: 'each group in the policy’s manageableGroups',
      })
    } else if (doc.manageableGroups.includes('*')) {
      resources.push({
        resource: `${org}/api/v1/groups`,
        description: 'All groups (the policy’s manageableGroups is "*")',
      })
      notes.push(
        'The policy allows every group ("*"): an Okta resource set cannot exclude groups, so the protected groups are guarded by the bridge’s policy alone. List the manageable groups to let Okta enforce it too.',
      )
    } else {
      for (const id of doc.manageableGroups)
        resources.push({ resource: `${org}/api/v1/groups/${id}`, description: 'manageable group' })
      if (doc.manageableGroups.length === 0)
        notes.push('The policy allows no group: group changes will be refused.')
    }
  }
  if (usesApps) {
    if (!doc) {
      resources.push({
        resource: `${org}/api/v1/apps/{appId}`,
        description: 'each app in the policy’s manageableApps',
      })
    } else if (doc.manageableApps.includes('*')) {
      resources.push({
        resource: `${org}/api/v1/apps`,
        description: 'All apps (the policy’s manageableApps is "*")',
      })
      notes.push(
        'The policy allows every app ("*"): an Okta resource set cannot exclude apps, so the protected apps are guarded by the bridge’s policy alone. List the manageable apps to let Okta enforce it too.',
      )
    } else {
      for (const id of doc.manageableApps)
        resources.push({ resource: `${org}/api/v1/apps/${id}`, description: 'manageable app' })
      if (doc.manageableApps.length === 0)
        notes.push('The policy allows no app: app assignments will be refused.')
    }
  }
  if (!doc) notes.push('No policy given: the resource set shows placeholders (set BRIDGE_POLICY_FILE).')
  notes.push(
    'Never give the service app the Super Administrator or Organization Administrator role, and never an SSWS API token: the custom role bound to this resource set is all it needs.',
  )

  return {
    flows,
    oauthScopes: [...scopes].sort(),
    perFlow,
    adminRole: { label: ROLE_LABEL, permissions: [...permissions].sort() },
    resourceSet: { label: ROLE_LABEL, resources },
    inboundScopes: flows.map((flow) => `jml.${flow}`),
    notes,
    audit: {
      optional: true,
      scopes: [...AUDIT_OKTA_SCOPES],
      adminRole: 'Report Administrator (REPORT_ADMIN)',
      inboundScope: 'jml.audit',
      purpose:
        'GET /api/audit?withOktaLog=true joins each change to its System Log event; GET /api/audit/orphans finds changes made with the bridge’s key outside the bridge',
    },
    reconcile: { scopes: [...RECONCILE_SCOPES], inboundScope: 'jml.reconcile' },
    ...(doc && doc.protectedGroups.length > 0
      ? {
          protectedGroups: {
            scopes: ['okta.users.read'],
            adminRole: { label: PROTECTED_ROLE_LABEL, permissions: ['okta.groups.read', 'okta.users.read'] },
            resourceSet: {
              label: PROTECTED_ROLE_LABEL,
              resources: doc.protectedGroups.map((id) => ({
                resource: `${org}/api/v1/groups/${id}`,
                description: 'protected group (read only: its members are refused by every flow)',
              })),
            },
            purpose:
              'Before any change, every flow reads the user’s groups (GET /api/v1/users/{id}/groups) and refuses a member of a protected group; Okta lists only groups the app’s roles can see',
          },
        }
      : {}),
    grantsManage: { inboundScope: 'jml.grants.manage', clientTokenFlow: 'grants.manage' },
    catalog: { scopes: [...CATALOG_SCOPES], inboundScope: 'jml.catalog' },
  }
}

/** The flows that make, end or move time-bound grants (what reconciliation checks). */
const ACCESS_FLOWS: ReadonlySet<string> = new Set(['grant-access', 'revoke-access', 'extend-access'])

/** The report as text for an Okta admin to follow. */
export function formatLeastPrivilege(report: LeastPrivilegeReport): string {
  const lines: string[] = []
  const width = Math.max(...report.flows.map((f) => f.length))
  lines.push(`Least privilege for the Okta JML bridge — flows: ${report.flows.join(', ')}`, '')
  lines.push(
    '1. OAuth scopes to grant the bridge’s API Services app (Applications → the app → Okta API Scopes):',
  )
  for (const scope of report.oauthScopes) lines.push(`     ${scope}`)
  lines.push('   Each flow’s access token holds only its own:')
  for (const flow of report.flows)
    lines.push(`     ${flow.padEnd(width)}  ${report.perFlow[flow]!.scopes.join(' ')}`)
  lines.push('')
  lines.push(
    `2. A custom admin role "${report.adminRole.label}" (Security → Administrators → Roles) with only:`,
  )
  const users = new Map<string, string[]>()
  for (const flow of report.flows) {
    for (const permission of report.perFlow[flow]!.permissions)
      users.set(permission, [...(users.get(permission) ?? []), flow])
  }
  const pwidth = Math.max(...report.adminRole.permissions.map((p) => p.length))
  for (const permission of report.adminRole.permissions) {
    lines.push(`     ${permission.padEnd(pwidth)}  (${users.get(permission)!.join(', ')})`)
  }
  lines.push('')
  lines.push(`3. A resource set "${report.resourceSet.label}" (Security → Administrators → Resources) with:`)
  for (const entry of report.resourceSet.resources)
    lines.push(`     ${entry.resource}   — ${entry.description}`)
  lines.push(
    '   Then assign the role to the service app (its Admin roles tab), bound to this resource set.',
    '',
  )
  lines.push(
    '4. ServiceNow → bridge over OAuth: the client ServiceNow uses needs, at the inbound issuer, the scope of',
  )
  lines.push(`   each flow it invokes: ${report.inboundScopes.join(' ')}`)
  lines.push(
    '',
    '5. Audit (optional): to join the audit to Okta’s System Log and detect changes made outside the bridge,',
    `   also grant the scope ${report.audit.scopes.join(' ')} and the read-only ${report.audit.adminRole} role.`,
    `   Readers of the audit need ${report.audit.inboundScope} (OAuth) or "audit" in their client token’s flows.`,
  )
  let section = 6
  // Reconciliation compares grants with Okta: it concerns a bridge that grants time-bound access at all.
  if (report.flows.some((flow) => ACCESS_FLOWS.has(flow))) {
    lines.push(
      '',
      `${section++}. Reconciliation (POST /api/reconcile) reads with ${report.reconcile.scopes.join(' ')} only; its repairs`,
      '   are ordinary flows with their own scopes. Callers need ' +
        `${report.reconcile.inboundScope} (OAuth) or "reconcile" in their client token’s flows.`,
    )
  }
  if (report.protectedGroups) {
    const p = report.protectedGroups
    lines.push(
      '',
      `${section++}. Protected groups. ${p.purpose}.`,
      `   Create a second custom role "${p.adminRole.label}" with only ${p.adminRole.permissions.join(', ')},`,
      `   bound to a resource set "${p.resourceSet.label}" with:`,
      ...p.resourceSet.resources.map((entry) => `     ${entry.resource}   — ${entry.description}`),
      '   (Not the managing role: bound to these groups it would let the app change their members.)',
    )
  }
  if (report.flows.some((flow) => flow === 'revoke-access' || flow === 'extend-access')) {
    lines.push(
      '',
      `Grants: a caller may end or extend only the grants it created, unless it holds ${report.grantsManage.inboundScope}`,
      `(OAuth) or "${report.grantsManage.clientTokenFlow}" in its client token’s flows.`,
    )
  }
  // The catalog lists manageable groups and apps: it concerns a bridge whose flows touch groups or apps at all.
  if (report.oauthScopes.some((scope) => scope.startsWith('okta.groups') || scope.startsWith('okta.apps'))) {
    lines.push(
      '',
      `${section++}. Okta catalog (GET /api/catalog/resources, what the ServiceNow app syncs) reads with ${report.catalog.scopes.join(' ')}`,
      `   only (the same read permissions as the flows). Callers need ${report.catalog.inboundScope} (OAuth) or "catalog" in`,
      '   their client token’s flows.',
    )
  }
  lines.push('', 'GET /api/whoami (the ServiceNow app’s Test connection) needs any valid credential.')
  if (report.notes.length > 0) {
    lines.push('', 'Notes:')
    for (const note of report.notes) lines.push(`  - ${note}`)
  }
  return `${lines.join('\n')}\n`
}
