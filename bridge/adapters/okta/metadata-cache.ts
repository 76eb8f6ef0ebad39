/**
 * A short-lived cache of group and app metadata (names, types, statuses) keyed by id: a plan reads the same
 * few groups and apps invocation after invocation, and their names and types change rarely, so re-reading
 * them on every plan spends Okta round trips (and rate limit) for nothing. Bounded in age (`ttlMs`: a rename
 * or a deletion is seen at most that late, or at once when Okta answers 404 for the id) and in size
 * (`maxEntries`: the oldest entry goes first). It holds metadata only: which ids a request may touch is
 * decided by the policy on every request, never by what is cached.
 */

/** Tunables of {@link MetadataCache}. */
export interface MetadataCacheOptions {
  /** How long an entry answers (default 60 000 ms); 0 turns the cache off. */
  ttlMs?: number
  /** The most entries kept (default 1 000). */
  maxEntries?: number
  /** Millisecond clock. */
  now?: () => number
}

/** Values by id, each answering until it is `ttlMs` old or invalidated. */
export class MetadataCache<V> {
  readonly #entries = new Map<string, { value: V; storedAt: number }>()
  readonly #ttlMs: number
  readonly #maxEntries: number
  readonly #now: () => number

  constructor(options: MetadataCacheOptions = {}) {
    this.#ttlMs = Math.max(0, options.ttlMs ?? 60_000)
    this.#maxEntries = Math.max(1, options.maxEntries ?? 1_000)
    this.#now = options.now ?? Date.now
  }

  /** The value stored for `id` if it is younger than the TTL. */
  get(id: string): V | undefined {
    const entry = this.#entries.get(id)
    if (!entry) return undefined
    const age = this.#now() - entry.storedAt
    // A clock that moved backwards (age < 0) does not make an entry fresh for longer.
    if (age >= this.#ttlMs || age < 0) {
      this.#entries.delete(id)
      return undefined
    }
    return entry.value
  }

  /** Stores `value` for `id`, as read just now. */
  set(id: string, value: V): void {
    if (this.#ttlMs === 0) return
    this.#entries.delete(id)
    this.#entries.set(id, { value, storedAt: this.#now() })
    // Insertion order is age order: the first key is the oldest.
    while (this.#entries.size > this.#maxEntries) {
      const oldest = this.#entries.keys().next().value as string
      this.#entries.delete(oldest)
    }
  }

  /** Forgets `id` (Okta answered 404 for it, or a write to it failed as if it were gone). */
  invalidate(id: string): void {
    this.#entries.delete(id)
  }

  /** How many entries are held (fresh or not yet swept). */
  get size(): number {
    return this.#entries.size
  }
}
