/**
 * The console in the other engines the issue names — Firefox (Debian's Firefox ESR over WebDriver BiDi) and Safari's
 * engine (WebKitGTK's MiniBrowser over W3C WebDriver, under Xvfb) — as `pages.test.ts` covers Chromium: an
 * Okta-mode bridge on the Okta and ServiceNow sandboxes with data from real invocations (a joiner, a grant ending
 * soon, a parked report, a drift), signed in through the Okta sandbox's login form as a console operator, every
 * page opened, and what a person sees asserted: the page's heading and its table rows or charts, the sort buttons
 * console.js adds (the script ran), the stylesheet applied, a form that posts (a dry run) — and no Content Security
 * Policy violation on any page. A canary at the end (an image from elsewhere, which the CSP blocks) proves the
 * violation listener hears violations in that browser, so its silence on the pages means something.
 *
 * A browser that is not installed is skipped with a message saying which package to install (`drivers.ts`).
 */
import { randomBytes, randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { consoleReads } from '../../bridge/adapters/store/console-reads.js'
import type { SqlExecutionStore } from '../../bridge/adapters/store/sql-store.js'
import { type RunningBridge, startBridge } from '../../dev/start.js'
import { seedUser } from '../bridge/support/flows-harness.js'
import { type OktaOrg, startOktaOrg } from '../bridge/support/okta-org.js'
import { type ServiceNowSandbox, startServiceNowSandbox } from '../sandboxes/servicenow/index.js'
import { type ConsoleBrowser, firefoxMissing, launchFirefox, launchWebKit, webkitMissing } from './drivers.js'
import { type ConsoleSetUp, consoleOnSandbox } from './support.js'

for (const missing of [firefoxMissing, webkitMissing]) {
  if (missing) console.warn(`test/console/cross-browser.test.ts: ${missing}`)
}

const SN_USER = { username: 'okta.bridge', password: `sn-${randomBytes(12).toString('hex')}` }
const DAY = 86_400_000
/** The bridge's clock: real time plus an offset moved forward to let a grant expire. */
const clock = { offset: 0, now: () => new Date(Date.now() + clock.offset) }

let org: OktaOrg
let sn: ServiceNowSandbox
let bridge: RunningBridge
let consoleSetUp: ConsoleSetUp
const made = { joinerTicket: '', joinerExecution: '', soonGrant: '', driftLogin: '' }

const groupId = (name: string) => org.groups.find((g) => g.name === name)!.id

async function invoke(flow: string, body: unknown): Promise<Record<string, unknown>> {
  const res = await fetch(`${bridge.url}/api/flo/${flow}/invoke`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-api-client-token': org.token,
      'idempotency-key': randomUUID(),
    },
    body: JSON.stringify(body),
  })
  const json = (await res.json()) as Record<string, unknown>
  expect(res.status, JSON.stringify(json)).toBe(200)
  return json
}

function requestedItem() {
  const [ritm] = sn.seed({ sc_req_item: [{ short_description: 'Okta access' }] }).sc_req_item!
  return { number: ritm!.number!, sysId: ritm!.sys_id!, requestedBy: 'hr.bot', approvedBy: 'it.manager' }
}

const anyBrowser = firefoxMissing === undefined || webkitMissing === undefined

