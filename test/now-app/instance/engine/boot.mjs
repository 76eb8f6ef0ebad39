// Loads the engine worker (TypeScript) through tsx's loader: a worker thread does not inherit the test
// runner's transform.
import { tsImport } from 'tsx/esm/api'

await tsImport('./worker.ts', import.meta.url)
