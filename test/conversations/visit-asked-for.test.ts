/**
 * "Can your engineer come?" once a ticket exists is a request for a visit, not a question the bot
 * "can't confirm here": the visit is asked for on the ticket (today, when wanted today), flagged
 * urgent when elderly people or small children are in the cold, and the customer hears who sets
 * the time and by when. The same while waiting for a person and after filing with the bot.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

const COLD_SHOULDER = /can't confirm|cannot confirm|没法确认|没有确切|no reliable|nothing reliable/i;

async function notes(c: ReturnType<World['customer']>): Promise<string> {
  const [ticket] = await c.tickets();
  return JSON.stringify(await world.assistant.desk.tickets.events(ticket!.id));
}

describe('a visit asked for as a side question', () => {
  it.each([
    ['en', 'the boiler you repaired on Monday has stopped again and I want to complain about it', 'is one of your technicians able to come round and look at it?', /visit/i, /call you by/i],
    ['zh', '上周修的壁挂炉又不热了 我要投诉', '你们工程师能上门看看吗', /上门/, /前会打电话/],
  ])('while waiting for a person, the visit is requested on the ticket (%s)', async (_lang, first, ask, visit, when) => {
    const c = world.customer(`visit-wait-${first}`);
    await c.say(first);
    const said = await c.say(ask);
    expect(said.text).not.toMatch(COLD_SHOULDER);
    expect(said.text).toMatch(visit);
    expect(said.text).toMatch(/AS-/);
    expect(said.text).toMatch(when);
    expect(await notes(c)).toMatch(/engineer visit/);
  });

  it.each([
    ['en', 'my radiator heater broke and I want to talk to a person', 'could somebody come over today? my dad is 88 and the flat is freezing', /today/i, /urgent/i],
    ['zh', '取暖器坏了 转人工', '今天能派个师傅过来吗 家里有刚出生的宝宝 冷得不行', /今天/, /加急/],
  ])('today, with someone vulnerable in the cold, is flagged urgent (%s)', async (_lang, first, ask, today, urgent) => {
    const c = world.customer(`visit-urgent-${first}`);
    await c.say(first);
    const said = await c.say(ask);
    expect(said.text).not.toMatch(COLD_SHOULDER);
    expect(said.text).toMatch(today);
    expect(said.text).toMatch(urgent);
    expect(await notes(c)).toMatch(/URGENT/);
  });

  it.each([
    [
      'en',
      'my fridge is not cooling, I want it repaired',
      ['no idea', '13912345678', 'June last year', '5 Pine Street, Xuhui, Saturday morning', 'yes'],
      'can an engineer get here sooner? my grandma lives with us',
      /as soon as possible/i,
    ],
    ['zh', '冰箱不制冷了 帮我报修', ['不知道', '13912345678', '去年6月', '徐汇区松树街5号 周六上午', '对'], '师傅能不能早点来 家里有老人', /尽快/],
  ])('after filing with the bot, the visit is asked for sooner on that ticket (%s)', async (_lang, first, form, ask, sooner) => {
    const c = world.customer(`visit-filed-${first}`);
    await c.say(first);
    for (const line of form) await c.say(line);
    expect(await c.tickets()).toHaveLength(1);
    const said = await c.say(ask);
    expect(said.text).not.toMatch(COLD_SHOULDER);
    expect(said.text).toMatch(sooner);
    expect(await c.tickets()).toHaveLength(1);
    expect(await notes(c)).toMatch(/engineer visit/);
  });
});
