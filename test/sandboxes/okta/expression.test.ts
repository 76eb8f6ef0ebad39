import { describe, expect, it } from 'vitest'
import {
  compileExpression,
  type Expression,
  ExpressionError,
  evaluate,
  GROUP_FILTER,
  GROUP_SEARCH,
  LOG_FILTER,
  type ParseOptions,
  parseExpression,
  USER_FILTER,
  USER_SEARCH,
} from './expression.js'

const cmp = (
  attribute: string,
  operator: Extract<Expression, { kind: 'compare' }>['operator'],
  value: string | number | boolean | null,
): Expression => ({ kind: 'compare', attribute, operator, value })

/** Parses `text`, expecting an ExpressionError, and returns it so tests can look at message and position. */
function parseError(text: string, options?: ParseOptions): ExpressionError {
  try {
    parseExpression(text, options)
  } catch (error) {
    expect(error).toBeInstanceOf(ExpressionError)
    return error as ExpressionError
  }
  throw new Error(`expected ${JSON.stringify(text)} not to parse`)
}

describe('parseExpression', () => {
  it('parses a single comparison', () => {
    expect(parseExpression('status eq "ACTIVE"')).toEqual(cmp('status', 'eq', 'ACTIVE'))
  })

  it('parses every comparison operator and pr', () => {
    for (const operator of ['eq', 'sw', 'co', 'gt', 'ge', 'lt', 'le'] as const) {
      expect(parseExpression(`profile.login ${operator} "x"`)).toEqual(cmp('profile.login', operator, 'x'))
    }
    expect(parseExpression('profile.title pr')).toEqual({ kind: 'present', attribute: 'profile.title' })
  })

  it('parses true, false, null and numbers as typed literals', () => {
    expect(parseExpression('profile.flag eq true')).toEqual(cmp('profile.flag', 'eq', true))
    expect(parseExpression('profile.flag eq false')).toEqual(cmp('profile.flag', 'eq', false))
    expect(parseExpression('profile.manager eq null')).toEqual(cmp('profile.manager', 'eq', null))
    expect(parseExpression('profile.employeeNumber eq 42')).toEqual(cmp('profile.employeeNumber', 'eq', 42))
    expect(parseExpression('profile.level gt -1.5')).toEqual(cmp('profile.level', 'gt', -1.5))
    expect(parseExpression('profile.code eq "42"')).toEqual(cmp('profile.code', 'eq', '42'))
  })

  it('gives and precedence over or', () => {
    expect(parseExpression('a eq "1" or b eq "2" and c eq "3"')).toEqual({
      kind: 'or',
      left: cmp('a', 'eq', '1'),
      right: { kind: 'and', left: cmp('b', 'eq', '2'), right: cmp('c', 'eq', '3') },
    })
    expect(parseExpression('a eq "1" and b eq "2" or c eq "3"')).toEqual({
      kind: 'or',
      left: { kind: 'and', left: cmp('a', 'eq', '1'), right: cmp('b', 'eq', '2') },
      right: cmp('c', 'eq', '3'),
    })
  })

  it('chains left-associatively', () => {
    expect(parseExpression('a eq "1" or b eq "2" or c eq "3"')).toEqual({
      kind: 'or',
      left: { kind: 'or', left: cmp('a', 'eq', '1'), right: cmp('b', 'eq', '2') },
      right: cmp('c', 'eq', '3'),
    })
  })

  it('lets parentheses override precedence', () => {
    expect(parseExpression('(a eq "1" or b eq "2") and c eq "3"')).toEqual({
      kind: 'and',
      left: { kind: 'or', left: cmp('a', 'eq', '1'), right: cmp('b', 'eq', '2') },
      right: cmp('c', 'eq', '3'),
    })
    expect(parseExpression('((a pr))')).toEqual({ kind: 'present', attribute: 'a' })
  })

  it('tolerates extra spaces and spaces inside parentheses', () => {
    expect(parseExpression('  ( status   eq  "ACTIVE" )  and   id eq "x" ')).toEqual({
      kind: 'and',
      left: cmp('status', 'eq', 'ACTIVE'),
      right: cmp('id', 'eq', 'x'),
    })
  })

  it('unescapes \\" and \\\\ and keeps everything else in a string verbatim', () => {
    expect(parseExpression('profile.login eq "a\\"b\\\\c"')).toEqual(cmp('profile.login', 'eq', 'a"b\\c'))
    expect(parseExpression('profile.login eq "x or y and (z) é 😀"')).toEqual(
      cmp('profile.login', 'eq', 'x or y and (z) é 😀'),
    )
    expect(parseExpression('profile.login eq ""')).toEqual(cmp('profile.login', 'eq', ''))
  })

  it('keeps an injected "or" inside the string literal', () => {
    expect(parseExpression('profile.login eq "a\\" or status eq \\"ACTIVE"')).toEqual(
      cmp('profile.login', 'eq', 'a" or status eq "ACTIVE'),
    )
  })
})

