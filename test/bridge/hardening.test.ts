/**
 * The bypasses and defects of issue 14, each tried over HTTP the way an attacker holding a valid but narrow
 * credential (or a careless client) would, against a sandbox-mode bridge with several client tokens:
 *
 * 1. idempotency keys are scoped by caller and flow, a refused request claims nothing, a replay answers only
 *    its own caller, and an execution is readable only by its caller (or an auditor);
 * 2. malformed percent-encoding in a path is a 400 problem, authenticated or not;
 * 3. `/metrics` refuses as problem+json, the event hook's 413 names its own limit, unknown routes are
 *    problem+json;
 * 4. members of protected groups are protected users for every flow;
 * 5. separation of duties holds for every flow that adds access, dry runs included;
 * 6. only requestable resources can be granted;
 * 7. only the grant's creator (or a holder of `grants.manage`) may revoke or extend it.
 *
 * Every refusal is checked against the Okta sandbox: no write call, no System Log event.
 */
import { randomBytes, randomInt, randomUUID } from 'node:crypto'
import { request as httpRequest } from 'node:http'
import request from 'supertest'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Policy } from '../../bridge/policy/policy.js'
import {
  expectDryRun,
  expectProblem,
  expectSucceeded,
  expectUnchanged,
  type FlowBridge,
  seedUser,
  setupContext,
  snapshot,
  startFlowBridge,
  TOKEN,
  uniqueLogin,
} from './support/flows-harness.js'

const token = () => randomBytes(32).toString('base64url')
/** Tokens by name: `servicenow` (TOKEN) is unrestricted; the others are limited as their names say. */
const TOKENS = {
  joinerOnly: token(),
  leaverOnly: token(),
  grantsA: token(),
  grantsB: token(),
  grantsManager: token(),
  auditor: token(),
}
const GRANT_FLOWS = ['grant-access', 'revoke-access', 'extend-access']
const METRICS_TOKEN = token()
const HOOK_SECRET = token()
const BREAK_GLASS = 'Break.Glass@Example.com'
const DAY = 86_400_000

let h: FlowBridge
let admin: { id: string; login: string }

beforeAll(async () => {
  h = await startFlowBridge({
    env: {
      BRIDGE_CLIENT_TOKENS: JSON.stringify([
        { name: 'servicenow', token: TOKEN },
        { name: 'joiner-only', token: TOKENS.joinerOnly, flows: ['joiner'] },
        { name: 'leaver-only', token: TOKENS.leaverOnly, flows: ['leaver'] },
        { name: 'grants-a', token: TOKENS.grantsA, flows: GRANT_FLOWS },
        { name: 'grants-b', token: TOKENS.grantsB, flows: GRANT_FLOWS },
        { name: 'grants-manager', token: TOKENS.grantsManager, flows: [...GRANT_FLOWS, 'grants.manage'] },
        { name: 'auditor', token: TOKENS.auditor, flows: ['audit'] },
      ]),
      METRICS_TOKEN,
      OKTA_EVENT_HOOK_SECRET: HOOK_SECRET,
    },
    policy: (env) => {
      const group = (name: string) => env.groups.find((g) => g.name === name)!.id
      const app = (label: string) => env.apps.find((a) => a.label === label)!.id
      return Policy.parse({
        manageableGroups: ['*'],
        manageableApps: ['*'],
        protectedGroups: [env.adminsGroupId],
        protectedUsers: [BREAK_GLASS],
        writableProfileAttributes: ['department', 'title', 'email'],
        toxicCombinations: [[group('Sales'), group('Support')]],
        accessGrants: {
          maxDays: 30,
          resources: { [group('Support')]: {}, [group('Engineering')]: {}, [app('Slack')]: {} },
        },
      })
    },
  })
  const sam = [...h.org.users.values()].find((u) => u.profile.login === 'sam.admin@example.com')!
  admin = { id: sam.id, login: String(sam.profile.login) }
})

afterAll(async () => {
  await h?.stop()
})

const newTicket = () => ({ number: `RITM${randomInt(1_000_000_000, 9_999_999_999)}`, requestedBy: 'hr.bot' })
const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString()

/** `POST /api/flo/{flow}/invoke` with a client token and optional headers (no Idempotency-Key unless given). */
function invokeAs(
  clientToken: string,
  flow: string,
  body: unknown,
  headers: Record<string, string> = {},
  dryRun = false,
) {
  let req = request(h.bridge.url)
    .post(`/api/flo/${flow}/invoke${dryRun ? '?dryRun=true' : ''}`)
    .set('x-api-client-token', clientToken)
  for (const [name, value] of Object.entries(headers)) req = req.set(name, value)
  return req.send(body as object)
}

