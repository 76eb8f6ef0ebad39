/**
 * The console's set-up on a test's own Okta sandbox, for an Okta-mode bridge: the same groups, demo users and
 * OIDC web app sandbox mode makes (`dev/console-sandbox.ts`, reused rather than copied), turned into the
 * `CONSOLE_*` environment an operator would set. Okta mode needs `CONSOLE_BASE_URL` before the bridge listens
 * (the redirect URI registered with Okta), so the set-up picks a free loopback port for the bridge and registers
 * `{CONSOLE_BASE_URL}/console/callback`. Sign-in itself is `signIn()` of `browser.ts`, through the sandbox's
 * login form.
 */
import { createServer } from 'node:net'
import { sandboxConsole } from '../../dev/console-sandbox.js'
import type { OktaSandbox } from '../sandboxes/okta/index.js'

/** Who signs in: a username and password the sandbox's login form accepts. */
export interface Credentials {
  username: string
  password: string
}

/** The console of an Okta-mode bridge on `sandbox`. */
export interface ConsoleSetUp {
  /**
   * `CONSOLE_CLIENT_ID`, `CONSOLE_CLIENT_SECRET`, `CONSOLE_OPERATOR_GROUPS`, `CONSOLE_VIEWER_GROUPS`,
   * `CONSOLE_BASE_URL`, and the `HOST` and `PORT` the bridge must listen on for that URL to reach it.
   */
  env: Record<string, string>
  /** A member of the operator group, and one of the viewer group. */
  operator: Credentials
  viewer: Credentials
}

/**
 * Seeds the console operator and viewer groups and users in `sandbox` and registers its web app (client secret
 * authentication) for a bridge started with {@link ConsoleSetUp.env}.
 */
export async function consoleOnSandbox(sandbox: OktaSandbox): Promise<ConsoleSetUp> {
  const demo = sandboxConsole(sandbox)
  const { oidc } = demo
  if (oidc.clientAuth.method !== 'client_secret_basic') {
    // The environment below says CONSOLE_CLIENT_SECRET: a different authentication would not sign in.
    throw new Error(`the sandbox console authenticates with ${oidc.clientAuth.method}, not a client secret`)
  }
  const port = await freeLoopbackPort()
  const baseUrl = `http://127.0.0.1:${port}`
  demo.register(`${baseUrl}/console/callback`)
  return {
    env: {
      HOST: '127.0.0.1',
      PORT: String(port),
      CONSOLE_BASE_URL: baseUrl,
      CONSOLE_CLIENT_ID: oidc.clientId,
      CONSOLE_CLIENT_SECRET: oidc.clientAuth.secret,
      CONSOLE_OPERATOR_GROUPS: oidc.operatorGroups.join(','),
      CONSOLE_VIEWER_GROUPS: oidc.viewerGroups.join(','),
    },
    operator: demo.operator,
    viewer: demo.viewer,
  }
}

/** A loopback port free right now (the system picks it; the bridge or a driver takes it straight after). */
export function freeLoopbackPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => (port > 0 ? resolve(port) : reject(new Error('no port from the system'))))
    })
  })
}
