/**
 * A repair-cost question while the customer waits for a person gets the repair fee rule (call-out or
 * inspection fee, parts and labour agreed before the work, free within the warranty), never the
 * installation fees; installation named only to rule it out does not make it an installation question.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

const INSTALL_TEXT = /安装|installation|install|wall|承重墙|load-bearing/i;

describe('repair cost while waiting for a person', () => {
  it.each([
    ['zh', '热水器在漏水', '转人工', '那维修一次要多少钱，我不是问安装', /上门费|人工费|配件费/],
    ['zh', '空调滴水', '人工客服', '修一下大概收多少钱？跟安装没关系', /上门费|人工费|配件费/],
    ['zh', '洗碗机漏水', '我要找人工', '修好大概得花多少钱', /上门费|人工费|配件费/],
    ['en', 'the water heater is leaking', 'get me a person', 'not the installation - what would the repair itself cost?', /call-out|labour|parts/i],
    ['en', 'my AC drips water indoors', 'human please', 'what do you charge to repair it?', /call-out|labour|parts/i],
    ['en', 'the dishwasher leaks', 'let me talk to an agent', 'I mean the repair, not the install: how much roughly?', /call-out|labour|parts/i],
  ])('a repair cost question gets the repair fee rule (%s)', async (_lang, fault, human, cost, fee) => {
    const c = world.customer(`cost-wait-${cost}`);
    await c.say(fault);
    await c.say(human);
    const said = await c.say(cost);
    expect(said.text).toMatch(fee);
    expect(said.text).not.toMatch(INSTALL_TEXT);
  });
});
