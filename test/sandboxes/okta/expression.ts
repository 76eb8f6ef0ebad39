/**
 * Okta's `search` and `filter` expression language, as the sandbox understands it.
 *
 * Grammar (keywords and operators are lower case only, as Okta documents them):
 *
 *   expression := and-term ( "or" and-term )*
 *   and-term   := primary ( "and" primary )*
 *   primary    := "(" expression ")" | attribute "pr" | attribute operator literal
 *   operator   := "eq" | "sw" | "co" | "gt" | "ge" | "lt" | "le"
 *   literal    := quoted-string | number | "true" | "false" | "null"
 *
 * The sandbox is deliberately strict: anything Okta might reject is rejected here, so a bridge bug shows up
 * against the sandbox instead of against a production org.
 */

/** A comparison operator; `pr` ("present") is the only one that takes no value. */
export type Operator = 'eq' | 'sw' | 'co' | 'gt' | 'ge' | 'lt' | 'le' | 'pr'

/** A value on the right of a comparison. */
export type Literal = string | number | boolean | null

/** A parsed expression. Chains of `and`/`or` are left-associative: `a or b or c` is `or(or(a, b), c)`. */
export type Expression =
  | {
      readonly kind: 'compare'
      readonly attribute: string
      readonly operator: Exclude<Operator, 'pr'>
      readonly value: Literal
    }
  | { readonly kind: 'present'; readonly attribute: string }
  | { readonly kind: 'and'; readonly left: Expression; readonly right: Expression }
  | { readonly kind: 'or'; readonly left: Expression; readonly right: Expression }

/** What a collection accepts on top of the grammar. */
export interface ParseOptions {
  /** The query parameter being parsed; it only names the parameter in error messages. Defaults to `search`. */
  readonly parameter?: 'search' | 'filter'
  /**
   * Returns why `attribute operator …` is not allowed, or `undefined` when it is.
   * Without it only the grammar is checked, so routes should always pass one of the presets below.
   */
  readonly allow?: (attribute: string, operator: Operator) => string | undefined
}

/**
 * A `search`/`filter` expression that does not parse or is not allowed.
 * `position` is the 0-based character offset of the offending token, so a test can point at the exact spot.
 */
export class ExpressionError extends Error {
  /** 0-based offset into the expression text. */
  readonly position: number
  /** The message without the `Invalid search:` prefix and the position, for Okta's `errorCauses`. */
  readonly reason: string

  constructor(parameter: string, reason: string, position: number) {
    super(`Invalid ${parameter}: ${reason} at position ${position}`)
    this.name = 'ExpressionError'
    this.position = position
    this.reason = reason
  }
}

// ---------------------------------------------------------------------------
// Presets
// ---------------------------------------------------------------------------

const USER_BUILT_IN = new Set([
  'status',
  'id',
  'created',
  'lastUpdated',
  'statusChanged',
  'activated',
  'lastLogin',
  'passwordChanged',
  'type.id',
])
const USER_CONTAINS = ['profile.firstName', 'profile.lastName', 'profile.email', 'profile.login']
const USER_FILTER_ATTRIBUTES = new Set(['status', 'lastUpdated', 'id', ...USER_CONTAINS])
const GROUP_SEARCH_ATTRIBUTES = new Set([
  'profile.name',
  'profile.description',
  'type',
  'id',
  'created',
  'lastUpdated',
  'lastMembershipUpdated',
])
const ORDERING: ReadonlySet<Operator> = new Set(['eq', 'gt', 'ge', 'lt', 'le'])

/** Users' `search` parameter: built-in attributes and any `profile.*`; `co` only on names, email and login. */
export const USER_SEARCH: ParseOptions = Object.freeze({
  parameter: 'search',
  allow: (attribute: string, operator: Operator) => {
    if (!USER_BUILT_IN.has(attribute) && !attribute.startsWith('profile.')) {
      return `"${attribute}" is not a searchable user attribute`
    }
    if (operator === 'co' && !USER_CONTAINS.includes(attribute)) {
      return `"co" is only supported on ${USER_CONTAINS.join(', ')}, not on "${attribute}"`
    }
    return undefined
  },
})

