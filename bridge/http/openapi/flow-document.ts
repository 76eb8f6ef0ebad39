/**
 * The flows' part of the OpenAPI document: each flow's invoke operation, its input, output and invocation
 * result schemas, and the security schemes a flow is invoked with (client token, bearer JWT, OAuth client
 * credentials with one scope per flow).
 */
import {
  DryRunResult,
  FLOW_NAMES,
  FLOWS,
  type FlowName,
  InvocationResult,
  Problem,
} from '../../../shared/index.js'
import { AUDIT_PERMISSION, RECONCILE_PERMISSION } from '../../callers/permissions.js'
import { FLOW_ERROR_CODES } from '../../errors.js'
import { scopeForFlow } from '../auth.js'
import { PROBLEM_TYPE_PREFIX } from '../problem.js'
import { type JsonSchema, jsonSchema, type OpenApiOptions, pascal, problems } from './common.js'

/** The problem responses of the invoke operation, with the codes each status can carry. */
function problemResponses(): Record<string, unknown> {
  return problems([
    'invalid-input',
    'malformed-request',
    'malformed-json',
    'unsupported-media-type',
    'body-too-large',
    'unknown-flow',
    'unauthenticated',
    'forbidden-flow',
    'auth-unavailable',
    'idempotency-key-reused',
    'header-too-large',
    'shutting-down',
    'internal',
    ...FLOW_ERROR_CODES,
  ])
}

/** The path item of one flow's invoke endpoint. */
export function invokePath(flow: FlowName): Record<string, unknown> {
  const name = pascal(flow)
  return {
    post: {
      operationId: `invoke${name}`,
      summary: FLOWS[flow].summary,
      description: `Invokes the ${flow} flow. With \`dryRun=true\` the bridge answers the plan and its \`planHash\` and changes nothing; a later invocation carrying \`expectedPlanHash\` is applied only if the plan is still the same.`,
      tags: ['flows'],
      parameters: [
        {
          name: 'dryRun',
          in: 'query',
          required: false,
          description: 'Answer the plan instead of applying it.',
          schema: { type: 'boolean', default: false },
        },
        {
          name: 'Idempotency-Key',
          in: 'header',
          required: false,
          description:
            'Names the execution (default: `{ticket.number}:{flow}`). A retry with the same key and body gets the same execution (`Idempotent-Replayed: true`); the same key with another body is a 422. Ignored by dry runs.',
          schema: { type: 'string', minLength: 1, maxLength: 255, pattern: '^[\\x20-\\x7E]+$' },
        },
        {
          name: 'Prefer',
          in: 'header',
          required: false,
          description:
            '`respond-async`: answer 202 with the status URL at once instead of waiting up to the synchronous deadline.',
          schema: { type: 'string' },
        },
      ],
      requestBody: {
        required: true,
        content: { 'application/json': { schema: { $ref: `#/components/schemas/${name}Input` } } },
      },
      responses: {
        '200': {
          description: 'The flow ran (`status: succeeded`) or, for a dry run, the plan.',
          headers: { 'x-request-id': { schema: { type: 'string' }, description: 'The bridge request id.' } },
          content: {
            'application/json': {
              schema: {
                oneOf: [
                  { $ref: `#/components/schemas/${name}InvocationResult` },
                  { $ref: '#/components/schemas/DryRunResult' },
                ],
              },
            },
          },
        },
        '202': {
          description:
            'Still running (asked with `Prefer: respond-async`, or past the synchronous deadline): poll `statusUrl` (also in `Location`).',
          headers: {
            Location: { schema: { type: 'string' }, description: 'The execution status URL.' },
          },
          content: {
            'application/json': {
              schema: {
                type: 'object',
                properties: { executionId: { type: 'string' }, statusUrl: { type: 'string' } },
                required: ['executionId', 'statusUrl'],
                additionalProperties: false,
              },
            },
          },
        },
        ...problemResponses(),
      },
      security: [
        { clientTokenHeader: [] },
        { clientTokenQuery: [] },
        { bearerJwt: [scopeForFlow(flow)] },
        { oauth2: [scopeForFlow(flow)] },
      ],
    },
  }
}

/** The schemas of the flows given, plus the envelope schemas. */
export function flowSchemas(flows: readonly FlowName[]): Record<string, JsonSchema> {
  const out: Record<string, JsonSchema> = {
    DryRunResult: jsonSchema(DryRunResult, 'output'),
    Problem: {
      ...jsonSchema(Problem, 'output'),
      description: `An RFC 9457 problem document. \`type\` is \`${PROBLEM_TYPE_PREFIX}<code>\`; \`code\` is stable.`,
    },
  }
  const envelope = jsonSchema(InvocationResult, 'output')
  for (const flow of flows) {
    const name = pascal(flow)
    out[`${name}Input`] = jsonSchema(FLOWS[flow].input, 'input')
    out[`${name}Output`] = jsonSchema(FLOWS[flow].output, 'output')
    const properties = envelope.properties as Record<string, unknown>
    out[`${name}InvocationResult`] = {
      ...envelope,
      properties: {
        ...properties,
        flow: { type: 'string', const: flow },
        output: { $ref: `#/components/schemas/${name}Output` },
      },
    }
  }
  return out
}

/** The security schemes of flow invocations (a one-flow document names only its own scope). */
export function flowSecuritySchemes(
  flows: readonly FlowName[],
  options: OpenApiOptions,
): Record<string, unknown> {
  const scopes: Record<string, string> = Object.fromEntries(
    flows.map((flow) => [scopeForFlow(flow), `Invoke the ${flow} flow.`]),
  )
  // The full document also has the audit and reconciliation; a one-flow document only its flow.
  if (flows.length === FLOW_NAMES.length) {
    scopes[scopeForFlow(AUDIT_PERMISSION)] = 'Read the audit (GET /api/audit…).'
    scopes[scopeForFlow(RECONCILE_PERMISSION)] = 'Run reconciliation (POST /api/reconcile).'
  }
  return {
    clientTokenHeader: {
      type: 'apiKey',
      in: 'header',
      name: 'x-api-client-token',
      description: 'A client token, as Okta Workflows API endpoints accept it.',
    },
    clientTokenQuery: {
      type: 'apiKey',
      in: 'query',
      name: 'clientToken',
      description: 'The client token as a query parameter (URLs get logged by proxies: prefer the header).',
    },
    bearerJwt: {
      type: 'http',
      scheme: 'bearer',
      bearerFormat: 'JWT',
      description: `An OAuth 2.0 access token (JWT) from the configured issuer, with the scope jml.<flow>: ${Object.keys(scopes).join(', ')}.`,
    },
    oauth2: {
      type: 'oauth2',
      description: 'Client credentials at the configured issuer; request the scope of each flow to invoke.',
      flows: {
        clientCredentials: {
          tokenUrl: options.oauthTokenUrl ?? 'https://issuer.example.com/oauth2/default/v1/token',
          scopes,
        },
      },
    },
  }
}
