/**
 * The world of the stand-in tests: a sandbox-mode bridge (real composition root, in-process Okta sandbox
 * and ServiceNow sandbox), the instance stand-in installed into that ServiceNow sandbox's tables — so what
 * the bridge writes back over the Table API and what the app's scripts read are the same rows — and the
 * people of a small company: a requester, their manager, a help-desk agent, an onboarding approver, an
 * admin. The app is configured as an admin would: the HTTP connection of the app's Connection & Credential
 * alias gets the bridge's URL and an API Key credential holding a client token; the help-desk group is set.
 */
import { Policy } from '../../../bridge/policy/policy.js'
import { CONNECTION_ALIAS } from '../../../now-app/server/bridge/api.ts'
import { type FlowBridge, startFlowBridge, TOKEN } from '../../bridge/support/flows-harness.ts'
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
  stop(): Promise<void>
}

/** Starts the bridge and the stand-in, seeds people and configures the app. */
export async function startWorld(
  options: { activateFlows?: boolean; env?: Record<string, string> } = {},
): Promise<World> {
  const bridge = await startFlowBridge({
    env: options.env ?? {},
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
  configureConnection(instance, { connection_url: bridge.bridge.url, credential })
  instance.setProperty('x_okta_jml.help_desk.group', helpDeskGroup)
  return {
    bridge,
    instance,
    users,
    helpDeskGroup,
    departments: { engineering, sales },
    async stop() {
      await instance.stop()
      await bridge.stop()
    },
  }
}
