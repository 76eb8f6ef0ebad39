/**
 * The bridge's contract as the instance sees it: types only. They come from `shared/` through
 * `import type`, which TypeScript erases, so nothing outside `now-app/server` is needed at run time on
 * the instance (a runtime import from `shared/` would be kept by the build but never shipped).
 */
export type {
  Change,
  DryRunResult,
  FlowName,
  FlowRequest,
  InvocationResult,
  PlanStep,
  Problem,
  Target,
} from '../../../shared/index.js'
