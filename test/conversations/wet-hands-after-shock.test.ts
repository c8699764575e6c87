/**
 * A customer told about a shock (or water reaching something electric) asks whether to pull the
 * plug while their hands are still wet: the answer says wet hands first (dry them, the breaker
 * before the plug), answered from the hazard's rules (bot/engine/safety-follow-up.ts), never a
 * policy paragraph about where a gas heater may be installed. And "when will someone come?"
 * while waiting gets the contact-by time, never "no reliable information".
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

const WET_FIRST = /湿手|手[^，。]{0,4}湿|擦干|Dry your hands|wet hands/i;
const BREAKER_FIRST = /总电闸|空气开关|breaker/i;

describe('pulling the plug with wet hands after a shock', () => {
  it.each([
    ['zh', '电热水器有点漏电 刚冲凉时碰到花洒手麻了一下', '它还开着呢 插头就在浴室墙上 要不要拔啊 我手上都是水湿的'],
    ['zh', '我们家热水器放水的时候手被电了一下 麻麻的', '插座在淋浴间旁边 拔不拔 手还湿着'],
    ['en', 'got a little jolt from the shower tap, the electric water heater is on', 'it is still switched on and the plug is right there in the bathroom, should I pull the plug? my hands are wet'],
    ['en', 'the electric heater gave me a tingle when I touched the mixer in the shower', 'do I yank the plug out now? hands still damp'],
  ])('says dry hands and the breaker first (%s)', async (_lang, shock, ask) => {
    const c = world.customer(`wet-hands-${ask}`);
    const first = await c.say(shock);
    expect(first.text).toMatch(/断电|电闸|breaker|switch off/i);
    const said = await c.say(ask);
    expect(said.text).toMatch(WET_FIRST);
    expect(said.text).toMatch(BREAKER_FIRST);
    expect(said.text).not.toMatch(/燃气热水器严禁|gas water heaters? must not be installed/i);
  });
});

describe('when someone will come, while a person is awaited', () => {
  it.each([
    ['zh', '热水器显示E4', '转人工', '那好久能来人看看嘛'],
    ['zh', '洗碗机显示E24', '我要人工', '师傅啥时候能上门'],
    ['zh', '烤箱显示F3', '转人工', '大概几时能过来修'],
    ['en', 'my oven shows F3', 'talk to a human', 'so when can somebody come and look at it?'],
    ['en', 'the dishwasher shows E24', 'real person please', 'how soon could a technician come out?'],
  ])('is answered with when they will be contacted (%s)', async (_lang, fault, human, when) => {
    const c = world.customer(`when-come-${when}`);
    await c.sayAll(fault, human);
    const said = await c.say(when);
    expect(said.text).not.toMatch(/没有确切的资料|no reliable information|can't confirm that/i);
    expect(said.text).toMatch(/\d{1,2}:\d{2}|联系您|contact you|call you|上门时间|visit time/i);
  });
});
