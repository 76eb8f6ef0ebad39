/**
 * loadConfig: every variable validated at start, every problem reported at once with the variable's name,
 * and never the value of a secret (keys, client tokens) in a message.
 */
import { generateKeyPairSync, randomBytes } from 'node:crypto'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ConfigError, loadConfig } from '../../bridge/config.js'

const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 })
const PKCS8 = rsa.privateKey.export({ format: 'pem', type: 'pkcs8' }).toString()
const PKCS1 = rsa.privateKey.export({ format: 'pem', type: 'pkcs1' }).toString()
const JWK_TEXT = JSON.stringify({ ...rsa.privateKey.export({ format: 'jwk' }), kid: 'jwk-kid' })
const PUBLIC_PEM = rsa.publicKey.export({ format: 'pem', type: 'spki' }).toString()
const SMALL = generateKeyPairSync('rsa', { modulusLength: 1024 })
  .privateKey.export({ format: 'pem', type: 'pkcs8' })
  .toString()
const EC = generateKeyPairSync('ec', { namedCurve: 'P-256' })
  .privateKey.export({ format: 'pem', type: 'pkcs8' })
  .toString()

const TOKEN_A = randomBytes(32).toString('base64url')
const TOKEN_B = randomBytes(32).toString('base64url')

let dir: string
let policyFile: string

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bridge-config-'))
  policyFile = join(dir, 'policy.yaml')
  await writeFile(
    policyFile,
    'manageableGroups: ["00g1a2b3c4d5e6f7g8h9"]\nprotectedGroups: ["00gADMINSADMINSADMIN"]\n',
  )
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

/** A complete okta-mode environment; tests override or delete members. */
function oktaEnv(overrides: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  return {
    NODE_ENV: 'production',
    OKTA_ORG_URL: 'https://example.okta.com',
    OKTA_CLIENT_ID: '0oa1a2b3c4d5e6f7g8h9',
    OKTA_PRIVATE_KEY: PKCS8,
    OKTA_KEY_ID: 'kid-1',
    BRIDGE_CLIENT_TOKENS: TOKEN_A,
    BRIDGE_POLICY_FILE: policyFile,
    ...overrides,
  }
}

