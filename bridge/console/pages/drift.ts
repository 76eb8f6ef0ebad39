/**
 * The Drift page: the latest reconciliation (each drift, and the repair it would get or why not), what the
 * scheduled runs last reported (the metrics), a dry run on demand, and Repair under an operator's ticket — the
 * `Reconciler` that `POST /api/reconcile` runs, each repair an audited execution of an ordinary flow.
 */
import type { Request, Response } from 'express'
import type { DriftReport } from '../../reconcile/reconciler.js'
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

/** `GET /drift`. */
export async function driftPage(req: Request, res: Response, deps: ConsolePagesDeps): Promise<void> {
  const ctx = contextOf(req, res, deps)
  await render(res, ctx, deps.latestReconciliation?.())
}

async function render(
  res: Response,
  ctx: PageContext,
  report: DriftReport | undefined,
  message?: { status: number; body: SafeHtml },
): Promise<void> {
  const scheduled = await scheduledSummary(ctx)
  sendPage(res, ctx, {
    title: 'Drift',
    active: '/drift',
    status: message?.status ?? 200,
    body: html`${message?.body ?? ''}
<p>Grants, the bridge's own changes and the baseline compared with the members of every manageable group and app in Okta.</p>
${scheduled}
${ctx.operator ? forms(ctx) : ''}
<h2>Latest reconciliation</h2>
${report ? reportView(ctx, report) : html`<p class="muted">No reconciliation has run since the bridge started${ctx.operator ? ': run a dry run above.' : '.'}</p>`}`,
  })
}

async function scheduledSummary(ctx: PageContext): Promise<SafeHtml> {
  const [drift, last] = await Promise.all([
    ctx.deps.metrics.reconcileDrift.get(),
    ctx.deps.metrics.reconcileLastSuccess.get(),
  ])
  const seconds = last.values[0]?.value ?? 0
  if (!(seconds > 0)) return html`<p class="muted">No scheduled reconciliation has succeeded yet.</p>`
  const counts = drift.values.map((v) => `${String(v.labels.kind)}: ${v.value}`).join(', ')
  return html`<p>Last scheduled dry run ${time(new Date(seconds * 1000).toISOString())} found ${counts || 'no drift'}.</p>`
}

function forms(ctx: PageContext): SafeHtml {
  return html`<div class="card">
<h2>Run</h2>
<form class="action" method="post" action="${ctx.base}/drift/dry-run">
${csrfField(ctx.console.csrfToken)}
<button type="submit" class="secondary">Run a dry run</button>
<span class="muted">Reads Okta only; changes nothing.</span>
</form>
<form class="action" method="post" action="${ctx.base}/drift/repair">
${csrfField(ctx.console.csrfToken)}
<div class="field"><label for="repair-ticket">Change ticket number</label><input type="text" id="repair-ticket" name="ticket" required placeholder="CHG0012345" autocomplete="off"></div>
<button type="submit" class="danger">Repair</button>
<span class="muted">Fixes what the policy allows, each fix an audited execution under this ticket.</span>
</form>
</div>`
}

function repairText(ctx: PageContext, repair: DriftReport['drift'][number]['repair']): SafeHtml {
  switch (repair.status) {
    case 'planned':
      return html`would run <code>${repair.flow}</code>`
    case 'skipped':
      return html`${badge('skipped')} ${repair.reason}: ${repair.detail}`
    case 'accepted':
      return html`${badge('accepted')} by baseline <a href="${ctx.base}/executions/${repair.executionId}">${repair.executionId}</a>`
    default:
      return html`${badge(repair.status)} <code>${repair.flow}</code> <a class="mono" href="${ctx.base}/executions/${repair.executionId}">${repair.executionId}</a>${
        repair.error ? html` — ${repair.error.detail}` : ''
      }`
  }
}

function reportView(ctx: PageContext, report: DriftReport): SafeHtml {
  const counts = Object.entries(report.counts)
    .map(([kind, n]) => `${kind}: ${n}`)
    .join(', ')
  return html`<dl class="facts">
<dt>Run</dt><dd class="mono">${report.runId}</dd>
<dt>Mode</dt><dd>${report.mode}</dd>
<dt>When</dt><dd>${time(report.at)}</dd>
<dt>Drift</dt><dd>${counts}</dd>
<dt>Checked</dt><dd>${report.checked.grants} grants, ${report.checked.resources} groups and apps${
    report.checked.missingResources.length > 0
      ? html`; not in Okta any more: ${report.checked.missingResources.join(', ')}`
      : ''
  }</dd>
</dl>
${table({
  caption: 'Drift found',
  id: 'drift',
  headers: ['Kind', 'User', 'Access', 'Grant', 'Repair'],
  rows: report.drift.map(
    (d) =>
      html`<tr><td>${d.kind}</td><td>${d.login ?? html`<span class="mono">${d.userId}</span>`}</td><td>${d.resource.type} ${d.resource.name ?? d.resource.id}</td><td class="mono">${d.grantId ?? '—'}</td><td>${repairText(ctx, d.repair)}</td></tr>`,
  ),
  empty: 'No drift: Okta matches the grants, the bridge’s changes and the baseline.',
  pageSize: 25,
})}`
}

/** `POST /drift/dry-run` (operators). */
export async function dryRun(req: Request, res: Response, deps: ConsolePagesDeps): Promise<void> {
  const ctx = contextOf(req, res, deps)
  const report = await deps.reconciler.run({ mode: 'dry-run' })
  await render(res, ctx, report, {
    status: 200,
    body: notice('ok', `Dry run done: ${report.drift.length} drift found, nothing changed.`),
  })
}

/** `POST /drift/repair` (operators): repairs under the given change ticket. */
export async function repair(req: Request, res: Response, deps: ConsolePagesDeps): Promise<void> {
  const ctx = contextOf(req, res, deps)
  const ticket = parseTicketNumber(field(req.body, 'ticket'))
  if ('error' in ticket) {
    await render(res, ctx, deps.latestReconciliation?.(), {
      status: 400,
      body: notice('error', `Could not repair: ${ticket.error}`),
    })
    return
  }
  const report = await deps.reconciler.run({
    mode: 'repair',
    ticket: { number: ticket.number, requestedBy: requesterOf(ctx.console) },
    caller: consoleCaller(ctx.console),
  })
  const done = report.drift.filter((d) => d.repair.status === 'succeeded').length
  const failed = report.drift.filter((d) => d.repair.status === 'failed').length
  await render(res, ctx, report, {
    status: 200,
    body: notice(
      failed > 0 ? 'error' : 'ok',
      `Repair under ${ticket.number}: ${done} repaired, ${failed} failed, ${report.drift.length - done - failed} skipped or still running.`,
    ),
  })
}
