/**
 * Round 17: a product a few weeks old with a defect, and the customer wants a new one. The 15-day
 * rule is said with the day count (past it: a free repair, and an exchange if repairs fail, per
 * 三包), where it was bought is not asked (the fault rules are the same online and in a store), and
 * the repair that follows carries the problem already told.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

describe('a weeks-old product with a defect, wanting a swap', () => {
  it.each([
    ['zh', '这台电视买了大概三周，画面上有好几条横线，能不能给我换台新的', '可以'],
    ['zh', '电视才买了二十天，屏幕上出现一条竖线，我要求换新机', '好的，修吧'],
    ['en', 'I bought this TV three weeks ago and it already has lines across the screen, I want to exchange it', 'ok, book the repair'],
  ])('the 15-day rule with the day count, then a repair that keeps the problem (%s: %s)', async (lang, first, yes) => {
    const c = world.customer(`r17-swap-${first}`);
    const said = await c.say(first);
    expect(said.text).toMatch(lang === 'zh' ? /15天/ : /15 days/);
    expect(said.text).toMatch(lang === 'zh' ? /\d+(?:到\d+)?天/ : /\d+(?: to \d+)? days since purchase/);
    expect(said.text).toMatch(lang === 'zh' ? /修过两次|两次/ : /repaired twice/);
    expect(said.text).not.toMatch(/网上买的|门店买的|online or buy it in a store/);
    const next = await c.say(yes);
    expect(next.text).not.toMatch(/什么问题|具体是什么情况|What's the problem|what is the .* doing/i);
    expect(next.text).toMatch(/型号|model/i);
  });
});
