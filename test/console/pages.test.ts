/**
 * The console's pages in a real browser (Debian's Chromium driven by playwright-core), served by an Okta-mode
 * bridge's own `/console` — the router and pages its wiring builds — on the Okta sandbox and the ServiceNow
 * sandbox, with data from real invocations over HTTP: a joiner, grants with end dates, a failed call, an
 * onboarding born in Okta (through a registered event hook), a grant whose expiry report ServiceNow refuses
 * (parked), and a drift (a member added behind the bridge's back).
 *
 * Every page is opened signed in through the Okta sandbox's login form, as a member of the console operator
 * group and of the viewer group (`CONSOLE_*` as an operator would set them, `support.ts`). What a person sees is
 * asserted on every page, as an operator and as a viewer (who gets no End / Extend / Redeliver / Repair / dry-run
 * buttons, and whose forged POSTs are refused); End, Extend, Redeliver and Repair are used through their forms and
 * their effect checked in Okta and the audit; a POST without the CSRF token is refused; the Drift page shows a
 * scheduled reconciliation; sorting and filtering work; axe-core finds no serious or critical violation on any
 * page; the strict CSP is sent and nothing on any page violates it.
 *
 * `CONSOLE_SCREENSHOTS=1` saves a screenshot of each page to `docs/console/` (the README shows them).
 */
import { randomBytes, randomUUID } from 'node:crypto'
import { mkdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { consoleReads } from '../../bridge/adapters/store/console-reads.js'
import type { SqlExecutionStore } from '../../bridge/adapters/store/sql-store.js'
import { barChart, horizontalBarChart, lineChart, niceScale } from '../../bridge/console/charts.js'
import { escapeHtml, html } from '../../bridge/console/html.js'
import { type RunningBridge, startBridge } from '../../dev/start.js'
import { seedUser } from '../bridge/support/flows-harness.js'
import { type OktaOrg, startOktaOrg } from '../bridge/support/okta-org.js'
import { connectServiceApp } from '../sandboxes/okta/http-test-support.js'
import { type ServiceNowSandbox, startServiceNowSandbox } from '../sandboxes/servicenow/index.js'
import { chromiumMissing, launchBrowser, seriousAxeViolations, signIn } from './browser.js'
import { type ConsoleSetUp, consoleOnSandbox } from './support.js'

if (chromiumMissing) {
  // Said plainly rather than a silent pass: these tests need Debian's chromium package (.ci/run installs it).
  console.warn(`test/console/pages.test.ts: ${chromiumMissing}`)
}

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const SCREENSHOTS = process.env.CONSOLE_SCREENSHOTS === '1'
/** The strict CSP the console sends on every answer: no inline script or style, nothing from elsewhere. */
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'self'"
const SN_USER = { username: 'okta.bridge', password: `sn-${randomBytes(12).toString('hex')}` }
const HOOK_SECRET = `hook-${randomBytes(24).toString('hex')}`
const DAY = 86_400_000

/** The bridge's clock: real time plus an offset the test moves forward to let a grant expire. */
const clock = { offset: 0, now: () => new Date(Date.now() + clock.offset) }

let org: OktaOrg
let sn: ServiceNowSandbox
let bridge: RunningBridge
let consoleSetUp: ConsoleSetUp
let consoleUrl: string
let browser: Browser
const contexts: BrowserContext[] = []
const violations: string[] = []

/** What the fixture made, for the assertions. */
const made = {
  joinerTicket: '',
  joinerLogin: '',
  soonGrant: '',
  laterGrant: '',
  expiredGrant: '',
  failedTicket: '',
  onboardedLogin: '',
  driftLogin: '',
}

const groupId = (name: string) => org.groups.find((g) => g.name === name)!.id
const appId = (label: string) => org.apps.find((a) => a.label === label)!.id
/** The Okta user id of the console operator: the `sub` of their session, in the caller of what they run. */
const operatorSub = () => org.sandbox.org.findUser(consoleSetUp.operator.username)!.id

async function invoke(
  flow: string,
  body: unknown,
): Promise<{ status: number; json: Record<string, unknown> }> {
  const res = await fetch(`${bridge.url}/api/flo/${flow}/invoke`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-api-client-token': org.token,
      'idempotency-key': randomUUID(),
    },
    body: JSON.stringify(body),
  })
  return { status: res.status, json: (await res.json()) as Record<string, unknown> }
}

