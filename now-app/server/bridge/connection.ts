/**
 * The bridge connection, without Glide: what the Connection & Credential alias holds (read by the Glide
 * shell through `sn_cc.ConnectionInfoProvider`), how a call is authenticated from it, and Test connection —
 * one `GET /api/whoami` through the same REST message and transport the flows use, answered in plain words
 * an admin can act on. Pure, so the words are unit-tested and the same logic runs against a real bridge in
 * the instance stand-in.
 */
import { BRIDGE_FLOWS, CONNECTION_ALIAS, REST_MESSAGE_NAME, REST_VARIABLES, WHOAMI_FUNCTION } from './api.ts'
import { type BridgeSettings, isSettingsError, settingsError, type Transport } from './client.ts'

/** What the alias's active HTTP connection and its credential hold. Never logged: it carries the API key. */
export interface ConnectionDetails {
  /** False when the alias is missing or has no active connection. */
  found: boolean
  /** The connection URL (the bridge's base URL). */
  url: string
  /** An API Key credential's key: the bridge client token ('' when the credential is not an API key). */
  apiKey: string
  /** An OAuth 2.0 credential's profile (`oauth_entity_profile` sys_id; '' otherwise). */
  oauthProfile: string
  /** "Use MID Server" on the connection. */
  useMid: boolean
  /** The name of the connection's specific MID Server ('' when none is chosen). */
  midServer: string
}

/** How a call is authenticated, from the alias's credential. */
export type BridgeAuth =
  | { kind: 'api_key'; clientToken: string }
  | { kind: 'oauth2'; profileId: string }
  | { kind: 'none' }

/** Where the admin edits the connection, for messages. */
const WHERE = `the Connection & Credential alias "${CONNECTION_ALIAS.name}" (Connections & Credentials › Connection & Credential Aliases)`

/**
 * The authentication the alias's credential calls for: an API Key credential's key is the client token;
 * an OAuth 2.0 credential's profile gets a client-credentials token; no credential, no authentication.
 */
export function bridgeAuth(details: ConnectionDetails): BridgeAuth {
  if (details.apiKey !== '') return { kind: 'api_key', clientToken: details.apiKey }
  if (details.oauthProfile !== '') return { kind: 'oauth2', profileId: details.oauthProfile }
  return { kind: 'none' }
}

/**
 * The MID Server a call goes through, or '' for a direct call. "Use MID Server" without a specific MID
 * Server is refused: RESTMessageV2 is given a MID Server by name, and guessing one would send the
 * credential through a MID Server nobody chose.
 */
export function midServerOf(details: ConnectionDetails): string {
  if (!details.useMid) return ''
  if (details.midServer === '')
    throw settingsError(`"Use MID Server" is set on ${WHERE} but no specific MID Server is chosen.`)
  return details.midServer
}

/** The raw settings {@link parseSettings} checks, with the base URL from the alias (or its absence explained). */
export function settingsInput(
  details: ConnectionDetails,
  properties: { timeoutSeconds: string; planOnly: string },
): { baseUrl: string; timeoutSeconds: string; planOnly: string } {
  if (!details.found)
    throw settingsError(
      `${WHERE} is missing or has no active HTTP connection: create one with the bridge's URL and credential.`,
    )
  if (details.url.trim() === '')
    throw settingsError(`The bridge connection URL is empty: set it on the HTTP connection of ${WHERE}.`)
  midServerOf(details)
  return { baseUrl: details.url, ...properties }
}

/** What Test connection found. */
export interface ConnectionTest {
  /** True when the bridge answered and accepted the credential. */
  ok: boolean
  /** `connected`, `not-configured`, `unreachable`, `unauthenticated` or `unexpected-answer`. */
  outcome: 'connected' | 'not-configured' | 'unreachable' | 'unauthenticated' | 'unexpected-answer'
  /** The bridge URL tried ('' when not configured). */
  url: string
  /** The MID Server the call went through ('' for direct). */
  midServer: string
  /** Who the credential authenticates as. */
  caller: string
  /** What the bridge lets the credential do (flows, `audit`, …). */
  permissions: string[]
  /** Flows the app's items call that the credential may not invoke. */
  missing: string[]
  /** The result in plain words, one sentence a line. */
  message: string
}

