/**
 * The Okta port's membership reads that reconciliation relies on — a group's members, an app's assigned users,
 * and every group and app of the org (a `"*"` policy) — through the real adapter (SDK, DPoP service app) against the Okta sandbox: every page is read, the
 * read scope alone suffices, an unknown group or app is `not-found`, and reading changes nothing in the org.
 */
import { calculateJwkThumbprint, exportJWK, generateKeyPair, type JWK } from 'jose'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createOktaPortFactory, OktaTokenSource } from '../../bridge/adapters/okta/index.js'
import { OktaError } from '../../bridge/ports/okta.js'
import { type OktaSandbox, startOktaSandbox } from '../sandboxes/okta/index.js'
import { setupContext } from './support/flows-harness.js'

const CLIENT_ID = '0oareconcilereads'

let sandbox: OktaSandbox
let key: { kid: string; publicJwk: JWK; privateJwk: JWK }

beforeAll(async () => {
  sandbox = await startOktaSandbox()
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true })
  const publicJwk = await exportJWK(publicKey)
  const kid = await calculateJwkThumbprint(publicJwk)
  key = {
    kid,
    publicJwk: { ...publicJwk, kid, alg: 'RS256', use: 'sig' },
    privateJwk: { ...(await exportJWK(privateKey)), kid },
  }
})

afterAll(async () => {
  await sandbox?.stop()
})

beforeEach(() => {
  sandbox.reset()
  // Read scopes only: what a reconciliation dry run holds.
  sandbox.auth.registerClient({
    client_id: CLIENT_ID,
    jwks: { keys: [key.publicJwk] },
    scopes: ['okta.groups.read', 'okta.apps.read', 'okta.users.read'],
    dpop: true,
  })
})

/** A port of the read-only service app holding `scopes`. */
function port(scopes: string[]) {
  const tokenSource = new OktaTokenSource({
    orgUrl: sandbox.url,
    clientId: CLIENT_ID,
    privateKey: key.privateJwk,
    keyId: key.kid,
  })
  return createOktaPortFactory({ orgUrl: sandbox.url, tokenSource })(scopes)
}

/** `count` users, with logins `{prefix}{i}@example.com`. */
function seedUsers(prefix: string, count: number, groups: string[] = []) {
  return sandbox.org.seed({
    users: Array.from({ length: count }, (_, i) => ({
      profile: {
        login: `${prefix}${i}@example.com`,
        email: `${prefix}${i}@example.com`,
        firstName: 'Mem',
        lastName: `Ber${i}`,
      },
      groups,
    })),
  }).users
}

/** The write calls the sandbox answered (a read must not make any). */
function writes(): number {
  return Object.entries(sandbox.stats().requests)
    .filter(([route]) => !route.startsWith('GET ') && route !== 'POST /oauth2/v1/token')
    .reduce((sum, [, count]) => sum + count, 0)
}

async function oktaError(promise: Promise<unknown>): Promise<OktaError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(OktaError)
  return error as OktaError
}

describe('listGroupMembers', () => {
  it('answers every member across pages (1001 members: two pages of 1000), as users with login and status', async () => {
    const [group, empty] = sandbox.org.seed({
      groups: [{ profile: { name: 'Big' } }, { profile: { name: 'Empty' } }],
    }).groups
    const users = seedUsers('big', 1001, ['Big'])
    sandbox.org.seed({
      users: [
        {
          profile: {
            login: 'outsider@example.com',
            email: 'outsider@example.com',
            firstName: 'O',
            lastName: 'S',
          },
        },
      ],
    })
    const before = writes()

    const members = await port(['okta.groups.read']).listGroupMembers(group!.id)
    expect(members.map((m) => m.id).sort()).toEqual(users.map((u) => u.id).sort())
    expect(members.find((m) => m.id === users[7]!.id)).toEqual({
      id: users[7]!.id,
      status: 'ACTIVE',
      profile: { login: 'big7@example.com', email: 'big7@example.com', firstName: 'Mem', lastName: 'Ber7' },
    })
    expect(sandbox.stats().requests['GET /api/v1/groups/:groupId/users']).toBe(2)
    expect(await port(['okta.groups.read']).listGroupMembers(empty!.id)).toEqual([])
    expect(writes()).toBe(before)
  })

  it('an unknown group is not-found; without okta.groups.read Okta refuses (forbidden)', async () => {
    expect(await oktaError(port(['okta.groups.read']).listGroupMembers('00gnothing'))).toMatchObject({
      kind: 'not-found',
      status: 404,
    })
    const [group] = sandbox.org.seed({ groups: [{ profile: { name: 'G' } }] }).groups
    expect(await oktaError(port(['okta.users.read']).listGroupMembers(group!.id))).toMatchObject({
      kind: 'forbidden',
      status: 403,
    })
    expect(await oktaError(port(['okta.groups.read']).listGroupMembers('..'))).toMatchObject({
      kind: 'not-found',
    })
  })
})

