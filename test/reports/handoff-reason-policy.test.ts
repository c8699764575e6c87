/**
 * A calm claim for money (food spoiled by a broken fridge, a refund) is handed to people because a
 * person must decide it under the rules: the report counts it as "policy needs a person", not as
 * anger or a complaint, unless the customer is actually angry.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServiceReport } from '../../reports/service-report';
import { DEFAULT_SLA } from '../../tickets/sla';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
}, 180_000);
afterAll(() => world?.close());

describe.each([
  { lang: 'zh', claim: '海尔冰柜不制冷了，冻着的海鲜全坏了，这个损失你们要赔我800元' },
  { lang: 'en', claim: 'my Haier chest freezer quit cooling and the seafood inside spoiled, I want you to pay me 800 yuan for the food' },
])('a calm money claim ($lang)', ({ lang, claim }) => {
  it('is counted as policy needs a person', async () => {
    world.clock.advance(3_600_000);
    const from = world.clock.now();
    const said = await world.customer(`policy-${lang}`).say(claim);
    expect(said.mode).toBe('handoff_requested');
    const period = { from, to: new Date(world.clock.now().getTime() + 1000) };
    const report = buildServiceReport(await world.assistant.desk.reports.read(period), { period, now: world.clock.now(), sla: DEFAULT_SLA });
    const count = (category: string) => report.handoffs.byCategory.find((c) => c.category === category)?.requests;
    expect(count('policy_needs_person')).toBe(1);
    expect(count('anger_or_complaint')).toBe(0);
  });
});
