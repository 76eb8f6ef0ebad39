/**
 * `npm run servicenow-sandbox -- --port <port> --user <u> --password <p> [--client-id <id> --client-secret <s>]`:
 * runs the ServiceNow sandbox in the foreground on 127.0.0.1 until SIGTERM or SIGINT.
 */
import { parseArgs } from 'node:util'
import { startServiceNowSandbox } from './server.js'

const USAGE =
  'usage: npm run servicenow-sandbox -- [--port <port>] [--user <u> --password <p>] [--client-id <id> --client-secret <s>]'

async function main(): Promise<void> {
  let values: {
    port: string
    user?: string | undefined
    password?: string | undefined
    'client-id'?: string | undefined
    'client-secret'?: string | undefined
    help?: boolean | undefined
  }
  try {
    ;({ values } = parseArgs({
      options: {
        port: { type: 'string', default: '0' },
        user: { type: 'string' },
        password: { type: 'string' },
        'client-id': { type: 'string' },
        'client-secret': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }))
  } catch (error) {
    console.error(`servicenow-sandbox: ${(error as Error).message}\n${USAGE}`)
    process.exit(2)
  }
  if (values.help) {
    console.log(USAGE)
    return
  }
  const port = Number(values.port)
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    console.error(`servicenow-sandbox: --port must be a TCP port (0-65535), got ${values.port}\n${USAGE}`)
    process.exit(2)
  }
  // Half a credential pair is a mistake, not a request for no auth: say so rather than start unusable.
  if ((values.user === undefined) !== (values.password === undefined)) {
    console.error(`servicenow-sandbox: --user and --password go together\n${USAGE}`)
    process.exit(2)
  }
  if ((values['client-id'] === undefined) !== (values['client-secret'] === undefined)) {
    console.error(`servicenow-sandbox: --client-id and --client-secret go together\n${USAGE}`)
    process.exit(2)
  }

  const sandbox = await startServiceNowSandbox({
    port,
    users: values.user !== undefined ? [{ username: values.user, password: values.password ?? '' }] : [],
    oauthClients:
      values['client-id'] !== undefined
        ? [{ clientId: values['client-id'], clientSecret: values['client-secret'] ?? '' }]
        : [],
  })
  console.log(`servicenow-sandbox listening on ${sandbox.url} (control API at ${sandbox.url}/__sandbox/)`)

  let stopping = false
  const stop = async (signal: string) => {
    if (stopping) return
    stopping = true
    console.log(`servicenow-sandbox: ${signal} received, stopping`)
    await sandbox.stop()
    process.exit(0)
  }
  process.on('SIGTERM', () => void stop('SIGTERM'))
  process.on('SIGINT', () => void stop('SIGINT'))
}

main().catch((error: unknown) => {
  console.error('servicenow-sandbox: failed to start:', error instanceof Error ? error.message : error)
  process.exit(1)
})
