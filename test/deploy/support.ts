/**
 * Shared by the deployment tests: a small Dockerfile parser (the tests read the Dockerfile's instructions,
 * never grep it) and an Okta org for a production bridge — a sandbox with the bridge's DPoP service app
 * registered under a fresh RSA key, seeded groups and apps, and the secrets and policy as files.
 */
import { randomBytes } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { calculateJwkThumbprint, exportJWK, exportPKCS8, generateKeyPair } from 'jose'
import { OKTA_LOG_SCOPE } from '../../bridge/adapters/okta/index.js'
import { readPlainVariables } from '../../bridge/config/environment.js'
import { FLOW_OPERATIONS } from '../../bridge/flows/registry.js'
import { FLOW_NAMES } from '../../shared/index.js'
import { type OktaSandbox, startOktaSandbox } from '../sandboxes/okta/index.js'

/** The repository root. */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url))

/** One Dockerfile instruction: its keyword (upper case), its flags (`--from=build`) and its arguments. */
export interface Instruction {
  keyword: string
  flags: Record<string, string>
  /** The arguments: the JSON array of the exec form, or the shell form split on whitespace. */
  args: string[]
  /** The text after the keyword (continuations joined), for shell-form RUN commands. */
  text: string
  /** Whether the arguments were written in the exec (JSON array) form. */
  execForm: boolean
}

/** A build stage: `FROM <image> [AS <name>]` and its instructions. */
export interface Stage {
  name: string | undefined
  image: string
  instructions: Instruction[]
}

/** A parsed Dockerfile: the global `ARG`s before the first `FROM`, and the stages in order. */
export interface Dockerfile {
  args: Record<string, string>
  stages: Stage[]
}

/**
 * Parses a Dockerfile: comments and blank lines dropped, `\` continuations joined, flags (`--x=y`) split off,
 * exec-form JSON arrays parsed, `${ARG}` substituted in `FROM` lines. Enough for this project's file; it
 * throws on what it does not understand rather than guessing.
 */
export function parseDockerfile(text: string): Dockerfile {
  const logical: string[] = []
  let current = ''
  for (const raw of text.split('\n')) {
    const line = raw.trimEnd()
    if (current === '' && (line.trim() === '' || line.trim().startsWith('#'))) continue
    if (current !== '' && line.trim().startsWith('#')) continue
    if (line.endsWith('\\')) {
      current += `${line.slice(0, -1)} `
      continue
    }
    logical.push(current + line)
    current = ''
  }
  if (current !== '') throw new Error('Dockerfile ends inside a continuation')

  const args: Record<string, string> = {}
  const stages: Stage[] = []
  for (const line of logical) {
    const match = /^\s*([A-Za-z]+)\s+(.*)$/.exec(line)
    if (!match) throw new Error(`not an instruction: ${line}`)
    const keyword = match[1]!.toUpperCase()
    let rest = match[2]!.trim()
    const flags: Record<string, string> = {}
    for (;;) {
      const flag = /^--([a-z-]+)=(\S+)\s+/.exec(rest)
      if (!flag) break
      flags[flag[1]!] = flag[2]!
      rest = rest.slice(flag[0].length)
    }
    const execForm = rest.startsWith('[')
    const argv = execForm ? (JSON.parse(rest) as string[]) : rest.split(/\s+/).filter((a) => a !== '')
    const instruction: Instruction = { keyword, flags, args: argv, text: rest, execForm }
    if (keyword === 'FROM') {
      const image = argv[0]!.replace(/\$\{(\w+)\}/g, (_, name: string) => {
        if (args[name] === undefined) throw new Error(`FROM uses undeclared ARG ${name}`)
        return args[name]
      })
      const as = argv[1]?.toUpperCase() === 'AS' ? argv[2] : undefined
      stages.push({ name: as, image, instructions: [] })
    } else if (stages.length === 0) {
      if (keyword !== 'ARG') throw new Error(`${keyword} before the first FROM`)
      const [name, value = ''] = rest.split('=', 2)
      args[name!] = value
    } else {
      stages[stages.length - 1]!.instructions.push(instruction)
    }
  }
  return { args, stages }
}

/** `ENV` instructions of a stage as one object (`ENV A=1 B=2` form). */
export function envOf(stage: Stage): Record<string, string> {
  const env: Record<string, string> = {}
  for (const instruction of stage.instructions.filter((i) => i.keyword === 'ENV')) {
    for (const pair of instruction.args) {
      const eq = pair.indexOf('=')
      if (eq <= 0) throw new Error(`ENV without =: ${pair}`)
      env[pair.slice(0, eq)] = pair.slice(eq + 1)
    }
  }
  return env
}

/** The environment variables the bridge reads, and which of them are secrets (read from `NAME` or `NAME_FILE`). */
export interface BridgeVariables {
  /** Every variable name the production code reads. */
  all: Set<string>
  /** The secrets: a manifest may set only `NAME_FILE` for these, never `NAME` itself. */
  secrets: Set<string>
}

/**
 * What the bridge's production code (`bridge/`) reads from the environment, so a manifest naming a variable
 * nothing reads (a typo, a renamed setting) fails its test instead of being silently ignored at run time.
 * Found two ways: the plain variables by asking the configuration itself (`readPlainVariables` answers a
 * member for every variable it validates, set or not), the rest by reading the source — `secret(env,
 * 'NAME', …)` (so `NAME` and `NAME_FILE`), `process.env.NAME`, and `env.NAME` / `clean.NAME` on the cleaned
 * environment the configuration steps read. `DATABASE_PASSWORD_FILE` is the Postgres password's file (read
 * by the store adapter), so `DATABASE_PASSWORD` counts among the secrets.
 */
