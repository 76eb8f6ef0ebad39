/**
 * Bulk requests over HTTP against the Okta sandbox (`POST /api/flo/batch`, `GET /api/flo/batches/{id}`), with
 * the real composition root: a batch of joiners all done, one user per login, each item an ordinary execution
 * worked a few at a time; one bad item refusing the whole batch before anything is queued; permission as the
 * union of the items' flows; a batch readable only by its caller; paging; the same batch replayed; and
 * `npm run batch` end to end as a spawned process. Every test judges the sandbox org, not only the answers.
 */
import { spawn } from 'node:child_process'
import { randomBytes, randomInt } from 'node:crypto'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import request from 'supertest'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SqlExecutionStore } from '../../bridge/adapters/store/sql-store.js'
import type { ExecutionView } from '../../bridge/flows/execution-service.js'
import { BATCH_CONCURRENCY } from '../../bridge/wiring/jobs.js'
import type { BatchStatus } from '../../shared/index.js'
import {
  expectProblem,
  expectUnchanged,
  type FlowBridge,
  seedUser,
  snapshot,
  startFlowBridge,
  TOKEN,
  uniqueLogin,
} from './support/flows-harness.js'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
/** May invoke only the leaver. */
const LEAVER_TOKEN = randomBytes(32).toString('base64url')
/** May invoke every flow, but is not the caller that made the batches below. */
const OTHER_TOKEN = randomBytes(32).toString('base64url')

let dir: string
let h: FlowBridge

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bridge-batch-'))
  h = await startFlowBridge({
    env: {
      DATABASE_URL: `sqlite:${join(dir, 'bridge.db')}`,
      BRIDGE_CLIENT_TOKENS: JSON.stringify([
        { name: 'servicenow', token: TOKEN },
        { name: 'leavers-only', token: LEAVER_TOKEN, flows: ['leaver'] },
        { name: 'other', token: OTHER_TOKEN },
      ]),
    },
  })
})

afterAll(async () => {
  await h?.stop()
  await rm(dir, { recursive: true, force: true })
})

/** A ticket number no other test uses. */
function newTicket() {
  return {
    number: `RITM${randomInt(1_000_000_000, 9_999_999_999)}`,
    requestedBy: 'hr.bot',
    approvedBy: 'it.manager',
  }
}

/** A joiner item for a fresh login (no ticket of its own: the batch's is used). */
function joinerItem(login = uniqueLogin('bulk')) {
  return {
    flow: 'joiner',
    input: {
      profile: { login, email: login, firstName: 'Bulk', lastName: 'Hire', department: 'Engineering' },
      groups: [h.group('Engineering')],
    },
  }
}

function postBatch(body: unknown, token = TOKEN, headers: Record<string, string> = {}) {
  let req = request(h.bridge.url).post('/api/flo/batch').set('x-api-client-token', token)
  for (const [name, value] of Object.entries(headers)) req = req.set(name, value)
  return req.send(body as object)
}

function getBatch(path: string, token = TOKEN) {
  return request(h.bridge.url).get(path).set('x-api-client-token', token)
}

/** The users of the org holding `login`. */
function usersWithLogin(login: string) {
  return [...h.org.users.values()].filter((user) => user.profile.login === login)
}

