/**
 * Issue 16: "what will it cost for someone to come out?" asks the call-out or inspection fee, with no
 * word for "repair" in it. Beside "it's out of warranty anyway" it was read as a warranty question
 * and answered with the warranty periods; the fee rule answers it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

describe('the cost of having someone come out', () => {
  it.each([
    ['zh', '我家海信冰箱冷冻室化霜了 隔几分钟就咔哒响一下', '断电十分钟再开还是咔哒响', '2020年买的应该过保了 叫个人过来看一下要多少钱', /上门费/],
    ['zh', '洗衣机脱水的时候响得特别厉害', '衣服放匀了还是响', '早就过了保修期了，师傅来一趟收多少钱？', /上门费/],
    [
      'en',
      'my Hisense fridge freezer clicks every few minutes and the freezer is defrosting',
      'unplugged it for ten minutes, still clicking',
      "bought it in 2020 so it's out of warranty. how much would it be to get someone out to look at it?",
      /call-out fee/i,
    ],
    ['en', 'the washing machine bangs really loudly on spin', 'balanced the load, still banging', "warranty's long expired, what do you charge for a technician to come round?", /call-out fee/i],
  ])('%s: answered with the call-out fee, not the warranty periods', async (lang, fault, tried, cost, fee) => {
    const c = world.customer(`visit-cost-${lang}-${cost}`);
    await c.say(fault);
    await c.say(tried);
    const said = await c.say(cost);
    expect(said.text).toMatch(fee);
    expect(said.text).not.toMatch(/保修1年|whole unit 1 year/i);
  });
});
