/**
 * The operator console's configuration (`CONSOLE_*`), read by `loadConfig` with the rest of the bridge's and
 * validated the same way: every problem at once, one line each, naming the variable, never a secret's value.
 *
 * The console signs people in with an OpenID Connect web app in the Okta org (authorization code + PKCE
 * against the org authorization server, whose issuer is the org URL). It is off unless `CONSOLE_CLIENT_ID`
 * is set — except in sandbox mode, where `npm start` registers a web app in the simulated org by itself.
 */
import { randomBytes } from 'node:crypto'
import type { JWK } from 'jose'
import { secret } from '../config/environment.js'
import { readRsaPrivateKey } from '../keys.js'

/** How the console's web app authenticates at Okta's token endpoint. */
export type ConsoleClientAuth =
  | { method: 'client_secret_basic'; secret: string }
  | { method: 'private_key_jwt'; privateJwk: JWK; keyId: string }

/** The console's OpenID Connect web app and who may use the console. */
export interface ConsoleOidcConfig {
  /** The authorization server's issuer: the org URL (org authorization server) or `CONSOLE_ISSUER`. */
  issuer: string
  clientId: string
  clientAuth: ConsoleClientAuth
  /** Okta group ids whose members may look (`CONSOLE_VIEWER_GROUPS`). */
  viewerGroups: readonly string[]
  /** Okta group ids whose members may also act (`CONSOLE_OPERATOR_GROUPS`). */
  operatorGroups: readonly string[]
}

/** The console's settings. */
export interface ConsoleConfig {
  /** The web app; absent → no console (404 with a hint), except in sandbox mode where one is registered. */
  oidc: ConsoleOidcConfig | undefined
  /**
   * The key session cookies are signed with (`CONSOLE_SESSION_SECRET`). When unset, a random one for this
   * process: sessions then end at a restart and are not shared between replicas (a warning says so).
   */
  sessionSecret: Buffer
  /** How long a session lasts after sign-in (`CONSOLE_SESSION_MINUTES`, default 480: a working day). */
  sessionTtlMs: number
  /**
   * The console's external URL (`CONSOLE_BASE_URL`, e.g. `https://bridge.example.com`): the redirect URI is
   * `{base}/console/callback`, and cookies are `Secure` unless it is plain http on loopback. Required with a
   * real org (a Host header cannot be trusted to say it); in sandbox mode the listening URL.
   */
  baseUrl: string | undefined
}

/** Okta group ids: `00g` and 17 letters or digits. */
const GROUP_ID = /^00g[A-Za-z0-9]{17}$/
/** Shortest accepted session secret: 32 characters (`openssl rand -base64 32` gives 44). */
const MIN_SESSION_SECRET_LENGTH = 32

/** What {@link loadConsoleConfig} needs from the bridge's configuration pass. */
export interface ConsoleConfigContext {
  mode: 'okta' | 'sandbox'
  /** The org URL in `okta` mode (the default issuer). */
  orgUrl: string | undefined
  problems: string[]
  warnings: string[]
}

/**
 * Reads the `CONSOLE_*` variables from the cleaned environment (empty values already removed). Problems and
 * warnings are appended to the context's lists; the result is only meaningful when no problem was added.
 */
