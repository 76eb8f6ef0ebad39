/**
 * The image and the manifests, read as what they are — Dockerfile instructions parsed, YAML parsed — so the
 * properties operators rely on cannot silently regress: a pinned Node LTS slim base, a non-root user, an
 * init, a healthcheck on /healthz with node, writes only under /data; in Kubernetes three replicas on
 * Postgres rolled one at a time, a disruption budget, a spread over nodes, runAsNonRoot, a read-only root
 * filesystem, dropped capabilities, probes, requests and limits, secrets as files, and a single-replica
 * SQLite overlay; in Compose a Postgres the bridge waits for, a memory limit and secrets as files. Every
 * variable a manifest sets is one the bridge reads (`bridgeVariables`), and no secret is written inline.
 * The example policy is a policy the bridge accepts.
 */
import { spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { exportPKCS8, generateKeyPair } from 'jose'
import { describe, expect, it } from 'vitest'
import { parseAllDocuments } from 'yaml'
import { type BridgeConfig, loadConfig } from '../../bridge/config.js'
import { Policy } from '../../bridge/policy/policy.js'
import { parseDatabaseUrl } from '../../bridge/ports/store-location.js'
import { bridgeVariables, envOf, parseDockerfile, ROOT, type Stage } from './support.js'

const dockerfile = parseDockerfile(readFileSync(join(ROOT, 'bridge/Dockerfile'), 'utf8'))
const stage = (name: string): Stage => dockerfile.stages.find((s) => s.name === name)!
const runtime = dockerfile.stages[dockerfile.stages.length - 1]!

/** What the assertions read of a container in the Deployment. */
interface Container {
  name: string
  envFrom: { configMapRef?: { name: string }; secretRef?: unknown }[]
  lifecycle: { preStop: { exec: { command: string[] } } }
  securityContext: unknown
  ports: unknown[]
  livenessProbe: { httpGet: unknown }
  readinessProbe: { httpGet: unknown }
  startupProbe: { httpGet: { path: string } }
  resources: { requests: unknown; limits: unknown }
  volumeMounts: { name: string; mountPath: string; readOnly?: boolean }[]
  env?: unknown[]
}

/** What the assertions read of the manifests (each kind uses its own members). */
interface Manifest {
  kind: string
  metadata: { name: string }
  resources: string[]
  data: Record<string, string>
  stringData: Record<string, string>
  patches: { path: string }[]
  spec: {
    replicas: number
    strategy: { type: string; rollingUpdate?: { maxUnavailable: number; maxSurge: number } }
    selector: { matchLabels: unknown } & Record<string, unknown>
    ports: unknown[]
    maxUnavailable?: number
    minAvailable?: number
    unhealthyPodEvictionPolicy?: string
    template: {
      metadata: { labels: Record<string, string> }
      spec: {
        topologySpreadConstraints?: {
          topologyKey: string
          maxSkew: number
          whenUnsatisfiable: string
          labelSelector: { matchLabels: Record<string, string> }
          matchLabelKeys?: string[]
        }[]
        securityContext: { runAsUser: number } & Record<string, unknown>
        automountServiceAccountToken: boolean
        terminationGracePeriodSeconds: number
        containers: Container[]
        volumes: {
          name: string
          secret?: { secretName: string; defaultMode: number }
          persistentVolumeClaim?: { claimName: string }
        }[]
      }
    }
  }
}

/** What the assertions read of the compose file. */
interface ComposeFile {
  volumes: Record<string, unknown>
  secrets: Record<string, { file: string }>
  services: {
    postgres: {
      image: string
      environment: Record<string, string>
      secrets: string[]
      volumes: string[]
      healthcheck: { test: string[] }
      ports?: unknown
    }
    bridge: {
      depends_on: Record<string, { condition: string }>
      build: unknown
      read_only: boolean
      user: string
      cap_drop: string[]
      security_opt: string[]
      init?: boolean
      deploy: { resources: { limits: { memory: string } } }
      volumes?: string[]
      tmpfs: string[]
      secrets: string[]
      environment: Record<string, string>
      stop_grace_period: string
    }
  }
}

/** Every document of a YAML file, as plain objects (a missing member fails the assertion that reads it). */
function yamlDocs<T>(path: string): T[] {
  return parseAllDocuments(readFileSync(join(ROOT, path), 'utf8')).map((doc) => {
    expect(doc.errors).toEqual([])
    return doc.toJS() as T
  })
}

describe('bridge/Dockerfile', () => {
  it('builds in stages on one Node 24 LTS slim image pinned by digest, the runtime stage last', () => {
    expect(dockerfile.stages.map((s) => s.name)).toEqual(['build', 'deps', 'runtime'])
    for (const s of dockerfile.stages) {
      expect(s.image).toMatch(/^node:24\.\d+\.\d+-bookworm-slim@sha256:[0-9a-f]{64}$/)
    }
    // The same image everywhere: what `deps` installs runs on the runtime's Node.
    expect(new Set(dockerfile.stages.map((s) => s.image)).size).toBe(1)
    // The image, `.node-version`, `engines` and CI are on one LTS major.
    const major = (v: string) => v.replace(/^v/, '').split('.')[0]
    const imageVersion = /^node:(\d+\.\d+\.\d+)/.exec(dockerfile.stages[0]!.image)![1]!
    const nodeVersion = readFileSync(join(ROOT, '.node-version'), 'utf8').trim()
    const engines = (
      JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { engines: { node: string } }
    ).engines.node
    expect(major(imageVersion)).toBe(major(nodeVersion))
    expect(engines).toBe(`>=${major(nodeVersion)}.11.0`)
    expect(readFileSync(join(ROOT, '.ci/run'), 'utf8')).toContain('scripts/install-node.sh')
  })

  it('compiles nothing for production: the deps stage has no compiler, the runtime no build tools', () => {
    const runs = (s: Stage) => s.instructions.filter((i) => i.keyword === 'RUN').map((i) => i.text)
    for (const name of ['deps', 'runtime'] as const) {
      expect(runs(stage(name)).join('\n')).not.toMatch(/\b(g\+\+|make|python3)\b/)
    }
  })

  it('installs production dependencies only for the runtime, and builds with dev dependencies', () => {
    const runs = (s: Stage) => s.instructions.filter((i) => i.keyword === 'RUN').map((i) => i.text)
    expect(runs(stage('build')).some((r) => /npm ci(?!.*--omit=dev)/.test(r))).toBe(true)
    expect(runs(stage('build'))).toContain('npm run build:bridge')
    expect(runs(stage('deps')).some((r) => /npm ci --omit=dev/.test(r))).toBe(true)
    expect(runs(runtime).some((r) => /npm (ci|install)/.test(r))).toBe(false)
    const copies = runtime.instructions.filter((i) => i.keyword === 'COPY')
    expect(copies.map((c) => [c.flags.from ?? 'context', ...c.args])).toEqual([
      ['deps', '/app/node_modules', './node_modules'],
      ['build', '/app/build', './build'],
      ['context', 'package.json', 'package-lock.json', './'],
    ])
  })

  it('installs each production package once: no second copy held in memory for nothing', () => {
    // What `npm ci --omit=dev` extracts is the lockfile's tree without its dev entries. A package nested twice is
    // loaded twice: express's four nested copies of mime-types (each parsing mime-db's table) cost ~1.3 MB of heap
    // until `mime-types` became a direct dependency, which npm places at the top for all four to share — the
    // dev-only SDKs that want mime-types 2 get their own copy nested instead.
    const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, { version?: string; dev?: boolean }>
    }
    const places = new Map<string, string[]>()
    for (const [path, entry] of Object.entries(lock.packages)) {
      if (path === '' || entry.dev) continue
      const name = path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length)
      places.set(name, [...(places.get(name) ?? []), `${path}@${entry.version}`])
    }
    expect(places.size).toBeGreaterThan(50)
    expect(places.get('mime-types')).toEqual(['node_modules/mime-types@3.0.2'])
    expect([...places.values()].filter((paths) => paths.length > 1)).toEqual([])
  })

  it('runs as a non-root user by number, under an init, with NODE_ENV=production and its state on /data', () => {
    const users = runtime.instructions.filter((i) => i.keyword === 'USER')
    expect(users.length).toBe(1)
    const [uid, gid] = users[0]!.args[0]!.split(':')
    expect(Number(uid)).toBeGreaterThan(0)
    expect(Number(gid)).toBeGreaterThan(0)
    // USER comes after every instruction that needs root.
    const userAt = runtime.instructions.indexOf(users[0]!)
    expect(runtime.instructions.slice(userAt).filter((i) => i.keyword === 'RUN')).toEqual([])

    const env = envOf(runtime)
    expect(env.NODE_ENV).toBe('production')
    expect(env.DATABASE_URL).toBe('sqlite:/data/bridge.db')
    const volume = runtime.instructions.find((i) => i.keyword === 'VOLUME')!
    expect(volume.args).toEqual(['/data'])
    // /data exists and belongs to the runtime user, so a fresh volume is writable by it.
    expect(
      runtime.instructions.some((i) => i.keyword === 'RUN' && i.text.includes(`chown ${uid}:${gid} /data`)),
    ).toBe(true)

    const entrypoint = runtime.instructions.find((i) => i.keyword === 'ENTRYPOINT')!
    expect(entrypoint.execForm).toBe(true)
    expect(entrypoint.args).toEqual(['/usr/bin/tini', '--'])
    expect(
      runtime.instructions.some((i) => i.keyword === 'RUN' && /apt-get install .*\btini\b/.test(i.text)),
    ).toBe(true)
    const cmd = runtime.instructions.find((i) => i.keyword === 'CMD')!
    expect(cmd.execForm).toBe(true)
    expect(cmd.args).toEqual(['node', '--max-semi-space-size=4', 'build/bridge/main.js'])
    // `npm run start:prod` starts the build the way the image does, flags included.
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>
    }
    expect(pkg.scripts['start:prod']).toBe(cmd.args.join(' '))
  })

  it('exposes the API and metrics ports and checks /healthz with node itself', () => {
    const expose = runtime.instructions.find((i) => i.keyword === 'EXPOSE')!
    const env = envOf(runtime)
    expect(expose.args).toEqual([env.PORT, env.METRICS_PORT])
    const healthcheck = runtime.instructions.find((i) => i.keyword === 'HEALTHCHECK')!
    expect(healthcheck.flags).toMatchObject({ interval: '30s', timeout: '5s' })
    expect(healthcheck.args[0]).toBe('CMD')
    const command = JSON.parse(healthcheck.text.replace(/^CMD\s+/, '')) as string[]
    expect(command[0]).toBe('node')
    expect(command.join(' ')).toContain('/healthz')
    expect(command.join(' ')).not.toMatch(/curl|wget/)
  })
})

