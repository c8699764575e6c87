/**
 * k1-exchange: a customer whose days-old unit has a fault asks in the same message whether it can be
 * exchanged or returned ("能换吗", "can this be replaced?"). The question is the turn: the 三包 rules
 * for their case (7 days return, 15 days exchange, later repair; the fault confirmed by a check; an
 * online order's 7-day no-reason return), with the days worked out from what they said, and an offer
 * to register the request — never the fault's self-help steps alone. Unknown days: asked once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  // A Tuesday: "last Friday" is 4 days back, "Sunday" 2.
  world = await openWorld();
});
afterAll(() => world.close());

const RULES = /7天|7 days/i;
const OFFER = /登记退换货申请|register a return or exchange request/i;
const STEPS_ONLY = /可以先试试|试过之后好了吗|Please try|Did that fix it/i;
const CHANNEL_FIRST = /网上买的（|online or (?:buy it )?in a store/i;

describe('an exchange or return asked beside a fault is answered with the 三包 rules', () => {
  it.each([
    ['zh', '热水器装好第二天就不出热水了，可以换一台吗', /买了1天/],
    ['zh', '电视买了五天，画面老是一闪一闪的，能不能换', /买了5天/],
    ['zh', '这个空气炸锅前天刚收到，定时器没反应，给换不', /买了2天/],
    ['zh', '吸尘器买了第四天就没吸力了 能换吗', /买了3天/],
    ['zh', '榨汁机买了十天，转起来声音特别大，包换吗', /已过7天、还在15天内/],
    ['en', 'my new dishwasher will not drain, bought it last Friday. can I swap it?', /4 days since purchase/],
    ['en', 'the air fryer arrived on Sunday and the timer does nothing, could it be swapped?', /2 days since purchase/],
    ['en', 'the microwave I bought 3 days ago keeps stopping mid-cycle, can I get a replacement?', /3 days since purchase/],
    ['en', 'I bought a kettle ten days ago and it will not heat any more, can this be replaced?', /past 7 days, within 15/],
  ])('%s: %s', async (_lang, line, days) => {
    const said = await world.customer(`k1-ex-${line}`).say(line);
    expect(said.text).toMatch(RULES);
    expect(said.text).toMatch(days);
    expect(said.text).toMatch(/检测|check confirms/i);
    expect(said.text).toMatch(OFFER);
    expect(said.text).not.toMatch(STEPS_ONLY);
    expect(said.text).not.toMatch(CHANNEL_FIRST);
  });

  it.each([
    ['zh', '家里的冰箱不制冷了，能换吗', '11月20日', /买了4天/],
    ['en', 'our fridge is not cooling, can I have it replaced?', '20 November', /4 days since purchase/],
  ])('asks when it was bought when the days are unknown, then answers (%s)', async (_lang, first, date, days) => {
    const c = world.customer(`k1-ex-days-${first}`);
    const asked = await c.say(first);
    expect(asked.text).toMatch(/哪天买的|Which day did you buy/i);
    expect(asked.text).not.toMatch(STEPS_ONLY);
    const answered = await c.say(date);
    expect(answered.text).toMatch(days);
    expect(answered.text).toMatch(OFFER);
  });

  it.each([
    ['zh', '洗衣机买了第三天就漏水了，能换吗', '登记吧', '网上'],
    ['en', 'the vacuum I bought on Sunday stopped charging, can I get a replacement?', 'yes please register it', 'online'],
  ])('registers the exchange when taken up, asking where it was bought then (%s)', async (_lang, first, yes, channel) => {
    const c = world.customer(`k1-ex-reg-${first}`);
    await c.say(first);
    const next = await c.say(yes);
    expect(next.text).toMatch(/网上买的|online or (?:buy it )?in a store/i);
    const replies = await c.sayAll(channel, '13912345678', '上海市浦东新区张江路88号3栋', '对');
    expect(replies.join('\n')).toMatch(/已登记|is registered/i);
    const tickets = await c.tickets();
    expect(tickets).toHaveLength(1);
    expect(tickets[0]!.type).toBe('warranty_claim');
  });

  it.each([
    ['zh', '遥控器坏了，能换吗'],
    ['zh', '师傅能换到周六来吗'],
  ])('a part or a visit to move is no exchange question (%s: %s)', async (_lang, line) => {
    const said = await world.customer(`k1-ex-not-${line}`).say(line);
    expect(said.text).not.toMatch(OFFER);
    expect(said.text).not.toMatch(/三包|7日内/);
  });
});
