/**
 * The Outbox and inbox page: what waits for ServiceNow and why (each undelivered message with its attempts,
 * next try and last error), parked messages — ServiceNow refused them for good — with Redeliver for operators,
 * the Okta events waiting to be processed, and the onboardings whose incident awaits a decision.
 *
 * Redeliver puts a parked message back in the outbox queue (due now). It changes nothing in Okta, so it runs no
 * engine flow, but like End, Extend and Repair it is an audited execution under the operator's ticket: the
 * `outbox-redeliver` operation (`flows/redeliver-message.ts`), recorded with its audit entry in the transaction
 * that requeues the message, shown afterwards like any execution.
 */
import type { Request, Response } from 'express'
import { redeliverParkedMessage } from '../../flows/redeliver-message.js'
import type { OutboxEntry, OutboxMessage } from '../../ports/outbox.js'
import { badge, csrfField, html, notice, type SafeHtml, time } from '../html.js'
import {
  consoleCaller,
  contextOf,
  field,
  type PageContext,
  parseTicketNumber,
  requesterOf,
  sendPage,
  table,
} from './common.js'
import type { ConsolePagesDeps } from './deps.js'
import { MAX_ROWS } from './executions.js'

/** `GET /queues`. */
export async function queuesPage(req: Request, res: Response, deps: ConsolePagesDeps): Promise<void> {
  await render(res, contextOf(req, res, deps))
}

function describeMessage(message: OutboxMessage): string {
  switch (message.kind) {
    case 'work-note':
      return `Work note on ${message.table} ${message.sysId}`
    case 'create-record':
      return `Create a ${message.table} record`
    case 'update-record':
      return `Update ${message.table} ${message.sysId} (${Object.keys(message.fields).join(', ')})`
    case 'update-matching':
      return `Update ${message.table} where ${message.match.field} = ${message.match.value}`
  }
}

function why(entry: OutboxEntry): string {
  if (entry.status === 'parked')
    return `ServiceNow refused it for good${entry.lastError ? `: ${entry.lastError}` : ''}`
  if (entry.lastError) return `Retrying: ${entry.lastError}`
  return 'Waiting for its first delivery'
}

