/**
 * Okta-style rate limiting: per endpoint family and per minute-aligned window, with
 * `X-Rate-Limit-Limit`/`-Remaining`/`-Reset` on every response, plus an org-wide concurrency limit.
 */

/** One limit: requests whose path starts with `pathPrefix` (and whose method matches) share it. */
export interface RateLimitRule {
  pathPrefix: string
  /** An HTTP method, or `*` for any. */
  method: string
  limit: number
  windowSeconds: number
}

/**
 * Defaults shaped like an Okta org's published limits (per minute). The most specific rule wins:
 * `/api/v1/users/` (a single user) is a different family from `/api/v1/users` (list, search, create).
 */
export const DEFAULT_RATE_LIMITS: readonly RateLimitRule[] = [
  { pathPrefix: '/oauth2/v1/token', method: 'POST', limit: 600, windowSeconds: 60 },
  { pathPrefix: '/api/v1/users', method: 'GET', limit: 600, windowSeconds: 60 },
  { pathPrefix: '/api/v1/users', method: 'POST', limit: 600, windowSeconds: 60 },
  { pathPrefix: '/api/v1/users/', method: 'GET', limit: 2000, windowSeconds: 60 },
  { pathPrefix: '/api/v1/users/', method: '*', limit: 600, windowSeconds: 60 },
  { pathPrefix: '/api/v1/groups', method: '*', limit: 500, windowSeconds: 60 },
  { pathPrefix: '/api/v1/apps', method: '*', limit: 500, windowSeconds: 60 },
  { pathPrefix: '/api/v1/logs', method: 'GET', limit: 120, windowSeconds: 60 },
  { pathPrefix: '/api/v1/eventHooks', method: '*', limit: 100, windowSeconds: 60 },
  { pathPrefix: '/api/v1/', method: '*', limit: 1200, windowSeconds: 60 },
  // Okta's "Other endpoints" bucket (e.g. `/oauth2/v1/keys`): every Okta response carries the headers.
  { pathPrefix: '/', method: '*', limit: 10_000, windowSeconds: 60 },
]

/** Okta's default concurrency limit for an org's Management API calls. */
export const DEFAULT_CONCURRENCY_LIMIT = 75

/** The outcome of counting one request. */
export interface RateLimitDecision {
  allowed: boolean
  headers: Record<string, string>
  rule: RateLimitRule | undefined
}

interface Window {
  start: number
  count: number
}

/** Counts requests per rule in fixed windows aligned to the clock, as Okta's per-minute windows are. */
export class RateLimiter {
  private rules: RateLimitRule[] = []
  private readonly windows = new Map<RateLimitRule, Window>()
  /** 429s sent, by rule path prefix and method. */
  readonly violations = new Map<string, number>()

  constructor(
    rules: readonly RateLimitRule[] = DEFAULT_RATE_LIMITS,
    private readonly now: () => number = Date.now,
  ) {
    this.setRules(rules)
  }

  /** Replaces the rules and starts every window afresh. */
  setRules(rules: readonly RateLimitRule[]): void {
    // Longest prefix first; a specific method before `*` for the same prefix.
    this.rules = [...rules].sort(
      (a, b) =>
        b.pathPrefix.length - a.pathPrefix.length || Number(a.method === '*') - Number(b.method === '*'),
    )
    this.windows.clear()
  }

  /** The current rules, most specific first. */
  get currentRules(): readonly RateLimitRule[] {
    return this.rules
  }

  /** Finds the rule that governs a request. */
  ruleFor(method: string, path: string): RateLimitRule | undefined {
    return this.rules.find(
      (rule) => (rule.method === '*' || rule.method === method) && path.startsWith(rule.pathPrefix),
    )
  }

  /** Counts one request and says whether it may proceed, with the headers Okta would send. */
  take(method: string, path: string): RateLimitDecision {
    const rule = this.ruleFor(method, path)
    if (!rule) return { allowed: true, headers: {}, rule }
    const nowMs = this.now()
    const windowMs = rule.windowSeconds * 1000
    const start = Math.floor(nowMs / windowMs) * windowMs
    let window = this.windows.get(rule)
    if (!window || window.start !== start) {
      window = { start, count: 0 }
      this.windows.set(rule, window)
    }
    const allowed = window.count < rule.limit
    if (allowed) window.count++
    else {
      const key = `${rule.method} ${rule.pathPrefix}`
      this.violations.set(key, (this.violations.get(key) ?? 0) + 1)
    }
    return {
      allowed,
      rule,
      headers: {
        'x-rate-limit-limit': String(rule.limit),
        'x-rate-limit-remaining': String(Math.max(0, rule.limit - window.count)),
        'x-rate-limit-reset': String(Math.ceil((start + windowMs) / 1000)),
      },
    }
  }
}
