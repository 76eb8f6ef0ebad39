/**
 * Configuration step: inbound authentication — who may call the bridge. Static client tokens
 * (`BRIDGE_CLIENT_TOKENS[_FILE]`, rotatable: several at once) and/or OAuth 2.0 bearer JWTs from an
 * authorization server (`BRIDGE_OAUTH_ISSUER`, `BRIDGE_OAUTH_AUDIENCE`, `BRIDGE_OAUTH_JWKS_URL`). With a real
 * org at least one is required: nothing is allowed by default.
 */
import { z } from 'zod'
import { FLOW_NAMES, isFlowName } from '../../shared/index.js'
import {
  AUDIT_PERMISSION,
  CATALOG_PERMISSION,
  GRANTS_MANAGE_PERMISSION,
  type Permission,
  RECONCILE_PERMISSION,
} from '../callers/permissions.js'
import { type ConfigInput, checkUrl, type Findings, MIN_CLIENT_TOKEN_LENGTH, secret } from './environment.js'
import type { ClientToken, OAuthConfig } from './types.js'

/** Who may call the bridge. */
export interface InboundAuthentication {
  clientTokens: readonly ClientToken[]
  oauth: OAuthConfig | undefined
}

/** Reads the client tokens and the OAuth issuer, and refuses a real org with neither. */
export async function inboundAuthentication(
  input: ConfigInput,
  found: Findings,
): Promise<InboundAuthentication> {
  const { env: clean, plain, mode } = input
  const { problems, warnings } = found
  const tokensText = await secret(clean, 'BRIDGE_CLIENT_TOKENS', found)
  const clientTokens = tokensText ? parseClientTokens(tokensText, problems) : []

  let oauth: OAuthConfig | undefined
  if (plain.BRIDGE_OAUTH_ISSUER !== undefined) {
    const issuer = checkUrl('BRIDGE_OAUTH_ISSUER', plain.BRIDGE_OAUTH_ISSUER, found)
    const jwks =
      plain.BRIDGE_OAUTH_JWKS_URL === undefined
        ? undefined
        : checkUrl('BRIDGE_OAUTH_JWKS_URL', plain.BRIDGE_OAUTH_JWKS_URL, found)
    if (plain.BRIDGE_OAUTH_AUDIENCE === undefined) {
      problems.push(
        'BRIDGE_OAUTH_AUDIENCE: required with BRIDGE_OAUTH_ISSUER (the audience of the authorization server that issues ServiceNow’s tokens, e.g. api://okta-jml-bridge)',
      )
    }
    if (issuer && plain.BRIDGE_OAUTH_AUDIENCE) {
      oauth = {
        // Kept exactly as configured (bar a trailing slash): `iss` is compared as a string.
        issuer: plain.BRIDGE_OAUTH_ISSUER.replace(/\/+$/, ''),
        audience: plain.BRIDGE_OAUTH_AUDIENCE,
        jwksUrl: jwks?.href,
      }
    }
  } else {
    for (const name of ['BRIDGE_OAUTH_AUDIENCE', 'BRIDGE_OAUTH_JWKS_URL'] as const) {
      if (clean[name] !== undefined)
        problems.push(`${name}: set without BRIDGE_OAUTH_ISSUER, which it belongs to`)
    }
  }
  if (mode === 'okta' && clientTokens.length === 0 && oauth === undefined && tokensText === undefined) {
    problems.push(
      'BRIDGE_CLIENT_TOKENS: no inbound authentication configured; set BRIDGE_CLIENT_TOKENS (or BRIDGE_CLIENT_TOKENS_FILE) and/or BRIDGE_OAUTH_ISSUER with BRIDGE_OAUTH_AUDIENCE',
    )
  }
  if (clientTokens.length > 0) {
    warnings.push(
      'BRIDGE_CLIENT_TOKENS: client tokens are static secrets; prefer OAuth (BRIDGE_OAUTH_ISSUER) and never send them as the clientToken query parameter through proxies that log URLs',
    )
  }
  return { clientTokens, oauth }
}

const TokenEntry = z
  .object({
    name: z
      .string()
      .regex(/^[A-Za-z0-9._-]{1,64}$/, {
        message: 'must be 1-64 letters, digits, dots, dashes or underscores',
      })
      .optional(),
    token: z.string(),
    flows: z.array(z.string()).min(1).optional(),
  })
  .strict()

/**
 * `BRIDGE_CLIENT_TOKENS`: a JSON array `[{"name":"servicenow","token":"…","flows":["joiner"]}]` or a
 * comma-separated list of tokens valid for every flow. Several tokens at once let a token be rotated
 * without downtime: add the new one, switch ServiceNow over, remove the old one.
 */
function parseClientTokens(text: string, problems: string[]): ClientToken[] {
  const V = 'BRIDGE_CLIENT_TOKENS'
  let entries: { name?: string | undefined; token: string; flows?: string[] | undefined }[]
  if (text.startsWith('[')) {
    let json: unknown
    try {
      json = JSON.parse(text)
    } catch {
      problems.push(`${V}: starts with "[" but is not a valid JSON array`)
      return []
    }
    const parsed = z.array(TokenEntry).min(1).safeParse(json)
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        // The path names the entry and member; the message never carries the value.
        problems.push(`${V}: [${issue.path.join('.')}] ${issue.message}`)
      }
      return []
    }
    entries = parsed.data
  } else {
    entries = text
      .split(',')
      .map((token) => token.trim())
      .filter((token) => token !== '')
      .map((token) => ({ token }))
  }
  const tokens: ClientToken[] = []
  const names = new Set<string>()
  const values = new Set<string>()
  entries.forEach((entry, index) => {
    const name = entry.name ?? `token-${index + 1}`
    let ok = true
    if (entry.token.length < MIN_CLIENT_TOKEN_LENGTH) {
      problems.push(
        `${V}: token ${name} is shorter than ${MIN_CLIENT_TOKEN_LENGTH} characters (generate one with: openssl rand -base64 32)`,
      )
      ok = false
    }
    if (/\s/.test(entry.token)) {
      problems.push(`${V}: token ${name} contains whitespace`)
      ok = false
    }
    if (names.has(name)) {
      problems.push(`${V}: the name ${name} is used twice`)
      ok = false
    }
    if (values.has(entry.token)) {
      problems.push(`${V}: token ${name} repeats an earlier token`)
      ok = false
    }
    const unknown = (entry.flows ?? []).filter(
      (flow) =>
        !isFlowName(flow) &&
        flow !== AUDIT_PERMISSION &&
        flow !== RECONCILE_PERMISSION &&
        flow !== GRANTS_MANAGE_PERMISSION &&
        flow !== CATALOG_PERMISSION,
    )
    if (unknown.length > 0) {
      problems.push(
        `${V}: token ${name} names unknown flows ${unknown.join(', ')} (flows: ${FLOW_NAMES.join(', ')})`,
      )
      ok = false
    }
    names.add(name)
    values.add(entry.token)
    if (ok) tokens.push({ name, token: entry.token, flows: entry.flows as Permission[] | undefined })
  })
  return tokens
}
