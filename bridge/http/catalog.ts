/**
 * What a ServiceNow admin's setup reads from the bridge:
 *
 * - `GET /api/whoami` — which caller the presented credential authenticates as and what it may do
 *   (`{ caller, kind, permissions }`), for the app's *Test connection*. Any valid credential may ask; no
 *   credential, or a bad one, is 401.
 * - `GET /api/catalog/resources[?type=group|app]` — every manageable, unprotected Okta group and app with
 *   its name, description and request rules (`catalog/catalog.ts`), for the app's catalog sync. Needs
 *   `catalog` in a client token's `flows` (or an unrestricted token), or the OAuth scope `jml.catalog`.
 *
 * Credentials first, then the query: an unknown, repeated or malformed query parameter is 400
 * `invalid-input` naming it. Every error is problem+json.
 */
import { type Request, Router } from 'express'
import { z } from 'zod'
import { CATALOG_PERMISSION, PERMISSIONS, type Permission } from '../callers/permissions.js'
import {
  type CatalogQuery,
  type CatalogResource,
  RESOURCE_TYPES,
  type ResourceType,
} from '../catalog/catalog.js'
import { type Authenticator, scopeForFlow } from './auth.js'
import { type FieldError, HttpProblem, PROBLEM_CONTENT_TYPE } from './problem.js'
import type { RequestLocals } from './request-locals.js'

/** What lists the catalog: the `Catalog` (a stub in unit tests). */
export interface CatalogLister {
  list(query: CatalogQuery): Promise<CatalogResource[]>
}

/** What the router needs; without `catalog`, `/api/catalog/resources` is not served (whoami always is). */
export interface CatalogRouteDeps {
  authenticate: Authenticator
  catalog?: CatalogLister
}

/** The body of `GET /api/whoami`. */
export const WhoAmI = z
  .object({
    caller: z.string().describe('The client token’s name, or the OAuth client id.'),
    kind: z.enum(['client-token', 'oauth']).describe('How the caller authenticated.'),
    permissions: z
      .array(z.string())
      .describe('The flows it may invoke, and `audit`, `reconcile`, `catalog` when it holds them.'),
  })
  .strict()

/** One catalog entry on the wire. */
export const CatalogResourceSchema = z
  .object({
    type: z.enum(RESOURCE_TYPES),
    id: z.string().describe('The Okta id: 00g… for a group, 0oa… for an app.'),
    name: z.string().describe('The group’s name or the app’s label, as Okta holds it.'),
    description: z.string().nullable().describe('The group’s description or the app’s end-user notes.'),
    requestable: z
      .boolean()
      .describe('In the policy’s accessGrants.resources: access requests may ask for it.'),
    maxDays: z.number().int().nullable().describe('The longest grant in days (requestable only).'),
    permanent: z.boolean().describe('A requestable resource may be granted without an end date.'),
  })
  .strict()

/** The body of `GET /api/catalog/resources`. */
export const CatalogResources = z.object({ resources: z.array(CatalogResourceSchema) }).strict()

/** The query parameters every authenticated GET accepts besides its own: the client token's. */
const AUTH_QUERY = ['clientToken']

/** The whoami and catalog endpoints. */
export function catalogRouter(deps: CatalogRouteDeps): Router {
  const router = Router()

  router.get('/api/whoami', async (req, res) => {
    const caller = await deps.authenticate(req, undefined)
    ;(res.locals as RequestLocals).caller = caller
    checkQuery(req, {})
    res.status(200).json({
      caller: caller.id,
      // An HTTP caller is never the bridge itself (`system`).
      kind: caller.kind === 'oauth' ? 'oauth' : 'client-token',
      permissions: await permissionsOf(req, deps.authenticate),
    } satisfies z.infer<typeof WhoAmI>)
  })
  router.all('/api/whoami', (_req, res) => {
    res.setHeader('allow', 'GET')
    throw new HttpProblem('method-not-allowed', 'Ask who you are with GET.')
  })

  const catalog = deps.catalog
  if (catalog) {
    router.get('/api/catalog/resources', async (req, res) => {
      ;(res.locals as RequestLocals).caller = await deps.authenticate(req, CATALOG_PERMISSION)
      const query = checkQuery(req, { type: RESOURCE_TYPES })
      const resources = await catalog.list(query.type ? { type: query.type as ResourceType } : {})
      res.status(200).json({ resources } satisfies z.infer<typeof CatalogResources>)
    })
    router.all('/api/catalog/resources', (_req, res) => {
      res.setHeader('allow', 'GET')
      throw new HttpProblem('method-not-allowed', 'The catalog is read with GET.')
    })
  }

  return router
}

