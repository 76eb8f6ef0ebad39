/**
 * The audit chain anchored outside the bridge's database, over HTTP: a sandbox-mode bridge on a SQLite file with
 * its ServiceNow sandbox and a clock the test moves. Every execution that changed something sends the chain head
 * (seq, hash and the short hash of each entry since the previous anchor) to `x_okta_jml_audit_anchor` through the
 * outbox; entries added otherwise are anchored within a minute. `GET /api/audit/verify` reads the anchors back,
 * so what the hash chain alone cannot show is caught and named: the tail of the table cut off, the chain
 * rewritten with every hash recomputed, a middle entry deleted and the rest renumbered. `npm run audit:verify`
 * does the same from the command line; without ServiceNow both say that only in-database tampering shows.
 */
import { spawn } from 'node:child_process'
import { randomBytes, randomInt, randomUUID } from 'node:crypto'
import { once } from 'node:events'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import SQLite from 'better-sqlite3'
import request from 'supertest'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { auditHash, GENESIS_HASH } from '../../bridge/adapters/store/index.js'
import { AUDIT_ANCHOR_TABLE } from '../../bridge/jobs/audit-anchorer.js'
import { type RunningBridge, startBridge } from '../../dev/start.js'
import { AuditVerifyResult, UNANCHORED_DETAIL } from '../../shared/index.js'
import type { SnRecord } from '../sandboxes/servicenow/index.js'
import { expectProblem, expectSucceeded, TOKEN, uniqueLogin } from './support/flows-harness.js'
import { ManualClock } from './support/manual-clock.js'
import { type OktaOrg, ROOT, startOktaOrg } from './support/okta-org.js'

const clock = new ManualClock('2026-05-04T10:00:00.000Z')
let dir: string
let dbFile: string
let bridge: RunningBridge

function ticket() {
  return {
    number: `RITM${randomInt(1_000_000_000, 9_999_999_999)}`,
    requestedBy: 'hr.bot',
    approvedBy: 'it.mgr',
  }
}

function invoke(flow: string, body: unknown) {
  return request(bridge.url)
    .post(`/api/flo/${flow}/invoke`)
    .set('x-api-client-token', TOKEN)
    .set('idempotency-key', randomUUID())
    .send(body as object)
}

function verify(on: RunningBridge = bridge) {
  return request(on.url).get('/api/audit/verify').set('x-api-client-token', TOKEN)
}

/** A verify answer: 200, and the shape the contract in `shared/` describes. */
function verdict(res: request.Response): AuditVerifyResult {
  expect(res.status, JSON.stringify(res.body)).toBe(200)
  return AuditVerifyResult.parse(res.body)
}

/** Delivers what the outbox holds (the dispatcher's own round may be under way: wait for it too). */
async function deliver(): Promise<void> {
  await bridge.outboxDispatcher.settled()
  await bridge.outboxDispatcher.tick()
  await bridge.outboxDispatcher.settled()
}

/** The anchors ServiceNow holds, by seq. */
function anchorsInServiceNow(): SnRecord[] {
  return bridge
    .servicenowSandbox!.sandbox.tables.rows(AUDIT_ANCHOR_TABLE)
    .sort((a, b) => Number(a.seq) - Number(b.seq))
}

/** Runs `tamper` on the database file, checks the verdict, then puts every audit row back as it was. */
async function tampered(tamper: (db: SQLite.Database) => void): Promise<AuditVerifyResult> {
  const db = new SQLite(dbFile)
  const saved = db.prepare('select * from audit_entries order by seq').all() as Record<string, unknown>[]
  try {
    db.transaction(() => tamper(db))()
    return verdict(await verify())
  } finally {
    db.transaction(() => {
      db.prepare('delete from audit_entries').run()
      const columns = Object.keys(saved[0]!)
      const insert = db.prepare(
        `insert into audit_entries (${columns.join(', ')}) values (${columns.map((c) => `@${c}`).join(', ')})`,
      )
      for (const row of saved) insert.run(row)
    })()
    db.close()
  }
}

