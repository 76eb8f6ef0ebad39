/**
 * What the SQLite and Postgres dialects' group commit share (`sqlite-group-commit.ts`, `postgres-group-commit.ts`):
 * the group — one open database transaction whose members are the Kysely transactions (savepoints) and lone
 * writes run inside it, and the promise they wait on before their callers go on — when a group must commit even
 * though others are waiting to join it, and the turns in which holders take the one connection it writes on.
 */

/** A group commits at once when the connection is handed back and the group is this old (ms), waiters or not. */
export const GROUP_MAX_MS = 4
/** …or once the connection was taken this many times inside it. */
export const GROUP_MAX_USES = 128

/** The savepoint each Kysely transaction is inside the group (one holder at a time: one name is enough). */
export const MEMBER_SAVEPOINT = 'member'

/** One open transaction and the promise its members wait on. */
export interface Group {
  readonly openedAt: number
  uses: number
  readonly committed: Promise<void>
  /** Why it ended without a commit (set when it failed under a holder). */
  failure?: unknown
  /** A commit is scheduled for the end of this turn of the event loop. */
  scheduled: boolean
  resolve: () => void
  reject: (error: unknown) => void
}

/** Counts of group commits, for the metrics and the benchmark: how many, carrying how many uses, how many failed. */
export interface GroupCommitStats {
  commits: number
  uses: number
  failed: number
}

/**
 * The one connection a group writes on, taken in turn: first come, first served, and handed straight to the next
 * waiter when given back (so nobody can slip in between, and waking one waiter costs nothing more).
 */
export class Turns {
  #held = false
  readonly #waiters: (() => void)[] = []

  /** Someone holds the connection. */
  get held(): boolean {
    return this.#held
  }

  /** Someone is waiting for it. */
  get waiting(): boolean {
    return this.#waiters.length > 0
  }

  /** Resolves when it is the caller's turn. */
  async take(): Promise<void> {
    if (this.#held) await new Promise<void>((resolve) => this.#waiters.push(resolve))
    else this.#held = true
  }

  /** Takes the connection if nobody holds it; `false` when someone does. */
  tryTake(): boolean {
    if (this.#held) return false
    this.#held = true
    return true
  }

  /** Hands the connection to the next waiter, or frees it. */
  release(): void {
    const next = this.#waiters.shift()
    if (next) next()
    else this.#held = false
  }
}

/** A new, empty group. */
export function newGroup(): Group {
  let resolve!: () => void
  let reject!: (error: unknown) => void
  const committed = new Promise<void>((res, rej) => {
    resolve = res
    reject = rej
  })
  // Members await it; one that rolled back does not, and its rejection must not go unhandled.
  committed.catch(() => {})
  return { openedAt: performance.now(), uses: 0, scheduled: false, committed, resolve, reject }
}

/** When a group commits even though others wait to join it (tests lift them to make grouping deterministic). */
export interface GroupLimits {
  maxMs: number
  maxUses: number
}

/** The bridge's limits: {@link GROUP_MAX_MS} and {@link GROUP_MAX_USES}. */
export const GROUP_LIMITS: GroupLimits = { maxMs: GROUP_MAX_MS, maxUses: GROUP_MAX_USES }

/** Whether a group must commit now, waiters or not: it is `maxMs` old or `maxUses` long. */
export function groupIsFull(group: Group, limits: GroupLimits): boolean {
  return group.uses >= limits.maxUses || performance.now() - group.openedAt >= limits.maxMs
}
