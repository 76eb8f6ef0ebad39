/**
 * `npm run now:check [dir]`: the engine-compatibility check on the ServiceNow build output (default
 * `dist/app`, written by `npm run build:now`). Exit 0 with a one-line summary; exit 1 listing every
 * finding, one per line; exit 2 when there is no build output to check.
 */
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { checkBuild, formatFinding, summary } from './check.ts'

const dir = resolve(process.argv[2] ?? 'dist/app')
if (!existsSync(dir)) {
  console.error(`now:check: ${dir} does not exist; run npm run build:now first`)
  process.exit(2)
}
const result = checkBuild(dir)
if (result.findings.length > 0) {
  for (const finding of result.findings) console.error(formatFinding(finding))
  console.error(
    `now:check FAILED: ${result.findings.length} finding(s) in ${result.scripts.length} scripts (rules: scripts/now-check/rules.ts)`,
  )
  process.exit(1)
}
console.log(summary(result))
