/**
 * Wiring step: what the bridge tells ServiceNow by itself — the client of the configured (or sandbox)
 * instance, the dispatcher delivering the outbox's messages, and the anchorer sending the audit chain's head.
 * Without ServiceNow nothing outside the database can hold the chain head (verification says so) and there is
 * no anchorer; configured later, its first round anchors the whole chain.
 */
import type { Logger } from 'pino'
import { serviceNowClientFromConfig } from '../adapters/servicenow/table-client.js'
import type { Clock } from '../clock.js'
import type { ServiceNowConfig } from '../config.js'
import { ANCHOR_DUTY, ANCHOR_DUTY_LEASE_MS, AuditAnchorer } from '../jobs/audit-anchorer.js'
import { Duty } from '../jobs/duty.js'
import { OutboxDispatcher } from '../jobs/outbox-dispatcher.js'
import type { ServiceNowPort } from '../ports/servicenow.js'
import { safeMessage } from './logging.js'
import type { Stores } from './stores.js'

/** The ServiceNow client, the outbox's dispatcher and the audit's anchorer. */
export interface Reporting {
  servicenow: ServiceNowPort | undefined
  outboxDispatcher: OutboxDispatcher
  auditAnchorer: AuditAnchorer | undefined
  /**
   * Anchors the audit chain now; a failure is logged (scrubbed), never thrown: it is not the caller's
   * failure, and the anchor job's next round sends what this one could not.
   */
  anchorNow(context: Record<string, unknown>): Promise<void>
}

/** Builds the ServiceNow client (when there is an instance), the outbox dispatcher and the anchorer. */
export function reportToServiceNow(deps: {
  servicenowConfig: ServiceNowConfig | undefined
  stores: Stores
  clock: Clock
  logger: Logger
  scrub: (text: string) => string
  outboxPollMs: number | undefined
}): Reporting {
  const { stores, clock, logger, scrub } = deps
  const servicenow = deps.servicenowConfig ? serviceNowClientFromConfig(deps.servicenowConfig) : undefined
  const outboxDispatcher = new OutboxDispatcher({
    outbox: stores.outbox,
    servicenow,
    clock,
    log: logger,
    ...(deps.outboxPollMs === undefined ? {} : { pollMs: deps.outboxPollMs }),
  })
  const auditAnchorer = servicenow
    ? new AuditAnchorer({
        trail: stores.auditTrail,
        outbox: stores.outbox,
        clock,
        log: logger,
        // One replica anchors at a time: two would send overlapping anchors of the same entries.
        duty: new Duty(
          ANCHOR_DUTY,
          { leases: stores.dutyLeases, holder: stores.replicaId, clock },
          ANCHOR_DUTY_LEASE_MS,
        ),
      })
    : undefined
  const anchorNow = async (context: Record<string, unknown>): Promise<void> => {
    await auditAnchorer
      ?.anchor()
      .catch((error: unknown) =>
        logger.error(
          { ...context, err: { message: safeMessage(error, scrub) } },
          'audit anchoring failed: retried within a minute',
        ),
      )
  }
  return { servicenow, outboxDispatcher, auditAnchorer, anchorNow }
}
