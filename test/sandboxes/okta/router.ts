/**
 * A small path router: patterns like `/api/v1/users/:userId/lifecycle/:operation`, matched segment by
 * segment. Small on purpose — the sandbox must answer thousands of calls a second on one core.
 */
import type { SandboxRequest, SandboxResponse } from './http-types.js'

/** What a route handler gets besides the request. */
export type Handler<S> = (req: SandboxRequest, services: S) => SandboxResponse | Promise<SandboxResponse>

/** One route: method, pattern, the OAuth scope it needs (none for the token endpoint), and its handler. */
export interface Route<S> {
  method: string
  pattern: string
  scope: string | null
  handle: Handler<S>
}

/** Result of matching a path. */
export type Match<S> =
  | { kind: 'found'; route: Route<S>; params: Record<string, string> }
  | { kind: 'method-not-allowed' }
  | { kind: 'not-found' }

interface Compiled<S> {
  route: Route<S>
  segments: string[]
}

/** Routes matched in registration order; a literal segment never matches a parameter's place in another route first. */
export class Router<S> {
  private readonly routes: Compiled<S>[] = []

  /** Adds routes. */
  add(...routes: Route<S>[]): this {
    for (const route of routes) this.routes.push({ route, segments: route.pattern.split('/').slice(1) })
    return this
  }

  /** Finds the route for a method and path (path without query). */
  match(method: string, path: string): Match<S> {
    const parts = path.split('/').slice(1)
    if (parts.length > 1 && parts.at(-1) === '') parts.pop()
    let pathMatched = false
    for (const { route, segments } of this.routes) {
      if (segments.length !== parts.length) continue
      const params = matchSegments(segments, parts)
      if (!params) continue
      if (route.method !== method) {
        pathMatched = true
        continue
      }
      return { kind: 'found', route, params }
    }
    return pathMatched ? { kind: 'method-not-allowed' } : { kind: 'not-found' }
  }
}

function matchSegments(segments: string[], parts: string[]): Record<string, string> | undefined {
  const params: Record<string, string> = {}
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i]!
    const part = parts[i]!
    if (segment.startsWith(':')) {
      if (part === '') return undefined
      try {
        params[segment.slice(1)] = decodeURIComponent(part)
      } catch {
        return undefined
      }
    } else if (segment !== part) return undefined
  }
  return params
}
