/**
 * The console's browser harness: Debian's Chromium (`/usr/bin/chromium`) driven by `playwright-core` — no
 * browser download — with the flags `shared/reference/node/NOTES.md` gives for this machine. Tests call
 * {@link launchBrowser} once per file and {@link signIn} to go through the Okta sandbox's login form like a
 * person would. Where Chromium is not installed, {@link chromiumMissing} says so and the browser tests skip
 * with that message instead of failing on something that is not the console's fault.
 */
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { type Browser, chromium, type Page } from 'playwright-core'

/** Where Debian's `chromium` package puts the browser (`.ci/run` installs it). */
export const CHROMIUM_PATH = '/usr/bin/chromium'

/** Why browser tests cannot run here, or undefined when they can. */
export const chromiumMissing: string | undefined = existsSync(CHROMIUM_PATH)
  ? undefined
  : `browser tests skipped: ${CHROMIUM_PATH} is not installed (apt-get install -y chromium)`

/** Starts headless Chromium (playwright gives it a fresh temporary profile). */
export function launchBrowser(): Promise<Browser> {
  if (chromiumMissing) throw new Error(chromiumMissing)
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  })
}

/**
 * Opens `{baseUrl}/console/` (or `path`), which sends the browser to the Okta sandbox's login form, fills in
 * `username` and `password`, submits, and waits until the browser is back on the bridge. Resolves with the
 * status of the page the bridge answered with.
 */
export async function signIn(
  page: Page,
  baseUrl: string,
  credentials: { username: string; password: string },
  path = '/console/',
): Promise<number | undefined> {
  await page.goto(`${baseUrl}${path}`)
  await page.locator('input[name="username"]').fill(credentials.username)
  await page.locator('input[name="password"]').fill(credentials.password)
  const back = page.waitForResponse((res) => res.url().startsWith(baseUrl) && res.status() !== 303)
  await page.locator('button[type="submit"]').click()
  const answer = await back
  await page.waitForLoadState()
  return answer.status()
}

/**
 * axe-core's browser bundle, injected with `addScriptTag`: an inline script, which the console's CSP rightly
 * blocks, so pages checked with axe are opened in a context made with `bypassCSP: true` (the CSP itself is
 * asserted on the headers).
 */
const AXE_PATH = fileURLToPath(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url))

/** One axe violation, as much as a failing assertion should show. */
export interface AxeViolation {
  id: string
  impact: string | null
  help: string
  nodes: string[]
}

/** Runs axe-core on the page and returns its serious and critical violations. */
export async function seriousAxeViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ path: AXE_PATH })
  const violations = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(): Promise<{ violations: unknown[] }> } }).axe
    return (await axe.run()).violations as {
      id: string
      impact: string | null
      help: string
      nodes: { target: unknown }[]
    }[]
  })
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => JSON.stringify(n.target)),
    }))
}
