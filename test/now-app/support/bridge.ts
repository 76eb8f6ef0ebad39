/**
 * A bridge for the ServiceNow app's tests: sandbox mode (no `OKTA_ORG_URL`, so its in-process Okta sandbox,
 * as `npm start` runs it), one client token, silent, on a free port.
 */
import { type RunningBridge, startBridge } from '../../../dev/start.js'

/** Starts a quiet sandbox-mode bridge accepting `token`; stop it with `stop()`. */
export function startSandboxBridge(token: string): Promise<RunningBridge> {
  return startBridge(
    { NODE_ENV: 'test', PORT: '0', LOG_LEVEL: 'silent', BRIDGE_CLIENT_TOKENS: token },
    { logDestination: { write: () => {} }, print: () => {} },
  )
}
