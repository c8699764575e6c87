/**
 * The reader never touches the network: a child process runs it with every network entry
 * point (fetch, sockets, DNS) stubbed to record and fail, in the main thread and in worker
 * threads alike, and the record must hold nothing but the deliberate control request.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { FIXTURE_DIR } from './support/fixtures';

it('reads a receipt with the network blocked and attempts no request', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ocr-offline-'));
  const log = path.join(dir, 'network.log');
  fs.writeFileSync(log, '');
  try {
    const run = spawnSync(
      process.execPath,
      [
        '--require',
        path.join(import.meta.dirname, 'support/block-network.cjs'),
        '--import',
        'tsx',
        path.join(import.meta.dirname, 'support/read-offline.ts'),
        path.join(FIXTURE_DIR, 'en-clean-phone.png'),
        path.join(dir, 'lang'),
      ],
      { env: { ...process.env, NETWORK_LOG: log }, encoding: 'utf8', timeout: 90_000 },
    );
    expect(run.status, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout.trim().split('\n').at(-1)!)).toEqual({ date: '2025-03-15' });
    const attempts = fs.readFileSync(log, 'utf8').trim().split('\n').filter(Boolean);
    // The control proves the stubs are live inside worker threads, where tesseract runs.
    expect(attempts.filter((a) => a.includes('control.invalid'))).toHaveLength(1);
    expect(attempts.filter((a) => !a.includes('control.invalid'))).toEqual([]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}, 120_000);
