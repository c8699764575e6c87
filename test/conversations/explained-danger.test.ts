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

describe('a swollen battery and nothing worse', () => {
  it.each([
    ['zh', '平板后盖被顶起来了，中间鼓了一块', '这几天还能先用着吗'],
    ['zh', '笔记本电池膨胀了，触控板都被顶起来', '我能不能用到下周再拿去修'],
    ['en', 'the back glass of my phone is bulging out, I think the battery has swollen', 'is it ok to keep using it for a couple more days?'],
    ['en', 'my tablet screen is popping up at the corner, something is pushing it from behind', 'can I still use it till Sunday?'],
  ])('%s: %s / %s', async (lang, first, next) => {
    const c = world.customer(`swollen-${first}`);
    const said = await c.say(first);
    expect(said.mode).toBe('bot');
    if (lang === 'zh') {
      expect(said.text).toMatch(/停止充电|别再充电/);
      expect(said.text).toMatch(/服务中心/);
    } else {
      expect(said.text).toMatch(/stop charging|don't use or charge/i);
      expect(said.text).toMatch(/service centre/i);
    }
    const after = await c.say(next);
    expect(after.mode).toBe('bot');
    expect(after.text).toMatch(lang === 'zh' ? /不建议|别再用|不要/ : /don't|do not/i);
    expect(after.text).toMatch(lang === 'zh' ? /服务中心/ : /service centre/i);
    expect(await c.tickets()).toHaveLength(0);
  });

  it.each([
    ['zh', '手机电池鼓起来了，摸着烫手，还有股焦味'],
    ['en', 'my phone battery swelled up and it is hissing and very hot'],
  ])('stays a danger: %s: %s', async (_lang, line) => {
    const c = world.customer(`swollen-danger-${line}`);
    const said = await c.say(line);
    expect(said.mode).toBe('handoff_requested');
    expect((await c.tickets())[0]?.priority).toBe('P1');
  });
});
