/**
 * The Access grants page: grants ending soon, the other active ones, and those ended; for operators, End and
 * Extend on each active grant. Both run the existing `revoke-access` / `extend-access` flows as durable, audited
 * executions under the ticket the operator gives, with the console user as the caller (`console:<sub>`), exactly
 * as ServiceNow's invocation would — then show the execution.
 */
import type { Request, Response } from 'express'
import type { GrantRecord } from '../../ports/grants.js'
import { badge, csrfField, html, notice, type SafeHtml, time } from '../html.js'
import {
  contextOf,
  field,
  type PageContext,
  parseTicketNumber,
  requesterOf,
  runFlow,
  sendPage,
  table,
} from './common.js'
import type { ConsolePagesDeps } from './deps.js'
import { MAX_ROWS } from './executions.js'

/** A grant ending within this many days is "ending soon". */
export const ENDING_SOON_DAYS = 7

const GRANT_ID = /^grt_[0-9a-f]{32}$/
/** `datetime-local` (read as UTC) or a full ISO instant. */
const WHEN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?(Z)?$/

/** `GET /grants`. */
export async function grantsPage(req: Request, res: Response, deps: ConsolePagesDeps): Promise<void> {
  await render(res, contextOf(req, res, deps))
}

async function render(
  res: Response,
  ctx: PageContext,
  message?: { status: number; body: SafeHtml },
): Promise<void> {
  const grants = await ctx.deps.reads.grants(MAX_ROWS)
  const soonLimit = ctx.now.getTime() + ENDING_SOON_DAYS * 86_400_000
  const active = grants.filter((g) => g.status === 'active')
  const soon = active.filter((g) => g.expiresAt !== null && Date.parse(g.expiresAt) <= soonLimit)
  const later = active.filter((g) => !soon.includes(g))
  const ended = grants.filter((g) => g.status !== 'active')
  const headers = ['Grant', 'User', 'Access', 'Ends', 'Ticket', 'Status']
  const activeHeaders = ctx.operator ? [...headers, 'Actions'] : headers
  sendPage(res, ctx, {
    title: 'Access grants',
    active: '/grants',
    status: message?.status ?? 200,
    body: html`${message?.body ?? ''}
<p>Time-bound access granted through <code>grant-access</code>. ${
      ctx.operator
        ? 'Ending or extending a grant runs the revoke-access or extend-access flow under the ticket you give, as you.'
        : 'Operators can end or extend a grant from here.'
    }</p>
<h2 id="soon-h">Ending within ${ENDING_SOON_DAYS} days (${soon.length})</h2>
${table({ caption: 'Grants ending soon', id: 'grants-soon', headers: activeHeaders, rows: soon.map((g) => row(ctx, g)), empty: 'No grant ends within a week.' })}
<h2 id="active-h">Other active grants (${later.length})</h2>
${table({ caption: 'Other active grants', id: 'grants-active', headers: activeHeaders, rows: later.map((g) => row(ctx, g)), empty: 'No other active grant.', pageSize: 25 })}
<h2 id="ended-h">Ended (${ended.length})</h2>
${table({ caption: 'Ended grants', id: 'grants-ended', headers: [...headers, 'Ended'], rows: ended.map((g) => row(ctx, g)), empty: 'No grant has ended yet.', pageSize: 25 })}`,
  })
}

function resourceOf(grant: GrantRecord): string {
  const kind = grant.resource.type === 'group' ? 'group' : 'app'
  return `${kind} ${grant.resource.name ?? grant.resource.id}`
}

function row(ctx: PageContext, grant: GrantRecord): SafeHtml {
  const ended = grant.status !== 'active'
  return html`<tr>
<td class="mono">${grant.id}</td>
<td>${grant.login}</td>
<td>${resourceOf(grant)}${grant.preexisting ? html` <span class="muted">(held before: never removed by the grant)</span>` : ''}</td>
<td data-sort="${grant.expiresAt ?? '9999'}">${grant.expiresAt ? time(grant.expiresAt) : 'permanent'}</td>
<td><a href="${ctx.base}/?ticket=${encodeURIComponent(grant.ticket.number)}">${grant.ticket.number}</a></td>
<td>${badge(grant.status)}</td>
${ended ? html`<td data-sort="${grant.endedAt ?? ''}">${time(grant.endedAt)}${grant.endReason ? html`<br><span class="muted">${grant.endReason}</span>` : ''}</td>` : ctx.operator ? html`<td>${actions(ctx, grant)}</td>` : ''}
</tr>`
}

