/**
 * One personal-data detector: reversible redaction and the last scrub before a model hide the
 * same things, in the spaced, bracketed, spoken and full-width forms customers use.
 */
import { describe, expect, it } from 'vitest';
import { containsPersonalData, scrubPersonalData } from '../../bot/guardrails/personal-data-scrub';
import { findPersonalData, redact } from '../../bot/redaction';
import { normaliseText } from '../../kernel/text/normal-form';

const normalizeText = (text: string) => normaliseText(text, { spokenDigits: true });

describe('redaction and the scrub find the same personal data', () => {
  it.each([
    ['电话(138) 1234-5678', 'PHONE', '13812345678'],
    ['call 138 - 1234 - 5678', 'PHONE', '13812345678'],
    ['手机 138.1234.5678', 'PHONE', '13812345678'],
    ['+86 186 0021 3344', 'PHONE', '18600213344'],
    ['我手机幺三八幺二三四五六七八', 'PHONE', '13812345678'],
    ['电话一八六拐拐零零勾勾一一', 'PHONE', '18677009911'],
    ['座机0571 8888 6666', 'PHONE', '0571-88886666'],
    ['打(020)12345678', 'PHONE', '020-12345678'],
    ['+86 21 6123 4567', 'PHONE', '021-61234567'],
    ['身份证 110101 19800307 0017', 'ID', '110101198003070017'],
    ['身份证１１０１０５１９４９１２３１００２Ｘ', 'ID', '11010519491231002X'],
    ['卡号6217 0012 3456 7890 122', 'CARD', '6217001234567890122'],
    ['mail li.lei@example.com', 'EMAIL', 'li.lei@example.com'],
    ['139 2233 4455 广州天河区棠下荟景苑8栋1502', 'ADDRESS', '广州天河区棠下荟景苑8栋1502'],
    ['地址改成广州市天河区棠下荟景苑8栋1502', 'ADDRESS', '广州市天河区棠下荟景苑8栋1502'],
    ['Room 502, Building 7, 88 Zhongshan Road, Xuhui District, Shanghai', 'ADDRESS', 'Room 502, Building 7, 88 Zhongshan Road, Xuhui District, Shanghai'],
  ])('%s -> %s %s', (text, kind, value) => {
    const spans = findPersonalData(normalizeText(text));
    expect(spans.map((s) => [s.kind, s.value])).toContainEqual([kind, value]);
    const { text: redacted } = redact(text);
    expect(redacted).toMatch(new RegExp(`\\[${kind}_1\\]`));
    expect(containsPersonalData(text)).toBe(true);
    expect(scrubPersonalData(text)).not.toContain(value.slice(-6));
  });

  it('finds a phone and an address in one messy line, without overlap', () => {
    const spans = findPersonalData(normalizeText('139 2233 4455 广州天河区棠下荟景苑8栋1502'));
    expect(spans.map((s) => s.kind)).toEqual(['PHONE', 'ADDRESS']);
    expect(redact('139 2233 4455 广州天河区棠下荟景苑8栋1502').text).toBe('[PHONE_1] [ADDRESS_1]');
    expect(scrubPersonalData('139 2233 4455 广州天河区棠下荟景苑8栋1502')).toBe('[PHONE] [ADDRESS]');
  });

  it('leaves what is not personal alone in both', () => {
    for (const text of ['AS-20261124-0001', 'KFR-35GW/(35592)FNhAa-B1', '2026-11-24', 'SN13812345678901', '我在杭州西湖区', 'E1']) {
      expect(findPersonalData(normalizeText(text)), text).toEqual([]);
      expect(scrubPersonalData(text)).toBe(text);
    }
  });

  it('keeps line breaks in what it scrubs (tool results are multi-line)', () => {
    expect(scrubPersonalData('收据\n电话 138 1234 5678\n合计 ¥3999')).toBe('收据\n电话 [PHONE]\n合计 ¥3999');
  });
});
