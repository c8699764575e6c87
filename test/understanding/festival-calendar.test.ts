/** The festivals customers buy at, on their real days. */
import { describe, expect, it } from 'vitest';
import { FESTIVALS, festivalSpan } from '../../bot/understanding/slots/calendar';

describe('festival days', () => {
  it.each([
    ['springFestival', 2024, '2024-02-10'],
    ['springFestival', 2025, '2025-01-29'],
    ['springFestival', 2026, '2026-02-17'],
    ['midAutumn', 2025, '2025-10-06'],
    ['thanksgiving', 2025, '2025-11-27'],
    ['blackFriday', 2024, '2024-11-29'],
    ['blackFriday', 2025, '2025-11-28'],
    ['blackFriday', 2026, '2026-11-27'],
    ['cyberMonday', 2026, '2026-11-30'],
    ['easter', 2019, '2019-04-21'],
    ['easter', 2024, '2024-03-31'],
    ['easter', 2025, '2025-04-20'],
    ['easter', 2026, '2026-04-05'],
    ['double11', 2025, '2025-11-11'],
  ] as const)('%s %i is %s', (name, year, day) => expect(FESTIVALS[name].day(year)).toBe(day));

  it('spans a festival with its run-up, and before/after/around it', () => {
    expect(festivalSpan('double11', 2025)).toEqual({ day: '2025-11-11', earliest: '2025-11-01', latest: '2025-11-14' });
    expect(festivalSpan('springFestival', 2026, 'before')).toMatchObject({ earliest: '2026-01-18', latest: '2026-02-16' });
    expect(festivalSpan('springFestival', 2026, 'after')).toMatchObject({ earliest: '2026-02-18', latest: '2026-03-19' });
    expect(festivalSpan('springFestival', 2026, 'around')).toMatchObject({ earliest: '2026-01-27', latest: '2026-03-04' });
    expect(festivalSpan('springFestival', 1999)).toBeUndefined();
  });
});
