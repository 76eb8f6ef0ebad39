/**
 * The Ticket page (the console's home): a ServiceNow number → the golden thread as a timeline. Who requested and
 * approved, every execution of the ticket (those that changed nothing too), each change in words with its Okta
 * request id, Okta's own System Log event for it (or "not in Okta's log"), and whether the audit chain still
 * verifies over those entries. Read through `goldenThread` — the reader `GET /api/audit?ticket=…&withOktaLog=true`
 * uses — and `verifyAuditChain`, the verification of `GET /api/audit/verify`.
 */
import type { Request, Response } from 'express'
import type { AuditVerifyResult } from '../../../shared/index.js'
import { systemClock } from '../../clock.js'
import { type AuditedChange, type AuditedExecution, goldenThread } from '../../http/audit.js'
import { verifyAuditChain } from '../../jobs/audit-anchorer.js'
import { type ExecutionRecord, isOktaOperation } from '../../ports/store.js'
import { badge, html, notice, type SafeHtml, time } from '../html.js'
import { changeInWords, contextOf, field, type PageContext, parseTicketNumber, sendPage } from './common.js'
import type { ConsolePagesDeps } from './deps.js'

/** `GET /` — the search form, and the golden thread of `?ticket=`. */
export async function ticketPage(req: Request, res: Response, deps: ConsolePagesDeps): Promise<void> {
  const ctx = contextOf(req, res, deps)
  const given = field(req.query, 'ticket')
  const form = searchForm(ctx, given ?? '')
  if (given === undefined || given === '') {
    sendPage(res, ctx, {
      title: 'Ticket',
      active: '/',
      body: html`${form}<p>Search a ServiceNow number (a requested item, a change, an incident) to see what the bridge did for it in Okta, who asked and approved, and what Okta's own System Log recorded.</p>`,
    })
    return
  }
  const parsed = parseTicketNumber(given)
  if ('error' in parsed) {
    sendPage(res, ctx, {
      title: 'Ticket',
      active: '/',
      status: 400,
      body: html`${form}${notice('error', parsed.error)}`,
    })
    return
  }
  const body = await thread(ctx, parsed.number)
  sendPage(res, ctx, { title: `Ticket ${parsed.number}`, active: '/', body: html`${form}${body}` })
}

function searchForm(ctx: PageContext, value: string): SafeHtml {
  return html`<form class="search" method="get" action="${ctx.base}/" role="search">
<div class="field"><label for="ticket">ServiceNow ticket number</label>
<input type="text" id="ticket" name="ticket" value="${value}" placeholder="RITM0010001" autocomplete="off" spellcheck="false"></div>
<button type="submit">Show the golden thread</button>
</form>`
}

/** The timeline of one ticket. */
async function thread(ctx: PageContext, ticket: string): Promise<SafeHtml> {
  const audit = ctx.deps.audit
  const notes: SafeHtml[] = []
  let executions: AuditedExecution[]
  let joined = true
  try {
    executions = await goldenThread(audit, { ticket }, true, ctx.deps.clock ?? systemClock)
  } catch (error) {
    // Okta's log unreadable (scope not granted, Okta down): the thread is still the bridge's to show.
    joined = false
    notes.push(
      notice(
        'info',
        `Okta's System Log could not be read (${(error as Error).message}); the changes are shown without Okta's events.`,
      ),
    )
    executions = await goldenThread(audit, { ticket }, false, ctx.deps.clock ?? systemClock)
  }
  if (executions.length === 0) {
    return html`${notes}${notice('info', `The bridge has no execution for ${ticket}.`)}`
  }
  const records = new Map<string, ExecutionRecord>()
  for (const execution of executions) {
    const record = await audit.store.get(execution.executionId)
    if (record) records.set(execution.executionId, record)
  }
  const ordered = [...executions].sort((a, b) =>
    (records.get(a.executionId)?.createdAt ?? '').localeCompare(records.get(b.executionId)?.createdAt ?? ''),
  )
  let verification: AuditVerifyResult | { error: string }
  try {
    verification = await verifyAuditChain(audit.trail, audit.anchors)
  } catch (error) {
    verification = { error: (error as Error).message }
  }
  const requested = [...new Set(ordered.map((e) => e.requestedBy))]
  const approved = [...new Set(ordered.flatMap((e) => (e.approvedBy ? [e.approvedBy] : [])))]
  const changes = ordered.reduce((n, e) => n + e.changes.length, 0)
  return html`${notes}
<section aria-labelledby="summary-heading" class="card">
<h2 id="summary-heading">Summary</h2>
<dl class="facts">
<dt>Requested by</dt><dd>${requested.join(', ')}</dd>
<dt>Approved by</dt><dd>${approved.length > 0 ? approved.join(', ') : html`<span class="muted">no approver recorded</span>`}</dd>
<dt>Executions</dt><dd>${ordered.length}</dd>
<dt>Okta changes</dt><dd>${changes}</dd>
<dt>Audit chain</dt><dd>${chainVerdict(verification)}</dd>
</dl>
</section>
<h2>Timeline</h2>
<ol class="timeline">
${ordered.map((execution) => executionItem(ctx, execution, records.get(execution.executionId), verification, joined))}
</ol>`
}

