/**
 * The bridge's Okta calls are what the official SDK sends. The bridge no longer loads `@okta/okta-sdk-nodejs`
 * at run time (its thin client, `management-client.ts`, saves ~95 MB of RSS); this file is the proof that
 * nothing else changed: every Management API operation the bridge uses is sent through the bridge's client and
 * through a real SDK 8.1.0 client (`support/sdk-client.ts`, locked down as the adapter once built it), both
 * against the Okta sandbox, with the same token source and the same kind of executor — and the requests the
 * wire carries are compared: method, URL (path and query, in order), headers (the credentials by scheme, the
 * DPoP proof by its `htm`/`htu`), and the JSON body. Lists are read with tiny pages so the SDK's paging (`Link`
 * next) is compared too, and a 404 must map to the same port error from both.
 */
import { decodeJwt, exportJWK, exportPKCS8, generateKeyPair } from 'jose'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { toOktaError } from '../../bridge/adapters/okta/error-mapping.js'
import { OktaRequestExecutor, OktaTokenSource } from '../../bridge/adapters/okta/index.js'
import { OktaManagementClient } from '../../bridge/adapters/okta/management-client.js'
import { oktaCallContext } from '../../bridge/adapters/okta/request-executor.js'
import { eq, or } from '../../bridge/adapters/okta/search-expression.js'
import { outboundFetch } from '../../bridge/adapters/outbound-fetch.js'
import { OktaError } from '../../bridge/ports/okta.js'
import { type OktaSandbox, startOktaSandbox } from '../sandboxes/okta/index.js'
import { sdkClient } from './support/sdk-client.js'

const SCOPES = [
  'okta.users.read',
  'okta.users.manage',
  'okta.groups.read',
  'okta.groups.manage',
  'okta.apps.read',
  'okta.apps.manage',
  'okta.logs.read',
]
const CLIENT_ID = '0oaparitydpop'
const USER_AGENT = 'okta-jml-bridge parity'

/** One request as the wire carried it, with what differs per request by nature (token, proof) abstracted. */
interface Sent {
  method: string
  url: string
  headers: Record<string, string>
  body: unknown
}

let sandbox: OktaSandbox
let bridge: OktaManagementClient
let sdk: ReturnType<typeof sdkClient>
const sent: Sent[] = []

/**
 * A `fetch` that records the Management API requests (not the token endpoint's) and sends them on with the
 * bridge's own transport, so both clients' calls cross the wire as the bridge sends them.
 */
const recording: typeof fetch = async (input, init) => {
  const url = String(input)
  if (url.includes('/api/v1/')) {
    const headers: Record<string, string> = {}
    new Headers(init?.headers).forEach((value, name) => {
      headers[name] = value
    })
    const method = String(init?.method)
    if (headers.authorization) headers.authorization = headers.authorization.split(' ')[0]!
    if (headers.dpop) {
      const proof = decodeJwt(headers.dpop)
      expect(proof.htm).toBe(method)
      expect(proof.htu).toBe(url.split('?')[0])
      headers.dpop = 'proof for htm/htu'
    }
    const body = typeof init?.body === 'string' ? JSON.parse(init.body) : init?.body
    sent.push({ method, url, headers, body })
  }
  return outboundFetch(input, init)
}

beforeAll(async () => {
  sandbox = await startOktaSandbox()
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true })
  const publicJwk = { ...(await exportJWK(publicKey)), kid: 'parity', alg: 'RS256', use: 'sig' }
  sandbox.auth.registerClient({
    client_id: CLIENT_ID,
    jwks: { keys: [publicJwk] },
    scopes: SCOPES,
    dpop: true,
  })
  const tokens = new OktaTokenSource({
    orgUrl: sandbox.url,
    clientId: CLIENT_ID,
    privateKey: await exportPKCS8(privateKey),
    keyId: 'parity',
  })
  bridge = new OktaManagementClient(
    sandbox.url,
    tokens,
    SCOPES,
    new OktaRequestExecutor({ fetch: recording }),
    USER_AGENT,
  )
  sdk = sdkClient(sandbox.url, tokens, SCOPES, new OktaRequestExecutor({ fetch: recording }), USER_AGENT)
})

afterAll(async () => {
  await sandbox?.stop()
})

/** What one side sent for `work`, and what it answered (items of a list drained) or threw. */
async function sending(work: () => Promise<unknown>): Promise<{ requests: Sent[]; answer: unknown }> {
  sent.length = 0
  let answer: unknown
  try {
    answer = await oktaCallContext.run(
      { requestId: null, repeatedAfterAmbiguousFailure: false },
      async () => {
        const value = await work()
        if (value && typeof value === 'object' && Symbol.asyncIterator in value) {
          const items: unknown[] = []
          for await (const item of value as AsyncIterable<unknown>) items.push(item)
          return items
        }
        return value
      },
    )
  } catch (error) {
    answer = toOktaError(error, 'other')
  }
  return { requests: [...sent], answer }
}

