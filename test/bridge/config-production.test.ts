/**
 * The production configuration (issue: the bridge as a container): every required variable missing is named,
 * every secret can come from a `*_FILE`, malformed values of the operational variables are refused, and
 * production's rules hold — plain http only to loopback hosts (Okta and ServiceNow), never the sandbox, a
 * policy file required. `npm run config:check` reports the same without starting: exit 0/1, one line per
 * problem, never a secret's value.
 */
import { execFile } from 'node:child_process'
import { generateKeyPairSync, randomBytes } from 'node:crypto'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ConfigError, loadConfig } from '../../bridge/config.js'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const PKCS8 = generateKeyPairSync('rsa', { modulusLength: 2048 })
  .privateKey.export({ format: 'pem', type: 'pkcs8' })
  .toString()
const TOKEN = randomBytes(32).toString('base64url')
const METRICS = randomBytes(32).toString('base64url')
const SN_PASSWORD = `sn-${randomBytes(24).toString('base64url')}`
const SN_SECRET = `snc-${randomBytes(24).toString('base64url')}`
const HOOK_SECRET = randomBytes(32).toString('base64url')
const SECRETS = [TOKEN, METRICS, SN_PASSWORD, SN_SECRET, HOOK_SECRET, 'PRIVATE KEY', PKCS8.split('\n')[1]!]

let dir: string
let policyFile: string
const file = (name: string) => join(dir, name)

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bridge-config-prod-'))
  policyFile = file('policy.yaml')
  await writeFile(policyFile, 'manageableGroups: ["00g1a2b3c4d5e6f7g8h9"]\n')
  await writeFile(file('key.pem'), PKCS8)
  await writeFile(file('tokens'), `${TOKEN}\n`)
  await writeFile(file('metrics'), METRICS)
  await writeFile(file('sn-password'), SN_PASSWORD)
  await writeFile(file('sn-secret'), SN_SECRET)
  await writeFile(file('hook'), HOOK_SECRET)
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

/** A complete production environment with every secret as a file. */
function production(overrides: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    NODE_ENV: 'production',
    OKTA_ORG_URL: 'https://example.okta.com',
    OKTA_CLIENT_ID: '0oa1a2b3c4d5e6f7g8h9',
    OKTA_KEY_ID: 'kid-1',
    OKTA_PRIVATE_KEY_FILE: file('key.pem'),
    BRIDGE_CLIENT_TOKENS_FILE: file('tokens'),
    BRIDGE_POLICY_FILE: policyFile,
    METRICS_TOKEN_FILE: file('metrics'),
    ...overrides,
  }
  for (const [name, value] of Object.entries(env)) if (value === undefined) delete env[name]
  return env
}

