/** Spans of days as one ISO 8601 string, and in a customer's words. */
import { describe, expect, it } from 'vitest';
import { describeDateSpan, formatDateSpan, parseDateSpan, seasonSpan } from '../../kernel/date-span';

describe('date spans', () => {
  it.each([
    ['2024-07-15', '2024-07-15', '2024-07-15', '2024年7月15日', '15 July 2024'],
    ['2024-07', '2024-07-01', '2024-07-31', '2024年7月', 'July 2024'],
    ['2024', '2024-01-01', '2024-12-31', '2024年', '2024'],
    ['2024-06/2024-08', '2024-06-01', '2024-08-31', '2024年夏天', 'summer 2024'],
    ['2024-12/2025-02', '2024-12-01', '2025-02-28', '2024年冬天', 'winter 2024/25'],
    ['2024-11/2024-12', '2024-11-01', '2024-12-31', '2024年11月至12月', 'November to December 2024'],
    ['2024-11/2025-01', '2024-11-01', '2025-01-31', '2024年11月至2025年1月', 'November 2024 to January 2025'],
    ['2024-06-05/2025-06-05', '2024-06-05', '2025-06-05', '2024年6月5日至2025年6月5日之间', 'between 5 June 2024 and 5 June 2025'],
    ['2025-11-01/2025-11-14', '2025-11-01', '2025-11-14', '2025年11月1日至14日之间', 'between 1 and 14 November 2025'],
    ['2023/2024', '2023-01-01', '2024-12-31', '2023年1月至2024年12月', 'January 2023 to December 2024'],
  ])('%s is %s..%s, said "%s" / "%s"', (text, earliest, latest, zh, en) => {
    const span = parseDateSpan(text)!;
    expect(span).toEqual({ earliest, latest });
    expect(formatDateSpan(span)).toBe(text);
    expect(describeDateSpan(span, 'zh')).toBe(zh);
    expect(describeDateSpan(span, 'en')).toBe(en);
  });

  it.each(['', '2024-13', '2025-02-30', '2024-08/2024-06', '24-07', 'last May', '2024-06/2024-07/2024-08', '2024-07-15T10:00'])('rejects %j', (text) => {
    expect(parseDateSpan(text)).toBeUndefined();
  });

  it('runs winter from December into the next February, leap years included', () => {
    expect(seasonSpan('winter', 2023)).toEqual({ earliest: '2023-12-01', latest: '2024-02-29' });
    expect(seasonSpan('spring', 2024)).toEqual({ earliest: '2024-03-01', latest: '2024-05-31' });
  });
});
