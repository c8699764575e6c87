/**
 * Issue 16: a customer who asked to return a faulty product changes their mind to an exchange, giving
 * the reason in the same breath ("不退了，退了还要等退款，直接换新的"). The refund named again in the
 * reason is not the wish: the request goes on, is restated and is filed as an exchange.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  // Monday 7 December 2026, 11:00 in China.
  world = await openWorld({}, '2026-12-07T03:00:00Z');
});
afterAll(() => world.close());

describe('a return turned into an exchange, with the reason naming the refund', () => {
  it.each([
    [
      'zh',
      ['12月3号在天猫买的海尔冰箱 到货第二天就不制冷了 能退吗', '那就退货吧'],
      '算了 不退了 退货还得等退款到账 直接给我换一台新的吧',
      ['13812345678', '杭州市西湖区文三路88号2幢502室'],
      /换货申请/,
      /^换货/,
    ],
    [
      'en',
      ['I ordered a Midea microwave online on 3 December and it stopped heating the next day, can I return it?', "then I'll return it"],
      'forget the refund, a refund takes ages to come back, just swap it for a new one',
      ['13812345678', 'Room 502, Building 2, 88 Wensan Road, Xihu District, Hangzhou'],
      /exchange request/,
      /^换货/,
    ],
  ])('files an exchange (%s)', async (lang, opening, change, details, kind, symptom) => {
    const c = world.customer(`exchange-mind-${change}`);
    for (const line of opening) await c.say(line);
    const said = await c.say(change);
    expect(said.text).toMatch(lang === 'zh' ? /改为换货/ : /exchange instead of a refund/);
    let last = said;
    for (const line of details) last = await c.say(line);
    expect(last.text).toMatch(kind);
    expect(last.text).not.toMatch(/退货申请|return request/);
    const filed = await c.say(lang === 'zh' ? '对' : 'yes');
    expect(filed.text).toMatch(lang === 'zh' ? /已登记换货申请/ : /exchange request is registered/);
    const [ticket] = await c.tickets();
    expect(ticket!.symptom).toMatch(symptom);
  });
});
