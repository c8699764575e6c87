/**
 * "Can you send someone to check it?" after a fault is a visit asked for, not a request to talk to a
 * person (issue 16): the repair booking starts, nobody is handed the chat. Asking a person to look
 * something up ("get someone to check my booking") stays a request for a person.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

describe('someone sent to the appliance is a visit', () => {
  it.each([
    ['zh', '美的洗衣机排水很慢，放了半天水还在', '那派个师傅过来检查一下吧', /型号/],
    ['en', 'our Bosch dishwasher leaves water in the bottom after every cycle', 'could you send somebody to check it out?', /model/i],
  ])('%s', async (_lang, fault, visit, asks) => {
    const c = world.customer(`sent-visit-${fault}`);
    await c.say(fault);
    const said = await c.say(visit);
    expect(said.mode).toBe('bot');
    expect(said.text).toMatch(asks);
  });

  it('a person asked to look something up is still a person', async () => {
    const c = world.customer('sent-visit-lookup');
    const said = await c.say('I booked a repair last week and heard nothing, can you get someone to check my booking?');
    expect(said.mode).toBe('handoff_requested');
  });
});
