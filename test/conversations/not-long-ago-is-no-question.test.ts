/**
 * "才用了没多久" says the product is new; it asks nothing. Read as "how long?" (多久), it opened the
 * fault reply with "这个问题我这里没有确切资料". And a product a few weeks old, past the 15-day
 * exchange, hears that its repair is free (inside the one-year whole-unit cover), never "whether it
 * is free depends on the warranty" for a product bought last month. Our own wordings.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
let n = 0;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

describe('a fault told with "not long ago"', () => {
  it.each(['美的电水壶按下去不亮灯 也不烧水 买了没多久', '吹风机吹不出热风了，才买了没多长时间呀'])('gets the fault reply, no deferral (%s)', async (line) => {
    const reply = (await world.customer(`not-long-${++n}`).say(line)).text;
    expect(reply).not.toMatch(/没有确切/);
  });
});

describe('a few weeks old, past 15 days, wanting a new one', () => {
  it.each([
    ['zh', ['电饭煲不加热了', '试了没用 上个月初京东买的 能不能换个新的'], /一年整机保修期内.*免费维修/],
    ['en', ['my rice cooker stopped heating', 'tried that, no change. I ordered it online at the start of last month, can I swap it for a new one?'], /one-year warranty.*repaired free/],
  ])('hears the repair is free inside the first year (%s)', async (_lang, lines, free) => {
    const c = world.customer(`weeks-old-${++n}`);
    let last = '';
    for (const line of lines) last = (await c.say(line)).text;
    expect(last).toMatch(free);
  });
});
