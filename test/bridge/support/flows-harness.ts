/**
 * A harness for the flow tests: a sandbox-mode bridge (the real composition root, its in-process Okta sandbox
 * and DPoP service app), helpers to invoke flows over HTTP and to read what the sandbox org holds afterwards.
 *
 * Tests judge a flow by the org's state — users, memberships, assignments and System Log events — not only by
 * the bridge's answer, and prove "changed nothing" with the sandbox's request counters and log size.
 */
import { randomBytes, randomUUID } from 'node:crypto'
import request from 'supertest'
import { expect } from 'vitest'
import type { SandboxEnvironment } from '../../../dev/sandbox-mode.js'
import { type RunningBridge, type StartOptions, startBridge } from '../../../dev/start.js'
import {
  type Change,
  DryRunResult,
  FLOWS,
  type FlowName,
  type FlowOutput,
  InvocationResult,
  Problem,
} from '../../../shared/index.js'
import type { OktaSandbox } from '../../sandboxes/okta/index.js'
import type { Org, UserRecord } from '../../sandboxes/okta/org.js'
import type { LogEvent } from '../../sandboxes/okta/system-log.js'

/** The client token every harness bridge accepts. */
export const TOKEN = randomBytes(32).toString('base64url')

/** A ticket that satisfies the contract. */
export const TICKET = { number: 'RITM0010001', requestedBy: 'hr.bot', approvedBy: 'it.manager' } as const

/** A running bridge with handles on its sandbox. */
export interface FlowBridge {
  bridge: RunningBridge
  env: SandboxEnvironment
  sandbox: OktaSandbox
  org: Org
  /** Ids of the demo groups and apps by name/label (Engineering, Sales, Support, Okta Administrators; Slack, GitHub, Salesforce). */
  group(name: string): string
  app(label: string): string
  /**
   * `POST /api/flo/{flow}/invoke[?dryRun=true]` with the client token. Every call is a new request (its own
   * `Idempotency-Key`), so a repeated body is planned afresh against Okta, not replayed.
   */
  invoke(
    flow: string,
    body: unknown,
    options?: { dryRun?: boolean; idempotencyKey?: string },
  ): Promise<request.Response>
  stop(): Promise<void>
}

/**
 * Starts a sandbox-mode bridge. `env` adds to (or overrides) the base environment; `policy` installs a custom
 * policy built from the sandbox environment.
 */
export async function startFlowBridge(
  options: { env?: Record<string, string>; policy?: StartOptions['policy'] } = {},
): Promise<FlowBridge> {
  const bridge = await startBridge(
    { NODE_ENV: 'test', PORT: '0', LOG_LEVEL: 'silent', BRIDGE_CLIENT_TOKENS: TOKEN, ...options.env },
    { print: () => {}, ...(options.policy ? { policy: options.policy } : {}) },
  )
  const env = bridge.sandbox!
  const find = <T>(list: T[], key: (item: T) => string, name: string): T => {
    const found = list.find((item) => key(item) === name)
    if (!found) throw new Error(`The sandbox has no ${name}`)
    return found
  }
  return {
    bridge,
    env,
    sandbox: env.sandbox,
    org: env.sandbox.org,
    group: (name) => find(env.groups, (g) => g.name, name).id,
    app: (label) => find(env.apps, (a) => a.label, label).id,
    invoke: (flow, body, { dryRun = false, idempotencyKey = randomUUID() } = {}) =>
      request(bridge.url)
        .post(`/api/flo/${flow}/invoke${dryRun ? '?dryRun=true' : ''}`)
        .set('x-api-client-token', TOKEN)
        .set('idempotency-key', idempotencyKey)
        .send(body as object),
    stop: () => bridge.stop(),
  }
}

/** A unique, email-shaped login, so tests sharing a sandbox never collide. */
export function uniqueLogin(prefix = 'pat'): string {
  return `${prefix}.${randomBytes(4).toString('hex')}@example.com`
}

/** Creates a user directly in the sandbox (no System Log event: nobody did it through the API). */
export function seedUser(
  org: Org,
  options: {
    status?: UserRecord['status']
    groups?: string[]
    apps?: string[]
    profile?: Record<string, unknown>
    login?: string
    /** Whether the user has a password (default true): decides ACTIVE or PROVISIONED on activation. */
    password?: boolean
  } = {},
): UserRecord {
  const login = options.login ?? uniqueLogin('sam')
  const [user] = org.seed({
    users: [
      {
        profile: { login, email: login, firstName: 'Sam', lastName: 'Seed', ...options.profile },
        status: options.status ?? 'ACTIVE',
        groups: options.groups ?? [],
        ...(options.password === false ? { password: false } : {}),
      },
    ],
  }).users
  for (const appId of options.apps ?? []) assignDirectly(org, appId, user!.id)
  return user!
}

/** Assigns a user to an app as another admin would, behind the bridge's back. */
export function assignDirectly(org: Org, appId: string, userId: string): void {
  org.assignApp(setupContext(), appId, { id: userId })
}

/** An operation context for changes a test makes directly in the org (an "other admin"). */
export function setupContext() {
  return {
    actor: { id: 'test', type: 'User', alternateId: 'test.admin@example.com', displayName: 'Test Admin' },
    requestId: `test-setup-${randomBytes(6).toString('hex')}`,
  }
}

/** Every System Log event the org holds, oldest first. */
export function logEvents(org: Org): LogEvent[] {
  return org.log.query({ limit: 1000 }).events
}

