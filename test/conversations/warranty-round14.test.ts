/**
 * Playtest round 14: a warranty question is answered before anything is asked (the period, or the
 * general rule and which product), then the customer may give a rough date to have their own cover
 * worked out; rough purchase dates are kept as dates and never become the problem; a carried-in
 * product's rough-date answer names the service centre, not a visit; "is it free?" after a
 * handoff or a filed ticket gets the fee and warranty of that ticket's product.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

/** The old first reply to a warranty question: a bare demand for the date. */
const BARE_DATE_QUESTION = /^\s*什么时候买的？|When did you buy it\?/m;
const OFFER = /告诉我大概什么时候买的[\s\S]*算|tell me roughly when you bought it[\s\S]*work out whether yours is still covered/i;

describe('a warranty question gets its answer first', () => {
  it.each([
    ['zh', '冰箱保修期多久', /冰箱整机保修1年/],
    ['zh', '洗衣机包修几年', /洗衣机整机保修1年/],
    ['zh', '电视机质保是几年？', /整机1年/],
    ['zh', '空调整机保几年 压缩机呢', /空调整机保修1年/],
    ['en', 'how long is the guarantee on a fridge?', /whole unit 1 year/i],
    ['en', 'is the washing machine covered for 3 years?', /whole unit 1 year/i],
    ['en', 'what warranty do televisions come with?', /whole unit 1 year/i],
    ['en', 'how many years of coverage does an air conditioner get?', /covered for 1 year/i],
  ])('the period is said, then the date is offered, not demanded (%s: %s)', async (_lang, line, period) => {
    const said = await world.customer(`w14-period-${line}`).say(line);
    expect(said.text).toMatch(period);
    expect(said.text).toMatch(OFFER);
    expect(said.text).not.toMatch(BARE_DATE_QUESTION);
    // Never another product's rule (the hob's, the wall mount's).
    expect(said.text).not.toMatch(/燃气灶|挂架|range hood|wall mount/i);
    expect(said.text.indexOf(said.text.match(period)![0])).toBeLessThan(said.text.search(OFFER));
  });

  it.each([
    ['zh', '保修期一般多久？', '洗衣机', /整机保修1年[\s\S]*主要部件[\s\S]*3年/, /哪种产品/, /洗衣机整机保修1年/],
    ['zh', '你们包修几年啊', '冰箱', /整机保修1年/, /哪种产品/, /冰箱整机保修1年/],
    ['en', 'how long is the warranty usually?', 'an air conditioner', /1 year on the whole unit and 3 years on main parts/, /which product/i, /air conditioner is covered for 1 year/i],
    ['en', "what's the standard guarantee period?", 'a fridge', /1 year on the whole unit/, /which product/i, /Refrigerators: whole unit 1 year/],
  ])('with no product named: the general rule, then which product, then its own rule (%s: %s)', async (_lang, line, product, general, which, own) => {
    const c = world.customer(`w14-general-${line}`);
    const first = await c.say(line);
    expect(first.text).toMatch(general);
    expect(first.text).toMatch(which);
    // One product's rule is not the general one.
    expect(first.text).not.toMatch(/燃气灶|油烟机|range hood/i);
    const next = await c.say(product);
    expect(next.text).toMatch(own);
    expect(next.text).toMatch(OFFER);
  });

  it.each([
    ['zh', '冰箱保修几年', '大概今年三月', /在保修期内/],
    ['zh', '电视保修期是多久', '去年春天买的', /已过保修期|已于.*到期/],
    ['en', 'how long is the warranty on a TV?', 'around March this year', /under warranty/i],
    ['en', 'how long is the fridge guarantee?', 'bought it in spring last year', /out of warranty/i],
  ])('a rough date after the offer gives the verdict, without the rule again (%s: %s)', async (_lang, question, date, verdict) => {
    const c = world.customer(`w14-verdict-${question}`);
    const first = await c.say(question);
    const rule = first.text.split('\n').find((line) => /整机[^\n]*1年|whole unit 1 year/i.test(line))!;
    expect(rule).toBeTruthy();
    const next = await c.say(date);
    expect(next.text).toMatch(verdict);
    expect(next.text).not.toContain(rule);
    expect(next.text).not.toMatch(/什么时候买的|when did you buy/i);
  });

  it.each([
    ['zh', '冰箱保修几年', '好的谢谢', /不客气/],
    ['zh', '洗衣机保修期多长', '不用了，谢谢', /有需要随时找我/],
    ['en', 'how long is the fridge warranty?', 'thanks', /welcome/i],
    ['en', 'how long does the TV guarantee last?', 'no need, thanks', /any time/i],
  ])('the date is only offered: thanks or no thanks closes it, without pressing or "cancelled" (%s: %s)', async (_lang, question, reply, closing) => {
    const c = world.customer(`w14-close-${question}-${reply}`);
    await c.say(question);
    const said = await c.say(reply);
    expect(said.text).toMatch(closing);
    expect(said.text).not.toMatch(/已取消|cancelled|年月|什么时候买|month and year|when you bought/i);
  });

  it.each([
    ['zh', '洗衣机电机保修几年？', /电机/],
    ['en', 'is the washing machine motor covered?', /3 years on the motor/],
    ['en', 'how long is the compressor on a fridge covered?', /compressor/],
  ])('a part asked about: its cover, and the date offered once (%s: %s)', async (_lang, line, part) => {
    const said = await world.customer(`w14-part-${line}`).say(line);
    expect(said.text).toMatch(part);
    expect(said.text.match(/什么时候买的|when you bought it/gi)?.length).toBe(1);
  });

  it('a product without a warranty rule of its own gets the general period, not another product’s (zh, en)', async () => {
    const zh = await world.customer('w14-kettle-zh').say('电水壶还在保修期吗');
    expect(zh.text).toMatch(/电水壶一般整机保修1年/);
    expect(zh.text).not.toMatch(/燃气灶|微波炉/);
    const en = await world.customer('w14-kettle-en').say('is my rice cooker still under warranty?');
    expect(en.text).toMatch(/1 year/);
    expect(en.text).toMatch(OFFER);
  });
});

