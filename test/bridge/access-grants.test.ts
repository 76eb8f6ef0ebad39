/**
 * The access-grant flows (`grant-access`, `revoke-access`, `extend-access`) over HTTP against a sandbox-mode
 * bridge with a controllable clock and a policy with grant limits and toxic combinations. Each test judges
 * the org afterwards (memberships, assignments, System Log), the grant store and the audit — and proves
 * every refusal changed nothing in Okta.
 */
import { randomUUID } from 'node:crypto'
import request from 'supertest'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { FLOW_OPERATIONS } from '../../bridge/flows/registry.js'
import type { AuditedExecution } from '../../bridge/http/audit.js'
import { Policy } from '../../bridge/policy/policy.js'
import type { SandboxEnvironment } from '../../dev/sandbox-mode.js'
import { type RunningBridge, startBridge } from '../../dev/start.js'
import type { Org } from '../sandboxes/okta/org.js'
import {
  eventsOf,
  expectDryRun,
  expectGoldenThread,
  expectProblem,
  expectSucceeded,
  expectUnchanged,
  seedUser,
  setupContext,
  snapshot,
  TOKEN,
} from './support/flows-harness.js'

const DAY = 86_400_000

/** A clock the test moves by hand. */
const clock = { at: Date.parse('2030-06-01T09:00:00.000Z'), now: () => new Date(clock.at) }

let bridge: RunningBridge
let env: SandboxEnvironment
let org: Org
let ticketSeq = 100

const group = (name: string) => env.groups.find((g) => g.name === name)!.id
const app = (label: string) => env.apps.find((a) => a.label === label)!.id
const inDays = (days: number) => new Date(clock.at + days * DAY).toISOString()

beforeAll(async () => {
  bridge = await startBridge(
    { NODE_ENV: 'test', PORT: '0', LOG_LEVEL: 'silent', BRIDGE_CLIENT_TOKENS: TOKEN },
    {
      print: () => {},
      clock,
      policy: (sandbox) => {
        const id = (name: string) => sandbox.groups.find((g) => g.name === name)!.id
        const appId = (label: string) => sandbox.apps.find((a) => a.label === label)!.id
        return Policy.parse({
          manageableGroups: ['*'],
          manageableApps: ['*'],
          protectedGroups: [sandbox.adminsGroupId],
          toxicCombinations: [
            [id('Sales'), id('Support')],
            [appId('Salesforce'), id('Engineering')],
          ],
          accessGrants: {
            maxDays: 30,
            // Every resource the tests grant is requestable (only those can be granted).
            resources: {
              [appId('Slack')]: { permanent: true },
              [appId('GitHub')]: { maxDays: 7 },
              [appId('Salesforce')]: {},
              [id('Sales')]: {},
              [id('Support')]: {},
              [id('Engineering')]: {},
            },
          },
        })
      },
    },
  )
  env = bridge.sandbox!
  org = env.sandbox.org
})

afterAll(async () => {
  await bridge?.stop()
})

/** A fresh requested-item ticket (its own number, so its audit holds only this test's executions). */
function ticket() {
  ticketSeq += 1
  return {
    number: `RITM00${String(ticketSeq).padStart(5, '0')}`,
    requestedBy: 'pat.lee',
    approvedBy: 'it.manager',
  }
}

function invoke(flow: string, body: unknown, options: { dryRun?: boolean; key?: string } = {}) {
  return request(bridge.url)
    .post(`/api/flo/${flow}/invoke${options.dryRun ? '?dryRun=true' : ''}`)
    .set('x-api-client-token', TOKEN)
    .set('idempotency-key', options.key ?? randomUUID())
    .send(body as object)
}

async function audit(ticketNumber: string): Promise<AuditedExecution[]> {
  const res = await request(bridge.url)
    .get(`/api/audit?ticket=${ticketNumber}`)
    .set('x-api-client-token', TOKEN)
  expect(res.status).toBe(200)
  return res.body.executions as AuditedExecution[]
}

async function grant(userId: string, resource: { type: 'group' | 'app'; id: string }, expiresAt?: string) {
  const res = await invoke('grant-access', {
    ticket: ticket(),
    user: { id: userId },
    resource,
    ...(expiresAt === undefined ? {} : { expiresAt }),
    justification: 'Quarter-end close needs it',
  })
  return expectSucceeded(res, 'grant-access')
}

