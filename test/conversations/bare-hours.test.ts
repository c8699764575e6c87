/**
 * A bare hour in a whole conversation (session 14): "after 11", "十点以后" given for a call or a
 * visit is an hour of the working day. It goes on the ticket and is said back in the sense the
 * customer meant ("明天上午10点以后", "after 11 am"), never as a time in the middle of the night.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  // Saturday 5 December 2026, 10:00 in Beijing.
  world = await openWorld({}, '2026-12-05T02:00:00Z');
});
afterAll(() => world.close());

/** A clock time after 20:00 or before 7:00, in either language's wording. */
const NIGHT = /\b(?:2[1-3]|0[0-6]):\d{2}\b|上午[1-6]点|凌晨|\b(?:9|10|11) ?pm\b|\b[1-6] ?am\b|晚上(?:9|10|11)点/;

describe('a time for calls while waiting, with a bare hour', () => {
  it.each([
    ['zh', '洗衣机不脱水了，转人工', '麻烦11点以后再打给我', /记下了：11:00以后再打/],
    ['zh', '热水器不出热水，找人工客服', '我3点以后有空，打我电话', /记下了：15:00以后再打/],
    ['en', "the dishwasher won't start, get me a person", 'please ring me after 11', /Noted: call only after 11:00/],
    ['en', 'my microwave sparked once, I want an agent', 'call me back after 2', /Noted: call only after 14:00/],
  ])('(%s) %s / %s', async (_lang, first, wish, noted) => {
    const c = world.customer(`bare-hour-call-${wish}`);
    await c.say(first);
    const said = await c.say(wish);
    expect(said.text).toMatch(noted);
    expect(said.text).not.toMatch(/2[1-3]:00/);
  });
});

describe('a visit time with a bare hour, in a booking and when moved', () => {
  it.each([
    [
      'zh',
      ['吸尘器没吸力了，上门修一下', '不知道', '去年', '13912345678', '南京市鼓楼区中山路100号3栋502'],
      '后天2点以后都可以',
      /方便时间：后天2点以后，即12月7日（周一）下午2点以后/,
      '对',
      /后天2点以后/,
    ],
    [
      'en',
      ['the range hood fan stopped, please send someone', "don't know", '2023', '13912345678', 'Flat 7, 22 Anfu Road, Xuhui, Shanghai'],
      'Friday, any time after 11',
      /Preferred time: Friday, any time after 11 \(Fri 11 Dec, after 11 am\)/,
      'yes',
      /after 11/,
    ],
  ])('(%s) the hour is kept and said back in the day', async (_lang, form, time, shown, yes, onTicket) => {
    const c = world.customer(`bare-hour-visit-${time}`);
    for (const line of form) await c.say(line);
    const summary = await c.say(time);
    expect(summary.text).toMatch(shown);
    expect(summary.text).not.toMatch(NIGHT);
    await c.say(yes);
    const [ticket] = await c.tickets();
    expect(ticket!.address).toMatch(onTicket);
  });

  it('(zh) a visit moved to a bare hour is said back and kept in the afternoon', async () => {
    const c = world.customer('bare-hour-move-zh');
    for (const line of ['破壁机不转了，要报修', '不知道', '去年', '13912345678', '南京市玄武区珠江路88号2栋1101', '周五上午', '对']) await c.say(line);
    const moved = await c.say('能改到周四3点以后吗');
    expect(moved.text).toMatch(/12月10日（周四）下午3点以后/);
    expect(moved.text).not.toMatch(NIGHT);
    const [ticket] = await c.tickets();
    expect(ticket!.address).toMatch(/下午3点以后/);
  });
});
