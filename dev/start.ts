/**
 * `npm start`: the development entry point. The production composition root (`bridge/main.ts`) with sandbox
 * mode lent to it: without `OKTA_ORG_URL` (outside production) an in-process Okta sandbox, and a ServiceNow
 * sandbox when no `SERVICENOW_URL` is set, stand in for the real ones and a banner says so
 * (`dev/sandbox-mode.ts`). With `OKTA_ORG_URL` it is the production bridge, unchanged.
 *
 * It lives outside `bridge/` because the sandboxes live under `test/`: the production build and image contain
 * neither. Tests start bridges through this module for the same reason.
 */
import {
  isEntryPoint,
  type RunningBridge as ProductionBridge,
  type StartOptions as ProductionStartOptions,
  runBridgeProcess,
  startBridge as startProductionBridge,
} from '../bridge/main.js'
import { type SandboxEnvironment, type ServiceNowSandboxEnvironment, sandboxMode } from './sandbox-mode.js'

/** A bridge started here: in sandbox mode its `sandbox` and `servicenowSandbox` are the sandboxes themselves. */
export type RunningBridge = ProductionBridge<SandboxEnvironment, ServiceNowSandboxEnvironment>

/** The production start options; sandbox mode is this module's to lend. */
export type StartOptions = Omit<
  ProductionStartOptions<SandboxEnvironment, ServiceNowSandboxEnvironment>,
  'sandboxMode'
>

/** Starts the bridge from an environment, in sandbox mode without `OKTA_ORG_URL` (see the module comment). */
export function startBridge(
  env: NodeJS.ProcessEnv = process.env,
  options: StartOptions = {},
): Promise<RunningBridge> {
  return startProductionBridge(env, { ...options, sandboxMode })
}

if (isEntryPoint(import.meta.url)) void runBridgeProcess(() => startBridge())
