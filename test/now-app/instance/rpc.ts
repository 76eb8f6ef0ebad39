/**
 * Synchronous calls from the engine worker to the main thread. An instance's scripts are synchronous: a
 * GlideRecord query or a RESTMessageV2 `execute()` blocks the script until the answer is there. The worker
 * posts a call on a MessagePort and blocks in `Atomics.wait`; the main thread, whose event loop stays free,
 * answers (a database read, or an HTTP request to the bridge, which may itself call back into the Table
 * API the main thread serves), then wakes it. One call is in flight at a time.
 */
import { type MessagePort, receiveMessageOnPort } from 'node:worker_threads'

/** What the main thread answers a call with. */
type Reply = { ok: true; value: unknown } | { ok: false; error: string }

/** The calls the worker may make, by name. */
export type RpcHandlers = Record<string, (...args: never[]) => unknown>

/** Main thread: answers the worker's calls on `port`, waking it through `flag`. */
export function serveRpc(port: MessagePort, flag: Int32Array, handlers: RpcHandlers): void {
  port.on('message', async ({ op, args }: { op: string; args: unknown[] }) => {
    let reply: Reply
    try {
      const handler = handlers[op]
      if (!handler) throw new Error(`no such call: ${op}`)
      reply = { ok: true, value: await (handler as (...a: unknown[]) => unknown)(...args) }
    } catch (error) {
      reply = { ok: false, error: error instanceof Error ? error.message : String(error) }
    }
    port.postMessage(reply)
    Atomics.store(flag, 0, 1)
    Atomics.notify(flag, 0)
  })
}

/** Worker: a blocking call to the main thread; throws the main thread's error message. */
export function rpcClient(port: MessagePort, flag: Int32Array, timeoutMs = 120_000) {
  return function call<T>(op: string, ...args: unknown[]): T {
    port.postMessage({ op, args })
    const waited = Atomics.wait(flag, 0, 0, timeoutMs)
    Atomics.store(flag, 0, 0)
    if (waited === 'timed-out') throw new Error(`the main thread did not answer ${op} within ${timeoutMs} ms`)
    const received = receiveMessageOnPort(port)
    if (!received) throw new Error(`no answer to ${op}`)
    const reply = received.message as Reply
    if (!reply.ok) throw new Error(reply.error)
    return reply.value as T
  }
}

/** The blocking call function the worker holds. */
export type Rpc = ReturnType<typeof rpcClient>