/** Sends a raw request line (supertest would re-encode the path). */
function raw(
  method: string,
  path: string,
  headers: Record<string, string> = {},
  body?: string,
): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  const url = new URL(h.bridge.url)
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: url.hostname, port: url.port, method, path, headers }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          body: Buffer.concat(chunks).toString('utf8'),
        }),
      )
    })
    req.on('error', reject)
    if (body !== undefined) req.write(body)
    req.end()
  })
}

/** Asserts a raw answer is problem+json with this status and code. */
function expectRawProblem(
  res: { status: number; headers: Record<string, unknown>; body: string },
  status: number,
  code: string,
) {
  expect(res.status, res.body).toBe(status)
  expect(String(res.headers['content-type'])).toMatch(/^application\/problem\+json/)
  const problem = JSON.parse(res.body) as Record<string, unknown>
  expect(problem).toMatchObject({ status, code, type: `urn:okta-jml-bridge:problem:${code}` })
  return problem
}

describe('1. idempotency keys are scoped by caller and flow', () => {
  it('a policy-refused request under another flow’s default key claims nothing: the real leaver runs', async () => {
    const user = seedUser(h.org)
    const ticket = newTicket()
    // A joiner-only token squats the leaver's default key with a joiner the policy refuses (protected login).
    const squat = await invokeAs(
      TOKENS.joinerOnly,
      'joiner',
      {
        ticket,
        profile: { login: BREAK_GLASS, email: BREAK_GLASS, firstName: 'Break', lastName: 'Glass' },
      },
      { 'Idempotency-Key': `${ticket.number}:leaver` },
    )
    expectProblem(squat, 403, 'policy-violation')
    // The real leaver, no header: its default key is {ticket.number}:leaver.
    const leaver = await invokeAs(TOKEN, 'leaver', { ticket, user: { id: user.id } })
    expectSucceeded(leaver, 'leaver')
    expect(h.org.users.get(user.id)!.status).toBe('DEPROVISIONED')
  })

  it('a refused request claims nothing even for its own caller: the corrected request under the same default key runs', async () => {
    const ticket = newTicket()
    const login = uniqueLogin('fixed')
    // Refused by policy (a protected login), no header: the default key {ticket}:joiner is not kept.
    const refused = await invokeAs(TOKEN, 'joiner', {
      ticket,
      profile: { login: BREAK_GLASS, email: BREAK_GLASS, firstName: 'Break', lastName: 'Glass' },
    })
    expectProblem(refused, 403, 'policy-violation')
    const corrected = { ticket, profile: { login, email: login, firstName: 'Fixed', lastName: 'Login' } }
    const first = expectSucceeded(await invokeAs(TOKEN, 'joiner', corrected), 'joiner')
    // The corrected request's own key is kept: its retry is a replay.
    const retry = await invokeAs(TOKEN, 'joiner', corrected)
    expect(retry.headers['idempotent-replayed']).toBe('true')
    expect(retry.body.executionId).toBe(first.executionId)
  })

  it('the same key from another caller neither replays nor conflicts: each caller gets its own execution', async () => {
    const key = `sn-${randomUUID()}`
    const ticket = newTicket()
    const first = await invokeAs(
      TOKENS.grantsA,
      'grant-access',
      {
        ticket,
        user: { id: seedUser(h.org).id },
        resource: { type: 'group', id: h.group('Engineering') },
        expiresAt: inDays(5),
        justification: 'on call',
      },
      { 'Idempotency-Key': key },
    )
    const a = expectSucceeded(first, 'grant-access')
    // Another caller, same key, same flow, another body: not a 422 naming A's execution.
    const second = await invokeAs(
      TOKENS.grantsB,
      'grant-access',
      {
        ticket,
        user: { id: seedUser(h.org).id },
        resource: { type: 'group', id: h.group('Engineering') },
        expiresAt: inDays(5),
        justification: 'on call',
      },
      { 'Idempotency-Key': key },
    )
    const b = expectSucceeded(second, 'grant-access')
    expect(b.executionId).not.toBe(a.executionId)
    expect(second.headers['idempotent-replayed']).toBeUndefined()
  })

  it('a replay answers only the caller that made the execution', async () => {
    const key = `sn-${randomUUID()}`
    const body = {
      ticket: newTicket(),
      user: { id: seedUser(h.org).id },
      resource: { type: 'group', id: h.group('Engineering') },
      expiresAt: inDays(5),
      justification: 'on call',
    }
    const first = expectSucceeded(
      await invokeAs(TOKENS.grantsA, 'grant-access', body, { 'Idempotency-Key': key }),
      'grant-access',
    )
    const replay = await invokeAs(TOKENS.grantsA, 'grant-access', body, { 'Idempotency-Key': key })
    expect(replay.headers['idempotent-replayed']).toBe('true')
    expect(replay.body.executionId).toBe(first.executionId)
    const other = await invokeAs(TOKENS.grantsB, 'grant-access', body, { 'Idempotency-Key': key })
    expect(other.body.executionId).not.toBe(first.executionId)
    expect(other.headers['idempotent-replayed']).toBeUndefined()
  })

  it('the 422 for a reused key discloses no execution id', async () => {
    const key = `sn-${randomUUID()}`
    const body = (login: string) => ({
      ticket: newTicket(),
      profile: { login, email: login, firstName: 'Key', lastName: 'Owner' },
    })
    expectSucceeded(
      await invokeAs(TOKEN, 'joiner', body(uniqueLogin('key')), { 'Idempotency-Key': key }),
      'joiner',
    )
    const res = await invokeAs(TOKEN, 'joiner', body(uniqueLogin('key')), { 'Idempotency-Key': key })
    const problem = expectProblem(res, 422, 'idempotency-key-reused')
    expect(problem.executionId).toBeUndefined()
    expect(problem.statusUrl).toBeUndefined()
    expect(JSON.stringify(problem)).not.toMatch(/exe_/)
  })

  it('an execution is readable by its caller and an auditor only; anyone else gets 404', async () => {
    const res = await invokeAs(TOKENS.joinerOnly, 'joiner', {
      ticket: newTicket(),
      profile: (() => {
        const login = uniqueLogin('exec')
        return { login, email: login, firstName: 'Exec', lastName: 'View' }
      })(),
    })
    const { executionId } = expectSucceeded(res, 'joiner')
    const get = (clientToken: string) =>
      request(h.bridge.url).get(`/api/flo/executions/${executionId}`).set('x-api-client-token', clientToken)
    expect((await get(TOKENS.joinerOnly)).status).toBe(200)
    expect((await get(TOKENS.auditor)).status).toBe(200)
    // An unrestricted token holds every permission, the audit's included.
    expect((await get(TOKEN)).status).toBe(200)
    expectProblem(await get(TOKENS.leaverOnly), 404, 'execution-not-found')
    expectProblem(await get(TOKENS.grantsA), 404, 'execution-not-found')
  })
})

