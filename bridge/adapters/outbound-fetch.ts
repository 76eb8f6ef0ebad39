/**
 * The `fetch` the bridge's own calls go out with — Okta's token endpoint and Management API, ServiceNow's Table
 * API — over `node:http` / `node:https` with keep-alive agents, answering ordinary WHATWG `Response`s with the
 * body already read.
 *
 * Why not the global `fetch`: in Node it is undici, whose first request compiles and instantiates its HTTP
 * parser (llhttp, WebAssembly) and keeps ~20 MB more resident — a sixth of the idle bridge — and whose every
 * request goes through WHATWG streams, which cost CPU per call on the hot path of every invocation
 * (`npm run bench -- footprint bridge` measures both). The bridge reads every answer whole, within one timeout,
 * so it needs none of that; Node's own HTTP client does the same work with less.
 *
 * What it keeps of `fetch`, so callers and their tests see no difference:
 * - `method`, `headers` (any `HeadersInit`), a string, bytes or `URLSearchParams` body (with the content type
 *   `fetch` would give it), and `signal`, which bounds the whole exchange: headers *and* body;
 * - a failed connection rejects with `TypeError('fetch failed')` whose `cause` carries the system error
 *   (`ECONNREFUSED`, `ECONNRESET`, …); an aborted one with the signal's reason (a `TimeoutError` for
 *   `AbortSignal.timeout`);
 * - a compressed answer (`Content-Encoding: gzip`, `deflate`, `br`) is decoded.
 *
 * What it does differently, on purpose: it never follows a redirect. `redirect: 'error'` rejects, anything else
 * answers the 3xx itself: credentials (a client assertion, a DPoP-bound token, a ServiceNow password) go only
 * to the URL the bridge was configured with, never to a `Location` someone else chose.
 */
import http from 'node:http'
import https from 'node:https'
import { promisify } from 'node:util'
import zlib from 'node:zlib'

/**
 * How long an idle connection is kept for reuse: below the 5 s a Node server keeps it (and than undici's 4 s,
 * which the bridge used before), so the bridge, not the server, closes it — a request never goes out on a
 * connection the server is closing. A server's shorter `Keep-Alive: timeout=` hint is honoured by the agent.
 */
const IDLE_SOCKET_MS = 4_000

const agents = {
  'http:': new http.Agent({ keepAlive: true, scheduling: 'lifo', timeout: IDLE_SOCKET_MS }),
  'https:': new https.Agent({ keepAlive: true, scheduling: 'lifo', timeout: IDLE_SOCKET_MS }),
}

const decoders: Record<string, (input: Buffer) => Promise<Buffer>> = {
  gzip: promisify(zlib.gunzip),
  'x-gzip': promisify(zlib.gunzip),
  deflate: promisify(zlib.inflate),
  br: promisify(zlib.brotliDecompress),
}

/** Statuses whose answer has no body, whatever the wire carried (the `Response` constructor insists). */
const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304])

/**
 * A `fetch` over Node's HTTP client (see the module comment for what it keeps and what it does not).
 * @throws {TypeError} `fetch failed` (with `cause`) when no answer came; for a `Request` object as input, an
 *   unsupported body, or a body on GET/HEAD, as `fetch` does.
 */
