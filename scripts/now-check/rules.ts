/**
 * The rules of the ServiceNow engine-compatibility check, as data: what the instance's JavaScript engine
 * refuses (server side, ECMAScript 2021 (ES12) mode) or a browser cannot run (client scripts), each with
 * the line of ServiceNow's documentation it comes from. When ServiceNow's "JavaScript engine feature
 * support" table changes, this file is what changes; `check.ts` only knows the few kinds of `match` below.
 *
 * Sources:
 * - TABLE: ServiceNowDocs api-reference/scripts "JavaScript engine feature support", column "ECMAScript
 *   2021 (ES12) mode" (Disallowed: "results in an error"; Not Supported: "not validated").
 * - SDK: `node_modules/@servicenow/sdk/docs/guides/…` of @servicenow/sdk 4.9.0. Where the SDK guide and the
 *   table disagree (the guide calls `Promise`, generators and `async` usable), the table wins: it is the
 *   engine's own documentation, the guide a summary.
 */

/** How the documentation classes a feature; `Check` is this check's own refusal (no parse, unknown field). */
export type RuleStatus = 'Disallowed' | 'Not Supported' | 'Absent' | 'Client rule' | 'Check'

/** Which scripts a rule applies to: server scripts (the engine), client scripts (the browser). */
export type RuleSide = 'server' | 'client' | 'any'

/** What a rule looks for in the syntax tree; `check.ts` implements each kind. */
export type RuleMatch =
  /** A reference to a global (not a property name, not a name the script declares itself). */
  | { kind: 'global'; names: string[] }
  /** `Object.property` (or `Object['property']`) on a global object. */
  | { kind: 'member'; object: string; properties: string[] }
  /** A call or `new` of a global: `Function(…)`, `new Function(…)`. */
  | { kind: 'call-global'; names: string[] }
  /** `x.name(…)` on any receiver, except the receivers listed (statically known to be strings). */
  | { kind: 'method-call'; names: string[]; exceptStringReceiver?: boolean }
  /** Any access to, or object-literal key of, one of these property names. */
  | { kind: 'property'; names: string[] }
  /** `class X extends Base`; with `prototypeOf`, also `Object.setPrototypeOf(X.prototype, Base.prototype)`
   * and `X.prototype = Object.create(Base.prototype)`. */
  | { kind: 'subclass'; bases: string[]; prototypeOf?: boolean }
  /** A regular expression (literal or `RegExp('…')` / `new RegExp('…', '…')` with literal arguments) whose
   * source matches `source`, or whose flags contain one of `flags`. */
  | { kind: 'regexp'; source?: RegExp; flags?: string }
  /** A syntactic construct. */
  | {
      kind: 'syntax'
      construct:
        | 'async-function'
        | 'await'
        | 'for-await'
        | 'async-generator'
        | 'generator'
        | 'private-instance-member'
        | 'bigint-literal'
        | 'es-module'
    }
  /** Not a code pattern: raised by the check itself (parse failure, unknown script field). */
  | { kind: 'check' }

/** One rule. */
export interface Rule {
  /** Stable id, as reported (`number-parseint`). */
  id: string
  /** The feature, in the table's words where it has them. */
  feature: string
  status: RuleStatus
  side: RuleSide
  /** One line: the table section (or SDK guide file) it comes from. */
  source: string
  /** How it is detected when that is a heuristic, and what it may catch beyond the feature. */
  note?: string
  match: RuleMatch
}

const TABLE = 'JavaScript engine feature support (ES12 mode)'
const ERROR_TYPES = [
  'Error',
  'TypeError',
  'RangeError',
  'SyntaxError',
  'ReferenceError',
  'EvalError',
  'URIError',
  'AggregateError',
]

