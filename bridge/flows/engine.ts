/**
 * Runs flows: plan against Okta's current state, check the whole plan against the policy, compare it
 * with the plan an approver saw, then apply it phase by phase and report every Okta change with the
 * request id Okta's System Log records it under.
 */
import { createHash, randomUUID } from 'node:crypto'
import type {
  Change,
  DryRunResult,
  FlowInput,
  FlowName,
  InvocationResult,
  PlanStep,
} from '../../shared/index.js'
import { type Clock, systemClock } from '../clock.js'
import type { Policy } from '../policy/policy.js'
import type { OktaPort, OktaPortFactory } from '../ports/okta.js'
import { canonicalJson } from './canonical-json.js'
import { FlowError, toFlowError } from './errors.js'
import { refuseProtectedMembers, refuseToxicCombinations } from './guards.js'
import type { ApplyState, Caller, FlowContext, FlowOperation, FlowServices, Plan, Step } from './operation.js'
import { FLOW_OPERATIONS } from './registry.js'
import { summarize } from './summary.js'

/**
 * Okta calls one execution may have under way at once: enough for a joiner's reads (its login, ten groups,
 * five apps) to go in one round, and well under an org's concurrency limit (75 on most orgs), which every
 * client of the org shares.
 */
export const DEFAULT_CONCURRENCY = 16

// Declared with the flow contract, which must not depend on the engine; re-exported for the engine's callers.
export type { Caller }

/** What the engine needs. */
export interface EngineDeps {
  /** Makes an Okta port holding only the given scopes. */
  okta: OktaPortFactory
  policy: Policy
  /** At most this many Okta calls of one execution at once (default {@link DEFAULT_CONCURRENCY}). */
  concurrency?: number
  newExecutionId?: () => string
  /** The clock flows decide by (grant end dates); default the system clock. */
  clock?: Clock
  /** The bridge's records and neighbours flows may consult (grants, the audit, ServiceNow). */
  services?: FlowServices
}

/** How to invoke. */
export interface InvokeOptions {
  dryRun: boolean
  caller: Caller
  /** The execution this run belongs to (the store created it); a new id otherwise. */
  executionId?: string
  /**
   * A resumed execution (after a crash, or a retry of a failed one): the plan is computed afresh against
   * Okta's current state — which is what makes resuming safe — so the approved plan hash no longer applies.
   */
  resume?: boolean
  /** The plan an earlier attempt of this execution recorded (see {@link FlowContext.priorPlan}). */
  priorPlan?: readonly PlanStep[] | undefined
  /** Where the plan and every completed step are recorded as they happen. */
  hooks?: ApplyHooks
}

/** A step's result, as reported to {@link ApplyHooks.onSteps}. */
export interface StepOutcome {
  operation: PlanStep['operation']
  target: Change['target']
  oktaRequestId: string | null
  outcome: 'succeeded' | 'failed'
  error: string | null
}

/**
 * Recording hooks. Awaited before the run goes on, so a step is durable before the next phase starts and
 * a crash loses at most the steps in flight — which the resumed plan re-checks against Okta.
 */
export interface ApplyHooks {
  onPlan?(steps: PlanStep[], planHash: string): Promise<void>
  /**
   * Steps that ended together, in plan order: a failed step alone, or a succeeded one with every step its call
   * carried out (a joiner's groups, added by the create call) — recorded together, as they happened together.
   */
  onSteps?(outcomes: StepOutcome[]): Promise<void>
}

/** The flow engine. */
export class FlowEngine {
  private readonly concurrency: number
  private readonly newExecutionId: () => string
  private readonly clock: Clock

  constructor(private readonly deps: EngineDeps) {
    this.concurrency = deps.concurrency ?? DEFAULT_CONCURRENCY
    this.clock = deps.clock ?? systemClock
    this.newExecutionId = deps.newExecutionId ?? (() => `exe_${randomUUID()}`)
  }

  /** The OAuth scopes a flow's token holds. */
  scopesFor(flow: FlowName): readonly string[] {
    return FLOW_OPERATIONS[flow].scopes
  }

