/**
 * Facts kept, intents read right, no question asked again (issue 16): each a short conversation
 * through the whole offline assistant, in Chinese and English, judged by what the customer hears
 * and by the ticket filed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

const MENU = /请说说遇到了什么问题|What can I help with/;

describe('facts kept and corrected', () => {
  it.each([
    ['zh', '我家便携式空调不出冷风了', '不是便携空调，是除湿机', /除湿机/],
    ['en', 'my portable air conditioner stopped cooling', "sorry, I mean it's a dehumidifier not an AC", /dehumidifier/],
  ])('a product corrected after self-help replaces the product (%s)', async (_lang, first, correction, product) => {
    const c = world.customer(`ff-product-${_lang}`);
    await c.say(first);
    const after = await c.say(correction);
    // Read as the correction it is: no visit booked as if the steps had failed, and the right product talked about.
    expect(after.text).not.toMatch(/没能解决|didn't fix it/);
    expect(after.text).toMatch(product);
  });

  it.each([
    ['zh', ['我要报修', '洗衣机', '不排水', '不知道', '2025年3月', '13812345679', '上海市徐汇区中山西路88号7号楼502室 23号上午'], '日期改成24号，不是23号', '24号上午', '23号上午', '对'],
    [
      'en',
      ["my washing machine won't drain, I need a technician", 'Haier', 'bought it in March 2025', '13812345678', '88 Zhongshan Road, Xuhui District, Shanghai, Friday afternoon'],
      'sorry, Saturday not Friday',
      'Saturday afternoon',
      'Friday',
      'yes',
    ],
  ])('a visit day corrected by contrast replaces the day in the confirmation and on the ticket (%s)', async (lang, form, correction, right, wrong, yes) => {
    const c = world.customer(`ff-day-${lang}`);
    for (const text of form) await c.say(text);
    const restated = await c.say(correction);
    expect(restated.text).toContain(right);
    expect(restated.text).not.toContain(wrong);
    expect(restated.text).not.toMatch(/工单号发给我|ticket number/i);
    await c.say(yes);
    const [ticket] = await c.tickets();
    expect(ticket?.address).toContain(right);
  });

  it.each([
    ['zh', '燃气灶打火的时候有嘶嘶声 还有煤气味 我电话13812345678'],
    ['en', 'my gas hob is hissing and I smell gas, my number is 13812345678'],
  ])('a phone typed with a danger report goes on the ticket and is not asked for (%s)', async (lang, text) => {
    const c = world.customer(`ff-danger-phone-${lang}`);
    const said = await c.say(text);
    expect(said.text).not.toMatch(/留一个手机号|leave a phone number/);
    const [ticket] = await c.tickets();
    expect(ticket?.contactPhone).toBe('13812345678');
  });
});

describe('intents read right', () => {
  it.each([
    ['zh', ['洗衣机不脱水了 海尔的', '没用'], '那换货 不要修'],
    ['en', ["my Haier washer won't spin", "no it didn't help"], "don't repair it, I want an exchange"],
  ])('an exchange asked for instead of the repair is registered, not cancelled (%s)', async (lang, before, ask) => {
    const c = world.customer(`ff-exchange-${lang}`);
    for (const text of before) await c.say(text);
    const said = await c.say(ask);
    expect(said.text).not.toMatch(/已取消|cancelled/);
    // The return/exchange flow asks how or, with the fault told, when it was bought (the 7/15-day rules depend on it).
    expect(said.text).toMatch(/网上买的|门店|online|store|哪天买的|which day did you buy/i);
  });

  it.each([
    ['zh', '洗碗机不排水，直接派个师傅来吧'],
    ['en', "my dishwasher won't drain, just book someone"],
  ])('"just book someone" books instead of troubleshooting (%s)', async (lang, text) => {
    const c = world.customer(`ff-book-${lang}`);
    const said = await c.say(text);
    expect(said.text).toMatch(/型号|model/i);
    expect(said.text).not.toMatch(/具体说说|tell me a bit more|可以先试试|Please try/);
  });

  it.each([
    ['zh', '冰箱有异响', '我没说要报修，我就想知道这正常吗'],
    ['en', 'my fridge is making a clicking noise', "no, I only want to know if it's normal"],
  ])('a visit turned down is not booked (%s)', async (lang, first, decline) => {
    const c = world.customer(`ff-decline-${lang}`);
    await c.say(first);
    const said = await c.say(decline);
    expect(said.text).not.toMatch(/型号|model number|预约工程师|book an engineer/i);
    expect(await c.tickets()).toEqual([]);
  });

  it.each([
    ['zh', ['我要报修', '冰箱', '不制冷', '不知道', '2024年7月', '13811112222', '上海市徐汇区中山西路88号7号楼502室'], '派人来看看'],
    ['en', ["my washing machine won't drain, I need a technician", 'Haier', 'bought it in March 2025', '13812345678', '88 Zhongshan Road, Xuhui District, Shanghai'], 'just send someone'],
  ])('asking for the visit while it is being confirmed files it, never the menu (%s)', async (lang, form, ask) => {
    const c = world.customer(`ff-confirm-ask-${lang}`);
    for (const text of form) await c.say(text);
    const said = await c.say(ask);
    expect(said.text).not.toMatch(MENU);
    expect(said.text).toMatch(/工单号|ticket AS-/);
  });
});

describe('no question asked again', () => {
  it.each([
    ['zh', ['洗衣机用了一年半了 不排水 我要报修'], '海尔', /什么时候买|购买/],
    ['en', ["my Haier washing machine is 18 months old and won't drain, I need a technician"], "don't know the model", /when did you buy|bought/i],
  ])('a product age said in passing dates the purchase (%s)', async (lang, form, next, dateQuestion) => {
    const c = world.customer(`ff-age-${lang}`);
    for (const text of form) await c.say(text);
    const said = await c.say(next);
    expect(said.text).not.toMatch(dateQuestion);
    expect(said.text).toMatch(/手机号|mobile number/);
  });
});

describe('the problem stored is the fault', () => {
  it.each([
    ['zh', ['我要报修 洗衣机不排水', '海尔', '不知道', '2025年3月', '13812345679', '上海市徐汇区中山西路88号7号楼502室', '对'], '洗衣机不排水', /报修/],
    ['en', ["I need a repair, my washing machine won't drain", 'Haier', 'no idea', 'March 2025', '13812345678', '88 Zhongshan Road, Xuhui District, Shanghai', 'yes'], "won't drain", /need a repair/],
  ])('without the request around it (%s)', async (lang, turns, fault, request) => {
    const c = world.customer(`ff-problem-${lang}`);
    for (const text of turns) await c.say(text);
    const [ticket] = await c.tickets();
    expect(ticket?.symptom).toContain(fault);
    expect(ticket?.symptom).not.toMatch(request);
  });
});
