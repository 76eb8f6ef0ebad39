/**
 * The pages of signing in and out: no access (403), a refused sign-in or action, signed out. Plain words,
 * who the person is signed in as, what to do next. Server-rendered, no script, styled by the console's one
 * stylesheet; every value from outside goes through {@link escapeHtml}.
 */

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

/** A whole page: the console's stylesheet, a main landmark, a heading. `body` is HTML already escaped. */
export function authPage(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · Okta JML bridge console</title>
<link rel="stylesheet" href="/console/assets/console.css">
</head>
<body>
<header class="console-header"><p class="console-brand">Okta JML bridge console</p></header>
<main class="console-main auth-page">
<h1>${escapeHtml(title)}</h1>
${body}
</main>
</body>
</html>
`
}

/** Who someone is, as shown on a page: "Dana Lee (dana.lee@example.com)". */
function who(user: { name: string; email: string }): string {
  return user.email && user.email !== user.name
    ? `${escapeHtml(user.name)} (${escapeHtml(user.email)})`
    : escapeHtml(user.name)
}

/** The 403 of a person Okta signed in who is in neither console group. */
export function noAccessPage(
  user: { name: string; email: string; sub: string },
  groups: { viewer: readonly string[]; operator: readonly string[] },
): string {
  const list = (ids: readonly string[]) =>
    ids.length === 0 ? 'none configured' : ids.map((id) => `<code>${escapeHtml(id)}</code>`).join(', ')
  return authPage(
    'You do not have access to the console',
    `<p>You are signed in to Okta as <strong>${who(user)}</strong>, but you are not a member of a group that may use this console.</p>
<p>To get access, ask your Okta administrator to add you to one of the console's groups in Okta, then sign in again:</p>
<ul>
<li>to look at tickets, executions, grants and drift (viewer): ${list(groups.viewer)}</li>
<li>to also end or extend grants, redeliver messages and repair drift (operator): ${list(groups.operator)}</li>
</ul>
<p>Your Okta user id, for that request: <code>${escapeHtml(user.sub)}</code>.</p>
<p><a href="/console/">Try again</a> after you have been added.</p>`,
  )
}

/** A sign-in that could not be completed: why, and how to start again. No session was made. */
export function signInFailedPage(reason: string): string {
  return authPage(
    'Sign-in could not be completed',
    `<p role="alert">${escapeHtml(reason)}</p>
<p>You are not signed in to the console. This can happen when a sign-in is started in another tab or browser, takes longer than ten minutes, or was tampered with.</p>
<p><a href="/console/">Sign in again</a></p>`,
  )
}

/** An action refused: a POST without a valid CSRF token, a viewer trying to act, or an ended session. */
export function refusedPage(reason: string, user: { name: string; email: string } | undefined): string {
  return authPage(
    'This action was refused',
    `<p role="alert">${escapeHtml(reason)}</p>
${user ? `<p>You are signed in as <strong>${who(user)}</strong>.</p>` : ''}
<p>Nothing was changed. <a href="/console/">Back to the console</a></p>`,
  )
}

/**
 * After logout. `oktaSessionEnded`: the logout went through Okta's logout endpoint (the usual case), so signing in
 * again asks for the password; false when only the console session could be ended.
 */
export function signedOutPage(options: { oktaSessionEnded: boolean }): string {
  return authPage(
    'You are signed out',
    options.oktaSessionEnded
      ? `<p>Your console session and your Okta session have ended: signing in again asks for your Okta password.</p>
<p><a href="/console/">Sign in again</a></p>`
      : `<p>Your console session has ended. Your Okta session could not be ended from here: sign out of Okta separately on a shared computer.</p>
<p><a href="/console/">Sign in again</a></p>`,
  )
}

/**
 * The console's home while the pages (`pages/index.ts`) are not wired in: who is signed in, their role and the
 * logout button. Replaced by the Ticket search once the pages router is merged.
 */
export function signedInPage(user: { name: string; email: string }, role: string, csrfToken: string): string {
  return authPage(
    'Operator console',
    `<p>Signed in as <strong>${who(user)}</strong>, role <strong>${escapeHtml(role)}</strong>.</p>
${logoutForm(csrfToken)}`,
  )
}

/** The logout button: a POST with the session's CSRF token. */
export function logoutForm(csrfToken: string): string {
  return `<form method="post" action="/console/logout" class="logout-form"><input type="hidden" name="_csrf" value="${escapeHtml(csrfToken)}"><button type="submit">Sign out</button></form>`
}
