/**
 * Issue 16: a customer who gave phone, address and a time and asked for the booking reads "do you
 * know the model?" as "is that right?" and says yes. The model is not asked again (nor the date,
 * nor again): the details are restated with the optional ones "not given (you can add it)", and a
 * yes to that files the ticket. Without the essentials, a yes still gets the question again.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, type World } from '../../testing/world';

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

describe('a yes to an optional question once the essentials are in', () => {
  it.each([
    [
      'zh',
      '家里的格力空调开了制热还是吹冷风',
      '试过了还是冷风，帮我安排师傅吧，手机13722334455，地址西安市雁塔区科技路48号6栋2单元901，周四下午有人',
      '嗯嗯 这些都对',
      /型号：未提供（可以补充）/,
      /购买时间：未提供（可以补充）/,
      '对',
      /已提交，工单号/,
    ],
    [
      'en',
      'my Whirlpool dishwasher will not drain, water stays at the bottom',
      'cleaned the filter, still full of water. book someone please, mobile 07700 900777, 41 Elm Grove, Bristol BS7 8QT, Friday after 2pm',
      'yep, that is all correct',
      /Model: not given \(you can add it\)/,
      /Purchased: not given \(you can add it\)/,
      'yes',
      /Filed: ticket/,
    ],
  ])('%s: restates and files instead of asking the model again', async (lang, fault, details, yes, model, bought, yesAgain, filed) => {
    const c = world.customer(`optional-yes-${lang}`);
    await c.say(fault);
    expect((await c.say(details)).text).toMatch(/型号|model/i);
    const summary = await c.say(yes);
    expect(summary.text).not.toMatch(/型号发给我|model number for me|什么时候买|when (?:did you buy|was it bought)/i);
    expect(summary.text).toMatch(model);
    expect(summary.text).toMatch(bought);
    expect((await c.say(yesAgain)).text).toMatch(filed);
    expect(await c.tickets()).toHaveLength(1);
  });

  it.each([
    ['zh', '烤箱不加热了 想约师傅上门', '是的', /型号发给我/],
    ['en', 'my oven will not heat, I want an engineer to come', 'yes', /model number for me/],
  ])('%s: without phone and address, the question is asked again', async (lang, ask, yes, again) => {
    const c = world.customer(`optional-yes-missing-${lang}`);
    await c.say(ask);
    const next = await c.say(yes);
    expect(next.text).toMatch(again);
    expect(await c.tickets()).toHaveLength(0);
  });
});
