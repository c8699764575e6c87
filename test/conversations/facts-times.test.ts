/**
 * Facts (issue 16, session 10): a loose preferred time stays loose — a span of days, a choice of
 * days, any weekday, with the part of the day — is shown back with the calendar days it stands
 * for, and goes on the ticket as the customer said it, never cut to one day.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeVisitTime, findVisitTime } from '../../bot/understanding/visit-time';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

// A Thursday.
const NOW = new Date('2026-12-03T02:00:00Z');

describe('a span or a choice of days is read whole', () => {
  it.each([
    ['下周二到周四下午都行', '下周二到周四下午', '12月8日（周二）到12月10日（周四）下午'],
    ['星期五至星期天', '星期五至星期天', '12月4日（周五）到12月6日（周日）'],
    ['周一或者周三晚上', '周一或者周三晚上', '12月7日（周一）或12月9日（周三）晚上'],
    ['周一到周五上午', '周一到周五上午', '工作日上午'],
  ])('%s', (text, said, zh) => {
    expect(findVisitTime(text)).toBe(said);
    expect(describeVisitTime(said, NOW).zh).toBe(zh);
  });

  it.each([
    ['Thursday through Saturday, mornings', 'Thursday through Saturday, mornings', 'Thu 10 Dec to Sat 12 Dec, morning'],
    ['Tue or Wed after 4pm', 'Tue or Wed after 4pm', 'Tue 8 Dec or Wed 9 Dec, after 4 pm'],
    ['mon-fri evenings', 'mon-fri evenings', 'weekdays, evening'],
  ])('%s', (text, said, en) => {
    expect(findVisitTime(text)).toBe(said);
    expect(describeVisitTime(said, NOW).en).toBe(en);
  });
});

describe('in a booking, the span is kept on the summary and the ticket', () => {
  it.each([
    [
      'zh',
      ['吸尘器没吸力了，上门修一下', '不知道', '去年', '13912345678', '南京市鼓楼区中山路100号3栋502'],
      '下周二到周四下午',
      /方便时间：下周二到周四下午，即\d+月\d+日（周二）到\d+月\d+日（周四）下午/,
    ],
    [
      'en',
      ['the range hood fan stopped, please send someone', "don't know", '2023', '13912345678', 'Flat 7, 22 Anfu Road, Xuhui, Shanghai'],
      'Wed to Fri after 6pm',
      /Preferred time: Wed to Fri after 6pm \(Wed \d+ \w+ to Fri \d+ \w+, after 6 pm\)/,
    ],
    ['zh', ['破壁机不转了，要报修', '不知道', '去年', '13912345678'], '南京市玄武区珠江路88号2栋1101，下周一到周三都行', /方便时间：下周一到周三，即\d+月\d+日（周一）到\d+月\d+日（周三）/],
  ])('%s', async (lang, form, time, shown) => {
    const c = world.customer(`span-${time}`);
    for (const line of form) await c.say(line);
    const summary = await c.say(time);
    expect(summary.text).toMatch(shown);
    await c.say(lang === 'zh' ? '对' : 'yes');
    const [ticket] = await c.tickets();
    expect(ticket!.address).toMatch(/下周.到周.|Wed to Fri/);
  });
});
