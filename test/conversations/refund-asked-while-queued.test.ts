/**
 * A customer queued for a person without a ticket (a bare request files none) who asks when their
 * refund arrives hears the refund timeline beside "no ticket was needed, someone will contact you
 * by …", as one with a ticket hears it beside the ticket's status; the bare "your messages are
 * with our team" answered nothing they asked.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  // 21:30 in Shanghai: nobody at the desk, so the customer waits in the queue.
  world = await openWorld({}, '2026-11-24T13:30:00Z');
});
afterAll(() => world.close());

describe('a refund asked about while queued without a ticket', () => {
  it.each([
    ['zh', '人工', '我的退款到哪一步了，什么时候能到账', /工作日/],
    ['zh', '转人工吧', '我的退款进度怎么样了，多久到账', /工作日/],
    ['en', 'let me speak to a human please', "what's the status of my refund, when does it land?", /working day/],
    ['en', 'agent please', 'how long until my refund reaches my card?', /working day/],
  ])('hears when money comes back (%s: %s)', async (_lang, person, asked, timeline) => {
    const c = world.customer(`refund-queued-${asked}`);
    expect((await c.say(person)).mode).toBe('handoff_requested');
    const said = await c.say(asked);
    expect(said.mode).toBe('handoff_requested');
    expect(said.text).toMatch(timeline);
    expect(said.text).not.toMatch(/AS-\d{8}/);
    expect(await c.tickets()).toHaveLength(0);
  });
});
