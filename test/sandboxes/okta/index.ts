/**
 * The Okta org sandbox: a local stand-in for an Okta org's Management API and org authorization
 * server. Start it in-process with {@link startOktaSandbox} (port 0 picks a free port), or from the
 * shell with `npm run okta-sandbox`.
 */
export type { ClientRegistration } from './auth/authorization-server.js'
export type { SandboxConfig } from './config.js'
export type { FaultConfig } from './faults.js'
export type { SeedInput } from './org.js'
export type { RateLimitRule } from './rate-limits.js'
export { OktaSandbox, type SandboxOptions, type SandboxStats, startOktaSandbox } from './server.js'
