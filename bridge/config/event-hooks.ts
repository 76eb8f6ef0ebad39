/**
 * Configuration step: the secret Okta event hooks must present (`OKTA_EVENT_HOOK_SECRET[_FILE]`); without it
 * `/hooks/okta/events` is not served. The header carrying it (`OKTA_EVENT_HOOK_HEADER`) is a plain variable.
 */
import { type ConfigInput, type Findings, MIN_CLIENT_TOKEN_LENGTH, secret } from './environment.js'

/** Reads and checks the event hook secret; undefined when not set (or refused). */
export async function eventHookSecret(input: ConfigInput, found: Findings): Promise<string | undefined> {
  const value = await secret(input.env, 'OKTA_EVENT_HOOK_SECRET', found)
  if (value && (value.length < MIN_CLIENT_TOKEN_LENGTH || /\s/.test(value))) {
    found.problems.push(
      `OKTA_EVENT_HOOK_SECRET: must be at least ${MIN_CLIENT_TOKEN_LENGTH} characters without whitespace`,
    )
  }
  return value ?? undefined
}
