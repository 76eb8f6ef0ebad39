/**
 * Personal data in logs: the profile attributes that identify a person, where they may sit in a log object,
 * and how they are masked (unless `LOG_PII=true`), so a log line still helps without naming anyone.
 */

/** Profile attributes that identify a person: masked in logs unless `LOG_PII=true`. */
export const PII_KEYS = [
  'email',
  'secondEmail',
  'login',
  'firstName',
  'lastName',
  'displayName',
  'nickName',
  'mobilePhone',
  'primaryPhone',
]

/** Where PII may sit in a log object: at the top, one level down, and in a (nested) profile. */
export const PII_PATHS = PII_KEYS.flatMap((key) => [
  key,
  `*.${key}`,
  `*.profile.${key}`,
  `*.*.profile.${key}`,
])

/**
 * Masks a personal value so a log line still helps (which domain, which initial) without naming anyone:
 * `dana.lee@example.com` → `d***@example.com`, `Dana` → `D***`.
 */
export function maskPii(value: unknown): string {
  if (typeof value !== 'string' || value === '') return '***'
  const at = value.lastIndexOf('@')
  if (at > 0) return `${value[0]}***${value.slice(at)}`
  return `${value[0]}***`
}
