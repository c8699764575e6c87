/** `aftersales voice ingest` as a child process, the way a call-centre export job would run it. */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IngestReport } from '../../cli/voice-commands';
import { runCli } from '../../testing/cli';
import { tempDir } from '../../testing/temp-dir';
import { TRANSCRIPTS, truth } from './support';

describe('aftersales voice ingest', () => {
  let dir: string;
  let cleanup: () => void;
  let made = 0;
  beforeAll(() => {
    ({ dir, cleanup } = tempDir('voice-cli-'));
  });
  afterAll(() => cleanup());

  /**
   * A data folder of its own and an export folder with the good calls (and, unless told, one broken
   * file) side by side, as an export job would leave them: each test sets up what it needs, so
   * tests run in any order.
   */
  function exportFolder(options: { broken?: boolean } = {}): { env: Record<string, string>; calls: string } {
    const root = path.join(dir, `run-${++made}`);
    const calls = path.join(root, 'calls');
    fs.mkdirSync(calls, { recursive: true });
    for (const c of truth.calls) fs.copyFileSync(path.join(TRANSCRIPTS, c.file), path.join(calls, c.file));
    if (options.broken !== false) fs.copyFileSync(path.join(TRANSCRIPTS, 'malformed/bad-timing.vtt'), path.join(calls, 'bad-timing.vtt'));
    return { env: { AFTERSALES_DATA_DIR: path.join(root, 'data'), AFTERSALES_FIXED_TIME: '2026-11-24T12:00:00+08:00' }, calls };
  }

  it('files every good call, reports the broken one with file:line, and exits 2', async () => {
    const { env, calls } = exportFolder();
    const run = await runCli(['voice', 'ingest', calls, '--json'], env);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${path.join(calls, 'bad-timing.vtt')}:8: bad cue timing`);
    expect(run.stderr).toMatch(/voice_ingest_rejected/);
    const report = run.json<IngestReport>();
    const expectedUrgency = { P1: 0, P2: 0, P3: 0, P4: 0 } as Record<string, number>;
    for (const c of truth.calls) expectedUrgency[c.urgency]!++;
    expect(report).toMatchObject({
      files: truth.calls.length + 1,
      filed: truth.calls.length,
      duplicates: 0,
      failed: 1,
      tickets: { created: truth.calls.filter((c) => c.ticket.action === 'created').length, updated: 1 },
      urgency: expectedUrgency,
      safety: truth.calls.filter((c) => c.safety).length,
      quality: { checked: truth.calls.length, withFailures: truth.calls.filter((c) => c.qualityFailed.length).length },
      failures: [{ file: path.join(calls, 'bad-timing.vtt'), line: 8 }],
    });
    expect(report.quality.byCheck.no_forbidden).toBe(2);
    // Oldest call first, so the evening follow-up continues the morning's ticket.
    const byId = Object.fromEntries(report.calls.map((c) => [c.callId, c]));
    expect(byId['ZH-20261124-0010']).toMatchObject({ action: 'updated', ticket: byId['ZH-20261124-0001']!.ticket });
    // Phones are masked in what the command prints.
    expect(byId['ZH-20261124-0001']!.customerPhone).toBe('138****5678');
    expect(run.stdout).not.toContain('13812345678');
  });

  it('changes nothing when the same folder is ingested again', async () => {
    const { env, calls } = exportFolder({ broken: false });
    expect((await runCli(['voice', 'ingest', calls, '--json'], env)).json<IngestReport>()).toMatchObject({ filed: truth.calls.length, duplicates: 0 });
    const run = await runCli(['voice', 'ingest', calls, '--json'], env);
    expect(run.code).toBe(0);
    expect(run.json<IngestReport>()).toMatchObject({ filed: 0, duplicates: truth.calls.length, failed: 0, tickets: { created: 0, updated: 0 } });
    const tickets = await runCli(['tickets', 'list', '--json'], env);
    expect(tickets.json<unknown[]>()).toHaveLength(truth.calls.filter((c) => c.ticket.action === 'created').length);
  });

  it('prints a summary table for people', async () => {
    const { env, calls } = exportFolder({ broken: false });
    expect((await runCli(['voice', 'ingest', path.join(calls, 'zh-gas-safety.srt')], env)).code).toBe(0);
    // The second time, the table says it was already filed.
    const run = await runCli(['voice', 'ingest', path.join(calls, 'zh-gas-safety.srt')], env);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/zh-gas-safety\.srt\s+ZH-20261124-0003\s+137\*\*\*\*1111\s+AS-\d{8}-[0-9A-Z]{4}-[0-9A-Z]{4}\s+already filed\s+P1 SAFETY/);
    expect(run.stdout).toMatch(/calls read \/ 通话\s+1 file\(s\): 0 filed, 1 already filed, 0 failed/);
  });

  it('says clearly when the folder does not exist', async () => {
    const { env } = exportFolder();
    const run = await runCli(['voice', 'ingest', path.join(dir, 'nope')], env);
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/Transcript folder not found/);
  });
});
