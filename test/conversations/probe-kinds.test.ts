/**
 * Kinds found by trying new customers (issue 16), each with conversations of our own in Chinese
 * and English: a greeting or presence check is greeted, not refused or looked up.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isPresenceCheck } from '../../bot/understanding/presence-check';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

const REFUSED = /can't help with that|帮不上忙|no reliable|don't have a reliable|没有确切|转人工客服确认/i;

describe('a greeting or presence check', () => {
  it.each([
    '有人在吗？',
    '你好 在不在',
    '请问这里是格力售后吗',
    '亲，客服在么',
    'good evening, is anybody around?',
    'hey, am I talking to customer service?',
    'hi - is this the after-sales chat?',
    'Hello?? can someone help me',
  ])('reads %s as a greeting', (text) => expect(isPresenceCheck(text)).toBe(true));
  it.each(['在吗 热水器不出热水', 'hi, my microwave sparks', '是人工吗', 'is this still under warranty?', '售后电话多少', '有人投诉过这个问题吗'])('does not read %s as only a greeting', (text) =>
    expect(isPresenceCheck(text)).toBe(false),
  );

  it.each([
    ['zh', '有人在吗？', /在的.*什么问题/],
    ['zh', '你好 请问是售后服务吗', /在的.*什么问题/],
    ['en', 'good evening, is anybody around?', /I'm here.*what's wrong/i],
    ['en', 'hey, am I talking to customer service?', /I'm here.*what's wrong/i],
  ])('is greeted and asked what is wrong (%s: %s)', async (_lang, text, greeted) => {
    const said = await world.customer(`presence-${text}`).say(text);
    expect(said.text).toMatch(greeted);
    expect(said.text).not.toMatch(REFUSED);
    expect(said.tools).not.toContain('handOff');
  });

  it('in the middle of a booking, says someone is here and goes on with the form', async () => {
    const c = world.customer('presence-mid-form');
    await c.say('热水器不加热了 要报修');
    const said = await c.say('在吗？');
    expect(said.text).toMatch(/^在的。/);
    expect(said.text).not.toMatch(REFUSED);
    expect(said.text).not.toMatch(/没太明白/);
  });

  it('then takes the problem as usual', async () => {
    const c = world.customer('presence-then-fault');
    await c.say('anyone there?');
    const said = await c.say("my tumble dryer won't start");
    expect(said.text).not.toMatch(REFUSED);
    expect(said.text).toMatch(/dryer/i);
  });
});