/** Rows in the batch tables: "nothing queued" is judged in the database. */
async function storedBatchRows(): Promise<{ batches: number; items: number }> {
  const db = (h.bridge.store as SqlExecutionStore).db
  const count = async (table: 'batches' | 'batch_items') =>
    Number(
      (
        await db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    )
  return { batches: await count('batches'), items: await count('batch_items') }
}

/** Polls a batch until nothing is queued or running; answers the last status and every `running` count seen. */
async function untilDone(statusUrl: string): Promise<{ status: BatchStatus; runningSeen: number[] }> {
  const runningSeen: number[] = []
  for (;;) {
    const res = await getBatch(statusUrl)
    expect(res.status).toBe(200)
    const status = res.body as BatchStatus
    runningSeen.push(status.counts.running)
    if (status.counts.queued + status.counts.running === 0) return { status, runningSeen }
    expect(res.headers['retry-after']).toBe('1')
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

/** Every item of a batch, page by page (`limit` a page). */
async function allItems(
  statusUrl: string,
  limit: number,
): Promise<{ pages: number; items: BatchStatus['items'] }> {
  const items: BatchStatus['items'] = []
  let offset: number | null = 0
  let pages = 0
  while (offset !== null) {
    const res = await getBatch(`${statusUrl}?offset=${offset}&limit=${limit}`)
    expect(res.status).toBe(200)
    const page = res.body as BatchStatus
    expect(page.offset).toBe(offset)
    expect(page.items.length).toBeLessThanOrEqual(limit)
    items.push(...page.items)
    offset = page.nextOffset
    pages += 1
  }
  return { pages, items }
}

describe('POST /api/flo/batch', () => {
  it('runs 50 joiners as 50 ordinary executions, a few at a time: all succeed, one user per login', async () => {
    const ticket = newTicket()
    const items = Array.from({ length: 50 }, () => joinerItem())
    const res = await postBatch({ ticket, items })
    expect(res.status).toBe(202)
    expect(res.body.batchId).toMatch(/^bat_/)
    expect(res.body.statusUrl).toBe(`/api/flo/batches/${res.body.batchId}`)
    expect(res.headers.location).toBe(res.body.statusUrl)

    const { status, runningSeen } = await untilDone(res.body.statusUrl)
    expect(status.batchId).toBe(res.body.batchId)
    expect(status.total).toBe(50)
    expect(status.counts).toEqual({ queued: 0, running: 0, succeeded: 50, failed: 0 })
    // Bounded concurrency: never more items running than one replica works at once.
    expect(Math.max(...runningSeen)).toBeLessThanOrEqual(BATCH_CONCURRENCY)

    // Paged by offset: 50 items in pages of 20 are 3 pages, every index once, in order.
    const { pages, items: listed } = await allItems(res.body.statusUrl, 20)
    expect(pages).toBe(3)
    expect(listed.map((item) => item.index)).toEqual(items.map((_, i) => i))
    expect(new Set(listed.map((item) => item.executionId)).size).toBe(50)

    for (const item of listed) {
      expect(item.status).toBe('succeeded')
      expect(item.problem).toBeUndefined()
      // Each item is an ordinary durable execution of the caller, on the batch's ticket.
      const execution = await getBatch(`/api/flo/executions/${item.executionId}`)
      expect(execution.status).toBe(200)
      const view = execution.body as ExecutionView
      expect(view).toMatchObject({
        flow: 'joiner',
        status: 'succeeded',
        ticket,
        caller: { id: 'servicenow' },
      })
      const login = items[item.index]!.input.profile.login
      expect((view.output as { login: string }).login).toBe(login)
      const users = usersWithLogin(login)
      expect(users).toHaveLength(1)
      expect(h.org.isMember(h.group('Engineering'), users[0]!.id)).toBe(true)
    }
  })

  it('answers the same batch to a replay (header key, or the same body without one); another body under the key is 422', async () => {
    const ticket = newTicket()
    const body = { ticket, items: [joinerItem(), joinerItem(), joinerItem()] }
    const key = `batch-${randomBytes(6).toString('hex')}`
    const first = await postBatch(body, TOKEN, { 'idempotency-key': key })
    expect(first.status).toBe(202)
    expect(first.headers['idempotent-replayed']).toBeUndefined()
    await untilDone(first.body.statusUrl)
    const rowsBefore = await storedBatchRows()
    const before = snapshot(h.sandbox)

    const replay = await postBatch(body, TOKEN, { 'idempotency-key': key })
    expect(replay.status).toBe(202)
    expect(replay.body).toEqual(first.body)
    expect(replay.headers['idempotent-replayed']).toBe('true')

    const other = await postBatch({ ticket, items: [joinerItem()] }, TOKEN, { 'idempotency-key': key })
    expectProblem(other, 422, 'idempotency-key-reused')

    // Without a key: the same body on the same ticket is the same batch too.
    const unkeyed = await postBatch(body)
    expect(unkeyed.status).toBe(202)
    const unkeyedAgain = await postBatch(body)
    expect(unkeyedAgain.body.batchId).toBe(unkeyed.body.batchId)
    expect(unkeyedAgain.headers['idempotent-replayed']).toBe('true')
    // Its items carry the same default keys as the first batch's: the same executions, nothing new in Okta.
    const { status } = await untilDone(unkeyed.body.statusUrl)
    expect(status.counts.succeeded).toBe(3)
    const firstItems = (await getBatch(first.body.statusUrl)).body as BatchStatus
    expect(status.items.map((i) => i.executionId)).toEqual(firstItems.items.map((i) => i.executionId))
    expectUnchanged(h.sandbox, before)
    expect(await storedBatchRows()).toEqual({ batches: rowsBefore.batches + 1, items: rowsBefore.items + 3 })
    for (const item of body.items) expect(usersWithLogin(item.input.profile.login)).toHaveLength(1)
  })

  it('refuses a batch with one bad item: 400 naming its index and field, nothing queued, nothing in Okta', async () => {
    const items: ReturnType<typeof joinerItem>[] = Array.from({ length: 6 }, () => joinerItem())
    items[3]!.input.profile.email = 'not-an-email'
    const before = snapshot(h.sandbox)
    const rows = await storedBatchRows()
    const res = await postBatch({ ticket: newTicket(), items })
    const problem = expectProblem(res, 400, 'invalid-input')
    expect(problem.index).toBe(3)
    expect((problem.errors as { path: string }[]).map((e) => e.path)).toEqual([
      'items[3].input.profile.email',
    ])

    // The largest batch, past the flows' 100 KB body limit (this route has its own), bad in its last item.
    const big = Array.from({ length: 10_000 }, (_, i) =>
      joinerItem(`bulk.${i}.${randomBytes(3).toString('hex')}@example.com`),
    )
    big[9_999]!.input.groups = ['not an okta id']
    const large = await postBatch({ ticket: newTicket(), items: big })
    expect(JSON.stringify({ items: big }).length).toBeGreaterThan(1024 * 1024)
    const largeProblem = expectProblem(large, 400, 'invalid-input')
    expect(largeProblem.index).toBe(9_999)
    expect((largeProblem.errors as { path: string }[]).map((e) => e.path)).toEqual([
      'items[9999].input.groups[0]',
    ])
    // One more is too many.
    const tooMany = await postBatch({ ticket: newTicket(), items: [...big.slice(0, 10_000), joinerItem()] })
    expect((expectProblem(tooMany, 400, 'invalid-input').errors as { path: string }[])[0]!.path).toBe('items')
    // The flow route keeps its 100 KB limit.
    const invoke = await request(h.bridge.url)
      .post('/api/flo/joiner/invoke')
      .set('x-api-client-token', TOKEN)
      .set('content-type', 'application/json')
      .send(JSON.stringify({ padding: 'x'.repeat(200 * 1024) }))
    expectProblem(invoke, 413, 'body-too-large')

    expectUnchanged(h.sandbox, before)
    expect(await storedBatchRows()).toEqual(rows)
    expect(usersWithLogin(items[0]!.input.profile.login)).toHaveLength(0)
  })

  it('needs every flow of the batch: 403 naming the flows the caller may not invoke, nothing queued', async () => {
    const before = snapshot(h.sandbox)
    const rows = await storedBatchRows()
    const items = [
      joinerItem(),
      { flow: 'leaver', input: { user: { login: uniqueLogin('gone') } } },
      { flow: 'mover', input: { user: { login: uniqueLogin('move') }, profile: { title: 'Lead' } } },
    ]
    const res = await postBatch({ ticket: newTicket(), items }, LEAVER_TOKEN)
    const problem = expectProblem(res, 403, 'forbidden-flow')
    expect(problem.flows).toEqual(['joiner', 'mover'])
    expectUnchanged(h.sandbox, before)
    expect(await storedBatchRows()).toEqual(rows)
  })
})

describe('GET /api/flo/batches/{id}', () => {
  it('is readable only by the caller that made the batch: anyone else gets the 404 of an unknown id', async () => {
    const res = await postBatch({ ticket: newTicket(), items: [joinerItem()] })
    expect(res.status).toBe(202)
    await untilDone(res.body.statusUrl)
    expectProblem(await getBatch(res.body.statusUrl, OTHER_TOKEN), 404, 'batch-not-found')
    expectProblem(await getBatch(res.body.statusUrl, LEAVER_TOKEN), 404, 'batch-not-found')
    expectProblem(await getBatch('/api/flo/batches/bat_does-not-exist'), 404, 'batch-not-found')
    expectProblem(await request(h.bridge.url).get(res.body.statusUrl), 401, 'unauthenticated')
    // Paging parameters are checked.
    expectProblem(await getBatch(`${res.body.statusUrl}?limit=0`), 400, 'invalid-input')
    expectProblem(await getBatch(`${res.body.statusUrl}?offset=-1`), 400, 'invalid-input')
  })
})

/** Runs `npm run batch` (as the npm script does) with these arguments. */
async function cli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'bridge/cli/batch.ts', ...args], {
    cwd: ROOT,
    env: { ...process.env, BRIDGE_CLIENT_TOKEN: '' },
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
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
  return { code, stdout, stderr }
}

describe('npm run batch', () => {
  it('sends a CSV of joiners, follows it to the end (exit 0), and a rerun of the file follows the same batch', async () => {
    const tokenFile = join(dir, 'token')
    await writeFile(tokenFile, `${TOKEN}\n`)
    const logins = Array.from({ length: 5 }, () => uniqueLogin('csv'))
    const csv = join(dir, 'joiners.csv')
    await writeFile(
      csv,
      [
        'login,email,firstName,lastName,department,groups',
        ...logins.map(
          (login, i) => `${login},${login},"Csv, ${i}",Hire,Engineering,${h.group('Engineering')}`,
        ),
      ].join('\r\n'),
    )
    const ticket = newTicket()
    const args = [csv, '--url', h.bridge.url, '--token-file', tokenFile, '--ticket', ticket.number]
    const run = await cli([...args, '--requested-by', 'hr.bot', '--poll-ms', '50'])
    expect(run.code).toBe(0)
    const batchId = /^batch (bat_\S+): 5 joiners$/m.exec(run.stdout)?.[1]
    expect(batchId).toBeDefined()
    expect(run.stdout.trim().split('\n').at(-1)).toBe('queued 0, running 0, succeeded 5, failed 0 of 5')
    for (const login of logins) {
      const users = usersWithLogin(login)
      expect(users).toHaveLength(1)
      expect(users[0]!.profile.firstName).toMatch(/^Csv, \d$/)
    }
    const again = await cli([...args, '--requested-by', 'hr.bot', '--poll-ms', '50'])
    expect(again.code).toBe(0)
    expect(again.stdout).toContain(`batch ${batchId}: 5 joiners (already sent: following it)`)
    for (const login of logins) expect(usersWithLogin(login)).toHaveLength(1)
  })

  it('exits 1 naming the line of a row that failed in Okta, and 2 with the line of a bad row (nothing sent)', async () => {
    const tokenFile = join(dir, 'token')
    await writeFile(tokenFile, TOKEN)
    const taken = seedUser(h.org).profile.login as string
    const fresh = uniqueLogin('csv')
    const csv = join(dir, 'some-fail.csv')
    await writeFile(
      csv,
      `login,email,firstName,lastName,ticket,requestedBy\n${fresh},${fresh},Ok,Row,${newTicket().number},hr.bot\n${taken},${taken},Taken,Row,,\n`,
    )
    const failed = await cli([
      csv,
      '--url',
      h.bridge.url,
      '--token-file',
      tokenFile,
      '--requested-by',
      'hr.bot',
      '--poll-ms',
      '50',
    ])
    expect(failed.code).toBe(1)
    expect(failed.stdout).toContain('succeeded 1, failed 1 of 2')
    expect(failed.stdout).toMatch(/^line 3: failed: login-taken: /m)
    expect(usersWithLogin(fresh)).toHaveLength(1)
    expect(usersWithLogin(taken)).toHaveLength(1)

    const before = snapshot(h.sandbox)
    const rows = await storedBatchRows()
    const bad = join(dir, 'bad.csv')
    const good = uniqueLogin('csv')
    await writeFile(
      bad,
      `login,email,firstName,lastName\n${good},${good},A,B\n"x@example.com",not-an-email,C,D\n`,
    )
    const refused = await cli([
      bad,
      '--url',
      h.bridge.url,
      '--token-file',
      tokenFile,
      '--ticket',
      newTicket().number,
      '--requested-by',
      'hr.bot',
    ])
    expect(refused.code).toBe(2)
    expect(refused.stderr).toContain(`${bad}: line 3: profile.email`)
    expect(refused.stdout).toBe('')
    const unbalanced = join(dir, 'unbalanced.csv')
    await writeFile(unbalanced, `login,email,firstName,lastName\n${good},${good},A,B\n"open,${good},A,B\n`)
    const broken = await cli([
      unbalanced,
      '--url',
      h.bridge.url,
      '--token-file',
      tokenFile,
      '--ticket',
      newTicket().number,
      '--requested-by',
      'hr.bot',
    ])
    expect(broken.code).toBe(2)
    expect(broken.stderr).toContain('line 3: a quoted field is never closed')
    const usage = await cli(['--url', h.bridge.url])
    expect(usage.code).toBe(2)
    expect(usage.stderr).toContain('usage: npm run batch -- file.csv')
    expectUnchanged(h.sandbox, before)
    expect(await storedBatchRows()).toEqual(rows)
    expect(usersWithLogin(good)).toHaveLength(0)
  })
})
