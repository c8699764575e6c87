/**
 * A limit on calls that is a morning one (task e22, kind 2): "早上九点以后就不方便了 八点半之前打",
 * "please don't ring after 9, that's when I start work. Before that is fine" is noted as 09:00 while waiting for a
 * person, never turned into 21:00 (a bare 9 with "not after" was always read as the evening).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

describe('a morning limit on calls stays a morning', () => {
  it.each([
    ['zh', '我在医院上早班 九点以后接不了电话 八点半之前打给我吧', /记下了：09:00以前打/, /21:00/],
    ['zh', '上午九点以后别打了 那会儿开会', /记下了：09:00以前打/, /21:00/],
    ['en', "please don't ring after 9, that's when I start work. Before that is fine", /Noted: call before 09:00/, /21:00/],
    ['en', 'no calls after 10 in the morning please, I teach', /Noted: call before 10:00/, /22:00/],
  ])('(%s) %s', async (lang, wish, noted, wrong) => {
    const c = world.customer(`e22-morning-${wish}`);
    await c.say(lang === 'zh' ? '洗衣机不排水了，转人工' : 'my washer will not drain, get me an agent');
    const said = await c.say(wish);
    expect(said.text).toMatch(noted);
    expect(said.text).not.toMatch(wrong);
  });
});
