/**
 * Issue 16: "it went bang" from an appliance, and then no power, is an electrical fault: cut the
 * power at the breaker and do not use it, not the burst advice (keep away from debris) nor the
 * heat-and-smell one. A bang with gas about stays an explosion.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld({}, '2026-12-07T03:00:00Z');
});
afterAll(() => world.close());

describe('a bang and then no power', () => {
  it.each([
    ['zh', '电烤箱刚才嘭的一声，然后整个屋子都没电了'],
    ['zh', '烧水壶插上后啪的一声，家里就停电了'],
    ['en', 'the kettle went pop and now the whole flat lost power'],
    ['en', 'our dishwasher went bang a minute ago and the power went out'],
  ])('is an electrical fault: the breaker, and leave it off (%s: %s)', async (lang, line) => {
    const c = world.customer(`bang-dead-${line}`);
    const said = await c.say(line);
    if (lang === 'zh') {
      expect(said.text).toMatch(/电气故障/);
      expect(said.text).toMatch(/总电闸断电/);
      expect(said.text).not.toMatch(/爆裂|碎片|发烫或焦味/);
    } else {
      expect(said.text).toMatch(/electrical fault/);
      expect(said.text).toMatch(/breaker/);
      expect(said.text).not.toMatch(/After a burst|debris|Heat or burning smell/);
    }
  });

  it.each([
    ['zh', '厨房一股煤气味，刚才燃气灶那边砰的一声'],
    ['en', 'there was a smell of gas in the kitchen and then a loud bang from the hob'],
  ])('with gas about it is still an explosion (%s)', async (lang, line) => {
    const c = world.customer(`bang-gas-${line}`);
    const said = await c.say(line);
    expect(said.text).toMatch(lang === 'zh' ? /爆裂/ : /After a burst/);
    expect(said.text).not.toMatch(/电气故障|electrical fault/);
  });
});
