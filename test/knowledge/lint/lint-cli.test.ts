/** `aftersales kb lint` as a user or a CI script runs it: findings on stdout, exit 2 on an error. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../testing/cli';
import { faultCase, tempDir, writeFiles } from '../helpers';

const env = () => ({ AFTERSALES_DATA_DIR: path.join(tempDir('kb-lint-data-'), 'data') });

describe('aftersales kb lint (child process)', () => {
  it('passes the shipped sample with exit 0 and says what it checked', async () => {
    const r = await runCli(['kb', 'lint'], env());
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/0 error\(s\), 0 warning\(s\)/);
    expect(r.stdout).toMatch(/safety notes: +(\d+) of \1 hazard cases/);
  });

  it('exits 2 on unsafe advice and a missing safety note, naming entry, field and rule; --json has the findings', async () => {
    const dir = writeFiles(tempDir(), {
      'cases.json': JSON.stringify([
        faultCase('ac-unsafe', { steps: { zh: ['自己拆开外壳'], en: ['clean the filter'] }, sourceKind: 'own_practice', reviewed: '2026-12-01' }),
        faultCase('ac-shock', { title: { zh: '空调漏电', en: 'AC gives shocks' }, sourceKind: 'own_practice', reviewed: '2026-12-01' }),
      ]),
    });
    const text = await runCli(['kb', 'lint', dir], env());
    expect(text.code).toBe(2);
    expect(text.stdout).toMatch(/ERROR unsafe-advice .*ac-unsafe steps\.zh\.0/);
    expect(text.stdout).toMatch(/ERROR safety-note .*ac-shock safety\.zh/);
    expect(text.stderr).toMatch(/kb_lint_failed/);
    const json = await runCli(['kb', 'lint', dir, '--json'], env());
    expect(json.code).toBe(2);
    const report = json.json<{ findings: { rule: string; entryId: string; field: string; severity: string; text: string }[] }>();
    expect(report.findings.map((f) => [f.rule, f.entryId, f.field])).toEqual([
      ['unsafe-advice', 'ac-unsafe', 'steps.zh.0'],
      ['safety-note', 'ac-shock', 'safety.zh'],
      ['safety-note', 'ac-shock', 'safety.en'],
    ]);
    expect(report.findings[0]).toMatchObject({ severity: 'error', text: '自己拆开外壳' });
  });

  it('only warns about missing provenance, unless --strict', async () => {
    const dir = writeFiles(tempDir(), { 'cases.json': JSON.stringify([faultCase('ac-legacy')]) });
    const lenient = await runCli(['kb', 'lint', dir], env());
    expect(lenient.code).toBe(0);
    expect(lenient.stdout).toMatch(/warn +provenance .*ac-legacy sourceKind/);
    expect((await runCli(['kb', 'lint', dir, '--strict'], env())).code).toBe(2);
  });

  it('exits 3 for a folder that does not exist', async () => {
    expect((await runCli(['kb', 'lint', path.join(tempDir(), 'missing')], env())).code).toBe(3);
  });
});
