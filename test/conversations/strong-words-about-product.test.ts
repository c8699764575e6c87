/**
 * "The battery life is terrible", "it makes a terrible noise": the product's fault told strongly is
 * a fault to troubleshoot, not a complaint about us, so no angry handoff and no ticket; "worst service
 * ever" and "terrible company" stay a complaint (bot/understanding/lexicons/intent-cues.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

describe('a strong word about the product', () => {
  it.each([["my laptop's battery life is terrible now, two hours at most"], ['the dryer makes a terrible squeal when it turns'], ['the sound on this soundbar is the worst, it crackles']])(
    'is a fault, not anger at us: %s',
    async (line) => {
      const c = world.customer(`strong-product-${line}`);
      const said = await c.say(line);
      expect(said.tools).not.toContain('handOff');
      expect(said.text).not.toMatch(/getting a person|let you down/i);
      expect(await c.tickets()).toHaveLength(0);
    },
  );

  it.each([['this is the worst service ever, your engineer never came'], ['terrible service, your engineer never turned up for the repair']])('about us, it is still a complaint: %s', async (line) => {
    const said = await world.customer(`strong-us-${line}`).say(line);
    expect(said.text).toMatch(/sorry/i);
    expect(said.text).toMatch(/let you down|person|complaint|on us/i);
  });
});
