/**
 * The console's other browsers, for `cross-browser.test.ts`: Debian's Firefox ESR driven by `puppeteer-core` over
 * WebDriver BiDi, and WebKitGTK (Safari's engine) — its `MiniBrowser` driven by `WebKitWebDriver` over the W3C
 * WebDriver protocol, spoken here with `fetch`, under `xvfb-run` because WebKitGTK 2.50's MiniBrowser has no
 * headless mode. No browser is downloaded: each is a distribution package (`.ci/run` installs them), and a
 * missing one is named by {@link firefoxMissing} / {@link webkitMissing} so its tests skip saying so.
 *
 * Both are wrapped in one small {@link ConsoleBrowser} so the test reads the same for each. Every page records the
 * Content Security Policy violations it sees (`securitypolicyviolation` events) in `window.__cspViolations`:
 * Firefox installs the listener before any of the page's own content runs (a preload script); classic WebDriver
 * has no such hook, so WebKit gets it as soon as the page has loaded — violations during WebKit's load are then
 * caught indirectly: the page's stylesheet and script must be seen to have applied and run.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import puppeteer, { type Browser, type Page } from 'puppeteer-core'
import { freeLoopbackPort } from './support.js'

/** Debian's `firefox-esr`. */
export const FIREFOX_PATH = '/usr/bin/firefox-esr'
/** Debian's `webkit2gtk-driver`: the WebDriver service and the browser it drives. */
export const WEBKIT_DRIVER_PATH = '/usr/bin/WebKitWebDriver'
export const MINIBROWSER_PATH = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser'
/** Debian's `xvfb`: a display for the MiniBrowser. */
export const XVFB_RUN_PATH = '/usr/bin/xvfb-run'

/** Why Firefox tests cannot run here, or undefined. */
export const firefoxMissing: string | undefined = existsSync(FIREFOX_PATH)
  ? undefined
  : `Firefox tests skipped: ${FIREFOX_PATH} is not installed (apt-get install -y firefox-esr)`

/** Why WebKit tests cannot run here, or undefined. */
export const webkitMissing: string | undefined = [WEBKIT_DRIVER_PATH, MINIBROWSER_PATH, XVFB_RUN_PATH].every(
  (path) => existsSync(path),
)
  ? undefined
  : `WebKit tests skipped: ${[WEBKIT_DRIVER_PATH, MINIBROWSER_PATH, XVFB_RUN_PATH].filter((p) => !existsSync(p)).join(', ')} missing (apt-get install -y webkit2gtk-driver xvfb)`

/**
 * Records CSP violations in `window.__cspViolations` (once per document). A function's source, run in the page:
 * nothing from the test's scope.
 */
const CSP_LISTENER = `
if (!window.__cspViolations) {
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__cspViolations.push(e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline') + ' at ' + (e.sourceFile || e.documentURI) + ':' + e.lineNumber);
  });
}`

/** How long a navigation may take before the harness gives up (a wait, not an assertion on time). */
const NAVIGATION_LIMIT_MS = 60_000

/** What the cross-browser test does with a browser: navigate, type, press, and run a script in the page. */
export interface ConsoleBrowser {
  readonly name: string
  /** Opens a URL and waits for its load. */
  goto(url: string): Promise<void>
  /** The current document's URL. */
  url(): Promise<string>
  /** Types `text` into the (first) element matching `selector`, after clearing it. */
  fill(selector: string, text: string): Promise<void>
  /** Clicks an element that submits a form or follows a link, and waits for the next document's load. */
  clickAndWait(selector: string): Promise<void>
  /** Clicks an element that does not navigate. */
  click(selector: string): Promise<void>
  /** Runs `body` (a function body, ending in `return …`) in the page; its JSON result. */
  evaluate<T>(body: string): Promise<T>
  close(): Promise<void>
}

