/**
 * Unit tests of the Okta catalog sync's pure logic (now-app/server/bridge/catalog.ts): reading the bridge's
 * answer and planning the table changes. The sync end to end, through the built job against the bridge,
 * is in test/now-app/instance/catalog-sync.test.ts.
 */
import { describe, expect, it } from 'vitest'
import {
  type CatalogEntry,
  failedSync,
  parseCatalogAnswer,
  planSync,
  type ResourceRow,
  syncResult,
  valuesOf,
} from '../../now-app/server/bridge/catalog.ts'

const GROUP: CatalogEntry = {
  type: 'group',
  id: '00g1111111111111111a',
  name: 'Support',
  description: 'Support team',
  requestable: true,
  maxDays: 30,
  permanent: false,
}
const APP: CatalogEntry = {
  type: 'app',
  id: '0oa2222222222222222b',
  name: 'Slack',
  description: null,
  requestable: false,
  maxDays: null,
  permanent: false,
}

/** A row as Glide reads it back: booleans as '1'/'0'. */
function row(sysId: string, entry: CatalogEntry, overrides: Partial<ResourceRow> = {}): ResourceRow {
  const values = valuesOf(entry)
  const glideBool = (v: string) => (v === 'true' ? '1' : '0')
  return {
    sysId,
    ...values,
    requestable: glideBool(values.requestable),
    permanent_allowed: glideBool(values.permanent_allowed),
    active: glideBool(values.active),
    ...overrides,
  }
}

describe('planSync', () => {
  it('inserts what is new, as Glide strings', () => {
    const plan = planSync([GROUP, APP], [])
    expect(plan.inserts).toEqual([
      {
        okta_id: GROUP.id,
        type: 'group',
        name: 'Support',
        description: 'Support team',
        requestable: 'true',
        max_duration_days: '30',
        permanent_allowed: 'false',
        active: 'true',
      },
      {
        okta_id: APP.id,
        type: 'app',
        name: 'Slack',
        description: '',
        requestable: 'false',
        max_duration_days: '',
        permanent_allowed: 'false',
        active: 'true',
      },
    ])
    expect(plan).toMatchObject({ updates: [], deactivations: [], unchanged: 0 })
  })

  it('leaves rows that match (booleans read back as 1/0) unchanged', () => {
    expect(planSync([GROUP, APP], [row('a', GROUP), row('b', APP)])).toEqual({
      inserts: [],
      updates: [],
      deactivations: [],
      unchanged: 2,
    })
  })

  it('updates only the columns that differ, and adopts a row typed by hand', () => {
    const renamed = { ...GROUP, name: 'Support EMEA', maxDays: 14 }
    const typed: ResourceRow = {
      sysId: 'b',
      okta_id: APP.id,
      type: 'app',
      name: 'slack (typed)',
      description: '',
      requestable: '1',
      max_duration_days: '5',
      permanent_allowed: '',
      active: '1',
    }
    const plan = planSync([renamed, APP], [row('a', GROUP), typed])
    expect(plan.updates).toEqual([
      { sysId: 'a', values: { name: 'Support EMEA', max_duration_days: '14' } },
      { sysId: 'b', values: { name: 'Slack', requestable: 'false', max_duration_days: '' } },
    ])
    expect(plan.inserts).toEqual([])
  })

  it('marks rows of resources gone from the catalog inactive, once; a returning one becomes active again', () => {
    const gone = row('a', GROUP)
    const alreadyInactive = row('c', { ...GROUP, id: '00g3333333333333333c' }, { active: '0' })
    const back = row('b', APP, { active: '0' })
    const plan = planSync([APP], [gone, alreadyInactive, back])
    expect(plan.deactivations).toEqual(['a'])
    expect(plan.updates).toEqual([{ sysId: 'b', values: { active: 'true' } }])
    expect(plan.unchanged).toBe(1)
  })

  it('cuts values longer than the columns, and counts a repeated entry once', () => {
    const long = { ...GROUP, name: 'n'.repeat(150), description: 'd'.repeat(1500) }
    const plan = planSync([long, long], [])
    expect(plan.inserts).toHaveLength(1)
    expect(plan.inserts[0]!.name).toHaveLength(100)
    expect(plan.inserts[0]!.description).toHaveLength(1000)
  })
})

describe('parseCatalogAnswer', () => {
  it('reads a catalog', () => {
    const answer = { status: 200, body: JSON.stringify({ resources: [GROUP, APP] }) }
    expect(parseCatalogAnswer(answer)).toEqual({ ok: true, entries: [GROUP, APP] })
  })

  it('says in words when the bridge cannot be reached', () => {
    const parsed = parseCatalogAnswer({ status: 0, body: '', transportError: 'Connection refused' })
    expect(parsed).toEqual({
      ok: false,
      problem:
        'The bridge could not be reached (Connection refused). Check the bridge base URL and that the bridge is running, then run the sync again. Nothing was changed.',
    })
  })

  it('names the missing permission when the credential may not read the catalog', () => {
    const body = JSON.stringify({
      type: 'urn:okta-jml-bridge:problem:forbidden-catalog',
      title: 'These credentials may not read the catalog',
      status: 403,
      code: 'forbidden-catalog',
      detail: 'Client token servicenow may not read the catalog.',
    })
    const parsed = parseCatalogAnswer({ status: 403, body })
    expect(parsed.ok).toBe(false)
    if (!parsed.ok) {
      expect(parsed.problem).toMatch(/^The bridge refused the catalog request \(403 forbidden-catalog\)/)
      expect(parsed.problem).toContain(
        '"catalog" in the client token’s flows, or the OAuth scope jml.catalog',
      )
    }
  })

  it('refuses a 2xx that is not a catalog, or an entry without a usable Okta id', () => {
    expect(parseCatalogAnswer({ status: 200, body: '<html>' })).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/is the base URL that of the Okta JML bridge\?/),
    })
    const bad = { status: 200, body: JSON.stringify({ resources: [GROUP, { ...APP, id: 'x' }] }) }
    expect(parseCatalogAnswer(bad)).toMatchObject({
      ok: false,
      problem: expect.stringContaining('(entry 2)'),
    })
  })
})

describe('results', () => {
  it('says what a sync did, and that a failed one changed nothing', () => {
    const plan = planSync([GROUP], [row('x', APP)])
    expect(syncResult(plan)).toEqual({
      ok: true,
      inserted: 1,
      updated: 0,
      deactivated: 1,
      unchanged: 0,
      problems: [],
      message:
        'Okta catalog sync: 1 new, 0 updated, 1 no longer in the catalog and marked inactive, 0 unchanged.',
    })
    expect(failedSync('It broke.')).toMatchObject({ ok: false, problems: ['It broke.'], inserted: 0 })
  })
})
