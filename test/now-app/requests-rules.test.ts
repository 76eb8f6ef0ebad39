/**
 * The rules of "requests that don't strand people" (now-app/server/bridge/requests.ts) and the Invoke action's
 * answer to a 202, without Glide: what a pending execution's status resource leads to, when an approval is
 * reminded or expired, how the bounds are read from properties. The same paths run end to end through the
 * instance stand-in in test/now-app/instance/requests.test.ts.
 */
import { describe, expect, it } from 'vitest'
import { runAction } from '../../now-app/server/bridge/client.ts'
import {
  judgeApproval,
  judgePending,
  positiveSetting,
  REQUEST_DEFAULTS,
} from '../../now-app/server/bridge/requests.ts'

const MINUTE = 60_000
const DAY = 86_400_000
const view = (fields: Record<string, unknown>) => ({ status: 200, body: JSON.stringify(fields) })

describe('the Invoke action on a 202', () => {
  it('answers pending with the execution id, not failed', () => {
    const outputs = runAction(
      { send: () => ({ status: 202, body: JSON.stringify({ executionId: 'exe_1', statusUrl: '/x' }) }) },
      { baseUrl: 'https://bridge.example.com', timeoutSeconds: 30, planOnly: false },
      {
        flow: 'unlock',
        payload: JSON.stringify({ user: { login: 'a@example.com' }, ticket: { number: 'RITM0010001' } }),
        ticket: '',
        idempotencyKey: 'RITM0010001:unlock',
      },
      'invoke',
    )
    expect(outputs.status).toBe('pending')
    expect(outputs.execution_id).toBe('exe_1')
    expect(outputs.error).toMatch(/still being applied by the bridge \(execution exe_1\)/)
  })
})

describe('judgePending', () => {
  it('a succeeded execution: the outputs the Invoke action would have given, with its changes', () => {
    const verdict = judgePending(
      view({
        executionId: 'exe_1',
        flow: 'joiner',
        status: 'succeeded',
        output: { userId: '00u1' },
        changes: [{ operation: 'createUser', target: { type: 'user', id: '00u1' }, oktaRequestId: 'req1' }],
      }),
      'joiner',
      'exe_1',
      0,
      30,
    )
    expect(verdict.kind).toBe('succeeded')
    if (verdict.kind !== 'succeeded') return
    expect(verdict.outputs.status).toBe('succeeded')
    expect(JSON.parse(verdict.outputs.output).changes).toHaveLength(1)
    expect(verdict.outputs.plan_text).toMatch(/^Okta joiner completed — bridge execution exe_1\./)
    expect(verdict.outputs.plan_text).toContain('Okta request req1')
  })

  it('a failed execution: the bridge’s code and detail, whatever the wait', () => {
    const verdict = judgePending(
      view({
        status: 'failed',
        error: {
          code: 'okta-unavailable',
          status: 502,
          title: 'Okta unavailable',
          detail: 'Okta answered 500.',
        },
      }),
      'joiner',
      'exe_1',
      0,
      30,
    )
    expect(verdict.kind).toBe('failed')
    if (verdict.kind !== 'failed') return
    expect(verdict.outputs.error_code).toBe('okta-unavailable')
    expect(verdict.outputs.error).toMatch(
      /^Okta joiner FAILED \(okta-unavailable, HTTP 502\): Okta unavailable\. Okta answered 500\./,
    )
  })

  it('still running, or unreadable: waits within the bound and times out at it', () => {
    const running = view({ status: 'running' })
    expect(judgePending(running, 'joiner', 'exe_1', 29 * MINUTE, 30).kind).toBe('waiting')
    const late = judgePending(running, 'joiner', 'exe_1', 30 * MINUTE, 30)
    expect(late.kind).toBe('timed_out')
    if (late.kind === 'timed_out') expect(late.note).toMatch(/exe_1 after 30 minutes/)
    const down = { status: 0, body: '' }
    expect(judgePending(down, 'joiner', 'exe_1', 10 * MINUTE, 30).kind).toBe('waiting')
    expect(judgePending(down, 'joiner', 'exe_1', 31 * MINUTE, 30).kind).toBe('timed_out')
    expect(judgePending({ status: 200, body: 'not json' }, 'joiner', 'exe_1', 0, 30).kind).toBe('waiting')
  })
})

describe('judgeApproval', () => {
  it('nothing before half-time, one reminder from it, expiry at the limit', () => {
    expect(judgeApproval(3.4 * DAY, 7, false)).toBe('none')
    expect(judgeApproval(3.5 * DAY, 7, false)).toBe('remind')
    expect(judgeApproval(5 * DAY, 7, true)).toBe('none')
    expect(judgeApproval(7 * DAY, 7, true)).toBe('expire')
    expect(judgeApproval(8 * DAY, 7, false)).toBe('expire')
  })
})

describe('positiveSetting', () => {
  it('reads a positive number, and falls back on empty, zero, negative or text', () => {
    expect(positiveSetting('45', REQUEST_DEFAULTS.pendingTimeoutMinutes)).toBe(45)
    expect(positiveSetting(' 2.5 ', 7)).toBe(2.5)
    for (const raw of ['', null, undefined, '0', '-3', 'soon'])
      expect(positiveSetting(raw, REQUEST_DEFAULTS.approvalMaxDays)).toBe(7)
  })
})