async function render(
  res: Response,
  ctx: PageContext,
  message?: { status: number; body: SafeHtml },
): Promise<void> {
  const [outbox, inbox, onboardings] = await Promise.all([
    ctx.deps.reads.outboxWaiting(MAX_ROWS),
    ctx.deps.reads.inboxPending(MAX_ROWS),
    ctx.deps.reads.undecidedOnboardings(MAX_ROWS),
  ])
  const parked = outbox.filter((e) => e.status === 'parked')
  const pending = outbox.filter((e) => e.status !== 'parked')
  const source = (entry: OutboxEntry) =>
    entry.source.startsWith('exe_')
      ? html`<a class="mono" href="${ctx.base}/executions/${entry.source}">${entry.source}</a>`
      : html`<span class="mono">${entry.source}</span>`
  // The action comes right after the message: a wide table scrolls, and the button must not be off-screen.
  const outboxRow = (entry: OutboxEntry, withAction: boolean) => html`<tr>
<td>${describeMessage(entry.message)}</td>
${withAction ? html`<td>${redeliverForm(ctx, entry)}</td>` : ''}
<td>${source(entry)}</td>
<td>${badge(entry.status)}</td>
<td>${entry.attempts}</td>
<td>${entry.status === 'parked' ? html`<span class="muted">not retried</span>` : time(entry.nextAttemptAt)}</td>
<td>${why(entry)}</td>
<td data-sort="${entry.createdAt}">${time(entry.createdAt)}</td>
</tr>`
  const outboxHeaders = ['Message', 'Source', 'Status', 'Attempts', 'Next try', 'Why it waits', 'Queued']
  sendPage(res, ctx, {
    title: 'Outbox and inbox',
    active: '/queues',
    status: message?.status ?? 200,
    body: html`${message?.body ?? ''}
<h2>Parked for an operator (${parked.length})</h2>
${table({
  caption: 'Parked outbox messages',
  id: 'outbox-parked',
  headers: ctx.operator ? ['Message', 'Action', ...outboxHeaders.slice(1)] : outboxHeaders,
  rows: parked.map((e) => outboxRow(e, ctx.operator)),
  empty: 'Nothing parked: ServiceNow has accepted or will accept everything queued.',
})}
<h2>Waiting for ServiceNow (${pending.length})</h2>
${table({
  caption: 'Outbox messages waiting for delivery',
  id: 'outbox-pending',
  headers: outboxHeaders,
  rows: pending.map((e) => outboxRow(e, false)),
  empty: 'Nothing waits: every report has reached ServiceNow.',
  pageSize: 25,
})}
<h2>Okta events waiting (${inbox.length})</h2>
${table({
  caption: 'Okta events waiting to be processed',
  id: 'inbox-pending',
  headers: ['Event', 'Published', 'Received', 'Attempts', 'Last error', 'Uuid'],
  rows: inbox.map(
    (event) =>
      html`<tr><td><code>${event.eventType}</code></td><td>${time(event.published)}</td><td>${time(event.receivedAt)}</td><td>${event.attempts}</td><td>${event.lastError ?? html`<span class="muted">none</span>`}</td><td class="mono">${event.uuid}</td></tr>`,
  ),
  empty: 'No Okta event waits: every delivery has been processed.',
  pageSize: 25,
})}
<h2>Onboardings awaiting a decision (${onboardings.length})</h2>
${table({
  caption: 'Onboardings awaiting a decision',
  id: 'onboardings',
  headers: ['User', 'Okta user id', 'Incident', 'Opened'],
  rows: onboardings.map(
    (o) =>
      html`<tr><td>${o.login}</td><td class="mono">${o.oktaUserId}</td><td><a href="${ctx.base}/?ticket=${encodeURIComponent(o.incidentNumber)}">${o.incidentNumber}</a></td><td data-sort="${o.createdAt}">${time(o.createdAt)}</td></tr>`,
  ),
  empty: 'No user born in Okta is waiting for a decision.',
})}`,
  })
}

function redeliverForm(ctx: PageContext, entry: OutboxEntry): SafeHtml {
  const id = `rd-${entry.key.replace(/[^A-Za-z0-9_-]/g, '_')}`
  return html`<form class="action" method="post" action="${ctx.base}/queues/redeliver">
${csrfField(ctx.console.csrfToken)}
<input type="hidden" name="key" value="${entry.key}">
<div class="field"><label for="${id}">Ticket number</label><input type="text" id="${id}" name="ticket" required placeholder="CHG0012345" autocomplete="off"></div>
<button type="submit">Redeliver</button>
</form>`
}

/**
 * `POST /queues/redeliver` (operators; the router has checked CSRF and role): a parked message back in the queue,
 * recorded as an audited `outbox-redeliver` execution under the operator's ticket — then that execution is shown.
 */
export async function redeliver(req: Request, res: Response, deps: ConsolePagesDeps): Promise<void> {
  const ctx = contextOf(req, res, deps)
  const key = field(req.body, 'key') ?? ''
  const ticket = parseTicketNumber(field(req.body, 'ticket'))
  if ('error' in ticket)
    return render(res, ctx, { status: 400, body: notice('error', `Could not redeliver: ${ticket.error}`) })
  const outcome = await redeliverParkedMessage(
    { outbox: deps.reads, newExecutionId: deps.newExecutionId, clock: { now: () => ctx.now } },
    {
      key,
      ticket: { number: ticket.number, requestedBy: requesterOf(ctx.console) },
      caller: consoleCaller(ctx.console),
    },
  )
  if (outcome.kind === 'not-parked')
    return render(res, ctx, {
      status: 409,
      body: notice(
        'error',
        'That message is no longer parked (delivered or requeued since): nothing to redeliver.',
      ),
    })
  deps.logger.info(
    {
      outboxKey: key,
      ticket: ticket.number,
      caller: `console:${ctx.console.user.sub}`,
      executionId: outcome.executionId,
    },
    'console: parked outbox message requeued',
  )
  res.redirect(303, `${ctx.base}/executions/${encodeURIComponent(outcome.executionId)}`)
}
