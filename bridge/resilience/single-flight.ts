/**
 * Single flight: callers that want the same thing at the same moment share one request for it. The token
 * sources (Okta and ServiceNow) use it through {@link RefreshingCache}, so a burst of cold calls asks the token
 * endpoint once instead of once per caller.
 */

/** Concurrent calls of {@link SingleFlight.run} with the same key share one promise until it settles. */
export class SingleFlight<K, T> {
  readonly #inflight = new Map<K, Promise<T>>()

  /**
   * `work()`'s promise, or the one already under way for `key`. Once it settles (either way) the next call
   * starts afresh: a failure is shared by the callers that waited for it, never cached.
   */
  run(key: K, work: () => Promise<T>): Promise<T> {
    const current = this.#inflight.get(key)
    if (current) return current
    let flight: Promise<T>
    try {
      flight = work()
    } catch (error) {
      return Promise.reject(error)
    }
    const shared = flight.finally(() => {
      if (this.#inflight.get(key) === shared) this.#inflight.delete(key)
    })
    this.#inflight.set(key, shared)
    return shared
  }

  /** Whether a call for `key` is under way. */
  has(key: K): boolean {
    return this.#inflight.has(key)
  }
}

/** A value from {@link RefreshingCache}'s loader and how long it is good for (milliseconds by the cache's clock). */
export interface Expiring<T> {
  value: T
  /** From here on the next caller loads a fresh value (the cached one is still returned if that fails). */
  refreshAt: number
  /** After this the value is never returned. */
  expiresAt: number
}

/**
 * Values (access tokens) cached per key until their refresh time, loaded by one request however many callers
 * wait for it. While a value is due for refresh but not expired, a failed refresh answers the cached value, so a
 * blip at the token endpoint does not fail calls that still hold a valid token.
 */
export class RefreshingCache<K, T> {
  readonly #entries = new Map<K, Expiring<T>>()
  readonly #flights = new SingleFlight<K, T>()
  readonly #now: () => number

  /** @param now millisecond clock the entries' `refreshAt`/`expiresAt` are read by. */
  constructor(now: () => number) {
    this.#now = now
  }

  /**
   * The cached value for `key` while fresh; otherwise the value `load` (shared by concurrent callers) brings.
   * @throws whatever `load` throws, unless a cached value that has not expired can stand in.
   */
  async get(key: K, load: () => Promise<Expiring<T>>): Promise<T> {
    const current = this.#entries.get(key)
    if (current && this.#now() < current.refreshAt) return current.value
    try {
      return await this.#flights.run(key, async () => {
        const loaded = await load()
        this.#entries.set(key, loaded)
        return loaded.value
      })
    } catch (error) {
      // Only if nothing replaced or dropped it meanwhile (an invalidation after a 401 must stick).
      if (current && this.#entries.get(key) === current && this.#now() < current.expiresAt)
        return current.value
      throw error
    }
  }

  /**
   * Drops the cached value for `key` (the server refused it). With `which`, only if the cached value matches:
   * a late refusal of an old value must not throw away the one that replaced it.
   */
  invalidate(key: K, which?: (value: T) => boolean): void {
    const current = this.#entries.get(key)
    if (!current) return
    if (which && !which(current.value)) return
    this.#entries.delete(key)
  }
}
