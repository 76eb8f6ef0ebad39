/**
 * Cross-scope privileges: with runtime access tracking set to *enforcing*, an instance refuses any
 * operation of a scoped app on another scope's table that no `sys_scope_privilege` allows. The pairs the
 * app needs are derived from the build output (support/glide-access.ts: the built scripts parsed with acorn,
 * the built flows' core actions) and compared both ways with the built privileges.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { SCOPE } from '../../now-app/server/bridge/api.ts'
import { type BuiltRecord, builtRecords, ensureBuilt } from './support/build.js'
import {
  builtPrivileges,
  builtScripts,
  flowAccesses,
  referencesOf,
  type Script,
  scriptAccesses,
  type TableAccess,
} from './support/glide-access.js'

let records: BuiltRecord[]

// The build lock is shared by every checkout using the same node_modules: waiting for it can take minutes.
beforeAll(async () => {
  await ensureBuilt()
  records = builtRecords()
}, 300_000)

/** `table operation` → where it is needed, for tables outside the scope. */
function needed(accesses: TableAccess[]): Map<string, string[]> {
  const out = new Map<string, string[]>()
  for (const a of accesses) {
    if (a.table.startsWith(`${SCOPE}_`)) continue
    const key = `${a.table} ${a.operation}`
    out.set(key, [...(out.get(key) ?? []), a.where])
  }
  return out
}

describe('cross-scope privileges of the build', () => {
  it('derives every table use of the built scripts and flows without an unresolved one', () => {
    const scripts = builtScripts(records)
    // The server modules, the action steps, the UI actions, the business rule, the fix script, the widget.
    expect(scripts.filter((s) => s.path).length).toBeGreaterThanOrEqual(10)
    expect(scripts.some((s) => s.where.startsWith('sys_script_fix'))).toBe(true)
    expect(scripts.some((s) => s.currentTable === 'incident')).toBe(true)
    const fromScripts = scriptAccesses(scripts, referencesOf(records))
    const fromFlows = flowAccesses(records)
    expect([...fromScripts.problems, ...fromFlows.problems]).toEqual([])
    expect(fromScripts.accesses.length).toBeGreaterThan(20)
    expect(fromFlows.accesses.length).toBeGreaterThan(20)
  })

  it('has an allowed sys_scope_privilege for every table operation outside the scope, and none unused', () => {
    const uses = needed([
      ...scriptAccesses(builtScripts(records), referencesOf(records)).accesses,
      ...flowAccesses(records).accesses,
    ])
    const privileges = builtPrivileges(records)
    const missing = [...uses]
      .filter(([key]) => !privileges.has(key))
      .map(([key, where]) => `${key} (needed by ${[...new Set(where)].slice(0, 3).join('; ')})`)
    expect(missing, 'add a CrossScopePrivilege in now-app/fluent/cross-scope.now.ts').toEqual([])
    expect([...privileges].filter((p) => !uses.has(p)).sort(), 'a privilege nothing uses').toEqual([])
    // The ones the issue named, so a broken derivation cannot pass by finding nothing.
    for (const key of [
      'sc_req_item read',
      'sc_req_item write',
      'sc_task create',
      'sysapproval_approver read',
      'sys_user read',
      'sys_user_has_role read',
      'incident write',
      'sys_choice create',
    ])
      expect(uses.has(key), key).toBe(true)
  })
})

/** A server module fixture. */
function module(name: string, code: string): Script {
  return { where: name, path: `x_okta_jml/app/0.1.0/server/${name}`, code }
}

const NO_REFERENCES = () => undefined

