/**
 * The Okta catalog sync, run as the instance runs it: the built scheduled job (`sysauto_script`) and the
 * server-module function the setup calls (`syncOktaCatalog()`), against the sandbox-mode bridge and its
 * Okta sandbox. What the *Okta resource* table holds afterwards is compared with what Okta holds: nobody
 * types an Okta id.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SnRecord } from '../../sandboxes/servicenow/index.ts'
import { bridgeConnection, configureConnection, startWorld, type World } from './support.ts'

const JOB = 'Okta JML: sync the Okta catalog'
const TABLE = 'x_okta_jml_okta_resource'
const SYNC =
  "require('x_okta_jml/okta-jml-bridge/0.1.0/now-app/server/bridge/catalog-glide.ts').syncOktaCatalog()"

interface SyncResult {
  ok: boolean
  inserted: number
  updated: number
  deactivated: number
  unchanged: number
  problems: string[]
  message: string
}

let world: World

beforeAll(async () => {
  world = await startWorld()
}, 600_000)
afterAll(async () => {
  await world?.stop()
})

/** The resource rows, by Okta id, with the synced columns. */
function rows(): Record<string, SnRecord> {
  const byId: Record<string, SnRecord> = {}
  for (const row of world.instance.rows(TABLE)) byId[row.okta_id!] = row
  return byId
}

/** What Okta holds and the policy makes manageable: Okta groups but the protected one, active apps. */
function oktaCatalog(): Record<string, { type: string; name: string; description: string }> {
  const { org, env } = world.bridge
  const expected: Record<string, { type: string; name: string; description: string }> = {}
  for (const group of org.groups.values())
    if (group.type === 'OKTA_GROUP' && group.id !== env.adminsGroupId)
      expected[group.id] = {
        type: 'group',
        name: group.profile.name,
        description: group.profile.description ?? '',
      }
  for (const app of org.apps.values())
    if (app.status === 'ACTIVE') expected[app.id] = { type: 'app', name: app.label, description: '' }
  return expected
}

function synced(): Record<string, { type: string; name: string; description: string }> {
  const out: Record<string, { type: string; name: string; description: string }> = {}
  for (const [id, row] of Object.entries(rows()))
    if (row.active === 'true')
      out[id] = { type: row.type!, name: row.name!, description: row.description ?? '' }
  return out
}

async function sync(): Promise<SyncResult> {
  return (await world.instance.adhoc(SYNC, { user: 'admin' })).value as SyncResult
}