/** Users' legacy `filter` parameter: a handful of attributes, `eq` only, plus ordering on `lastUpdated`. */
export const USER_FILTER: ParseOptions = Object.freeze({
  parameter: 'filter',
  allow: (attribute: string, operator: Operator) => {
    if (!USER_FILTER_ATTRIBUTES.has(attribute)) return `"${attribute}" cannot be used in a user filter`
    if (attribute === 'lastUpdated') {
      return ORDERING.has(operator)
        ? undefined
        : `"${operator}" is not supported on "lastUpdated" in a filter`
    }
    return operator === 'eq' ? undefined : `only "eq" is supported on "${attribute}" in a filter`
  },
})

/** Groups' `search` parameter: the listed attributes with every operator, `co` only on `profile.name`. */
export const GROUP_SEARCH: ParseOptions = Object.freeze({
  parameter: 'search',
  allow: (attribute: string, operator: Operator) => {
    if (!GROUP_SEARCH_ATTRIBUTES.has(attribute)) return `"${attribute}" is not a searchable group attribute`
    if (operator === 'co' && attribute !== 'profile.name') {
      return `"co" is only supported on profile.name, not on "${attribute}"`
    }
    return undefined
  },
})

/** Groups' legacy `filter` parameter: `id`/`type` with `eq`, the two timestamps with ordering. */
export const GROUP_FILTER: ParseOptions = Object.freeze({
  parameter: 'filter',
  allow: (attribute: string, operator: Operator) => {
    if (attribute === 'id' || attribute === 'type') {
      return operator === 'eq' ? undefined : `only "eq" is supported on "${attribute}" in a filter`
    }
    if (attribute === 'lastUpdated' || attribute === 'lastMembershipUpdated') {
      return ORDERING.has(operator)
        ? undefined
        : `"${operator}" is not supported on "${attribute}" in a filter`
    }
    return `"${attribute}" cannot be used in a group filter`
  },
})

/**
 * The System Log's `filter` parameter: any attribute path with any operator. Log events hold arrays
 * (`target`), which the evaluator handles generically.
 */
export const LOG_FILTER: ParseOptions = Object.freeze({ parameter: 'filter', allow: () => undefined })

// ---------------------------------------------------------------------------
// Tokenizer
// ---------------------------------------------------------------------------

type Token =
  | { readonly type: 'word'; readonly text: string; readonly start: number }
  | { readonly type: 'string'; readonly value: string; readonly start: number }
  | { readonly type: 'number'; readonly value: number; readonly text: string; readonly start: number }
  | { readonly type: '(' | ')' | 'end'; readonly start: number }

const ATTRIBUTE_PATH = /^[A-Za-z][A-Za-z0-9_]*(\.[A-Za-z][A-Za-z0-9_]*)*$/
// Sticky, so the tokenizer can match in place without slicing the rest of the text.
const WORD = /[A-Za-z0-9_.]+/y
const NUMBER = /-?\d+(?:\.\d+)?/y
const COMPARISON_OPERATORS: ReadonlySet<string> = new Set(['eq', 'sw', 'co', 'gt', 'ge', 'lt', 'le', 'pr'])
// Parentheses are recursion, so unbounded nesting would be a stack overflow rather than a 400.
const MAX_NESTING = 100

function showChar(char: string): string {
  const code = char.codePointAt(0) ?? 0
  return code < 0x20 || code === 0x7f ? `U+${code.toString(16).toUpperCase().padStart(4, '0')}` : `"${char}"`
}

function describe(token: Token): string {
  switch (token.type) {
    case 'end':
      return 'the end of the expression'
    case 'string':
      return 'a quoted string'
    case 'number':
      return `the number ${token.text}`
    case 'word':
      return `"${token.text}"`
    default:
      return `"${token.type}"`
  }
}

class Parser {
  private offset = 0
  private lookahead: Token | undefined
  private nesting = 0

  constructor(
    private readonly text: string,
    private readonly parameter: string,
    private readonly allow: ParseOptions['allow'],
  ) {}

  parse(): Expression {
    const expression = this.parseOr()
    const token = this.next()
    if (token.type === ')') throw this.fail('")" has no matching "("', token.start)
    if (token.type !== 'end') {
      throw this.fail(
        `expected "and", "or" or the end of the expression but found ${describe(token)}`,
        token.start,
      )
    }
    return expression
  }

