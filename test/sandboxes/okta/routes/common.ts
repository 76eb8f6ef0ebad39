/**
 * What every Okta route shares: the services it works with, list paging with Okta's `Link` headers,
 * query-parameter parsing with Okta's errors, and the System Log context of the caller.
 */
import type { AuthorizationServer } from '../auth/authorization-server.js'
import { validationFailed } from '../errors.js'
import type { EventHooks } from '../event-hooks.js'
import type { SandboxRequest, SandboxResponse } from '../http-types.js'
import type { OperationContext, Org, Page } from '../org.js'
import type { Route } from '../router.js'

/** The services route handlers use. */
export interface SandboxServices {
  org: Org
  auth: AuthorizationServer
  hooks: EventHooks
}

/** A route of the sandbox. */
export type SandboxRoute = Route<SandboxServices>

/** `scheme://host:port` as the client addressed the sandbox; every `_links` href and `Link` header uses it. */
export function originOf(req: SandboxRequest): string {
  return req.url.origin
}

/** A JSON answer. */
export function json(status: number, body: unknown, headers?: Record<string, string>): SandboxResponse {
  return headers ? { status, body, headers } : { status, body }
}

/** An empty 204 answer. */
export const noContent = (): SandboxResponse => ({ status: 204 })

/**
 * A page of a list with Okta's `Link` headers: `rel="self"` always, `rel="next"` with the absolute URL
 * of the next page (same query, new `after`) when there is one.
 */
export function listResponse(
  req: SandboxRequest,
  items: unknown[],
  nextAfter: string | undefined,
): SandboxResponse {
  const self = req.url.toString()
  const links = [`<${self}>; rel="self"`]
  if (nextAfter !== undefined) {
    const next = new URL(req.url)
    next.searchParams.set('after', nextAfter)
    links.push(`<${next.toString()}>; rel="next"`)
  }
  return { status: 200, body: items, headers: { link: links.join(', ') } }
}

/** A page of records, rendered with `render` and answered with Okta's `Link` headers. */
export function pageResponse<T>(
  req: SandboxRequest,
  page: Page<T>,
  render: (origin: string, item: T) => unknown,
): SandboxResponse {
  const origin = originOf(req)
  return listResponse(
    req,
    page.items.map((item) => render(origin, item)),
    page.nextAfter,
  )
}

/** The named query parameters that are present, as an object that leaves the absent ones out. */
export function params<K extends string>(req: SandboxRequest, ...names: K[]): { [P in K]?: string } {
  const present: { [P in K]?: string } = {}
  for (const name of names) {
    const value = param(req, name)
    if (value !== undefined) present[name] = value
  }
  return present
}

/** `limit`: a positive integer; larger than `max` is clamped to `max`, as Okta does. */
export function parseLimit(req: SandboxRequest, fallback: number, max: number): number {
  const raw = req.url.searchParams.get('limit')
  if (raw === null || raw === '') return fallback
  const limit = Number(raw)
  if (!Number.isInteger(limit) || limit < 1)
    throw validationFailed('limit', 'limit: must be a positive integer')
  return Math.min(limit, max)
}

/** A query parameter if present (empty counts as absent). */
export function param(req: SandboxRequest, name: string): string | undefined {
  const value = req.url.searchParams.get(name)
  return value === null || value === '' ? undefined : value
}

/** A boolean query parameter (`true`/`false`), with its default. */
export function boolParam(req: SandboxRequest, name: string, fallback: boolean): boolean {
  const raw = param(req, name)
  if (raw === undefined) return fallback
  if (raw !== 'true' && raw !== 'false') throw validationFailed(name, `${name}: must be true or false`)
  return raw === 'true'
}

/** The JSON body as an object (`{}` when there was none). */
export function bodyObject(req: SandboxRequest): Record<string, unknown> {
  if (req.body === undefined) return {}
  if (typeof req.body !== 'object' || req.body === null || Array.isArray(req.body)) {
    throw validationFailed('body', 'The request body must be a JSON object')
  }
  return req.body as Record<string, unknown>
}

/** Who made the call, for the System Log: the service app whose token was used. */
export function operationContext(req: SandboxRequest): OperationContext {
  const clientId = req.principal?.clientId ?? 'unknown'
  const userAgent = req.headers['user-agent']
  return {
    actor: {
      id: clientId,
      type: 'PublicClientApp',
      alternateId: clientId,
      displayName: clientId,
      detailEntry: null,
    },
    requestId: req.requestId,
    ...(userAgent ? { userAgent } : {}),
  }
}
