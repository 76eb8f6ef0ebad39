/**
 * The contract between ServiceNow and the bridge. Depends on nothing but zod.
 */
export * from './audit.js'
export * from './batch.js'
export * from './envelope.js'
export * from './flows.js'
export * from './primitives.js'
export * from './reconcile.js'
