/**
 * Wiring steps for the background work: building the jobs (the System Log joiner, the event processor, the
 * expiry scheduler, the reconciler and its dry-run schedule), starting them once the bridge listens — in an
 * order that matters, see {@link startBackgroundWork} — and stopping them first at shutdown.
 */
import type { Logger } from 'pino'
import { endedGrantsSince } from '../adapters/store/ended-grants.js'
import type { Clock } from '../clock.js'
import type { BridgeConfig } from '../config.js'
import { rememberLatest } from '../console/pages/deps.js'
import type { BridgeMetrics } from '../http/metrics.js'
import { systemLogCandidates } from '../http/system-log-match.js'
import { BatchWorker } from '../jobs/batch-worker.js'
import { Duty, type DutyContext } from '../jobs/duty.js'
import { EVENT_PROCESSOR_SCOPES, EventProcessor } from '../jobs/event-processor.js'
import { ExecutionLeaseJob } from '../jobs/execution-leases.js'
import { ExpiryScheduler } from '../jobs/expiry-scheduler.js'
import { RECONCILE_DUTY, ReconcileSchedule, reconcileDutyLeaseMs } from '../jobs/reconcile-schedule.js'
import { JOINER_DUTY, JOINER_DUTY_LEASE_MS, RequestIdJoiner } from '../jobs/request-id-joiner.js'
import type { Policy } from '../policy/policy.js'
import { accessJustifier, Reconciler } from '../reconcile/reconciler.js'
import type { Flows } from './flows.js'
import { safeMessage } from './logging.js'
import type { OktaAccess } from './okta-access.js'
import type { Reporting } from './reporting.js'
import type { Stores } from './stores.js'

/** The background jobs (the outbox dispatcher and the anchorer are in {@link Reporting}). */
export interface Jobs {
  requestIdJoiner: RequestIdJoiner
  eventProcessor: EventProcessor
  expiry: ExpiryScheduler
  reconciler: Reconciler
  /**
   * The reconciler as the schedule, the API and the console run it: one {@link rememberLatest} wrapper, so the
   * console's Drift page shows the latest run whoever started it (a scheduled dry run included).
   */
  reconcileRuns: ReturnType<typeof rememberLatest>
  reconcileSchedule: ReconcileSchedule
  /** Works the items of bulk requests (`POST /api/flo/batch`) into executions, a few at a time. */
  batchWorker: BatchWorker
  /** Renews this replica's execution leases and resumes the lapsed executions of dead replicas. */
  executionLeases: ExecutionLeaseJob
}

/**
 * Batch items worked at once per replica. A handful is enough to keep Okta's budget busy (each joiner is several
 * Okta calls) while leaving room for interactive invocations beside a 10,000-item batch.
 */
export const BATCH_CONCURRENCY = 8

/** Builds the jobs; none runs until {@link startBackgroundWork}. */
export function buildJobs(deps: {
  config: BridgeConfig
  policy: Policy
  clientId: string
  okta: OktaAccess
  stores: Stores
  reporting: Reporting
  flows: Flows
  metrics: BridgeMetrics
  clock: Clock
  logger: Logger
  scrub: (text: string) => string
}): Jobs {
  const { config, policy, okta, stores, reporting, flows, clock, logger } = deps
  const { executions } = flows
  // Singleton duties: one replica at a time runs them (the per-item queues lease their rows instead).
  const duties: DutyContext = { leases: stores.dutyLeases, holder: stores.replicaId, clock }
  // Changes recorded without a request id are looked up again until Okta's log shows them.
  const requestIdJoiner = new RequestIdJoiner({
    trail: stores.auditTrail,
    candidates: systemLogCandidates(okta.oktaLog, deps.clientId),
    clock,
    log: logger,
    duty: new Duty(JOINER_DUTY, duties, JOINER_DUTY_LEASE_MS),
  })
  // Opens an onboarding incident for each user born in Okta; reads Okta with read scopes only.
  const eventProcessor = new EventProcessor({
    inbox: stores.eventInbox,
    onboarding: stores.onboardings,
    store: stores.store,
    okta: okta.portFactory(EVENT_PROCESSOR_SCOPES),
    servicenow: reporting.servicenow,
    policy,
    clock,
    log: logger,
    bridgeClientId: deps.clientId,
    executions,
  })
  // Ends grants at their end date: each expiry is a `revoke-access` execution on the grant's own ticket.
  const expiry = new ExpiryScheduler({
    grants: stores.grants,
    executions,
    clock,
    log: logger,
    pollMs: config.expiryPollMs,
  })
  // Reconciliation: grants compared with Okta (read scopes only); repairs go through the executions.
  const reconciler = new Reconciler({
    okta: okta.portFactory,
    policy,
    grants: stores.grants,
    endedGrantsSince: endedGrantsSince(stores.store.db, stores.grants),
    justified: accessJustifier({ grants: stores.grants, store: stores.store }),
    executions,
    clock,
    newExecutionId: flows.newExecutionId,
    // A baseline is chained in the audit like any change, and anchored at once (recorded all the same if
    // anchoring fails: the anchor job's next round sends it).
    recordBaseline: async (baseline) => {
      await stores.auditTrail.recordBaseline(baseline)
      await reporting.anchorNow({})
    },
  })
  const reconcileRuns = rememberLatest(reconciler)
  const intervalMs = config.reconcileIntervalMinutes * 60_000
  const reconcileSchedule = new ReconcileSchedule({
    reconciler: reconcileRuns,
    intervalMs,
    log: logger,
    metrics: deps.metrics,
    scrub: deps.scrub,
    duty: new Duty(RECONCILE_DUTY, duties, reconcileDutyLeaseMs(intervalMs)),
  })
  // Batch items become executions at a bounded concurrency per replica, claimed with leases across replicas.
  const batchWorker = new BatchWorker({
    store: stores.batches,
    executions,
    clock,
    log: logger,
    concurrency: BATCH_CONCURRENCY,
    // The same lease as an execution's: a dead replica's items are taken over when its executions are.
    leaseMs: config.executionLeaseMs,
  })
  const executionLeases = new ExecutionLeaseJob(executions, logger)
  return {
    requestIdJoiner,
    eventProcessor,
    expiry,
    reconciler,
    reconcileRuns,
    reconcileSchedule,
    batchWorker,
    executionLeases,
  }
}

