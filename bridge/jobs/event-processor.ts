/**
 * Works through the Okta event inbox (`bridge/http/event-hooks.ts` fills it). For `user.lifecycle.create` —
 * a user born in Okta (self-service registration, an HR import, an admin in the console) — it opens an
 * onboarding-approval incident in ServiceNow and records the Okta user ↔ incident mapping; every other event
 * type is marked ignored.
 *
 * - Users the bridge created itself are skipped (their joiner already has a ticket, and opening an incident
 *   for them would loop): the event's actor is the bridge's own service app, or the audit holds a
 *   `createUser` for the user.
 * - One incident per user: an onboarding already recorded for the user ends the event (a second event naming
 *   the same user, a replay); before creating, the incident is looked up by its `correlation_id`, so a
 *   create whose answer was lost in transit is found rather than repeated.
 * - The user must hold no manageable groups or apps until approved. Access found at creation (a group rule,
 *   an admin's click) is removed — not by this job directly, but by a `mover` execution on the new incident
 *   (caller `system:event-processor`), so the removal is audited and on the golden thread like any change.
 *   Refusing to open the incident instead would leave the user holding the access with nobody told.
 * - Failures (ServiceNow or Okta down, not configured) leave the event pending, retried with exponential
 *   backoff; an event is never dropped. Claims carry a lease, so two replicas never handle one event at once
 *   and a crashed processor's events are taken up when the lease runs out.
 */
import { createHash, randomUUID } from 'node:crypto'
import { FLOWS, type FlowInput } from '../../shared/index.js'
import type { Clock } from '../clock.js'
import { canonicalJson } from '../flows/canonical-json.js'
import type { ExecutionService } from '../flows/execution-service.js'
import { type CreationContext, correlationIdOf, incidentFields } from '../flows/onboarding-incident.js'
import type { Policy } from '../policy/policy.js'
import type { EventInbox, InboxEvent } from '../ports/event-inbox.js'
import type { OktaPort, OktaUser } from '../ports/okta.js'
import { waitingForOktaBudget } from '../ports/okta-budget.js'
import type { OnboardingRecord, OnboardingStore } from '../ports/onboarding.js'
import { ServiceNowError, type ServiceNowPort, type ServiceNowRecord } from '../ports/servicenow.js'
import type { CallerRecord, ExecutionStore } from '../ports/store.js'
import { backoffDelay } from '../resilience/retry.js'
import { PolledJob } from './poll-loop.js'

/** The event type that starts an onboarding. */
export const USER_CREATED = 'user.lifecycle.create'

/** Who the audit names as the caller of the removal of access found at creation. */
export const PROCESSOR_CALLER: CallerRecord = { kind: 'system', id: 'event-processor' }

/** The OAuth scopes the processor's reads need (no write: changes go through flow executions). */
export const EVENT_PROCESSOR_SCOPES = ['okta.users.read', 'okta.groups.read', 'okta.apps.read'] as const

/** Where the processor reports; the bridge's pino logger fits. */
export interface ProcessorLog {
  info(object: object, message: string): void
  warn(object: object, message: string): void
  error(object: object, message: string): void
}

/** Options of {@link EventProcessor}. */
export interface EventProcessorOptions {
  inbox: EventInbox
  onboarding: OnboardingStore
  /** The audit: a user the bridge's joiner created is recognised there. */
  store: ExecutionStore
  /** Okta, with {@link EVENT_PROCESSOR_SCOPES} only. */
  okta: OktaPort
  /** Without one (not configured) events wait in the inbox. */
  servicenow: ServiceNowPort | undefined
  policy: Policy
  clock: Clock
  log: ProcessorLog
  /** The bridge's service app: the `actor.id` of the events it causes. */
  bridgeClientId: string
  /** Runs the removal of access found at creation as a durable execution. */
  executions: Pick<ExecutionService, 'submit'>
  /** How often to look for due events (default 5 000 ms); `kick()` looks at once. */
  pollMs?: number
  /** Events claimed per round (default 20). */
  batch?: number
  /** How long a claim holds before another processor may take the event over (default 60 s). */
  leaseMs?: number
  /** First retry delay (default 2 s), doubling per attempt up to `maxBackoffMs` (default 10 min). */
  baseBackoffMs?: number
  maxBackoffMs?: number
}

/** What became of one event. */
export interface EventOutcome {
  status: 'processed' | 'ignored'
  outcome: string
}

/** A LogEvent, the members the processor reads. */
interface LogEventShape {
  actor: { id: string; type: string; alternateId?: string | null; displayName?: string | null }
  target?: { id: string; type: string; alternateId?: string | null }[] | null
  outcome?: { result?: string } | null
  client?: { userAgent?: { rawUserAgent?: string } | null } | null
  transaction?: { type?: string } | null
}

