/**
 * y6 (session 19): two appliances told in one message, carried past the first answer. Facts named
 * for each product (brand, model, purchase date) go to that product's ticket, never to whichever
 * was answered last, and the other product's name is no new vague fault; "neither works" books both
 * in the order told, each ticket with its own problem line; one said to work and the other not
 * books the other at once; both said to work closes both. Wordings are our own.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
let n = 0;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

const PHONE_ASKED = /手机号|mobile number|phone number should/i;
const ADDRESS_ASKED = /上门地址是哪里|address for the visit/i;
const MODEL_ASKED = /知道型号吗|model number\?/i;
const SUMMARY = /跟您确认一下报修信息|Let me confirm the repair request/;

/** Answers what the bot asks (model, date, phone, address, yes) until nothing more is asked, at most `turns` times. */
async function bookAll(c: ReturnType<World['customer']>, lang: 'zh' | 'en', asked: string, turns = 14): Promise<string[]> {
  const zh = lang === 'zh';
  const replies: string[] = [];
  let last = asked;
  for (let i = 0; i < turns; i++) {
    const answer = MODEL_ASKED.test(last)
      ? zh
        ? '不清楚'
        : 'no idea'
      : /什么时候买|when did you buy/i.test(last)
        ? zh
          ? '2025年6月'
          : 'June 2025'
        : PHONE_ASKED.test(last)
          ? '13700001111'
          : ADDRESS_ASKED.test(last)
            ? zh
              ? '南京市鼓楼区中山路12号3栋502，周日下午'
              : '12 Zhongshan Road, Building 3, Flat 502, Nanjing, Sunday afternoon'
            : /回复“对”|Reply "yes"/.test(last)
              ? zh
                ? '没问题'
                : 'yes'
              : undefined;
    if (!answer) break;
    last = (await c.say(answer)).text;
    replies.push(last);
  }
  return replies;
}

const ZH_OPEN = '冰箱冷藏室不凉了，还有微波炉不加热';
const EN_OPEN = 'my fridge is not cooling and the microwave does not heat either';

