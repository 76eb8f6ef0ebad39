/**
 * `/api/v1/users`: create, read, update, list and search, lifecycle, sessions, a user's groups and app links.
 */
import { validationFailed } from '../errors.js'
import { LIFECYCLE_OPERATIONS, type LifecycleOperation } from '../lifecycle.js'
import { appLinkJson, groupJson, userJson } from '../representations.js'
import {
  bodyObject,
  boolParam,
  json,
  listResponse,
  noContent,
  operationContext,
  originOf,
  pageResponse,
  param,
  params,
  parseLimit,
  type SandboxRoute,
} from './common.js'

const READ = 'okta.users.read'
const MANAGE = 'okta.users.manage'

/** Okta's users page: 200 by default and at most (10 by default for `q`). */
const PAGE = { default: 200, max: 200, q: 10 } as const

/** The user routes. */
export const userRoutes: SandboxRoute[] = [
  {
    method: 'GET',
    pattern: '/api/v1/users',
    scope: READ,
    handle(req, { org }) {
      const query = params(req, 'search', 'filter', 'q', 'after')
      // `q` alone pages by 10, as Okta does; everything else by 200.
      const onlyQ = query.search === undefined && query.filter === undefined && query.q !== undefined
      return pageResponse(
        req,
        org.listUsers({ limit: parseLimit(req, onlyQ ? PAGE.q : PAGE.default, PAGE.max), ...query }),
        userJson,
      )
    },
  },
  {
    method: 'POST',
    pattern: '/api/v1/users',
    scope: MANAGE,
    handle(req, { org }) {
      const nextLogin = param(req, 'nextLogin')
      const user = org.createUser(operationContext(req), bodyObject(req), {
        activate: boolParam(req, 'activate', true),
        ...(nextLogin !== undefined ? { nextLogin } : {}),
      })
      return json(200, userJson(originOf(req), user))
    },
  },
  {
    method: 'GET',
    pattern: '/api/v1/users/:userId',
    scope: READ,
    handle(req, { org }) {
      return json(200, userJson(originOf(req), org.getUser(req.params.userId!)))
    },
  },
  {
    method: 'POST',
    pattern: '/api/v1/users/:userId',
    scope: MANAGE,
    handle(req, { org }) {
      const user = org.updateUser(operationContext(req), req.params.userId!, bodyObject(req), 'partial')
      return json(200, userJson(originOf(req), user))
    },
  },
  {
    method: 'PUT',
    pattern: '/api/v1/users/:userId',
    scope: MANAGE,
    handle(req, { org }) {
      const user = org.updateUser(operationContext(req), req.params.userId!, bodyObject(req), 'replace')
      return json(200, userJson(originOf(req), user))
    },
  },
  {
    method: 'DELETE',
    pattern: '/api/v1/users/:userId',
    scope: MANAGE,
    handle(req, { org }) {
      org.deleteUser(operationContext(req), req.params.userId!)
      return noContent()
    },
  },
  {
    method: 'POST',
    pattern: '/api/v1/users/:userId/lifecycle/:operation',
    scope: MANAGE,
    handle(req, { org }) {
      const operation = req.params.operation as LifecycleOperation
      if (!LIFECYCLE_OPERATIONS.includes(operation)) {
        throw validationFailed('operation', `operation: ${req.params.operation} is not a lifecycle operation`)
      }
      const user = org.getUser(req.params.userId!)
      // reset_password requires sendEmail (Okta's API marks it required); the others default it to true.
      if (operation === 'reset_password' && param(req, 'sendEmail') === undefined) {
        throw validationFailed('sendEmail', 'sendEmail: The parameter is required')
      }
      const sendEmail = boolParam(req, 'sendEmail', true)
      org.applyLifecycle(operationContext(req), user, operation)
      return json(
        200,
        lifecycleBody(originOf(req), operation, user.id, sendEmail, () => userJson(originOf(req), user)),
      )
    },
  },
  {
    method: 'DELETE',
    pattern: '/api/v1/users/:userId/sessions',
    scope: MANAGE,
    handle(req, { org }) {
      org.clearSessions(operationContext(req), req.params.userId!, boolParam(req, 'oauthTokens', false))
      return noContent()
    },
  },
  {
    method: 'GET',
    pattern: '/api/v1/users/:userId/groups',
    scope: READ,
    handle(req, { org }) {
      const origin = originOf(req)
      return listResponse(
        req,
        org.listUserGroups(req.params.userId!).map((group) => groupJson(origin, group)),
        undefined,
      )
    },
  },
  {
    method: 'GET',
    pattern: '/api/v1/users/:userId/appLinks',
    scope: READ,
    handle(req, { org }) {
      const user = org.getUser(req.params.userId!)
      const origin = originOf(req)
      const links = org
        .userAppIds(user.id)
        .map((appId, index) => appLinkJson(origin, org.getApp(appId), org.getAppUser(appId, user.id), index))
      return json(200, links)
    },
  },
]

/** The body each lifecycle operation answers with, per Okta's API description. */
function lifecycleBody(
  origin: string,
  operation: LifecycleOperation,
  userId: string,
  sendEmail: boolean,
  user: () => unknown,
): unknown {
  const token = Buffer.from(`${userId}:${Date.now()}`).toString('base64url').slice(0, 20)
  switch (operation) {
    case 'activate':
    case 'reactivate':
      return sendEmail ? {} : { activationUrl: `${origin}/welcome/${token}`, activationToken: token }
    case 'reset_password':
      return sendEmail ? {} : { resetPasswordUrl: `${origin}/reset_password/${token}` }
    case 'expire_password':
      return user()
    case 'expire_password_with_temp_password':
      return { ...(user() as object), tempPassword: token.slice(0, 10) }
    default:
      return {}
  }
}
