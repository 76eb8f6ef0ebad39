/**
 * The soak: proof, under the failures production sees, that the bridge loses nothing and does nothing twice.
 *
 * - The bridge runs as a child process (`node --import tsx bridge/main.ts`, the production composition root) on a SQLite
 *   file, against an Okta sandbox and a ServiceNow sandbox served from this process (separate from the bridge,
 *   so they outlive it and their state is the evidence).
 * - Okta fails a share of calls (`faultRate`): 500, 503, connections held then dropped, connections reset —
 *   alternately *before* Okta applies the call and *after* (applied, answer lost: the ambiguous case).
 * - The bridge is SIGKILLed at random moments and restarted on the same database.
 * - A client plays ServiceNow: each user goes joiner → mover → grant-access → (revoke-access → leaver, or the
 *   grant left to expire), every step retried with the same `Idempotency-Key` on a network error, a 5xx, a
 *   429 or a 202, as the app's Invoke action does, until a definitive answer.
 *
 * Then faults stop, the bridge finishes what it has (expiries included), and the figures are computed from
 * Okta's state and System Log, the bridge's executions and audit, and ServiceNow's records — not from what the
 * bridge says about itself. Every loop is bounded; everything listens on 127.0.0.1.
 */
import { randomBytes } from 'node:crypto'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { type BridgeProcess, spawnBridge, startOktaOrg, stateOf } from '../bridge/support/okta-org.js'
import { type ServiceNowSandbox, startServiceNowSandbox } from '../sandboxes/servicenow/index.js'

/** How big and how hostile a soak is. */
export interface SoakOptions {
  /** Users taken through their lifecycle (each is 4 or 5 invocations). */
  users: number
  /** Users in flight at once. */
  concurrency: number
  /** Share of Okta calls that fail (0..1). */
  faultRate: number
  /** The bridge is killed after a random time between these (ms), counted from when it listens. */
  killAfterMs: [number, number]
  /** At most this many kills (default: no limit while the client runs). */
  maxKills?: number
  /** How long grants last (seconds from when they are requested). */
  grantSeconds: number
  /** How long one invocation may keep being retried before it counts as unfinished (ms). */
  opDeadlineMs: number
  /** How long the end phase waits for expiries and reports (ms). */
  settleMs: number
}

/** The default soak: a few minutes here. */
export const DEFAULT_SOAK: SoakOptions = {
  users: 100,
  concurrency: 8,
  faultRate: 0.2,
  killAfterMs: [4_000, 12_000],
  grantSeconds: 25,
  opDeadlineMs: 180_000,
  settleMs: 120_000,
}

/** The short soak `.ci/run` runs (well under 90 s). */
export const SHORT_SOAK: SoakOptions = {
  users: 8,
  concurrency: 4,
  faultRate: 0.2,
  killAfterMs: [4_000, 8_000],
  grantSeconds: 10,
  // Beyond a minute: a bridge killed while probing an endpoint family nobody had seen holds that family for the
  // probe's provisional window (60 s, `bridge/ports/okta-budget.ts`) — a stall, never a loss or a duplicate.
  opDeadlineMs: 90_000,
  settleMs: 45_000,
}

/** What a soak found. */
export interface SoakFigures {
  /** Invocations the client made (each retried until definitive); `requests` counts every HTTP attempt. */
  ops: number
  requests: number
  /** Times the bridge was SIGKILLed (and restarted). */
  kills: number
  /** Faults Okta injected, all kinds. */
  faults: number
  faultsByKind: Record<string, number>
  /** Invocations answered success whose effect is not in Okta, or users whose final state is not the expected one. */
  lost: number
  /** Okta changes made more than once (System Log), or more than one execution under one key. */
  duplicated: number
  /** Invocations without a definitive answer by their deadline, or executions still running at the end. */
  unfinished: number
  /** Failed executions that had changed Okta whose answer did not list those changes. */
  partialWithoutReport: number
  /** Ended grants whose expiry report (the work note) never reached ServiceNow. */
  reportsMissing: number
  /** Grants past their end whose access is still in Okta. */
  expiredStillPresent: number
  /** Definitive refusals (4xx) of invocations the scenario expects to succeed, by code. */
  refused: Record<string, number>
  /** Changes recorded without an Okta request id (not yet joined to the System Log). */
  unjoined: number
  /**
   * Session revocations Okta logged more than once for a user: the bridge repeats this stateless, idempotent
   * call when Okta's answer was lost. Not a duplicated change; shown so it is not hidden either.
   */
  repeatedSessionClears: number
  /** `GET /api/audit/verify`. */
  auditVerify: { ok: boolean; entries?: number; brokenAt?: number; reason?: string }
  /** Human-readable details of every problem counted above. */
  problems: string[]
  durationMs: number
}

