/**
 * The console's HTML: the one escaping helper every page goes through, and the page layout (skip link, header
 * with the signed-in user and role, navigation, main landmark).
 *
 * Escaping is structural rather than remembered: {@link html} is a tagged template whose interpolations are
 * escaped unless they are already {@link SafeHtml} (the output of another `html` template, or of {@link raw} for
 * markup the console builds itself, such as a chart's SVG). So a value from Okta, ServiceNow or a query string
 * can only ever land in a page as text. No inline script or style: the CSP (`script-src 'self'; style-src 'self'`)
 * would block them, so behaviour lives in `assets/console.js` and looks in `assets/console.css`.
 */

/** Markup known to be safe: produced by {@link html} or {@link raw}. */
export class SafeHtml {
  constructor(readonly value: string) {}

  toString(): string {
    return this.value
  }
}

/** What may be interpolated into {@link html}: text (escaped), markup, lists of either, or nothing. */
export type HtmlValue = SafeHtml | string | number | boolean | null | undefined | readonly HtmlValue[]

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;',
}

/** Escapes text for an HTML text node or a quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'`]/g, (ch) => ESCAPES[ch]!)
}

/**
 * The HTML template tag: every interpolated value is escaped unless it is {@link SafeHtml}; arrays are joined;
 * `null`, `undefined` and `false` render nothing (so `${cond && html`…`}` works).
 */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let out = strings[0]!
  for (let i = 0; i < values.length; i++) out += render(values[i]) + strings[i + 1]!
  return new SafeHtml(out)
}

/** Markup the console itself built (not from input), passed through unescaped. Never give it outside data. */
export function raw(markup: string): SafeHtml {
  return new SafeHtml(markup)
}

function render(value: HtmlValue): string {
  if (value === null || value === undefined || value === false) return ''
  if (value instanceof SafeHtml) return value.value
  if (Array.isArray(value)) return (value as readonly HtmlValue[]).map(render).join('')
  return escapeHtml(String(value))
}

/** The signed-in user as the console router leaves them in `res.locals.console`. */
export interface ConsoleUser {
  sub: string
  name: string
  email: string
}

/** What the console router sets on `res.locals.console` before the pages see a request. */
export interface ConsoleLocals {
  user: ConsoleUser
  role: 'viewer' | 'operator'
  csrfToken: string
}

/** The pages of the navigation, in order: path below the console's base, and label. */
export const NAV: readonly { path: string; label: string }[] = [
  { path: '/', label: 'Ticket' },
  { path: '/executions', label: 'Executions' },
  { path: '/grants', label: 'Access grants' },
  { path: '/queues', label: 'Outbox and inbox' },
  { path: '/drift', label: 'Drift' },
  { path: '/health', label: 'Health' },
]

/** What a page gives the layout. */
export interface PageOptions {
  /** Where the console is mounted (`/console`): every link and form is under it. */
  base: string
  /** The page title (also the `<h1>`). */
  title: string
  /** The navigation entry to mark as current (a {@link NAV} path). */
  active: string
  console: ConsoleLocals
  body: SafeHtml
}

/** A whole page: skip link, header (user, role, sign out), navigation, main landmark. */
export function layout(page: PageOptions): string {
  const { user, role } = page.console
  const nav = NAV.map(
    (item) =>
      html`<li><a href="${page.base}${item.path === '/' ? '/' : item.path}"${
        item.path === page.active ? raw(' aria-current="page"') : ''
      }>${item.label}</a></li>`,
  )
  return `<!doctype html>${html`<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${page.title} · Okta JML bridge console</title>
<link rel="stylesheet" href="${page.base}/assets/console.css">
<script src="${page.base}/assets/console.js" defer></script>
</head>
<body>
<a class="skip-link" href="#main">Skip to content</a>
<header class="top">
  <p class="brand"><a href="${page.base}/">Okta JML bridge</a> <span class="brand-sub">operator console</span></p>
  <div class="who">
    <span>Signed in as <strong>${user.name || user.email || user.sub}</strong>${user.email ? html` <span class="on-dark">(${user.email})</span>` : ''}</span>
    <span class="role role-${role}">${role}</span>
    <form method="post" action="${page.base}/logout" class="inline">
      ${csrfField(page.console.csrfToken)}
      <button type="submit" class="link-button">Sign out</button>
    </form>
  </div>
</header>
<nav aria-label="Console pages"><ul class="nav">${nav}</ul></nav>
<main id="main" tabindex="-1">
<h1>${page.title}</h1>
${page.body}
</main>
</body>
</html>`}`
}

/** The hidden CSRF field every console form carries (the router checks it before the pages see the POST). */
export function csrfField(token: string): SafeHtml {
  return html`<input type="hidden" name="_csrf" value="${token}">`
}

/**
 * An instant as a `<time>`: the absolute UTC time as text (readable without JavaScript), which `console.js` turns
 * into a relative one ("3 minutes ago") keeping the absolute time in the title.
 */
export function time(iso: string | null | undefined): SafeHtml {
  if (!iso) return html`<span class="muted">—</span>`
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return html`${iso}`
  const absolute = `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`
  return html`<time datetime="${date.toISOString()}" data-relative>${absolute}</time>`
}

/** A message box: `error` for bad input or a failed action (role alert), `ok` for a done one (role status). */
export function notice(kind: 'error' | 'ok' | 'info', message: HtmlValue): SafeHtml {
  const role = kind === 'error' ? 'alert' : 'status'
  return html`<div class="notice notice-${kind}" role="${role}">${message}</div>`
}

/** A status word as a badge whose class gives it colour and whose text says it (colour is never alone). */
export function badge(status: string): SafeHtml {
  const tone = /^(succeeded|active|ok|ready|delivered|processed|joined|verified)$/.test(status)
    ? 'good'
    : /^(failed|parked|broken|not-ready|expired|revoked|unjoined)$/.test(status)
      ? 'bad'
      : 'neutral'
  return html`<span class="badge badge-${tone}">${status}</span>`
}
