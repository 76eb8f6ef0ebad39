/**
 * The base class `request-executor.ts` extends, in place of the SDK's `RequestExecutor`: the same shape (an
 * `EventEmitter` with `fetch(request)`), without loading `@okta/okta-sdk-nodejs` — whose package entry point
 * loads every generated API and model (~95 MB of RSS) and whose `request-executor.js` alone loads node-fetch.
 * Exported as the `okta` default the executor module has always imported, so that module changes by one line
 * (its import) and stays usable as a real SDK client's `requestExecutor` (the parity test does exactly that).
 */
import { EventEmitter } from 'node:events'
import type sdk from '@okta/okta-sdk-nodejs'

/** The request the SDK hands its executor (and the thin client hands the bridge's). */
type RequestOptions = Parameters<sdk.RequestExecutor['fetch']>[0]

/** An `EventEmitter` with the SDK executor's `fetch`; subclasses send. */
class RequestExecutor extends EventEmitter {
  /** Sends one request; the bridge's executor overrides it. */
  fetch(_request: RequestOptions): Promise<Response> {
    return Promise.reject(new Error('RequestExecutor.fetch must be overridden'))
  }
}

/** What `request-executor.ts` reads of the SDK's default export, as values… */
const okta = { RequestExecutor }

/** …and as types. */
declare namespace okta {
  /** The SDK's executor type, so `Parameters<okta.RequestExecutor['fetch']>` is the SDK's request. */
  type RequestExecutor = sdk.RequestExecutor
}

export default okta