describe('two appliances carried to the end', () => {
  it.each([
    ['zh', ZH_OPEN, '冰箱买的是美的，微波炉是格兰仕的', /美的[\s\S]*格兰仕/, '每一步都照做了，哪个都没好', /先登记冰箱/],
    ['en', EN_OPEN, 'the fridge is a Midea and the microwave a Galanz', /Midea[\s\S]*Galanz/, 'did every step, neither one is working', /book the fridge first/],
  ])('a brand for each, then neither fixed: both booked in the order told, each with its own brand and problem (%s)', async (lang, open, brands, noted, neither, order) => {
    const c = world.customer(`y6-brands-${++n}`);
    await c.say(open);
    const heard = await c.say(brands);
    expect(heard.text).toMatch(noted);
    // (The other product's name is no new, vague fault: the steps' outcome is still what is asked.)
    expect(heard.text).not.toMatch(/具体说说|什么情况|tell me a bit more|what the \w+ is doing/i);
    const booking = await c.say(neither);
    expect(booking.text).toMatch(order);
    const replies = [booking.text, ...(await bookAll(c, lang as 'zh' | 'en', booking.text))];
    const summaries = replies.filter((r) => SUMMARY.test(r));
    expect(summaries).toHaveLength(2);
    expect(summaries[0]).toMatch(lang === 'zh' ? /产品：美的冰箱/ : /Product: Midea fridge/);
    expect(summaries[1]).toMatch(lang === 'zh' ? /产品：格兰仕微波炉/ : /Product: Galanz microwave/);
    // The second summary says which product it is for, not that some other matter came up.
    expect(summaries[1]).toMatch(lang === 'zh' ? /这张是微波炉的工单/ : /the microwave's own ticket/);
    expect(replies.filter((r) => PHONE_ASKED.test(r))).toHaveLength(1);
    const tickets = await c.tickets();
    expect(tickets).toHaveLength(2);
    const fridge = tickets.find((t) => t.category === 'refrigerator');
    const microwave = tickets.find((t) => t.category === 'microwave');
    expect(fridge?.brand).toBe('Midea');
    expect(microwave?.brand).toBe('Galanz');
    // Each problem line is that product's own fault, never the verdict said of both.
    expect(fridge?.symptom).not.toMatch(/没好|照做|neither|every step/i);
    expect(microwave?.symptom).not.toMatch(/没好|照做|neither|every step/i);
    expect(fridge?.symptom).toMatch(/冰箱|fridge/i);
    expect(microwave?.symptom).toMatch(/微波炉|microwave/i);
  });

  it.each([
    ['zh', ZH_OPEN, '冰箱型号BCD-258WDPM，是前年双十一买的；微波炉型号M1-L213B，今年3月买的', '都试了，全都不行'],
    ['en', EN_OPEN, 'the fridge model is BCD-258WDPM, bought in 2024, and the microwave model is M1-L213B, bought in March 2026', 'went through all of it and none of them worked'],
  ])('a model and a purchase date for each: neither asked again, each ticket keeps its own (%s)', async (lang, open, facts, neither) => {
    const c = world.customer(`y6-models-${++n}`);
    await c.say(open);
    await c.say(facts);
    const booking = await c.say(neither);
    const replies = [booking.text, ...(await bookAll(c, lang as 'zh' | 'en', booking.text))];
    expect(replies.filter((r) => MODEL_ASKED.test(r))).toHaveLength(0);
    expect(replies.filter((r) => /什么时候买|when did you buy/i.test(r))).toHaveLength(0);
    const tickets = await c.tickets();
    expect(tickets).toHaveLength(2);
    const fridge = tickets.find((t) => t.category === 'refrigerator');
    const microwave = tickets.find((t) => t.category === 'microwave');
    expect(fridge?.model).toBe('BCD-258WDPM');
    expect(microwave?.model).toBe('M1-L213B');
    // (A span is no exact day for the ticket's date field: the summaries say each product's own.)
    const summaries = replies.filter((r) => SUMMARY.test(r));
    expect(summaries[0]).toMatch(lang === 'zh' ? /产品：冰箱[\s\S]*购买时间：2024年11月/ : /Product: fridge[\s\S]*Purchased: 2024/);
    expect(summaries[1]).toMatch(lang === 'zh' ? /产品：微波炉[\s\S]*购买时间：2026年3月/ : /Product: microwave[\s\S]*Purchased: March 2026/);
  });

  it.each([
    ['zh', ZH_OPEN, '微波炉能热了，冰箱还是不凉', /微波炉好了就好[\s\S]*冰箱/],
    ['en', EN_OPEN, 'the microwave heats fine now, but the fridge is still warm', /glad the microwave works now[\s\S]*fridge/i],
  ])('one works, the other not: the other is booked at once, the working one not at all (%s)', async (lang, open, mixed, heard) => {
    const c = world.customer(`y6-mixed-${++n}`);
    await c.say(open);
    const reply = await c.say(mixed);
    expect(reply.text).toMatch(heard);
    expect(reply.text).toMatch(MODEL_ASKED);
    const replies = await bookAll(c, lang as 'zh' | 'en', reply.text);
    expect(replies.join('\n')).not.toMatch(/微波炉的问题|You also mentioned the microwave/);
    const tickets = await c.tickets();
    expect(tickets.map((t) => t.category)).toEqual(['refrigerator']);
  });

  it.each([
    ['zh', ZH_OPEN, '冰箱还是一点不凉', /微波炉[\s\S]*好了吗/],
    ['en', EN_OPEN, 'the fridge is still not cold at all', /microwave[\s\S]*did the steps above fix it/i],
  ])('only the one answered first is said still broken: that one is booked, the other asked about after (%s)', async (lang, open, first, asked) => {
    const c = world.customer(`y6-first-${++n}`);
    await c.say(open);
    const booking = await c.say(first);
    const replies = [booking.text, ...(await bookAll(c, lang as 'zh' | 'en', booking.text))];
    const tickets = await c.tickets();
    expect(tickets.map((t) => t.category)).toEqual(['refrigerator']);
    expect(replies.at(-1)).toMatch(asked);
  });

  it.each([
    ['zh', ZH_OPEN, '冰箱已经能制冷了，微波炉也能加热了'],
    ['en', EN_OPEN, 'the fridge is cooling again and the microwave is heating now'],
  ])('each named as working: both closed, neither asked about again (%s)', async (_lang, open, both) => {
    const c = world.customer(`y6-both-${++n}`);
    await c.say(open);
    const reply = await c.say(both);
    expect(reply.text).toMatch(/能用就好|glad it's working/);
    expect(reply.text).not.toMatch(/好了吗|did the steps above fix it/i);
  });
});
