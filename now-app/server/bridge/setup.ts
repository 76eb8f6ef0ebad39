/**
 * Is the app ready to work on this instance? Fluent flows ship inactive, as drafts: the SDK 4.9 build
 * hard-codes `active=false` and `status=draft` on every `sys_hub_flow`, and only `now-sdk install` publishes
 * them afterwards (through an instance endpoint, not through the XML). Installed any other way — an update
 * set, the application repository — no catalog item is fulfilled until an admin activates the flows. This
 * module turns what the Glide shell (`setup-glide.ts`) reads — the app's flows and actions as the instance
 * holds them, the bridge's Connection & Credential alias (described without its secret) and the help-desk
 * property — into problems in plain words, each saying what to do. The Okta JML: Status module shows them;
 * pure, so it is unit-tested.
 */
import { CONNECTION_ALIAS, PROPERTIES } from './api.ts'

/** A flow or subflow of the app: its name as the Fluent file declares it, its sys_id as keys.ts holds it. */
export interface AppFlow {
  name: string
  sysId: string
  type: 'flow' | 'subflow'
}

/**
 * The app's flows and subflows. The Fluent files take the names from here; the sys_ids are the build's
 * (test/now-app/setup.test.ts fails when a built flow's sys_id or name differs, or a flow is missing).
 * Subflows first: a flow can only be activated once the subflow it calls is published.
 */
export const APP_FLOWS = {
  planApproveApply: {
    name: 'Okta Bridge: plan, approve and apply',
    sysId: '3ddc307f1c2648f287fdd9a62878bc1f',
    type: 'subflow',
  },
  accessApproveApply: {
    name: 'Okta Access: approve and apply',
    sysId: 'b1b55597d9474aabbdf7ad65f7ee8918',
    type: 'subflow',
  },
  joiner: { name: 'Okta JML: New hire (Joiner)', sysId: '7e6ce2703a2c490b9a303c31345a4c2b', type: 'flow' },
  mover: { name: 'Okta JML: Role change (Mover)', sysId: 'b812fe96002340d0abb22b14bafa5095', type: 'flow' },
  leaver: { name: 'Okta JML: Leaver', sysId: 'a6d60d8e1abe48d5bfd4980132d39fc4', type: 'flow' },
  accountHelp: { name: 'Okta JML: Account help', sysId: 'e9aec5e9ad2944b08842251f1944f319', type: 'flow' },
  requestAccess: {
    name: 'Okta JML: Request access',
    sysId: '6bed7bfec8a740199cc5e150127b639e',
    type: 'flow',
  },
  endAccess: { name: 'Okta JML: End access', sysId: '6ae2376e844b4ba788839d80cd8362d1', type: 'flow' },
  extendAccess: { name: 'Okta JML: Extend access', sysId: '72b0c5fcd9c9460dbcec12ee2f802e53', type: 'flow' },
} as const satisfies Record<string, AppFlow>

/** The app's custom Flow actions: they too ship as drafts, and a flow using a draft action cannot be activated. */
export const APP_ACTIONS = {
  plan: { name: 'Okta Bridge: Plan', sysId: '169b50d5ef0a456fa5d120b3c95baa9c' },
  invoke: { name: 'Okta Bridge: Invoke', sysId: 'f013786c19094364a7b5b0d6a9293825' },
  buildRequest: { name: 'Okta Bridge: Build request', sysId: '7700817e2a424f51b33fac0f1f82ee88' },
  recordOutcome: { name: 'Okta Bridge: Record outcome', sysId: 'fc8336888f1f4222bdf0551befddcb0e' },
  accessBuildRequest: { name: 'Okta Access: Build request', sysId: '8eb8c16d584f444699a23d2310c75a32' },
  accessRecordGrant: { name: 'Okta Access: Record grant', sysId: '9ff1de5892024ea6a762f7dfc729a98e' },
  accessRejectionNote: { name: 'Okta Access: Rejection note', sysId: '6b2c1f39ab2f4b66aa9bdcf03a6060f8' },
  trackCall: { name: 'Okta Bridge: Track call', sysId: '73d508d01c82439993c595d059662103' },
} as const satisfies Record<string, { name: string; sysId: string }>

/** A flow, subflow or action as the instance holds it (values as `GlideRecord.getValue` answers them). */
export interface InstalledRecord {
  sysId: string
  /** `sys_hub_flow.active` / `sys_hub_action_type_definition.active`: '1', 'true', '0', 'false'. */
  active: string
  /** `sys_hub_flow.status` / `sys_hub_action_type_definition.state`: 'published', 'draft', … */
  status: string
}

/**
 * The bridge connection as the alias holds it, without the secret: whether the alias has an active HTTP
 * connection, its URL, and which kind of credential it selects.
 */
export interface SetupConnection {
  found: boolean
  url: string
  credential: 'api_key' | 'oauth2' | 'none'
}

