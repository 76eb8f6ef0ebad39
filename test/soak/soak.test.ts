/**
 * A very short soak in `npm test`: the bridge as a child process, Okta failing a fifth of its calls before and
 * after applying them, the bridge SIGKILLed and restarted, a client retrying with the same keys — and nothing
 * lost, nothing done twice, every grant ended and reported, the audit chain whole. `npm run soak` is the long
 * version; `.ci/run` runs `npm run soak -- --short` too.
 */
import { describe, expect, it } from 'vitest'
import { failed, formatFigures, runSoak } from './soak.js'

describe('soak, very short', () => {
  it('loses nothing and duplicates nothing through Okta faults and SIGKILLs', async () => {
    const figures = await runSoak({
      users: 6,
      concurrency: 3,
      faultRate: 0.2,
      // One kill, while the first users are still in flight.
      killAfterMs: [1_000, 2_500],
      maxKills: 1,
      grantSeconds: 8,
      // Beyond the probe's provisional minute (see SHORT_SOAK): a kill mid-probe stalls that family, no more.
      opDeadlineMs: 90_000,
      settleMs: 40_000,
    })
    const report = formatFigures(figures)
    // Three users go through five steps (revoke and leave), three through three (their grant expires).
    expect(figures.ops, report).toBe(24)
    expect(figures.kills, report).toBeGreaterThanOrEqual(1)
    expect(figures.faults, report).toBeGreaterThan(0)
    expect(figures.refused, report).toEqual({})
    expect(
      {
        lost: figures.lost,
        duplicated: figures.duplicated,
        unfinished: figures.unfinished,
        partialWithoutReport: figures.partialWithoutReport,
        reportsMissing: figures.reportsMissing,
        expiredStillPresent: figures.expiredStillPresent,
        auditOk: figures.auditVerify.ok,
      },
      report,
    ).toEqual({
      lost: 0,
      duplicated: 0,
      unfinished: 0,
      partialWithoutReport: 0,
      reportsMissing: 0,
      expiredStillPresent: 0,
      auditOk: true,
    })
    expect(failed(figures)).toBe(false)
  }, 180_000)
})
