import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestDesk, type TestDesk } from '../../testing/desk';

// One process's promises (same key, same ticket; other content, a conflict; a burst, one row) are in
// the store contract (test/contracts/stores/ticket-store.contract.ts); this is SQLite across processes.
describe('idempotent ticket creation across processes on one SQLite file', () => {
  let desk: TestDesk;
  beforeEach(async () => {
    desk = await openTestDesk();
  });
  afterEach(() => desk.dispose());

  it('makes exactly one row when several processes create with one key at once', async () => {
    await desk.close();
    const script = path.join(import.meta.dirname, 'fixtures', 'create-once.ts');
    const file = path.join(desk.dir, 'desk.db');
    const outputs = await Promise.all(
      Array.from(
        { length: 4 },
        () =>
          new Promise<string>((resolve, reject) => {
            const child = spawn(process.execPath, ['--import', 'tsx', script, file, 'shared-key'], { stdio: ['ignore', 'pipe', 'inherit'] });
            let out = '';
            child.stdout.on('data', (d: Buffer) => (out += d));
            child.on('error', reject);
            child.on('close', (code) => (code === 0 ? resolve(out.trim()) : reject(new Error(`child exited ${code}`))));
          }),
      ),
    );
    const numbers = outputs.map((o) => JSON.parse(o) as { number: string; created: boolean });
    expect(new Set(numbers.map((n) => n.number)).size).toBe(1);
    expect(numbers.filter((n) => n.created)).toHaveLength(1);
  }, 60_000);
});
