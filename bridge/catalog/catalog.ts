/**
 * The Okta catalog: every group and app the policy lets the bridge manage, with the name and description
 * Okta holds for it and what the policy's `accessGrants` say about requesting it — what ServiceNow syncs
 * into its resource table so nobody types an Okta id by hand (`GET /api/catalog/resources`).
 *
 * Protected groups and apps are never listed, whatever the manageable lists say: the catalog is what may
 * be asked for, and a protected resource may not. A `"*"` list is read from Okta (all pages); an explicit
 * list is looked up id by id, and an id Okta no longer has (or an app no longer active) is left out, so a
 * deleted resource disappears from the catalog and the app marks its row inactive.
 *
 * Least privilege: the port it reads with holds `okta.groups.read` and `okta.apps.read` only.
 */
import { type Clock, systemClock } from '../clock.js'
import { toFlowError } from '../flows/errors.js'
import type { Policy } from '../policy/policy.js'
import type { OktaPort, OktaPortFactory } from '../ports/okta.js'

/** The Okta scopes the catalog reads with; it never writes. */
export const CATALOG_SCOPES = ['okta.apps.read', 'okta.groups.read'] as const

/** The two kinds of resource. */
export const RESOURCE_TYPES = ['group', 'app'] as const

/** A kind of resource: an Okta group or an app integration. */
export type ResourceType = (typeof RESOURCE_TYPES)[number]

/** One entry of the catalog. */
export interface CatalogResource {
  type: ResourceType
  /** The Okta id (`00g…` for a group, `0oa…` for an app). */
  id: string
  /** The group's name or the app's label. */
  name: string
  /** The group's description or the app's end-user notes; `null` when Okta has none. */
  description: string | null
  /** Whether access requests may ask for it (it is in the policy's `accessGrants.resources`). */
  requestable: boolean
  /** The longest grant in days, for a requestable resource; `null` otherwise. */
  maxDays: number | null
  /** Whether a requestable resource may be granted without an end date. */
  permanent: boolean
}

/** What to list. */
export interface CatalogQuery {
  /** Only groups or only apps; both when absent. */
  type?: ResourceType
}

/** What the catalog needs. */
export interface CatalogDeps {
  /** Makes Okta ports; the catalog asks for {@link CATALOG_SCOPES} only. */
  okta: OktaPortFactory
  policy: Policy
  /** The clock an Okta rate limit's Retry-After counts from; default the system clock. */
  clock?: Clock
}

/** Lists the catalog from the policy and Okta. */
export class Catalog {
  constructor(private readonly deps: CatalogDeps) {}

  /**
   * The manageable, unprotected groups and apps, sorted by type then name. Okta's errors become the flows'
   * problems (`okta-unavailable`, `okta-forbidden`, …), so a caller sees the same codes as for a flow.
   */
  async list(query: CatalogQuery = {}): Promise<CatalogResource[]> {
    const okta = this.deps.okta(CATALOG_SCOPES)
    try {
      const groups = query.type === 'app' ? [] : await this.groups(okta)
      const apps = query.type === 'group' ? [] : await this.apps(okta)
      return [...groups, ...apps]
    } catch (error) {
      throw toFlowError(error, this.deps.clock ?? systemClock)
    }
  }

  private async groups(okta: OktaPort): Promise<CatalogResource[]> {
    const doc = this.deps.policy.document
    const protectedIds = new Set(doc.protectedGroups)
    const found = doc.manageableGroups.includes('*')
      ? await okta.listGroups()
      : await lookUp(doc.manageableGroups, protectedIds, (id) => okta.findGroup(id))
    return found
      .filter((group) => !protectedIds.has(group.id))
      .map((group) => this.entry('group', group.id, group.name, group.description))
      .sort(byName)
  }

  private async apps(okta: OktaPort): Promise<CatalogResource[]> {
    const doc = this.deps.policy.document
    const protectedIds = new Set(doc.protectedApps)
    const found = doc.manageableApps.includes('*')
      ? await okta.listApps()
      : await lookUp(doc.manageableApps, protectedIds, (id) => okta.findApp(id))
    return found
      .filter((app) => !protectedIds.has(app.id) && app.status === 'ACTIVE')
      .map((app) => this.entry('app', app.id, app.label, app.description))
      .sort(byName)
  }

  private entry(
    type: ResourceType,
    id: string,
    name: string,
    description: string | null | undefined,
  ): CatalogResource {
    const requestable = Object.hasOwn(this.deps.policy.document.accessGrants.resources, id)
    const rule = this.deps.policy.grantRule(id)
    return {
      type,
      id,
      name,
      description: description ?? null,
      requestable,
      maxDays: requestable ? rule.maxDays : null,
      permanent: requestable && rule.permanent,
    }
  }
}

/** The resources of an explicit list, one read each (protected ones skipped unread); missing ones left out. */
async function lookUp<T>(
  ids: readonly string[],
  protectedIds: ReadonlySet<string>,
  find: (id: string) => Promise<T | undefined>,
): Promise<T[]> {
  const found: T[] = []
  // One at a time: a policy lists tens of resources, and sequential reads stay clear of Okta's rate limits.
  for (const id of new Set(ids)) {
    if (protectedIds.has(id)) continue
    const resource = await find(id)
    if (resource !== undefined) found.push(resource)
  }
  return found
}

function byName(a: CatalogResource, b: CatalogResource): number {
  return a.name.localeCompare(b.name) || a.id.localeCompare(b.id)
}
