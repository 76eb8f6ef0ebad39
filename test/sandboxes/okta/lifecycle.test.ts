/**
 * Okta's user lifecycle over HTTP: every (status, operation) pair against an expectation table written
 * out here on its own — deliberately not derived from `lifecycle.ts`, so the test is an independent
 * statement of Okta's rules (NOTES.md's lifecycle section and management.yaml's UserLifecycle
 * descriptions) — plus deactivation's side effects, DELETE's two meanings, and list visibility.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ConnectedClient } from './auth/test-client.js'
import {
  connectServiceApp,
  eventsOfRequest,
  listAll,
  type OktaErrorJson,
  profileFor,
  seed,
  type UserJson,
} from './http-test-support.js'
import { type OktaSandbox, startOktaSandbox } from './index.js'

type Status =
  | 'STAGED'
  | 'PROVISIONED'
  | 'ACTIVE'
  | 'RECOVERY'
  | 'PASSWORD_EXPIRED'
  | 'LOCKED_OUT'
  | 'SUSPENDED'
  | 'DEPROVISIONED'

type Operation =
  | 'activate'
  | 'reactivate'
  | 'deactivate'
  | 'suspend'
  | 'unsuspend'
  | 'unlock'
  | 'reset_password'
  | 'expire_password'

/** A legal call: 200 and the status the user ends in. */
interface Legal {
  to: Status
}
/** An illegal call: Okta's status code and error code; the user does not change. */
interface Illegal {
  status: number
  errorCode: string
}
/** Activation is the one operation whose outcome depends on whether the user has a password. */
interface ByPassword {
  withPassword: Legal | Illegal
  withoutPassword: Legal | Illegal
}
type Expected = Legal | Illegal | ByPassword

const to = (status: Status): Legal => ({ to: status })
/** activate on a user who is already past STAGED: "Activation failed because the user is already active". */
const ALREADY_ACTIVE: Illegal = { status: 403, errorCode: 'E0000016' }
/** "This operation is not allowed in the user's current status." */
const NOT_IN_STATUS: Illegal = { status: 403, errorCode: 'E0000038' }
/** suspend/unsuspend from the wrong status: NOTES.md, 400 E0000001 (management.yaml lists 400 for both). */
const VALIDATION: Illegal = { status: 400, errorCode: 'E0000001' }
/** unlock of a user who is not locked out: "Unlock is not allowed for this user." */
const UNLOCK_NOT_ALLOWED: Illegal = { status: 403, errorCode: 'E0000032' }
/** Activation ends ACTIVE when the user has a password, PROVISIONED (welcome flow pending) otherwise. */
const ACTIVATES: ByPassword = { withPassword: to('ACTIVE'), withoutPassword: to('PROVISIONED') }

/**
 * Okta's rules, one row per status. Sources: management.yaml — activate "only on users with a STAGED or
 * DEPROVISIONED status", users without a password "must complete the welcome flow"; reactivate "only on
 * users with a PROVISIONED or RECOVERY status" (restarts activation, status stays); deactivate "only on
 * users that do not have a DEPROVISIONED status"; suspend "only on users with an ACTIVE status"; suspended
 * users "can only be unsuspended or deactivated"; unsuspend "only ... SUSPENDED"; unlock of LOCKED_OUT
 * users; reset_password "transitions the user to the RECOVERY status"; expire_password "transitions the
 * user status to PASSWORD_EXPIRED" (for users who have finished activation).
 */