/** What the shell read: the records found (absent ones are missing), the alias and the properties. */
export interface SetupState {
  flows: InstalledRecord[]
  actions: InstalledRecord[]
  connection: SetupConnection
  /** Property name → value ('' when unset). */
  properties: Record<string, string>
}

/** One thing standing in the way, and what to do about it. */
export interface SetupProblem {
  /** `error`: requests fail or are never fulfilled; `warning`: they work, with a gap. */
  severity: 'error' | 'warning'
  problem: string
  fix: string
}

const WORKFLOW_STUDIO = 'Process Automation > Workflow Studio'

/** Whether a Glide boolean value is true. */
function isTrue(value: string): boolean {
  return value === '1' || value === 'true'
}

/** Every problem of the app's setup, actions first, then subflows, flows, the alias and properties (the order to fix them in). */
export function setupProblems(state: SetupState): SetupProblem[] {
  const problems: SetupProblem[] = []
  const actions = new Map(state.actions.map((a) => [a.sysId, a]))
  for (const action of Object.values(APP_ACTIONS)) {
    const found = actions.get(action.sysId)
    if (!found) {
      problems.push({
        severity: 'error',
        problem: `The Flow action "${action.name}" is not on this instance: the app's installation is incomplete.`,
        fix: 'Install the Okta JML application again (update set, application repository or now-sdk install).',
      })
    } else if (!isTrue(found.active) || found.status !== 'published') {
      problems.push({
        severity: 'error',
        problem: `The Flow action "${action.name}" is not published (${found.status || 'no state'}): flows using it cannot be activated.`,
        fix: `Open it in ${WORKFLOW_STUDIO} (Actions) and select Publish, or run now-sdk install, which publishes it.`,
      })
    }
  }
  const flows = new Map(state.flows.map((f) => [f.sysId, f]))
  for (const flow of Object.values(APP_FLOWS) as AppFlow[]) {
    const found = flows.get(flow.sysId)
    const what = flow.type === 'subflow' ? 'subflow' : 'flow'
    const consequence =
      flow.type === 'subflow'
        ? 'the flows that call it cannot be activated'
        : 'requests of its catalog item wait and are never carried out in Okta'
    if (!found) {
      problems.push({
        severity: 'error',
        problem: `The ${what} "${flow.name}" is not on this instance: ${consequence}.`,
        fix: 'Install the Okta JML application again (update set, application repository or now-sdk install).',
      })
    } else if (!isTrue(found.active) || found.status !== 'published') {
      problems.push({
        severity: 'error',
        problem: `The ${what} "${flow.name}" is inactive (${found.status || 'no status'}): ${consequence}.`,
        fix:
          flow.type === 'subflow'
            ? `Open it in ${WORKFLOW_STUDIO} (Subflows) and select Publish, before activating the flows; or run now-sdk install, which activates everything.`
            : `Open it in ${WORKFLOW_STUDIO} (Flows) and select Activate, once its subflow is published; or run now-sdk install, which activates everything.`,
      })
    }
  }
  const property = (name: string) => (state.properties[name] ?? '').trim()
  const alias = `The Connection & Credential alias "${CONNECTION_ALIAS.name}"`
  const aliasLower = `the Connection & Credential alias "${CONNECTION_ALIAS.name}"`
  const where = `Open Okta JML > Okta bridge setup, or Connections & Credentials > Connection & Credential Aliases > ${CONNECTION_ALIAS.name}`
  if (!state.connection.found) {
    problems.push({
      severity: 'error',
      problem: `${alias} (${CONNECTION_ALIAS.id}) has no active HTTP connection: every request stops with a work note saying so.`,
      fix: `${where}, and give it an active HTTP connection with the bridge's URL and credential.`,
    })
  } else {
    if (state.connection.url.trim() === '') {
      problems.push({
        severity: 'error',
        problem: `The bridge URL is empty on the HTTP connection of ${aliasLower}: every request stops with a work note saying so.`,
        fix: `${where}: set the connection's Connection URL to the bridge's https URL.`,
      })
    }
    if (state.connection.credential === 'none') {
      problems.push({
        severity: 'error',
        problem: `The HTTP connection of ${aliasLower} has no credential the app can use: the bridge refuses every call (401).`,
        fix: `${where}: select an API Key credential holding a bridge client token, or an OAuth 2.0 credential for the bridge's issuer.`,
      })
    }
  }
  if (!property(PROPERTIES.helpDeskGroup)) {
    problems.push({
      severity: 'warning',
      problem: `No help-desk group (${PROPERTIES.helpDeskGroup}): the task opened when a request fails is assigned to nobody.`,
      fix: 'Set the property to the sys_id of the group that handles failed Okta requests.',
    })
  }
  return problems
}

/** Every property {@link setupProblems} reads (the bridge's URL and credential are on the alias). */
export const SETUP_PROPERTIES = [PROPERTIES.helpDeskGroup] as const
