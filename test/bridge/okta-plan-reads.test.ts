/**
 * A plan's reads of groups and apps in as few Okta calls as Okta allows (issue 17, "Round trips"): one
 * `GET /api/v1/groups?search=id eq "…" or …` and one `GET /api/v1/apps?filter=id eq "…" or …` instead of a GET
 * per id, then a short-lived metadata cache by id. Counted at the Okta sandbox:
 * - a joiner with 10 groups and 5 apps, over HTTP: the exact Management API calls, first and with a warm cache;
 * - the policy still decides on each request's own ids, whatever is cached;
 * - a renamed group is seen once the cache entry's TTL has passed (the clock moved), a deleted one at once
 *   after Okta answers 404 for it;
 * - ids the list does not answer are read by id (Okta's search lags its writes; inactive apps).
 */
import { exportJWK, exportPKCS8, generateKeyPair } from 'jose'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  createOktaPortFactory,
  OktaRequestExecutor,
  OktaTokenSource,
} from '../../bridge/adapters/okta/index.js'
import { MetadataCache } from '../../bridge/adapters/okta/metadata-cache.js'
import { IDS_PER_QUERY } from '../../bridge/adapters/okta/okta-port.js'
import { Policy } from '../../bridge/policy/policy.js'
import type { OktaPort } from '../../bridge/ports/okta.js'
import { type OktaSandbox, startOktaSandbox } from '../sandboxes/okta/index.js'
import {
  expectProblem,
  expectSucceeded,
  type FlowBridge,
  startFlowBridge,
  TICKET,
  uniqueLogin,
} from './support/flows-harness.js'
import { ManualClock } from './support/manual-clock.js'

/** The sandbox's answered requests by route since `before` (token endpoint included). */
function callsSince(sandbox: OktaSandbox, before: Record<string, number>): Record<string, number> {
  const out: Record<string, number> = {}
  for (const [route, count] of Object.entries(sandbox.stats().requests)) {
    const made = count - (before[route] ?? 0)
    if (made > 0) out[route] = made
  }
  return out
}

/** Management API calls in a {@link callsSince} answer (the token endpoint's left out). */
function managementCalls(calls: Record<string, number>): number {
  return Object.entries(calls)
    .filter(([route]) => route !== 'POST /oauth2/v1/token')
    .reduce((sum, [, count]) => sum + count, 0)
}

describe('the joiner reads its groups and apps in one call each', () => {
  let h: FlowBridge
  let groups: string[]
  let apps: string[]
  let outside: string

  beforeAll(async () => {
    h = await startFlowBridge({
      policy: (env) => {
        const seeded = env.sandbox.org.seed({
          groups: Array.from({ length: 11 }, (_, i) => ({ profile: { name: `Round trip group ${i}` } })),
          apps: Array.from({ length: 5 }, (_, i) => ({ name: 'bookmark', label: `Round trip app ${i}` })),
        })
        groups = seeded.groups.slice(0, 10).map((g) => g.id)
        outside = seeded.groups[10]!.id
        apps = seeded.apps.map((a) => a.id)
        return Policy.parse({ manageableGroups: groups, manageableApps: apps })
      },
    })
  })

  afterAll(async () => {
    await h?.stop()
  })

  const joiner = (extraGroups: string[] = []) => {
    const login = uniqueLogin('rt')
    return h.invoke('joiner', {
      ticket: TICKET,
      profile: { login, email: login, firstName: 'Round', lastName: 'Trip' },
      groups: [...groups, ...extraGroups],
      apps,
    })
  }

  it('10 groups + 5 apps: 10 Okta calls (was 23: a GET per group and app), then 8 with the cache warm', async () => {
    const before = h.sandbox.stats().requests
    expectSucceeded(await joiner(), 'joiner')
    const first = callsSince(h.sandbox, before)
    // GET user by login (none yet), one group search, one app list, the create (carrying the 10 groups), 5 app
    // assignments, the activation.
    expect(managementCalls(first)).toBe(10)
    expect(first['GET /api/v1/groups']).toBe(1)
    expect(first['GET /api/v1/apps']).toBe(1)
    expect(first['GET /api/v1/groups/:groupId']).toBeUndefined()
    expect(first['GET /api/v1/apps/:appId']).toBeUndefined()

    const again = h.sandbox.stats().requests
    expectSucceeded(await joiner(), 'joiner')
    const second = callsSince(h.sandbox, again)
    expect(managementCalls(second)).toBe(8)
    expect(second['GET /api/v1/groups']).toBeUndefined()
    expect(second['GET /api/v1/apps']).toBeUndefined()
  })

  it('the policy decides on each request’s ids, cached or not: a group outside it is refused, nothing written', async () => {
    expectSucceeded(await joiner(), 'joiner') // every group and app cached
    const before = h.sandbox.stats().requests
    const refused = await joiner([outside])
    expect(refused.status).toBe(403)
    const calls = callsSince(h.sandbox, before)
    expect(
      Object.keys(calls).filter((route) => !route.startsWith('GET ') && !route.includes('token')),
    ).toEqual([])
  })

  it('a group deleted behind the bridge’s back: the create fails on Okta’s 404, and the next plan reads it afresh', async () => {
    expectSucceeded(await joiner(), 'joiner') // cached
    const gone = groups[9]!
    h.org.groups.delete(gone)
    const failed = await joiner()
    expect(failed.status).toBeGreaterThanOrEqual(400)
    const before = h.sandbox.stats().requests
    const next = await joiner()
    expectProblem(next, 422, 'group-not-found')
    expect((next.body as { detail: string }).detail).toContain(gone)
    // Only the forgotten group was read again: by search, then by id (the search did not answer it).
    const calls = callsSince(h.sandbox, before)
    expect(calls['GET /api/v1/groups']).toBe(1)
    expect(calls['GET /api/v1/groups/:groupId']).toBe(1)
  })
})

