/**
 * The ServiceNow sandbox: a local stand-in for an instance's Table API and OAuth token endpoint. Start it
 * in-process with {@link startServiceNowSandbox} (port 0 picks a free port), or from the shell with
 * `npm run servicenow-sandbox`.
 */
export { compare, type ParsedQuery, parseQuery, type QueryCondition, type QueryOperator } from './query.js'
export {
  type SandboxOAuthClient,
  type SandboxUser,
  ServiceNowSandbox,
  type ServiceNowSandboxConfig,
  type ServiceNowSandboxOptions,
  type ServiceNowSandboxStats,
  startServiceNowSandbox,
} from './server.js'
export { glideDateTime, type SnRecord, TABLES, Tables } from './tables.js'