/** The bridge's problem detail of an answer, if it is one (never the request's credential). */
function problemDetail(body: string): string {
  try {
    const problem = JSON.parse(body) as { detail?: unknown; title?: unknown; code?: unknown }
    const text = typeof problem.detail === 'string' ? problem.detail : String(problem.title ?? '')
    return typeof problem.code === 'string' ? `${problem.code}: ${text}` : text
  } catch {
    return ''
  }
}

/**
 * Test connection: reads the settings (a missing or half-configured alias is answered, not thrown), asks the
 * bridge `GET /api/whoami` through the transport and says what it means.
 */
export function testConnection(
  transport: Transport,
  readSettings: () => BridgeSettings,
  midServer: () => string,
): ConnectionTest {
  const base: ConnectionTest = {
    ok: false,
    outcome: 'not-configured',
    url: '',
    midServer: '',
    caller: '',
    permissions: [],
    missing: [],
    message: '',
  }
  let settings: BridgeSettings
  let mid: string
  try {
    settings = readSettings()
    mid = midServer()
  } catch (error) {
    if (!isSettingsError(error)) throw error
    return { ...base, message: `Not configured: ${error.message}` }
  }
  const url = settings.baseUrl
  const via = mid === '' ? '' : ` through MID Server ${mid}`
  const here = { ...base, url, midServer: mid }
  const answer = transport.send({
    restMessage: REST_MESSAGE_NAME,
    functionName: WHOAMI_FUNCTION,
    variables: { [REST_VARIABLES.baseUrl]: url },
    timeoutSeconds: settings.timeoutSeconds,
  })
  if (answer.status === 0) {
    return {
      ...here,
      outcome: 'unreachable',
      message: `Could not reach the bridge at ${url}${via}: ${answer.transportError || 'no answer'}.\nCheck the connection URL on ${WHERE}, that the bridge is running, and the network path to it (a MID Server for a bridge inside your network).`,
    }
  }
  if (answer.status === 401) {
    const detail = problemDetail(answer.body)
    return {
      ...here,
      outcome: 'unauthenticated',
      message: `The bridge at ${url}${via} is reachable but refused the credential${detail ? ` (${detail})` : ''}.\nCheck the credential on ${WHERE}: an API Key credential must hold a client token the bridge accepts; an OAuth 2.0 credential's profile must get a token from the bridge's issuer.`,
    }
  }
  let who: { caller?: unknown; permissions?: unknown } | undefined
  try {
    who = answer.status === 200 ? (JSON.parse(answer.body) as typeof who) : undefined
  } catch {
    who = undefined
  }
  if (!who || typeof who.caller !== 'string' || !Array.isArray(who.permissions)) {
    const detail = problemDetail(answer.body)
    return {
      ...here,
      outcome: 'unexpected-answer',
      message: `The bridge at ${url}${via} answered HTTP ${answer.status}${detail ? ` (${detail})` : ''}, not who the credential is.\nCheck that the connection URL is the bridge's base URL and that the bridge is a version with GET /api/whoami.`,
    }
  }
  const permissions = who.permissions.map(String)
  const missing = BRIDGE_FLOWS.filter((flow) => !permissions.includes(flow))
  const lines = [
    `Connected to the bridge at ${url}${via}.`,
    `The credential authenticates as "${who.caller}".`,
    permissions.length === 0 ? 'It may invoke no flow.' : `It may use: ${permissions.join(', ')}.`,
    missing.length === 0
      ? 'That covers every flow the app calls.'
      : `It may not invoke ${missing.join(', ')}, which the app calls: the items using them will fail until the bridge allows them (the client token's flows, or the OAuth scopes ${missing.map((f) => `jml.${f}`).join(', ')}).`,
  ]
  return {
    ...here,
    ok: true,
    outcome: 'connected',
    caller: who.caller,
    permissions,
    missing,
    message: lines.join('\n'),
  }
}
