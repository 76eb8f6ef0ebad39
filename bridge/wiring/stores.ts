/**
 * Wiring step: the execution store (`DATABASE_URL`), opened and migrated — the bridge does not start on a
 * schema it does not understand — and every store that lives beside it on the same database and migrations:
 * the outbox to ServiceNow, time-bound grants, Okta's event inbox, Okta-born users' onboardings and the
 * audit trail's anchors, late joins and baselines, bulk requests' batches, the duty leases replicas share out
 * singleton work by, and the org's Okta rate-limit budget.
 */
import { randomBytes } from 'node:crypto'
import { hostname } from 'node:os'
import { SqlAuditTrail } from '../adapters/store/audit-trail-store.js'
import { SqlBatchStore } from '../adapters/store/batch-store.js'
import { SqlDutyLeases } from '../adapters/store/duty-lease-store.js'
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
  /** Bulk requests and their queue of items. */
  batches: SqlBatchStore
  /** Which replica runs each cluster-wide duty (scheduled reconciliation, anchoring, request-id joins). */
  dutyLeases: SqlDutyLeases
  /**
   * This process's id in every lease it takes on the database (executions, duties): host name, process id and
   * a random part, so two processes on one host — or one restarted with the same pid — never share it.
   */
  replicaId: string
}

/** A new replica id (see {@link Stores.replicaId}). */
export function newReplicaId(): string {
  return `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`
}

/**
 * Opens the database and its stores. `onEnqueue` is called whenever a flow enqueues a message for
 * ServiceNow, so the dispatcher (built later) delivers it at once rather than at its next poll.
 */
export async function openStores(
  database: { databaseUrl: string; databasePasswordFile?: string },
  clock: Clock,
  onEnqueue: () => void,
): Promise<Stores> {
  const { databaseUrl, databasePasswordFile } = database
  const store = await openExecutionStore(
    databaseUrl,
    databasePasswordFile === undefined ? {} : { passwordFile: databasePasswordFile },
  )
  const now = () => clock.now()
  return {
    store,
    outbox: new SqlOutboxStore(store.db, { now, onEnqueue }),
    grants: new SqlGrantStore(store.db, { now }),
    eventInbox: new SqlEventInbox(store.db),
    onboardings: new SqlOnboardingStore(store.db),
    auditTrail: new SqlAuditTrail(store.db, { now }),
    batches: new SqlBatchStore(store.db),
    dutyLeases: new SqlDutyLeases(store.db),
    replicaId: newReplicaId(),
    oktaBudget: new SqlOktaBudget(store.db),
  }
}
