/**
 * The errors a flow can end in. Each has a stable `code` (the discriminant of {@link FlowErrorCode})
 * and the HTTP status the bridge answers with; `bridge/http` renders them as RFC 9457 problem+json.
 * Flows never speak HTTP themselves: the status is part of the error's meaning, not its transport.
 * {@link toFlowError} translates what the ports and the policy throw into them.
 */
import type { PlanStep } from '../../shared/index.js'
import type { Clock } from '../clock.js'
import { BridgeError, ERRORS, type FLOW_ERROR_CODES } from '../errors.js'
import { PolicyViolation } from '../policy/policy.js'
import { OktaError } from '../ports/okta.js'

/** Every flow error code (listed, with its status and title, in `bridge/errors.ts`). */
export type FlowErrorCode = (typeof FLOW_ERROR_CODES)[number]

/** A flow failure. `extensions` become members of the problem document (never secrets). */
export class FlowError extends BridgeError<FlowErrorCode> {
  constructor(
    code: FlowErrorCode,
    detail: string,
    extensions: Record<string, unknown> = {},
    retryAfterSeconds?: number,
  ) {
    super(code, detail, { extensions, retryAfterSeconds })
  }

  /** The HTTP status the bridge answers with (from the one table): part of the failure's meaning. */
  get status(): number {
    return ERRORS[this.code].status
  }

  /** The problem's title (from the one table). */
  get title(): string {
    return ERRORS[this.code].title
  }
}

/**
 * Translates what Okta answered, or what the policy refused, into the flow error a caller can act on. `clock`
 * is the engine's: a rate limit's `Retry-After` counts from the time the flows decide by, so a test on a manual
 * clock gets the same answer at any wall-clock time. `step` is the plan step that failed, if one did. Anything
 * else is rethrown unchanged (it becomes `internal`).
 */
export function toFlowError(
  error: unknown,
  clock: Clock,
  step?: Pick<PlanStep, 'operation' | 'target'>,
): FlowError {
  if (error instanceof FlowError) return error
  if (error instanceof PolicyViolation)
    return new FlowError('policy-violation', error.message, error.extensions)
  if (!(error instanceof OktaError)) throw error
  const okta = {
    oktaErrorCode: error.oktaCode,
    oktaErrorSummary: error.message,
    ...(error.causes.length > 0 ? { oktaErrorCauses: error.causes } : {}),
    oktaRequestId: error.oktaRequestId,
    ...(step ? { operation: step.operation, target: step.target } : {}),
  }
  switch (error.code) {
    case 'okta-api-not-found':
      if (step?.target.groupId && step.operation.endsWith('GroupMember')) {
        return new FlowError('group-not-found', `Okta has no group ${step.target.groupId}.`, okta)
      }
      if (step?.target.appId && step.operation.endsWith('App')) {
        return new FlowError('app-not-found', `Okta has no app ${step.target.appId}.`, okta)
      }
      return new FlowError('user-not-found', 'Okta has no such user.', okta)
    case 'okta-api-conflict':
      return new FlowError('illegal-transition', error.message, okta)
    case 'okta-api-invalid':
      return new FlowError('okta-rejected', error.message, okta)
    case 'okta-api-forbidden':
      return new FlowError(
        'okta-forbidden',
        'Okta refused the bridge’s service app: check its scopes, admin role and resource set (npm run scopes).',
        okta,
      )
    case 'okta-api-rate-limited': {
      const seconds = error.retryAt
        ? Math.max(1, Math.ceil((error.retryAt - clock.now().getTime()) / 1000))
        : 60
      return new FlowError(
        'okta-rate-limited',
        'Okta’s rate limit would be exceeded; try again later.',
        okta,
        seconds,
      )
    }
    case 'okta-api-unavailable':
      return new FlowError(
        'okta-unavailable',
        error.notMade
          ? 'Okta did not answer; the bridge checked and the change was not made, so a retry is safe.'
          : 'Okta did not answer; the change may or may not have been made.',
        okta,
      )
    case 'okta-api-auth':
      return new FlowError('okta-auth-failed', error.message, { oktaErrorCode: error.oktaCode })
  }
}
