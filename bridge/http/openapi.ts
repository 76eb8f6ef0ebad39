/**
 * The OpenAPI 3.1 description of the bridge, generated from the same zod schemas the bridge validates
 * with (`shared/` for the flows, the routers' own for reconciliation and event hooks), so the document cannot
 * drift from the behaviour. Okta Workflows publishes one OpenAPI description per API endpoint flow;
 * `documentForFlow` is that. The full document (`GET /openapi.json`) is every route the bridge serves: the
 * flows, executions, the audit, reconciliation, the Okta event hook, health, readiness, metrics and the
 * documents themselves — a test compares it with the Express router, so a route cannot go undocumented.
 *
 * The parts are in `openapi/`: the flows' (`flow-document.ts`), every other route's (`operational-paths.ts`,
 * `operational-schemas.ts`), and what they are built with (`common.ts`).
 */
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { FLOW_NAMES, type FlowName } from '../../shared/index.js'
import { catalogOpenApi } from './catalog.js'
import type { OpenApiDocument, OpenApiOptions } from './openapi/common.js'
import { flowSchemas, flowSecuritySchemes, invokePath } from './openapi/flow-document.js'
import { OPERATIONAL_TAGS, operationalPaths } from './openapi/operational-paths.js'
import { operationalSchemas, operationalSecuritySchemes } from './openapi/operational-schemas.js'

export type { OpenApiDocument, OpenApiOptions } from './openapi/common.js'

/**
 * The bridge's version, from the `package.json` it ships with: found by walking up from this module, because
 * the sources (`bridge/http/`) and the production build (`build/bridge/http/`) sit at different depths.
 */
export const BRIDGE_VERSION: string = (() => {
  let dir = dirname(fileURLToPath(import.meta.url))
  for (;;) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
        name?: string
        version?: string
      }
      if (pkg.name === 'okta-jml-bridge' && typeof pkg.version === 'string') return pkg.version
    } catch {
      // No package.json here (or not readable): look one level up.
    }
    const parent = dirname(dir)
    if (parent === dir) return '0.0.0'
    dir = parent
  }
})()

/** The document of the given flows: their invoke operations, schemas and security schemes. */
function document(flows: readonly FlowName[], title: string, options: OpenApiOptions): OpenApiDocument {
  return {
    openapi: '3.1.0',
    info: {
      title,
      version: BRIDGE_VERSION,
      description:
        'ServiceNow-driven joiner/mover/leaver for Okta. Each flow is invoked like an Okta Workflows API endpoint flow: POST /api/flo/{flow}/invoke with a client token or an OAuth bearer token. Errors are RFC 9457 problem documents.',
      license: { name: 'Apache-2.0', identifier: 'Apache-2.0' },
    },
    // Without a configured public URL, "/" — the host that served this document — is right behind any proxy.
    servers: [
      options.serverUrl
        ? { url: options.serverUrl, description: 'The bridge.' }
        : { url: '/', description: 'The bridge that served this document.' },
    ],
    tags: [{ name: 'flows', description: 'On-demand flows' }],
    paths: Object.fromEntries(flows.map((flow) => [`/api/flo/${flow}/invoke`, invokePath(flow)])),
    components: { schemas: flowSchemas(flows), securitySchemes: flowSecuritySchemes(flows, options) },
  }
}

/** The OpenAPI document of every route (`GET /openapi.json`). */
export function openApiDocument(options: OpenApiOptions = {}): OpenApiDocument {
  const doc = document(FLOW_NAMES, 'Okta JML bridge', options)
  // The setup endpoints (whoami, the Okta catalog) are described beside their router.
  const setup = catalogOpenApi()
  Object.assign(doc.paths, setup.paths)
  Object.assign(doc.components.schemas, setup.schemas)
  const oauth2 = doc.components.securitySchemes.oauth2 as {
    flows: { clientCredentials: { scopes: Record<string, string> } }
  }
  Object.assign(oauth2.flows.clientCredentials.scopes, setup.scopes)
  ;(doc.tags as unknown[]).push({ name: 'setup', description: 'What the ServiceNow app’s setup reads' })
  return {
    ...doc,
    tags: [...(doc.tags as unknown[]), ...OPERATIONAL_TAGS],
    paths: { ...doc.paths, ...operationalPaths() },
    components: {
      schemas: { ...doc.components.schemas, ...operationalSchemas() },
      securitySchemes: { ...doc.components.securitySchemes, ...operationalSecuritySchemes(options) },
    },
  }
}

/** The OpenAPI document of one flow (`GET /api/flo/{flow}/openapi.json`). */
export function documentForFlow(flow: FlowName, options: OpenApiOptions = {}): OpenApiDocument {
  return document([flow], `Okta JML bridge: ${flow}`, options)
}
