/** The `aftersales analyze` command as a user runs it: a child process over the real CLI. */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '../..');
const cli = (...args: string[]) => run(process.execPath, ['bin/aftersales.js', 'analyze', ...args], { cwd: ROOT, env: { ...process.env, AFTERSALES_TIMEZONE: 'Asia/Shanghai' } });

describe('aftersales analyze', () => {
  it('prints language, intent, slots, sentiment, urgency with reasons and the redacted text as JSON', async () => {
    const { stdout } = await cli('我家格力空调KFR-35GW/NhGd1B显示E1，外机冒烟了！我手机幺三八幺二三四五六七八，去年双十一买的', '--json', '--today', '2026-07-20');
    const out = JSON.parse(stdout);
    expect(out.language).toBe('zh');
    expect(out.intent).toBe('fault_report');
    expect(out.slots).toMatchObject({
      category: 'air_conditioner',
      brand: 'Gree',
      model: 'KFR-35GW/NhGd1B',
      errorCode: 'E1',
      phone: '13812345678',
      purchaseDate: { value: '2025-11-11', precision: 'week', earliest: '2025-11-01', latest: '2025-11-14' },
    });
    expect(out.sentiment.score).toBeGreaterThanOrEqual(-1);
    expect(out.urgency).toMatchObject({ priority: 'P1', safety: true });
    expect(out.urgency.reasons[0].code).toBe('safety');
    expect(out.urgency.safetyAdvice.zh).toMatch(/断电/);
    expect(out.redactedText).toContain('[PHONE_1]');
    expect(out.redactedText).not.toContain('13812345678');
  }, 30_000);

  it('prints a readable summary without --json', async () => {
    const { stdout } = await cli('Third time asking, still not fixed. I am filing a chargeback.', '--today', '2026-07-20');
    expect(stdout).toMatch(/^language\s+en/m);
    expect(stdout).toMatch(/^intent\s+complaint/m);
    expect(stdout).toMatch(/^urgency\s+P1/m);
    expect(stdout).toMatch(/escalation_threat/);
    expect(stdout).toMatch(/repeated_contact/);
  }, 30_000);

  it('rejects a bad --today with the usage exit code', async () => {
    await expect(cli('hi', '--today', '2026-13-40')).rejects.toMatchObject({ code: 2 });
  }, 30_000);
});
