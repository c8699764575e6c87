/**
 * In a gas leak, a customer asks whether to switch on the range hood, a fan or the light to clear
 * the smell, or says they already did. The answer is no (a switch can spark), windows by hand,
 * everyone out; and "it's on now" gets "leave that switch alone, off included, and get out", never
 * a bare "noted" that reads as permission (bot/engine/fan-in-gas-leak.ts). With carbon monoxide,
 * where the extractor is ventilation, none of this is said.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

const NO_SWITCH = /不行[\s\S]*(?:火花|打火)|No\. Switching on/;
const LEAVE_IT = /别再去碰它的开关|leave its switch alone/;

describe('a fan or a light to clear a gas smell', () => {
  it.each([
    ['zh', '灶台那边一股煤气味 火都关着的', '要不要把排气扇打开散散味？', '好 开着了 窗户也推开了'],
    ['zh', '家里闻到臭鸡蛋一样的味道 像是燃气', '我开一下油烟机抽掉行不', '已经开了'],
    ['en', 'there is a strong smell of gas by the cooker, all the knobs are off', 'should I put the extractor fan on to get rid of it?', 'done, it is running and the back door is open'],
    ['en', 'I can smell gas in the kitchen, like rotten eggs', 'is it ok to turn the range hood on?', 'too late, I switched it on already'],
  ])('is a no, and a fan already running is left alone (%s)', async (_lang, smell, ask, done) => {
    const c = world.customer(`gas-fan-${ask}`);
    await c.say(smell);
    const asked = await c.say(ask);
    expect(asked.text).toMatch(NO_SWITCH);
    expect(asked.text).not.toMatch(/^好的|^Got it|^Noted/);
    const told = await c.say(done);
    expect(told.text).toMatch(LEAVE_IT);
  });
});
