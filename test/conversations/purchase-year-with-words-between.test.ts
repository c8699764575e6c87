/**
 * A purchase year with words between it and the purchase ("2022年新房装修那会儿买的", "bought it when
 * we first moved into the flat, 2022") is read as that year, never asked for again, never a day more
 * precise than the year said (bot/understanding/slots/purchase-date.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

const ASKS_DATE = /什么时候买的|when did you buy|when you bought/i;

describe('a purchase year with words between it and the purchase', () => {
  it.each([
    ['zh', '冰箱是2022年新房装修那会儿买的，还在保修吗', '2022'],
    ['zh', '洗衣机2020年结婚那年置办的，现在还保修吗', '2020'],
    ['zh', '热水器2023年乔迁新居时候添置的，过保没有', '2023'],
    ['zh', '这台空调2021年房子装修的时候一起买的，还在保修期吗', '2021'],
    ['en', 'is my dryer still under warranty? bought it when we first moved into the flat, 2022', '2022'],
    ['en', 'does the warranty still cover my fridge? we bought it the year we moved house, 2021', '2021'],
    ['en', 'dishwasher warranty question: picked it up when we did the kitchen, back in 2023 I think', '2023'],
  ])('is that year in the warranty answer (%s)', async (_lang, line, year) => {
    const said = await world.customer(`year-between-${line}`).say(line);
    expect(said.tools).toContain('verifyWarranty');
    expect(said.text).toContain(year);
    expect(said.text).not.toMatch(ASKS_DATE);
    // A year is a year: the answer counts from its last day, never from a day the customer did not say.
    expect(said.text).toMatch(new RegExp(`${year}年12月31日|31 December ${year}`));
  });

  it.each([
    ['zh', ['燃气灶点不着火', '还是不行', '型号不清楚', '2022年装修新家的时候买的'], '2022年'],
    ['en', ['the range hood fan does not spin', 'still not working', "I don't know the model", 'we got it when we moved in, 2022'], '2022'],
  ])('in a repair booking it fills the purchase date (%s)', async (_lang, lines, year) => {
    const c = world.customer(`year-between-booking-${lines[0]}`);
    const replies = await c.sayAll(...lines);
    expect(replies.at(-1)).not.toMatch(ASKS_DATE);
    const summary = (await c.sayAll(...(lines[0]!.match(/[\u4e00-\u9fff]/) ? ['13912345678', '无锡市梁溪区中山路18号'] : ['13912345678', '18 Zhongshan Road, Wuxi']))).at(-1)!;
    expect(summary).toMatch(new RegExp(`(?:购买时间|Purchased)[:：]\\s*${year}`));
  });
});
