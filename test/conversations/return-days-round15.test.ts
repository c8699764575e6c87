/**
 * Playtest round 15: a return counted in days. With the delivery date known, "am I past the 7 days,
 * can I still return it?" is answered with the day count and the rule it leaves (past 7: no refund
 * for a fault; within 15: an exchange or repair), and a corrected delivery date replaces the rough
 * one on the return request, never read as a visit time.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  // Sunday 6 December 2026, 11:00 in China.
  world = await openWorld({}, '2026-12-06T03:00:00Z');
});
afterAll(() => world.close());

describe('the days counted for a return', () => {
  it.each([
    ['zh', ['在京东买的海尔洗衣机 甩干时咣咣响 想退掉', '11月28日签收的'], '只超了一天 还能退不', /8天/, /已过7天/, /换货/],
    ['zh', ['网上买的美的冰箱 一直滴滴报警 要退货', '我是上个月28号收到的'], '过了七天是不是就退不了了', /8天/, /已过7天/, /换货/],
    [
      'en',
      ['I ordered a Haier washer online, it rattles badly when spinning, I want to return it', 'it was delivered on 28 November'],
      "so I'm a day over the 7 days, can I still send it back?",
      /8 days/,
      /past 7 days/,
      /exchange/,
    ],
    ['en', ['bought a Midea fridge online and it keeps beeping, I want a refund', 'I signed for it on the 28th'], 'is it too late for a refund now?', /8 days/, /past 7 days/, /exchange/],
  ])('"can I still return it?" is answered with the days (%s)', async (_lang, opening, question, days, past, exchange) => {
    const c = world.customer(`r15-days-${question}`);
    for (const line of opening) await c.say(line);
    const said = await c.say(question);
    expect(said.text).toMatch(days);
    expect(said.text).toMatch(past);
    expect(said.text).toMatch(exchange);
  });

  it.each([
    ['zh', ['在天猫买的美的洗衣机 脱水的时候哐哐响 想退货', '上周到的'], '就超了一天 还能退吗', /7天/, /签收日期/],
    [
      'en',
      ['I ordered a Bosch dishwasher online, it leaks from the door, I want to return it', 'it came last week'],
      'I think I am one day past the 7 days, can I still return it?',
      /7/,
      /day you signed for it/,
    ],
  ])('a rough date across the 7-day line says what each side means and asks the day (%s)', async (_lang, opening, question, limit, ask) => {
    const c = world.customer(`r15-rough-${question}`);
    for (const line of opening) await c.say(line);
    const said = await c.say(question);
    expect(said.text).toMatch(limit);
    expect(said.text).toMatch(ask);
    expect(said.text).toMatch(/换货|exchange/);
  });
});

describe('a corrected delivery date on a return request', () => {
  const zhForm = ['在天猫买的美的洗衣机 脱水的时候哐哐响 想退货', '上周到的', '帮我登记换货吧', '13812345678', '苏州市姑苏区人民路12号6幢301室'];
  const enForm = [
    'I bought a Haier washer on JD, it bangs loudly when spinning, I want to return it',
    'it was delivered last week',
    'please register an exchange',
    '13812345678',
    'Room 502, Building 7, 88 Zhongshan Road, Xuhui District, Shanghai',
  ];
  it.each([
    ['zh', zhForm, '28号签收的'],
    ['zh', zhForm, '日期还是不对！11月28号'],
    ['zh', zhForm, '日期也不对 我是28号签收的'],
    ['en', enForm, 'I signed for it on the 28th'],
    ['en', enForm, 'date is still wrong, 28 Nov'],
    ['en', enForm, 'it arrived on the 28th actually'],
  ])('replaces the rough range and counts the days, never a visit time (%s: %s)', async (lang, form, fix) => {
    const c = world.customer(`r15-fix-${lang}-${fix}`);
    for (const line of form) await c.say(line);
    const said = await c.say(fix);
    expect(said.text).toMatch(lang === 'zh' ? /购买：网购，2026年11月28日\n/ : /Bought: online, 28 November 2026\n/);
    expect(said.text).toMatch(lang === 'zh' ? /8天，已过7天、还在15天内/ : /8 days since purchase: past 7 days, within 15/);
    expect(said.text).not.toMatch(/上门时间|visit time|Preferred time|方便时间|整机保修|whole unit is covered/);
    await c.say(lang === 'zh' ? '对' : 'yes');
    const [ticket] = await c.tickets();
    expect(ticket!.purchaseDate).toBe('2026-11-28');
    expect(ticket!.type).toBe('warranty_claim');
    expect(ticket!.symptom).not.toMatch(/bought|JD|return it|想退货|天猫/i);
  });
});

describe('a change of mind between a refund and an exchange', () => {
  it.each([
    ['zh', '三天前在京东自营买的联想笔记本 风扇声音特别大 想退货', '要不还是换一台同型号的吧 不退了', /改为换货/, /换货申请/],
    ['zh', '前天网上买的九阳豆浆机 打不碎豆子 我要退款', '算了 不退了 给我换个新的', /改为换货/, /换货申请/],
    [
      'en',
      'I ordered a Lenovo laptop online 3 days ago and the fan is really loud, I want a refund',
      'could I exchange it for the same model instead?',
      /exchange instead of a refund/,
      /exchange request/,
    ],
    [
      'en',
      'bought a Philips kettle online two days ago, it leaks at the base, I want my money back',
      'actually, a replacement would be better, no refund',
      /exchange instead of a refund/,
      /exchange request/,
    ],
  ])('is acknowledged in a line and the request goes on as that (%s)', async (_lang, opening, change, ack, kind) => {
    const c = world.customer(`r15-wish-${change}`);
    const first = await c.say(opening);
    const said = await c.say(change);
    expect(said.text).toMatch(ack);
    expect(said.text).not.toBe(first.text);
    // The rule paragraph is not said again word for word.
    expect(said.text).not.toMatch(/三包期从发票开具之日起计算|The period runs from the invoice date/);
    // Bought online: the order's address is used, so the summary follows the phone.
    const summary = await c.say('13812345678');
    expect(summary.text).toMatch(kind);
  });
});

describe('"did that help?" answered with a purchase date', () => {
  it.each([
    ['zh', '史密斯电热水器不出热水', '前年..不对 去年春天买的', /2025年春/],
    ['zh', '美的洗碗机不排水', '大概是去年十月买的', /2025年10月/],
    ['en', "my Midea dishwasher won't drain", 'I bought it in March last year', /March 2025/],
    ['en', 'my Gree air conditioner is not cooling', 'two years ago, no wait, it was last spring', /spring 2026/i],
  ])('keeps the date and asks again whether the steps helped, or offers the visit again (%s)', async (_lang, fault, date, kept) => {
    const c = world.customer(`r15-verdict-${date}`);
    await c.say(fault);
    const said = await c.say(date);
    expect(said.text).toMatch(kept);
    expect(said.text).toMatch(/解决了吗|did they fix it|回复“|reply "yes"/);
    expect(said.text).not.toMatch(/预约工程师上门。|Let's book an engineer visit|型号吗|model number/);
    const next = await c.say(/[\u4e00-\u9fff]/.test(fault) ? '试了 还是不行' : "tried them, still doesn't work");
    expect(next.text).toMatch(/预约|book|型号|model/i);
  });
});
