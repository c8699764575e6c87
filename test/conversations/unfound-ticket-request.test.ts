/**
 * A request about a visit booked under a number this bot cannot find (booked by phone or in
 * another system): the number is read however it was typed or dictated ("AS 20261123 0045",
 * "AS杠20261123杠0045"), said not found once, and a later request to move or call off that visit is
 * written down for a person with the number and what was asked; never the number asked for again,
 * never "no reliable answer", never a repair form (issue 16).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

const notFound = /没有找到这个工单号|couldn't find a ticket with that number/i;
const asksNumberAgain = /请把要改约的工单号|请把要取消上门的工单号|Which ticket is the visit|Send me its number/i;

describe('a request about a ticket whose number finds nothing here', () => {
  it.each([
    ['zh', '麻烦查下工单 AS 20261123 0045 的进度，洗碗机那单', '师傅能不能改成下礼拜二上午过来', /改到[^。]*周二[^。]*上午/],
    ['en', 'Hi, can you look up AS-20261123-0045? The dryer repair.', 'Can the engineer come on Wednesday morning instead?', /move the visit to[^.]*Wed/i],
  ])('moving the visit is recorded for a person (%s)', async (lang, first, second, saidBack) => {
    const c = world.customer(`unfound-move-${lang}`);
    const one = await c.say(first);
    expect(one.text).toMatch(notFound);
    const two = await c.say(second);
    expect(two.text).not.toMatch(asksNumberAgain);
    expect(two.text).not.toMatch(/没有确切|reliable answer/i);
    expect(two.text).toMatch(saidBack);
    expect(two.text).toContain('AS-20261123-0045');
    expect(two.mode).toBe('handoff_requested');
    // No repair form: the handoff's record carries the request and the number for the person.
    expect(two.text).not.toMatch(/什么问题|型号|what is it doing|model/i);
    // The earlier case is the one the person acts on: no second ticket, the request leads the handoff's summary.
    expect(await c.tickets()).toEqual([]);
    const request = await world.assistant.desk.handoffQueue.request(two.conversationId);
    expect(request?.summary).toMatch(/改约[\s\S]*AS-20261123-0045/);
  });

  it.each([
    ['zh', '我电话里报过修 单号是AS杠20261123杠0045 抽油烟机的', '哎 不用麻烦了 机器又能转了 上门就算了吧', /取消上门/],
    ['en', 'my ticket number is AS 20261123 0045, the fridge one', "It's cooling again by itself, please cancel the technician visit", /cancel the visit/i],
  ])('calling the visit off is confirmed and recorded for a person (%s)', async (lang, first, second, confirmed) => {
    const c = world.customer(`unfound-cancel-${lang}`);
    const one = await c.say(first);
    expect(one.text).toMatch(notFound);
    const two = await c.say(second);
    expect(two.text).not.toMatch(asksNumberAgain);
    expect(two.text).toMatch(confirmed);
    expect(two.text).toContain('AS-20261123-0045');
    expect(two.mode).toBe('handoff_requested');
    expect(two.text).not.toMatch(/什么问题|型号|what is it doing|model/i);
    // The earlier case is the one the person acts on: no second ticket, the request leads the handoff's summary.
    expect(await c.tickets()).toEqual([]);
    const request = await world.assistant.desk.handoffQueue.request(two.conversationId);
    expect(request?.summary).toMatch(/取消上门[\s\S]*AS-20261123-0045/);
  });
});
