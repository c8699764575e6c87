/**
 * Danger feared, mistaken or denied is not danger reported (task e8, issue 16). "该不会起火吧",
 * "吓得以为着火了", "could it catch fire?" ask about a risk; "摸着一点都不麻", "no tingle when I touch
 * it" deny a leak. None of them is an emergency: the worry is answered, no P1 handoff, no ticket.
 * A fire or a tingle said outright stays P1 with a person.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

describe('a fridge hot at the sides, feared to catch fire, tingle denied: normal heat dissipation', () => {
  it('zh', async () => {
    const c = world.customer('e8-fridge-zh');
    const first = await c.say('我家美的冰箱左右两边摸着特别烫 该不会起火吧');
    expect(first.tools).not.toContain('handOff');
    expect(first.text).not.toMatch(/安全提示：有明火/);
    expect(first.text).toMatch(/散热/);
    const second = await c.say('摸着一点都不麻 冷冻室也冻得挺好');
    expect(second.text).not.toMatch(/漏电/);
    expect(second.tools).not.toContain('handOff');
    expect(await c.tickets()).toHaveLength(0);
  });

  it('en', async () => {
    const c = world.customer('e8-fridge-en');
    const first = await c.say('the sides of my LG fridge are really hot to touch, could it catch fire?');
    expect(first.tools).not.toContain('handOff');
    expect(first.text).not.toMatch(/Fire: leave now/i);
    expect(first.text).toMatch(/normal/i);
    const second = await c.say('no tingle when I touch it, and the inside is cold as usual');
    expect(second.text).not.toMatch(/electric shock|electrocution/i);
    expect(second.tools).not.toContain('handOff');
    expect(await c.tickets()).toHaveLength(0);
  });
});

describe('an outdoor unit steaming while it heats, taken for a fire: defrost explained', () => {
  it('en: "is it going to catch fire?" is answered, not an emergency', async () => {
    const c = world.customer('e8-defrost-en');
    const said = await c.say("my heat pump's outdoor unit is puffing white smoke while heating and the indoor fan stopped. is it going to catch fire?");
    expect(said.tools).not.toContain('handOff');
    expect(said.text).toMatch(/defrost/i);
    expect(await c.tickets()).toHaveLength(0);
  });
});

describe('fear and denial read, not the words alone', () => {
  it.each([
    ['zh', '怕它起火', undefined],
    ['zh', '家里人吓得以为冰箱着火了', undefined],
    ['en', 'I thought the fridge was on fire', undefined],
    ['en', "I'm scared the fridge will catch fire", undefined],
    ['zh', '洗衣机摸着不麻', undefined],
    ['zh', '冰箱着火了 有火苗', 'P1'],
    ['en', 'there are flames coming out of the back of the fridge', 'P1'],
    ['zh', '冰箱外壳一摸就发麻', 'P1'],
  ])('(%s) %s', async (_lang, line, priority) => {
    const c = world.customer(`e8-read-${line}`);
    const said = await c.say(line);
    if (priority) {
      expect(said.tools).toContain('handOff');
      expect((await c.tickets())[0]?.priority).toBe(priority);
    } else {
      expect(said.tools).not.toContain('handOff');
    }
  });
});
