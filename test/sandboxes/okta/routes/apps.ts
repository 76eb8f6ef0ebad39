/** `/api/v1/apps`: list, get, app users, assign and unassign a user. */
import { appJson, appUserJson } from '../representations.js'
import {
  bodyObject,
  json,
  noContent,
  operationContext,
  originOf,
  pageResponse,
  param,
  params,
  parseLimit,
  type SandboxRoute,
} from './common.js'

const READ = 'okta.apps.read'
const MANAGE = 'okta.apps.manage'

/** The app routes. */
export const appRoutes: SandboxRoute[] = [
  {
    method: 'GET',
    pattern: '/api/v1/apps',
    scope: READ,
    handle(req, { org }) {
      const query = params(req, 'q', 'filter', 'after')
      return pageResponse(req, org.listApps({ limit: parseLimit(req, 20, 200), ...query }), appJson)
    },
  },
  {
    method: 'GET',
    pattern: '/api/v1/apps/:appId',
    scope: READ,
    handle(req, { org }) {
      return json(200, appJson(originOf(req), org.getApp(req.params.appId!)))
    },
  },
  {
    method: 'GET',
    pattern: '/api/v1/apps/:appId/users',
    scope: READ,
    handle(req, { org }) {
      const page = org.listAppUsers(req.params.appId!, param(req, 'after'), parseLimit(req, 50, 500))
      return pageResponse(req, page, appUserJson)
    },
  },
  {
    method: 'POST',
    pattern: '/api/v1/apps/:appId/users',
    scope: MANAGE,
    handle(req, { org }) {
      const assignment = org.assignApp(operationContext(req), req.params.appId!, bodyObject(req))
      return json(200, appUserJson(originOf(req), assignment))
    },
  },
  {
    method: 'GET',
    pattern: '/api/v1/apps/:appId/users/:userId',
    scope: READ,
    handle(req, { org }) {
      return json(200, appUserJson(originOf(req), org.getAppUser(req.params.appId!, req.params.userId!)))
    },
  },
  {
    method: 'DELETE',
    pattern: '/api/v1/apps/:appId/users/:userId',
    scope: MANAGE,
    handle(req, { org }) {
      org.unassignApp(operationContext(req), req.params.appId!, req.params.userId!)
      return noContent()
    },
  },
]