describe('.dockerignore', () => {
  it('keeps tests, sandboxes, the ServiceNow app, deployment files and secrets out of the build context', () => {
    const lines = readFileSync(join(ROOT, '.dockerignore'), 'utf8')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l !== '' && !l.startsWith('#'))
    // Everything is ignored, then only what the Dockerfile copies is let back in.
    expect(lines[0]).toBe('**')
    const included = lines.filter((l) => l.startsWith('!')).map((l) => l.slice(1))
    expect(included.sort()).toEqual(
      ['bridge/**', 'package-lock.json', 'package.json', 'scripts/build-bridge.mjs', 'shared/**'].sort(),
    )
    for (const pattern of ['**/*.pem', '**/.env', '**/secrets/', '**/*.db', 'bridge/deploy/'])
      expect(lines).toContain(pattern)
    // What the build stage copies from the context is exactly what is let in.
    const contextCopies = dockerfile.stages
      .flatMap((s) => s.instructions)
      .filter((i) => i.keyword === 'COPY' && i.flags.from === undefined)
      .flatMap((i) => i.args.slice(0, -1))
    expect([...new Set(contextCopies)].sort()).toEqual(
      ['bridge', 'package-lock.json', 'package.json', 'scripts/build-bridge.mjs', 'shared'].sort(),
    )
  })
})

