/**
 * A private PostgreSQL server for tests and benches: Debian's postgresql-15 binaries, a data folder
 * of its own and a port of its own, so nothing depends on a system cluster. PostgreSQL refuses to
 * run as root; as root the server runs as the `postgres` user, which the Debian package creates.
 * `.ci/run` installs the package (.ci/apt-packages); the binaries are looked up under
 * /usr/lib/postgresql/<version>/bin or on PATH.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { DATA_DIR_PREFIX, sweepStaleServers, watchServer } from './postgres-watchdog';

export interface PostgresServer {
  /** postgres://… for the `postgres` database; `createDatabase` gives each test its own. */
  url: string;
  port: number;
  dataDir: string;
  /** A new database, empty or a copy of `template` (which must have no open connections). */
  createDatabase(name?: string, options?: CreateDatabaseOptions): Promise<string>;
  stop(): Promise<void>;
}

export function postgresBinDir(): string {
  const root = '/usr/lib/postgresql';
  if (fs.existsSync(root)) {
    const versions = fs.readdirSync(root).filter((v) => fs.existsSync(path.join(root, v, 'bin', 'initdb')));
    versions.sort((a, b) => Number(b) - Number(a));
    if (versions[0]) return path.join(root, versions[0], 'bin');
  }
  const found = spawnSync('sh', ['-c', 'command -v initdb'], { encoding: 'utf8' }).stdout.trim();
  if (found) return path.dirname(found);
  throw new Error('PostgreSQL server binaries not found: install Debian package postgresql (listed in .ci/apt-packages)');
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

/** Runs a server binary, as `postgres` when we are root. */
function runAsOwner(bin: string, args: string[]): void {
  const [cmd, argv] = isRoot ? ['runuser', ['-u', 'postgres', '--', bin, ...args]] : [bin, args];
  execFileSync(cmd, argv, { stdio: ['ignore', 'pipe', 'pipe'] });
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Data folders of servers this process started and has not stopped: stopped when it exits. */
const running = new Set<string>();
process.once('exit', () => {
  for (const dataDir of running) {
    try {
      runAsOwner(path.join(postgresBinDir(), 'pg_ctl'), ['-D', dataDir, '-m', 'immediate', 'stop']);
      fs.rmSync(dataDir, { recursive: true, force: true });
    } catch {
      // Already gone.
    }
  }
});

export interface CreateDatabaseOptions {
  /** Copy this database (CREATE DATABASE … TEMPLATE): a migrated schema without running migrations again. */
  template?: string;
}

/** A database name as an SQL identifier; the names here are ours, so quotes are simply dropped. */
const ident = (name: string) => `"${name.replace(/"/g, '')}"`;

export interface StartPostgresOptions {
  /** Extra postgresql.conf settings, e.g. { max_connections: '200' }. */
  settings?: Record<string, string>;
}

/** Servers whose run was killed are swept once per process, before its first server starts. */
let swept = false;

export async function startPostgres(options: StartPostgresOptions = {}): Promise<PostgresServer> {
  const bin = postgresBinDir();
  if (!swept) {
    swept = true;
    sweepStaleServers(path.join(bin, 'pg_ctl'), isRoot);
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), DATA_DIR_PREFIX));
  if (isRoot) execFileSync('chown', ['postgres:postgres', dataDir]);
  runAsOwner(path.join(bin, 'initdb'), ['-D', dataDir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8', '--no-sync']);
  const port = await freePort();
  const settings: Record<string, string> = {
    listen_addresses: "'127.0.0.1'",
    port: String(port),
    unix_socket_directories: `'${dataDir}'`,
    max_connections: '200',
    // A test server: durability is what the tests of crashes check on SQLite; here speed matters.
    fsync: 'off',
    synchronous_commit: 'off',
    full_page_writes: 'off',
    // Small: test files each start a server, and a server left behind by a killed run would
    // otherwise hold 128 MB of shared memory until the machine runs out.
    shared_buffers: '16MB',
    ...options.settings,
  };
  fs.appendFileSync(
    path.join(dataDir, 'postgresql.conf'),
    Object.entries(settings)
      .map(([k, v]) => `${k} = ${v}\n`)
      .join(''),
  );
  // Watched before it starts: a run killed during the start still has its server stopped.
  watchServer(dataDir, path.join(bin, 'pg_ctl'), isRoot);
  runAsOwner(path.join(bin, 'pg_ctl'), ['-D', dataDir, '-l', path.join(dataDir, 'server.log'), '-w', '-t', '60', 'start']);
  running.add(dataDir);
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  let counter = 0;
  return {
    url,
    port,
    dataDir,
    async createDatabase(name = `t${process.pid}_${Date.now()}_${++counter}`, options: CreateDatabaseOptions = {}) {
      const { default: pg } = await import('pg');
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        await client.query(`CREATE DATABASE ${ident(name)}${options.template ? ` TEMPLATE ${ident(options.template)}` : ''}`);
      } finally {
        await client.end();
      }
      return `postgres://postgres@127.0.0.1:${port}/${name}`;
    },
    async stop() {
      running.delete(dataDir);
      try {
        runAsOwner(path.join(bin, 'pg_ctl'), ['-D', dataDir, '-m', 'immediate', '-w', 'stop']);
      } finally {
        fs.rmSync(dataDir, { recursive: true, force: true });
      }
    },
  };
}