  /**
   * Invokes a flow with an input already validated against its schema. A dry run answers the plan and
   * changes nothing; a real run applies it (refusing if `expectedPlanHash` no longer matches).
   */
  async invoke<F extends FlowName>(
    flow: F,
    input: FlowInput<F>,
    options: InvokeOptions,
  ): Promise<DryRunResult | InvocationResult> {
    const operation = FLOW_OPERATIONS[flow] as unknown as FlowOperation<F>
    // Reads too: a mover naming 50 groups and 50 apps reads 150 objects while planning, and every call over
    // Okta's per-org concurrency limit is a 429 and a `rate_limit.violation` in the customer's System Log.
    const okta = boundedPort(this.deps.okta(operation.scopes), this.concurrency)
    const executionId = options.executionId ?? this.newExecutionId()
    const context: FlowContext = {
      dryRun: options.dryRun,
      executionId,
      priorPlan: options.priorPlan,
      caller: options.caller,
      clock: this.clock,
      policy: this.deps.policy,
      services: this.deps.services ?? {},
    }
    const plan = await operation.plan(input, okta, context).catch((error: unknown) => {
      throw toFlowError(error, this.clock)
    })
    // A flow planning an operation it does not declare is a bug: the service app's admin role, derived from
    // the declarations, would lack its permission on a real org. Refused before any write.
    const undeclared = plan.steps.find((step) => !operation.operations.includes(step.operation))
    if (undeclared) throw new Error(`flow ${flow} planned ${undeclared.operation}, which it does not declare`)
    // The whole plan is checked before the first write: a refused request changes nothing in Okta. The rules
    // that need Okta's state (protected groups' members, toxic combinations) hold for every flow.
    try {
      this.deps.policy.check(flow, plan.steps, plan.user)
    } catch (error) {
      throw toFlowError(error, this.clock)
    }
    await refuseProtectedMembers(this.deps.policy, okta, plan).catch((error: unknown) => {
      throw toFlowError(error, this.clock)
    })
    await refuseToxicCombinations(this.deps.policy, okta, plan, context.services).catch((error: unknown) => {
      throw toFlowError(error, this.clock)
    })
    const steps = plan.steps.map(publicStep)
    const planHash = hashPlan(flow, steps)
    if (options.dryRun) {
      return { flow, dryRun: true, planHash, plan: { steps, summary: steps.map(summarize) } }
    }
    const expected = (input as { expectedPlanHash?: string }).expectedPlanHash
    if (!options.resume && expected !== undefined && expected !== planHash) {
      throw new FlowError(
        'plan-changed',
        'The approved plan hash (expectedPlanHash) does not match the plan computed for this request now; review and approve the current plan, shown here.',
        { expectedPlanHash: expected, planHash, plan: { steps, summary: steps.map(summarize) } },
      )
    }
    await options.hooks?.onPlan?.(steps, planHash)
    const state: ApplyState = { userId: plan.user?.id, changes: [] }
    const changes = await this.apply(plan, okta, state, options.hooks)
    state.changes = changes
    return { executionId, flow, status: 'succeeded', output: await plan.output(state), changes }
  }

  /** Applies a plan phase by phase; on failure, reports the changes already made with the error. */
  private async apply(
    plan: Plan<FlowName>,
    okta: ReturnType<OktaPortFactory>,
    state: ApplyState,
    hooks: ApplyHooks | undefined,
  ): Promise<Change[]> {
    const requestIds = new Map<number, string | null>()
    const phases = [...new Set(plan.steps.map((step) => step.phase))].sort((a, b) => a - b)
    const made = (): Change[] =>
      plan.steps.flatMap((step, index) => {
        const id = requestIds.has(index) ? requestIds.get(index) : requestIds.get(step.carriedBy ?? -1)
        if (id === undefined) return []
        return [
          {
            operation: step.operation,
            target: { ...step.target, ...userOf(step, state) },
            oktaRequestId: id,
          },
        ]
      })
    for (const phase of phases) {
      const runnable = plan.steps.flatMap((step, index) =>
        step.phase === phase && step.apply ? [{ step, index }] : [],
      )
      const failures: unknown[] = []
      await forEachBounded(runnable, this.concurrency, async ({ step, index }) => {
        if (failures.length > 0) return
        let written: { requestId: string | null }
        try {
          written = await step.apply!(okta, state)
        } catch (error) {
          const failure = toFlowError(error, this.clock, step)
          failures.push(failure)
          await hooks?.onSteps?.([
            { ...outcomeOf(step, state, null), outcome: 'failed', error: failure.message },
          ])
          return
        }
        requestIds.set(index, written.requestId)
        // The step and every step it carried out (a joiner's groups, added by the create call).
        await hooks?.onSteps?.(
          plan.steps.flatMap((done, i) =>
            i === index || done.carriedBy === index
              ? [{ ...outcomeOf(done, state, written.requestId), outcome: 'succeeded' as const, error: null }]
              : [],
          ),
        )
      })
      if (failures.length > 0) {
        const first = failures[0] as FlowError
        throw new FlowError(
          first.code,
          first.message,
          { ...first.extensions, changes: made() },
          first.retryAfterSeconds,
        )
      }
    }
    return made()
  }
}

/** The plan hash: SHA-256 of the canonical JSON of the flow and its steps. */
export function hashPlan(flow: string, steps: readonly PlanStep[]): string {
  return createHash('sha256').update(canonicalJson({ flow, steps })).digest('hex')
}

function publicStep(step: Step): PlanStep {
  const { operation, target, details } = step
  return details === undefined ? { operation, target } : { operation, target, details }
}

function outcomeOf(step: Step, state: ApplyState, oktaRequestId: string | null) {
  return { operation: step.operation, target: { ...step.target, ...userOf(step, state) }, oktaRequestId }
}

function userOf(step: Step, state: ApplyState): { userId?: string } {
  return step.target.userId === undefined && state.userId !== undefined ? { userId: state.userId } : {}
}

/** The port with at most `limit` of its calls under way at once; further calls wait their turn. */
function boundedPort(port: OktaPort, limit: number): OktaPort {
  let active = 0
  const waiting: (() => void)[] = []
  const acquire = (): Promise<void> => {
    if (active < limit) {
      active++
      return Promise.resolve()
    }
    return new Promise((resolve) => waiting.push(resolve))
  }
  // A finished call hands its slot straight to the next waiting one.
  const release = () => {
    const next = waiting.shift()
    if (next) next()
    else active--
  }
  return new Proxy(port, {
    get(target, name, receiver) {
      const value = Reflect.get(target, name, receiver) as unknown
      if (typeof value !== 'function') return value
      return async (...args: unknown[]) => {
        await acquire()
        try {
          return await value.apply(target, args)
        } finally {
          release()
        }
      }
    },
  })
}

/** Runs `work` over `items` with at most `limit` at once. */
async function forEachBounded<T>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0
  const worker = async () => {
    while (next < items.length) await work(items[next++]!)
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
}
