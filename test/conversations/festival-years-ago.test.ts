/**
 * Issue 16: "bought it around Christmas three years ago, no receipt, still covered?" was read as last
 * Christmas, so a unit three years old was said to be in warranty. The festival is taken in the year
 * so many years back, and the verdict follows from that date.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

describe('a festival some years ago', () => {
  it.each([
    ['our dryer-less washer quit draining; no receipt, we got it just after Thanksgiving four years ago, still under warranty?', /2022/, /out of warranty/i],
    ['my dishwasher leaves the plates dirty now, we bought it around Christmas three years ago, is it still in warranty?', /December 2023/, /out of warranty/i],
  ])('%s', async (asked, when, verdict) => {
    const said = await world.customer(`festival-ago-${asked}`).say(asked);
    expect(said.text).toMatch(when);
    expect(said.text).toMatch(verdict);
  });
});
