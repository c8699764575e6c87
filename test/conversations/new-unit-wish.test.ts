/**
 * Playtest round 17: wanting a new unit for one bought days ago is the return/exchange request in
 * both languages ("I'd like a replacement", "can you replace it with a new one", "换台新的"), read by
 * one shared reader: the return questions come (where it was bought), never a repair form or
 * troubleshooting steps. A replacement part is still a part.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

// The return questions (where or when it was bought), or, with a fault and the days told, the 三包 answer itself (k1-exchange).
const RETURN_QUESTIONS = /online or (?:buy it )?in a store|网上买的|门店买的|which day did you buy|哪天买的|still within 7 days|还在7天内/i;
const REPAIR_OR_STEPS = /model|Please try|Did that fix it|型号|可以先试试|试过之后/i;

describe('a new unit wanted for a recent purchase is the return/exchange request', () => {
  it.each([
    ['en', "got this toaster four days ago and one side won't brown, I'd like a replacement"],
    ['en', 'the hair dryer I bought on Saturday cuts out after a minute. Can you replace it with a new one?'],
    ['en', 'my new vacuum from last week lost suction already, just send me a new one please'],
    ['en', 'bought the rice cooker 5 days ago, the lid will not latch - can I get a replacement unit?'],
    ['en', 'This fan is six days old and it wobbles badly, I want to exchange it'],
    ['zh', '电饭煲五天前买的，盖子扣不上，给我换台新的'],
    ['zh', '吹风机周六刚买，用一分钟就断电，想换只新的'],
    ['zh', '吸尘器上周买的，现在吸力很弱，能换一台吗'],
  ])('%s: %s', async (_lang, line) => {
    const said = await world.customer(`r17-newunit-${line}`).say(line);
    expect(said.text).toMatch(RETURN_QUESTIONS);
    expect(said.text).not.toMatch(REPAIR_OR_STEPS);
  });

  it.each([
    ['en', 'the blender jug cracked, I need a replacement jug'],
    ['en', 'the engineer said he will replace the motor, is that free?'],
  ])('a part is no new unit (%s: %s)', async (_lang, line) => {
    const said = await world.customer(`r17-newunit-part-${line}`).say(line);
    expect(said.text).not.toMatch(RETURN_QUESTIONS);
  });

  it('the summary names the exchange (en)', async () => {
    const c = world.customer('r17-newunit-summary');
    const replies = await c.sayAll("the kettle I got three days ago won't switch on, I'd like a replacement", 'online', '13912345678', '88 Park Road, Shanghai');
    expect(replies.join('\n')).toMatch(/exchange/i);
    expect(replies.join('\n')).not.toMatch(/repair request/i);
  });
});