describe('rough purchase dates are kept, never the problem', () => {
  it.each([
    ['zh', '电视要报修', '大概今年三月', '开机没画面', '不知道', /购买时间：2026年3月左右/, /问题：开机没画面/],
    ['zh', '油烟机要报修', '去年年底买的', '吸力很小，噪音大', '不知道', /购买时间：2025年11月至12月/, /问题：吸力很小，噪音大/],
    ['zh', '热水器要修一下', '差不多去年夏天吧', '不出热水', '不知道', /购买时间：2025年夏天/, /问题：不出热水/],
    ['en', 'I want to book a repair for my TV', 'around March this year', 'no picture but the sound works', 'no', /Purchased: about March 2026/, /Problem: no picture but the sound works/],
    ['en', 'please book a repair for the dishwasher', 'bought it in spring last year', 'it does not drain', 'no', /Purchased: spring 2025/, /Problem: it does not drain/],
    ['en', 'please book a repair for my range hood', 'roughly the end of last year', 'the fan is very weak', 'no', /Purchased: November to December 2025/, /Problem: the fan is very weak/],
  ])('a date given where the problem was asked is the date; the problem is asked again (%s: %s)', async (lang, start, date, problem, model, purchased, problemLine) => {
    const c = world.customer(`w14-symptom-${start}`);
    await c.say(start);
    const again = await c.say(date);
    // The problem is asked once more, in other words; the date is not asked later.
    expect(again.text).toMatch(/一句话|One line/);
    await c.say(problem);
    await c.say(model);
    await c.say('13912345678');
    const summary = await c.say(lang === 'zh' ? '杭州市西湖区文三路88号2单元501' : 'Flat 501, Unit 2, 88 Wensan Road, Xihu District, Hangzhou');
    expect(summary.text).toMatch(purchased);
    expect(summary.text).toMatch(problemLine);
    expect(summary.text).not.toMatch(/问题：[^\n]*(?:今年|去年|三月)|Problem:[^\n]*(?:March|spring|last year)/i);
  });

  it.each([
    ['zh', '电视大概今年三月买的，现在开不了机，要报修', '不知道', /问题：现在开不了机/],
    ['zh', '去年年底入手的冰箱不制冷了，帮我报修', '不知道', /问题：[^\n]*冰箱不制冷/],
    ['en', "TV bought around March this year won't switch on, need a repair", 'no', /Problem: TV won't switch on/],
    ['en', 'my fridge, bought roughly at the end of last year, stopped cooling, please send someone', 'no', /Problem: (?:my fridge,? )?stopped cooling/],
  ])('the date said inside the problem is taken out of it (%s: %s)', async (lang, first, model, problemLine) => {
    const c = world.customer(`w14-inline-${first}`);
    await c.say(first);
    await c.say(model);
    await c.say('13912345678');
    const summary = await c.say(lang === 'zh' ? '杭州市西湖区文三路88号2单元501' : 'Flat 501, Unit 2, 88 Wensan Road, Xihu District, Hangzhou');
    expect(summary.text).toMatch(problemLine);
    expect(summary.text).not.toMatch(/问题：[^\n]*(?:今年|去年|三月|年底)|Problem:[^\n]*(?:March|last year)/i);
    expect(summary.text).toMatch(/购买时间：20\d\d|Purchased: (?:about )?\w/);
  });

  it.each([
    ['zh', '我的冰箱还在保修期吗', ['今年三月左右', '大概去年秋天', '前年年底吧']],
    ['en', 'is my washing machine still covered?', ['around March this year', 'March 2026 or so', 'sometime last spring']],
  ])('every rough date answers the warranty question in one go (%s)', async (lang, question, dates) => {
    for (const date of dates) {
      const c = world.customer(`w14-once-${lang}-${date}`);
      await c.say(question);
      const said = await c.say(date);
      expect(said.tools).toContain('verifyWarranty');
      expect(said.text).not.toMatch(/什么时候买|大概的年月也行|when did you buy|A month and year helps/i);
    }
  });
});

describe('carried-in products are checked at the service centre', () => {
  it.each([
    ['zh', '手机还在保修期吗', '去年年底买的'],
    ['zh', '电水壶还保修吗', '大概去年十一月'],
    ['en', 'is my phone still under warranty?', 'end of last year'],
    ['en', 'are my earbuds still under warranty?', 'roughly November last year'],
  ])('a rough date that cannot settle it names the service centre, never a visit (%s: %s)', async (_lang, question, date) => {
    const c = world.customer(`w14-carry-${question}`);
    await c.say(question);
    const said = await c.say(date);
    expect(said.text).toMatch(/服务中心|service centre/i);
    expect(said.text).not.toMatch(/工程师上门|上门时|engineer will check|engineer's visit|on the visit/i);
  });
});

describe('"is it free?" while waiting for a person', () => {
  it.each([
    ['zh', '冰箱不制冷了', '转人工', '免费吗？', /冰箱整机保修1年/],
    ['zh', '洗衣机脱水时响声很大', '我要找人工客服', '修这个要花钱吗', /洗衣机整机保修1年/],
    ['en', 'my fridge stopped cooling', 'human please', 'is it free?', /fridge is covered for 1 year/],
    ['en', 'the washing machine is very loud when spinning', 'let me talk to a person', 'will I have to pay for the repair?', /washing machine is covered for 1 year/],
  ])('after a handoff: the fee follows the ticket product’s warranty (%s: %s)', async (_lang, problem, human, question, period) => {
    const c = world.customer(`w14-wait-${question}-${problem}`);
    await c.say(problem);
    await c.say(human);
    const said = await c.say(question);
    expect(said.text).toMatch(period);
    expect(said.text).toMatch(/告诉我大概什么时候买的|tell me roughly when you bought it/i);
    expect(said.text).toMatch(/付费维修|paid repair/i);
    expect(said.text).not.toMatch(/退款|refund|赔|compensat|damage this has caused/i);
  });

  it.each([
    ['zh', ['空调不制冷了，要报修', '不知道', '不记得了', '13912345678', '杭州市西湖区文三路88号2单元501', '对'], '免费吗', /空调整机保修1年/],
    ['zh', ['冰箱不制冷，要报修', '不知道', '今年三月左右', '13912345678', '杭州市西湖区文三路88号2单元501', '对'], '要收钱吗？', /在保修期内/],
    [
      'en',
      ['I need a repair, my fridge is not cooling', 'no', 'no idea', '13912345678', 'Flat 501, Unit 2, 88 Wensan Road, Xihu District, Hangzhou', 'yes'],
      'is it free?',
      /fridge is covered for 1 year/,
    ],
    [
      'en',
      ['I need a repair, my fridge is not cooling', 'no', 'around March this year', '13912345678', 'Flat 501, Unit 2, 88 Wensan Road, Xihu District, Hangzhou', 'yes'],
      'do I have to pay anything?',
      /under warranty/i,
    ],
  ])('after a filed ticket: in or out of cover by what is known, else what decides it (%s: %s)', async (_lang, form, question, answer) => {
    const c = world.customer(`w14-filed-${question}-${form[2]}`);
    for (const line of form) await c.say(line);
    expect((await c.tickets()).length).toBe(1);
    const said = await c.say(question);
    expect(said.text).toMatch(answer);
    expect(said.text).toMatch(/正常使用|normal use/i);
    expect(said.text).not.toMatch(/退款|refund|没有确切的资料|no reliable/i);
  });

  it('a carried-in product waiting for a person hears of the service centre, not a call-out (en, zh)', async () => {
    const en = world.customer('w14-wait-phone-en');
    await en.say('my phone screen flickers, I want it repaired');
    await en.say('human');
    const said = await en.say('do I have to pay?');
    expect(said.text).toMatch(/phone is covered for 1 year/);
    expect(said.text).toMatch(/service centre/);
    expect(said.text).not.toMatch(/engineer|call-out/i);
    const zh = world.customer('w14-wait-phone-zh');
    await zh.say('手机屏幕闪，要修');
    await zh.say('转人工');
    const heard = await zh.say('要花钱吗');
    expect(heard.text).toMatch(/服务中心/);
    expect(heard.text).not.toMatch(/工程师|上门费/);
  });
});
