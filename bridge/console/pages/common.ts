/**
 * What every console page shares: the request's context (where the console is mounted, who is signed in, now),
 * sending a page in the layout, reading form and query fields, validating a ticket number as the API does, and
 * running a flow from an operator's action as a durable execution — the same `ExecutionService` path an API
 * invocation takes, with the console user as the caller.
 */
import type { Request, Response } from 'express'
import {
  FLOWS,
  type FlowInput,
  type FlowName,
  type PlanStep,
  type Target,
  Ticket,
} from '../../../shared/index.js'
import type { Caller } from '../../flows/engine.js'
import { summarize } from '../../flows/summary.js'
import { requestHashOf } from '../../http/execution-routes.js'
import { ACCEPT_OPERATION, type AuditOperation, REDELIVER_OPERATION } from '../../ports/store.js'
import { type ConsoleLocals, html, layout, raw, type SafeHtml } from '../html.js'
import type { ConsolePagesDeps } from './deps.js'

/** How long an action waits for its execution before the page shows it still running (ms). */
export const DEFAULT_ACTION_WAIT_MS = 15_000

/** One request's context. */
export interface PageContext {
  deps: ConsolePagesDeps
  /** Where the console is mounted (`/console`). */
  base: string
  console: ConsoleLocals
  operator: boolean
  now: Date
}

/** The context of a request the console router has let through (it set `res.locals.console`). */
export function contextOf(req: Request, res: Response, deps: ConsolePagesDeps): PageContext {
  const locals = (res.locals as { console?: ConsoleLocals }).console
  if (locals === undefined) {
    // The pages are only ever mounted behind the console router; without it nobody is signed in.
    throw new Error('console pages reached without a signed-in user (mount them behind createConsoleRouter)')
  }
  return {
    deps,
    base: req.baseUrl,
    console: locals,
    operator: locals.role === 'operator',
    now: deps.clock?.now() ?? new Date(),
  }
}

/** Sends a page in the layout. */
export function sendPage(
  res: Response,
  ctx: PageContext,
  page: { title: string; active: string; body: SafeHtml; status?: number },
): void {
  res
    .status(page.status ?? 200)
    .type('html')
    .send(
      layout({
        base: ctx.base,
        title: page.title,
        active: page.active,
        console: ctx.console,
        body: page.body,
      }),
    )
}

/** A single string field of a query or a form body (a repeated or missing one is `undefined`), trimmed. */
export function field(source: unknown, name: string): string | undefined {
  const value = (source as Record<string, unknown> | undefined)?.[name]
  return typeof value === 'string' ? value.trim() : undefined
}

/** A ticket number checked with the API's own rule (`shared` `Ticket.number`), or why it is not one. */
export function parseTicketNumber(value: string | undefined): { number: string } | { error: string } {
  if (value === undefined || value === '')
    return { error: 'Enter a ServiceNow ticket number, such as CHG0012345.' }
  const upper = value.toUpperCase()
  if (!Ticket.shape.number.safeParse(upper).success)
    return {
      error: `“${value.slice(0, 40)}” is not a ServiceNow record number: letters then 7 to 12 digits, such as RITM0010001 or CHG0012345.`,
    }
  return { number: upper }
}

/** The caller an operator's action runs as: `console:<sub>`, allowed to end or extend anyone's grant. */
export function consoleCaller(locals: ConsoleLocals): Caller {
  return { kind: 'oauth', id: `console:${locals.user.sub}`, manageGrants: true }
}

/** Who asked, as a ServiceNow user name: the console user's email when it is one, else their subject. */
export function requesterOf(locals: ConsoleLocals): string {
  const candidates = [locals.user.email, locals.user.sub]
  for (const candidate of candidates) {
    if (candidate && /^[A-Za-z0-9._@+-]{1,100}$/.test(candidate)) return candidate
  }
  return `console.${locals.user.sub.replace(/[^A-Za-z0-9._@+-]/g, '').slice(0, 80) || 'user'}`
}

/** The outcome of an operator's action that runs a flow. */
export type ActionOutcome = { executionId: string } | { error: string }

