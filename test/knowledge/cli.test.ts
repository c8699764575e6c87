import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { faultCase, tempDir, writeFiles } from './helpers';

const run = promisify(execFile);
const BIN = path.join(import.meta.dirname, '..', '..', 'bin', 'aftersales.js');

/** Runs the real CLI in a child process against its own data folder. */
async function cli(args: string[], dataDir: string): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], {
      env: { ...process.env, AFTERSALES_DATA_DIR: dataDir, EMBEDDINGS: 'local' },
      cwd: tempDir('kb-cli-cwd-'), // no stray .env from the developer's folder
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('aftersales kb (child process)', () => {
  let dataDir: string;
  // The shared folder is seeded with the sample base and its index built once, before any test:
  // the tests read it in whatever order vitest shuffles them.
  beforeAll(async () => {
    dataDir = tempDir('kb-cli-');
    expect((await cli(['kb', 'stats', '--json'], dataDir)).code).toBe(0);
  });

  it('searches the sample knowledge base on a fresh data folder, as JSON', async () => {
    // A folder of its own: the shared one is no longer fresh once another test has used it.
    const r = await cli(['kb', 'search', '空调 显示E1', '--json', '--k', '3'], tempDir('kb-cli-fresh-'));
    expect(r.code).toBe(0);
    const result = JSON.parse(r.stdout);
    expect(result.status).toBe('answered');
    expect(result.results).toHaveLength(3);
    expect(result.results[0].matched.errorCodes).toEqual(['E1']);
    expect(r.stderr).toMatch(/loading/);
  });

  it('prints a table for people, with the top case’s steps', async () => {
    const r = await cli(['kb', 'search', '洗衣机', '不脱水', '--category', 'washing_machine'], dataDir);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/wm-no-spin/);
    expect(r.stdout).toMatch(/steps/);
  });

  it('says so when nothing matches, and refuses an empty question with exit 2', async () => {
    expect((await cli(['kb', 'search', 'what is the weather in shanghai'], dataDir)).stdout).toMatch(/No matching case/);
    const empty = await cli(['kb', 'search', '  '], dataDir);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toMatch(/kb_empty_query/);
    const badK = await cli(['kb', 'search', 'x', '--k', '0'], dataDir);
    expect(badK.code).toBe(2);
  });

  it('shows stats as JSON', async () => {
    const r = await cli(['kb', 'stats', '--json'], dataDir);
    expect(r.code).toBe(0);
    const stats = JSON.parse(r.stdout);
    expect(stats.byKind.fault).toBeGreaterThanOrEqual(150);
    expect(stats.indexStatusAtOpen).toBe('loaded');
  });

  it('ingests a folder, exits 2 naming a broken entry, and loads the rest', async () => {
    const dir = writeFiles(tempDir(), {
      'mine.json': JSON.stringify([faultCase('my-case-1'), faultCase('my-case-2', { category: 'spaceship' })], null, 2),
    });
    // Its own data folder: what it loads must not change what the other tests search.
    const own = tempDir('kb-cli-ingest-');
    const r = await cli(['kb', 'ingest', dir, '--json'], own);
    expect(r.code).toBe(2);
    const report = JSON.parse(r.stdout);
    expect(report).toMatchObject({ added: 1, ok: false });
    expect(report.issues[0]).toMatchObject({ entryId: 'my-case-2', field: '[1].category' });
    expect(r.stderr).toMatch(/kb_ingest_rejected/);
    const again = await cli(['kb', 'ingest', dir], own);
    expect(again.stdout).toMatch(/unchanged 1/);
    expect(again.stderr).toMatch(/mine\.json:\d+ entry my-case-2 \[1\]\.category/);
  });

  it('fails with exit 3 for a folder that does not exist, and has --help', async () => {
    const missing = await cli(['kb', 'ingest', path.join(dataDir, 'nope')], dataDir);
    expect(missing.code).toBe(3);
    const help = await cli(['kb', 'search', '--help'], dataDir);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/--category/);
  });
});
