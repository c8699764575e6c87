/**
 * An online order's return is picked up from the order's own delivery address through the platform,
 * so the request goes to its summary once the phone is known, without asking for an address; a
 * customer who agrees there has it filed. An in-store purchase is still asked where to collect it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  // Sunday 6 December 2026, 11:00 in China.
  world = await openWorld({}, '2026-12-06T03:00:00Z');
});
afterAll(() => world.close());

describe('an online return needs no pickup address', () => {
  it.each([
    ['zh', ['昨天拼多多下单的电热水壶 今天到了 按开关没反应 想退掉', '对 登记吧'], '电话15900001111', '可以 提交吧', /订单|收货地址/, /单号/],
    ['zh', ['前天网上买的吹风机 风特别小也不热 我要退款', '麻烦帮我登记'], '我的手机是13700002222', '嗯 没问题', /订单|收货地址/, /单号/],
    [
      'en',
      ['got a rice cooker from an online shop, delivered yesterday, it does not switch on at all, I want a refund', 'yes please register it'],
      'my mobile is 13600003333',
      'sounds good',
      /order/,
      /registered/,
    ],
    ['en', ['ordered a hair dryer online two days ago, it cuts out after a minute, I want to send it back', 'yes go ahead'], '13500004444', 'fine by me', /order/, /registered/],
  ])('the summary follows the phone and agreeing files it (%s)', async (_lang, opening, phone, agree, addressLine, filed) => {
    const c = world.customer(`online-return-${phone}`);
    for (const line of opening) await c.say(line);
    const summary = await c.say(phone);
    expect(summary.text).toMatch(addressLine);
    expect(summary.text).not.toMatch(/取件或检测的地址|collected or inspected/);
    const done = await c.say(agree);
    expect(done.text).toMatch(filed);
  });

  it.each([
    ['zh', ['上周在苏宁门店买的微波炉 转盘转 就是不加热 想换一台', '对 帮我登记换货'], '13400005555', /地址/],
    ['en', ['bought a microwave at the store last week, the plate turns but it does not heat, I want an exchange', 'yes register it'], '13300006666', /address|collected/i],
  ])('an in-store purchase is still asked where to collect it (%s)', async (_lang, opening, phone, asked) => {
    const c = world.customer(`store-return-${phone}`);
    for (const line of opening) await c.say(line);
    const next = await c.say(phone);
    expect(next.text).toMatch(asked);
  });
});
