/**
 * Injected failures, so clients can be proven against what real networks and real Okta do:
 * 5xx answers, 429s, requests that never answer, and connections reset mid-request.
 */

/** One kind of fault: an HTTP status, a request that hangs (`timeout`) or a dropped connection (`reset`). */
export type FaultKind = number | 'timeout' | 'reset'

/** Fault configuration, the `faults` member of `PUT /__sandbox/config`. */
export interface FaultConfig {
  /** Probability (0..1) that any matching call fails. */
  rate?: number
  /** Fail exactly the next N matching calls (takes precedence over `rate` while it lasts). */
  next?: number
  /** What a fault does; for `next`, used in turn; for `rate`, picked at random. */
  statuses: FaultKind[]
  /** Only calls whose path starts with this prefix (default: every Okta call, never the control API). */
  pathPrefix?: string
  /** Only calls with this method. */
  method?: string
  /**
   * `before` (default): the call fails without effect. `after`: the operation takes effect and then the
   * answer is lost — the ambiguous failure a client must survive without duplicating the change.
   */
  phase?: 'before' | 'after'
  /** How long a `timeout` fault holds the connection before dropping it (default 30 s). */
  timeoutMs?: number
}

/** A fault chosen for one call. */
export interface Fault {
  kind: FaultKind
  phase: 'before' | 'after'
  timeoutMs: number
}

/** Decides, call by call, whether to inject a fault. */
export class FaultInjector {
  private config: FaultConfig | null = null
  private remaining = 0
  private turn = 0
  /** How many faults were injected, by kind. */
  readonly injected = new Map<string, number>()

  /** Replaces the configuration (`null` turns faults off). */
  configure(config: FaultConfig | null): void {
    this.config = config
    this.remaining = config?.next ?? 0
    this.turn = 0
  }

  /** The configuration in force, with how many `next` faults are left. */
  get current(): (FaultConfig & { remaining: number }) | null {
    return this.config ? { ...this.config, remaining: this.remaining } : null
  }

  /** The fault for this call, if any. */
  pick(method: string, path: string, random: () => number = Math.random): Fault | undefined {
    const config = this.config
    if (!config || config.statuses.length === 0) return undefined
    if (config.pathPrefix && !path.startsWith(config.pathPrefix)) return undefined
    if (config.method && config.method.toUpperCase() !== method) return undefined
    let kind: FaultKind | undefined
    if (this.remaining > 0) {
      this.remaining--
      kind = config.statuses[this.turn++ % config.statuses.length]
    } else if (config.rate && random() < config.rate) {
      kind = config.statuses[Math.floor(random() * config.statuses.length)]
    }
    if (kind === undefined) return undefined
    this.injected.set(String(kind), (this.injected.get(String(kind)) ?? 0) + 1)
    return { kind, phase: config.phase ?? 'before', timeoutMs: config.timeoutMs ?? 30_000 }
  }
}
