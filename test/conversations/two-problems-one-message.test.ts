/**
 * Round 17: two problems in one message. Two faults of one phone (it heats up, and the screen has a
 * line) are both answered; a washer that shakes since a house move hears about the transit bolts,
 * and a question about the fridge asked in the same breath is answered for the fridge, not dropped.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

describe('two faults of one phone in one message', () => {
  it.each([
    ['zh', '手机一充电就烫得厉害，屏幕中间还多了一道紫色竖线'],
    ['zh', '屏幕上出现了几条横线，而且手机边充电边发烫'],
    ['en', 'my phone heats up a lot on the charger, and there is also a purple line down the screen'],
    ['en', 'there are green stripes across my phone display, plus it gets very hot while charging'],
  ])('both the heat and the screen line are spoken to (%s: %s)', async (_lang, line) => {
    const said = await world.customer(`r17-two-phone-${line}`).say(line);
    expect(said.text).toMatch(/发烫|发热|烫|hot|heat/i);
    expect(said.text).toMatch(/绿线|花屏|竖线|横线|lines?|garbled/i);
    // A phone goes to a service centre: no engineer visit promised for it.
    expect(said.text).not.toMatch(/上门|engineer visit|same visit/i);
  });
});

describe('a washer that shakes since a move, and a question about the fridge', () => {
  it.each([
    ['zh', '上个月搬家后，洗衣机一脱水就跳着走。另外想问下冰箱冷藏室后面那个排水孔在哪儿？', /运输螺栓/, /排水孔/, /关于您问的冰箱/],
    ['zh', '刚搬完家滚筒洗衣机甩干时震得厉害，还有冰箱的出水孔堵了怎么通？', /运输螺栓/, /排水孔|疏通/, /关于您问的冰箱/],
    [
      'en',
      'Since we moved house the washing machine bangs around and walks on the spin cycle. Also, where exactly is the drain hole inside the fridge?',
      /transit bolts/i,
      /drain hole/i,
      /About your fridge/,
    ],
    ['en', 'after the move our washer vibrates like crazy when spinning. by the way how do I unblock the fridge drain?', /transit bolts/i, /drain hole|straw/i, /About your fridge/],
  ])('both are answered (%s: %s)', async (_lang, line, bolts, drain, heading) => {
    const said = await world.customer(`r17-two-products-${line}`).say(line);
    expect(said.text).toMatch(bolts);
    expect(said.text).toMatch(drain);
    expect(said.text).toMatch(heading);
    expect(said.text).not.toMatch(/没有确切资料|don't have a reliable answer/);
  });
});
