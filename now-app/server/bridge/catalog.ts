/**
 * The Okta catalog sync, as pure logic: the bridge's `GET /api/catalog/resources` answer read and checked,
 * compared with the *Okta resource* rows, and turned into what to insert, update and mark inactive — plus
 * the outcome in plain words for the admin. The Glide shell (`catalog-glide.ts`) fetches and writes.
 *
 * Rows are matched by Okta id, so a row an admin typed by hand before the first sync is adopted, not
 * duplicated. A resource gone from the catalog (deleted in Okta, no longer manageable, now protected) has
 * its row marked inactive — never deleted: grants and birthright rules point at it, and their history must
 * keep resolving. A row that comes back is made active again.
 */
import { adviceFor, type HttpAnswer, problemToError } from './errors.ts'
import { RESOURCE_TYPES } from './tables.ts'

/** One catalog entry as the bridge serves it. */
export interface CatalogEntry {
  type: 'group' | 'app'
  id: string
  name: string
  description: string | null
  requestable: boolean
  maxDays: number | null
  permanent: boolean
}

/** The synced columns of an *Okta resource* row, as Glide strings. */
export interface ResourceValues {
  okta_id: string
  type: string
  name: string
  description: string
  requestable: string
  max_duration_days: string
  permanent_allowed: string
  active: string
}

/** An existing row: its sys_id and synced columns. */
export interface ResourceRow extends ResourceValues {
  sysId: string
}

/** What a sync changes. */
export interface SyncPlan {
  inserts: ResourceValues[]
  updates: { sysId: string; values: Partial<ResourceValues> }[]
  /** Rows whose resource left the catalog: marked inactive. */
  deactivations: string[]
  unchanged: number
}

/** What `syncOktaCatalog()` answers: counts, and problems in plain words (empty when it worked). */
export interface CatalogSyncResult {
  ok: boolean
  inserted: number
  updated: number
  deactivated: number
  unchanged: number
  problems: string[]
  /** One sentence for the admin (and the system log). */
  message: string
}

/** The column lengths of the table (`tables.now.ts`): longer Okta values are cut, not refused. */
const MAX_NAME = 100
const MAX_DESCRIPTION = 1000

/** Reads the bridge's answer: the catalog, or why there is none, in words an admin can act on. */
export function parseCatalogAnswer(
  answer: HttpAnswer,
): { ok: true; entries: CatalogEntry[] } | { ok: false; problem: string } {
  if (answer.status === 0) {
    return {
      ok: false,
      problem: `The bridge could not be reached${answer.transportError ? ` (${answer.transportError})` : ''}. Check the bridge base URL and that the bridge is running, then run the sync again. Nothing was changed.`,
    }
  }
  if (answer.status < 200 || answer.status >= 300) {
    let body: unknown
    try {
      body = JSON.parse(answer.body)
    } catch {
      body = undefined
    }
    const error = problemToError(answer.status, body)
    const advice =
      error.code === 'forbidden-catalog'
        ? 'The bridge credential needs the catalog permission ("catalog" in the client token’s flows, or the OAuth scope jml.catalog).'
        : adviceFor(error.kind)
    return {
      ok: false,
      problem: `The bridge refused the catalog request (${answer.status} ${error.code}): ${error.message} ${advice} Nothing was changed.`,
    }
  }
  let body: unknown
  try {
    body = JSON.parse(answer.body)
  } catch {
    body = undefined
  }
  const list = isObject(body) ? body.resources : undefined
  if (!Array.isArray(list)) {
    return {
      ok: false,
      problem:
        'The bridge answered without a list of resources: is the base URL that of the Okta JML bridge? Nothing was changed.',
    }
  }
  const entries: CatalogEntry[] = []
  for (let i = 0; i < list.length; i++) {
    const entry = asEntry(list[i])
    if (!entry) {
      return {
        ok: false,
        problem: `The bridge’s catalog has an entry that is not a group or app with an Okta id (entry ${i + 1}). Nothing was changed.`,
      }
    }
    entries.push(entry)
  }
  return { ok: true, entries }
}

