/**
 * The store's dialects for one parameterised suite (`describe.each(STORE_DIALECTS)`): SQLite on a fresh file
 * per database, and Postgres on a throw-away cluster this helper starts itself (`initdb` and `pg_ctl` from the
 * Debian `postgresql` package, as the unprivileged user `nobody` because `initdb` refuses root, on a free
 * loopback port in a temporary directory, password authentication on so the URL's password is really used).
 * Without `initdb` the Postgres half is skipped with a message saying so — never silently passed.
 */
import { spawnSync } from 'node:child_process'
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'
import { freePort } from './free-port.js'

/** One dialect's source of fresh, empty databases. */
export interface StoreDialect {
  name: 'sqlite' | 'postgres'
  /** Why this dialect cannot run here (the suite skips it and says so), or undefined. */
  unavailable: string | undefined
  /** Prepares the dialect (starts Postgres); call in `beforeAll`. */
  start(): Promise<void>
  /** A `DATABASE_URL` naming a new, empty database. */
  newDatabaseUrl(): Promise<string>
  /** Stops and removes everything `start` made; call in `afterAll`. */
  stop(): Promise<void>
}

/** The directory holding `initdb` and `pg_ctl`: Debian's newest `/usr/lib/postgresql/<n>/bin`, else none. */
export function findPostgresBin(): string | undefined {
  const root = '/usr/lib/postgresql'
  if (!existsSync(root)) return undefined
  const versions = readdirSync(root)
    .filter((v) => /^\d+$/.test(v))
    .sort((x, y) => Number(y) - Number(x))
  for (const version of versions) {
    const bin = join(root, version, 'bin')
    if (existsSync(join(bin, 'initdb')) && existsSync(join(bin, 'pg_ctl'))) return bin
  }
  return undefined
}

/** uid and gid of `nobody` (Debian), who owns the cluster when the tests run as root. */
const NOBODY = 65534

function isRoot(): boolean {
  return process.getuid?.() === 0
}

/** Runs a Postgres tool, as `nobody` when we are root; throws with its output when it fails. */
function run(command: string, args: string[]): void {
  const result = isRoot()
    ? spawnSync('runuser', ['-u', 'nobody', '--', command, ...args], { encoding: 'utf8' })
    : spawnSync(command, args, { encoding: 'utf8' })
  if (result.status !== 0) {
    throw new Error(`${command} failed (${result.status}): ${result.stderr || result.stdout}`)
  }
}

/** The role and password of the throw-away cluster (URL-unsafe characters, so encoding is exercised). */
export const PG_USER = 'bridge'
export const PG_PASSWORD = 'p@ss:w/rd%1'

/** A running throw-away Postgres cluster. */
export class PostgresCluster {
  private constructor(
    readonly dir: string,
    readonly port: number,
    private readonly bin: string,
  ) {}

  /** initdb + pg_ctl start as `nobody`; throws with the server's log when it does not come up. */
  static async start(bin: string): Promise<PostgresCluster> {
    const dir = mkdtempSync(join(tmpdir(), 'bridge-pg-'))
    chmodSync(dir, 0o700)
    const pwfile = join(dir, 'pwfile')
    writeFileSync(pwfile, `${PG_PASSWORD}\n`)
    // initdb refuses root: as root (CI containers) the cluster belongs to `nobody`; an unprivileged developer
    // runs the tools as themselves.
    if (isRoot()) {
      chownSync(dir, NOBODY, NOBODY)
      chownSync(pwfile, NOBODY, NOBODY)
    }
    const port = await freePort()
    const data = join(dir, 'data')
    run(join(bin, 'initdb'), [
      '-D',
      data,
      '-U',
      PG_USER,
      `--pwfile=${pwfile}`,
      '--auth=scram-sha-256',
      '-E',
      'UTF8',
      '--locale=C',
      '--no-sync',
    ])
    run(join(bin, 'pg_ctl'), [
      '-D',
      data,
      '-l',
      join(dir, 'server.log'),
      '-w',
      '-o',
      `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200`,
      'start',
    ])
    return new PostgresCluster(dir, port, bin)
  }

  /** The URL of `database` with the password in it. */
  url(database: string): string {
    return `postgres://${PG_USER}:${encodeURIComponent(PG_PASSWORD)}@127.0.0.1:${this.port}/${database}`
  }

  /** Creates an empty database and answers its name. */
  async createDatabase(name: string): Promise<string> {
    const client = new pg.Client({
      host: '127.0.0.1',
      port: this.port,
      user: PG_USER,
      password: PG_PASSWORD,
      database: 'postgres',
    })
    await client.connect()
    try {
      await client.query(`create database "${name}"`)
    } finally {
      await client.end()
    }
    return name
  }

  /** Stops the server at once (nothing in it is worth a clean shutdown) and removes its directory. */
  stop(): void {
    try {
      run(join(this.bin, 'pg_ctl'), ['-D', join(this.dir, 'data'), '-m', 'immediate', '-w', 'stop'])
    } finally {
      rmSync(this.dir, { recursive: true, force: true })
    }
  }
}

function sqliteDialect(): StoreDialect {
  let dir: string | undefined
  let count = 0
  return {
    name: 'sqlite',
    unavailable: undefined,
    async start() {
      dir = mkdtempSync(join(tmpdir(), 'bridge-sqlite-'))
    },
    async newDatabaseUrl() {
      if (dir === undefined) throw new Error('start() the dialect first')
      count += 1
      return `sqlite:${join(dir, `bridge-${count}.db`)}`
    },
    async stop() {
      if (dir !== undefined) rmSync(dir, { recursive: true, force: true })
    },
  }
}

function postgresDialect(): StoreDialect {
  const bin = findPostgresBin()
  let cluster: PostgresCluster | undefined
  let count = 0
  return {
    name: 'postgres',
    unavailable:
      bin === undefined
        ? 'initdb not found under /usr/lib/postgresql/*/bin: install the Debian package postgresql (apt-get install -y postgresql) to run the Postgres half'
        : undefined,
    async start() {
      if (bin === undefined) throw new Error('Postgres is not installed')
      cluster = await PostgresCluster.start(bin)
    },
    async newDatabaseUrl() {
      if (cluster === undefined) throw new Error('start() the dialect first')
      count += 1
      return cluster.url(await cluster.createDatabase(`bridge_${count}`))
    },
    async stop() {
      cluster?.stop()
    },
  }
}

/** Both dialects, for `describe.each(storeDialects())`: each file gets its own SQLite directory and cluster. */
export function storeDialects(): StoreDialect[] {
  return [sqliteDialect(), postgresDialect()]
}
