/**
 * `npm run scopes [-- --json] [--policy <file>] [--org-url <url>] [--flows joiner,mover]`: prints what to
 * grant the bridge's Okta service app for the enabled flows — OAuth scopes, custom admin role permissions
 * and resource set — so an Okta admin grants no more than needed. Reads `BRIDGE_POLICY_FILE` and
 * `OKTA_ORG_URL` when the flags are not given; needs no key and no network.
 */
import { parseArgs } from 'node:util'
import { FLOW_NAMES, type FlowName, isFlowName } from '../../shared/index.js'
import { FlowEngine } from '../flows/engine.js'
import { formatLeastPrivilege, leastPrivilege } from '../least-privilege/report.js'
import { Policy, PolicyFileError } from '../policy/policy.js'

const USAGE = 'usage: npm run scopes -- [--json] [--policy <file>] [--org-url <url>] [--flows <flow,flow>]'

async function main(): Promise<number> {
  let values: { json?: boolean; policy?: string; 'org-url'?: string; flows?: string; help?: boolean }
  try {
    ;({ values } = parseArgs({
      options: {
        json: { type: 'boolean' },
        policy: { type: 'string' },
        'org-url': { type: 'string' },
        flows: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }))
  } catch (error) {
    console.error(`scopes: ${(error as Error).message}\n${USAGE}`)
    return 2
  }
  if (values.help) {
    console.log(USAGE)
    return 0
  }

  let flows: FlowName[] = [...FLOW_NAMES]
  if (values.flows !== undefined) {
    const names = values.flows.split(',').map((f) => f.trim())
    const unknown = names.filter((f) => !isFlowName(f))
    if (unknown.length > 0) {
      console.error(`scopes: unknown flows ${unknown.join(', ')} (flows: ${FLOW_NAMES.join(', ')})`)
      return 2
    }
    flows = names as FlowName[]
  }

  const policyFile = values.policy ?? process.env.BRIDGE_POLICY_FILE
  let policy: Policy | undefined
  if (policyFile) {
    try {
      policy = await Policy.fromFile(policyFile)
    } catch (error) {
      if (!(error instanceof PolicyFileError)) throw error
      console.error(`scopes: ${error.message}`)
      return 1
    }
  }

  // The engine is the authority on each flow's scopes; it makes no Okta call here.
  const engine = new FlowEngine({
    okta: () => {
      throw new Error('scopes: no Okta calls are made')
    },
    policy: policy ?? Policy.parse({}),
  })
  const report = leastPrivilege({
    flows,
    scopesFor: (flow) => engine.scopesFor(flow),
    policy,
    orgUrl: values['org-url'] ?? process.env.OKTA_ORG_URL,
  })
  process.stdout.write(values.json ? `${JSON.stringify(report, null, 2)}\n` : formatLeastPrivilege(report))
  return 0
}

main().then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    console.error('scopes: failed:', error instanceof Error ? error.message : error)
    process.exitCode = 1
  },
)
