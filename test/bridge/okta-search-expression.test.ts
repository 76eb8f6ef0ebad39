/**
 * Property tests for the bridge's Okta search builder, with the sandbox's parser as the oracle: whatever a
 * value contains, the expression Okta would parse must have exactly the structure the builder calls describe.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { and, eq, or, quote, sw } from '../../bridge/adapters/okta/search-expression.js'
import {
  compileExpression,
  type Expression,
  type Literal,
  parseExpression,
  USER_SEARCH,
} from '../sandboxes/okta/expression.js'

const RUNS = { numRuns: 1000 }

const withoutControls = (text: string) =>
  Array.from(text)
    .filter((char) => char.codePointAt(0)! >= 0x20)
    .join('')

/** Any code point (surrogates only as pairs) except the control characters the builder refuses. */
const unicodeValue = fc.string({ unit: 'binary', maxLength: 40 }).map(withoutControls)

/** Strings stitched from the pieces an injection would use, so the interesting cases are not left to luck. */
const adversarialValue = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        '"',
        '\\',
        '\\"',
        '\\\\',
        '"\\',
        ' or ',
        ' and ',
        ' OR ',
        'status eq "ACTIVE"',
        '" or status eq "ACTIVE',
        '(',
        ')',
        ') or (',
        ' pr',
        ' eq ',
        ' ',
        'null',
        'é',
        '😀',
      ),
      fc.string({ unit: 'grapheme-ascii', maxLength: 4 }),
    ),
    { maxLength: 8 },
  )
  .map((pieces) => pieces.join(''))

const value = fc.oneof(unicodeValue, adversarialValue)

const attribute = fc.constantFrom(
  'profile.login',
  'profile.email',
  'profile.firstName',
  'profile.department',
  'status',
  'id',
)

/** Numbers the builder prints as plain decimals (its documented domain); -0 prints as "0" and is tested apart. */
const plainNumber = fc.oneof(
  fc.integer(),
  fc
    .double({ noNaN: true, noDefaultInfinity: true })
    .filter((n) => !Object.is(n, -0) && /^-?\d+(\.\d+)?$/.test(String(n))),
)

const parse = (text: string) => parseExpression(text, USER_SEARCH)

const compare = (attr: string, operator: 'eq' | 'sw', literal: Literal): Expression => ({
  kind: 'compare',
  attribute: attr,
  operator,
  value: literal,
})

/** An expression as the builder writes it, next to the tree the same calls describe. */
interface Built {
  text: string
  tree: Expression
}

const builders = fc.letrec<{ node: Built; leaf: Built; branch: Built }>((tie) => ({
  node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, tie('leaf'), tie('branch')),
  leaf: fc.oneof(
    fc.tuple(attribute, value).map(([attr, v]) => ({ text: eq(attr, v), tree: compare(attr, 'eq', v) })),
    fc.tuple(attribute, value).map(([attr, v]) => ({ text: sw(attr, v), tree: compare(attr, 'sw', v) })),
    fc.oneof(plainNumber, fc.boolean()).map((v) => ({
      text: eq('profile.employeeNumber', v),
      tree: compare('profile.employeeNumber', 'eq', v),
    })),
  ),
  branch: fc
    .tuple(
      fc.constantFrom('and' as const, 'or' as const),
      fc.array(tie('node'), { minLength: 1, maxLength: 4 }),
    )
    .map(([kind, parts]) => ({
      text: (kind === 'and' ? and : or)(...parts.map((part) => part.text)),
      // and(a, b, c) reads `a and b and c`, which parses left-associatively.
      tree: parts.map((part) => part.tree).reduce((left, right) => ({ kind, left, right })),
    })),
}))

