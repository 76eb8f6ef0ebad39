/**
 * The {@link OktaPortFactory} of one org and service app: a port per scope set, each on its own thin Management
 * API client (`management-client.ts`, holding that scope set's credentials), all sharing one
 * {@link OktaRequestExecutor}.
 */
import type { Clock } from '../../clock.js'
import type { OktaPort, OktaPortFactory } from '../../ports/okta.js'
import type { OktaBudget } from '../../ports/okta-budget.js'
import { OktaManagementClient } from './management-client.js'
import { SdkOktaPort } from './okta-port.js'
import { type OktaCallEvent, OktaRequestExecutor } from './request-executor.js'
import { normaliseOrgUrl, type OktaTokenSource } from './token-source.js'

/** What {@link createOktaPortFactory} needs. */
export interface OktaPortFactoryOptions {
  /** The org URL; must be the token source's org. */
  orgUrl: string
  /** Where access tokens come from (one source per service app). */
  tokenSource: OktaTokenSource
  /** Per-attempt timeout of Management API calls (default 15 000 ms). Ignored when `executor` is given. */
  requestTimeoutMs?: number
  /** Longest wait for a rate-limit window before failing as `rate-limited` (default 30 000 ms). Ignored when `executor` is given. */
  maxWaitMs?: number
  /** Called after each exchange with Okta, for metrics. Ignored when `executor` is given. */
  onCall?: (event: OktaCallEvent) => void
  /**
   * The clock pacing decisions and waits go by (tests: one shared with the Okta sandbox), and the metadata cache's
   * ages. With `executor` given, only the cache's.
   */
  clock?: Clock
  /** The org's rate-limit budget shared by replicas (default: the executor's own). Ignored when `executor` is given. */
  budget?: OktaBudget
  /** The fraction of each limit the bridge may use (default 1). Ignored when `executor` is given. */
  rateLimitShare?: number
  /** Okta's concurrent-request limit of the org (default 75). Ignored when `executor` is given. */
  concurrencyLimit?: number
  /** Told how long each request waited for budget (metrics). Ignored when `executor` is given. */
  onBudgetWait?: (family: string, waitedMs: number) => void
  /** A ready executor (e.g. with other retry settings or a test `fetch`); by default one is made from the options above. */
  executor?: OktaRequestExecutor
  /** `User-Agent` of Management API calls; Okta's System Log shows it as the event's client. */
  userAgent?: string
  /**
   * How long a port answers a group's or app's name and type from its metadata cache (default 60 000 ms; 0:
   * never), and how many it keeps (default 1 000 of each). See `metadata-cache.ts`.
   */
  metadataTtlMs?: number
  /** See {@link OktaPortFactoryOptions.metadataTtlMs}. */
  metadataMaxEntries?: number
}

/** The factory, plus the executor whose counters the composition root can export as metrics. */
export type OktaAdapterFactory = OktaPortFactory & { readonly executor: OktaRequestExecutor }

/**
 * Creates the {@link OktaPortFactory} of one org and service app. Ports are cached per scope set (a client is
 * cheap, but flows ask for their port on every invocation); all of them share one executor, so pacing sees
 * every call the bridge makes to the org.
 * @throws {TypeError} when the org URL is not an org URL or is not the token source's org.
 */
export function createOktaPortFactory(options: OktaPortFactoryOptions): OktaAdapterFactory {
  const orgUrl = normaliseOrgUrl(options.orgUrl)
  const { tokenSource } = options
  if (tokenSource.orgUrl !== orgUrl) {
    throw new TypeError(`The token source is for ${tokenSource.orgUrl}, not ${orgUrl}`)
  }
  const executor =
    options.executor ??
    new OktaRequestExecutor({
      ...(options.requestTimeoutMs !== undefined ? { requestTimeoutMs: options.requestTimeoutMs } : {}),
      ...(options.maxWaitMs !== undefined ? { maxWaitMs: options.maxWaitMs } : {}),
      ...(options.onCall !== undefined ? { onCall: options.onCall } : {}),
      ...(options.clock !== undefined ? { clock: options.clock } : {}),
      ...(options.budget !== undefined ? { budget: options.budget } : {}),
      ...(options.rateLimitShare !== undefined ? { rateLimitShare: options.rateLimitShare } : {}),
      ...(options.concurrencyLimit !== undefined ? { concurrencyLimit: options.concurrencyLimit } : {}),
      ...(options.onBudgetWait !== undefined ? { onBudgetWait: options.onBudgetWait } : {}),
    })
  const userAgent = options.userAgent ?? 'okta-jml-bridge (@okta/okta-sdk-nodejs)'
  const clock = options.clock
  const metadata = {
    ...(options.metadataTtlMs !== undefined ? { ttlMs: options.metadataTtlMs } : {}),
    ...(options.metadataMaxEntries !== undefined ? { maxEntries: options.metadataMaxEntries } : {}),
    // The same clock as the executor's, so tests that move it age the cache too.
    ...(clock ? { now: () => clock.now().getTime() } : {}),
  }
  const ports = new Map<string, OktaPort>()
  const factory = (scopes: readonly string[]): OktaPort => {
    if (!Array.isArray(scopes) || scopes.length === 0)
      throw new TypeError('An Okta port needs at least one scope')
    const held = [...new Set(scopes)].sort()
    const key = held.join(' ')
    let port = ports.get(key)
    if (!port) {
      port = new SdkOktaPort(
        new OktaManagementClient(orgUrl, tokenSource, held, executor, userAgent),
        metadata,
      )
      ports.set(key, port)
    }
    return port
  }
  return Object.assign(factory, { executor })
}
