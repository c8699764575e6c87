/**
 * Playtest round 15: a display code means what that brand's table says. A customer who named
 * their brand never gets another brand's code case; a code the knowledge base does not hold for
 * their brand is said honestly (it depends on the brand, an engineer reads it) with a visit
 * offered; the symptom case given before the code is never passed off as the code's meaning; and
 * "it's an X, not a Y" withdraws the other brand's answer.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

/** The Haier electric heater's E1 case ("dry-heating protection") and its steps. */
const HAIER_E1 = /干烧|海尔|dry[- ]heating|Haier/i;

describe('codes only for the customer\u2019s brand, round 15', () => {
  it.each([
    ['zh', '我家史密斯的电热水器洗澡水一直不热', '屏幕上跳了个E1，这是什么意思', /品牌|史密斯/],
    ['zh', 'A.O.史密斯热水器出来都是凉水', 'E1是啥', /品牌|史密斯/],
    ['en', 'my A.O. Smith electric heater only gives cold water', 'the display says E1, what does that mean?', /brand|A\.O\. Smith/i],
    ['en', 'AO Smith water heater, the water never gets hot', "what's E1?", /brand|A\.O\. Smith/i],
  ])('a code asked about after a symptom case is not that symptom handed back, nor another brand\u2019s code (%s: %s)', async (_lang, first, ask, honest) => {
    const c = world.customer(`r15-code-meaning-${first}`);
    await c.say(first);
    const said = await c.say(ask);
    // "E1 means: no hot water" would give the customer's own complaint back as a diagnosis.
    expect(said.text).not.toMatch(/表示：[^。]*(?:不出热水|不热|凉)|means: [^.]*(?:hot water|cold|not heat)/i);
    expect(said.text).not.toMatch(HAIER_E1);
    expect(said.text).toMatch(honest);
    expect(said.text).toMatch(/上门|工程师|engineer|visit/i);
  });

  it.each([
    ['zh', '史密斯热水器面板报E1', '那E1到底是什么故障'],
    ['en', 'the A.O. Smith heater panel is flashing E1', 'so what kind of fault is E1?'],
  ])('a brand named with the code gets no other brand\u2019s case, and asking again is answered, not restarted (%s)', async (_lang, first, again) => {
    const c = world.customer(`r15-code-brand-${first}`);
    const said = await c.say(first);
    expect(said.text).not.toMatch(HAIER_E1);
    expect(said.text).toMatch(/没有资料|no information/i);
    const next = await c.say(again);
    expect(next.text).not.toMatch(HAIER_E1);
    expect(next.text).not.toMatch(/能具体说说|tell me a bit more|没有确切的资料|no reliable/i);
    expect(next.text).toMatch(/品牌|brand/i);
  });

  it.each([
    ['zh', '热水器显示E1', '海尔的', '说错了，是史密斯的，不是海尔'],
    ['en', 'my water heater keeps showing E1', 'Haier I think', 'no wait, it is an AO Smith, not a Haier'],
  ])('"it\u2019s X, not Y" withdraws Y\u2019s code answer for an honest one (%s)', async (_lang, first, brand, fix) => {
    const c = world.customer(`r15-code-fix-${first}`);
    await c.say(first);
    const haier = await c.say(brand);
    expect(haier.text).toMatch(HAIER_E1);
    const fixed = await c.say(fix);
    expect(fixed.text).not.toMatch(/干烧|dry[- ]heating/i);
    expect(fixed.text).toMatch(/史密斯|A\.O\. Smith/i);
    expect(fixed.text).toMatch(/没有资料|no information/i);
    expect(fixed.text).not.toMatch(/抱歉没能解决|知道型号|model number/i);
  });

  it.each([
    ['zh', '洗碗机屏幕上出现E24', 'E24是啥毛病'],
    ['en', 'dishwasher is showing E24', 'what does E24 mean though?'],
  ])('a code nobody holds, asked about again, keeps its honest answer and the visit offer (%s)', async (_lang, first, ask) => {
    const c = world.customer(`r15-code-unknown-${first}`);
    await c.say(first);
    const said = await c.say(ask);
    expect(said.text).toMatch(/品牌|brand/i);
    expect(said.text).not.toMatch(/能具体说说|tell me a bit more|保修|warranty/i);
  });
});