const EXPECTED: Record<Status, Record<Operation, Expected>> = {
  STAGED: {
    activate: ACTIVATES,
    reactivate: NOT_IN_STATUS,
    deactivate: to('DEPROVISIONED'),
    suspend: VALIDATION,
    unsuspend: VALIDATION,
    unlock: UNLOCK_NOT_ALLOWED,
    reset_password: NOT_IN_STATUS,
    expire_password: NOT_IN_STATUS,
  },
  PROVISIONED: {
    activate: ALREADY_ACTIVE,
    reactivate: to('PROVISIONED'),
    deactivate: to('DEPROVISIONED'),
    suspend: VALIDATION,
    unsuspend: VALIDATION,
    unlock: UNLOCK_NOT_ALLOWED,
    reset_password: to('RECOVERY'),
    expire_password: NOT_IN_STATUS,
  },
  ACTIVE: {
    activate: ALREADY_ACTIVE,
    reactivate: NOT_IN_STATUS,
    deactivate: to('DEPROVISIONED'),
    suspend: to('SUSPENDED'),
    unsuspend: VALIDATION,
    unlock: UNLOCK_NOT_ALLOWED,
    reset_password: to('RECOVERY'),
    expire_password: to('PASSWORD_EXPIRED'),
  },
  RECOVERY: {
    activate: ALREADY_ACTIVE,
    reactivate: to('RECOVERY'),
    deactivate: to('DEPROVISIONED'),
    suspend: VALIDATION,
    unsuspend: VALIDATION,
    unlock: UNLOCK_NOT_ALLOWED,
    reset_password: to('RECOVERY'),
    expire_password: to('PASSWORD_EXPIRED'),
  },
  PASSWORD_EXPIRED: {
    activate: ALREADY_ACTIVE,
    reactivate: NOT_IN_STATUS,
    deactivate: to('DEPROVISIONED'),
    suspend: VALIDATION,
    unsuspend: VALIDATION,
    unlock: UNLOCK_NOT_ALLOWED,
    reset_password: to('RECOVERY'),
    expire_password: to('PASSWORD_EXPIRED'),
  },
  LOCKED_OUT: {
    activate: ALREADY_ACTIVE,
    reactivate: NOT_IN_STATUS,
    deactivate: to('DEPROVISIONED'),
    suspend: VALIDATION,
    unsuspend: VALIDATION,
    unlock: to('ACTIVE'),
    reset_password: to('RECOVERY'),
    expire_password: to('PASSWORD_EXPIRED'),
  },
  SUSPENDED: {
    activate: ALREADY_ACTIVE,
    reactivate: NOT_IN_STATUS,
    deactivate: to('DEPROVISIONED'),
    suspend: VALIDATION,
    unsuspend: to('ACTIVE'),
    unlock: UNLOCK_NOT_ALLOWED,
    reset_password: NOT_IN_STATUS,
    expire_password: NOT_IN_STATUS,
  },
  DEPROVISIONED: {
    activate: ACTIVATES,
    reactivate: NOT_IN_STATUS,
    deactivate: NOT_IN_STATUS,
    suspend: VALIDATION,
    unsuspend: VALIDATION,
    unlock: UNLOCK_NOT_ALLOWED,
    reset_password: NOT_IN_STATUS,
    expire_password: NOT_IN_STATUS,
  },
}

/** The System Log event type Okta writes for each operation. */
const EVENT_TYPE: Record<Operation, string> = {
  activate: 'user.lifecycle.activate',
  reactivate: 'user.lifecycle.reactivate',
  deactivate: 'user.lifecycle.deactivate',
  suspend: 'user.lifecycle.suspend',
  unsuspend: 'user.lifecycle.unsuspend',
  unlock: 'user.account.unlock',
  reset_password: 'user.account.reset_password',
  expire_password: 'user.account.expire_password',
}

/** `sendEmail=false` where the operation takes it, so the answer carries the link instead of an email going out. */
const QUERY: Record<Operation, string> = {
  activate: '?sendEmail=false',
  reactivate: '?sendEmail=false',
  deactivate: '',
  suspend: '',
  unsuspend: '',
  unlock: '',
  reset_password: '?sendEmail=false',
  expire_password: '',
}

const STATUSES = Object.keys(EXPECTED) as Status[]
const OPERATIONS = Object.keys(EVENT_TYPE) as Operation[]

