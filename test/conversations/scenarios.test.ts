/**
 * The scripted scenarios of scenarios.ts as regression tests: each plays through the whole
 * offline assistant (real SQLite, the shipped knowledge in hnswlib) and must meet every
 * expectation it states.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';
import { scenarioFailures } from './play-scenario';
import { SCENARIOS } from './scenarios';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

describe('scripted scenarios', () => {
  it.each(SCENARIOS.map((s) => [s.id, s] as const))('%s', async (_id, scenario) => {
    expect(await scenarioFailures(world, scenario)).toEqual([]);
  });
});
