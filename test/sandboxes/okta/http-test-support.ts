/**
 * What the sandbox's HTTP-level tests share: a service app registered through the control API and
 * connected with DPoP, control-API calls, seeding, and System Log look-ups by request id. Everything
 * goes over HTTP, so the tests see the sandbox the way a client does.
 */
import { type ConnectedClient, connect, generateServiceApp, type ServiceAppKeys } from './auth/test-client.js'
import type { SeedInput } from './org.js'

/** Every Management API scope the sandbox knows; tests that are not about scopes take them all. */
export const ALL_SCOPES = [
  'okta.users.read',
  'okta.users.manage',
  'okta.groups.read',
  'okta.groups.manage',
  'okta.apps.read',
  'okta.apps.manage',
  'okta.logs.read',
  'okta.eventHooks.manage',
]

/** A user as `GET /api/v1/users/{id}` returns it (the members the tests read). */
export interface UserJson {
  id: string
  status: string
  lastUpdated: string
  profile: Record<string, unknown>
}

/** An Okta Management API error body. */
export interface OktaErrorJson {
  errorCode: string
  errorSummary: string
  errorLink: string
  errorId: string
  errorCauses: { errorSummary: string }[]
}

/** A System Log event as `GET /api/v1/logs` returns it (the members the tests read). */
export interface LogEventJson {
  uuid: string
  eventType: string
  outcome: { result: string }
  target: { id: string; type: string }[]
  transaction: { id: string }
}

/** The answer of a control-API call. */
export interface ControlAnswer<T> {
  status: number
  body: T
}

/** Calls the sandbox's unauthenticated control API (`/__sandbox/...`). */
export async function control<T = unknown>(
  baseUrl: string,
  method: string,
  path: string,
  body?: unknown,
): Promise<ControlAnswer<T>> {
  const res = await fetch(`${baseUrl}${path}`, {
    method,
    ...(body === undefined
      ? {}
      : { headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) }),
  })
  return { status: res.status, body: (await res.json()) as T }
}

/**
 * Registers a fresh DPoP-bound service app over the control API and gets it a token. Registration is
 * per reset: call again after `POST /__sandbox/reset`.
 */
export async function connectServiceApp(
  baseUrl: string,
  scopes: string[] = ALL_SCOPES,
): Promise<{ client: ConnectedClient; app: ServiceAppKeys }> {
  const app = await generateServiceApp()
  const registered = await control(baseUrl, 'POST', '/__sandbox/clients', {
    client_id: app.clientId,
    jwks: { keys: [app.publicJwk] },
    scopes,
    dpop: true,
  })
  if (registered.status !== 201) throw new Error(`client registration failed: ${JSON.stringify(registered)}`)
  return { client: await connect(baseUrl, app, scopes), app }
}

/** Seeds the org over the control API and returns what was created, as Okta JSON. */
export async function seed(
  baseUrl: string,
  input: SeedInput,
): Promise<{ users: UserJson[]; groups: { id: string }[]; apps: { id: string }[] }> {
  const answer = await control<{ users: UserJson[]; groups: { id: string }[]; apps: { id: string }[] }>(
    baseUrl,
    'POST',
    '/__sandbox/seed',
    input,
  )
  if (answer.status !== 200) throw new Error(`seed failed: ${JSON.stringify(answer.body)}`)
  return answer.body
}

/** A valid default-profile user whose login carries `name` (unique per call, so tests need no reset). */
export function profileFor(name: string): Record<string, string> {
  const login = `${name}.${Math.random().toString(36).slice(2, 10)}@example.com`
  return { login, email: login, firstName: name, lastName: 'Tester' }
}

/** The System Log events whose `transaction.id` is `requestId`, i.e. those written by that one call. */
export async function eventsOfRequest(client: ConnectedClient, requestId: string): Promise<LogEventJson[]> {
  const filter = encodeURIComponent(`transaction.id eq "${requestId}"`)
  const res = await client.request('GET', `/api/v1/logs?filter=${filter}&limit=1000`)
  if (res.status !== 200) throw new Error(`GET /api/v1/logs answered ${res.status}: ${await res.text()}`)
  return (await res.json()) as LogEventJson[]
}

/** Reads every page of a list, following Okta's `Link: <...>; rel="next"`. */
export async function listAll<T>(client: ConnectedClient, path: string): Promise<T[]> {
  const items: T[] = []
  let next: string | undefined = path
  while (next !== undefined) {
    const res = await client.request('GET', next)
    if (res.status !== 200) throw new Error(`GET ${next} answered ${res.status}: ${await res.text()}`)
    items.push(...((await res.json()) as T[]))
    const link = /<([^>]+)>;\s*rel="next"/.exec(res.headers.get('link') ?? '')
    next = link ? new URL(link[1]!).pathname + new URL(link[1]!).search : undefined
  }
  return items
}

/** Resolves after `ms` milliseconds. */
export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/**
 * Registers and verifies an event hook for `user.lifecycle.create` delivering to `uri` with `secret` in
 * the `Authorization` header, as an Okta admin would; answers the hook id. Throws when Okta refuses either step.
 */
export async function registerUserCreatedHook(
  client: ConnectedClient,
  uri: string,
  secret: string,
): Promise<string> {
  const created = await client.request('POST', '/api/v1/eventHooks', {
    name: 'Okta JML bridge onboarding',
    events: { type: 'EVENT_TYPE', items: ['user.lifecycle.create'] },
    channel: {
      type: 'HTTP',
      version: '1.0.0',
      config: { uri, authScheme: { type: 'HEADER', key: 'Authorization', value: secret } },
    },
  })
  if (created.status !== 200) throw new Error(`creating the event hook answered ${created.status}`)
  const hook = (await created.json()) as { id: string }
  const verified = await client.request('POST', `/api/v1/eventHooks/${hook.id}/lifecycle/verify`)
  const status = ((await verified.json()) as { verificationStatus?: string }).verificationStatus
  if (verified.status !== 200 || status !== 'VERIFIED')
    throw new Error(`verifying the event hook answered ${verified.status} ${status ?? ''}`)
  return hook.id
}
