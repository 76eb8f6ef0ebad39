/**
 * The bridge's memory: executions and their steps, idempotency, and the tamper-evident audit trail that
 * ties every Okta change to the ServiceNow ticket that asked for it. The engine and the HTTP layer depend
 * on this port; `adapters/store` implements it (SQLite embedded; the same queries serve Postgres).
 *
 * Invariants the implementations keep, because exactly-once effects rest on them:
 * - an idempotency key belongs to one execution, claimed atomically (two identical requests arriving at
 *   the same moment: one runs, the other finds it) — until a refusal that changed nothing releases it;
 * - a step and its audit entry are written in one transaction, so the audit holds each change exactly once;
 * - audit entries form a hash chain appended by one writer at a time.
 */
import type { FlowName, PlanStep, Target, Ticket } from '../../shared/index.js'
import { BridgeError } from '../errors.js'

/**
 * Where an execution is. `running` survives a crash: once its replica's lease runs out, a live replica (or the
 * next start) resumes it.
 */
export type ExecutionStatus = 'running' | 'succeeded' | 'failed'

/** No execution has that id (code `store-execution-missing`): a caller recording into an execution it never made. */
export class ExecutionNotFoundError extends BridgeError<'store-execution-missing'> {
  constructor(readonly executionId: string) {
    super('store-execution-missing', `no execution ${executionId}`)
  }
}

/**
 * The execution is not in the state the change requires (restarting one that is not failed, finishing
 * one that already finished): code `store-execution-state`. It is how a lost race shows: of two retries of
 * a failed execution, one restarts it and the other gets this error.
 */
export class ExecutionStateError extends BridgeError<'store-execution-state'> {
  constructor(
    readonly executionId: string,
    readonly status: ExecutionStatus,
    action: string,
  ) {
    super('store-execution-state', `cannot ${action} execution ${executionId}: it is ${status}`)
  }
}

/**
 * The replica writing into an execution no longer holds it (code `store-execution-lease-lost`): its lease ran out
 * (a paused process, a clock jump) and another replica claimed the execution. The write is refused in the
 * transaction that checked, and the run stops: the new holder carries it on.
 */
export class ExecutionLeaseLostError extends BridgeError<'store-execution-lease-lost'> {
  constructor(
    readonly executionId: string,
    readonly holder: string,
  ) {
    super(
      'store-execution-lease-lost',
      `execution ${executionId} is no longer held by this replica: another replica took it over`,
    )
  }
}

/**
 * A replica's hold on a running execution: `holder` (a replica id, chosen once per process) runs it until
 * `until` (ISO-8601 UTC) unless it renews. A lease that ran out is free: any replica may claim it.
 */
export interface ExecutionLease {
  holder: string
  until: string
}

/** What {@link ExecutionStore.claimLapsed} claims, and for whom. */
export interface LapsedClaim {
  /** The claiming replica. */
  holder: string
  /** ISO-8601 UTC: executions whose lease ended by then (or that have none) are free. */
  now: string
  /** ISO-8601 UTC: the new lease's end. */
  until: string
  /** At most this many, oldest first. */
  limit: number
}

/** Who invoked a flow, as the HTTP layer authenticated them. */
export interface CallerRecord {
  /** `system`: the bridge itself (the expiry scheduler). */
  kind: 'client-token' | 'oauth' | 'system'
  id: string
  /** Held `grants.manage` when it invoked (kept so a resumed run is judged as the first was). */
  manageGrants?: boolean
}

/** What is known when an execution is created (before its first Okta write). */
export interface NewExecution {
  id: string
  flow: FlowName
  idempotencyKey: string
  /** SHA-256 of the canonical request body: a retry with another body under the same key is refused. */
  requestHash: string
  ticket: Ticket
  caller: CallerRecord
  /** The validated input (defaults applied), kept to resume after a crash. */
  input: unknown
}

/** The error an execution failed with, as the problem document's members. */
export interface ExecutionError {
  code: string
  status: number
  title: string
  detail: string
  extensions?: Record<string, unknown>
}

/** A stored execution. */
export interface ExecutionRecord extends NewExecution {
  status: ExecutionStatus
  plan: PlanStep[] | null
  planHash: string | null
  output: unknown
  error: ExecutionError | null
  /** How many times it was started (a failed execution retried under its key starts again). */
  attempts: number
  createdAt: string
  updatedAt: string
  finishedAt: string | null
}

/** One Okta operation an execution performed (or tried to). */
export interface StepRecord {
  executionId: string
  /** Order of completion within the execution. */
  seq: number
  /** The attempt of the execution that performed it. */
  attempt: number
  operation: PlanStep['operation']
  target: Target
  oktaRequestId: string | null
  outcome: 'succeeded' | 'failed'
  error: string | null
  at: string
}

/** A step as the engine reports it. */
export type StepInput = Omit<StepRecord, 'executionId' | 'seq' | 'at'>

/** The pseudo-flow of a reconciliation baseline's execution: it changes nothing in Okta, it accepts access. */
export const BASELINE_FLOW = 'reconcile-baseline'

/** The audit operation of access accepted by a baseline (not an Okta operation: no request id, no log event). */
export const ACCEPT_OPERATION = 'acceptAccess'

/**
 * The pseudo-flow of an operator's redelivery of a parked outbox message from the console: it changes nothing
 * in Okta, it puts a message ServiceNow refused back in the queue — still a state change, so it is an execution
 * under the operator's ticket with its entry in the audit chain, like every other console action.
 */
export const REDELIVER_FLOW = 'outbox-redeliver'

/** The audit operation of a redelivered outbox message (not an Okta operation: no request id, no log event). */
export const REDELIVER_OPERATION = 'redeliverMessage'

