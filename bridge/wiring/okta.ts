/**
 * Wiring step: which Okta the bridge talks to, and with which service-app credentials. With `OKTA_ORG_URL`
 * the configured org; without it (sandbox mode) an in-process Okta sandbox, registered with every scope the
 * flows and the audit need, with a demo policy and — when no inbound authentication is configured — a demo
 * client token printed in the banner.
 */
import type { JWK } from 'jose'
import { FLOW_NAMES } from '../../shared/index.js'
import { OKTA_LOG_SCOPE } from '../adapters/okta/index.js'
import type { BridgeConfig, ClientToken } from '../config.js'
import { FLOW_OPERATIONS } from '../flows/registry.js'
import { demoPolicy, Policy } from '../policy/policy.js'
import { generateClientToken, type SandboxEnvironment, startSandboxMode } from '../sandbox-mode.js'

/** The service app the bridge signs its token requests as. */
export interface OktaCredentials {
  orgUrl: string
  clientId: string
  privateKey: JWK
  keyId: string
}

/** The policy to enforce instead of the configured one (tests); in sandbox mode possibly a function of it. */
export type PolicyOverride = Policy | ((sandbox: SandboxEnvironment) => Policy)

/** The Okta the bridge talks to, and what sandbox mode adds to the configuration. */
export interface OktaConnection {
  credentials: OktaCredentials
  /** The in-process Okta sandbox (sandbox mode only); stopped at shutdown. */
  sandbox: SandboxEnvironment | undefined
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
export async function connectOkta(
  config: BridgeConfig,
  override: PolicyOverride | undefined,
): Promise<OktaConnection> {
  if (config.mode !== 'sandbox') {
    const o = config.okta!
    return {
      credentials: { orgUrl: o.orgUrl, clientId: o.clientId, privateKey: o.privateJwk, keyId: o.keyId },
      sandbox: undefined,
      policy: override instanceof Policy ? override : config.policy,
      clientTokens: config.clientTokens,
      demoToken: undefined,
    }
  }
  const sandbox = await startSandboxMode({ scopes: sandboxScopes() })
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
    demoPolicy([sandbox.adminsGroupId], requestable)
  let clientTokens = config.clientTokens
  let demoToken: string | undefined
  if (clientTokens.length === 0 && config.oauth === undefined) {
    demoToken = generateClientToken()
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
    policy,
    clientTokens,
    demoToken,
  }
}
