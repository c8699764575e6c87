/**
 * While a person holds the chat the bot does not answer what that person is handling (issue 17,
 * kind 13): a follow-up on the danger already reported ("someone checked it, can I use it now?")
 * is the agent's to decide, and the bot saying "yes, use it" beside an agent saying "not until the
 * engineer checks" is two opposite safety answers at once. Only a new danger gets the bot's
 * safety advice. Through the whole offline assistant and the built-in desk, in Chinese and English.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

describe('a person holds the chat after a danger report', () => {
  it('zh: the follow-up on the reported danger is left to the agent; a new danger still gets advice', async () => {
    const w = (world = await openWorld({}, '2026-11-24T02:00:00Z'));
    const leave = w.assistant.presence.connect({ id: 1, name: 'li', role: 'agent' });
    const sun = w.customer('agent-holds-zh');
    const first = await sun.say('燃气灶旁边闻到很浓的煤气味，怎么办');
    expect(first.text).toMatch(/燃气/);
    await w.assistant.handoffs.takeOver(first.conversationId, 'web-desk:li');
    const followUp = await sun.say('物业的师傅来查过了，说是阀门没拧紧，现在已经弄好了。那灶现在可以点火做饭了吗？');
    expect(followUp.replies).toEqual([]);
    const fresh = await sun.say('不好了，卧室的电暖器在冒烟');
    expect(fresh.text).toMatch(/安全提示：冒烟/);
    leave();
  });

  it('en: the follow-up on the reported danger is left to the agent; a new danger still gets advice', async () => {
    const w = (world = await openWorld({}, '2026-11-24T02:00:00Z'));
    const leave = w.assistant.presence.connect({ id: 1, name: 'li', role: 'agent' });
    const kim = w.customer('agent-holds-en');
    const first = await kim.say('There is a strong smell of gas near my gas hob, what should I do?');
    expect(first.text).toMatch(/gas/i);
    await w.assistant.handoffs.takeOver(first.conversationId, 'web-desk:li');
    const followUp = await kim.say('The building engineer came and tightened a loose valve, he says all good now. So can I cook on the hob again?');
    expect(followUp.replies).toEqual([]);
    const fresh = await kim.say('Oh no, the heater in the bedroom is smoking now');
    expect(fresh.text).toMatch(/Safety first: Smoke/);
    leave();
  });
});
