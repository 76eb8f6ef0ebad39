/**
 * The component schemas and security schemes of the routes besides the flow invocations: executions, the
 * audit's answers, reconciliation, Okta event hook deliveries and readiness; `/metrics`' bearer token and the
 * event hook's secret header.
 */
import {
  BatchAccepted,
  BatchRequest,
  BatchStatus,
  Change,
  FLOW_NAMES,
  ReconcileBody,
  Ticket,
} from '../../../shared/index.js'
import { EventHookDelivery } from '../event-hooks.js'
import { type JsonSchema, jsonSchema, type OpenApiOptions } from './common.js'

/** The component schemas of everything that is not a flow invocation. */
export function operationalSchemas(): Record<string, JsonSchema> {
  const change = jsonSchema(Change, 'output')
  return {
    Execution: {
      type: 'object',
      description: 'A durable execution: one per idempotency key.',
      properties: {
        executionId: { type: 'string' },
        flow: { type: 'string', enum: [...FLOW_NAMES] },
        status: { type: 'string', enum: ['running', 'succeeded', 'failed'] },
        ticket: jsonSchema(Ticket, 'output'),
        caller: { type: 'object', properties: { kind: { type: 'string' }, id: { type: 'string' } } },
        attempts: { type: 'integer' },
        planHash: { type: ['string', 'null'] },
        output: { description: 'The flow’s output once it succeeded.' },
        error: {
          description: 'The problem it failed with.',
          oneOf: [{ type: 'null' }, { type: 'object' }],
        },
        changes: { type: 'array', items: change },
        steps: { type: 'array', items: { type: 'object' } },
        createdAt: { type: 'string', format: 'date-time' },
        updatedAt: { type: 'string', format: 'date-time' },
        finishedAt: { type: ['string', 'null'], format: 'date-time' },
      },
      required: ['executionId', 'flow', 'status', 'ticket', 'changes', 'createdAt'],
    },
    BatchRequest: jsonSchema(BatchRequest, 'input'),
    BatchAccepted: jsonSchema(BatchAccepted, 'output'),
    BatchStatus: jsonSchema(BatchStatus, 'output'),
    AuditAnswer: {
      type: 'object',
      properties: {
        ticket: { type: 'string' },
        oktaUserId: { type: 'string' },
        executions: {
          type: 'array',
          items: {
            type: 'object',
            properties: {
              executionId: { type: 'string' },
              flow: { type: 'string' },
              status: { type: 'string' },
              ticketNumber: { type: 'string' },
              ticketSysId: { type: ['string', 'null'] },
              requestedBy: { type: 'string' },
              approvedBy: { type: ['string', 'null'] },
              caller: { type: 'string' },
              changes: {
                type: 'array',
                items: {
                  type: 'object',
                  properties: {
                    seq: { type: 'integer', description: 'The entry’s position in the hash chain.' },
                    operation: { type: 'string' },
                    target: { type: 'object' },
                    oktaRequestId: { type: ['string', 'null'] },
                    outcome: { type: 'string' },
                    at: { type: 'string', format: 'date-time' },
                    oktaLogEvent: { description: 'With withOktaLog=true: Okta’s record, null when none.' },
                  },
                },
              },
            },
          },
        },
      },
      required: ['executions'],
    },
    AuditVerification: {
      type: 'object',
      description: 'Whether the chain is whole; when not, the first broken entry and why.',
      properties: {
        ok: { type: 'boolean' },
        entries: { type: 'integer' },
        brokenAt: { type: 'integer' },
        reason: { type: 'string' },
      },
      required: ['ok'],
    },
    OrphanReport: {
      type: 'object',
      properties: {
        since: { type: 'string', format: 'date-time' },
        until: { type: 'string', format: 'date-time' },
        clientId: { type: 'string' },
        checked: { type: 'integer' },
        orphans: { type: 'array', items: { type: 'object', description: 'An Okta System Log event.' } },
      },
      required: ['since', 'until', 'clientId', 'checked', 'orphans'],
    },
    ReconcileRequest: jsonSchema(ReconcileBody, 'input'),
    DriftReport: {
      type: 'object',
      properties: {
        runId: { type: 'string' },
        mode: { type: 'string' },
        at: { type: 'string', format: 'date-time' },
        drift: { type: 'array', items: { type: 'object' } },
        counts: { type: 'object', additionalProperties: { type: 'integer' } },
        checked: { type: 'object' },
      },
      required: ['runId', 'mode', 'at', 'drift', 'counts'],
    },
    EventHookDelivery: jsonSchema(EventHookDelivery, 'input'),
    Readiness: {
      type: 'object',
      properties: {
        status: { type: 'string', enum: ['ready'] },
        failing: { type: 'array', items: { type: 'string' } },
        checks: {
          type: 'object',
          additionalProperties: {
            type: 'object',
            properties: { ok: { type: 'boolean' }, detail: { type: 'string' } },
          },
        },
      },
      required: ['status', 'checks'],
    },
  }
}

/** The security schemes of `/metrics` and the Okta event hook. */
export function operationalSecuritySchemes(options: OpenApiOptions): Record<string, unknown> {
  return {
    metricsBearer: {
      type: 'http',
      scheme: 'bearer',
      description:
        '`METRICS_TOKEN`, distinct from every client token (not required on `METRICS_PORT` without it).',
    },
    oktaEventHookSecret: {
      type: 'apiKey',
      in: 'header',
      name: options.eventHookHeader ?? 'Authorization',
      description:
        '`OKTA_EVENT_HOOK_SECRET`, in the header the hook’s authScheme names (`OKTA_EVENT_HOOK_HEADER`).',
    },
  }
}
