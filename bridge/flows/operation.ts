/**
 * The shape of a flow: an operation object that reads Okta's current state and returns a plan of
 * Okta operations, which the engine checks against policy and then applies. No HTTP in here — the
 * same operation serves a dry run, an approval and the real run (the way discord/access keeps its
 * operations apart from its views).
 *
 * This is the contract between the flows and the engine: the engine and the registry import it, it imports
 * neither, so each flow can be read against this file alone.
 */
import type { Change, FlowInput, FlowName, Operation, PlanStep, Target } from '../../shared/index.js'
import type { Clock } from '../clock.js'
import type { Policy } from '../policy/policy.js'
import type { GrantStore } from '../ports/grants.js'
import type { OktaPort, OktaUser, Written } from '../ports/okta.js'
import type { OnboardingStore } from '../ports/onboarding.js'
import type { OutboxStore } from '../ports/outbox.js'
import type { ServiceNowPort } from '../ports/servicenow.js'
import type { ExecutionStore } from '../ports/store.js'

/** Who invoked a flow, as the HTTP layer authenticated them. */
export interface Caller {
  /** `system`: the bridge itself (the expiry scheduler), acting on a request a person made earlier. */
  kind: 'client-token' | 'oauth' | 'system'
  /** The client token's name or the OAuth client/subject. */
  id: string
  /**
   * Holds `grants.manage` (set by the HTTP layer for `revoke-access`/`extend-access`): may end or extend any
   * grant, not only those it created. Not part of the caller's identity (idempotency keys, the audit).
   */
  manageGrants?: boolean
}

/** State that steps share while a plan is applied (e.g. the id of the user a joiner just created). */
export interface ApplyState {
  userId: string | undefined
  /**
   * The Okta changes this attempt made, with their request ids: filled in once every step has run, before
   * the plan's `output` is called (a flow reporting to ServiceNow quotes them). A resumed execution's earlier
   * attempts are in the execution store, not here.
   */
  changes: Change[]
}

/** One step of a plan: what it is (for people, the policy and the plan hash) and how to do it. */
export interface Step extends PlanStep {
  /**
   * Steps run phase by phase; the steps of one phase run concurrently (bounded), because a joiner's
   * ten groups and five apps should cost about one Okta round trip, not fifteen.
   */
  phase: number
  /**
   * Performs the step. Absent for a step another step carries out (a joiner's groups are added by the
   * create call itself); such a step reports the carrying step's request id.
   */
  apply?: (okta: OktaPort, state: ApplyState) => Promise<Written<unknown>>
  /** Index of the step that carries this one out, when `apply` is absent. */
  carriedBy?: number
}

/** A plan: the steps, and how the flow's output is made once they have run. */
export interface Plan<F extends FlowName> {
  steps: Step[]
  /** The user the flow acts on, when it exists before the run. */
  user: OktaUser | undefined
  output: (state: ApplyState) => FlowOutputOf<F> | Promise<FlowOutputOf<F>>
}

/**
 * The bridge's own records and neighbours a flow may consult beyond Okta. Optional because most flows need
 * none of them; a flow that needs one it was not given fails loudly (a wiring bug, not a user error).
 */
export interface FlowServices {
  /** Time-bound access grants (`grant-access`, `revoke-access`, `extend-access`). */
  grants?: GrantStore
  /** The execution store and its audit trail (what JML flows granted: birthrights). */
  store?: ExecutionStore
  /** The ServiceNow instance (re-reading a ticket instead of trusting the payload). */
  servicenow?: ServiceNowPort
  /** Messages to ServiceNow, delivered after the run and never lost (reports, closing incidents). */
  outbox?: OutboxStore
  /**
   * Users born in Okta and their approval incidents (`onboarding-decision`), with what a rejection does —
   * a deployment setting (`ONBOARDING_REJECT_ACTION`) rather than part of the request, so a caller cannot
   * pick the milder outcome.
   */
  onboarding?: { store: OnboardingStore; rejectAction: 'deactivate' | 'suspend' }
}

/** What a flow's plan may know besides its input and Okta. */
export interface FlowContext {
  /** A dry run: the plan is shown, nothing is recorded or changed. */
  dryRun: boolean
  /** The execution this run is (a dry run gets an id that is never recorded). */
  executionId: string
  /**
   * The plan this execution recorded on an earlier attempt (a resume after a crash or a retry of a failed
   * run): what the first attempt set out to do, so a flow can tell its own earlier changes from Okta's
   * state before the request.
   */
  priorPlan: readonly PlanStep[] | undefined
  caller: Caller
  clock: Clock
  policy: Policy
  services: FlowServices
}

/** A flow as the engine runs it. */
export interface FlowOperation<F extends FlowName> {
  name: F
  /**
   * Every Okta operation the flow's plans can contain. Declared beside the scopes because the least-privilege
   * report derives the admin role's permissions from it (the sandbox checks scopes, not admin roles, so a
   * missing one would only show on a real org); the engine refuses a plan that strays from it.
   */
  operations: readonly Operation[]
  /** The OAuth scopes the flow's Okta calls need — the only ones its token will hold. */
  scopes: readonly string[]
  /** Reads Okta and decides what to do. Throws a FlowError when the request cannot be carried out. */
  plan(input: FlowInput<F>, okta: OktaPort, context: FlowContext): Promise<Plan<F>>
}

/** A flow's output type. */
export type FlowOutputOf<F extends FlowName> = import('../../shared/index.js').FlowOutput<F>

/** The public description of a plan step: the Okta operation, its target and, when given, the details people read. */
export function describeStep(
  operation: Operation,
  target: Target,
  details?: Record<string, unknown>,
): PlanStep {
  return details === undefined ? { operation, target } : { operation, target, details }
}
