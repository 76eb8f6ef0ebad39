/**
 * Readiness (`GET /readyz`): may this replica take traffic? Three checks, each named in the answer so an
 * operator reading a failing probe knows where to look:
 *
 * - `store`: the execution store answers and its schema has every migration this code knows;
 * - `policy`: a policy is loaded (with a real org the bridge never runs without one);
 * - `okta`: the enabled flows' access tokens (one per scope set) are cached or can be obtained now — without
 *   them no flow can run, and a load balancer should send ServiceNow elsewhere.
 *
 * Checks run in parallel, each bounded by a timeout shorter than a probe's, and a failure's detail never
 * carries a secret (token-endpoint errors name Okta's error code, not the assertion).
 *
 * The checks themselves come from where the things checked live (the store's is `adapters/store/schema-check.ts`)
 * and are put together by the composition root.
 */

/** One readiness check's result; `detail` says why it fails (never a secret). */
export interface ReadinessCheck {
  ok: boolean
  detail?: string
}

/** The body of `/readyz`. */
export interface ReadinessReport {
  ready: boolean
  checks: Record<string, ReadinessCheck>
}

/** A named readiness check: resolves with its result, or throws (then it fails with the error's message). */
export type Check = () => Promise<ReadinessCheck>

/** How long one check may take: below the probes' `timeoutSeconds` (5) in the manifests. */
export const CHECK_TIMEOUT_MS = 4_000

/** Runs the checks in parallel; ready when every one passes. */
export function readiness(checks: Record<string, Check>, timeoutMs = CHECK_TIMEOUT_MS) {
  return async (): Promise<ReadinessReport> => {
    const names = Object.keys(checks)
    const results = await Promise.all(names.map((name) => bounded(checks[name]!, timeoutMs)))
    const report: Record<string, ReadinessCheck> = {}
    names.forEach((name, i) => {
      report[name] = results[i]!
    })
    return { ready: results.every((r) => r.ok), checks: report }
  }
}

async function bounded(check: Check, timeoutMs: number): Promise<ReadinessCheck> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<ReadinessCheck>((resolve) => {
    timer = setTimeout(() => resolve({ ok: false, detail: `no answer within ${timeoutMs} ms` }), timeoutMs)
  })
  try {
    return await Promise.race([
      check().catch((error: unknown) => ({
        ok: false,
        detail: error instanceof Error ? error.message : String(error),
      })),
      timeout,
    ])
  } finally {
    clearTimeout(timer)
  }
}
