/**
 * Property-based fuzzing of the bridge's whole HTTP surface (fast-check): generated bad input at every route
 * — bodies (random JSON, prototype keys, deep nesting, sizes around the limits, invalid UTF-8), query
 * strings, headers, credentials, content types, paths with malformed percent-encoding — sent over real HTTP
 * to a sandbox-mode bridge. Every answer must be below 500, and every error RFC 9457 problem+json with a
 * stable `code`; afterwards the Okta sandbox must show zero writes (request counters and System Log
 * unchanged) and `Object.prototype` must be untouched.
 *
 * Runs are bounded (a few hundred requests in all) so the suite finishes in seconds on a small machine; a
 * failure prints fast-check's seed and the shrunk request, which replays it.
 */
import { randomBytes } from 'node:crypto'
import { request as httpRequest } from 'node:http'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { FLOW_NAMES } from '../../shared/index.js'
import {
  expectUnchanged,
  type FlowBridge,
  type OrgSnapshot,
  snapshot,
  startFlowBridge,
  TOKEN,
} from './support/flows-harness.js'

const LIMITED = randomBytes(32).toString('base64url')
const METRICS_TOKEN = randomBytes(32).toString('base64url')
const HOOK_SECRET = randomBytes(32).toString('base64url')

let h: FlowBridge
let before: OrgSnapshot

beforeAll(async () => {
  h = await startFlowBridge({
    env: {
      BRIDGE_CLIENT_TOKENS: JSON.stringify([
        { name: 'servicenow', token: TOKEN },
        { name: 'limited', token: LIMITED, flows: ['unlock'] },
      ]),
      METRICS_TOKEN,
      OKTA_EVENT_HOOK_SECRET: HOOK_SECRET,
      // No scheduled reconciliation during the run: it reads Okta, and the counters must stay still.
      RECONCILE_INTERVAL_MINUTES: '0',
    },
  })
  before = snapshot(h.sandbox)
})

afterAll(async () => {
  await h?.stop()
})

/** One HTTP request, as generated. */
interface Fuzzed {
  method: string
  path: string
  headers: Record<string, string>
  body?: Buffer
}

/** An answer: status, headers, body text. */
interface Answer {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: string
}

/** Sends a request exactly as generated (no client-side normalisation of the path). */
function send(req: Fuzzed): Promise<Answer> {
  const url = new URL(h.bridge.url)
  return new Promise((resolve, reject) => {
    const out = httpRequest(
      {
        host: url.hostname,
        port: url.port,
        method: req.method,
        path: req.path,
        headers: {
          ...req.headers,
          ...(req.body === undefined ? {} : { 'content-length': String(req.body.length) }),
        },
      },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString(),
          }),
        )
        res.on('error', reject)
      },
    )
    // The bridge may answer (a 401, a 413) and close before reading everything: that is an answer too.
    out.on('error', reject)
    if (req.body !== undefined) out.write(req.body)
    out.end()
  })
}

/** The property every answer holds: no 5xx; an error is problem+json with a stable code. */
function expectWellFormed(req: Fuzzed, res: Answer): void {
  const what = `${req.method} ${req.path} → ${res.status} ${res.body.slice(0, 300)}`
  expect(res.status, what).toBeGreaterThanOrEqual(200)
  expect(res.status, what).toBeLessThan(500)
  if (res.status < 400) return
  expect(String(res.headers['content-type']), what).toMatch(/^application\/problem\+json/)
  if (req.method === 'HEAD') return
  const problem = JSON.parse(res.body) as Record<string, unknown>
  expect(problem.status, what).toBe(res.status)
  expect(problem.code, what).toMatch(/^[a-z]+(-[a-z]+)*$/)
  expect(problem.type, what).toBe(`urn:okta-jml-bridge:problem:${problem.code}`)
  expect(typeof problem.title, what).toBe('string')
}

// ============================================================================
// Generators
// ============================================================================

/** Path segments an attacker would try: prototype keys, traversal, malformed and odd percent-encodings. */
const nastySegment = fc.oneof(
  fc.constantFrom(
    '__proto__',
    'constructor',
    'prototype',
    '..',
    '.',
    '%',
    '%E0%A4%A',
    '%FF',
    '%zz',
    '%00',
    '%2e%2e',
    '%2F',
    '%C0%AF',
    'exe_',
    'exe_00000000-0000-0000-0000-000000000000',
    'a'.repeat(300),
  ),
  fc.stringMatching(/^[A-Za-z0-9_.~%-]{0,40}$/),
  ...FLOW_NAMES.map((flow) => fc.constant(flow)),
)

