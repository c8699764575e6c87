/**
 * Issue 16, kind 1: a follow-up during a fault was answered with an unrelated stock passage. With
 * the conversation's product added to its words, "the gas company changed the meter, is that it?"
 * matched the rule on where a gas water heater may be installed. Where an appliance may go is an
 * installation rule and answers only a message about installing or placing it; the rule itself
 * still answers its own questions.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

/** The placement rule's text: bathrooms, bedrooms, the flue. */
const PLACEMENT_RULE = /卫生间|卧室|排烟管|bathroom|bedroom|flue/i;

describe('a follow-up never gets the placement rule it does not ask about', () => {
  it.each([
    ['zh', '万和燃气热水器显示E1 点不着火', '早上燃气公司来换了新表 会不会是这个原因'],
    ['en', 'my Rinnai gas water heater shows code 11, it will not ignite', 'the gas company replaced our meter this morning, might that have caused it?'],
  ])('a question about the fault is not answered with where the heater may go (%s)', async (_lang, fault, ask) => {
    const c = world.customer(`e11-meter-${ask}`);
    await c.say(fault);
    const said = await c.say(ask);
    expect(said.text).not.toMatch(PLACEMENT_RULE);
  });

  it.each([
    ['zh', '燃气热水器能不能放在洗手间里'],
    ['en', 'can I fit a gas water heater in the washroom?'],
  ])('the placement rule still answers where it may go (%s)', async (_lang, ask) => {
    const said = await world.customer(`e11-placement-${ask}`).say(ask);
    expect(said.text).toMatch(PLACEMENT_RULE);
  });
});
