import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SqliteDatabase } from '../../storage/sqlite/database';
import { tempDir } from '../../testing/temp-dir';

const KILLS = 20;

/** Starts the writer, lets it run for `ms` after it is ready, kills it with SIGKILL, returns what it acknowledged. */
function runAndKill(script: string, file: string, run: number, ms: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, file, String(run)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d;
      if (out.includes('READY\n') && !child.killed) setTimeout(() => child.kill('SIGKILL'), ms);
    });
    child.stderr.on('data', (d: Buffer) => (err += d));
    child.on('error', reject);
    // Everything the child wrote before dying is still read from the pipe before 'close'.
    child.on('close', (_code, signal) => {
      if (signal !== 'SIGKILL') return reject(new Error(`writer ended without being killed: ${err}`));
      resolve([...out.matchAll(/^ACK (\S+)$/gm)].map((m) => m[1]!));
    });
  });
}

describe('durability under SIGKILL', () => {
  const { dir, cleanup } = tempDir('durability-');
  afterAll(cleanup);

  it(`keeps every acknowledged ticket and an intact file across ${KILLS} kills`, async () => {
    const file = path.join(dir, 'desk.db');
    const script = path.join(import.meta.dirname, 'fixtures', 'create-loop.ts');
    const acknowledged: string[] = [];
    for (let run = 0; run < KILLS; run++) {
      // Random moments, from "barely started" to "well into a burst of commits".
      acknowledged.push(...(await runAndKill(script, file, run, Math.floor(Math.random() * 250))));
    }
    expect(acknowledged.length).toBeGreaterThan(KILLS);

    const db = await SqliteDatabase.open(file);
    try {
      expect(await db.all('PRAGMA integrity_check')).toEqual([{ integrity_check: 'ok' }]);
      expect(await db.all('PRAGMA foreign_key_check')).toEqual([]);
      const stored = new Set((await db.all<{ number: string }>('SELECT number FROM tickets')).map((r) => r.number));
      const lost = acknowledged.filter((n) => !stored.has(n));
      expect(lost).toEqual([]);
      // Each stored ticket came with its audit event: no half-written creates.
      const orphans = await db.all(`SELECT t.number FROM tickets t WHERE NOT EXISTS (SELECT 1 FROM ticket_events e WHERE e.ticket_id = t.id)`);
      expect(orphans).toEqual([]);
    } finally {
      await db.close();
    }
  }, 180_000);
});