function actions(ctx: PageContext, grant: GrantRecord): SafeHtml {
  const id = grant.id
  return html`<details class="actions"><summary>End or extend<span class="visually-hidden"> ${grant.login}'s ${resourceOf(grant)}</span></summary>
<form class="action" method="post" action="${ctx.base}/grants/${id}/end">
${csrfField(ctx.console.csrfToken)}
<div class="field"><label for="end-ticket-${id}">Ticket number</label><input type="text" id="end-ticket-${id}" name="ticket" required placeholder="CHG0012345" autocomplete="off"></div>
<div class="field"><label for="end-reason-${id}">Reason</label><input type="text" id="end-reason-${id}" name="reason" maxlength="500"></div>
<button type="submit" class="danger">End grant</button>
</form>
<form class="action" method="post" action="${ctx.base}/grants/${id}/extend">
${csrfField(ctx.console.csrfToken)}
<div class="field"><label for="ext-ticket-${id}">Ticket number</label><input type="text" id="ext-ticket-${id}" name="ticket" required placeholder="CHG0012345" autocomplete="off"></div>
<div class="field"><label for="ext-until-${id}">New end (UTC)</label><input type="datetime-local" id="ext-until-${id}" name="expiresAt" required></div>
<button type="submit">Extend grant</button>
</form>
</details>`
}

/** `POST /grants/:id/end` and `POST /grants/:id/extend` (operators; the router has checked CSRF and role). */
export async function grantAction(
  req: Request,
  res: Response,
  deps: ConsolePagesDeps,
  action: 'end' | 'extend',
): Promise<void> {
  const ctx = contextOf(req, res, deps)
  const id = String(req.params.id ?? '')
  const fail = (status: number, text: string) => render(res, ctx, { status, body: notice('error', text) })
  const grant = GRANT_ID.test(id) ? await deps.grants.get(id) : undefined
  if (grant === undefined) return fail(404, `There is no grant ${id.slice(0, 40)}.`)
  if (grant.status !== 'active')
    return fail(409, `Grant ${id} has already ended (${grant.status}): nothing to ${action}.`)
  const ticket = parseTicketNumber(field(req.body, 'ticket'))
  if ('error' in ticket) return fail(400, `Could not ${action} the grant: ${ticket.error}`)
  const base = { ticket: { number: ticket.number, requestedBy: requesterOf(ctx.console) }, grantId: id }
  let outcome: Awaited<ReturnType<typeof runFlow>>
  if (action === 'end') {
    const reason = field(req.body, 'reason')
    const input = {
      ...base,
      reason: reason || `Ended from the operator console by ${requesterOf(ctx.console)}`,
    }
    outcome = await runFlow(ctx, 'revoke-access', input, `console:${ticket.number}:revoke-access:${id}`)
  } else {
    const until = field(req.body, 'expiresAt') ?? ''
    const instant = WHEN.test(until) ? new Date(until.endsWith('Z') ? until : `${until}Z`) : undefined
    if (instant === undefined || Number.isNaN(instant.getTime()))
      return fail(
        400,
        'Could not extend the grant: give the new end as a date and time (UTC), such as 2026-12-31T17:00.',
      )
    if (instant.getTime() <= ctx.now.getTime())
      return fail(400, 'Could not extend the grant: the new end must be in the future.')
    const expiresAt = instant.toISOString()
    outcome = await runFlow(
      ctx,
      'extend-access',
      { ...base, expiresAt },
      `console:${ticket.number}:extend-access:${id}:${expiresAt}`,
    )
  }
  if ('error' in outcome) return fail(400, `Could not ${action} the grant: ${outcome.error}`)
  res.redirect(303, `${ctx.base}/executions/${encodeURIComponent(outcome.executionId)}`)
}