export async function loadConsoleConfig(
  env: Readonly<Record<string, string>>,
  ctx: ConsoleConfigContext,
): Promise<ConsoleConfig> {
  const { problems, warnings } = ctx
  // `NAME` or the file `NAME_FILE` names, read as the rest of the configuration reads its secrets.
  const findings = { problems, warnings }
  const clientId = env.CONSOLE_CLIENT_ID
  const clientSecret = await secret(env, 'CONSOLE_CLIENT_SECRET', findings)
  const keyText = await secret(env, 'CONSOLE_PRIVATE_KEY', findings)
  const sessionSecretText = await secret(env, 'CONSOLE_SESSION_SECRET', findings)

  let sessionTtlMs = 480 * 60_000
  if (env.CONSOLE_SESSION_MINUTES !== undefined) {
    const minutes = /^\d{1,6}$/.test(env.CONSOLE_SESSION_MINUTES)
      ? Number(env.CONSOLE_SESSION_MINUTES)
      : Number.NaN
    if (!(minutes >= 1 && minutes <= 10_080))
      problems.push(
        'CONSOLE_SESSION_MINUTES: must be a session lifetime in minutes: a whole number from 1 to 10080',
      )
    else sessionTtlMs = minutes * 60_000
  }

  let sessionSecret: Buffer
  if (sessionSecretText) {
    if (sessionSecretText.length < MIN_SESSION_SECRET_LENGTH || /\s/.test(sessionSecretText)) {
      problems.push(
        `CONSOLE_SESSION_SECRET: must be at least ${MIN_SESSION_SECRET_LENGTH} characters without whitespace (generate one with: openssl rand -base64 32)`,
      )
    }
    sessionSecret = Buffer.from(sessionSecretText, 'utf8')
  } else {
    sessionSecret = randomBytes(32)
    if (ctx.mode === 'okta' && clientId !== undefined) {
      warnings.push(
        'CONSOLE_SESSION_SECRET: not set, so console sessions are signed with a key made at start: they end when the bridge restarts and work on one replica only',
      )
    }
  }

  const baseUrl =
    env.CONSOLE_BASE_URL === undefined ? undefined : checkBaseUrl(env.CONSOLE_BASE_URL, problems)

  if (clientId === undefined) {
    // Everything else belongs to the web app: set without it, someone meant to enable the console.
    for (const name of [
      'CONSOLE_CLIENT_SECRET',
      'CONSOLE_PRIVATE_KEY',
      'CONSOLE_KEY_ID',
      'CONSOLE_VIEWER_GROUPS',
      'CONSOLE_OPERATOR_GROUPS',
      'CONSOLE_ISSUER',
    ]) {
      if (env[name] !== undefined || env[`${name}_FILE`] !== undefined)
        problems.push(
          `${name}: set without CONSOLE_CLIENT_ID, which it belongs to (the console's OIDC web app)`,
        )
    }
    return { oidc: undefined, sessionSecret, sessionTtlMs, baseUrl }
  }

  if (ctx.mode === 'sandbox') {
    warnings.push(
      'CONSOLE_CLIENT_ID: ignored in sandbox mode — the console signs in against the simulated org with a web app registered at start',
    )
    return { oidc: undefined, sessionSecret, sessionTtlMs, baseUrl }
  }

  if (!/^\S+$/.test(clientId))
    problems.push('CONSOLE_CLIENT_ID: must be the OIDC web app client id (no spaces)')
  let clientAuth: ConsoleClientAuth | undefined
  if (clientSecret && keyText) {
    problems.push(
      'CONSOLE_CLIENT_SECRET: set with CONSOLE_PRIVATE_KEY; the web app uses one client authentication, set only one',
    )
  } else if (clientSecret) {
    clientAuth = { method: 'client_secret_basic', secret: clientSecret }
  } else if (keyText) {
    clientAuth = parseConsoleKey(keyText, env.CONSOLE_KEY_ID, problems)
  } else if (clientSecret === undefined && keyText === undefined) {
    problems.push(
      'CONSOLE_CLIENT_SECRET: required with CONSOLE_CLIENT_ID (set CONSOLE_CLIENT_SECRET or CONSOLE_CLIENT_SECRET_FILE, or CONSOLE_PRIVATE_KEY for private_key_jwt)',
    )
  }

  const viewerGroups = groupList(env, 'CONSOLE_VIEWER_GROUPS', problems)
  const operatorGroups = groupList(env, 'CONSOLE_OPERATOR_GROUPS', problems)
  if (env.CONSOLE_VIEWER_GROUPS === undefined && env.CONSOLE_OPERATOR_GROUPS === undefined) {
    problems.push(
      'CONSOLE_OPERATOR_GROUPS: with CONSOLE_CLIENT_ID, set CONSOLE_OPERATOR_GROUPS and/or CONSOLE_VIEWER_GROUPS (comma-separated Okta group ids, 00g…): otherwise nobody may use the console',
    )
  }
  if (baseUrl === undefined && env.CONSOLE_BASE_URL === undefined) {
    problems.push(
      'CONSOLE_BASE_URL: required with CONSOLE_CLIENT_ID (the URL people reach the bridge at, e.g. https://bridge.example.com; the sign-in redirect URI is {CONSOLE_BASE_URL}/console/callback)',
    )
  }

  let issuer = ctx.orgUrl
  if (env.CONSOLE_ISSUER !== undefined) {
    const url = checkBaseUrl(env.CONSOLE_ISSUER, problems, 'CONSOLE_ISSUER')
    issuer = url?.replace(/\/+$/, '')
  }
  const oidc =
    issuer && clientAuth ? { issuer, clientId, clientAuth, viewerGroups, operatorGroups } : undefined
  return { oidc, sessionSecret, sessionTtlMs, baseUrl }
}

