/**
 * A loopback TCP port that is free now, for a server that must be told its port before it listens (`METRICS_PORT`
 * takes no 0; a Postgres cluster starts with `-p`).
 *
 * Chosen below the kernel's ephemeral range (`/proc/sys/net/ipv4/ip_local_port_range`, 32768–60999 by default): a
 * port there is never taken as the local port of an outgoing connection. A port found with `listen(0)` is in that
 * range, and between finding it and the server listening on it, a connection opened by any test running beside
 * could take it — CI saw `EADDRINUSE` that way. Where the range cannot be read, or leaves no room below it, any
 * free port.
 */
import { readFileSync } from 'node:fs'
import { type AddressInfo, createServer } from 'node:net'

/** The lowest port of the range handed out below it. */
const FLOOR = 10_000

/** A free loopback port, below the ephemeral range where there is one (see the module comment). */
export async function freePort(): Promise<number> {
  const low = ephemeralLow()
  if (low !== undefined && low - FLOOR >= 1_000) {
    for (let attempt = 0; attempt < 50; attempt++) {
      const port = FLOOR + Math.floor(Math.random() * (low - FLOOR))
      if (await listensOn(port)) return port
    }
  }
  return await anyFreePort()
}

/** The first port of the kernel's ephemeral range; `undefined` off Linux. */
function ephemeralLow(): number | undefined {
  try {
    const low = Number(readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/)[0])
    return Number.isInteger(low) && low > 0 ? low : undefined
  } catch {
    return undefined
  }
}

/** Whether `port` can be listened on now (it is released again before this answers). */
function listensOn(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer()
    server.once('error', () => resolve(false))
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)))
  })
}

/** A port the kernel picks (in the ephemeral range). */
async function anyFreePort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  await new Promise<void>((resolve) => server.close(() => resolve()))
  return port
}
