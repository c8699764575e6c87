/**
 * Playtest round 17: a wished visit time with a week word beside the day and the part of the day
 * ("Friday afternoon next week", "next Thu morning", "the Tuesday after next", "下周的周五下午") keeps
 * all three, in the preferred-time slot, in the summary's calendar day and on the ticket; a house
 * number ("100号") in front of it is never part of the time. The world's today is Tue 24 Nov 2026.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

const lineOf = (text: string, label: RegExp) => text.split('\n').find((l) => label.test(l)) ?? '';

describe('week words in a visit time survive', () => {
  it.each([
    ['88 Park Road, Shanghai, Friday afternoon next week suits us', /Friday afternoon next week/i, /Fri 4 Dec, afternoon/],
    ['88 Park Road, Shanghai. next week, Thursday morning', /next week, Thursday morning/i, /Thu 3 Dec, morning/],
    ['88 Park Road, Shanghai, next Mon evening', /next Mon evening/i, /Mon 30 Nov, evening/],
    ['88 Park Road, Shanghai, the Monday after next, afternoon', /Monday after next, afternoon/i, /Mon 7 Dec, afternoon/],
  ])('en: %s', async (address, said, day) => {
    const c = world.customer(`r17-week-en-${address}`);
    await c.sayAll("my dryer won't heat, please book an engineer", 'no idea of the model', '13912345678');
    const summary = await c.say(address);
    const line = lineOf(summary.text, /Preferred time:/);
    expect(line).toMatch(said);
    expect(line).toMatch(day);
    expect(lineOf(summary.text, /Address:/)).not.toMatch(/Mon|Thu|Fri|week/i);
    await c.say('yes');
    const [ticket] = await c.tickets();
    expect(ticket?.address).toMatch(said);
  });

  it.each([
    ['上海市浦东新区世纪大道100号，下周的周五下午', /下周的周五下午/, /12月4日（周五）下午/],
    ['上海市浦东新区世纪大道100号，周四上午，下下周', /周四上午[,，]下下周/, /12月10日（周四）上午/],
    ['上海市浦东新区世纪大道100号，下周二下午', /方便时间：下周二下午/, /12月1日（周二）下午/],
  ])('zh: %s', async (address, said, day) => {
    const c = world.customer(`r17-week-zh-${address}`);
    await c.sayAll('烘干机不热了，帮我约个师傅', '不知道型号', '13912345678');
    const summary = await c.say(address);
    const line = lineOf(summary.text, /方便时间：/);
    expect(line).toMatch(said);
    expect(line).toMatch(day);
    expect(line).not.toMatch(/00号/);
    await c.say('对');
    const [ticket] = await c.tickets();
    expect(ticket?.address).toMatch(said);
  });

  it('a time given after the summary keeps its week too (en)', async () => {
    const c = world.customer('r17-week-en-after');
    await c.sayAll("my oven won't heat, please book an engineer", 'no idea of the model', '13912345678', '88 Park Road, Shanghai');
    const said = await c.say('the Thursday after next, morning please');
    expect(lineOf(said.text, /Preferred time:/)).toMatch(/Thu 3 Dec, morning/);
  });
});
