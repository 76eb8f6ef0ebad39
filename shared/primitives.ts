/**
 * The building blocks every flow's contract is made of: Okta ids, logins, the ServiceNow ticket that
 * authorises a change, and a reference to an Okta user. Strict on purpose: the bridge validates at the
 * edge with these schemas, before any Okta call, so a bad value never reaches Okta.
 */
import { z } from 'zod'

/** No control characters: they have no place in identity data and can break logs and search expressions. */
const printable = (schema: z.ZodString) =>
  schema.refine((value) => !/\p{Cc}/u.test(value), {
    message: 'must not contain control characters',
  })

/** An Okta object id: 20 letters and digits, such as `00u1a2b3c4d5e6f7g8h9`. */
export const OktaId = z
  .string()
  .regex(/^[A-Za-z0-9]{20}$/, { message: 'must be an Okta id (20 letters and digits)' })
  .describe('An Okta object id, 20 letters and digits (00u… users, 00g… groups, 0oa… apps).')

/** An Okta login: Okta's default login format is an email address. */
export const Login = printable(z.string().trim().min(3).max(100))
  .pipe(z.email({ message: 'must be an email-shaped Okta login' }))
  .describe('The Okta login (username), in email form.')

/** An email address. */
export const Email = printable(z.string().trim().max(100))
  .pipe(z.email({ message: 'must be an email address' }))
  .describe('An email address.')

/** A ServiceNow user name (`sys_user.user_name`). */
export const ServiceNowUserName = z
  .string()
  .regex(/^[A-Za-z0-9._@+-]{1,100}$/, { message: 'must be a ServiceNow user name' })
  .describe('A ServiceNow user name (sys_user.user_name).')

/**
 * The ServiceNow ticket a change is made for: no ticket, no change. It is what ties every Okta change
 * back to who asked for it and who approved it (the golden thread).
 */
export const Ticket = z
  .object({
    number: z
      .string()
      .regex(/^[A-Z]{2,8}\d{7,12}$/, { message: 'must be a ServiceNow record number such as RITM0010001' })
      .describe('The ServiceNow record number, e.g. RITM0010001.'),
    sysId: z
      .string()
      .regex(/^[0-9a-f]{32}$/, { message: 'must be a 32-character ServiceNow sys_id' })
      .optional()
      .describe('The sys_id of that record.'),
    requestedBy: ServiceNowUserName.describe('Who asked for the change (ServiceNow user name).'),
    approvedBy: ServiceNowUserName.optional().describe('Who approved it (ServiceNow user name).'),
  })
  .strict()
  .describe('The ServiceNow ticket this change is made for.')

/** Which Okta user a flow acts on: by id, or by login. */
export const UserRef = z
  .union([z.object({ id: OktaId }).strict(), z.object({ login: Login }).strict()])
  .describe('The Okta user, by id or by login.')

/** The hash of a dry-run plan; an invocation carrying it is applied only if the plan is still the same. */
export const PlanHash = z
  .string()
  .regex(/^[0-9a-f]{64}$/, { message: 'must be the planHash a dry run returned (64 hex characters)' })
  .describe(
    'The planHash of an earlier dry run: the invocation fails with 409 if the plan has changed since.',
  )

/** A list of distinct Okta ids. */
export const OktaIdList = z
  .array(OktaId)
  .max(50)
  .refine((ids) => new Set(ids).size === ids.length, { message: 'must not repeat an id' })

/** The optional profile attributes of Okta's default user profile that flows may set. */
export const ProfileAttributes = {
  department: printable(z.string().max(100)).optional(),
  title: printable(z.string().max(100)).optional(),
  manager: printable(z.string().max(100)).optional(),
  managerId: printable(z.string().max(100)).optional(),
  employeeNumber: printable(z.string().max(50)).optional(),
  costCenter: printable(z.string().max(100)).optional(),
  division: printable(z.string().max(100)).optional(),
  organization: printable(z.string().max(100)).optional(),
  userType: printable(z.string().max(100)).optional(),
  displayName: printable(z.string().max(200)).optional(),
  nickName: printable(z.string().max(100)).optional(),
  mobilePhone: printable(z.string().max(30)).optional(),
  primaryPhone: printable(z.string().max(30)).optional(),
  city: printable(z.string().max(100)).optional(),
  state: printable(z.string().max(100)).optional(),
  countryCode: z
    .string()
    .regex(/^[A-Z]{2}$/, { message: 'must be an ISO 3166-1 alpha-2 country code' })
    .optional(),
  locale: printable(z.string().max(20)).optional(),
  timezone: printable(z.string().max(50)).optional(),
} as const

/** A person's name part. */
export const NamePart = printable(z.string().trim().min(1).max(100))

export type OktaId = z.infer<typeof OktaId>
export type Ticket = z.infer<typeof Ticket>
export type UserRef = z.infer<typeof UserRef>
