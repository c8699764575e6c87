/**
 * A corrected problem at the summary ends where the message goes on to something else: "the problem
 * should say X. also, is it free?" stores X, and the question is answered, not written into the
 * ticket (playtest round 16: the problem line read "…display dark. also is it free"). Our own wordings.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
let n = 0;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

const BOOKING = {
  en: ['my electric water heater gives no hot water', 'no luck, please book an engineer', "don't know", 'March 2023', '13812345672', 'Flat 5C, 20 Huaihai Road, Shanghai'],
  zh: ['电热水器不出热水了', '没用 帮我约师傅', '不知道', '2023年3月', '13812345673', '上海市徐汇区天钥桥路100号5栋302'],
};

describe('a problem corrected at the summary, with a question after it', () => {
  it.each([
    ['en', 'the problem should say no hot water and a dark display. also is it free? it is quite old', /Problem: no hot water and a dark display\n/, /free|call-out/i],
    ['en', 'problem is wrong, should be: heater dead, display blank. btw will they call before coming?', /Problem: heater dead, display blank\n/, /call/i],
    ['zh', '问题应该是 不出热水 显示屏不亮。另外上门费多少？', /问题：不出热水 显示屏不亮\n/, /上门费/],
  ])('stores only the problem and answers the question (%s)', async (lang, fix, stored, answered) => {
    const c = world.customer(`problem-fix-${++n}`);
    for (const line of BOOKING[lang as 'en' | 'zh']) await c.say(line);
    const reply = (await c.say(fix)).text;
    expect(reply).toMatch(stored);
    expect(reply).toMatch(answered);
    expect(reply).not.toMatch(/Problem:[^\n]*(?:free|call)|问题：[^\n]*上门费/);
  });
});
