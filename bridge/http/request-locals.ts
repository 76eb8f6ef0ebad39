/**
 * What the request log line carries, filled in by the app and its routers as a request is handled. A module
 * of its own so the routers (`audit.ts`, `catalog.ts`, `execution-routes.ts`, `reconcile.ts`) and the app that
 * mounts them both depend on it rather than on each other.
 */
import type { Caller } from '../flows/operation.js'

/** What the request log line carries, filled in as the request is handled. */
export interface RequestLocals {
  requestId: string
  flow?: string
  ticket?: string
  executionId?: string
  caller?: Caller
  dryRun?: boolean
}
