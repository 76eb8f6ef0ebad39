/**
 * The instance stand-in, as tests drive it: the app "installed" from its build output into the ServiceNow
 * sandbox's tables (properties, catalog items and variables, flows, roles), people and credentials
 * seeded, and the engine worker that runs the built scripts. Tests act as the people an instance serves —
 * a requester orders an item, an approver decides, an agent clicks a UI action, a user opens a widget — and
 * read the result from the same tables the bridge writes to.
 *
 * What it proves and what it cannot: README, "The instance stand-in".
 */
import { randomBytes } from 'node:crypto'
import { MessageChannel, Worker } from 'node:worker_threads'
import type { SnRecord, Tables } from '../../sandboxes/servicenow/index.ts'
import { ensureBuilt } from '../support/build.ts'
import { type BuiltApp, loadBuiltApp } from './built-app.ts'
import { InstanceDatabase } from './database.ts'
import type { FlowRunState } from './engine/flows.ts'
import type { Output } from './engine/glide.ts'
import { NotificationEngine } from './notifications.ts'
import { serveRpc } from './rpc.ts'
import { schemaOf } from './schema.ts'

/** A command's answer: its value, the form messages scripts showed and what they logged. */
export interface Answer<T> {
  value: T
  output: Output
}

/** An outbound REST call as the stand-in saw it leave. */
export interface OutboundRequest {
  method: string
  url: string
  /** The MID Server it was sent through (`RESTMessageV2.setMIDServer`), if any. */
  midServer?: string
  /** `bearer` when it carried an OAuth access token (`Authorization: Bearer`); absent otherwise. */
  auth?: 'bearer'
}

/** How to start the stand-in. */
export interface InstanceOptions {
  /** The tables to use (the ServiceNow sandbox's, so the bridge's reports land in the same rows). */
  tables: Tables
  /** Activate the app's flows as `now-sdk install` does (default true); false leaves them as built. */
  activateFlows?: boolean
}

/** A running stand-in. */
export class Instance {
  private nextId = 0
  private readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>()

  private constructor(
    readonly app: BuiltApp,
    readonly db: InstanceDatabase,
    private readonly worker: Worker,
    /** Every outbound REST call scripts made, in order: where it went and through which MID Server. */
    readonly requests: OutboundRequest[],
  ) {
    worker.on('message', (message: { id?: number; ok?: boolean; value?: unknown; error?: string }) => {
      if (message.id === undefined) return
      const waiting = this.pending.get(message.id)
      if (!waiting) return
      this.pending.delete(message.id)
      if (message.ok) waiting.resolve(message.value)
      else waiting.reject(new Error(message.error))
    })
  }

  /** Builds (if needed), installs the app into `tables` and starts the engine worker. */
  static async start(options: InstanceOptions): Promise<Instance> {
    await ensureBuilt()
    const app = loadBuiltApp()
    const schema = schemaOf(app)
    const db = new InstanceDatabase(options.tables, schema)
    install(app, db, options.activateFlows ?? true)
    const { port1, port2 } = new MessageChannel()
    const flag = new Int32Array(new SharedArrayBuffer(4))
    const requests: OutboundRequest[] = []
    serveRpc(port1, flag, {
      query: (table: string, query: string, limit: number) => db.query(table, query, limit),
      get: (table: string, sysId: string) => db.get(table, sysId),
      insert: (table: string, fields: Record<string, string>, user: string) => db.insert(table, fields, user),
      update: (table: string, sysId: string, fields: Record<string, string>, user: string) =>
        db.update(table, sysId, fields, user),
      delete: (table: string, sysId: string) => db.delete(table, sysId),
      journal: (table: string, sysId: string, element: string) => db.journal(table, sysId, element),
      guid: () => randomBytes(16).toString('hex'),
      // A MID Server in the stand-in relays the request unchanged; which one it went through is recorded.
      http: (request: Parameters<typeof httpCall>[0] & { midServer?: string }) => {
        requests.push({
          method: request.method,
          url: request.url,
          ...(request.midServer ? { midServer: request.midServer } : {}),
          ...(/^Bearer /.test(request.headers.Authorization ?? '') ? { auth: 'bearer' as const } : {}),
        })
        return httpCall(request)
      },
    })
    const worker = new Worker(new URL('./engine/boot.mjs', import.meta.url), {
      workerData: { app, schema, port: port2, flag },
      transferList: [port2],
    })
    port1.unref()
    await new Promise<void>((resolve, reject) => {
      worker.once('error', reject)
      worker.on('message', function ready(message: { ready?: boolean }) {
        if (message.ready) {
          worker.off('message', ready)
          resolve()
        }
      })
    })
    return new Instance(app, db, worker, requests)
  }

