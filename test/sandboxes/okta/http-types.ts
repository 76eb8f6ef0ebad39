/**
 * The sandbox's own small HTTP abstraction: handlers take a parsed request and return a response
 * (or throw an {@link OktaApiError}). Keeping Node's `req`/`res` out of handlers keeps them testable and
 * lets the server apply Okta's cross-cutting behaviour (request ids, rate-limit headers, System Log) in
 * one place.
 */
import type { IncomingHttpHeaders } from 'node:http'

/** The OAuth client a resource call was authenticated as. */
export interface Principal {
  clientId: string
  scopes: readonly string[]
}

/** A request as handlers see it. */
export interface SandboxRequest {
  /** Upper-case HTTP method. */
  method: string
  /** Absolute URL as the client addressed it (scheme + Host header + path + query). */
  url: URL
  headers: IncomingHttpHeaders
  /** Parsed JSON body (or `undefined` when there was none). */
  body: unknown
  /** Raw body text (the token endpoint parses it as a form). */
  rawBody: string
  /** Path parameters captured by the router, already URL-decoded. */
  params: Record<string, string>
  /** Set by the server for Management API calls once the access token has been checked. */
  principal?: Principal
  /** The `X-Okta-Request-Id` this request will be answered with; also the System Log `transaction.id`. */
  requestId: string
}

/** What a handler returns. */
export interface SandboxResponse {
  status: number
  body?: unknown
  headers?: Record<string, string>
}
