/**
 * Conformance of the sandbox's answers to Okta's own description of its Management API.
 *
 * Every operation the sandbox implements is called over HTTP with a real (DPoP-bound) token, and the body
 * of each answer — successes and the errors clients branch on (404, 400 E0000001, 403, 429) — is
 * validated against the response schema `management.yaml` declares for that path, method and status.
 * The schema is looked up in the document for each call (path → method → status → `$ref` to
 * `components/responses` → `application/json` schema), never named by hand, so the test follows the spec.
 *
 * The OpenAPI document lives outside the repository (`../shared/reference/okta/management.yaml` beside the
 * checkout); without it the suite is skipped with a warning naming the missing file.
 */
import { existsSync, readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv'
import ajvFormats from 'ajv-formats'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { type ConnectedClient, connect, generateServiceApp, type ServiceAppKeys } from './auth/test-client.js'
import { type OktaSandbox, startOktaSandbox } from './index.js'

// ============================================================================
// Locating the OpenAPI document
// ============================================================================

/** The folder holding package.json, found by walking up from this file. */
function repositoryRoot(from: string): string {
  let dir = from
  while (!existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir)
    if (parent === dir) throw new Error(`No package.json above ${from}`)
    dir = parent
  }
  return dir
}

const SPEC_PATH = path.resolve(
  repositoryRoot(import.meta.dirname),
  '../shared/reference/okta/management.yaml',
)
const specPresent = existsSync(SPEC_PATH)
if (!specPresent) {
  console.warn(
    `okta conformance: ${SPEC_PATH} is missing, so the response-schema conformance suite is skipped`,
  )
}

// ============================================================================
// OpenAPI 3.0 → JSON Schema for ajv
// ============================================================================

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }
type SchemaObject = { [key: string]: Json }

interface OpenApiDocument {
  paths: Record<string, Record<string, { responses?: Record<string, SchemaObject> }>>
  components: {
    schemas: Record<string, SchemaObject>
    responses: Record<string, SchemaObject>
    examples?: Record<string, Json>
  }
}

/** The `$id` the converted `components` are registered under; response schemas reference `okta#/...`. */
const DOC_ID = 'okta'

const SCHEMA_MAPS = new Set(['properties', 'patternProperties'])
const SCHEMA_LISTS = new Set(['allOf', 'anyOf', 'oneOf'])
const SCHEMA_SINGLES = new Set(['items', 'not', 'additionalProperties'])

/**
 * Turns an OpenAPI 3.0 schema into the JSON Schema ajv validates. It walks schema positions only (so a
 * property that happens to be called `nullable` or `type` is left alone) and:
 * - applies `nullable: true`: `type: T` becomes `[T, 'null']` (and `null` joins an `enum`); without a
 *   `type` (a nullable `allOf`/`$ref`) the schema becomes `anyOf: [null, schema]`;
 * - drops `discriminator` (resolved per value, see `OpenApiSpec.componentErrors`), `example` and `x-*`
 *   annotations, which ajv would ignore anyway but which make the compiled tree bigger;
 * - prefixes local `$ref`s with `refBase`, so a schema compiled on its own still finds `components`.
 */
function toJsonSchema(schema: Json, refBase: string): Json {
  if (typeof schema !== 'object' || schema === null || Array.isArray(schema)) return schema
  const out: SchemaObject = {}
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'nullable' || key === 'discriminator' || key === 'example' || key.startsWith('x-')) continue
    if (key === '$ref' && typeof value === 'string') {
      out.$ref = value.startsWith('#') ? refBase + value : value
    } else if (SCHEMA_MAPS.has(key) && isObject(value)) {
      const entries = Object.entries(value).map(([name, sub]) => [name, toJsonSchema(sub, refBase)])
      out[key] = Object.fromEntries(entries)
    } else if (SCHEMA_LISTS.has(key) && Array.isArray(value)) {
      out[key] = value.map((sub) => toJsonSchema(sub, refBase))
    } else if (SCHEMA_SINGLES.has(key)) {
      out[key] = toJsonSchema(value, refBase)
    } else {
      out[key] = value
    }
  }
  if (schema.nullable !== true) return out
  if (typeof out.type === 'string') {
    out.type = [out.type, 'null']
    if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null]
    return out
  }
  return { anyOf: [{ type: 'null' }, out] }
}

function isObject(value: Json | undefined): value is SchemaObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** What one answer looked like against the spec. */
interface Verdict {
  /** Whether the spec lists this status for the operation at all. */
  statusDeclared: boolean
  /** Whether the spec declares a JSON body for this status (if not, nothing was validated). */
  declared: boolean
  /** Readable validation problems; empty when the body conforms. */
  problems: string[]
}

/** The parsed document, an ajv instance holding its `components`, and compiled validators by schema. */
class OpenApiSpec {
  private readonly ajv: Ajv
  private readonly validators = new Map<string, ValidateFunction>()
  private readonly nullsByComponent = new Map<string, Set<string>>()