/** Rewrites every row from `fromSeq` on with hashes recomputed, as someone holding the file and the code would. */
function rehash(db: SQLite.Database, fromSeq: number): void {
  const rows = db.prepare('select * from audit_entries where seq >= ? order by seq').all(fromSeq) as Record<
    string,
    string | number | null
  >[]
  const before = db.prepare('select hash from audit_entries where seq = ?').get(fromSeq - 1) as
    | { hash: string }
    | undefined
  let prev = before?.hash ?? GENESIS_HASH
  const update = db.prepare('update audit_entries set prev_hash = ?, hash = ? where seq = ?')
  for (const row of rows) {
    const entry = {
      seq: row.seq,
      executionId: row.execution_id,
      flow: row.flow,
      ticketNumber: row.ticket_number,
      ticketSysId: row.ticket_sys_id,
      requestedBy: row.requested_by,
      approvedBy: row.approved_by,
      caller: row.caller,
      operation: row.operation,
      target: JSON.parse(String(row.target)),
      oktaUserId: row.okta_user_id,
      oktaRequestId: row.okta_request_id,
      outcome: row.outcome,
      at: row.at,
    } as Parameters<typeof auditHash>[1]
    const hash = auditHash(prev, entry)
    update.run(prev, hash, row.seq)
    prev = hash
  }
}

let total = 0

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bridge-anchor-'))
  dbFile = join(dir, 'bridge.db')
  bridge = await startBridge(
    {
      NODE_ENV: 'test',
      PORT: '0',
      LOG_LEVEL: 'silent',
      BRIDGE_CLIENT_TOKENS: TOKEN,
      RECONCILE_INTERVAL_MINUTES: '0',
      DATABASE_URL: `sqlite:${dbFile}`,
    },
    { print: () => {}, clock, auditJobs: false },
  )
  const env = bridge.sandbox!
  const group = (name: string) => env.groups.find((g) => g.name === name)!.id
  // Three executions that change something (a joiner with a group and an app, a mover), one that changes nothing.
  const login = uniqueLogin('anchor')
  const joined = expectSucceeded(
    await invoke('joiner', {
      ticket: ticket(),
      profile: { login, email: login, firstName: 'An', lastName: 'Chor' },
      groups: [group('Engineering')],
    }),
    'joiner',
  )
  await deliver()
  const moved = expectSucceeded(
    await invoke('mover', {
      ticket: ticket(),
      user: { id: joined.output.userId },
      addGroups: [group('Sales')],
      removeGroups: [group('Engineering')],
    }),
    'mover',
  )
  await deliver()
  const other = uniqueLogin('other')
  const second = expectSucceeded(
    await invoke('joiner', {
      ticket: ticket(),
      profile: { login: other, email: other, firstName: 'Oth', lastName: 'Er' },
      groups: [group('Support')],
    }),
    'joiner',
  )
  await deliver()
  total = joined.changes.length + moved.changes.length + second.changes.length
  // Nothing to change: no entry, no anchor.
  expectSucceeded(await invoke('unlock', { ticket: ticket(), user: { id: joined.output.userId } }), 'unlock')
  await deliver()
}, 60_000)

afterAll(async () => {
  await bridge?.stop()
  await rm(dir, { recursive: true, force: true })
})

