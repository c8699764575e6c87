import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { postgresBinDir } from '../../testing/postgres-server';
import { sweepStaleServers } from '../../testing/postgres-watchdog';

interface Held {
  dataDir: string;
  url: string;
  kill(): Promise<void>;
}

/** Starts a server in a child process (fixtures/hold-postgres.ts) and returns once it is up. */
function holdPostgres(...args: string[]): Promise<Held> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'fixtures', 'hold-postgres.ts'), ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d));
    child.on('error', reject);
    child.on('exit', (code) => reject(new Error(`holder exited (${code}) before its server was up: ${err}`)));
    child.stdout.on('data', (d: Buffer) => {
      out += d;
      if (!out.includes('\n')) return;
      const { dataDir, url } = JSON.parse(out) as { dataDir: string; url: string };
      resolve({
        dataDir,
        url,
        kill: () =>
          new Promise((done) => {
            child.removeAllListeners('exit');
            child.once('exit', () => done());
            child.kill('SIGKILL');
          }),
      });
    });
  });
}

async function accepts(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

async function until(check: () => Promise<boolean>, ms: number): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < ms) {
    if (await check()) return Date.now() - started;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`not within ${ms} ms`);
}

const gone = (held: Held) => async () => !fs.existsSync(held.dataDir) && !(await accepts(held.url));

describe('test PostgreSQL servers do not outlive their run', () => {
  it('stop within seconds when the process that started them is SIGKILLed', async () => {
    const held = await holdPostgres();
    expect(await accepts(held.url)).toBe(true);
    await held.kill();
    // The watchdog polls once a second; pg_ctl's immediate stop takes well under a second more.
    await until(gone(held), 8_000);
  });

  it('are swept at the next start when their watchdog was killed too', async () => {
    const held = await holdPostgres('--no-watchdog');
    await held.kill();
    // Nothing stops it on its own now: it is still up a while later (checked at once, before
    // another test file's first start, running in parallel, may sweep it as this one would).
    expect(await accepts(held.url)).toBe(true);
    const removed = sweepStaleServers(path.join(postgresBinDir(), 'pg_ctl'), process.getuid?.() === 0);
    expect(removed).toContain(held.dataDir);
    await until(gone(held), 5_000);
  });

  it("leave a live owner's server alone when sweeping", async () => {
    const held = await holdPostgres();
    try {
      const removed = sweepStaleServers(path.join(postgresBinDir(), 'pg_ctl'), process.getuid?.() === 0);
      expect(removed).not.toContain(held.dataDir);
      expect(await accepts(held.url)).toBe(true);
    } finally {
      await held.kill();
      await until(gone(held), 8_000);
    }
  });
});
