/**
 * The Okta budget and health page: readiness (the checks of `/readyz`), versions, the least-privilege report as
 * `npm run scopes` prints it, and three charts — executions per hour by outcome (the last 24 hours, from the
 * store), the remaining Okta rate budget per endpoint family (the budget every replica shares, as `/metrics`
 * reports it: what the bridge's share of each window still allows; Okta's own `X-Rate-Limit-Remaining` where the
 * shared budget has no row yet), and grants ending per day (the next 14 days, from the grants).
 */
import type { Request, Response } from 'express'
import { formatLeastPrivilege } from '../../least-privilege/report.js'
import { barChart, horizontalBarChart, lineChart } from '../charts.js'
import { badge, html, type SafeHtml } from '../html.js'
import { contextOf, type PageContext, sendPage, table } from './common.js'
import type { ConsolePagesDeps } from './deps.js'

const HOURS = 24
const DAYS = 14
/** Enough for a day of a busy bridge; the chart says when it was capped. */
const MAX_EXECUTIONS = 10_000

/** `GET /health`. */
export async function healthPage(req: Request, res: Response, deps: ConsolePagesDeps): Promise<void> {
  const ctx = contextOf(req, res, deps)
  const [readiness, perHour, budget, ending] = await Promise.all([
    deps.readiness().catch((error: unknown) => ({
      ready: false,
      checks: { readiness: { ok: false, detail: (error as Error).message } },
    })),
    executionsPerHour(ctx),
    rateBudget(ctx),
    grantsEndingPerDay(ctx),
  ])
  const report = typeof deps.leastPrivilege === 'function' ? deps.leastPrivilege() : deps.leastPrivilege
  const checks = Object.entries(readiness.checks).map(
    ([name, check]) =>
      html`<tr><td>${name}</td><td>${badge(check.ok ? 'ok' : 'failed')}</td><td>${check.detail ?? ''}</td></tr>`,
  )
  sendPage(res, ctx, {
    title: 'Okta budget and health',
    active: '/health',
    body: html`<section aria-labelledby="ready-h"><h2 id="ready-h">Readiness ${badge(readiness.ready ? 'ready' : 'not-ready')}</h2>
${table({ caption: 'Readiness checks', headers: ['Check', 'Result', 'Detail'], rows: checks, empty: 'No checks configured.', filterable: false })}
</section>
<section aria-labelledby="versions-h"><h2 id="versions-h">Versions</h2>
<dl class="facts">
<dt>Bridge</dt><dd>${deps.versions.bridge}</dd>
<dt>Node.js</dt><dd>${deps.versions.node ?? process.version}</dd>
<dt>Mode</dt><dd>${deps.versions.mode}</dd>
</dl></section>
<section aria-labelledby="charts-h"><h2 id="charts-h">Charts</h2>
<div class="charts">${perHour}${budget}${ending}</div></section>
<section aria-labelledby="lp-h"><h2 id="lp-h">Least privilege</h2>
<p>What to grant the bridge's service app in Okta, as <code>npm run scopes</code> prints it.</p>
<pre>${formatLeastPrivilege(report)}</pre></section>`,
  })
}

/** The hour (UTC) an instant falls in, as the chart labels it. */
function hourLabel(date: Date): string {
  return `${String(date.getUTCHours()).padStart(2, '0')}:00`
}

async function executionsPerHour(ctx: PageContext): Promise<SafeHtml> {
  const end = Math.floor(ctx.now.getTime() / 3_600_000) * 3_600_000 + 3_600_000
  const start = end - HOURS * 3_600_000
  const records = await ctx.deps.reads.executions({
    since: new Date(start).toISOString(),
    limit: MAX_EXECUTIONS,
  })
  const outcomes = ['succeeded', 'failed', 'running'] as const
  const counts = outcomes.map(() => new Array<number>(HOURS).fill(0))
  for (const record of records) {
    const slot = Math.floor((Date.parse(record.createdAt) - start) / 3_600_000)
    if (slot < 0 || slot >= HOURS) continue
    counts[outcomes.indexOf(record.status)]![slot]! += 1
  }
  const categories = Array.from({ length: HOURS }, (_, i) => hourLabel(new Date(start + i * 3_600_000)))
  return barChart({
    id: 'chart-executions',
    title: `Executions per hour by outcome (last ${HOURS} hours, UTC)${records.length === MAX_EXECUTIONS ? ', capped' : ''}`,
    categories,
    series: outcomes.map((name, i) => ({ name, values: counts[i]! })),
    xLabel: 'Hour started (UTC)',
    yLabel: 'Executions',
    labelEvery: 3,
  })
}

async function rateBudget(ctx: PageContext): Promise<SafeHtml> {
  // The shared budget is what replicas pace by, so it is what an operator needs to see; a family it has no row
  // for yet (never reserved through it) shows Okta's latest answer instead.
  const shared = (await ctx.deps.metrics.oktaBudget?.budgetSnapshot().catch(() => undefined)) ?? []
  const remaining = new Map(shared.map((view) => [view.family, view.remaining]))
  for (const value of (await ctx.deps.metrics.rateLimitRemaining.get()).values) {
    const family = String(value.labels.family)
    if (!remaining.has(family)) remaining.set(family, value.value)
  }
  const families = [...remaining.keys()].sort((a, b) => a.localeCompare(b))
  return horizontalBarChart({
    id: 'chart-budget',
    title: "Okta rate budget left per endpoint family (the bridge's share, all replicas)",
    categories: families,
    series: [{ name: 'requests left', values: families.map((family) => remaining.get(family)!) }],
    xLabel: 'Requests the bridge may still send in the current window',
    yLabel: 'Endpoint family',
  })
}

async function grantsEndingPerDay(ctx: PageContext): Promise<SafeHtml> {
  const today = Date.UTC(ctx.now.getUTCFullYear(), ctx.now.getUTCMonth(), ctx.now.getUTCDate())
  const grants = (await ctx.deps.reads.grants(MAX_EXECUTIONS)).filter(
    (g) => g.status === 'active' && g.expiresAt,
  )
  const perDay = new Array<number>(DAYS).fill(0)
  for (const grant of grants) {
    const day = Math.floor((Date.parse(grant.expiresAt!) - today) / 86_400_000)
    if (day >= 0 && day < DAYS) perDay[day]! += 1
  }
  const categories = Array.from({ length: DAYS }, (_, i) =>
    new Date(today + i * 86_400_000).toISOString().slice(5, 10),
  )
  return lineChart({
    id: 'chart-grants',
    title: `Grants ending per day (next ${DAYS} days, UTC)`,
    categories,
    series: [{ name: 'grants ending', values: perDay }],
    xLabel: 'Day (month-day, UTC)',
    yLabel: 'Grants ending',
    labelEvery: 2,
  })
}
