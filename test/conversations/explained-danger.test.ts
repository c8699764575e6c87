/**
 * A danger the customer has already explained or made safe is advice, not a priority handoff
 * (issue 16): sparks in a microwave told with the metal that made them (a gold-rimmed dish, foil,
 * a steel lunch box) get the arcing answer and no ticket. Sparks with no metal, or with smoke,
 * stay a danger handed to a person.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

describe('microwave sparks told with the metal that made them', () => {
  it.each([
    ['zh', '拿铝饭盒装着菜放进微波炉转，里面一闪一闪冒火花，我已经按了停止', /金属|金边/],
    ['zh', '微波炉热汤时碗口那圈银边滋滋打火，吓得我马上关了', /金属|金边/],
    ['en', 'I left a fork in the pasta and the microwave started sparking, I stopped it straight away', /metal/i],
    ['en', 'crackling blue flashes in the microwave, my soup plate has a silver trim, I turned it off', /metal/i],
  ])('%s: %s', async (_lang, line, metal) => {
    const c = world.customer(`metal-arc-${line}`);
    const said = await c.say(line);
    expect(said.mode).toBe('bot');
    expect(said.text).toMatch(metal);
    expect(said.text).toMatch(/云母|波导|mica|waveguide/i);
    const after = await c.say(_lang === 'zh' ? '换成玻璃碗就正常了，谢谢' : 'with a glass bowl it is fine now, thank you');
    expect(after.mode).toBe('bot');
    expect(await c.tickets()).toHaveLength(0);
  });

  it.each([
    ['zh', '微波炉里面打火花，里面只有个陶瓷碗，没放金属'],
    ['zh', '微波炉里的锡纸打火花，还冒烟了'],
    ['en', 'my microwave sparks inside even with nothing metal in it'],
    ['en', 'foil in the microwave sparked and now there is smoke coming out'],
  ])('stays a danger: %s: %s', async (_lang, line) => {
    const c = world.customer(`metal-arc-danger-${line}`);
    const said = await c.say(line);
    expect(said.mode).toBe('handoff_requested');
    expect((await c.tickets())[0]?.priority).toBe('P1');
  });
});