describe('the derivation', () => {
  it('resolves tables through constants and imports, and maps methods to operations', () => {
    const tables = module(
      'tables.ts',
      // A template literal in the fixture's source: `${SCOPE}_grant`.
      "import { SCOPE } from './api.ts'\nexport const T = { grant: `$" + "{SCOPE}_grant`, user: 'sys_user' }",
    )
    const api = module('api.ts', "export const SCOPE = 'x_okta_jml'")
    const shell = module(
      'shell.ts',
      [
        "import { GlideRecord } from '@servicenow/glide'",
        "import { T } from './tables.ts'",
        'export function f(id) {',
        '  const g = new GlideRecord(T.grant); g.get(id); g.update()',
        '  const u = new GlideRecord(T.user); u.initialize(); u.insert()',
        "  const x = new GlideRecord('sc_task'); x.addQuery('active', true); x.deleteMultiple()",
        '}',
      ].join('\n'),
    )
    const { accesses, problems } = scriptAccesses([tables, api, shell], NO_REFERENCES)
    expect(problems).toEqual([])
    expect(accesses.map((a) => `${a.table} ${a.operation}`).sort()).toEqual(
      ['sc_task delete', 'sys_user create', 'x_okta_jml_grant read', 'x_okta_jml_grant write'].sort(),
    )
    expect(accesses.find((a) => a.table === 'sc_task')?.where).toBe('shell.ts:6')
  })

  it('reads the tables a dot-walk passes through, and fails on an unknown reference', () => {
    const known: Record<string, string> = {
      'sysapproval_approver.approver': 'sys_user',
      'sys_user.department': 'cmn_department',
    }
    const references = (table: string, field: string) => known[`${table}.${field}`]
    const code =
      "var a = new GlideRecord('sysapproval_approver'); a.addQuery('approver.department.name', 'x'); a.query(); a.getElement('document_id.number')"
    const { accesses, problems } = scriptAccesses([{ where: 'br', code }], references)
    expect(accesses.map((a) => `${a.table} ${a.operation}`).sort()).toEqual(
      ['cmn_department read', 'sys_user read', 'sysapproval_approver read'].sort(),
    )
    expect(problems).toEqual([
      'br:1: dot-walk document_id.number on sysapproval_approver: sysapproval_approver.document_id is not a known reference field',
    ])
  })

  it('follows current and records passed to functions, across a require', () => {
    const shell = module(
      'decide.ts',
      'function save(r) { r.update() }\nexport function decide(current) { current.setValue("state", 2); save(current) }',
    )
    const action = {
      where: 'ui action',
      currentTable: 'incident',
      code: "(function (current) { var m = require('x_okta_jml/app/0.1.0/server/decide.ts'); m.decide(current) })(current)",
    }
    // As the SDK writes a business rule whose script is a module function.
    const rule = {
      where: 'business rule',
      currentTable: 'sysapproval_approver',
      code: "const { decide } = require('x_okta_jml/app/0.1.0/server/decide.ts');\ndecide(current, previous);",
    }
    const { accesses, problems } = scriptAccesses([shell, action, rule], NO_REFERENCES)
    expect(problems).toEqual([])
    expect(accesses.map((a) => `${a.table} ${a.operation} ${a.where}`)).toEqual([
      'incident write decide.ts:1',
      'sysapproval_approver write decide.ts:1',
    ])
  })

  it('fails loudly on a table or field it cannot resolve, an unbound record and an unparsable script', () => {
    const { problems: found } = scriptAccesses(
      [
        { where: 'a', code: 'function f(t) { var r = new GlideRecord(t); r.query() }' },
        {
          where: 'b',
          code: "function f(field) { var r = new GlideRecord('sys_user'); r.addQuery(field, 1) }",
        },
        { where: 'c', code: "new GlideRecord('sys_user').query()" },
        { where: 'd', code: 'var r = new GlideRecord(' },
        {
          where: 'e',
          code: "var m = require('x_okta_jml/app/0.1.0/missing.ts'); var r = new GlideRecord('incident'); m.f(r)",
        },
        {
          where: 'f',
          code: "function g() { var r = new GlideRecord('incident'); r.get('x'); var h = function (x) { x.update() }; h(r); r.getElement('caller_id').getRefRecord(); action.setRedirectURL(r) }",
        },
      ],
      NO_REFERENCES,
    )
    expect([...found].sort()).toEqual([
      expect.stringMatching(/^a:1: the table of GlideRecord is not known statically/),
      expect.stringMatching(/^b:1: sys_user.addQuery with a field name not known statically/),
      expect.stringMatching(/^c:1: GlideRecord\('sys_user'\) is not bound to a variable/),
      expect.stringMatching(/^d: cannot parse/),
      'e:1: a incident record is passed to a function that cannot be followed',
      'e:1: x_okta_jml/app/0.1.0/missing.ts is not a built module',
      // A record handed to a nested function expression, and a reference's record: not followed, so loud.
      'f:1: a incident record is passed to a function that cannot be followed',
      'f:1: getRefRecord() answers a record whose operations are not followed',
    ])
  })

  it('does not count a shadowing variable of the same name', () => {
    const code =
      "var r = new GlideRecord('incident'); r.query(); function other(r) { r.deleteRecord() } [1].forEach(function (r) { r.update() })"
    const { accesses } = scriptAccesses([{ where: 's', code }], NO_REFERENCES)
    expect(accesses.map((a) => `${a.table} ${a.operation}`)).toEqual(['incident read'])
  })
})
