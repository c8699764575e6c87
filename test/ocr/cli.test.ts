/** `aftersales receipt read` and `aftersales warranty check` as a user runs them: child processes. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pngBomb } from './support/bad-images';
import { FIXTURE_DIR } from './support/fixtures';

const ROOT = path.resolve(import.meta.dirname, '../..');
let dir: string;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ocr-cli-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function cli(args: string[], env: Record<string, string> = {}) {
  const run = spawnSync(process.execPath, [path.join(ROOT, 'bin/aftersales.js'), ...args], {
    cwd: dir, // no .env from the project, and proof nothing is written to the working folder
    env: { ...process.env, AFTERSALES_DATA_DIR: path.join(dir, 'data'), AFTERSALES_FIXED_TIME: '2025-06-01T10:00:00+08:00', ...env },
    encoding: 'utf8',
    timeout: 90_000,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('aftersales receipt read', () => {
  it('prints the fields as JSON, with a warranty decision when a category is given', () => {
    const run = cli(['receipt', 'read', path.join(FIXTURE_DIR, 'zh-clean-air-conditioner.png'), '--json', '--category', '空调', '--component', 'compressor']);
    expect(run.code, run.stderr).toBe(0);
    const out = JSON.parse(run.stdout); // stdout is pure JSON: tesseract's chatter is silenced
    expect(out.fields.purchaseDate).toMatchObject({ value: '2025-03-15' });
    expect(out.fields.total.value).toBe('3299.00');
    expect(out.fields.model.value).toBe('KFR-35GW/NhGd1B');
    expect(out.warranty).toMatchObject({ status: 'in_warranty', verified: true, remedies: ['repair'], policy: { component: 'compressor', months: 36 } });
    expect(fs.readdirSync(path.join(dir, 'data', 'ocr-lang')).sort()).toEqual(['chi_sim.traineddata.gz', 'eng.traineddata.gz']);
    expect(fs.readdirSync(dir).filter((f) => f.includes('traineddata'))).toEqual([]);
  }, 90_000);

  it('prints a readable table without --json', () => {
    const run = cli(['receipt', 'read', path.join(FIXTURE_DIR, 'en-rotated-kettle.png')]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/purchase date \/ 购买日期\s+2025-03-15/);
    expect(run.stdout).toMatch(/Purchase date read as 2025-03-15/);
  }, 90_000);

  it('fails with clear messages and exit codes on bad input', () => {
    const missing = cli(['receipt', 'read', path.join(dir, 'nope.jpg')]);
    expect([missing.code, missing.stderr]).toEqual([3, expect.stringContaining('receipt_file_not_found')]);
    const text = path.join(dir, 'note.txt');
    fs.writeFileSync(text, 'not an image');
    const notImage = cli(['receipt', 'read', text]);
    expect([notImage.code, notImage.stderr]).toEqual([2, expect.stringContaining('receipt_not_image')]);
    const bomb = path.join(dir, 'bomb.png');
    fs.writeFileSync(bomb, pngBomb());
    const bombed = cli(['receipt', 'read', bomb, '--json']);
    expect([bombed.code, bombed.stderr]).toEqual([2, expect.stringContaining('receipt_too_many_pixels')]);
    expect(cli(['receipt', 'read']).code).toBe(2);
  }, 90_000);

  it('has help', () => {
    const help = cli(['receipt', 'read', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--category');
  });
});

describe('aftersales warranty check', () => {
  it('decides from a stated date, marked unverified', () => {
    const run = cli(['warranty', 'check', '--category', 'mobile_phone', '--component', 'battery', '--purchased', '2025-01-10', '--json']);
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ status: 'in_warranty', basis: 'stated', verified: false, dates: { today: '2025-06-01', coverEnds: '2025-07-10' }, policy: { months: 6 } });
    const text = cli(['warranty', 'check', '--category', '手机', '--component', '电池', '--purchased', '2024-01-10']);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/EXPIRED/);
  });

  it('decides from a stated span only where all of it agrees', () => {
    const run = cli(['warranty', 'check', '--category', 'mobile_phone', '--purchased', '2024-05/2024-07', '--json']);
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ status: 'cannot_tell', reasonCode: 'stated_date_too_vague', dates: { coverEndsEarliest: '2025-05-01', coverEndsLatest: '2025-07-31' } });
  });

  it('applies brand overrides from WARRANTY_POLICY_FILE', () => {
    const file = path.join(dir, 'brands.json');
    fs.writeFileSync(file, JSON.stringify({ brands: [{ brand: 'Gree', aliases: ['格力'], categories: { air_conditioner: { whole_unit: 72 } } }] }));
    const run = cli(['warranty', 'check', '--category', 'air_conditioner', '--brand', '格力', '--purchased', '2021-01-10', '--json'], { WARRANTY_POLICY_FILE: file });
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ status: 'in_warranty', policy: { source: 'brand', brand: 'Gree', months: 72 } });
  });

  it('refuses bad arguments with exit code 2 and says why', () => {
    const bad = cli(['warranty', 'check', '--category', 'spaceship', '--purchased', '2025-01-10']);
    expect([bad.code, bad.stderr]).toEqual([2, expect.stringContaining('category')]);
    const badDate = cli(['warranty', 'check', '--category', 'television', '--purchased', '2025-02-30']);
    expect([badDate.code, badDate.stderr]).toEqual([2, expect.stringContaining('real date')]);
    expect(cli(['warranty', 'check', '--category', 'television']).code).toBe(2);
    const wrongPart = cli(['warranty', 'check', '--category', 'mobile_phone', '--component', 'compressor', '--purchased', '2025-01-10']);
    expect([wrongPart.code, wrongPart.stderr]).toEqual([2, expect.stringContaining('no warranty component')]);
  });

  it('stops on a bad config value with exit code 78', () => {
    expect(cli(['warranty', 'check', '--category', 'television', '--purchased', '2025-01-10'], { OCR_WORKERS: 'lots' }).code).toBe(78);
  });
});