describe('anchoring', () => {
  it('sends the chain head to ServiceNow at the end of every execution that changed something', async () => {
    const chain = await bridge.store.audit({})
    expect(chain).toHaveLength(total)
    const anchors = anchorsInServiceNow()
    // One per execution that changed something; each covers the entries since the previous one.
    expect(anchors).toHaveLength(3)
    let first = 1
    for (const anchor of anchors) {
      const seq = Number(anchor.seq)
      expect(anchor).toMatchObject({
        hash: chain[seq - 1]!.hash,
        first_seq: String(first),
        entry_hashes: chain
          .slice(first - 1, seq)
          .map((entry) => entry.hash.slice(0, 16))
          .join(','),
        sys_created_by: 'okta.bridge',
      })
      expect(anchor.anchored_at).toMatch(/^2026-05-04 10:00:00$/)
      first = seq + 1
    }
    expect(Number(anchors.at(-1)!.seq)).toBe(total)
    expect((await bridge.outbox.bySource('audit-anchor')).map((m) => m.status)).toEqual([
      'delivered',
      'delivered',
      'delivered',
    ])
  })

  it('verify reads the anchors back: intact, and says what it checked against', async () => {
    expect(verdict(await verify())).toEqual({
      ok: true,
      entries: total,
      anchoring: {
        configured: true,
        source: 'servicenow',
        table: AUDIT_ANCHOR_TABLE,
        anchors: 3,
        latest: { seq: total, anchoredAt: '2026-05-04T10:00:00Z' },
      },
    })
  })

  it('anchors entries no execution end reported within a minute, by the clock', async () => {
    // A change recorded by an execution still running (a long one): no execution end anchors it yet.
    const execution = {
      id: `exe_${randomUUID()}`,
      flow: 'unlock' as const,
      idempotencyKey: randomUUID(),
      requestHash: 'x'.repeat(64),
      ticket: ticket(),
      caller: { kind: 'client-token' as const, id: 'servicenow' },
      input: {},
    }
    await bridge.store.begin(execution)
    await bridge.store.recordStep(execution.id, {
      attempt: 1,
      operation: 'unlockUser',
      target: { userId: `00u${randomBytes(9).toString('hex').slice(0, 17)}` },
      oktaRequestId: `req-${randomBytes(8).toString('hex')}`,
      outcome: 'succeeded',
      error: null,
    })
    const anchorer = bridge.auditAnchorer!
    expect(await anchorer.tick()).toEqual([]) // seen now
    clock.advance(30_000)
    expect(await anchorer.tick()).toEqual([])
    clock.advance(25_000)
    const anchored = await anchorer.tick()
    expect(anchored.map((a) => [a.firstSeq, a.seq])).toEqual([[total + 1, total + 1]])
    await deliver()
    expect(anchorsInServiceNow().map((a) => a.seq)).toContain(String(total + 1))
    expect(await anchorer.tick()).toEqual([]) // nothing left waiting
    await bridge.store.finish(execution.id, { status: 'succeeded', output: null })
    total += 1
    expect(verdict(await verify())).toMatchObject({ ok: true, entries: total, anchoring: { anchors: 4 } })
  })
})

describe('tampering the chain alone cannot show, named', () => {
  it('the table’s tail cut off: the first missing entry', async () => {
    const result = await tampered((db) => {
      db.prepare('delete from audit_entries where seq > ?').run(total - 2)
    })
    expect(result).toMatchObject({ ok: false, entries: total - 2, brokenAt: total - 1 })
    expect(result.reason).toContain(`entries ${total - 1}–${total} are missing`)
    expect(verdict(await verify()).ok).toBe(true)
  })

  it('every entry removed: entry 1 is missing', async () => {
    const result = await tampered((db) => {
      db.prepare('delete from audit_entries').run()
    })
    expect(result).toMatchObject({ ok: false, entries: 0, brokenAt: 1 })
  })

  it('the chain rewritten from an altered entry with every hash recomputed: that entry', async () => {
    const altered = 3
    const result = await tampered((db) => {
      db.prepare('update audit_entries set approved_by = ? where seq = ?').run('mallory', altered)
      rehash(db, altered)
    })
    expect(result).toMatchObject({ ok: false, entries: total, brokenAt: altered })
    expect(result.reason).toMatch(/not the entry anchored in ServiceNow.*rewritten/)
  })

  it('a middle entry deleted and the rest renumbered and rehashed: its position', async () => {
    const deleted = 4
    const result = await tampered((db) => {
      db.prepare('delete from audit_entries where seq = ?').run(deleted)
      // Renumbered from the end down, one row at a time (the primary key forbids two equal seqs at once).
      const later = db.prepare('select seq from audit_entries where seq > ? order by seq').all(deleted) as {
        seq: number
      }[]
      for (const { seq } of later)
        db.prepare('update audit_entries set seq = ? where seq = ?').run(seq - 1, seq)
      rehash(db, deleted)
    })
    expect(result).toMatchObject({ ok: false, entries: total - 1, brokenAt: deleted })
  })

  it('a middle entry deleted without renumbering: the gap, as before', async () => {
    const result = await tampered((db) => {
      db.prepare('delete from audit_entries where seq = ?').run(2)
    })
    expect(result).toMatchObject({ ok: false, brokenAt: 2 })
    expect(result.reason).toMatch(/^gap: entry 2 is missing/)
  })

  it('ServiceNow unreadable: 502 servicenow-unavailable, never an "ok"', async () => {
    const sn = bridge.servicenowSandbox!.sandbox
    sn.configure({ faults: { rate: 1, statuses: [403], pathPrefix: `/api/now/table/${AUDIT_ANCHOR_TABLE}` } })
    try {
      expectProblem(await verify(), 502, 'servicenow-unavailable')
    } finally {
      sn.configure({ faults: null })
    }
    expect(verdict(await verify()).ok).toBe(true)
  })
})

