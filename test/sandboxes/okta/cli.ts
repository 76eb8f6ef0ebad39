/**
 * `npm run okta-sandbox -- --port <port> [--seed file.json]`: runs the Okta org sandbox in the
 * foreground on 127.0.0.1 until SIGTERM or SIGINT.
 */
import { readFile } from 'node:fs/promises'
import { parseArgs } from 'node:util'
import type { SeedInput } from './org.js'
import { OktaSandbox } from './server.js'

const USAGE = 'usage: npm run okta-sandbox -- [--port <port>] [--seed <file.json>]'

async function main(): Promise<void> {
  let values: { port: string; seed?: string | undefined; help?: boolean | undefined }
  try {
    ;({ values } = parseArgs({
      options: {
        port: { type: 'string', default: '0' },
        seed: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }))
  } catch (error) {
    console.error(`okta-sandbox: ${(error as Error).message}\n${USAGE}`)
    process.exit(2)
  }
  if (values.help) {
    console.log(USAGE)
    return
  }
  const port = Number(values.port)
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    console.error(`okta-sandbox: --port must be a TCP port (0-65535), got ${values.port}\n${USAGE}`)
    process.exit(2)
  }
  let seed: SeedInput | undefined
  if (values.seed) {
    try {
      seed = JSON.parse(await readFile(values.seed, 'utf8')) as SeedInput
    } catch (error) {
      console.error(`okta-sandbox: cannot read seed file ${values.seed}: ${(error as Error).message}`)
      process.exit(2)
    }
  }

  const sandbox = await OktaSandbox.start({ port, ...(seed ? { seed } : {}) })
  const stats = sandbox.stats()
  console.log(
    `okta-sandbox listening on ${sandbox.url} (${stats.users} users, ${stats.groups} groups, ${stats.apps} apps; control API at ${sandbox.url}/__sandbox/)`,
  )

  let stopping = false
  const stop = async (signal: string) => {
    if (stopping) return
    stopping = true
    console.log(`okta-sandbox: ${signal} received, stopping`)
    await sandbox.stop()
    process.exit(0)
  }
  process.on('SIGTERM', () => void stop('SIGTERM'))
  process.on('SIGINT', () => void stop('SIGINT'))
}

main().catch((error: unknown) => {
  console.error('okta-sandbox: failed to start:', error instanceof Error ? error.message : error)
  process.exit(1)
})