describe('2. malformed requests are 400 problems, never 500', () => {
  it.each([
    ['POST', '/api/flo/%E0%A4%A/invoke'],
    ['GET', '/api/flo/executions/%FF'],
    ['GET', '/api/flo/%zz/openapi.json'],
  ])('%s %s → 400, authenticated or not', async (method, path) => {
    const body = method === 'POST' ? '{}' : undefined
    const json: Record<string, string> = body === undefined ? {} : { 'content-type': 'application/json' }
    expectRawProblem(await raw(method, path, json, body), 400, 'malformed-request')
    expectRawProblem(
      await raw(method, path, { ...json, 'x-api-client-token': TOKEN }, body),
      400,
      'malformed-request',
    )
  })

  it('an unknown route is a 404 problem', async () => {
    expectRawProblem(await raw('GET', '/nothing/here'), 404, 'not-found')
  })

  it('an unknown flow’s 404 lists the flows', async () => {
    const res = await invokeAs(TOKEN, 'jioner', { ticket: newTicket() })
    const problem = expectProblem(res, 404, 'unknown-flow')
    expect(problem.detail).toContain('joiner')
    expect(problem.detail).toContain('grant-access')
    expect(problem.flows).toEqual(expect.arrayContaining(['joiner', 'leaver', 'grant-access']))
  })
})

