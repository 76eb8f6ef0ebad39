/**
 * The resilience module on its own: backoff, `Retry-After`, retry, sleep and single flight — on a manual clock
 * with an injected random, so every delay is exact and nothing waits in real time.
 */
import { describe, expect, it } from 'vitest'
import { backoffDelay, parseRetryAfter, retry } from '../../bridge/resilience/retry.js'
import { RefreshingCache, SingleFlight } from '../../bridge/resilience/single-flight.js'
import { sleep } from '../../bridge/resilience/sleep.js'
import { ManualClock } from './support/manual-clock.js'

/** Lets every promise reaction that is already due run (one macrotask turn), without waiting for time. */
const settle = () => new Promise<void>((resolve) => setImmediate(resolve))

/** Tracks a promise's outcome so a test can say it has not settled yet. */
function track<T>(promise: Promise<T>): {
  state: 'pending' | 'resolved' | 'rejected'
  value?: T
  error?: unknown
} {
  const tracked: { state: 'pending' | 'resolved' | 'rejected'; value?: T; error?: unknown } = {
    state: 'pending',
  }
  promise.then(
    (value) => Object.assign(tracked, { state: 'resolved', value }),
    (error: unknown) => Object.assign(tracked, { state: 'rejected', error }),
  )
  return tracked
}

describe('backoffDelay', () => {
  it('doubles from the base and stops at the cap; without jitter it is the ceiling itself', () => {
    const backoff = { baseMs: 200, maxMs: 1_000, jitter: 'none' } as const
    expect([1, 2, 3, 4, 5].map((n) => backoffDelay(n, backoff))).toEqual([200, 400, 800, 1_000, 1_000])
    // A queue entry that has failed for weeks still computes the cap, not Infinity or NaN.
    expect(backoffDelay(10_000, backoff)).toBe(1_000)
  })

  it('with equal jitter draws from the upper half of the ceiling', () => {
    const at = (random: number) => (n: number) =>
      backoffDelay(n, { baseMs: 200, maxMs: 5_000, jitter: 'equal', random: () => random })
    expect([1, 2, 3].map(at(0))).toEqual([100, 200, 400])
    expect([1, 2, 3].map(at(0.5))).toEqual([150, 300, 600])
    expect(at(0.999)(6)).toBeLessThan(5_000)
    expect(at(0)(6)).toBe(2_500)
  })
})

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-11-23T09:00:00.000Z')

  it('reads delay-seconds and HTTP dates as milliseconds from now', () => {
    expect(parseRetryAfter('120', now)).toBe(120_000)
    expect(parseRetryAfter(' 0 ', now)).toBe(0)
    expect(parseRetryAfter('1.5', now)).toBe(1_500)
    expect(parseRetryAfter('Mon, 23 Nov 2026 09:00:30 GMT', now)).toBe(30_000)
  })

  it('counts a date in the past as 0 and anything unreadable as absent', () => {
    expect(parseRetryAfter('Mon, 23 Nov 2026 08:59:00 GMT', now)).toBe(0)
    for (const header of [null, undefined, '', 'soon', '-5'])
      expect(parseRetryAfter(header, now)).toBeUndefined()
  })
})

describe('sleep', () => {
  it('on a manual clock ends when the clock is moved past it, not before', async () => {
    const clock = new ManualClock()
    const slept = track(sleep(1_000, { clock }))
    await clock.untilSleeping()
    clock.advance(999)
    await settle()
    expect(slept.state).toBe('pending')
    clock.advance(1)
    await settle()
    expect(slept.state).toBe('resolved')
    expect(clock.sleeping).toBe(0)
  })

  it('is cut short by its signal, with the signal’s reason, and leaves no sleeper behind', async () => {
    const clock = new ManualClock()
    const controller = new AbortController()
    const slept = track(sleep(60_000, { clock, signal: controller.signal }))
    await clock.untilSleeping()
    controller.abort(new Error('shutting down'))
    await settle()
    expect(slept.state).toBe('rejected')
    expect((slept.error as Error).message).toBe('shutting down')
    expect(clock.sleeping).toBe(0)
    await expect(sleep(1, { clock, signal: controller.signal })).rejects.toThrow('shutting down')
  })

  it('without a clock that sleeps, waits on real timers (and is abortable there too)', async () => {
    await expect(sleep(0)).resolves.toBeUndefined()
    const controller = new AbortController()
    const slept = sleep(3_600_000, { signal: controller.signal })
    controller.abort(new Error('stop'))
    await expect(slept).rejects.toThrow('stop')
  })
})

