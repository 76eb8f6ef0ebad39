/**
 * `npm run soak [-- --short] [--users N] [--concurrency N] [--fault-rate R] [--kill-min-ms N] [--kill-max-ms N]
 * [--grant-seconds N] [--max-kills N]`: runs the soak (`soak.ts`), prints its figures and exits 1 on any loss, duplicate,
 * unfinished work, missing report or broken audit (2 on bad arguments). `--short` is the version `.ci/run`
 * runs; the defaults take a few minutes.
 */
import { parseArgs } from 'node:util'
import { DEFAULT_SOAK, failed, formatFigures, runSoak, SHORT_SOAK, type SoakOptions } from './soak.js'

const USAGE =
  'usage: npm run soak -- [--short] [--users N] [--concurrency N] [--fault-rate 0..1] [--kill-min-ms N] [--kill-max-ms N] [--grant-seconds N] [--max-kills N] [--quiet]'

/** The options from the command line, or a usage error. */
function options(): { soak: SoakOptions; quiet: boolean } {
  const { values } = parseArgs({
    options: {
      short: { type: 'boolean' },
      users: { type: 'string' },
      concurrency: { type: 'string' },
      'fault-rate': { type: 'string' },
      'kill-min-ms': { type: 'string' },
      'kill-max-ms': { type: 'string' },
      'grant-seconds': { type: 'string' },
      'max-kills': { type: 'string' },
      quiet: { type: 'boolean' },
    },
  })
  const base = values.short ? SHORT_SOAK : DEFAULT_SOAK
  const number = (name: string, value: string | undefined, fallback: number, max: number) => {
    if (value === undefined) return fallback
    const n = Number(value)
    if (!Number.isFinite(n) || n < 0 || n > max)
      throw new Error(`--${name} must be a number from 0 to ${max}`)
    return n
  }
  const soak: SoakOptions = {
    ...base,
    users: Math.max(1, Math.floor(number('users', values.users, base.users, 10_000))),
    concurrency: Math.max(1, Math.floor(number('concurrency', values.concurrency, base.concurrency, 100))),
    faultRate: number('fault-rate', values['fault-rate'], base.faultRate, 0.9),
    killAfterMs: [
      number('kill-min-ms', values['kill-min-ms'], base.killAfterMs[0], 3_600_000),
      number('kill-max-ms', values['kill-max-ms'], base.killAfterMs[1], 3_600_000),
    ],
    grantSeconds: Math.max(5, number('grant-seconds', values['grant-seconds'], base.grantSeconds, 86_400)),
    ...(values['max-kills'] === undefined
      ? {}
      : { maxKills: Math.floor(number('max-kills', values['max-kills'], 0, 1_000_000)) }),
  }
  if (soak.killAfterMs[1] < soak.killAfterMs[0])
    throw new Error('--kill-max-ms must not be below --kill-min-ms')
  return { soak, quiet: values.quiet === true }
}

async function main(): Promise<void> {
  let parsed: ReturnType<typeof options>
  try {
    parsed = options()
  } catch (error) {
    process.stderr.write(`soak: ${(error as Error).message}\n${USAGE}\n`)
    process.exit(2)
  }
  const { soak, quiet } = parsed
  process.stderr.write(
    `soak: ${soak.users} users, ${soak.concurrency} at once, ${Math.round(soak.faultRate * 100)} % Okta faults, a kill every ${soak.killAfterMs[0] / 1000}–${soak.killAfterMs[1] / 1000} s\n`,
  )
  const figures = await runSoak(soak, quiet ? undefined : (line) => process.stderr.write(`soak: ${line}\n`))
  process.stdout.write(`${formatFigures(figures)}\n`)
  const bad = failed(figures)
  process.stdout.write(bad ? 'soak: FAILED\n' : 'soak: OK — nothing lost, nothing duplicated\n')
  process.exit(bad ? 1 : 0)
}

void main()