describe('3. every error is problem+json; secrets compared in constant time', () => {
  it('/metrics without or with a wrong token is a 401 problem', async () => {
    const none = await request(h.bridge.url).get('/metrics')
    expectProblem(none, 401, 'unauthenticated')
    expect(none.headers['www-authenticate']).toMatch(/^Bearer/)
    const wrong = await request(h.bridge.url).get('/metrics').set('authorization', 'Bearer x')
    expectProblem(wrong, 401, 'unauthenticated')
    const good = await request(h.bridge.url).get('/metrics').set('authorization', `Bearer ${METRICS_TOKEN}`)
    expect(good.status).toBe(200)
  })

  it('an oversized event-hook delivery’s 413 reports the hook’s 1 MB limit', async () => {
    const res = await request(h.bridge.url)
      .post('/hooks/okta/events')
      .set('authorization', HOOK_SECRET)
      .set('content-type', 'application/json')
      .send(JSON.stringify({ padding: 'x'.repeat(1024 * 1024 + 10) }))
    const problem = expectProblem(res, 413, 'body-too-large')
    expect(problem.limitBytes).toBe(1024 * 1024)
    expect(problem.detail).toBe('The request body is larger than 1 MB.')
  })
})

describe('4. members of protected groups are protected users', () => {
  it.each([
    ['leaver', () => ({ user: { id: admin.id } })],
    ['mover', () => ({ user: { id: admin.id }, profile: { email: 'attacker@example.com' } })],
    ['mover', () => ({ user: { id: admin.id }, addGroups: [h.group('Sales')] })],
    ['reset-password', () => ({ user: { id: admin.id } })],
    ['revoke-sessions', () => ({ user: { id: admin.id } })],
    ['unlock', () => ({ user: { login: admin.login.toUpperCase() } })],
  ])('%s on sam.admin (Okta Administrators) is 403 naming the group, zero writes', async (flow, body) => {
    for (const dryRun of [true, false]) {
      const before = snapshot(h.sandbox)
      const res = await invokeAs(TOKEN, flow, { ticket: newTicket(), ...body() }, {}, dryRun)
      const problem = expectProblem(res, 403, 'policy-violation')
      expect(problem.rule).toBe('protectedGroups')
      expect(problem.detail).toContain('Okta Administrators')
      expectUnchanged(h.sandbox, before)
    }
    expect(h.org.users.get(admin.id)!.status).toBe('ACTIVE')
  })

  it('protectedUsers match logins case-insensitively', async () => {
    const [user] = h.org.seed({
      users: [
        {
          profile: {
            login: 'break.glass@example.com',
            email: 'break.glass@example.com',
            firstName: 'B',
            lastName: 'G',
          },
        },
      ],
    }).users
    const before = snapshot(h.sandbox)
    const res = await invokeAs(TOKEN, 'leaver', { ticket: newTicket(), user: { id: user!.id } })
    expect(expectProblem(res, 403, 'policy-violation').rule).toBe('protectedUsers')
    expectUnchanged(h.sandbox, before)
  })
})

describe('5. separation of duties for every flow that adds access', () => {
  it('a mover completing a toxic pair is 409, dry run too, zero writes', async () => {
    const user = seedUser(h.org, { groups: ['Support'] })
    for (const dryRun of [true, false]) {
      const before = snapshot(h.sandbox)
      const res = await invokeAs(
        TOKEN,
        'mover',
        { ticket: newTicket(), user: { id: user.id }, addGroups: [h.group('Sales')] },
        {},
        dryRun,
      )
      expect(expectProblem(res, 409, 'separation-of-duties').conflict).toEqual([
        h.group('Sales'),
        h.group('Support'),
      ])
      expectUnchanged(h.sandbox, before)
    }
  })

  it('a mover swapping one side for the other is fine (the pair is never held)', async () => {
    const user = seedUser(h.org, { groups: ['Support'] })
    const res = await invokeAs(TOKEN, 'mover', {
      ticket: newTicket(),
      user: { id: user.id },
      addGroups: [h.group('Sales')],
      removeGroups: [h.group('Support')],
    })
    expectSucceeded(res, 'mover')
  })

  it('a joiner with both sides is 409, dry run too, zero writes', async () => {
    const login = uniqueLogin('toxic')
    for (const dryRun of [true, false]) {
      const before = snapshot(h.sandbox)
      const res = await invokeAs(
        TOKEN,
        'joiner',
        {
          ticket: newTicket(),
          profile: { login, email: login, firstName: 'Tox', lastName: 'Ic' },
          groups: [h.group('Sales'), h.group('Support')],
        },
        {},
        dryRun,
      )
      expectProblem(res, 409, 'separation-of-duties')
      expectUnchanged(h.sandbox, before)
    }
  })

  it('an extension adding the access back is refused when it would complete a pair', async () => {
    const user = seedUser(h.org)
    const granted = expectSucceeded(
      await invokeAs(TOKEN, 'grant-access', {
        ticket: newTicket(),
        user: { id: user.id },
        resource: { type: 'group', id: h.group('Support') },
        expiresAt: inDays(3),
        justification: 'cover',
      }),
      'grant-access',
    )
    // Behind the bridge's back: Support goes, Sales comes.
    h.org.removeMember(setupContext(), h.group('Support'), user.id)
    h.org.addMember(setupContext(), h.group('Sales'), user.id)
    const before = snapshot(h.sandbox)
    const res = await invokeAs(TOKEN, 'extend-access', {
      ticket: newTicket(),
      grantId: granted.output.grantId,
      expiresAt: inDays(10),
    })
    expectProblem(res, 409, 'separation-of-duties')
    expectUnchanged(h.sandbox, before)
  })
})

