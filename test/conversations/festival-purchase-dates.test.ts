/**
 * A purchase dated by a festival that moves with the moon (Diwali, the Dragon Boat Festival) is a
 * date: the festival's days in that year, said back as the span assumed, and the warranty worked
 * out from it, never read as "some time last year". A shop named between the date and the verb
 * ("去年5月在苏宁买的") after the fault in its own phrase keeps the date the purchase's.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  // Monday 7 December 2026, 11:00 in China.
  world = await openWorld({}, '2026-12-07T03:00:00Z');
});
afterAll(() => world.close());

describe('a festival dates the purchase', () => {
  it.each([
    // Diwali 2025 fell on 20 October: its sales ran from late September, so the unit's first year ended in October 2026.
    ['en', 'the Whirlpool microwave sparks inside now, we picked it up in the Deepavali sales last year', 'am I still covered?', /out of warranty/i, /September[^.]*2025|October 2025/],
    // 端午 2025 was 31 May: the whole unit's year ran out in June 2026, long before the year's end.
    ['zh', '美的微波炉转盘不转了 去年端午节在苏宁买的', '这个还保修吗', /已过保修期/, /2025年5月|2025年6月/],
    // A shop between the date and the verb, after the fault in its own phrase, still dates the buying.
    ['zh', '海尔冰箱冷藏室不制冷了 前年10月在国美买的', '现在还在保修期内不', /已过保修期/, /2024年10月/],
  ])('%s: %s', async (_lang, fault, warranty, verdict, span) => {
    const c = world.customer(`festival-${fault}`);
    const [, answer] = await c.sayAll(fault, warranty);
    expect(answer).toMatch(verdict);
    expect(answer).toMatch(span);
  });
});