function chainVerdict(verification: AuditVerifyResult | { error: string }): SafeHtml {
  if ('error' in verification)
    return html`${badge('unknown')} the chain could not be checked: ${verification.error}`
  const anchoring = verification.anchoring.configured
    ? html`checked against ${verification.anchoring.anchors} anchors in ServiceNow`
    : html`not anchored outside the database (only tampering inside it can be detected)`
  if (verification.ok)
    return html`${badge('verified')} intact over ${verification.entries} entries, ${anchoring}`
  return html`${badge('broken')} broken at entry ${verification.brokenAt}: ${verification.reason} (${anchoring})`
}

function executionItem(
  ctx: PageContext,
  execution: AuditedExecution,
  record: ExecutionRecord | undefined,
  verification: AuditVerifyResult | { error: string },
  joined: boolean,
): SafeHtml {
  const headingId = `exe-${execution.executionId}`
  const changes =
    execution.changes.length === 0
      ? html`<p>Changed nothing in Okta.${
          record?.error
            ? html` It failed: <strong>${record.error.title}</strong> — ${record.error.detail} (<code>${record.error.code}</code>)`
            : ''
        }</p>`
      : html`<div class="table-wrap" tabindex="0" role="region" aria-label="Changes made by ${execution.flow}"><table>
<caption>Changes made by ${execution.flow} (${execution.executionId})</caption>
<thead><tr><th scope="col">When</th><th scope="col">Change</th><th scope="col">Okta request id</th><th scope="col">Okta System Log</th><th scope="col">Audit chain</th></tr></thead>
<tbody>${execution.changes.map((change) => changeRow(change, record?.plan ?? null, verification, joined))}</tbody>
</table></div>`
  return html`<li><article class="card" aria-labelledby="${headingId}">
<h3 id="${headingId}">${execution.flow} ${badge(execution.status)}</h3>
<dl class="facts">
<dt>Execution</dt><dd><a href="${ctx.base}/executions/${execution.executionId}" class="mono">${execution.executionId}</a></dd>
<dt>Started</dt><dd>${time(record?.createdAt)}</dd>
<dt>Requested by</dt><dd>${execution.requestedBy}</dd>
<dt>Approved by</dt><dd>${execution.approvedBy ?? html`<span class="muted">—</span>`}</dd>
<dt>Called by</dt><dd class="mono">${record ? `${record.caller.kind}:${record.caller.id}` : execution.caller}</dd>
</dl>
${changes}
</article></li>`
}

function changeRow(
  change: AuditedChange,
  plan: ExecutionRecord['plan'],
  verification: AuditVerifyResult | { error: string },
  joined: boolean,
): SafeHtml {
  const words = changeInWords(change.operation, change.target, plan)
  const okta = isOktaOperation(change.operation)
  const requestId = !okta
    ? html`<span class="muted">none (no Okta change)</span>`
    : change.oktaRequestId === null
      ? html`${badge('unjoined')} <span class="muted">not known yet (looked up again in the background)</span>`
      : html`<code>${change.oktaRequestId}</code>`
  let log: SafeHtml
  if (!okta) log = html`<span class="muted">no Okta change</span>`
  else if (!joined) log = html`<span class="muted">not read</span>`
  else if (change.oktaLogEvent)
    log = html`${badge('joined')} <code>${change.oktaLogEvent.eventType}</code> ${time(change.oktaLogEvent.published)}${
      change.oktaLogEvent.displayMessage
        ? html`<br><span class="muted">${change.oktaLogEvent.displayMessage}</span>`
        : ''
    }`
  else log = html`${badge('missing')} not in Okta's log`
  let chain: SafeHtml
  if ('error' in verification) chain = html`${badge('unknown')} not checked`
  else if (verification.ok || change.seq < (verification.brokenAt ?? Number.POSITIVE_INFINITY))
    chain = html`${badge('verified')} entry ${change.seq}`
  else chain = html`${badge('broken')} entry ${change.seq} is at or after the break`
  return html`<tr><td data-sort="${change.at}">${time(change.at)}</td><td>${words}${
    change.outcome === 'failed' ? html` ${badge('failed')}` : ''
  }</td><td>${requestId}</td><td>${log}</td><td>${chain}</td></tr>`
}
