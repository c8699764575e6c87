/**
 * The words of a purchase date inside a message (playtest round 14): found with their hedge and
 * their purchase verb, so they stay out of the problem, and a message that is only the date is
 * known to be only that. Also: a bare answer that gives the year and the season apart ("last year
 * in spring") is the season of that year.
 */
import { describe, expect, it } from 'vitest';
import { extractPurchaseDate } from '../../bot/understanding/slots';
import { isOnlyPurchaseDate, withoutPurchaseDate } from '../../bot/understanding/slots/purchase-date-words';

const TODAY = '2026-12-05';

describe('a purchase date taken out of the words', () => {
  it.each([
    ["TV bought around March this year won't switch on", "TV won't switch on"],
    ['the dryer I purchased roughly in May 2025 makes a noise', 'the dryer makes a noise'],
    ['冰箱大概今年三月买的现在不制冷', '冰箱现在不制冷'],
    ['洗衣机，去年年底买的，不脱水', '洗衣机，不脱水'],
    ['热水器差不多前年夏天装的 漏水', '热水器漏水'],
  ])('%s', (text, rest) => {
    expect(withoutPurchaseDate(text, TODAY)).toBe(rest);
  });

  it.each(['it stopped working last week', '上周开始不制冷', 'the screen went black last Monday', '师傅说上周来修'])('a date of something else stays: %s', (text) => {
    expect(withoutPurchaseDate(text, TODAY)).toBe(text);
  });
});

describe('a message that is only the purchase date', () => {
  it.each([
    '大概今年三月',
    '去年年底买的',
    '差不多去年夏天吧',
    '三月份左右吧',
    'around March this year',
    'March 2026',
    'bought it in spring last year',
    'roughly the end of last year',
    'I think it was early last year',
  ])('only a date: %s', (text) => expect(isOnlyPurchaseDate(text, TODAY)).toBe(true));
  it.each(['去年年底买的，开机没画面', 'got it around March, it leaks now', '不出热水', 'no picture since last week'])('more than a date: %s', (text) =>
    expect(isOnlyPurchaseDate(text, TODAY)).toBe(false),
  );
});

describe('the year and the season said apart', () => {
  it.each([
    ['last year in spring', '2025-03-01', '2025-05-31'],
    ['last year, in the spring I think', '2025-03-01', '2025-05-31'],
    ['bought it last year in spring', '2025-03-01', '2025-05-31'],
    ['去年买的，春天', '2025-03-01', '2025-05-31'],
  ])('%s', (text, earliest, latest) => {
    const got = extractPurchaseDate(text, TODAY);
    expect(got).toMatchObject({ earliest, latest, precision: 'season' });
    expect(got!.value).not.toMatch(/2026/);
  });
});
