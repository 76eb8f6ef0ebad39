/**
 * `GET /openapi.json` describes every route the bridge serves: linted by Redocly's OpenAPI linter with its
 * recommended rules (zero errors), and compared with the routes the Express app really has — walked from its
 * router — so a route added without documentation (or documentation of a route that is gone) fails here.
 */
import { readFileSync } from 'node:fs'
import { METHODS as HTTP_METHODS, type RequestListener } from 'node:http'
import { createConfig, lintFromString } from '@redocly/openapi-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type RunningBridge, startBridge } from '../../dev/start.js'
import { FLOW_NAMES } from '../../shared/index.js'

const PACKAGE = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  version: string
}

let bridge: RunningBridge
let doc: {
  openapi: string
  info: { version: string }
  servers: { url: string }[]
  paths: Record<string, Record<string, unknown>>
}

beforeAll(async () => {
  // Every optional route mounted: metrics on the API port, the event hook receiver, executions, audit, reconcile.
  bridge = await startBridge(
    {
      NODE_ENV: 'test',
      PORT: '0',
      LOG_LEVEL: 'silent',
      METRICS_TOKEN: 'metrics-token-for-the-openapi-test-0123456789',
      OKTA_EVENT_HOOK_SECRET: 'event-hook-secret-for-the-openapi-test-0123',
    },
    { print: () => {} },
  )
  const res = await fetch(`${bridge.url}/openapi.json`)
  expect(res.status).toBe(200)
  doc = (await res.json()) as typeof doc
})

afterAll(async () => {
  await bridge?.stop()
})

/** A route of the Express app: method and path as Express declares it (`/api/flo/:flow/invoke`). */
interface AppRoute {
  method: string
  path: string
}

/** Express 5's layers, as far as the walk needs them (`rawPath`: where `app.use` mounted a router). */
interface Layer {
  route?: { path: string; methods: Record<string, boolean> }
  handle?: { stack?: Layer[] }
  rawPath?: unknown
}

/**
 * Every route of the app with its full path, nested routers included under the path they are mounted at (the
 * console's router at `/console`; the API's routers without a prefix). `all` routes are left out: they are the
 * 405 answers for other methods on a documented path, not operations (a router's `all` is marked `_all`; the
 * app's registers every method Node knows).
 */
function routesOf(stack: readonly Layer[], prefix = ''): AppRoute[] {
  return stack.flatMap((layer) => {
    if (layer.route) {
      const methods = Object.keys(layer.route.methods)
      const catchAll = methods.includes('_all') || METHODS_NODE_KNOWS.every((m) => methods.includes(m))
      return catchAll ? [] : methods.map((method) => ({ method, path: `${prefix}${layer.route!.path}` }))
    }
    const mount = typeof layer.rawPath === 'string' && layer.rawPath !== '/' ? layer.rawPath : ''
    return layer.handle?.stack ? routesOf(layer.handle.stack, `${prefix}${mount}`) : []
  })
}

/** Whether a route is the operator console's: HTML pages and forms a person uses, not API operations. */
const isConsole = (route: AppRoute) => route.path === '/console' || route.path.startsWith('/console/')

/** Whether an Express path (`:param` segments) matches a documented path (`{param}` or a literal). */
function matches(expressPath: string, documented: string): boolean {
  const pattern = expressPath
    .split('/')
    .map((segment) =>
      segment.startsWith(':') ? '[^/]+' : segment.replace(/[.*+?^${}()|[\]\\]/g, (c) => `\\${c}`),
    )
    .join('/')
  return new RegExp(`^${pattern}$`).test(documented)
}

/** Every method Node's HTTP parser accepts, as Express names them. */
const METHODS_NODE_KNOWS = HTTP_METHODS.map((m) => m.toLowerCase())

/** The methods an OpenAPI path item can hold. */
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']

describe('GET /openapi.json', () => {
  it('passes the Redocly linter’s recommended rules without an error', async () => {
    const config = await createConfig({ extends: ['recommended'] })
    const problems = await lintFromString({
      source: JSON.stringify(doc),
      absoluteRef: '/openapi.json',
      config,
    })
    const errors = problems.filter((p) => p.severity === 'error')
    expect(
      errors.map((p) => `${p.ruleId}: ${p.message} at ${p.location[0]?.pointer}`),
      'lint errors',
    ).toEqual([])
    // The rules are live: the same document with a path parameter left undeclared is an error.
    const broken = structuredClone(doc) as unknown as {
      paths: Record<string, { get: { parameters?: unknown } }>
    }
    delete broken.paths['/api/flo/executions/{id}']!.get.parameters
    const refused = await lintFromString({
      source: JSON.stringify(broken),
      absoluteRef: '/openapi.json',
      config,
    })
    expect(refused.filter((p) => p.severity === 'error').map((p) => p.ruleId)).toContain(
      'path-parameters-defined',
    )
  })

  it('documents every route of the app, and nothing the app does not serve', () => {
    const app = bridge.server.listeners('request')[0] as RequestListener & { router: { stack: Layer[] } }
    const everyRoute = routesOf(app.router.stack)
    // The console's pages and forms (sandbox mode serves the console) are not API operations: the walk sees
    // them under /console, where they are mounted, and leaves them out.
    expect(everyRoute).toContainEqual({ method: 'get', path: '/console/executions' })
    expect(everyRoute).toContainEqual({ method: 'post', path: '/console/grants/:id/end' })
    const routes = everyRoute.filter((route) => !isConsole(route))
    // The walk sees the routers (a broken walk would pass vacuously).
    expect(routes).toContainEqual({ method: 'post', path: '/api/reconcile' })
    expect(routes).toContainEqual({ method: 'get', path: '/api/audit/verify' })
    expect(routes).toContainEqual({ method: 'post', path: '/hooks/okta/events' })
    expect(routes).toContainEqual({ method: 'get', path: '/metrics' })

    const documented = Object.entries(doc.paths).flatMap(([path, item]) =>
      Object.keys(item)
        .filter((method) => METHODS.includes(method))
        .map((method) => ({
          method,
          path: path.replace(/\{[^}]+\}/g, (p) => `:${p.slice(1, -1)}`),
          raw: path,
        })),
    )
    const undocumented = routes.filter(
      (route) => !documented.some((d) => d.method === route.method && matches(route.path, d.raw)),
    )
    expect(undocumented, 'routes without documentation').toEqual([])
    const unserved = documented.filter(
      (d) => !routes.some((route) => route.method === d.method && matches(route.path, d.raw)),
    )
    expect(unserved, 'documented operations the app does not have').toEqual([])
    // Each flow has its own invoke operation (the app has one parameterised route for them all).
    for (const flow of FLOW_NAMES) expect(doc.paths[`/api/flo/${flow}/invoke`]).toHaveProperty('post')
  })

  it('has nothing of the console, which exposes no JSON API', () => {
    expect(
      Object.keys(doc.paths).filter((path) => path === '/console' || path.startsWith('/console/')),
    ).toEqual([])
    expect(JSON.stringify(doc)).not.toContain('/console')
  })

  it('names the package version and a server', () => {
    expect(doc.openapi).toBe('3.1.0')
    expect(doc.info.version).toBe(PACKAGE.version)
    expect(doc.servers).toEqual([{ url: '/', description: expect.any(String) }])
  })
})
