/**
 * The day count of a return ("you bought it 10 days ago, past the 7 days") rests on a tool result,
 * like every other figure a reply states: the engine asks the daysSincePurchase tool, so a model
 * rewording the reply, or writing its own, is checked against a count it can read instead of
 * having its arithmetic replaced as unsupported (bench/grounding.bench.ts counted these).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkGrounding } from '../../bot/guardrails/claims/grounding';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  // Sunday 6 December 2026, 11:00 in China.
  world = await openWorld({}, '2026-12-06T03:00:00Z');
});
afterAll(() => world.close());

const periodsUnbacked = (said: { text: string; actions: { outcome: { ok: boolean } }[] }, customerWords: string[]) => {
  const toolResults = said.actions.filter((a) => a.outcome.ok).map((a) => (a.outcome as { ok: true; result: unknown }).result);
  return checkGrounding(said.text, { toolResults, customerWords }).unsupported.filter((claim) => claim.kind === 'period');
};

describe('a return day count backed by a tool result', () => {
  it.each([
    ['zh', ['网上买的格力空调 外机一开就嗡嗡响 想退', '12月2日收到的'], '过了几天了 还能退吗', /4天/],
    ['zh', ['在拼多多下单的美的电饭煲 按键失灵了 我要退货', '是11月26号签收的'], '超过七天了吗', /10天/],
    ['en', ['I bought a Philips kettle online and the switch does not stay on, I want my money back', 'it arrived on 2 December'], 'how many days is that, can I still return it?', /4 days/],
    ['en', ['ordered a Haier microwave online and the turntable will not spin, I would like to return it', 'I received it on 26 November'], 'am I past the 7 days?', /10 days/],
  ])('the count and its limits come from daysSincePurchase, when the date is given and when asked again (%s)', async (_lang, opening, question, days) => {
    const c = world.customer(`days-grounded-${question}`);
    await c.say(opening[0]!);
    const dated = await c.say(opening[1]!);
    expect(dated.text).toMatch(days);
    expect(dated.tools).toContain('daysSincePurchase');
    expect(periodsUnbacked(dated, opening)).toEqual([]);
    // Asked again with nothing new: the same count, counted again by the tool, with no rule passage this turn.
    const asked = await c.say(question);
    expect(asked.text).toMatch(days);
    expect(asked.tools).toEqual(['daysSincePurchase']);
    expect(periodsUnbacked(asked, [...opening, question])).toEqual([]);
  });
});
