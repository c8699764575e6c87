/**
 * It started working again while the booking was being filled in: the customer hears plainly that
 * nothing is filed, and a "没事了 谢谢" after that gets a thanks, not the same "glad" line again.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

describe('fixed while booking', () => {
  it.each([
    ['zh', ['格兰仕微波炉转盘不动了', '帮我报修 型号G70F20 前年买的'], '等下 我把滚轮圈放正了 现在转了 不用修了', '嗯嗯 没事了 谢谢啊', /不提交|不用提交|没有提交|没有登记/, /不客气/],
    ['zh', ['洗衣机不排水', '约个师傅吧 型号XQB80 去年买的'], '刚把过滤器清了一下 水排出去了 好了 不用报修了', '好的 没事了 谢谢', /不提交|不用提交|没有提交|没有登记/, /不客气/],
    [
      'en',
      ['my microwave turntable stopped turning', 'book a repair, model MM720, bought last year'],
      'hang on, I put the roller ring back properly and it spins now, no need for the repair',
      'great, all sorted, thanks',
      /won't file|not file|nothing (?:is )?filed|cancelled/i,
      /welcome|glad/i,
    ],
    [
      'en',
      ['the washer will not drain', 'please book an engineer, model WW80, bought 2025'],
      'I cleaned the pump filter and it drains now, never mind the repair',
      'cheers, all good, thanks',
      /won't file|not file|nothing (?:is )?filed|cancelled/i,
      /welcome/i,
    ],
  ])('says nothing is filed, then thanks (%s)', async (_lang, opening, fixed, thanks, notFiled, welcome) => {
    const c = world.customer(`fixed-booking-${fixed}`);
    for (const line of opening) await c.say(line);
    const said = await c.say(fixed);
    expect(said.text).toMatch(notFiled);
    const last = await c.say(thanks);
    expect(last.text).toMatch(welcome);
    expect(await c.tickets()).toEqual([]);
  });
});