/** A requested item seeded in ServiceNow and the ticket naming it. */
function requestedItem(approvedBy = 'it.manager') {
  const [ritm] = sn.seed({ sc_req_item: [{ short_description: 'Okta access' }] }).sc_req_item!
  return { number: ritm!.number!, sysId: ritm!.sys_id!, requestedBy: 'hr.bot', approvedBy }
}

/**
 * A page signed in as `role` through the Okta sandbox's login form, in a fresh browser context, recording every
 * CSP violation and console error.
 */
async function openAs(role: 'operator' | 'viewer', options: { bypassCSP?: boolean } = {}): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    ...(options.bypassCSP ? { bypassCSP: true } : {}),
  })
  contexts.push(context)
  const page = await context.newPage()
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text())
  })
  page.on('pageerror', (error) => violations.push(`page error: ${error.message}`))
  expect(await signIn(page, bridge.url, consoleSetUp[role])).toBe(200)
  return page
}

/** The CSRF token the router issued to the page's session (its Sign out form carries it). */
async function issuedCsrfToken(page: Page): Promise<string> {
  const token = await page.locator('form[action$="/logout"] input[name="_csrf"]').getAttribute('value')
  expect(token).toMatch(/\S{16,}/)
  return token!
}

/** A form POST from the page's session, as a person (or a forger) would send it, not following redirects. */
async function postForm(page: Page, path: string, form: Record<string, string>) {
  return page.request.post(`${consoleUrl}${path}`, {
    form,
    headers: { accept: 'text/html' },
    maxRedirects: 0,
  })
}

/** Loads a console path and waits for console.js to have run. */
async function visit(page: Page, path: string): Promise<void> {
  const res = await page.goto(`${consoleUrl}${path}`)
  expect(res, path).not.toBeNull()
  await page.waitForLoadState('load')
}

async function screenshot(page: Page, name: string): Promise<void> {
  if (!SCREENSHOTS) return
  mkdirSync(`${ROOT}docs/console`, { recursive: true })
  await page.screenshot({ path: `${ROOT}docs/console/${name}.png`, fullPage: true })
}

/** The text of the main landmark, whitespace collapsed. */
async function mainText(page: Page): Promise<string> {
  return ((await page.locator('main').innerText()) ?? '').replace(/\s+/g, ' ')
}

