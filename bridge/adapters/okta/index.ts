/**
 * The Okta adapter: what the composition root needs to give the flows an {@link OktaPortFactory}.
 *
 * ```ts
 * const tokenSource = new OktaTokenSource({ orgUrl, clientId, privateKey, keyId })
 * const oktaPorts = createOktaPortFactory({ orgUrl, tokenSource, onCall: metrics.record })
 * // oktaPorts(flow.scopes) → OktaPort; oktaPorts.executor.counters → metrics
 * const oktaLog = createOktaLogPort({ orgUrl, tokenSource, executor: oktaPorts.executor }) // the audit's
 * ```
 */
export {
  createOktaLogPort,
  OKTA_LOG_SCOPE,
  type OktaLogPortOptions,
  TRANSACTIONS_PER_QUERY,
} from './log-port.js'
export { MemoryOktaBudget } from './memory-budget.js'
export {
  createOktaPortFactory,
  type OktaAdapterFactory,
  type OktaPortFactoryOptions,
} from './port-factory.js'
export {
  type OktaCallEvent,
  type OktaExecutorCounters,
  OktaRequestExecutor,
  type OktaRequestExecutorOptions,
} from './request-executor.js'
export {
  normaliseOrgUrl,
  type OktaAccessToken,
  type OktaAuthorizationHeaders,
  OktaTokenSource,
  type OktaTokenSourceConfig,
} from './token-source.js'