/** Processes the inbox in the background. */
export class EventProcessor extends PolledJob {
  private readonly claimant = `events-${randomUUID()}`

  constructor(private readonly options: EventProcessorOptions) {
    super(options.pollMs ?? 5_000, (error: unknown) =>
      options.log.error({ err: { message: messageOf(error) } }, 'event inbox round failed'),
    )
  }

  /** One round: handles every due event it can claim; answers how many it finished. */
  async tick(): Promise<number> {
    const { inbox, clock } = this.options
    const batch = this.options.batch ?? 20
    let finished = 0
    for (;;) {
      const now = clock.now()
      const leaseUntil = new Date(now.getTime() + (this.options.leaseMs ?? 60_000)).toISOString()
      const claimed = await inbox.claimDue(now.toISOString(), batch, this.claimant, leaseUntil)
      for (const event of claimed) if (await this.process(event)) finished++
      if (claimed.length < batch) return finished
    }
  }

  /** Handles one claimed event: completes it, or schedules a retry. */
  private async process(event: InboxEvent): Promise<boolean> {
    const { inbox, clock, log } = this.options
    try {
      // Background work: its Okta reads queue on the rate-limit budget rather than fail for it.
      const result = await waitingForOktaBudget(() => this.handle(event))
      await inbox.complete(event.uuid, result.status, result.outcome, clock.now().toISOString())
      log.info({ eventUuid: event.uuid, eventType: event.eventType, ...result }, 'okta event handled')
      return true
    } catch (error) {
      // `attempts` counts this claim: the first failure waits the base delay.
      const delay = backoffDelay(event.attempts, {
        baseMs: this.options.baseBackoffMs ?? 2_000,
        maxMs: this.options.maxBackoffMs ?? 600_000,
        jitter: 'none',
      })
      const nextAttemptAt = new Date(clock.now().getTime() + delay).toISOString()
      const reason = messageOf(error)
      await inbox.retryLater(event.uuid, reason, nextAttemptAt)
      log.warn(
        { eventUuid: event.uuid, attempts: event.attempts, nextAttemptAt, error: reason },
        'okta event not handled: retrying later',
      )
      return false
    }
  }

  /** Decides what an event means; throws when it must be retried. */
  async handle(event: InboxEvent): Promise<EventOutcome> {
    if (event.eventType !== USER_CREATED) {
      return { status: 'ignored', outcome: `event type ${event.eventType} is not handled` }
    }
    const log = event.event as unknown as LogEventShape
    if (log.outcome?.result !== undefined && log.outcome.result !== 'SUCCESS') {
      return { status: 'ignored', outcome: `the creation failed (${log.outcome.result})` }
    }
    const target = log.target?.find((t) => t.type === 'User')
    if (!target) return { status: 'ignored', outcome: 'the event names no user' }
    if (await this.createdByBridge(log, target.id)) {
      return { status: 'ignored', outcome: 'created by the bridge (a joiner, which has its own ticket)' }
    }
    const { okta, servicenow } = this.options
    const known = await this.options.onboarding.byUser(target.id)
    if (known) {
      // A retry of an event that failed after the incident was recorded (or a second event for the user):
      // while undecided, the hold is ensured again — under its idempotency key, so a hold already made is
      // replayed rather than repeated, and an approval already given is never undone.
      if (known.decision === null) {
        const held = await okta.findUser(target.id)
        const access = held ? await this.manageableAccess(held) : { groups: [], apps: [] }
        if (access.groups.length > 0 || access.apps.length > 0) await this.removeAccess(known, access)
      }
      return { status: 'processed', outcome: `incident ${known.incidentNumber} already opened` }
    }

    const user = await okta.findUser(target.id)
    if (!user) return { status: 'ignored', outcome: 'the user no longer exists in Okta' }
    if (!servicenow) throw new Error('ServiceNow is not configured (SERVICENOW_URL): the incident waits')
    const access = await this.manageableAccess(user)
    const incident = await this.openIncident(servicenow, user, creationOf(log, event.uuid), access)
    const onboarding = await this.options.onboarding.open(
      {
        oktaUserId: user.id,
        login: user.profile.login,
        incidentSysId: incident.sys_id!,
        incidentNumber: incident.number!,
        eventUuid: event.uuid,
      },
      this.options.clock.now().toISOString(),
    )
    if (access.groups.length > 0 || access.apps.length > 0) await this.removeAccess(onboarding, access)
    return { status: 'processed', outcome: `incident ${onboarding.incidentNumber} opened` }
  }

