/**
 * Remedies a customer thinks of once the safety advice is given, that make the danger worse:
 * silencing a carbon-monoxide alarm or taking its battery out, and water or a wet cloth on a
 * sparking socket. Each gets a plain no with the reason (bot/engine/danger-own-remedies.ts), never
 * "I can't confirm that here". And the food in a fridge switched off at the breaker after a shock:
 * the door may be opened, and the knowledge base's food advice follows (in English the
 * knowledge base does not yet find its food case for a bare "what about the food?": left open).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

const UNSURE = /没法确认|没有确切的资料|nothing reliable|can't confirm|don't have reliable/i;

describe('a carbon-monoxide alarm that will not stop', () => {
  it.each([
    ['zh', '卫生间的一氧化碳报警器一直嘀嘀响，燃气热水器就在旁边', '响得人心烦，把它电池抠出来行不行'],
    ['zh', '一氧化碳探测器一直在叫，热水器在阳台', '能不能先把探测器关了'],
    ['en', 'the carbon monoxide detector by our gas boiler will not stop beeping', 'can I take the batteries out of it, the noise is driving us mad'],
    ['en', 'CO alarm in the hallway going off near the water heater', 'should we just silence the alarm?'],
  ])('is never silenced or its battery removed (%s)', async (_lang, alarm, silence) => {
    const c = world.customer(`alarm-off-${silence}`);
    await c.say(alarm);
    const said = await c.say(silence);
    expect(said.text).not.toMatch(UNSURE);
    expect(said.text).toMatch(/不要取电池|take the battery out/i);
    expect(said.text).toMatch(/当真|take it seriously/i);
  });
});

describe('water on a sparking socket', () => {
  it.each([
    ['zh', '电饭煲插座噼啪打火，有股烧焦的味道', '我拿湿毛巾去盖住它可以吗'],
    ['zh', '墙上插座冒火星了 还有糊味', '要不要泼点水上去'],
    ['en', 'the outlet my kettle is plugged into just sparked and there is a burning smell', 'can I put a damp cloth over it?'],
    ['en', 'sparks came out of the wall socket behind the microwave', 'should I pour water on it?'],
  ])('is a plain no, with the breaker first (%s)', async (_lang, sparks, water) => {
    const c = world.customer(`water-on-${water}`);
    await c.say(sparks);
    const said = await c.say(water);
    expect(said.text).not.toMatch(UNSURE);
    expect(said.text).toMatch(/千万不要|No, never/);
    expect(said.text).toMatch(/总电闸|breaker/i);
  });
});

describe('the food in a fridge switched off after a shock', () => {
  it.each([
    ['zh', '开冰箱门被电麻了一下，地上还湿着', '电闸关了，里面的肉和牛奶咋办'],
    ['zh', '冰柜把手电人，我脚底下踩着水', '已经拉闸了 冰柜里的海鲜和冻肉怎么处理'],
  ])('may be taken out, and what keeps is said (%s)', async (_lang, shock, food) => {
    const c = world.customer(`cold-food-${food}`);
    await c.say(shock);
    const said = await c.say(food);
    expect(said.text).toMatch(/拿东西是安全的|safe to open/i);
    expect(said.text).toMatch(/冰袋|保温箱|cool box|ice packs/i);
  });
});
