/**
 * The console in sandbox mode (`npm start` without an org): the simulated org gets a console operator group
 * and a viewer group, a demo operator and a demo viewer with passwords made for this run, and an OIDC web
 * app whose redirect URI is registered once the bridge knows the URL it listens on. The banner prints the
 * console's URL and both sign-ins.
 */
import { randomBytes } from 'node:crypto'
import type { SandboxConsole } from '../bridge/main.js'
import type { OktaSandbox } from '../test/sandboxes/okta/index.js'

/** Seeds the console's groups and demo users in the sandbox org and prepares its web app. */
export function sandboxConsole(sandbox: OktaSandbox): SandboxConsole {
  const seeded = sandbox.org.seed({
    groups: [
      { profile: { name: 'Console Operators', description: 'May use and act in the bridge console (demo)' } },
      { profile: { name: 'Console Viewers', description: 'May look at the bridge console (demo)' } },
    ],
    users: [
      {
        profile: {
          login: 'console.operator@example.com',
          email: 'console.operator@example.com',
          firstName: 'Olive',
          lastName: 'Operator',
        },
        groups: ['Console Operators'],
      },
      {
        profile: {
          login: 'console.viewer@example.com',
          email: 'console.viewer@example.com',
          firstName: 'Victor',
          lastName: 'Viewer',
        },
        groups: ['Console Viewers'],
      },
    ],
  })
  const password = () => randomBytes(12).toString('base64url')
  const operator = { username: 'console.operator@example.com', password: password() }
  const viewer = { username: 'console.viewer@example.com', password: password() }
  sandbox.oidc.setPassword(operator.username, operator.password)
  sandbox.oidc.setPassword(viewer.username, viewer.password)
  const clientId = `0oa${randomBytes(12).toString('hex').slice(0, 17)}`
  const secret = randomBytes(32).toString('base64url')
  return {
    oidc: {
      // The org authorization server: its issuer is the org URL.
      issuer: sandbox.url,
      clientId,
      clientAuth: { method: 'client_secret_basic', secret },
      operatorGroups: [seeded.groups[0]!.id],
      viewerGroups: [seeded.groups[1]!.id],
    },
    operator,
    viewer,
    register: (redirectUri) =>
      void sandbox.oidc.registerWebApp({
        client_id: clientId,
        client_secret: secret,
        redirect_uris: [redirectUri],
        // The console's signed-out page, where Okta's logout sends the browser back (`…/console/signed-out`).
        post_logout_redirect_uris: [redirectUri.replace(/\/callback$/, '/signed-out')],
      }),
    banner: (bridgeUrl) =>
      [
        `  Operator console: ${bridgeUrl}/console/   (sign-in through the simulated Okta; passwords for this run only)`,
        `    demo operator:  ${operator.username}  password ${operator.password}`,
        `    demo viewer:    ${viewer.username}  password ${viewer.password}`,
      ].join('\n'),
  }
}
