/**
 * Wiring step: the bridge's logger, told every secret this run holds (client tokens, the metrics token,
 * ServiceNow's password or client secret) so none of them can reach a log line, and the configuration's
 * warnings written as its first lines.
 */
import type { DestinationStream, Logger } from 'pino'
import type { BridgeConfig, ClientToken, ServiceNowConfig } from '../config.js'
import { createLogger } from '../logging/logger.js'

/** The secrets of this run, as the earlier steps settled them (sandbox mode generates some). */
export interface RunSecrets {
  clientTokens: readonly ClientToken[]
  metricsToken: string | undefined
  servicenow: ServiceNowConfig | undefined
}

/** Creates the logger and logs the configuration warnings. */
export function bridgeLogger(
  config: BridgeConfig,
  secrets: RunSecrets,
  destination: DestinationStream | undefined,
): Logger {
  const { clientTokens, metricsToken, servicenow } = secrets
  const logger = createLogger({
    level: config.logLevel,
    logPii: config.logPii,
    secrets: [
      ...clientTokens.map((t) => t.token),
      ...(metricsToken ? [metricsToken] : []),
      ...(servicenow?.password ? [servicenow.password] : []),
      ...(servicenow?.clientSecret ? [servicenow.clientSecret] : []),
    ],
    ...(destination ? { destination } : {}),
  })
  for (const warning of config.warnings) logger.warn({ warning }, 'configuration warning')
  return logger
}

/** A log-safe message of anything thrown: the scrubbed message only (a stack could name internals). */
export function safeMessage(error: unknown, scrub: (text: string) => string): string {
  return scrub(String((error as Error)?.message ?? error))
}