/** A comma list of Okta group ids; anything else is a problem naming the bad entry's position. */
function groupList(env: Readonly<Record<string, string>>, name: string, problems: string[]): string[] {
  const text = env[name]
  if (text === undefined) return []
  const ids = text.split(',').map((id) => id.trim())
  ids.forEach((id, index) => {
    if (!GROUP_ID.test(id)) {
      problems.push(
        `${name}: entry ${index + 1} is not an Okta group id (00g followed by 17 letters or digits, as in the group's URL in the Admin Console)`,
      )
    }
  })
  return ids.filter((id) => GROUP_ID.test(id))
}

/** An https URL without path beyond `/` (http only on loopback); returned without a trailing slash. */
function checkBaseUrl(value: string, problems: string[], name = 'CONSOLE_BASE_URL'): string | undefined {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    problems.push(`${name}: must be an absolute URL such as https://bridge.example.com`)
    return undefined
  }
  if (url.username !== '' || url.password !== '') {
    problems.push(`${name}: must not contain credentials`)
    return undefined
  }
  if (url.search !== '' || url.hash !== '') {
    problems.push(`${name}: must not have a query or fragment`)
    return undefined
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopbackHost(url.hostname))) {
    problems.push(
      `${name}: must use https (plain http is allowed only for loopback hosts), got ${url.protocol}//${url.host}`,
    )
    return undefined
  }
  return url.href.replace(/\/+$/, '')
}

/** Whether a URL's host is loopback: there, and only there, cookies may go without `Secure`. */
export function isLoopbackHost(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127(\.\d{1,3}){3}$/.test(hostname)
}

/** The private_key_jwt key: an RSA private key (PEM or JWK) and its key id. */
function parseConsoleKey(
  text: string,
  keyIdVar: string | undefined,
  problems: string[],
): ConsoleClientAuth | undefined {
  // The same reader as the Okta service app's key (`keys.ts`), with the console's own two messages.
  const reading = readRsaPrivateKey(text)
  if (!reading.ok) {
    problems.push(
      reading.refusal === 'unfit'
        ? 'CONSOLE_PRIVATE_KEY: must be an RSA private key of at least 2048 bits'
        : 'CONSOLE_PRIVATE_KEY: cannot be parsed as an RSA private key (PEM or JWK)',
    )
    return undefined
  }
  const jwk = reading.key.export({ format: 'jwk' }) as JWK
  if (reading.kid !== undefined) jwk.kid = reading.kid
  const keyId = keyIdVar ?? jwk.kid
  if (keyId === undefined) {
    problems.push(
      'CONSOLE_KEY_ID: required with CONSOLE_PRIVATE_KEY (the kid of the public key registered with the web app)',
    )
    return undefined
  }
  return { method: 'private_key_jwt', privateJwk: { ...jwk, kid: keyId, alg: 'RS256' }, keyId }
}
