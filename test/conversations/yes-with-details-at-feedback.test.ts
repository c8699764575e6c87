/**
 * At "did that help?", a yes that leads new details ("哦对 屏幕上显示E4 买了两年多了", "oh yes, the
 * display shows E4 as well") adds to what was told: never "glad it's working".
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

const GLAD = /能用就好|glad it's working/i;

describe('a yes leading details after self-help', () => {
  it.each([
    ['zh', '海尔洗衣机不排水 衣服泡在里面', '哦对 屏幕上显示E4 海尔的滚筒 买了两年多了'],
    ['zh', '美的冰箱冷藏不凉了', '对了 型号是BCD-516 前年买的'],
    ['en', 'my washer will not drain, clothes are soaking', 'oh yes, and the display shows E4, it is a Haier front loader, about two years old'],
    ['en', 'my Midea fridge is not cooling', 'right, the model is BCD-516 and I bought it in 2024'],
  ])('is not taken as fixed (%s: %s)', async (_lang, fault, details) => {
    const c = world.customer(`yes-details-${details}`);
    await c.say(fault);
    const said = await c.say(details);
    expect(said.text).not.toMatch(GLAD);
  });

  it.each([
    ['zh', '海尔洗衣机不排水', '对 好了 能排水了'],
    ['en', 'my washer will not drain', 'yes that worked, it drains now'],
  ])('a yes that says it works still is (%s)', async (_lang, fault, fixed) => {
    const c = world.customer(`yes-fixed-${fixed}`);
    await c.say(fault);
    expect((await c.say(fixed)).text).toMatch(GLAD);
  });
});
