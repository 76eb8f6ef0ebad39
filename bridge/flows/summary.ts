/**
 * A plan in words: one line a step, for the approver in ServiceNow to read. What they approve is what
 * the plan hash seals.
 */
import type { PlanStep } from '../../shared/index.js'

/** One human-readable line for a step. */
export function summarize(step: PlanStep): string {
  const { target, details } = step
  const who = target.login ?? target.userId ?? 'the user'
  const group = target.groupName ? `${target.groupName} (${target.groupId})` : target.groupId
  const app = target.appLabel ? `${target.appLabel} (${target.appId})` : target.appId
  switch (step.operation) {
    case 'createUser': {
      const profile = (details?.profile ?? {}) as Record<string, unknown>
      const extras = Object.entries(profile)
        .filter(([key]) => !['login', 'email', 'firstName', 'lastName'].includes(key))
        .map(([key, value]) => `${key}: ${String(value)}`)
      return `Create Okta user ${who} (${profile.firstName} ${profile.lastName}, ${profile.email})${extras.length ? `, ${extras.join(', ')}` : ''}`
    }
    case 'updateProfile': {
      const changes = (details?.changes ?? {}) as Record<string, unknown>
      const from = (details?.from ?? {}) as Record<string, unknown>
      const parts = Object.entries(changes).map(
        ([key, value]) => `${key}: ${show(from[key])} → ${show(value)}`,
      )
      return `Update ${who}'s profile: ${parts.join('; ')}`
    }
    case 'addGroupMember':
      return `Add ${who} to group ${group}${grantTerms(details)}`
    case 'removeGroupMember':
      return `Remove ${who} from group ${group}${grantTerms(details)}`
    case 'assignApp':
      return `Assign ${who} to app ${app}${grantTerms(details)}`
    case 'unassignApp':
      return `Remove ${who}'s assignment to app ${app}${grantTerms(details)}`
    case 'activateUser':
      return `Activate ${who}${details?.sendEmail ? ' and send Okta’s activation email' : ' (no activation email)'}`
    case 'deactivateUser':
      return `Deactivate ${who} (Okta removes all app assignments)`
    case 'suspendUser':
      return `Suspend ${who} (groups and apps are kept)`
    case 'unsuspendUser':
      return `Unsuspend ${who}`
    case 'unlockUser':
      return `Unlock ${who}`
    case 'resetPassword':
      return `Reset ${who}'s password (Okta emails a reset link to the user)`
    case 'revokeSessions':
      return `End all of ${who}'s Okta sessions${details?.oauthTokens ? ' and OAuth tokens' : ''}`
  }
}

/**
 * What an access grant adds to a membership or assignment line (the grant flows put it in the step's
 * details): the end date and justification the approver is asked to approve, or the grant being ended.
 */
function grantTerms(details: Record<string, unknown> | undefined): string {
  if (details === undefined) return ''
  if ('expiresAt' in details) {
    const until = details.expiresAt === null ? ' permanently' : ` until ${String(details.expiresAt)}`
    const why = typeof details.justification === 'string' ? ` — justification: ${details.justification}` : ''
    const grant = typeof details.grantId === 'string' ? ` (grant ${details.grantId})` : ''
    return `${until}${grant}${why}`
  }
  if (typeof details.grantId === 'string')
    return ` (grant ${details.grantId} ${String(details.reason ?? 'ended')})`
  return ''
}

function show(value: unknown): string {
  return value === null || value === undefined || value === '' ? '(empty)' : JSON.stringify(value)
}