/** Runs `npm run audit:verify` (as the npm script does) with this environment. */
async function cli(
  env: Record<string, string>,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const base = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !name.startsWith('SERVICENOW_')),
  )
  const child = spawn(process.execPath, ['--import', 'tsx', 'bridge/cli/audit-verify.ts'], {
    cwd: ROOT,
    env: { ...base, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString()
  })
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString()
  })
  const [code] = (await once(child, 'exit')) as [number | null]
  return { code, stdout, stderr }
}

describe('npm run audit:verify', () => {
  it('checks the database against ServiceNow’s anchors: OK, then the truncated tail named (exit 1)', async () => {
    const { instanceUrl, username, password } = bridge.servicenowSandbox!.config
    const env = {
      DATABASE_URL: `sqlite:${dbFile}`,
      SERVICENOW_URL: instanceUrl,
      SERVICENOW_USER: username!,
      SERVICENOW_PASSWORD: password!,
    }
    const latestAt = `${anchorsInServiceNow().at(-1)!.anchored_at!.replace(' ', 'T')}Z`
    const intact = await cli(env)
    expect(intact).toEqual({
      code: 0,
      stdout: `audit chain OK (${total} entries; checked against 4 anchors in ServiceNow, the latest at entry ${total} (${latestAt}))\n`,
      stderr: '',
    })
    const db = new SQLite(dbFile)
    const saved = db.prepare('select * from audit_entries where seq = ?').get(total) as Record<
      string,
      unknown
    >
    try {
      db.prepare('delete from audit_entries where seq = ?').run(total)
      const broken = await cli(env)
      expect(broken.code).toBe(1)
      expect(broken.stdout).toBe(
        `audit chain BROKEN at entry ${total}: entry ${total} is missing: ServiceNow holds the chain head ${total} anchored on ${latestAt}, but the local chain ends at entry ${total - 1} (entries were removed from its end)\n`,
      )
      expect(broken.stdout + broken.stderr).not.toContain(password!)
    } finally {
      const columns = Object.keys(saved)
      db.prepare(
        `insert into audit_entries (${columns.join(', ')}) values (${columns.map((c) => `@${c}`).join(', ')})`,
      ).run(saved)
      db.close()
    }
  }, 30_000)
})

describe('without ServiceNow', () => {
  let org: OktaOrg
  let plain: RunningBridge

  beforeAll(async () => {
    org = await startOktaOrg({ groups: ['Engineering'], apps: ['Slack'] })
    plain = await startBridge(
      { ...org.env, LOG_LEVEL: 'silent', DATABASE_URL: 'sqlite::memory:', RECONCILE_INTERVAL_MINUTES: '0' },
      { print: () => {} },
    )
  }, 30_000)

  afterAll(async () => {
    await plain?.stop()
    await org?.stop()
  })

  it('nothing is anchored, and verify says plainly that only in-database tampering can be detected', async () => {
    const login = uniqueLogin('plain')
    const res = await request(plain.url)
      .post('/api/flo/joiner/invoke')
      .set('x-api-client-token', org.token)
      .set('idempotency-key', randomUUID())
      .send({
        ticket: ticket(),
        profile: { login, email: login, firstName: 'Pl', lastName: 'Ain' },
        groups: [org.groups[0]!.id],
      })
    const changes = expectSucceeded(res, 'joiner').changes.length
    expect(plain.auditAnchorer).toBeUndefined()
    expect(await plain.outbox.bySource('audit-anchor')).toEqual([])
    const answer = await request(plain.url).get('/api/audit/verify').set('x-api-client-token', org.token)
    expect(verdict(answer)).toEqual({
      ok: true,
      entries: changes,
      anchoring: { configured: false, detail: UNANCHORED_DETAIL },
    })
    expect(UNANCHORED_DETAIL).toMatch(/only tampering inside the database can be detected/)
  })
})