describe.skipIf(chromiumMissing !== undefined)('the console pages in Chromium', () => {
  beforeAll(async () => {
    org = await startOktaOrg({ groups: ['Engineering', 'Finance', 'Payroll'], apps: ['Slack', 'GitHub'] })
    org.sandbox.hooks.configure({ batchMs: 10, retryDelayMs: 10 })
    sn = await startServiceNowSandbox({ users: [SN_USER] })
    consoleSetUp = await consoleOnSandbox(org.sandbox)
    bridge = await startBridge(
      {
        ...org.env,
        ...consoleSetUp.env,
        LOG_LEVEL: 'silent',
        SERVICENOW_URL: sn.url,
        SERVICENOW_USER: SN_USER.username,
        SERVICENOW_PASSWORD: SN_USER.password,
        OKTA_EVENT_HOOK_SECRET: HOOK_SECRET,
        BRIDGE_EXPIRY_POLL_MS: '60000',
        RECONCILE_INTERVAL_MINUTES: '0',
      },
      { print: () => undefined, clock, outboxPollMs: 20 },
    )
    expect(bridge.url).toBe(consoleSetUp.env.CONSOLE_BASE_URL)
    consoleUrl = `${bridge.url}/console`

    // A joiner.
    const joinerTicket = requestedItem()
    made.joinerTicket = joinerTicket.number
    made.joinerLogin = `alex.kim.${randomBytes(3).toString('hex')}@example.com`
    const joined = await invoke('joiner', {
      ticket: joinerTicket,
      profile: { login: made.joinerLogin, email: made.joinerLogin, firstName: 'Alex', lastName: 'Kim' },
      groups: [groupId('Engineering')],
      apps: [appId('Slack')],
    })
    expect(joined.status, JSON.stringify(joined.json)).toBe(200)

    // Grants with end dates: one ending in two days, one in ten.
    const granted = async (days: number, group: string, ticket = requestedItem('fin.manager')) => {
      const user = seedUser(org.sandbox.org)
      const res = await invoke('grant-access', {
        ticket,
        user: { id: user.id },
        resource: { type: 'group', id: groupId(group) },
        expiresAt: new Date(clock.now().getTime() + days * DAY).toISOString(),
        justification: 'Month-end close',
      })
      expect(res.status, JSON.stringify(res.json)).toBe(200)
      return (res.json.output as { grantId: string }).grantId
    }
    made.soonGrant = await granted(2, 'Finance')
    made.laterGrant = await granted(10, 'Payroll')
    // A grant on a requested item ServiceNow does not have: its expiry report is refused for good (parked).
    made.expiredGrant = await granted(5_000 / DAY, 'Payroll', {
      number: 'RITM0999999',
      sysId: randomBytes(16).toString('hex'),
      requestedBy: 'hr.bot',
      approvedBy: 'fin.manager',
    })
    clock.offset += 10_000
    expect((await bridge.expiry.tick()).length).toBe(1)
    for (let i = 0; i < 50; i++) {
      await bridge.outboxDispatcher.tick()
      const waiting = await consoleReadsOf().outboxWaiting(100)
      if (waiting.some((entry) => entry.status === 'parked')) break
    }

    // A failed call: a mover for a user Okta does not have.
    made.failedTicket = requestedItem().number
    const failed = await invoke('mover', {
      ticket: { number: made.failedTicket, requestedBy: 'hr.bot' },
      user: { login: `nobody.${randomBytes(3).toString('hex')}@example.com` },
      profile: { title: 'Ghost' },
    })
    expect(failed.status).toBeGreaterThanOrEqual(400)

    // An onboarding: a user born in Okta, delivered through a registered and verified event hook.
    const { client: admin } = await connectServiceApp(org.sandbox.url)
    const hook = await admin.request('POST', '/api/v1/eventHooks', {
      name: 'bridge',
      events: { type: 'EVENT_TYPE', items: ['user.lifecycle.create'] },
      channel: {
        type: 'HTTP',
        version: '1.0.0',
        config: {
          uri: `${bridge.url}/hooks/okta/events`,
          authScheme: { type: 'HEADER', key: 'Authorization', value: HOOK_SECRET },
        },
      },
    })
    const hookId = ((await hook.json()) as { id: string }).id
    expect((await admin.request('POST', `/api/v1/eventHooks/${hookId}/lifecycle/verify`)).status).toBe(200)
    made.onboardedLogin = `robin.${randomBytes(3).toString('hex')}@example.com`
    const born = await admin.request('POST', '/api/v1/users?activate=false', {
      profile: {
        login: made.onboardedLogin,
        email: made.onboardedLogin,
        firstName: 'Robin',
        lastName: 'Born',
      },
    })
    expect(born.status).toBe(200)
    await org.sandbox.hooks.drain()
    await bridge.eventProcessor.settled()

    // A drift: a member of Engineering nothing explains.
    made.driftLogin = `drift.${randomBytes(3).toString('hex')}@example.com`
    seedUser(org.sandbox.org, { login: made.driftLogin, groups: [groupId('Engineering')] })

    browser = await launchBrowser()
  }, 120_000)

  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined)
    await browser?.close()
    await bridge?.stop(1_000)
    await sn?.stop()
    await org?.stop()
  })

  /** The console's reads on the bridge's database (for waiting on the fixture). */
  function consoleReadsOf() {
    const store = bridge.store as SqlExecutionStore
    return consoleReads((store as unknown as { db: Parameters<typeof consoleReads>[0] }).db, {
      executions: store,
      grants: bridge.grants,
      outbox: bridge.outbox,
      inbox: bridge.eventInbox,
      onboardings: bridge.onboardings,
    })
  }

  it('Ticket: the golden thread of a joiner — who asked and approved, each change, its Okta event, the chain', async () => {
    const page = await openAs('viewer')
    await visit(page, '/')
    await page.getByLabel('ServiceNow ticket number').fill(made.joinerTicket)
    await page.getByRole('button', { name: 'Show the golden thread' }).click()
    await page.waitForURL(/ticket=/)
    const text = await mainText(page)
    expect(text).toContain(`Ticket ${made.joinerTicket}`)
    expect(text).toMatch(/Requested by hr\.bot/)
    expect(text).toMatch(/Approved by it\.manager/)
    expect(text).toContain('joiner succeeded')
    expect(text).toContain(`Create Okta user ${made.joinerLogin}`)
    expect(text).toContain('Add ')
    // Every change has its request id and Okta's own event for it.
    const rows = page.locator('table tbody tr')
    expect(await rows.count()).toBeGreaterThanOrEqual(3)
    for (const row of await rows.all()) {
      const cells = (await row.locator('td').allInnerTexts()).map((t) => t.replace(/\s+/g, ' '))
      expect(cells[2]).toMatch(/\S{8,}/)
      expect(cells[3]).toMatch(/^joined (user|group|application)\./)
      expect(cells[4]).toMatch(/^verified entry \d+$/)
    }
    expect(text).toMatch(
      /Audit chain verified intact over \d+ entries, checked against \d+ anchors in ServiceNow/,
    )
    await screenshot(page, 'ticket')

    // A failed call's ticket: the execution that changed nothing, and why.
    await visit(page, `/?ticket=${made.failedTicket}`)
    const failed = await mainText(page)
    expect(failed).toContain('mover failed')
    expect(failed).toContain('Changed nothing in Okta. It failed:')

    // Bad input: said on the page, as a 400.
    const res = await page.goto(`${consoleUrl}/?ticket=${encodeURIComponent('<b>RITM1</b>')}`)
    expect(res!.status()).toBe(400)
    expect(await page.getByRole('alert').innerText()).toContain('is not a ServiceNow record number')
    expect(await page.locator('main b').count()).toBe(0)
  })

  it('Executions: filter by flow, status and caller; sort and filter the table; the detail in words', async () => {
    const page = await openAs('viewer')
    await visit(page, '/executions')
    const flows = async () =>
      page.locator('#executions tbody tr:not([hidden]) td:nth-child(2)').allInnerTexts()
    expect(new Set(await flows())).toEqual(new Set(['joiner', 'grant-access', 'revoke-access', 'mover']))
    await screenshot(page, 'executions')

    // Sorting by the Flow column, both ways.
    await page.getByRole('button', { name: 'Flow' }).click()
    const ascending = await flows()
    expect(ascending).toEqual([...ascending].sort((a, b) => a.localeCompare(b)))
    expect(await page.locator('th', { hasText: 'Flow' }).getAttribute('aria-sort')).toBe('ascending')
    await page.getByRole('button', { name: 'Flow' }).click()
    const descending = await flows()
    expect(descending).toEqual([...ascending].reverse())

    // With the keyboard only: the skip link goes to the main content, a header sorts with Enter.
    await visit(page, '/executions')
    await page.keyboard.press('Tab')
    expect(await page.evaluate('document.activeElement && document.activeElement.textContent')).toBe(
      'Skip to content',
    )
    await page.keyboard.press('Enter')
    expect(await page.evaluate('document.activeElement && document.activeElement.id')).toBe('main')
    await page.getByRole('button', { name: 'Status' }).focus()
    await page.keyboard.press('Enter')
    expect(await page.locator('th', { hasText: 'Status' }).getAttribute('aria-sort')).toBe('ascending')

    // Filtering the rows as one types.
    await page.getByLabel('Filter executions').fill('grant-access')
    expect(new Set(await flows())).toEqual(new Set(['grant-access']))
    expect(await page.locator('.table-status').innerText()).toMatch(/^3 of \d+ rows match/)

    // The server-side filters.
    await page.getByLabel('Flow', { exact: true }).selectOption('mover')
    await page.getByLabel('Status', { exact: true }).selectOption('failed')
    await page.getByRole('button', { name: 'Filter', exact: true }).click()
    await page.waitForURL(/status=failed/)
    expect(await flows()).toEqual(['mover'])
    await visit(page, '/executions?caller=system:expiry-scheduler')
    expect(await flows()).toEqual(['revoke-access'])
    const bad = await page.goto(`${consoleUrl}/executions?since=yesterday`)
    expect(bad!.status()).toBe(400)
    expect(await page.getByRole('alert').innerText()).toContain('must be a date and time')

    // The detail: the plan in words, the steps with request ids, the output, the ticket.
    await visit(page, '/executions?flow=joiner')
    await page.locator('#executions tbody a.mono').first().click()
    await page.waitForURL(/\/executions\/exe_/)
    const detail = await mainText(page)
    expect(detail).toContain('The plan in words')
    expect(detail).toContain(`Create Okta user ${made.joinerLogin}`)
    expect(detail).toMatch(/Assign .* to app Slack/)
    expect(detail).toContain('Output')
    await page.getByRole('link', { name: made.joinerTicket }).click()
    await page.waitForURL(/ticket=/)
  })

  it('Access grants: ending soon, active and ended; a viewer has no End / Extend', async () => {
    const viewer = await openAs('viewer')
    await visit(viewer, '/grants')
    expect(await viewer.locator('#grants-soon tbody tr').count()).toBe(1)
    expect(await viewer.locator('#grants-soon').innerText()).toContain(made.soonGrant)
    expect(await viewer.locator('#grants-active').innerText()).toContain(made.laterGrant)
    expect(await viewer.locator('#grants-ended').innerText()).toContain(made.expiredGrant)
    expect(await viewer.locator('#grants-ended').innerText()).toContain('expired')
    expect(await viewer.getByRole('button', { name: /End grant|Extend grant/ }).count()).toBe(0)
    expect(await viewer.locator('form[method="post"][action*="/grants/"]').count()).toBe(0)
  })

  it("refuses a viewer's forged End / Redeliver / Repair with a valid CSRF token, and any POST without its token", async () => {
    const viewer = await openAs('viewer')
    await visit(viewer, '/grants')
    const viewerToken = await issuedCsrfToken(viewer)
    const parked = (await consoleReadsOf().outboxWaiting(100)).find((entry) => entry.status === 'parked')
    expect(parked).toBeDefined()
    const forged: [string, Record<string, string>][] = [
      [`/grants/${made.soonGrant}/end`, { ticket: 'CHG0019999', reason: 'forged' }],
      ['/queues/redeliver', { key: parked!.key, ticket: 'CHG0019999' }],
      ['/drift/repair', { ticket: 'CHG0019999' }],
    ]
    for (const [path, form] of forged) {
      const res = await postForm(viewer, path, { ...form, _csrf: viewerToken })
      expect(res.status(), path).toBe(403)
      expect(res.headers()['content-type'], path).toMatch(/^text\/html/)
      expect(res.headers()['content-security-policy'], path).toBe(CSP)
      const page = await res.text()
      expect(page, path).toContain('This action was refused')
      expect(page, path).toContain('Your role is viewer')
    }

    // Without the token, or with another session's, even an operator's POST is refused.
    const operator = await openAs('operator')
    await visit(operator, '/grants')
    for (const token of [undefined, viewerToken]) {
      for (const [path, form] of forged) {
        const res = await postForm(operator, path, token === undefined ? form : { ...form, _csrf: token })
        expect(res.status(), path).toBe(403)
        expect(await res.text(), path).toContain('sent without its security token')
      }
    }

    // Nothing was done: the grant is active, the report still parked, the drifting member still in the group.
    expect((await bridge.grants.get(made.soonGrant))!.status).toBe('active')
    expect(await bridge.store.audit({ ticket: 'CHG0019999' })).toEqual([])
    const still = (await consoleReadsOf().outboxWaiting(100)).find((entry) => entry.key === parked!.key)
    expect(still?.status).toBe('parked')
    const drifter = org.sandbox.org.findUser(made.driftLogin)!
    expect(org.sandbox.org.isMember(groupId('Engineering'), drifter.id)).toBe(true)
  })

  it('Access grants: an operator ends one and extends another, as audited executions under their ticket', async () => {
    const page = await openAs('operator')
    await visit(page, '/grants')
    await screenshot(page, 'grants')
    const soon = page.locator('#grants-soon tbody tr', { hasText: made.soonGrant })
    await soon.getByText('End or extend').click()
    // Forms carry the CSRF token the router issued.
    expect(await soon.locator('input[name="_csrf"]').first().inputValue()).toBe(await issuedCsrfToken(page))

    // A bad ticket number: a clear message, nothing run.
    await soon.getByLabel('Ticket number').first().fill('not a ticket')
    await soon.getByRole('button', { name: 'End grant', exact: true }).click()
    await page.waitForLoadState('load')
    expect(await page.getByRole('alert').innerText()).toContain('Could not end the grant')
    expect((await bridge.grants.get(made.soonGrant))!.status).toBe('active')

    // End it for real.
    const again = page.locator('#grants-soon tbody tr', { hasText: made.soonGrant })
    await again.getByText('End or extend').click()
    await again.getByLabel('Ticket number').first().fill('CHG0012345')
    await again.getByRole('button', { name: 'End grant', exact: true }).click()
    await page.waitForURL(/\/executions\/exe_/)
    const ended = await mainText(page)
    expect(ended).toContain('Execution revoke-access')
    expect(ended).toContain('succeeded')
    expect(ended).toContain('CHG0012345')
    expect(ended).toContain(`oauth:console:${operatorSub()}`)
    const grant = (await bridge.grants.get(made.soonGrant))!
    expect(grant.status).toBe('revoked')
    expect(org.sandbox.org.isMember(groupId('Finance'), grant.userId)).toBe(false)
    const audit = await bridge.store.audit({ ticket: 'CHG0012345' })
    expect(audit.map((entry) => [entry.operation, entry.caller])).toEqual([
      ['removeGroupMember', `oauth:console:${operatorSub()}`],
    ])

    // Extend the other one by a week.
    await visit(page, '/grants')
    const later = page.locator('#grants-active tbody tr', { hasText: made.laterGrant })
    await later.getByText('End or extend').click()
    const until = new Date(clock.now().getTime() + 5 * DAY).toISOString().slice(0, 16)
    await later.getByLabel('Ticket number').nth(1).fill('CHG0012346')
    await later.getByLabel('New end (UTC)').fill(until)
    await later.getByRole('button', { name: 'Extend grant', exact: true }).click()
    await page.waitForURL(/\/executions\/exe_/)
    expect(await mainText(page)).toContain('Execution extend-access')
    expect((await bridge.grants.get(made.laterGrant))!.expiresAt).toBe(`${until}:00.000Z`)
  })

  it('Outbox and inbox: the parked report and why; Redeliver for operators only; the onboarding waiting', async () => {
    const viewer = await openAs('viewer')
    await visit(viewer, '/queues')
    const parked = await viewer.locator('#outbox-parked').innerText()
    expect(parked).toContain('Work note on sc_req_item')
    expect(parked).toMatch(/ServiceNow refused it for good/)
    expect(await viewer.getByRole('button', { name: 'Redeliver' }).count()).toBe(0)
    const onboardings = await viewer.locator('#onboardings').innerText()
    expect(onboardings).toContain(made.onboardedLogin)
    expect(onboardings).toMatch(/INC\d{7}/)

    const page = await openAs('operator')
    await visit(page, '/queues')
    await screenshot(page, 'queues')
    const parkedEntry = (await consoleReadsOf().outboxWaiting(100)).find(
      (entry) => entry.status === 'parked',
    )!
    expect(parkedEntry).toBeDefined()

    // Without a ticket number (the browser's own check bypassed, as a script would): a form error, nothing done.
    const withoutTicket = await postForm(page, '/queues/redeliver', {
      key: parkedEntry.key,
      ticket: '',
      _csrf: await issuedCsrfToken(page),
    })
    expect(withoutTicket.status()).toBe(400)
    expect(await withoutTicket.text()).toContain('Could not redeliver: Enter a ServiceNow ticket number')
    const row = page.locator('#outbox-parked tbody tr').first()
    await row.getByLabel('Ticket number').fill('not a ticket')
    await row.getByRole('button', { name: 'Redeliver' }).click()
    await page.waitForLoadState('load')
    expect(await page.getByRole('alert').innerText()).toContain('Could not redeliver')
    expect((await bridge.outbox.get(parkedEntry.key))!.status).toBe('parked')
    expect(await consoleReadsOf().executions({ flow: 'outbox-redeliver', limit: 10 })).toEqual([])

    // With one: requeued, as an audited execution of outbox-redeliver under the ticket, run by the operator.
    const again = page.locator('#outbox-parked tbody tr', { hasText: 'Work note on sc_req_item' }).first()
    await again.getByLabel('Ticket number').fill('CHG0012347')
    await again.getByRole('button', { name: 'Redeliver' }).click()
    await page.waitForURL(/\/executions\/exe_/)
    const shown = await mainText(page)
    expect(shown).toContain('Execution outbox-redeliver')
    expect(shown).toContain('succeeded')
    expect(shown).toContain('CHG0012347')
    expect(shown).toContain(`oauth:console:${operatorSub()}`)
    expect(shown).toContain(`Put the parked outbox message ${parkedEntry.key}`)
    expect(shown).toContain('Nothing was changed in Okta')
    const executionId = page.url().split('/executions/')[1]!
    const execution = (await bridge.store.get(executionId))!
    expect(execution.flow).toBe('outbox-redeliver')
    expect(execution.ticket).toEqual({ number: 'CHG0012347', requestedBy: consoleSetUp.operator.username })
    expect(execution.input).toMatchObject({ outboxKey: parkedEntry.key, source: parkedEntry.source })
    const audit = await bridge.store.audit({ ticket: 'CHG0012347' })
    expect(
      audit.map((entry) => [entry.executionId, entry.flow, entry.operation, entry.caller, entry.requestedBy]),
    ).toEqual([
      [
        executionId,
        'outbox-redeliver',
        'redeliverMessage',
        `oauth:console:${operatorSub()}`,
        consoleSetUp.operator.username,
      ],
    ])
    expect(await bridge.store.verifyAudit()).toMatchObject({ ok: true })
    // Back in the queue: the dispatcher tries it again (ServiceNow still refuses it, so it may park again).
    const requeued = (await bridge.outbox.get(parkedEntry.key))!
    expect(requeued.status === 'pending' || requeued.attempts > parkedEntry.attempts).toBe(true)

    // The ticket's golden thread shows it, as no Okta change.
    await visit(page, '/?ticket=CHG0012347')
    const thread = await mainText(page)
    expect(thread).toContain('Redelivered a parked outbox message to ServiceNow')
    expect(thread).toContain('no Okta change')

    // A message that is not parked (unknown here): refused, nothing recorded.
    const notParked = await postForm(page, '/queues/redeliver', {
      key: 'no-such-message',
      ticket: 'CHG0012348',
      _csrf: await issuedCsrfToken(page),
    })
    expect(notParked.status()).toBe(409)
    expect(await notParked.text()).toContain('no longer parked')
    expect(await bridge.store.audit({ ticket: 'CHG0012348' })).toEqual([])
  })

  it('Drift: a dry run finds the member nothing explains; a viewer cannot run or repair; Repair removes it', async () => {
    const viewer = await openAs('viewer')
    await visit(viewer, '/drift')
    expect(await viewer.getByRole('button', { name: /Repair|dry run/i }).count()).toBe(0)

    const page = await openAs('operator')
    await visit(page, '/drift')
    expect(await mainText(page)).toContain('No reconciliation has run since the bridge started')

    // A scheduled run (the schedule's own round, run now) is the latest reconciliation the page shows.
    const scheduled = await bridge.reconcileSchedule.runOnce()
    expect(scheduled).toBeDefined()
    await visit(viewer, '/drift')
    expect(await mainText(viewer)).not.toContain('No reconciliation has run since the bridge started')
    expect(await mainText(viewer)).toMatch(/Last scheduled dry run .* found .*unjustified: [1-9]/)
    expect(await mainText(viewer)).toContain(`Run ${scheduled!.runId} Mode dry-run`)
    const seen = await viewer.locator('#drift').innerText()
    expect(seen).toContain(made.driftLogin)
    expect(seen).toContain('unjustified')
    await page.getByRole('button', { name: 'Run a dry run' }).click()
    await page.waitForLoadState('load')
    const drift = await page.locator('#drift').innerText()
    expect(drift).toContain('unjustified')
    expect(drift).toContain(made.driftLogin)
    expect(drift).toContain('would run mover')
    await screenshot(page, 'drift')

    await page.getByLabel('Change ticket number').fill('bad')
    await page.getByRole('button', { name: 'Repair', exact: true }).click()
    await page.waitForLoadState('load')
    expect(await page.getByRole('alert').innerText()).toContain('Could not repair')

    await page.getByLabel('Change ticket number').fill('CHG0012348')
    await page.getByRole('button', { name: 'Repair', exact: true }).click()
    await page.waitForLoadState('load')
    expect(await page.getByRole('status').first().innerText()).toMatch(
      /Repair under CHG0012348: [1-9]\d* repaired, 0 failed/,
    )
    const drifter = org.sandbox.org.findUser(made.driftLogin)!
    expect(org.sandbox.org.isMember(groupId('Engineering'), drifter.id)).toBe(false)
  })

  it('Health: readiness, versions, the least-privilege report and three real charts', async () => {
    const page = await openAs('viewer')
    await visit(page, '/health')
    const text = await mainText(page)
    expect(text).toMatch(/Readiness ready/)
    expect(text).toContain('Least privilege for the Okta JML bridge')
    expect(text).toContain('okta.users.manage')
    const charts = page.locator('figure.chart svg[role="img"]')
    expect(await charts.count()).toBe(3)
    // Executions per hour: the total of the bars is what the store holds for the last day.
    const perHour = page.locator('#chart-executions-desc')
    expect(await perHour.textContent()).toMatch(/succeeded — .*: [1-9]/)
    const totals = await page.locator('svg.chart-bar').first().locator('g.bar > text.value').allTextContents()
    expect(totals.map(Number).reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(6)
    // Okta's budget per endpoint family: the budget the replicas share, within the bridge's share of each limit.
    const shared = (await bridge.metrics.oktaBudget?.budgetSnapshot()) ?? []
    expect(shared.length).toBeGreaterThan(0)
    const budgetDesc = (await page.locator('#chart-budget-desc').textContent()) ?? ''
    for (const view of shared) {
      const shown = new RegExp(`${view.family.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: (\\d+)`).exec(
        budgetDesc,
      )
      expect(shown, `${view.family} in ${budgetDesc}`).not.toBeNull()
      // A window may reset between the page and this read, so the figure is bounded rather than equal.
      expect(Number(shown![1])).toBeLessThanOrEqual(Math.floor(view.limit * 0.8))
    }
    // Grants ending per day: the extended grant ends on its new day (the other active ones are further off).
    expect(await page.locator('#chart-grants-desc').textContent()).toMatch(/grants ending — .*: 1/)
    await screenshot(page, 'health')
  })

  it('every page: no serious or critical axe-core violation, the CSP sent, and nothing violating it', async () => {
    const paths = [
      '/',
      `/?ticket=${made.joinerTicket}`,
      '/executions',
      '/grants',
      '/queues',
      '/drift',
      '/health',
    ]
    const page = await openAs('operator', { bypassCSP: true })
    for (const path of paths) {
      const res = await page.goto(`${consoleUrl}${path}`)
      expect(res!.headers()['content-security-policy']).toBe(CSP)
      const serious = (await seriousAxeViolations(page)).map(
        (v) => `${path}: ${v.id} (${v.impact}) at ${v.nodes.join(', ')}`,
      )
      expect(serious).toEqual([])
    }
    // Readable at 200 % zoom: at half the width nothing makes the page scroll sideways (wide tables scroll in
    // their own focusable region), and axe still finds nothing serious.
    await page.setViewportSize({ width: 640, height: 900 })
    for (const path of paths) {
      await page.goto(`${consoleUrl}${path}`)
      // A string: it runs in the page (the test's TypeScript has no DOM types).
      const overflow = (await page.evaluate(
        'document.documentElement.scrollWidth - document.documentElement.clientWidth',
      )) as number
      expect(overflow, path).toBeLessThanOrEqual(0)
    }
    // The other pages were opened without bypassing the CSP: nothing was refused.
    expect(violations).toEqual([])
  }, 180_000)
})

