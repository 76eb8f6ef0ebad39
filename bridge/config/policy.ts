/**
 * Configuration step: the policy (`BRIDGE_POLICY_FILE`) — which groups, apps, users and profile attributes
 * the bridge may touch. Required with a real org (the bridge denies everything by default); wildcards are
 * allowed there but warned about.
 */
import { Policy, PolicyFileError } from '../policy/policy.js'
import type { ConfigInput, Findings } from './environment.js'

/** What to write when a real org is configured without a policy: the smallest useful policy. */
export const POLICY_EXAMPLE = JSON.stringify({
  manageableGroups: ['<id of each group the bridge may add or remove members of>'],
  manageableApps: ['<id of each app the bridge may assign>'],
  protectedGroups: ['<id of Okta Administrators and every other admin group>'],
  protectedUsers: ['<break-glass admin login>'],
  writableProfileAttributes: ['department', 'title', 'manager'],
})

/** Reads and checks the policy file; undefined when none is set (or it is refused: the problems say why). */
export async function policyFromFile(input: ConfigInput, found: Findings): Promise<Policy | undefined> {
  const { plain, mode } = input
  const { problems, warnings } = found
  let policy: Policy | undefined
  if (plain.BRIDGE_POLICY_FILE !== undefined) {
    try {
      policy = await Policy.fromFile(plain.BRIDGE_POLICY_FILE)
    } catch (error) {
      if (!(error instanceof PolicyFileError)) throw error
      for (const problem of error.problems) problems.push(`BRIDGE_POLICY_FILE: ${error.path} ${problem}`)
    }
  } else if (mode === 'okta') {
    problems.push(
      `BRIDGE_POLICY_FILE: required with a real Okta org — the bridge denies everything by default. Write a JSON or YAML file such as ${POLICY_EXAMPLE} (ids are Okta group/app ids, 20 characters) and set BRIDGE_POLICY_FILE to its path`,
    )
  }
  if (policy) {
    const doc = policy.document
    if (mode === 'okta' && doc.manageableGroups.includes('*')) {
      warnings.push(
        'BRIDGE_POLICY_FILE: manageableGroups is "*": every group not listed in protectedGroups can be changed; list the groups instead',
      )
    }
    if (mode === 'okta' && doc.manageableApps.includes('*')) {
      warnings.push(
        'BRIDGE_POLICY_FILE: manageableApps is "*": every app not listed in protectedApps can be assigned; list the apps instead',
      )
    }
  }
  return policy
}
