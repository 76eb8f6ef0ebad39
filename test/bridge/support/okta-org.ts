/**
 * An Okta org the test owns, for bridges in Okta mode: a sandbox started in the test process (so its state
 * outlives a bridge that is killed), seeded with groups and apps, with the bridge's DPoP service app registered
 * (a fresh RSA key, every flow's scopes and `okta.logs.read`), a policy file allowing exactly the seeded groups
 * and apps, and the environment that points a bridge at all of it. Plus readers of what the org holds and of
 * what its System Log says the bridge's client did — the evidence a bridge's answers are judged against.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { once } from 'node:events'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { calculateJwkThumbprint, exportJWK, generateKeyPair } from 'jose'
import { OKTA_LOG_SCOPE } from '../../../bridge/adapters/okta/index.js'
import { FLOW_OPERATIONS } from '../../../bridge/flows/registry.js'
import { type Change, FLOW_NAMES, type Operation } from '../../../shared/index.js'
import { type OktaSandbox, startOktaSandbox } from '../../sandboxes/okta/index.js'
import type { UserRecord } from '../../sandboxes/okta/org.js'
import type { LogEvent } from '../../sandboxes/okta/system-log.js'

/** The repository root (where `bridge/main.ts` is run from). */
export const ROOT = fileURLToPath(new URL('../../..', import.meta.url))

/** A sandbox org with the bridge's service app, policy and client token. */
export interface OktaOrg {
  sandbox: OktaSandbox
  /** The bridge's service app: the `actor.id` of every System Log event it causes. */
  clientId: string
  /** The client token the bridge accepts (every flow and the audit). */
  token: string
  /** Seeded groups and apps, all manageable by the policy. */
  groups: { id: string; name: string }[]
  apps: { id: string; label: string }[]
  /** A temporary directory for the policy file and stores; removed by `stop()`. */
  dir: string
  /** The environment of an Okta-mode bridge for this org (add `DATABASE_URL` and tunables). */
  env: Record<string, string>
  /** Every System Log event since the org started, oldest first (its length marks a point in time). */
  events: LogEvent[]
  stop(): Promise<void>
}

/** Starts the org: `groups` by name and `apps` by label are seeded and made manageable and requestable. */
export async function startOktaOrg(options: { groups: string[]; apps: string[] }): Promise<OktaOrg> {
  const sandbox = await startOktaSandbox()
  const dir = await mkdtemp(join(tmpdir(), 'bridge-okta-org-'))
  try {
    const seeded = sandbox.org.seed({
      groups: options.groups.map((name) => ({ profile: { name, description: name } })),
      apps: options.apps.map((label) => ({ name: label.toLowerCase(), label })),
    })
    const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true })
    const publicJwk = await exportJWK(publicKey)
    const keyId = await calculateJwkThumbprint(publicJwk, 'sha256')
    const clientId = `0oa${randomBytes(12).toString('hex').slice(0, 17)}`
    const scopes = [
      ...new Set([...FLOW_NAMES.flatMap((flow) => [...FLOW_OPERATIONS[flow].scopes]), OKTA_LOG_SCOPE]),
    ]
    sandbox.auth.registerClient({
      client_id: clientId,
      jwks: { keys: [{ ...publicJwk, kid: keyId, alg: 'RS256', use: 'sig' }] },
      scopes,
      dpop: true,
    })
    const groups = seeded.groups.map((g) => ({ id: g.id, name: String(g.profile.name) }))
    const apps = seeded.apps.map((a) => ({ id: a.id, label: a.label }))
    const policyFile = join(dir, 'policy.json')
    await writeFile(
      policyFile,
      JSON.stringify({
        manageableGroups: groups.map((g) => g.id),
        manageableApps: apps.map((a) => a.id),
        writableProfileAttributes: ['department', 'title'],
        // Requestable too: only requestable resources can be granted.
        accessGrants: {
          resources: Object.fromEntries([...groups, ...apps].map((r) => [r.id, {}])),
        },
      }),
    )
    const token = randomBytes(32).toString('base64url')
    const events: LogEvent[] = []
    sandbox.org.log.subscribe((event) => events.push(event))
    const env = {
      NODE_ENV: 'test',
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      OKTA_ORG_URL: sandbox.url,
      OKTA_CLIENT_ID: clientId,
      OKTA_PRIVATE_KEY: JSON.stringify({ ...(await exportJWK(privateKey)), kid: keyId }),
      OKTA_KEY_ID: keyId,
      BRIDGE_POLICY_FILE: policyFile,
      BRIDGE_CLIENT_TOKENS: token,
    }
    return {
      sandbox,
      clientId,
      token,
      groups,
      apps,
      dir,
      env,
      events,
      stop: async () => {
        await sandbox.stop()
        await rm(dir, { recursive: true, force: true })
      },
    }
  } catch (error) {
    await sandbox.stop()
    await rm(dir, { recursive: true, force: true })
    throw error
  }
}

/** The org's user with this login, if any. */
export function userByLogin(org: OktaOrg, login: string): UserRecord | undefined {
  return org.sandbox.org.findUser(login)
}

/** Every user with this login (0 or 1: the org enforces uniqueness, so 1 means "made once"). */
export function usersWithLogin(org: OktaOrg, login: string): UserRecord[] {
  return [...org.sandbox.org.users.values()].filter(
    (user) => String(user.profile.login).toLowerCase() === login.toLowerCase(),
  )
}

/** What the org holds for a user: status, groups (Everyone left out) and apps, ids sorted. */
export function stateOf(
  org: OktaOrg,
  userId: string,
): { status: string; groups: string[]; apps: string[]; profile: Record<string, unknown> } {
  const user = org.sandbox.org.users.get(userId)!
  return {
    status: user.status,
    groups: org.sandbox.org
      .listUserGroups(userId)
      .filter((group) => group.type !== 'BUILT_IN')
      .map((group) => group.id)
      .sort(),
    apps: [...org.sandbox.org.userAppIds(userId)].sort(),
    profile: { ...user.profile },
  }
}

