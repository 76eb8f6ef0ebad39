/**
 * Birthright access: which Okta groups and apps a person gets from where they sit in the organisation.
 * A rule matches on department and, optionally, title and location; a joiner gets the union of every
 * matching rule, and a mover the difference between the rules of the old and the new position — so what
 * the help desk orders never has to name an Okta id.
 */

/** One active birthright rule, as read from `x_okta_jml_birthright_rule` (Okta ids, not sys_ids). */
export interface BirthrightRule {
  /** The department's name; the rule applies to nobody without one. */
  department: string
  /** When set, the person's title must equal it (case-insensitive). */
  title?: string
  /** When set, the person's location must equal it (case-insensitive). */
  location?: string
  /** Okta group ids. */
  groups: readonly string[]
  /** Okta app ids. */
  apps: readonly string[]
}

/** Where a person sits: what rules are matched against. */
export interface Position {
  department?: string
  title?: string
  location?: string
}

/** The Okta groups and apps a position is entitled to, sorted and without repeats. */
export interface Access {
  groups: string[]
  apps: string[]
}

/** The change from one position's access to another's: what a mover flow is asked to do. */
export interface AccessDiff {
  addGroups: string[]
  removeGroups: string[]
  addApps: string[]
  removeApps: string[]
}

/** Whether a rule applies to a position; an empty optional criterion matches anything. */
export function ruleMatches(rule: BirthrightRule, position: Position): boolean {
  const same = (a: string | undefined, b: string | undefined) =>
    (a ?? '').trim().toLowerCase() === (b ?? '').trim().toLowerCase()
  if (!rule.department.trim() || !same(rule.department, position.department)) return false
  if (rule.title?.trim() && !same(rule.title, position.title)) return false
  if (rule.location?.trim() && !same(rule.location, position.location)) return false
  return true
}

/** The access every matching rule grants, merged. */
export function birthrightAccess(rules: readonly BirthrightRule[], position: Position): Access {
  const groups = new Set<string>()
  const apps = new Set<string>()
  for (const rule of rules) {
    if (!ruleMatches(rule, position)) continue
    for (const id of rule.groups) groups.add(id)
    for (const id of rule.apps) apps.add(id)
  }
  return { groups: [...groups].sort(), apps: [...apps].sort() }
}

/** What to add and remove to go from one access to another; what both grant is left alone. */
export function accessDiff(from: Access, to: Access): AccessDiff {
  const minus = (a: readonly string[], b: readonly string[]) => {
    const drop = new Set(b)
    return a.filter((id) => !drop.has(id)).sort()
  }
  return {
    addGroups: minus(to.groups, from.groups),
    removeGroups: minus(from.groups, to.groups),
    addApps: minus(to.apps, from.apps),
    removeApps: minus(from.apps, to.apps),
  }
}

/** Splits a stored list of Okta ids (comma, space or newline separated) into distinct ids. */
export function parseIdList(value: string | undefined): string[] {
  if (!value) return []
  return [
    ...new Set(
      value
        .split(/[\s,]+/)
        .map((id) => id.trim())
        .filter((id) => id.length > 0),
    ),
  ]
}
