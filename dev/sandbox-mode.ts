/**
 * `npm start` without an Okta org: an in-process Okta sandbox stands in for the org, seeded with demo
 * groups, apps and users, with the bridge registered as a DPoP-bound service app holding exactly the
 * scopes the flows need and a generated RSA key. Everything here is for demos and local development —
 * it says so loudly, and configuration refuses it when `NODE_ENV` is `production`.
 *
 * It lives outside the production tree (`bridge/`, what the image builds) because the sandboxes live under
 * `test/`: the production composition root never imports this, it is lent these stand-ins by `dev/start.ts`
 * ({@link sandboxMode}).
 */
import { randomBytes } from 'node:crypto'
import { calculateJwkThumbprint, exportJWK, generateKeyPair, type JWK } from 'jose'
import type { SandboxMode } from '../bridge/main.js'
import type { ServiceNowConfig } from '../bridge/ports/servicenow.js'
import { type OktaSandbox, startOktaSandbox } from '../test/sandboxes/okta/index.js'
import { type ServiceNowSandbox, startServiceNowSandbox } from '../test/sandboxes/servicenow/index.js'
import { sandboxConsole } from './console-sandbox.js'

/** What sandbox mode set up. */
export interface SandboxEnvironment {
  sandbox: OktaSandbox
  orgUrl: string
  clientId: string
  /** The service app's private key (generated at start, never written anywhere). */
  privateJwk: JWK
  keyId: string
  /** The protected admin group's id (the demo policy's `protectedGroups`). */
  adminsGroupId: string
  groups: { id: string; name: string }[]
  apps: { id: string; label: string }[]
  users: { id: string; login: string; status: string }[]
}

/** Demo groups; "Okta Administrators" is the one the demo policy protects. */
const DEMO_GROUPS = ['Engineering', 'Sales', 'Support', 'Okta Administrators']
/** Demo apps, as catalog name and label. */
const DEMO_APPS = [
  { name: 'slack', label: 'Slack' },
  { name: 'github_enterprise', label: 'GitHub' },
  { name: 'salesforce', label: 'Salesforce' },
]

/** Starts the sandbox and registers the bridge's service app with the given OAuth scopes. */
export async function startSandboxMode(options: { scopes: readonly string[] }): Promise<SandboxEnvironment> {
  const sandbox = await startOktaSandbox()
  try {
    const seeded = sandbox.org.seed({
      groups: DEMO_GROUPS.map((name) => ({ profile: { name, description: `${name} (demo)` } })),
      apps: DEMO_APPS,
      users: [
        {
          profile: {
            login: 'dana.lee@example.com',
            email: 'dana.lee@example.com',
            firstName: 'Dana',
            lastName: 'Lee',
            department: 'Sales',
          },
          groups: ['Sales'],
        },
        {
          profile: {
            login: 'sam.admin@example.com',
            email: 'sam.admin@example.com',
            firstName: 'Sam',
            lastName: 'Admin',
          },
          groups: ['Okta Administrators'],
        },
      ],
    })

    const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true })
    const publicJwk = await exportJWK(publicKey)
    const keyId = await calculateJwkThumbprint(publicJwk, 'sha256')
    const clientId = `0oa${randomBytes(12).toString('hex').slice(0, 17)}`
    sandbox.auth.registerClient({
      client_id: clientId,
      jwks: { keys: [{ ...publicJwk, kid: keyId, alg: 'RS256', use: 'sig' }] },
      scopes: [...options.scopes],
      dpop: true,
    })

    const admins = seeded.groups.find((g) => g.profile.name === 'Okta Administrators')!
    return {
      sandbox,
      orgUrl: sandbox.url,
      clientId,
      privateJwk: { ...(await exportJWK(privateKey)), kid: keyId, alg: 'RS256' },
      keyId,
      adminsGroupId: admins.id,
      groups: seeded.groups.map((g) => ({ id: g.id, name: g.profile.name })),
      apps: seeded.apps.map((a) => ({ id: a.id, label: a.label })),
      users: seeded.users.map((u) => ({ id: u.id, login: String(u.profile.login), status: u.status })),
    }
  } catch (error) {
    await sandbox.stop()
    throw error
  }
}

/** The in-process ServiceNow sandbox of sandbox mode, and how the bridge reaches it. */
export interface ServiceNowSandboxEnvironment {
  sandbox: ServiceNowSandbox
  config: ServiceNowConfig
  /** The requested items seeded for the banner's examples, one per example ticket. */
  requestedItems: DemoRequestedItems
}

/** The banner's example tickets, as ServiceNow requested items (number and sys_id). */
export interface DemoRequestedItems {
  joiner: { number: string; sysId: string }
  grant: { number: string; sysId: string }
  mover: { number: string; sysId: string }
  leaver: { number: string; sysId: string }
}

