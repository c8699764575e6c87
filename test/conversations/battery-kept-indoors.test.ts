/**
 * After the advice for a hot or swollen e-bike battery, the customer tells (not asks) that the
 * bike lives indoors and is charged there every night. That is the danger itself: the answer says
 * no to indoors and the stairwell, where to put it now, and not to charge it indoors again
 * (bot/engine/hot-battery-place.ts). A phone charged in the bedroom gets no e-bike rule.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

describe('an e-bike battery kept and charged indoors, told after the advice', () => {
  it.each([
    ['zh', '电动车电池充着电鼓起来了 很烫', '车平时就停在客厅里 每天晚上在家充电'],
    ['zh', '电瓶车的电瓶外壳胀了 刚充完电 热得很', '我们都是推到楼道里充的 楼下没地方'],
    ['en', 'my e-bike battery swelled up while charging and it is very hot', 'the bike lives in our hallway, I charge it there every night'],
    ['en', 'the scooter battery pack is bulging and hot after charging', 'I keep it in the living room and charge it overnight'],
  ])('says not indoors, where now, and no charging indoors again (%s)', async (_lang, danger, told) => {
    const c = world.customer(`ebike-indoors-${told}`);
    await c.say(danger);
    const said = await c.say(told);
    expect(said.text).toMatch(/室外|空地|outdoors|open ground/i);
    expect(said.text).toMatch(/(?:别|不要)[^。]{0,12}(?:屋里|楼道)[^。]{0,6}充电|not charge or keep it indoors/i);
  });

  it.each([
    ['zh', '充电宝充着电鼓起来了 很烫', '我放在卧室的桌子上了'],
    ['en', 'my power bank swelled and got really hot while charging', 'I left it on the bedroom desk'],
  ])('a power bank put indoors gets the place, not the e-bike rule (%s)', async (_lang, danger, told) => {
    const c = world.customer(`powerbank-indoors-${told}`);
    await c.say(danger);
    const said = await c.say(told);
    expect(said.text).toMatch(/室外|空地|outdoors|open ground/i);
    expect(said.text).not.toMatch(/电动车|charging point/i);
  });
});