  constructor(private readonly doc: OpenApiDocument) {
    // strict: false because the document uses OpenAPI-only keywords (readOnly on $ref siblings, x-*),
    // allErrors so a failure lists every deviation of the body at once.
    this.ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false })
    // ajv-formats is CommonJS; under NodeNext its default import is the module, the plugin is `.default`.
    ajvFormats.default(this.ajv)
    // OpenAPI's numeric formats are range hints; the others describe content ajv cannot check.
    const int = (bits: number) => (n: number) => Number.isInteger(n) && Math.abs(n) <= 2 ** (bits - 1)
    this.ajv.addFormat('int32', { type: 'number', validate: int(32) })
    this.ajv.addFormat('int64', { type: 'number', validate: int(64) })
    for (const name of ['double', 'float']) this.ajv.addFormat(name, { type: 'number', validate: () => true })
    for (const name of ['base64', 'password', 'utf-8', 'boolean', 'opaque']) this.ajv.addFormat(name, true)
    const schemas = Object.fromEntries(
      Object.entries(doc.components.schemas).map(([name, schema]) => [name, toJsonSchema(schema, '')]),
    )
    this.ajv.addSchema({ $id: DOC_ID, components: { schemas } })
  }

  /** Reads and prepares `management.yaml` (parsing the 3.4 MB document takes a second or two). */
  static load(file: string): OpenApiSpec {
    return new OpenApiSpec(parse(readFileSync(file, 'utf8')) as OpenApiDocument)
  }

  /**
   * The `application/json` schema the spec declares for `method pathTemplate` answering `status` (the
   * exact status, else `4XX`-style, else `default`), following a `$ref` into `components/responses`.
   * `undefined` when the operation declares no JSON body for that status.
   */
  responseSchemaFor(method: string, pathTemplate: string, status: number): SchemaObject | undefined {
    let response = this.responseFor(method, pathTemplate, status)
    const ref = response?.$ref
    if (typeof ref === 'string') {
      const name = ref.replace('#/components/responses/', '')
      response = this.doc.components.responses[name]
      if (!response) throw new Error(`management.yaml: ${ref} does not resolve`)
    }
    const content = response?.content
    const json = isObject(content) ? content['application/json'] : undefined
    return isObject(json) && isObject(json.schema) ? json.schema : undefined
  }

  /**
   * Validates one answer's body against the spec; problems are prefixed with `operation`.
   *
   * When the declared schema is a component (`$ref: X`) or a list of one (`items: $ref: X`), each value is
   * checked against X on its own, which lets two OpenAPI-isms be honoured: X's `discriminator` (see
   * {@link componentErrors}) and nulls Okta's own examples of X show (see {@link documentedNulls}).
   */
  check(operation: string, method: string, pathTemplate: string, status: number, body: unknown): Verdict {
    const statusDeclared = this.responseFor(method, pathTemplate, status) !== undefined
    const schema = this.responseSchemaFor(method, pathTemplate, status)
    if (!schema) return { statusDeclared, declared: false, problems: [] }
    const { component, array } = componentOf(schema)
    const prefix = `${operation} → ${status}`
    let problems: string[]
    if (component === undefined || (array && !Array.isArray(body))) {
      const validate = this.validator(JSON.stringify(schema), toJsonSchema(schema, DOC_ID) as SchemaObject)
      problems = validate(body)
        ? []
        : (validate.errors ?? []).map((error) => `${prefix}${formatError(error, '')}`)
    } else {
      const values: [unknown, string][] = array
        ? (body as unknown[]).map((item, i) => [item, `/${i}`])
        : [[body, '']]
      const tolerated = this.documentedNulls(component)
      problems = values.flatMap(([value, where]) => {
        const errors = this.componentErrors(component, value)
        if (typeof errors === 'string') return [`${prefix} ${where || '(body)'}: ${errors}`]
        return errors
          .filter((error) => {
            // A null fails `type` and, on an enum, `enum`; both are excused at a documented place.
            const at = nullPath(value, error.instancePath)
            return at === undefined || !tolerated.has(at)
          })
          .map((error) => `${prefix}${formatError(error, where)}`)
      })
    }
    // allOf branches that share a property (User's `_links.self`) report the same error twice.
    return { statusDeclared, declared: true, problems: [...new Set(problems)] }
  }

  /** The spec's response object for a status: the exact one, else `4XX`-style, else `default`. */
  private responseFor(method: string, pathTemplate: string, status: number): SchemaObject | undefined {
    const operation = this.doc.paths[pathTemplate]?.[method.toLowerCase()]
    if (!operation?.responses) throw new Error(`management.yaml has no operation ${method} ${pathTemplate}`)
    const responses = operation.responses
    return responses[String(status)] ?? responses[`${String(status)[0]}XX`] ?? responses.default
  }

  /**
   * ajv's errors for one value of component `name`, or a string when no schema applies. OpenAPI's
   * `discriminator` on a base schema (`Application`, keyed by `signOnMode`) means "validate against the
   * schema the mapping names", which JSON Schema cannot express; so such a value is validated against the
   * mapped schema (`BookmarkApplication`, ...), and a key missing from the mapping is a problem.
   */
  private componentErrors(name: string, value: unknown): ErrorObject[] | string {
    const discriminator = this.doc.components.schemas[name]?.discriminator
    let target = `#/components/schemas/${name}`
    if (
      isObject(discriminator) &&
      isObject(discriminator.mapping) &&
      typeof discriminator.propertyName === 'string'
    ) {
      const tag = isObject(value as Json) ? (value as SchemaObject)[discriminator.propertyName] : undefined
      const mapped = typeof tag === 'string' ? discriminator.mapping[tag] : undefined
      if (typeof mapped !== 'string') {
        return `${discriminator.propertyName} ${JSON.stringify(tag)} is not in the discriminator mapping of ${name}`
      }
      target = mapped
    }
    const validate = this.validator(target, { $ref: `${DOC_ID}${target}` })
    return validate(value) ? [] : [...(validate.errors ?? [])]
  }

  /**
   * Where Okta's own response examples of component `name` hold `null` although the schema does not say
   * `nullable` (e.g. LogEvent `actor.detailEntry`, AppUser `externalId`, Application
   * `accessibility.errorRedirectUrl`). The spec contradicts itself there and its examples show what an org
   * sends, so a null at exactly those places is accepted (JSON pointers, array indexes written `*`).
   * Everywhere else a null the schema does not allow is a failure.
   */
  documentedNulls(name: string): Set<string> {
    let found = this.nullsByComponent.get(name)
    if (found) return found
    found = new Set()
    for (const example of this.examplesOf(name)) {
      const errors = this.componentErrors(name, example)
      if (typeof errors === 'string') continue
      for (const error of errors) {
        const at = nullPath(example, error.instancePath)
        if (at !== undefined) found.add(at)
      }
    }
    this.nullsByComponent.set(name, found)
    return found
  }

  /** Every example value the spec gives for a response whose schema is component `name` (or a list of it). */
  private examplesOf(name: string): unknown[] {
    const values: unknown[] = []
    for (const item of Object.values(this.doc.paths)) {
      for (const operation of Object.values(item)) {
        for (let response of Object.values(operation?.responses ?? {})) {
          if (typeof response.$ref === 'string') {
            response =
              this.doc.components.responses[response.$ref.replace('#/components/responses/', '')] ?? {}
          }
          const content = isObject(response.content) ? response.content['application/json'] : undefined
          if (!isObject(content) || !isObject(content.schema)) continue
          const { component, array } = componentOf(content.schema)
          if (component !== name) continue
          const examples = isObject(content.examples) ? Object.values(content.examples) : []
          const raw = [...examples.map((example) => this.exampleValue(example)), content.example]
          for (const value of raw) {
            if (value === undefined) continue
            if (array && Array.isArray(value)) values.push(...value)
            else if (!array) values.push(value)
          }
        }
      }
    }
    return values
  }

  private exampleValue(example: Json): unknown {
    if (!isObject(example)) return undefined
    if (typeof example.$ref === 'string') {
      const name = example.$ref.replace('#/components/examples/', '')
      return this.exampleValue(this.doc.components.examples?.[name] ?? null)
    }
    return example.value
  }

  private validator(key: string, schema: SchemaObject): ValidateFunction {
    let validate = this.validators.get(key)
    if (!validate) {
      validate = this.ajv.compile(schema)
      this.validators.set(key, validate)
    }
    return validate
  }
}