function outcomeFor(status: Status, operation: Operation, hasPassword: boolean): Legal | Illegal {
  const expected = EXPECTED[status][operation]
  if ('withPassword' in expected) return hasPassword ? expected.withPassword : expected.withoutPassword
  return expected
}

const CASES = STATUSES.flatMap((status) =>
  [true, false].flatMap((hasPassword) =>
    OPERATIONS.map((operation) => ({
      status,
      hasPassword,
      operation,
      name: `${status} ${hasPassword ? 'with' : 'without'} password: ${operation}`,
    })),
  ),
)

let sandbox: OktaSandbox
let client: ConnectedClient

beforeAll(async () => {
  sandbox = await startOktaSandbox()
  // The table makes ~130 System Log queries; Okta's 120/min on /api/v1/logs is not what is under test here.
  sandbox.configure({
    rateLimits: [{ pathPrefix: '/api/v1/', method: '*', limit: 100_000, windowSeconds: 60 }],
  })
  ;({ client } = await connectServiceApp(sandbox.url))
})

afterAll(async () => {
  await sandbox?.stop()
})

async function getUser(id: string): Promise<Response> {
  return client.request('GET', `/api/v1/users/${id}`)
}

async function readUser(id: string): Promise<UserJson> {
  const res = await getUser(id)
  expect(res.status).toBe(200)
  return (await res.json()) as UserJson
}

describe('every lifecycle operation from every status', () => {
  it.each(CASES)('$name', async ({ status, hasPassword, operation }) => {
    const [seeded] = (
      await seed(sandbox.url, { users: [{ profile: profileFor('lc'), status, password: hasPassword }] })
    ).users
    const before = await readUser(seeded!.id)
    expect(before.status).toBe(status)

    const res = await client.request(
      'POST',
      `/api/v1/users/${seeded!.id}/lifecycle/${operation}${QUERY[operation]}`,
    )
    const requestId = res.headers.get('x-okta-request-id')
    expect(requestId).toBeTruthy()
    const body = (await res.json()) as Record<string, unknown>
    const expected = outcomeFor(status, operation, hasPassword)

    if ('to' in expected) {
      expect(res.status, JSON.stringify(body)).toBe(200)
      const after = await readUser(seeded!.id)
      expect(after.status).toBe(expected.to)
      if (operation === 'activate' || operation === 'reactivate') {
        expect(body).toEqual({ activationUrl: expect.any(String), activationToken: expect.any(String) })
      } else if (operation === 'reset_password') {
        expect(body).toEqual({ resetPasswordUrl: expect.any(String) })
      } else if (operation === 'expire_password') {
        expect(body).toMatchObject({ id: seeded!.id, status: 'PASSWORD_EXPIRED' })
      }
      const events = await eventsOfRequest(client, requestId!)
      const event = events.find((e) => e.eventType === EVENT_TYPE[operation])
      expect(event, JSON.stringify(events.map((e) => e.eventType))).toBeDefined()
      expect(event!.transaction.id).toBe(requestId)
      expect(event!.outcome.result).toBe('SUCCESS')
      expect(event!.target).toContainEqual(expect.objectContaining({ id: seeded!.id, type: 'User' }))
    } else {
      expect(res.status, JSON.stringify(body)).toBe(expected.status)
      const error = body as unknown as OktaErrorJson
      expect(error).toEqual({
        errorCode: expected.errorCode,
        errorSummary: expect.any(String),
        errorLink: expected.errorCode,
        errorId: expect.any(String),
        errorCauses: expect.any(Array),
      })
      expect(error.errorSummary).not.toBe('')
      const after = await readUser(seeded!.id)
      expect(after.status).toBe(status)
      expect(after.lastUpdated).toBe(before.lastUpdated)
      const events = await eventsOfRequest(client, requestId!)
      expect(events.map((e) => e.eventType)).not.toContain(EVENT_TYPE[operation])
    }
  })
})