/** The ConfigError loadConfig rejects with (fails the test if it resolves). */
async function problemsOf(env: NodeJS.ProcessEnv): Promise<readonly string[]> {
  const error = await loadConfig(env).then(
    () => undefined,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(ConfigError)
  return (error as ConfigError).problems
}

/** Asserts that no secret of the test leaks into the messages. */
function expectNoSecrets(text: string): void {
  for (const secret of [
    TOKEN_A,
    TOKEN_B,
    'END PRIVATE KEY',
    'PRIVATE KEY-----\n',
    rsa.privateKey.export({ format: 'jwk' }).d!,
  ]) {
    expect(text).not.toContain(secret)
  }
  // No base64 blob of key material either.
  expect(text).not.toMatch(/MII[A-Za-z0-9+/]{20}/)
}

describe('loadConfig: okta mode', () => {
  it('accepts a complete configuration (PKCS#8 PEM) and keeps the key as an RSA JWK with the key id', async () => {
    const config = await loadConfig(oktaEnv())
    expect(config.mode).toBe('okta')
    expect(config.port).toBe(8080)
    expect(config.okta?.orgUrl).toBe('https://example.okta.com')
    expect(config.okta?.clientId).toBe('0oa1a2b3c4d5e6f7g8h9')
    expect(config.okta?.keyId).toBe('kid-1')
    expect(config.okta?.privateJwk).toMatchObject({ kty: 'RSA', kid: 'kid-1', alg: 'RS256' })
    expect(config.okta?.privateJwk.d).toBeTypeOf('string')
    expect(config.okta?.requestTimeoutMs).toBe(10_000)
    expect(config.clientTokens).toEqual([{ name: 'token-1', token: TOKEN_A, flows: undefined }])
    expect(config.policy?.document.manageableGroups).toEqual(['00g1a2b3c4d5e6f7g8h9'])
    expect(config.deadlineMs).toBe(25_000)
  })

  it('accepts PKCS#1 PEM, a PEM with escaped newlines, and a JWK (whose kid stands in for OKTA_KEY_ID)', async () => {
    expect((await loadConfig(oktaEnv({ OKTA_PRIVATE_KEY: PKCS1 }))).okta?.privateJwk.kty).toBe('RSA')
    const escaped = PKCS8.replace(/\n/g, '\\n')
    expect((await loadConfig(oktaEnv({ OKTA_PRIVATE_KEY: escaped }))).okta?.privateJwk.kty).toBe('RSA')
    const config = await loadConfig(oktaEnv({ OKTA_PRIVATE_KEY: JWK_TEXT, OKTA_KEY_ID: undefined }))
    expect(config.okta?.keyId).toBe('jwk-kid')
    expect(config.okta?.privateJwk.kid).toBe('jwk-kid')
  })

  it('lists every missing service-app variable at once, one line each naming the variable', async () => {
    const problems = await problemsOf(
      oktaEnv({ OKTA_CLIENT_ID: undefined, OKTA_PRIVATE_KEY: undefined, OKTA_KEY_ID: undefined }),
    )
    expect(problems).toHaveLength(3)
    expect(problems[0]).toMatch(/^OKTA_CLIENT_ID: required with OKTA_ORG_URL/)
    expect(problems[1]).toMatch(/^OKTA_PRIVATE_KEY: required with OKTA_ORG_URL/)
    expect(problems[2]).toMatch(/^OKTA_KEY_ID: required with OKTA_ORG_URL/)
    for (const p of problems) expect(p).not.toContain('\n')
  })

  it('rejects a malformed PEM, a public key, a small RSA key and a non-RSA key without quoting them', async () => {
    const broken = PKCS8.replace(/[A-Za-z]{10}/, 'AAAAAAAAAA')
    const cases: [string, RegExp][] = [
      [broken, /^OKTA_PRIVATE_KEY: cannot be parsed as an RSA private key/],
      [
        '-----BEGIN PRIVATE KEY-----\nnot base64\n-----END PRIVATE KEY-----',
        /^OKTA_PRIVATE_KEY: cannot be parsed/,
      ],
      [PUBLIC_PEM, /^OKTA_PRIVATE_KEY: is a public key or certificate/],
      [SMALL, /^OKTA_PRIVATE_KEY: the RSA key has 1024 bits; at least 2048 are required$/],
      [EC, /^OKTA_PRIVATE_KEY: must be an RSA key \(got ec\)/],
      ['{"kty":"RSA"', /^OKTA_PRIVATE_KEY: looks like a JWK but is not valid JSON$/],
      ['just-a-string-secret', /^OKTA_PRIVATE_KEY: must be a PEM private key/],
    ]
    for (const [key, expected] of cases) {
      const problems = await problemsOf(oktaEnv({ OKTA_PRIVATE_KEY: key }))
      expect(problems).toHaveLength(1)
      expect(problems[0]).toMatch(expected)
      expectNoSecrets(problems.join('\n'))
      expect(problems[0]).not.toContain('just-a-string-secret')
    }
  })

  it('reads the console key with the same reader: a small, non-RSA or unreadable key is refused', async () => {
    const cases: [string, string][] = [
      [SMALL, 'CONSOLE_PRIVATE_KEY: must be an RSA private key of at least 2048 bits'],
      [EC, 'CONSOLE_PRIVATE_KEY: must be an RSA private key of at least 2048 bits'],
      [PUBLIC_PEM, 'CONSOLE_PRIVATE_KEY: cannot be parsed as an RSA private key (PEM or JWK)'],
      ['{"kty":"RSA"', 'CONSOLE_PRIVATE_KEY: cannot be parsed as an RSA private key (PEM or JWK)'],
    ]
    for (const [key, expected] of cases) {
      const problems = await problemsOf(
        oktaEnv({ CONSOLE_CLIENT_ID: 'console-app', CONSOLE_PRIVATE_KEY: key, CONSOLE_KEY_ID: 'kid-1' }),
      )
      expect(problems.filter((p) => p.startsWith('CONSOLE_PRIVATE_KEY'))).toEqual([expected])
      expectNoSecrets(problems.join('\n'))
    }
  })

  it('reads the console secrets as it reads its own: NAME or NAME_FILE, not both, not an empty file', async () => {
    const empty = join(dir, 'empty-console-secret')
    await writeFile(empty, '\n')
    const consoleApp = { CONSOLE_CLIENT_ID: 'console-app' }
    const both = await problemsOf(
      oktaEnv({ ...consoleApp, CONSOLE_CLIENT_SECRET: 'a-secret', CONSOLE_CLIENT_SECRET_FILE: empty }),
    )
    expect(both.filter((p) => p.startsWith('CONSOLE_CLIENT_SECRET'))).toEqual([
      'CONSOLE_CLIENT_SECRET: set both CONSOLE_CLIENT_SECRET and CONSOLE_CLIENT_SECRET_FILE; set only one',
    ])
    const emptyFile = await problemsOf(oktaEnv({ ...consoleApp, CONSOLE_CLIENT_SECRET_FILE: empty }))
    expect(emptyFile.filter((p) => p.startsWith('CONSOLE_CLIENT_SECRET'))).toEqual([
      `CONSOLE_CLIENT_SECRET_FILE: ${empty} is empty`,
    ])
  })

  it('requires https for the org URL unless the host is loopback, and no path', async () => {
    expect(await problemsOf(oktaEnv({ OKTA_ORG_URL: 'http://example.okta.com' }))).toEqual([
      'OKTA_ORG_URL: must use https (plain http is allowed only for loopback hosts), got http://example.okta.com',
    ])
    expect(await problemsOf(oktaEnv({ OKTA_ORG_URL: 'https://example.okta.com/oauth2/default' }))).toEqual([
      'OKTA_ORG_URL: must be the org URL only, such as https://example.okta.com (no path or query)',
    ])
    expect(await problemsOf(oktaEnv({ OKTA_ORG_URL: 'not a url' }))).toEqual([
      'OKTA_ORG_URL: must be an absolute URL such as https://example.okta.com',
    ])
    const local = await loadConfig(oktaEnv({ OKTA_ORG_URL: 'http://127.0.0.1:41234/' }))
    expect(local.okta?.orgUrl).toBe('http://127.0.0.1:41234')
    expect(
      local.warnings.some((w) =>
        w.startsWith('OKTA_ORG_URL: plain http is accepted only because 127.0.0.1:41234'),
      ),
    ).toBe(true)
  })

  it('without a policy file refuses to start and says what to write, with an example', async () => {
    const problems = await problemsOf(oktaEnv({ BRIDGE_POLICY_FILE: undefined }))
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatch(
      /^BRIDGE_POLICY_FILE: required with a real Okta org — the bridge denies everything by default/,
    )
    expect(problems[0]).toContain('"manageableGroups":[')
    expect(problems[0]).toContain('"protectedGroups":[')
    expect(problems[0]).toContain('set BRIDGE_POLICY_FILE to its path')
  })

  it('reports an invalid or unreadable policy file by path', async () => {
    const bad = join(dir, 'bad-policy.json')
    await writeFile(bad, JSON.stringify({ manageableGroups: ['not-an-id'], surprise: true }))
    const problems = await problemsOf(oktaEnv({ BRIDGE_POLICY_FILE: bad }))
    expect(problems).toEqual([
      `BRIDGE_POLICY_FILE: ${bad} manageableGroups.0: must be an Okta id (20 letters and digits)`,
      `BRIDGE_POLICY_FILE: ${bad} (root): Unrecognized key: "surprise"`,
    ])
    const missing = join(dir, 'nope.yaml')
    expect(await problemsOf(oktaEnv({ BRIDGE_POLICY_FILE: missing }))).toEqual([
      `BRIDGE_POLICY_FILE: ${missing} cannot be read (ENOENT)`,
    ])
  })

  it('requires an inbound authentication method', async () => {
    expect(await problemsOf(oktaEnv({ BRIDGE_CLIENT_TOKENS: undefined }))).toEqual([
      'BRIDGE_CLIENT_TOKENS: no inbound authentication configured; set BRIDGE_CLIENT_TOKENS (or BRIDGE_CLIENT_TOKENS_FILE) and/or BRIDGE_OAUTH_ISSUER with BRIDGE_OAUTH_AUDIENCE',
    ])
    const oauthOnly = await loadConfig(
      oktaEnv({
        BRIDGE_CLIENT_TOKENS: undefined,
        BRIDGE_OAUTH_ISSUER: 'https://idp.example.com/oauth2/default/',
        BRIDGE_OAUTH_AUDIENCE: 'api://bridge',
      }),
    )
    expect(oauthOnly.oauth).toEqual({
      issuer: 'https://idp.example.com/oauth2/default',
      audience: 'api://bridge',
      jwksUrl: undefined,
    })
    expect(oauthOnly.clientTokens).toEqual([])
  })

  it('requires the audience with an issuer, and https for issuer and JWKS URL', async () => {
    expect(
      await problemsOf(
        oktaEnv({
          BRIDGE_OAUTH_ISSUER: 'https://idp.example.com',
          BRIDGE_OAUTH_JWKS_URL: 'http://idp.example.com/keys',
        }),
      ),
    ).toEqual([
      'BRIDGE_OAUTH_JWKS_URL: must use https (plain http is allowed only for loopback hosts), got http://idp.example.com',
      expect.stringMatching(/^BRIDGE_OAUTH_AUDIENCE: required with BRIDGE_OAUTH_ISSUER/),
    ])
    expect(await problemsOf(oktaEnv({ BRIDGE_OAUTH_AUDIENCE: 'api://bridge' }))).toEqual([
      'BRIDGE_OAUTH_AUDIENCE: set without BRIDGE_OAUTH_ISSUER, which it belongs to',
    ])
  })
})

describe('loadConfig: client tokens', () => {
  it('reads a comma-separated list (all flows) with default names', async () => {
    const config = await loadConfig(oktaEnv({ BRIDGE_CLIENT_TOKENS: ` ${TOKEN_A} , ${TOKEN_B} ` }))
    expect(config.clientTokens).toEqual([
      { name: 'token-1', token: TOKEN_A, flows: undefined },
      { name: 'token-2', token: TOKEN_B, flows: undefined },
    ])
  })

  it('reads a JSON array with names and per-token flows', async () => {
    const json = JSON.stringify([
      { name: 'servicenow', token: TOKEN_A, flows: ['joiner', 'mover'] },
      { token: TOKEN_B },
    ])
    const config = await loadConfig(oktaEnv({ BRIDGE_CLIENT_TOKENS: json }))
    expect(config.clientTokens).toEqual([
      { name: 'servicenow', token: TOKEN_A, flows: ['joiner', 'mover'] },
      { name: 'token-2', token: TOKEN_B, flows: undefined },
    ])
  })

  it('rejects short, repeated and unknown-flow tokens naming the token, never showing it', async () => {
    const short = 'short-token-123'
    const problems = await problemsOf(
      oktaEnv({
        BRIDGE_CLIENT_TOKENS: JSON.stringify([
          { name: 'a', token: short },
          { name: 'b', token: TOKEN_A, flows: ['joiner', 'teleport'] },
          { name: 'c', token: TOKEN_B },
          { name: 'd', token: TOKEN_B },
        ]),
      }),
    )
    expect(problems).toEqual([
      'BRIDGE_CLIENT_TOKENS: token a is shorter than 32 characters (generate one with: openssl rand -base64 32)',
      'BRIDGE_CLIENT_TOKENS: token b names unknown flows teleport (flows: joiner, mover, leaver, rehire, reset-password, unlock, revoke-sessions, grant-access, revoke-access, extend-access, onboarding-decision)',
      'BRIDGE_CLIENT_TOKENS: token d repeats an earlier token',
    ])
    const text = problems.join('\n')
    expectNoSecrets(text)
    expect(text).not.toContain(short)
  })

  it('rejects a short token in a plain list and a JSON array that does not parse, without echoing it', async () => {
    const short = 'abc123-secret'
    expect(await problemsOf(oktaEnv({ BRIDGE_CLIENT_TOKENS: `${TOKEN_A},${short}` }))).toEqual([
      'BRIDGE_CLIENT_TOKENS: token token-2 is shorter than 32 characters (generate one with: openssl rand -base64 32)',
    ])
    const problems = await problemsOf(oktaEnv({ BRIDGE_CLIENT_TOKENS: `[{"token":"${TOKEN_A}"` }))
    expect(problems).toEqual(['BRIDGE_CLIENT_TOKENS: starts with "[" but is not a valid JSON array'])
  })
})

describe('loadConfig: *_FILE variants', () => {
  it('reads the private key and the client tokens from files', async () => {
    const keyFile = join(dir, 'key.pem')
    const tokensFile = join(dir, 'tokens.json')
    await writeFile(keyFile, PKCS8)
    await writeFile(tokensFile, `${JSON.stringify([{ name: 'servicenow', token: TOKEN_B }])}\n`)
    const config = await loadConfig(
      oktaEnv({
        OKTA_PRIVATE_KEY: undefined,
        OKTA_PRIVATE_KEY_FILE: keyFile,
        BRIDGE_CLIENT_TOKENS: undefined,
        BRIDGE_CLIENT_TOKENS_FILE: tokensFile,
      }),
    )
    expect(config.okta?.privateJwk.n).toBe(rsa.privateKey.export({ format: 'jwk' }).n)
    expect(config.clientTokens).toEqual([{ name: 'servicenow', token: TOKEN_B, flows: undefined }])
  })

  it('refuses both a variable and its _FILE, an unreadable file and an empty file', async () => {
    const empty = join(dir, 'empty')
    await writeFile(empty, '\n')
    const keyFile = join(dir, 'key2.pem')
    await writeFile(keyFile, PKCS8)
    const problems = await problemsOf(
      oktaEnv({
        OKTA_PRIVATE_KEY_FILE: keyFile,
        BRIDGE_CLIENT_TOKENS: undefined,
        BRIDGE_CLIENT_TOKENS_FILE: empty,
      }),
    )
    expect(problems).toEqual([
      'OKTA_PRIVATE_KEY: set both OKTA_PRIVATE_KEY and OKTA_PRIVATE_KEY_FILE; set only one',
      `BRIDGE_CLIENT_TOKENS_FILE: ${empty} is empty`,
    ])
    const missing = join(dir, 'missing.pem')
    expect(
      await problemsOf(oktaEnv({ OKTA_PRIVATE_KEY: undefined, OKTA_PRIVATE_KEY_FILE: missing })),
    ).toEqual([`OKTA_PRIVATE_KEY_FILE: cannot read ${missing} (ENOENT)`])
  })
})

describe('loadConfig: modes and plain variables', () => {
  it('runs in sandbox mode without OKTA_ORG_URL outside production, warning that Okta is simulated', async () => {
    const config = await loadConfig({ NODE_ENV: 'development', PORT: '0' })
    expect(config.mode).toBe('sandbox')
    expect(config.port).toBe(0)
    expect(config.okta).toBeUndefined()
    expect(config.policy).toBeUndefined()
    expect(config.warnings).toContain(
      'OKTA_ORG_URL: not set — Okta is SIMULATED by an in-process sandbox; nothing reaches a real org',
    )
  })

  it('warns when a real org has no ServiceNow to report to, saying what waits', async () => {
    const reportsWait = (await loadConfig(oktaEnv())).warnings.filter((w) => w.startsWith('SERVICENOW_URL'))
    expect(reportsWait).toEqual([
      'SERVICENOW_URL is not set: grant expiries are carried out in Okta but their reports to ServiceNow wait in the outbox until it is',
    ])
    const hooks = await loadConfig(oktaEnv({ OKTA_EVENT_HOOK_SECRET: TOKEN_A.split('').reverse().join('') }))
    expect(hooks.warnings.filter((w) => w.startsWith('SERVICENOW_URL'))).toEqual([
      'SERVICENOW_URL is not set: Okta event hooks are received but no onboarding incident can be opened until it is',
    ])
    const configured = await loadConfig(
      oktaEnv({
        SERVICENOW_URL: 'https://acme.service-now.com',
        SERVICENOW_USER: 'okta.bridge',
        SERVICENOW_PASSWORD: 'a-long-enough-password',
      }),
    )
    expect(configured.warnings.filter((w) => w.startsWith('SERVICENOW_URL'))).toEqual([])
  })

  it('refuses production without OKTA_ORG_URL', async () => {
    expect(await problemsOf({ NODE_ENV: 'production', BRIDGE_CLIENT_TOKENS: TOKEN_A })).toEqual([
      'OKTA_ORG_URL: required when NODE_ENV is production (the simulated Okta sandbox never runs in production)',
    ])
  })

  it('reports every bad plain variable, and keeps judging the rest', async () => {
    const problems = await problemsOf(
      oktaEnv({
        PORT: 'eighty',
        LOG_LEVEL: 'loud',
        BRIDGE_DEADLINE_MS: '5',
        OKTA_REQUEST_TIMEOUT_MS: '-1',
        OKTA_PRIVATE_KEY: undefined,
      }),
    )
    expect(problems.map((p) => p.split(':')[0])).toEqual([
      'PORT',
      'LOG_LEVEL',
      'OKTA_REQUEST_TIMEOUT_MS',
      'BRIDGE_DEADLINE_MS',
      'OKTA_PRIVATE_KEY',
    ])
  })

  it('says what a port is when PORT is not one (not zod’s "expected number, received NaN")', async () => {
    const problems = await problemsOf({ NODE_ENV: 'test', PORT: 'abc', METRICS_PORT: '70000' })
    expect(problems).toEqual([
      'PORT: must be the TCP port to listen on: a whole number from 0 to 65535 (0: any free port)',
      'METRICS_PORT: must be the TCP port to serve /metrics on: a whole number from 1 to 65535',
    ])
    expect(problems.join('\n')).not.toMatch(/NaN|expected number/)
  })

  it('treats empty variables as unset', async () => {
    const config = await loadConfig({ NODE_ENV: 'test', OKTA_ORG_URL: '', PORT: '' })
    expect(config.mode).toBe('sandbox')
    expect(config.port).toBe(8080)
  })
})

describe('loadConfig: store, sync deadline and the audit permission', () => {
  it('defaults DATABASE_URL to a file under ./data/, in memory under NODE_ENV=test, and keeps a given one', async () => {
    expect((await loadConfig(oktaEnv())).databaseUrl).toBe('sqlite:./data/bridge.db')
    expect((await loadConfig({ NODE_ENV: 'test' })).databaseUrl).toBe('sqlite::memory:')
    expect((await loadConfig(oktaEnv({ DATABASE_URL: 'sqlite:/var/lib/bridge/b.db' }))).databaseUrl).toBe(
      'sqlite:/var/lib/bridge/b.db',
    )
  })

  it('keeps a sandbox-mode store in memory unless DATABASE_URL is given, and warns when it is', async () => {
    // The simulated org is rebuilt with new ids at every start: a file kept from the previous run would answer
    // the banner's own examples with 422 idempotency-key-reused.
    const sandbox = await loadConfig({ NODE_ENV: 'development' })
    expect(sandbox.mode).toBe('sandbox')
    expect(sandbox.databaseUrl).toBe('sqlite::memory:')
    expect(sandbox.warnings.filter((w) => w.startsWith('DATABASE_URL'))).toEqual([])
    const kept = await loadConfig({ NODE_ENV: 'development', DATABASE_URL: 'sqlite:./data/demo.db' })
    expect(kept.databaseUrl).toBe('sqlite:./data/demo.db')
    expect(kept.warnings.filter((w) => w.startsWith('DATABASE_URL'))).toEqual([
      expect.stringContaining('the simulated org is rebuilt with new ids at every start'),
    ])
  })

  it('accepts a Postgres DATABASE_URL, and refuses one it cannot use without quoting its credentials', async () => {
    const url = 'postgres://bridge:s3cr3t-pw@db.internal/bridge'
    expect((await loadConfig(oktaEnv({ DATABASE_URL: url }))).databaseUrl).toBe(url)
    const problems = await problemsOf(oktaEnv({ DATABASE_URL: 'postgres://bridge:s3cr3t-pw@db.internal/' }))
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatch(/^DATABASE_URL: .*Postgres database/)
    expect(problems[0]).not.toContain('s3cr3t-pw')
    expect(await problemsOf(oktaEnv({ DATABASE_URL: 'mysql://x/y' }))).toEqual([
      'DATABASE_URL: scheme "mysql:" is not supported; use sqlite:<path>, a file path or postgres://user@host:port/db',
    ])
  })

  it('checks DATABASE_PASSWORD_FILE at start: a readable, non-empty file, for a postgres:// URL without a password', async () => {
    const file = join(dir, 'pg-password')
    await writeFile(file, 'pg-s3cr3t\n')
    const url = 'postgres://bridge@db.internal:5432/bridge'
    const config = await loadConfig(oktaEnv({ DATABASE_URL: url, DATABASE_PASSWORD_FILE: file }))
    expect(config.databasePasswordFile).toBe(file)
    // The configuration names the file; the password is read when the store connects, never kept here.
    expect(JSON.stringify(config)).not.toContain('pg-s3cr3t')
    expect(
      await problemsOf(oktaEnv({ DATABASE_URL: url, DATABASE_PASSWORD_FILE: join(dir, 'absent') })),
    ).toEqual([`DATABASE_PASSWORD_FILE: cannot read ${join(dir, 'absent')} (ENOENT)`])
    const empty = join(dir, 'pg-empty')
    await writeFile(empty, '\n')
    expect(await problemsOf(oktaEnv({ DATABASE_URL: url, DATABASE_PASSWORD_FILE: empty }))).toEqual([
      `DATABASE_PASSWORD_FILE: ${empty} is empty`,
    ])
    expect(
      await problemsOf(
        oktaEnv({
          DATABASE_URL: 'postgres://bridge:inline@db.internal/bridge',
          DATABASE_PASSWORD_FILE: file,
        }),
      ),
    ).toEqual(['DATABASE_PASSWORD_FILE: DATABASE_URL carries a password too; set only one'])
    expect(
      await problemsOf(
        oktaEnv({ DATABASE_URL: 'sqlite:/var/lib/bridge/b.db', DATABASE_PASSWORD_FILE: file }),
      ),
    ).toEqual(['DATABASE_PASSWORD_FILE: only for a postgres:// DATABASE_URL (SQLite has no password)'])
  })

  it('reads BRIDGE_SYNC_DEADLINE_MS (default 20 s), refusing a negative one', async () => {
    expect((await loadConfig(oktaEnv())).syncDeadlineMs).toBe(20_000)
    expect((await loadConfig(oktaEnv({ BRIDGE_SYNC_DEADLINE_MS: '300' }))).syncDeadlineMs).toBe(300)
    const problems = await problemsOf(oktaEnv({ BRIDGE_SYNC_DEADLINE_MS: '-1' }))
    expect(problems.map((p) => p.split(':')[0])).toEqual(['BRIDGE_SYNC_DEADLINE_MS'])
  })

  it('accepts the audit pseudo-flow in a client token’s flows', async () => {
    const json = JSON.stringify([{ name: 'auditor', token: TOKEN_A, flows: ['audit'] }])
    const config = await loadConfig(oktaEnv({ BRIDGE_CLIENT_TOKENS: json }))
    expect(config.clientTokens).toEqual([{ name: 'auditor', token: TOKEN_A, flows: ['audit'] }])
  })

  it('accepts the catalog pseudo-flow in a client token’s flows (the ServiceNow catalog sync)', async () => {
    const json = JSON.stringify([{ name: 'catalog-sync', token: TOKEN_A, flows: ['catalog', 'joiner'] }])
    const config = await loadConfig(oktaEnv({ BRIDGE_CLIENT_TOKENS: json }))
    expect(config.clientTokens).toEqual([
      { name: 'catalog-sync', token: TOKEN_A, flows: ['catalog', 'joiner'] },
    ])
  })
})
