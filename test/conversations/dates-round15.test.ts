/**
 * Playtest round 15: purchase dates said in any order ("2025, in the spring", "去年，大概年底"),
 * a date inside a fault sentence kept as the date and out of the problem, and "tell me more"
 * answered with a date asked again about the problem instead of giving up on a fix.
 * The world's today is 2026-11-24.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

describe('purchase dates in any order, round 15', () => {
  it.each([
    ['en', 'is my washing machine still under warranty?', 'spring of 2025? no wait, 2025, in the spring', /spring 2025/i],
    ['en', 'is the dishwasher still under warranty?', 'summer I think, the year before last', /summer 2024/i],
    ['zh', '我的空调还在保修期吗', '去年，大概年底', /2025年11月至12月/],
    ['zh', '洗衣机还在保修吗', '春天吧，应该是2025年', /2025年春/],
  ])('a year and its part said apart are one date (%s: %s)', async (_lang, ask, when, said) => {
    const c = world.customer(`r15-order-${when}`);
    await c.say(ask);
    const verdict = await c.say(when);
    expect(verdict.text).toMatch(said);
    expect(verdict.text).not.toMatch(/您说的是2026|bought it in (?:spring|summer) 2026/i);
  });

  it.each([
    ['en', 'the fridge that I got roughly at the end of last year stopped cooling', /Problem: the fridge stopped cooling/, /Purchased: November to December 2025/],
    ['zh', '冰箱是前年，大概夏天买的，现在不制冷了', /问题：[^\n]*不制冷/, /购买时间：2024年夏/],
  ])('a date inside the fault sentence is the purchase date, not part of the problem (%s)', async (lang, first, problem, purchased) => {
    const c = world.customer(`r15-inside-${first}`);
    await c.say(first);
    await c.say(lang === 'zh' ? '还是不行' : 'no, still warm');
    await c.say(lang === 'zh' ? '海尔的，型号不知道' : "Haier, don't know the model");
    await c.say('13800138000');
    const summary = await c.say(lang === 'zh' ? '北京市朝阳区公园路5号3单元301' : 'Room 301, 5 Park Road, Chaoyang, Beijing');
    expect(summary.text).toMatch(problem);
    expect(summary.text).toMatch(purchased);
    expect(summary.text).not.toMatch(/问题：[^\n]*(?:前年|夏天)|Problem:[^\n]*(?:last year|got)/);
  });

  it.each([
    ['en', 'my fridge is broken', 'bought it last year, towards the end', /November to December 2025/, /what is the fridge doing/i],
    ['en', 'the dryer has a problem', 'got it 2025, around March I think', /March 2025/, /what is the dryer doing/i],
    ['zh', '电视出了点状况', '去年，大概年底买的', /2025年11月至12月/, /具体是什么问题/],
    ['zh', '电视出了点状况', '应该是前年吧，夏天买的', /2024年夏/, /具体是什么问题/],
  ])('"tell me more" answered with a date keeps it and asks about the problem again (%s: %s)', async (_lang, first, when, date, askAgain) => {
    const c = world.customer(`r15-more-${first}-${when}`);
    const more = await c.say(first);
    expect(more.text).toMatch(/a bit more|具体说说/);
    const next = await c.say(when);
    expect(next.text).toMatch(date);
    expect(next.text).toMatch(askAgain);
    expect(next.text).not.toMatch(/couldn't find a fix|没找到和您描述对得上/);
  });
});
