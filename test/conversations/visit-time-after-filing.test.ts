/**
 * A good time for the visit said right after the repair was filed ("whenever this week after 4pm")
 * is the visit's time: written on the ticket and said back, never "Sorry, I can't help with that".
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld({}, '2026-12-07T03:00:00Z');
});
afterAll(() => world.close());

describe('a visit time after filing', () => {
  it.each([
    [
      'en',
      ['the Bosch dishwasher leaves the plates cold and wet, please send someone', 'no idea of the model', 'got it in March 2025', '+44 7700 900 377', '5 Elm Road, York YO10 3DD', 'yes'],
      'whenever suits this week, after 5pm',
    ],
    ['zh', ['西门子洗碗机洗完碗还是凉的 麻烦派师傅来看看', '型号不清楚', '2025年3月买的', '13912345678', '南京市鼓楼区中山路 18号 3栋 602', '对'], '这周下午5点以后都行'],
  ])('%s', async (_lang, form, time) => {
    const c = world.customer(`late-time-${time}`);
    await c.sayAll(...form);
    expect(await c.tickets()).toHaveLength(1);
    const said = await c.say(time);
    expect(said.text).not.toMatch(/can't help with that|帮不了|无法处理/i);
    expect(said.text).toMatch(/after 5pm|下午5点以后/);
    const [ticket] = await c.tickets();
    expect(JSON.stringify(ticket)).toMatch(/after 5pm|下午5点以后/);
  });
});