describe('retry', () => {
  const backoff = { baseMs: 100, maxMs: 10_000, jitter: 'none' } as const

  /** An operation failing with `failures` in order, then answering `ok`. */
  function flaky(failures: unknown[]) {
    const calls: number[] = []
    const operation = async (n: number) => {
      calls.push(n)
      const failure = failures[n - 1]
      if (failure !== undefined) throw failure
      return 'ok'
    }
    return { calls, operation }
  }

  it('retries after the backoff, each wait measured by the clock, until the operation succeeds', async () => {
    const clock = new ManualClock()
    const { calls, operation } = flaky([new Error('503'), new Error('503')])
    const waits: number[] = []
    const result = track(
      retry(operation, {
        retries: 3,
        backoff,
        clock,
        decide: () => true,
        onRetry: (_error, _n, delay) => waits.push(delay),
      }),
    )
    await clock.untilSleeping()
    expect(calls).toEqual([1])
    clock.advance(100)
    await clock.untilSleeping()
    expect(calls).toEqual([1, 2])
    clock.advance(200)
    await settle()
    expect(result).toMatchObject({ state: 'resolved', value: 'ok' })
    expect(calls).toEqual([1, 2, 3])
    expect(waits).toEqual([100, 200])
  })

  it('waits what the decision says (a server’s Retry-After) instead of the backoff; 0 is at once', async () => {
    const clock = new ManualClock()
    const { calls, operation } = flaky([new Error('429'), new Error('401')])
    const waits: number[] = []
    const result = track(
      retry(operation, {
        retries: 3,
        backoff,
        clock,
        decide: (error) => ((error as Error).message === '429' ? 7_000 : 0),
        onRetry: (_error, _n, delay) => waits.push(delay),
      }),
    )
    await clock.untilSleeping()
    clock.advance(7_000)
    await settle()
    expect(result.state).toBe('resolved')
    expect(calls).toEqual([1, 2, 3])
    expect(waits).toEqual([7_000, 0])
  })

  it('gives up with the last error when the decision says no, the retries are spent, or the wait budget is', async () => {
    const clock = new ManualClock()
    const refused = new Error('400')
    await expect(
      retry(flaky([refused]).operation, { retries: 3, backoff, clock, decide: () => false }),
    ).rejects.toBe(refused)

    const spent = flaky([new Error('a'), new Error('b')])
    const onRetry: number[] = []
    const outOfRetries = track(
      retry(spent.operation, {
        retries: 1,
        backoff,
        clock,
        decide: () => true,
        onRetry: (_e, n) => onRetry.push(n),
      }),
    )
    await clock.untilSleeping()
    clock.advance(100)
    await settle()
    expect(outOfRetries.state).toBe('rejected')
    expect((outOfRetries.error as Error).message).toBe('b')
    expect(spent.calls).toEqual([1, 2])
    expect(onRetry).toEqual([1])

    // 100 + 200 fit in 300; the third wait (400) would not, so the third failure is final.
    const budget = flaky([new Error('1'), new Error('2'), new Error('3'), new Error('4')])
    const outOfBudget = track(
      retry(budget.operation, { retries: 10, backoff, clock, maxTotalWaitMs: 300, decide: () => true }),
    )
    await clock.untilSleeping()
    clock.advance(100)
    await clock.untilSleeping()
    clock.advance(200)
    await settle()
    expect(outOfBudget.state).toBe('rejected')
    expect((outOfBudget.error as Error).message).toBe('3')
    expect(budget.calls).toEqual([1, 2, 3])
  })

  it('stops waiting when its signal aborts', async () => {
    const clock = new ManualClock()
    const controller = new AbortController()
    const result = track(
      retry(flaky([new Error('503')]).operation, {
        retries: 3,
        backoff,
        clock,
        signal: controller.signal,
        decide: () => true,
      }),
    )
    await clock.untilSleeping()
    controller.abort(new Error('deadline'))
    await settle()
    expect(result.state).toBe('rejected')
    expect((result.error as Error).message).toBe('deadline')
  })
})