/** Whether the figures show a defect: any loss, duplicate, unfinished work, missing report, or a broken audit. */
export function failed(figures: SoakFigures): boolean {
  return (
    figures.lost > 0 ||
    figures.duplicated > 0 ||
    figures.unfinished > 0 ||
    figures.partialWithoutReport > 0 ||
    figures.reportsMissing > 0 ||
    figures.expiredStillPresent > 0 ||
    !figures.auditVerify.ok
  )
}

/** The figures as the lines `npm run soak` prints. */
export function formatFigures(figures: SoakFigures): string {
  const kinds = Object.entries(figures.faultsByKind)
    .map(([kind, n]) => `${kind}: ${n}`)
    .join(', ')
  const refused = Object.entries(figures.refused)
    .map(([code, n]) => `${code}: ${n}`)
    .join(', ')
  const verify = figures.auditVerify
  return [
    `ops                      ${figures.ops} (${figures.requests} HTTP requests with retries)`,
    `kills                    ${figures.kills}`,
    `faults                   ${figures.faults}${kinds ? ` (${kinds})` : ''}`,
    `lost                     ${figures.lost}`,
    `duplicated               ${figures.duplicated}`,
    `unfinished               ${figures.unfinished}`,
    `partial-without-report   ${figures.partialWithoutReport}`,
    `reports-missing          ${figures.reportsMissing}`,
    `expired-still-present    ${figures.expiredStillPresent}`,
    `refused                  ${refused || 0}`,
    `unjoined                 ${figures.unjoined}`,
    `repeated session clears  ${figures.repeatedSessionClears} (idempotent, no state: not duplicates)`,
    `audit verify             ${verify.ok ? `ok (${verify.entries ?? '?'} entries)` : `BROKEN at ${verify.brokenAt}: ${verify.reason}`}`,
    `duration                 ${(figures.durationMs / 1000).toFixed(1)} s`,
    ...figures.problems.map((problem) => `  ! ${problem}`),
  ].join('\n')
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const between = ([low, high]: [number, number]) => low + Math.random() * (high - low)

/** The bridge process, killed and restarted on the same database. */
class BridgeUnderTest {
  current: BridgeProcess | undefined
  kills = 0
  private starting: Promise<void> | undefined

  constructor(private readonly env: Record<string, string>) {}

  /** The URL to call now; undefined while the bridge is down. */
  get url(): string | undefined {
    return this.current?.proc.exitCode === null && this.current.proc.signalCode === null
      ? this.current.url
      : undefined
  }

  async start(): Promise<void> {
    this.starting ??= spawnBridge(this.env, 90_000).then(
      (bridge) => {
        this.current = bridge
        this.starting = undefined
      },
      (error: unknown) => {
        this.starting = undefined
        throw error
      },
    )
    await this.starting
  }

  async kill(): Promise<void> {
    const bridge = this.current
    if (!bridge) return
    bridge.proc.kill('SIGKILL')
    await bridge.exited
    this.kills++
  }

  async stop(): Promise<void> {
    const bridge = this.current
    if (!bridge || bridge.proc.exitCode !== null || bridge.proc.signalCode !== null) return
    bridge.proc.kill('SIGTERM')
    await bridge.exited
  }
}

/** One invocation's definitive answer (or none). */
interface Outcome {
  status: number | undefined
  body: Record<string, unknown> | undefined
  executionIds: Set<string>
}

/** A scenario step's record. */
interface OpRecord {
  user: number
  flow: string
  key: string
  outcome: Outcome
}

/** Runs a soak; the figures say what it found. `log` gets progress lines. */
export async function runSoak(
  options: SoakOptions,
  log: (line: string) => void = () => {},
): Promise<SoakFigures> {
  const started = Date.now()
  const run = randomBytes(3).toString('hex')
  const org = await startOktaOrg({ groups: ['Engineering', 'Sales', 'Support'], apps: ['Slack'] })
  const snPassword = randomBytes(18).toString('base64url')
  let sn: ServiceNowSandbox | undefined
  let bridge: BridgeUnderTest | undefined
  try {
    sn = await startServiceNowSandbox({ users: [{ username: 'okta.bridge', password: snPassword }] })
    const group = (name: string) => org.groups.find((g) => g.name === name)!.id
    const slack = org.apps[0]!.id
    // The policy: everything seeded is manageable; Support is requestable (time-bound access).
    await writeFile(
      org.env.BRIDGE_POLICY_FILE!,
      JSON.stringify({
        manageableGroups: org.groups.map((g) => g.id),
        manageableApps: org.apps.map((a) => a.id),
        writableProfileAttributes: ['department', 'title'],
        accessGrants: { maxDays: 30, resources: { [group('Support')]: {} } },
      }),
    )
    bridge = new BridgeUnderTest({
      ...org.env,
      NODE_ENV: 'development',
      LOG_LEVEL: 'error',
      DATABASE_URL: `sqlite:${join(org.dir, 'soak.db')}`,
      SERVICENOW_URL: sn.url,
      SERVICENOW_USER: 'okta.bridge',
      SERVICENOW_PASSWORD: snPassword,
      BRIDGE_EXPIRY_POLL_MS: '500',
      BRIDGE_SYNC_DEADLINE_MS: '8000',
      RECONCILE_INTERVAL_MINUTES: '0',
      SHUTDOWN_GRACE_SECONDS: '5',
      // A killed bridge's executions are resumed once their lease lapses: short, so the soak's deadlines hold.
      EXECUTION_LEASE_SECONDS: '2',
    })
    const under = bridge
    await under.start()
    log(`bridge up at ${under.url}; Okta sandbox ${org.sandbox.url}; ServiceNow sandbox ${sn.url}`)

    // ---- Faults and kills, until the client is done ---------------------------------------------------
    let clientDone = false
    const setFaults = async (phase: 'before' | 'after' | 'off') =>
      fetch(`${org.sandbox.url}/__sandbox/config`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          faults:
            phase === 'off'
              ? null
              : {
                  rate: options.faultRate,
                  statuses: [500, 503, 'timeout', 'reset'],
                  phase,
                  timeoutMs: 1_500,
                },
        }),
      }).then((res) => {
        if (!res.ok) throw new Error(`the Okta sandbox refused the fault configuration: ${res.status}`)
      })
    const faulting = (async () => {
      for (let turn = 0; !clientDone; turn++) {
        await setFaults(turn % 2 === 0 ? 'before' : 'after')
        for (let waited = 0; waited < 3_000 && !clientDone; waited += 250) await sleep(250)
      }
      await setFaults('off')
    })()
    const killing = (async () => {
      while (!clientDone && under.kills < (options.maxKills ?? Number.POSITIVE_INFINITY)) {
        const due = Date.now() + between(options.killAfterMs)
        while (!clientDone && Date.now() < due) await sleep(100)
        if (clientDone) break
        await under.kill()
        log(`killed the bridge (${under.kills})`)
        await under.start()
      }
    })()

    // ---- The client ---------------------------------------------------------------------------------------
    let requests = 0
    const ops: OpRecord[] = []
    const invoke = async (user: number, flow: string, key: string, body: unknown): Promise<Outcome> => {
      const outcome: Outcome = { status: undefined, body: undefined, executionIds: new Set() }
      const deadline = Date.now() + options.opDeadlineMs
      while (Date.now() < deadline) {
        const url = under.url
        if (url === undefined) {
          await sleep(200)
          continue
        }
        requests++
        let status: number
        let answer: Record<string, unknown> | undefined
        let retryAfter: number | undefined
        try {
          const res = await fetch(`${url}/api/flo/${flow}/invoke`, {
            method: 'POST',
            headers: {
              'content-type': 'application/json',
              'x-api-client-token': org.token,
              'idempotency-key': key,
            },
            body: JSON.stringify(body),
            signal: AbortSignal.timeout(30_000),
          })
          status = res.status
          answer = (await res.json().catch(() => undefined)) as Record<string, unknown> | undefined
          retryAfter = Number(res.headers.get('retry-after') ?? '') || undefined
        } catch {
          // Refused, reset or cut off (a kill mid-request): ServiceNow sees "unreachable" and retries.
          await sleep(200 + Math.random() * 300)
          continue
        }
        if (typeof answer?.executionId === 'string') outcome.executionIds.add(answer.executionId)
        if (status === 202 || status === 429 || status >= 500) {
          await sleep(Math.min(2_000, (retryAfter ?? 0.3) * 1000) + Math.random() * 200)
          continue
        }
        outcome.status = status
        outcome.body = answer
        break
      }
      ops.push({ user, flow, key, outcome })
      return outcome
    }

    /** What each user should end as, and its grant. */
    interface Expected {
      user: number
      login: string
      revoked: boolean
      grantId?: string
      grantSysId?: string
    }
    const expected = new Map<number, Expected>()
    const problems: string[] = []
    let lost = 0
    const check = (ok: boolean, what: string) => {
      if (!ok) {
        lost++
        problems.push(`lost: ${what}`)
      }
    }
    const lifecycle = async (i: number) => {
      const login = `soak.${run}.${i}@example.com`
      const revoked = i % 2 === 0
      const number = (n: number) => `RITM${String(5_000_000 + i * 10 + n).padStart(9, '0')}`
      const ticket = (n: number) => ({
        number: number(n),
        requestedBy: 'soak.client',
        approvedBy: 'soak.approver',
      })
      const record: Expected = { user: i, login, revoked }
      expected.set(i, record)
      const succeeded = (o: Outcome) => o.status === 200 && o.body?.status === 'succeeded'

      const joiner = await invoke(i, 'joiner', `${number(1)}:joiner`, {
        ticket: ticket(1),
        profile: { login, email: login, firstName: 'Soak', lastName: `User${i}`, department: 'Engineering' },
        groups: [group('Engineering')],
        apps: [slack],
      })
      if (!succeeded(joiner)) return
      const userId = (joiner.body!.output as { userId: string }).userId
      const afterJoiner = stateOf(org, userId)
      check(
        afterJoiner.groups.includes(group('Engineering')) && afterJoiner.apps.includes(slack),
        `${login}: joiner answered success but Engineering/Slack are missing`,
      )

      const mover = await invoke(i, 'mover', `${number(2)}:mover`, {
        ticket: ticket(2),
        user: { id: userId },
        profile: { title: 'Engineer II' },
        addGroups: [group('Sales')],
      })
      if (!succeeded(mover)) return
      const afterMover = stateOf(org, userId)
      check(
        afterMover.profile.title === 'Engineer II' && afterMover.groups.includes(group('Sales')),
        `${login}: mover answered success but the title or Sales is missing`,
      )

      // The grant's requested item exists in ServiceNow, so the expiry report has a record to land on.
      const item = sn!.seed({ sc_req_item: [{ short_description: `Soak access for ${login}` }] })
        .sc_req_item![0]!
      const expiresAt = Date.now() + options.grantSeconds * 1000
      const grant = await invoke(i, 'grant-access', `${number(3)}:grant-access`, {
        ticket: {
          number: item.number,
          sysId: item.sys_id,
          requestedBy: 'soak.client',
          approvedBy: 'soak.approver',
        },
        user: { id: userId },
        resource: { type: 'group', id: group('Support') },
        expiresAt: new Date(expiresAt).toISOString(),
        justification: 'Soak test',
      })
      if (!succeeded(grant)) return
      record.grantId = (grant.body!.output as { grantId: string }).grantId
      record.grantSysId = item.sys_id
      // A grant may already have expired by the time a slow, retried answer arrives: only check it is there
      // when its end has not passed.
      if (Date.now() < expiresAt - 1_000) {
        check(
          stateOf(org, userId).groups.includes(group('Support')),
          `${login}: grant answered success but Support is missing`,
        )
      }
      if (!revoked) return

      const revoke = await invoke(i, 'revoke-access', `${number(4)}:revoke-access`, {
        ticket: ticket(4),
        grantId: record.grantId,
        reason: 'Soak: done early',
      })
      if (succeeded(revoke)) {
        check(
          !stateOf(org, userId).groups.includes(group('Support')),
          `${login}: revoke answered success but Support is still there`,
        )
      }
      const leaver = await invoke(i, 'leaver', `${number(5)}:leaver`, {
        ticket: ticket(5),
        user: { id: userId },
      })
      if (succeeded(leaver)) {
        check(
          stateOf(org, userId).status === 'DEPROVISIONED',
          `${login}: leaver answered success but the user is not deactivated`,
        )
      }
    }

    let next = 0
    await Promise.all(
      Array.from({ length: Math.min(options.concurrency, options.users) }, async () => {
        while (next < options.users) {
          const i = next++
          await lifecycle(i)
          log(`user ${i + 1}/${options.users} done`)
        }
      }),
    )
    clientDone = true
    await Promise.all([faulting, killing])
    if (under.url === undefined) await under.start()
    log('client done; faults off; waiting for expiries and reports')

    // ---- Settle: expiries ended and reported ------------------------------------------------------------
    const toExpire = [...expected.values()].filter((e) => !e.revoked && e.grantId !== undefined)
    const userIdOf = (login: string) => org.sandbox.org.findUser(login)?.id
    const stillPresent = () =>
      toExpire.filter((e) => {
        const id = userIdOf(e.login)
        return id !== undefined && stateOf(org, id).groups.includes(group('Support'))
      })
    const notes = (sysId: string) =>
      sn!.tables
        .rows('sys_journal_field')
        .filter((row) => row.element_id === sysId && row.element === 'work_notes')
    const unreported = () => toExpire.filter((e) => notes(e.grantSysId!).length === 0)
    const settleBy = Date.now() + options.settleMs
    while (Date.now() < settleBy && (stillPresent().length > 0 || unreported().length > 0)) await sleep(500)

    // ---- Figures --------------------------------------------------------------------------------------------
    const url = under.url!
    const headers = { 'x-api-client-token': org.token }
    let unfinished = 0
    let duplicated = 0
    let partialWithoutReport = 0
    let unjoined = 0
    const refused: Record<string, number> = {}
    for (const op of ops) {
      if (op.outcome.status === undefined) {
        unfinished++
        problems.push(
          `unfinished: ${op.flow} ${op.key} had no definitive answer in ${options.opDeadlineMs} ms`,
        )
      } else if (op.outcome.status !== 200) {
        const code = String(op.outcome.body?.code ?? op.outcome.status)
        refused[code] = (refused[code] ?? 0) + 1
        problems.push(
          `refused: ${op.flow} ${op.key}: ${op.outcome.status} ${code} ${String(op.outcome.body?.detail ?? '')}`,
        )
      }
      if (op.outcome.executionIds.size > 1) {
        duplicated++
        problems.push(`duplicated: ${op.key} answered by ${op.outcome.executionIds.size} executions`)
      }
      for (const id of op.outcome.executionIds) {
        const res = await fetch(`${url}/api/flo/executions/${id}`, { headers })
        const view = (await res.json()) as { status: string; changes: { oktaRequestId: string | null }[] }
        if (view.status === 'running') {
          unfinished++
          problems.push(`unfinished: execution ${id} (${op.key}) is still running`)
        }
        unjoined += view.changes.filter((c) => c.oktaRequestId === null).length
        if (view.status === 'failed' && view.changes.length > 0 && op.outcome.status !== 200) {
          const told = (op.outcome.body?.changes as unknown[] | undefined)?.length ?? 0
          if (told < view.changes.length) {
            partialWithoutReport++
            problems.push(
              `partial-without-report: ${op.key} failed after ${view.changes.length} changes, answer listed ${told}`,
            )
          }
        }
      }
    }

    // Okta's System Log: every change the bridge made, counted per (event type, targets). Ending sessions is
    // left out and counted apart: it changes no state, so the bridge repeats it when an answer was lost (it
    // cannot know whether Okta applied it), and Okta logs each call — a repeat, not a second change.
    const seen = new Map<string, number>()
    let repeatedSessionClears = 0
    const clears = new Map<string, number>()
    for (const event of org.events) {
      if (
        event.actor.id !== org.clientId ||
        !/^(user\.|group\.user_membership|application\.user_membership)/.test(event.eventType)
      )
        continue
      if (event.eventType === 'user.session.clear') {
        const user = event.target[0]?.id ?? ''
        clears.set(user, (clears.get(user) ?? 0) + 1)
        if (clears.get(user)! > 1) repeatedSessionClears++
        continue
      }
      if (event.eventType.startsWith('application.') && event.target.length === 0) continue
      const key = `${event.eventType} ${event.target
        .map((t) => t.id)
        .sort()
        .join(',')}`
      seen.set(key, (seen.get(key) ?? 0) + 1)
    }
    for (const [key, count] of seen) {
      if (count > 1) {
        duplicated += count - 1
        problems.push(`duplicated: Okta recorded ${key} ${count} times`)
      }
    }
    for (const e of expected.values()) {
      const matching = [...org.sandbox.org.users.values()].filter((u) => String(u.profile.login) === e.login)
      if (matching.length > 1) {
        duplicated += matching.length - 1
        problems.push(`duplicated: ${matching.length} users with login ${e.login}`)
      }
    }

    // Final state: what every user should look like after the whole scenario.
    for (const e of expected.values()) {
      const id = userIdOf(e.login)
      const done = ops.filter((op) => op.user === e.user)
      if (id === undefined || done.some((op) => op.outcome.status !== 200)) continue
      const state = stateOf(org, id)
      if (e.revoked && done.length === 5) {
        check(
          state.status === 'DEPROVISIONED',
          `${e.login}: final status ${state.status}, expected DEPROVISIONED`,
        )
      } else if (!e.revoked && done.length === 3) {
        check(
          state.groups.includes(group('Engineering')) &&
            state.groups.includes(group('Sales')) &&
            state.apps.includes(slack) &&
            state.profile.title === 'Engineer II',
          `${e.login}: final state lacks the joiner's or the mover's access`,
        )
      }
    }

    const expiredStillPresent = stillPresent().length
    for (const e of stillPresent())
      problems.push(`expired-still-present: ${e.login} still in Support after ${e.grantId} ended`)
    const reportsMissing = unreported().length
    for (const e of unreported())
      problems.push(`reports-missing: no work note for ${e.grantId} on ${e.grantSysId}`)

    const auditVerify = (await (
      await fetch(`${url}/api/audit/verify`, { headers })
    ).json()) as SoakFigures['auditVerify']
    const stats = (await (await fetch(`${org.sandbox.url}/__sandbox/stats`)).json()) as {
      faultsInjected: Record<string, number>
    }
    const faults = Object.values(stats.faultsInjected).reduce((a, b) => a + b, 0)
    return {
      ops: ops.length,
      requests,
      kills: under.kills,
      faults,
      faultsByKind: stats.faultsInjected,
      lost,
      duplicated,
      unfinished,
      partialWithoutReport,
      reportsMissing,
      expiredStillPresent,
      refused,
      unjoined,
      repeatedSessionClears,
      auditVerify,
      problems,
      durationMs: Date.now() - started,
    }
  } finally {
    await bridge?.stop().catch(() => {})
    if (bridge?.current?.proc.exitCode === null) bridge.current.proc.kill('SIGKILL')
    await sn?.stop()
    await org.stop()
  }
}
