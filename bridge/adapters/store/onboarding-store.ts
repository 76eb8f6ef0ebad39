/**
 * Okta-initiated onboardings over SQL (Kysely), on the bridge's database: the Okta user ↔ incident mapping
 * (unique both ways) and the decision, claimed by one execution with a conditional update.
 */
import type { Kysely, Selectable } from 'kysely'
import type {
  NewOnboarding,
  OnboardingDecision,
  OnboardingRecord,
  OnboardingStore,
} from '../../ports/onboarding.js'
import type { DatabaseSchema, OktaOnboardingsTable } from './database.js'

/** `OnboardingStore` over the `okta_onboardings` table (migration `0003_okta_onboarding`). */
export class SqlOnboardingStore implements OnboardingStore {
  constructor(private readonly db: Kysely<DatabaseSchema>) {}

  async open(onboarding: NewOnboarding, at: string): Promise<OnboardingRecord> {
    return this.db.transaction().execute(async (trx) => {
      await trx
        .insertInto('okta_onboardings')
        .values({
          okta_user_id: onboarding.oktaUserId,
          login: onboarding.login,
          incident_sys_id: onboarding.incidentSysId,
          incident_number: onboarding.incidentNumber,
          event_uuid: onboarding.eventUuid,
          decision: null,
          decided_by: null,
          decided_at: null,
          created_at: at,
        })
        // Either key taken: the first record stands (one incident per user, one user per incident).
        .onConflict((oc) => oc.doNothing())
        .execute()
      const row = await trx
        .selectFrom('okta_onboardings')
        .selectAll()
        .where((eb) =>
          eb.or([
            eb('okta_user_id', '=', onboarding.oktaUserId),
            eb('incident_sys_id', '=', onboarding.incidentSysId),
          ]),
        )
        .executeTakeFirstOrThrow()
      return toRecord(row)
    })
  }

  async byUser(oktaUserId: string): Promise<OnboardingRecord | undefined> {
    const row = await this.db
      .selectFrom('okta_onboardings')
      .selectAll()
      .where('okta_user_id', '=', oktaUserId)
      .executeTakeFirst()
    return row === undefined ? undefined : toRecord(row)
  }

  async byIncident(incidentSysId: string): Promise<OnboardingRecord | undefined> {
    const row = await this.db
      .selectFrom('okta_onboardings')
      .selectAll()
      .where('incident_sys_id', '=', incidentSysId)
      .executeTakeFirst()
    return row === undefined ? undefined : toRecord(row)
  }

  async claimDecision(
    incidentSysId: string,
    claim: { executionId: string; decision: OnboardingDecision; at: string },
  ): Promise<boolean> {
    // Compare-and-set: only an undecided onboarding, or one this execution already holds (a resume).
    const result = await this.db
      .updateTable('okta_onboardings')
      .set({ decision: claim.decision, decided_by: claim.executionId, decided_at: claim.at })
      .where('incident_sys_id', '=', incidentSysId)
      .where((eb) => eb.or([eb('decided_by', 'is', null), eb('decided_by', '=', claim.executionId)]))
      .executeTakeFirst()
    return Number(result.numUpdatedRows) > 0
  }
}

function toRecord(row: Selectable<OktaOnboardingsTable>): OnboardingRecord {
  return {
    oktaUserId: row.okta_user_id,
    login: row.login,
    incidentSysId: row.incident_sys_id,
    incidentNumber: row.incident_number,
    eventUuid: row.event_uuid,
    decision: row.decision as OnboardingDecision | null,
    decidedBy: row.decided_by,
    decidedAt: row.decided_at,
    createdAt: row.created_at,
  }
}