describe('grant-access', () => {
  it('adds the user to the group until the end date, records the grant and audits it on the ticket', async () => {
    const user = seedUser(org)
    const t = ticket()
    const expiresAt = '2030-06-08T17:00:00+02:00'
    const res = await invoke('grant-access', {
      ticket: t,
      user: { login: user.profile.login },
      resource: { type: 'group', id: group('Sales') },
      expiresAt,
      justification: 'Covering the EMEA pipeline review',
    })
    const { output, changes, executionId } = expectSucceeded(res, 'grant-access')

    expect(output).toEqual({
      grantId: expect.stringMatching(/^grt_[0-9a-f]{32}$/),
      userId: user.id,
      resource: { type: 'group', id: group('Sales') },
      expiresAt: '2030-06-08T15:00:00.000Z',
      status: 'active',
      preexisting: false,
    })
    expect(org.isMember(group('Sales'), user.id)).toBe(true)
    expect(changes.map((c) => c.operation)).toEqual(['addGroupMember'])
    expectGoldenThread(org, changes)

    expect(await bridge.grants.get(output.grantId)).toMatchObject({
      userId: user.id,
      login: user.profile.login,
      resource: { type: 'group', id: group('Sales'), name: 'Sales' },
      justification: 'Covering the EMEA pipeline review',
      ticket: t,
      grantedBy: executionId,
      status: 'active',
      expiresAt: '2030-06-08T15:00:00.000Z',
    })
    const executions = await audit(t.number)
    expect(executions).toHaveLength(1)
    expect(executions[0]).toMatchObject({
      executionId,
      flow: 'grant-access',
      requestedBy: 'pat.lee',
      approvedBy: 'it.manager',
      caller: 'client-token:token-1',
      changes: [{ operation: 'addGroupMember', oktaRequestId: changes[0]!.oktaRequestId }],
    })
  })

  it('assigns an app, and a replay under the same Idempotency-Key answers the same grant without a second write', async () => {
    const user = seedUser(org)
    const body = {
      ticket: ticket(),
      user: { id: user.id },
      resource: { type: 'app', id: app('GitHub') },
      expiresAt: inDays(5),
      justification: 'Release week',
    }
    const key = randomUUID()
    const first = expectSucceeded(await invoke('grant-access', body, { key }), 'grant-access')
    expect(org.userAppIds(user.id)).toEqual([app('GitHub')])
    const before = snapshot(env.sandbox)

    const replay = await invoke('grant-access', body, { key })
    expect(replay.headers['idempotent-replayed']).toBe('true')
    expect(expectSucceeded(replay, 'grant-access').output).toEqual(first.output)
    expectUnchanged(env.sandbox, before)
    expect(await bridge.grants.active({ userId: user.id })).toHaveLength(1)
  })

  it('dry run: shows the end date and justification in the plan, changes nothing and records no grant', async () => {
    const user = seedUser(org)
    const before = snapshot(env.sandbox)
    const res = await invoke(
      'grant-access',
      {
        ticket: ticket(),
        user: { id: user.id },
        resource: { type: 'group', id: group('Engineering') },
        expiresAt: '2030-06-10T00:00:00Z',
        justification: 'Incident follow-up',
      },
      { dryRun: true },
    )
    const dry = expectDryRun(res, 'grant-access')
    expect(dry.plan.steps).toEqual([
      {
        operation: 'addGroupMember',
        target: {
          userId: user.id,
          login: user.profile.login,
          groupId: group('Engineering'),
          groupName: 'Engineering',
        },
        details: { expiresAt: '2030-06-10T00:00:00.000Z', justification: 'Incident follow-up' },
      },
    ])
    expect(dry.plan.summary).toEqual([
      `Add ${user.profile.login} to group Engineering (${group('Engineering')}) until 2030-06-10T00:00:00.000Z — justification: Incident follow-up`,
    ])
    expectUnchanged(env.sandbox, before)
    expect(await bridge.grants.active({ userId: user.id })).toEqual([])
  })

  describe('end dates the policy refuses: 422 duration-not-allowed, nothing written', () => {
    const cases = [
      {
        name: 'beyond the resource’s maxDays',
        resource: () => ({ type: 'app' as const, id: app('GitHub') }),
        expiresAt: () => inDays(8),
        detail: /at most 7 days/,
        extensions: { maxDays: 7, permanentAllowed: false },
      },
      {
        name: 'beyond the default maxDays',
        resource: () => ({ type: 'group' as const, id: group('Engineering') }),
        expiresAt: () => inDays(31),
        detail: /at most 30 days/,
        extensions: { maxDays: 30, permanentAllowed: false },
      },
      {
        name: 'in the past',
        resource: () => ({ type: 'group' as const, id: group('Engineering') }),
        expiresAt: () => new Date(clock.at - 60_000).toISOString(),
        detail: /not in the future/,
        extensions: { maxDays: 30 },
      },
      {
        name: 'missing where the resource allows no permanent access',
        resource: () => ({ type: 'group' as const, id: group('Engineering') }),
        expiresAt: () => undefined,
        detail: /needs an end date/,
        extensions: { maxDays: 30, permanentAllowed: false },
      },
    ]
    for (const c of cases) {
      it(c.name, async () => {
        const user = seedUser(org)
        const before = snapshot(env.sandbox)
        const expiresAt = c.expiresAt()
        const res = await invoke('grant-access', {
          ticket: ticket(),
          user: { id: user.id },
          resource: c.resource(),
          ...(expiresAt === undefined ? {} : { expiresAt }),
          justification: 'Needed',
        })
        const problem = expectProblem(res, 422, 'duration-not-allowed')
        expect(problem.detail).toMatch(c.detail)
        expect(problem).toMatchObject(c.extensions)
        expectUnchanged(env.sandbox, before)
        expect(await bridge.grants.active({ userId: user.id })).toEqual([])
      })
    }
  })

  it('permanent access where the policy allows it: no end date, never due', async () => {
    const user = seedUser(org)
    const { output } = await grant(user.id, { type: 'app', id: app('Slack') })
    expect(output).toMatchObject({ expiresAt: null, status: 'active', preexisting: false })
    expect(org.userAppIds(user.id)).toEqual([app('Slack')])
    const due = await bridge.grants.due('2100-01-01T00:00:00.000Z', 10_000)
    expect(due.map((g) => g.id)).not.toContain(output.grantId)
  })

  it('separation of duties: 409 naming the pair, in the dry run and the real run, with zero Okta writes', async () => {
    const user = seedUser(org, { groups: [group('Sales')] })
    const before = snapshot(env.sandbox)
    const body = {
      ticket: ticket(),
      user: { id: user.id },
      resource: { type: 'group', id: group('Support') },
      expiresAt: inDays(3),
      justification: 'Escalations',
    }
    for (const dryRun of [true, false]) {
      const problem = expectProblem(
        await invoke('grant-access', body, { dryRun }),
        409,
        'separation-of-duties',
      )
      expect(problem.conflict).toEqual([group('Sales'), group('Support')])
      expect(problem.detail).toContain(`${group('Sales')} + ${group('Support')}`)
    }
    expectUnchanged(env.sandbox, before)
    expect(org.isMember(group('Support'), user.id)).toBe(false)
    expect(await bridge.grants.active({ userId: user.id })).toEqual([])
  })

  it('separation of duties across a group and an app the user is assigned to', async () => {
    const user = seedUser(org, { apps: [app('Salesforce')] })
    const before = snapshot(env.sandbox)
    const res = await invoke('grant-access', {
      ticket: ticket(),
      user: { id: user.id },
      resource: { type: 'group', id: group('Engineering') },
      expiresAt: inDays(3),
      justification: 'Debugging the CRM sync',
    })
    expect(expectProblem(res, 409, 'separation-of-duties').conflict).toEqual([
      app('Salesforce'),
      group('Engineering'),
    ])
    expectUnchanged(env.sandbox, before)
  })

  it('refuses a protected group (403) and unknown users (404) and groups (422) before any write', async () => {
    const user = seedUser(org)
    const before = snapshot(env.sandbox)
    const base = { ticket: ticket(), expiresAt: inDays(1), justification: 'x' }
    expectProblem(
      await invoke('grant-access', {
        ...base,
        user: { id: user.id },
        resource: { type: 'group', id: env.adminsGroupId },
      }),
      403,
      'policy-violation',
    )
    expectProblem(
      await invoke('grant-access', {
        ...base,
        user: { login: 'nobody.here@example.com' },
        resource: { type: 'group', id: group('Sales') },
      }),
      404,
      'user-not-found',
    )
    expectProblem(
      await invoke('grant-access', {
        ...base,
        user: { id: user.id },
        resource: { type: 'group', id: '00gnotarealgroup0000' },
      }),
      422,
      'group-not-found',
    )
    expectUnchanged(env.sandbox, before)
  })

  it('records access the user already holds as preexisting, writes nothing, and its revocation keeps the access', async () => {
    const user = seedUser(org, { groups: [group('Engineering')] })
    const before = snapshot(env.sandbox)
    const { output, changes } = await grant(user.id, { type: 'group', id: group('Engineering') }, inDays(2))
    expect(output.preexisting).toBe(true)
    expect(changes).toEqual([])
    expectUnchanged(env.sandbox, before)

    const revoked = expectSucceeded(
      await invoke('revoke-access', { ticket: ticket(), grantId: output.grantId }),
      'revoke-access',
    )
    expect(revoked.output).toMatchObject({ status: 'revoked', accessRemoved: false, preexisting: true })
    expect(revoked.changes).toEqual([])
    expect(org.isMember(group('Engineering'), user.id)).toBe(true)
    expectUnchanged(env.sandbox, before)
  })
})

