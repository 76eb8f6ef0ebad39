/**
 * Wiring step: sandbox mode's contract. A development entry point (`dev/start.ts`, what `npm start` runs) lends
 * the composition root stand-ins for Okta, ServiceNow and the console's sign-in; production code never has
 * them (they live under `test/`), so the types are declared here and the stand-ins are passed in.
 */
import { ConfigError } from '../config.js'
import type { ConsoleOidcConfig } from '../console/config.js'
import type { ServiceNowConfig } from '../ports/servicenow.js'

/**
 * What a development entry point lends the composition root for sandbox mode (no `OKTA_ORG_URL`, outside
 * production): stand-ins for the Okta org and the ServiceNow instance, and the banner that says so. Production
 * code never provides one: the sandboxes live under `test/`, and the entry point that brings them is
 * `dev/start.ts` (`npm start`). Without it this module refuses to start in sandbox mode.
 */
export interface SandboxMode<
  O extends SandboxOrg = SandboxOrg,
  N extends SandboxServiceNow = SandboxServiceNow,
> {
  /** Starts the simulated org with the bridge registered as a service app holding `scopes`. */
  startOkta(options: { scopes: readonly string[] }): Promise<O>
  /** Starts a simulated ServiceNow instance (only when no `SERVICENOW_URL` is configured). */
  startServiceNow(): Promise<N>
  /** Seeds the console's groups and demo users in the simulated org and prepares its OIDC web app. */
  startConsole(okta: O): SandboxConsole
  /** A random token for this run (the demo client token, the demo `/metrics` token). */
  generateToken(): string
  /** The start-up banner: that Okta is simulated, what is in it, and examples to paste. */
  banner(okta: O, bridgeUrl: string, options: SandboxBannerOptions<N>): string
}

/** A demo console sign-in printed in the banner. */
export interface DemoSignIn {
  username: string
  password: string
}

/** What sandbox mode sets up for the operator console. */
export interface SandboxConsole {
  oidc: ConsoleOidcConfig
  operator: DemoSignIn
  viewer: DemoSignIn
  /** Registers the web app with its redirect URI (`{bridge URL}/console/callback`), once it is known. */
  register(redirectUri: string): void
  /** The banner's lines about the console. */
  banner(bridgeUrl: string): string
}

/** The simulated org, as far as the composition root needs it. */
export interface SandboxOrg {
  orgUrl: string
  clientId: string
  privateJwk: import('jose').JWK
  keyId: string
  /** The protected admin group (the demo policy's `protectedGroups`). */
  adminsGroupId: string
  groups: readonly { id: string; name: string }[]
  apps: readonly { id: string; label: string }[]
  sandbox: { stop(): Promise<void> }
}

/** The simulated ServiceNow instance, as far as the composition root needs it. */
export interface SandboxServiceNow {
  sandbox: { url: string; stop(): Promise<void> }
  /** How the bridge reaches it. */
  config: ServiceNowConfig
}

/** What the sandbox banner shows besides the org. */
export interface SandboxBannerOptions<N extends SandboxServiceNow = SandboxServiceNow> {
  /** The client token generated for this run; a configured token is never printed. */
  demoToken: string | undefined
  /** The `/metrics` bearer token generated for this run; a configured one is never printed. */
  metricsToken: string | undefined
  /** Where `/metrics` is served when it has its own port (`METRICS_PORT`). */
  metricsUrl: string | undefined
  /** The simulated ServiceNow instance, when one was started. */
  servicenow: N | undefined
}

/**
 * Sandbox mode's stand-ins, or a configuration error saying where they come from: a development entry point
 * lends them (`npm start`); this production entry point has none and needs a real org.
 */
export function sandboxModeOf<O extends SandboxOrg, N extends SandboxServiceNow>(options: {
  sandboxMode?: SandboxMode<O, N> | undefined
}): SandboxMode<O, N> {
  if (options.sandboxMode) return options.sandboxMode
  throw new ConfigError([
    'OKTA_ORG_URL: not set. This entry point runs against a real Okta org only; `npm start` (dev/start.ts) runs the bridge against an in-process Okta sandbox.',
  ])
}