/** Every document of a YAML text (kustomize's output), as plain objects. */
function yamlText<T>(text: string): T[] {
  return parseAllDocuments(text).map((doc) => {
    expect(doc.errors).toEqual([])
    return doc.toJS() as T
  })
}

/** The variables the bridge reads (and its secrets), found in its source and configuration. */
const VARIABLES = bridgeVariables()

/** `kubectl kustomize <dir>` rendered and parsed, or undefined when kubectl is not installed. */
function kustomize(dir: string): Manifest[] | undefined {
  const result = spawnSync('kubectl', ['kustomize', join(ROOT, dir)], { encoding: 'utf8' })
  if (result.error !== undefined) return undefined
  expect(result.stderr, `kubectl kustomize ${dir}`).toBe('')
  expect(result.status).toBe(0)
  return yamlText<Manifest>(result.stdout)
}
const KUBECTL = spawnSync('kubectl', ['version', '--client'], { encoding: 'utf8' }).error === undefined
/** Said in the test's name, so a run without kubectl shows what it did not check. */
const NEEDS_KUBECTL = KUBECTL ? '' : ' (skipped: kubectl is not installed, it renders the kustomizations)'

/** What the manifests of one rendering say, found by kind and name. */
function manifestsOf(all: Manifest[]) {
  const byKind = (kind: string) => all.filter((d) => d.kind === kind)
  const deployment = byKind('Deployment')[0]!
  const pod = deployment.spec.template.spec
  const container = pod.containers[0]!
  const settings = byKind('ConfigMap').find((c) => c.metadata.name === 'okta-jml-bridge')!.data
  const secret = byKind('Secret')[0]!
  const secretVolume = pod.volumes.find((v) => v.secret)!
  const secretMount = container.volumeMounts.find((m) => m.name === secretVolume.name)!
  return { byKind, deployment, pod, container, settings, secret, secretVolume, secretMount }
}

