/**
 * `GET /api/whoami` and `GET /api/catalog/resources` over HTTP, against a sandbox-mode bridge and its Okta
 * sandbox: the catalog lists every manageable group and app (paged from Okta under a `"*"` policy, looked up
 * one by one under an explicit one) with the names and descriptions Okta holds, never a protected one, with
 * the policy's request rules; credentials are required (and the `catalog` permission for the catalog);
 * a bad query is a 400 problem; whoami tells each credential's permissions.
 */
import { randomBytes } from 'node:crypto'
import request from 'supertest'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PERMISSIONS } from '../../bridge/callers/permissions.js'
import { Policy } from '../../bridge/policy/policy.js'
import type { SandboxEnvironment } from '../../dev/sandbox-mode.js'
import { type RunningBridge, startBridge } from '../../dev/start.js'
import type { Org } from '../sandboxes/okta/org.js'

const ADMIN = randomBytes(32).toString('base64url')
const CATALOG_ONLY = randomBytes(32).toString('base64url')
const JOINER_ONLY = randomBytes(32).toString('base64url')

interface Resource {
  type: 'group' | 'app'
  id: string
  name: string
  description: string | null
  requestable: boolean
  maxDays: number | null
  permanent: boolean
}

/** Starts a sandbox-mode bridge with three client tokens and a policy made from its sandbox. */
function start(policy: (sandbox: SandboxEnvironment) => Policy): Promise<RunningBridge> {
  return startBridge(
    {
      NODE_ENV: 'test',
      PORT: '0',
      LOG_LEVEL: 'silent',
      RECONCILE_INTERVAL_MINUTES: '0',
      BRIDGE_CLIENT_TOKENS: JSON.stringify([
        { name: 'servicenow', token: ADMIN },
        { name: 'catalog-sync', token: CATALOG_ONLY, flows: ['catalog'] },
        { name: 'joiner-only', token: JOINER_ONLY, flows: ['joiner'] },
      ]),
    },
    { print: () => {}, policy },
  )
}

function expectProblem(res: request.Response, status: number, code: string): void {
  expect(res.status).toBe(status)
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/)
  expect(res.body.code).toBe(code)
}

