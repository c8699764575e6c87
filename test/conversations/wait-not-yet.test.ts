/**
 * "等一下 我还没试呢", "hold on, I haven't checked yet": a customer who goes off to try a step is
 * waited for. No booking question comes while they are away, nothing is filed, and the steps
 * they were given stay on the table (bot/understanding/defers-for-now.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

const BOOKING_QUESTION = /型号|手机号|什么时候买|哪天买|地址|model|mobile number|phone|when did you buy|address/i;

describe('wait, not yet', () => {
  it.each([
    ['zh', '冰箱晚上嗡嗡响得厉害 像拖拉机一样', '可能是底脚没调平 我去看看', '稍等 我还没检查呢 先别给我约师傅'],
    ['en', 'the fridge makes a loud droning noise all night', "I'll go check whether it's level, let me look", "hold on, I haven't checked it yet, don't book anything yet"],
  ])('a step being tried is waited for (%s)', async (_lang, fault, going, hold) => {
    const c = world.customer(`wait-not-yet-${fault}`);
    const first = await c.say(fault);
    expect(first.text).toMatch(/好了吗|fix it/i);
    const away = await c.say(going);
    expect(away.text).not.toMatch(BOOKING_QUESTION);
    const held = await c.say(hold);
    expect(held.text).not.toMatch(BOOKING_QUESTION);
    expect(held.text).toMatch(/不着急|等您|take your time|I'll wait/i);
    expect(await c.tickets()).toHaveLength(0);
  });
});
