/**
 * The ServiceNow engine-compatibility check (`npm run now:check`, scripts/now-check):
 *
 * - every rule of rules.ts fails on its fixture and names itself; a clean script full of look-alikes
 *   (mentions in strings and comments, `x.at` as a property, `"async"` as a key, string receivers of
 *   `.at`, shadowed names, private static members) passes;
 * - client rules apply to client scripts only, and not to the server-only block of a client-and-server
 *   UI action; server rules do not apply to client scripts;
 * - from XML files as the build writes them: the finding names file, table, record and line; Flow step
 *   scripts, ATF step scripts and gzipped Flow inline scripts are found; a script-like field the check
 *   does not know, a non-JS non-JSON module and a Flow input marked as a script without one fail;
 * - the CLI exits 1 listing findings and 0 with a summary;
 * - the real build output has no finding, and each kind of script the build ships was checked.
 */
import { execFile } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { gzipSync } from 'node:zlib'
import { afterAll, describe, expect, it } from 'vitest'
import {
  checkBuild,
  checkScript,
  formatFinding,
  type ScriptKind,
  type ScriptSide,
} from '../../scripts/now-check/check.ts'
import { RULES } from '../../scripts/now-check/rules.ts'
import { DIST, ensureBuilt, ROOT } from './support/build.js'

/** Rule ids a script violates. */
function rulesOf(code: string, side: ScriptSide = 'server', module = false): string[] {
  return checkScript(code, { side, module }).map((f) => f.rule)
}

/** For each rule, snippets that must each fail naming it (and the side they run on). */
const FIXTURES: Record<string, { side?: ScriptSide; module?: boolean; codes: string[] }> = {
  'number-parseint': { codes: ["var n = Number.parseInt('12', 10)", "var n = Number['parseInt']('7')"] },
  'number-parsefloat': { codes: ["var f = Number.parseFloat('1.5')"] },
  'error-subclass': {
    codes: [
      'class PayloadError extends Error {}',
      'var E = class extends TypeError { constructor(m) { super(m) } }',
      'function E() {}\nE.prototype = Object.create(Error.prototype)',
      'function R() {}\nObject.setPrototypeOf(R.prototype, RangeError.prototype)',
    ],
  },
  'builtin-subclass': { codes: ['class List extends Array {}', 'var M = class extends Map {}'] },
  'async-function': {
    codes: [
      'async function f() {}',
      'var f = async () => 1',
      'var o = { async m() {} }',
      'class C { async m() {} }',
    ],
  },
  await: { codes: ['async function f(g) { return await g() }'] },
  'for-await': { codes: ['async function f(xs) { for await (const x of xs) {} }'] },
  'async-generator': { codes: ['async function* g() {}'] },
  generator: { codes: ['function* g() { yield 1 }', 'var o = { *g() { yield 2 } }'] },
  promise: { codes: ['var p = new Promise(function (resolve) { resolve(1) })'] },
  'promise-allsettled': { codes: ['Promise.allSettled([])'] },
  'promise-any': { codes: ['Promise.any([])'] },
  'aggregate-error': { codes: ["throw new AggregateError([], 'many')"] },
  'promise-finally': { codes: ['p.then(f).finally(g)'] },
  globalthis: { codes: ['globalThis.x = 1'] },
  weakref: { codes: ['var r = new WeakRef({})'] },
  'finalization-registry': { codes: ['var r = new FinalizationRegistry(function () {})'] },
  'shared-array-buffer': { codes: ['var b = new SharedArrayBuffer(8)'] },
  atomics: { codes: ['Atomics.add(a, 0, 1)'] },
  'weak-collections': { codes: ['var m = new WeakMap()', 'var s = new WeakSet()'] },
  proxy: { codes: ['var p = new Proxy({}, {})'] },
  reflect: { codes: ['Reflect.ownKeys({})'] },
  'typed-arrays': { codes: ['var a = new Uint8Array(4)', 'var v = new DataView(buffer)'] },
  'array-at': { codes: ['var last = [1, 2].at(-1)', 'var x = list.at(0)', 'var y = list?.at(1)'] },
  'regexp-lookbehind': { codes: ['var m = /(?<=\\$)\\d+/.exec(s)', "var r = new RegExp('(?<!a)b')"] },
  'regexp-unicode-property': { codes: ['var r = /\\p{L}+/u', "var r = RegExp('\\\\P{Lu}', 'u')"] },
  'regexp-unicode-flag': { codes: ['var r = /a/u', "var r = new RegExp('a', 'gu')"] },
  'regexp-match-indices': { codes: ['var r = /a/d'] },
  'private-instance-member': {
    codes: [
      'class A { #x = 1; get() { return this.#x } }',
      'class B { #m() {} }',
      'class C { get #a() { return 1 } }',
      'class D { static #s = 1; static is(o) { return #s in o } }',
    ],
  },
  bigint: { codes: ['var b = BigInt(1)', 'var a = new BigInt64Array(2)'] },
  'bigint-literal': { codes: ['var b = 1n'] },
  'define-getter': {
    codes: [
      "o.__defineGetter__('x', f)",
      "o.__defineSetter__('x', f)",
      "o.__lookupGetter__('x')",
      "o['__lookupSetter__']('x')",
    ],
  },
  proto: { codes: ['var o = { __proto__: p }', 'o.__proto__ = p'] },
  'function-constructor': { codes: ["var f = new Function('return 1')", "var g = Function('return 1')()"] },
  'object-hasown': { codes: ["Object.hasOwn(o, 'a')"] },
  'object-setprototypeof': { codes: ['Object.setPrototypeOf(o, p)'] },
  'well-known-symbols': { codes: ['var it = o[Symbol.iterator]()'] },
  'client-es-module': {
    side: 'client',
    codes: ["import x from 'y'", 'export function onLoad() {}', "function onLoad() { import('x') }"],
  },
  'client-node-global': {
    side: 'client',
    codes: [
      "var x = require('x')",
      'var e = process.env.X',
      "var b = Buffer.from('x')",
      'module.exports = {}',
      'var d = __dirname + __filename',
      'global.x = 1',
      'exports.y = 2',
    ],
  },
  'parse-error': { codes: ['function (', 'var = 1'] },
}