  /** Sends a command to the engine worker. */
  call<T>(command: string, args: unknown = {}): Promise<T> {
    const id = ++this.nextId
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject })
      this.worker.postMessage({ id, command, args })
    })
  }

  // ---------------------------------------------------------------- people and settings (seeded directly)

  /** Adds a user (with roles by name) and answers its sys_id. */
  user(
    userName: string,
    fields: Partial<
      Record<'first_name' | 'last_name' | 'email' | 'title' | 'manager' | 'department' | 'location', string>
    > = {},
    roles: string[] = [],
  ): string {
    const name = [fields.first_name, fields.last_name].filter(Boolean).join(' ') || userName
    const user = this.db.insert('sys_user', { user_name: userName, name, ...fields }, 'admin')
    for (const role of roles) this.grantRole(user.sys_id!, role)
    return user.sys_id!
  }

  /** Gives a user a role (created when the instance lacks it). */
  grantRole(userSysId: string, role: string): void {
    const existing = this.db.query('sys_user_role', `name=${role}`, 1)[0]
    const roleId = existing?.sys_id ?? this.db.insert('sys_user_role', { name: role }, 'admin').sys_id!
    this.db.insert('sys_user_has_role', { user: userSysId, role: roleId }, 'admin')
  }

  /** Adds a record to any modelled table and answers it. */
  insert(table: string, fields: Record<string, string>): SnRecord {
    return this.db.insert(table, fields, 'admin')
  }

  /** Sets a system property. */
  setProperty(name: string, value: string): void {
    const found = this.db.query('sys_properties', `name=${name}`, 1)[0]
    if (found) this.db.update('sys_properties', found.sys_id!, { value }, 'admin')
    else this.db.insert('sys_properties', { name, value }, 'admin')
  }

  /** The rows of a table matching an encoded query. */
  rows(table: string, query = ''): SnRecord[] {
    return this.db.query(table, query)
  }

  /** One record. */
  get(table: string, sysId: string): SnRecord | undefined {
    return this.db.get(table, sysId)
  }

  /** A record's journal entries (work notes or comments), newest first. */
  journal(table: string, sysId: string, element = 'work_notes'): string[] {
    return this.db.journal(table, sysId, element).map((e) => e.value)
  }

  // ---------------------------------------------------------------- people acting

  /** A requester orders a catalog item; its flow starts (and may wait for an approval). */
  order(item: string, variables: Record<string, string>, user: string, requestedFor?: string) {
    return this.call<Answer<{ item: string; request: string; run?: FlowRunState }>>('order', {
      item,
      variables,
      user,
      requestedFor,
    })
  }

  /** An approver decides an approval, then the flow engine picks it up. */
  async decide(approval: string, user: string, state: 'approved' | 'rejected', comment?: string) {
    const answer = await this.call<Answer<{ saved: boolean; aborted: boolean }>>('decide', {
      approval,
      user,
      state,
      comment,
    })
    const resumed = (await this.call<Answer<FlowRunState[]>>('resume')).value
    return { ...answer, resumed }
  }

  /** The state of a flow run. */
  async run(id: string): Promise<FlowRunState> {
    return (await this.call<Answer<FlowRunState>>('run', { id })).value
  }

  /** An agent clicks a UI action on a record, with unsaved form values. */
  uiAction(name: string, table: string, sysId: string, user: string, form?: Record<string, string>) {
    return this.call<Answer<{ shown: boolean; redirect: string }>>('uiAction', {
      name,
      table,
      sysId,
      user,
      form,
    })
  }

  /** A user opens a Service Portal widget (or, with `input`, clicks one of its actions): its server script's `data`. */
  widget(id: string, user: string, input?: Record<string, unknown>) {
    return this.call<Answer<Record<string, unknown>>>('widget', { id, user, ...(input ? { input } : {}) })
  }

  /** An admin runs a fix script. */
  fixScript(name: string, user = 'admin') {
    return this.call<Answer<null>>('fixScript', { name, user })
  }

  /**
   * The scheduler runs a scheduled job (`sysauto_script`, by name) as system; then the flow engine picks up
   * what the job decided (an approval it cancelled), as `decide` does.
   */
  async scheduledJob(name: string) {
    const answer = await this.call<Answer<null>>('scheduledJob', { name })
    const resumed = (await this.call<Answer<FlowRunState[]>>('resume')).value
    return { ...answer, resumed }
  }

  /** A script include's method, as a reference qualifier calls it for `user`. */
  scriptInclude(name: string, method: string, user: string, args: unknown[] = []) {
    return this.call<Answer<unknown>>('scriptInclude', { name, method, user, args })
  }

  /** Runs one built script (by table and sys_id) as `user`. */
  script(table: string, sysId: string, user?: string) {
    return this.call<Answer<unknown>>('script', { table, sysId, user })
  }

  /** Runs a script given as text as `user` (for the stand-in's own tests). */
  adhoc(script: string, options: { user?: string; gate?: boolean } = {}) {
    return this.call<Answer<unknown>>('adhoc', { script, ...options })
  }

  /**
   * Lets the instance's event processor and notification engine run: every ready `sysevent` becomes the
   * `sys_email` rows of the app's notifications on it (notifications.ts); answers the new emails.
   */
  sendNotifications(): SnRecord[] {
    return new NotificationEngine(this.app, this.db).process()
  }

  /** Moves the instance clock forward. */
  advanceClock(ms: number): Promise<unknown> {
    return this.call('clock', { ms })
  }

  /** Stops the engine worker. */
  async stop(): Promise<void> {
    await this.worker.terminate()
  }
}

