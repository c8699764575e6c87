/**
 * A customer who comes back only to praise the person who did a repair ("师傅很细心", "very patient and
 * careful") and to thank us is giving feedback on a finished job: thanked back, nothing asked (no
 * symptom, no ticket number), nothing filed. Praise without the word "fixed" was read as a new repair.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

describe('praise for a finished repair', () => {
  it.each([
    ['en', 'The engineer who came round on Thursday for our oven was so patient and careful. Just letting you know, many thanks!'],
    ['zh', '上周四来家里看烤箱的师傅很细心也很耐心，专门来跟你们道声谢'],
  ] as const)('(%s) is thanked back with nothing asked: %s', async (_lang, text) => {
    const c = world.customer(`praise-${text.slice(0, 12)}`);
    const said = await c.say(text);
    expect(said.text).toMatch(/谢谢您|thank you/i);
    expect(said.text).not.toMatch(/什么问题|工单号|ticket number|what(?:'s| is) (?:the problem|wrong)|Which product|哪个产品|哪种产品|[?？]/i);
    expect(said.tools).not.toContain('createTicket');
    expect(await c.tickets()).toHaveLength(0);
  });
});
