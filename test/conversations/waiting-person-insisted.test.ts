/**
 * Asking for a person again and again while already waiting for one: the first time they are told
 * they are with people and when; asked again, the bot must not say the same sentence word for word
 * (it reads as a machine not listening). It says it heard them, stops asking questions, and asks for
 * a number to ring only when the ticket has none.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

describe('a person asked for again while waiting', () => {
  it.each([
    ['zh', '转人工', '人工客服', '我要找人工', /不再问|不问/, /手机号/],
    ['zh', '我要人工服务', '人工客服呢 快给我找人', '还是要人工', /不再问|不问/, /手机号/],
    ['en', 'put me through to a human', 'a PERSON please, not a bot', 'I said I want a real person', /stop asking/, /phone number/],
    ['en', 'let me talk to an agent', 'human. now.', 'agent please, real one', /stop asking/, /phone number/],
  ])('never repeats itself word for word (%s)', async (_lang, first, second, third, heard, phone) => {
    const c = world.customer(`insisted-${first}`);
    expect((await c.say(first)).mode).toBe('handoff_requested');
    const replies = [(await c.say(second)).text, (await c.say(third)).text];
    expect(replies[0]).not.toBe(replies[1]);
    expect(replies.join('\n')).toMatch(heard);
    expect(replies.join('\n')).toMatch(phone);
  });

  it('does not ask for a phone number the ticket already has (zh and en)', async () => {
    for (const [first, withPhone, again] of [
      ['转人工，电话13912345678', '人工', '我要人工'],
      ['human please, my mobile is 13987654321', 'a human', 'human please'],
    ] as const) {
      const c = world.customer(`insisted-phone-${first}`);
      expect((await c.say(first)).mode).toBe('handoff_requested');
      const replies = [(await c.say(withPhone)).text, (await c.say(again)).text];
      expect(replies[0]).not.toBe(replies[1]);
      expect(replies[1]).not.toMatch(/手机号|phone number/);
    }
  });
});