describe('parse errors', () => {
  it.each([
    // [expression, position, fragment of the reason]
    ['profile.login eq "abc', 17, 'unterminated string'],
    ['profile.login eq "abc\\"', 17, 'unterminated string'],
    ['profile.login eq "a\\nb"', 19, 'invalid escape "\\n"'],
    ['profile.login eq "a\nb"', 19, 'control character U+000A'],
    ['status ne "ACTIVE"', 7, 'unknown operator "ne"'],
    ['status EQ "ACTIVE"', 7, 'unknown operator "EQ"'],
    ['status eq "ACTIVE" garbage', 19, 'found "garbage"'],
    ['status eq "ACTIVE" AND id eq "x"', 19, 'found "AND"'],
    ['status eq "ACTIVE" and', 22, 'expected an attribute name or "(" but found the end of the expression'],
    ['', 0, 'expected an attribute name or "(" but found the end of the expression'],
    ['   ', 3, 'expected an attribute name or "(" but found the end of the expression'],
    ['profile.login eq ', 17, 'expected a quoted string or literal after "eq" but found the end'],
    ['status eq ACTIVE', 10, 'expected a quoted string or literal after "eq" but found "ACTIVE"'],
    ['status', 6, 'expected an operator after "status" but found the end'],
    ['(status eq "ACTIVE"', 0, '"(" is never closed'],
    ['status eq "ACTIVE")', 18, '")" has no matching "("'],
    ['(status eq "ACTIVE" id eq "x")', 20, 'expected "and", "or" or ")" but found "id"'],
    ['()', 1, 'expected an attribute name or "(" but found ")"'],
    ['status eq"ACTIVE"', 9, 'expected a space after "eq"'],
    ['status eq "ACTIVE"and id pr', 18, 'expected a space after a quoted string'],
    ["status eq 'ACTIVE'", 10, 'strings take double quotes'],
    ['status = "ACTIVE"', 7, 'unexpected character "="'],
    ['profile..login eq "x"', 0, 'invalid attribute name "profile..login"'],
    ['profile.login sw true', 17, '"sw" needs a quoted string'],
    ['lastUpdated gt null', 15, '"gt" needs a quoted string or a number'],
    ['not(status eq "ACTIVE")', 3, 'expected an operator after "not" but found "("'],
    ['profile.level eq 42x', 19, 'expected a space after the number 42'],
  ])('%j fails at %i', (text, position, reason) => {
    const error = parseError(text)
    expect(error.position).toBe(position)
    expect(error.reason).toContain(reason)
    expect(error.message).toBe(`Invalid search: ${error.reason} at position ${position}`)
  })

  it('matches the documented message format', () => {
    expect(parseError('profile.login eq ').message).toBe(
      'Invalid search: expected a quoted string or literal after "eq" but found the end of the expression at position 17',
    )
  })

  it('reports the leftmost problem', () => {
    expect(parseError('status ne "unterminated').reason).toContain('unknown operator "ne"')
  })

  it('refuses nesting deep enough to threaten the stack', () => {
    const deep = `${'('.repeat(101)}a pr${')'.repeat(101)}`
    expect(parseError(deep).reason).toContain('nest deeper than 100')
    const fine = `${'('.repeat(100)}a pr${')'.repeat(100)}`
    expect(parseExpression(fine)).toEqual({ kind: 'present', attribute: 'a' })
  })
})