describe('quote and eq round-trip through the parser', () => {
  it('eq(profile.login, v) parses back to exactly v', () => {
    fc.assert(
      fc.property(value, (v) => {
        expect(parse(eq('profile.login', v))).toEqual(compare('profile.login', 'eq', v))
      }),
      RUNS,
    )
  })

  it('sw(attribute, v) parses back to exactly v', () => {
    fc.assert(
      fc.property(attribute, value, (attr, v) => {
        expect(parse(sw(attr, v))).toEqual(compare(attr, 'sw', v))
      }),
      RUNS,
    )
  })

  it('numbers and booleans parse back to the same typed literal', () => {
    fc.assert(
      fc.property(fc.oneof(plainNumber, fc.boolean()), (v) => {
        expect(parse(eq('profile.employeeNumber', v))).toEqual(compare('profile.employeeNumber', 'eq', v))
      }),
      RUNS,
    )
    expect(eq('profile.employeeNumber', -0)).toBe('profile.employeeNumber eq 0')
  })

  it('quote escapes exactly backslash and double quote', () => {
    expect(quote('a" or status eq "ACTIVE')).toBe('"a\\" or status eq \\"ACTIVE"')
    expect(quote('C:\\dir\\')).toBe('"C:\\\\dir\\\\"')
    expect(quote('')).toBe('""')
    expect(quote('é 😀 (x)')).toBe('"é 😀 (x)"')
  })
})

describe('values cannot change the structure', () => {
  it('and(eq, eq) is one and node with the two values', () => {
    fc.assert(
      fc.property(value, value, (v1, v2) => {
        expect(parse(and(eq('profile.login', v1), eq('profile.email', v2)))).toEqual({
          kind: 'and',
          left: compare('profile.login', 'eq', v1),
          right: compare('profile.email', 'eq', v2),
        })
      }),
      RUNS,
    )
  })

  it('or(eq, sw) is one or node with the two values', () => {
    fc.assert(
      fc.property(value, value, (v1, v2) => {
        expect(parse(or(eq('profile.login', v1), sw('profile.email', v2)))).toEqual({
          kind: 'or',
          left: compare('profile.login', 'eq', v1),
          right: compare('profile.email', 'sw', v2),
        })
      }),
      RUNS,
    )
  })

  it('and(or(a, b), c) keeps the or inside the and', () => {
    fc.assert(
      fc.property(value, value, value, (v1, v2, v3) => {
        const text = and(or(eq('profile.login', v1), eq('profile.email', v2)), eq('status', v3))
        expect(parse(text)).toEqual({
          kind: 'and',
          left: {
            kind: 'or',
            left: compare('profile.login', 'eq', v1),
            right: compare('profile.email', 'eq', v2),
          },
          right: compare('status', 'eq', v3),
        })
      }),
      RUNS,
    )
  })

  it('any nesting of and/or/eq/sw parses to the tree the calls describe', () => {
    fc.assert(
      fc.property(builders.node, ({ text, tree }) => {
        expect(parse(text)).toEqual(tree)
      }),
      { numRuns: 500 },
    )
  })
})

describe('evaluation agrees with the value', () => {
  it('eq(profile.login, w) matches a user with login v exactly when they are equal ignoring case', () => {
    fc.assert(
      fc.property(value, value, (v, w) => {
        // An ACTIVE user, so an injected `or status eq "ACTIVE"` would make a wrong match visible.
        const user = { status: 'ACTIVE', profile: { login: v } }
        expect(compileExpression(eq('profile.login', v), USER_SEARCH)(user)).toBe(true)
        expect(compileExpression(eq('profile.login', w), USER_SEARCH)(user)).toBe(
          w.toLowerCase() === v.toLowerCase(),
        )
      }),
      RUNS,
    )
  })

  it('an injection attempt does not match other active users', () => {
    const probe = compileExpression(eq('profile.login', 'x" or status eq "ACTIVE'), USER_SEARCH)
    expect(probe({ status: 'ACTIVE', profile: { login: 'someone.else@example.com' } })).toBe(false)
    expect(probe({ status: 'ACTIVE', profile: { login: 'x" or status eq "ACTIVE' } })).toBe(true)
  })

  it('eq ignores ASCII case', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme-ascii', maxLength: 30 }),
        fc.array(fc.boolean(), { maxLength: 30 }),
        (v, flips) => {
          const variant = Array.from(v, (char, i) =>
            flips[i] ? char.toUpperCase() : char.toLowerCase(),
          ).join('')
          expect(
            compileExpression(eq('profile.login', variant), USER_SEARCH)({ profile: { login: v } }),
          ).toBe(true)
        },
      ),
      RUNS,
    )
  })

  it('sw(profile.login, v) matches logins that start with v', () => {
    fc.assert(
      fc.property(value, value, (v, rest) => {
        const matches = compileExpression(sw('profile.login', v), USER_SEARCH)
        expect(matches({ profile: { login: v + rest } })).toBe(true)
        expect(matches({ profile: { login: rest } })).toBe(rest.toLowerCase().startsWith(v.toLowerCase()))
      }),
      RUNS,
    )
  })
})