/** What an audit entry records: an Okta operation, access accepted by a baseline, or a redelivered message. */
export type AuditOperation = PlanStep['operation'] | typeof ACCEPT_OPERATION | typeof REDELIVER_OPERATION

/**
 * The audit operations that are not Okta calls: they have no `X-Okta-Request-Id` to find and no System Log
 * event to join, so the late-join job and the golden thread's join leave them alone.
 */
export const NON_OKTA_OPERATIONS: readonly AuditOperation[] = [ACCEPT_OPERATION, REDELIVER_OPERATION]

/** Whether an audit entry's operation is a call to Okta (so it has a request id and a System Log event). */
export function isOktaOperation(operation: AuditOperation): boolean {
  return !NON_OKTA_OPERATIONS.includes(operation)
}

/**
 * One link of the audit chain: one Okta change, with who asked, who approved and who called — or one access a
 * reconciliation baseline accepted (flow `reconcile-baseline`, operation `acceptAccess`), chained the same way
 * so a baseline cannot be slipped into the database to hide drift — or one parked outbox message an operator
 * redelivered from the console (flow `outbox-redeliver`, operation `redeliverMessage`).
 */
export interface AuditEntry {
  seq: number
  executionId: string
  flow: FlowName | typeof BASELINE_FLOW | typeof REDELIVER_FLOW
  ticketNumber: string
  ticketSysId: string | null
  requestedBy: string
  approvedBy: string | null
  caller: string
  operation: AuditOperation
  target: Target
  oktaUserId: string | null
  oktaRequestId: string | null
  outcome: 'succeeded' | 'failed'
  at: string
  prevHash: string
  hash: string
}

/** The result of recomputing the audit chain. */
export type AuditVerification =
  | { ok: true; entries: number }
  | { ok: false; entries: number; brokenAt: number; reason: string }

/** The outcome of claiming an idempotency key. */
export type Begin =
  | { created: true; execution: ExecutionRecord }
  | { created: false; execution: ExecutionRecord }

/** The execution store. */
export interface ExecutionStore {
  /**
   * Creates the execution and claims its idempotency key in one transaction, or — when the key is taken —
   * answers the execution that holds it (whatever its request hash: the caller compares).
   */
  begin(execution: NewExecution, lease?: ExecutionLease): Promise<Begin>
  /**
   * Starts a failed execution again (a retry under its key): status running, attempts + 1, held by `lease`'s
   * holder when given.
   */
  restart(id: string, lease?: ExecutionLease): Promise<ExecutionRecord>
  /**
   * Records the plan being applied. `holder`, when given, must still hold the execution (checked in the same
   * transaction), else {@link ExecutionLeaseLostError} — so must it for the two writes below.
   */
  recordPlan(id: string, plan: PlanStep[], planHash: string, holder?: string): Promise<void>
  /** Records a completed step, and its audit entry when the step changed Okta (same transaction). */
  recordStep(id: string, step: StepInput, holder?: string): Promise<StepRecord>
  /**
   * Records completed steps in their order, each with its audit entry when it changed Okta, in one transaction:
   * a change and the steps it carried out (a joiner's create call adds the user to its groups) are durable
   * together, with one commit rather than one each. `holder` as for {@link ExecutionStore.recordPlan}.
   */
  recordSteps(id: string, steps: readonly StepInput[], holder?: string): Promise<StepRecord[]>
  /**
   * Ends an execution. `releaseKey`: a refusal that changed nothing gives its idempotency key back (in the
   * same transaction), so the key can name a later request — a refused request claims nothing.
   */
  finish(
    id: string,
    result:
      | { status: 'succeeded'; output: unknown }
      | { status: 'failed'; error: ExecutionError; releaseKey?: boolean },
    holder?: string,
  ): Promise<void>
  /**
   * Claims running executions whose lease has run out (or that never had one: left by an older bridge) for
   * `claim.holder`, by compare-and-set — of two replicas claiming at once, each execution goes to one. Answers
   * those claimed, oldest first.
   */
  claimLapsed(claim: LapsedClaim): Promise<ExecutionRecord[]>
  /**
   * Extends `holder`'s leases on these executions to `until`; answers the ids it still held (and now renewed).
   * An id missing from the answer was lost — taken over by another replica, or finished.
   */
  renewLeases(holder: string, ids: readonly string[], until: string): Promise<string[]>
  /** Ends `holder`'s leases on these executions at `now` (graceful shutdown: another replica takes them at once). */
  releaseLeases(holder: string, ids: readonly string[], now: string): Promise<void>
  /** Who holds a running execution and until when; undefined when it is not running or not held. */
  leaseOf(id: string): Promise<ExecutionLease | undefined>
  /** An execution and its steps. */
  get(id: string): Promise<(ExecutionRecord & { steps: StepRecord[] }) | undefined>
  /** Every execution for a ticket number, oldest first (those that changed nothing included). */
  executionsForTicket(ticketNumber: string): Promise<ExecutionRecord[]>
  /** Executions running, or left running by a crash (a replica's lapsed ones are claimed and resumed). */
  unfinished(): Promise<ExecutionRecord[]>
  /** Audit entries for a ticket number or an Okta user id, oldest first. */
  audit(query: { ticket?: string; oktaUserId?: string }): Promise<AuditEntry[]>
  /** The Okta request ids the audit holds, for changes at or after `since` (orphan detection). */
  auditedRequestIds(since: string): Promise<Set<string>>
  /** Recomputes the hash chain and names the first broken entry. */
  verifyAudit(): Promise<AuditVerification>
  /** Closes the database. */
  close(): Promise<void>
}
