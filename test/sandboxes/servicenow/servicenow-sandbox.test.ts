/**
 * The ServiceNow sandbox over HTTP: the Table API (create, read, update, list with sysparm_query /
 * sysparm_fields / sysparm_limit / sysparm_offset), the query parser (^, ^OR, ORDERBY), the `result`
 * envelope and ServiceNow's error format, basic auth and OAuth client credentials, work notes in the
 * journal, the control API with faults, and the CLI as a process.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { once } from 'node:events'
import { fileURLToPath } from 'node:url'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import {
  parseQuery,
  type ServiceNowSandbox,
  type ServiceNowSandboxStats,
  startServiceNowSandbox,
} from './index.js'

const BASIC = `Basic ${Buffer.from('bridge.user:s3cret-pass').toString('base64')}`
let sandbox: ServiceNowSandbox

beforeAll(async () => {
  sandbox = await startServiceNowSandbox({
    users: [
      { username: 'bridge.user', password: 's3cret-pass' },
      { username: 'incident.only', password: 'pw', tables: ['incident'] },
    ],
    oauthClients: [{ clientId: 'bridge-client', clientSecret: 'client-secret', username: 'okta.bridge' }],
  })
})
afterAll(async () => {
  await sandbox.stop()
})
beforeEach(() => sandbox.reset())

type Row = Record<string, string>
/** A Table API answer as tests read it: `result` is a record or a list (the test knows which). */
interface SnBody {
  result: Row & Row[]
  error: { message: string; detail: string | null }
  status: string
}

async function api<T = SnBody>(
  method: string,
  path: string,
  body?: unknown,
  authorization = BASIC,
): Promise<{ status: number; body: T; headers: Headers }> {
  const response = await fetch(`${sandbox.url}${path}`, {
    method,
    headers: {
      accept: 'application/json',
      ...(authorization ? { authorization } : {}),
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
    },
    ...(body !== undefined ? { body: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
  })
  const text = await response.text()
  return {
    status: response.status,
    body: (text ? JSON.parse(text) : undefined) as T,
    headers: response.headers,
  }
}

async function token(clientId = 'bridge-client', clientSecret = 'client-secret') {
  const response = await fetch(`${sandbox.url}/oauth_token.do`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: clientId,
      client_secret: clientSecret,
    }),
  })
  const body = (await response.json()) as {
    access_token: string
    token_type: string
    expires_in: number
    scope: string
  }
  return { status: response.status, body }
}

