/**
 * Playtest round 15: "the receipt is gone, is it still covered?" asked in the middle of a repair
 * booking is a question about the proof-of-purchase rule. It is answered from that rule (what else
 * proves the date, and the nameplate's production date when nothing does), with the date already
 * given said back, and the booking goes on: no second warranty check, no date asked again, never
 * "no information", and no free repair promised.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

const NO_INFO = /没有确切|没有资料|no reliable information|no information/i;

describe('proof of purchase asked mid-booking, round 15', () => {
  it.each([
    ["I want to book a repair, my washing machine won't drain", 'bought it in March 2025', 'I threw the receipt away, is it still covered?', /March 2025/],
    ['please send an engineer, the dryer stopped heating', 'got it around June last year', "can't find the invoice anywhere, will you still fix it for free?", /June 2025/],
    ['我要报修，冰箱不制冷了', '2025年3月买的', '发票早就找不到了，还能保修吗', /2025年3月/],
    ['热水器不出热水，帮我约个师傅', '去年夏天买的', '小票扔了，还算保修吗？', /2025年夏/],
  ])('after the date was given, the rule answers with that date and the booking goes on (%s)', async (first, date, question, said) => {
    const c = world.customer(`r15-proof-${question}`);
    await c.say(first);
    await c.say(date);
    const reply = await c.say(question);
    expect(reply.text).toMatch(/订单|order/i);
    expect(reply.text).toMatch(/付款记录|支付记录|payment record/i);
    expect(reply.text).toMatch(/铭牌|nameplate/i);
    expect(reply.text).toMatch(said);
    expect(reply.text).toMatch(/回到刚才的报修|Back to the repair booking/);
    expect(reply.text).not.toMatch(NO_INFO);
    expect(reply.text).not.toMatch(/什么时候买|when did you buy/i);
    expect(reply.text).not.toMatch(/肯定免费|will be free|is free of charge/i);
    expect(reply.tools).not.toContain('verifyWarranty');
  });

  it.each([
    ["book an engineer for my fridge, it's not cooling", 'no invoice, can I still get free repair?'],
    ['my tv has no picture, I want someone to come and fix it', 'the receipt is long gone - does that matter?'],
    ['洗衣机不排水，想约师傅上门修', '单据都没了怎么办'],
    ['空调不制冷，约个上门维修', '没有购物凭证了，会影响保修吗'],
  ])('before any date, the rule answers and the booking asks its next question once (%s)', async (first, question) => {
    const c = world.customer(`r15-proof-nodate-${question}`);
    await c.say(first);
    const reply = await c.say(question);
    expect(reply.text).toMatch(/订单|order/i);
    expect(reply.text).toMatch(/保修卡|warranty card/i);
    expect(reply.text).toMatch(/回到刚才的报修|Back to the repair booking/);
    expect(reply.text).not.toMatch(NO_INFO);
    expect(reply.tools).not.toContain('verifyWarranty');
  });
});