/** Every rule the check applies. */
export const RULES: readonly Rule[] = [
  {
    id: 'number-parseint',
    feature: 'Number.parseInt',
    status: 'Disallowed',
    side: 'server',
    source: `${TABLE}: ECMAScript 2015 (ES6) › Number properties › Number.parseInt`,
    note: 'use the global parseInt(x, 10)',
    match: { kind: 'member', object: 'Number', properties: ['parseInt'] },
  },
  {
    id: 'number-parsefloat',
    feature: 'Number.parseFloat',
    status: 'Disallowed',
    side: 'server',
    source: `${TABLE}: ECMAScript 2015 (ES6) › Number properties › Number.parseFloat`,
    note: 'use the global parseFloat(x)',
    match: { kind: 'member', object: 'Number', properties: ['parseFloat'] },
  },
  {
    id: 'error-subclass',
    feature: 'Error is subclassable',
    status: 'Disallowed',
    side: 'server',
    source: `${TABLE}: ECMAScript 2015 (ES6) › miscellaneous subclassables › Error is subclassable`,
    note: 'class … extends Error/TypeError/…, and the Object.setPrototypeOf / Object.create(Error.prototype) patterns; throw a plain Error carrying a code instead',
    match: { kind: 'subclass', bases: ERROR_TYPES, prototypeOf: true },
  },
  {
    id: 'builtin-subclass',
    feature: 'subclassing a built-in (Array, RegExp, Function, Promise, Boolean, Number, String, Map, Set)',
    status: 'Disallowed',
    side: 'server',
    source: `${TABLE}: ECMAScript 2015 (ES6) › Array/RegExp/Function/Promise/miscellaneous subclassables`,
    match: {
      kind: 'subclass',
      bases: ['Array', 'RegExp', 'Function', 'Promise', 'Boolean', 'Number', 'String', 'Map', 'Set'],
    },
  },
  {
    id: 'async-function',
    feature: 'async functions (declarations, expressions, arrows, methods)',
    status: 'Disallowed',
    side: 'server',
    source: `${TABLE}: ECMAScript 2017 (ES8) › async functions`,
    match: { kind: 'syntax', construct: 'async-function' },
  },
  {
    id: 'await',
    feature: 'await',
    status: 'Disallowed',
    side: 'server',
    source: `${TABLE}: ECMAScript 2017 (ES8) › async functions › await`,
    match: { kind: 'syntax', construct: 'await' },
  },
  {
    id: 'for-await',
    feature: 'for-await-of loops',
    status: 'Disallowed',
    side: 'server',
    source: `${TABLE}: ECMAScript 2018 (ES9) › Asynchronous iterators › for-await-of loops`,
    match: { kind: 'syntax', construct: 'for-await' },
  },
  {
    id: 'async-generator',
    feature: 'async generators',
    status: 'Disallowed',
    side: 'server',
    source: `${TABLE}: ECMAScript 2018 (ES9) › Asynchronous iterators › async generators`,
    match: { kind: 'syntax', construct: 'async-generator' },
  },
  {
    id: 'generator',
    feature: 'generators (function*, generator methods)',
    status: 'Disallowed',
    side: 'server',
    source: `${TABLE}: ECMAScript 2015 (ES6) › generators › basic functionality`,
    note: 'the SDK guide calls basic generators usable; the table marks every generator row Disallowed',
    match: { kind: 'syntax', construct: 'generator' },
  },
  {
    id: 'promise',
    feature: 'Promise',
    status: 'Disallowed',
    side: 'server',
    source: `${TABLE}: ECMAScript 2015 (ES6) › Promise › basic functionality`,
    note: 'the engine is synchronous; the SDK guide says otherwise, the table marks Promise Disallowed',
    match: { kind: 'global', names: ['Promise'] },
  },
  {
    id: 'promise-allsettled',
    feature: 'Promise.allSettled',
    status: 'Disallowed',
    side: 'server',
    source: `${TABLE}: ECMAScript 2020 (ES11) › Promise.allSettled`,
    match: { kind: 'member', object: 'Promise', properties: ['allSettled'] },
  },
  {
    id: 'promise-any',
    feature: 'Promise.any',
    status: 'Disallowed',
    side: 'server',
    source: `${TABLE}: ECMAScript 2021 (ES12) › Promise.any › fulfillment`,
    match: { kind: 'member', object: 'Promise', properties: ['any'] },
  },
  {
    id: 'aggregate-error',
    feature: 'AggregateError',
    status: 'Disallowed',
    side: 'server',
    source: `${TABLE}: ECMAScript 2021 (ES12) › Promise.any › AggregateError`,
    match: { kind: 'global', names: ['AggregateError'] },
  },
  {
    id: 'promise-finally',
    feature: 'Promise.prototype.finally',
    status: 'Disallowed',
    side: 'server',
    source: `${TABLE}: ECMAScript 2018 (ES9) › Promise.prototype.finally › basic support`,
    note: 'flagged on every .finally( call: the receiver of a call is not known statically',
    match: { kind: 'method-call', names: ['finally'] },
  },
  {
    id: 'globalthis',
    feature: 'globalThis',
    status: 'Disallowed',
    side: 'server',
    source: `${TABLE}: ECMAScript 2020 (ES11) › globalThis`,
    match: { kind: 'global', names: ['globalThis'] },
  },
  {
    id: 'weakref',
    feature: 'WeakRef',
    status: 'Disallowed',
    side: 'server',
    source: `${TABLE}: ECMAScript 2021 (ES12) › WeakReferences › WeakRef minimal support`,
    match: { kind: 'global', names: ['WeakRef'] },
  },
  {
    id: 'finalization-registry',
    feature: 'FinalizationRegistry',
    status: 'Disallowed',
    side: 'server',
    source: `${TABLE}: ECMAScript 2021 (ES12) › WeakReferences › FinalizationRegistry minimal support`,
    match: { kind: 'global', names: ['FinalizationRegistry'] },
  },
  {
    id: 'shared-array-buffer',
    feature: 'SharedArrayBuffer',
    status: 'Disallowed',
    side: 'server',
    source: `${TABLE}: ECMAScript 2017 (ES8) › shared memory and atomics › SharedArrayBuffer`,
    match: { kind: 'global', names: ['SharedArrayBuffer'] },
  },
  {
    id: 'atomics',
    feature: 'Atomics',
    status: 'Disallowed',
    side: 'server',
    source: `${TABLE}: ECMAScript 2017 (ES8) › shared memory and atomics › Atomics.*`,
    match: { kind: 'global', names: ['Atomics'] },
  },
  {
    id: 'weak-collections',
    feature: 'WeakMap, WeakSet',
    status: 'Disallowed',
    side: 'server',
    source: `${TABLE}: ECMAScript 2015 (ES6) › WeakMap, WeakSet › basic functionality`,
    match: { kind: 'global', names: ['WeakMap', 'WeakSet'] },
  },
  {
    id: 'proxy',
    feature: 'Proxy',
    status: 'Disallowed',
    side: 'server',
    source: `${TABLE}: ECMAScript 2015 (ES6) › Proxy`,
    match: { kind: 'global', names: ['Proxy'] },
  },
  {
    id: 'reflect',
    feature: 'Reflect',
    status: 'Disallowed',
    side: 'server',
    source: `${TABLE}: ECMAScript 2015 (ES6) › Reflect; SDK docs/guides/javascript-compatibility-guide.md (all Reflect methods)`,
    match: { kind: 'global', names: ['Reflect'] },
  },
  {
    id: 'typed-arrays',
    feature: 'typed arrays and DataView (incl. %TypedArray%.prototype.at)',
    status: 'Disallowed',
    side: 'server',
    source: `${TABLE}: ECMAScript 2015 (ES6) › typed arrays; ECMAScript 2022 (ES13) › %TypedArray%.prototype.at()`,
    match: {
      kind: 'global',
      names: [
        'Int8Array',
        'Uint8Array',
        'Uint8ClampedArray',
        'Int16Array',
        'Uint16Array',
        'Int32Array',
        'Uint32Array',
        'Float32Array',
        'Float64Array',
        'DataView',
      ],
    },
  },
  {
    id: 'array-at',
    feature: 'Array.prototype.at() (and %TypedArray%.prototype.at())',
    status: 'Not Supported',
    side: 'server',
    source: `${TABLE}: ECMAScript 2022 (ES13) › Array.prototype.at()`,
    note: 'flagged on every .at( call except on a string literal, a template literal or String(…): String.prototype.at is Supported, but other receivers are not known statically',
    match: { kind: 'method-call', names: ['at'], exceptStringReceiver: true },
  },
  {
    id: 'regexp-lookbehind',
    feature: 'RegExp lookbehind assertions (?<= (?<!',
    status: 'Not Supported',
    side: 'server',
    source: `${TABLE}: ECMAScript 2018 (ES9) › RegExp Lookbehind Assertions`,
    match: { kind: 'regexp', source: /\(\?<[=!]/ },
  },
  {
    id: 'regexp-unicode-property',
    feature: 'RegExp Unicode property escapes \\p{…} \\P{…}',
    status: 'Not Supported',
    side: 'server',
    source: `${TABLE}: ECMAScript 2018 (ES9) › RegExp Unicode Property Escapes`,
    match: { kind: 'regexp', source: /\\[pP]\{/ },
  },
  {
    id: 'regexp-unicode-flag',
    feature: 'RegExp "u" (and "v") flag',
    status: 'Not Supported',
    side: 'server',
    source: `${TABLE}: ECMAScript 2015 (ES6) › RegExp "y" and "u" flags › "u" flag`,
    match: { kind: 'regexp', flags: 'uv' },
  },
  {
    id: 'regexp-match-indices',
    feature: 'RegExp match indices ("d" flag)',
    status: 'Not Supported',
    side: 'server',
    source: `${TABLE}: ECMAScript 2022 (ES13) › RegExp Match Indices (shows up in flags)`,
    match: { kind: 'regexp', flags: 'd' },
  },
  {
    id: 'private-instance-member',
    feature: 'private instance fields, methods and accessors (#x), and #x in obj',
    status: 'Not Supported',
    side: 'server',
    source: `${TABLE}: ECMAScript 2022 (ES13) › private instance class fields / methods / accessor properties`,
    note: 'private static members are Supported and not flagged',
    match: { kind: 'syntax', construct: 'private-instance-member' },
  },
  {
    id: 'bigint',
    feature: 'BigInt (literals 1n, BigInt(…), BigInt64Array, BigUint64Array)',
    status: 'Not Supported',
    side: 'server',
    source: `${TABLE}: ECMAScript 2020 (ES11) › BigInt`,
    match: { kind: 'global', names: ['BigInt', 'BigInt64Array', 'BigUint64Array'] },
  },
  {
    id: 'bigint-literal',
    feature: 'BigInt literal (1n)',
    status: 'Not Supported',
    side: 'server',
    source: `${TABLE}: ECMAScript 2020 (ES11) › BigInt › basic functionality`,
    match: { kind: 'syntax', construct: 'bigint-literal' },
  },
  {
    id: 'define-getter',
    feature: '__defineGetter__, __defineSetter__, __lookupGetter__, __lookupSetter__',
    status: 'Disallowed',
    side: 'server',
    source: `${TABLE}: ECMAScript 2017 (ES8) › Object.prototype getter/setter methods`,
    match: {
      kind: 'property',
      names: ['__defineGetter__', '__defineSetter__', '__lookupGetter__', '__lookupSetter__'],
    },
  },
  {
    id: 'proto',
    feature: '__proto__ (in object literals and Object.prototype.__proto__)',
    status: 'Disallowed',
    side: 'server',
    source: `${TABLE}: ECMAScript 2015 (ES6) annex b › __proto__ in object literals, Object.prototype.__proto__`,
    match: { kind: 'property', names: ['__proto__'] },
  },
  {
    id: 'function-constructor',
    feature: 'the Function constructor (Function(…), new Function(…))',
    status: 'Disallowed',
    side: 'server',
    source: `${TABLE}: ECMAScript 2019 (ES10) › Function.prototype.toString › functions created with the Function constructor; SDK docs/guides/javascript-compatibility-guide.md`,
    match: { kind: 'call-global', names: ['Function'] },
  },
  {
    id: 'object-hasown',
    feature: 'Object.hasOwn',
    status: 'Absent',
    side: 'server',
    source: `${TABLE}: ECMAScript 2022 (ES13) section lists no Object.hasOwn (the ES2021 engine lacks it)`,
    note: 'use Object.prototype.hasOwnProperty.call(o, k)',
    match: { kind: 'member', object: 'Object', properties: ['hasOwn'] },
  },
  {
    id: 'object-setprototypeof',
    feature: 'Object.setPrototypeOf',
    status: 'Not Supported',
    side: 'server',
    source: `${TABLE}: ECMAScript 2015 (ES6) › Object static methods › Object.setPrototypeOf`,
    match: { kind: 'member', object: 'Object', properties: ['setPrototypeOf'] },
  },
  {
    id: 'well-known-symbols',
    feature: 'well-known symbols (Symbol.iterator, Symbol.asyncIterator, Symbol.toPrimitive, …)',
    status: 'Disallowed',
    side: 'server',
    source: `${TABLE}: ECMAScript 2015 (ES6) › well-known symbols`,
    match: {
      kind: 'member',
      object: 'Symbol',
      properties: [
        'iterator',
        'asyncIterator',
        'hasInstance',
        'isConcatSpreadable',
        'species',
        'replace',
        'search',
        'split',
        'match',
        'matchAll',
        'toPrimitive',
        'toStringTag',
        'unscopables',
      ],
    },
  },
  {
    id: 'client-es-module',
    feature: 'ES modules in a client script (import, export, import())',
    status: 'Client rule',
    side: 'client',
    source: 'SDK docs/guides/client-side-api-guide.md: client-side scripts do not support import/export',
    match: { kind: 'syntax', construct: 'es-module' },
  },
  {
    id: 'client-node-global',
    feature:
      'Node globals in a client script (require, process, Buffer, module, exports, __dirname, __filename, global)',
    status: 'Client rule',
    side: 'client',
    source:
      'SDK docs/guides/javascript-compatibility-guide.md "What is NOT supported"; client scripts run in the browser',
    match: {
      kind: 'global',
      names: ['require', 'process', 'Buffer', 'module', 'exports', '__dirname', '__filename', 'global'],
    },
  },
  {
    id: 'parse-error',
    feature: 'not parseable as JavaScript',
    status: 'Check',
    side: 'any',
    source: 'this check: a script acorn cannot parse (ecmaVersion latest) cannot be checked, nor run',
    match: { kind: 'check' },
  },
  {
    id: 'unknown-script-field',
    feature: 'unknown script field',
    status: 'Check',
    side: 'any',
    source: 'this check: a field that looks like a script in a table or field the check does not know',
    note: 'teach check.ts the field (a script kind, or why it is not a script) so no script goes unchecked',
    match: { kind: 'check' },
  },
]

/** A rule by id; throws for an unknown id (a typo in the check or a test). */
export function rule(id: string): Rule {
  const found = RULES.find((r) => r.id === id)
  if (!found) throw new Error(`no now-check rule ${id}`)
  return found
}