describe('a "*" policy: every group and app from Okta, paged', () => {
  let bridge: RunningBridge
  let org: Org
  let env: SandboxEnvironment
  const id = (name: string) =>
    env.groups.find((g) => g.name === name)?.id ?? env.apps.find((a) => a.label === name)!.id

  beforeAll(async () => {
    bridge = await start((sandbox) =>
      Policy.parse({
        manageableGroups: ['*'],
        manageableApps: ['*'],
        protectedGroups: [sandbox.adminsGroupId],
        protectedApps: [sandbox.apps.find((a) => a.label === 'Salesforce')!.id],
        accessGrants: {
          maxDays: 60,
          resources: {
            [sandbox.groups.find((g) => g.name === 'Support')!.id]: { maxDays: 30 },
            [sandbox.apps.find((a) => a.label === 'GitHub')!.id]: { permanent: true },
          },
        },
      }),
    )
    env = bridge.sandbox!
    org = env.sandbox.org
    // More groups than one page of the bridge's group listing (200), so paging is exercised.
    org.seed({
      groups: Array.from({ length: 230 }, (_, i) => ({
        profile: {
          name: `Team ${String(i).padStart(3, '0')}`,
          description: i % 2 ? `Team number ${i}` : null,
        },
      })),
      apps: [{ name: 'bookmark', label: 'Old wiki' }],
    })
    // An app switched off in Okta cannot be assigned: it is not in the catalog.
    const wiki = [...org.apps.values()].find((a) => a.label === 'Old wiki')!
    wiki.status = 'INACTIVE'
  })
  afterAll(async () => {
    await bridge?.stop()
  })

  const catalog = (query = '', token = ADMIN) =>
    request(bridge.url).get(`/api/catalog/resources${query}`).set('x-api-client-token', token)

  it('lists every Okta group and active app but the protected ones, with Okta’s names and descriptions', async () => {
    const res = await catalog()
    expect(res.status).toBe(200)
    const resources = res.body.resources as Resource[]
    // What Okta holds, read from the sandbox: Okta groups (not Everyone), active apps.
    const expectedGroups = [...org.groups.values()]
      .filter((g) => g.type === 'OKTA_GROUP' && g.id !== env.adminsGroupId)
      .map((g) => ({ id: g.id, name: g.profile.name, description: g.profile.description }))
    const expectedApps = [...org.apps.values()]
      .filter((a) => a.status === 'ACTIVE' && a.label !== 'Salesforce')
      .map((a) => ({ id: a.id, name: a.label, description: null }))
    const groups = resources.filter((r) => r.type === 'group')
    const apps = resources.filter((r) => r.type === 'app')
    expect(groups.length).toBeGreaterThan(200)
    expect(groups.map(({ id, name, description }) => ({ id, name, description }))).toEqual(
      expect.arrayContaining(expectedGroups),
    )
    expect(groups).toHaveLength(expectedGroups.length)
    expect(apps.map(({ id, name, description }) => ({ id, name, description })).sort(byId)).toEqual(
      expectedApps.sort(byId),
    )
    const ids = resources.map((r) => r.id)
    expect(ids).not.toContain(env.adminsGroupId)
    expect(ids).not.toContain(id('Salesforce'))
    expect(ids).not.toContain(org.everyone.id)
    expect(resources.find((r) => r.name === 'Team 001')!.description).toBe('Team number 1')
    expect(resources.find((r) => r.name === 'Team 002')!.description).toBeNull()
  })

  it('takes requestable, maxDays and permanent from the policy’s accessGrants', async () => {
    const resources = (await catalog()).body.resources as Resource[]
    const byName = (name: string) => resources.find((r) => r.name === name)!
    expect(byName('Support')).toMatchObject({ requestable: true, maxDays: 30, permanent: false })
    expect(byName('GitHub')).toMatchObject({ requestable: true, maxDays: 60, permanent: true })
    expect(byName('Engineering')).toMatchObject({ requestable: false, maxDays: null, permanent: false })
    expect(byName('Slack')).toMatchObject({ requestable: false, maxDays: null, permanent: false })
    expect(resources.filter((r) => r.requestable).map((r) => r.name)).toEqual(['Support', 'GitHub'])
  })

  it('filters by type', async () => {
    const groups = (await catalog('?type=group')).body.resources as Resource[]
    const apps = (await catalog('?type=app')).body.resources as Resource[]
    expect(new Set(groups.map((r) => r.type))).toEqual(new Set(['group']))
    expect(new Set(apps.map((r) => r.type))).toEqual(new Set(['app']))
    const all = (await catalog()).body.resources as Resource[]
    expect(groups.length + apps.length).toBe(all.length)
  })

  it('answers 400 problem+json for a bad, repeated or unknown query parameter', async () => {
    for (const query of ['?type=user', '?type=group&type=app', '?type=', '?requestable=true']) {
      const res = await catalog(query)
      expectProblem(res, 400, 'invalid-input')
      expect(res.body.errors[0].path).toMatch(/^\?(type|requestable)$/)
    }
  })

  it('requires credentials, and the catalog permission', async () => {
    expectProblem(await request(bridge.url).get('/api/catalog/resources'), 401, 'unauthenticated')
    // Credentials are checked before the query: an anonymous caller learns nothing about the parameters.
    expectProblem(await request(bridge.url).get('/api/catalog/resources?type=user'), 401, 'unauthenticated')
    expectProblem(await catalog('', randomBytes(32).toString('base64url')), 401, 'unauthenticated')
    expectProblem(await catalog('', JOINER_ONLY), 403, 'forbidden-catalog')
    const allowed = await catalog('', CATALOG_ONLY)
    expect(allowed.status).toBe(200)
    expect(allowed.body.resources.length).toBeGreaterThan(0)
    const post = await request(bridge.url).post('/api/catalog/resources').set('x-api-client-token', ADMIN)
    expectProblem(post, 405, 'method-not-allowed')
  })

  it('whoami: the caller and exactly the permissions its credential holds', async () => {
    const whoami = (token: string) => request(bridge.url).get('/api/whoami').set('x-api-client-token', token)
    expect((await whoami(ADMIN)).body).toEqual({
      caller: 'servicenow',
      kind: 'client-token',
      permissions: [...PERMISSIONS],
    })
    expect((await whoami(CATALOG_ONLY)).body).toEqual({
      caller: 'catalog-sync',
      kind: 'client-token',
      permissions: ['catalog'],
    })
    expect((await whoami(JOINER_ONLY)).body.permissions).toEqual(['joiner'])
    expect(PERMISSIONS).toEqual(expect.arrayContaining(['joiner', 'audit', 'reconcile', 'catalog']))
  })

  it('whoami: 401 without a valid credential, 400 for a query parameter', async () => {
    expectProblem(await request(bridge.url).get('/api/whoami'), 401, 'unauthenticated')
    expectProblem(
      await request(bridge.url).get('/api/whoami').set('x-api-client-token', 'not-a-token'),
      401,
      'unauthenticated',
    )
    expectProblem(
      await request(bridge.url).get('/api/whoami?verbose=1').set('x-api-client-token', ADMIN),
      400,
      'invalid-input',
    )
    // The client token may come as a query parameter, as for every endpoint.
    const byQuery = await request(bridge.url).get(`/api/whoami?clientToken=${CATALOG_ONLY}`)
    expect(byQuery.body.caller).toBe('catalog-sync')
  })

  it('both endpoints are in the OpenAPI document, and the read scopes in the least-privilege report', async () => {
    const doc = (await request(bridge.url).get('/openapi.json')).body
    const catalogOp = doc.paths['/api/catalog/resources'].get
    const whoamiOp = doc.paths['/api/whoami'].get
    expect(Object.keys(catalogOp.responses).sort()).toEqual(['200', '400', '401', '403', '502', '503'])
    expect(catalogOp.parameters[0]).toMatchObject({ name: 'type', schema: { enum: ['group', 'app'] } })
    expect(Object.keys(whoamiOp.responses)).toContain('401')
    const catalogSchema = doc.components.schemas.CatalogResources
    expect(catalogSchema.properties.resources.items.required.sort()).toEqual(
      ['description', 'id', 'maxDays', 'name', 'permanent', 'requestable', 'type'].sort(),
    )
    expect(doc.components.schemas.WhoAmI.required).toEqual(expect.arrayContaining(['caller', 'permissions']))
    expect(doc.components.securitySchemes.oauth2.flows.clientCredentials.scopes).toHaveProperty('jml.catalog')
    const report = await request(bridge.url).get('/api/least-privilege').set('x-api-client-token', ADMIN)
    expect(report.body.catalog).toEqual({
      scopes: ['okta.apps.read', 'okta.groups.read'],
      inboundScope: 'jml.catalog',
    })
  })
})

