import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../testing/cli';
import { tempDir } from '../../testing/temp-dir';

describe('aftersales chat --json', () => {
  const { dir, cleanup } = tempDir('chat-');
  const env = { AFTERSALES_DATA_DIR: path.join(dir, 'data'), AFTERSALES_FIXED_TIME: '2026-11-24T02:00:00Z' };
  afterAll(cleanup);

  it('answers one JSON line per input line, with intent, urgency and the ticket', async () => {
    const receipt = path.resolve(import.meta.dirname, '../fixtures/receipts');
    const lines = [{ text: '你好，美的空调显示E1' }, 'this is not json', { text: '热水器漏电了' }, { text: '', attachments: [{ path: path.join(receipt, 'does-not-exist.png') }] }].map((l) =>
      typeof l === 'string' ? l : JSON.stringify(l),
    );
    const run = await runCli(['chat', '--json', '--customer', 'script-1'], env, { input: lines.join('\n') + '\n', timeoutMs: 120_000 });
    expect(run.code, run.stderr).toBe(0);
    const out = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(out).toHaveLength(4);
    expect(out[0]).toMatchObject({ intent: 'fault_report', language: 'zh', mode: 'bot' });
    expect(String(out[0]!.text)).toMatch(/依据：/);
    expect(out[1]).toMatchObject({ error: { code: 'invalid_line' } });
    expect(out[2]).toMatchObject({ urgency: 'P1', mode: 'handoff_requested', ticket: { priority: 'P1' } });
    expect(out[3]).toMatchObject({ error: { code: 'file_not_found' } });
  });

  it('has help', async () => {
    const help = await runCli(['chat', '--help'], env);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/--json/);
  });
});
