/**
 * Doubles that fail loudly: every Glide double is wrapped so that reading a member it does not implement
 * throws, naming the API — a script that starts calling a new Glide API cannot pass silently against the
 * stand-in. The error is created in the script's own realm, so `error instanceof Error` holds in scripts.
 */

/** Members every object answers that are no Glide API (conversions, inspection, promise checks). */
const NEUTRAL = new Set([
  'then',
  'toJSON',
  'constructor',
  'inspect',
  'nodeType',
  'asymmetricMatch',
  '$$typeof',
])

/** Creates errors in the script realm. */
export type ErrorFactory = (message: string) => Error

/** The error for an API the stand-in does not implement. */
export function notImplemented(makeError: ErrorFactory, api: string): Error {
  return makeError(
    `${api} is not implemented by the instance stand-in (test/now-app/instance): implement it from ServiceNow's documentation before a script relies on it`,
  )
}

/**
 * Wraps a double: methods are bound to the real object (so private state works), unknown string members
 * throw. `fallback` may answer members computed at run time (a GlideRecord's columns).
 */
export function strict<T extends object>(
  target: T,
  api: string,
  makeError: ErrorFactory,
  fallback?: (name: string) => { value: unknown } | undefined,
  setter?: (name: string, value: unknown) => boolean,
): T {
  return new Proxy(target, {
    get(object, property) {
      if (typeof property === 'symbol') return (object as Record<symbol, unknown>)[property]
      if (property in object) {
        const value = (object as Record<string, unknown>)[property]
        return typeof value === 'function' ? value.bind(object) : value
      }
      const computed = fallback?.(property)
      if (computed) return computed.value
      if (NEUTRAL.has(property) || property === 'toString' || property === 'valueOf') return undefined
      throw notImplemented(makeError, `${api}.${property}`)
    },
    set(_object, property, value) {
      if (typeof property === 'string' && setter?.(property, value)) return true
      throw notImplemented(makeError, `setting ${api}.${String(property)}`)
    },
    has(object, property) {
      return property in object || (typeof property === 'string' && fallback?.(property) !== undefined)
    },
  })
}

/** A namespace (`sn_ws`, the `@servicenow/glide` module) whose unknown members throw. */
export function strictNamespace(members: Record<string, unknown>, name: string, makeError: ErrorFactory) {
  return strict(members, name, makeError)
}