/** The seconds a preStop hook sleeps: `/bin/sleep N`. */
function preStopSeconds(container: Container): number {
  const [command, seconds, ...rest] = container.lifecycle.preStop.exec.command
  expect(command).toBe('/bin/sleep')
  expect(rest).toEqual([])
  expect(seconds).toMatch(/^\d+$/)
  return Number(seconds)
}

/**
 * The wiring of configuration and secrets every variant must keep: settings from the ConfigMap only, every
 * variable one the bridge reads, every secret a file of the Secret (never a value in the ConfigMap or the
 * pod's `env`), and every `*_FILE` naming a key the Secret has.
 */
function expectConfigWiring(m: ReturnType<typeof manifestsOf>): void {
  expect(m.container.envFrom).toEqual([{ configMapRef: { name: 'okta-jml-bridge' } }])
  expect(m.container.env ?? []).toEqual([])
  const unknown = Object.keys(m.settings).filter((name) => !VARIABLES.all.has(name))
  expect(unknown, 'variables the bridge does not read').toEqual([])
  for (const name of VARIABLES.secrets) expect(m.settings[name], name).toBeUndefined()
  expect(m.secretVolume.secret!.secretName).toBe(m.secret.metadata.name)
  expect(m.secretVolume.secret!.defaultMode).toBe(0o440)
  expect(m.secretMount.readOnly).toBe(true)
  const prefix = `${m.secretMount.mountPath}/`
  const files = Object.entries(m.settings).filter(([name]) => name.endsWith('_FILE'))
  for (const [name, path] of files) {
    if (!path.startsWith(prefix)) continue
    expect(Object.keys(m.secret.stringData), name).toContain(path.slice(prefix.length))
    // A secret's file, so the name is a secret's (a `*_FILE` under the secrets mount for a plain setting
    // would be a secret the bridge never reads).
    expect(VARIABLES.secrets.has(name.replace(/_FILE$/, '')), name).toBe(true)
  }
  // Every key of the Secret is read through some `*_FILE`.
  for (const key of Object.keys(m.secret.stringData)) {
    const variable = files.find(([, value]) => value === `${prefix}${key}`)
    expect(variable?.[0], key).toMatch(/_FILE$/)
  }
  expect(m.settings.NODE_ENV).toBe('production')
}

/**
 * A manifest's environment loaded by the bridge's own configuration (`loadConfig`), so a value it refuses (a
 * bad number, an unparsable `DATABASE_URL`, a missing setting) fails here rather than at the first start in a
 * cluster. Paths are moved into a temporary directory: every path under `files` (a directory the manifest
 * mounts, e.g. the Secret's) to a file of the same name there, written with a real value for each secret (the
 * manifests hold placeholders) — a generated RSA key, a client token list, random tokens and passwords — and
 * `policy` to the policy text given.
 */
