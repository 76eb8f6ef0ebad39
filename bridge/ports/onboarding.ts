/**
 * Okta-initiated onboarding: the users born in Okta (self-service registration, an HR import, an admin in
 * the console) for whom the bridge opened an approval incident in ServiceNow, and the decision taken on it.
 * The event processor records the mapping; the `onboarding-decision` flow reads it (only incidents the
 * bridge opened are accepted) and claims the decision.
 *
 * Invariants implementations keep:
 * - one onboarding per Okta user and one per incident (a second event naming the same user finds the
 *   first record, so one user never gets two incidents);
 * - the decision is claimed by a conditional update: of two executions deciding at once exactly one wins,
 *   and the winner claiming again (a resumed execution) still wins.
 */

/** An onboarding decision. */
export type OnboardingDecision = 'approved' | 'rejected'

/** What the processor knows once the incident is open. */
export interface NewOnboarding {
  oktaUserId: string
  login: string
  incidentSysId: string
  incidentNumber: string
  /** The `user.lifecycle.create` event's uuid that started it. */
  eventUuid: string
}

/** A stored onboarding. */
export interface OnboardingRecord extends NewOnboarding {
  decision: OnboardingDecision | null
  /** The execution that claimed the decision. */
  decidedBy: string | null
  decidedAt: string | null
  createdAt: string
}

/** The onboarding store. */
export interface OnboardingStore {
  /** Records an onboarding; when the user (or the incident) already has one, answers that one unchanged. */
  open(onboarding: NewOnboarding, at: string): Promise<OnboardingRecord>
  /** The onboarding of an Okta user. */
  byUser(oktaUserId: string): Promise<OnboardingRecord | undefined>
  /** The onboarding of an incident, by its sys_id. */
  byIncident(incidentSysId: string): Promise<OnboardingRecord | undefined>
  /**
   * Claims the decision for `executionId`. True when this execution holds it now (or held it already);
   * false when another execution decided first.
   */
  claimDecision(
    incidentSysId: string,
    claim: { executionId: string; decision: OnboardingDecision; at: string },
  ): Promise<boolean>
}
