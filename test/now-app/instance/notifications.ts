/**
 * The instance's notification engine, as far as the app's email notifications use it: each `sysevent` row in
 * state "ready" (queued by `gs.eventQueue`) is matched to the app's BUILT event notifications on that event
 * and table; recipients come from the notification's users, groups (their members), record fields (a user,
 * or a group's members) and, when configured, the event's parm1/parm2 (sys_ids or addresses); users without
 * an email address or inactive get nothing, as on an instance. Subject and body are rendered with `${field}`
 * (display values, dot-walked through references) and `${event.parm1}` / `${event.parm2}` substitution into a
 * `sys_email` row of type "send-ready"; the event becomes "processed". A `${…}` naming nothing fails loudly
 * (on an instance it would silently render empty).
 */
import type { SnRecord } from '../../sandboxes/servicenow/index.ts'
import type { BuiltApp, BuiltNotification } from './built-app.ts'
import type { InstanceDatabase } from './database.ts'

/** Processes the event queue into emails. */
export class NotificationEngine {
  constructor(
    private readonly app: BuiltApp,
    private readonly db: InstanceDatabase,
  ) {}

  /** Processes every ready event, oldest first; answers the emails it wrote. */
  process(): SnRecord[] {
    const emails: SnRecord[] = []
    for (const event of this.db.query('sysevent', 'state=ready^ORDERBYsys_created_on')) {
      const record = this.db.get(event.table ?? '', event.instance ?? '')
      const notifications = this.app.notifications.filter(
        (n) =>
          n.active && n.generationType === 'event' && n.eventName === event.name && n.table === event.table,
      )
      for (const notification of record ? notifications : []) {
        const recipients = this.recipients(notification, event, record!)
        if (recipients.length === 0) continue
        const render = (template: string) => this.render(notification, template, event, record!)
        emails.push(
          this.db.insert(
            'sys_email',
            {
              type: 'send-ready',
              recipients: recipients.join(','),
              subject: render(notification.subject),
              body: render(notification.messageHtml || notification.messageText),
              content_type: notification.contentType,
              instance: event.instance ?? '',
              target_table: event.table ?? '',
              notification: notification.sysId,
              event: event.sys_id ?? '',
            },
            'system',
          ),
        )
      }
      this.db.update('sysevent', event.sys_id!, { state: 'processed', processed: this.db.now() }, 'system')
    }
    return emails
  }

  /** The email addresses a notification goes to for one event. */
  private recipients(notification: BuiltNotification, event: SnRecord, record: SnRecord): string[] {
    const addresses = new Set<string>()
    const creator = notification.sendToCreator ? undefined : event.sys_created_by
    const addUser = (sysId: string) => {
      const user = this.db.get('sys_user', sysId)
      if (!user || user.active === 'false' || !user.email || user.user_name === creator) return
      addresses.add(user.email)
    }
    const addGroup = (sysId: string) => {
      for (const member of this.db.query('sys_user_grmember', `group=${sysId}`)) addUser(member.user ?? '')
    }
    const addAny = (value: string) => {
      for (const part of value
        .split(',')
        .map((p) => p.trim())
        .filter(Boolean)) {
        if (part.includes('@')) addresses.add(part)
        else if (this.db.get('sys_user', part)) addUser(part)
        else if (this.db.get('sys_user_group', part)) addGroup(part)
      }
    }
    for (const user of notification.recipientUsers) addUser(user)
    for (const group of notification.recipientGroups) addGroup(group)
    for (const field of notification.recipientFields) {
      const value = this.db.valueAt(notification.table, record, field) ?? ''
      const column = this.db.schema[notification.table]!.columns[field]!
      if (column.reference === 'sys_user_group') addGroup(value)
      else addAny(value)
    }
    if (notification.eventParm1) addAny(event.parm1 ?? '')
    if (notification.eventParm2) addAny(event.parm2 ?? '')
    return [...addresses].sort()
  }

  /** `${field}`, `${ref.field}`, `${event.parm1}`, `${event.parm2}` → their (display) values. */
  private render(notification: BuiltNotification, template: string, event: SnRecord, record: SnRecord) {
    return template.replace(/\$\{([A-Za-z0-9_.]+)\}/g, (_whole, name: string) => {
      if (name === 'event.parm1') return event.parm1 ?? ''
      if (name === 'event.parm2') return event.parm2 ?? ''
      try {
        return this.display(notification.table, record, name)
      } catch (error) {
        throw new Error(`notification "${notification.name}": \${${name}} — ${(error as Error).message}`)
      }
    })
  }

  /** A field's display value: a reference shows its record's display field. */
  private display(table: string, row: SnRecord, field: string): string {
    const [first, ...rest] = field.split('.')
    const column = this.db.schema[table]?.columns[first!]
    if (!column) throw new Error(`${table} has no column ${first}`)
    const value = row[first!] ?? ''
    if (!column.reference) {
      if (rest.length > 0) throw new Error(`${table}.${first} is not a reference`)
      return value
    }
    const target = value ? this.db.get(column.reference, value) : undefined
    if (!target) return ''
    const next = rest.length > 0 ? rest.join('.') : this.db.schema[column.reference]!.display
    return this.display(column.reference, target, next)
  }
}
