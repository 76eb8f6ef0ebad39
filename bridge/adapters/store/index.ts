/** The SQL execution store: open it with `openExecutionStore(process.env.DATABASE_URL)`. */
export { type AuditHashFields, auditHash, ChainWalker, GENESIS_HASH } from './audit-chain.js'
export {
  type DatabaseLocation,
  type DatabaseSchema,
  DEFAULT_DATABASE_URL,
  type OpenDatabaseOptions,
  type OpenedDatabase,
  openDatabase,
  parseDatabaseUrl,
} from './database.js'
export { type GrantStoreOptions, SqlGrantStore } from './grant-store.js'
export { MIGRATION_TABLE, migrateToLatest, migrationProvider } from './migrations.js'
export {
  type ExecutionStoreOptions,
  openExecutionStore,
  SqlExecutionStore,
} from './sql-store.js'