describe('each rule', () => {
  it('has a fixture (a rule without one cannot be shown to work)', () => {
    const withoutFixture = RULES.filter((r) => r.id !== 'unknown-script-field' && !FIXTURES[r.id]).map(
      (r) => r.id,
    )
    expect(withoutFixture).toEqual([])
  })

  for (const [id, fixture] of Object.entries(FIXTURES)) {
    it(`fails on its fixtures, naming ${id}`, () => {
      for (const code of fixture.codes) {
        expect(rulesOf(code, fixture.side ?? 'server', fixture.module), code).toContain(id)
      }
    })
  }

  it('has a status, a side and a one-line source', () => {
    for (const r of RULES) {
      expect(['Disallowed', 'Not Supported', 'Absent', 'Client rule', 'Check'], r.id).toContain(r.status)
      expect(r.source.length, r.id).toBeGreaterThan(10)
      expect(r.source, r.id).not.toContain('\n')
    }
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length)
  })
})

describe('look-alikes', () => {
  it('passes a server script that only mentions the features, uses names as properties and strings', () => {
    const clean = [
      '// Number.parseInt, async/await, globalThis, Promise.allSettled, class X extends Error, new Function()',
      '/* WeakRef, #private, 1n, Reflect.ownKeys, __proto__, for await, function* */',
      "var s = 'Number.parseInt Promise.any WeakRef #x 1n new Function() await async .at(0) (?<=a)'",
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the source of a script with a template literal
      'var t = `template naming ${s} Reflect and .finally(`',
      'var o = { async: 1, at: 2, finally: 3, Promise: 4, Reflect: 5, await: 6, globalThis: 7, "async": 8 }',
      'o.at = 3',
      'o.Reflect = o.globalThis',
      "var last = 'abc'.at(-1)",
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the source of a script with a template literal
      'var first = `x${o.at}`.at(0)',
      'var third = String(o).at(2)',
      "var n = parseInt('12', 10) + parseFloat('1.5')",
      "var e = new Error('plain', { cause: o })",
      "e.code = 'invalid-variables'",
      'class Counter { static #count = 0; static next() { return ++Counter.#count } field = 1 }',
      'class Base {}',
      'class Derived extends Base {}',
      'var re = /(?<year>\\d{4})-\\d{2}/s',
      "var re2 = new RegExp('a+b', 'gi')",
      "var m = new Map(); var st = new Set(); var sym = Symbol('id')",
      'function local() { var Promise = 1; return Promise }',
      'var x = o?.a ?? 1',
      'o.b ||= 2',
      'for (const [k, v] of Object.entries(o)) { gs.info(k + v) }',
      'var flat = [[1], [2]].flat().includes(1)',
    ].join('\n')
    expect(checkScript(clean, { side: 'server' })).toEqual([])
  })

  it('passes an ES module on the server (sys_module content) and async code in a client script', () => {
    expect(rulesOf("import { a } from './b.js'\nexport const c = a", 'server', true)).toEqual([])
    const client = 'function onSubmit() { var f = async function () { await 1 }; return [1].at(0) }'
    expect(rulesOf(client, 'client')).toEqual([])
  })

  it('applies client rules to a client-and-server UI action except its server-only block', () => {
    const both = [
      'function rejectIt() { g_form.setMandatory("work_notes", true); return false }',
      "if (typeof window === 'undefined') {",
      "  var m = require('x_okta_jml/okta-jml-bridge/0.1.0/now-app/server/bridge/onboarding-glide.ts')",
      '}',
    ].join('\n')
    expect(rulesOf(both, 'both')).toEqual([])
    const unguarded = "function rejectIt() { return false }\nvar m = require('x')"
    expect(checkScript(unguarded, { side: 'both' })).toEqual([{ rule: 'client-node-global', line: 2 }])
    // The server rules still read the whole script.
    expect(
      rulesOf("function rejectIt() { return [1].at(0) }\nif (typeof window === 'undefined') {}", 'both'),
    ).toEqual(['array-at'])
  })

  it('reports the line of each finding within the script', () => {
    const code = "var a = 1\n\nvar b = Number.parseInt('2', 10)\nclass E extends Error {}"
    expect(checkScript(code, { side: 'server' })).toEqual([
      { rule: 'number-parseint', line: 3 },
      { rule: 'error-subclass', line: 4, detail: 'extends Error' },
    ])
  })
})

