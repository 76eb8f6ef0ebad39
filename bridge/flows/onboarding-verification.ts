/**
 * The onboarding decision's check against ServiceNow: nothing in the payload is trusted on its own. The
 * incident and its latest decision record are re-read from ServiceNow, and number, category, correlation id,
 * state, decision, decider, groups and apps must agree with the payload (else 409 `incident-mismatch`, listing
 * every disagreement), so a caller holding the bridge's client token cannot approve an onboarding nobody
 * approved in ServiceNow.
 */
import type { OnboardingDecisionInput } from '../../shared/index.js'
import type { OnboardingRecord } from '../ports/onboarding.js'
import { ServiceNowError, type ServiceNowPort, type ServiceNowRecord } from '../ports/servicenow.js'
import { FlowError } from './errors.js'
import { sorted } from './lookups.js'
import {
  correlationIdOf,
  DECISION_TABLE,
  ONBOARDING_CATEGORY,
  ONBOARDING_SUBCATEGORY,
} from './onboarding-incident.js'

/**
 * Re-reads the incident and its latest decision record, and refuses (409 `incident-mismatch`, listing every
 * disagreement) unless they say what the payload says. ServiceNow not answering is a 502 before any Okta write.
 */
export async function checkAgainstServiceNow(
  servicenow: ServiceNowPort,
  input: OnboardingDecisionInput,
  onboarding: OnboardingRecord,
  resuming: boolean,
): Promise<void> {
  const { ticket } = input
  const incident = await fromServiceNow(() => servicenow.getRecord('incident', ticket.sysId))
  if (!incident) throw mismatch(input, [`ServiceNow has no incident ${ticket.sysId}`])
  const problems = incidentProblems(incident, input, onboarding, resuming)
  const [decision] = await fromServiceNow(() =>
    servicenow.query(
      DECISION_TABLE,
      {
        where: [{ field: 'incident', value: ticket.sysId }],
        orderBy: [{ field: 'decided_at', descending: true }],
      },
      { limit: 1 },
    ),
  )
  if (!decision) problems.push('no decision is recorded on the incident in ServiceNow')
  else problems.push(...decisionProblems(decision, input))
  if (problems.length > 0) throw mismatch(input, problems)
}

/** What the incident says that the payload does not (an inactive incident is fine when resuming). */
function incidentProblems(
  incident: ServiceNowRecord,
  input: OnboardingDecisionInput,
  onboarding: OnboardingRecord,
  resuming: boolean,
): string[] {
  const problems: string[] = []
  if (incident.number !== input.ticket.number) {
    problems.push(`the incident's number is ${incident.number}, not ${input.ticket.number}`)
  }
  if (incident.category !== ONBOARDING_CATEGORY || incident.subcategory !== ONBOARDING_SUBCATEGORY) {
    problems.push('the incident is not an Okta onboarding approval')
  }
  if (incident.correlation_id !== correlationIdOf(onboarding.oktaUserId)) {
    problems.push('the incident is not about the user the bridge opened it for')
  }
  if (incident.active !== 'true' && !resuming) problems.push('the incident is no longer active')
  return problems
}

/** What the latest decision record says that the payload does not. */
function decisionProblems(decision: ServiceNowRecord, input: OnboardingDecisionInput): string[] {
  const problems: string[] = []
  if (decision.decision !== input.decision) {
    problems.push(`the decision recorded in ServiceNow is "${decision.decision}", not "${input.decision}"`)
  }
  if (decision.decided_by !== input.ticket.approvedBy) {
    problems.push(
      `the decision was recorded by ${decision.decided_by || 'nobody'}, not ${input.ticket.approvedBy}`,
    )
  }
  if (input.decision === 'approved') {
    if (!sameIds(decision.groups, input.groups)) problems.push('the approved groups differ')
    if (!sameIds(decision.apps, input.apps)) problems.push('the approved apps differ')
  }
  return problems
}

/** Whether a comma-separated list from ServiceNow names the same ids as the payload, in any order. */
function sameIds(recorded: string | undefined, requested: readonly string[] | undefined): boolean {
  const a = sorted(
    (recorded ?? '')
      .split(',')
      .map((id) => id.trim())
      .filter(Boolean),
  )
  const b = sorted([...new Set(requested ?? [])])
  return a.length === b.length && a.every((id, i) => id === b[i])
}

/** Runs a ServiceNow call; any failure to get an answer is a 502 `servicenow-unavailable`. */
async function fromServiceNow<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call()
  } catch (error) {
    if (!(error instanceof ServiceNowError)) throw error
    throw new FlowError(
      'servicenow-unavailable',
      'ServiceNow did not answer the bridge, so the incident could not be checked; nothing was changed in Okta. Retry later.',
      { servicenowStatus: error.status, servicenowError: error.kind },
    )
  }
}

/** The 409 `incident-mismatch` naming every disagreement. */
function mismatch(input: OnboardingDecisionInput, problems: string[]): FlowError {
  return new FlowError(
    'incident-mismatch',
    `Incident ${input.ticket.number} in ServiceNow does not match the request: ${problems.join('; ')}.`,
    { incident: input.ticket.number, mismatches: problems },
  )
}