/** Firefox ESR, headless, over WebDriver BiDi. */
export async function launchFirefox(): Promise<ConsoleBrowser> {
  if (firefoxMissing) throw new Error(firefoxMissing)
  const browser: Browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
  })
  const page: Page = await browser.newPage()
  await page.setViewport({ width: 1280, height: 900 })
  await page.evaluateOnNewDocument(CSP_LISTENER)
  const run = <T>(body: string) => page.evaluate(`(() => { ${body} })()`) as Promise<T>
  return {
    name: `Firefox ${(await browser.version()).replace(/^firefox\//, '')}`,
    async goto(url) {
      await page.goto(url, { waitUntil: 'load', timeout: NAVIGATION_LIMIT_MS })
    },
    async url() {
      return page.url()
    },
    async fill(selector, text) {
      await page.locator(selector).fill(text)
    },
    async clickAndWait(selector) {
      await Promise.all([
        page.waitForNavigation({ waitUntil: 'load', timeout: NAVIGATION_LIMIT_MS }),
        page.click(selector),
      ])
    },
    async click(selector) {
      await page.click(selector)
    },
    evaluate: run,
    async close() {
      await browser.close()
    },
  }
}

/** The W3C WebDriver element reference key. */
const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf'

/** WebKitGTK's MiniBrowser under Xvfb, over W3C WebDriver (`WebKitWebDriver`). */
export async function launchWebKit(): Promise<ConsoleBrowser> {
  if (webkitMissing) throw new Error(webkitMissing)
  const port = await freeLoopbackPort()
  // Its own process group: xvfb-run, Xvfb, the driver and the browser are ended together.
  const driver: ChildProcess = spawn(
    XVFB_RUN_PATH,
    ['-a', '-s', '-screen 0 1280x900x24', WEBKIT_DRIVER_PATH, `--port=${port}`],
    { detached: true, stdio: 'ignore' },
  )
  const stopDriver = () => {
    if (driver.pid !== undefined && driver.exitCode === null) {
      try {
        process.kill(-driver.pid, 'SIGTERM')
      } catch {
        // Already gone.
      }
    }
  }
  const base = `http://127.0.0.1:${port}`
  const call = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const res = await fetch(`${base}${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    })
    const json = (await res.json()) as { value: T & { error?: string; message?: string } }
    if (res.status !== 200) {
      throw new Error(
        `WebDriver ${method} ${path}: ${res.status} ${json.value?.error}: ${json.value?.message}`,
      )
    }
    return json.value
  }
  try {
    await until(
      async () => (await call<{ ready: boolean }>('GET', '/status').catch(() => undefined))?.ready === true,
      'WebKitWebDriver to listen',
    )
    const session = await call<{ sessionId: string; capabilities: { browserVersion: string } }>(
      'POST',
      '/session',
      {
        capabilities: {
          alwaysMatch: {
            'webkitgtk:browserOptions': { binary: MINIBROWSER_PATH, args: ['--automation'] },
          },
        },
      },
    )
    const s = `/session/${session.sessionId}`
    await call('POST', `${s}/window/rect`, { width: 1280, height: 900 })
    const run = <T>(body: string) => call<T>('POST', `${s}/execute/sync`, { script: body, args: [] })
    const element = async (selector: string) =>
      (
        await call<Record<string, string>>('POST', `${s}/element`, { using: 'css selector', value: selector })
      )[ELEMENT]!
    const listen = () => run(`${CSP_LISTENER}; return true`)
    return {
      name: `WebKitGTK ${session.capabilities.browserVersion}`,
      async goto(url) {
        await call('POST', `${s}/url`, { url })
        await listen()
      },
      url: () => call<string>('GET', `${s}/url`),
      async fill(selector, text) {
        const id = await element(selector)
        await call('POST', `${s}/element/${id}/clear`, {})
        await call('POST', `${s}/element/${id}/value`, { text })
      },
      async clickAndWait(selector) {
        // A marker on the old document: gone once the next one is there and loaded.
        await run('window.__leaving = true; return true')
        await call('POST', `${s}/element/${await element(selector)}/click`, {})
        await until(async () => {
          const state = await run<{ leaving: boolean; ready: string }>(
            'return { leaving: window.__leaving === true, ready: document.readyState }',
          ).catch(() => undefined)
          return state !== undefined && !state.leaving && state.ready === 'complete'
        }, `the page after clicking ${selector}`)
        await listen()
      },
      async click(selector) {
        await call('POST', `${s}/element/${await element(selector)}/click`, {})
      },
      evaluate: run,
      async close() {
        await call('DELETE', s).catch(() => undefined)
        stopDriver()
      },
    }
  } catch (error) {
    stopDriver()
    throw error
  }
}

/** Polls `check` until it is true; throws naming `what` after {@link NAVIGATION_LIMIT_MS}. */
async function until(check: () => Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + NAVIGATION_LIMIT_MS
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}
