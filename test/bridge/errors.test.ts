/**
 * The one error base and its one table: every code has a row, every bridge error is answered over HTTP from
 * its code's row, and anything else — an unknown thrown value, a port error no flow translated — is the bare
 * 500 `internal` problem, its message kept for the log.
 */
import { randomBytes } from 'node:crypto'
import request from 'supertest'
import { describe, expect, it } from 'vitest'
import {
  BridgeError,
  ERROR_CODES,
  ERRORS,
  type ErrorCode,
  FLOW_ERROR_CODES,
  HTTP_ERROR_CODES,
  INTERNAL,
  OKTA_ERROR_CODES,
  SERVICENOW_ERROR_CODES,
  STARTUP_ERROR_CODES,
  STORE_ERROR_CODES,
} from '../../bridge/errors.js'
import { FlowError, toFlowError } from '../../bridge/flows/errors.js'
import { createApp } from '../../bridge/http/app.js'
import { createAuthenticator } from '../../bridge/http/auth.js'
import { createLogger } from '../../bridge/logging/logger.js'
import { PolicyViolation } from '../../bridge/policy/policy.js'
import { OktaError } from '../../bridge/ports/okta.js'
import { ServiceNowError } from '../../bridge/ports/servicenow.js'
import { ManualClock } from './support/manual-clock.js'

const TOKEN = randomBytes(32).toString('base64url')
/** Put in every thrown message: it must never reach a caller of a code answered as `internal`. */
const SECRET_DETAIL = `upstream said no; token was ${TOKEN}`

/** The bridge's HTTP app whose engine throws `thrown` on every invocation, and the lines it logged. */
function appThrowing(thrown: () => unknown) {
  const lines: string[] = []
  const app = createApp({
    // A stand-in engine: the real one cannot be made to throw an arbitrary value on demand.
    engine: {
      invoke: async () => {
        throw thrown()
      },
    },
    authenticate: createAuthenticator({
      clientTokens: [{ name: 'servicenow', token: TOKEN, flows: undefined }],
      oauth: undefined,
    }),
    logger: createLogger({
      level: 'info',
      secrets: [TOKEN],
      destination: { write: (line: string) => void lines.push(line) },
    }),
    leastPrivilege: () => {
      throw new Error('not used')
    },
    ready: () => true,
    secrets: [TOKEN],
  })
  return { app, lines }
}

/** Invokes the joiner flow (the engine throws before looking at the input). */
function invoke(app: ReturnType<typeof appThrowing>['app']) {
  return request(app)
    .post('/api/flo/joiner/invoke')
    .set('x-api-client-token', TOKEN)
    .set('content-type', 'application/json')
    .send({
      ticket: { number: 'RITM0010001', requestedBy: 'hr.bot' },
      profile: {
        login: 'pat.doe@example.com',
        email: 'pat.doe@example.com',
        firstName: 'Pat',
        lastName: 'Doe',
      },
    })
}

/** The bare internal problem of a response (its `instance` names the request). */
function internalProblem(res: request.Response) {
  return {
    type: 'urn:okta-jml-bridge:problem:internal',
    title: 'Internal error',
    status: 500,
    detail: 'The bridge failed unexpectedly; the error is logged under this request id.',
    code: 'internal',
    instance: `urn:okta-jml-bridge:request:${res.headers['x-request-id']}`,
  }
}

describe('the error codes', () => {
  it('have a row each in the one table, and the table has no row for a code that is not listed', () => {
    const missing = ERROR_CODES.filter((code) => !Object.hasOwn(ERRORS, code))
    expect(missing).toEqual([])
    const unlisted = Object.keys(ERRORS).filter((code) => !(ERROR_CODES as readonly string[]).includes(code))
    expect(unlisted).toEqual([])
    expect(new Set(ERROR_CODES).size).toBe(ERROR_CODES.length)
    for (const code of ERROR_CODES) {
      const row: unknown = ERRORS[code]
      if (row === INTERNAL) continue
      expect(row, code).toEqual({ status: expect.any(Number), title: expect.any(String) })
      const { status, title } = row as { status: number; title: string }
      expect(status >= 400 && status <= 599, `${code}: ${status}`).toBe(true)
      expect(title.length, code).toBeGreaterThan(0)
    }
  })

  it('are the union of every layer’s codes, each layer’s codes disjoint from the others’', () => {
    const groups = [
      HTTP_ERROR_CODES,
      FLOW_ERROR_CODES,
      OKTA_ERROR_CODES,
      SERVICENOW_ERROR_CODES,
      STORE_ERROR_CODES,
      STARTUP_ERROR_CODES,
    ]
    expect(groups.flat().sort()).toEqual([...ERROR_CODES].sort())
    // What the HTTP layer and the flows answer is a problem of its own; what the ports and start-up raise
    // is nobody's request: answered as `internal`.
    for (const code of [...HTTP_ERROR_CODES, ...FLOW_ERROR_CODES])
      expect(ERRORS[code], code).not.toBe(INTERNAL)
    for (const code of [
      ...OKTA_ERROR_CODES,
      ...SERVICENOW_ERROR_CODES,
      ...STORE_ERROR_CODES,
      ...STARTUP_ERROR_CODES,
    ]) {
      expect(ERRORS[code], code).toBe(INTERNAL)
    }
  })
})