// ---------------------------------------------------------------------------------------------------------
// From XML

const dirs: string[] = []
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true })
})

/** A directory of update-set XML files (name → records of one file). */
function buildDir(
  files: Record<string, { table: string; fields: Record<string, string>; action?: string }[]>,
) {
  const dir = mkdtempSync(join(tmpdir(), 'now-check-'))
  dirs.push(dir)
  mkdirSync(join(dir, 'update'))
  for (const [name, records] of Object.entries(files)) {
    const body = records
      .map(({ table, fields, action }) => {
        const inner = Object.entries(fields)
          .map(([k, v]) => `    <${k}><![CDATA[${v}]]></${k}>`)
          .join('\n')
        return `  <${table} action="${action ?? 'INSERT_OR_UPDATE'}">\n${inner}\n  </${table}>`
      })
      .join('\n')
    const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<record_update table="${records[0]?.table}">\n${body}\n</record_update>\n`
    writeFileSync(join(dir, 'update', name), xml)
  }
  return dir
}

/** A Flow Designer `values` field: gzip + base64 JSON. */
function flowValues(entries: unknown[]): string {
  return gzipSync(Buffer.from(JSON.stringify(entries))).toString('base64')
}

const SCRIPT_INCLUDE = {
  'sys_script_include_aaa.xml': [
    {
      table: 'sys_script_include',
      fields: {
        sys_id: 'a'.repeat(32),
        name: 'OktaThing',
        script: "var OktaThing = Class.create()\n\nOktaThing.timeout = Number.parseInt('30', 10)",
        client_callable: 'false',
      },
    },
  ],
}

describe('the check on XML files', () => {
  it('names file, table, record (sys_id and name), field and line', () => {
    const result = checkBuild(buildDir(SCRIPT_INCLUDE))
    expect(result.findings).toHaveLength(1)
    const line = formatFinding(result.findings[0]!)
    expect(line).toBe(
      `update/sys_script_include_aaa.xml: sys_script_include ${'a'.repeat(32)} (OktaThing) script line 3: number-parseint Number.parseInt [Disallowed]`,
    )
    expect(result.counts).toEqual({ 'script include': 1 })
  })

  it('finds Flow action script steps, ATF step scripts and Flow inline scripts; skips JSON modules', () => {
    const dir = buildDir({
      'sys_hub_action_type_definition_bbb.xml': [
        { table: 'sys_hub_action_type_definition', fields: { sys_id: 'b'.repeat(32), name: 'Okta: Thing' } },
        {
          table: 'sys_hub_step_instance',
          fields: { sys_id: 'c'.repeat(32), label: 'Do it', step_type: '106afb6647032200b4fad7527c9a71e7' },
        },
        {
          table: 'sys_variable_value',
          fields: {
            sys_id: 'd'.repeat(32),
            document: 'sys_hub_step_instance',
            document_key: 'c'.repeat(32),
            variable: '71aa7f6647032200b4fad7527c9a719b',
            value: '(function execute(inputs, outputs) {\n  outputs.x = globalThis.y\n})(inputs, outputs)',
          },
        },
        {
          table: 'sys_variable_value',
          fields: {
            sys_id: 'e'.repeat(32),
            document: 'sys_hub_step_instance',
            document_key: 'c'.repeat(32),
            variable: '74315b04b3201300176b051a16a8dc2b',
            value: 'instance',
          },
        },
      ],
      'sys_atf_step_fff.xml': [
        {
          table: 'sys_atf_step',
          fields: {
            sys_id: 'f'.repeat(32),
            display_name: 'Run Server Side Script',
            step_config: '41de4a935332120028bc29cac2dc349a',
          },
        },
        {
          table: 'sys_variable_value',
          fields: {
            sys_id: '1'.repeat(32),
            document: 'sys_atf_step',
            document_key: 'f'.repeat(32),
            variable: '989d9e235324220002c6435723dc3484',
            value: '(function (outputs, steps, params, stepResult, assertEqual) {\n  new WeakRef({})\n})',
          },
        },
      ],
      'sys_hub_flow_ggg.xml': [
        { table: 'sys_hub_flow', fields: { sys_id: 'g'.repeat(32), name: 'Okta JML: thing' } },
        {
          table: 'sys_hub_action_instance_v2',
          fields: {
            sys_id: '2'.repeat(32),
            values: flowValues([
              { name: 'record', value: '{{trigger.current}}', scriptActive: false },
              {
                name: 'work_notes',
                value: '',
                scriptActive: true,
                script: { work_notes: { scriptActive: true, script: 'var a = 1\nreturn [a].at(0)' } },
              },
            ]),
          },
        },
      ],
      'sys_module_hhh.xml': [
        {
          table: 'sys_module',
          fields: { sys_id: 'h'.repeat(32), path: 'x/y/0.1.0/package.json', content: '{"a":1}' },
        },
      ],
    })
    const result = checkBuild(dir)
    expect(result.findings.map((f) => `${f.file} ${f.name} ${f.field}:${f.line} ${f.rule}`).sort()).toEqual([
      'update/sys_atf_step_fff.xml Run Server Side Script value:2 weakref',
      'update/sys_hub_action_type_definition_bbb.xml Do it value:2 globalthis',
      'update/sys_hub_flow_ggg.xml Okta JML: thing values[work_notes]:2 array-at',
    ])
    expect(result.counts).toEqual({
      'flow action script step': 1,
      'ATF step script': 1,
      'flow inline script': 1,
    })
  })

  it('fails on a script-like field it does not know, rather than skipping it', () => {
    const dir = buildDir({
      'sysevent_script_action_iii.xml': [
        {
          table: 'sysevent_script_action',
          fields: { sys_id: 'i'.repeat(32), name: 'On event', script: 'gs.info(event.parm1)' },
        },
      ],
      'sys_widget_like_jjj.xml': [
        {
          table: 'x_unknown_table',
          fields: { sys_id: 'j'.repeat(32), name: 'Odd', condition: "current.state == 2 && gs.hasRole('x')" },
        },
      ],
      'sys_module_kkk.xml': [
        {
          table: 'sys_module',
          fields: { sys_id: 'k'.repeat(32), path: 'x/y/0.1.0/readme.txt', content: 'hello' },
        },
      ],
      'sys_hub_flow_lll.xml': [
        {
          table: 'sys_hub_flow_logic_instance_v2',
          fields: { sys_id: 'l'.repeat(32), values: flowValues([{ name: 'condition', scriptActive: true }]) },
        },
      ],
    })
    const result = checkBuild(dir)
    expect(result.findings.map((f) => `${f.table}.${f.field} ${f.rule}`).sort()).toEqual([
      'sys_hub_flow_logic_instance_v2.values unknown-script-field',
      'sys_module.content unknown-script-field',
      'sysevent_script_action.script unknown-script-field',
      'x_unknown_table.condition unknown-script-field',
    ])
    expect(formatFinding(result.findings.find((f) => f.table === 'sysevent_script_action')!)).toContain(
      'unknown script field',
    )
  })

  it('does not take flags, encoded queries, descriptions or data pills for scripts', () => {
    const dir = buildDir({
      'x_ok_mmm.xml': [
        {
          table: 'x_unknown_table',
          fields: {
            sys_id: 'm'.repeat(32),
            description: 'Runs a script; see the docs { really }',
            isolate_script: 'true',
            condition: 'active=true^category=okta^EQ',
            value: '{{action.flow}}',
            content: '{"mobile": {"height": "250px"}}',
          },
        },
      ],
    })
    expect(checkBuild(dir).findings).toEqual([])
  })
})

describe('the CLI', () => {
  const cli = (dir: string) =>
    promisify(execFile)(join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, 'scripts/now-check/cli.ts'), dir], {
      cwd: ROOT,
    })

  it('exits 1 listing every finding', async () => {
    const failure = await cli(buildDir(SCRIPT_INCLUDE)).then(
      () => undefined,
      (error: { code: number; stderr: string }) => error,
    )
    expect(failure?.code).toBe(1)
    expect(failure?.stderr).toContain('sys_script_include_aaa.xml: sys_script_include')
    expect(failure?.stderr).toContain('script line 3: number-parseint')
  })

  it('exits 0 with a one-line summary of what it checked', async () => {
    const dir = buildDir({
      'sys_script_include_nnn.xml': [
        {
          table: 'sys_script_include',
          fields: { sys_id: 'n'.repeat(32), name: 'Fine', script: "parseInt('1', 10)" },
        },
      ],
    })
    const { stdout } = await cli(dir)
    expect(stdout.trim()).toMatch(
      /^now:check OK: 1 scripts checked \(1 script include\), \d+ rules, no findings$/,
    )
  })
})

describe('the real build output', () => {
  /** The kinds of script the app ships today: each must have been found and checked. */
  const SHIPPED: ScriptKind[] = [
    'server module',
    'flow action script step',
    'business rule',
    'script include',
    'fix script',
    'UI action script',
    'UI action client script',
    'UI action condition',
    'ACL script',
    'widget server script',
    'widget client script',
    'portal placeholder script',
    'catalog client script',
    'catalog UI policy script',
    'ATF step script',
    'javascript: value',
  ]

  it('has no finding, and every kind of script it ships was checked', { timeout: 600_000 }, async () => {
    await ensureBuilt()
    const result = checkBuild(join(DIST, 'app'))
    expect(result.findings.map(formatFinding)).toEqual([])
    for (const kind of SHIPPED) expect(result.counts[kind] ?? 0, kind).toBeGreaterThan(0)
    // Every server module the build ships was parsed as such (package.json and bom.json are skipped).
    expect(result.scripts.filter((s) => s.kind === 'server module').every((s) => s.module)).toBe(true)
  })
})
