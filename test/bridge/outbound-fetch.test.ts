/**
 * The bridge's outbound `fetch` (`bridge/adapters/outbound-fetch.ts`: Node's HTTP client instead of undici) keeps
 * what its callers rely on from the global `fetch` — statuses, headers, bodies, the timeout over the whole
 * exchange, `TypeError('fetch failed')` with the system error as `cause` — and never follows a redirect.
 *
 * Against real HTTP servers on loopback; an HTTPS one with a self-signed certificate (made with `openssl`) shows
 * that certificates are verified.
 */
import { execFileSync } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import http from 'node:http'
import https from 'node:https'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { outboundFetch } from '../../bridge/adapters/outbound-fetch.js'

interface Seen {
  method: string
  url: string
  headers: http.IncomingHttpHeaders
  body: string
  socket: unknown
}

let server: http.Server
let base: string
const seen: Seen[] = []
const sockets = new Set<unknown>()

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      sockets.add(req.socket)
      seen.push({
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString(),
        socket: req.socket,
      })
      const path = req.url ?? '/'
      if (path === '/echo') {
        res.setHeader('content-type', 'application/json')
        res.setHeader('x-okta-request-id', 'req-1')
        res.setHeader('set-cookie', ['a=1', 'b=2'])
        res.setHeader('x-multi', ['one', 'two'])
        res.end(JSON.stringify({ method: req.method, body: Buffer.concat(chunks).toString() }))
      } else if (path === '/no-content') {
        res.statusCode = 204
        res.end()
      } else if (path === '/gzip') {
        res.setHeader('content-encoding', 'gzip')
        res.setHeader('content-type', 'application/json')
        res.end(gzipSync(JSON.stringify({ compressed: true })))
      } else if (path === '/stall') {
        res.setHeader('content-type', 'application/json')
        res.flushHeaders()
        res.write('{"partial":')
        // never ends: the caller's signal must cut it
      } else if (path === '/cut') {
        res.setHeader('content-length', '1000')
        res.write('{"partial":')
        setTimeout(() => req.socket.destroy(), 20)
      } else if (path === '/redirect') {
        res.statusCode = 302
        res.setHeader('location', `${base}/echo`)
        res.end()
      } else if (path === '/problem') {
        res.statusCode = 429
        res.statusMessage = 'Too Many Requests'
        res.setHeader('x-rate-limit-reset', '1700000000')
        res.end('{"errorCode":"E0000047"}')
      } else {
        res.statusCode = 404
        res.end()
      }
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(async () => {
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
})

