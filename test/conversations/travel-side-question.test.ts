/**
 * A side question about travelling with the product during a fault ("can I take it on the train like
 * this?", "坐飞机能带吗") is the carrier's rule: the bot says plainly it cannot advise and who decides,
 * then the job goes on. Never a carry-in paragraph, "no reliable answer, ask a person", or the last
 * prompt as if nothing was asked (bot/understanding/travel-question.ts, bot/engine/travel-answer.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

const CARRIER = /airline|rail|航空公司|铁路/i;
const OFF_TOPIC = /It depends on the product|Large appliances|don'?t have a reliable answer|没有确切的资料|转人工|reply "still not working"|回复“还是不行”/i;
const JOB_GOES_ON = /service centre|mail-in|repair|Did that fix it|服务中心|寄修|登记|报修|好了吗/i;

describe('a travel question beside a fault', () => {
  it.each([
    ['en', 'my laptop battery drains in an hour', 'is it alright to fly with it in my cabin bag like this?'],
    ['en', 'my laptop battery drains in an hour', 'can I bring it on the train tomorrow?'],
    ['zh', '笔记本电脑电池半小时就没电', '这样能带上飞机吗'],
    ['zh', '笔记本电脑电池半小时就没电', '明天坐高铁可以带着吗'],
  ])('asked first: the carrier decides, and the job goes on (%s: %s)', async (_lang, fault, travel) => {
    const c = world.customer(`v5-travel-${travel}`);
    await c.say(fault);
    const said = await c.say(travel);
    expect(said.text).toMatch(CARRIER);
    expect(said.text).not.toMatch(OFF_TOPIC);
    expect(said.text).toMatch(JOB_GOES_ON);
  });

  it.each([
    ['en', 'my laptop battery drains in an hour', 'still the same', 'ok but can I take it through airport security like this?'],
    ['zh', '笔记本电脑电池半小时就没电', '还是不行', '那托运可以吗'],
  ])('asked after the offer: the carrier decides, and the offer stands (%s)', async (_lang, fault, tried, travel) => {
    const c = world.customer(`v5-travel-offer-${travel}`);
    await c.say(fault);
    await c.say(tried);
    const said = await c.say(travel);
    expect(said.text).toMatch(CARRIER);
    expect(said.text).not.toMatch(OFF_TOPIC);
    expect(said.text).toMatch(JOB_GOES_ON);
  });
});
