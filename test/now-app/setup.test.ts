/**
 * The setup check (now-app/server/bridge/setup.ts) behind the Okta JML: Status module: inactive flows,
 * subflows and actions — what an update set or the application repository leaves, since the build ships
 * them as drafts — an unconfigured bridge alias and unset properties become problems in words with what to do. Its lists of
 * flows and actions are checked against the build output, so a renamed or added flow cannot slip past it.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { PROPERTIES } from '../../now-app/server/bridge/api.ts'
import {
  APP_ACTIONS,
  APP_FLOWS,
  type InstalledRecord,
  type SetupConnection,
  type SetupState,
  setupProblems,
} from '../../now-app/server/bridge/setup.ts'
import { type BuiltRecord, builtRecords, ensureBuilt, recordsOf, text } from './support/build.js'

/** Every flow and action as the given values. */
function all(active: string, status: string): Pick<SetupState, 'flows' | 'actions'> {
  const as = (sysId: string): InstalledRecord => ({ sysId, active, status })
  return {
    flows: Object.values(APP_FLOWS).map((f) => as(f.sysId)),
    actions: Object.values(APP_ACTIONS).map((a) => as(a.sysId)),
  }
}

const CONFIGURED = {
  [PROPERTIES.helpDeskGroup]: 'fedcba9876543210fedcba9876543210',
}

/** The alias with an active connection, a URL and an OAuth 2.0 credential. */
const CONNECTED: SetupConnection = {
  found: true,
  url: 'https://okta-bridge.example.com',
  credential: 'oauth2',
}

describe('setupProblems', () => {
  it('finds nothing when everything is published and active and the properties are set', () => {
    expect(
      setupProblems({ ...all('1', 'published'), connection: CONNECTED, properties: CONFIGURED }),
    ).toEqual([])
    expect(
      setupProblems({ ...all('true', 'published'), connection: CONNECTED, properties: CONFIGURED }),
    ).toEqual([])
  })

  it('names each draft action, subflow and flow after an update-set install, in the order to fix them', () => {
    const problems = setupProblems({ ...all('0', 'draft'), connection: CONNECTED, properties: CONFIGURED })
    const count = Object.keys(APP_FLOWS).length + Object.keys(APP_ACTIONS).length
    expect(problems).toHaveLength(count)
    expect(problems.every((p) => p.severity === 'error')).toBe(true)
    expect(problems[0]!.problem).toBe(
      'The Flow action "Okta Bridge: Plan" is not published (draft): flows using it cannot be activated.',
    )
    const subflow = problems.findIndex((p) => p.problem.includes(APP_FLOWS.planApproveApply.name))
    const flow = problems.findIndex((p) => p.problem.includes(APP_FLOWS.joiner.name))
    expect(subflow).toBeGreaterThan(Object.keys(APP_ACTIONS).length - 1)
    expect(flow).toBeGreaterThan(subflow)
    expect(problems[subflow]).toEqual({
      severity: 'error',
      problem:
        'The subflow "Okta Bridge: plan, approve and apply" is inactive (draft): the flows that call it cannot be activated.',
      fix: 'Open it in Process Automation > Workflow Studio (Subflows) and select Publish, before activating the flows; or run now-sdk install, which activates everything.',
    })
    expect(problems[flow]!.problem).toBe(
      'The flow "Okta JML: New hire (Joiner)" is inactive (draft): requests of its catalog item wait and are never carried out in Okta.',
    )
    expect(problems[flow]!.fix).toMatch(/select Activate/)
  })

  it('counts a published but deactivated flow, and a missing one', () => {
    const state = all('1', 'published')
    state.flows = state.flows
      .filter((f) => f.sysId !== APP_FLOWS.leaver.sysId)
      .map((f) => (f.sysId === APP_FLOWS.mover.sysId ? { ...f, active: '0' } : f))
    const problems = setupProblems({ ...state, connection: CONNECTED, properties: CONFIGURED })
    expect(problems.map((p) => p.problem)).toEqual([
      'The flow "Okta JML: Role change (Mover)" is inactive (published): requests of its catalog item wait and are never carried out in Okta.',
      'The flow "Okta JML: Leaver" is not on this instance: requests of its catalog item wait and are never carried out in Okta.',
    ])
    expect(problems[1]!.fix).toMatch(/^Install the Okta JML application again/)
  })

  it('names an unconfigured alias and the unset help-desk group, the group only as a warning', () => {
    const none: SetupConnection = { found: false, url: '', credential: 'none' }
    const problems = setupProblems({ ...all('1', 'published'), connection: none, properties: {} })
    expect(problems.map((p) => [p.severity, p.problem])).toEqual([
      [
        'error',
        'The Connection & Credential alias "Okta JML Bridge" (x_okta_jml.Okta_JML_Bridge) has no active HTTP connection: every request stops with a work note saying so.',
      ],
      [
        'warning',
        'No help-desk group (x_okta_jml.help_desk.group): the task opened when a request fails is assigned to nobody.',
      ],
    ])
    // The connection as the app installs it: no URL, no credential.
    const empty: SetupConnection = { found: true, url: ' ', credential: 'none' }
    const unset = setupProblems({ ...all('1', 'published'), connection: empty, properties: CONFIGURED })
    expect(unset.map((p) => [p.severity, p.problem])).toEqual([
      [
        'error',
        'The bridge URL is empty on the HTTP connection of the Connection & Credential alias "Okta JML Bridge": every request stops with a work note saying so.',
      ],
      [
        'error',
        'The HTTP connection of the Connection & Credential alias "Okta JML Bridge" has no credential the app can use: the bridge refuses every call (401).',
      ],
    ])
    expect(unset[0]!.fix).toMatch(/Okta bridge setup.*Connection URL/)
    const apiKey: SetupConnection = { ...CONNECTED, credential: 'api_key' }
    expect(setupProblems({ ...all('1', 'published'), connection: apiKey, properties: CONFIGURED })).toEqual(
      [],
    )
  })
})