/**
 * Runs a flow as a durable execution under an idempotency key of the console's, the way `POST /api/flo/…/invoke`
 * does: the input is validated by the flow's own schema, the same form sent twice replays the same execution,
 * and the key reused for another input is refused. Waits a while for the execution so the page can show its end.
 */
export async function runFlow<F extends FlowName>(
  ctx: PageContext,
  flow: F,
  input: unknown,
  idempotencyKey: string,
): Promise<ActionOutcome> {
  const parsed = FLOWS[flow].input.safeParse(input)
  if (!parsed.success) {
    const messages = parsed.error.issues.map(
      (issue) => `${issue.path.join('.') || 'input'}: ${issue.message}`,
    )
    return { error: `The request is not valid — ${messages.join('; ')}.` }
  }
  const valid = parsed.data as FlowInput<F>
  const ticket = (valid as { ticket: Ticket }).ticket
  const submission = await ctx.deps.executions.submit({
    flow,
    input: valid,
    caller: consoleCaller(ctx.console),
    idempotencyKey,
    requestHash: requestHashOf(valid),
    ticket,
  })
  if (submission.kind === 'key-conflict')
    return {
      error: `Ticket ${ticket.number} was already used for a different ${flow} of this grant from the console: use another ticket number.`,
    }
  const executionId = submission.kind === 'finished' ? submission.view.executionId : submission.executionId
  if (submission.kind === 'running')
    await ctx.deps.executions.wait(executionId, ctx.deps.actionWaitMs ?? DEFAULT_ACTION_WAIT_MS)
  return { executionId }
}

/** A table in a scrolling wrapper (wide tables scroll on their own at 200 % zoom instead of the page). */
export function table(options: {
  caption: string
  headers: readonly string[]
  rows: readonly SafeHtml[]
  empty: string
  id?: string
  sortable?: boolean
  filterable?: boolean
  pageSize?: number
}): SafeHtml {
  if (options.rows.length === 0) return html`<p class="muted">${options.empty}</p>`
  // Built from constants and a number only: safe to pass through.
  const attrs = [
    options.sortable === false ? '' : ' data-sortable',
    options.filterable === false ? '' : ' data-filterable',
    options.pageSize ? ` data-page-size="${options.pageSize}"` : '',
  ].join('')
  // The wrapper scrolls a wide table on its own (200 % zoom): focusable and named, so the keyboard can scroll it.
  return html`<div class="table-wrap" tabindex="0" role="region" aria-label="${options.caption}"><table${options.id ? html` id="${options.id}"` : ''}${raw(attrs)} data-filter-label="Filter ${options.caption.toLowerCase()}">
<caption>${options.caption}</caption>
<thead><tr>${options.headers.map((header) => html`<th scope="col">${header}</th>`)}</tr></thead>
<tbody>${options.rows}</tbody>
</table></div>`
}

/**
 * A recorded change in words. The audit and the steps keep the operation and its target, not the plan step's
 * details (a new user's profile, a grant's terms), so the execution's recorded plan gives them back when it holds
 * the same operation on the same group or app; without a plan the words say less, never something wrong.
 */
export function changeInWords(
  operation: AuditOperation,
  target: Target,
  plan: readonly PlanStep[] | null,
): string {
  if (operation === ACCEPT_OPERATION) {
    const resource = target.groupName ?? target.groupId ?? target.appLabel ?? target.appId
    return `Accepted existing access of ${target.login ?? target.userId} to ${resource} (reconciliation baseline)`
  }
  if (operation === REDELIVER_OPERATION)
    return 'Redelivered a parked outbox message to ServiceNow (no Okta change; the execution names the message)'
  const planned = plan?.find(
    (step) =>
      step.operation === operation &&
      (step.target.groupId ?? null) === (target.groupId ?? null) &&
      (step.target.appId ?? null) === (target.appId ?? null),
  )
  if (planned) return summarize({ ...planned, target: { ...planned.target, ...target } })
  if (operation === 'createUser') return `Create Okta user ${target.login ?? target.userId}`
  return summarize({ operation, target })
}