export const outboundFetch: typeof fetch = (input, init = {}) => {
  if (typeof input !== 'string' && !(input instanceof URL)) {
    return Promise.reject(new TypeError('outboundFetch takes a URL or a string, not a Request'))
  }
  let url: URL
  try {
    url = new URL(input)
  } catch (error) {
    return Promise.reject(new TypeError(`outboundFetch: invalid URL ${String(input)}`, { cause: error }))
  }
  const agent = agents[url.protocol as keyof typeof agents]
  if (!agent) return Promise.reject(new TypeError(`outboundFetch: unsupported protocol ${url.protocol}`))
  const method = (init.method ?? 'GET').toUpperCase()
  const headers = new Headers(init.headers)
  let body: Buffer | undefined
  try {
    body = encodeBody(init.body, headers)
  } catch (error) {
    return Promise.reject(error)
  }
  if (body !== undefined && (method === 'GET' || method === 'HEAD')) {
    return Promise.reject(new TypeError(`outboundFetch: a ${method} request cannot have a body`))
  }
  if (!headers.has('accept')) headers.set('accept', '*/*')
  if (!headers.has('user-agent')) headers.set('user-agent', 'node')
  if (body !== undefined) headers.set('content-length', String(body.length))
  else if (method !== 'GET' && method !== 'HEAD') headers.set('content-length', '0')
  const signal = init.signal ?? undefined
  if (signal?.aborted) return Promise.reject(signal.reason)

  return new Promise<Response>((resolve, reject) => {
    let settled = false
    const settle = (outcome: () => void) => {
      if (settled) return
      settled = true
      signal?.removeEventListener('abort', onAbort)
      outcome()
    }
    const fail = (error: unknown) => settle(() => reject(error))
    // The signal bounds the whole exchange: a connection that stalls mid-body is cut, and the call rejects.
    const onAbort = () => {
      request.destroy()
      fail(signal?.reason)
    }
    const request = (url.protocol === 'https:' ? https : http).request(
      url,
      { method, agent, headers: Object.fromEntries(headers) },
      (answer) => {
        const status = answer.statusCode ?? 0
        if (init.redirect === 'error' && status >= 300 && status < 400 && answer.headers.location) {
          request.destroy()
          const cause = new Error(`unexpected redirect to ${answer.headers.location}`)
          fail(new TypeError('fetch failed', { cause }))
          return
        }
        const chunks: Buffer[] = []
        answer.on('data', (chunk: Buffer) => chunks.push(chunk))
        answer.on('error', (error) => fail(new TypeError('fetch failed', { cause: error })))
        // A connection closed before the body's end (its `end` never comes).
        answer.on('close', () => {
          if (!answer.complete) fail(new TypeError('fetch failed', { cause: new Error('answer cut short') }))
        })
        answer.on('end', () => {
          if (settled) return
          toResponse(answer, Buffer.concat(chunks), method, url.href).then(
            (response) => settle(() => resolve(response)),
            (error: unknown) => fail(new TypeError('fetch failed', { cause: error })),
          )
        })
      },
    )
    request.on('error', (error) => fail(new TypeError('fetch failed', { cause: error })))
    signal?.addEventListener('abort', onAbort, { once: true })
    request.end(body)
  })
}

/** The body as bytes, setting the content type `fetch` would set when the caller did not. */
function encodeBody(body: RequestInit['body'], headers: Headers): Buffer | undefined {
  if (body === undefined || body === null) return undefined
  const typed = (type: string) => {
    if (!headers.has('content-type')) headers.set('content-type', type)
  }
  if (typeof body === 'string') {
    typed('text/plain;charset=UTF-8')
    return Buffer.from(body, 'utf8')
  }
  if (body instanceof URLSearchParams) {
    typed('application/x-www-form-urlencoded;charset=UTF-8')
    return Buffer.from(body.toString(), 'utf8')
  }
  if (body instanceof ArrayBuffer) return Buffer.from(body)
  if (ArrayBuffer.isView(body)) return Buffer.from(body.buffer, body.byteOffset, body.byteLength)
  throw new TypeError('outboundFetch sends string, bytes or URLSearchParams bodies only')
}

async function toResponse(
  answer: http.IncomingMessage,
  raw: Buffer,
  method: string,
  href: string,
): Promise<Response> {
  const status = answer.statusCode ?? 0
  const headers = new Headers()
  const pairs = answer.rawHeaders
  for (let i = 0; i + 1 < pairs.length; i += 2) headers.append(pairs[i] as string, pairs[i + 1] as string)
  let body: Buffer | null = raw
  if (NULL_BODY_STATUSES.has(status) || method === 'HEAD') body = null
  else {
    // Codings are listed in the order they were applied; undo them last first.
    const codings = (headers.get('content-encoding') ?? '')
      .split(',')
      .map((coding) => coding.trim().toLowerCase())
      .filter((coding) => coding !== '' && coding !== 'identity')
    for (const coding of codings.reverse()) {
      const decode = decoders[coding]
      if (!decode) throw new Error(`unsupported Content-Encoding ${coding}`)
      body = await decode(body)
    }
  }
  const response = new Response(body, { status, statusText: answer.statusMessage ?? '', headers })
  Object.defineProperty(response, 'url', { value: href })
  return response
}
