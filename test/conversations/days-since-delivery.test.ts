/**
 * How long ago the product arrived is how old it is: for an online order the 三包 days count from
 * receipt, so "快递送到才3天", "签收了六天", "5 days since delivery" date the purchase for the return
 * windows and the warranty, and the date is never asked again.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  // Sunday 6 December 2026, 11:00 in China.
  world = await openWorld({}, '2026-12-06T03:00:00Z');
});
afterAll(() => world.close());

const ASKS_DATE = /哪天买|什么时候买|Which day did you buy|when did you buy/i;

describe('days since delivery count as days since purchase for a return', () => {
  it.each([
    ['zh', '京东买的美的电饭煲 快递送到才3天 就不加热了 想退货', /您买了3天，还在7天内/],
    ['zh', '拼多多买的美的微波炉 货到了两天就不热了 要退货', /您买了2天，还在7天内/],
    ['zh', '天猫买的海信电视 签收了六天 屏幕一半是黑的 可以退吗', /您买了6天，还在7天内/],
    ['zh', '网上买的海尔洗衣机 收货十天了 脱水咣咣响 想换货', /您买了10天，已过7天、还在15天内/],
    ['en', "I ordered a Haier fridge online, it's been 5 days since delivery and it is not cooling, I want to return it", /5 days since purchase, still within 7 days/],
    ['en', "bought a Midea microwave online, the package arrived on Wednesday and it doesn't heat, I want my money back", /4 days since purchase, still within 7 days/],
    ['en', 'only 3 days since it arrived and my Haier washer from Tmall leaks, I would like to return it', /3 days since purchase, still within 7 days/],
    ['en', 'I ordered a Hisense TV online, 10 days since it was delivered and there is a line across the screen, can I exchange it?', /10 days since purchase: past 7 days, within 15/],
  ])('%s: %s', async (_lang, text, days) => {
    const c = world.customer(`delivery-days-${text}`);
    const said = await c.say(text);
    expect(said.text).toMatch(days);
    expect(said.text).not.toMatch(ASKS_DATE);
  });
});

describe('days since delivery date the warranty', () => {
  it.each([
    ['zh', '京东买的格力空调 拿到手才5天 不制冷 还在保修吗', /2026年12月1日/],
    ['en', "ordered a Gree air conditioner online, it's been 4 days since we got it and it won't cool, is it under warranty?", /2 December 2026/],
  ])('%s: %s', async (_lang, text, day) => {
    const c = world.customer(`delivery-warranty-${text}`);
    const said = await c.say(text);
    expect(said.text).toMatch(day);
    expect(said.text).not.toMatch(ASKS_DATE);
  });
});
