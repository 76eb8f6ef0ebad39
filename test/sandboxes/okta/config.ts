/**
 * The sandbox's run-time configuration (`PUT /__sandbox/config`): latency, rate limits, concurrency,
 * faults, token lifetimes and event-hook timing. Validated loudly: a bad value is a 400 naming it.
 */
import { z } from 'zod'
import { validationFailed } from './errors.js'
import { DEFAULT_CONCURRENCY_LIMIT, DEFAULT_RATE_LIMITS, type RateLimitRule } from './rate-limits.js'

const faultKind = z.union([z.number().int().min(400).max(599), z.literal('timeout'), z.literal('reset')])

/** The accepted shape of a configuration change; every member is optional and replaces the current one. */
export const ConfigPatch = z
  .object({
    latencyMs: z.number().int().min(0).max(60_000),
    jitterMs: z.number().int().min(0).max(60_000),
    rateLimits: z.array(
      z
        .object({
          pathPrefix: z.string().startsWith('/'),
          method: z.string().default('*'),
          limit: z.number().int().min(0),
          windowSeconds: z.number().int().min(1).max(3600).default(60),
        })
        .strict(),
    ),
    concurrencyLimit: z.number().int().min(1),
    faults: z
      .object({
        rate: z.number().min(0).max(1).optional(),
        next: z.number().int().min(0).optional(),
        statuses: z.array(faultKind).min(1),
        pathPrefix: z.string().startsWith('/').optional(),
        method: z.string().optional(),
        phase: z.enum(['before', 'after']).optional(),
        timeoutMs: z.number().int().min(1).max(600_000).optional(),
      })
      .strict()
      .nullable(),
    tokenTtlSeconds: z.number().int().min(1).max(86_400),
    dpopNonceTtlSeconds: z.number().int().min(1).max(86_400),
    eventHooks: z
      .object({
        batchMs: z.number().int().min(0).max(60_000).optional(),
        maxBatch: z.number().int().min(1).max(1000).optional(),
        timeoutMs: z.number().int().min(1).max(60_000).optional(),
        retryDelayMs: z.number().int().min(0).max(60_000).optional(),
      })
      .strict(),
  })
  .partial()
  .strict()

/** A validated configuration change. */
export type ConfigPatch = z.infer<typeof ConfigPatch>

/** The whole configuration in force. */
export interface SandboxConfig {
  latencyMs: number
  jitterMs: number
  rateLimits: RateLimitRule[]
  concurrencyLimit: number
  faults: NonNullable<ConfigPatch['faults']> | null
  tokenTtlSeconds: number
  dpopNonceTtlSeconds: number
  eventHooks: { batchMs: number; maxBatch: number; timeoutMs: number; retryDelayMs: number }
}

/** A new org's configuration: no latency, Okta-like limits, no faults, one-hour tokens. */
export function defaultConfig(): SandboxConfig {
  return {
    latencyMs: 0,
    jitterMs: 0,
    rateLimits: DEFAULT_RATE_LIMITS.map((rule) => ({ ...rule })),
    concurrencyLimit: DEFAULT_CONCURRENCY_LIMIT,
    faults: null,
    tokenTtlSeconds: 3600,
    dpopNonceTtlSeconds: 300,
    eventHooks: { batchMs: 50, maxBatch: 50, timeoutMs: 3000, retryDelayMs: 500 },
  }
}

/** Validates a configuration change, or throws a 400 listing every problem. */
export function parseConfigPatch(input: unknown): ConfigPatch {
  const result = ConfigPatch.safeParse(input)
  if (!result.success) {
    throw validationFailed(
      'config',
      ...result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`),
    )
  }
  return result.data
}
