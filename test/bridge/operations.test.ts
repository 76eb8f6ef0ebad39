/**
 * What an operator sees of a running bridge in Okta mode (production configuration, in process, against the
 * Okta sandbox):
 *
 * - `/metrics` (Prometheus text, behind `METRICS_TOKEN`) counts a joiner, refused requests (401 without
 *   credentials, 403 from the policy), Okta calls by operation and status, a 429 from Okta, token requests,
 *   the rate-limit remaining per endpoint family and pending executions;
 * - `/readyz` names its checks, and turns 503 naming `okta` when the token endpoint refuses the bridge (and
 *   200 again when it accepts it); `/healthz` stays 200 throughout — a restart would not fix Okta;
 * - logs mask profile PII unless `LOG_PII=true`, and the request line carries request id, ticket and
 *   execution id.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createLogger } from '../../bridge/logging/logger.js'
import { type RunningBridge, startBridge } from '../../dev/start.js'
import { joinerBody, type ProductionOrg, startProductionOrg } from '../deploy/support.js'
import { ManualClock } from './support/manual-clock.js'

let dir: string
let org: ProductionOrg
let bridge: RunningBridge
const lines: string[] = []
/** Okta's time and the bridge's for tokens: starts at the real time, since other sandbox parts read that. */
const oktaClock = new ManualClock(new Date())

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bridge-operations-'))
  org = await startProductionOrg(dir)
  // Short-lived tokens, so a refused token request shows in readiness once the clock moves 2 s; Okta's
  // authorization server and the bridge's token source share the clock the test moves.
  org.sandbox.configure({ tokenTtlSeconds: 2 })
  org.sandbox.auth.configure({ now: () => oktaClock.now().getTime() })
  bridge = await startBridge(
    { ...org.env, PORT: '0', DATABASE_URL: 'sqlite::memory:', SHUTDOWN_GRACE_SECONDS: '5' },
    { logDestination: { write: (line: string) => void lines.push(line) }, print: () => {}, oktaClock },
  )
})

afterAll(async () => {
  await bridge?.stop()
  await org?.sandbox.stop()
  await rm(dir, { recursive: true, force: true })
})

function invoke(body: unknown, headers: Record<string, string> = { 'x-api-client-token': org.token }) {
  return fetch(`${bridge.url}/api/flo/joiner/invoke`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  })
}

async function scrape(): Promise<string> {
  const res = await fetch(`${bridge.url}/metrics`, {
    headers: { authorization: `Bearer ${org.metricsToken}` },
  })
  expect(res.status).toBe(200)
  expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/)
  return res.text()
}

