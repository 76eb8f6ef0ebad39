/**
 * The image and the manifests, read as what they are — Dockerfile instructions parsed, YAML parsed — so the
 * properties operators rely on cannot silently regress: a pinned Node LTS slim base, a non-root user, an
 * init, a healthcheck on /healthz with node, writes only under /data; in Kubernetes runAsNonRoot, a
 * read-only root filesystem, dropped capabilities, probes, requests and limits, secrets as files; in Compose
 * a memory limit and secrets as files. The example policy is a policy the bridge accepts.
 */
import { readFileSync } from 'node:fs'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseAllDocuments } from 'yaml'
import { Policy } from '../../bridge/policy/policy.js'
import { envOf, parseDockerfile, ROOT, type Stage } from './support.js'

const dockerfile = parseDockerfile(readFileSync(join(ROOT, 'bridge/Dockerfile'), 'utf8'))
const stage = (name: string): Stage => dockerfile.stages.find((s) => s.name === name)!
const runtime = dockerfile.stages[dockerfile.stages.length - 1]!

/** What the assertions read of a container in the Deployment. */
interface Container {
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
  spec: {
    replicas: number
    strategy: { type: string }
    selector: { matchLabels: unknown } & Record<string, unknown>
    ports: unknown[]
    template: {
      spec: {
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
    bridge: {
      build: unknown
      read_only: boolean
      user: string
      cap_drop: string[]
      security_opt: string[]
      init?: boolean
      deploy: { resources: { limits: { memory: string } } }
      volumes: string[]
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
    expect(cmd.args).toEqual(['node', 'build/bridge/main.js'])
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

describe('Kubernetes manifests', () => {
  const all = [
    'deployment.yaml',
    'service.yaml',
    'secret.yaml',
    'configmap.yaml',
    'pvc.yaml',
    'kustomization.yaml',
  ].flatMap((file) => yamlDocs<Manifest>(`bridge/deploy/k8s/${file}`))
  const byKind = (kind: string) => all.filter((d) => d.kind === kind)
  const deployment = byKind('Deployment')[0]!
  const pod = deployment.spec.template.spec
  const container = pod.containers[0]!

  it('lists every manifest in the kustomization', () => {
    const kustomization = byKind('Kustomization')[0]!
    expect(kustomization.resources.sort()).toEqual(
      ['configmap.yaml', 'deployment.yaml', 'pvc.yaml', 'secret.yaml', 'service.yaml'].sort(),
    )
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
    // The image's user, so files it created on /data stay readable across restarts.
    const [uid] = runtime.instructions.find((i) => i.keyword === 'USER')!.args[0]!.split(':')
    expect(pod.securityContext.runAsUser).toBe(Number(uid))
  })

  it('probes liveness on /healthz and readiness on /readyz, and has requests and limits', () => {
    expect(container.livenessProbe.httpGet).toEqual({ path: '/healthz', port: 'http' })
    expect(container.readinessProbe.httpGet).toEqual({ path: '/readyz', port: 'http' })
    expect(container.startupProbe.httpGet.path).toBe('/healthz')
    expect(container.ports).toContainEqual({ name: 'http', containerPort: 8080 })
    expect(container.resources.requests).toEqual({ cpu: expect.any(String), memory: expect.any(String) })
    expect(container.resources.limits).toEqual({ cpu: expect.any(String), memory: expect.any(String) })
  })

  it('writes only to the data volume and an in-memory /tmp, and stops within the grace period', () => {
    const mounts = container.volumeMounts as { name: string; mountPath: string; readOnly?: boolean }[]
    const writable = mounts.filter((m) => !m.readOnly).map((m) => m.mountPath)
    expect(writable.sort()).toEqual(['/data', '/tmp'])
    const volumes = pod.volumes
    expect(volumes.find((v) => v.name === 'data')!.persistentVolumeClaim!.claimName).toBe(
      byKind('PersistentVolumeClaim')[0]!.metadata.name,
    )
    // One replica owns the SQLite volume; Recreate lets the old pod finish before the new one opens it.
    expect(deployment.spec.replicas).toBe(1)
    expect(deployment.spec.strategy.type).toBe('Recreate')
    const env = byKind('ConfigMap').find((c) => c.metadata.name === 'okta-jml-bridge')!.data
    expect(pod.terminationGracePeriodSeconds).toBeGreaterThan(Number(env.SHUTDOWN_GRACE_SECONDS))
  })

  it('passes secrets as files from the Secret, never as environment values', () => {
    const secret = byKind('Secret')[0]!
    const secretVolume = pod.volumes.find((v) => v.secret)!
    expect(secretVolume.secret!.secretName).toBe(secret.metadata.name)
    expect(secretVolume.secret!.defaultMode).toBe(0o440)
    const mount = container.volumeMounts.find((m) => m.name === secretVolume.name)!
    expect(mount.readOnly).toBe(true)
    expect(container.env ?? []).toEqual([])
    const env = byKind('ConfigMap').find((c) => c.metadata.name === 'okta-jml-bridge')!.data as Record<
      string,
      string
    >
    for (const key of Object.keys(secret.stringData)) {
      const variable = Object.entries(env).find(([, value]) => value === `${mount.mountPath}/${key}`)
      expect(variable?.[0], key).toMatch(/_FILE$/)
    }
    for (const name of ['OKTA_PRIVATE_KEY', 'BRIDGE_CLIENT_TOKENS', 'METRICS_TOKEN'])
      expect(env[name], name).toBeUndefined()
    expect(env.NODE_ENV).toBe('production')
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
})

describe('Compose', () => {
  const compose = yamlDocs<ComposeFile>('bridge/deploy/compose.yaml')[0]!
  const bridge = compose.services.bridge

  it('builds the Dockerfile from the repository root and runs it read-only, non-root, without capabilities', () => {
    expect(bridge.build).toEqual({ context: '../..', dockerfile: 'bridge/Dockerfile' })
    expect(bridge.read_only).toBe(true)
    expect(bridge.user).toBe('1000:1000')
    expect(bridge.cap_drop).toEqual(['ALL'])
    expect(bridge.security_opt).toContain('no-new-privileges:true')
    // The image's tini is PID 1 (a second init from `init: true` would only stand in front of it).
    expect(bridge.init).toBeUndefined()
  })

  it('limits memory, keeps state on the data volume and secrets in files', () => {
    expect(bridge.deploy.resources.limits.memory).toMatch(/^\d+[MG]$/)
    expect(bridge.volumes).toEqual(['bridge-data:/data'])
    expect(Object.keys(compose.volumes)).toEqual(['bridge-data'])
    expect(bridge.secrets.sort()).toEqual(Object.keys(compose.secrets).sort())
    for (const [name, definition] of Object.entries(compose.secrets as Record<string, { file: string }>)) {
      expect(definition.file, name).toMatch(/^\.\/secrets\//)
      const variable = Object.entries(bridge.environment as Record<string, string>).find(
        ([, value]) => value === `/run/secrets/${name}`,
      )
      expect(variable?.[0], name).toMatch(/_FILE$/)
    }
    for (const name of ['OKTA_PRIVATE_KEY', 'BRIDGE_CLIENT_TOKENS', 'METRICS_TOKEN'])
      expect(bridge.environment[name], name).toBeUndefined()
    expect(bridge.environment.NODE_ENV).toBe('production')
  })

  it('gives the bridge more time to stop than its own shutdown grace', () => {
    expect(Number.parseInt(bridge.stop_grace_period, 10)).toBeGreaterThan(
      Number(bridge.environment.SHUTDOWN_GRACE_SECONDS),
    )
  })
})