describe('revoke-access', () => {
  it('removes the access, ends the grant, and audits the removal on the revoking ticket', async () => {
    const user = seedUser(org)
    const { output } = await grant(user.id, { type: 'group', id: group('Sales') }, inDays(10))
    const t = ticket()
    const res = await invoke('revoke-access', {
      ticket: t,
      grantId: output.grantId,
      reason: 'Project cancelled',
    })
    const revoked = expectSucceeded(res, 'revoke-access')
    expect(revoked.output).toEqual({ ...output, status: 'revoked', accessRemoved: true })
    expect(org.isMember(group('Sales'), user.id)).toBe(false)
    expectGoldenThread(org, revoked.changes)
    expect(await bridge.grants.get(output.grantId)).toMatchObject({
      status: 'revoked',
      endedBy: revoked.executionId,
      endedAt: clock.now().toISOString(),
      endReason: 'Project cancelled',
    })
    const [execution] = await audit(t.number)
    expect(execution).toMatchObject({
      flow: 'revoke-access',
      changes: [{ operation: 'removeGroupMember', target: { userId: user.id, groupId: group('Sales') } }],
    })
  })

  it('is idempotent: again on an ended grant changes nothing; access put back by hand is removed again (repair)', async () => {
    const user = seedUser(org)
    const { output } = await grant(user.id, { type: 'app', id: app('GitHub') }, inDays(1))
    expectSucceeded(
      await invoke('revoke-access', { ticket: ticket(), grantId: output.grantId }),
      'revoke-access',
    )
    expect(org.userAppIds(user.id)).toEqual([])

    const before = snapshot(env.sandbox)
    const again = expectSucceeded(
      await invoke('revoke-access', { ticket: ticket(), grantId: output.grantId }),
      'revoke-access',
    )
    expect(again.output).toMatchObject({ status: 'revoked', accessRemoved: false })
    expectUnchanged(env.sandbox, before)

    org.assignApp(setupContext(), app('GitHub'), { id: user.id })
    const repair = expectSucceeded(
      await invoke('revoke-access', { ticket: ticket(), grantId: output.grantId }),
      'revoke-access',
    )
    expect(repair.output).toMatchObject({ status: 'revoked', accessRemoved: true })
    expect(repair.changes.map((c) => c.operation)).toEqual(['unassignApp'])
    expect(org.userAppIds(user.id)).toEqual([])
  })

  it('overlap: while a second grant is active the access stays; it goes with the last grant', async () => {
    const user = seedUser(org)
    const first = await grant(user.id, { type: 'group', id: group('Support') }, inDays(2))
    const second = await grant(user.id, { type: 'group', id: group('Support') }, inDays(9))
    expect(second.output.preexisting).toBe(false)
    expect(second.changes).toEqual([])

    const one = expectSucceeded(
      await invoke('revoke-access', { ticket: ticket(), grantId: first.output.grantId }),
      'revoke-access',
    )
    expect(one.output).toMatchObject({ status: 'revoked', accessRemoved: false })
    expect(org.isMember(group('Support'), user.id)).toBe(true)

    const two = expectSucceeded(
      await invoke('revoke-access', { ticket: ticket(), grantId: second.output.grantId }),
      'revoke-access',
    )
    expect(two.output).toMatchObject({ status: 'revoked', accessRemoved: true })
    expect(org.isMember(group('Support'), user.id)).toBe(false)
  })

  it('birthright: a mover that added the group since keeps it when the grant ends', async () => {
    const user = seedUser(org)
    const { output } = await grant(user.id, { type: 'group', id: group('Engineering') }, inDays(4))
    // Someone removed it by hand; then a role change made it part of the job.
    org.removeMember(setupContext(), group('Engineering'), user.id)
    const moved = await invoke('mover', {
      ticket: ticket(),
      user: { id: user.id },
      addGroups: [group('Engineering')],
    })
    expect(expectSucceeded(moved, 'mover').changes.map((c) => c.operation)).toEqual(['addGroupMember'])

    const before = snapshot(env.sandbox)
    const revoked = expectSucceeded(
      await invoke('revoke-access', { ticket: ticket(), grantId: output.grantId }),
      'revoke-access',
    )
    expect(revoked.output).toMatchObject({ status: 'revoked', accessRemoved: false })
    expect(org.isMember(group('Engineering'), user.id)).toBe(true)
    expectUnchanged(env.sandbox, before)
  })

  it('birthright: a mover that makes granted access part of the job records it, and the grant’s end keeps it', async () => {
    const user = seedUser(org)
    const { output } = await grant(user.id, { type: 'group', id: group('Engineering') }, inDays(4))
    expect(org.isMember(group('Engineering'), user.id)).toBe(true)
    // The user holds the group only through the grant: the mover still plans (and audits) the add.
    const moved = await invoke('mover', {
      ticket: ticket(),
      user: { id: user.id },
      addGroups: [group('Engineering')],
    })
    expect(expectSucceeded(moved, 'mover').changes.map((c) => c.operation)).toEqual(['addGroupMember'])

    const revoked = expectSucceeded(
      await invoke('revoke-access', { ticket: ticket(), grantId: output.grantId }),
      'revoke-access',
    )
    expect(revoked.output).toMatchObject({ status: 'revoked', accessRemoved: false })
    expect(org.isMember(group('Engineering'), user.id)).toBe(true)
  })

  it('birthright from a joiner: the joiner’s group is kept when a grant of it (recorded preexisting) ends', async () => {
    const login = `jo.${randomUUID().slice(0, 8)}@example.com`
    const joined = await invoke('joiner', {
      ticket: ticket(),
      profile: { login, email: login, firstName: 'Jo', lastName: 'Ng' },
      groups: [group('Sales')],
    })
    const { output: user } = expectSucceeded(joined, 'joiner')
    const { output } = await grant(user.userId, { type: 'group', id: group('Sales') }, inDays(1))
    expect(output.preexisting).toBe(true)
    const revoked = expectSucceeded(
      await invoke('revoke-access', { ticket: ticket(), grantId: output.grantId }),
      'revoke-access',
    )
    expect(revoked.output.accessRemoved).toBe(false)
    expect(org.isMember(group('Sales'), user.userId)).toBe(true)
  })

  it('unknown grant: 404 grant-not-found for revoke and extend, nothing written', async () => {
    const before = snapshot(env.sandbox)
    const grantId = `grt_${'0'.repeat(32)}`
    const revoke = expectProblem(
      await invoke('revoke-access', { ticket: ticket(), grantId }),
      404,
      'grant-not-found',
    )
    expect(revoke.grantId).toBe(grantId)
    expectProblem(
      await invoke('extend-access', { ticket: ticket(), grantId, expiresAt: inDays(1) }),
      404,
      'grant-not-found',
    )
    expectUnchanged(env.sandbox, before)
  })
})

