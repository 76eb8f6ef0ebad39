/**
 * The Glide shell of the setup check: reads the app's flows, subflows and actions by sys_id, the bridge's
 * Connection & Credential alias (through `glide.ts`'s `readConnection`) and the help-desk property, and hands
 * them to `setup.ts`, which says what is wrong. Only GlideRecord queries, `getValue` and `gs.getProperty`;
 * the Okta JML: Status widget calls {@link setupStatus}.
 */
import { GlideRecord, gs } from '@servicenow/glide'
import { bridgeAuth } from './connection.ts'
import { readConnection } from './glide.ts'
import {
  APP_ACTIONS,
  APP_FLOWS,
  type InstalledRecord,
  SETUP_PROPERTIES,
  type SetupProblem,
  setupProblems,
} from './setup.ts'

/**
 * The records with these sys_ids, with their active flag and status field. Takes the GlideRecord rather than
 * a table name so the table stays a literal at the call: the cross-scope test derives privileges from it.
 */
function installed(record: GlideRecord, sysIds: string[], statusField: string): InstalledRecord[] {
  const found: InstalledRecord[] = []
  record.addQuery('sys_id', 'IN', sysIds.join(','))
  record.query()
  while (record.next()) {
    found.push({
      sysId: record.getValue('sys_id') || '',
      active: record.getValue('active') || '',
      status: record.getValue(statusField) || '',
    })
  }
  return found
}

/** What the status page shows: the problems, and whether the app is ready (no error). */
export interface SetupStatus {
  ready: boolean
  problems: SetupProblem[]
}

/** The app's setup as this instance holds it. */
export function setupStatus(): SetupStatus {
  const properties: Record<string, string> = {}
  for (const name of SETUP_PROPERTIES) properties[name] = gs.getProperty(name, '') || ''
  const flows = new GlideRecord('sys_hub_flow')
  const actions = new GlideRecord('sys_hub_action_type_definition')
  // Only the kind of credential leaves here: the API key stays in readConnection's answer.
  const details = readConnection()
  const problems = setupProblems({
    flows: installed(
      flows,
      Object.values(APP_FLOWS).map((f) => f.sysId),
      'status',
    ),
    actions: installed(
      actions,
      Object.values(APP_ACTIONS).map((a) => a.sysId),
      'state',
    ),
    connection: { found: details.found, url: details.url, credential: bridgeAuth(details).kind },
    properties,
  })
  return { ready: !problems.some((p) => p.severity === 'error'), problems }
}
