/**
 * One bud of a pair named on its own ("the left galaxy bud", "右边那只耳机"): still the earbuds, so
 * the one-side-silent case answers with the audio balance and the mesh, never "I can't help with
 * that" (kernel/lexicon/product-categories.ts, earphones' contextual names).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

describe('one earbud silent, the bud named alone', () => {
  it.each([
    ['zh', '三星耳机右边那只完全没声音，左边好好的', /一只耳机没声音/, /声道平衡/],
    ['en', 'the right galaxy bud has gone totally quiet, left is fine', /One earbud has no sound/, /balance/],
    ['en', 'my left bud plays nothing at all now', /One earbud has no sound/, /balance/],
  ])('gets the one-side case (%s: %s)', async (_lang, line, title, balance) => {
    const reply = await world.customer(`bud-alone-${line}`).say(line);
    expect(reply.text).toMatch(title);
    expect(reply.text).toMatch(balance);
    expect(reply.text).not.toMatch(/帮不上忙|can't help with that/);
  });

  it('a flower bud is no earbud', async () => {
    const reply = await world.customer('bud-flower').say('my fridge smells of rose bud tea, is that normal?');
    expect(reply.text).not.toMatch(/One earbud/);
  });
});
