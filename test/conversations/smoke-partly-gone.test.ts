/**
 * Playtest round 25: "the smoke has mostly stopped" is not "the smoke has gone". Opening the
 * appliance is a "not yet" until it has stopped altogether; smoke said to be gone keeps its yes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

describe('smoke only partly gone is not gone', () => {
  it.each([
    ['zh', '烤箱刚才啪的一声，后面冒烟，有股烧塑料的味道', '电闸拉了，烟基本快散了，能打开门看看里面吗'],
    ['zh', '微波炉后面一直冒烟 一股焦糊味', '总闸关了 烟小了点 我可以开门把东西拿出来吗'],
    ['en', 'the oven made a loud pop and smoke is coming from the back, smells like burning plastic', "breaker's off and the smoke is almost gone, can I open the door and check inside?"],
    ['en', 'smoke is pouring out of my microwave vents and it smells burnt', 'switched it off at the fuse box, smoke has partly cleared. ok to open it and take the bowl out?'],
  ])('(%s) not yet: %s / %s', async (lang, first, second) => {
    const c = world.customer(`r25-partly-${second}`);
    await c.say(first);
    const said = await c.say(second);
    expect(said.text).not.toMatch(lang === 'zh' ? /烟散了以后|可以打开|可以开/ : /now that the smoke has gone|you can open it/i);
    expect(said.text).toMatch(lang === 'zh' ? /先不要|不要|别/ : /not yet|do not|don't/i);
  });

  it.each([
    ['zh', '微波炉后面一直冒烟 一股焦糊味', '总闸关了，现在不冒烟了，可以开门把东西拿出来吗'],
    ['en', 'smoke is pouring out of my microwave vents and it smells burnt', 'breaker is off and the smoke has stopped now. can I open it and take the bowl out?'],
  ])('(%s) smoke said to be gone keeps its answer: %s / %s', async (lang, first, second) => {
    const c = world.customer(`r25-gone-${second}`);
    await c.say(first);
    const said = await c.say(second);
    expect(said.text).toMatch(lang === 'zh' ? /烟散了|不冒烟|可以/ : /now that the smoke has gone|you can open it/i);
  });
});