describe('Table API records', () => {
  it('creates an incident with sys_id, timestamps, number and defaults, and reads it back by sys_id', async () => {
    const created = await api('POST', '/api/now/table/incident', { short_description: 'Laptop', bogus: 'x' })
    expect(created.status).toBe(201)
    const record = created.body.result
    expect(record.sys_id).toMatch(/^[0-9a-f]{32}$/)
    expect(record.number).toBe('INC0010001')
    expect(record.sys_created_on).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/)
    expect(record.sys_updated_on).toBe(record.sys_created_on)
    expect(record.sys_created_by).toBe('bridge.user')
    expect(record).toMatchObject({
      short_description: 'Laptop',
      state: '1',
      active: 'true',
      sys_mod_count: '0',
    })
    expect(record).not.toHaveProperty('bogus')
    expect(created.headers.get('location')).toBe(`${sandbox.url}/api/now/table/incident/${record.sys_id}`)

    const again = await api('GET', `/api/now/table/incident/${record.sys_id}`)
    expect(again.status).toBe(200)
    expect(again.body).toEqual({ result: record })
    const second = await api('POST', '/api/now/table/incident', { short_description: 'Phone' })
    expect(second.body.result.number).toBe('INC0010002')
    const ritm = await api('POST', '/api/now/table/sc_req_item', { short_description: 'Access' })
    expect(ritm.body.result.number).toBe('RITM0010001')
  })

  it('updates with PATCH (mod count, updated fields) and keeps number and sys fields', async () => {
    const { body } = await api('POST', '/api/now/table/sc_req_item', { short_description: 'Access' })
    const id = body.result.sys_id!
    const patched = await api('PATCH', `/api/now/table/sc_req_item/${id}`, {
      state: '3',
      number: 'RITM9',
      sys_id: 'f'.repeat(32),
    })
    expect(patched.status).toBe(200)
    expect(patched.body.result).toMatchObject({
      sys_id: id,
      state: '3',
      number: 'RITM0010001',
      sys_mod_count: '1',
    })
    expect(sandbox.tables.get('sc_req_item', id)?.state).toBe('3')
  })

  it('answers ServiceNow errors: 404 record, 400 invalid table, 400 bad JSON', async () => {
    const missing = await api('GET', `/api/now/table/incident/${'0'.repeat(32)}`)
    expect(missing.status).toBe(404)
    expect(missing.body).toEqual({
      error: {
        message: 'No Record found',
        detail: "Record doesn't exist or ACL restricts the record retrieval",
      },
      status: 'failure',
    })
    expect((await api('PATCH', `/api/now/table/incident/${'0'.repeat(32)}`, { state: '2' })).status).toBe(404)
    const table = await api('GET', '/api/now/table/no_such_table')
    expect(table.status).toBe(400)
    expect(table.body).toEqual({
      error: { message: 'Invalid table no_such_table', detail: null },
      status: 'failure',
    })
    const json = await api('POST', '/api/now/table/incident', '{not json')
    expect(json.status).toBe(400)
    expect(json.body.error.detail).toBe('The payload is not valid JSON.')
  })

  it('renders references as { link, value } unless sysparm_exclude_reference_link=true', async () => {
    const [ritm] = sandbox.seed({ sc_req_item: [{ short_description: 'x' }] }).sc_req_item!
    const created = await api('POST', '/api/now/table/x_okta_jml_golden_thread', {
      requested_item: ritm!.sys_id,
      operation: 'add_to_group',
      outcome: 'succeeded',
      occurred_at: '2026-11-22 10:00:00',
    })
    expect(created.body.result.requested_item).toEqual({
      link: `${sandbox.url}/api/now/table/sc_req_item/${ritm!.sys_id}`,
      value: ritm!.sys_id,
    })
    const plain = await api(
      'GET',
      `/api/now/table/x_okta_jml_golden_thread/${created.body.result.sys_id}?sysparm_exclude_reference_link=true`,
    )
    expect(plain.body.result.requested_item).toBe(ritm!.sys_id)
    expect(plain.body.result.operation).toBe('add_to_group')
  })
})

describe('work notes', () => {
  it('stores a PATCHed work note in sys_journal_field and leaves the record column empty', async () => {
    const { body } = await api('POST', '/api/now/table/incident', { short_description: 'x' })
    const id = body.result.sys_id
    const patched = await api('PATCH', `/api/now/table/incident/${id}`, { work_notes: 'Okta user created' })
    expect(patched.body.result.work_notes).toBe('')
    await api('PATCH', `/api/now/table/incident/${id}`, { work_notes: 'Second note' })
    const notes = await api(
      'GET',
      `/api/now/table/sys_journal_field?sysparm_query=element_id=${id}^element=work_notes^ORDERBYvalue&sysparm_fields=element,element_id,name,value`,
    )
    expect(notes.status).toBe(200)
    expect(notes.body.result).toEqual([
      { element: 'work_notes', element_id: id, name: 'incident', value: 'Okta user created' },
      { element: 'work_notes', element_id: id, name: 'incident', value: 'Second note' },
    ])
  })
})

