/**
 * `npm run config:check` (in the image: `node build/bridge/cli/config-check.js`): validates the bridge's
 * configuration from the environment exactly as a start would — `*_FILE` secrets read, the policy file
 * parsed, production rules applied — without opening the store, calling Okta or listening.
 *
 * Exit 0 with `configuration OK (…)` and one `warning:` line per warning; exit 1 with one line per problem,
 * each naming its variable. No line ever carries a secret's value (the problems are built that way).
 */
import { ConfigError, loadConfig } from '../config.js'

async function main(): Promise<number> {
  try {
    const config = await loadConfig(process.env)
    for (const warning of config.warnings) process.stdout.write(`warning: ${warning}\n`)
    const inbound = [
      config.clientTokens.length > 0 ? `${config.clientTokens.length} client token(s)` : undefined,
      config.oauth ? 'OAuth' : undefined,
    ].filter(Boolean)
    process.stdout.write(
      `configuration OK (mode ${config.mode}, NODE_ENV ${config.nodeEnv}, inbound: ${inbound.join(' + ') || 'none'}, metrics: ${
        config.metrics.port !== undefined
          ? `port ${config.metrics.port}`
          : config.metrics.token
            ? 'token'
            : 'off'
      })\n`,
    )
    return 0
  } catch (error) {
    if (error instanceof ConfigError) {
      for (const problem of error.problems) process.stdout.write(`${problem}\n`)
      return 1
    }
    // Only the message: nothing here should carry a secret, and a stack names internals.
    process.stdout.write(`config:check failed: ${error instanceof Error ? error.message : String(error)}\n`)
    return 1
  }
}

main().then((code) => {
  process.exitCode = code
})
