/**
 * The SDK client of one scope set, with its token handling replaced (see `okta-port.ts` for what is changed and
 * why): tokens and DPoP proofs come from the bridge's {@link OktaTokenSource}, credentials go to the org's
 * origin only, and requests are sent by the shared {@link OktaRequestExecutor}.
 */
import okta from '@okta/okta-sdk-nodejs'
import { BridgeError } from '../../errors.js'
import {
  type OktaRequestExecutor,
  oktaCallContext,
  reauthorizeBeforeResend,
  type SdkRequest,
} from './request-executor.js'
import type { OktaTokenSource } from './token-source.js'

/** Stands in for the key the SDK constructor insists on; the SDK's token code that would use it never runs. */
const NO_KEY = 'not-used: tokens come from OktaTokenSource'

/**
 * Wraps a token failure so the SDK's 401 handling (it looks at `status`) does not mistake it for an API 401
 * (code `okta-token-failed`); `toOktaError` unwraps it, so it never leaves the adapter.
 */
export class TokenFailure extends BridgeError<'okta-token-failed'> {
  constructor(readonly failure: unknown) {
    super('okta-token-failed', 'Okta token request failed')
  }
}

/**
 * An SDK client for one scope set, with the token handling described above. Exported for the other ports
 * of the same service app (the System Log port), so every client is built — and locked down — the same way.
 */
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
    requestExecutor: executor,
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
  const authorize = async (req: { url: string; method?: string; headers: Record<string, string> }) => {
    const url = String(req.url)
    if (new URL(url).origin !== orgUrl) {
      // Never hand the org's token (or a proof for it) to another host, whatever a Link header says.
      throw new Error(`Refusing to send Okta credentials to ${new URL(url).origin}`)
    }
    let headers: Awaited<ReturnType<OktaTokenSource['authorize']>>
    try {
      headers = await tokenSource.authorize(String(req.method ?? 'GET'), url, scopes)
    } catch (error) {
      throw new TokenFailure(error)
    }
    req.headers.Authorization = headers.authorization
    if (headers.dpop) req.headers.DPoP = headers.dpop
    else delete req.headers.DPoP
    const record = oktaCallContext.getStore()
    if (record) record.authorization = headers.authorization
  }
  http.prepareRequest = async (request: SdkRequest) => {
    const req = request as unknown as { url: string; method?: string; headers: Record<string, string> }
    await authorize(req)
    // The executor's own retries need a fresh proof too (single-use jti).
    reauthorizeBeforeResend(req, () => authorize(req))
    return request
  }
  return client
}
