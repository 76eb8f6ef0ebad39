/**
 * Wiring step: telling people the bridge listens — in sandbox mode the banner (Okta is simulated, the demo
 * tokens, example `curl` commands), then one line with the URL and mode for a human, and one log line.
 */
import type { Logger } from 'pino'
import type { FlowName } from '../../shared/index.js'
import type { BridgeConfig } from '../config.js'
import { type SandboxEnvironment, type ServiceNowSandboxEnvironment, sandboxBanner } from '../sandbox-mode.js'

/** Prints the banner (sandbox mode) and the listening line, and logs that the bridge listens. */
export function announce(deps: {
  print: (text: string) => void
  logger: Logger
  config: BridgeConfig
  url: string
  orgUrl: string
  flows: readonly FlowName[]
  sandbox: SandboxEnvironment | undefined
  servicenowSandbox: ServiceNowSandboxEnvironment | undefined
  demoToken: string | undefined
  demoMetricsToken: string | undefined
  metricsUrl: string | undefined
}): void {
  const { print, config, url, sandbox, servicenowSandbox } = deps
  if (sandbox)
    print(
      sandboxBanner(sandbox, url, {
        demoToken: deps.demoToken,
        metricsToken: deps.demoMetricsToken,
        metricsUrl: deps.metricsUrl,
        servicenow: servicenowSandbox
          ? { url: servicenowSandbox.sandbox.url, requestedItems: servicenowSandbox.requestedItems }
          : undefined,
      }),
    )
  print(
    `Bridge listening on ${url} (mode: ${config.mode}${config.mode === 'okta' ? `, org ${deps.orgUrl}` : ', Okta SIMULATED'})`,
  )
  deps.logger.info({ url, mode: config.mode, flows: deps.flows }, 'bridge listening')
}
