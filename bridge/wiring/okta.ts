/**
 * Wiring step: which Okta the bridge talks to, and with which service-app credentials. With `OKTA_ORG_URL`
 * the configured org; without it (sandbox mode) an in-process Okta sandbox, registered with every scope the
 * flows and the audit need, with a demo policy and — when no inbound authentication is configured — a demo
 * client token printed in the banner.
 */
import type { KeyObject } from 'node:crypto'
import type { JWK } from 'jose'
import { FLOW_NAMES } from '../../shared/index.js'
import { OKTA_LOG_SCOPE } from '../adapters/okta/index.js'
import type { BridgeConfig, ClientToken } from '../config.js'
import { FLOW_OPERATIONS } from '../flows/registry.js'
import { demoPolicy, Policy } from '../policy/policy.js'
import type { SandboxConsole, SandboxMode, SandboxOrg } from './sandbox-mode.js'

/** The service app the bridge signs its token requests as. */
export interface OktaCredentials {
  orgUrl: string
  clientId: string
  /** The key configuration parsed and checked (a real org), or the sandbox's generated JWK. */
  privateKey: JWK | KeyObject
  keyId: string
}

/** The policy to enforce instead of the configured one (tests); in sandbox mode possibly a function of it. */
export type PolicyOverride<O extends SandboxOrg = SandboxOrg> = Policy | ((sandbox: O) => Policy)

/** The Okta the bridge talks to, and what sandbox mode adds to the configuration. */
export interface OktaConnection<O extends SandboxOrg = SandboxOrg> {
  credentials: OktaCredentials
  /** The in-process Okta sandbox (sandbox mode only); stopped at shutdown. */
  sandbox: O | undefined
  /** The console's demo sign-in (sandbox mode only): its OIDC web app and demo users. */
  demoConsole: SandboxConsole | undefined
  /** The policy to enforce: the override, else the configured one, else (sandbox mode) the demo policy. */
  policy: Policy | undefined
  /** The configured client tokens, or the generated demo token in sandbox mode without inbound auth. */
  clientTokens: readonly ClientToken[]
  /** The generated demo client token, when there is one. */
  demoToken: string | undefined
}

/**
 * Every flow's scopes and the audit's: what the sandbox's service app is granted (`npm run scopes` lists the
 * audit's as optional: a real org can leave it out and go without the System Log join).
 */
export function sandboxScopes(): string[] {
  const scopesFor = (flow: (typeof FLOW_NAMES)[number]) => FLOW_OPERATIONS[flow].scopes
  return [...new Set([...FLOW_NAMES.flatMap((flow) => [...scopesFor(flow)]), OKTA_LOG_SCOPE])].sort()
}

/** Connects to the configured Okta org, or starts the sandbox standing in for one. */
export async function connectOkta<O extends SandboxOrg>(
  config: BridgeConfig,
  override: PolicyOverride<O> | undefined,
  sandboxMode: SandboxMode<O> | undefined,
): Promise<OktaConnection<O>> {
  if (sandboxMode === undefined) {
    const o = config.okta!
    return {
      // The key the configuration parsed and checked, not its JWK form: the token source need not parse it again.
      credentials: { orgUrl: o.orgUrl, clientId: o.clientId, privateKey: o.privateKey, keyId: o.keyId },
      sandbox: undefined,
      demoConsole: undefined,
      policy: override instanceof Policy ? override : config.policy,
      clientTokens: config.clientTokens,
      demoToken: undefined,
    }
  }
  const sandbox = await sandboxMode.startOkta({ scopes: sandboxScopes() })
  // The operator console: the simulated org provides its web app and demo users.
  const demoConsole = sandboxMode.startConsole(sandbox)
  // The demo's requestable resources: every group and app but the protected admin group, so whatever a
  // demo (or the ServiceNow app's contract test) asks time-bound access to is one a real policy could allow.
  const admins = sandbox.adminsGroupId
  const requestable = [
    ...sandbox.groups.filter((g) => g.id !== admins).map((g) => g.id),
    ...sandbox.apps.map((a) => a.id),
  ]
  const policy =
    (typeof override === 'function' ? override(sandbox) : override) ??
    config.policy ??
    // The console's groups are protected too: no flow may make anyone a console operator.
    demoPolicy(
      [sandbox.adminsGroupId, ...demoConsole.oidc.operatorGroups, ...demoConsole.oidc.viewerGroups],
      requestable,
    )
  let clientTokens = config.clientTokens
  let demoToken: string | undefined
  if (clientTokens.length === 0 && config.oauth === undefined) {
    demoToken = sandboxMode.generateToken()
    clientTokens = [{ name: 'demo', token: demoToken, flows: undefined }]
  }
  return {
    credentials: {
      orgUrl: sandbox.orgUrl,
      clientId: sandbox.clientId,
      privateKey: sandbox.privateJwk,
      keyId: sandbox.keyId,
    },
    sandbox,
    demoConsole,
    policy,
    clientTokens,
    demoToken,
  }
}