describe('extend-access', () => {
  it('moves the end date within the limit and records the extending execution', async () => {
    const user = seedUser(org)
    const { output } = await grant(user.id, { type: 'group', id: group('Sales') }, inDays(3))
    const before = snapshot(env.sandbox)
    const res = await invoke('extend-access', {
      ticket: ticket(),
      grantId: output.grantId,
      expiresAt: inDays(20),
    })
    const extended = expectSucceeded(res, 'extend-access')
    expect(extended.output).toEqual({ ...output, expiresAt: inDays(20) })
    expect(extended.changes).toEqual([])
    expectUnchanged(env.sandbox, before)
    expect((await bridge.grants.get(output.grantId))!.extendedBy).toEqual([extended.executionId])
  })

  it('refuses an end date beyond the limit (422) and an ended grant (409), changing nothing', async () => {
    const user = seedUser(org)
    const { output } = await grant(user.id, { type: 'app', id: app('GitHub') }, inDays(3))
    const before = snapshot(env.sandbox)
    const tooFar = expectProblem(
      await invoke('extend-access', { ticket: ticket(), grantId: output.grantId, expiresAt: inDays(8) }),
      422,
      'duration-not-allowed',
    )
    expect(tooFar.maxDays).toBe(7)
    expect((await bridge.grants.get(output.grantId))!.expiresAt).toBe(inDays(3))
    expectUnchanged(env.sandbox, before)

    expectSucceeded(
      await invoke('revoke-access', { ticket: ticket(), grantId: output.grantId }),
      'revoke-access',
    )
    const afterRevoke = snapshot(env.sandbox)
    const ended = expectProblem(
      await invoke('extend-access', { ticket: ticket(), grantId: output.grantId, expiresAt: inDays(5) }),
      409,
      'grant-not-active',
    )
    expect(ended.grantStatus).toBe('revoked')
    expectUnchanged(env.sandbox, afterRevoke)
  })

  it('puts back access found missing while the grant is active (repair)', async () => {
    const user = seedUser(org)
    const { output } = await grant(user.id, { type: 'group', id: group('Support') }, inDays(3))
    org.removeMember(setupContext(), group('Support'), user.id)
    const res = await invoke('extend-access', {
      ticket: ticket(),
      grantId: output.grantId,
      expiresAt: inDays(6),
    })
    const extended = expectSucceeded(res, 'extend-access')
    expect(extended.changes.map((c) => c.operation)).toEqual(['addGroupMember'])
    expect(org.isMember(group('Support'), user.id)).toBe(true)
    expect(eventsOf(org, extended.changes[0]!.oktaRequestId!)).toHaveLength(1)
  })
})

