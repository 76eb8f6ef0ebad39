/** Wiring helper: an express app listening on a port, and the URL to reach it by. */
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import type express from 'express'

/** A server that listens, and the URL a local client reaches it by. */
export interface Listening {
  server: Server
  /** e.g. `http://127.0.0.1:8080`: `0.0.0.0` is reached through loopback. */
  url: string
}

/** Starts `app` on `port` and `host`; rejects when the port cannot be bound. */
export async function listen(app: express.Express, port: number, host: string): Promise<Listening> {
  const server = await new Promise<Server>((resolve, reject) => {
    const s = app.listen(port, host, (error?: Error) => (error ? reject(error) : resolve(s)))
    s.once('error', reject)
  })
  const address = server.address() as AddressInfo
  return { server, url: `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${address.port}` }
}

/** Closes a server, waiting for its connections to end by themselves. */
export function closeServer(server: Server): Promise<void> {
  return new Promise<void>((resolve) => server.close(() => resolve()))
}
