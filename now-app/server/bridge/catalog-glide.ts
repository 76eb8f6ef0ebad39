/**
 * The Okta catalog sync's Glide shell: reads the bridge's catalog through the REST message (the same
 * transport and credential as the Plan and Invoke actions), reads the *Okta resource* rows, applies what
 * `catalog.ts` planned and logs the outcome. Run by the scheduled job *Okta JML: sync the Okta catalog* and,
 * on demand, by the admin's setup (`syncOktaCatalog()`).
 */
import { GlideRecord, gs } from '@servicenow/glide'
import { REST_MESSAGE_NAME, REST_VARIABLES, SETUP_FUNCTIONS } from './api.ts'
import {
  type CatalogSyncResult,
  failedSync,
  parseCatalogAnswer,
  planSync,
  type ResourceRow,
  type ResourceValues,
  syncResult,
} from './catalog.ts'
import { type BridgeSettings, isSettingsError } from './client.ts'
import { glideTransport, readSettings } from './glide.ts'
import { TABLES } from './tables.ts'

/** The synced columns, in the order they are written. */
const FIELDS: (keyof ResourceValues)[] = [
  'okta_id',
  'type',
  'name',
  'description',
  'requestable',
  'max_duration_days',
  'permanent_allowed',
  'active',
]

/**
 * Syncs the bridge's Okta catalog into the *Okta resource* table: new resources inserted, names,
 * descriptions and request rules updated, resources gone from the catalog marked inactive (never deleted).
 * When the bridge cannot be asked, or answers no catalog, nothing is changed and the problem is answered
 * in plain words.
 */
export function syncOktaCatalog(): CatalogSyncResult {
  let settings: BridgeSettings
  try {
    settings = readSettings()
  } catch (error) {
    if (!isSettingsError(error)) throw error
    return logged(failedSync(`${error.message} Nothing was changed.`))
  }
  const answer = glideTransport().send({
    restMessage: REST_MESSAGE_NAME,
    functionName: SETUP_FUNCTIONS.catalogResources,
    variables: { [REST_VARIABLES.baseUrl]: settings.baseUrl },
    timeoutSeconds: settings.timeoutSeconds,
  })
  const catalog = parseCatalogAnswer(answer)
  if (!catalog.ok) return logged(failedSync(catalog.problem))

  const plan = planSync(catalog.entries, resourceRows())
  for (const values of plan.inserts) {
    const row = new GlideRecord(TABLES.oktaResource)
    row.initialize()
    for (const field of FIELDS) row.setValue(field, values[field])
    row.insert()
  }
  for (const update of plan.updates) {
    const row = new GlideRecord(TABLES.oktaResource)
    if (!row.get(update.sysId)) continue
    for (const field of Object.keys(update.values) as (keyof ResourceValues)[])
      row.setValue(field, update.values[field])
    row.update()
  }
  for (const sysId of plan.deactivations) {
    const row = new GlideRecord(TABLES.oktaResource)
    if (!row.get(sysId)) continue
    row.setValue('active', false)
    row.update()
  }
  return logged(syncResult(plan))
}

/** Every *Okta resource* row, with the synced columns. */
function resourceRows(): ResourceRow[] {
  const rows: ResourceRow[] = []
  const row = new GlideRecord(TABLES.oktaResource)
  row.query()
  while (row.next()) {
    const values = { sysId: row.getUniqueValue() } as ResourceRow
    for (const field of FIELDS) values[field] = row.getValue(field) || ''
    rows.push(values)
  }
  return rows
}

/** Writes the outcome to the system log (an error when nothing could be synced) and answers it. */
function logged(result: CatalogSyncResult): CatalogSyncResult {
  if (result.ok) gs.info(result.message)
  else gs.error(result.message)
  return result
}
