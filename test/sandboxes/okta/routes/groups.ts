/** `/api/v1/groups`: list and search, get, members, add and remove a member. */
import { groupJson, userJson } from '../representations.js'
import {
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

const READ = 'okta.groups.read'
const MANAGE = 'okta.groups.manage'

/** The group routes. */
export const groupRoutes: SandboxRoute[] = [
  {
    method: 'GET',
    pattern: '/api/v1/groups',
    scope: READ,
    handle(req, { org }) {
      const query = params(req, 'q', 'search', 'filter', 'after')
      const limit = parseLimit(req, query.q ? 300 : 10_000, 10_000)
      return pageResponse(req, org.listGroups({ limit, ...query }), groupJson)
    },
  },
  {
    method: 'GET',
    pattern: '/api/v1/groups/:groupId',
    scope: READ,
    handle(req, { org }) {
      return json(200, groupJson(originOf(req), org.getGroup(req.params.groupId!)))
    },
  },
  {
    method: 'GET',
    pattern: '/api/v1/groups/:groupId/users',
    scope: READ,
    handle(req, { org }) {
      const page = org.listMembers(req.params.groupId!, param(req, 'after'), parseLimit(req, 1000, 1000))
      return pageResponse(req, page, userJson)
    },
  },
  {
    method: 'PUT',
    pattern: '/api/v1/groups/:groupId/users/:userId',
    scope: MANAGE,
    handle(req, { org }) {
      org.addMember(operationContext(req), req.params.groupId!, req.params.userId!)
      return noContent()
    },
  },
  {
    method: 'DELETE',
    pattern: '/api/v1/groups/:groupId/users/:userId',
    scope: MANAGE,
    handle(req, { org }) {
      org.removeMember(operationContext(req), req.params.groupId!, req.params.userId!)
      return noContent()
    },
  },
]