/**
 * Runs the bridge's call first (on the state the test set up), then the SDK's same call, and requires the same
 * requests. The SDK's call may find the change already made (a conflict): only the requests are compared.
 */
async function same(
  bridgeCall: (c: OktaManagementClient) => Promise<unknown>,
  sdkCall: (c: typeof sdk) => Promise<unknown>,
): Promise<{ bridge: unknown; sdk: unknown; requests: Sent[] }> {
  const ours = await sending(() => bridgeCall(bridge))
  const theirs = await sending(() => sdkCall(sdk))
  expect(ours.requests.length).toBeGreaterThan(0)
  expect(ours.requests).toEqual(theirs.requests)
  return { bridge: ours.answer, sdk: theirs.answer, requests: ours.requests }
}

describe('the bridge sends what @okta/okta-sdk-nodejs 8.1.0 sends', () => {
  let userId: string
  let memberId: string
  let groupId: string
  let appId: string

  beforeAll(() => {
    const seeded = sandbox.org.seed({
      groups: ['Parity A', 'Parity B', 'Parity C'].map((name) => ({ profile: { name } })),
      apps: [
        { name: 'bookmark', label: 'Parity app 1' },
        { name: 'bookmark', label: 'Parity app 2' },
      ],
      users: ['pa.one', 'pa.two', 'pa/slash'].map((name) => ({
        profile: { login: `${name}@example.com`, email: 'p@example.com', firstName: 'P', lastName: 'A' },
      })),
    })
    userId = seeded.users[0]!.id
    memberId = seeded.users[1]!.id
    groupId = seeded.groups[0]!.id
    appId = seeded.apps[0]!.id
  })

  it('reads: users, groups, apps, memberships and assignments, paged by Link next', async () => {
    const user = await same(
      (c) => c.userApi.getUser({ userId }),
      (c) => c.userApi.getUser({ userId }),
    )
    expect((user.bridge as { id: string }).id).toBe(userId)
    expect(user.requests[0]).toEqual({
      method: 'GET',
      url: `${sandbox.url}/api/v1/users/${userId}`,
      headers: {
        accept: 'application/json, */*;q=0.8',
        authorization: 'DPoP',
        dpop: 'proof for htm/htu',
        'user-agent': USER_AGENT,
      },
      body: undefined,
    })
    const search = 'profile.login eq "pa/slash@example.com"'
    await same(
      (c) => c.userApi.listUsers({ search, limit: 2 }),
      (c) => c.userApi.listUsers({ search, limit: 2 }),
    )
    await same(
      (c) => c.groupApi.getGroup({ groupId }),
      (c) => c.groupApi.getGroup({ groupId }),
    )
    await same(
      (c) => c.applicationApi.getApplication({ appId }),
      (c) => c.applicationApi.getApplication({ appId }),
    )
    await same(
      (c) => c.userApi.listUserGroups({ userId }),
      (c) => c.userApi.listUserGroups({ userId }),
    )
    const groups = await same(
      (c) => c.groupApi.listGroups({ search: 'type eq "OKTA_GROUP"', limit: 1 }),
      (c) => c.groupApi.listGroups({ search: 'type eq "OKTA_GROUP"', limit: 1 }),
    )
    expect(groups.requests.length).toBeGreaterThanOrEqual(3) // one page per group
    expect((groups.bridge as unknown[]).length).toBe((groups.sdk as unknown[]).length)
    const apps = await same(
      (c) => c.applicationApi.listApplications({ filter: 'status eq "ACTIVE"', limit: 1 }),
      (c) => c.applicationApi.listApplications({ filter: 'status eq "ACTIVE"', limit: 1 }),
    )
    expect(apps.requests.length).toBeGreaterThanOrEqual(2)
    // A plan's reads by id (OktaPort.findGroups / findApps), as the port writes them.
    const byId = or(eq('id', groupId), eq('id', '00gnosuchgroup000000'))
    await same(
      (c) => c.groupApi.listGroups({ search: byId, limit: 200 }),
      (c) => c.groupApi.listGroups({ search: byId, limit: 200 }),
    )
    const appsById = or(eq('id', appId), eq('id', '0oanosuchapp00000000'))
    const listedApps = await same(
      (c) => c.applicationApi.listApplications({ filter: appsById, limit: 200 }),
      (c) => c.applicationApi.listApplications({ filter: appsById, limit: 200 }),
    )
    expect((listedApps.bridge as { id: string }[]).map((a) => a.id)).toEqual([appId])
  })

  it('writes: create, update, lifecycle, sessions, memberships, assignments — then the reads of them', async () => {
    const profile = {
      login: 'pa.new@example.com',
      email: 'pa.new@example.com',
      firstName: 'N',
      lastName: 'W',
    }
    const created = await same(
      (c) => c.userApi.createUser({ body: { profile, groupIds: [groupId] }, activate: false }),
      (c) => c.userApi.createUser({ body: { profile, groupIds: [groupId] }, activate: false }),
    )
    const newId = (created.bridge as { id: string }).id
    expect((created.sdk as OktaError).kind).toBe('conflict') // the SDK's repeat finds the login taken
    const user = { profile: { department: 'Parity', title: null } } as never
    await same(
      (c) => c.userApi.updateUser({ userId: newId, user }),
      (c) => c.userApi.updateUser({ userId: newId, user }),
    )
    for (const operation of ['activate', 'suspend', 'unsuspend', 'unlock', 'reset', 'deactivate'] as const) {
      const call = (c: OktaManagementClient | typeof sdk) => {
        const api = c.userApi
        if (operation === 'activate') return api.activateUser({ userId: newId, sendEmail: false })
        if (operation === 'reset') return api.generateResetPasswordToken({ userId: newId, sendEmail: false })
        if (operation === 'suspend') return api.suspendUser({ userId: newId })
        if (operation === 'unsuspend') return api.unsuspendUser({ userId: newId })
        if (operation === 'unlock') return api.unlockUser({ userId: newId })
        return api.deactivateUser({ userId: newId })
      }
      await same(call, call)
    }
    await same(
      (c) => c.userApi.revokeUserSessions({ userId, oauthTokens: false }),
      (c) => c.userApi.revokeUserSessions({ userId, oauthTokens: false }),
    )
    await same(
      (c) => c.groupApi.assignUserToGroup({ groupId, userId: memberId }),
      (c) => c.groupApi.assignUserToGroup({ groupId, userId: memberId }),
    )
    const members = await same(
      (c) => c.groupApi.listGroupUsers({ groupId, limit: 1 }),
      (c) => c.groupApi.listGroupUsers({ groupId, limit: 1 }),
    )
    expect(members.requests.length).toBeGreaterThanOrEqual(2)
    await same(
      (c) => c.groupApi.unassignUserFromGroup({ groupId, userId: memberId }),
      (c) => c.groupApi.unassignUserFromGroup({ groupId, userId: memberId }),
    )
    await same(
      (c) => c.applicationApi.assignUserToApplication({ appId, appUser: { id: userId } }),
      (c) => c.applicationApi.assignUserToApplication({ appId, appUser: { id: userId } }),
    )
    await same(
      (c) => c.applicationApi.assignUserToApplication({ appId, appUser: { id: memberId } }),
      (c) => c.applicationApi.assignUserToApplication({ appId, appUser: { id: memberId } }),
    )
    await same(
      (c) => c.applicationApi.getApplicationUser({ appId, userId }),
      (c) => c.applicationApi.getApplicationUser({ appId, userId }),
    )
    const assignments = await same(
      (c) => c.applicationApi.listApplicationUsers({ appId, limit: 1 }),
      (c) => c.applicationApi.listApplicationUsers({ appId, limit: 1 }),
    )
    expect(assignments.requests.length).toBeGreaterThanOrEqual(2)
    await same(
      (c) => c.applicationApi.unassignUserFromApplication({ appId, userId }),
      (c) => c.applicationApi.unassignUserFromApplication({ appId, userId }),
    )
    const until = new Date(Date.now() + 60_000).toISOString()
    const query = { since: '2000-01-01T00:00:00.000Z', until, filter: `target.id eq "${newId}"`, limit: 1 }
    const log = await same(
      (c) => c.systemLogApi.listLogEvents(query),
      (c) => c.systemLogApi.listLogEvents(query),
    )
    expect(log.requests.length).toBeGreaterThanOrEqual(2)
  })

  it('a 404 is the same port error from both', async () => {
    const missing = await same(
      (c) => c.groupApi.getGroup({ groupId: '00gnosuchgroup00000' }),
      (c) => c.groupApi.getGroup({ groupId: '00gnosuchgroup00000' }),
    )
    expect(missing.bridge).toBeInstanceOf(OktaError)
    const pick = (e: unknown) => {
      const { kind, status, oktaCode } = e as OktaError
      return { kind, status, oktaCode }
    }
    expect(pick(missing.bridge)).toEqual(pick(missing.sdk))
    expect(pick(missing.bridge)).toMatchObject({ kind: 'not-found', status: 404 })
  })
})