describe('6. only requestable resources can be granted', () => {
  it('a manageable but not requestable group is 403 not-requestable, dry run too, zero writes', async () => {
    const user = seedUser(h.org)
    for (const dryRun of [true, false]) {
      const before = snapshot(h.sandbox)
      const res = await invokeAs(
        TOKEN,
        'grant-access',
        {
          ticket: newTicket(),
          user: { id: user.id },
          resource: { type: 'group', id: h.group('Sales') },
          expiresAt: inDays(3),
          justification: 'please',
        },
        {},
        dryRun,
      )
      expectProblem(res, 403, 'not-requestable')
      expectUnchanged(h.sandbox, before)
    }
    expect(h.org.listUserGroups(user.id).map((g) => g.id)).not.toContain(h.group('Sales'))
  })
})

describe('7. only the grant’s creator or a grants.manage holder may end or extend it', () => {
  async function grantBy(clientToken: string) {
    const user = seedUser(h.org)
    const res = await invokeAs(clientToken, 'grant-access', {
      ticket: newTicket(),
      user: { id: user.id },
      resource: { type: 'group', id: h.group('Engineering') },
      expiresAt: inDays(3),
      justification: 'incident',
    })
    return { user, grantId: expectSucceeded(res, 'grant-access').output.grantId }
  }

  it('another caller gets 403 for revoke and extend, and nothing changes', async () => {
    const { user, grantId } = await grantBy(TOKENS.grantsA)
    for (const [flow, extra] of [
      ['revoke-access', {}],
      ['extend-access', { expiresAt: inDays(9) }],
    ] as const) {
      for (const dryRun of [true, false]) {
        const before = snapshot(h.sandbox)
        const res = await invokeAs(
          TOKENS.grantsB,
          flow,
          { ticket: newTicket(), grantId, ...extra },
          {},
          dryRun,
        )
        expectProblem(res, 403, 'forbidden-grant')
        expectUnchanged(h.sandbox, before)
      }
    }
    expect(h.org.listUserGroups(user.id).map((g) => g.id)).toContain(h.group('Engineering'))
  })

  it('the creator may extend and revoke its own grant', async () => {
    const { user, grantId } = await grantBy(TOKENS.grantsA)
    expectSucceeded(
      await invokeAs(TOKENS.grantsA, 'extend-access', { ticket: newTicket(), grantId, expiresAt: inDays(9) }),
      'extend-access',
    )
    expectSucceeded(
      await invokeAs(TOKENS.grantsA, 'revoke-access', { ticket: newTicket(), grantId }),
      'revoke-access',
    )
    expect(h.org.listUserGroups(user.id).map((g) => g.id)).not.toContain(h.group('Engineering'))
  })

  it('a grants.manage holder may end anyone’s grant', async () => {
    const { user, grantId } = await grantBy(TOKENS.grantsA)
    expectSucceeded(
      await invokeAs(TOKENS.grantsManager, 'revoke-access', { ticket: newTicket(), grantId }),
      'revoke-access',
    )
    expect(h.org.listUserGroups(user.id).map((g) => g.id)).not.toContain(h.group('Engineering'))
  })
})

describe('human messages', () => {
  it('a dry run of a changed plan: plan-changed says the hash does not match today’s plan', async () => {
    const user = seedUser(h.org)
    const body = { ticket: newTicket(), user: { id: user.id }, profile: { title: 'Lead' } }
    const plan = expectDryRun(await invokeAs(TOKEN, 'mover', body, {}, true), 'mover')
    const res = await invokeAs(TOKEN, 'mover', {
      ...body,
      profile: { title: 'Chief' },
      expectedPlanHash: plan.planHash,
    })
    const problem = expectProblem(res, 409, 'plan-changed')
    expect(problem.detail).toMatch(/does not match/)
    expect(problem.detail).not.toMatch(/Okta changed/)
  })
})