describe('an explicit policy: each listed resource looked up, missing and protected ones left out', () => {
  let bridge: RunningBridge
  let env: SandboxEnvironment

  beforeAll(async () => {
    bridge = await start((sandbox) => {
      const group = (name: string) => sandbox.groups.find((g) => g.name === name)!.id
      const app = (label: string) => sandbox.apps.find((a) => a.label === label)!.id
      return Policy.parse({
        manageableGroups: [group('Sales'), group('Support'), sandbox.adminsGroupId, '00g000000000000gone1'],
        manageableApps: [app('Slack')],
        protectedGroups: [sandbox.adminsGroupId],
        accessGrants: { resources: { [group('Sales')]: { maxDays: 14 } } },
      })
    })
    env = bridge.sandbox!
  })
  afterAll(async () => {
    await bridge?.stop()
  })

  it('lists what is manageable and exists, nothing else', async () => {
    const res = await request(bridge.url).get('/api/catalog/resources').set('x-api-client-token', ADMIN)
    expect(res.status).toBe(200)
    const group = (name: string) => env.groups.find((g) => g.name === name)!.id
    expect(res.body.resources).toEqual([
      {
        type: 'group',
        id: group('Sales'),
        name: 'Sales',
        description: 'Sales (demo)',
        requestable: true,
        maxDays: 14,
        permanent: false,
      },
      {
        type: 'group',
        id: group('Support'),
        name: 'Support',
        description: 'Support (demo)',
        requestable: false,
        maxDays: null,
        permanent: false,
      },
      {
        type: 'app',
        id: env.apps.find((a) => a.label === 'Slack')!.id,
        name: 'Slack',
        description: null,
        requestable: false,
        maxDays: null,
        permanent: false,
      },
    ])
  })
})

function byId(a: { id: string }, b: { id: string }): number {
  return a.id.localeCompare(b.id)
}
