/**
 * The bridge connection, without Glide: what the Connection & Credential alias holds (read by the Glide
 * shell through `sn_cc.ConnectionInfoProvider`), how a call is authenticated from it, and Test connection —
 * one `GET /api/whoami` through the same REST message and transport the flows use, answered in plain words
 * an admin can act on. Pure, so the words are unit-tested and the same logic runs against a real bridge in
 * the instance stand-in.
 */
import { BRIDGE_FLOWS, CONNECTION_ALIAS, REST_MESSAGE_NAME, REST_VARIABLES, SETUP_FUNCTIONS } from './api.ts'
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

/** The bridge permission that lets a credential read the Okta catalog (`GET /api/catalog/resources`). */
const CATALOG_PERMISSION = 'catalog'

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
 * credential through a MID Server nobody chose. So is a MID Server with an OAuth 2.0 credential, which
 * ServiceNow does not support.
 */
export function midServerOf(details: ConnectionDetails): string {
  if (!details.useMid) return ''
  // ServiceNow's "Configure a REST message with OAuth": the HTTP methods must not use a MID Server.
  if (bridgeAuth(details).kind === 'oauth2')
    throw settingsError(
      `"Use MID Server" is set on ${WHERE} with an OAuth 2.0 credential, which ServiceNow does not send through a MID Server: use an API Key credential (a bridge client token) for a bridge reached through a MID Server, or untick Use MID Server.`,
    )
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
  /** How it authenticated, as the bridge says: `client-token` or `oauth` ('' when not connected). */
  kind: string
  /** What the bridge lets the credential do (flows, `audit`, `reconcile`, `catalog`, `grants.manage`). */
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
  credentialKind: () => BridgeAuth['kind'] = () => 'none',
): ConnectionTest {
  const base: ConnectionTest = {
    ok: false,
    outcome: 'not-configured',
    url: '',
    midServer: '',
    caller: '',
    kind: '',
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
    functionName: SETUP_FUNCTIONS.whoami,
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
    // With an OAuth 2.0 credential the instance itself asks the token endpoint; when that refuses (a wrong
    // client secret) the request reaches the bridge with no token at all, so say where to look first.
    const check =
      credentialKind() === 'oauth2'
        ? `The OAuth 2.0 credential got no access token the bridge accepts. Check its OAuth profile's provider (System OAuth › Application Registry): the client ID and client secret (the token endpoint refuses a wrong secret, and the request then goes out without a token), the token URL of the bridge's authorization server and the scopes jml.<flow>; and that the bridge trusts that authorization server (BRIDGE_OAUTH_ISSUER, BRIDGE_OAUTH_AUDIENCE).`
        : `Check the credential on ${WHERE}: an API Key credential must hold a client token the bridge accepts; an OAuth 2.0 credential's profile must get a token from the bridge's issuer.`
    return {
      ...here,
      outcome: 'unauthenticated',
      message: `The bridge at ${url}${via} is reachable but refused the credential${detail ? ` (${detail})` : ''}.\n${check}`,
    }
  }
  // The bridge answers { caller, kind, permissions }; kind is informative, so an answer without it is accepted.
  let who: { caller?: unknown; kind?: unknown; permissions?: unknown } | undefined
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
  if (!permissions.includes(CATALOG_PERMISSION))
    lines.push(
      `It may not read the Okta catalog, which the Okta catalog sync needs: allow ${CATALOG_PERMISSION} (in the client token's flows, or the OAuth scope jml.${CATALOG_PERMISSION}).`,
    )
  return {
    ...here,
    ok: true,
    outcome: 'connected',
    caller: who.caller,
    kind: typeof who.kind === 'string' ? who.kind : '',
    permissions,
    missing,
    message: lines.join('\n'),
  }
}

/** One step of the "Okta bridge setup" page, in the order an admin takes them. */
export interface SetupStep {
  title: string
  /** true done, false needs doing, null: nothing to check here (the admin decides). */
  done: boolean | null
  /** What to do, in plain words. */
  text: string
  /** Where to do it (an instance-relative URL), and the link's words. */
  link: string
  linkLabel: string
}

