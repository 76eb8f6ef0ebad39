/**
 * Who may call the bridge, and for what: the permissions a credential can hold (each flow, and the
 * pseudo-flows `audit`, `reconcile`, `catalog`, `grants.manage`) and the inbound credential settings that
 * carry them (client tokens, OAuth issuers).
 *
 * A module of its own because both sides need it without needing each other: the configuration parses
 * `BRIDGE_CLIENT_TOKENS` into these permissions, and the HTTP layer's authenticator checks them.
 */
import { FLOW_NAMES, type FlowName } from '../../shared/index.js'

/**
 * The pseudo-flow that allows reading the audit (`GET /api/audit…`): a client token lists it among its
 * `flows` (an unrestricted token has it), an OAuth token holds the scope `jml.audit`. A permission of its
 * own because the audit shows every ticket's changes — more than any one flow's caller needs to see.
 */
export const AUDIT_PERMISSION = 'audit'

/**
 * The pseudo-flow that allows reconciliation (`POST /api/reconcile`): `reconcile` in a client token's `flows`
 * (an unrestricted token has it), or the OAuth scope `jml.reconcile`. Its own permission because a report
 * lists who holds what across every watched group and app, and a repair changes access under the caller's
 * ticket — neither belongs to any one flow's caller.
 */
export const RECONCILE_PERMISSION = 'reconcile'

/**
 * The permission to end or extend anyone's grant (`revoke-access`, `extend-access`): `grants.manage` in a client
 * token's `flows` (an unrestricted token has it), or the OAuth scope `jml.grants.manage`. Without it a caller
 * may end or extend only the grants it created itself — holding `revoke-access` is not enough, because a token
 * with that flow could otherwise take away access someone else's request gave.
 */
export const GRANTS_MANAGE_PERMISSION = 'grants.manage'

/**
 * The pseudo-flow that allows reading the Okta catalog (`GET /api/catalog/resources`): `catalog` in a client
 * token's `flows` (an unrestricted token has it), or the OAuth scope `jml.catalog`. Its own permission because
 * the catalog names every manageable group and app — what a ServiceNow admin's sync needs, no flow caller.
 */
export const CATALOG_PERMISSION = 'catalog'

/** What a credential may be allowed: invoking a flow, reading the audit or the catalog, reconciling, managing every grant. */
export type Permission =
  | FlowName
  | typeof AUDIT_PERMISSION
  | typeof RECONCILE_PERMISSION
  | typeof GRANTS_MANAGE_PERMISSION
  | typeof CATALOG_PERMISSION

/** Every permission a credential can hold, in a stable order (what `GET /api/whoami` checks one by one). */
export const PERMISSIONS: readonly Permission[] = [
  ...FLOW_NAMES,
  AUDIT_PERMISSION,
  RECONCILE_PERMISSION,
  CATALOG_PERMISSION,
  GRANTS_MANAGE_PERMISSION,
]

/** An inbound client token (Okta Workflows' `x-api-client-token`), optionally limited to some flows. */
export interface ClientToken {
  /** A name for logs and the caller id (never the token itself). */
  name: string
  token: string
  /**
   * The flows this token may invoke, and the pseudo-flows `audit`, `reconcile` and `catalog` when it may read
   * the audit, reconcile or read the Okta catalog; `undefined` means all of them.
   */
  flows: readonly Permission[] | undefined
}

/** Where OAuth 2.0 bearer JWTs come from. */
export interface OAuthConfig {
  issuer: string
  audience: string
  /** The JWKS URL; when absent it is discovered from the issuer's metadata. */
  jwksUrl: string | undefined
}
