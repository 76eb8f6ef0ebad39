/**
 * Builds Okta `search` expressions out of request values without letting a value change the expression.
 *
 * Values reach the bridge from ServiceNow (a login, an email), so they are attacker-influenced: a login such as
 * `a" or status eq "ACTIVE` must end up as one string literal, never as a second condition. Every value goes
 * through {@link quote} and every attribute name is checked against a strict pattern; the functions here are
 * the only way the bridge should assemble an expression. The result is still plain text: pass it through
 * `URLSearchParams` (or the Okta SDK's `search` option), never by concatenating it into a URL.
 */

const ATTRIBUTE = /^[A-Za-z][A-Za-z0-9_]*(\.[A-Za-z][A-Za-z0-9_]*)*$/
// With the `u` flag a surrogate class only matches unpaired halves. URL encoding would turn them into U+FFFD,
// so the search would silently look for a different value.
const LONE_SURROGATE = /[\uD800-\uDFFF]/u
// Numbers are only emitted in the plain form Okta's grammar takes: `1e21` or `NaN` would be a syntax error.
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/

// Okta documents no escape for control characters inside a quoted string, so there is no faithful encoding.
function hasControlCharacter(value: string): boolean {
  for (let i = 0; i < value.length; i++) if (value.charCodeAt(i) < 0x20) return true
  return false
}

function checkAttribute(attribute: string): string {
  if (typeof attribute !== 'string' || !ATTRIBUTE.test(attribute)) {
    throw new TypeError(`Invalid Okta attribute name: ${JSON.stringify(attribute)}`)
  }
  return attribute
}

/**
 * Quotes `value` as an Okta string literal: `"` + value with `\` and `"` backslash-escaped + `"`.
 * @throws {TypeError} when `value` is not a string, contains a control character (below U+0020), which Okta's
 *   quoted strings cannot carry, or contains an unpaired surrogate, which would not survive URL encoding.
 */
export function quote(value: string): string {
  // Values come from parsed request bodies, so the declared type is not a guarantee at run time.
  if (typeof value !== 'string') {
    throw new TypeError(`Okta search values must be strings, got ${typeof value}`)
  }
  if (hasControlCharacter(value)) throw new TypeError('Okta search values cannot contain control characters')
  if (LONE_SURROGATE.test(value)) throw new TypeError('Okta search values cannot contain unpaired surrogates')
  return `"${value.replace(/[\\"]/g, '\\$&')}"`
}

function literal(value: string | number | boolean): string {
  if (typeof value === 'string') return quote(value)
  if (typeof value === 'boolean') return String(value)
  if (typeof value === 'number') {
    const text = String(value)
    if (PLAIN_NUMBER.test(text)) return text
    throw new TypeError(`Okta search numbers must be finite and plain decimals, got ${text}`)
  }
  throw new TypeError(`Okta search values must be strings, numbers or booleans, got ${typeof value}`)
}

/**
 * `attribute eq value`. Okta compares strings case-insensitively.
 * @throws {TypeError} for an invalid attribute name or a value {@link quote} refuses; numbers must print as
 *   plain decimals (no `NaN`, `Infinity` or exponent).
 */
export function eq(attribute: string, value: string | number | boolean): string {
  return `${checkAttribute(attribute)} eq ${literal(value)}`
}

/**
 * `attribute sw value` (starts with, case-insensitive in Okta).
 * @throws {TypeError} for an invalid attribute name or a value {@link quote} refuses.
 */
export function sw(attribute: string, value: string): string {
  return `${checkAttribute(attribute)} sw ${quote(value)}`
}

interface Shape {
  // Whether the part has an `and`/`or` outside parentheses, i.e. is not a single operand.
  compound: boolean
}

// Parts are expected to come from this module, but a part that could close the parentheses wrapped around it
// would be a way out of the structure, so unbalanced parts are refused rather than trusted.
function inspect(part: string): Shape {
  if (typeof part !== 'string' || part.trim() === '') {
    throw new TypeError('Okta search operands must be non-empty expressions')
  }
  let depth = 0
  let inString = false
  let compound = false
  for (let i = 0; i < part.length; i++) {
    const char = part[i]
    if (inString) {
      if (char === '\\') i++
      else if (char === '"') inString = false
    } else if (char === '"') {
      inString = true
    } else if (char === '(') {
      depth++
    } else if (char === ')') {
      if (--depth < 0) break
    } else if (
      char === ' ' &&
      depth === 0 &&
      (part.startsWith('and ', i + 1) || part.startsWith('or ', i + 1))
    ) {
      compound = true
    }
  }
  if (inString || depth !== 0) throw new TypeError(`Unbalanced Okta search operand: ${part}`)
  return { compound }
}

/*
 * Parenthesising: a compound operand (one with a top-level `and`/`or`) is always wrapped, whichever connective
 * joins it. Precedence alone would only require wrapping `or` operands of `and`, but always wrapping makes the
 * parsed tree mirror the builder calls exactly (`or(a, or(b, c))` stays right-nested), which is what the
 * property tests check. Single comparisons are left bare so expressions stay readable in Okta's logs.
 */
function join(connective: 'and' | 'or', parts: string[]): string {
  if (parts.length === 0) {
    // An empty result would read as "no search" and list every user, the opposite of matching nothing.
    throw new TypeError(`${connective}() needs at least one operand`)
  }
  const shapes = parts.map(inspect)
  if (parts.length === 1) return parts[0]!
  return parts.map((part, i) => (shapes[i]!.compound ? `(${part})` : part)).join(` ${connective} `)
}

/**
 * Joins expressions with `and`; `and(a, b, c)` reads `a and b and c`. A single part is returned as it is.
 * Parts must be expressions built by this module; compound parts are parenthesised so the
 * parsed tree mirrors the calls.
 * @throws {TypeError} with no parts, or an empty or unbalanced part.
 */
export function and(...parts: string[]): string {
  return join('and', parts)
}

/**
 * Joins expressions with `or`; `or(a, b, c)` reads `a or b or c`. A single part is returned as it is.
 * Parts must be expressions built by this module; compound parts are parenthesised so the
 * parsed tree mirrors the calls.
 * @throws {TypeError} with no parts, or an empty or unbalanced part.
 */
export function or(...parts: string[]): string {
  return join('or', parts)
}
