/** `/api/v1/groups`: list and search, get, members, add and remove a member. */
import { groupJson, userJson } from '../representations.js'
import {
  json,
  listResponse,
  noContent,
  operationContext,
  originOf,
  param,
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
      const q = param(req, 'q')
      const search = param(req, 'search')
      const filter = param(req, 'filter')
      const after = param(req, 'after')
      const result = org.listGroups({
        limit: parseLimit(req, q ? 300 : 10_000, 10_000),
        ...(q !== undefined ? { q } : {}),
        ...(search !== undefined ? { search } : {}),
        ...(filter !== undefined ? { filter } : {}),
        ...(after !== undefined ? { after } : {}),
      })
      const origin = originOf(req)
      return listResponse(
        req,
        result.items.map((group) => groupJson(origin, group)),
        result.nextAfter,
      )
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
      const result = org.listMembers(req.params.groupId!, param(req, 'after'), parseLimit(req, 1000, 1000))
      const origin = originOf(req)
      return listResponse(
        req,
        result.items.map((user) => userJson(origin, user)),
        result.nextAfter,
      )
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