async function loadedConfig(
  settings: Record<string, string>,
  files: { dir: string; keys: string[] },
  policy: { path: string; text: string },
): Promise<BridgeConfig> {
  const dir = await mkdtemp(join(tmpdir(), 'deploy-config-'))
  try {
    const { privateKey } = await generateKeyPair('RS256', { extractable: true })
    const pem = await exportPKCS8(privateKey)
    const random = () => randomBytes(32).toString('base64url')
    for (const key of files.keys) {
      const value = /client.?tokens/.test(key)
        ? JSON.stringify([{ name: 'servicenow', token: random() }])
        : /private.?key/.test(key)
          ? pem
          : random()
      await writeFile(join(dir, key), value, { mode: 0o600 })
    }
    await writeFile(join(dir, 'policy.yaml'), policy.text)
    const env: Record<string, string> = {}
    for (const [name, value] of Object.entries(settings)) {
      env[name] =
        value === policy.path
          ? join(dir, 'policy.yaml')
          : value.startsWith(`${files.dir}/`)
            ? join(dir, value.slice(files.dir.length + 1))
            : value
    }
    return await loadConfig(env)
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

/** What every variant's configuration must come to: a real org, its store, shutdown and metrics as set. */
function expectProductionConfig(config: BridgeConfig, settings: Record<string, string>): void {
  expect(config.mode).toBe('okta')
  expect(config.nodeEnv).toBe('production')
  expect(config.databaseUrl).toBe(settings.DATABASE_URL)
  expect(config.shutdownGraceMs).toBe(Number(settings.SHUTDOWN_GRACE_SECONDS) * 1000)
  expect(config.clientTokens.length).toBeGreaterThan(0)
  expect(config.metrics.token).toEqual(expect.any(String))
  expect(config.policy).toBeInstanceOf(Policy)
}

describe('settings offered in comments', () => {
  it('name only variables the bridge reads, secrets only as files', () => {
    for (const file of ['bridge/deploy/k8s/configmap.yaml', 'bridge/deploy/compose.yaml']) {
      const offered = [
        ...readFileSync(join(ROOT, file), 'utf8').matchAll(/^\s*#\s+([A-Z][A-Z0-9_]+):\s/gm),
      ].map((match) => match[1]!)
      expect(offered.length, file).toBeGreaterThan(0)
      expect(
        offered.filter((name) => !VARIABLES.all.has(name)),
        `${file}: variables the bridge does not read`,
      ).toEqual([])
      expect(offered.filter((name) => VARIABLES.secrets.has(name))).toEqual([])
    }
  })
})

describe('Kubernetes manifests: three replicas on Postgres', () => {
  const files = ['configmap.yaml', 'deployment.yaml', 'pdb.yaml', 'secret.yaml', 'service.yaml']
  const all = [...files, 'kustomization.yaml'].flatMap((file) =>
    yamlDocs<Manifest>(`bridge/deploy/k8s/${file}`),
  )
  const m = manifestsOf(all)
  const { byKind, deployment, pod, container } = m

  it('lists every manifest of the directory in the kustomization', () => {
    const kustomization = byKind('Kustomization')[0]!
    expect(kustomization.resources.sort()).toEqual(files.sort())
    const present = readdirSync(join(ROOT, 'bridge/deploy/k8s')).filter(
      (f) => f.endsWith('.yaml') && f !== 'kustomization.yaml',
    )
    expect(present.sort()).toEqual(files.sort())
  })

  it('runs three replicas and rolls them one at a time, never below three ready', () => {
    expect(deployment.spec.replicas).toBe(3)
    expect(deployment.spec.strategy).toEqual({
      type: 'RollingUpdate',
      rollingUpdate: { maxUnavailable: 0, maxSurge: 1 },
    })
  })

  it('lets voluntary disruptions take one replica at a time, and never blocks a drain on a broken pod', () => {
    const budget = byKind('PodDisruptionBudget')[0]!
    expect(budget.spec.selector.matchLabels).toEqual(deployment.spec.selector.matchLabels)
    expect(budget.spec.maxUnavailable).toBe(1)
    expect(budget.spec.minAvailable).toBeUndefined()
    expect(deployment.spec.replicas - budget.spec.maxUnavailable!).toBeGreaterThanOrEqual(2)
    expect(budget.spec.unhealthyPodEvictionPolicy).toBe('AlwaysAllow')
  })

  it('spreads the replicas over nodes (a hard rule) and zones (a preference), per ReplicaSet', () => {
    const spread = pod.topologySpreadConstraints ?? []
    const byKey = (key: string) => spread.find((c) => c.topologyKey === key)!
    expect(byKey('kubernetes.io/hostname')).toMatchObject({ maxSkew: 1, whenUnsatisfiable: 'DoNotSchedule' })
    expect(byKey('topology.kubernetes.io/zone')).toMatchObject({
      maxSkew: 1,
      whenUnsatisfiable: 'ScheduleAnyway',
    })
    for (const constraint of spread) {
      // The constraint counts this Deployment's pods, and each rollout's ReplicaSet on its own.
      expect(constraint.labelSelector.matchLabels).toEqual(deployment.spec.selector.matchLabels)
      expect(deployment.spec.template.metadata.labels).toMatchObject(constraint.labelSelector.matchLabels)
      expect(constraint.matchLabelKeys).toEqual(['pod-template-hash'])
    }
  })

  it('runs the pod as non-root with a read-only root filesystem and no capabilities', () => {
    expect(pod.securityContext).toMatchObject({
      runAsNonRoot: true,
      seccompProfile: { type: 'RuntimeDefault' },
    })
    expect(pod.securityContext.runAsUser).toBeGreaterThan(0)
    expect(pod.automountServiceAccountToken).toBe(false)
    expect(container.securityContext).toEqual({
      allowPrivilegeEscalation: false,
      readOnlyRootFilesystem: true,
      runAsNonRoot: true,
      capabilities: { drop: ['ALL'] },
    })
    // The image's user, so files it created on a volume stay readable across restarts.
    const [uid] = runtime.instructions.find((i) => i.keyword === 'USER')!.args[0]!.split(':')
    expect(pod.securityContext.runAsUser).toBe(Number(uid))
  })

  it('probes liveness on /healthz and readiness on /readyz (which checks the store), with requests and limits', () => {
    expect(container.livenessProbe.httpGet).toEqual({ path: '/healthz', port: 'http' })
    expect(container.readinessProbe.httpGet).toEqual({ path: '/readyz', port: 'http' })
    expect(container.startupProbe.httpGet.path).toBe('/healthz')
    expect(container.ports).toContainEqual({ name: 'http', containerPort: 8080 })
    expect(container.resources.requests).toEqual({ cpu: expect.any(String), memory: expect.any(String) })
    expect(container.resources.limits).toEqual({ cpu: expect.any(String), memory: expect.any(String) })
    // The readiness the probe reads includes the store's check (the composition root wires it in).
    expect(readFileSync(join(ROOT, 'bridge/wiring/http.ts'), 'utf8')).toMatch(/store: storeCheck\(/)
  })

  it('keeps no volume of its own: the store is Postgres, the only writable path an in-memory /tmp', () => {
    const writable = container.volumeMounts.filter((v) => !v.readOnly).map((v) => v.mountPath)
    expect(writable).toEqual(['/tmp'])
    expect(pod.volumes.filter((v) => v.persistentVolumeClaim)).toEqual([])
    expect(byKind('PersistentVolumeClaim')).toEqual([])
    expect(parseDatabaseUrl(m.settings.DATABASE_URL!).dialect).toBe('postgres')
  })

  it('sleeps before shutting down, and gives sleep and shutdown together less than the grace period', () => {
    const sleep = preStopSeconds(container)
    expect(sleep).toBeGreaterThan(0)
    // The kubelet's grace period runs from the preStop hook's start: the SIGKILL comes after sleep + shutdown.
    expect(pod.terminationGracePeriodSeconds).toBeGreaterThan(
      sleep + Number(m.settings.SHUTDOWN_GRACE_SECONDS),
    )
  })

  it('names the database without a password and reads the password from a file of the Secret', () => {
    const location = parseDatabaseUrl(m.settings.DATABASE_URL!)
    expect(location).toMatchObject({ dialect: 'postgres' })
    // The parsed location has a `password` member only when the URL carries one.
    expect(location).not.toHaveProperty('password')
    expect(m.settings.DATABASE_PASSWORD_FILE).toBe(`${m.secretMount.mountPath}/database-password`)
    expect(m.secret.stringData['database-password']).toEqual(expect.any(String))
  })

  it('sets only variables the bridge reads, and passes every secret as a file of the Secret', () => {
    expectConfigWiring(m)
  })

  it('is a configuration the bridge accepts, with the Secret holding real values', async () => {
    const policy = byKind('ConfigMap').find((c) => c.metadata.name === 'okta-jml-bridge-policy')!
    const config = await loadedConfig(
      m.settings,
      { dir: m.secretMount.mountPath, keys: Object.keys(m.secret.stringData) },
      { path: m.settings.BRIDGE_POLICY_FILE!, text: policy.data['policy.yaml']! },
    )
    expectProductionConfig(config, m.settings)
    expect(config.metrics.port).toBe(9464)
  })

  it('exposes the API through the Service, and not the metrics port', () => {
    const service = byKind('Service')[0]!
    expect(service.spec.selector).toEqual(deployment.spec.selector.matchLabels)
    expect(service.spec.ports).toEqual([{ name: 'http', port: 80, targetPort: 'http', protocol: 'TCP' }])
  })

  it('ships an example policy the bridge accepts', async () => {
    const policyMap = byKind('ConfigMap').find((c) => c.metadata.name === 'okta-jml-bridge-policy')!
    const dir = await mkdtemp(join(tmpdir(), 'deploy-policy-'))
    try {
      const file = join(dir, 'policy.yaml')
      await writeFile(file, policyMap.data['policy.yaml']!)
      await expect(Policy.fromFile(file)).resolves.toBeInstanceOf(Policy)
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
    await expect(Policy.fromFile(join(ROOT, 'bridge/deploy/policy.example.yaml'))).resolves.toBeInstanceOf(
      Policy,
    )
  })

  it.skipIf(!KUBECTL)(`renders with kustomize to exactly these manifests${NEEDS_KUBECTL}`, () => {
    const rendered = kustomize('bridge/deploy/k8s')!
    const kinds = (docs: Manifest[]) => docs.map((d) => `${d.kind}/${d.metadata.name}`).sort()
    expect(kinds(rendered)).toEqual(kinds(all.filter((d) => d.kind !== 'Kustomization')))
  })
})

describe('Kubernetes SQLite overlay: one replica', () => {
  const dir = 'bridge/deploy/k8s-sqlite'
  const kustomization = yamlDocs<Manifest>(`${dir}/kustomization.yaml`)[0]!

  it('adds the volume to the base and patches it, every file of the directory used', () => {
    expect(kustomization.resources).toEqual(['../k8s', 'pvc.yaml'])
    const patches = kustomization.patches.map((p) => p.path)
    const present = readdirSync(join(ROOT, dir)).filter((f) => f.endsWith('.yaml'))
    expect([...patches, 'pvc.yaml', 'kustomization.yaml'].sort()).toEqual(present.sort())
  })

  it('patches to one replica, replaced by Recreate, on a ReadWriteOnce SQLite volume', () => {
    const patch = yamlDocs<Manifest>(`${dir}/deployment-patch.yaml`)[0]!
    expect(patch.spec.replicas).toBe(1)
    // `$patch: replace`, so the base's rollingUpdate does not survive beside Recreate (which refuses it).
    expect(patch.spec.strategy).toEqual({ $patch: 'replace', type: 'Recreate' })
    const pvc = yamlDocs<{ kind: string; metadata: { name: string }; spec: { accessModes: string[] } }>(
      `${dir}/pvc.yaml`,
    )[0]!
    expect(pvc.spec.accessModes).toEqual(['ReadWriteOnce'])
    const data = patch.spec.template.spec.volumes.find((v) => v.persistentVolumeClaim)!
    expect(data.persistentVolumeClaim!.claimName).toBe(pvc.metadata.name)
    const config = yamlDocs<Manifest>(`${dir}/configmap-patch.yaml`)[0]!
    const mount = patch.spec.template.spec.containers[0]!.volumeMounts.find((v) => v.name === data.name)!
    const location = parseDatabaseUrl(config.data.DATABASE_URL!)
    expect(location.dialect).toBe('sqlite')
    expect(location.dialect === 'sqlite' && location.filename.startsWith(`${mount.mountPath}/`)).toBe(true)
  })

  it.skipIf(!KUBECTL)(
    `renders one replica on SQLite, with no Postgres setting or spread left${NEEDS_KUBECTL}`,
    async () => {
      const m = manifestsOf(kustomize(dir)!)
      expect(m.deployment.spec.replicas).toBe(1)
      expect(m.deployment.spec.strategy).toEqual({ type: 'Recreate' })
      expect(m.pod.topologySpreadConstraints).toBeUndefined()
      const writable = m.container.volumeMounts.filter((v) => !v.readOnly).map((v) => v.mountPath)
      expect(writable.sort()).toEqual(['/data', '/tmp'])
      const claim = m.pod.volumes.find((v) => v.persistentVolumeClaim)!.persistentVolumeClaim!.claimName
      expect(m.byKind('PersistentVolumeClaim').map((p) => p.metadata.name)).toEqual([claim])
      expect(parseDatabaseUrl(m.settings.DATABASE_URL!).dialect).toBe('sqlite')
      expect(m.settings.DATABASE_PASSWORD_FILE).toBeUndefined()
      expect(m.secret.stringData['database-password']).toBeUndefined()
      // The budget still lets a drain evict the one pod (a minAvailable would block every drain).
      const budget = m.byKind('PodDisruptionBudget')[0]!
      expect(budget.spec.maxUnavailable).toBe(1)
      expect(m.pod.terminationGracePeriodSeconds).toBeGreaterThan(
        preStopSeconds(m.container) + Number(m.settings.SHUTDOWN_GRACE_SECONDS),
      )
      expectConfigWiring(m)
      const policy = m.byKind('ConfigMap').find((c) => c.metadata.name === 'okta-jml-bridge-policy')!
      const config = await loadedConfig(
        m.settings,
        { dir: m.secretMount.mountPath, keys: Object.keys(m.secret.stringData) },
        { path: m.settings.BRIDGE_POLICY_FILE!, text: policy.data['policy.yaml']! },
      )
      expectProductionConfig(config, m.settings)
    },
  )
})

describe('Compose', () => {
  const compose = yamlDocs<ComposeFile>('bridge/deploy/compose.yaml')[0]!
  const bridge = compose.services.bridge
  const postgres = compose.services.postgres

  it('builds the Dockerfile from the repository root and runs it read-only, non-root, without capabilities', () => {
    expect(bridge.build).toEqual({ context: '../..', dockerfile: 'bridge/Dockerfile' })
    expect(bridge.read_only).toBe(true)
    expect(bridge.user).toBe('1000:1000')
    expect(bridge.cap_drop).toEqual(['ALL'])
    expect(bridge.security_opt).toContain('no-new-privileges:true')
    // The image's tini is PID 1 (a second init from `init: true` would only stand in front of it).
    expect(bridge.init).toBeUndefined()
  })

  it('runs Postgres from the official image pinned by tag, its data on a volume, its password a secret file', () => {
    expect(postgres.image).toMatch(/^postgres:\d+\.\d+-bookworm$/)
    const [volume, path] = postgres.volumes[0]!.split(':')
    expect(postgres.volumes).toHaveLength(1)
    expect(path).toBe('/var/lib/postgresql/data')
    expect(Object.keys(compose.volumes)).toEqual([volume])
    expect(postgres.environment.POSTGRES_PASSWORD).toBeUndefined()
    const secretName = postgres.environment.POSTGRES_PASSWORD_FILE!.replace(/^\/run\/secrets\//, '')
    expect(postgres.secrets).toEqual([secretName])
    expect(compose.secrets[secretName]!.file).toMatch(/^\.\/secrets\//)
    // Reached only by the bridge on the compose network.
    expect(postgres.ports).toBeUndefined()
  })

  it('starts the bridge once pg_isready answers over TCP, on a password-less URL and the same secret file', () => {
    expect(postgres.healthcheck.test.slice(0, 2)).toEqual(['CMD', 'pg_isready'])
    expect(postgres.healthcheck.test).toEqual(expect.arrayContaining(['-h', '127.0.0.1']))
    expect(bridge.depends_on).toEqual({ postgres: { condition: 'service_healthy' } })
    const location = parseDatabaseUrl(bridge.environment.DATABASE_URL!)
    expect(location).toMatchObject({
      dialect: 'postgres',
      host: 'postgres',
      user: postgres.environment.POSTGRES_USER,
      database: postgres.environment.POSTGRES_DB,
    })
    // The parsed location has a `password` member only when the URL carries one.
    expect(location).not.toHaveProperty('password')
    expect(bridge.environment.DATABASE_PASSWORD_FILE).toBe(postgres.environment.POSTGRES_PASSWORD_FILE)
  })

  it('limits memory, writes nothing but /tmp, and sets only variables the bridge reads, secrets as files', () => {
    expect(bridge.deploy.resources.limits.memory).toMatch(/^\d+[MG]$/)
    expect(bridge.volumes ?? []).toEqual([])
    expect(bridge.tmpfs.map((t) => t.split(':')[0])).toEqual(['/tmp'])
    expect(bridge.secrets.sort()).toEqual(Object.keys(compose.secrets).sort())
    for (const [name, definition] of Object.entries(compose.secrets)) {
      expect(definition.file, name).toMatch(/^\.\/secrets\//)
      const variable = Object.entries(bridge.environment).find(
        ([, value]) => value === `/run/secrets/${name}`,
      )
      expect(variable?.[0], name).toMatch(/_FILE$/)
      expect(VARIABLES.secrets.has(variable![0].replace(/_FILE$/, '')), name).toBe(true)
    }
    const unknown = Object.keys(bridge.environment).filter((name) => !VARIABLES.all.has(name))
    expect(unknown, 'variables the bridge does not read').toEqual([])
    for (const name of VARIABLES.secrets) expect(bridge.environment[name], name).toBeUndefined()
    expect(bridge.environment.NODE_ENV).toBe('production')
  })

  it('is a configuration the bridge accepts, with the required variables given and real secret files', async () => {
    // `${NAME:?message}`: compose refuses to start without them; given here as an operator would.
    const given: Record<string, string> = {
      OKTA_ORG_URL: 'https://example.okta.com',
      OKTA_CLIENT_ID: '0oaexampleclient0001',
      OKTA_KEY_ID: 'bridge-key-1',
    }
    const settings: Record<string, string> = {}
    for (const [name, value] of Object.entries(bridge.environment)) {
      const required = /^\$\{(\w+):\?[^}]*\}$/.exec(value)
      settings[name] = required ? given[required[1]!]! : value
      expect(settings[name], name).toEqual(expect.any(String))
    }
    const policy = yamlDocs<{ configs: Record<string, { file: string }> }>('bridge/deploy/compose.yaml')[0]!
      .configs.policy!.file
    const config = await loadedConfig(
      settings,
      { dir: '/run/secrets', keys: Object.keys(compose.secrets) },
      {
        path: settings.BRIDGE_POLICY_FILE!,
        text: readFileSync(join(ROOT, 'bridge/deploy', policy), 'utf8'),
      },
    )
    expectProductionConfig(config, settings)
  })

  it('gives the bridge more time to stop than its own shutdown grace', () => {
    expect(Number.parseInt(bridge.stop_grace_period, 10)).toBeGreaterThan(
      Number(bridge.environment.SHUTDOWN_GRACE_SECONDS),
    )
  })
})