  /** The bridge's own creations: its service app is the actor, or its audit recorded the create. */
  private async createdByBridge(log: LogEventShape, userId: string): Promise<boolean> {
    if (log.actor.id === this.options.bridgeClientId) return true
    const audited = await this.options.store.audit({ oktaUserId: userId })
    return audited.some((entry) => entry.operation === 'createUser')
  }

  /** The manageable (policy) groups and apps the user holds. */
  private async manageableAccess(user: OktaUser): Promise<{ groups: string[]; apps: string[] }> {
    const { okta, policy } = this.options
    const { manageableGroups, manageableApps, protectedGroups, protectedApps } = policy.document
    const manageable = (list: readonly string[], protectedIds: readonly string[], id: string) =>
      (list.includes('*') || list.includes(id)) && !protectedIds.includes(id)
    const memberOf = await okta.listUserGroupIds(user.id)
    // Apps cannot be listed per user through the port: the policy's named apps are checked one by one. A
    // wildcard policy names none; group-based app assignments go with the groups removed.
    const appIds = manageableApps.filter((id) => id !== '*' && !protectedApps.includes(id))
    const assigned = await Promise.all(appIds.map((appId) => okta.isAssignedToApp(appId, user.id)))
    return {
      groups: memberOf.filter((id) => manageable(manageableGroups, protectedGroups, id)).sort(),
      apps: appIds.filter((_, i) => assigned[i]).sort(),
    }
  }

  /** The incident for the user: found by correlation id (an earlier attempt's), else created. */
  private async openIncident(
    servicenow: ServiceNowPort,
    user: OktaUser,
    creation: CreationContext,
    access: { groups: string[]; apps: string[] },
  ): Promise<ServiceNowRecord> {
    const correlationId = correlationIdOf(user.id)
    const [existing] = await servicenow.query(
      'incident',
      { where: [{ field: 'correlation_id', value: correlationId }] },
      { limit: 1 },
    )
    if (existing) return existing
    const fields = incidentFields(user, creation)
    if (access.groups.length > 0 || access.apps.length > 0) {
      fields.description += `\nAccess found at creation, being removed until approval: groups ${access.groups.join(', ') || '(none)'}; apps ${access.apps.join(', ') || '(none)'}`
    }
    const created = await servicenow.createRecord('incident', fields)
    if (!created.sys_id || !created.number)
      throw new Error('ServiceNow created the incident without sys_id or number')
    return created
  }

  /** Removes access found at creation through a `mover` execution on the incident (audited, resumable). */
  private async removeAccess(
    onboarding: OnboardingRecord,
    access: { groups: string[]; apps: string[] },
  ): Promise<void> {
    const ticket = {
      number: onboarding.incidentNumber,
      sysId: onboarding.incidentSysId,
      requestedBy: 'okta',
    }
    const input = FLOWS.mover.input.parse({
      ticket,
      user: { id: onboarding.oktaUserId },
      ...(access.groups.length > 0 ? { removeGroups: access.groups } : {}),
      ...(access.apps.length > 0 ? { removeApps: access.apps } : {}),
    }) as FlowInput<'mover'>
    const submission = await this.options.executions.submit({
      flow: 'mover',
      input,
      caller: PROCESSOR_CALLER,
      idempotencyKey: `onboarding-hold:${onboarding.oktaUserId}`,
      requestHash: createHash('sha256').update(canonicalJson(input)).digest('hex'),
      ticket,
    })
    this.options.log.info(
      {
        incident: onboarding.incidentNumber,
        executionId: 'executionId' in submission ? submission.executionId : submission.view.executionId,
      },
      'removing access found at creation until the onboarding is approved',
    )
  }
}

/** Who created the user and how, from the event. */
function creationOf(log: LogEventShape, eventUuid: string): CreationContext {
  const actor = log.actor
  const name = actor.displayName?.trim() || actor.id
  const createdBy = actor.alternateId && actor.alternateId !== name ? `${name} (${actor.alternateId})` : name
  const transaction = log.transaction?.type ?? 'unknown'
  const agent = log.client?.userAgent?.rawUserAgent
  const via =
    actor.type === 'User'
      ? 'Okta admin console or self-service'
      : actor.type === 'PublicClientApp'
        ? `API client ${actor.id}`
        : actor.type
  return {
    createdBy,
    createdVia: `${via} (${transaction}${agent && agent !== 'unknown' ? `, ${agent}` : ''})`,
    eventUuid,
  }
}

function messageOf(error: unknown): string {
  if (error instanceof ServiceNowError) return `ServiceNow ${error.kind} (${error.status}): ${error.message}`
  return error instanceof Error ? error.message : String(error)
}