/** The events recorded under a request id (the System Log's `transaction.id`). */
export function eventsOf(org: Org, requestId: string): LogEvent[] {
  return logEvents(org).filter((event) => event.transaction.id === requestId)
}

/** The System Log event type each plan operation produces in Okta. */
export const EVENT_TYPE_OF: Record<Change['operation'], string> = {
  createUser: 'user.lifecycle.create',
  updateProfile: 'user.account.update_profile',
  addGroupMember: 'group.user_membership.add',
  removeGroupMember: 'group.user_membership.remove',
  assignApp: 'application.user_membership.add',
  unassignApp: 'application.user_membership.remove',
  activateUser: 'user.lifecycle.activate',
  deactivateUser: 'user.lifecycle.deactivate',
  suspendUser: 'user.lifecycle.suspend',
  unsuspendUser: 'user.lifecycle.unsuspend',
  unlockUser: 'user.account.unlock',
  resetPassword: 'user.account.reset_password',
  revokeSessions: 'user.session.clear',
}

/**
 * The golden thread: every change's `oktaRequestId` is the `transaction.id` of a System Log event of the
 * matching type whose targets are the change's user (and group or app).
 */
export function expectGoldenThread(org: Org, changes: readonly Change[]): void {
  for (const change of changes) {
    expect(change.oktaRequestId, `${change.operation} has a request id`).toEqual(expect.any(String))
    const events = eventsOf(org, change.oktaRequestId!).filter(
      (event) => event.eventType === EVENT_TYPE_OF[change.operation],
    )
    const targets = (event: LogEvent) => event.target.map((target) => target.id)
    const matching = events.filter(
      (event) =>
        targets(event).includes(change.target.userId!) &&
        (change.target.groupId === undefined || targets(event).includes(change.target.groupId)) &&
        (change.target.appId === undefined || targets(event).includes(change.target.appId)),
    )
    expect(matching, `a ${EVENT_TYPE_OF[change.operation]} event for ${JSON.stringify(change)}`).toHaveLength(
      1,
    )
  }
}

/** What a "changed nothing" check compares: write calls the sandbox answered, the log and the user count. */
export interface OrgSnapshot {
  writes: number
  logEvents: number
  users: number
}

/** Management API calls other than GET (token requests excluded: they change nothing in the org). */
export function writeCalls(sandbox: OktaSandbox): number {
  return Object.entries(sandbox.stats().requests)
    .filter(([route]) => !route.startsWith('GET ') && route !== 'POST /oauth2/v1/token')
    .reduce((sum, [, count]) => sum + count, 0)
}

/** Every call the sandbox answered, token requests included. */
export function allCalls(sandbox: OktaSandbox): number {
  const stats = sandbox.stats()
  return Object.values(stats.requests).reduce((a, b) => a + b, 0)
}

/** Takes a snapshot to compare with {@link expectUnchanged}. */
export function snapshot(sandbox: OktaSandbox): OrgSnapshot {
  return { writes: writeCalls(sandbox), logEvents: sandbox.org.log.size, users: sandbox.org.users.size }
}

/** Asserts that no write reached Okta since the snapshot: no write call, no System Log event, no new user. */
export function expectUnchanged(sandbox: OktaSandbox, before: OrgSnapshot): void {
  expect(snapshot(sandbox)).toEqual(before)
}

/** Asserts a successful invocation of `flow`: the envelope and the output match the contract. */
export function expectSucceeded<F extends FlowName>(
  res: request.Response,
  flow: F,
): { output: FlowOutput<F>; changes: Change[]; executionId: string } {
  expect(res.status, JSON.stringify(res.body)).toBe(200)
  expect(res.headers['content-type']).toMatch(/^application\/json/)
  const result = InvocationResult.parse(res.body)
  expect(result.flow).toBe(flow)
  const output = FLOWS[flow].output.parse(result.output) as FlowOutput<F>
  return { output, changes: result.changes, executionId: result.executionId }
}

/** Asserts a dry run's answer matches the contract. */
export function expectDryRun(res: request.Response, flow: FlowName): DryRunResult {
  expect(res.status, JSON.stringify(res.body)).toBe(200)
  const result = DryRunResult.parse(res.body)
  expect(result.flow).toBe(flow)
  expect(result.plan.summary).toHaveLength(result.plan.steps.length)
  return result
}

/** Asserts a problem+json answer with the status and code. */
export function expectProblem(
  res: request.Response,
  status: number,
  code: string,
): Problem & Record<string, unknown> {
  expect(res.status, JSON.stringify(res.body)).toBe(status)
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/)
  const problem = Problem.parse(res.body) as Problem & Record<string, unknown>
  expect(problem).toMatchObject({ type: `urn:okta-jml-bridge:problem:${code}`, status, code })
  return problem
}

/** The operations of a list of changes or steps, in order. */
export function operations(list: readonly { operation: string }[]): string[] {
  return list.map((item) => item.operation)
}

/**
 * Asserts the operations of changes phase by phase: the phases in order, the operations within a phase in
 * any order (steps of one phase run concurrently, and changes are reported as they complete).
 */
export function expectPhases(list: readonly { operation: string }[], phases: string[][]): void {
  const ops = operations(list)
  let at = 0
  const actual = phases.map((phase) => {
    const slice = ops.slice(at, at + phase.length)
    at += phase.length
    return [...slice].sort()
  })
  expect({ phases: actual, rest: ops.slice(at) }).toEqual({
    phases: phases.map((phase) => [...phase].sort()),
    rest: [],
  })
}