/** The credential, described without its secret. */
function credentialWords(details: ConnectionDetails): string {
  const auth = bridgeAuth(details)
  if (auth.kind === 'api_key') return 'an API Key credential (sent as the bridge client token)'
  if (auth.kind === 'oauth2') return 'an OAuth 2.0 credential (client credentials through its OAuth profile)'
  return 'no credential'
}

/** The scheduled job that syncs the Okta catalog nightly (`catalog-sync.now.ts`). */
export const CATALOG_SYNC_JOB = 'Okta JML: sync the Okta catalog'

/**
 * The setup steps: alias and credential → Test connection → Okta catalog sync → roles → ATF. The first is
 * checked against what the alias holds (never showing the secret), the catalog sync against whether any Okta
 * resource is synced; Test connection and Sync now are the page's buttons.
 */
export function setupSteps(
  details: ConnectionDetails,
  aliasSysId: string,
  syncedResources: boolean,
): SetupStep[] {
  const configured = details.found && details.url.trim() !== '' && bridgeAuth(details).kind !== 'none'
  let mid = 'directly (no MID Server)'
  if (details.useMid)
    mid =
      details.midServer === ''
        ? 'through a MID Server, but none is chosen'
        : `through MID Server ${details.midServer}`
  const current = details.found
    ? `Now: ${details.url.trim() === '' ? 'no connection URL' : details.url}, ${credentialWords(details)}, ${mid}.`
    : 'Now: the alias has no active HTTP connection.'
  return [
    {
      title: '1. Connection and credential',
      done: configured,
      text: `On the alias "${CONNECTION_ALIAS.name}", open its HTTP connection: set the Connection URL to the bridge's base URL (https), create and select the Credential — an API Key credential holding a bridge client token, or an OAuth 2.0 credential whose profile uses client credentials with the scopes jml.<flow> — and, for a bridge inside your network, tick Use MID Server and choose the MID Server. ${current}`,
      link: aliasSysId === '' ? 'sys_alias_list.do' : `sys_alias.do?sys_id=${aliasSysId}`,
      linkLabel: 'Open the alias',
    },
    {
      title: '2. Test connection',
      done: null,
      text: 'Calls the bridge (GET /api/whoami) with the alias: whether it is reachable, which caller the credential is and which flows it may invoke.',
      link: '',
      linkLabel: '',
    },
    {
      title: '3. Okta catalog sync',
      done: syncedResources,
      text: `Fills Okta JML › Okta resources from the bridge (GET /api/catalog/resources): the Okta groups and apps it may manage, with names, descriptions and request rules — nobody types an Okta id. The scheduled job "${CATALOG_SYNC_JOB}" runs it nightly; Sync now runs it here (the credential needs catalog: an unrestricted client token, catalog in its flows, or the scope jml.catalog). Then set each resource's owner, approval and who may request it, and the birthright rules.`,
      link: 'x_okta_jml_okta_resource_list.do',
      linkLabel: 'Okta resources',
    },
    {
      title: '4. Roles to assign',
      done: null,
      text: "x_okta_jml.admin to the app admins; x_okta_jml.help_desk to the agents who order New hire, Role change, Leaver and Account help; x_okta_jml.approver to approvers who read the plans; x_okta_jml.onboarding_approver to who decides new Okta users; x_okta_jml.integration only to the bridge's ServiceNow integration user; connection_admin to whoever maintains the alias's credential.",
      link: 'sys_user_role_list.do?sysparm_query=nameSTARTSWITHx_okta_jml.',
      linkLabel: 'The app roles',
    },
    {
      title: '5. Run the ATF suite',
      done: null,
      text: 'Run the Automated Test Framework tests named "Okta JML: …" against this instance and a bridge in sandbox mode: they prove the payloads, the REST message and every item end to end.',
      link: 'sys_atf_test_list.do?sysparm_query=nameSTARTSWITHOkta JML',
      linkLabel: 'The ATF tests',
    },
  ]
}
