/**
 * The Executions page: every execution, filtered by flow, status, caller and time (a GET form, so a filtered view
 * is a link to share), newest first; and an execution's detail — the plan in words (what an approver saw), the
 * steps with their Okta request ids, the output or the problem it failed with, and a link to its ticket. Read
 * through the execution service's `view` (what `GET /api/flo/executions/{id}` answers) and the store's record.
 */
import type { Request, Response } from 'express'
import { FLOW_NAMES, type FlowName } from '../../../shared/index.js'
import { summarize } from '../../flows/summary.js'
import type { ExecutionFilter } from '../../ports/console-reads.js'
import { BASELINE_FLOW, type ExecutionStatus, REDELIVER_FLOW } from '../../ports/store.js'
import { badge, html, notice, type SafeHtml, time } from '../html.js'
import { changeInWords, contextOf, field, type PageContext, sendPage, table } from './common.js'
import type { ConsolePagesDeps } from './deps.js'

/** The most rows one list shows; the filters narrow further. */
export const MAX_ROWS = 500

const STATUSES: readonly ExecutionStatus[] = ['running', 'succeeded', 'failed']
const FLOWS: readonly string[] = [...FLOW_NAMES, BASELINE_FLOW, REDELIVER_FLOW]
const EXECUTION_ID = /^[A-Za-z0-9_-]{1,100}$/
/** `datetime-local` (`2026-12-06T10:30`), read as UTC, or a full ISO instant. */
const WHEN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z)?$/

/** `GET /executions` — the filters and the list. */
export async function executionsPage(req: Request, res: Response, deps: ConsolePagesDeps): Promise<void> {
  const ctx = contextOf(req, res, deps)
  const values = {
    flow: field(req.query, 'flow') ?? '',
    status: field(req.query, 'status') ?? '',
    caller: field(req.query, 'caller') ?? '',
    since: field(req.query, 'since') ?? '',
    until: field(req.query, 'until') ?? '',
  }
  const errors: string[] = []
  const filter: ExecutionFilter = { limit: MAX_ROWS }
  if (values.flow !== '') {
    if (FLOWS.includes(values.flow)) filter.flow = values.flow as FlowName
    else errors.push(`There is no flow “${values.flow.slice(0, 40)}”.`)
  }
  if (values.status !== '') {
    if ((STATUSES as readonly string[]).includes(values.status))
      filter.status = values.status as ExecutionStatus
    else errors.push('Status must be running, succeeded or failed.')
  }
  if (values.caller !== '') {
    // Shown as kind:id; the store keeps the id.
    filter.caller = values.caller.replace(/^(client-token|oauth|system):/, '')
  }
  for (const name of ['since', 'until'] as const) {
    const value = values[name]
    if (value === '') continue
    const instant = WHEN.test(value) ? new Date(value.endsWith('Z') ? value : `${value}Z`) : undefined
    if (instant === undefined || Number.isNaN(instant.getTime()))
      errors.push(
        `“${name === 'since' ? 'From' : 'Until'}” must be a date and time such as 2026-12-06T09:30 (UTC).`,
      )
    else filter[name] = instant.toISOString()
  }
  const form = filterForm(ctx, values)
  if (errors.length > 0) {
    sendPage(res, ctx, {
      title: 'Executions',
      active: '/executions',
      status: 400,
      body: html`${form}${notice('error', html`<ul>${errors.map((e) => html`<li>${e}</li>`)}</ul>`)}`,
    })
    return
  }
  const records = await deps.reads.executions(filter)
  const rows = records.map(
    (record) => html`<tr>
<td data-sort="${record.createdAt}">${time(record.createdAt)}</td>
<td>${record.flow}</td>
<td>${badge(record.status)}</td>
<td><a href="${ctx.base}/?ticket=${encodeURIComponent(record.ticket.number)}">${record.ticket.number}</a></td>
<td class="mono">${record.caller.kind}:${record.caller.id}</td>
<td>${record.error ? html`<code>${record.error.code}</code>` : ''}</td>
<td><a class="mono" href="${ctx.base}/executions/${record.id}">${record.id}</a></td>
</tr>`,
  )
  sendPage(res, ctx, {
    title: 'Executions',
    active: '/executions',
    body: html`${form}
${records.length === MAX_ROWS ? notice('info', `Showing the newest ${MAX_ROWS}; narrow the filters to see older ones.`) : ''}
${table({
  caption: 'Executions',
  id: 'executions',
  headers: ['Started', 'Flow', 'Status', 'Ticket', 'Caller', 'Problem', 'Execution'],
  rows,
  empty: 'No execution matches these filters.',
  pageSize: 25,
})}`,
  })
}

function filterForm(ctx: PageContext, values: Record<string, string>): SafeHtml {
  const option = (value: string, selected: string, label = value) =>
    html`<option value="${value}"${value === selected ? html` selected` : ''}>${label}</option>`
  return html`<form class="filters" method="get" action="${ctx.base}/executions">
<div class="field"><label for="f-flow">Flow</label><select id="f-flow" name="flow">${option('', values.flow!, 'any flow')}${FLOWS.map((f) => option(f, values.flow!))}</select></div>
<div class="field"><label for="f-status">Status</label><select id="f-status" name="status">${option('', values.status!, 'any status')}${STATUSES.map((s) => option(s, values.status!))}</select></div>
<div class="field"><label for="f-caller">Caller</label><input type="text" id="f-caller" name="caller" value="${values.caller}" placeholder="servicenow"></div>
<div class="field"><label for="f-since">From (UTC)</label><input type="datetime-local" id="f-since" name="since" value="${values.since}"></div>
<div class="field"><label for="f-until">Until (UTC)</label><input type="datetime-local" id="f-until" name="until" value="${values.until}"></div>
<button type="submit">Filter</button>
<a href="${ctx.base}/executions">Clear filters</a>
</form>`
}