/** The value of one series in an exposition, or undefined when absent. */
function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `))
  return line === undefined ? undefined : Number(line.slice(series.length + 1))
}

describe('/metrics', () => {
  it('answers only its own bearer token (not a client token)', async () => {
    const none = await fetch(`${bridge.url}/metrics`)
    expect(none.status).toBe(401)
    expect(none.headers.get('www-authenticate')).toBe('Bearer realm="metrics"')
    const client = await fetch(`${bridge.url}/metrics`, { headers: { authorization: `Bearer ${org.token}` } })
    expect(client.status).toBe(401)
    expect(await scrape()).toContain('# TYPE okta_jml_bridge_invocations_total counter')
  })

  it('reflects a joiner, a request without credentials, a policy refusal and an Okta 429', async () => {
    const ok = await invoke(joinerBody(org, 'alex.kim@example.com', 'RITM0090001'))
    expect(ok.status).toBe(200)

    const unauthenticated = await invoke(joinerBody(org, 'no.body@example.com', 'RITM0090002'), {})
    expect(unauthenticated.status).toBe(401)

    // A group that exists in Okta but that the policy does not let the bridge manage.
    const admins = org.sandbox.org.seed({ groups: [{ profile: { name: 'Okta Administrators' } }] }).groups[0]!
    const forbidden = await invoke({
      ...joinerBody(org, 'pat.doe@example.com', 'RITM0090003'),
      groups: [admins.id],
    })
    expect(forbidden.status).toBe(403)
    expect(((await forbidden.json()) as { code: string }).code).toBe('policy-violation')

    // Okta answers the next user creation with a 429; the bridge waits for the reset and succeeds.
    org.sandbox.configure({
      faults: { next: 1, statuses: [429], pathPrefix: '/api/v1/users', method: 'POST' },
    })
    // The bridge waits for the reset on the Okta clock: move it once the wait has begun (if the reset is
    // already past on that clock, there is no wait and the call simply goes through).
    const pending = invoke(joinerBody(org, 'sam.lee@example.com', 'RITM0090004'))
    await Promise.race([pending, oktaClock.untilSleeping().then(() => oktaClock.advance(120_000))])
    const limited = await pending
    expect(limited.status).toBe(200)
    expect(org.sandbox.stats().faultsInjected).toEqual({ '429': 1 })
    org.sandbox.configure({ faults: null })
    expect(org.sandbox.org.findUser('sam.lee@example.com')?.status).toBe('PROVISIONED')

    const text = await scrape()
    const inv = (outcome: string) =>
      sample(text, `okta_jml_bridge_invocations_total{flow="joiner",mode="apply",outcome="${outcome}"}`)
    expect(inv('succeeded')).toBe(2)
    expect(inv('unauthenticated')).toBe(1)
    expect(inv('forbidden')).toBe(1)
    expect(
      sample(
        text,
        'okta_jml_bridge_invocation_duration_seconds_count{flow="joiner",mode="apply",outcome="succeeded"}',
      ),
    ).toBe(2)
    expect(
      sample(text, 'okta_jml_bridge_okta_calls_total{operation="POST /api/v1/users",status="200"}'),
    ).toBe(2)
    expect(
      sample(text, 'okta_jml_bridge_okta_calls_total{operation="POST /api/v1/users",status="429"}'),
    ).toBe(1)
    expect(sample(text, 'okta_jml_bridge_okta_rate_limited_total{operation="POST /api/v1/users"}')).toBe(1)
    expect(sample(text, 'okta_jml_bridge_okta_token_requests_total{outcome="200"}')).toBeGreaterThan(0)
    const remaining = sample(text, 'okta_jml_bridge_okta_rate_limit_remaining{family="POST /api/v1/users"}')
    expect(remaining).toBeGreaterThanOrEqual(0)
    expect(sample(text, 'okta_jml_bridge_pending_executions')).toBe(0)
    // Bounded labels: nothing personal or per-request became a label.
    expect(text).not.toContain('example.com')
    expect(text).not.toContain('RITM')
    expect(text).not.toMatch(/\/users\/00u/)
  })
})

describe('/readyz', () => {
  it('names its checks, turns 503 naming okta when the token endpoint refuses, and recovers', async () => {
    const ready = await fetch(`${bridge.url}/readyz`)
    expect(ready.status).toBe(200)
    const body = (await ready.json()) as {
      status: string
      failing: string[]
      checks: Record<string, { ok: boolean }>
    }
    expect(body.status).toBe('ready')
    expect(body.failing).toEqual([])
    expect(Object.fromEntries(Object.entries(body.checks).map(([k, v]) => [k, v.ok]))).toEqual({
      store: true,
      policy: true,
      okta: true,
    })

    // The service app's key is replaced in Okta: token requests are refused once the cached token expires.
    const { generateKeyPair, exportJWK } = await import('jose')
    const other = await exportJWK((await generateKeyPair('RS256', { extractable: true })).publicKey)
    org.sandbox.auth.registerClient({
      client_id: org.clientId,
      jwks: { keys: [{ ...other, kid: org.keyId, alg: 'RS256', use: 'sig' }] },
      scopes: org.scopes,
      dpop: true,
    })
    oktaClock.advance(2_500)
    const failing = await fetch(`${bridge.url}/readyz`)
    expect(failing.status).toBe(503)
    expect(failing.headers.get('content-type')).toContain('application/problem+json')
    const failingBody = (await failing.json()) as {
      code: string
      failing: string[]
      checks: Record<string, { ok: boolean; detail?: string }>
    }
    expect(failingBody.code).toBe('not-ready')
    expect(failingBody.failing).toEqual(['okta'])
    expect(failingBody.checks.okta!.ok).toBe(false)
    expect(failingBody.checks.okta!.detail).toMatch(/invalid_client/)
    expect(JSON.stringify(failingBody)).not.toMatch(/eyJ/)
    expect((await fetch(`${bridge.url}/healthz`)).status).toBe(200)

    org.sandbox.auth.registerClient({
      client_id: org.clientId,
      jwks: { keys: [org.publicJwk] },
      scopes: org.scopes,
      dpop: true,
    })
    const recovered = await fetch(`${bridge.url}/readyz`)
    expect(recovered.status).toBe(200)
    const text = await scrape()
    expect(sample(text, 'okta_jml_bridge_okta_token_requests_total{outcome="401"}')).toBeGreaterThan(0)
  })
})

describe('logs', () => {
  it('carry request id, ticket and execution id on the request line, and no secret or PII', () => {
    const parsed = lines.map((l) => JSON.parse(l) as Record<string, unknown>)
    const joiner = parsed.find((l) => l.msg === 'request' && l.ticket === 'RITM0090001')!
    expect(joiner.reqId).toEqual(expect.any(String))
    expect(joiner.executionId).toMatch(/^exe_/)
    expect(joiner.flow).toBe('joiner')
    const all = lines.join('\n')
    for (const secret of [org.token, org.metricsToken, 'PRIVATE KEY']) expect(all).not.toContain(secret)
    expect(all).not.toContain('alex.kim@example.com')
  })

  it('mask profile PII by default and show it with LOG_PII=true', () => {
    const logged = (logPii: boolean) => {
      const out: string[] = []
      const logger = createLogger({
        level: 'info',
        logPii,
        destination: { write: (l: string) => void out.push(l) },
      })
      logger.info(
        {
          email: 'dana.lee@example.com',
          user: { login: 'dana.lee@example.com', profile: { firstName: 'Dana' } },
        },
        'profile',
      )
      return JSON.parse(out[0]!) as {
        email: string
        user: { login: string; profile: { firstName: string } }
      }
    }
    const masked = logged(false)
    expect(masked.email).toBe('d***@example.com')
    expect(masked.user.login).toBe('d***@example.com')
    expect(masked.user.profile.firstName).toBe('D***')
    const clear = logged(true)
    expect(clear.email).toBe('dana.lee@example.com')
    expect(clear.user.profile.firstName).toBe('Dana')
  })
})
