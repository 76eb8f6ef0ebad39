/**
 * Configuration step: the ServiceNow instance the bridge reports back to (`SERVICENOW_URL`) and its
 * credentials there — basic (`SERVICENOW_USER` + `SERVICENOW_PASSWORD[_FILE]`) or OAuth client credentials
 * (`SERVICENOW_CLIENT_ID` + `SERVICENOW_CLIENT_SECRET[_FILE]`), each pair complete — and what a real org's
 * bridge without an instance cannot tell anyone.
 */
import { type ConfigInput, checkUrl, type Findings, secret } from './environment.js'
import type { ServiceNowConfig } from './types.js'

/** Reads and checks the ServiceNow instance and credentials; undefined when not configured (or refused). */
export async function serviceNowInstance(
  input: ConfigInput,
  found: Findings,
): Promise<ServiceNowConfig | undefined> {
  const { env: clean, plain } = input
  const { problems } = found
  const snPassword = await secret(clean, 'SERVICENOW_PASSWORD', found)
  const snSecret = await secret(clean, 'SERVICENOW_CLIENT_SECRET', found)
  if (plain.SERVICENOW_URL === undefined) {
    for (const name of [
      'SERVICENOW_USER',
      'SERVICENOW_PASSWORD',
      'SERVICENOW_CLIENT_ID',
      'SERVICENOW_CLIENT_SECRET',
    ]) {
      if (clean[name] !== undefined || clean[`${name}_FILE`] !== undefined)
        problems.push(`${name}: set without SERVICENOW_URL, which it belongs to`)
    }
    return undefined
  }
  const url = checkUrl('SERVICENOW_URL', plain.SERVICENOW_URL, found)
  const basic = plain.SERVICENOW_USER !== undefined || snPassword !== undefined
  const oauthClient = plain.SERVICENOW_CLIENT_ID !== undefined || snSecret !== undefined
  if (basic && (plain.SERVICENOW_USER === undefined) !== (snPassword === undefined)) {
    problems.push(
      'SERVICENOW_PASSWORD: SERVICENOW_USER and SERVICENOW_PASSWORD (or SERVICENOW_PASSWORD_FILE) go together',
    )
  }
  if (oauthClient && (plain.SERVICENOW_CLIENT_ID === undefined) !== (snSecret === undefined)) {
    problems.push(
      'SERVICENOW_CLIENT_SECRET: SERVICENOW_CLIENT_ID and SERVICENOW_CLIENT_SECRET (or SERVICENOW_CLIENT_SECRET_FILE) go together',
    )
  }
  if (!basic && !oauthClient && snPassword !== null && snSecret !== null) {
    problems.push(
      'SERVICENOW_URL: set without credentials; set SERVICENOW_USER with SERVICENOW_PASSWORD, or SERVICENOW_CLIENT_ID with SERVICENOW_CLIENT_SECRET',
    )
  }
  if (!url) return undefined
  return {
    instanceUrl: url.origin,
    username: plain.SERVICENOW_USER,
    password: snPassword ?? undefined,
    clientId: plain.SERVICENOW_CLIENT_ID,
    clientSecret: snSecret ?? undefined,
  }
}

/**
 * Without an instance to report to, what the bridge tells ServiceNow by itself waits in the outbox (and
 * events wait in the inbox): nothing is lost, but nobody hears of an expiry or a user born in Okta.
 */
export function unreportedWarning(
  input: ConfigInput,
  servicenow: ServiceNowConfig | undefined,
  eventHookSecret: string | undefined,
  found: Findings,
): void {
  if (input.mode !== 'okta' || servicenow !== undefined) return
  found.warnings.push(
    eventHookSecret
      ? 'SERVICENOW_URL is not set: Okta event hooks are received but no onboarding incident can be opened until it is'
      : 'SERVICENOW_URL is not set: grant expiries are carried out in Okta but their reports to ServiceNow wait in the outbox until it is',
  )
}
