/**
 * A bare hour ("after 11", "十点以后") is an hour of the working day, when calls are made and
 * engineers come: the morning for 8-11, the afternoon for 1-7, never the middle of the night, unless
 * the customer's words put it in the evening (Saturday 5 December 2026, 10:00 in Beijing).
 */
import { describe, expect, it } from 'vitest';
import { dayHour } from '../../bot/understanding/day-hour';
import { describeVisitTime, findVisitTime } from '../../bot/understanding/visit-time';
import { contactWindowIn, windowWords } from '../../bot/waiting-contact-window';

const NOW = new Date('2026-12-05T02:00:00Z');

describe('the one rule for bare hours', () => {
  it.each([
    [11, { relation: 'after' as const }, 11],
    [10, { relation: 'after' as const }, 10],
    [3, { relation: 'after' as const }, 15],
    [6, { relation: 'before' as const }, 18],
    [7, { relation: 'after' as const }, 7],
    [7, { relation: 'after' as const, hourNowToday: 14 }, 19],
    [7, { relation: 'after' as const, laterInDay: true }, 19],
    [9, { relation: 'before' as const, evening: true }, 21],
    [12, { relation: 'at' as const }, 12],
    [16, { relation: 'after' as const }, 16],
  ])('%i with %o is %i:00', (hour, sense, clock) => {
    expect(dayHour(hour, sense)).toBe(clock);
  });
});

describe('a time for calls with a bare hour is in the day', () => {
  it.each([
    ['麻烦11点以后再打给我', 'zh', '11:00以后再打'],
    ['十点以后打给我就行', 'zh', '10:00以后再打'],
    ['我3点以后有空，打我电话', 'zh', '15:00以后再打'],
    ['please ring me after 11', 'en', 'call only after 11:00'],
    ['you can call me after 9, not before', 'en', 'call only after 09:00'],
    ['call me back after 2', 'en', 'call only after 14:00'],
  ] as const)('%s', (text, lang, words) => {
    const window = contactWindowIn(text);
    expect(window && windowWords(window, lang)).toBe(words);
  });
});

describe('a visit time with a bare hour is said back in the day', () => {
  it.each([
    ['后天2点以后都可以', '后天2点以后', '12月7日（周一）下午2点以后'],
    ['下周一十点以后吧', '下周一十点以后', '12月7日（周一）上午10点以后'],
    ['周四3点左右来', '周四3点左右', '12月10日（周四）下午3点左右'],
    ['今天6点以后', '今天6点以后', '12月5日（周六）晚上6点以后'],
  ])('%s', (text, said, zh) => {
    expect(findVisitTime(text)).toBe(said);
    expect(describeVisitTime(said, NOW).zh).toBe(zh);
  });

  it.each([
    ['Friday, any time after 11', 'Friday, any time after 11', 'Fri 11 Dec, after 11 am'],
    ['the day after tomorrow from 9 is good', 'the day after tomorrow from 9', 'Mon 7 Dec, after 9 am'],
    ['next Monday around 4', 'next Monday around 4', 'Mon 7 Dec, around 4 pm'],
    ['tomorrow after 7', 'tomorrow after 7', 'Sun 6 Dec, after 7 am'],
    ['today after 8', 'today after 8', 'Sat 5 Dec, after 8 am'],
    ['tomorrow evening after 8', 'tomorrow evening after 8', 'Sun 6 Dec, after 8 pm'],
  ])('%s', (text, said, en) => {
    expect(findVisitTime(text)).toBe(said);
    expect(describeVisitTime(said, NOW).en).toBe(en);
  });

  it('an hour already gone today is the evening one', () => {
    const afternoon = new Date('2026-12-05T06:00:00Z');
    expect(describeVisitTime('today after 7', afternoon).en).toBe('Sat 5 Dec, after 7 pm');
    expect(describeVisitTime('今天7点以后', afternoon).zh).toBe('12月5日（周六）晚上7点以后');
  });

  it('a count after a number is no time', () => {
    expect(findVisitTime('it started leaking after 2 weeks')).toBeUndefined();
    expect(findVisitTime('stopped after 3 washes')).toBeUndefined();
    expect(findVisitTime('after 10')).toBeUndefined();
  });
});