describe('OktaPort.findGroups / findApps against the sandbox', () => {
  let sandbox: OktaSandbox
  let clock: ManualClock
  let port: OktaPort

  beforeAll(async () => {
    sandbox = await startOktaSandbox()
    const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true })
    const publicJwk = { ...(await exportJWK(publicKey)), kid: 'reads', alg: 'RS256', use: 'sig' }
    const scopes = ['okta.groups.read', 'okta.groups.manage', 'okta.apps.read', 'okta.users.read']
    sandbox.auth.registerClient({ client_id: '0oareads', jwks: { keys: [publicJwk] }, scopes, dpop: true })
    const tokenSource = new OktaTokenSource({
      orgUrl: sandbox.url,
      clientId: '0oareads',
      privateKey: await exportPKCS8(privateKey),
      keyId: 'reads',
    })
    clock = new ManualClock()
    // The manual clock ages the metadata cache only. The executor paces by real time, as the sandbox's windows
    // (and its Date header) run on real time: a pacer whose clock jumps an hour ahead of Okta's would wait, on
    // a clock nobody moves, for windows it believes have reset.
    port = createOktaPortFactory({
      orgUrl: sandbox.url,
      tokenSource,
      clock,
      executor: new OktaRequestExecutor(),
      metadataTtlMs: 60_000,
    })(scopes)
  })

  afterAll(async () => {
    await sandbox?.stop()
  })

  it('a rename is seen once the TTL has passed, not before', async () => {
    const [group] = sandbox.org.seed({ groups: [{ profile: { name: 'Before rename' } }] }).groups
    const id = group!.id
    expect((await port.findGroups([id])).get(id)?.name).toBe('Before rename')
    sandbox.org.groups.get(id)!.profile.name = 'After rename'
    const before = sandbox.stats().requests
    clock.advance(59_000)
    expect((await port.findGroups([id])).get(id)?.name).toBe('Before rename')
    expect(callsSince(sandbox, before)).toEqual({})
    clock.advance(1_000)
    expect((await port.findGroups([id])).get(id)?.name).toBe('After rename')
    expect(callsSince(sandbox, before)).toEqual({ 'GET /api/v1/groups': 1 })
  })

  it('a 404 on a write forgets the group at once; an unknown id is absent; duplicates are read once', async () => {
    const [kept, gone] = sandbox.org.seed({
      groups: [{ profile: { name: 'Kept' } }, { profile: { name: 'Gone' } }],
      users: [
        { profile: { login: 'x.y@example.com', email: 'x.y@example.com', firstName: 'X', lastName: 'Y' } },
      ],
    }).groups
    const user = sandbox.org.findUser('x.y@example.com')!
    const ids = [kept!.id, gone!.id, kept!.id, '00gnosuchgroup000000']
    const first = await port.findGroups(ids)
    expect([...first.keys()].sort()).toEqual([kept!.id, gone!.id].sort())
    sandbox.org.groups.delete(gone!.id)
    expect((await port.findGroups([gone!.id])).has(gone!.id)).toBe(true) // cached, within the TTL
    await expect(port.addGroupMember(gone!.id, user.id)).rejects.toMatchObject({ kind: 'not-found' })
    const before = sandbox.stats().requests
    const after = await port.findGroups([kept!.id, gone!.id])
    expect([...after.keys()]).toEqual([kept!.id])
    expect(callsSince(sandbox, before)).toEqual({ 'GET /api/v1/groups': 1, 'GET /api/v1/groups/:groupId': 1 })
  })

  it(`more than ${IDS_PER_QUERY} ids take one list call per ${IDS_PER_QUERY}; apps are listed by id too`, async () => {
    const seeded = sandbox.org.seed({
      groups: Array.from({ length: IDS_PER_QUERY + 5 }, (_, i) => ({ profile: { name: `Many ${i}` } })),
      apps: [
        { name: 'bookmark', label: 'Listed app' },
        { name: 'bookmark', label: 'Another app' },
      ],
    })
    clock.advance(3_600_000) // nothing cached from the tests before
    const before = sandbox.stats().requests
    const found = await port.findGroups(seeded.groups.map((g) => g.id))
    expect(found.size).toBe(IDS_PER_QUERY + 5)
    const apps = await port.findApps(seeded.apps.map((a) => a.id))
    expect([...apps.values()].map((a) => a.label).sort()).toEqual(['Another app', 'Listed app'])
    expect(callsSince(sandbox, before)).toEqual({ 'GET /api/v1/groups': 2, 'GET /api/v1/apps': 1 })
  })
})

describe('MetadataCache', () => {
  it('is bounded in size (the oldest entry goes first) and in age', () => {
    let now = 0
    const cache = new MetadataCache<string>({ ttlMs: 1_000, maxEntries: 3, now: () => now })
    for (const id of ['a', 'b', 'c', 'd']) cache.set(id, id.toUpperCase())
    expect(cache.size).toBe(3)
    expect(cache.get('a')).toBeUndefined()
    expect(['b', 'c', 'd'].map((id) => cache.get(id))).toEqual(['B', 'C', 'D'])
    now = 999
    expect(cache.get('b')).toBe('B')
    now = 1_000
    expect(cache.get('b')).toBeUndefined()
    cache.set('e', 'E')
    cache.invalidate('e')
    expect(cache.get('e')).toBeUndefined()
  })
})
