/**
 * Findable: the "Identity & Access" category of the Service Catalog holds all seven items, help-desk items
 * visible only through the help-desk user criteria, access items to everyone — read from the build output.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { type BuiltRecord, builtRecords, ensureBuilt, recordsOf, text } from './support/build.js'

/** The stock Service Catalog (`sc_catalog`), the same sys_id on every instance. */
const SERVICE_CATALOG = 'e0d08b13c3330100c8b837659bba8fb4'
const HELP_DESK_ITEMS = ['New hire (Joiner)', 'Role change (Mover)', 'Leaver', 'Account help']
const ACCESS_ITEMS = ['Request access', 'End access', 'Extend access']

let live: BuiltRecord[]
beforeAll(async () => {
  await ensureBuilt()
  live = builtRecords().filter((r) => r.action === 'INSERT_OR_UPDATE')
}, 600_000)

const of = (table: string) => recordsOf(live, table)
const itemNamed = (name: string) => of('sc_cat_item').find((i) => text(i, 'name') === name)!

describe('the Identity & Access category', () => {
  it('is one active category of the Service Catalog', () => {
    const categories = of('sc_category')
    expect(categories.map((c) => text(c, 'title'))).toEqual(['Identity & Access'])
    expect(text(categories[0]!, 'sc_catalog')).toBe(SERVICE_CATALOG)
    expect(text(categories[0]!, 'active')).toBe('true')
  })

  it('holds exactly the seven items, each also in the Service Catalog', () => {
    const category = text(of('sc_category')[0]!, 'sys_id')
    const members = of('sc_cat_item_category')
      .filter((m) => text(m, 'sc_category') === category)
      .map((m) => text(of('sc_cat_item').find((i) => text(i, 'sys_id') === text(m, 'sc_cat_item'))!, 'name'))
    expect(members.sort()).toEqual([...HELP_DESK_ITEMS, ...ACCESS_ITEMS].sort())
    for (const name of [...HELP_DESK_ITEMS, ...ACCESS_ITEMS]) {
      expect(text(itemNamed(name), 'category'), name).toBe(category)
      expect(text(itemNamed(name), 'sc_catalogs'), name).toContain(SERVICE_CATALOG)
    }
  })

  it('help-desk items are available only to the help-desk role; access items to everyone', () => {
    const helpDeskRole = of('sys_user_role').find((r) => text(r, 'name') === 'x_okta_jml.help_desk')!
    const criteriaOf = (name: string) =>
      of('sc_cat_item_user_criteria_mtom')
        .filter((m) => text(m, 'sc_cat_item') === text(itemNamed(name), 'sys_id'))
        .map((m) => of('user_criteria').find((c) => text(c, 'sys_id') === text(m, 'user_criteria'))!)
    for (const name of HELP_DESK_ITEMS) {
      const criteria = criteriaOf(name)
      expect(criteria, name).toHaveLength(1)
      expect(text(criteria[0]!, 'role')).toBe(text(helpDeskRole, 'sys_id'))
      expect(text(criteria[0]!, 'active')).toBe('true')
    }
    // No criteria on an item: every user may open it (what they may ask for is narrowed per resource).
    for (const name of ACCESS_ITEMS) {
      expect(criteriaOf(name), name).toEqual([])
      expect(
        of('sc_cat_item_user_criteria_no_mtom').filter(
          (m) => text(m, 'sc_cat_item') === text(itemNamed(name), 'sys_id'),
        ),
      ).toEqual([])
    }
  })
})