describe('the lists of flows and actions', () => {
  let records: BuiltRecord[]

  // The build lock is shared by every checkout using the same node_modules: waiting for it can take minutes.
  beforeAll(async () => {
    await ensureBuilt()
    records = builtRecords()
  }, 600_000)

  it('are exactly the built flows, subflows and actions, by sys_id, name and type', () => {
    const flows = recordsOf(records, 'sys_hub_flow').filter((r) => r.action === 'INSERT_OR_UPDATE')
    expect(flows.map((f) => [text(f, 'sys_id'), text(f, 'name'), text(f, 'type')]).sort()).toEqual(
      Object.values(APP_FLOWS)
        .map((f) => [f.sysId, f.name, f.type])
        .sort(),
    )
    const actions = recordsOf(records, 'sys_hub_action_type_definition').filter(
      (r) => r.action === 'INSERT_OR_UPDATE',
    )
    expect(actions.map((a) => [text(a, 'sys_id'), text(a, 'name')]).sort()).toEqual(
      Object.values(APP_ACTIONS)
        .map((a) => [a.sysId, a.name])
        .sort(),
    )
    // What the shell reads, as the build ships it: the check has something to report after an update set.
    for (const f of flows)
      expect([text(f, 'active'), text(f, 'status')], text(f, 'name')).toEqual(['false', 'draft'])
    for (const a of actions) expect(text(a, 'state'), text(a, 'name')).toBe('draft')
  })

  it('is what the Status module, first in the menu and for admins only, shows through its widget', () => {
    const widget = recordsOf(records, 'sp_widget').find((w) => text(w, 'id') === 'x_okta_jml_status')!
    expect(text(widget, 'script')).toContain('/now-app/server/bridge/setup-glide.ts')
    expect(text(widget, 'script')).toContain("gs.hasRole('x_okta_jml.admin')")
    const page = recordsOf(records, 'sp_page').find((p) => text(p, 'id') === 'x_okta_jml_status')!
    expect(text(page, 'roles')).toBe('x_okta_jml.admin')
    const modules = recordsOf(records, 'sys_app_module').sort(
      (a, b) => Number(text(a, 'order')) - Number(text(b, 'order')),
    )
    expect([text(modules[0]!, 'query'), text(modules[0]!, 'roles')]).toEqual([
      '$sp.do?id=x_okta_jml_status',
      'x_okta_jml.admin',
    ])
  })
})
