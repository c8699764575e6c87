/**
 * A visit is offered for a fault no case fits; the customer asks what a repair costs, then sends
 * every booking detail at once. The cost is answered and the offer stands, so the details book the
 * visit: they used to meet the opening menu ("我可以帮您排查…") because the offer had lapsed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

describe('the visit offer after a cost question', () => {
  it.each([
    ['zh', '美的空调开了制热半天还是出凉风 外机上全是冰', '化霜也等过了 还是凉风', '要是修的话得花多少钱', '型号KFR-26GW 2023年10月买的 手机13911112222 沈阳市和平区南京北街9号2单元302'],
    [
      'en',
      'the Haier dryer tumbles for an hour and the clothes are still soaking',
      'cleaned the lint filter, same',
      'how much would a repair set me back?',
      'model HD90, bought March 2024, 13911113333, 12 Jianguo Road, Chaoyang District, Beijing',
    ],
  ])('(%s) answers the cost, keeps the offer, and the details book it', async (lang, first, second, cost, details) => {
    const c = world.customer(`offer-cost-${lang}`);
    await c.say(first);
    await c.say(second);
    const priced = await c.say(cost);
    expect(priced.text).toMatch(lang === 'zh' ? /上门费|报价/ : /call-out|quote/i);
    const booked = await c.say(details);
    expect(booked.text).not.toMatch(/我可以帮您排查|I can troubleshoot/);
    expect(booked.text).toMatch(lang === 'zh' ? /跟您确认一下报修信息/ : /Let me confirm the repair request/);
  });
});
