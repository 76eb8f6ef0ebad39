/**
 * Wiring step: telling people the bridge listens — in sandbox mode the banner (Okta is simulated, the demo
 * tokens, example `curl` commands), then one line with the URL and mode for a human, and one log line.
 */
import type { Logger } from 'pino'
import type { FlowName } from '../../shared/index.js'
import type { BridgeConfig } from '../config.js'
import type { SandboxConsole, SandboxMode, SandboxOrg, SandboxServiceNow } from './sandbox-mode.js'

/** Prints the banner (sandbox mode) and the listening line, and logs that the bridge listens. */
export function announce<O extends SandboxOrg, N extends SandboxServiceNow>(deps: {
  print: (text: string) => void
  sandboxMode: SandboxMode<O, N> | undefined
  logger: Logger
  config: BridgeConfig
  url: string
  orgUrl: string
  flows: readonly FlowName[]
  sandbox: O | undefined
  servicenowSandbox: N | undefined
  /** The console's demo sign-in (sandbox mode), and the URL the console is reached at. */
  demoConsole: SandboxConsole | undefined
  consoleUrl: string
  demoToken: string | undefined
  demoMetricsToken: string | undefined
  metricsUrl: string | undefined
}): void {
  const { print, config, url, sandbox, servicenowSandbox, sandboxMode } = deps
  if (sandboxMode && sandbox)
    print(
      sandboxMode.banner(sandbox, url, {
        demoToken: deps.demoToken,
        metricsToken: deps.demoMetricsToken,
        metricsUrl: deps.metricsUrl,
        servicenow: servicenowSandbox,
      }),
    )
  if (deps.demoConsole) print(deps.demoConsole.banner(deps.consoleUrl))
  print(
    `Bridge listening on ${url} (mode: ${config.mode}${config.mode === 'okta' ? `, org ${deps.orgUrl}` : ', Okta SIMULATED'})`,
  )
  deps.logger.info({ url, mode: config.mode, flows: deps.flows }, 'bridge listening')
}
