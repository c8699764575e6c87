/**
 * "again" is a repeat complaint only beside a failure or a chase ("leaking again", "calling again"):
 * "take it down and put it up again in the new flat" got "I'm sorry for the trouble" in front of the
 * relocation rule. Our own wordings.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
let n = 0;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

const SORRY = /sorry for the trouble/i;

describe('"again" with no failure is no repeat complaint', () => {
  it.each(["we're moving in spring, can someone remove the AC and hang it up again in the new flat? what's the charge", 'can I turn the dishwasher on again after cleaning the filter?'])(
    'no apology: %s',
    async (line) => {
      expect((await world.customer(`again-${++n}`).say(line)).text).not.toMatch(SORRY);
    },
  );

  it.each(['the washing machine is leaking again, this is the second time this month', 'my fridge broke down again after the repair'])('an apology for a repeat failure: %s', async (line) => {
    expect((await world.customer(`again-${++n}`).say(line)).text).toMatch(SORRY);
  });
});
