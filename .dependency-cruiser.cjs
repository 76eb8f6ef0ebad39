/**
 * The house rules of `bridge/` and `shared/`, checked by `npm run lint` (dependency-cruiser; it needs Node >= 22).
 *
 * The direction is http → flows / jobs / reconcile → ports ← adapters, with `shared/` (the contract) under
 * everything and the wiring — the composition root `bridge/main.ts` with its steps under `bridge/wiring/`, and
 * the CLIs under `bridge/cli/` — the only code that knows the adapters. Type-only imports count (`tsPreCompilationDeps`): a cycle through types still means a
 * reader cannot understand one module without the other. `test/house/dependency-rules.test.ts` feeds these
 * rules a fixture that breaks them, so a rule that can no longer fail is noticed.
 */
/** @type {import('dependency-cruiser').IConfiguration} */
/**
 * The foundation: what every layer may use because it knows none of them — the error base, the clock, the
 * resilience helpers (retry, sleep, single flight), and the RSA private key reader (`keys.ts`), which the
 * configuration and the Okta token source adapter both need and neither may import from the other.
 */
const FOUNDATION = [
  '^bridge/errors\\.ts$',
  '^bridge/clock\\.ts$',
  '^bridge/resilience/',
  '^bridge/keys\\.ts$',
]

module.exports = {
  forbidden: [
    {
      name: 'foundation-is-the-bottom',
      severity: 'error',
      comment:
        'The foundation (errors, clock, resilience) imports only itself, shared/ and Node: every layer may use it.',
      from: { path: FOUNDATION },
      to: { path: '^bridge/', pathNot: FOUNDATION },
    },
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'No import cycle, type-only imports included: give what both sides need a module of its own.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'production-not-to-test',
      severity: 'error',
      comment:
        'Production code (bridge/, shared/) never imports test/ or the development entry point dev/: the image has neither.',
      from: { path: '^(bridge|shared)/' },
      to: { path: '^(test|dev)/' },
    },
    {
      name: 'shared-imports-only-zod',
      severity: 'error',
      comment: 'shared/ is the contract both sides obey: zod schemas, nothing else.',
      from: { path: '^shared/' },
      to: { pathNot: ['^shared/', '(^|/)node_modules/zod/'] },
    },
    {
      name: 'ports-import-only-shared',
      severity: 'error',
      comment:
        'Ports are what the core needs from the world, in its own words: they import only shared/, other ports, the foundation and Node itself.',
      from: { path: '^bridge/ports/' },
      to: { pathNot: ['^bridge/ports/', '^shared/', ...FOUNDATION], dependencyTypesNot: ['core'] },
    },
    {
      name: 'core-not-to-http-adapters-or-wiring',
      severity: 'error',
      comment:
        'flows, jobs and reconcile depend on ports, never on the HTTP layer, an adapter, the configuration or the composition root.',
      from: { path: '^bridge/(flows|jobs|reconcile)/' },
      to: { path: ['^bridge/(http|adapters|cli|wiring)/', '^bridge/config(\\.ts$|/)', '^bridge/main\\.ts$'] },
    },
    {
      name: 'adapters-only-to-ports',
      severity: 'error',
      comment:
        'An adapter implements a port: it imports ports, shared/, the foundation and its own libraries, never http, flows, jobs, reconcile or the configuration.',
      from: { path: '^bridge/adapters/' },
      to: { path: '^bridge/', pathNot: ['^bridge/adapters/', '^bridge/ports/', ...FOUNDATION] },
    },
    {
      name: 'adapters-only-in-wiring',
      severity: 'error',
      comment:
        'Composition happens in the wiring modules (bridge/main.ts, bridge/wiring/, bridge/cli/): nothing else knows an adapter.',
      from: {
        path: '^bridge/',
        pathNot: ['^bridge/adapters/', '^bridge/main\\.ts$', '^bridge/(cli|wiring)/'],
      },
      to: { path: '^bridge/adapters/' },
    },
    {
      name: 'http-not-to-wiring',
      severity: 'error',
      comment:
        'The HTTP layer is given what it needs; it does not reach into the configuration or the composition root.',
      from: { path: '^bridge/http/' },
      to: { path: ['^bridge/(cli|wiring)/', '^bridge/config(\\.ts$|/)', '^bridge/main\\.ts$'] },
    },
    {
      name: 'wiring-is-the-top',
      severity: 'error',
      comment:
        'Nothing in bridge/ but the wiring imports the wiring (composition root, its steps, the CLIs): they are where the arrows start.',
      from: { path: '^bridge/', pathNot: ['^bridge/(cli|wiring)/', '^bridge/main\\.ts$'] },
      to: { path: ['^bridge/(cli|wiring)/', '^bridge/main\\.ts$'] },
    },
  ],
  options: {
    // Type-only imports are dependencies too: a cycle through types is still a cycle for the reader.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    doNotFollow: { path: '(^|/)node_modules/' },
    // node_modules may be a link to a shared install: keep the paths the rules match (node_modules/zod/…).
    preserveSymlinks: true,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
    },
  },
}
