/**
 * Reconciliation of a policy that names its manageable groups and apps one by one (no `"*"`, no requestable
 * resources at all): an Okta-mode bridge against an Okta sandbox org, over HTTP. Every manageable group and app is
 * checked — before, only requestable ones were, so an out-of-band addition to any other manageable group went
 * unreported — while a group outside the policy is not the bridge's to judge. The repair is a policy-bound,
 * audited mover under the operator's ticket.
 */
import { randomUUID } from 'node:crypto'
import request from 'supertest'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DriftReport } from '../../bridge/reconcile/reconciler.js'
import { type RunningBridge, startBridge } from '../../dev/start.js'
import { expectSucceeded, setupContext, uniqueLogin } from './support/flows-harness.js'
import { type OktaOrg, startOktaOrg, stateOf } from './support/okta-org.js'

let org: OktaOrg
let bridge: RunningBridge
/** A group the policy does not name: not the bridge's to reconcile. */
let unmanaged: string
const CHANGE = { number: 'CHG0077001', requestedBy: 'ops.admin' }

const group = (name: string) => org.groups.find((g) => g.name === name)!.id
const app = (label: string) => org.apps.find((a) => a.label === label)!.id

function reconcile(body: unknown) {
  return request(bridge.url)
    .post('/api/reconcile')
    .set('x-api-client-token', org.token)
    .send(body as object)
}

function report(res: request.Response): DriftReport {
  expect(res.status, JSON.stringify(res.body)).toBe(200)
  return res.body as DriftReport
}

beforeAll(async () => {
  org = await startOktaOrg({ groups: ['Engineering', 'Finance'], apps: ['Slack', 'Zoom'] })
  unmanaged = org.sandbox.org.seed({ groups: [{ profile: { name: 'Unmanaged' } }] }).groups[0]!.id
  bridge = await startBridge(
    { ...org.env, LOG_LEVEL: 'silent', DATABASE_URL: 'sqlite::memory:', RECONCILE_INTERVAL_MINUTES: '0' },
    { print: () => {} },
  )
}, 30_000)

afterAll(async () => {
  await bridge?.stop()
  await org?.stop()
})

describe('a policy listing its manageable groups and apps', () => {
  let insider: string
  let joinerUser: string

  beforeAll(async () => {
    // A birthright: a joiner given Finance and Zoom by the bridge.
    const login = uniqueLogin('joiner')
    const joined = expectSucceeded(
      await request(bridge.url)
        .post('/api/flo/joiner/invoke')
        .set('x-api-client-token', org.token)
        .set('idempotency-key', randomUUID())
        .send({
          ticket: { number: 'RITM0077001', requestedBy: 'hr.bot' },
          profile: { login, email: login, firstName: 'Jo', lastName: 'Iner' },
          groups: [group('Finance')],
          apps: [app('Zoom')],
        }),
      'joiner',
    )
    joinerUser = joined.output.userId
    // Behind the bridge's back: Finance (manageable, not requestable), Slack, and a group outside the policy.
    insider = org.sandbox.org.seed({
      users: [
        {
          profile: {
            login: 'in.sider@example.com',
            email: 'in.sider@example.com',
            firstName: 'In',
            lastName: 'Sider',
          },
        },
      ],
    }).users[0]!.id
    org.sandbox.org.addMember(setupContext(), group('Finance'), insider)
    org.sandbox.org.assignApp(setupContext(), app('Slack'), { id: insider })
    org.sandbox.org.addMember(setupContext(), unmanaged, insider)
  })

  it('reports unexplained access to every manageable group and app, not to one outside the policy', async () => {
    const dry = report(await reconcile({}))
    expect(dry.checked.resources).toBe(4)
    expect(
      dry.drift.map((item) => [item.kind, item.userId, item.resource.id, item.repair.status]).sort(),
    ).toEqual(
      [
        ['unjustified', insider, group('Finance'), 'planned'],
        ['unjustified', insider, app('Slack'), 'planned'],
      ].sort(),
    )
    expect(dry.drift.some((item) => item.userId === joinerUser)).toBe(false)
  })

  it('repairs it with audited movers under the change ticket, leaving the unmanaged group alone', async () => {
    const repaired = report(await reconcile({ mode: 'repair', ticket: CHANGE }))
    expect(repaired.drift.map((item) => item.repair.status)).toEqual(['succeeded', 'succeeded'])
    expect(stateOf(org, insider)).toMatchObject({ groups: [unmanaged], apps: [] })
    expect(stateOf(org, joinerUser)).toMatchObject({ groups: [group('Finance')], apps: [app('Zoom')] })
    const entries = await bridge.store.audit({ ticket: CHANGE.number })
    expect(entries.map((entry) => [entry.flow, entry.operation]).sort()).toEqual([
      ['mover', 'removeGroupMember'],
      ['mover', 'unassignApp'],
    ])
    expect(report(await reconcile({})).drift).toEqual([])
  })
})