/** `GET /executions/:id` — one execution in full. */
export async function executionPage(req: Request, res: Response, deps: ConsolePagesDeps): Promise<void> {
  const ctx = contextOf(req, res, deps)
  const id = String(req.params.id ?? '')
  const view = EXECUTION_ID.test(id) ? await deps.executions.view(id) : undefined
  const record = view ? await deps.audit.store.get(id) : undefined
  if (view === undefined || record === undefined) {
    sendPage(res, ctx, {
      title: 'Execution not found',
      active: '/executions',
      status: 404,
      body: notice(
        'error',
        html`There is no execution <code>${id.slice(0, 100)}</code>. <a href="${ctx.base}/executions">All executions</a>`,
      ),
    })
    return
  }
  const plan = record.plan ?? []
  const outcome =
    view.status === 'failed' && view.error
      ? html`<section aria-labelledby="problem-h"><h2 id="problem-h">Problem</h2>
${notice('error', html`<strong>${view.error.title}</strong> — ${view.error.detail}`)}
<dl class="facts"><dt>Code</dt><dd><code>${view.error.code}</code></dd><dt>HTTP status</dt><dd>${view.error.status}</dd></dl></section>`
      : view.status === 'succeeded'
        ? html`<section aria-labelledby="output-h"><h2 id="output-h">Output</h2><pre>${JSON.stringify(view.output, null, 2)}</pre></section>`
        : notice('info', 'Still running: reload the page to see its end.')
  const steps = view.steps.map(
    (step) => html`<tr>
<td>${step.seq}</td>
<td data-sort="${step.at}">${time(step.at)}</td>
<td>${changeInWords(step.operation, step.target, plan)}</td>
<td>${badge(step.outcome)}${step.error ? html` <span class="muted">${step.error}</span>` : ''}</td>
<td>${step.oktaRequestId ? html`<code>${step.oktaRequestId}</code>` : html`<span class="muted">none</span>`}</td>
</tr>`,
  )
  sendPage(res, ctx, {
    title: `Execution ${view.flow}`,
    active: '/executions',
    body: html`<dl class="facts">
<dt>Execution</dt><dd class="mono">${view.executionId}</dd>
<dt>Status</dt><dd>${badge(view.status)}</dd>
<dt>Ticket</dt><dd><a href="${ctx.base}/?ticket=${encodeURIComponent(view.ticket.number)}">${view.ticket.number}</a></dd>
<dt>Requested by</dt><dd>${view.ticket.requestedBy}</dd>
<dt>Approved by</dt><dd>${view.ticket.approvedBy ?? '—'}</dd>
<dt>Caller</dt><dd class="mono">${view.caller.kind}:${view.caller.id}</dd>
<dt>Started</dt><dd>${time(view.createdAt)}</dd>
<dt>Finished</dt><dd>${time(view.finishedAt)}</dd>
<dt>Attempts</dt><dd>${view.attempts}</dd>
</dl>
${
  (view.flow as string) === REDELIVER_FLOW
    ? // A pseudo-flow (like the baseline): the view types flows by the engine's names only.
      redeliveryInWords(ctx, record.input)
    : html`<section aria-labelledby="plan-h"><h2 id="plan-h">The plan in words</h2>
${plan.length === 0 ? html`<p class="muted">No plan was recorded (refused before planning, or nothing to do).</p>` : html`<ol>${plan.map((step) => html`<li>${summarize(step)}</li>`)}</ol>`}
${view.planHash ? html`<p class="muted">Plan hash <code>${view.planHash}</code></p>` : ''}
</section>`
}
<section aria-labelledby="steps-h"><h2 id="steps-h">Steps</h2>
${table({ caption: 'Steps performed', headers: ['#', 'When', 'Operation', 'Outcome', 'Okta request id'], rows: steps, empty: 'No step reached Okta.', filterable: false })}
</section>
${outcome}`,
  })
}

/** What an `outbox-redeliver` execution did, from its recorded input (the message, as it was when parked). */
function redeliveryInWords(ctx: PageContext, input: unknown): SafeHtml {
  const recorded = (input ?? {}) as {
    outboxKey?: string
    source?: string
    message?: { kind?: string; table?: string; sysId?: string }
    attempts?: number
    lastError?: string | null
  }
  const message = recorded.message ?? {}
  const what = [message.kind, message.table, message.sysId]
    .filter((part) => typeof part === 'string')
    .join(' ')
  const source = recorded.source ?? ''
  return html`<section aria-labelledby="plan-h"><h2 id="plan-h">What was done</h2>
<p>Put the parked outbox message <code>${recorded.outboxKey ?? ''}</code> (${what || 'a message'}) back in the queue for ServiceNow. Nothing was changed in Okta.</p>
<dl class="facts">
<dt>Queued by</dt><dd>${source.startsWith('exe_') ? html`<a class="mono" href="${ctx.base}/executions/${source}">${source}</a>` : html`<span class="mono">${source}</span>`}</dd>
<dt>Attempts before</dt><dd>${recorded.attempts ?? '—'}</dd>
<dt>ServiceNow had answered</dt><dd>${recorded.lastError ?? '—'}</dd>
</dl>
</section>`
}