describe('sysparm_query, sysparm_fields, sysparm_limit, sysparm_offset', () => {
  beforeEach(() => {
    sandbox.seed({
      incident: [
        { short_description: 'Printer jam', state: '1', priority: '3' },
        { short_description: 'VPN down', state: '2', priority: '1' },
        { short_description: 'printer toner', state: '6', priority: '4' },
        { short_description: 'Email', state: '2', priority: '2' },
      ],
    })
  })
  const list = async (query: string, extra = '') => {
    const answer = await api(
      'GET',
      `/api/now/table/incident?sysparm_query=${encodeURIComponent(query)}&sysparm_fields=short_description${extra}`,
    )
    expect(answer.status).toBe(200)
    return answer.body.result.map((r) => r.short_description)
  }

  it('filters with =, !=, LIKE, STARTSWITH and ^ (AND)', async () => {
    expect(await list('state=2')).toEqual(['VPN down', 'Email'])
    expect(await list('state!=2')).toEqual(['Printer jam', 'printer toner'])
    expect(await list('short_descriptionLIKEprinter')).toEqual(['Printer jam', 'printer toner'])
    expect(await list('short_descriptionSTARTSWITHvpn')).toEqual(['VPN down'])
    expect(await list('short_descriptionLIKEprinter^state=6')).toEqual(['printer toner'])
    expect(await list('no_such_field=1')).toEqual([])
  })

  it('binds ^OR tighter than ^ and sorts with ORDERBY / ORDERBYDESC', async () => {
    expect(await list('state=1^ORstate=6^priority=4')).toEqual(['printer toner'])
    expect(await list('state=1^ORpriority=1^ORDERBYDESCpriority')).toEqual(['Printer jam', 'VPN down'])
    expect(await list('ORDERBYpriority')).toEqual(['VPN down', 'Email', 'Printer jam', 'printer toner'])
    expect(parseQuery('a=1^ORb!=2^cLIKEx^ORDERBYDESCd')).toEqual({
      groups: [
        [
          { field: 'a', operator: '=', value: '1' },
          { field: 'b', operator: '!=', value: '2' },
        ],
        [{ field: 'c', operator: 'LIKE', value: 'x' }],
      ],
      orderBy: [{ field: 'd', descending: true }],
    })
  })

  it('pages with sysparm_limit and sysparm_offset and counts in X-Total-Count', async () => {
    expect(await list('ORDERBYpriority', '&sysparm_limit=2&sysparm_offset=1')).toEqual([
      'Email',
      'Printer jam',
    ])
    const answer = await api('GET', '/api/now/table/incident?sysparm_limit=1&sysparm_fields=number,nope')
    expect(answer.body.result).toEqual([{ number: 'INC0010001' }])
    expect(answer.headers.get('x-total-count')).toBe('4')
  })

  it('answers 400 for a malformed query or limit', async () => {
    const bad = await api('GET', `/api/now/table/incident?sysparm_query=${encodeURIComponent('^ORstate=1')}`)
    expect(bad.status).toBe(400)
    expect(bad.body).toMatchObject({ error: { message: 'Invalid query' }, status: 'failure' })
    expect((await api('GET', '/api/now/table/incident?sysparm_query=justtext')).status).toBe(400)
    expect((await api('GET', '/api/now/table/incident?sysparm_limit=-1')).status).toBe(400)
  })
})

describe('authentication', () => {
  it('refuses missing or wrong basic credentials with 401 in ServiceNow format', async () => {
    const none = await api('GET', '/api/now/table/incident', undefined, '')
    expect(none.status).toBe(401)
    expect(none.body).toEqual({
      error: { message: 'User Not Authenticated', detail: 'Required to provide Auth information' },
      status: 'failure',
    })
    const wrong = await api(
      'GET',
      '/api/now/table/incident',
      undefined,
      `Basic ${Buffer.from('bridge.user:nope').toString('base64')}`,
    )
    expect(wrong.status).toBe(401)
  })

  it('answers 403 when the user may not use the table', async () => {
    const auth = `Basic ${Buffer.from('incident.only:pw').toString('base64')}`
    expect((await api('GET', '/api/now/table/incident', undefined, auth)).status).toBe(200)
    const refused = await api('GET', '/api/now/table/sc_req_item', undefined, auth)
    expect(refused.status).toBe(403)
    expect(refused.body).toMatchObject({ error: { message: 'User Not Authorized' }, status: 'failure' })
  })

  it('issues client-credentials tokens at /oauth_token.do and accepts them as Bearer', async () => {
    const issued = await token()
    expect(issued.status).toBe(200)
    expect(issued.body).toMatchObject({ token_type: 'Bearer', expires_in: 1799, scope: 'useraccount' })
    expect(typeof issued.body.access_token).toBe('string')
    const created = await api(
      'POST',
      '/api/now/table/incident',
      { short_description: 'via oauth' },
      `Bearer ${issued.body.access_token}`,
    )
    expect(created.status).toBe(201)
    expect(created.body.result.sys_created_by).toBe('okta.bridge')
    expect((await api('GET', '/api/now/table/incident', undefined, 'Bearer not-a-token')).status).toBe(401)
    const refused = await token('bridge-client', 'wrong')
    expect(refused).toEqual({
      status: 401,
      body: { error_description: 'access_denied', error: 'server_error' },
    })
    expect(sandbox.stats()).toMatchObject({ tokenRequests: 2, tokensIssued: 1 })
  })

  it('expires tokens after the configured lifetime', async () => {
    sandbox.configure({ tokenTtlSeconds: 1 })
    const issued = await token()
    await new Promise((resolve) => setTimeout(resolve, 1100))
    expect(
      (await api('GET', '/api/now/table/incident', undefined, `Bearer ${issued.body.access_token}`)).status,
    ).toBe(401)
  })
})