describe('SingleFlight', () => {
  it('shares one call among concurrent callers per key, and starts afresh once it settled', async () => {
    const flights = new SingleFlight<string, number>()
    let started = 0
    let release!: (value: number) => void
    const work = () => {
      started++
      return new Promise<number>((resolve) => {
        release = resolve
      })
    }
    const callers = Array.from({ length: 50 }, () => flights.run('a', work))
    const other = flights.run('b', () => Promise.resolve(2))
    expect(started).toBe(1)
    expect(flights.has('a')).toBe(true)
    release(1)
    expect(await Promise.all(callers)).toEqual(Array(50).fill(1))
    expect(await other).toBe(2)
    expect(flights.has('a')).toBe(false)
    const again = flights.run('a', work)
    expect(started).toBe(2)
    release(3)
    expect(await again).toBe(3)
  })

  it('shares a failure with the callers that waited for it and does not keep it', async () => {
    const flights = new SingleFlight<string, number>()
    const failing = () => Promise.reject(new Error('token endpoint down'))
    const results = await Promise.allSettled([flights.run('k', failing), flights.run('k', failing)])
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected'])
    await expect(flights.run('k', () => Promise.resolve(1))).resolves.toBe(1)
    // A loader that throws synchronously is a rejected promise too.
    await expect(
      flights.run('k', () => {
        throw new Error('sync')
      }),
    ).rejects.toThrow('sync')
  })
})

describe('RefreshingCache', () => {
  it('answers the cached value until its refresh time, then loads once for all callers', async () => {
    const clock = new ManualClock()
    const now = () => clock.now().getTime()
    const cache = new RefreshingCache<string, string>(now)
    let loads = 0
    const load = async () => ({
      value: `token-${++loads}`,
      refreshAt: now() + 1_000,
      expiresAt: now() + 2_000,
    })
    expect(await Promise.all([cache.get('s', load), cache.get('s', load)])).toEqual(['token-1', 'token-1'])
    clock.advance(999)
    expect(await cache.get('s', load)).toBe('token-1')
    clock.advance(1)
    expect(await Promise.all([cache.get('s', load), cache.get('s', load)])).toEqual(['token-2', 'token-2'])
    expect(loads).toBe(2)
  })

  it('falls back to the unexpired value when a refresh fails, and not once it has expired', async () => {
    const clock = new ManualClock()
    const now = () => clock.now().getTime()
    const cache = new RefreshingCache<string, string>(now)
    await cache.get('s', async () => ({ value: 'old', refreshAt: now() + 1_000, expiresAt: now() + 2_000 }))
    const down = () => Promise.reject(new Error('down'))
    clock.advance(1_500)
    expect(await cache.get('s', down)).toBe('old')
    clock.advance(500)
    await expect(cache.get('s', down)).rejects.toThrow('down')
  })

  it('invalidates only the value named, so a late refusal of an old value keeps its replacement', async () => {
    const clock = new ManualClock()
    const now = () => clock.now().getTime()
    const cache = new RefreshingCache<string, string>(now)
    let next = 'a'
    const load = async () => ({ value: next, refreshAt: now() + 1_000, expiresAt: now() + 2_000 })
    expect(await cache.get('s', load)).toBe('a')
    next = 'b'
    cache.invalidate('s', (value) => value === 'stale')
    expect(await cache.get('s', load)).toBe('a')
    cache.invalidate('s', (value) => value === 'a')
    expect(await cache.get('s', load)).toBe('b')
    // Invalidated while still unexpired: no fallback to it when the next load fails.
    cache.invalidate('s')
    await expect(cache.get('s', () => Promise.reject(new Error('down')))).rejects.toThrow('down')
  })
})
