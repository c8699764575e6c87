/**
 * After the safety advice for blue sparks inside a microwave, "is it safe? / what now?" hears the
 * usual burnt part (the waveguide cover, a mica plate) and that an engineer replaces it, beside
 * "don't use it, unplug it"; and a condenser dryer leaving clothes damp gets its condenser cleaned.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

describe('a microwave that flashed blue inside', () => {
  it.each([
    ['zh', '微波炉热剩菜时里面一直闪蓝光，噼啪响，碗是陶瓷的', '那还能接着用吗？'],
    ['zh', '微波炉加热的时候里面冒蓝色火花，噼里啪啦的', '接下来我该怎么办？'],
    ['en', 'blue flashes and crackling inside my microwave, only a ceramic plate in it', 'can I still use it?'],
    ['en', 'my microwave sparked blue inside and now there is a burnt mark on the wall', 'what should I do now?'],
  ])('%s: %s / %s', async (lang, first, next) => {
    const c = world.customer(`mw-arc-${first}`);
    await c.say(first);
    const said = await c.say(next);
    if (lang === 'zh') {
      expect(said.text).toMatch(/不要再用/);
      expect(said.text).toMatch(/拔掉插头/);
      expect(said.text).toMatch(/波导盖板|云母片/);
      expect(said.text).toMatch(/工程师更换/);
    } else {
      expect(said.text).toMatch(/don't use it/i);
      expect(said.text).toMatch(/unplug/i);
      expect(said.text).toMatch(/waveguide cover|mica/i);
      expect(said.text).toMatch(/replaced by a service engineer/i);
    }
  });

  it('another appliance sparking inside is not told about a mica plate (en)', async () => {
    const c = world.customer('mw-arc-not-microwave');
    await c.say('sparks coming from inside my toaster');
    const said = await c.say('can I still use it?');
    expect(said.text).not.toMatch(/mica|waveguide/i);
  });
});

describe('a condenser dryer leaving the clothes damp', () => {
  it.each([
    ['zh', '冷凝式干衣机烘完的衣服摸着还是潮的', /冷凝器/],
    ['en', 'my condenser dryer leaves everything damp at the end of the cycle', /condenser/i],
    ['en', 'my dryer does not dry the clothes', /condenser/i],
  ])('%s: %s', async (_lang, line, condenser) => {
    const said = await world.customer(`dryer-damp-${line}`).say(line);
    expect(said.text).toMatch(condenser);
    expect(said.text).toMatch(/毛絮|lint/i);
    expect(said.text).toMatch(/水盒|water (?:tank|container|box)/i);
  });
});
