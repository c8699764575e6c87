/**
 * Which proof of purchase counts when the invoice is not at hand: a payment record, an order
 * screenshot, an e-invoice, or the serial number / nameplate date as the fallback. Answered from
 * the knowledge base's proof rule at the start of a chat, beside a fault and inside a booking; never
 * "I can't help with that" nor a ticket lookup because an order was named. Wordings are our own.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
let n = 0;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

const chat = (...lines: string[]): Promise<string[]> => world.customer(`proof-kinds-${++n}`).sayAll(...lines);

// The kind of proof asked about is answered yes (or, for a serial number, no) first, in a line, with who checks it (task v2):
// not the whole rule paragraph again, which left the customer to find their answer in it.
const RULE = {
  zh: /(?:^|\n)(?:可以[，。]|序列号和出厂日期证明不了购买日期)[^\n]*核对凭证/,
  en: /(?:^|\n)(?:Yes, |A serial number or production date doesn't prove)[^\n]*checked by/,
};
const WHOLE_RULE = /发票遗失时，这些都可以证明|If the invoice is lost, any of these can prove/;
const WRONG = /帮不上忙|can't help with that|AS- 开头|starts with AS-|没有确切|reliable answer/;

describe('which proof of purchase will do', () => {
  it.each([
    ['zh', '小票早扔了，微信里的付款记录能不能用来保修'],
    ['zh', '没开发票，淘宝订单截个图给你行吗'],
    ['zh', '发票不知道放哪了，支付宝账单算不算凭证'],
    ['zh', '找不到发票了 机器上的序列号能查保修吗'],
    ['en', "I can't find the receipt, will a screenshot of my payment in WeChat Pay do?"],
    ['en', 'does the order confirmation email count as proof for the warranty?'],
    ['en', 'never got an invoice — can you check the warranty with the serial number instead?'],
    ['en', 'receipt is gone, would my card statement be enough proof?'],
  ])('at the start of a chat: the proof rule (%s: %s)', async (lang, line) => {
    const [reply] = await chat(line);
    expect(reply).not.toMatch(WRONG);
    expect(reply).toMatch(RULE[lang as 'zh' | 'en']);
    expect(reply).not.toMatch(WHOLE_RULE);
  });

  it.each([
    ['zh', '冰箱冷藏室不凉', '发票没了，付款截图可以保修吗'],
    ['en', 'my washing machine will not drain', 'no receipt here, is the online order screenshot ok for the warranty?'],
  ])('beside a fault just answered (%s)', async (lang, fault, line) => {
    const [, reply] = await chat(fault, line);
    expect(reply).not.toMatch(WRONG);
    expect(reply).toMatch(RULE[lang as 'zh' | 'en']);
    expect(reply).not.toMatch(WHOLE_RULE);
  });

  it.each([
    ['zh', '热水器坏了要报修', '发票找不着 银行卡消费记录行不行', /型号|电话|地址|什么问题|情况/],
    ['en', 'I want to book a repair for my dishwasher', 'lost the invoice, will a bank statement do?', /model|phone|address|what.*(?:problem|wrong|doing)/i],
  ])('inside a booking: the rule, and the booking goes on (%s)', async (lang, start, line, next) => {
    const [, reply] = await chat(start, line);
    expect(reply).not.toMatch(WRONG);
    expect(reply).toMatch(RULE[lang as 'zh' | 'en']);
    expect(reply).not.toMatch(WHOLE_RULE);
    expect(reply).toMatch(next);
  });

  // The invoice said lost a turn before: the payment record asked about alone is the same question.
  it.each([
    ['zh', '洗衣机脱水的时候响得厉害 还在保修期吗', '前年十月买的 发票早没了', '我支付宝的付款记录还在 这个管用吗'],
    ['zh', '热水器不出热水 保修吗', '去年买的 小票丢了', '银行流水可以吗'],
    ['en', 'my dryer stopped heating, is it covered?', 'got it in spring last year, no receipt any more', 'I paid by card, would the bank statement do?'],
    ['en', 'is my TV still under warranty? the screen flickers', 'bought it 2025, the receipt is gone', 'the payment history is in my banking app, is that ok?'],
  ])('a payment record asked about after the invoice was said lost (%s: %s)', async (lang, first, second, line) => {
    const [, , reply] = await chat(first, second, line);
    expect(reply).not.toMatch(WRONG);
    expect(reply).toMatch(RULE[lang as 'zh' | 'en']);
    expect(reply).not.toMatch(WHOLE_RULE);
  });
});