describe('listAppAssignments', () => {
  it('answers every assigned user across pages (501 users: two pages of 500), directly assigned', async () => {
    const [app, other] = sandbox.org.seed({
      apps: [
        { name: 'wide', label: 'Wide' },
        { name: 'other', label: 'Other' },
      ],
    }).apps
    const users = seedUsers('app', 501)
    for (const user of users) sandbox.org.assignApp(setupContext(), app!.id, { id: user.id })
    sandbox.org.assignApp(setupContext(), other!.id, { id: users[0]!.id })
    const before = writes()

    const assignments = await port(['okta.apps.read']).listAppAssignments(app!.id)
    expect(assignments.map((a) => a.userId).sort()).toEqual(users.map((u) => u.id).sort())
    expect(assignments.find((a) => a.userId === users[3]!.id)).toEqual({
      userId: users[3]!.id,
      scope: 'USER',
      userName: 'app3@example.com',
    })
    expect(sandbox.stats().requests['GET /api/v1/apps/:appId/users']).toBe(2)
    expect(await port(['okta.apps.read']).listAppAssignments(other!.id)).toEqual([
      { userId: users[0]!.id, scope: 'USER', userName: 'app0@example.com' },
    ])
    expect(writes()).toBe(before)
  })

  it('an unknown app is not-found; without okta.apps.read Okta refuses (forbidden)', async () => {
    expect(await oktaError(port(['okta.apps.read']).listAppAssignments('0oanothing'))).toMatchObject({
      kind: 'not-found',
      status: 404,
    })
    const [app] = sandbox.org.seed({ apps: [{ name: 'a', label: 'A' }] }).apps
    expect(await oktaError(port(['okta.users.read']).listAppAssignments(app!.id))).toMatchObject({
      kind: 'forbidden',
      status: 403,
    })
  })
})

describe('listGroups and listApps (reconciliation of a "*" policy)', () => {
  it('answer every OKTA_GROUP across pages (1001 groups: six pages of 200), never Everyone', async () => {
    const groups = sandbox.org.seed({
      groups: Array.from({ length: 1001 }, (_, i) => ({ profile: { name: `Team ${i}` } })),
    }).groups
    const before = writes()
    const listed = await port(['okta.groups.read']).listGroups()
    expect(listed.map((g) => g.id).sort()).toEqual(groups.map((g) => g.id).sort())
    expect(listed.find((g) => g.id === groups[500]!.id)).toMatchObject({
      id: groups[500]!.id,
      name: 'Team 500',
      type: 'OKTA_GROUP',
    })
    expect(listed.some((g) => g.name === 'Everyone')).toBe(false)
    // Pages of 200 (the port keeps each answer small): 1001 groups in six.
    expect(sandbox.stats().requests['GET /api/v1/groups']).toBe(6)
    expect(writes()).toBe(before)
  })

  it('answer every app across pages (201 apps: two pages of 200)', async () => {
    const apps = sandbox.org.seed({
      apps: Array.from({ length: 201 }, (_, i) => ({ name: `app${i}`, label: `App ${i}` })),
    }).apps
    const listed = await port(['okta.apps.read']).listApps()
    expect(listed.map((a) => a.id).sort()).toEqual(apps.map((a) => a.id).sort())
    expect(listed.find((a) => a.id === apps[200]!.id)).toMatchObject({
      id: apps[200]!.id,
      label: 'App 200',
      status: 'ACTIVE',
    })
    expect(sandbox.stats().requests['GET /api/v1/apps']).toBe(2)
  })
})