/** Whether a schema is a component (`$ref`) or a list of one, and which. */
function componentOf(schema: SchemaObject): { component: string | undefined; array: boolean } {
  const array = schema.type === 'array'
  const ref = array ? (isObject(schema.items) ? schema.items.$ref : undefined) : schema.$ref
  const component =
    typeof ref === 'string' && ref.startsWith('#/components/schemas/')
      ? ref.slice('#/components/schemas/'.length)
      : undefined
  return { component, array }
}

/** The instance path with array indexes as `*`, if the value there is `null`; else `undefined`. */
function nullPath(root: unknown, instancePath: string): string | undefined {
  let value = root
  const segments = instancePath.split('/').slice(1)
  for (const segment of segments) {
    const key = segment.replace(/~1/g, '/').replace(/~0/g, '~')
    value = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined
  }
  if (value !== null) return undefined
  return segments.map((segment) => (/^\d+$/.test(segment) ? '/*' : `/${segment}`)).join('')
}

/** One ajv error as `<JSON pointer> <message> <params>`; `where` locates the value in the body. */
function formatError(error: ErrorObject, where: string): string {
  const at = `${where}${error.instancePath}` || '(body)'
  return ` ${at} ${error.message ?? error.keyword} ${JSON.stringify(error.params)}`
}

// ============================================================================
// The suite
// ============================================================================

/** Every scope the calls below need (NOTES.md, "Scopes per operation"). */
const SCOPES = [
  'okta.users.read',
  'okta.users.manage',
  'okta.groups.read',
  'okta.groups.manage',
  'okta.apps.read',
  'okta.apps.manage',
  'okta.logs.read',
  'okta.eventHooks.manage',
]

/** A JSON object of an answer, read field by field in assertions. */
interface Resource {
  id: string
  status?: string
  errorCode?: string
  profile?: Record<string, unknown>
  [member: string]: unknown
}

/** An answer as the tests see it: an object body as `body`, a list body as `list`. */
interface Answer {
  status: number
  body: Resource
  list: Resource[]
  headers: Headers
}

/** Splits a parsed body into the object and list views of {@link Answer}. */
function views(parsed: unknown): Pick<Answer, 'body' | 'list'> {
  const body = (
    typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? parsed : {}
  ) as Resource
  return { body, list: (Array.isArray(parsed) ? parsed : []) as Resource[] }
}

/** How to make one call: the spec's path template, its parameters, and what the answer must be. */
interface CallOptions {
  params?: Record<string, string>
  query?: string
  body?: unknown
  /** The exact status the sandbox must answer. */
  status: number
  /**
   * Set when the spec declares no JSON body for this answer (Okta's `deactivate`, `suspend`, ...): the
   * test then asserts that the spec really declares none, so the check cannot silently go vacuous.
   */
  noSchema?: true
}

