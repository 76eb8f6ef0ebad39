/**
 * Wiring step: the flow engine (Okta through per-flow scoped ports, the policy, the stores and ServiceNow as
 * its services) and the durable execution service around it — which finds in Okta's System Log the request id
 * of a change a crashed attempt could not record, anchors the audit as soon as an execution has changed
 * something, and logs what fails in a run nobody waits for anymore.
 */
import { randomUUID } from 'node:crypto'
import type { Logger } from 'pino'
import type { Clock } from '../clock.js'
import type { BridgeConfig } from '../config.js'
import { FlowEngine } from '../flows/engine.js'
import { ExecutionService } from '../flows/execution-service.js'
import type { BridgeMetrics } from '../http/metrics.js'
import { systemLogRequestIdFinder } from '../http/system-log-match.js'
import type { Policy } from '../policy/policy.js'
import type { OktaAccess } from './okta-access.js'
import type { Reporting } from './reporting.js'
import type { Stores } from './stores.js'

/** The engine and the executions running it. */
export interface Flows {
  engine: FlowEngine
  executions: ExecutionService
  /** New execution ids (`exe_<uuid>`), shared with the reconciler's repairs. */
  newExecutionId: () => string
}

/** Builds the flow engine and the execution service. */
export function buildFlows(deps: {
  config: BridgeConfig
  policy: Policy
  clientId: string
  okta: OktaAccess
  stores: Stores
  reporting: Reporting
  clock: Clock
  logger: Logger
  scrub: (text: string) => string
  /** Counts lost and taken-over execution leases (absent: not counted). */
  metrics?: BridgeMetrics
}): Flows {
  const { config, okta, stores, reporting, clock, logger, scrub } = deps
  const { servicenow, auditAnchorer } = reporting
  const newExecutionId = () => `exe_${randomUUID()}`
  const engine = new FlowEngine({
    okta: okta.portFactory,
    policy: deps.policy,
    newExecutionId,
    clock,
    services: {
      store: stores.store,
      grants: stores.grants,
      outbox: stores.outbox,
      onboarding: { store: stores.onboardings, rejectAction: config.onboardingRejectAction },
      ...(servicenow ? { servicenow } : {}),
    },
  })
  const executions = new ExecutionService({
    engine,
    store: stores.store,
    newExecutionId,
    // Several replicas on one database: each execution is held by the replica running it (see jobs.ts).
    replicaId: stores.replicaId,
    leaseMs: config.executionLeaseMs,
    clock,
    onLeaseLost: (executionId) => {
      deps.metrics?.executionLeases.inc({ event: 'lost' })
      logger.warn(
        { executionId, replica: stores.replicaId },
        'execution lease lost: another replica took the execution over; this run stopped',
      )
    },
    onTakeOver: (executionId) => {
      deps.metrics?.executionLeases.inc({ event: 'taken-over' })
      logger.info({ executionId, replica: stores.replicaId }, 'took over an execution whose lease had lapsed')
    },
    // A change a crashed attempt made but could not record gets its request id from the System Log.
    findRequestId: systemLogRequestIdFinder(okta.oktaLog, deps.clientId),
    // The chain head goes to ServiceNow as soon as an execution has changed something.
    ...(auditAnchorer ? { onChanged: (executionId: string) => reporting.anchorNow({ executionId }) } : {}),
    onBackgroundError: (error, executionId) => {
      // A run nobody waits for anymore failed unexpectedly: the store says `internal`, the log says why.
      const err = error instanceof Error ? error : new Error(String(error))
      logger.error(
        { executionId, err: { type: err.name, message: scrub(err.message) } },
        'execution failed in the background',
      )
    },
  })
  return { engine, executions, newExecutionId }
}
