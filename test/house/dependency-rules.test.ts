/**
 * The house rules of `.dependency-cruiser.cjs` (what `npm run lint` checks) can fail: a small fixture tree that
 * breaks them — a cycle closed only through a type import, production code importing `test/`, `shared/`
 * importing more than zod, a flow importing an adapter, a port importing a flow — is cruised with the
 * project's own configuration and each break must be reported by the rule meant for it. Then the repository
 * itself is cruised and must have none.
 *
 * dependency-cruiser refuses to run on Node < 22. Under an older Node the test runs it with a Node 22+ binary
 * when one is found (`DEPCRUISE_NODE`, or the one in `/tmp/node24`), and is skipped, saying so, otherwise —
 * CI runs Node 24, where it always runs.
 */
import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const CONFIG = join(ROOT, '.dependency-cruiser.cjs')
const DEPCRUISE = join(ROOT, 'node_modules/dependency-cruiser/bin/dependency-cruiser.mjs')

/** A Node that dependency-cruiser accepts (>= 22): this one, or one named by the environment or found in /tmp. */
function nodeForDepcruise(): string | undefined {
  if (Number(process.versions.node.split('.')[0]) >= 22) return process.execPath
  return [process.env.DEPCRUISE_NODE, '/tmp/node24/package/bin/node'].find(
    (candidate): candidate is string => candidate !== undefined && candidate !== '' && existsSync(candidate),
  )
}

const NODE = nodeForDepcruise()

/** One rule violation as dependency-cruiser reports it in JSON. */
interface Violation {
  rule: { name: string }
  from: string
  to: string
}

/** Cruises `paths` under `cwd` with the project's rules; resolves with the violations (exit code 1 is expected). */
function cruise(cwd: string, paths: string[]): Promise<Violation[]> {
  return new Promise((resolve, reject) => {
    execFile(
      NODE!,
      [DEPCRUISE, ...paths, '--config', CONFIG, '--output-type', 'json'],
      { cwd, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        try {
          const result = JSON.parse(stdout) as { summary: { violations: Violation[] } }
          resolve(result.summary.violations)
        } catch {
          reject(new Error(`dependency-cruiser gave no report (${error?.message ?? 'no error'}):\n${stderr}`))
        }
      },
    )
  })
}

/** The fixture: a repository in miniature, every file one import away from breaking a rule. */
const FIXTURE: Record<string, string> = {
  'tsconfig.json': JSON.stringify({
    compilerOptions: {
      module: 'NodeNext',
      moduleResolution: 'NodeNext',
      allowImportingTsExtensions: true,
      verbatimModuleSyntax: true,
      noEmit: true,
    },
    include: ['bridge', 'shared', 'test'],
  }),
  // A cycle that exists only in types: erased at run time, still a knot for the reader.
  'bridge/flows/engine.ts':
    "import type { Operation } from './operation.js'\nexport const run = (o: Operation) => o\n",
  'bridge/flows/operation.ts':
    "import type { run } from './engine.js'\nexport type Operation = { engine: typeof run }\n",
  // Production code reaching into the tests.
  'bridge/flows/uses-test.ts': "import { helper } from '../../test/helper.js'\nexport const used = helper\n",
  'test/helper.ts': 'export const helper = 1\n',
  // A flow using an adapter instead of a port.
  'bridge/flows/uses-adapter.ts':
    "import { client } from '../adapters/okta/client.js'\nexport const c = client\n",
  'bridge/adapters/okta/client.ts':
    "import type { Port } from '../../ports/okta.js'\nexport const client: Port = {}\n",
  // A port importing a flow.
  'bridge/ports/okta.ts':
    "import type { used } from '../flows/uses-test.js'\nexport type Port = { u?: typeof used }\n",
  // The contract importing the bridge.
  'shared/index.ts': "import type { Port } from '../bridge/ports/okta.js'\nexport type P = Port\n",
}

describe.skipIf(NODE === undefined)(
  `the dependency rules (dependency-cruiser needs Node >= 22${NODE === undefined ? ': none found, set DEPCRUISE_NODE' : ''})`,
  () => {
    let fixture: string
    beforeAll(async () => {
      fixture = await mkdtemp(join(tmpdir(), 'house-rules-'))
      for (const [path, text] of Object.entries(FIXTURE)) {
        await mkdir(dirname(join(fixture, path)), { recursive: true })
        await writeFile(join(fixture, path), text)
      }
    })
    afterAll(async () => {
      if (fixture) await rm(fixture, { recursive: true, force: true })
    })

    it('report a cycle through type imports, a production → test import and each layer crossed', async () => {
      const violations = await cruise(fixture, ['bridge', 'shared'])
      const found = violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`).sort()
      // The cycle is reported once, at whichever of its two edges the cruise meets first.
      const cycle = found.filter((f) => f.startsWith('no-circular: '))
      expect(cycle).toHaveLength(1)
      expect(cycle[0]).toMatch(
        /^no-circular: bridge\/flows\/(engine|operation)\.ts → bridge\/flows\/(operation|engine)\.ts$/,
      )
      // Every other break, each by the rule meant for it; the adapter importing its port is allowed.
      expect(found.filter((f) => !f.startsWith('no-circular: '))).toEqual([
        'adapters-only-in-wiring: bridge/flows/uses-adapter.ts → bridge/adapters/okta/client.ts',
        'core-not-to-http-adapters-or-wiring: bridge/flows/uses-adapter.ts → bridge/adapters/okta/client.ts',
        'ports-import-only-shared: bridge/ports/okta.ts → bridge/flows/uses-test.ts',
        'production-not-to-test: bridge/flows/uses-test.ts → test/helper.ts',
        'shared-imports-only-zod: shared/index.ts → bridge/ports/okta.ts',
      ])
    }, 60_000)

    it('find nothing in the repository itself', async () => {
      expect(await cruise(ROOT, ['bridge', 'shared', 'dev'])).toEqual([])
    }, 60_000)
  },
)
