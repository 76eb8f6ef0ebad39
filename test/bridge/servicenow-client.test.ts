/**
 * The ServiceNow Table API client against the ServiceNow sandbox: both auth modes, token caching (one
 * token request for many calls, one for concurrent calls), retries on 429 honouring Retry-After and on
 * 503/reset, no blind retry of a create or a work note, timeouts, error mapping (not-found, unauthorized,
 * forbidden, invalid) without credentials in messages, and query encoding that refuses injection.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { encodeQuery } from '../../bridge/adapters/servicenow/table-api.js'
import {
  type ServiceNowAuth,
  ServiceNowTableClient,
  serviceNowClientFromConfig,
} from '../../bridge/adapters/servicenow/table-client.js'
import { ServiceNowError } from '../../bridge/ports/servicenow.js'
import { type ServiceNowSandbox, startServiceNowSandbox } from '../sandboxes/servicenow/index.js'

const BASIC: ServiceNowAuth = { kind: 'basic', username: 'bridge.user', password: 'basic-secret-pw' }
const OAUTH: ServiceNowAuth = { kind: 'oauth', clientId: 'bridge-client', clientSecret: 'oauth-secret-value' }
let sandbox: ServiceNowSandbox

beforeAll(async () => {
  sandbox = await startServiceNowSandbox({
    users: [
      { username: 'bridge.user', password: 'basic-secret-pw' },
      { username: 'narrow', password: 'narrow-pw', tables: ['incident'] },
    ],
    oauthClients: [
      { clientId: 'bridge-client', clientSecret: 'oauth-secret-value', username: 'okta.bridge' },
    ],
  })
})
afterAll(async () => {
  await sandbox.stop()
})
beforeEach(() => sandbox.reset())

function client(
  auth: ServiceNowAuth = BASIC,
  options: Partial<ConstructorParameters<typeof ServiceNowTableClient>[0]> = {},
) {
  return new ServiceNowTableClient({ baseUrl: `${sandbox.url}/`, auth, baseBackoffMs: 20, ...options })
}

async function failure(promise: Promise<unknown>): Promise<ServiceNowError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(ServiceNowError)
  return error as ServiceNowError
}

describe.each([
  ['basic', BASIC, 'bridge.user'],
  ['OAuth client credentials', OAUTH, 'okta.bridge'],
])('with %s', (_name, auth, user) => {
  it('creates, reads, queries, updates and adds work notes', async () => {
    const sn = client(auth)
    const ritm = await sn.createRecord('sc_req_item', { short_description: 'Okta access' })
    expect(ritm.number).toBe('RITM0010001')
    expect(ritm.sys_created_by).toBe(user)
    const thread = await sn.createRecord('x_okta_jml_golden_thread', {
      requested_item: ritm.sys_id!,
      operation: 'add_to_group',
      outcome: 'succeeded',
      occurred_at: '2026-11-22 10:00:00',
    })
    // sysparm_exclude_reference_link: the reference is a plain sys_id.
    expect(thread.requested_item).toBe(ritm.sys_id)
    expect(await sn.getRecord('sc_req_item', ritm.sys_id!, { fields: ['number', 'state'] })).toEqual({
      number: 'RITM0010001',
      state: '1',
    })
    const updated = await sn.updateRecord('sc_req_item', ritm.sys_id!, { state: '3' })
    expect(updated.state).toBe('3')
    expect(sandbox.tables.get('sc_req_item', ritm.sys_id!)?.state).toBe('3')

    await sn.addWorkNote('sc_req_item', ritm.sys_id!, 'Added to Engineering in Okta')
    const notes = await sn.query(
      'sys_journal_field',
      {
        where: [
          { field: 'element_id', value: ritm.sys_id! },
          { field: 'element', value: 'work_notes' },
        ],
      },
      { fields: ['name', 'value'] },
    )
    expect(notes).toEqual([{ name: 'sc_req_item', value: 'Added to Engineering in Okta' }])
  })
})

describe('queries', () => {
  beforeEach(() => {
    sandbox.seed({
      incident: [
        { short_description: 'alpha', priority: '3' },
        { short_description: 'beta', priority: '1' },
        { short_description: 'gamma', priority: '2' },
      ],
    })
  })

  it('sends OR conditions, sort order, fields, limit and offset', async () => {
    const sn = client()
    const rows = await sn.query(
      'incident',
      {
        where: [
          { field: 'short_description', value: 'alpha' },
          { field: 'short_description', operator: 'STARTSWITH', value: 'gam', or: true },
        ],
        orderBy: [{ field: 'priority' }],
      },
      { fields: ['short_description'] },
    )
    expect(rows).toEqual([{ short_description: 'gamma' }, { short_description: 'alpha' }])
    const page = await sn.query(
      'incident',
      { orderBy: [{ field: 'priority', descending: true }] },
      { fields: ['short_description'], limit: 1, offset: 1 },
    )
    expect(page).toEqual([{ short_description: 'gamma' }])
  })

  it('refuses a value containing ^ instead of letting it add a condition, and sends nothing', async () => {
    const sn = client()
    const injected = 'nothing^ORpriority!=0'
    const error = await failure(
      sn.query('incident', { where: [{ field: 'short_description', value: injected }] }),
    )
    expect(error.kind).toBe('invalid')
    expect(error.message).not.toContain(injected)
    expect(sandbox.stats().requests).toEqual({})
    expect(() => encodeQuery({ where: [{ field: 'a', value: 'x\ny' }] })).toThrow(ServiceNowError)
    expect(() => encodeQuery({ where: [{ field: 'a^ORb', value: 'x' }] })).toThrow(ServiceNowError)
    expect(() => encodeQuery({ orderBy: [{ field: 'a^b' }] })).toThrow(ServiceNowError)
    expect(
      encodeQuery({ where: [{ field: 'a', operator: 'LIKE', value: 'x=y' }], orderBy: [{ field: 'b' }] }),
    ).toBe('aLIKEx=y^ORDERBYb')
  })

  it('refuses table names and sys_ids that would change the path', async () => {
    const sn = client()
    expect((await failure(sn.getRecord('incident/../sys_user', 'a'.repeat(32)))).kind).toBe('invalid')
    expect((await failure(sn.updateRecord('incident', '../x', { state: '2' }))).kind).toBe('invalid')
  })
})

describe('errors', () => {
  it('maps 404 to undefined for a read and to not-found for writes', async () => {
    const sn = client()
    const missing = '0'.repeat(32)
    expect(await sn.getRecord('incident', missing)).toBeUndefined()
    const error = await failure(sn.updateRecord('incident', missing, { state: '2' }))
    expect(error).toMatchObject({ status: 404, kind: 'not-found' })
    expect(error.message).toBe(
      `ServiceNow PATCH incident/${missing}: 404 No Record found (Record doesn't exist or ACL restricts the record retrieval)`,
    )
    expect((await failure(sn.addWorkNote('incident', missing, 'x'))).kind).toBe('not-found')
  })

  it('maps 401, 403 and 400, never mentioning credentials', async () => {
    const wrong = await failure(
      client({ kind: 'basic', username: 'bridge.user', password: 'wrong-pw' }).query('incident', {}),
    )
    expect(wrong).toMatchObject({ status: 401, kind: 'unauthorized' })
    expect(wrong.message).not.toContain('wrong-pw')

    const badClient = await failure(
      client({ kind: 'oauth', clientId: 'bridge-client', clientSecret: 'bad-secret-value' }).query(
        'incident',
        {},
      ),
    )
    expect(badClient).toMatchObject({ status: 401, kind: 'unauthorized' })
    expect(badClient.message).not.toContain('bad-secret-value')

    const narrow = client({ kind: 'basic', username: 'narrow', password: 'narrow-pw' })
    expect(await narrow.query('incident', {})).toEqual([])
    expect(await failure(narrow.query('sc_req_item', {}))).toMatchObject({ status: 403, kind: 'forbidden' })
    expect(await failure(client().query('no_such_table', {}))).toMatchObject({ status: 400, kind: 'invalid' })
  })
})

describe('OAuth tokens', () => {
  it('requests one token for many calls, and one for concurrent first calls', async () => {
    const sn = client(OAUTH)
    await Promise.all([sn.query('incident', {}), sn.query('incident', {}), sn.query('incident', {})])
    for (let i = 0; i < 5; i++) await sn.createRecord('incident', { short_description: `n${i}` })
    expect(sandbox.stats()).toMatchObject({ tokenRequests: 1, tokensIssued: 1 })
    expect(sandbox.tables.rows('incident')).toHaveLength(5)
  })

  it('fetches a fresh token when a cached one is refused', async () => {
    const sn = client(OAUTH)
    await sn.query('incident', {})
    // A reset forgets the issued tokens: the cached one is now refused with 401.
    sandbox.reset()
    expect(await sn.query('incident', {})).toEqual([])
    expect(sandbox.stats().tokenRequests).toBe(1)
  })
})

describe('retries and timeouts', () => {
  it('waits out a 429 for its Retry-After and then succeeds', async () => {
    sandbox.configure({ retryAfterSeconds: 1, faults: { next: 1, statuses: [429] } })
    const waits: number[] = []
    const sn = client(BASIC, { sleep: async (ms) => void waits.push(ms) })
    expect(await sn.query('incident', {})).toEqual([])
    // Waited for the server's Retry-After (1 s), not its own 20 ms backoff.
    expect(waits).toEqual([1000])
    expect(sandbox.stats().requests['GET /api/now/table/incident']).toBe(2)
  })

  it('retries a create refused with 429 (ServiceNow did not act on it)', async () => {
    sandbox.configure({ retryAfterSeconds: 0, faults: { next: 1, statuses: [429], method: 'POST' } })
    await client().createRecord('incident', { short_description: 'once' })
    expect(sandbox.tables.rows('incident')).toHaveLength(1)
  })

  it('gives up as rate-limited when Retry-After exceeds the wait budget', async () => {
    sandbox.configure({ retryAfterSeconds: 30, faults: { next: 1, statuses: [429] } })
    const error = await failure(client(BASIC, { maxRetryWaitMs: 2_000 }).query('incident', {}))
    expect(error).toMatchObject({ status: 429, kind: 'rate-limited', retryAfterSeconds: 30 })
    expect(sandbox.stats().requests['GET /api/now/table/incident']).toBe(1)
  })

  it('retries reads and field updates after 503 and a reset', async () => {
    const [row] = sandbox.seed({ incident: [{ short_description: 'x' }] }).incident!
    sandbox.configure({ faults: { next: 2, statuses: [503, 'reset'] } })
    const sn = client()
    expect((await sn.getRecord('incident', row!.sys_id!))?.short_description).toBe('x')
    sandbox.configure({ faults: { next: 1, statuses: [503], method: 'PATCH', phase: 'after' } })
    expect((await sn.updateRecord('incident', row!.sys_id!, { state: '2' })).state).toBe('2')
    expect(sandbox.stats().faultsInjected).toEqual({ '503': 2, reset: 1 })
  })

  it('never retries a create or a work note after a 503: reports unavailable, no duplicate', async () => {
    const sn = client()
    sandbox.configure({ faults: { next: 1, statuses: [503], method: 'POST', phase: 'after' } })
    const error = await failure(sn.createRecord('incident', { short_description: 'maybe' }))
    expect(error).toMatchObject({ status: 503, kind: 'unavailable' })
    expect(sandbox.tables.rows('incident')).toHaveLength(1)
    expect(sandbox.stats().requests['POST /api/now/table/incident']).toBe(1)

    const id = sandbox.tables.rows('incident')[0]!.sys_id!
    sandbox.configure({ faults: { next: 1, statuses: [503], method: 'PATCH', phase: 'after' } })
    expect((await failure(sn.addWorkNote('incident', id, 'once only'))).kind).toBe('unavailable')
    expect(sandbox.tables.rows('sys_journal_field').map((r) => r.value)).toEqual(['once only'])
  })

  it('times out a hung call: a read is retried, a create is not', async () => {
    const sn = client(BASIC, { timeoutMs: 300 })
    sandbox.configure({ faults: { next: 1, statuses: ['timeout'], timeoutMs: 5_000 } })
    expect(await sn.query('incident', {})).toEqual([])
    sandbox.configure({ faults: { next: 1, statuses: ['timeout'], timeoutMs: 5_000 } })
    const error = await failure(sn.createRecord('incident', { short_description: 'hung' }))
    expect(error).toMatchObject({ status: 0, kind: 'unavailable' })
    expect(error.message).toBe('ServiceNow POST incident: no answer within 300 ms')
    expect(sandbox.stats().requests['POST /api/now/table/incident']).toBe(1)
  })

  it('reports unavailable after the retries run out', async () => {
    sandbox.configure({ faults: { next: 10, statuses: [503] } })
    const error = await failure(client(BASIC, { maxRetries: 2 }).query('incident', {}))
    expect(error).toMatchObject({ status: 503, kind: 'unavailable' })
    expect(sandbox.stats().requests['GET /api/now/table/incident']).toBe(3)
  })
})

describe('serviceNowClientFromConfig', () => {
  it('uses OAuth when a client id is configured, basic otherwise', async () => {
    const base = { instanceUrl: sandbox.url, username: undefined, password: undefined }
    const oauth = serviceNowClientFromConfig({
      ...base,
      clientId: 'bridge-client',
      clientSecret: 'oauth-secret-value',
    })
    await oauth.query('incident', {})
    expect(sandbox.stats().tokenRequests).toBe(1)
    const basic = serviceNowClientFromConfig({
      ...base,
      username: 'bridge.user',
      password: 'basic-secret-pw',
      clientId: undefined,
      clientSecret: undefined,
    })
    await basic.query('incident', {})
    expect(sandbox.stats().tokenRequests).toBe(1)
  })
})
