/**
 * Configuration step: how `/metrics` is protected — its own bearer token (`METRICS_TOKEN[_FILE]`, which must
 * not be able to invoke flows, so it differs from every client token) and/or a port of its own
 * (`METRICS_PORT`); with neither, a real org's bridge does not serve it and says so.
 */
import { secretsEqual } from '../secret-compare.js'
import { type ConfigInput, type Findings, MIN_CLIENT_TOKEN_LENGTH, secret } from './environment.js'
import type { ClientToken, MetricsConfig } from './types.js'

/** Reads and checks the metrics token and port. */
export async function metricsAccess(
  input: ConfigInput,
  clientTokens: readonly ClientToken[],
  found: Findings,
): Promise<MetricsConfig> {
  const { env: clean, plain, mode } = input
  const { problems, warnings } = found
  const metricsToken = await secret(clean, 'METRICS_TOKEN', found)
  if (metricsToken) {
    if (metricsToken.length < MIN_CLIENT_TOKEN_LENGTH || /\s/.test(metricsToken)) {
      problems.push(
        `METRICS_TOKEN: must be at least ${MIN_CLIENT_TOKEN_LENGTH} characters without whitespace (generate one with: openssl rand -base64 32)`,
      )
    } else if (clientTokens.some((t) => secretsEqual(t.token, metricsToken))) {
      // A scraper's token must not be able to invoke flows.
      problems.push('METRICS_TOKEN: must differ from every BRIDGE_CLIENT_TOKENS token')
    }
  }
  if (plain.METRICS_PORT !== undefined && plain.METRICS_PORT === plain.PORT) {
    problems.push('METRICS_PORT: must differ from PORT')
  }
  if (!metricsToken && plain.METRICS_PORT === undefined && mode === 'okta') {
    warnings.push('METRICS_TOKEN/METRICS_PORT: neither is set, so /metrics is not served')
  }
  return { token: metricsToken ?? undefined, port: plain.METRICS_PORT }
}
