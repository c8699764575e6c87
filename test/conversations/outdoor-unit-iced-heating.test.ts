/**
 * An outdoor unit iced over while heating: the case says what normal defrosting looks like, how to
 * clear snow and let the ice melt safely (never boiling water), and when an engineer is needed,
 * rather than "nothing matches" or the indoor not-heating steps alone (knowledge/sample/outdoor-units.json).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

describe('outdoor unit iced over while heating', () => {
  it.each([
    ['zh', ['美的空调暖风模式开了一上午，屋里还是凉的', '我下楼看了，外机糊了厚厚一层冰，扇叶都被冰卡住了']],
    ['zh', ['奥克斯空调外机冻成冰疙瘩了，开暖风一点不热']],
    ['en', ['our daikin is on heat but the room is freezing', 'went outside, the outdoor unit is caked in ice and the fan blades are stuck in it']],
    ['en', ['the outdoor unit of my aircon has frozen up solid and the air inside is cold']],
  ])('gets the defrost answer (%s)', async (_lang, lines) => {
    const c = world.customer(`iced-outdoor-${lines[0]}`);
    let reply = await c.say(lines[0]!);
    for (const line of lines.slice(1)) reply = await c.say(line);
    expect(reply.text).toMatch(/化霜|defrost/i);
    expect(reply.text).toMatch(/开水|boiling water/i);
    expect(reply.text).not.toMatch(/没找到|没有对得上|couldn't find|no fix that matches/i);
  });
});
