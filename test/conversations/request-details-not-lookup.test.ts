/**
 * A phone or an order number given while a return, a repair or a complaint collects its details is
 * that request's contact, never the start of a ticket lookup ("a code has been texted to…"). The
 * lookup by phone stays for a customer who asks after a ticket that already exists.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  // Sunday 6 December 2026, 11:00 in China.
  world = await openWorld({}, '2026-12-06T03:00:00Z');
});
afterAll(() => world.close());

const LOOKUP = /验证码|6-digit code|code (?:has been|was) texted/i;

describe('details for a return request are its contact', () => {
  it.each([
    ['zh', ['在天猫买的苏泊尔电饭煲 煮饭夹生 想退掉', '12月3日签收的'], '订单编号 4417092233815 电话13812345678 地址 南京市鼓楼区中山北路20号3栋402', /13812345678/],
    ['zh', ['拼多多上买的海尔冰箱 不制冷 要退货', '12月1号到的'], '我的单号是558100274631，手机号13600001111，送货地址 成都市武侯区人民南路四段9号2单元1101', /13600001111/],
    [
      'en',
      ['I ordered a Haier fridge on Tmall, it is not cooling, I want to send it back', 'it was delivered on 1 December'],
      'order number 551200933812, mobile 13700002222, address Flat 3, Building 2, 18 Nanjing Road, Huangpu District, Shanghai',
      /13700002222/,
    ],
    // (No address given: an online order is collected from the order's address, so the summary follows.)
    [
      'en',
      ['bought a Midea rice cooker online, the lid will not close, I want a refund', 'I received it on 3 December'],
      'my order is 730019284455 and you can reach me on 13500007777',
      /address on your order/,
    ],
  ])('after "shall I register it?" the order and phone fill the request (%s)', async (_lang, opening, details, next) => {
    const c = world.customer(`details-return-${details}`);
    const replies = await c.sayAll(...opening);
    expect(replies.at(-1)).toMatch(/登记|register/i);
    const said = await c.say(details);
    expect(said.text).not.toMatch(LOOKUP);
    expect(said.tools).not.toContain('findTicketsByPhone');
    expect(said.text).toMatch(next);
  });
});

describe('details for a repair booking are its contact', () => {
  it.each([
    ['zh', '美的洗衣机不排水 要约师傅上门', '订单号 662310457788，手机 13500003333'],
    ['zh', '格力空调漏水了 帮我报修', '京东的订单 30214567891 电话是13912340000'],
    ['en', 'My Gree air conditioner is leaking water, please send a technician', 'my order number is 77120034551 and my mobile 13600004444'],
    ['en', 'our Haier washer will not spin, I want to book a repair', 'phone 13812349999, order 40011223344'],
  ])('a phone with an order number starts no lookup (%s: %s)', async (_lang, opening, details) => {
    const c = world.customer(`details-repair-${opening}`);
    await c.say(opening);
    const said = await c.say(details);
    expect(said.text).not.toMatch(LOOKUP);
    expect(said.tools).not.toContain('findTicketsByPhone');
  });
});

describe('a phone for a complaint with a person is noted, not a status reply', () => {
  it.each([
    ['zh', '我要投诉 你们的师傅态度很差 海尔热水器', '订单号4417092233 手机13812345678'],
    ['en', 'I want to make a complaint, the engineer was rude to my mother, Midea water heater', 'order 4417092233, my phone is 13812345678'],
  ])('the phone goes on the ticket and no status is read out (%s)', async (_lang, opening, details) => {
    const c = world.customer(`details-complaint-${opening}`);
    const first = await c.say(opening);
    expect(first.text).toMatch(/手机号|phone/i);
    const said = await c.say(details);
    expect(said.text).toMatch(/138\*{4}5678|13812345678/);
    expect(said.tools).not.toContain('ticketStatus');
  });
});

describe('asking after an existing ticket still looks it up by phone', () => {
  it.each([
    ['zh', '上周报修的空调到哪一步了 我手机13912345678'],
    ['en', 'any update on my repair ticket? I lost the number, my mobile is 13912345678'],
  ])('%s', async (_lang, text) => {
    const c = world.customer(`details-status-${text}`);
    const said = await c.say(text);
    expect(said.text).toMatch(LOOKUP);
  });
});