describe('Okta catalog sync', () => {
  it('the first run of the scheduled job inserts every manageable group and app, none protected', async () => {
    // A row an admin typed by hand before the first sync is adopted, not duplicated.
    const engineering = world.bridge.group('Engineering')
    world.instance.insert(TABLE, { name: 'eng (typed by hand)', okta_id: engineering, type: 'group' })

    const run = await world.instance.scheduledJob(JOB)
    expect(run.output.logs.filter((l) => l.level === 'error')).toEqual([])
    expect(run.output.logs.map((l) => l.message).join('\n')).toMatch(/Okta catalog sync: \d+ new, 1 updated/)

    expect(synced()).toEqual(oktaCatalog())
    expect(Object.keys(rows())).not.toContain(world.bridge.env.adminsGroupId)
    expect(world.instance.rows(TABLE, `okta_id=${engineering}`)).toHaveLength(1)
    expect(rows()[engineering]!.name).toBe('Engineering')
    expect(rows()[engineering]!.description).toBe('Engineering (demo)')
    // The request rules come from the bridge policy (support.ts): Support 30 days, GitHub 7, others none.
    const support = rows()[world.bridge.group('Support')]!
    expect([support.requestable, support.max_duration_days, support.permanent_allowed]).toEqual([
      'true',
      '30',
      'false',
    ])
    expect(rows()[world.bridge.app('GitHub')]!.max_duration_days).toBe('7')
    const slack = rows()[world.bridge.app('Slack')]!
    expect([slack.type, slack.requestable, slack.max_duration_days]).toEqual(['app', 'false', ''])
  })

  it('a second run changes nothing', async () => {
    const before = world.instance.rows(TABLE)
    const result = await sync()
    expect(result).toMatchObject({ ok: true, inserted: 0, updated: 0, deactivated: 0, problems: [] })
    expect(result.unchanged).toBe(before.length)
    expect(result.message).toContain('nothing to change')
    expect(world.instance.rows(TABLE)).toEqual(before)
  })

  it('a group renamed in Okta updates its row; a new one is inserted', async () => {
    const sales = world.bridge.org.groups.get(world.bridge.group('Sales'))!
    sales.profile.name = 'Sales EMEA'
    sales.profile.description = 'Sales in Europe'
    const [added] = world.bridge.org.seed({ groups: [{ profile: { name: 'Data science' } }] }).groups
    const result = await sync()
    expect(result).toMatchObject({ ok: true, inserted: 1, updated: 1, deactivated: 0 })
    expect(rows()[sales.id]).toMatchObject({
      name: 'Sales EMEA',
      description: 'Sales in Europe',
      active: 'true',
    })
    expect(rows()[added!.id]).toMatchObject({ name: 'Data science', description: '', type: 'group' })
    expect(synced()).toEqual(oktaCatalog())
  })

  it('a group deleted in Okta and an app no longer active mark their rows inactive; a row a grant points at stays', async () => {
    const { org } = world.bridge
    const supportId = world.bridge.group('Support')
    const support = rows()[supportId]!
    const grant = world.instance.insert('x_okta_jml_access_grant', {
      grant_id: 'grt_catalog_sync_test',
      user: world.users.requester,
      resource: support.sys_id!,
      requested_item: world.instance.insert('sc_req_item', { short_description: 'Request access' }).sys_id!,
      status: 'active',
    }).sys_id!
    org.groups.delete(supportId)
    org.apps.get(world.bridge.app('Slack'))!.status = 'INACTIVE'

    const result = await sync()
    expect(result).toMatchObject({ ok: true, inserted: 0, updated: 0, deactivated: 2 })
    expect(rows()[supportId]).toMatchObject({ sys_id: support.sys_id, active: 'false', name: 'Support' })
    expect(rows()[world.bridge.app('Slack')]!.active).toBe('false')
    expect(world.instance.get('x_okta_jml_access_grant', grant)!.resource).toBe(support.sys_id)
    expect(synced()).toEqual(oktaCatalog())
    // Nothing more to do on the next run: inactive rows of removed resources are left as they are.
    expect(await sync()).toMatchObject({ inserted: 0, updated: 0, deactivated: 0 })
  })

  it('the bridge unreachable: a plain-word problem, and no row touched', async () => {
    const before = world.instance.rows(TABLE)
    const url = world.bridge.bridge.url
    // Port 9 (discard) on loopback: nothing listens there, so the connection is refused.
    configureConnection(world.instance, { connection_url: 'http://127.0.0.1:9' })
    try {
      const run = await world.instance.scheduledJob(JOB)
      const errors = run.output.logs.filter((l) => l.level === 'error').map((l) => l.message)
      expect(errors).toHaveLength(1)
      expect(errors[0]).toMatch(/^Okta catalog sync failed: The bridge could not be reached/)
      expect(errors[0]).toContain('Nothing was changed.')
      const result = await sync()
      expect(result).toMatchObject({ ok: false, inserted: 0, updated: 0, deactivated: 0 })
      expect(result.problems).toEqual([expect.stringMatching(/Check the bridge base URL/)])
      expect(world.instance.rows(TABLE)).toEqual(before)
    } finally {
      configureConnection(world.instance, { connection_url: url })
    }
  })

  it('a credential the bridge refuses: the problem in words, no row touched', async () => {
    const before = world.instance.rows(TABLE)
    const credential = world.instance.insert('api_key_credentials', {
      name: 'a token that may not read the catalog',
      api_key: 'not-a-valid-client-token-of-this-bridge',
    }).sys_id!
    const original = bridgeConnection(world.instance).credential!
    configureConnection(world.instance, { credential })
    try {
      const result = await sync()
      expect(result.ok).toBe(false)
      expect(result.problems[0]).toMatch(/^The bridge refused the catalog request \(401 unauthenticated\)/)
      expect(world.instance.rows(TABLE)).toEqual(before)
    } finally {
      configureConnection(world.instance, { credential: original })
    }
  })
})
