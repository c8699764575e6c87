/**
 * Standing by a ticket number that was not found, in words that name neither the number nor the
 * text message ("确定没错", "I'm certain it's correct") or asking us to look harder ("仔细核对一下",
 * "have a careful look"): the number is still not found, the other ways in (the phone, a person)
 * are offered, a second time in other words, and nothing is filed. Before, such a sureness was read
 * as a bare yes to the phone question, and a later "look again" could file a complaint.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

describe('a number stood by in other words is still not found, and nothing is filed', () => {
  it.each([
    ['zh', '麻烦查一下 AS-20261117-4TRE-8PLK 的进度', '肯定是对的，麻烦仔细核实下', '我保证没错，认真帮我查查'],
    ['zh', '工单 AS-20261118-5MNB-3XCV 现在怎么样了', '这个号确实正确', '你们仔细核对一下行吗'],
    ['en', 'status of AS-20261118-5MNB-3XCV?', "I'm certain it's correct", 'please have a careful look again'],
    ['en', 'where is AS-20261117-4TRE-8PLK at?', 'the number is definitely right', 'could you check it once more'],
  ])('said still not found twice in different words, the phone and a person offered (%s)', async (_lang, ask, sure, harder) => {
    const c = world.customer(`insist-other-words-${sure}`);
    await c.say(ask);
    const once = await c.say(sure);
    expect(once.text).toMatch(/查不到|doesn't bring up|not find|no ticket|can't find|cannot find/i);
    expect(once.text).toMatch(/手机号|mobile number/i);
    const twice = await c.say(harder);
    expect(twice.text).not.toBe(once.text);
    expect(twice.text).toMatch(/转人工|human|person/i);
    expect(twice.tools).not.toContain('createTicket');
    expect(twice.text).not.toMatch(/投诉|complaint/i);
    expect(await c.tickets()).toHaveLength(0);
  });
});
