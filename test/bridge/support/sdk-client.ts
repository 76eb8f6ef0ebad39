/**
 * The official SDK client of one scope set, locked down the way the bridge's adapter once built it — the
 * reference the parity test (`okta-sdk-parity.test.ts`) holds the bridge's thin client to: tokens and DPoP
 * proofs come from the bridge's {@link OktaTokenSource}, credentials go to the org's origin only, requests are
 * sent by the bridge's {@link OktaRequestExecutor}, and the SDK's own 401 retry-once runs.
 *
 * What is changed on the SDK client, and why: it is built in `PrivateKey` mode (so it never sends an SSWS token)
 * with neither the real key nor a usable one; its `oauth` helper is swapped for a stub that cannot mint tokens
 * (its `clearCachedAccessToken`, called by the SDK's retry after a 401, invalidates the failed token), and
 * `http.prepareRequest` takes `Authorization`/`DPoP` from the token source. `cacheMiddleware: null`: the SDK's
 * default caches GET answers forever. Every option `PrivateKey` mode reads is given explicitly (and `token` is
 * cleared), so `okta.yaml` and `OKTA_CLIENT_*` cannot change where calls go or how they are authenticated.
 */
import okta from '@okta/okta-sdk-nodejs'
import { authorizeRequest } from '../../../bridge/adapters/okta/management-client.js'
import {
  type OktaRequestExecutor,
  oktaCallContext,
  reauthorizeBeforeResend,
  type SdkRequest,
} from '../../../bridge/adapters/okta/request-executor.js'
import type { OktaTokenSource } from '../../../bridge/adapters/okta/token-source.js'

/** Stands in for the key the SDK constructor insists on; the SDK's token code that would use it never runs. */
const NO_KEY = 'not-used: tokens come from OktaTokenSource'

/** An SDK client for one scope set, locked down as described above. */
export function sdkClient(
  orgUrl: string,
  tokenSource: OktaTokenSource,
  scopes: readonly string[],
  executor: OktaRequestExecutor,
  userAgent: string,
): okta.Client {
  const client = new okta.Client({
    orgUrl,
    authorizationMode: 'PrivateKey',
    clientId: tokenSource.clientId,
    scopes: [...scopes],
    privateKey: NO_KEY,
    keyId: NO_KEY,
    // Overrides an SSWS token from OKTA_CLIENT_TOKEN or okta.yaml, which would otherwise sit on the client.
    token: '',
    cacheMiddleware: null,
    requestExecutor: executor as unknown as okta.RequestExecutor,
  })
  const http = client.http
  const stub = {
    isDPoP: false,
    getAccessToken: () =>
      Promise.reject(new Error('The Okta SDK token handling is replaced by OktaTokenSource')),
    clearCachedAccessToken: () => {
      const authorization = oktaCallContext.getStore()?.authorization
      tokenSource.invalidate(scopes, authorization?.slice(authorization.indexOf(' ') + 1))
    },
  }
  // The SDK reads `http.oauth` truthy-ness to decide on its retry after a 401; the stub keeps that retry.
  http.oauth = stub as unknown as typeof http.oauth
  client.oauth = http.oauth
  http.agent = undefined
  http.defaultHeaders['User-Agent'] = userAgent
  const authorize = (req: { url: string; method?: string; headers: Record<string, string> }) =>
    authorizeRequest(req, orgUrl, tokenSource, scopes)
  http.prepareRequest = async (request: SdkRequest) => {
    const req = request as unknown as { url: string; method?: string; headers: Record<string, string> }
    await authorize(req)
    // The executor's own retries need a fresh proof too (single-use jti).
    reauthorizeBeforeResend(req, () => authorize(req))
    return request
  }
  return client
}