describe('side effects and DELETE', () => {
  it('deactivation removes app assignments but keeps group memberships', async () => {
    const created = await seed(sandbox.url, {
      groups: [{ profile: { name: `Deactivation ${Date.now()}` } }],
      apps: [{ name: 'bookmark', label: `Deactivation app ${Date.now()}` }],
    })
    const groupId = created.groups[0]!.id
    const appId = created.apps[0]!.id
    const [user] = (await seed(sandbox.url, { users: [{ profile: profileFor('deact'), groups: [groupId] }] }))
      .users

    const assigned = await client.request('POST', `/api/v1/apps/${appId}/users`, {
      id: user!.id,
      scope: 'USER',
    })
    expect(assigned.status).toBe(200)
    expect((await client.request('GET', `/api/v1/apps/${appId}/users/${user!.id}`)).status).toBe(200)

    const res = await client.request('POST', `/api/v1/users/${user!.id}/lifecycle/deactivate`)
    expect(res.status).toBe(200)
    expect((await readUser(user!.id)).status).toBe('DEPROVISIONED')

    const appUser = await client.request('GET', `/api/v1/apps/${appId}/users/${user!.id}`)
    expect(appUser.status).toBe(404)
    expect(((await appUser.json()) as OktaErrorJson).errorCode).toBe('E0000007')
    const appLinks = await client.request('GET', `/api/v1/users/${user!.id}/appLinks`)
    expect(await appLinks.json()).toEqual([])
    const appUsers = (await (await client.request('GET', `/api/v1/apps/${appId}/users`)).json()) as {
      id: string
    }[]
    expect(appUsers.map((a) => a.id)).not.toContain(user!.id)

    const groups = (await (await client.request('GET', `/api/v1/users/${user!.id}/groups`)).json()) as {
      id: string
    }[]
    expect(groups.map((g) => g.id)).toContain(groupId)
    const members = await listAll<{ id: string }>(client, `/api/v1/groups/${groupId}/users`)
    expect(members.map((m) => m.id)).toContain(user!.id)
  })

  it('suspend and unsuspend keep group memberships and app assignments', async () => {
    const created = await seed(sandbox.url, {
      groups: [{ profile: { name: `Suspension ${Date.now()}` } }],
      apps: [{ name: 'bookmark', label: `Suspension app ${Date.now()}` }],
    })
    const groupId = created.groups[0]!.id
    const appId = created.apps[0]!.id
    const [user] = (await seed(sandbox.url, { users: [{ profile: profileFor('susp'), groups: [groupId] }] }))
      .users
    expect((await client.request('POST', `/api/v1/apps/${appId}/users`, { id: user!.id })).status).toBe(200)

    for (const operation of ['suspend', 'unsuspend'] as const) {
      expect((await client.request('POST', `/api/v1/users/${user!.id}/lifecycle/${operation}`)).status).toBe(
        200,
      )
      expect((await client.request('GET', `/api/v1/apps/${appId}/users/${user!.id}`)).status).toBe(200)
      const groups = (await (await client.request('GET', `/api/v1/users/${user!.id}/groups`)).json()) as {
        id: string
      }[]
      expect(groups.map((g) => g.id)).toContain(groupId)
    }
    expect((await readUser(user!.id)).status).toBe('ACTIVE')
  })

  it('DELETE of a user who is not deprovisioned deactivates it; a second DELETE deletes it', async () => {
    const [user] = (await seed(sandbox.url, { users: [{ profile: profileFor('del'), status: 'ACTIVE' }] }))
      .users

    const first = await client.request('DELETE', `/api/v1/users/${user!.id}`)
    expect(first.status).toBe(204)
    expect(await first.text()).toBe('')
    expect((await readUser(user!.id)).status).toBe('DEPROVISIONED')
    const deactivation = await eventsOfRequest(client, first.headers.get('x-okta-request-id')!)
    expect(deactivation.map((e) => e.eventType)).toContain('user.lifecycle.deactivate')

    const second = await client.request('DELETE', `/api/v1/users/${user!.id}`)
    expect(second.status).toBe(204)
    const gone = await getUser(user!.id)
    expect(gone.status).toBe(404)
    expect(((await gone.json()) as OktaErrorJson).errorCode).toBe('E0000007')
    const byLogin = await getUser(encodeURIComponent(String(user!.profile.login)))
    expect(byLogin.status).toBe(404)
    const deletion = await eventsOfRequest(client, second.headers.get('x-okta-request-id')!)
    expect(deletion.map((e) => e.eventType)).toContain('user.lifecycle.delete.initiated')

    const third = await client.request('DELETE', `/api/v1/users/${user!.id}`)
    expect(third.status).toBe(404)
  })

  it('DELETE of a DEPROVISIONED user deletes it at once', async () => {
    const [user] = (
      await seed(sandbox.url, { users: [{ profile: profileFor('del2'), status: 'DEPROVISIONED' }] })
    ).users
    expect((await client.request('DELETE', `/api/v1/users/${user!.id}`)).status).toBe(204)
    expect((await getUser(user!.id)).status).toBe(404)
  })

  it.each(['POST', 'PUT'])(
    'profile update (%s) of a DEPROVISIONED user is 403 E0000038 and changes nothing',
    async (method) => {
      const profile = profileFor('gone')
      const [user] = (await seed(sandbox.url, { users: [{ profile, status: 'DEPROVISIONED' }] })).users
      const before = await readUser(user!.id)

      const res = await client.request(method, `/api/v1/users/${user!.id}`, {
        profile: { ...profile, firstName: 'Changed' },
      })
      expect(res.status).toBe(403)
      const error = (await res.json()) as OktaErrorJson
      expect(error.errorCode).toBe('E0000038')
      expect(error.errorSummary).toBe("This operation is not allowed in the user's current status.")

      const after = await readUser(user!.id)
      expect(after.profile).toEqual(before.profile)
      expect(after.lastUpdated).toBe(before.lastUpdated)
      const events = await eventsOfRequest(client, res.headers.get('x-okta-request-id')!)
      expect(events.map((e) => e.eventType)).not.toContain('user.account.update_profile')
    },
  )
})