describe('declared operations (least privilege)', () => {
  it('the report grants the access flows exactly the membership and assignment permissions they plan', async () => {
    const res = await request(bridge.url).get('/api/least-privilege').set('x-api-client-token', TOKEN)
    expect(res.status).toBe(200)
    const perFlow = res.body.perFlow as Record<string, { permissions: string[] }>
    for (const flow of ['grant-access', 'extend-access', 'revoke-access']) {
      expect(perFlow[flow]?.permissions, flow).toEqual(
        expect.arrayContaining(['okta.groups.members.manage', 'okta.apps.assignment.manage']),
      )
    }
  })

  it('a plan with an operation its flow does not declare is refused before any Okta write', async () => {
    const user = seedUser(org)
    const operation = FLOW_OPERATIONS['grant-access'] as { operations: readonly string[] }
    const declared = operation.operations
    operation.operations = ['assignApp']
    try {
      const before = snapshot(env.sandbox)
      const res = await invoke('grant-access', {
        ticket: ticket(),
        user: { id: user.id },
        resource: { type: 'group', id: group('Engineering') },
        expiresAt: inDays(3),
        justification: 'Testing a flow that strays from its declaration',
      })
      expect(res.status).toBe(500)
      expect(res.body.code).toBe('internal')
      expectUnchanged(env.sandbox, before)
      expect(await bridge.grants.active({ userId: user.id })).toEqual([])
    } finally {
      operation.operations = declared
    }
  })
})