/** The row values a catalog entry stands for. */
export function valuesOf(entry: CatalogEntry): ResourceValues {
  return {
    okta_id: entry.id,
    type: entry.type,
    name: entry.name.slice(0, MAX_NAME),
    description: (entry.description ?? '').slice(0, MAX_DESCRIPTION),
    requestable: entry.requestable ? 'true' : 'false',
    max_duration_days: entry.requestable && entry.maxDays !== null ? String(entry.maxDays) : '',
    permanent_allowed: entry.permanent ? 'true' : 'false',
    active: 'true',
  }
}

/** Compares the catalog with the rows: what to insert, update and mark inactive. */
export function planSync(entries: readonly CatalogEntry[], rows: readonly ResourceRow[]): SyncPlan {
  const plan: SyncPlan = { inserts: [], updates: [], deactivations: [], unchanged: 0 }
  const byOktaId: Record<string, ResourceRow> = {}
  for (const row of rows) if (row.okta_id) byOktaId[row.okta_id] = row
  const seen: Record<string, boolean> = {}
  for (const entry of entries) {
    if (seen[entry.id]) continue
    seen[entry.id] = true
    const wanted = valuesOf(entry)
    const row = byOktaId[entry.id]
    if (!row) {
      plan.inserts.push(wanted)
      continue
    }
    const changes: Partial<ResourceValues> = {}
    let changed = false
    for (const field of Object.keys(wanted) as (keyof ResourceValues)[]) {
      if (normalise(field, row[field]) !== wanted[field]) {
        changes[field] = wanted[field]
        changed = true
      }
    }
    if (changed) plan.updates.push({ sysId: row.sysId, values: changes })
    else plan.unchanged++
  }
  for (const row of rows) {
    if (!row.okta_id || seen[row.okta_id]) continue
    if (normalise('active', row.active) === 'true') plan.deactivations.push(row.sysId)
    else plan.unchanged++
  }
  return plan
}

/** The result of a sync that ran, with its sentence. */
export function syncResult(plan: SyncPlan): CatalogSyncResult {
  const inserted = plan.inserts.length
  const updated = plan.updates.length
  const deactivated = plan.deactivations.length
  const message =
    inserted + updated + deactivated === 0
      ? `Okta catalog sync: nothing to change (${plan.unchanged} resources already up to date).`
      : `Okta catalog sync: ${inserted} new, ${updated} updated, ${deactivated} no longer in the catalog and marked inactive, ${plan.unchanged} unchanged.`
  return { ok: true, inserted, updated, deactivated, unchanged: plan.unchanged, problems: [], message }
}

/** The result of a sync that could not run: nothing was changed. */
export function failedSync(problem: string): CatalogSyncResult {
  return {
    ok: false,
    inserted: 0,
    updated: 0,
    deactivated: 0,
    unchanged: 0,
    problems: [problem],
    message: `Okta catalog sync failed: ${problem}`,
  }
}

/** A stored value as the catalog would write it (Glide reads booleans as '1'/'0', integers as they are). */
function normalise(field: keyof ResourceValues, value: string | null | undefined): string {
  const text = value ?? ''
  if (field === 'requestable' || field === 'permanent_allowed' || field === 'active') {
    return text === '1' || text === 'true' ? 'true' : 'false'
  }
  return text
}

function asEntry(value: unknown): CatalogEntry | undefined {
  if (!isObject(value)) return undefined
  const { type, id, name, description, requestable, maxDays, permanent } = value
  if (typeof type !== 'string' || RESOURCE_TYPES.indexOf(type as 'group') === -1) return undefined
  if (typeof id !== 'string' || !/^[A-Za-z0-9]{20}$/.test(id)) return undefined
  if (typeof name !== 'string' || name === '') return undefined
  if (description !== null && description !== undefined && typeof description !== 'string') return undefined
  if (maxDays !== null && maxDays !== undefined && typeof maxDays !== 'number') return undefined
  return {
    type: type as CatalogEntry['type'],
    id,
    name,
    description: typeof description === 'string' ? description : null,
    requestable: requestable === true,
    maxDays: typeof maxDays === 'number' ? maxDays : null,
    permanent: permanent === true,
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
