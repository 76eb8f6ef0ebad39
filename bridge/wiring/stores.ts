/**
 * Wiring step: the execution store (`DATABASE_URL`), opened and migrated — the bridge does not start on a
 * schema it does not understand — and every store that lives beside it on the same database and migrations:
 * the outbox to ServiceNow, time-bound grants, Okta's event inbox, Okta-born users' onboardings and the
 * audit trail's anchors, late joins and baselines, and the org's Okta rate-limit budget.
 */
import { SqlAuditTrail } from '../adapters/store/audit-trail-store.js'
import { SqlEventInbox } from '../adapters/store/event-inbox-store.js'
import { SqlGrantStore } from '../adapters/store/grant-store.js'
import { openExecutionStore, type SqlExecutionStore } from '../adapters/store/index.js'
import { SqlOktaBudget } from '../adapters/store/okta-budget-store.js'
import { SqlOnboardingStore } from '../adapters/store/onboarding-store.js'
import { SqlOutboxStore } from '../adapters/store/outbox-store.js'
import type { Clock } from '../clock.js'

/** The bridge's stores, all on the one database. */
export interface Stores {
  store: SqlExecutionStore
  outbox: SqlOutboxStore
  grants: SqlGrantStore
  eventInbox: SqlEventInbox
  onboardings: SqlOnboardingStore
  auditTrail: SqlAuditTrail
  /**
   * The org's Okta rate-limit budget, shared by every replica on the database. Always the database's, even
   * for one replica on embedded SQLite: one code path, and a second bridge on the same database (a restart
   * overlapping the old process) already shares it.
   */
  oktaBudget: SqlOktaBudget
}

/**
 * Opens the database and its stores. `onEnqueue` is called whenever a flow enqueues a message for
 * ServiceNow, so the dispatcher (built later) delivers it at once rather than at its next poll.
 */
export async function openStores(databaseUrl: string, clock: Clock, onEnqueue: () => void): Promise<Stores> {
  const store = await openExecutionStore(databaseUrl)
  const now = () => clock.now()
  return {
    store,
    outbox: new SqlOutboxStore(store.db, { now, onEnqueue }),
    grants: new SqlGrantStore(store.db, { now }),
    eventInbox: new SqlEventInbox(store.db),
    onboardings: new SqlOnboardingStore(store.db),
    auditTrail: new SqlAuditTrail(store.db, { now }),
    oktaBudget: new SqlOktaBudget(store.db),
  }
}
