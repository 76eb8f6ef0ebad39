/**
 * Canonical JSON: what the plan hash and every idempotency request hash are computed over, so the same plan
 * or request hashes the same whoever builds it (the engine, the HTTP layer, the jobs, reconciliation). A
 * module of its own so those callers need not import the engine for it.
 *
 * The audit chain keeps its own frozen copy (`adapters/store/audit-chain.ts`): its hashes are stored and
 * must never change with this one.
 */

/** JSON with object keys sorted, so equal plans hash equally whatever order they were built in. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`
  }
  return JSON.stringify(value)
}
