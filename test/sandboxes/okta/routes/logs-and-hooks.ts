/** `/api/v1/logs` (System Log) and `/api/v1/eventHooks`. */
import { validationFailed } from '../errors.js'
import { eventHookJson } from '../event-hooks.js'
import { LOG_PAGE } from '../system-log.js'
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

const HOOKS = 'okta.eventHooks.manage'

/** The System Log and event hook routes. */
export const logAndHookRoutes: SandboxRoute[] = [
  {
    method: 'GET',
    pattern: '/api/v1/logs',
    scope: 'okta.logs.read',
    handle(req, { org }) {
      const sortOrder = param(req, 'sortOrder')
      if (sortOrder !== undefined && sortOrder !== 'ASCENDING' && sortOrder !== 'DESCENDING') {
        throw validationFailed('sortOrder', 'sortOrder: must be ASCENDING or DESCENDING')
      }
      const options = {
        limit: parseLimit(req, LOG_PAGE.default, LOG_PAGE.max),
        ...optional('since', param(req, 'since')),
        ...optional('until', param(req, 'until')),
        ...optional('filter', param(req, 'filter')),
        ...optional('q', param(req, 'q')),
        ...optional('after', param(req, 'after')),
        ...optional('sortOrder', sortOrder as 'ASCENDING' | 'DESCENDING' | undefined),
      }
      const { events, nextAfter } = org.log.query(options)
      return listResponse(req, events, nextAfter)
    },
  },
  {
    method: 'GET',
    pattern: '/api/v1/eventHooks',
    scope: HOOKS,
    handle(req, { hooks }) {
      const origin = originOf(req)
      return json(
        200,
        [...hooks.hooks.values()].map((hook) => eventHookJson(origin, hook)),
      )
    },
  },
  {
    method: 'POST',
    pattern: '/api/v1/eventHooks',
    scope: HOOKS,
    handle(req, { hooks }) {
      const hook = hooks.create(req.body, operationContext(req).actor.id)
      return json(200, eventHookJson(originOf(req), hook))
    },
  },
  {
    method: 'GET',
    pattern: '/api/v1/eventHooks/:hookId',
    scope: HOOKS,
    handle(req, { hooks }) {
      return json(200, eventHookJson(originOf(req), hooks.get(req.params.hookId!)))
    },
  },
  {
    method: 'PUT',
    pattern: '/api/v1/eventHooks/:hookId',
    scope: HOOKS,
    handle(req, { hooks }) {
      return json(200, eventHookJson(originOf(req), hooks.replace(req.params.hookId!, req.body)))
    },
  },
  {
    method: 'DELETE',
    pattern: '/api/v1/eventHooks/:hookId',
    scope: HOOKS,
    handle(req, { hooks }) {
      hooks.delete(req.params.hookId!)
      return noContent()
    },
  },
  {
    method: 'POST',
    pattern: '/api/v1/eventHooks/:hookId/lifecycle/activate',
    scope: HOOKS,
    handle(req, { hooks }) {
      return json(200, eventHookJson(originOf(req), hooks.setStatus(req.params.hookId!, 'ACTIVE')))
    },
  },
  {
    method: 'POST',
    pattern: '/api/v1/eventHooks/:hookId/lifecycle/deactivate',
    scope: HOOKS,
    handle(req, { hooks }) {
      return json(200, eventHookJson(originOf(req), hooks.setStatus(req.params.hookId!, 'INACTIVE')))
    },
  },
  {
    method: 'POST',
    pattern: '/api/v1/eventHooks/:hookId/lifecycle/verify',
    scope: HOOKS,
    async handle(req, { hooks }) {
      return json(200, eventHookJson(originOf(req), await hooks.verify(req.params.hookId!)))
    },
  },
]

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V }
}
