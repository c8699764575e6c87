import { describe, expect, it } from 'vitest';
import { findDates, parseDate } from '../../ocr/fields/date';

describe('purchase date formats', () => {
  const cases: [string, string, 'dmy' | 'mdy'][] = [
    ['2025年3月15日', '2025-03-15', 'dmy'],
    ['2025 年 3 月 15 日', '2025-03-15', 'dmy'],
    ['2023年12月8日', '2023-12-08', 'dmy'],
    ['2025-03-15', '2025-03-15', 'dmy'],
    ['2025/3/15', '2025-03-15', 'dmy'],
    ['2025/3/5', '2025-03-05', 'dmy'],
    ['2025.01.20', '2025-01-20', 'dmy'],
    ['15/03/2025', '2025-03-15', 'dmy'],
    ['15/03/2025', '2025-03-15', 'mdy'], // 15 cannot be a month, whatever the hint
    ['03/15/2025', '2025-03-15', 'dmy'], // 15 cannot be a month, whatever the hint
    ['12/28/2017', '2017-12-28', 'dmy'],
    ['25/12/2018', '2018-12-25', 'dmy'],
    ['15-03-25', '2025-03-15', 'dmy'],
    ['15 MAR 25', '2025-03-15', 'dmy'],
    ['30 DEC 17', '2017-12-30', 'dmy'],
    ['15-Mar-2025', '2025-03-15', 'dmy'],
    ['15 March 2025', '2025-03-15', 'dmy'],
    ['Mar 15, 2025', '2025-03-15', 'dmy'],
    ['March 15 2025', '2025-03-15', 'dmy'],
    ['１５/０３/２０２５', '2025-03-15', 'dmy'], // full-width digits, after NFKC
  ];
  for (const [text, iso, order] of cases) {
    it(`reads ${text} (${order}) as ${iso}`, () => {
      expect(parseDate(text, order)?.iso).toBe(iso);
    });
  }

  it('flags day/month order as ambiguous when both parts are 12 or less, and follows the hint', () => {
    const dmy = parseDate('04/07/2025', 'dmy')!;
    const mdy = parseDate('04/07/2025', 'mdy')!;
    expect([dmy.iso, dmy.ambiguous]).toEqual(['2025-07-04', true]);
    expect([mdy.iso, mdy.ambiguous]).toEqual(['2025-04-07', true]);
    expect(parseDate('05/05/2025')!.ambiguous).toBe(false);
    expect(parseDate('2025-04-07')!.ambiguous).toBe(false);
  });

  it('rejects impossible dates instead of rolling them over', () => {
    expect(parseDate('2025-02-30')).toBeUndefined();
    expect(parseDate('31/04/2025')).toBeUndefined();
    expect(parseDate('2025年13月1日')).toBeUndefined();
    expect(parseDate('2024-02-29')?.iso).toBe('2024-02-29');
    expect(parseDate('2025-02-29')).toBeUndefined();
  });

  it('does not take dates out of longer digit runs (invoice numbers, phone numbers)', () => {
    expect(findDates('发票号码 120250315889')).toEqual([]);
    expect(findDates('Tel 03-1234-5678')).toEqual([]);
    expect(findDates('总价 2,025.03')).toEqual([]);
  });

  it('finds every date on a line, left to right', () => {
    expect(findDates('日期 2025-03-15 保修至 2026-03-15').map((d) => d.iso)).toEqual(['2025-03-15', '2026-03-15']);
  });

  it('reads a date glued to a time', () => {
    expect(findDates('交易时间:2025.01.20 19:05')[0]?.iso).toBe('2025-01-20');
    expect(findDates('Date: 03/15/2025 10:41 AM')[0]?.iso).toBe('2025-03-15');
  });
});