  private parseOr(): Expression {
    let left = this.parseAnd()
    while (this.peekKeyword('or')) {
      this.next()
      left = { kind: 'or', left, right: this.parseAnd() }
    }
    return left
  }

  private parseAnd(): Expression {
    let left = this.parsePrimary()
    while (this.peekKeyword('and')) {
      this.next()
      left = { kind: 'and', left, right: this.parsePrimary() }
    }
    return left
  }

  private parsePrimary(): Expression {
    const token = this.next()
    if (token.type === '(') {
      if (++this.nesting > MAX_NESTING)
        throw this.fail(`parentheses nest deeper than ${MAX_NESTING}`, token.start)
      const inner = this.parseOr()
      const close = this.next()
      if (close.type === 'end') throw this.fail('"(" is never closed', token.start)
      if (close.type !== ')') {
        throw this.fail(`expected "and", "or" or ")" but found ${describe(close)}`, close.start)
      }
      this.nesting--
      return inner
    }
    if (token.type !== 'word') {
      throw this.fail(`expected an attribute name or "(" but found ${describe(token)}`, token.start)
    }
    const attribute = token.text
    const operatorToken = this.next()
    if (operatorToken.type !== 'word') {
      throw this.fail(
        `expected an operator after "${attribute}" but found ${describe(operatorToken)}`,
        operatorToken.start,
      )
    }
    const operator = operatorToken.text
    if (!COMPARISON_OPERATORS.has(operator)) {
      throw this.fail(
        `unknown operator "${operator}" (expected one of eq, sw, co, gt, ge, lt, le, pr)`,
        operatorToken.start,
      )
    }
    const refusal = this.allow?.(attribute, operator as Operator)
    if (refusal !== undefined) throw this.fail(refusal, token.start)
    if (operator === 'pr') return { kind: 'present', attribute }

    const valueToken = this.next()
    const value = literalOf(valueToken)
    if (value === undefined) {
      throw this.fail(
        `expected a quoted string or literal after "${operator}" but found ${describe(valueToken)}`,
        valueToken.start,
      )
    }
    // Okta rejects `sw true` or `gt null`; answering false instead would hide the caller's mistake.
    if ((operator === 'sw' || operator === 'co') && typeof value !== 'string') {
      throw this.fail(`"${operator}" needs a quoted string`, valueToken.start)
    }
    if (operator !== 'eq' && typeof value !== 'string' && typeof value !== 'number') {
      throw this.fail(`"${operator}" needs a quoted string or a number`, valueToken.start)
    }
    return { kind: 'compare', attribute, operator: operator as Exclude<Operator, 'pr'>, value }
  }

  private peekKeyword(keyword: 'and' | 'or'): boolean {
    this.lookahead ??= this.scan()
    return this.lookahead.type === 'word' && this.lookahead.text === keyword
  }

  private next(): Token {
    const token = this.lookahead ?? this.scan()
    this.lookahead = undefined
    return token
  }

  // Tokens are scanned on demand so errors come out in reading order (the leftmost problem is reported).
  private scan(): Token {
    const { text } = this
    while (text[this.offset] === ' ') this.offset++
    const start = this.offset
    const char = text[start]
    if (char === undefined) return { type: 'end', start }
    if (char === '(' || char === ')') {
      this.offset++
      return { type: char, start }
    }
    let token: Token
    if (char === '"') {
      token = { type: 'string', value: this.scanString(start), start }
    } else if (char === '-' || (char >= '0' && char <= '9')) {
      NUMBER.lastIndex = start
      const match = NUMBER.exec(text)
      if (match === null) throw this.fail(`unexpected character ${showChar(char)}`, start)
      this.offset = NUMBER.lastIndex
      token = { type: 'number', value: Number(match[0]), text: match[0], start }
    } else if ((char >= 'A' && char <= 'Z') || (char >= 'a' && char <= 'z')) {
      WORD.lastIndex = start
      const word = WORD.exec(text)?.[0] ?? char
      if (!ATTRIBUTE_PATH.test(word)) throw this.fail(`invalid attribute name "${word}"`, start)
      this.offset = start + word.length
      token = { type: 'word', text: word, start }
    } else {
      const hint = char === "'" ? ' (strings take double quotes)' : ''
      throw this.fail(`unexpected character ${showChar(char)}${hint}`, start)
    }
    const following = text[this.offset]
    if (following !== undefined && following !== ' ' && following !== '(' && following !== ')') {
      throw this.fail(`expected a space after ${describe(token)}`, this.offset)
    }
    return token
  }