describe.skipIf(!specPresent)('Okta sandbox responses conform to management.yaml', () => {
  let spec: OpenApiSpec
  let sandbox: OktaSandbox
  let app: ServiceAppKeys
  let client: ConnectedClient
  /** Validation problems of the current test, reported together at its end. */
  let problems: string[] = []

  beforeAll(async () => {
    spec = OpenApiSpec.load(SPEC_PATH)
    sandbox = await startOktaSandbox()
    app = await generateServiceApp()
  })

  afterAll(async () => {
    await sandbox?.stop()
  })

  /** Empties the org and connects afresh (a reset also forgets registered clients). */
  async function freshOrg(): Promise<void> {
    sandbox.reset()
    problems = []
    sandbox.auth.registerClient({
      client_id: app.clientId,
      jwks: { keys: [app.publicJwk] },
      scopes: SCOPES,
      dpop: true,
    })
    client = await connect(sandbox.url, app, SCOPES)
  }

  /**
   * Calls `method template` with its path parameters filled in, asserts the status, and validates the body
   * against the schema the spec declares for that status. Problems are collected for {@link conforms}.
   */
  async function call(
    operation: string,
    method: string,
    template: string,
    opts: CallOptions,
  ): Promise<Answer> {
    const pathname = template.replace(/\{(\w+)\}/g, (_, name: string) => {
      const value = opts.params?.[name]
      if (value === undefined) throw new Error(`${operation}: no value for {${name}}`)
      return encodeURIComponent(value)
    })
    const res = await client.request(method, opts.query ? `${pathname}?${opts.query}` : pathname, opts.body)
    const text = await res.text()
    const body: unknown = text === '' ? undefined : JSON.parse(text)
    expect(res.status, `${operation}: ${text}`).toBe(opts.status)
    const verdict = spec.check(operation, method, template, res.status, body)
    expect(
      verdict.statusDeclared,
      `${operation}: does the spec list ${res.status} for ${method} ${template}?`,
    ).toBe(true)
    if (res.status === 204) expect(text, `${operation}: a 204 has no body`).toBe('')
    expect(verdict.declared, `${operation}: does the spec declare a JSON body for ${res.status}?`).toBe(
      !opts.noSchema,
    )
    problems.push(...verdict.problems)
    return { status: res.status, ...views(body), headers: res.headers }
  }

  /** Asserts that every answer of the test conformed. */
  function conforms(): void {
    expect(problems).toEqual([])
  }

  it('has a validator that finds the spec in force (bodies that break it are rejected)', async () => {
    // Guards against a vacuous pass: refs that do not resolve, or nullable handled as "anything goes".
    const user = {
      id: '00u1',
      status: 'BOGUS',
      created: 'yesterday',
      activated: null,
      profile: { login: 'a@example.com', email: 'not-an-email', firstName: null },
      _links: { self: { href: 7 } },
    }
    expect(spec.check('bad user', 'GET', '/api/v1/users/{userId}', 200, user).problems).toEqual([
      'bad user → 200 /created must match format "date-time" {"format":"date-time"}',
      'bad user → 200 /profile/email must match format "email" {"format":"email"}',
      'bad user → 200 /status must be equal to one of the allowed values {"allowedValues":["ACTIVE","DEPROVISIONED","LOCKED_OUT","PASSWORD_EXPIRED","PROVISIONED","RECOVERY","STAGED","SUSPENDED"]}',
      'bad user → 200 /_links/self/href must be string {"type":"string"}',
    ])
    // Error bodies come through components/responses (ErrorAccessDenied403 → ModelError).
    const error = { errorCode: 'E0000006', errorSummary: 'x', errorCauses: 'none' }
    expect(
      spec.check('bad error', 'POST', '/api/v1/users/{userId}/lifecycle/activate', 403, error).problems,
    ).toEqual(['bad error → 403 /errorCauses must be array {"type":"array"}'])
    // Application's discriminator: a BOOKMARK app is held to BookmarkApplication, per item of a list.
    const bookmark = {
      id: '0oa1',
      name: 'intranet',
      label: 'Intranet',
      signOnMode: 'BOOKMARK',
      settings: { app: {} },
    }
    expect(
      spec.check('bad apps', 'GET', '/api/v1/apps', 200, [bookmark, { ...bookmark, signOnMode: 'FAX' }])
        .problems,
    ).toEqual([
      'bad apps → 200 /0/name must be equal to one of the allowed values {"allowedValues":["bookmark"]}',
      'bad apps → 200 /0/settings/app must have required property \'url\' {"missingProperty":"url"}',
      'bad apps → 200 /1: signOnMode "FAX" is not in the discriminator mapping of Application',
    ])
    // A null the schema does not allow is accepted only where Okta's own examples of that component show
    // one (see documentedNulls): AppUser `externalId` is such a place, `syncState` is not.
    expect(spec.documentedNulls('AppUser')).toEqual(new Set(['/externalId']))
    expect([...spec.documentedNulls('LogEvent')]).toEqual(
      expect.arrayContaining([
        '/actor/detailEntry',
        '/client/id',
        '/outcome/reason',
        '/target/*/detailEntry',
      ]),
    )
    expect(spec.documentedNulls('LogEvent').has('/legacyEventType')).toBe(false)
    const appUser = { id: '00u1', externalId: null, syncState: null }
    expect(
      spec.check('app user', 'GET', '/api/v1/apps/{appId}/users/{userId}', 200, appUser).problems,
    ).toEqual([
      'app user → 200 /syncState must be string {"type":"string"}',
      'app user → 200 /syncState must be equal to one of the allowed values {"allowedValues":["DISABLED","ERROR","OUT_OF_SYNC","SYNCHRONIZED","SYNCING"]}',
    ])
    // Okta's deactivate answers 200 without a declared body: nothing to validate, and the check says so.
    expect(spec.check('deactivate', 'POST', '/api/v1/users/{userId}/lifecycle/deactivate', 200, {})).toEqual({
      statusDeclared: true,
      declared: false,
      problems: [],
    })
  })

  it('answers the way the spec describes users: create, read, update, replace, list and search', async () => {
    await freshOrg()
    const profile = (n: number) => ({
      login: `user${n}@example.com`,
      email: `user${n}@example.com`,
      firstName: `First${n}`,
      lastName: `Last${n}`,
      department: 'Sales',
    })
    const staged = await call('create user (activate=false)', 'POST', '/api/v1/users', {
      query: 'activate=false',
      body: { profile: profile(1) },
      status: 200,
    })
    expect(staged.body.status).toBe('STAGED')
    const active = await call('create user (activate=true, password)', 'POST', '/api/v1/users', {
      query: 'activate=true',
      body: { profile: profile(2), credentials: { password: { value: 'Correct-Horse-9' } } },
      status: 200,
    })
    expect(active.body.status).toBe('ACTIVE')
    const userId = active.body.id

    await call('get user by id', 'GET', '/api/v1/users/{userId}', { params: { userId }, status: 200 })
    await call('get user by login', 'GET', '/api/v1/users/{userId}', {
      params: { userId: 'user2@example.com' },
      status: 200,
    })
    await call('partial update user', 'POST', '/api/v1/users/{userId}', {
      params: { userId },
      body: { profile: { title: 'Engineer', mobilePhone: null } },
      status: 200,
    })
    const replaced = await call('replace user', 'PUT', '/api/v1/users/{userId}', {
      params: { userId },
      body: { profile: { ...profile(2), department: 'Support' } },
      status: 200,
    })
    expect(replaced.body.profile?.department).toBe('Support')
    const reread = await call('get user after replace', 'GET', '/api/v1/users/{userId}', {
      params: { userId },
      status: 200,
    })
    expect(reread.body.profile?.title).toBeUndefined()

    const all = await call('list users', 'GET', '/api/v1/users', { status: 200 })
    expect(all.list.map((u) => u.id)).toEqual([staged.body.id, userId])
    const searched = await call('list users (search)', 'GET', '/api/v1/users', {
      query: `search=${encodeURIComponent('profile.department eq "Support"')}`,
      status: 200,
    })
    expect(searched.list.map((u) => u.id)).toEqual([userId])
    const filtered = await call('list users (filter)', 'GET', '/api/v1/users', {
      query: `filter=${encodeURIComponent('status eq "STAGED"')}`,
      status: 200,
    })
    expect(filtered.list.map((u) => u.id)).toEqual([staged.body.id])
    const q = await call('list users (q)', 'GET', '/api/v1/users', { query: 'q=First1', status: 200 })
    expect(q.list.map((u) => u.id)).toEqual([staged.body.id])
    conforms()
  })

  it('answers lifecycle operations with the bodies the spec declares', async () => {
    await freshOrg()
    const [locked] = sandbox.org.seed({
      users: [
        {
          profile: {
            login: 'locked@example.com',
            email: 'locked@example.com',
            firstName: 'Lo',
            lastName: 'Cked',
          },
          status: 'LOCKED_OUT',
        },
      ],
    }).users
    const newbie = await call('create user without password (activate=false)', 'POST', '/api/v1/users', {
      query: 'activate=false',
      body: {
        profile: { login: 'new@example.com', email: 'new@example.com', firstName: 'New', lastName: 'Bie' },
      },
      status: 200,
    })
    const newbieId = newbie.body.id
    const activation = await call(
      'activate (sendEmail=false)',
      'POST',
      '/api/v1/users/{userId}/lifecycle/activate',
      {
        params: { userId: newbieId },
        query: 'sendEmail=false',
        status: 200,
      },
    )
    expect(Object.keys(activation.body).sort()).toEqual(['activationToken', 'activationUrl'])
    await call('reactivate (sendEmail=false)', 'POST', '/api/v1/users/{userId}/lifecycle/reactivate', {
      params: { userId: newbieId },
      query: 'sendEmail=false',
      status: 200,
    })
    await call('reactivate (sendEmail=true)', 'POST', '/api/v1/users/{userId}/lifecycle/reactivate', {
      params: { userId: newbieId },
      query: 'sendEmail=true',
      status: 200,
    })
    const provisioned = await call('get provisioned user', 'GET', '/api/v1/users/{userId}', {
      params: { userId: newbieId },
      status: 200,
    })
    expect(provisioned.body.status).toBe('PROVISIONED')

    const worker = await call('create user with password (activate=true)', 'POST', '/api/v1/users', {
      body: {
        profile: {
          login: 'worker@example.com',
          email: 'worker@example.com',
          firstName: 'Wor',
          lastName: 'Ker',
        },
        credentials: { password: { value: 'Correct-Horse-9' } },
      },
      status: 200,
    })
    const userId = worker.body.id
    const lifecycle = (operation: string, query?: string) =>
      call(operation, 'POST', `/api/v1/users/{userId}/lifecycle/${operation}`, {
        params: { userId },
        ...(query ? { query } : {}),
        status: 200,
        // Okta documents these four as 200 with no body (`content: {}`).
        ...(['suspend', 'unsuspend', 'deactivate', 'unlock'].includes(operation)
          ? { noSchema: true as const }
          : {}),
      })
    const statusOf = async (id: string) =>
      (await call('get user', 'GET', '/api/v1/users/{userId}', { params: { userId: id }, status: 200 })).body
        .status

    await lifecycle('suspend')
    expect(await statusOf(userId)).toBe('SUSPENDED')
    await lifecycle('unsuspend')
    expect(await statusOf(userId)).toBe('ACTIVE')
    const expired = await lifecycle('expire_password')
    expect(expired.body.status).toBe('PASSWORD_EXPIRED')
    const reset = await lifecycle('reset_password', 'sendEmail=false')
    expect(Object.keys(reset.body)).toEqual(['resetPasswordUrl'])
    expect(await statusOf(userId)).toBe('RECOVERY')
    const temp = await lifecycle('expire_password_with_temp_password')
    expect(temp.body.status).toBe('PASSWORD_EXPIRED')
    await lifecycle('deactivate')
    expect(await statusOf(userId)).toBe('DEPROVISIONED')

    await call('unlock', 'POST', '/api/v1/users/{userId}/lifecycle/unlock', {
      params: { userId: locked!.id },
      status: 200,
      noSchema: true,
    })
    expect(await statusOf(locked!.id)).toBe('ACTIVE')
    await call('clear sessions', 'DELETE', '/api/v1/users/{userId}/sessions', {
      params: { userId: locked!.id },
      status: 204,
      noSchema: true,
    })
    await call('delete user (deactivates first)', 'DELETE', '/api/v1/users/{userId}', {
      params: { userId: locked!.id },
      status: 204,
      noSchema: true,
    })
    expect(await statusOf(locked!.id)).toBe('DEPROVISIONED')
    await call('delete deprovisioned user', 'DELETE', '/api/v1/users/{userId}', {
      params: { userId: locked!.id },
      status: 204,
      noSchema: true,
    })
    expect(sandbox.org.findUser(locked!.id)).toBeUndefined()
    conforms()
  })

  it('answers the way the spec describes groups and memberships', async () => {
    await freshOrg()
    const seeded = sandbox.org.seed({
      groups: [{ profile: { name: 'Sales', description: 'Sales team' } }, { profile: { name: 'Support' } }],
      users: [
        {
          profile: { login: 'a@example.com', email: 'a@example.com', firstName: 'A', lastName: 'A' },
          groups: ['Sales'],
        },
        { profile: { login: 'b@example.com', email: 'b@example.com', firstName: 'B', lastName: 'B' } },
      ],
    })
    const [sales, support] = seeded.groups
    const [alice, bob] = seeded.users
    const groups = await call('list groups', 'GET', '/api/v1/groups', { status: 200 })
    expect(groups.list.map((g) => g.profile?.name)).toEqual(['Everyone', 'Sales', 'Support'])
    await call('list groups (q)', 'GET', '/api/v1/groups', { query: 'q=Sa', status: 200 })
    await call('list groups (search)', 'GET', '/api/v1/groups', {
      query: `search=${encodeURIComponent('type eq "OKTA_GROUP"')}`,
      status: 200,
    })
    await call('get group', 'GET', '/api/v1/groups/{groupId}', {
      params: { groupId: sales!.id },
      status: 200,
    })
    await call('get built-in group', 'GET', '/api/v1/groups/{groupId}', {
      params: { groupId: sandbox.org.everyone.id },
      status: 200,
    })
    await call('add group member', 'PUT', '/api/v1/groups/{groupId}/users/{userId}', {
      params: { groupId: support!.id, userId: bob!.id },
      status: 204,
      noSchema: true,
    })
    const members = await call('list group users', 'GET', '/api/v1/groups/{groupId}/users', {
      params: { groupId: support!.id },
      status: 200,
    })
    expect(members.list.map((u) => u.id)).toEqual([bob!.id])
    const mine = await call('list user groups', 'GET', '/api/v1/users/{userId}/groups', {
      params: { userId: alice!.id },
      status: 200,
    })
    expect(mine.list.map((g) => g.id)).toEqual([sandbox.org.everyone.id, sales!.id])
    await call('remove group member', 'DELETE', '/api/v1/groups/{groupId}/users/{userId}', {
      params: { groupId: support!.id, userId: bob!.id },
      status: 204,
      noSchema: true,
    })
    expect(sandbox.org.isMember(support!.id, bob!.id)).toBe(false)
    conforms()
  })

  it('answers the way the spec describes apps, assignments and app links', async () => {
    await freshOrg()
    // Names as Okta gives them: every bookmark app is `bookmark`; an OIN SAML app has its catalog key.
    const seeded = sandbox.org.seed({
      apps: [
        { name: 'bookmark', label: 'Intranet', signOnMode: 'BOOKMARK' },
        { name: 'servicenow_ud', label: 'ServiceNow', signOnMode: 'SAML_2_0' },
      ],
      users: [{ profile: { login: 'a@example.com', email: 'a@example.com', firstName: 'A', lastName: 'A' } }],
    })
    const [intranet, servicenow] = seeded.apps
    const userId = seeded.users[0]!.id
    const apps = await call('list apps', 'GET', '/api/v1/apps', { status: 200 })
    expect(apps.list.map((a) => a.id)).toEqual([intranet!.id, servicenow!.id])
    await call('list apps (filter)', 'GET', '/api/v1/apps', {
      query: `filter=${encodeURIComponent('status eq "ACTIVE"')}`,
      status: 200,
    })
    // `id` is one of the filterable properties management.yaml lists (a plan reads its apps in one call).
    const byId = await call('list apps (filter by id)', 'GET', '/api/v1/apps', {
      query: `filter=${encodeURIComponent(`id eq "${servicenow!.id}" or id eq "0oanosuchapp00000000"`)}`,
      status: 200,
    })
    expect(byId.list.map((a) => a.id)).toEqual([servicenow!.id])
    for (const { id } of [intranet!, servicenow!]) {
      await call(`get app ${id}`, 'GET', '/api/v1/apps/{appId}', { params: { appId: id }, status: 200 })
    }
    for (const { id } of [intranet!, servicenow!]) {
      await call(`assign user to app ${id}`, 'POST', '/api/v1/apps/{appId}/users', {
        params: { appId: id },
        body: { id: userId, scope: 'USER', profile: { role: 'itil' } },
        status: 200,
      })
    }
    const appUser = await call('get app user', 'GET', '/api/v1/apps/{appId}/users/{userId}', {
      params: { appId: servicenow!.id, userId },
      status: 200,
    })
    expect(appUser.body.profile).toEqual({ role: 'itil' })
    const appUsers = await call('list app users', 'GET', '/api/v1/apps/{appId}/users', {
      params: { appId: servicenow!.id },
      status: 200,
    })
    expect(appUsers.list.map((u) => u.id)).toEqual([userId])
    const links = await call('list user app links', 'GET', '/api/v1/users/{userId}/appLinks', {
      params: { userId },
      status: 200,
    })
    expect(links.list.map((l) => l.appInstanceId)).toEqual([intranet!.id, servicenow!.id])
    await call('unassign user from app', 'DELETE', '/api/v1/apps/{appId}/users/{userId}', {
      params: { appId: intranet!.id, userId },
      status: 204,
      noSchema: true,
    })
    await call('get unassigned app user', 'GET', '/api/v1/apps/{appId}/users/{userId}', {
      params: { appId: intranet!.id, userId },
      status: 404,
    })
    conforms()
  })

  it('answers the way the spec describes event hooks', async () => {
    await freshOrg()
    // A receiver that answers Okta's one-time verification challenge.
    const receiver = createServer((req, res) => {
      const challenge = req.headers['x-okta-verification-challenge']
      res.writeHead(200, { 'content-type': 'application/json' })
      res.end(typeof challenge === 'string' ? JSON.stringify({ verification: challenge }) : '{}')
    })
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve))
    try {
      const { port } = receiver.address() as AddressInfo
      const hookBody = (name: string) => ({
        name,
        events: { type: 'EVENT_TYPE', items: ['user.lifecycle.create', 'user.lifecycle.deactivate'] },
        channel: {
          type: 'HTTP',
          version: '1.0.0',
          config: {
            uri: `http://127.0.0.1:${port}/okta/events`,
            headers: [{ key: 'X-Source', value: 'okta' }],
            authScheme: { type: 'HEADER', key: 'Authorization', value: 'secret-value' },
          },
        },
      })
      const created = await call('create event hook', 'POST', '/api/v1/eventHooks', {
        body: hookBody('JML events'),
        status: 200,
      })
      const eventHookId = created.body.id
      expect(JSON.stringify(created.body)).not.toContain('secret-value')
      await call('get event hook', 'GET', '/api/v1/eventHooks/{eventHookId}', {
        params: { eventHookId },
        status: 200,
      })
      const listed = await call('list event hooks', 'GET', '/api/v1/eventHooks', { status: 200 })
      expect(listed.list.map((h) => h.id)).toEqual([eventHookId])
      const verified = await call(
        'verify event hook',
        'POST',
        '/api/v1/eventHooks/{eventHookId}/lifecycle/verify',
        {
          params: { eventHookId },
          status: 200,
        },
      )
      expect(verified.body.verificationStatus).toBe('VERIFIED')
      await call('replace event hook', 'PUT', '/api/v1/eventHooks/{eventHookId}', {
        params: { eventHookId },
        body: hookBody('JML events (renamed)'),
        status: 200,
      })
      const inactive = await call(
        'deactivate event hook',
        'POST',
        '/api/v1/eventHooks/{eventHookId}/lifecycle/deactivate',
        {
          params: { eventHookId },
          status: 200,
        },
      )
      expect(inactive.body.status).toBe('INACTIVE')
      const active = await call(
        'activate event hook',
        'POST',
        '/api/v1/eventHooks/{eventHookId}/lifecycle/activate',
        {
          params: { eventHookId },
          status: 200,
        },
      )
      expect(active.body.status).toBe('ACTIVE')
      await call(
        'deactivate event hook again',
        'POST',
        '/api/v1/eventHooks/{eventHookId}/lifecycle/deactivate',
        {
          params: { eventHookId },
          status: 200,
        },
      )
      await call('delete event hook', 'DELETE', '/api/v1/eventHooks/{eventHookId}', {
        params: { eventHookId },
        status: 204,
        noSchema: true,
      })
      await call('get deleted event hook', 'GET', '/api/v1/eventHooks/{eventHookId}', {
        params: { eventHookId },
        status: 404,
      })
    } finally {
      await new Promise<void>((resolve) => receiver.close(() => resolve()))
    }
    conforms()
  })

  it('answers System Log queries with events the spec describes', async () => {
    await freshOrg()
    const { groups, apps } = sandbox.org.seed({
      groups: [{ profile: { name: 'Sales' } }],
      apps: [{ name: 'bookmark', label: 'Intranet', signOnMode: 'BOOKMARK' }],
    })
    const created = await call('create user', 'POST', '/api/v1/users', {
      body: {
        profile: { login: 'log@example.com', email: 'log@example.com', firstName: 'Lo', lastName: 'G' },
        groupIds: [groups[0]!.id],
      },
      status: 200,
    })
    const userId = created.body.id
    await call('assign user to app', 'POST', '/api/v1/apps/{appId}/users', {
      params: { appId: apps[0]!.id },
      body: { id: userId },
      status: 200,
    })
    await call('partial update user', 'POST', '/api/v1/users/{userId}', {
      params: { userId },
      body: { profile: { title: 'Lead' } },
      status: 200,
    })
    await call('deactivate', 'POST', '/api/v1/users/{userId}/lifecycle/deactivate', {
      params: { userId },
      status: 200,
      noSchema: true,
    })
    const logs = await call('list logs', 'GET', '/api/v1/logs', { status: 200 })
    expect(logs.list.map((e) => e.eventType)).toEqual([
      'user.lifecycle.create',
      'group.user_membership.add',
      'user.lifecycle.activate',
      'application.user_membership.add',
      'user.account.update_profile',
      'application.user_membership.remove',
      'user.lifecycle.deactivate',
    ])
    const filtered = await call('list logs (filter, descending)', 'GET', '/api/v1/logs', {
      query: `filter=${encodeURIComponent(`target.id eq "${userId}"`)}&sortOrder=DESCENDING&limit=2`,
      status: 200,
    })
    expect(filtered.list.map((e) => e.eventType)).toEqual([
      'user.lifecycle.deactivate',
      'application.user_membership.remove',
    ])
    conforms()
  })

  it('answers errors with the error bodies the spec declares: 404, 400, 403 and 429', async () => {
    await freshOrg()
    const profile = { login: 'dup@example.com', email: 'dup@example.com', firstName: 'Du', lastName: 'P' }
    const first = await call('create user', 'POST', '/api/v1/users', { body: { profile }, status: 200 })
    const userId = first.body.id

    const missing = await call('get unknown user', 'GET', '/api/v1/users/{userId}', {
      params: { userId: '00unobodyhere0000000' },
      status: 404,
    })
    expect(missing.body.errorCode).toBe('E0000007')
    for (const [operation, template, params] of [
      ['get unknown group', '/api/v1/groups/{groupId}', { groupId: '00gnothere000000000' }],
      ['get unknown app', '/api/v1/apps/{appId}', { appId: '0oanothere000000000' }],
      ['get unknown event hook', '/api/v1/eventHooks/{eventHookId}', { eventHookId: 'whonothere000000000' }],
      ['list groups of unknown user', '/api/v1/users/{userId}/groups', { userId: '00unobodyhere0000000' }],
    ] as const) {
      const answer = await call(operation, 'GET', template, { params, status: 404 })
      expect(answer.body.errorCode, operation).toBe('E0000007')
    }

    const duplicate = await call('create user with a taken login', 'POST', '/api/v1/users', {
      body: { profile },
      status: 400,
    })
    expect(duplicate.body.errorCode).toBe('E0000001')
    expect(duplicate.body.errorCauses).toEqual([
      { errorSummary: 'login: An object with this field already exists in the current organization' },
    ])
    const notSuspended = await call(
      'unsuspend a user that is not suspended',
      'POST',
      '/api/v1/users/{userId}/lifecycle/unsuspend',
      {
        params: { userId },
        status: 400,
      },
    )
    expect(notSuspended.body.errorCode).toBe('E0000001')
    const badHook = await call('create an event hook without events', 'POST', '/api/v1/eventHooks', {
      body: {
        name: 'x',
        channel: { type: 'HTTP', version: '1.0.0', config: { uri: 'https://example.com' } },
      },
      status: 400,
    })
    expect(badHook.body.errorCode).toBe('E0000001')

    const again = await call('activate an active user', 'POST', '/api/v1/users/{userId}/lifecycle/activate', {
      params: { userId },
      status: 403,
    })
    expect(again.body.errorCode).toBe('E0000016')
    await call('deactivate', 'POST', '/api/v1/users/{userId}/lifecycle/deactivate', {
      params: { userId },
      status: 200,
      noSchema: true,
    })
    const twice = await call(
      'deactivate a deprovisioned user',
      'POST',
      '/api/v1/users/{userId}/lifecycle/deactivate',
      {
        params: { userId },
        status: 403,
      },
    )
    expect(twice.body.errorCode).toBe('E0000038')
    const update = await call('update a deprovisioned user', 'POST', '/api/v1/users/{userId}', {
      params: { userId },
      body: { profile: { title: 'Gone' } },
      status: 403,
    })
    expect(update.body.errorCode).toBe('E0000038')
    const [app] = sandbox.org.seed({
      apps: [{ name: 'bookmark', label: 'Intranet', signOnMode: 'BOOKMARK' }],
    }).apps
    const assign = await call('assign a deprovisioned user to an app', 'POST', '/api/v1/apps/{appId}/users', {
      params: { appId: app!.id },
      body: { id: userId },
      status: 403,
    })
    expect(assign.body.errorCode).toBe('E0000038')

    // One request a minute for the list-users family: the first call passes, a later one is refused. A
    // window boundary can fall between two calls, so keep calling (a few times at most) until refused.
    sandbox.configure({
      rateLimits: [{ pathPrefix: '/api/v1/users', method: 'GET', limit: 1, windowSeconds: 60 }],
    })
    let limited: Answer | undefined
    for (let attempt = 0; attempt < 4 && !limited; attempt++) {
      const res = await client.request('GET', '/api/v1/users')
      if (res.status === 429) {
        const body: unknown = await res.json()
        const verdict = spec.check('list users over the rate limit', 'GET', '/api/v1/users', 429, body)
        expect(verdict.declared).toBe(true)
        problems.push(...verdict.problems)
        limited = { status: res.status, ...views(body), headers: res.headers }
      } else {
        expect(res.status).toBe(200)
        await res.arrayBuffer()
      }
    }
    expect(limited?.body.errorCode).toBe('E0000047')
    expect(limited?.headers.get('x-rate-limit-remaining')).toBe('0')
    sandbox.configure({ rateLimits: [] })
    const violations = await call('list rate-limit violations', 'GET', '/api/v1/logs', {
      query: `filter=${encodeURIComponent('eventType eq "system.operation.rate_limit.violation"')}`,
      status: 200,
    })
    expect(violations.list.length).toBeGreaterThanOrEqual(1)
    conforms()
  })
})
