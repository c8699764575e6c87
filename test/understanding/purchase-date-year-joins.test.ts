/**
 * A year and a season, month or part of the year said apart, in either order, with hedges, commas
 * and filler between them: one date, the part read in that year (playtest round 15: "2025, in the
 * spring" read as spring 2026; "去年，大概年底" came out as a clipped November). Today is
 * Saturday 2026-12-05, so this year's 年底 has begun and spring 2026 is the "latest spring".
 */
import { describe, expect, it } from 'vitest';
import { extractPurchaseDate, findDateMentions } from '../../bot/understanding/slots';
import { withoutPurchaseDate } from '../../bot/understanding/slots/purchase-date-words';

const TODAY = '2026-12-05';
type Row = [text: string, earliest: string, latest: string];

const answer = (text: string) => extractPurchaseDate(text, TODAY, { asked: true });

describe('a year and its part, said apart, as the answer to "when did you buy it?"', () => {
  const rows: Row[] = [
    ['2025, in the spring', '2025-03-01', '2025-05-31'],
    ['in the spring I think, 2025', '2025-03-01', '2025-05-31'],
    ['2024 — maybe summer', '2024-06-01', '2024-08-31'],
    ['summer, the year before last', '2024-06-01', '2024-08-31'],
    ['2025, around March', '2025-03-01', '2025-03-31'],
    ['last year, towards the end', '2025-11-01', '2025-12-31'],
    ['last year, near the end of the year', '2025-11-01', '2025-12-31'],
    ['去年，大概年底', '2025-11-01', '2025-12-31'],
    ['年底吧，去年的', '2025-11-01', '2025-12-31'],
    ['2025年，春天', '2025-03-01', '2025-05-31'],
    ['夏天的时候吧 前年', '2024-06-01', '2024-08-31'],
    ['前年 应该是双十一那会儿', '2024-11-01', '2024-11-14'],
    ['去年吧 大概是冬天', '2025-12-01', '2026-02-28'],
  ];
  it.each(rows)('%s -> %s..%s', (text, earliest, latest) => {
    expect(answer(text), text).toMatchObject({ earliest, latest });
  });
});

describe('a year and its part inside a longer message', () => {
  it('is one mention, kept whole and taken out whole', () => {
    expect(extractPurchaseDate('bought the washer 2025, in the spring', TODAY)).toMatchObject({ earliest: '2025-03-01', latest: '2025-05-31' });
    expect(findDateMentions('去年，大概年底买的', TODAY)).toHaveLength(1);
    expect(withoutPurchaseDate('冰箱去年，大概年底买的，现在不制冷', TODAY)).not.toMatch(/去年|年底/);
  });
  it('narrows "去年买的 … 年底" to all of last year\'s end, not the part of this one that has passed', () => {
    expect(extractPurchaseDate('去年买的，年底的时候', TODAY)).toMatchObject({ value: '2025-11/2025-12', earliest: '2025-11-01', latest: '2025-12-31' });
  });
  it('leaves a yearless part alone when no year is beside it', () => {
    expect(answer('in the spring')).toMatchObject({ earliest: '2026-03-01', latest: '2026-05-31' });
    expect(findDateMentions('it beeps towards the end', TODAY)).toHaveLength(0);
    // A purchase year and a fault month in different clauses are not joined.
    expect(extractPurchaseDate('去年买的，5月份开始漏水', TODAY)).toMatchObject({ earliest: '2025-01-01', latest: '2025-12-31' });
  });
});

describe('a purchase date inside a fault sentence', () => {
  // The date closes the clause its purchase verb opened; the fault verb right after it is the sentence's.
  it.each([
    ['the fridge that I got roughly at the end of last year stopped cooling', '2025-11-01', '2025-12-31', 'the fridge stopped cooling'],
    ['the washer we bought around March 2025 keeps leaking', '2025-03-01', '2025-03-31', 'the washer keeps leaking'],
    ["my tv which I purchased last summer won't turn on", '2026-06-01', '2026-08-31', "my tv won't turn on"],
  ])('%s', (text, earliest, latest, problem) => {
    expect(extractPurchaseDate(text, TODAY)).toMatchObject({ earliest, latest });
    expect(withoutPurchaseDate(text, TODAY)).toBe(problem);
  });
  it('still dates the fault when the fault has a clause of its own', () => {
    expect(extractPurchaseDate('I bought it in May, last week it stopped', TODAY)).toMatchObject({ earliest: '2026-05-01', latest: '2026-05-31' });
    expect(extractPurchaseDate('bought it ages ago, last week it stopped', TODAY)).toBeUndefined();
  });
});