/** The plan operation each System Log event type records (the inverse of the bridge's `OKTA_EVENT_TYPES`). */
const OPERATION_OF_EVENT: Record<string, Operation> = {
  'user.lifecycle.create': 'createUser',
  'user.account.update_profile': 'updateProfile',
  'group.user_membership.add': 'addGroupMember',
  'group.user_membership.remove': 'removeGroupMember',
  'application.user_membership.add': 'assignApp',
  'application.user_membership.remove': 'unassignApp',
  'user.lifecycle.activate': 'activateUser',
  'user.lifecycle.deactivate': 'deactivateUser',
  'user.lifecycle.suspend': 'suspendUser',
  'user.lifecycle.unsuspend': 'unsuspendUser',
  'user.account.unlock': 'unlockUser',
  'user.account.reset_password': 'resetPassword',
  'user.session.clear': 'revokeSessions',
}

/** A change as the comparisons below see it: what, to which objects, under which request id. */
export interface ChangeKey {
  operation: string
  userId: string | undefined
  groupId: string | undefined
  appId: string | undefined
  oktaRequestId: string | null
}

/**
 * The System Log events the bridge's client caused that name this user, oldest first; from the `from`-th
 * event of the org on (a length of {@link OktaOrg.events} taken earlier).
 */
export function bridgeEventsFor(org: OktaOrg, userId: string, from = 0): LogEvent[] {
  return org.events
    .slice(from)
    .filter((event) => event.actor.id === org.clientId && event.target.some((target) => target.id === userId))
}

/**
 * The changes Okta's System Log shows the bridge made to a user (from the `from`-th event on): one per event (a change the org made twice
 * shows twice), with the event's `transaction.id`, sorted. A deactivation's implicit app removals are Okta's
 * doing, not a step of the bridge's, so they are left out when `deactivated` events are present.
 */
export function changesInOkta(org: OktaOrg, userId: string, from = 0): ChangeKey[] {
  const events = bridgeEventsFor(org, userId, from)
  const deactivations = new Set(
    events.filter((e) => e.eventType === 'user.lifecycle.deactivate').map((e) => e.transaction.id),
  )
  return events
    .filter((event) => OPERATION_OF_EVENT[event.eventType] !== undefined)
    .filter(
      (event) => !(event.eventType.startsWith('application.') && deactivations.has(event.transaction.id)),
    )
    .map((event) => ({
      operation: OPERATION_OF_EVENT[event.eventType]!,
      userId,
      groupId: event.target.find((t) => t.type === 'UserGroup')?.id,
      appId: event.target.find((t) => t.type === 'AppInstance')?.id,
      oktaRequestId: event.transaction.id,
    }))
    .sort(compareKeys)
}

/** Changes (from an answer, an execution or the audit) in the shape of {@link changesInOkta}, sorted. */
export function changeKeys(
  changes: readonly {
    operation: string
    target: Change['target']
    oktaRequestId: string | null
  }[],
): ChangeKey[] {
  return changes
    .map((change) => ({
      operation: change.operation,
      userId: change.target.userId,
      groupId: change.target.groupId,
      appId: change.target.appId,
      oktaRequestId: change.oktaRequestId,
    }))
    .sort(compareKeys)
}

function compareKeys(a: ChangeKey, b: ChangeKey): number {
  const key = (c: ChangeKey) => `${c.operation} ${c.groupId ?? ''} ${c.appId ?? ''} ${c.oktaRequestId ?? ''}`
  return key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0
}

// =============================================================================================================
// The bridge as a process
// =============================================================================================================

/** A bridge process and what it wrote so far. */
export interface BridgeProcess {
  proc: ChildProcess
  /** The URL it listens on (known once it printed it). */
  url: string
  stdout: () => string
  stderr: () => string
  /** Resolves with the exit code, or the signal's name when it was killed. */
  exited: Promise<number | string | null>
}

/** The parent's environment without any bridge or Okta variable, so the child's configuration is exactly ours. */
function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {}
  for (const [name, value] of Object.entries(process.env)) {
    if (!/^(OKTA_|BRIDGE_|DATABASE_URL$|PORT$|HOST$|LOG_LEVEL$|NODE_ENV$)/.test(name)) env[name] = value
  }
  return { ...env, ...extra }
}

/**
 * Runs `node --import tsx bridge/main.ts` (the production composition root; `npm start` runs it through
 * `dev/start.ts`) with `env`, and resolves once it prints the
 * URL it listens on — which it does before resuming unfinished executions.
 */
export async function spawnBridge(env: Record<string, string>, timeoutMs = 30_000): Promise<BridgeProcess> {
  const proc = spawn(process.execPath, ['--import', 'tsx', 'bridge/main.ts'], {
    cwd: ROOT,
    env: cleanEnv(env),
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let out = ''
  let err = ''
  proc.stdout!.on('data', (chunk: Buffer) => {
    out += chunk.toString()
  })
  proc.stderr!.on('data', (chunk: Buffer) => {
    err += chunk.toString()
  })
  const exited = once(proc, 'exit').then(([code, signal]) => (code ?? signal) as number | string | null)
  let done = false
  void exited.then(() => {
    done = true
  })
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const match = /Bridge listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(err)
    if (match) return { proc, url: match[1]!, stdout: () => out, stderr: () => err, exited }
    if (done) throw new Error(`the bridge exited before listening:\n${err}`)
    if (Date.now() > deadline) {
      proc.kill('SIGKILL')
      throw new Error(`the bridge did not start in time:\n${err}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
}
