/**
 * Two days said with one week word ("礼拜三五都行", "周一周四上午") are both the customer's time:
 * the form keeps the words whole and says back both dates, never only the first day (issue 16).
 * "周二三点" stays three o'clock on Tuesday.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

const ZH_FORM = ['烤箱不加热了 帮我报修', '美的 型号不清楚', '2024年3月买的'];

describe('two days under one week word are kept whole', () => {
  it.each([
    ['成都市锦江区红星路二段70号 13812347777 礼拜三五都行', /方便时间：礼拜三五，即[^⏎\n]*周三[^⏎\n]*周五/],
    ['成都市锦江区红星路二段70号 13812347777 周一周四上午都在家', /方便时间：周一周四上午，即[^\n]*周一[^\n]*周四[^\n]*上午/],
    ['成都市锦江区红星路二段70号 13812347777 周二三点以后', /方便时间：周二三点以后，即[^\n]*周二[^\n]*3点以后/],
  ])('zh: "%s" is said back whole', async (line, time) => {
    const c = world.customer(`e12-days-zh-${line}`);
    await c.sayAll(...ZH_FORM);
    const summary = (await c.say(line)).text;
    expect(summary).toMatch(/跟您确认一下报修信息/);
    expect(summary).toMatch(time);
  });

  it('en: "Tuesday or Thursday after 2pm" keeps both days and the hour', async () => {
    const c = world.customer('e12-days-en');
    await c.sayAll("the oven won't heat, book a repair please", 'Bosch, model unknown', 'bought March 2024');
    const summary = (await c.say('07700 900111, 4 Oak Street, Leeds LS2 7EE, Tuesday or Thursday after 2pm')).text;
    expect(summary).toMatch(/Preferred time: Tuesday or Thursday after 2pm \(Tue \d+ Dec or Thu \d+ Dec, after 2 pm\)/);
  });
});