describe('presets', () => {
  it('user search allows built-in and profile attributes with every operator', () => {
    for (const text of [
      'status eq "ACTIVE"',
      'type.id eq "oty1"',
      'lastLogin lt "2024-01-01T00:00:00.000Z"',
      'profile.department sw "Sal"',
      'profile.title pr',
      'profile.email co "example"',
    ]) {
      expect(() => parseExpression(text, USER_SEARCH), text).not.toThrow()
    }
  })

  it('user search allows co only on names, email and login', () => {
    const error = parseError('status co "ACT"', USER_SEARCH)
    expect(error.position).toBe(0)
    expect(error.message).toMatch(/^Invalid search: "co" is only supported on .*"status" at position 0$/)
    expect(parseError('status eq "1" or profile.department co "x"', USER_SEARCH).position).toBe(17)
  })

  it('user search refuses unknown top-level attributes', () => {
    expect(parseError('credentials.password eq "x"', USER_SEARCH).reason).toContain('not a searchable')
  })

  it('user filter allows its attributes with eq and ordering on lastUpdated', () => {
    const text =
      '(status eq "ACTIVE" or status eq "STAGED") and lastUpdated gt "2024-01-01T00:00:00.000Z" and profile.login eq "x"'
    expect(() => parseExpression(text, USER_FILTER)).not.toThrow()
    for (const operator of ['eq', 'gt', 'ge', 'lt', 'le']) {
      expect(() =>
        parseExpression(`lastUpdated ${operator} "2024-01-01T00:00:00.000Z"`, USER_FILTER),
      ).not.toThrow()
    }
  })

  it.each([
    ['profile.login sw "a"', 0, 'only "eq" is supported on "profile.login"'],
    ['status eq "ACTIVE" and created gt "2024-01-01T00:00:00.000Z"', 23, '"created" cannot be used'],
    ['profile.department eq "Sales"', 0, '"profile.department" cannot be used'],
    ['lastUpdated sw "2024"', 0, '"sw" is not supported on "lastUpdated"'],
    ['id pr', 0, 'only "eq" is supported on "id"'],
  ])('user filter refuses %j', (text, position, reason) => {
    const error = parseError(text, USER_FILTER)
    expect(error.message).toMatch(/^Invalid filter: /)
    expect(error.position).toBe(position)
    expect(error.reason).toContain(reason)
  })

  it('group search and filter', () => {
    expect(() =>
      parseExpression('profile.name co "eng" and type eq "OKTA_GROUP"', GROUP_SEARCH),
    ).not.toThrow()
    expect(parseError('profile.description co "x"', GROUP_SEARCH).reason).toContain(
      'only supported on profile.name',
    )
    expect(parseError('profile.owner eq "x"', GROUP_SEARCH).reason).toContain('not a searchable group')
    expect(() =>
      parseExpression(
        'type eq "OKTA_GROUP" and lastMembershipUpdated gt "2024-01-01T00:00:00.000Z"',
        GROUP_FILTER,
      ),
    ).not.toThrow()
    expect(parseError('type sw "OKTA"', GROUP_FILTER).reason).toContain('only "eq"')
    expect(parseError('profile.name eq "x"', GROUP_FILTER).reason).toContain(
      'cannot be used in a group filter',
    )
  })

  it('log filter takes any attribute path', () => {
    expect(() =>
      parseExpression(
        'eventType eq "user.session.start" and target.id eq "x" and client.ipAddress pr',
        LOG_FILTER,
      ),
    ).not.toThrow()
    expect(parseError('eventType ne "x"', LOG_FILTER).message).toMatch(
      /^Invalid filter: unknown operator "ne"/,
    )
  })
})