describe('control API and faults', () => {
  const control = async <T = SnBody>(method: string, path: string, body?: unknown) =>
    api<T>(method, path, body, '')

  it('seeds, reports stats, resets', async () => {
    const seeded = await control<Record<string, Row[]>>('POST', '/__sandbox/seed', {
      incident: [{ short_description: 'seeded' }],
    })
    expect(seeded.status).toBe(200)
    expect(seeded.body.incident?.[0]).toMatchObject({ number: 'INC0010001', short_description: 'seeded' })
    await api('GET', '/api/now/table/incident')
    const stats = await control<ServiceNowSandboxStats>('GET', '/__sandbox/stats')
    expect(stats.body.records.incident).toBe(1)
    expect(stats.body.requests['GET /api/now/table/incident']).toBe(1)
    await control('POST', '/__sandbox/reset')
    expect((await api('GET', '/api/now/table/incident')).body).toEqual({ result: [] })
    expect((await control('POST', '/__sandbox/seed', { nope: [{}] })).status).toBe(400)
  })

  it('injects a 429 with Retry-After, a 503, and a connection reset', async () => {
    const config = await control('PUT', '/__sandbox/config', {
      retryAfterSeconds: 7,
      faults: { next: 3, statuses: [429, 503, 'reset'], pathPrefix: '/api/now/table/incident' },
    })
    expect(config.status).toBe(200)
    const limited = await api('GET', '/api/now/table/incident')
    expect(limited.status).toBe(429)
    expect(limited.headers.get('retry-after')).toBe('7')
    expect(limited.body).toMatchObject({ error: { message: 'Rate limit exceeded' }, status: 'failure' })
    const unavailable = await api('GET', '/api/now/table/incident')
    expect(unavailable.status).toBe(503)
    expect(unavailable.body.status).toBe('failure')
    await expect(api('GET', '/api/now/table/incident')).rejects.toThrow()
    expect((await api('GET', '/api/now/table/incident')).status).toBe(200)
    expect((await control<ServiceNowSandboxStats>('GET', '/__sandbox/stats')).body.faultsInjected).toEqual({
      '429': 1,
      '503': 1,
      reset: 1,
    })
    expect((await control('PUT', '/__sandbox/config', { faults: { statuses: [] } })).status).toBe(400)
  })

  it("applies an 'after' fault once the write took effect", async () => {
    sandbox.configure({ faults: { next: 1, statuses: [503], method: 'POST', phase: 'after' } })
    expect((await api('POST', '/api/now/table/incident', { short_description: 'lost answer' })).status).toBe(
      503,
    )
    expect(sandbox.tables.rows('incident').map((r) => r.short_description)).toEqual(['lost answer'])
  })
})

describe('CLI', () => {
  const children: ChildProcess[] = []
  afterEach(() => {
    for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL')
  })

  it('announces its URL, serves basic auth, and stops with exit 0 on SIGTERM', async () => {
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        fileURLToPath(new URL('./cli.ts', import.meta.url)),
        '--port',
        '0',
        '--user',
        'demo',
        '--password',
        'demo-pw',
      ],
      { cwd: fileURLToPath(new URL('../../../', import.meta.url)), stdio: ['ignore', 'pipe', 'pipe'] },
    )
    children.push(child)
    let out = ''
    child.stdout!.setEncoding('utf8')
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no URL: ${out}`)), 15_000)
      child.stdout!.on('data', (chunk: string) => {
        out += chunk
        const match = /http:\/\/127\.0\.0\.1:\d+/.exec(out)
        if (match) {
          clearTimeout(timer)
          resolve(match[0])
        }
      })
    })
    const auth = `Basic ${Buffer.from('demo:demo-pw').toString('base64')}`
    const answer = await fetch(`${url}/api/now/table/incident`, { headers: { authorization: auth } })
    expect(answer.status).toBe(200)
    expect(await answer.json()).toEqual({ result: [] })
    child.kill('SIGTERM')
    const [code] = await once(child, 'exit')
    expect(code).toBe(0)
    expect(out).toContain('SIGTERM received, stopping')
  }, 20_000)
})