  private scanString(start: number): string {
    const { text } = this
    let value = ''
    let runStart = start + 1
    for (let i = runStart; i < text.length; i++) {
      const code = text.charCodeAt(i)
      if (code === 0x22) {
        this.offset = i + 1
        return value + text.slice(runStart, i)
      }
      if (code === 0x5c) {
        const escaped = text[i + 1]
        if (escaped === undefined) break
        if (escaped !== '"' && escaped !== '\\') {
          throw this.fail(`invalid escape "\\${escaped}" (only \\" and \\\\ are allowed)`, i)
        }
        value += text.slice(runStart, i) + escaped
        runStart = i + 2
        i++
      } else if (code < 0x20) {
        throw this.fail(`control character ${showChar(text.charAt(i))} in a quoted string`, i)
      }
    }
    throw this.fail('unterminated string', start)
  }

  private fail(reason: string, position: number): ExpressionError {
    return new ExpressionError(this.parameter, reason, position)
  }
}

function literalOf(token: Token): Literal | undefined {
  if (token.type === 'string' || token.type === 'number') return token.value
  if (token.type !== 'word') return undefined
  if (token.text === 'true') return true
  if (token.text === 'false') return false
  if (token.text === 'null') return null
  return undefined
}

/**
 * Parses a `search`/`filter` expression and checks it against `options.allow`.
 * @throws {ExpressionError} when the text does not parse or uses an attribute/operator that is not allowed.
 */
export function parseExpression(text: string, options: ParseOptions = {}): Expression {
  return new Parser(text, options.parameter ?? 'search', options.allow).parse()
}

// ---------------------------------------------------------------------------
// Evaluation
// ---------------------------------------------------------------------------

type Predicate = (object: unknown) => boolean
type ValueTest = (value: unknown) => boolean

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/

const ACCEPTS: Record<'gt' | 'ge' | 'lt' | 'le', (order: number) => boolean> = {
  gt: (order) => order > 0,
  ge: (order) => order >= 0,
  lt: (order) => order < 0,
  le: (order) => order <= 0,
}

// NaN for values that do not compare (NaN, an unparseable timestamp), so every ordering operator says no.
function order(a: number | string, b: number | string): number {
  return a < b ? -1 : a > b ? 1 : a === b ? 0 : Number.NaN
}

// Stored timestamps may be Date objects; they compare like their ISO form.
function asString(value: unknown): string | undefined {
  if (typeof value === 'string') return value
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString()
  return undefined
}

function isPresent(value: unknown): boolean {
  return value !== undefined && value !== null && value !== ''
}

// Only reachable with a hand-built tree (the parser rejects these): nothing can match.
const NEVER: ValueTest = () => false

function valueTest(operator: Exclude<Operator, 'pr'>, literal: Literal): ValueTest {
  switch (operator) {
    case 'eq':
      if (literal === null) return (value) => value === null || value === undefined
      if (typeof literal !== 'string') return (value) => value === literal
      return stringTest(literal, (text, lower) => text === lower)
    case 'sw':
      return typeof literal === 'string'
        ? stringTest(literal, (text, lower) => text.startsWith(lower))
        : NEVER
    case 'co':
      return typeof literal === 'string' ? stringTest(literal, (text, lower) => text.includes(lower)) : NEVER
    default:
      return orderingTest(ACCEPTS[operator], literal)
  }
}

// Okta matches strings case-insensitively; lower-casing the literal once keeps the per-object cost to one call.
function stringTest(literal: string, matches: (text: string, lower: string) => boolean): ValueTest {
  const lower = literal.toLowerCase()
  return (value) => {
    const text = asString(value)
    return text !== undefined && matches(text.toLowerCase(), lower)
  }
}

