/**
 * The Glide shell of the Okta onboarding UI actions (Approve / Reject Okta onboarding on `incident`):
 * reads the incident, the decider and the birthright rules, records the decision, calls the bridge's
 * `onboarding-decision` flow through the REST message, and writes the answer back. Every decision about
 * what to send and what the answer means is in `onboarding.ts`, which is unit-tested.
 */
import { GlideDateTime, GlideRecord, gs } from '@servicenow/glide'
import { requestInvoke } from './client.ts'
import { birthrightRules, glideTransport, readSettings } from './glide.ts'
import {
  type Decision,
  type DecisionOutcome,
  decisionOutcome,
  decisionRecord,
  decisionWorkNote,
  INCIDENT_STATES,
  ONBOARDING,
  type OnboardingIncident,
  onboardingError,
  type PreparedDecision,
  prepareDecision,
} from './onboarding.ts'

/** An incident as the UI action hands it over (`current`). */
type Incident = GlideRecord

/** The incident's fields the decision depends on. */
function incidentFields(incident: Incident): OnboardingIncident {
  const caller = incident.getValue('caller_id')
  const active = incident.getValue('active')
  return {
    number: incident.getValue('number') || '',
    sysId: incident.getUniqueValue(),
    // Glide answers a boolean as '1' or 'true' depending on how the record was loaded.
    active: active === '1' || active === 'true' ? 'true' : 'false',
    state: incident.getValue('state') || '',
    category: incident.getValue('category') || '',
    subcategory: incident.getValue('subcategory') || '',
    correlationId: incident.getValue('correlation_id') || '',
    description: incident.getValue('description') || '',
    callerUserName: caller ? gs.getUserNameByUserID(caller) || '' : '',
  }
}

/** The work notes the decider typed on the form before clicking (the journal entry not yet saved). */
function pendingWorkNotes(incident: Incident): string {
  return incident.getValue('work_notes') || ''
}

/** Inserts the decision record: what the bridge will compare the call with. */
function insertDecision(prepared: PreparedDecision): void {
  const row = decisionRecord(prepared, new GlideDateTime().getValue())
  const record = new GlideRecord(ONBOARDING.decisionTable)
  record.initialize()
  for (const field of Object.keys(row) as (keyof typeof row)[]) record.setValue(field, row[field])
  record.insert()
}

/**
 * Writes the bridge's answer on a freshly read incident: only the work note (and the state after a
 * failure), so a close the bridge made during the call is never overwritten with the form's stale state.
 */
function writeOutcome(sysId: string, outcome: DecisionOutcome): void {
  const incident = new GlideRecord('incident')
  if (!incident.get(sysId)) return
  incident.setValue('work_notes', outcome.workNote)
  if (outcome.state !== undefined && incident.getValue('state') === INCIDENT_STATES.inProgress)
    incident.setValue('state', outcome.state)
  incident.update()
}

/** Shows a message on the form the decider returns to. */
function show(level: 'info' | 'error', message: string): void {
  if (level === 'info') gs.addInfoMessage(message)
  else gs.addErrorMessage(message)
}

/**
 * Decides an Okta onboarding incident: the entry point of both UI actions. Checks the incident and the
 * decision (a problem is a form message and nothing is recorded), records the decision and moves the
 * incident to In Progress with a work note, then calls the bridge and writes its answer.
 */
export function decideOnboarding(current: Incident, decision: Decision): void {
  if (!gs.hasRole(ONBOARDING.approverRole)) {
    show('error', `Only holders of ${ONBOARDING.approverRole} decide Okta onboarding.`)
    return
  }
  let prepared: PreparedDecision
  let settings: ReturnType<typeof readSettings>
  try {
    settings = readSettings()
    if (settings.planOnly)
      throw onboardingError(
        'Plan-only mode is on (x_okta_jml.bridge.plan_only): no decision is sent to Okta.',
      )
    prepared = prepareDecision({
      incident: incidentFields(current),
      decision,
      decidedBy: gs.getUserName(),
      comment: pendingWorkNotes(current),
      rules: decision === 'approved' ? birthrightRules() : [],
    })
  } catch (error) {
    show('error', error instanceof Error ? error.message : String(error))
    return
  }
  insertDecision(prepared)
  current.setValue('state', INCIDENT_STATES.inProgress)
  current.setValue('work_notes', decisionWorkNote(prepared))
  current.update()
  const outcome = decisionOutcome(
    prepared,
    requestInvoke(glideTransport(), settings, prepared.call, prepared.idempotencyKey),
  )
  writeOutcome(current.getUniqueValue(), outcome)
  show(outcome.level, outcome.message)
}