describe.skipIf(!anyBrowser)('the console in Firefox and WebKit', () => {
  beforeAll(async () => {
    org = await startOktaOrg({ groups: ['Engineering', 'Finance', 'Payroll'], apps: ['Slack'] })
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
        BRIDGE_EXPIRY_POLL_MS: '60000',
        RECONCILE_INTERVAL_MINUTES: '0',
      },
      { print: () => undefined, clock, outboxPollMs: 20 },
    )

    const ticket = requestedItem()
    made.joinerTicket = ticket.number
    const login = `sam.lee.${randomBytes(3).toString('hex')}@example.com`
    const joined = await invoke('joiner', {
      ticket,
      profile: { login, email: login, firstName: 'Sam', lastName: 'Lee' },
      groups: [groupId('Engineering')],
    })
    made.joinerExecution = String(joined.executionId)

    const grant = async (ms: number, group: string, onTicket: ReturnType<typeof requestedItem>) => {
      const user = seedUser(org.sandbox.org)
      const res = await invoke('grant-access', {
        ticket: onTicket,
        user: { id: user.id },
        resource: { type: 'group', id: groupId(group) },
        expiresAt: new Date(clock.now().getTime() + ms).toISOString(),
        justification: 'Month-end close',
      })
      return (res.output as { grantId: string }).grantId
    }
    made.soonGrant = await grant(2 * DAY, 'Finance', requestedItem())
    // A grant on a requested item ServiceNow does not have: its expiry report is refused for good (parked).
    await grant(5_000, 'Payroll', {
      number: 'RITM0999998',
      sysId: randomBytes(16).toString('hex'),
      requestedBy: 'hr.bot',
      approvedBy: 'fin.manager',
    })
    clock.offset += 10_000
    expect((await bridge.expiry.tick()).length).toBe(1)
    for (let i = 0; i < 50 && (await parkedCount()) === 0; i++) await bridge.outboxDispatcher.tick()
    expect(await parkedCount()).toBeGreaterThan(0)

    // A drift: a member of Engineering nothing explains.
    made.driftLogin = `drift.${randomBytes(3).toString('hex')}@example.com`
    seedUser(org.sandbox.org, { login: made.driftLogin, groups: [groupId('Engineering')] })
  }, 180_000)

  afterAll(async () => {
    await bridge?.stop(1_000)
    await sn?.stop()
    await org?.stop()
  })

  /** Parked outbox messages, read with the console's own query on the bridge's database. */
  async function parkedCount(): Promise<number> {
    const store = bridge.store as SqlExecutionStore
    const reads = consoleReads((store as unknown as { db: Parameters<typeof consoleReads>[0] }).db, {
      executions: store,
      grants: bridge.grants,
      outbox: bridge.outbox,
      inbox: bridge.eventInbox,
      onboardings: bridge.onboardings,
    })
    return (await reads.outboxWaiting(100)).filter((entry) => entry.status === 'parked').length
  }

  /** Signs in through the Okta sandbox's login form as the console operator; lands on the console. */
  async function signIn(browser: ConsoleBrowser): Promise<void> {
    await browser.goto(`${bridge.url}/console/`)
    expect(await browser.url()).toMatch(new RegExp(`^${org.sandbox.url}/oauth2/v1/authorize\\?`))
    await browser.fill('input[name="username"]', consoleSetUp.operator.username)
    await browser.fill('input[name="password"]', consoleSetUp.operator.password)
    await browser.clickAndWait('button[type="submit"]')
    expect(await browser.url()).toBe(`${bridge.url}/console/`)
  }

  interface Seen {
    heading: string
    rows: number
    charts: number
    sortButtons: number
    styled: boolean
    violations: string[]
    main: string
  }

  /** What a person sees on the page, and what the CSP listener heard. */
  function look(browser: ConsoleBrowser, rowsSelector: string): Promise<Seen> {
    return browser.evaluate<Seen>(`
      const main = document.querySelector('main');
      const header = document.querySelector('header.top');
      return {
        heading: (document.querySelector('main h1') || {}).textContent || '',
        rows: document.querySelectorAll(${JSON.stringify(rowsSelector)}).length,
        charts: document.querySelectorAll('figure.chart svg[role="img"]').length,
        sortButtons: document.querySelectorAll('th button').length,
        // console.css applied: the header is laid out by it, not by the browser's defaults.
        styled: !!header && getComputedStyle(header).display === 'flex',
        violations: window.__cspViolations || ['no listener'],
        main: main ? main.innerText.replace(/\\s+/g, ' ') : '',
      };
    `)
  }

  async function everyPage(browser: ConsoleBrowser): Promise<void> {
    await signIn(browser)
    const pages: { path: string; heading: string; rows?: string; charts?: number; text?: string }[] = [
      {
        path: `/?ticket=${made.joinerTicket}`,
        heading: `Ticket ${made.joinerTicket}`,
        rows: 'table tbody tr',
        text: 'joiner succeeded',
      },
      { path: '/executions', heading: 'Executions', rows: '#executions tbody tr' },
      {
        path: `/executions/${made.joinerExecution}`,
        heading: 'Execution joiner',
        rows: 'table tbody tr',
        text: 'The plan in words',
      },
      { path: '/grants', heading: 'Access grants', rows: '#grants-soon tbody tr', text: made.soonGrant },
      {
        path: '/queues',
        heading: 'Outbox and inbox',
        rows: '#outbox-parked tbody tr',
        text: 'ServiceNow refused it for good',
      },
      { path: '/drift', heading: 'Drift', text: 'Run a dry run' },
      { path: '/health', heading: 'Okta budget and health', charts: 3, text: 'Least privilege' },
    ]
    for (const page of pages) {
      await browser.goto(`${bridge.url}/console${page.path}`)
      const seen = await look(browser, page.rows ?? 'table tbody tr')
      const where = `${browser.name} ${page.path}`
      expect(seen.heading, where).toBe(page.heading)
      expect(seen.styled, `${where}: console.css applied`).toBe(true)
      if (page.rows) expect(seen.rows, where).toBeGreaterThanOrEqual(1)
      if (page.charts) expect(seen.charts, where).toBe(page.charts)
      if (page.text) expect(seen.main, where).toContain(page.text)
      expect(seen.violations, where).toEqual([])
    }

    // console.js ran: the executions table's headers are sort buttons, and sorting works.
    await browser.goto(`${bridge.url}/console/executions`)
    expect((await look(browser, '#executions tbody tr')).sortButtons).toBeGreaterThanOrEqual(3)
    await browser.click('#executions th:nth-child(2) button')
    expect(
      await browser.evaluate<string | null>(
        "return document.querySelector('#executions th:nth-child(2)').getAttribute('aria-sort')",
      ),
    ).toBe('ascending')

    // A form that posts (CSRF token and all): the operator's dry run finds the drift.
    await browser.goto(`${bridge.url}/console/drift`)
    await browser.clickAndWait('form[action$="/drift/dry-run"] button[type="submit"]')
    const drift = await look(browser, '#drift tbody tr')
    expect(drift.main).toContain('Dry run done')
    expect(drift.main).toContain(made.driftLogin)
    expect(drift.rows).toBeGreaterThanOrEqual(1)
    expect(drift.violations).toEqual([])

    // The canary: something the CSP forbids is reported by this browser to the listener.
    const canary = await browser.evaluate<string[]>(`
      const img = document.createElement('img');
      img.src = 'https://example.invalid/canary.png';
      document.body.appendChild(img);
      return window.__cspViolations;
    `)
    let heard = canary
    for (let i = 0; i < 100 && heard.length === 0; i++) {
      heard = await browser.evaluate<string[]>('return window.__cspViolations')
    }
    expect(heard.join('\n')).toMatch(/img-src blocked https:\/\/example\.invalid\/canary\.png/)
  }

  it.skipIf(firefoxMissing !== undefined)(
    'Firefox: signs in through Okta, every page shows its heading and rows or charts, nothing violates the CSP',
    async () => {
      const browser = await launchFirefox()
      try {
        expect(browser.name).toMatch(/^Firefox \d+/)
        await everyPage(browser)
      } finally {
        await browser.close()
      }
    },
    240_000,
  )

  it.skipIf(webkitMissing !== undefined)(
    'WebKit: signs in through Okta, every page shows its heading and rows or charts, nothing violates the CSP',
    async () => {
      const browser = await launchWebKit()
      try {
        expect(browser.name).toMatch(/^WebKitGTK \d+\.\d+/)
        await everyPage(browser)
      } finally {
        await browser.close()
      }
    },
    240_000,
  )
})
