/**
 * A replica taken into service holds its flows' Okta tokens: `/readyz` obtains one token per scope set of the
 * enabled flows (the very tokens the flows use, each holding only that flow's scopes), so the first invocations
 * after a deploy spend no round trip on Okta's token endpoint — and no token holding every flow's scopes
 * together is minted for readiness alone.
 *
 * A production bridge in process against the Okta sandbox; judged by the tokens the sandbox's authorization
 * server issued and by the bridge's own token-request counter.
 */
import { randomBytes } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { FLOW_OPERATIONS } from '../../bridge/flows/registry.js'
import { type RunningBridge, startBridge } from '../../dev/start.js'
import { FLOW_NAMES } from '../../shared/index.js'
import { joinerBody, type ProductionOrg, startProductionOrg } from '../deploy/support.js'

let dir: string
let org: ProductionOrg
let bridge: RunningBridge

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bridge-readiness-tokens-'))
  org = await startProductionOrg(dir)
  bridge = await startBridge(
    { ...org.env, PORT: '0', DATABASE_URL: 'sqlite::memory:', LOG_LEVEL: 'silent' },
    { print: () => {} },
  )
})

afterAll(async () => {
  await bridge?.stop()
  await org?.sandbox.stop()
  await rm(dir, { recursive: true, force: true })
})

/** Tokens issued, as the sandbox's authorization server counts them and as the bridge's metrics do (equal). */
async function tokensIssued(): Promise<number> {
  const issued = org.sandbox.auth.stats.tokensIssued
  const res = await fetch(`${bridge.url}/metrics`, {
    headers: { authorization: `Bearer ${org.metricsToken}` },
  })
  expect(res.status).toBe(200)
  const series = 'okta_jml_bridge_okta_token_requests_total{outcome="200"}'
  const line = (await res.text()).split('\n').find((l) => l.startsWith(`${series} `))
  expect(line === undefined ? 0 : Number(line.slice(series.length + 1))).toBe(issued)
  return issued
}

async function invoke(flow: string, body: unknown): Promise<Response> {
  return fetch(`${bridge.url}/api/flo/${flow}/invoke`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-api-client-token': org.token,
      'idempotency-key': randomBytes(16).toString('hex'),
    },
    body: JSON.stringify(body),
  })
}

describe('readiness and the flows’ tokens', () => {
  it('/readyz obtains one token per scope set of the enabled flows; the flows then request none', async () => {
    const scopeSets = new Set(
      FLOW_NAMES.map((flow) => [...new Set(FLOW_OPERATIONS[flow].scopes)].sort().join(' ')),
    )
    // The flows differ in what they may do: fewer token scope sets than that would mean a flow holds more.
    expect(scopeSets.size).toBeGreaterThan(1)
    expect(await tokensIssued()).toBe(0)

    const ready = await fetch(`${bridge.url}/readyz`)
    expect(ready.status).toBe(200)
    const body = (await ready.json()) as { checks: Record<string, { ok: boolean; detail?: string }> }
    expect(body.checks.okta).toMatchObject({ ok: true })
    expect(body.checks.okta!.detail).toMatch(
      new RegExp(`^${scopeSets.size} DPoP tokens \\(one per scope set of the enabled flows\\) valid until `),
    )
    expect(await tokensIssued()).toBe(scopeSets.size)
    // One request refused for want of Okta's DPoP nonce, and only one: the others already carried it.
    expect(org.sandbox.auth.stats.tokenRequests).toBe(scopeSets.size + 1)

    // A second probe is answered from the cache.
    expect((await fetch(`${bridge.url}/readyz`)).status).toBe(200)
    expect(await tokensIssued()).toBe(scopeSets.size)

    // Flows of different scope sets (the joiner's holds every flow's scopes; revoke-sessions only the users')
    // run on the tokens readiness obtained. A token holding every flow's scopes together would not serve the
    // second: it must not hold them.
    const login = `ready.${randomBytes(4).toString('hex')}@example.com`
    const joined = await invoke('joiner', joinerBody(org, login, 'RITM0031001'))
    expect(joined.status, await joined.clone().text()).toBe(200)
    const userId = ((await joined.json()) as { output: { userId: string } }).output.userId
    const revoked = await invoke('revoke-sessions', {
      ticket: { number: 'RITM0031002', requestedBy: 'hr.bot' },
      user: { id: userId },
    })
    expect(revoked.status, await revoked.clone().text()).toBe(200)
    expect(await tokensIssued()).toBe(scopeSets.size)
  })
})
