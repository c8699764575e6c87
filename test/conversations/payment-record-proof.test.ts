/**
 * A payment record in place of a lost invoice (task e22, kind 3): told beside a warranty question
 * ("发票没了 微信里有付款记录 还保吗") the answer says the record counts as proof and goes by the date
 * given; asked whether it will do in a customer's own way ("扣款记录管用不") with the date beside it,
 * it is answered, never "I can't answer that".
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

describe('a payment record offered as proof of purchase is said to count', () => {
  it('told beside a warranty question, the verdict says the record counts (zh)', async () => {
    const c = world.customer('e22-proof-told-zh');
    await c.say('格力空调制热不热 吹的是凉风');
    const said = await c.say('前年八月份买的 发票早就扔了 不过淘宝上还能查到订单 现在还在保修期吗');
    expect(said.text).toMatch(/订单记录.{0,12}可以作为购买凭证/);
    expect(said.text).toMatch(/保修/);
    expect(said.text).not.toMatch(/答不了|没有确切资料/);
  });

  it('told beside a warranty question, the verdict says the record counts (en)', async () => {
    const c = world.customer('e22-proof-told-en');
    await c.say('my Bosch dishwasher leaves the dishes wet and cold');
    const said = await c.say('got it in March last year, the receipt went in the bin but the payment is in my banking app, is it still under warranty?');
    expect(said.text).toMatch(/payment record showing the shop and the date works as proof of purchase/i);
    expect(said.text).not.toMatch(/can't answer|don't have (?:reliable|exact) information/i);
  });

  it('"扣款记录管用不" with the date beside it is answered in a booking (zh)', async () => {
    const c = world.customer('e22-proof-asked-zh');
    await c.sayAll('西门子冰箱冷冻室结了好多霜 冷藏不凉', '拔了插头等了半天再插上 还是不凉');
    const said = await c.say('型号KA50NE20TI 大前年国庆在苏宁买的 小票找不见了 银行卡扣款记录还在 管用不');
    expect(said.text).toMatch(/付款记录.{0,6}可以作为购买凭证/);
    expect(said.text).not.toMatch(/答不了|没有确切资料/);
  });

  it('"I can show the card charge, is that good enough" with the date beside it is answered in a booking (en)', async () => {
    const c = world.customer('e22-proof-asked-en');
    await c.sayAll('my Siemens fridge is frosting up and the bottom is warm', 'unplugged it for an hour, still the same');
    const said = await c.say('model KA50NE20TI, bought it in May 2023, the receipt is long gone, I can show the card charge though, is that good enough?');
    expect(said.text).toMatch(/payment record showing the shop and the date works as proof of purchase/i);
    expect(said.text).not.toMatch(/can't answer|don't have (?:reliable|exact) information/i);
  });
});