describe('listing users', () => {
  it('leaves DEPROVISIONED users out unless the search asks for them', async () => {
    const seeded = (
      await seed(sandbox.url, {
        users: STATUSES.map((status) => ({ profile: profileFor(`list-${status.toLowerCase()}`), status })),
      })
    ).users
    const deprovisioned = seeded.find((u) => u.status === 'DEPROVISIONED')!
    const others = seeded.filter((u) => u.status !== 'DEPROVISIONED')

    const listed = await listAll<UserJson>(client, '/api/v1/users')
    expect(listed.map((u) => u.status)).not.toContain('DEPROVISIONED')
    expect(listed.map((u) => u.id)).toEqual(expect.arrayContaining(others.map((u) => u.id)))
    expect(listed.map((u) => u.id)).not.toContain(deprovisioned.id)

    const query = encodeURIComponent('status eq "DEPROVISIONED"')
    for (const parameter of ['search', 'filter']) {
      const found = await listAll<UserJson>(client, `/api/v1/users?${parameter}=${query}`)
      expect(found.map((u) => u.id)).toContain(deprovisioned.id)
      expect(new Set(found.map((u) => u.status))).toEqual(new Set(['DEPROVISIONED']))
    }

    // q is neither search nor filter: it leaves them out too, while finding the others by name.
    const byQ = await listAll<UserJson>(client, `/api/v1/users?q=${encodeURIComponent('list-deprovisioned')}`)
    expect(byQ.map((u) => u.id)).not.toContain(deprovisioned.id)
    const active = seeded.find((u) => u.status === 'ACTIVE')!
    const activeByQ = await listAll<UserJson>(client, `/api/v1/users?q=${encodeURIComponent('list-active')}`)
    expect(activeByQ.map((u) => u.id)).toContain(active.id)
  })
})
