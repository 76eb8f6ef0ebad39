/**
 * The world of the stand-in tests: a sandbox-mode bridge (real composition root, in-process Okta sandbox
 * and ServiceNow sandbox), the instance stand-in installed into that ServiceNow sandbox's tables — so what
 * the bridge writes back over the Table API and what the app's scripts read are the same rows — and the
 * people of a small company: a requester, their manager, a help-desk agent, an onboarding approver, an
 * admin. The app is configured as an admin would: the HTTP connection of the app's Connection & Credential
 * alias gets the bridge's URL and an API Key credential holding a client token — or, with `oauth`, an
 * OAuth 2.0 credential whose client-credentials profile gets tokens from the customer's Okta authorization
 * server that the bridge trusts; the help-desk group is set.
 */
import { randomBytes } from 'node:crypto'
import { Policy } from '../../../bridge/policy/policy.js'
import { BRIDGE_FLOWS, CONNECTION_ALIAS } from '../../../now-app/server/bridge/api.ts'
import { type FlowBridge, startFlowBridge, TOKEN } from '../../bridge/support/flows-harness.ts'
import type { CustomAuthorizationServer } from '../../sandboxes/okta/auth/custom-authorization-server.ts'
import { OktaSandbox } from '../../sandboxes/okta/server.ts'
import { Instance } from './instance.ts'

/** The people of the company, by user name. */
export const PEOPLE = {
  requester: 'pat.requester',
  manager: 'morgan.manager',
  agent: 'harper.helpdesk',
  approver: 'olive.onboarding',
  admin: 'admin',
  owner: 'riley.owner',
} as const

/** The HTTP connection the app installs for its alias (`http_connection`), as the stand-in holds it. */
export function bridgeConnection(instance: Instance) {
  const alias = instance.rows('sys_alias', `id=${CONNECTION_ALIAS.id}`)[0]
  if (!alias) throw new Error(`the app installed no alias ${CONNECTION_ALIAS.id}`)
  const connection = instance.rows('http_connection', `connection_alias=${alias.sys_id}`)[0]
  if (!connection) throw new Error(`the app installed no HTTP connection for ${CONNECTION_ALIAS.id}`)
  return connection
}

/** Edits the alias's HTTP connection as an admin does in Connections & Credentials. */
export function configureConnection(instance: Instance, fields: Record<string, string>): void {
  instance.db.update('http_connection', bridgeConnection(instance).sys_id!, fields, 'admin')
}

/** The running world. */
export interface World {
  bridge: FlowBridge
  instance: Instance
  /** sys_ids of the people. */
  users: Record<keyof typeof PEOPLE, string>
  helpDeskGroup: string
  departments: { engineering: string; sales: string }
  /** The API Key credential (the bridge client token) the world configures. */
  apiKeyCredential: string
  /** With `oauth`: the OAuth 2.0 path, configured on the alias instead of the API key. */
  oauth?: OAuthSetup
  stop(): Promise<void>
}

/**
 * Inserts the synced resource row of the sandbox's Support group: requestable for up to 30 days with the
 * requester's manager's approval (what the access-request tests order). Returns its sys_id.
 */
export function insertSupportResource(world: World): string {
  return world.instance.insert('x_okta_jml_okta_resource', {
    name: 'Support',
    okta_id: world.bridge.group('Support'),
    type: 'group',
    requestable: 'true',
    active: 'true',
    max_duration_days: '30',
    approval_levels: 'manager',
  }).sys_id!
}

/** The audience of the bridge's tokens, as the customer's authorization server issues them. */
export const BRIDGE_AUDIENCE = 'api://okta-jml-bridge'

/**
 * The OAuth 2.0 client-credentials path: the customer's Okta org (a second Okta sandbox) with a custom
 * authorization server for the bridge, a confidential client for ServiceNow holding the scopes of every
 * flow the app calls and `jml.catalog`; and on the instance, as an admin sets it up, the OAuth provider in
 * the Application Registry (client id, secret, token URL), its client-credentials profile with those
 * scopes, and the OAuth 2.0 credential selected on the alias's HTTP connection.
 */
export interface OAuthSetup {
  issuerOrg: OktaSandbox
  server: CustomAuthorizationServer
  clientId: string
  clientSecret: string
  tokenUrl: string
  scopes: string[]
  /** sys_ids on the instance. */
  entity: string
  profile: string
  credential: string
}

/**
 * Adds an OAuth provider, its client-credentials profile (with `scopes`) and an OAuth 2.0 credential on the
 * instance, as an admin does under System OAuth › Application Registry and Connections & Credentials;
 * answers their sys_ids.
 */
export function addOAuthCredential(
  instance: Instance,
  fields: { name: string; clientId: string; clientSecret: string; tokenUrl: string; scopes: string[] },
): { entity: string; profile: string; credential: string } {
  const entity = instance.insert('oauth_entity', {
    name: fields.name,
    client_id: fields.clientId,
    client_secret: fields.clientSecret,
    token_url: fields.tokenUrl,
    default_grant_type: 'client_credentials',
  }).sys_id!
  const profile = instance.insert('oauth_entity_profile', {
    name: `${fields.name} default_profile`,
    oauth_entity: entity,
    grant_type: 'client_credentials',
    is_default: 'true',
  }).sys_id!
  for (const scope of fields.scopes) {
    const row = instance.insert('oauth_entity_scope', {
      name: scope,
      oauth_entity_scope: scope,
      oauth_entity: entity,
    }).sys_id!
    instance.insert('oauth_entity_profile_scope', { oauth_entity_profile: profile, oauth_entity_scope: row })
  }
  const credential = instance.insert('oauth_2_0_credentials', {
    name: fields.name,
    oauth_entity_profile: profile,
  }).sys_id!
  return { entity, profile, credential }
}

