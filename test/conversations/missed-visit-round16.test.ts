/**
 * Playtest round 16: a visit that never happened is our failure and is owned with a plain apology;
 * "not even a sorry?" gets the apology; a ticket nobody has looked at is never promised "done by".
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

const SORRY = /抱歉|对不起|sorry|apologi/i;

describe('a missed visit, round 16', () => {
  it.each([
    ['zh', '说好周四下午师傅上门，我请了假在家等，到现在都没人来'],
    ['zh', '维修工程师第二次爽约了，电话也打不通'],
    ['en', 'I took the day off for the repair visit and the engineer never came'],
    ['en', "nobody turned up for my oven appointment this morning, I'm fuming"],
  ])('a no-show hears an apology at once (%s: %s)', async (_lang, line) => {
    const said = await world.customer(`r16-noshow-${line}`).say(line);
    expect(said.text).toMatch(SORRY);
    expect(said.text).not.toMatch(/什么问题|what's the problem|试过之后|did that fix/i);
  });

  it.each([
    ['zh', '上周约了装热水器，人影都没见着，给我找个真人', '你们就不打算道个歉？'],
    ['en', 'your repairman stood me up twice now, get me a human', "don't you even say sorry?"],
  ])('a no-show with a person asked for: sorry before the handoff, and again when asked while waiting (%s)', async (_lang, first, ask) => {
    const c = world.customer(`r16-noshow-human-${first}`);
    const handed = await c.say(first);
    expect(handed.tools).toContain('handOff');
    expect(handed.text).toMatch(SORRY);
    const asked = await c.say(ask);
    expect(asked.text).toMatch(SORRY);
    expect(asked.text).not.toMatch(/上门时间|any day of the week|帮不上忙|can't help/i);
  });

  it.each([
    ['zh', '洗碗机的师傅今天又没上门', '一句对不起都没有吗'],
    ['en', 'the fitter did not show up for the dishwasher install', 'where is my apology?'],
  ])('"not even a sorry?" is answered with the apology, never "I can\'t help" (%s)', async (_lang, first, ask) => {
    const c = world.customer(`r16-noshow-ask-${first}`);
    await c.say(first);
    const asked = await c.say(ask);
    expect(asked.text).toMatch(SORRY);
    expect(asked.text).not.toMatch(/帮不上忙|can't help with that|I can help with appliance/i);
  });

  it.each([
    ['zh', '空调不制冷了，我要人工', '我的工单现在什么进度'],
    ['en', 'my fridge is not cooling, get me a person', "what's the status of my ticket?"],
  ])('a handoff ticket nobody has looked at gets the contact time, never a "done by" (%s)', async (_lang, first, ask) => {
    const c = world.customer(`r16-done-by-${first}`);
    await c.say(first);
    const status = await c.say(ask);
    expect(status.text).not.toMatch(/处理完|expected to be done|done by/i);
  });

  it.each([
    ['zh', '师傅还没到，大概几点能来？'],
    ['en', "the engineer hasn't come yet, when will he be here?"],
  ])('an engineer still on the way is not apologised for as a missed visit (%s)', async (_lang, line) => {
    const said = await world.customer(`r16-on-the-way-${line}`).say(line);
    expect(said.text).not.toMatch(/上门没有做到|visit we booked didn't happen/);
  });
});