function orderingTest(accepts: (order: number) => boolean, literal: Literal): ValueTest {
  if (typeof literal === 'number') {
    return (value) => typeof value === 'number' && accepts(order(value, literal))
  }
  if (typeof literal !== 'string') return NEVER
  const instant = TIMESTAMP.test(literal) ? Date.parse(literal) : Number.NaN
  if (!Number.isNaN(instant)) {
    // Lexical order only matches time order when both sides share a format ("…00Z" vs "…00.000Z" do not),
    // so timestamps compare as instants.
    const utc = literal.endsWith('Z')
    return (value) => {
      if (value instanceof Date) return accepts(order(value.getTime(), instant))
      if (typeof value !== 'string') return false
      // Same length and both in UTC means the same format, where lexical order is time order: skip the parse.
      if (utc && value.length === literal.length && value.endsWith('Z')) return accepts(order(value, literal))
      return accepts(TIMESTAMP.test(value) ? order(Date.parse(value), instant) : order(value, literal))
    }
  }
  return (value) => {
    const text = asString(value)
    return text !== undefined && accepts(order(text, literal))
  }
}

/**
 * Applies `test` to what `segments` reaches in `object`. An array anywhere on the way (or at the end) matches
 * when any element does, which is how Okta treats `target.id` in log events and multi-valued profile attributes;
 * a missing attribute or an empty array is tested as `undefined`.
 */
function pathTest(segments: readonly string[], test: ValueTest): Predicate {
  const depth = segments.length
  const walk = (value: unknown, index: number): boolean => {
    if (Array.isArray(value)) {
      if (value.length === 0) return test(undefined)
      for (const element of value) if (walk(element, index)) return true
      return false
    }
    if (index === depth) return test(value)
    if (typeof value !== 'object' || value === null) return test(undefined)
    const segment = segments[index]!
    // Own properties only: `profile.constructor pr` must not find Object.prototype.constructor.
    return walk(
      Object.hasOwn(value, segment) ? (value as Record<string, unknown>)[segment] : undefined,
      index + 1,
    )
  }
  return (object) => walk(object, 0)
}

// Collects the operands of a chain of one connective, iteratively, so long `a or b or …` chains cannot
// overflow the stack and the compiled predicate loops instead of recursing.
function operandsOf(expression: Expression & { kind: 'and' | 'or' }): Expression[] {
  const operands: Expression[] = []
  const pending: Expression[] = [expression.right, expression.left]
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    if (next.kind === expression.kind) pending.push(next.right, next.left)
    else operands.push(next)
  }
  return operands
}

function compile(expression: Expression): Predicate {
  switch (expression.kind) {
    case 'and': {
      const operands = operandsOf(expression).map(compile)
      return (object) => {
        for (const operand of operands) if (!operand(object)) return false
        return true
      }
    }
    case 'or': {
      const operands = operandsOf(expression).map(compile)
      return (object) => {
        for (const operand of operands) if (operand(object)) return true
        return false
      }
    }
    case 'present':
      return pathTest(expression.attribute.split('.'), isPresent)
    case 'compare':
      return pathTest(expression.attribute.split('.'), valueTest(expression.operator, expression.value))
  }
}

/**
 * Whether `object` (a user, group or log event as the sandbox stores it) matches `expression`.
 *
 * Strings compare case-insensitively for `eq`, `sw` and `co`; `gt`/`ge`/`lt`/`le` compare numbers numerically,
 * ISO-8601 timestamps as instants and other strings by code unit. Booleans and numbers only equal the same
 * type. A missing attribute matches only `eq null`; `pr` needs a value other than `null` or `""`.
 * Compiles the expression on every call: use {@link compileExpression} to test many objects.
 */
export function evaluate(expression: Expression, object: unknown): boolean {
  return compile(expression)(object)
}

/**
 * Parses `text` once and returns a predicate with the semantics of {@link evaluate}; attribute paths are
 * split and literals lower-cased up front, so scanning a whole collection per request stays cheap.
 * @throws {ExpressionError} as {@link parseExpression} does.
 */
export function compileExpression(text: string, options: ParseOptions = {}): (object: unknown) => boolean {
  return compile(parseExpression(text, options))
}