describe('outboundFetch, as the bridge calls Okta and ServiceNow', () => {
  it('sends the method, headers and body, and answers status, headers, body and url', async () => {
    const response = await outboundFetch(`${base}/echo`, {
      method: 'post',
      headers: { accept: 'application/json', 'content-type': 'application/json', dpop: 'proof' },
      body: '{"profile":{}}',
    })
    expect(response.status).toBe(200)
    expect(response.ok).toBe(true)
    expect(response.url).toBe(`${base}/echo`)
    expect(response.headers.get('x-okta-request-id')).toBe('req-1')
    expect(response.headers.get('x-multi')).toBe('one, two')
    expect(response.headers.getSetCookie()).toEqual(['a=1', 'b=2'])
    expect(await response.json()).toEqual({ method: 'POST', body: '{"profile":{}}' })
    const request = seen.at(-1)!
    expect(request.headers.dpop).toBe('proof')
    expect(request.headers['content-type']).toBe('application/json')
    expect(request.headers['content-length']).toBe(String(Buffer.byteLength('{"profile":{}}')))
    expect(request.headers['accept-encoding']).toBeUndefined()
  })

  it('gives a form body the content type fetch gives it, unless the caller set one', async () => {
    await outboundFetch(`${base}/echo`, {
      method: 'POST',
      body: new URLSearchParams({ grant_type: 'client_credentials', scope: 'okta.users.read' }),
    })
    let request = seen.at(-1)!
    expect(request.headers['content-type']).toBe('application/x-www-form-urlencoded;charset=UTF-8')
    expect(request.body).toBe('grant_type=client_credentials&scope=okta.users.read')
    await outboundFetch(`${base}/echo`, {
      method: 'POST',
      headers: new Headers({ 'content-type': 'application/x-www-form-urlencoded' }),
      body: 'a=1',
    })
    request = seen.at(-1)!
    expect(request.headers['content-type']).toBe('application/x-www-form-urlencoded')
    await outboundFetch(`${base}/echo`, { method: 'DELETE' })
    expect(seen.at(-1)!.headers['content-length']).toBe('0')
  })

  it('reuses one connection for calls one after another (keep-alive)', async () => {
    const before = seen.length
    for (let i = 0; i < 3; i++) await (await outboundFetch(`${base}/echo`)).text()
    const used = new Set(seen.slice(before).map((request) => request.socket))
    expect(seen.length - before).toBe(3)
    expect(used.size).toBe(1)
  })

  it('answers a 204 with a null body, and an error status as a response, not a rejection', async () => {
    const empty = await outboundFetch(`${base}/no-content`, { method: 'DELETE' })
    expect(empty.status).toBe(204)
    expect(empty.body).toBeNull()
    const limited = await outboundFetch(`${base}/problem`)
    expect(limited.status).toBe(429)
    expect(limited.statusText).toBe('Too Many Requests')
    expect(limited.headers.get('x-rate-limit-reset')).toBe('1700000000')
    expect(await limited.json()).toEqual({ errorCode: 'E0000047' })
  })

  it('decodes a gzip-encoded answer', async () => {
    const response = await outboundFetch(`${base}/gzip`)
    expect(await response.json()).toEqual({ compressed: true })
  })

  it('bounds the whole exchange by the signal: an answer that stalls mid-body rejects with TimeoutError', async () => {
    const started = Date.now()
    const error = await outboundFetch(`${base}/stall`, { signal: AbortSignal.timeout(150) }).catch(
      (e: unknown) => e,
    )
    expect(error).toBeInstanceOf(Error)
    expect((error as Error).name).toBe('TimeoutError')
    expect(Date.now() - started).toBeLessThan(10_000)
  })

  it('rejects at once when the signal is already aborted, sending nothing', async () => {
    const before = seen.length
    const controller = new AbortController()
    controller.abort(new Error('gone'))
    await expect(outboundFetch(`${base}/echo`, { signal: controller.signal })).rejects.toThrow('gone')
    expect(seen.length).toBe(before)
  })

  it("fails as fetch fails: TypeError('fetch failed') with the system error as cause", async () => {
    const closed = http.createServer()
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve))
    const port = (closed.address() as AddressInfo).port
    await new Promise((resolve) => closed.close(resolve))
    const refused = await outboundFetch(`http://127.0.0.1:${port}/`).catch((e: unknown) => e)
    expect(refused).toBeInstanceOf(TypeError)
    expect((refused as TypeError).message).toBe('fetch failed')
    expect(((refused as TypeError).cause as { code?: string }).code).toBe('ECONNREFUSED')

    const cut = await outboundFetch(`${base}/cut`).catch((e: unknown) => e)
    expect(cut).toBeInstanceOf(TypeError)
    expect((cut as TypeError).message).toBe('fetch failed')
  })

  it('never follows a redirect: the 3xx is the answer, or a rejection with redirect: error', async () => {
    const before = seen.length
    const response = await outboundFetch(`${base}/redirect`, { method: 'POST', body: 'secret=1' })
    expect(response.status).toBe(302)
    expect(response.headers.get('location')).toBe(`${base}/echo`)
    expect(seen.slice(before).map((request) => request.url)).toEqual(['/redirect'])
    const refused = await outboundFetch(`${base}/redirect`, { redirect: 'error' }).catch((e: unknown) => e)
    expect(refused).toBeInstanceOf(TypeError)
    expect(String(((refused as TypeError).cause as Error).message)).toContain('unexpected redirect')
    expect(seen.slice(before).map((request) => request.url)).toEqual(['/redirect', '/redirect'])
  })

  it('refuses what fetch refuses: a body on GET, a Request object, an unsupported protocol or body', async () => {
    await expect(outboundFetch(`${base}/echo`, { method: 'GET', body: 'x' })).rejects.toThrow(TypeError)
    await expect(outboundFetch(new Request(`${base}/echo`))).rejects.toThrow(/not a Request/)
    await expect(outboundFetch('ftp://127.0.0.1/')).rejects.toThrow(/unsupported protocol/)
    await expect(
      outboundFetch(`${base}/echo`, { method: 'POST', body: new Blob(['x']) as unknown as string }),
    ).rejects.toThrow(/bodies only/)
  })
})

describe('outboundFetch over HTTPS', () => {
  let dir: string
  let tls: https.Server | undefined
  let tlsBase = ''
  let skip = ''

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'outbound-fetch-'))
    try {
      execFileSync(
        'openssl',
        [
          'req',
          '-x509',
          '-newkey',
          'rsa:2048',
          '-nodes',
          '-days',
          '1',
          '-subj',
          '/CN=127.0.0.1',
          '-addext',
          'subjectAltName=IP:127.0.0.1',
          '-keyout',
          join(dir, 'key.pem'),
          '-out',
          join(dir, 'cert.pem'),
        ],
        { stdio: 'ignore' },
      )
    } catch {
      skip = 'openssl is not installed: no certificate to serve HTTPS with'
      return
    }
    tls = https.createServer(
      { key: await readFile(join(dir, 'key.pem')), cert: await readFile(join(dir, 'cert.pem')) },
      (_req, res) => res.end('{}'),
    )
    await new Promise<void>((resolve) => tls!.listen(0, '127.0.0.1', resolve))
    tlsBase = `https://127.0.0.1:${(tls.address() as AddressInfo).port}`
  })

  afterAll(async () => {
    tls?.closeAllConnections()
    if (tls) await new Promise((resolve) => tls!.close(resolve))
    await rm(dir, { recursive: true, force: true })
  })

  it('verifies the server certificate: a self-signed one is refused before anything is sent', async (context) => {
    if (skip) context.skip(skip)
    const error = await outboundFetch(`${tlsBase}/`, {
      method: 'POST',
      body: 'client_assertion=secret',
    }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(TypeError)
    expect((error as TypeError).message).toBe('fetch failed')
    expect(((error as TypeError).cause as { code?: string }).code).toBe('DEPTH_ZERO_SELF_SIGNED_CERT')
  })
})
