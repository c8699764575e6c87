/**
 * The service path follows the request: a booked engineer who never came is a complaint about the
 * service, for a person with a ticket, never a new repair form or fault steps; a phone is taken to
 * a service centre or mailed in, never visited at home.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { understand } from '../../bot/understanding/understand';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

describe('a no-show is a complaint', () => {
  it.each([
    '约好今天上午上门的师傅没来，电话也不接',
    '师傅到现在都没来',
    '工程师说好昨天来结果没来',
    '安装师傅放我鸽子了',
    'the technician did not turn up this morning',
    'your engineer never arrived yesterday, I took the day off for this',
    "the installer still hasn't come and it is 4pm",
  ])('%s', (text) => {
    expect(understand(text).intent).toBe('complaint');
  });

  it.each(['师傅来了，修好了，谢谢', 'the engineer came and fixed it, thanks'])('but not when the engineer came: %s', (text) => {
    expect(understand(text).intent).not.toBe('complaint');
  });

  it.each([
    ['noshow-zh', '约好的师傅今天没上门，白等了一上午'],
    ['noshow-en', 'the technician did not turn up this morning'],
  ])('%s goes to a person with a ticket, no repair questions', async (ref, text) => {
    const c = world.customer(ref);
    const said = await c.say(text);
    expect(said.text).not.toMatch(/哪种产品|什么时候买|型号|Which appliance|when did you buy|model number|Please try/i);
    expect(said.tools.some((t) => t === 'createTicket' || t === 'handOff')).toBe(true);
    expect((await c.tickets()).length).toBe(1);
  });
});

// (Said without "要修": with the wish the repair starts at once, see plain-faults-round15.test.ts; here the path after the steps.)
describe('a phone goes to a service centre', () => {
  it.each([
    ['phone-path-zh', '我的小米手机充电口坏了', '还是不行', /服务中心|寄修/, /上门/],
    ['phone-path-en', 'my Samsung Galaxy S23 screen flickers', 'still not working', /service centre|mail-in/i, /engineer visit|home visit/i],
  ])('%s', async (ref, first, second, path, visit) => {
    const c = world.customer(ref);
    await c.say(first);
    const said = await c.say(second);
    expect(said.text).toMatch(path);
    expect(said.text).not.toMatch(visit);
  });
});
