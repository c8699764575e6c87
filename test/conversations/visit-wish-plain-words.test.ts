/**
 * Playtest round 17: a visit asked for in contractions and plain chat words ("we'd want…", "need a
 * bloke round", "找个人来修一下") is a wish for a visit, read by the one visit-wish reader: the booking
 * starts (the problem or the model is asked), never a troubleshooting questionnaire or a "tell me more".
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

const BOOKING = /what's the problem|model number|which appliance|什么问题|型号|哪种产品/i;
const TRIAGE = /tell me a bit more|what (?:is|'s) it doing|please try|可以先试试|具体说说|详细说说/i;

describe('a visit wished for in plain words starts the booking', () => {
  it.each([
    ['en', 'my oven fan is rattling', "we'd want a technician out to check it"],
    ['en', 'the dryer takes ages to dry', 'I’d like somebody to come round and look at it'],
    ['en', 'my fridge light keeps flickering', 'just need a guy to look at it'],
    ['en', 'the range hood is very noisy', 'could you get someone out this week'],
    ['zh', '油烟机声音特别大', '找个人来修一下'],
    ['zh', '烘干机烘不干', '还是让师傅来一趟吧'],
    ['zh', '冰箱灯一闪一闪的', '麻烦来个人看看'],
  ])('after a first answer, the wish books (%s: %s / %s)', async (_lang, first, wish) => {
    const c = world.customer(`r17-wish-${first}`);
    await c.say(first);
    const said = await c.say(wish);
    expect(said.text).toMatch(BOOKING);
    expect(said.text).not.toMatch(TRIAGE);
  });

  it.each([
    ['en', 'need a bloke to look at my washing machine, the drum squeaks on every spin'],
    ['en', "I'd like an engineer to come out to the dishwasher, it won't drain"],
    ['zh', '洗碗机不排水，想找个师傅上门看看'],
    ['zh', '热水器不出热水，我们想要个师傅来家里'],
  ])('a wish with the fault in the first message books (%s: %s)', async (_lang, line) => {
    const said = await world.customer(`r17-wish-first-${line}`).say(line);
    expect(said.text).toMatch(BOOKING);
    expect(said.text).not.toMatch(TRIAGE);
  });

  it.each([
    ['en', 'the dryer takes ages to dry', 'the engineer came out last week and it is still slow'],
    ['en', 'my fridge light keeps flickering', 'do I need someone to come out for that?'],
    ['zh', '冰箱灯一闪一闪的', '需要师傅上门吗'],
  ])('a past visit or a question about one is no wish (%s: %s / %s)', async (_lang, first, line) => {
    const c = world.customer(`r17-nowish-${line}`);
    await c.say(first);
    const said = await c.say(line);
    expect(said.text).not.toMatch(/what's the problem|什么问题/i);
  });
});