async function problemsOf(env: NodeJS.ProcessEnv): Promise<readonly string[]> {
  const error = await loadConfig(env).then(
    () => undefined,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(ConfigError)
  const problems = (error as ConfigError).problems
  for (const secret of SECRETS) expect(problems.join('\n')).not.toContain(secret)
  return problems
}

describe('production configuration', () => {
  it('accepts a complete configuration with every secret from a file, with the operational defaults', async () => {
    const config = await loadConfig(production())
    expect(config.mode).toBe('okta')
    expect(config.clientTokens.map((t) => t.token)).toEqual([TOKEN])
    expect(config.metrics).toEqual({ token: METRICS, port: undefined })
    expect(config.logPii).toBe(false)
    expect(config.shutdownGraceMs).toBe(25_000)
    expect(config.servicenow).toBeUndefined()
    expect(config.eventHookSecret).toBeUndefined()
  })

  it('names each missing required variable on its own line', async () => {
    for (const [name, unset] of [
      ['OKTA_CLIENT_ID', { OKTA_CLIENT_ID: undefined }],
      ['OKTA_PRIVATE_KEY', { OKTA_PRIVATE_KEY_FILE: undefined }],
      ['OKTA_KEY_ID', { OKTA_KEY_ID: undefined }],
      ['BRIDGE_POLICY_FILE', { BRIDGE_POLICY_FILE: undefined }],
      ['BRIDGE_CLIENT_TOKENS', { BRIDGE_CLIENT_TOKENS_FILE: undefined }],
    ] as const) {
      const problems = await problemsOf(production(unset))
      expect(problems.length, name).toBe(1)
      expect(
        problems[0]!.startsWith(`${name}: required`) || problems[0]!.startsWith(`${name}: no inbound`),
      ).toBe(true)
    }
    // Several at once: all of them.
    const all = await problemsOf(
      production({ OKTA_CLIENT_ID: undefined, OKTA_KEY_ID: undefined, BRIDGE_POLICY_FILE: undefined }),
    )
    expect(all.map((p) => p.split(':')[0])).toEqual(['OKTA_CLIENT_ID', 'OKTA_KEY_ID', 'BRIDGE_POLICY_FILE'])
  })

  it('never enters sandbox mode in production', async () => {
    expect(await problemsOf(production({ OKTA_ORG_URL: undefined }))).toEqual([
      'OKTA_ORG_URL: required when NODE_ENV is production (the simulated Okta sandbox never runs in production)',
    ])
  })

  it('refuses plain http to Okta and ServiceNow unless the host is loopback', async () => {
    expect(await problemsOf(production({ OKTA_ORG_URL: 'http://example.okta.com' }))).toEqual([
      'OKTA_ORG_URL: must use https (plain http is allowed only for loopback hosts), got http://example.okta.com',
    ])
    const loopback = await loadConfig(production({ OKTA_ORG_URL: 'http://127.0.0.1:8089' }))
    expect(loopback.okta!.orgUrl).toBe('http://127.0.0.1:8089')
    expect(loopback.warnings).toContain(
      'OKTA_ORG_URL: plain http is accepted only because 127.0.0.1:8089 is a loopback address',
    )
    const sn = { SERVICENOW_USER: 'okta.bridge', SERVICENOW_PASSWORD_FILE: file('sn-password') }
    expect(await problemsOf(production({ ...sn, SERVICENOW_URL: 'http://acme.service-now.com' }))).toEqual([
      'SERVICENOW_URL: must use https (plain http is allowed only for loopback hosts), got http://acme.service-now.com',
    ])
    const local = await loadConfig(production({ ...sn, SERVICENOW_URL: 'http://localhost:8090' }))
    expect(local.servicenow).toEqual({
      instanceUrl: 'http://localhost:8090',
      username: 'okta.bridge',
      password: SN_PASSWORD,
      clientId: undefined,
      clientSecret: undefined,
    })
  })

  it('reads every secret from its *_FILE: ServiceNow credentials, the event-hook secret, the metrics token', async () => {
    const config = await loadConfig(
      production({
        SERVICENOW_URL: 'https://acme.service-now.com',
        SERVICENOW_CLIENT_ID: 'bridge-client',
        SERVICENOW_CLIENT_SECRET_FILE: file('sn-secret'),
        OKTA_EVENT_HOOK_SECRET_FILE: file('hook'),
      }),
    )
    expect(config.servicenow).toEqual({
      instanceUrl: 'https://acme.service-now.com',
      username: undefined,
      password: undefined,
      clientId: 'bridge-client',
      clientSecret: SN_SECRET,
    })
    expect(config.eventHookSecret).toBe(HOOK_SECRET)
    expect(config.metrics.token).toBe(METRICS)
    // And directly from the variable.
    const direct = await loadConfig(production({ METRICS_TOKEN_FILE: undefined, METRICS_TOKEN: METRICS }))
    expect(direct.metrics.token).toBe(METRICS)
    // Both forms at once, or an unreadable file, are refused by name.
    expect(await problemsOf(production({ METRICS_TOKEN: METRICS }))).toEqual([
      'METRICS_TOKEN: set both METRICS_TOKEN and METRICS_TOKEN_FILE; set only one',
    ])
    expect(await problemsOf(production({ OKTA_EVENT_HOOK_SECRET_FILE: file('missing') }))).toEqual([
      `OKTA_EVENT_HOOK_SECRET_FILE: cannot read ${file('missing')} (ENOENT)`,
    ])
  })

  it('refuses malformed operational values, one line each, without quoting secrets', async () => {
    const problems = await problemsOf(
      production({
        METRICS_PORT: 'nine',
        LOG_PII: 'yes',
        SHUTDOWN_GRACE_SECONDS: '-1',
        METRICS_TOKEN_FILE: undefined,
        METRICS_TOKEN: 'short-metrics-token',
        OKTA_EVENT_HOOK_SECRET: 'tiny',
        SERVICENOW_USER: 'okta.bridge',
      }),
    )
    expect(problems.map((p) => p.split(':')[0])).toEqual([
      'METRICS_PORT',
      'LOG_PII',
      'SHUTDOWN_GRACE_SECONDS',
      'METRICS_TOKEN',
      'SERVICENOW_USER',
      'OKTA_EVENT_HOOK_SECRET',
    ])
    expect(problems.join('\n')).not.toContain('short-metrics-token')
    expect(problems.join('\n')).not.toContain('tiny')
    expect(await problemsOf(production({ PORT: '8080', METRICS_PORT: '8080' }))).toEqual([
      'METRICS_PORT: must differ from PORT',
    ])
    expect(await problemsOf(production({ METRICS_TOKEN_FILE: undefined, METRICS_TOKEN: TOKEN }))).toEqual([
      'METRICS_TOKEN: must differ from every BRIDGE_CLIENT_TOKENS token',
    ])
    expect(
      await problemsOf(
        production({
          SERVICENOW_URL: 'https://acme.service-now.com',
          SERVICENOW_USER: 'okta.bridge',
        }),
      ),
    ).toEqual([
      'SERVICENOW_PASSWORD: SERVICENOW_USER and SERVICENOW_PASSWORD (or SERVICENOW_PASSWORD_FILE) go together',
    ])
    const ops = await loadConfig(
      production({ METRICS_PORT: '9464', LOG_PII: 'true', SHUTDOWN_GRACE_SECONDS: '0' }),
    )
    expect(ops.metrics.port).toBe(9464)
    expect(ops.logPii).toBe(true)
    expect(ops.shutdownGraceMs).toBe(0)
  })
})

describe('npm run config:check', () => {
  /** Runs the checker as npm would (`tsx bridge/cli/config-check.ts`) with exactly `env`. */
  async function check(env: NodeJS.ProcessEnv): Promise<{ code: number; stdout: string; stderr: string }> {
    return new Promise((resolve) => {
      execFile(
        process.execPath,
        ['--import', 'tsx', 'bridge/cli/config-check.ts'],
        { cwd: ROOT, env: { PATH: process.env.PATH, ...env } },
        (error, stdout, stderr) => {
          resolve({ code: error ? Number((error as { code?: number }).code) : 0, stdout, stderr })
        },
      )
    })
  }

  it('exits 0 on a valid configuration and says so, printing warnings but no secret', async () => {
    const result = await check(production({ OKTA_ORG_URL: 'http://127.0.0.1:8089' }))
    expect(result.code).toBe(0)
    const lines = result.stdout.trim().split('\n')
    expect(lines.at(-1)).toBe(
      'configuration OK (mode okta, NODE_ENV production, inbound: 1 client token(s), metrics: token)',
    )
    expect(lines).toContain(
      'warning: OKTA_ORG_URL: plain http is accepted only because 127.0.0.1:8089 is a loopback address',
    )
    for (const secret of SECRETS) expect(result.stdout + result.stderr).not.toContain(secret)
  })

  it('exits 1 with one line per problem, naming the variable, never the secret', async () => {
    const result = await check(
      production({
        OKTA_ORG_URL: 'http://example.okta.com',
        OKTA_KEY_ID: undefined,
        BRIDGE_CLIENT_TOKENS_FILE: undefined,
        BRIDGE_CLIENT_TOKENS: `${TOKEN.slice(0, 20)}`,
        METRICS_TOKEN_FILE: undefined,
        METRICS_TOKEN: TOKEN.slice(0, 10),
      }),
    )
    expect(result.code).toBe(1)
    const lines = result.stdout.trim().split('\n')
    expect(lines.map((l) => l.split(':')[0])).toEqual([
      'OKTA_ORG_URL',
      'OKTA_KEY_ID',
      'BRIDGE_CLIENT_TOKENS',
      'METRICS_TOKEN',
    ])
    expect(result.stdout + result.stderr).not.toContain(TOKEN.slice(0, 10))
  })
})