/** Every route the bridge serves, with generated parameters, plus paths it does not serve. */
const path = fc.oneof(
  fc.constantFrom(
    '/healthz',
    '/readyz',
    '/metrics',
    '/openapi.json',
    '/api/least-privilege',
    '/api/audit',
    '/api/audit/verify',
    '/api/audit/orphans',
    '/api/reconcile',
    '/hooks/okta/events',
    '/',
  ),
  nastySegment.map((flow) => `/api/flo/${flow}/invoke`),
  nastySegment.map((flow) => `/api/flo/${flow}/openapi.json`),
  nastySegment.map((id) => `/api/flo/executions/${id}`),
  fc.array(nastySegment, { minLength: 1, maxLength: 4 }).map((parts) => `/${parts.join('/')}`),
)

/** Query strings: the parameters routes read (with bad values), repeated keys, prototype keys, noise. */
const query = fc
  .array(
    fc.tuple(
      fc.constantFrom(
        'dryRun',
        'clientToken',
        'ticket',
        'oktaUserId',
        'withOktaLog',
        'since',
        'mode',
        '__proto__',
        '__proto__[polluted]',
        'constructor[prototype][polluted]',
        'a[b][c]',
        'x',
      ),
      fc.oneof(
        fc.constantFrom(
          'true',
          'false',
          '',
          'yes',
          '%',
          '%FF',
          '1e999',
          '2026-13-45',
          'repair',
          'x'.repeat(2000),
        ),
        fc.stringMatching(/^[A-Za-z0-9_.~%-]{0,20}$/),
      ),
    ),
    { maxLength: 5 },
  )
  .map((pairs) => (pairs.length === 0 ? '' : `?${pairs.map(([k, v]) => `${k}=${v}`).join('&')}`))

/** Credentials: none, the right ones, a limited token, wrong or ambiguous ones. */
const credentials = fc.constantFrom<Record<string, string>>(
  {},
  { 'x-api-client-token': TOKEN },
  { 'x-api-client-token': LIMITED },
  { 'x-api-client-token': 'wrong' },
  { 'x-api-client-token': '' },
  { authorization: `Bearer ${METRICS_TOKEN}` },
  { authorization: 'Bearer eyJhbGciOiJub25lIn0.e30.' },
  { authorization: 'Basic dXNlcjpwYXNz' },
  { authorization: HOOK_SECRET },
  { authorization: `${HOOK_SECRET}x` },
)

/** Content types, right, wrong and odd. */
const contentType = fc.oneof(
  fc.constantFrom(
    'application/json',
    'application/json; charset=utf-8',
    'application/json; charset=latin1',
    'application/JSON',
    'application/problem+json',
    'text/plain',
    'application/x-www-form-urlencoded',
    'multipart/form-data; boundary=x',
    '',
    ';;;',
  ),
  fc.stringMatching(/^[a-z/+;= -]{0,30}$/),
)

/** Objects built around prototype keys, as JSON text (`JSON.parse` makes `__proto__` an own key). */
const prototypeBody = fc.constantFrom(
  '{"__proto__":{"polluted":true}}',
  '{"constructor":{"prototype":{"polluted":true}}}',
  '{"ticket":{"__proto__":{"polluted":true},"number":"RITM1","requestedBy":"x"}}',
  '{"ticket":{"number":"RITM1","requestedBy":"x"},"user":{"__proto__":{"id":"00u1"}}}',
  '{"ticket":{"number":"RITM1","requestedBy":"x","constructor":{"prototype":{"polluted":1}}}}',
)

/** Bodies: random JSON values, prototype keys, deep nesting, sizes around the limits, bytes that are not UTF-8. */
const body = fc.oneof(
  fc.json({ maxDepth: 4 }).map((text) => Buffer.from(text)),
  fc.anything({ maxDepth: 3 }).map((value) => Buffer.from(JSON.stringify(value) ?? 'undefined')),
  prototypeBody.map((text) => Buffer.from(text)),
  fc
    .integer({ min: 1_000, max: 20_000 })
    .map((depth) => Buffer.from(`${'['.repeat(depth)}${']'.repeat(depth)}`)),
  fc
    .integer({ min: 1_000, max: 8_000 })
    .map((depth) => Buffer.from(`${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`)),
  fc
    .constantFrom(100 * 1024 - 10, 100 * 1024 + 10, 1024 * 1024 + 10)
    .map((size) => Buffer.from(`{"justification":"${'x'.repeat(size)}"}`)),
  fc.uint8Array({ maxLength: 200 }).map((bytes) => Buffer.from(bytes)),
  fc.constant(Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d])),
  fc.constant(Buffer.alloc(0)),
)