/** Starts the bridge and the stand-in, seeds people and configures the app. */
export async function startWorld(
  options: { activateFlows?: boolean; env?: Record<string, string>; oauth?: boolean } = {},
): Promise<World> {
  // The customer's Okta org issuing ServiceNow's tokens for the bridge (started first: the bridge is
  // configured with its issuer URL).
  const issuerOrg = options.oauth ? await OktaSandbox.start() : undefined
  const server = issuerOrg?.addAuthorizationServer('ausjmlbridge', BRIDGE_AUDIENCE)
  const oauthEnv: Record<string, string> =
    issuerOrg && server
      ? { BRIDGE_OAUTH_ISSUER: server.issuer(issuerOrg.url), BRIDGE_OAUTH_AUDIENCE: BRIDGE_AUDIENCE }
      : {}
  const bridge = await startFlowBridge({
    env: { ...oauthEnv, ...options.env },
    // The demo policy, plus what access requests need: Support (group) and GitHub (app) requestable.
    policy: (sandbox) =>
      Policy.parse({
        manageableGroups: ['*'],
        manageableApps: ['*'],
        protectedGroups: [sandbox.adminsGroupId],
        writableProfileAttributes: ['department', 'title', 'manager', 'managerId', 'city'],
        accessGrants: {
          maxDays: 30,
          resources: {
            [sandbox.groups.find((g) => g.name === 'Support')!.id]: { maxDays: 30 },
            [sandbox.apps.find((a) => a.label === 'GitHub')!.id]: { maxDays: 7 },
          },
        },
      }),
  })
  const servicenow = bridge.bridge.servicenowSandbox
  if (!servicenow) throw new Error('the sandbox-mode bridge started no ServiceNow sandbox')
  const instance = await Instance.start({
    tables: servicenow.sandbox.tables,
    ...(options.activateFlows === undefined ? {} : { activateFlows: options.activateFlows }),
  })
  const engineering = instance.insert('cmn_department', { name: 'Engineering' }).sys_id!
  const sales = instance.insert('cmn_department', { name: 'Sales' }).sys_id!
  const manager = instance.user(PEOPLE.manager, {
    first_name: 'Morgan',
    last_name: 'Manager',
    email: 'morgan.manager@example.com',
    department: engineering,
  })
  const users = {
    manager,
    requester: instance.user(PEOPLE.requester, {
      first_name: 'Pat',
      last_name: 'Requester',
      email: 'pat.requester@example.com',
      manager,
      department: engineering,
    }),
    agent: instance.user(PEOPLE.agent, { first_name: 'Harper', last_name: 'Helpdesk' }, ['itil']),
    approver: instance.user(PEOPLE.approver, { first_name: 'Olive', last_name: 'Onboarding' }, [
      'x_okta_jml.onboarding_approver',
    ]),
    admin: instance.user(PEOPLE.admin, { first_name: 'System', last_name: 'Administrator' }, ['admin']),
    owner: instance.user(PEOPLE.owner, {
      first_name: 'Riley',
      last_name: 'Owner',
      email: 'riley.owner@example.com',
    }),
  }
  const helpDeskGroup = instance.insert('sys_user_group', { name: 'Service Desk' }).sys_id!
  instance.insert('sys_user_grmember', { group: helpDeskGroup, user: users.agent })
  const credential = instance.insert('api_key_credentials', {
    name: 'Okta bridge client token',
    api_key: TOKEN,
  }).sys_id!
  let oauth: OAuthSetup | undefined
  if (issuerOrg && server) {
    const clientId = `0oa${randomBytes(8).toString('hex')}`
    const clientSecret = randomBytes(32).toString('base64url')
    const scopes = [...BRIDGE_FLOWS.map((flow) => `jml.${flow}`), 'jml.catalog']
    server.registerClient({ clientId, clientSecret, scopes })
    const tokenUrl = `${server.issuer(issuerOrg.url)}/v1/token`
    const records = addOAuthCredential(instance, {
      name: 'Okta JML bridge (OAuth)',
      clientId,
      clientSecret,
      tokenUrl,
      scopes,
    })
    oauth = { issuerOrg, server, clientId, clientSecret, tokenUrl, scopes, ...records }
  }
  configureConnection(instance, {
    connection_url: bridge.bridge.url,
    credential: oauth ? oauth.credential : credential,
  })
  instance.setProperty('x_okta_jml.help_desk.group', helpDeskGroup)
  return {
    bridge,
    instance,
    users,
    helpDeskGroup,
    departments: { engineering, sales },
    apiKeyCredential: credential,
    ...(oauth ? { oauth } : {}),
    async stop() {
      await instance.stop()
      await bridge.stop()
      await issuerOrg?.stop()
    },
  }
}
