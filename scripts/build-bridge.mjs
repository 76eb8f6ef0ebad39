/**
 * `npm run build:bridge`: the bridge and its contract (`bridge/`, `shared/`) as plain JavaScript under
 * `build/`, what the production image runs with `node build/bridge/main.js` — no tsx, no dev dependencies.
 *
 * Each file is transpiled on its own (TypeScript's `transpileModule`; the project sets `isolatedModules`, so
 * that is exact). Nothing is resolved, and nothing needs to be: production code never imports `test/` or `dev/`
 * (sandbox mode is the development entry point `dev/start.ts`; `npm run lint` checks the rule), and the image's
 * build context contains neither (`.dockerignore`). Type checking is `npm run typecheck`'s job, over the whole
 * repository.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const out = join(root, 'build')
const SOURCES = ['bridge', 'shared']

/** Every `.ts` file under `dir` (not declarations). */
function sources(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return sources(path)
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path] : []
  })
}

rmSync(out, { recursive: true, force: true })
let count = 0
for (const file of SOURCES.flatMap((dir) => sources(join(root, dir)))) {
  const { outputText, diagnostics } = ts.transpileModule(readFileSync(file, 'utf8'), {
    fileName: file,
    reportDiagnostics: true,
    compilerOptions: {
      target: ts.ScriptTarget.ES2023,
      module: ts.ModuleKind.ESNext,
      verbatimModuleSyntax: true,
      isolatedModules: true,
      sourceMap: false,
    },
  })
  if (diagnostics?.length) {
    for (const d of diagnostics)
      console.error(`${relative(root, file)}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`)
    process.exit(1)
  }
  const target = join(out, relative(root, file)).replace(/\.ts$/, '.js')
  mkdirSync(dirname(target), { recursive: true })
  writeFileSync(target, outputText)
  count++
}
// The console's static files (stylesheet, script) are served from next to the compiled router: copied as they are.
const assets = join(root, 'bridge', 'console', 'assets')
if (existsSync(assets)) cpSync(assets, join(out, 'bridge', 'console', 'assets'), { recursive: true })
console.log(`build:bridge: ${count} files → ${relative(process.cwd(), out) || '.'}/`)