describe('over HTTP, a bridge error', () => {
  it.each(ERROR_CODES.filter((code) => ERRORS[code] !== INTERNAL))(
    '%s is answered with its row’s status, type and title',
    async (code) => {
      const row = ERRORS[code] as { status: number; title: string }
      const { app } = appThrowing(
        () => new BridgeError(code, `what happened (${code})`, { extensions: { n: 1 } }),
      )
      const res = await invoke(app)
      expect(res.status).toBe(row.status)
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/)
      expect(res.body).toEqual({
        n: 1,
        type: `urn:okta-jml-bridge:problem:${code}`,
        title: row.title,
        status: row.status,
        detail: `what happened (${code})`,
        code,
        instance: `urn:okta-jml-bridge:request:${res.headers['x-request-id']}`,
      })
    },
  )

  it.each(ERROR_CODES.filter((code) => ERRORS[code] === INTERNAL))(
    '%s is nobody’s request: the bare 500 internal, its message only in the log',
    async (code: ErrorCode) => {
      const { app, lines } = appThrowing(() => new BridgeError(code, SECRET_DETAIL, { extensions: { n: 1 } }))
      const res = await invoke(app)
      expect(res.status).toBe(500)
      expect(res.body).toEqual(internalProblem(res))
      expect(res.text).not.toContain('upstream said no')
      expect(lines.join('\n')).toContain('upstream said no; token was [redacted]')
    },
  )

  it('keeps its status whatever its extensions say, and carries a Retry-After', async () => {
    const { app } = appThrowing(
      () =>
        new FlowError(
          'okta-rate-limited',
          'Try later.',
          { status: 200, code: 'fine', type: 'x', title: 't' },
          42,
        ),
    )
    const res = await invoke(app)
    expect(res.status).toBe(503)
    expect(res.headers['retry-after']).toBe('42')
    expect(res.body).toMatchObject({
      status: 503,
      code: 'okta-rate-limited',
      type: 'urn:okta-jml-bridge:problem:okta-rate-limited',
      title: ERRORS['okta-rate-limited'].title,
    })
  })

  it('of a port that escaped untranslated is internal, though it carries a 4xx status of its own', async () => {
    // Okta's 404 (or ServiceNow's 400) is not the caller's malformed request: it is a bridge bug.
    const errors = [
      new OktaError({ message: SECRET_DETAIL, status: 404, kind: 'not-found' }),
      new ServiceNowError({ message: SECRET_DETAIL, status: 400, kind: 'invalid' }),
    ]
    for (const error of errors) {
      const { app } = appThrowing(() => error)
      const res = await invoke(app)
      expect(res.status, error.code).toBe(500)
      expect(res.body).toEqual(internalProblem(res))
    }
  })
})

describe('over HTTP, an unknown thrown value', () => {
  it.each([
    ['an Error', () => new Error(SECRET_DETAIL)],
    ['a string', () => SECRET_DETAIL],
    [
      'an object posing as a problem',
      () => ({ code: 'login-taken', title: 'Taken', message: SECRET_DETAIL }),
    ],
    ['undefined', () => undefined],
  ])('%s is the bare 500 internal, without its message', async (_, thrown) => {
    const { app } = appThrowing(thrown)
    const res = await invoke(app)
    expect(res.status).toBe(500)
    expect(res.body).toEqual(internalProblem(res))
    expect(res.text).not.toContain('upstream said no')
  })
})

describe('toFlowError', () => {
  it('counts a rate limit’s Retry-After from the clock it is given, not the wall clock', () => {
    const clock = new ManualClock('2031-01-01T00:00:00Z')
    const limited = new OktaError({
      message: 'Too many requests',
      status: 429,
      kind: 'rate-limited',
      retryAt: clock.now().getTime() + 30_000,
    })
    const error = toFlowError(limited, clock)
    expect(error.code).toBe('okta-rate-limited')
    expect(error.retryAfterSeconds).toBe(30)
    clock.advance(20_000)
    expect(toFlowError(limited, clock).retryAfterSeconds).toBe(10)
  })

  it('turns the policy’s refusal into the flows’ 403 policy-violation naming the rule', () => {
    const error = toFlowError(
      new PolicyViolation('protectedGroups', 'Group Admins is protected.', { x: 1 }),
      new ManualClock(),
    )
    expect(error).toBeInstanceOf(FlowError)
    expect(error.code).toBe('policy-violation')
    expect(error.status).toBe(403)
    expect(error.message).toBe('Group Admins is protected.')
    expect(error.extensions).toEqual({ rule: 'protectedGroups', x: 1 })
  })

  it('rethrows what is neither Okta’s answer nor the policy’s refusal', () => {
    const bug = new TypeError('a bug')
    expect(() => toFlowError(bug, new ManualClock())).toThrow(bug)
  })
})
