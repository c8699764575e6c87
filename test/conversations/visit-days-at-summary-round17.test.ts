/**
 * Playtest round 17: at a booking's summary, "tomorrow or the day after" is kept as both days (it
 * was said back as the second alone), and "tomorrow, Monday" is when to come, never a new purchase
 * date (it moved the purchase to last Monday and promised a 7-day return).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

const BOOKING = {
  zh: ['美的洗碗机不排水了 底下全是水', '还是不行 派个师傅来吧 电话13812340000 地址上海市徐汇区宛平南路88号3号楼502 前年买的'],
  en: ['my Siemens dishwasher leaves water in the bottom, not draining', 'still the same. send an engineer please. phone 13812340000, address Room 502, 88 Wanping Road, Shanghai. bought it in 2023'],
};

async function atSummary(c: ReturnType<World['customer']>, lang: 'zh' | 'en') {
  let said = (await c.sayAll(...BOOKING[lang])).at(-1)!;
  for (let i = 0; i < 3 && !/跟您确认一下|Let me confirm/.test(said); i++) said = (await c.say(lang === 'zh' ? '型号不知道' : "don't know the model")).text;
  return said;
}

describe('two relative days at the summary, round 17', () => {
  it.each([
    ['zh', '明天或者后天都可以'],
    ['zh', '后天还是明天 随便哪天'],
    ['en', 'tomorrow or the day after, either is fine'],
    ['en', 'the day after tomorrow or tomorrow'],
  ] as const)('(%s) both days are kept: %s', async (lang, time) => {
    const c = world.customer(`r17-days-${time}`);
    await atSummary(c, lang);
    const said = await c.say(time);
    const both = lang === 'zh' ? /(\d+)月(\d+)日（周.）或\d+月\d+日（周.）/ : /\w{3} \d+ \w{3} or \w{3} \d+ \w{3}/;
    expect(said.text).toMatch(both);
  });
});

describe('a day to come beside a weekday is no purchase date, round 17', () => {
  it.each([
    ['zh', '明天周一最好'],
    ['zh', '下周二吧 周二我在家'],
    ['en', 'tomorrow, Monday, suits me best'],
    ['en', 'next week Thursday would be good'],
  ] as const)('(%s) the purchase date stays: %s', async (lang, time) => {
    const c = world.customer(`r17-weekday-${time}`);
    const summary = await atSummary(c, lang);
    const bought = lang === 'zh' ? /购买时间：([^\n]+)/ : /Purchased: ([^\n]+)/;
    const before = bought.exec(summary)?.[1];
    expect(before).toBeTruthy();
    const said = await c.say(time);
    expect(bought.exec(said.text)?.[1]).toBe(before);
    expect(said.text).not.toMatch(/退货|refund/i);
  });
});