export function bridgeVariables(): BridgeVariables {
  const all = new Set(Object.keys(readPlainVariables({}, { problems: [], warnings: [] })))
  const secrets = new Set<string>()
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory()
        ? files(join(dir, entry.name))
        : entry.name.endsWith('.ts')
          ? [join(dir, entry.name)]
          : [],
    )
  for (const file of files(join(ROOT, 'bridge'))) {
    const text = readFileSync(file, 'utf8')
    for (const match of text.matchAll(/\bsecret\(\s*[\w.]+\s*,\s*'([A-Z][A-Z0-9_]*)'/g)) {
      secrets.add(match[1]!)
      all.add(match[1]!).add(`${match[1]!}_FILE`)
    }
    for (const match of text.matchAll(
      /\b(?:process\.env|env|clean)(?:\.([A-Z][A-Z0-9_]*)|\[['"]([A-Z][A-Z0-9_]*)['"]\])/g,
    ))
      all.add((match[1] ?? match[2])!)
  }
  if (all.has('DATABASE_PASSWORD_FILE')) secrets.add('DATABASE_PASSWORD')
  return { all, secrets }
}

/** The Okta org a production bridge is pointed at. */
export interface ProductionOrg {
  sandbox: OktaSandbox
  clientId: string
  keyId: string
  /** The public key Okta knows the service app by (to re-register it, e.g. after a rotation test). */
  publicJwk: Record<string, unknown>
  scopes: string[]
  token: string
  metricsToken: string
  groups: { id: string; name: string }[]
  apps: { id: string; label: string }[]
  /** The bridge's environment: every secret as a `*_FILE` under `dir/secrets`, the policy as a file. */
  env: Record<string, string>
  /** The private key PEM (to check it never appears in output). */
  privateKeyPem: string
}

/** Starts a sandbox org for a production bridge; files go under `dir`. */
export async function startProductionOrg(dir: string): Promise<ProductionOrg> {
  const sandbox = await startOktaSandbox()
  const seeded = sandbox.org.seed({
    groups: ['Engineering', 'Sales'].map((name) => ({ profile: { name, description: name } })),
    apps: [{ name: 'slack', label: 'Slack' }],
  })
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true })
  const publicJwk = await exportJWK(publicKey)
  const keyId = await calculateJwkThumbprint(publicJwk, 'sha256')
  const clientId = `0oa${randomBytes(12).toString('hex').slice(0, 17)}`
  const scopes = [
    ...new Set([...FLOW_NAMES.flatMap((flow) => [...FLOW_OPERATIONS[flow].scopes]), OKTA_LOG_SCOPE]),
  ]
  const registered = { ...publicJwk, kid: keyId, alg: 'RS256', use: 'sig' }
  sandbox.auth.registerClient({ client_id: clientId, jwks: { keys: [registered] }, scopes, dpop: true })
  const groups = seeded.groups.map((g) => ({ id: g.id, name: String(g.profile.name) }))
  const apps = seeded.apps.map((a) => ({ id: a.id, label: a.label }))

  const secrets = join(dir, 'secrets')
  await mkdir(secrets, { recursive: true })
  const privateKeyPem = await exportPKCS8(privateKey)
  const token = randomBytes(32).toString('base64url')
  const metricsToken = randomBytes(32).toString('base64url')
  await writeFile(join(secrets, 'okta-private-key.pem'), privateKeyPem, { mode: 0o600 })
  await writeFile(
    join(secrets, 'bridge-client-tokens.json'),
    JSON.stringify([{ name: 'servicenow', token }]),
    { mode: 0o600 },
  )
  await writeFile(join(secrets, 'metrics-token'), metricsToken, { mode: 0o600 })
  const policyFile = join(dir, 'policy.yaml')
  await writeFile(
    policyFile,
    [
      `manageableGroups: [${groups.map((g) => `"${g.id}"`).join(', ')}]`,
      `manageableApps: [${apps.map((a) => `"${a.id}"`).join(', ')}]`,
      'writableProfileAttributes: [department, title]',
      '',
    ].join('\n'),
  )
  return {
    sandbox,
    clientId,
    keyId,
    publicJwk: registered,
    scopes,
    token,
    metricsToken,
    groups,
    apps,
    privateKeyPem,
    env: {
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      OKTA_ORG_URL: sandbox.url,
      OKTA_CLIENT_ID: clientId,
      OKTA_KEY_ID: keyId,
      OKTA_PRIVATE_KEY_FILE: join(secrets, 'okta-private-key.pem'),
      BRIDGE_CLIENT_TOKENS_FILE: join(secrets, 'bridge-client-tokens.json'),
      METRICS_TOKEN_FILE: join(secrets, 'metrics-token'),
      BRIDGE_POLICY_FILE: policyFile,
    },
  }
}

/** A joiner request body for the org's groups and apps. */
export function joinerBody(org: ProductionOrg, login: string, ticket: string): Record<string, unknown> {
  const [first = 'New', last = 'Hire'] = login.split('@')[0]!.split('.')
  return {
    ticket: { number: ticket, requestedBy: 'hr.bot', approvedBy: 'it.manager' },
    profile: {
      login,
      email: login,
      firstName: first[0]!.toUpperCase() + first.slice(1),
      lastName: last[0]!.toUpperCase() + last.slice(1),
      department: 'Engineering',
    },
    groups: [org.groups[0]!.id],
    apps: [org.apps[0]!.id],
  }
}