describe('evaluate', () => {
  const alice = {
    id: '00u1',
    status: 'ACTIVE',
    created: '2023-06-01T12:00:00.000Z',
    lastUpdated: '2024-03-15T08:30:00.000Z',
    lastLogin: null,
    type: { id: 'oty1' },
    profile: {
      login: 'Alice.Smith@Example.com',
      email: 'alice.smith@example.com',
      firstName: 'Alice',
      lastName: 'Smith',
      department: 'Sales',
      title: '',
      employeeNumber: 42,
      contractor: false,
      proxyAddresses: ['smtp:alice@example.com', 'smtp:asmith@example.org'],
    },
  }
  const matches = (text: string, object: unknown = alice) => compileExpression(text, LOG_FILTER)(object)

  it('compares strings case-insensitively for eq, sw and co', () => {
    expect(matches('profile.login eq "alice.smith@example.com"')).toBe(true)
    expect(matches('profile.login eq "ALICE.SMITH@EXAMPLE.COM"')).toBe(true)
    expect(matches('profile.login eq "alice.smith@example"')).toBe(false)
    expect(matches('profile.firstName sw "al"')).toBe(true)
    expect(matches('profile.firstName sw "li"')).toBe(false)
    expect(matches('profile.email co "SMITH@"')).toBe(true)
    expect(matches('profile.email co "jones"')).toBe(false)
    expect(matches('status eq "active"')).toBe(true)
  })

  it('compares booleans and numbers exactly and by type', () => {
    expect(matches('profile.contractor eq false')).toBe(true)
    expect(matches('profile.contractor eq true')).toBe(false)
    expect(matches('profile.contractor eq "false"')).toBe(false)
    expect(matches('profile.employeeNumber eq 42')).toBe(true)
    expect(matches('profile.employeeNumber eq "42"')).toBe(false)
    expect(matches('profile.employeeNumber gt 41.5')).toBe(true)
    expect(matches('profile.employeeNumber lt 42')).toBe(false)
    expect(matches('profile.employeeNumber le 42')).toBe(true)
    expect(matches('profile.employeeNumber ge 100')).toBe(false)
  })

  it('orders timestamps as instants, whatever their format', () => {
    expect(matches('lastUpdated gt "2024-01-01T00:00:00.000Z"')).toBe(true)
    expect(matches('lastUpdated lt "2024-01-01T00:00:00.000Z"')).toBe(false)
    expect(matches('lastUpdated ge "2024-03-15T08:30:00Z"')).toBe(true)
    expect(matches('lastUpdated le "2024-03-15T08:30:00Z"')).toBe(true)
    expect(matches('lastUpdated gt "2024-03-15T08:30:00Z"')).toBe(false)
    // Lexically "…08:30:00.001Z" < "…08:30:00Z"; as instants it is later.
    expect(
      matches('lastUpdated lt "2024-03-15T08:30:00Z"', { lastUpdated: '2024-03-15T08:30:00.001Z' }),
    ).toBe(false)
    expect(matches('lastUpdated gt "2024-03-15T09:00:00+01:00"')).toBe(true)
    expect(
      matches('created gt "2023-01-01T00:00:00.000Z"', { created: new Date('2023-06-01T00:00:00Z') }),
    ).toBe(true)
    expect(
      matches('created lt "2023-01-01T00:00:00.000Z"', { created: new Date('2023-06-01T00:00:00Z') }),
    ).toBe(false)
  })

  it('never orders values that do not compare', () => {
    for (const operator of ['gt', 'ge', 'lt', 'le']) {
      expect(matches(`n ${operator} 1`, { n: Number.NaN })).toBe(false)
      expect(matches(`t ${operator} "2024-01-01T00:00:00+00:00"`, { t: '2024-01-01T99:00:00+00:00' })).toBe(
        false,
      )
      expect(matches(`t ${operator} "2024-01-01T00:00:00Z"`, { t: new Date(Number.NaN) })).toBe(false)
    }
  })

  it('orders other strings by code unit', () => {
    expect(matches('profile.lastName gt "R"')).toBe(true)
    expect(matches('profile.lastName lt "R"')).toBe(false)
  })

  it('treats a missing attribute as matching only eq null', () => {
    expect(matches('profile.nickName eq "x"')).toBe(false)
    expect(matches('profile.nickName sw ""')).toBe(false)
    expect(matches('profile.nickName gt "a"')).toBe(false)
    expect(matches('profile.nickName pr')).toBe(false)
    expect(matches('profile.nickName eq null')).toBe(true)
    expect(matches('lastLogin eq null')).toBe(true)
    expect(matches('lastLogin pr')).toBe(false)
    expect(matches('status eq null')).toBe(false)
    expect(matches('nothing.below.here eq null')).toBe(true)
    expect(matches('status.length eq null')).toBe(true)
  })

  it('pr needs a value other than null and the empty string', () => {
    expect(matches('profile.department pr')).toBe(true)
    expect(matches('profile.title pr')).toBe(false)
    expect(matches('profile.contractor pr')).toBe(true)
    expect(matches('type pr')).toBe(true)
  })

  it('only looks at own properties', () => {
    expect(matches('profile.constructor pr')).toBe(false)
    expect(matches('profile.toString eq null')).toBe(true)
  })

  it('matches when any array element does', () => {
    const event = {
      eventType: 'group.user_membership.add',
      target: [
        { id: '00u1', type: 'User' },
        { id: '00g9', type: 'UserGroup', detailEntry: { tags: ['a', 'b'] } },
      ],
      outcome: { result: 'SUCCESS' },
    }
    expect(matches('target.id eq "00g9"', event)).toBe(true)
    expect(matches('target.id eq "00g8"', event)).toBe(false)
    expect(matches('target.type eq "UserGroup" and target.id eq "00u1"', event)).toBe(true)
    expect(matches('target.detailEntry.tags eq "b"', event)).toBe(true)
    expect(matches('target.detailEntry pr', event)).toBe(true)
    expect(matches('target.detailEntry eq null', event)).toBe(true)
    expect(matches('profile.proxyAddresses sw "SMTP:ASMITH"')).toBe(true)
    expect(matches('profile.proxyAddresses eq "smtp:bob@example.com"')).toBe(false)
    expect(matches('target.id pr', { target: [] })).toBe(false)
    expect(matches('target.id eq null', { target: [] })).toBe(true)
  })

  it('combines with and/or as parsed', () => {
    expect(
      matches('status eq "SUSPENDED" or profile.department eq "sales" and profile.contractor eq false'),
    ).toBe(true)
    expect(
      matches('(status eq "SUSPENDED" or profile.department eq "sales") and profile.contractor eq true'),
    ).toBe(false)
  })

  it('evaluates hand-built trees, including very long chains', () => {
    const leaf = cmp('n', 'eq', 7)
    let chain: Expression = cmp('n', 'eq', 0)
    for (let i = 1; i < 50_000; i++)
      chain = { kind: 'or', left: { kind: 'present', attribute: 'never' }, right: chain }
    expect(evaluate(chain, { n: 0 })).toBe(true)
    expect(evaluate(chain, { n: 1 })).toBe(false)
    expect(evaluate({ kind: 'and', left: leaf, right: { kind: 'present', attribute: 'n' } }, { n: 7 })).toBe(
      true,
    )
    // Combinations the parser refuses simply match nothing.
    expect(evaluate(cmp('n', 'sw', 7), { n: 7 })).toBe(false)
    expect(evaluate(cmp('n', 'gt', true), { n: true })).toBe(false)
  })

  it('evaluate and compileExpression agree', () => {
    const text = 'profile.department eq "Sales" and (status eq "ACTIVE" or status eq "STAGED")'
    for (const user of [alice, { ...alice, status: 'STAGED' }, { ...alice, status: 'SUSPENDED' }, {}]) {
      expect(evaluate(parseExpression(text), user)).toBe(compileExpression(text)(user))
    }
  })

  it('propagates parse errors from compileExpression', () => {
    expect(() => compileExpression('status co "x"', USER_SEARCH)).toThrow(ExpressionError)
  })
})