/** What `now-sdk install` leaves on an instance, as far as the scripts read it. */
function install(app: BuiltApp, db: InstanceDatabase, activateFlows: boolean): void {
  const upsert = (table: string, sysId: string, fields: Record<string, string>) => {
    if (db.get(table, sysId)) db.update(table, sysId, fields, 'admin')
    else db.insert(table, { sys_id: sysId, ...fields }, 'admin')
  }
  for (const role of app.roles) upsert('sys_user_role', role.sysId, { name: role.name })
  for (const property of app.properties)
    if (db.query('sys_properties', `name=${property.name}`, 1).length === 0)
      db.insert(
        'sys_properties',
        { name: property.name, value: property.value, type: property.type },
        'admin',
      )
  for (const flow of app.flows)
    upsert('sys_hub_flow', flow.sysId, {
      name: flow.name,
      type: flow.type,
      active: String(activateFlows || flow.active),
      status: activateFlows ? 'published' : flow.status,
    })
  for (const alias of app.aliases)
    upsert('sys_alias', alias.sysId, {
      id: alias.id,
      name: alias.name,
      type: alias.type,
      connection_type: alias.connectionType,
    })
  for (const connection of app.connections)
    upsert('http_connection', connection.sysId, {
      name: connection.name,
      connection_alias: connection.alias,
      connection_url: connection.url,
      active: connection.active,
      use_mid: connection.useMid,
    })
  for (const item of app.catalogItems) {
    upsert('sc_cat_item', item.sysId, { name: item.name, flow_designer_flow: item.flow, active: 'true' })
    for (const variable of item.variables)
      upsert('item_option_new', variable.sysId, {
        name: variable.name,
        type: variable.type,
        reference: variable.reference,
        cat_item: item.sysId,
      })
  }
}

/** The main thread's HTTP client for RESTMessageV2: a real request, its status, headers and body. */
async function httpCall(request: {
  method: string
  url: string
  headers: Record<string, string>
  body?: string
  timeoutMs: number
}): Promise<{ status: number; body: string; headers: Record<string, string>; error?: string }> {
  try {
    const response = await fetch(request.url, {
      method: request.method,
      headers: request.headers,
      ...(request.body !== undefined ? { body: request.body } : {}),
      signal: AbortSignal.timeout(request.timeoutMs),
    })
    const headers: Record<string, string> = {}
    response.headers.forEach((value, name) => {
      headers[name.toLowerCase()] = value
    })
    return { status: response.status, body: await response.text(), headers }
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause
    const message =
      error instanceof Error && error.name === 'TimeoutError'
        ? `Request timed out after ${request.timeoutMs} ms`
        : `${cause?.code ?? ''} ${cause?.message ?? (error instanceof Error ? error.message : String(error))}`.trim()
    return { status: 0, body: '', headers: {}, error: message }
  }
}