/** Extra headers: noise, ones the bridge reads, odd encodings. */
const extraHeaders = fc.dictionary(
  fc.constantFrom(
    'idempotency-key',
    'prefer',
    'x-request-id',
    'x-okta-verification-challenge',
    'content-encoding',
    'accept',
    'x-forwarded-for',
    'transfer-encoding-x',
  ),
  fc.oneof(
    fc.constantFrom('respond-async', 'gzip', 'x'.repeat(300), '', '__proto__', 'ä'.normalize()),
    fc.stringMatching(/^[\x20-\x7E]{0,60}$/),
  ),
  { maxKeys: 3 },
)

const method = fc.constantFrom('GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS')

const fuzzed: fc.Arbitrary<Fuzzed> = fc
  .record({
    method,
    path,
    query,
    credentials,
    contentType,
    extraHeaders,
    body: fc.option(body, { nil: undefined }),
  })
  .map((r) => {
    // Latin-1 only in headers (Node refuses anything else on the wire, as any client would).
    const extras = Object.fromEntries(
      Object.entries(r.extraHeaders).map(([name, value]) => [name, value.replace(/[^\x20-\x7E]/g, '?')]),
    )
    const headers: Record<string, string> = { ...r.credentials, ...extras }
    if (r.contentType !== '') headers['content-type'] = r.contentType
    const hasBody = r.body !== undefined && r.method !== 'GET' && r.method !== 'HEAD'
    return { method: r.method, path: `${r.path}${r.query}`, headers, ...(hasBody ? { body: r.body } : {}) }
  })

// ============================================================================
// Properties
// ============================================================================

describe('generated bad input at every route', () => {
  it('never answers 5xx, answers every error as problem+json, and changes nothing in Okta', async () => {
    await fc.assert(
      fc.asyncProperty(fuzzed, async (req) => {
        expectWellFormed(req, await send(req))
      }),
      { numRuns: 300 },
    )
    expectUnchanged(h.sandbox, before)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('flow invocations with the right credentials and JSON content type, but generated bodies', async () => {
    const invocation = fc.record({
      flow: fc.constantFrom(...FLOW_NAMES),
      dryRun: fc.boolean(),
      body: fc.oneof(
        prototypeBody,
        fc.json({ maxDepth: 4 }),
        // Almost right: a ticket, then generated members where the flow's input goes.
        fc
          .dictionary(
            fc.constantFrom(
              'user',
              'profile',
              'groups',
              'resource',
              'grantId',
              'expiresAt',
              '__proto__',
              'mode',
            ),
            fc.anything({ maxDepth: 2 }),
            { maxKeys: 4 },
          )
          .map((rest) => JSON.stringify({ ticket: { number: 'RITM0099999', requestedBy: 'fuzz' }, ...rest })),
      ),
    })
    await fc.assert(
      fc.asyncProperty(invocation, async ({ flow, dryRun, body }) => {
        const req: Fuzzed = {
          method: 'POST',
          path: `/api/flo/${flow}/invoke${dryRun ? '?dryRun=true' : ''}`,
          headers: { 'x-api-client-token': TOKEN, 'content-type': 'application/json' },
          body: Buffer.from(body),
        }
        const res = await send(req)
        expectWellFormed(req, res)
        // Nothing generated is a valid request of any flow: each is refused as input, never run.
        expect(res.status, res.body.slice(0, 300)).toBeGreaterThanOrEqual(400)
      }),
      { numRuns: 150 },
    )
    expectUnchanged(h.sandbox, before)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('headers over Node’s size limit are a 431 problem, not a bare status line', async () => {
    const req: Fuzzed = { method: 'GET', path: '/healthz', headers: { 'x-padding': 'x'.repeat(20_000) } }
    const res = await send(req)
    expect(res.status).toBe(431)
    expectWellFormed({ ...req, method: 'POST' }, res)
    expect(JSON.parse(res.body).code).toBe('header-too-large')
  })
})