/** What each seeded requested item asked for (its short description). */
const DEMO_ITEMS: Record<keyof DemoRequestedItems, string> = {
  joiner: 'New hire (Joiner): Alex Kim, Engineering',
  grant: 'Request access: Dana Lee to Engineering for a week',
  mover: 'Role change (Mover): Alex Kim becomes Staff Engineer',
  leaver: 'Leaver: Alex Kim',
}

/**
 * Starts a ServiceNow sandbox for sandbox mode when no `SERVICENOW_URL` is set, so what the bridge reports
 * back (grant expiries, onboarding incidents) lands somewhere a demo can look at. Its basic-auth password is
 * generated here, for this run only.
 */
export async function startServiceNowSandboxMode(): Promise<ServiceNowSandboxEnvironment> {
  const username = 'okta.bridge'
  const password = randomBytes(24).toString('base64url')
  const sandbox = await startServiceNowSandbox({ users: [{ username, password }] })
  // The banner's tickets exist on this instance, so what the bridge reports on them (a grant's expiry work
  // note and golden-thread rows) is accepted instead of parked as "no such record".
  const names = Object.keys(DEMO_ITEMS) as (keyof DemoRequestedItems)[]
  const seeded = sandbox.seed({
    sc_req_item: names.map((name) => ({ short_description: DEMO_ITEMS[name], requested_for: 'demo' })),
  }).sc_req_item!
  const requestedItems = Object.fromEntries(
    names.map((name, i) => [name, { number: seeded[i]!.number!, sysId: seeded[i]!.sys_id! }]),
  ) as unknown as DemoRequestedItems
  return {
    sandbox,
    config: { instanceUrl: sandbox.url, username, password, clientId: undefined, clientSecret: undefined },
    requestedItems,
  }
}

/** A random client token for the demo (256 bits, base64url: 43 characters). */
export function generateClientToken(): string {
  return randomBytes(32).toString('base64url')
}

/** What the banner shows besides the Okta sandbox. */
export interface BannerOptions {
  /** The client token generated for this run; a configured token is never printed. */
  demoToken?: string | undefined
  /** The in-process ServiceNow sandbox's URL and the requested items seeded there. */
  servicenow?: { url: string; requestedItems: DemoRequestedItems } | undefined
  /** The bearer token of `/metrics` generated for this run (a configured one is never printed). */
  metricsToken?: string | undefined
  /** Where `/metrics` is served when it has its own port (`METRICS_PORT`). */
  metricsUrl?: string | undefined
}

/** The example tickets when no ServiceNow sandbox holds them (a configured instance: numbers only). */
const EXAMPLE_TICKETS = {
  joiner: { number: 'RITM0010001' },
  grant: { number: 'RITM0010002' },
  mover: { number: 'RITM0010003' },
  leaver: { number: 'RITM0010004' },
} as const

/**
 * The start-up banner of sandbox mode: that Okta is simulated, what is in it, the demo client token (only
 * when it was generated here — a configured token is never printed) and example `curl` invocations: a joiner
 * (dry run, then for real), a mover and a leaver of that new hire, time-bound access for a seeded user, and
 * `/metrics`. Each example names its own ticket, so each has its own idempotency key and all of them succeed
 * in the order printed, on every start (the store is fresh with the org, see `config.ts`).
 */