describe('the console helpers', () => {
  it('html escapes every interpolated value unless it is markup the console built', () => {
    const hostile = `<script>alert(1)</script>" onmouseover="x' \``
    const page = html`<p title="${hostile}">${hostile}${[hostile, html`<b>${hostile}</b>`]}${null}${false}</p>`
    expect(page.value).not.toContain('<script>')
    expect(page.value).not.toMatch(/" onmouseover/)
    expect(page.value).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&quot; onmouseover=&quot;x&#39; &#96;')
    expect(page.value.match(/<b>/g)).toHaveLength(1)
    expect(escapeHtml('a & b')).toBe('a &amp; b')
  })

  it('charts: a round scale, axes with ticks and labels, each value written, and a description of the data', () => {
    expect(niceScale(0)).toEqual({ top: 1, step: 1 })
    expect(niceScale(3)).toEqual({ top: 3, step: 1 })
    expect(niceScale(9)).toEqual({ top: 10, step: 2 })
    expect(niceScale(1994)).toEqual({ top: 2000, step: 500 })
    const svg = barChart({
      id: 'c',
      title: 'Executions <per> hour',
      categories: ['09:00', '10:00'],
      series: [
        { name: 'succeeded', values: [3, 5] },
        { name: 'failed', values: [1, 0] },
      ],
      xLabel: 'Hour',
      yLabel: 'Executions',
    }).value
    expect(svg).toContain('aria-labelledby="c-title c-desc"')
    expect(svg).toContain('<title id="c-title">Executions &lt;per&gt; hour</title>')
    expect(svg).toContain(
      '<desc id="c-desc">succeeded — 09:00: 3, 10:00: 5. failed — 09:00: 1, 10:00: 0.</desc>',
    )
    // Ticks 0…5 by 1 (the stacked maximum is 5), the category labels, both totals above their bars.
    for (const tick of ['>0<', '>1<', '>3<', '>5<', '>09:00<', '>10:00<', '>Hour<', '>Executions<'])
      expect(svg).toContain(tick)
    expect(
      svg.match(/class="value" [^>]*>(\d+)</g)?.map((m) => m.replace(/.*>/, '').replace('<', '')),
    ).toEqual(['4', '5'])
    const line = lineChart({
      id: 'l',
      title: 't',
      categories: ['a', 'b'],
      series: [{ name: 's', values: [0, 2] }],
      xLabel: 'x',
      yLabel: 'y',
    }).value
    expect(line).toMatch(/<polyline points="[\d.]+,[\d.]+ [\d.]+,[\d.]+">/)
    const wide = horizontalBarChart({
      id: 'h',
      title: 't',
      categories: ['GET /api/v1/users'],
      series: [{ name: 'left', values: [599] }],
      xLabel: 'x',
      yLabel: 'y',
    }).value
    expect(wide).toContain('>GET /api/v1/users<')
    expect(wide).toContain('>599<')
  })
})
