/**
 * The open-loop load generator of the bridge benchmark, run as a process of its own (`node --import tsx
 * test/bench/load-generator.ts`) so its CPU is not the bridge's and its timers are not delayed by the bridge's
 * work. It reads one JSON command per line on stdin and answers one JSON line on stdout per command.
 *
 * Open loop: request `i` is sent at `t0 + i / rate` whether or not earlier ones were answered, and its latency is
 * measured from that scheduled time, not from when it actually left — so a stall (of the target or of this
 * process) shows in the latencies instead of silently lowering the offered rate (coordinated omission).
 *
 * Commands:
 * - `{"kind":"direct-client", orgUrl, app}`: connects to the Okta sandbox as a Bearer service app.
 * - `{"kind":"run", target: "bridge"|"direct", rate, seconds, userIds, bridgeUrl?, token?}`: one window.
 *   `bridge` is `POST /api/flo/revoke-sessions/invoke` (a real invocation: GET user + DELETE sessions in Okta);
 *   `direct` is those same two Okta calls sent straight to the sandbox.
 */
import { randomUUID } from 'node:crypto'
import { createInterface } from 'node:readline'
import { type ConnectedClient, connect, type ServiceAppKeys } from '../sandboxes/okta/auth/test-client.js'

/** What one window measured: latencies in ms from the scheduled send time, of the answers that were right. */
export interface WindowResult {
  offered: number
  sent: number
  ok: number
  failed: number
  /** Requests still unanswered when the drain timeout ended the window. */
  unanswered: number
  /** Successful answers per second, from the first scheduled send to the last answer. */
  achieved: number
  latencies: number[]
  /** How late this process sent requests against their schedule (its own lag), p99 in ms. */
  sendLagP99: number
  firstError?: string
}

/** How long a window waits for its last answers before counting the rest as unanswered. */
const DRAIN_MS = 10_000
const REQUEST_TIMEOUT_MS = 30_000

let direct: ConnectedClient | undefined

const ticket = { number: 'RITM0090001', requestedBy: 'bench.bot' }

async function bridgeCall(url: string, token: string, userId: string): Promise<void> {
  const response = await fetch(`${url}/api/flo/revoke-sessions/invoke`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-api-client-token': token,
      'idempotency-key': randomUUID(),
    },
    body: JSON.stringify({ ticket, user: { id: userId } }),
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  })
  const text = await response.text()
  if (response.status !== 200) throw new Error(`bridge ${response.status}: ${text.slice(0, 300)}`)
}

async function directCall(userId: string): Promise<void> {
  const get = await direct!.request('GET', `/api/v1/users/${userId}`)
  await get.arrayBuffer()
  if (get.status !== 200) throw new Error(`GET user ${get.status}`)
  const del = await direct!.request('DELETE', `/api/v1/users/${userId}/sessions?oauthTokens=false`)
  await del.arrayBuffer()
  if (del.status !== 204) throw new Error(`DELETE sessions ${del.status}`)
}

interface RunCommand {
  kind: 'run'
  target: 'bridge' | 'direct'
  rate: number
  seconds: number
  userIds: string[]
  bridgeUrl?: string
  token?: string
}

async function run(command: RunCommand): Promise<WindowResult> {
  const { rate, seconds, userIds } = command
  const total = Math.round(rate * seconds)
  const interval = 1000 / rate
  const send =
    command.target === 'bridge'
      ? (i: number) => bridgeCall(command.bridgeUrl!, command.token!, userIds[i % userIds.length]!)
      : (i: number) => directCall(userIds[i % userIds.length]!)
  const latencies: number[] = []
  const lags: number[] = []
  let failed = 0
  let answered = 0
  let firstError: string | undefined
  let lastAnswer = 0
  const t0 = performance.now() + 20
  let next = 0
  const pending: Promise<void>[] = []
  await new Promise<void>((resolve) => {
    const tick = () => {
      const now = performance.now()
      while (next < total && t0 + next * interval <= now) {
        const scheduled = t0 + next * interval
        lags.push(now - scheduled)
        pending.push(
          send(next).then(
            () => {
              lastAnswer = performance.now()
              latencies.push(lastAnswer - scheduled)
              answered++
            },
            (error: unknown) => {
              lastAnswer = performance.now()
              failed++
              answered++
              firstError ??= error instanceof Error ? error.message : String(error)
            },
          ),
        )
        next++
      }
      if (next >= total) resolve()
      else setTimeout(tick, Math.max(0, t0 + next * interval - performance.now()))
    }
    setTimeout(tick, 20)
  })
  await Promise.race([Promise.all(pending), new Promise((r) => setTimeout(r, DRAIN_MS))])
  const elapsed = Math.max(seconds, (lastAnswer - t0) / 1000)
  lags.sort((a, b) => a - b)
  return {
    offered: rate,
    sent: next,
    ok: latencies.length,
    failed,
    unanswered: next - answered,
    achieved: latencies.length / elapsed,
    latencies,
    sendLagP99: lags[Math.min(lags.length - 1, Math.ceil(0.99 * lags.length) - 1)] ?? 0,
    ...(firstError === undefined ? {} : { firstError }),
  }
}

const lines = createInterface({ input: process.stdin })
for await (const line of lines) {
  if (!line.trim()) continue
  const command = JSON.parse(line) as
    | RunCommand
    | { kind: 'direct-client'; orgUrl: string; app: ServiceAppKeys; scopes: string[] }
  try {
    if (command.kind === 'direct-client') {
      direct = await connect(command.orgUrl, command.app, command.scopes, { dpop: false })
      process.stdout.write(`${JSON.stringify({ ok: true })}\n`)
    } else {
      process.stdout.write(`${JSON.stringify(await run(command))}\n`)
    }
  } catch (error) {
    process.stdout.write(
      `${JSON.stringify({ error: error instanceof Error ? error.message : String(error) })}\n`,
    )
  }
}