/** Which background rounds to start (tests drive some of them by hand). */
export interface BackgroundOptions {
  /** `false`: Okta event hook deliveries are stored and acknowledged but not processed. */
  eventProcessing: boolean
  /** `false`: the anchorer's and the request id joiner's rounds are not started (tests call `tick()`). */
  auditJobs: boolean
}

/**
 * Starts the background work once the bridge listens (a resumed execution can take a while, and /healthz
 * should not wait for it). A failed resume leaves the executions for the next start; the bridge still serves
 * new requests.
 */
export async function startBackgroundWork(deps: {
  jobs: Jobs
  reporting: Reporting
  flows: Flows
  logger: Logger
  scrub: (text: string) => string
  options: BackgroundOptions
}): Promise<void> {
  const { jobs, reporting, logger, options } = deps
  // Reports a previous process could not deliver go out first: they are the oldest.
  reporting.outboxDispatcher.start()
  // The lease job's first round resumes the executions whose lease has lapsed (a crash left them, or a dead
  // replica did) — not those a live replica is running — then its rounds renew and take over every lease/3.
  await jobs.executionLeases.tick().then(
    ({ resumed }) => logger.info({ resumed }, 'resumed unfinished executions'),
    (error: unknown) => logger.error({ err: { message: safeMessage(error, deps.scrub) } }, 'resume failed'),
  )
  jobs.executionLeases.start()
  // After the resume, so an expiry a crash interrupted finishes as the same execution; its first round
  // ends the grants that came due while the bridge was down.
  jobs.expiry.start()
  // After the resume too: an item whose execution was resumed waits on it rather than submitting it again.
  jobs.batchWorker.start()
  // Events stored before a crash or restart are processed now; new deliveries kick it.
  if (options.eventProcessing) jobs.eventProcessor.start()
  // Dry runs only: a scheduled run reports drift, repairs wait for an operator's ticket.
  jobs.reconcileSchedule.start()
  if (options.auditJobs) {
    reporting.auditAnchorer?.start()
    jobs.requestIdJoiner.start()
  }
}

/**
 * Stops the jobs that start new work (no new expiries or takeovers once shutdown begins; rounds in progress
 * finish). The execution leases' heartbeat goes on while executions drain: {@link releaseExecutionLeases} ends it.
 */
export async function stopJobs(jobs: Jobs): Promise<void> {
  jobs.executionLeases.stopClaiming()
  await jobs.expiry.stop()
  await jobs.batchWorker.stop()
  await jobs.eventProcessor.stop()
  await jobs.reconcileSchedule.stop()
  await jobs.requestIdJoiner.stop()
}

/**
 * Shutdown, once executions had their grace period: the heartbeat stops, and the leases of executions still
 * running here end now, so another replica takes them over at once instead of after the lease. Answers how
 * many were released.
 */
export async function releaseExecutionLeases(jobs: Jobs, executions: Flows['executions']): Promise<number> {
  // Stopped first: a heartbeat after the release would renew what was just released.
  await jobs.executionLeases.stop()
  return executions.releaseLeases()
}