export function sandboxBanner(
  env: SandboxEnvironment,
  bridgeUrl: string,
  options: BannerOptions = {},
): string {
  const { demoToken, servicenow, metricsToken, metricsUrl } = options
  const rule = '='.repeat(78)
  const groups = env.groups.filter((g) => g.id !== env.adminsGroupId)
  const engineering = groups.find((g) => g.name === 'Engineering') ?? groups[0]!
  const slack = env.apps.find((a) => a.label === 'Slack') ?? env.apps[0]!
  const github = env.apps.find((a) => a.label === 'GitHub') ?? env.apps[1] ?? slack
  const token = demoToken ?? '<one of your BRIDGE_CLIENT_TOKENS>'
  // With the ServiceNow sandbox the tickets carry the sys_ids of the seeded requested items: the bridge
  // reports on a ticket by sys_id (the grant's expiry note), so only then does the report land.
  const tickets = servicenow?.requestedItems ?? EXAMPLE_TICKETS
  const ticket = (name: keyof typeof EXAMPLE_TICKETS, requestedBy: string) => ({
    ...tickets[name],
    requestedBy,
    approvedBy: 'it.manager',
  })
  const alex = { login: 'alex.kim@example.com' }
  const joiner = JSON.stringify({
    ticket: ticket('joiner', 'hr.bot'),
    profile: { ...alex, email: alex.login, firstName: 'Alex', lastName: 'Kim', department: 'Engineering' },
    groups: [engineering.id],
    apps: [slack.id],
  })
  const mover = JSON.stringify({
    ticket: ticket('mover', 'hr.bot'),
    user: alex,
    profile: { title: 'Staff Engineer' },
    addApps: [github.id],
  })
  const leaver = JSON.stringify({ ticket: ticket('leaver', 'hr.bot'), user: alex })
  const curl = (flow: string, input: string, dryRun = false) =>
    `curl -sS -X POST '${bridgeUrl}/api/flo/${flow}/invoke${dryRun ? '?dryRun=true' : ''}' \\\n` +
    `    -H 'content-type: application/json' -H 'x-api-client-token: ${token}' \\\n` +
    `    -d '${input}'`
  const dana = env.users.find((u) => u.login === 'dana.lee@example.com') ?? env.users[0]!
  const grant = JSON.stringify({
    ticket: ticket('grant', 'dana.lee'),
    user: { id: dana.id },
    resource: { type: 'group', id: engineering.id },
    expiresAt: `${new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10)}T17:00:00Z`,
    justification: 'Helping Engineering with the release',
  })
  const metrics = metricsUrl
    ? [`  Metrics (on their own port):`, `  curl -sS '${metricsUrl}/metrics'`]
    : metricsToken
      ? [
          `  Metrics, with the metrics token of this run (METRICS_TOKEN sets your own):`,
          `  curl -sS '${bridgeUrl}/metrics' -H 'authorization: Bearer ${metricsToken}'`,
        ]
      : ['  Metrics: not served (set METRICS_TOKEN or METRICS_PORT).']
  return [
    rule,
    '  OKTA IS SIMULATED — no OKTA_ORG_URL is set, so the bridge talks to an in-process Okta sandbox.',
    '  Nothing here reaches a real Okta org. Set OKTA_ORG_URL (and the service app variables) for that.',
    rule,
    `  Okta sandbox:  ${env.orgUrl}   (control API: ${env.orgUrl}/__sandbox/stats)`,
    `  Groups:        ${env.groups.map((g) => `${g.name} ${g.id}${g.id === env.adminsGroupId ? ' (protected)' : ''}`).join(', ')}`,
    `  Apps:          ${env.apps.map((a) => `${a.label} ${a.id}`).join(', ')}`,
    `  Users:         ${env.users.map((u) => `${u.login} ${u.id} ${u.status}`).join(', ')}`,
    ...(servicenow
      ? [
          `  ServiceNow:    ${servicenow.url}   (a ServiceNow sandbox: reports and incidents land here;`,
          `                 requested items ${Object.values(servicenow.requestedItems)
            .map((item) => item.number)
            .join(', ')} are the examples' tickets)`,
        ]
      : []),
    '  Store:         in memory, fresh at every start like the simulated org (DATABASE_URL keeps one)',
    demoToken
      ? `  Demo client token (this run only): ${demoToken}`
      : '  Client tokens: from BRIDGE_CLIENT_TOKENS',
    '',
    '  A joiner, dry run first (the plan and its planHash; nothing changes):',
    `  ${curl('joiner', joiner, true)}`,
    '',
    '  Then for real:',
    `  ${curl('joiner', joiner)}`,
    '',
    '  A mover: Alex becomes Staff Engineer and gets GitHub (only what differs changes):',
    `  ${curl('mover', mover)}`,
    '',
    servicenow
      ? `  Time-bound access: Dana joins Engineering for a week; at the end date the bridge removes it by itself\n  and reports it on ${tickets.grant.number} in the ServiceNow sandbox (work note and golden-thread rows).`
      : '  Time-bound access: Dana joins Engineering for a week; the bridge removes it at the end date by itself.',
    `  ${curl('grant-access', grant)}`,
    '',
    "  A leaver: Alex's sessions end and the account is deactivated (Okta removes the app assignments):",
    `  ${curl('leaver', leaver)}`,
    '',
    ...metrics,
    rule,
  ].join('\n')
}

/** Sandbox mode as the composition root takes it (`StartOptions.sandboxMode`): these sandboxes and this banner. */
export const sandboxMode: SandboxMode<SandboxEnvironment, ServiceNowSandboxEnvironment> = {
  startOkta: startSandboxMode,
  startServiceNow: startServiceNowSandboxMode,
  startConsole: (env) => sandboxConsole(env.sandbox),
  generateToken: generateClientToken,
  banner: (env, bridgeUrl, { demoToken, metricsToken, metricsUrl, servicenow }) =>
    sandboxBanner(env, bridgeUrl, {
      demoToken,
      metricsToken,
      metricsUrl,
      servicenow: servicenow
        ? { url: servicenow.sandbox.url, requestedItems: servicenow.requestedItems }
        : undefined,
    }),
}
