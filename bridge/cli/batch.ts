/**
 * `npm run batch -- file.csv [--url URL] [--token-file FILE] [--ticket RITM…] [--requested-by NAME]
 * [--approved-by NAME] [--poll-ms MS]`: sends a CSV of joiners (columns in `joiner-csv.ts` and the README) to
 * the bridge as one batch (`POST /api/flo/batch`), prints the batch id, then follows it
 * (`GET /api/flo/batches/{id}`), printing progress whenever it changes, and at the end every failed row with
 * its CSV line and the problem's code.
 *
 * - `--url`: the bridge (default `BRIDGE_URL`, else `http://127.0.0.1:8080`);
 * - `--token-file`: a file holding the client token (default: `BRIDGE_CLIENT_TOKEN`). The token is sent in the
 *   `x-api-client-token` header and never printed.
 * - The batch's `Idempotency-Key` is derived from the file's content and ticket: running the command again on
 *   the same file answers the same batch (and follows it) instead of queueing it twice.
 *
 * Exit codes: 0 every row succeeded; 1 a row failed, or the bridge refused the batch or could not be reached;
 * 2 a bad CSV or bad usage (with the line number of the bad row).
 */
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { CsvError } from './csv.js'
import { type JoinerBatch, JoinerCsvError, joinerBatchFromCsv } from './joiner-csv.js'

const USAGE =
  'usage: npm run batch -- file.csv [--url URL] [--token-file FILE] [--ticket RITM…] [--requested-by NAME] [--approved-by NAME] [--poll-ms MS]'

/** A failure with the exit code it ends the command with. */
class Exit extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message)
  }
}

/** The batch's status, as far as the CLI reads it. */
interface Status {
  total: number
  counts: { queued: number; running: number; succeeded: number; failed: number }
  nextOffset: number | null
  items: { index: number; status: string; problem?: { code: string; detail?: string } }[]
}

async function main(argv: string[]): Promise<number> {
  let args: ReturnType<typeof parse>
  try {
    args = parse(argv)
  } catch (error) {
    throw new Exit(2, `${error instanceof Error ? error.message : String(error)}\n${USAGE}`)
  }
  const { values, positionals } = args
  if (positionals.length !== 1) throw new Exit(2, USAGE)
  const file = positionals[0]!
  const url = (values.url ?? process.env.BRIDGE_URL ?? 'http://127.0.0.1:8080').replace(/\/+$/, '')
  const pollMs = values['poll-ms'] === undefined ? 2_000 : Number(values['poll-ms'])
  if (!Number.isInteger(pollMs) || pollMs < 10)
    throw new Exit(2, `--poll-ms must be an integer ≥ 10\n${USAGE}`)
  const token = values['token-file']
    ? readText(values['token-file'], 'the token file').trim()
    : process.env.BRIDGE_CLIENT_TOKEN?.trim()
  if (!token) throw new Exit(2, `no client token: --token-file FILE or BRIDGE_CLIENT_TOKEN\n${USAGE}`)

  const text = readText(file, 'the CSV')
  let read: JoinerBatch
  try {
    read = joinerBatchFromCsv(text, {
      number: values.ticket,
      requestedBy: values['requested-by'],
      approvedBy: values['approved-by'],
    })
  } catch (error) {
    if (error instanceof CsvError || error instanceof JoinerCsvError)
      throw new Exit(2, `${file}: ${error.message}`)
    throw error
  }
  const headers = { 'x-api-client-token': token, accept: 'application/json' }
  const key = `csv:${createHash('sha256').update(text).update('\0').update(JSON.stringify(read.batch.ticket)).digest('hex')}`
  const submitted = await call(`${url}/api/flo/batch`, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json', 'idempotency-key': key },
    body: JSON.stringify(read.batch),
  })
  const answer = (await submitted.json().catch(() => ({}))) as Record<string, unknown>
  if (submitted.status !== 202) {
    const index = typeof answer.index === 'number' ? answer.index : undefined
    const why = `${String(answer.code ?? submitted.status)}: ${String(answer.detail ?? '')}`
    const errors = Array.isArray(answer.errors)
      ? (answer.errors as { path: string; message: string }[])
          .map((e) => `\n  ${e.path} ${e.message}`)
          .join('')
      : ''
    // The bridge refused a row the local check let through: still a bad row, named by its line.
    if (submitted.status === 400 && index !== undefined && read.lines[index] !== undefined) {
      throw new Exit(2, `${file}: line ${read.lines[index]}: refused by the bridge (${why})${errors}`)
    }
    throw new Exit(1, `the bridge refused the batch (${submitted.status} ${why})${errors}`)
  }
  const batchId = String(answer.batchId)
  const statusUrl = new URL(String(answer.statusUrl), `${url}/`).toString()
  console.log(
    `batch ${batchId}: ${read.batch.items.length} joiners${submitted.headers.get('idempotent-replayed') ? ' (already sent: following it)' : ''}`,
  )

  let last = ''
  for (;;) {
    const status = await readStatus(statusUrl, headers, 0, 1)
    const { queued, running, succeeded, failed } = status.counts
    const line = `queued ${queued}, running ${running}, succeeded ${succeeded}, failed ${failed} of ${status.total}`
    if (line !== last) console.log(line)
    last = line
    if (queued + running === 0) {
      if (failed > 0) await reportFailures(statusUrl, headers, read.lines)
      return failed > 0 ? 1 : 0
    }
    await new Promise((resolve) => setTimeout(resolve, pollMs))
  }
}

/** Prints every failed item with its CSV line and the problem's code and detail. */
async function reportFailures(
  statusUrl: string,
  headers: Record<string, string>,
  lines: number[],
): Promise<void> {
  let offset: number | null = 0
  while (offset !== null) {
    const page = await readStatus(statusUrl, headers, offset, 1_000)
    for (const item of page.items) {
      if (item.status !== 'failed') continue
      console.log(
        `line ${lines[item.index]}: failed: ${item.problem?.code ?? 'unknown'}: ${item.problem?.detail ?? ''}`,
      )
    }
    offset = page.nextOffset
  }
}

async function readStatus(
  statusUrl: string,
  headers: Record<string, string>,
  offset: number,
  limit: number,
): Promise<Status> {
  const res = await call(`${statusUrl}?offset=${offset}&limit=${limit}`, { headers })
  if (res.status !== 200) throw new Exit(1, `the batch status could not be read (${res.status})`)
  return (await res.json()) as Status
}

/** `fetch`, with an unreachable bridge as exit 1 rather than a stack. */
async function call(url: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init)
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code
    throw new Exit(
      1,
      `the bridge at ${new URL(url).origin} could not be reached${cause ? ` (${cause})` : ''}`,
    )
  }
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      url: { type: 'string' },
      'token-file': { type: 'string' },
      ticket: { type: 'string' },
      'requested-by': { type: 'string' },
      'approved-by': { type: 'string' },
      'poll-ms': { type: 'string' },
    },
  })
}

function readText(path: string, what: string): string {
  try {
    return readFileSync(path, 'utf8')
  } catch (error) {
    throw new Exit(2, `${what} ${path} cannot be read: ${(error as NodeJS.ErrnoException).code ?? 'error'}`)
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    if (error instanceof Exit) {
      console.error(`batch: ${error.message}`)
      process.exitCode = error.code
      return
    }
    console.error('batch: failed:', error instanceof Error ? error.message : error)
    process.exitCode = 1
  },
)
