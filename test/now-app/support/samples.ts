/**
 * Sample catalog variables and tickets, as the Glide shell would read them from requested items: the
 * inputs of the payload builder in the unit tests and in the contract test against the running bridge.
 */
import type { TicketContext } from '../../../now-app/server/bridge/payload.ts'

/** The day the samples are "ordered"; dates in them are on or after it. */
export const TODAY = '2026-11-22'

/** A requested item's ticket. */
export const TICKET: TicketContext = {
  number: 'RITM0010001',
  sysId: '0123456789abcdef0123456789abcdef',
  requestedBy: 'help.desk',
}

/** A New hire item's variables (a unique login per call, so repeated runs never collide in Okta). */
export function joinerValues(suffix: string): Record<string, string> {
  return {
    first_name: 'Pat',
    last_name: 'Doe',
    email: `pat.doe.${suffix}@example.com`,
    okta_login: `pat.doe.${suffix}@example.com`,
    department: 'Engineering',
    title: 'Engineer',
    manager: 'Dana Lee',
    start_date: '2026-12-01',
    employee_number: 'E1001',
  }
}

/** A Role change item's variables. */
export function moverValues(login: string): Record<string, string> {
  return {
    okta_login: login,
    new_department: 'Support',
    new_title: 'Support Engineer',
    effective_date: TODAY,
  }
}

/** A Leaver item's variables. */
export function leaverValues(login: string, mode = 'suspend'): Record<string, string> {
  return { okta_login: login, leaver_mode: mode, revoke_sessions: 'true', last_day: TODAY }
}

/** An Account help item's variables. */
export function helpValues(login: string, action: string): Record<string, string> {
  return { okta_login: login, help_action: action, revoke_sessions: 'false' }
}