describe('refusals', () => {
  const ATTRIBUTE = /^[A-Za-z][A-Za-z0-9_]*(\.[A-Za-z][A-Za-z0-9_]*)*$/
  const badAttribute = fc.oneof(
    fc.constantFrom(
      '',
      'profile.',
      '.login',
      'profile..login',
      '1st',
      '_x',
      'profile.login eq "x" or status',
      'profile.login)',
      'a b',
      'status\n',
    ),
    fc.string({ unit: 'binary', maxLength: 20 }).filter((s) => !ATTRIBUTE.test(s)),
  )
  const control = fc.integer({ min: 0, max: 0x1f }).map((code) => String.fromCharCode(code))
  const withControl = fc.tuple(value, control, value).map(([before, c, after]) => before + c + after)
  const loneSurrogate = fc
    .tuple(value, fc.integer({ min: 0xd800, max: 0xdfff }), value)
    .map(([before, code, after]) => before + String.fromCharCode(code) + after)

  it('rejects attribute names outside the pattern', () => {
    fc.assert(
      fc.property(badAttribute, value, (attr, v) => {
        expect(() => eq(attr, v)).toThrow(TypeError)
        expect(() => sw(attr, v)).toThrow(TypeError)
      }),
      RUNS,
    )
  })

  it('rejects values with control characters', () => {
    fc.assert(
      fc.property(withControl, (v) => {
        expect(() => quote(v)).toThrow(TypeError)
        expect(() => eq('profile.login', v)).toThrow(TypeError)
        expect(() => sw('profile.login', v)).toThrow(TypeError)
      }),
      RUNS,
    )
  })

  it('rejects values with unpaired surrogates', () => {
    fc.assert(
      fc.property(loneSurrogate, (v) => {
        expect(() => quote(v)).toThrow(TypeError)
      }),
      RUNS,
    )
    expect(quote('😀')).toBe('"😀"')
  })

  it('rejects numbers Okta cannot read and values of the wrong type', () => {
    for (const n of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 1e21, 1e-7]) {
      expect(() => eq('profile.employeeNumber', n)).toThrow(TypeError)
    }
    expect(() => eq('profile.login', null as unknown as string)).toThrow(TypeError)
    expect(() => sw('profile.login', 42 as unknown as string)).toThrow(TypeError)
    expect(() => quote({} as unknown as string)).toThrow(TypeError)
  })

  it('rejects empty and unbalanced operands', () => {
    expect(() => and()).toThrow(TypeError)
    expect(() => or()).toThrow(TypeError)
    expect(() => and(eq('id', 'x'), '')).toThrow(TypeError)
    expect(() => and('id eq "x") or (status eq "ACTIVE"', eq('id', 'y'))).toThrow(TypeError)
    expect(() => or('(id eq "x"')).toThrow(TypeError)
    expect(() => or('id eq "x')).toThrow(TypeError)
  })

  it('returns a single operand unchanged and parenthesises only compound ones', () => {
    const a = eq('id', 'a')
    const b = eq('id', 'b')
    expect(and(a)).toBe(a)
    expect(and(a, b)).toBe('id eq "a" and id eq "b"')
    expect(or(and(a, b), b)).toBe('(id eq "a" and id eq "b") or id eq "b"')
    expect(and(or(a, b), eq('id', ' or '))).toBe('(id eq "a" or id eq "b") and id eq " or "')
  })
})
