/**
 * Wiring step: the ServiceNow instance the bridge reports back to. The configured one; in sandbox mode
 * without one, an in-process ServiceNow sandbox, so that what the bridge reports (expiries, onboarding
 * incidents, audit anchors) has somewhere to land in a demo.
 */
import type { BridgeConfig, ServiceNowConfig } from '../config.js'
import type { SandboxMode, SandboxOrg, SandboxServiceNow } from './sandbox-mode.js'

/** The ServiceNow instance to report to, if any, and the sandbox standing in for it in sandbox mode. */
export interface ServiceNowConnection<N extends SandboxServiceNow = SandboxServiceNow> {
  config: ServiceNowConfig | undefined
  sandbox: N | undefined
}

/** The configured ServiceNow, or (sandbox mode, none configured) a started in-process sandbox. */
export async function connectServiceNow<N extends SandboxServiceNow>(
  config: BridgeConfig,
  sandboxMode: SandboxMode<SandboxOrg, N> | undefined,
): Promise<ServiceNowConnection<N>> {
  if (sandboxMode === undefined || config.servicenow !== undefined) {
    return { config: config.servicenow, sandbox: undefined }
  }
  const sandbox = await sandboxMode.startServiceNow()
  return { config: sandbox.config, sandbox }
}