/**
 * The permissions the request's credential holds: each one asked of the authenticator, so the answer is
 * exactly what the endpoints would allow (a token's `flows`, an OAuth token's `jml.*` scopes) and cannot
 * drift from it. Only a refusal (403) means "not held"; anything else (the issuer unreachable) is the answer.
 */
async function permissionsOf(req: Request, authenticate: Authenticator): Promise<Permission[]> {
  const held: Permission[] = []
  for (const permission of PERMISSIONS) {
    try {
      await authenticate(req, permission)
      held.push(permission)
    } catch (error) {
      if (!(error instanceof HttpProblem && error.status === 403)) throw error
    }
  }
  return held
}

/**
 * Checks the query string: only the named parameters (each once, with one of its values) and the client
 * token's. Answers the named parameters' values.
 */
function checkQuery(
  req: Request,
  allowed: Record<string, readonly string[]>,
): Record<string, string | undefined> {
  const errors: FieldError[] = []
  const values: Record<string, string | undefined> = {}
  for (const [name, value] of Object.entries(req.query as Record<string, unknown>)) {
    if (AUTH_QUERY.includes(name)) continue
    const choices = allowed[name]
    if (choices === undefined) {
      errors.push({ path: `?${name}`, message: 'is not a parameter of this endpoint' })
    } else if (typeof value !== 'string' || !choices.includes(value)) {
      errors.push({ path: `?${name}`, message: `must be one of ${choices.join(', ')}, given once` })
    } else {
      values[name] = value
    }
  }
  if (errors.length > 0) {
    throw new HttpProblem('invalid-input', 'The query string is not valid.', { errors })
  }
  return values
}

/** The OpenAPI paths and schemas of these endpoints, merged into the bridge's document (`openapi.ts`). */
export function catalogOpenApi(): {
  paths: Record<string, unknown>
  schemas: Record<string, unknown>
  scopes: Record<string, string>
} {
  const problem = (description: string) => ({
    description,
    content: { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: '#/components/schemas/Problem' } } },
  })
  const security = [{ clientTokenHeader: [] }, { clientTokenQuery: [] }, { bearerJwt: [] }]
  const json = (ref: string) => ({ 'application/json': { schema: { $ref: `#/components/schemas/${ref}` } } })
  const schema = (s: z.ZodType) => {
    const { $schema: _, ...rest } = z.toJSONSchema(s, { io: 'output' }) as Record<string, unknown>
    return rest
  }
  return {
    paths: {
      '/api/whoami': {
        get: {
          operationId: 'whoAmI',
          tags: ['setup'],
          summary: 'The caller the credential authenticates as, and its permissions',
          description:
            'Any valid credential may ask. Used by the ServiceNow app’s Test connection: reachable, which caller, which flows.',
          security,
          responses: {
            '200': { description: 'The caller and its permissions.', content: json('WhoAmI') },
            '400': problem('Problem (RFC 9457); `code` is `invalid-input`: an unknown query parameter.'),
            '401': problem('Problem (RFC 9457); `code` is `unauthenticated`.'),
            '503': problem('Problem (RFC 9457); `code` is `auth-unavailable`.'),
          },
        },
      },
      '/api/catalog/resources': {
        get: {
          operationId: 'listCatalogResources',
          tags: ['setup'],
          summary: 'Every manageable Okta group and app, never a protected one',
          description: `Names and descriptions read from Okta; requestable, maxDays and permanent from the policy's accessGrants. Needs \`catalog\` in a client token's flows or the scope \`${scopeForFlow(CATALOG_PERMISSION)}\`.`,
          security,
          parameters: [
            {
              name: 'type',
              in: 'query',
              required: false,
              description: 'Only groups or only apps.',
              schema: { type: 'string', enum: [...RESOURCE_TYPES] },
            },
          ],
          responses: {
            '200': { description: 'The catalog.', content: json('CatalogResources') },
            '400': problem(
              'Problem (RFC 9457); `code` is `invalid-input`: a bad or unknown query parameter.',
            ),
            '401': problem('Problem (RFC 9457); `code` is `unauthenticated`.'),
            '403': problem('Problem (RFC 9457); `code` is `forbidden-catalog`.'),
            '502': problem(
              'Problem (RFC 9457); `code` is `okta-unavailable`, `okta-forbidden` (the service app lacks a read scope) or `okta-auth-failed`.',
            ),
            '503': problem('Problem (RFC 9457); `code` is `okta-rate-limited` or `auth-unavailable`.'),
          },
        },
      },
    },
    schemas: { WhoAmI: schema(WhoAmI), CatalogResources: schema(CatalogResources) },
    scopes: { [scopeForFlow(CATALOG_PERMISSION)]: 'Read the Okta catalog (GET /api/catalog/resources).' },
  }
}
