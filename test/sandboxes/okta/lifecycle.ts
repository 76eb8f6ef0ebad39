/**
 * Okta's user lifecycle: which `POST /api/v1/users/{id}/lifecycle/{operation}` calls are legal from
 * which status, where they lead, and the error Okta answers otherwise.
 *
 * The table lives in one place so the user routes, the `_links` Okta advertises on a user and the
 * DELETE-deactivates-first rule all agree.
 */
import { notAllowedInStatus, OktaApiError } from './errors.js'

/** The statuses a user can be in (Okta's `UserStatus`). */
export type UserStatus =
  | 'STAGED'
  | 'PROVISIONED'
  | 'ACTIVE'
  | 'RECOVERY'
  | 'PASSWORD_EXPIRED'
  | 'LOCKED_OUT'
  | 'SUSPENDED'
  | 'DEPROVISIONED'

/** Every status, in Okta's order of a user's life. */
export const USER_STATUSES: readonly UserStatus[] = [
  'STAGED',
  'PROVISIONED',
  'ACTIVE',
  'RECOVERY',
  'PASSWORD_EXPIRED',
  'LOCKED_OUT',
  'SUSPENDED',
  'DEPROVISIONED',
]

/** The lifecycle operations the sandbox implements (the path segment after `/lifecycle/`). */
export type LifecycleOperation =
  | 'activate'
  | 'reactivate'
  | 'deactivate'
  | 'suspend'
  | 'unsuspend'
  | 'unlock'
  | 'reset_password'
  | 'expire_password'
  | 'expire_password_with_temp_password'

/** Every lifecycle operation. */
export const LIFECYCLE_OPERATIONS: readonly LifecycleOperation[] = [
  'activate',
  'reactivate',
  'deactivate',
  'suspend',
  'unsuspend',
  'unlock',
  'reset_password',
  'expire_password',
  'expire_password_with_temp_password',
]

/** Statuses in which the user has completed activation ("active" in the wide sense Okta uses). */
const ACTIVATED: ReadonlySet<UserStatus> = new Set(['ACTIVE', 'RECOVERY', 'PASSWORD_EXPIRED', 'LOCKED_OUT'])

/** What a legal transition does. `to` may depend on whether the user has a password. */
export interface TransitionResult {
  to: UserStatus
}

/**
 * Applies Okta's rules for `operation` to a user in `from`.
 * Returns the status the user ends in, or throws the {@link OktaApiError} Okta answers.
 */
export function transition(
  operation: LifecycleOperation,
  from: UserStatus,
  hasPassword: boolean,
): TransitionResult {
  switch (operation) {
    case 'activate':
      // A user without a password cannot be ACTIVE until they finish the activation flow.
      if (from === 'STAGED' || from === 'DEPROVISIONED') return { to: hasPassword ? 'ACTIVE' : 'PROVISIONED' }
      throw new OktaApiError(403, 'E0000016', 'Activation failed because the user is already active')
    case 'reactivate':
      // Restarts the activation flow; the status does not move.
      if (from === 'PROVISIONED' || from === 'RECOVERY') return { to: from }
      throw notAllowedInStatus()
    case 'deactivate':
      if (from !== 'DEPROVISIONED') return { to: 'DEPROVISIONED' }
      throw notAllowedInStatus()
    case 'suspend':
      if (from === 'ACTIVE') return { to: 'SUSPENDED' }
      throw new OktaApiError(400, 'E0000001', 'Api validation failed: status', [
        'status: Cannot suspend a user that is not active',
      ])
    case 'unsuspend':
      if (from === 'SUSPENDED') return { to: 'ACTIVE' }
      throw new OktaApiError(400, 'E0000001', 'Api validation failed: status', [
        'status: Cannot unsuspend a user that is not suspended',
      ])
    case 'unlock':
      if (from === 'LOCKED_OUT') return { to: 'ACTIVE' }
      throw new OktaApiError(403, 'E0000032', 'Unlock is not allowed for this user.')
    case 'reset_password':
      // Also the way out of LOCKED_OUT and PASSWORD_EXPIRED: the user sets a new password.
      if (ACTIVATED.has(from) || from === 'PROVISIONED') return { to: 'RECOVERY' }
      throw notAllowedInStatus()
    case 'expire_password':
    case 'expire_password_with_temp_password':
      if (ACTIVATED.has(from)) return { to: 'PASSWORD_EXPIRED' }
      throw notAllowedInStatus()
  }
}

/** The lifecycle operations legal from `status`: what Okta advertises in a user's `_links`. */
export function legalOperations(status: UserStatus, hasPassword: boolean): LifecycleOperation[] {
  return LIFECYCLE_OPERATIONS.filter((operation) => {
    try {
      transition(operation, status, hasPassword)
      return true
    } catch {
      return false
    }
  })
}

/** Statuses that list calls without `search`/`filter` leave out, as Okta does. */
export function hiddenFromDefaultList(status: UserStatus): boolean {
  return status === 'DEPROVISIONED'
}

export { ACTIVATED as ACTIVATED_STATUSES }
