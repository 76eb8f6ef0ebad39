/**
 * Names shared by the Fluent records and the code that uses them: the REST message and its functions,
 * their substitution variables, and the system properties. Fluent files import these at build time, and
 * the instance imports them at run time, so a record and the script calling it cannot drift apart.
 */
import type { FlowName } from './contract.ts'

/** The application scope; every property and table name starts with it. */
export const SCOPE = 'x_okta_jml'

/** The REST message (`sys_rest_message.name`), the first argument of `RESTMessageV2`. */
export const REST_MESSAGE_NAME = 'Okta JML Bridge'

/**
 * The REST message function of every bridge flow. `satisfies` makes the build fail when the contract in
 * `shared/` gains a flow that has no function here.
 */
export const FLOW_FUNCTIONS = {
  joiner: 'joiner',
  mover: 'mover',
  leaver: 'leaver',
  rehire: 'rehire',
  'reset-password': 'reset_password',
  unlock: 'unlock',
  'revoke-sessions': 'revoke_sessions',
  'grant-access': 'grant_access',
  'revoke-access': 'revoke_access',
  'extend-access': 'extend_access',
  'onboarding-decision': 'onboarding_decision',
} as const satisfies Record<FlowName, string>

/**
 * The REST message functions of the bridge's setup endpoints: GET, no body, only `${base_url}`. `whoami`
 * (`GET /api/whoami`) tells Test connection who the credential is; `catalog_resources`
 * (`GET /api/catalog/resources`) is what the Okta catalog sync reads.
 */
export const SETUP_FUNCTIONS = {
  whoami: 'whoami',
  catalogResources: 'catalog_resources',
} as const

/** The bridge paths of the setup functions, in the order of {@link SETUP_FUNCTIONS}. */
export const SETUP_PATHS = {
  whoami: '/api/whoami',
  catalogResources: '/api/catalog/resources',
} as const satisfies Record<keyof typeof SETUP_FUNCTIONS, string>

/** Every flow the app can call, in the contract's order. */
export const BRIDGE_FLOWS = Object.keys(FLOW_FUNCTIONS) as FlowName[]

/** The `${…}` substitution variables every function declares. */
export const REST_VARIABLES = {
  /** The bridge base URL: the connection URL of the {@link CONNECTION_ALIAS}'s HTTP connection. */
  baseUrl: 'base_url',
  /** `true` for a dry run (the plan), `false` to apply. */
  dryRun: 'dry_run',
  /** The flow input, as JSON (inserted without escaping). */
  payload: 'payload',
  /** The `Idempotency-Key` header: derived from the requested item, so a retried call is not a new change. */
  idempotencyKey: 'idempotency_key',
} as const

/** The system properties the app reads (`sys_properties`). */
export const PROPERTIES = {
  /** How long to wait for the bridge, in seconds. */
  timeoutSeconds: `${SCOPE}.bridge.timeout_seconds`,
  /** When true, flows stop after the plan: nothing is applied in Okta. */
  planOnly: `${SCOPE}.bridge.plan_only`,
  /** Who approves joiner, mover and leaver items: `manager`, `group` or `none`. */
  approval: `${SCOPE}.approval.mode`,
  /** The approving group (`sys_user_group` sys_id) in group mode. */
  approvalGroup: `${SCOPE}.approval.group`,
  /** The help-desk group (`sys_user_group` sys_id) that gets a task when a bridge call fails. */
  helpDeskGroup: `${SCOPE}.help_desk.group`,
} as const

/**
 * The Connection & Credential alias (`sys_alias`) that holds the bridge's URL, credential and MID Server.
 * The platform derives an alias's `id` from the scope and the name with spaces as underscores; scripts find
 * the alias by it and read it through `sn_cc.ConnectionInfoProvider`.
 */
export const CONNECTION_ALIAS = {
  name: 'Okta JML Bridge',
  id: `${SCOPE}.Okta_JML_Bridge`,
  /** The HTTP connection the app installs for the alias (first install only). */
  connectionName: 'Okta JML Bridge',
} as const

/** The header the bridge reads a client token from, when authentication is by API key credential. */
export const CLIENT_TOKEN_HEADER = 'x-api-client-token'

/** The path of a flow's invoke endpoint on the bridge. */
export function invokePath(flow: FlowName): string {
  return `/api/flo/${flow}/invoke`
}
